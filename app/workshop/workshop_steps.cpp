// The workshop tutorial's steps (see workshop_steps.h). Texts: context "exo::app::WorkshopSteps".
#include "workshop/workshop_steps.h"

#include <QCoreApplication>

namespace exo::app {

namespace {
using C = WorkshopCheck;

const QVector<WorkshopStep> kSteps{
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Welcome to the workshop"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p>In the HelloExoWorld workshop we found the planets of Kepler-11 step by step: raw flux, "
         "split, bin, trend, subtract, threshold, then the same on every star. Here you replay it on "
         "generated stars, offline, and then go further: the real transit search, the fold, vetting, "
         "flagging and export.</p>"
         "<p><b>Do:</b> click <i>Create and open the workshop folder</i> below (30 stars, a few seconds), "
         "or open a workshop folder you already have with File &gt; Open Folder.</p>"),
     "workshopCreateButton", C::FolderOpen},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Open the first star"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> every analysis starts with one star. Star 01 is a Kepler-11 analogue: a Sun-like "
         "star with six transiting planets, observed for four Kepler quarters.</p>"
         "<p><b>Do:</b> in the <i>Stars</i> list, click <b>%1</b>. Its light curve appears on the right. "
         "The workshop starts from the raw light curve: it switches splitting, binning and detrending off "
         "(you can undo that with Ctrl+Z).</p>"),
     "starsDock", C::FirstStarOpen},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Look at its SAP flux"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> SAP is the plain sum of the pixels around the star. It still carries the "
         "instrument's trends: slow drifts, and ramps after each gap while the telescope warms up. "
         "PDCSAP has most of them removed by the mission's pipeline; the workshop started from SAP to see "
         "what a trend is.</p>"
         "<p><b>Do:</b> in the <i>Pipeline</i> panel, set <b>Flux</b> to <b>SAP</b>. Look at the top plot: "
         "the drifts and the jumps at the gaps.</p>"),
     "fluxCombo", C::FluxSap},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Split at the gaps"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> the telescope stops observing now and then (data downlinks, safe modes). A trend "
         "fitted across a gap mixes two different stretches, so the light curve is cut where nothing was "
         "measured for more than 6 hours, and pieces too short to tell a trend from a transit (fewer than "
         "100 points) are dropped.</p>"
         "<p><b>Do:</b> under <i>Split, bin, dips</i>, set <b>Split at gaps</b> to <b>6 h</b> and <b>Shortest "
         "piece</b> to "
         "<b>100 points</b>. A short piece near the end of each quarter disappears.</p>"),
     "gapSpin", C::SplitAtGaps},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Bin it"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> averaging neighbouring points into time bins gives fewer, less noisy points. Bins "
         "must stay well shorter than a transit (a few hours), or the dip is smeared out.</p>"
         "<p><b>Do:</b> set <b>Bin</b> to <b>60 min</b>. Each point of the plots is now the mean of two "
         "Kepler cadences.</p>"),
     "binSpin", C::Binned},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Compute a moving-average trend"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> the star and the instrument change slowly; a transit is a short dip. The mean of "
         "the neighbouring points follows the slow changes and hardly sees a short dip. The workshop used "
         "5 points on either side.</p>"
         "<p><b>Do:</b> set <b>Detrend</b> to <b>Moving average (N points)</b> and <b>Window</b> to "
         "<b>5 points either side</b>. The trend is the line drawn over the top plot.</p>"),
     "detrendCombo", C::MovingAverage},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Subtract it"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> once the trend is removed, what is left is flat except for the transits. The "
         "workshop subtracted the trend; we divide by it (flux / trend), which is the same for a "
         "normalised light curve and keeps depths as fractions of the star's light.</p>"
         "<p><b>Look:</b> the second plot, <i>Flattened flux</i>, is the light curve divided by its trend. "
         "Zoom in (mouse wheel) on a dip. Note that the moving average is pulled down by the dip itself: "
         "transits come out shallower than they are.</p>"),
     "flatPlot", C::Read},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Threshold the dips"),
     QT_TRANSLATE_NOOP("exo::app::WorkshopSteps",
                       "<p><b>Why:</b> the simplest detector: every point well below the scatter is suspicious. "
                       "Neighbouring low points make one dip. It needs no period, so it also finds single transits "
                       "and eclipses, but also noise: lower thresholds mark more false dips.</p>"
                       "<p><b>Do:</b> set <b>Mark dips below</b> to <b>3 σ</b>. Triangles mark the dips on the "
                       "flattened plot; try 4 or 5 σ and watch the noise marks go.</p>"),
     "dipSpin", C::DipsMarked},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Loop over all stars"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> the workshop then ran the same steps on every star. Here the whole pipeline runs on "
         "every star of the list in the background, with the Pipeline panel's settings.</p>"
         "<p><b>Do:</b> choose <b>Analysis &gt; Search All Stars</b>. The table fills star by star (best "
         "period, SNR, number of candidates, flags); click a column to sort it, click a row to open that "
         "star.</p>"),
     "searchAllButton", C::SearchedAll},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "The real thing: the transit search"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> a threshold looks at one point at a time. The transit search (BLS) adds up every "
         "transit at each trial period, so a planet too shallow to see once stands out when its transits "
         "are stacked. It needs a trend that ignores the dips: the biweight.</p>"
         "<p><b>Do:</b> open star <b>%1</b> again (click its row), set <b>Detrend</b> to <b>Biweight "
         "(recommended)</b> and <b>Bin</b> to <b>Off</b>. The search runs by itself; the candidates fill the "
         "list on the left.</p>"),
     "detrendCombo", C::TransitSearch},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Fold on a period"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> the periodogram shows the search's power at each trial period; its peaks are "
         "candidate periods. Folding stacks every transit on one another: a real planet gives one clean, "
         "flat-bottomed dip.</p>"
         "<p><b>Do:</b> click the highest peak of the <i>periodogram</i>, or a candidate in the list. The "
         "fold appears on the right.</p>"),
     "periodogramPlot", C::Folded},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Vet the candidate"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> many signals are not planets: eclipsing binaries (odd and even eclipses of "
         "different depths, a secondary eclipse), background stars (the light moves off the target during "
         "the dip), noise. Vetting runs these tests.</p>"
         "<p><b>Do:</b> open the <b>Vetting</b> tab and read the checklist of the selected candidate: each "
         "test passes or raises a flag.</p>"),
     "vettingDock", C::Vetted},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Flag it"),
     QT_TRANSLATE_NOOP("exo::app::WorkshopSteps",
                       "<p><b>Why:</b> flagging keeps the candidates you believe in, with a disposition and a note; "
                       "they are saved and survive re-searching and restarting.</p>"
                       "<p><b>Do:</b> tick <b>Flag</b> on a convincing candidate in the candidate list.</p>"),
     "candidatesTable", C::Flagged},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Export it"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p><b>Why:</b> an export is what you hand in: a CSV or JSON file (or a PDF vetting sheet) the "
         "instructor can merge with everyone's.</p>"
         "<p><b>Do:</b> choose <b>File &gt; Export Candidates…</b>, keep <i>Flagged candidates only</i> and save the "
         "file.</p>"),
     "mainMenuBar", C::Exported},
    {QT_TRANSLATE_NOOP("exo::app::WorkshopSteps", "Well done"),
     QT_TRANSLATE_NOOP(
         "exo::app::WorkshopSteps",
         "<p>You went from raw SAP flux to an exported candidate. Now try the other stars: a hot Jupiter, "
         "a spotted star hiding a planet, an eclipsing binary, a background blend (its difference image "
         "shows the light moving off the target), a star with nothing at all. The instructor has the "
         "answer key.</p>"),
     "", C::Read},
};
}  // namespace

const QVector<WorkshopStep>& workshopSteps() { return kSteps; }

QString workshopFirstStar() { return QStringLiteral("KIC 99100001"); }

QString workshopStepTitle(int i)
{
    if (i < 0 || i >= kSteps.size())
        return {};
    return QCoreApplication::translate("exo::app::WorkshopSteps", kSteps[i].title);
}

QString workshopStepText(int i)
{
    if (i < 0 || i >= kSteps.size())
        return {};
    QString t = QCoreApplication::translate("exo::app::WorkshopSteps", kSteps[i].text);
    if (t.contains(QLatin1String("%1")))
        t = t.arg(workshopFirstStar());
    return t;
}

}  // namespace exo::app
