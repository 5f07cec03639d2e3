#include "session/session_io.h"

#include "session/session.h"
#include "session/json_guard.h"
#include "session/session_json.h"
#include "session/session_settings_check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <map>

#include "exo_version.h"

namespace exo::app {

namespace {

SessionLoadResult failure(SessionIoError code, const QString& message)
{
    SessionLoadResult r;
    r.error = code;
    r.errorMessage = message;
    return r;
}

/// Where a data file listed in a session lives now: the relative path (from the
/// session folder) first, so a moved project folder keeps working, then the
/// absolute path. Empty when neither exists.
QString resolveDataFile(const QString& absolute, const QString& relative, const QString& sessionDir)
{
    if (!relative.isEmpty() && !sessionDir.isEmpty()) {
        const QString candidate = QDir::cleanPath(QDir(sessionDir).absoluteFilePath(relative));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    if (!absolute.isEmpty() && QFileInfo::exists(absolute))
        return QDir::cleanPath(absolute);
    return {};
}

}  // namespace

QString sessionAppVersion()
{
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral(EXO_VERSION_STRING) : v;
}

QJsonObject sessionToJson(const SessionState& state, const QString& sessionDir)
{
    QJsonObject root;
    root["format"] = QString::fromLatin1(kSessionFormatName);
    root["version"] = kSessionFormatVersion;
    root["app_version"] = sessionAppVersion();

    QJsonArray files;
    for (const auto& f : state.files) {
        QJsonObject o;
        const QString abs = QFileInfo(f.path).absoluteFilePath();
        o["path"] = abs;
        if (!sessionDir.isEmpty())
            o["relative"] = QDir(sessionDir).relativeFilePath(abs);
        o["star"] = f.star;
        o["season"] = f.season;
        files.append(o);
    }
    root["files"] = files;

    QJsonObject apertures;
    for (const auto& [path, choice] : state.apertures)
        apertures[QFileInfo(path).absoluteFilePath()] = json::apertureToJson(choice);
    root["apertures"] = apertures;

    root["prepare"] = json::prepareToJson(state.prepare);
    root["search"] = json::searchToJson(state.search);

    QJsonArray candidates;
    for (const auto& c : state.candidates)
        candidates.append(json::candidateToJson(c));
    root["candidates"] = candidates;

    root["current_file"] = state.currentFile.isEmpty() ? QString() : QFileInfo(state.currentFile).absoluteFilePath();
    root["current_star"] = state.currentStar;
    return root;
}

SessionLoadResult sessionFromJson(const QJsonObject& root, const QString& sessionDir)
{
    if (root.value("format").toString() != QLatin1String(kSessionFormatName))
        return failure(SessionIoError::WrongFormat,
                       QCoreApplication::translate(
                           "SessionIO", "This is not an ExoWorld session file (format \"%1\", expected \"%2\").")
                           .arg(root.value("format").toString(), QString::fromLatin1(kSessionFormatName)));
    const QJsonValue versionValue = root.value("version");
    const int version = versionValue.isDouble() ? versionValue.toInt(0) : 0;
    if (version <= 0 || versionValue.toDouble() != double(version))
        return failure(SessionIoError::Invalid,
                       QCoreApplication::translate("SessionIO", "The session file has no valid format version."));
    if (version > kSessionFormatVersion)
        return failure(
            SessionIoError::NewerVersion,
            QCoreApplication::translate(
                "SessionIO", "This session was written by a newer ExoWorld (format %1); this version reads format %2.")
                .arg(version)
                .arg(kSessionFormatVersion));
    for (const char* key : {"files", "candidates"})
        if (root.contains(key) && !root.value(key).isArray())
            return failure(
                SessionIoError::Invalid,
                QCoreApplication::translate("SessionIO", "The session file is damaged (\"%1\" is not a list).")
                    .arg(QString::fromLatin1(key)));
    for (const char* key : {"apertures", "prepare", "search"})
        if (root.contains(key) && !root.value(key).isObject())
            return failure(
                SessionIoError::Invalid,
                QCoreApplication::translate("SessionIO", "The session file is damaged (\"%1\" is not an object).")
                    .arg(QString::fromLatin1(key)));

    const auto tooMany = [](const char* what, qsizetype n, int max) {
        return failure(
            SessionIoError::Invalid,
            QCoreApplication::translate("SessionIO", "The session file is damaged (%1 %2, at most %3 are read).")
                .arg(n)
                .arg(QString::fromLatin1(what))
                .arg(max));
    };
    if (root.value("files").toArray().size() > kMaxSessionFiles)
        return tooMany("files", root.value("files").toArray().size(), kMaxSessionFiles);
    if (root.value("candidates").toArray().size() > kMaxSessionCandidates)
        return tooMany("candidates", root.value("candidates").toArray().size(), kMaxSessionCandidates);
    if (root.value("apertures").toObject().size() > kMaxSessionFiles)
        return tooMany("apertures", root.value("apertures").toObject().size(), kMaxSessionFiles);

    SessionLoadResult r;
    r.formatVersion = version;
    r.appVersion = root.value("app_version").toString();

    // Files: resolve each, and remember how stored paths map to the paths used now.
    std::map<QString, QString> remap;
    QSet<QString> seen;
    int unlisted = 0;
    for (const QJsonValue& v : root.value("files").toArray()) {
        const QJsonObject o = v.toObject();
        const QString abs = o.value("path").toString();
        const QString rel = o.value("relative").toString();
        if (abs.contains(QChar(0)) || rel.contains(QChar(0))) {
            r.warnings << QCoreApplication::translate("SessionIO", "A file entry with an invalid path was dropped.");
            continue;
        }
        if (abs.isEmpty() && rel.isEmpty()) {
            r.warnings << QCoreApplication::translate("SessionIO", "A file entry without a path was dropped.");
            continue;
        }
        QString now = resolveDataFile(abs, rel, sessionDir);
        if (now.isEmpty()) {
            now = !abs.isEmpty() ? abs : QDir::cleanPath(QDir(sessionDir).absoluteFilePath(rel));
            r.missingFiles << now;
            if (r.missingFiles.size() <= kMaxListedMissingFiles)
                r.warnings << QCoreApplication::translate("SessionIO", "Data file not found: %1").arg(now);
            else
                ++unlisted;
        }
        if (seen.contains(now))  // a set: linear in the number of files
            continue;
        seen.insert(now);
        remap[abs.isEmpty() ? now : abs] = now;
        r.state.files.append(SessionFile{now, o.value("star").toString(), o.value("season").toString()});
    }
    if (unlisted > 0)
        r.warnings << QCoreApplication::translate("SessionIO", "%n more data file(s) were not found.", nullptr,
                                                  unlisted);
    const auto mapped = [&](const QString& stored) {
        const auto it = remap.find(stored);
        return it == remap.end() ? QString() : it->second;
    };

    const QJsonObject apertures = root.value("apertures").toObject();
    for (auto it = apertures.begin(); it != apertures.end(); ++it) {
        const QString path = mapped(it.key());
        if (path.isEmpty()) {
            r.warnings << QCoreApplication::translate(
                              "SessionIO", "The aperture of %1, which is not among the session's files, was dropped.")
                              .arg(it.key());
            continue;
        }
        r.state.apertures[path] = json::apertureFromJson(it.value().toObject(), it.key(), r.warnings);
    }

    r.state.prepare = json::prepareFromJson(root.value("prepare").toObject(), r.warnings);
    r.state.search = json::searchFromJson(root.value("search").toObject(), r.warnings);
    // The same limits as the CLI and the pipeline panel: an out-of-range setting falls back
    // to its default with a warning naming it as the panel does.
    checkSessionSettings(r.state.prepare, r.state.search, r.warnings);
    for (const QJsonValue& v : root.value("candidates").toArray())
        r.state.candidates.append(json::candidateFromJson(v.toObject()));
    r.state.currentFile = mapped(root.value("current_file").toString());
    r.state.currentStar = root.value("current_star").toString();
    return r;
}

bool saveSessionState(const SessionState& state, const QString& path, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("SessionIO", "No session file name was given."));
    const QFileInfo info(path);
    const QJsonObject root = sessionToJson(state, info.absolutePath());
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // Unbuffered: with Qt's write buffer a failure while flushing in commit()
    // (disk full) is not reported and a truncated file replaces the old one.
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QCoreApplication::translate("SessionIO", "Cannot write the session file %1: %2")
                        .arg(info.absoluteFilePath(), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(QCoreApplication::translate("SessionIO", "Cannot write the session file %1: %2")
                        .arg(info.absoluteFilePath(), why));
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("SessionIO", "Cannot save the session file %1: %2")
                        .arg(info.absoluteFilePath(), file.errorString()));
    if (error)
        error->clear();
    return true;
}

bool saveSession(const Session& session, const QString& path, QString* error)
{
    return saveSessionState(session.snapshot(), path, error);
}

SessionLoadResult loadSession(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(SessionIoError::Unreadable,
                       QCoreApplication::translate("SessionIO", "Cannot open the session file %1: %2")
                           .arg(path, file.errorString()));
    // Bounded read: a device or FIFO reports size 0 and would never end with readAll().
    const QByteArray bytes = file.read(kMaxSessionBytes + 1);
    if (bytes.size() > kMaxSessionBytes)
        return failure(
            SessionIoError::Invalid,
            QCoreApplication::translate("SessionIO", "The file %1 is too large to be a session file (more than %2 MB).")
                .arg(path)
                .arg(kMaxSessionBytes / (1024 * 1024)));
    return sessionFromBytes(bytes, path);
}

SessionLoadResult sessionFromBytes(const QByteArray& bytes, const QString& path)
{
    if (bytes.size() > kMaxSessionBytes)
        return failure(
            SessionIoError::Invalid,
            QCoreApplication::translate("SessionIO", "The file %1 is too large to be a session file (more than %2 MB).")
                .arg(path)
                .arg(kMaxSessionBytes / (1024 * 1024)));
    const QString guard = checkJsonStructure(bytes);
    if (!guard.isEmpty())
        return failure(
            SessionIoError::NotJson,
            QCoreApplication::translate("SessionIO", "The file %1 is not a valid session file (%2).").arg(path, guard));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(SessionIoError::NotJson,
                       QCoreApplication::translate("SessionIO",
                                                   "The file %1 is not a session file (invalid JSON at offset %2: %3).")
                           .arg(path)
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    if (!doc.isObject())
        return failure(SessionIoError::NotJson,
                       QCoreApplication::translate("SessionIO", "The file %1 is not a session file.").arg(path));
    return sessionFromJson(doc.object(), QFileInfo(path).absolutePath());
}

}  // namespace exo::app
