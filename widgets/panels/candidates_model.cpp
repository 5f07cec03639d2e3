#include "panels/candidates_model.h"
#include "panels/panel_style.h"

#include <QLocale>

#include <cmath>

namespace exo::ui {

namespace {
/// Odd/even depth differences above this many sigma hint at an eclipsing binary.
constexpr double kOddEvenWarnSigma = 3.0;

QString num(double v, int decimals)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    // The user's decimal mark, but no thousands separator: "2248.8359" reads as a time.
    QLocale l;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l.toString(v, 'f', decimals);
}
}  // namespace

CandidatesModel::CandidatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void CandidatesModel::setCandidates(QVector<CandidateRow> rows, QString timeSystem)
{
    beginResetModel();
    // Known-planet names follow the same signal (same period), else they are dropped.
    QStringList known;
    for (int r = 0; r < rows.size(); ++r)
        known << (r < m_rows.size() && r < m_known.size() && m_rows[r].periodDays == rows[r].periodDays ? m_known[r]
                                                                                                        : QString());
    m_known = known;
    m_rows = std::move(rows);
    m_timeSystem = std::move(timeSystem);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, T0Col, T0Col);
}

void CandidatesModel::setFlagged(int row, bool flagged)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].flagged == flagged)
        return;
    m_rows[row].flagged = flagged;
    const QModelIndex i = index(row, FlagCol);
    emit dataChanged(i, i, {Qt::CheckStateRole, SortRole});
}

QStringList CandidatesModel::dispositionKeys()
{
    return {QStringLiteral("unreviewed"),     QStringLiteral("planet_candidate"), QStringLiteral("eclipsing_binary"),
            QStringLiteral("false_positive"), QStringLiteral("known_planet"),     QStringLiteral("systematics")};
}

QString CandidatesModel::dispositionLabel(const QString& key)
{
    if (key == QLatin1String("planet_candidate") || key == QLatin1String("PC"))
        return tr("Planet candidate");
    if (key == QLatin1String("eclipsing_binary") || key == QLatin1String("EB"))
        return tr("Eclipsing binary");
    if (key == QLatin1String("false_positive") || key == QLatin1String("FP"))
        return tr("False positive");
    if (key == QLatin1String("known_planet") || key == QLatin1String("KP"))
        return tr("Known planet");
    if (key == QLatin1String("systematics"))
        return tr("Systematics");
    return tr("Unreviewed");
}

int CandidatesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CandidatesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CandidatesModel::display(const CandidateRow& c, int column) const
{
    switch (column) {
    case RankCol: return QLocale().toString(c.rank);
    case PeriodCol: return num(c.periodDays, 5);
    case T0Col: return num(c.t0, 4);
    case DurationCol: return num(c.durationHours, 2);
    case DepthCol:
        if (c.depthErrPpm > 0 && std::isfinite(c.depthErrPpm))
            return tr("%1 ± %2").arg(num(c.depthPpm, 0), num(c.depthErrPpm, 0));
        return num(c.depthPpm, 0);
    case SnrCol: return num(c.snr, 1);
    case SdeCol: return num(c.sde, 1);
    case TransitsCol: return QLocale().toString(c.nTransits);
    case OddEvenCol: return num(c.oddEvenSigma, 1);
    case DispositionCol: return dispositionLabel(c.disposition);
    case NoteCol: return c.note.section(QLatin1Char('\n'), 0, 0);
    default: return {};
    }
}

QVariant CandidatesModel::sortValue(const CandidateRow& c, int column) const
{
    switch (column) {
    case RankCol: return c.rank;
    case PeriodCol: return c.periodDays;
    case T0Col: return c.t0;
    case DurationCol: return c.durationHours;
    case DepthCol: return c.depthPpm;
    case SnrCol: return c.snr;
    case SdeCol: return c.sde;
    case TransitsCol: return c.nTransits;
    case OddEvenCol: return c.oddEvenSigma;
    case FlagCol: return c.flagged ? 1 : 0;
    case DispositionCol: return dispositionKeys().indexOf(c.disposition);
    case NoteCol: return c.note;
    default: return {};
    }
}

QString CandidatesModel::rowToolTip(const CandidateRow& c) const
{
    QString tip = tr("<b>Candidate %1</b><br>Period %2 d, %3 transits of %4 h<br>"
                     "Depth %5 ppm (%6 ppm at phase 0.5)<br>SNR %7, SDE %8")
                      .arg(c.rank)
                      .arg(num(c.periodDays, 5))
                      .arg(c.nTransits)
                      .arg(num(c.durationHours, 2), num(c.depthPpm, 0), num(c.secondaryDepthPpm, 0), num(c.snr, 1),
                           num(c.sde, 1));
    if (c.oddEvenSigma > kOddEvenWarnSigma)
        tip += QStringLiteral("<br>")
               + tr("Odd and even transits differ by %1 σ: possibly an eclipsing binary at twice this period.")
                     .arg(num(c.oddEvenSigma, 1));
    if (!c.note.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(c.note.toHtmlEscaped());
    return tip;
}

QVariant CandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CandidateRow& c = m_rows[index.row()];
    const int col = index.column();
    const QString known = knownPlanet(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (col == KnownCol)
            return known.isEmpty() ? QString() : tr("matches %1").arg(known);
        return display(c, col);
    case Qt::EditRole:
        if (col == DispositionCol)
            return c.disposition.isEmpty() ? QStringLiteral("unreviewed") : c.disposition;
        if (col == NoteCol)
            return c.note;
        return display(c, col);
    case SortRole:
        if (col == KnownCol)
            return known;
        return sortValue(c, col);
    case Qt::CheckStateRole:
        if (col == FlagCol)
            return c.flagged ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (col == FlagCol)
            return int(Qt::AlignCenter);
        if (col == DispositionCol || col == NoteCol || col == KnownCol)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (col == OddEvenCol && c.oddEvenSigma > kOddEvenWarnSigma)
            return warningAccent();
        return {};
    case Qt::ToolTipRole:
        if (col == FlagCol)
            return tr("Tick to mark this candidate for follow-up or export.");
        if (col == DispositionCol)
            return tr("Your verdict; double-click to change it.");
        if (col == NoteCol)
            return c.note.isEmpty() ? tr("Double-click to write a note.") : c.note;
        if (!known.isEmpty())
            return rowToolTip(c) + QStringLiteral("<br>")
                   + tr("Matches the known planet %1.").arg(known.toHtmlEscaped());
        return rowToolTip(c);
    default: return {};
    }
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankCol: return tr("#");
        case PeriodCol: return tr("Period (d)");
        case T0Col: return m_timeSystem.isEmpty() ? tr("T0") : tr("T0 (%1)").arg(m_timeSystem);
        case DurationCol: return tr("Duration (h)");
        case DepthCol: return tr("Depth (ppm)");
        case SnrCol: return tr("SNR");
        case SdeCol: return tr("SDE");
        case TransitsCol: return tr("Transits");
        case OddEvenCol: return tr("Odd/even σ");
        case FlagCol: return tr("Flag");
        case DispositionCol: return tr("Disposition");
        case NoteCol: return tr("Note");
        case KnownCol: return tr("Known planet");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankCol: return tr("Order in which the search found the signal: 1 is the strongest.");
        case PeriodCol: return tr("Time between two transits (orbital period), in days.");
        case T0Col:
            return tr("Time of the middle of one transit, in the mission's day count "
                      "(%1). Together with the period it predicts every transit.")
                .arg(m_timeSystem.isEmpty() ? tr("days") : m_timeSystem);
        case DurationCol: return tr("How long one transit lasts, in hours.");
        case DepthCol:
            return tr("How much the star dims during a transit, in parts per million "
                      "(1000 ppm = 0.1 %). The planet's size grows with the square root of the depth.");
        case SnrCol:
            return tr("Signal-to-noise ratio: the depth divided by its uncertainty. Above about 7 "
                      "the signal is unlikely to be noise.");
        case SdeCol:
            return tr("Signal detection efficiency: how far this period stands out in the "
                      "periodogram. Above about 9 is a clear detection.");
        case TransitsCol:
            return tr("Number of transits covered by data. Two or three are the minimum to "
                      "trust a period.");
        case OddEvenCol:
            return tr("Difference between the depths of odd and even transits, in σ. Above 3 "
                      "(shown in amber) the 'planet' may be two stars eclipsing each other.");
        case FlagCol: return tr("Your mark for candidates worth a closer look.");
        case DispositionCol:
            return tr("Your verdict: planet candidate, eclipsing binary, false positive, known planet or "
                      "systematics. Kept in the candidate store with the flag and the note.");
        case NoteCol: return tr("Your note on this candidate.");
        case KnownCol:
            return tr("A planet of this star already in the NASA Exoplanet Archive whose period and "
                      "transit times this signal matches.");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, o, role);
}

Qt::ItemFlags CandidatesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FlagCol)
        f |= Qt::ItemIsUserCheckable;
    if (index.isValid() && (index.column() == DispositionCol || index.column() == NoteCol))
        f |= Qt::ItemIsEditable;
    return f;
}

void CandidatesModel::setAnnotation(int row, bool flagged, const QString& disposition, const QString& note)
{
    if (row < 0 || row >= m_rows.size())
        return;
    auto& r = m_rows[row];
    if (r.flagged == flagged && r.disposition == disposition && r.note == note)
        return;
    r.flagged = flagged;
    r.disposition = disposition;
    r.note = note;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool CandidatesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (index.isValid() && role == Qt::EditRole && index.row() < m_rows.size()) {
        auto& r = m_rows[index.row()];
        if (index.column() == DispositionCol) {
            const QString key = value.toString();
            if (!dispositionKeys().contains(key)
                || key == (r.disposition.isEmpty() ? QStringLiteral("unreviewed") : r.disposition))
                return false;
            r.disposition = key;
            emit dataChanged(index, index);
            emit dispositionEdited(index.row(), key);
            return true;
        }
        if (index.column() == NoteCol) {
            const QString note = value.toString();
            if (note == r.note)
                return false;
            r.note = note;
            emit dataChanged(index, index);
            emit noteEdited(index.row(), note);
            return true;
        }
    }
    if (!index.isValid() || index.column() != FlagCol || role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const int row = index.row();
    if (m_rows[row].flagged == on)
        return false;
    m_rows[row].flagged = on;
    emit dataChanged(index, index, {Qt::CheckStateRole, SortRole});
    emit flagToggled(row, on);
    return true;
}

void CandidatesModel::setKnownPlanets(const QStringList& names)
{
    m_known.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_known << (r < names.size() ? names[r] : QString());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

}  // namespace exo::ui
