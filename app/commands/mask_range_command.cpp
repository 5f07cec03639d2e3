#include "commands/mask_range_command.h"

#include "session/session.h"

#include <QCoreApplication>

namespace exo::app {

MaskRangeCommand::MaskRangeCommand(Session* session, Ranges before, Ranges after, Kind kind, QUndoCommand* parent)
    : QUndoCommand(parent), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(kind == Kind::Add ? QCoreApplication::translate("MaskRangeCommand", "Mask time range")
                              : QCoreApplication::translate("MaskRangeCommand", "Clear masked ranges"));
}

void MaskRangeCommand::redo() { m_session->applyMaskedRanges(m_after); }

void MaskRangeCommand::undo() { m_session->applyMaskedRanges(m_before); }

}  // namespace exo::app
