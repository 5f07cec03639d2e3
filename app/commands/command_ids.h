#pragma once
/// @file command_ids.h
/// QUndoCommand::id() values of the mergeable session commands. A command
/// returns its id only when it was created with a merge/gesture key >= 0;
/// mergeWith() then also requires the same key (and the same target).

namespace exo::app {

enum CommandId : int {
    SetApertureCommandId = 1001,
    SetPrepareSettingsCommandId = 1002,
    SetSearchSettingsCommandId = 1003,
    CandidateNoteCommandId = 1004,
};

}  // namespace exo::app
