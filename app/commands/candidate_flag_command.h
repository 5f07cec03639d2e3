#pragma once
/// @file candidate_flag_command.h
/// Undoable annotation (flag, disposition, note) of one transit candidate.

#include "session/session_types.h"

#include <QString>
#include <QUndoCommand>

namespace exo::app {

class Session;

/// Swaps the annotation of the candidate identified by (rank, period). If the
/// candidate list was replaced by a different search meanwhile, redo/undo are
/// no-ops (the candidate is gone). Consecutive note edits of the same candidate
/// merge when created with mergeNotes = true.
class CandidateFlagCommand : public QUndoCommand {
public:
    CandidateFlagCommand(Session* session, int rank, double periodDays, CandidateAnnotation before,
                         CandidateAnnotation after, const QString& text, bool mergeNotes = false,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Session* m_session;
    int m_rank;
    double m_periodDays;
    CandidateAnnotation m_before;
    CandidateAnnotation m_after;
    bool m_mergeNotes;
};

}  // namespace exo::app
