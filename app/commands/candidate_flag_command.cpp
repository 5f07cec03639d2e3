#include "commands/candidate_flag_command.h"

#include "commands/command_ids.h"
#include "session/session.h"

namespace exo::app {

CandidateFlagCommand::CandidateFlagCommand(Session* session, int rank, double periodDays, CandidateAnnotation before,
                                           CandidateAnnotation after, const QString& text, bool mergeNotes,
                                           QUndoCommand* parent)
    : QUndoCommand(text, parent),
      m_session(session),
      m_rank(rank),
      m_periodDays(periodDays),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeNotes(mergeNotes)
{}

void CandidateFlagCommand::redo() { m_session->applyAnnotation(m_rank, m_periodDays, m_after); }

void CandidateFlagCommand::undo() { m_session->applyAnnotation(m_rank, m_periodDays, m_before); }

int CandidateFlagCommand::id() const { return m_mergeNotes ? CandidateNoteCommandId : -1; }

bool CandidateFlagCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const CandidateFlagCommand*>(other);
    if (!o || !o->m_mergeNotes || o->m_rank != m_rank || o->m_periodDays != m_periodDays)
        return false;
    m_after = o->m_after;
    setObsolete(m_before == m_after);
    return true;
}

}  // namespace exo::app
