#include "session/session.h"

#include "commands/candidate_flag_command.h"
#include "commands/mask_range_command.h"
#include "commands/set_aperture_command.h"
#include "commands/set_settings_command.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace exo::app {

using exo::pipeline::ApertureChoice;
using exo::pipeline::PrepareSettings;
using exo::pipeline::SearchSettings;

Session::Session(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &Session::updateModified);
}

Session::~Session() = default;

// ---- Files --------------------------------------------------------------------------

bool Session::addFile(const QString& path, const QString& targetLabel, const QString& seasonLabel)
{
    if (path.isEmpty() || hasFile(path))
        return false;
    m_files.append(SessionFile{path, targetLabel, seasonLabel});
    m_fileIndex.insert(path, m_files.size() - 1);
    emit filesChanged();
    setExtraDirty(true);
    if (m_currentFile.isEmpty())
        setCurrentFile(path);
    return true;
}

bool Session::removeFile(const QString& path)
{
    const auto it = std::find_if(m_files.begin(), m_files.end(), [&](const SessionFile& f) { return f.path == path; });
    if (it == m_files.end())
        return false;
    const QString star = it->star;
    m_files.erase(it);
    rebuildFileIndex();
    m_apertures.erase(path);
    emit filesChanged();
    setExtraDirty(true);
    if (m_currentFile == path) {
        const auto sameStar = filesOfStar(star);
        if (!sameStar.isEmpty())
            setCurrentFile(sameStar.front().path);
        else if (!m_files.isEmpty())
            setCurrentFile(m_files.front().path);
        else
            setCurrentFile(QString());
    }
    return true;
}

bool Session::relocateFile(const QString& oldPath, const QString& newPath)
{
    if (newPath.isEmpty() || !hasFile(oldPath) || (newPath != oldPath && hasFile(newPath)))
        return false;
    if (newPath == oldPath)
        return true;
    for (auto& f : m_files)
        if (f.path == oldPath)
            f.path = newPath;
    rebuildFileIndex();
    const auto ap = m_apertures.find(oldPath);
    const bool hadAperture = ap != m_apertures.end();
    if (hadAperture) {
        m_apertures[newPath] = ap->second;
        m_apertures.erase(oldPath);  // after the copy: `ap` is invalid from here
    }
    emit filesChanged();
    if (hadAperture)
        emit apertureChanged(newPath);
    if (m_currentFile == oldPath) {
        m_currentFile = newPath;
        emit currentFileChanged(m_currentFile);
    }
    setExtraDirty(true);
    return true;
}

bool Session::hasFile(const QString& path) const { return m_fileIndex.contains(path); }

SessionFile Session::file(const QString& path) const
{
    const auto it = m_fileIndex.constFind(path);
    return it == m_fileIndex.constEnd() ? SessionFile{} : m_files[*it];
}

void Session::rebuildFileIndex()
{
    m_fileIndex.clear();
    m_fileIndex.reserve(m_files.size());
    for (qsizetype i = 0; i < m_files.size(); ++i)
        m_fileIndex.insert(m_files[i].path, i);
}

QStringList Session::stars() const
{
    QStringList out;
    QSet<QString> seen;
    for (const auto& f : m_files)
        if (!seen.contains(f.star)) {
            seen.insert(f.star);
            out << f.star;
        }
    return out;
}

QList<SessionFile> Session::filesOfStar(const QString& star) const
{
    QList<SessionFile> out;
    for (const auto& f : m_files)
        if (f.star == star)
            out << f;
    return out;
}

// ---- Selection ------------------------------------------------------------------------

void Session::setCurrentStar(const QString& star)
{
    if (star == m_currentStar)
        return;
    if (star.isEmpty()) {
        setCurrentFile(QString());
        return;
    }
    const auto list = filesOfStar(star);
    if (list.isEmpty())
        return;
    setCurrentFile(list.front().path);
}

void Session::setCurrentFile(const QString& path)
{
    if (path == m_currentFile)
        return;
    if (!path.isEmpty() && !hasFile(path))
        return;
    m_currentFile = path;
    const QString star = path.isEmpty() ? QString() : file(path).star;
    const bool starChanged = star != m_currentStar;
    m_currentStar = star;
    if (starChanged)
        emit currentStarChanged(m_currentStar);
    emit currentFileChanged(m_currentFile);
}

// ---- Apertures ----------------------------------------------------------------------------

ApertureChoice Session::aperture(const QString& path) const
{
    const auto it = m_apertures.find(path);
    return it == m_apertures.end() ? ApertureChoice{} : it->second;
}

void Session::setAperture(const QString& path, const ApertureChoice& choice, int gestureId)
{
    if (!hasFile(path))
        return;
    const ApertureChoice before = aperture(path);
    if (before == choice)
        return;
    m_undo->push(new SetApertureCommand(this, path, before, choice, gestureId));
}

bool Session::applyAperture(const QString& path, const ApertureChoice& choice)
{
    if (!hasFile(path))
        return false;
    m_apertures[path] = choice;
    emit apertureChanged(path);
    return true;
}

// ---- Settings -------------------------------------------------------------------------------

void Session::setPrepareSettings(const PrepareSettings& s, int mergeKey)
{
    if (s == m_prepare)
        return;
    m_undo->push(new SetPrepareSettingsCommand(this, m_prepare, s, mergeKey));
}

void Session::setSearchSettings(const SearchSettings& s, int mergeKey)
{
    if (s == m_search)
        return;
    m_undo->push(new SetSearchSettingsCommand(this, m_search, s, mergeKey));
}

void Session::applyPrepareSettings(const PrepareSettings& s)
{
    const bool rangesChanged = s.maskedRanges != m_prepare.maskedRanges;
    m_prepare = s;
    if (rangesChanged)
        emit maskedRangesChanged();
    emit prepareSettingsChanged();
}

void Session::applySearchSettings(const SearchSettings& s)
{
    m_search = s;
    emit searchSettingsChanged();
}

// ---- Masked ranges -----------------------------------------------------------------------------

void Session::addMaskedRange(double t0, double t1)
{
    if (!std::isfinite(t0) || !std::isfinite(t1))
        return;
    if (t1 < t0)
        std::swap(t0, t1);
    auto after = m_prepare.maskedRanges;
    after.emplace_back(t0, t1);
    m_undo->push(new MaskRangeCommand(this, m_prepare.maskedRanges, after, MaskRangeCommand::Kind::Add));
}

void Session::clearMaskedRanges()
{
    if (m_prepare.maskedRanges.empty())
        return;
    m_undo->push(new MaskRangeCommand(this, m_prepare.maskedRanges, {}, MaskRangeCommand::Kind::Clear));
}

void Session::applyMaskedRanges(const std::vector<std::pair<double, double>>& ranges)
{
    if (ranges == m_prepare.maskedRanges)
        return;
    m_prepare.maskedRanges = ranges;
    emit maskedRangesChanged();
    emit prepareSettingsChanged();
}

// ---- Candidates -----------------------------------------------------------------------------------

int Session::candidateIndex(int rank, double periodDays) const
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        const auto& c = m_candidates[i];
        if (c.rank != rank)
            continue;
        if (periodDays > 0 && std::abs(c.periodDays - periodDays) > 1e-9 * std::max(std::abs(periodDays), 1.0))
            continue;
        return i;
    }
    return -1;
}

void Session::setCandidates(const QList<CandidateRecord>& candidates)
{
    if (candidates == m_candidates)
        return;
    m_candidates = candidates;
    emit candidatesChanged();
    setExtraDirty(true);
}

bool Session::pushAnnotation(int rank, const CandidateAnnotation& a, const QString& text)
{
    const int idx = candidateIndex(rank);
    if (idx < 0)
        return false;
    const auto& c = m_candidates[idx];
    const CandidateAnnotation before{c.flagged, c.disposition, c.note};
    if (before == a)
        return false;
    const bool noteOnly = before.flagged == a.flagged && before.disposition == a.disposition;
    m_undo->push(new CandidateFlagCommand(this, rank, c.periodDays, before, a, text, noteOnly));
    return true;
}

bool Session::setFlagged(int rank, bool flagged)
{
    const int idx = candidateIndex(rank);
    if (idx < 0)
        return false;
    const auto& c = m_candidates[idx];
    return pushAnnotation(rank, {flagged, c.disposition, c.note},
                          flagged ? QCoreApplication::translate("Session", "Flag candidate %1").arg(rank)
                                  : QCoreApplication::translate("Session", "Unflag candidate %1").arg(rank));
}

bool Session::setNote(int rank, const QString& note)
{
    const int idx = candidateIndex(rank);
    if (idx < 0)
        return false;
    const auto& c = m_candidates[idx];
    return pushAnnotation(rank, {c.flagged, c.disposition, note},
                          QCoreApplication::translate("Session", "Edit note of candidate %1").arg(rank));
}

bool Session::setDisposition(int rank, const QString& disposition)
{
    const int idx = candidateIndex(rank);
    if (idx < 0)
        return false;
    const auto& c = m_candidates[idx];
    return pushAnnotation(rank, {c.flagged, disposition, c.note},
                          QCoreApplication::translate("Session", "Set disposition of candidate %1").arg(rank));
}

bool Session::applyAnnotation(int rank, double periodDays, const CandidateAnnotation& a)
{
    const int idx = candidateIndex(rank, periodDays);
    if (idx < 0)
        return false;
    auto& c = m_candidates[idx];
    c.flagged = a.flagged;
    c.disposition = a.disposition;
    c.note = a.note;
    emit candidatesChanged();
    return true;
}

// ---- Whole state -------------------------------------------------------------------------------------

SessionState Session::snapshot() const
{
    SessionState s;
    s.files = m_files;
    s.apertures = m_apertures;
    s.prepare = m_prepare;
    s.search = m_search;
    s.candidates = m_candidates;
    s.currentFile = m_currentFile;
    s.currentStar = m_currentStar;
    return s;
}

void Session::restore(const SessionState& state)
{
    m_undo->clear();
    m_files.clear();
    m_fileIndex.clear();
    m_files.reserve(state.files.size());
    for (const auto& f : state.files)
        if (!f.path.isEmpty() && !hasFile(f.path)) {
            m_files.append(f);
            m_fileIndex.insert(f.path, m_files.size() - 1);
        }
    m_apertures.clear();
    for (const auto& [path, choice] : state.apertures)
        if (hasFile(path))
            m_apertures.emplace_hint(m_apertures.end(), path, choice);
    m_prepare = state.prepare;
    m_search = state.search;
    m_candidates = state.candidates;

    QString current = hasFile(state.currentFile) ? state.currentFile : QString();
    if (current.isEmpty() && !state.currentStar.isEmpty()) {
        const auto it = std::find_if(m_files.cbegin(), m_files.cend(),
                                     [&](const SessionFile& f) { return f.star == state.currentStar; });
        if (it != m_files.cend())
            current = it->path;
    }
    if (current.isEmpty() && !m_files.isEmpty())
        current = m_files.front().path;
    m_currentFile = current;
    m_currentStar = current.isEmpty() ? QString() : file(current).star;

    // One notification for the whole restore (per-file signals made it quadratic).
    m_extraDirty = false;
    emit filesChanged();
    emit restored();
    updateModified();
}

void Session::clear() { restore(SessionState{}); }

bool Session::isModified() const { return m_extraDirty || !m_undo->isClean(); }

void Session::markSaved()
{
    m_undo->setClean();
    m_extraDirty = false;
    updateModified();
}

void Session::setExtraDirty(bool dirty)
{
    m_extraDirty = dirty;
    updateModified();
}

void Session::updateModified()
{
    const bool now = isModified();
    if (now == m_lastModified)
        return;
    m_lastModified = now;
    emit modifiedChanged(now);
}

}  // namespace exo::app
