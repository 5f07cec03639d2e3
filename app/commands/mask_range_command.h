#pragma once
/// @file mask_range_command.h
/// Undoable change of the user-masked time ranges (add one range, clear all).

#include <QString>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace exo::app {

class Session;

/// Swaps the list of masked time ranges (mission days) between `before` and `after`.
class MaskRangeCommand : public QUndoCommand {
public:
    using Ranges = std::vector<std::pair<double, double>>;
    enum class Kind { Add, Clear };

    MaskRangeCommand(Session* session, Ranges before, Ranges after, Kind kind, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Session* m_session;
    Ranges m_before;
    Ranges m_after;
};

}  // namespace exo::app
