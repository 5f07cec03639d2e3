#pragma once
/// @file set_settings_command.h
/// Undoable changes of the preparation settings (flux, quality, clipping,
/// detrending, gaps, masked ranges) and of the search settings.

#include "pipeline/settings.h"

#include <QString>
#include <QUndoCommand>

namespace exo::app {

class Session;

/// Replaces the PrepareSettings. Consecutive commands with the same mergeKey >= 0
/// merge into one step (a slider drag); a merge that returns to the original
/// value makes the command obsolete (removed from the stack).
class SetPrepareSettingsCommand : public QUndoCommand {
public:
    SetPrepareSettingsCommand(Session* session, exo::pipeline::PrepareSettings before,
                              exo::pipeline::PrepareSettings after, int mergeKey = -1, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    int mergeKey() const { return m_mergeKey; }

    /// "Change detrending window", "Change flux source", ... or
    /// "Change preparation settings" when several fields differ.
    static QString describe(const exo::pipeline::PrepareSettings& before, const exo::pipeline::PrepareSettings& after);

private:
    Session* m_session;
    exo::pipeline::PrepareSettings m_before;
    exo::pipeline::PrepareSettings m_after;
    int m_mergeKey;
};

/// Replaces the SearchSettings; same merge rules as SetPrepareSettingsCommand.
class SetSearchSettingsCommand : public QUndoCommand {
public:
    SetSearchSettingsCommand(Session* session, exo::pipeline::SearchSettings before,
                             exo::pipeline::SearchSettings after, int mergeKey = -1, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    int mergeKey() const { return m_mergeKey; }

    /// "Change period range", "Change SNR threshold", ... or "Change search settings".
    static QString describe(const exo::pipeline::SearchSettings& before, const exo::pipeline::SearchSettings& after);

private:
    Session* m_session;
    exo::pipeline::SearchSettings m_before;
    exo::pipeline::SearchSettings m_after;
    int m_mergeKey;
};

}  // namespace exo::app
