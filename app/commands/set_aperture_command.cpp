#include "commands/set_aperture_command.h"

#include "commands/command_ids.h"
#include "session/session.h"

#include <QCoreApplication>

namespace exo::app {

using exo::pipeline::ApertureChoice;
using exo::pipeline::ApertureMode;

SetApertureCommand::SetApertureCommand(Session* session, const QString& path, ApertureChoice before,
                                       ApertureChoice after, int gestureId, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_session(session),
      m_path(path),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_gestureId(gestureId)
{
    setText(describe(m_before, m_after));
}

QString SetApertureCommand::describe(const ApertureChoice& before, const ApertureChoice& after)
{
    if (before.mode != after.mode) {
        switch (after.mode) {
        case ApertureMode::Pipeline: return QCoreApplication::translate("SetApertureCommand", "Use pipeline aperture");
        case ApertureMode::Threshold:
            return QCoreApplication::translate("SetApertureCommand", "Use threshold aperture");
        case ApertureMode::All: return QCoreApplication::translate("SetApertureCommand", "Use all pixels");
        case ApertureMode::Custom: break;
        }
        return QCoreApplication::translate("SetApertureCommand", "Edit aperture");
    }
    if (after.mode == ApertureMode::Threshold && before.thresholdSigma != after.thresholdSigma)
        return QCoreApplication::translate("SetApertureCommand", "Change aperture threshold");
    return QCoreApplication::translate("SetApertureCommand", "Edit aperture");
}

void SetApertureCommand::redo() { m_session->applyAperture(m_path, m_after); }

void SetApertureCommand::undo() { m_session->applyAperture(m_path, m_before); }

int SetApertureCommand::id() const { return m_gestureId >= 0 ? SetApertureCommandId : -1; }

bool SetApertureCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const SetApertureCommand*>(other);
    if (!o || o->m_gestureId != m_gestureId || o->m_path != m_path)
        return false;
    m_after = o->m_after;
    setText(describe(m_before, m_after));
    setObsolete(m_before == m_after);
    return true;
}

}  // namespace exo::app
