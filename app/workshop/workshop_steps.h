#pragma once
/// @file workshop_steps.h
/// The workshop tutorial as data: one row per step with its title and text (tr()
/// strings, context "exo::app::WorkshopSteps"), the widget it highlights and the
/// condition that tells the attendee did it. The panel and the tracker only read
/// this table; adding a step means adding a row (and, for a new kind of check, a case
/// in WorkshopTracker::isDone).

#include <QString>
#include <QVector>

namespace exo::app {

/// What the tracker watches for to consider a step done.
enum class WorkshopCheck {
    Read,           ///< nothing to do: Next is enabled at once
    FolderOpen,     ///< several stars in the browser
    FirstStarOpen,  ///< the first workshop star is the current star and prepared
    FluxSap,        ///< flux source switched to SAP
    SplitAtGaps,    ///< gap 6 h (+-1.2 h) and at least 100 points per piece
    Binned,         ///< binning on
    MovingAverage,  ///< detrend = moving average of N points
    DipsMarked,     ///< dip threshold on and markers drawn
    SearchedAll,    ///< Search All Stars finished
    TransitSearch,  ///< a search with the biweight trend found a candidate
    Folded,         ///< the fold shown for a clicked peak or candidate (after the step began)
    Vetted,         ///< the Vetting panel shows a candidate's report
    Flagged,        ///< a candidate flagged
    Exported,       ///< candidates exported to a file (after the step began)
};

struct WorkshopStep {
    const char* title;   ///< QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", ...)
    const char* text;    ///< rich text: why, then what to do
    const char* target;  ///< objectName of the widget to highlight ("" = none)
    WorkshopCheck check;
};

/// The steps, in order.
const QVector<WorkshopStep>& workshopSteps();
/// Translated title / text of step i.
QString workshopStepTitle(int i);
QString workshopStepText(int i);

/// The label of the workshop's first star (the Kepler-11 analogue), as the browser shows it.
QString workshopFirstStar();

}  // namespace exo::app
