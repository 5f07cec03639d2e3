#pragma once
/// @file session.h
/// Session: the single source of truth of one analysis (opened files grouped
/// by star, per-file apertures, preparation and search settings, candidates).
/// It owns the one QUndoStack of the analysis. GUI thread only.
///
/// Two kinds of mutators:
///  - UI mutators (setAperture, setPrepareSettings, setSearchSettings,
///    addMaskedRange, clearMaskedRanges, setFlagged, setNote, setDisposition)
///    push an undo command; the command's redo() applies the change.
///  - Raw appliers (applyAperture, applyPrepareSettings, ...) change the state
///    and emit the signals; only the commands (and restore) should call them.
/// Not undoable: files (add/remove), the selection (current star/file) and the
/// derived candidate list (setCandidates).

#include "session/session_types.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

class QUndoStack;

namespace exo::app {

class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    /// The undo stack of this session (owned by the session; never null).
    QUndoStack* undoStack() const { return m_undo; }

    // ---- Files (not undoable) -------------------------------------------------
    /// Adds a file under the given star label. Returns false (and does nothing)
    /// if the path is empty or already in the session. The first file added
    /// becomes the current file when there is none.
    bool addFile(const QString& path, const QString& targetLabel, const QString& seasonLabel = {});
    /// Removes a file and its aperture. Returns false if unknown. If it was the
    /// current file, the current file moves to another file of the same star
    /// (or any file, or none).
    bool removeFile(const QString& path);
    /// Points a file entry at a new location (e.g. after loadSession reported it
    /// missing), keeping its star, season, aperture and selection. Not undoable;
    /// marks the session modified and emits filesChanged() (and apertureChanged /
    /// currentFileChanged as applicable). Returns false if `oldPath` is unknown or
    /// `newPath` is empty or already another entry. Undo steps recorded for the
    /// old path no longer apply (relocation normally follows a load, when the
    /// undo stack is empty).
    bool relocateFile(const QString& oldPath, const QString& newPath);
    bool hasFile(const QString& path) const;
    QList<SessionFile> files() const { return m_files; }
    /// The file record for a path (default-constructed if unknown).
    SessionFile file(const QString& path) const;
    /// Distinct star labels in order of first appearance.
    QStringList stars() const;
    /// The files of one star in insertion order.
    QList<SessionFile> filesOfStar(const QString& star) const;

    // ---- Selection (not undoable, not "modified") -----------------------------
    QString currentStar() const { return m_currentStar; }
    QString currentFile() const { return m_currentFile; }
    /// Selects a star; the current file becomes that star's first file unless
    /// the current file already belongs to it. Unknown star: no-op.
    void setCurrentStar(const QString& star);
    /// Selects a file (and its star). Empty clears. Unknown path: no-op.
    void setCurrentFile(const QString& path);

    // ---- Apertures (per file) ---------------------------------------------------
    /// The aperture of a file: the stored one or a default ApertureChoice (Pipeline).
    exo::pipeline::ApertureChoice aperture(const QString& path) const;
    const std::map<QString, exo::pipeline::ApertureChoice>& apertures() const { return m_apertures; }
    /// Undoable. Consecutive calls with the same path and the same gestureId >= 0
    /// (e.g. one mouse drag painting pixels) merge into one undo step.
    /// No-op if the file is unknown or the aperture is unchanged.
    void setAperture(const QString& path, const exo::pipeline::ApertureChoice& choice, int gestureId = -1);
    /// Raw setter used by commands: stores and emits apertureChanged(path).
    /// Ignored (returns false) when the file is not in the session.
    bool applyAperture(const QString& path, const exo::pipeline::ApertureChoice& choice);

    // ---- Preparation and search settings -----------------------------------------
    const exo::pipeline::PrepareSettings& prepareSettings() const { return m_prepare; }
    const exo::pipeline::SearchSettings& searchSettings() const { return m_search; }
    /// Undoable. Consecutive calls with the same mergeKey >= 0 merge into one
    /// undo step (a slider drag of one field). No-op if unchanged.
    void setPrepareSettings(const exo::pipeline::PrepareSettings& s, int mergeKey = -1);
    void setSearchSettings(const exo::pipeline::SearchSettings& s, int mergeKey = -1);
    /// Raw setters used by commands. applyPrepareSettings emits
    /// prepareSettingsChanged(), plus maskedRangesChanged() when the ranges differ.
    void applyPrepareSettings(const exo::pipeline::PrepareSettings& s);
    void applySearchSettings(const exo::pipeline::SearchSettings& s);

    // ---- Masked time ranges (part of PrepareSettings) ----------------------------
    const std::vector<std::pair<double, double>>& maskedRanges() const { return m_prepare.maskedRanges; }
    /// Undoable: excludes [t0, t1] (mission days; swapped if t1 < t0).
    void addMaskedRange(double t0, double t1);
    /// Undoable: removes all masked ranges (no-op if none).
    void clearMaskedRanges();
    /// Raw setter used by commands: emits maskedRangesChanged() and prepareSettingsChanged().
    void applyMaskedRanges(const std::vector<std::pair<double, double>>& ranges);

    // ---- Candidates ---------------------------------------------------------------
    QList<CandidateRecord> candidates() const { return m_candidates; }
    /// Index of the candidate with this rank (and, if periodDays > 0, this
    /// period within 1e-9 relative), or -1.
    int candidateIndex(int rank, double periodDays = 0) const;
    /// Replaces the derived candidate list (not undoable). Emits candidatesChanged()
    /// and marks the session modified only if the list differs.
    void setCandidates(const QList<CandidateRecord>& candidates);
    /// Undoable annotations of the candidate with this rank. Return false if unknown/unchanged.
    bool setFlagged(int rank, bool flagged);
    bool setNote(int rank, const QString& note);
    bool setDisposition(int rank, const QString& disposition);
    /// Raw setter used by CandidateFlagCommand. Returns false when no candidate matches.
    bool applyAnnotation(int rank, double periodDays, const CandidateAnnotation& a);

    // ---- Whole state ----------------------------------------------------------------
    /// A value copy of everything a session file stores.
    SessionState snapshot() const;
    /// Replaces the whole state (after load or "new session"): clears the undo
    /// stack and marks the session clean. Linear in the size of the state. It signals
    /// once, after the whole restore: filesChanged() then restored() (listeners re-read
    /// everything); none of the per-item signals (apertureChanged per file, ...) fire.
    void restore(const SessionState& state);
    /// restore(SessionState{}).
    void clear();

    /// True when there are unsaved changes (undo stack not clean, or files or
    /// candidates changed since the last markSaved()).
    bool isModified() const;
    /// Call after a successful save: marks the undo stack clean.
    void markSaved();

signals:
    void filesChanged();
    void currentStarChanged(const QString& star);
    void currentFileChanged(const QString& path);
    void apertureChanged(const QString& path);
    void prepareSettingsChanged();
    void searchSettingsChanged();
    void maskedRangesChanged();
    void candidatesChanged();
    void modifiedChanged(bool modified);
    /// The whole state was replaced by restore(): re-read files, apertures, settings,
    /// candidates and the selection, once.
    void restored();

private:
    void setExtraDirty(bool dirty);
    void updateModified();
    bool pushAnnotation(int rank, const CandidateAnnotation& a, const QString& text);
    void rebuildFileIndex();

    QUndoStack* m_undo = nullptr;
    QList<SessionFile> m_files;
    QHash<QString, qsizetype> m_fileIndex;  ///< path -> index in m_files (O(1) lookups)
    std::map<QString, exo::pipeline::ApertureChoice> m_apertures;
    exo::pipeline::PrepareSettings m_prepare;
    exo::pipeline::SearchSettings m_search;
    QList<CandidateRecord> m_candidates;
    QString m_currentStar;
    QString m_currentFile;
    bool m_extraDirty = false;    ///< non-undoable changes since the last save
    bool m_lastModified = false;  ///< last value emitted by modifiedChanged
};

}  // namespace exo::app
