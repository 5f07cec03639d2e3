#pragma once
/// @file set_aperture_command.h
/// Undoable change of the aperture of one pixel file.

#include "pipeline/settings.h"

#include <QString>
#include <QUndoCommand>

namespace exo::app {

class Session;

/// Sets the aperture of `path` (redo) or restores the previous one (undo).
/// Commands of the same path and the same gestureId >= 0 merge (one drag = one step).
class SetApertureCommand : public QUndoCommand {
public:
    SetApertureCommand(Session* session, const QString& path, exo::pipeline::ApertureChoice before,
                       exo::pipeline::ApertureChoice after, int gestureId = -1, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    QString path() const { return m_path; }
    const exo::pipeline::ApertureChoice& before() const { return m_before; }
    const exo::pipeline::ApertureChoice& after() const { return m_after; }

    /// The readable text for a change from `before` to `after` ("Edit aperture", ...).
    static QString describe(const exo::pipeline::ApertureChoice& before, const exo::pipeline::ApertureChoice& after);

private:
    Session* m_session;
    QString m_path;
    exo::pipeline::ApertureChoice m_before;
    exo::pipeline::ApertureChoice m_after;
    int m_gestureId;
};

}  // namespace exo::app
