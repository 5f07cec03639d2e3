#include "common/error_text.h"
#include <QCoreApplication>

#include "common/safe_text.h"

namespace exo::ui {

QString errorText(const exo::Status& s, const QString& path)
{
    auto tr = [](const char* t) { return QCoreApplication::translate("exo::ui", t); };
    QString base;
    switch (s.code) {
    case ErrorCode::Ok: base = tr("Success"); break;
    case ErrorCode::FileNotFound: base = tr("The file does not exist"); break;
    case ErrorCode::NotAFile: base = tr("This is a folder or special file, not a data file"); break;
    case ErrorCode::EmptyFile: base = tr("The file is empty"); break;
    case ErrorCode::NotFits: base = tr("This is not a FITS file"); break;
    case ErrorCode::Truncated: base = tr("The FITS file is truncated or damaged (an incomplete download?)"); break;
    case ErrorCode::NoTable: base = tr("The FITS file has no light-curve or pixel table"); break;
    case ErrorCode::MissingColumn: base = tr("A required column is missing"); break;
    case ErrorCode::NoRows: base = tr("The table has no rows"); break;
    case ErrorCode::AllNaN: base = tr("Every value is NaN: there is no usable data"); break;
    case ErrorCode::ForeignTelescope: base = tr("This is not a Kepler, K2 or TESS product"); break;
    case ErrorCode::Unsupported: base = tr("This kind of FITS product is not supported"); break;
    case ErrorCode::MixedTargets: base = tr("The files belong to different stars"); break;
    case ErrorCode::InvalidParameter: base = tr("Invalid parameter"); break;
    case ErrorCode::TooLarge: base = tr("The request is too large for this computer"); break;
    case ErrorCode::CorruptHeader: base = tr("The FITS header is damaged or claims an impossible size"); break;
    case ErrorCode::Cancelled: base = tr("Cancelled"); break;
    case ErrorCode::WriteFailed: base = tr("Could not write the output"); break;
    case ErrorCode::InternalError: base = tr("Internal error"); break;
    case ErrorCode::TooShort: base = tr("The data are too short"); break;
    case ErrorCode::BadSyntax: base = tr("The text file is malformed"); break;
    }
    if (s.code == ErrorCode::FileNotFound || s.code == ErrorCode::EmptyFile) {
        // The code says it all: core's detail is "<file>: no such file", "<file>: file is empty
        // (0 bytes)" or the path alone; its English words stayed after the translated reason.
        // Only the file's name is worth keeping, when the caller does not name the file itself.
        const auto colon = s.detail.find(": ");
        const std::string name = colon == std::string::npos ? s.detail : s.detail.substr(0, colon);
        if (path.isEmpty() && !name.empty())
            base += QStringLiteral(" (%1)").arg(QString::fromStdString(exo::safeText(name)));
        return base;
    }
    const std::string detail =
        exo::safeText(path.isEmpty() ? s.detail : exo::stripFilePrefix(s.detail, path.toStdString()));
    if (!detail.empty())
        base += QStringLiteral(" (%1)").arg(QString::fromStdString(detail));
    return base;
}

}  // namespace exo::ui
