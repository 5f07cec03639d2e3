#pragma once
/// @file set_settings_command.h
/// Undoable changes of a settings value of the session: the preparation settings (flux,
/// quality, clipping, detrending, gaps, masked ranges) and the search settings (period
/// range, grid, durations, thresholds, noise model, minimum transits, re-detrending). One
/// command template serves every settings struct; SettingsTraits<S> says how to apply S to
/// the session and how to name a change of it.

#include "pipeline/settings.h"

#include <QString>
#include <QUndoCommand>

namespace exo::app {

class Session;

/// What the generic command needs to know about one settings struct S: its merge id
/// (command_ids.h), how the session applies it and the undo text of a change.
template <typename S>
struct SettingsTraits;

template <>
struct SettingsTraits<exo::pipeline::PrepareSettings> {
    static int commandId();
    static void apply(Session* session, const exo::pipeline::PrepareSettings& s);
    /// "Change detrending window", "Change flux source", ... or
    /// "Change preparation settings" when several fields differ.
    static QString describe(const exo::pipeline::PrepareSettings& before, const exo::pipeline::PrepareSettings& after);
};

template <>
struct SettingsTraits<exo::pipeline::SearchSettings> {
    static int commandId();
    static void apply(Session* session, const exo::pipeline::SearchSettings& s);
    /// "Change period range", "Change SNR threshold", "Change re-detrending", ... or
    /// "Change search settings".
    static QString describe(const exo::pipeline::SearchSettings& before, const exo::pipeline::SearchSettings& after);
};

/// Replaces a settings value S of the session (redo) or restores the previous one (undo).
/// Consecutive commands with the same mergeKey >= 0 merge into one step (a slider drag); a
/// merge that returns to the original value makes the command obsolete (removed from the
/// stack). Instantiated for PrepareSettings and SearchSettings (set_settings_command.cpp).
template <typename S>
class SetSettingsCommand : public QUndoCommand {
public:
    SetSettingsCommand(Session* session, S before, S after, int mergeKey = -1, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    int mergeKey() const { return m_mergeKey; }
    const S& before() const { return m_before; }
    const S& after() const { return m_after; }

    static QString describe(const S& before, const S& after) { return SettingsTraits<S>::describe(before, after); }

private:
    Session* m_session;
    S m_before;
    S m_after;
    int m_mergeKey;
};

extern template class SetSettingsCommand<exo::pipeline::PrepareSettings>;
extern template class SetSettingsCommand<exo::pipeline::SearchSettings>;

using SetPrepareSettingsCommand = SetSettingsCommand<exo::pipeline::PrepareSettings>;
using SetSearchSettingsCommand = SetSettingsCommand<exo::pipeline::SearchSettings>;

}  // namespace exo::app
