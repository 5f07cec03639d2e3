// PipelinePanel: the HelloExoWorld workshop's steps as pipeline choices: split at gaps
// (gap and shortest piece), binning, the moving average of N points and the dip threshold.
#include "panels/pipeline_panel.h"
#include "common/decimal_spin_box.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QSignalBlocker>
#include <QToolButton>

namespace exo::ui {

namespace lim = exo::pipeline::limits;

void PipelinePanel::buildWorkshopRows(QFormLayout* form, QHBoxLayout* windowRow)
{
    m_prepareForm = form;
    m_windowPoints = new QSpinBox;
    m_windowPoints->setObjectName(QStringLiteral("windowPointsSpin"));
    m_windowPoints->setRange(int(lim::windowPoints.min), int(lim::windowPoints.max));
    m_windowPoints->setSuffix(tr(" points either side"));
    m_windowPoints->setKeyboardTracking(false);
    m_windowPoints->setVisible(false);
    windowRow->addWidget(m_windowPoints, 1);

    // The workshop's steps before the trend, folded away until asked for (or in use).
    m_workshopToggle = new QToolButton;
    m_workshopToggle->setObjectName(QStringLiteral("workshopRowsToggle"));
    m_workshopToggle->setCheckable(true);
    m_workshopToggle->setAutoRaise(true);
    m_workshopToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_workshopToggle->setArrowType(Qt::RightArrow);
    m_workshopToggle->setText(tr("Split, bin, dips"));
    form->addRow(m_workshopToggle);

    m_gapHours = new DecimalSpinBox;
    m_gapHours->setObjectName(QStringLiteral("gapSpin"));
    m_gapHours->setRange(lim::gapDays.min * 24.0, lim::gapDays.max * 24.0);
    m_gapHours->setDecimals(1);
    m_gapHours->setSingleStep(1.0);
    m_gapHours->setSuffix(tr(" h"));
    m_gapHours->setKeyboardTracking(false);
    form->addRow(tr("Split at gaps:"), m_gapHours);

    m_minSegment = new QSpinBox;
    m_minSegment->setObjectName(QStringLiteral("minSegmentSpin"));
    m_minSegment->setRange(int(lim::minSegmentPoints.min), int(lim::minSegmentPoints.max));
    m_minSegment->setSingleStep(10);
    m_minSegment->setSuffix(tr(" points"));
    m_minSegment->setKeyboardTracking(false);
    form->addRow(tr("Shortest piece:"), m_minSegment);

    m_bin = new DecimalSpinBox;
    m_bin->setObjectName(QStringLiteral("binSpin"));
    m_bin->setRange(lim::binMinutes.min, lim::binMinutes.max);
    m_bin->setDecimals(0);
    m_bin->setSingleStep(10);
    m_bin->setSpecialValueText(tr("Off"));
    m_bin->setSuffix(tr(" min"));
    m_bin->setKeyboardTracking(false);
    form->addRow(tr("Bin:"), m_bin);

    m_dips = new DecimalSpinBox;
    m_dips->setObjectName(QStringLiteral("dipSpin"));
    m_dips->setRange(lim::dipSigma.min, lim::dipSigma.max);
    m_dips->setDecimals(1);
    m_dips->setSingleStep(0.5);
    m_dips->setSpecialValueText(tr("Off"));
    m_dips->setSuffix(tr(" σ"));
    m_dips->setKeyboardTracking(false);
    form->addRow(tr("Mark dips below:"), m_dips);
    setWorkshopRowsVisible(false);
}

void PipelinePanel::setWorkshopRowsVisible(bool visible)
{
    {
        const QSignalBlocker block(m_workshopToggle);
        m_workshopToggle->setChecked(visible);
    }
    m_workshopToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget* w : {static_cast<QWidget*>(m_gapHours), static_cast<QWidget*>(m_minSegment),
                       static_cast<QWidget*>(m_bin), static_cast<QWidget*>(m_dips)}) {
        // (not QFormLayout::setRowVisible: with wrapped rows Qt 6.4 then hides another row's label)
        w->setVisible(visible);
        if (QWidget* label = m_prepareForm->labelForField(w))
            label->setVisible(visible);
    }
}

bool PipelinePanel::workshopRowsVisible() const { return m_workshopToggle->isChecked(); }

void PipelinePanel::connectWorkshopRows()
{
    connect(m_workshopToggle, &QToolButton::toggled, this, &PipelinePanel::setWorkshopRowsVisible);
    connect(m_windowPoints, &QSpinBox::valueChanged, this, [this](int n) {
        m_prepare.windowPoints = n;
        emitPrepare(WindowPointsKey);
    });
    connect(m_gapHours, &QDoubleSpinBox::valueChanged, this, [this](double h) {
        m_prepare.gapDays = h / 24.0;
        emitPrepare(GapKey);
    });
    connect(m_minSegment, &QSpinBox::valueChanged, this, [this](int n) {
        m_prepare.minSegmentPoints = n;
        emitPrepare(MinSegmentKey);
    });
    connect(m_bin, &QDoubleSpinBox::valueChanged, this, [this](double m) {
        m_prepare.binMinutes = m;
        emitPrepare(BinKey);
    });
    connect(m_dips, &QDoubleSpinBox::valueChanged, this, [this](double k) {
        m_prepare.dipSigma = k;
        emitPrepare(DipKey);
    });
}

void PipelinePanel::setupWorkshopTooltips()
{
    m_windowPoints->setToolTip(
        tr("<p>For <b>Moving average (N points)</b>: the trend at each point is the mean of this many "
           "points on either side and the point itself (the HelloExoWorld workshop used 5).</p>"
           "<p>Counted in points, not days: on 30-minute Kepler data 5 points either side span 5.5 hours; "
           "on 2-minute TESS data only 22 minutes, so bin first or take more points.</p>"));
    const QString splitTip =
        tr("<p>The light curve is cut into pieces wherever no measurement was taken for longer than this "
           "(6 hours by default): no trend is ever fitted across a gap.</p>"
           "<p>Pieces with fewer points than <b>Shortest piece</b> (100 by default) are left out: "
           "too short to tell a trend from a transit.</p>");
    m_gapHours->setToolTip(splitTip);
    m_minSegment->setToolTip(splitTip);
    m_bin->setToolTip(
        tr("<p>Averages the points into time bins of this width before the trend is fitted: fewer, less "
           "noisy points. Keep bins well shorter than a transit (30 min suits transits of a few hours).</p>"));
    m_workshopToggle->setToolTip(
        tr("<p>The HelloExoWorld workshop's steps before the transit search: split the light curve at "
           "gaps, bin it, and mark the dips below a threshold. Help &gt; Workshop walks through them.</p>"));
    m_dips->setToolTip(tr("<p>Marks on the flattened light curve every dip that goes deeper than this many times the "
                          "scatter (a robust sigma) below the median, neighbouring low points grouped into one dip.</p>"
                          "<p>It needs no period, so it also shows single transits and eclipses. Many marks on a quiet "
                          "star: raise the threshold.</p>"));
}

}  // namespace exo::ui
