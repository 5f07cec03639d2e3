// PipelinePanel: construction, the "Light curve" group and the shared API.
// The "Transit search" group and its validation live in pipeline_panel_search.cpp.
#include "panels/pipeline_panel.h"
#include "common/decimal_spin_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QScrollBar>
#include <QEvent>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace exo::ui {

using exo::pipeline::DetrendMethod;
using exo::pipeline::FluxSource;

namespace {
// The window slider works in steps of 0.05 d: position = days / 0.05.
constexpr double kWindowStep = 0.05;
constexpr double kWindowMin = 0.1;
constexpr double kWindowMax = 5.0;

int windowToSlider(double days) { return int(std::lround(days / kWindowStep)); }

const char* const kQualityPresets[] = {"default", "hard", "hardest", "none"};
}  // namespace

PipelinePanel::PipelinePanel(QWidget* parent) : QWidget(parent)
{
    // One-time registration so the settings also pass through queued connections.
    qRegisterMetaType<exo::pipeline::PrepareSettings>();
    qRegisterMetaType<exo::pipeline::SearchSettings>();

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(6, 6, 6, 6);
    column->addWidget(buildPrepareGroup());
    column->addWidget(buildSearchGroup());
    column->addStretch(1);

    // The panel lives in a side dock: scroll rather than squash when it is short.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("pipelineScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Never clip a control sideways (long French or Spanish labels): the panel is at least as
    // wide as its content needs, and only scrolls vertically.
    // Combo boxes may be narrower than their longest item (the list shows it in full).
    for (QComboBox* c : {m_flux, m_quality, m_detrend, m_noise}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        c->setMinimumWidth(c->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")) + 32);
    }
    m_scroll = scroll;
    m_content = content;
    updateMinimumWidth();

    setupTooltips();
    setPrepareSettings(m_prepare);
    setSearchSettings(m_search);
    connectPrepare();
    connectSearch();
}

PipelinePanel::~PipelinePanel() = default;

QWidget* PipelinePanel::buildPrepareGroup()
{
    auto* box = new QGroupBox(tr("Light curve"));
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // label above its field when narrow
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(kFormRowSpacing);

    m_flux = new QComboBox;
    m_flux->setObjectName(QStringLiteral("fluxCombo"));
    m_flux->addItem(tr("PDCSAP (corrected)"), int(FluxSource::Pdcsap));
    m_flux->addItem(tr("SAP (raw aperture sum)"), int(FluxSource::Sap));
    form->addRow(tr("Flux:"), m_flux);

    m_quality = new QComboBox;
    m_quality->setObjectName(QStringLiteral("qualityCombo"));
    m_quality->addItem(tr("Default"), QStringLiteral("default"));
    m_quality->addItem(tr("Hard"), QStringLiteral("hard"));
    m_quality->addItem(tr("Hardest"), QStringLiteral("hardest"));
    m_quality->addItem(tr("None"), QStringLiteral("none"));
    m_quality->addItem(tr("Custom bitmask…"), QStringLiteral("custom"));
    form->addRow(tr("Quality:"), m_quality);

    m_qualityBits = new QSpinBox;
    m_qualityBits->setObjectName(QStringLiteral("qualityBitsSpin"));
    m_qualityBits->setRange(0, INT_MAX);
    m_qualityBits->setKeyboardTracking(false);
    m_qualityBits->setValue(1130799);
    form->addRow(tr("Bitmask:"), m_qualityBits);

    auto* clipRow = new QHBoxLayout;
    m_clip = new QCheckBox(tr("Clip above"));
    m_clip->setObjectName(QStringLiteral("clipCheck"));
    m_clipSigma = new DecimalSpinBox;
    m_clipSigma->setObjectName(QStringLiteral("clipSigmaSpin"));
    m_clipSigma->setRange(exo::pipeline::limits::clipSigma.min, exo::pipeline::limits::clipSigma.max);
    m_clipSigma->setSingleStep(0.5);
    m_clipSigma->setDecimals(1);
    m_clipSigma->setSuffix(tr(" σ"));
    m_clipSigma->setKeyboardTracking(false);
    clipRow->addWidget(m_clip);
    clipRow->addWidget(m_clipSigma, 1);
    form->addRow(tr("Outliers:"), clipRow);

    m_detrend = new QComboBox;
    m_detrend->setObjectName(QStringLiteral("detrendCombo"));
    m_detrend->addItem(tr("Biweight (recommended)"), int(DetrendMethod::Biweight));
    m_detrend->addItem(tr("Sliding median"), int(DetrendMethod::SlidingMedian));
    m_detrend->addItem(tr("Moving average"), int(DetrendMethod::MovingMean));
    m_detrend->addItem(tr("Moving average (N points)"), int(DetrendMethod::MovingMeanPoints));
    m_detrend->addItem(tr("Savitzky–Golay"), int(DetrendMethod::SavGol));
    m_detrend->addItem(tr("None"), int(DetrendMethod::None));
    form->addRow(tr("Detrend:"), m_detrend);

    auto* windowRow = m_windowRow = new QHBoxLayout;
    m_windowSlider = new QSlider(Qt::Horizontal);
    m_windowSlider->setObjectName(QStringLiteral("windowSlider"));
    m_windowSlider->setRange(windowToSlider(kWindowMin), windowToSlider(kWindowMax));
    m_windowSlider->setPageStep(5);
    m_window = new DecimalSpinBox;
    m_window->setObjectName(QStringLiteral("windowSpin"));
    m_window->setRange(exo::pipeline::limits::windowDays.min, exo::pipeline::limits::windowDays.max);
    m_window->setSingleStep(kWindowStep);
    m_window->setDecimals(2);
    m_window->setSuffix(tr(" d"));
    m_window->setKeyboardTracking(false);
    m_windowAuto = new QCheckBox(tr("Auto"));
    m_windowAuto->setObjectName(QStringLiteral("windowAutoCheck"));
    windowRow->addWidget(m_windowAuto);
    windowRow->addWidget(m_windowSlider, 1);
    windowRow->addWidget(m_window);
    form->addRow(tr("Window:"), windowRow);
    buildWorkshopRows(form, windowRow);  // the window in points shares the Window row

    auto* maskedRow = new QHBoxLayout;
    m_masked = new QLabel;
    m_masked->setObjectName(QStringLiteral("maskedLabel"));
    m_clearMasked = new QPushButton(tr("Clear"));
    m_clearMasked->setObjectName(QStringLiteral("clearMaskedButton"));
    maskedRow->addWidget(m_masked, 1);
    maskedRow->addWidget(m_clearMasked);
    form->addRow(maskedRow);
    return box;
}

void PipelinePanel::setupTooltips()
{
    m_flux->setToolTip(tr("<p>Which brightness measurement of a light-curve file to analyse.</p>"
                          "<p><b>PDCSAP</b>: the mission pipeline has already removed most spacecraft effects "
                          "(slow drifts, jumps). Best for finding planets: start here.</p>"
                          "<p><b>SAP</b>: the plain sum of the pixels in the aperture, with instrument trends "
                          "left in. Try it when a long or deep transit looks distorted in PDCSAP.</p>"
                          "<p>Pixel files are not affected: their flux comes from the aperture you draw.</p>"));
    m_quality->setToolTip(
        tr("<p>Which measurements to ignore because the spacecraft flagged a problem "
           "(thruster firings, cosmic rays, pointing drift, …).</p>"
           "<p><b>Default</b>: ignores the clearly bad points. Right for most stars.</p>"
           "<p><b>Hard</b>: also ignores points that are often fine. Use it if you see isolated "
           "jumps or spikes.</p>"
           "<p><b>Hardest</b>: ignores every flagged point, which can throw away good data.</p>"
           "<p><b>None</b>: keeps everything.</p>"
           "<p><b>Custom</b>: type the flag bitmask yourself, e.g. when following a published recipe.</p>"));
    m_qualityBits->setToolTip(tr("<p>The quality flags to ignore, as the sum of their bit values (each flag is a power "
                                 "of two). For reference, the Default preset is 1130799 for Kepler and K2 and 17087 "
                                 "for TESS. 0 keeps every point.</p>"));
    m_clip->setToolTip(tr("<p>Removes single points that lie far <i>above</i> the trend: cosmic rays, flares, "
                          "scattered light. Only upward outliers are removed, so transit dips are never clipped.</p>"));
    m_clipSigma->setToolTip(tr("<p>How far above the trend a point must be to be removed, in units of the light "
                               "curve's scatter (σ). Lower is more aggressive.</p><p>5 σ is safe. Go down to 3 σ for "
                               "data with many spikes; go up if real features disappear.</p>"));
    m_detrend->setToolTip(
        tr("<p>Removes slow brightness changes of the star (spots, rotation) and of the instrument, "
           "so that short transit dips stand out.</p>"
           "<p><b>Biweight</b>: robust; ignores the dips while estimating the trend. Recommended.</p>"
           "<p><b>Sliding median</b>: also robust, slightly less smooth.</p>"
           "<p><b>Moving average</b>: simple, but dips pull the trend down and transits come out "
           "shallower.</p>"
           "<p><b>Savitzky–Golay</b>: a smooth polynomial filter; follows fast variability better.</p>"
           "<p><b>None</b>: analyse the flux as it is.</p>"));
    const QString windowTip = tr("<p>Length of the detrending window, in days.</p><p>It must be clearly longer than a "
                                 "transit (about three times the longest transit you look for), or the filter flattens "
                                 "the dip itself. Shorter windows follow fast stellar variability better.</p>"
                                 "<p>0.75 d suits transits up to about 6 hours.</p>");
    m_windowSlider->setToolTip(windowTip);
    m_window->setToolTip(windowTip);
    setupWorkshopTooltips();
    m_windowAuto->setToolTip(tr("<p>Choose the window for each star: three times the longest transit searched, "
                                "shortened when the star varies faster (spots, pulsations). Signals at the star's "
                                "variability period are then rejected.</p>"));
    const QString maskedTip =
        tr("<p>Time ranges you excluded by hand (a glitch, a flare, a bad stretch) are left out of "
           "the detrending and of the transit search. Select them on the light-curve plot.</p>"
           "<p><b>Clear</b> removes them all (you can undo it).</p>");
    m_masked->setToolTip(maskedTip);
    m_clearMasked->setToolTip(maskedTip);
}

void PipelinePanel::connectPrepare()
{
    connect(m_flux, &QComboBox::activated, this, [this](int) {
        m_prepare.flux = FluxSource(m_flux->currentData().toInt());
        emitPrepare(NoMerge);
    });
    connect(m_quality, &QComboBox::activated, this, [this](int) {
        updateQualityVisibility();
        const QString preset = m_quality->currentData().toString();
        m_prepare.quality =
            preset == QLatin1String("custom") ? std::to_string(m_qualityBits->value()) : preset.toStdString();
        emitPrepare(NoMerge);
    });
    connect(m_qualityBits, &QSpinBox::valueChanged, this, [this](int bits) {
        m_prepare.quality = std::to_string(bits);
        emitPrepare(QualityBitmaskKey);
    });
    connect(m_clip, &QCheckBox::toggled, this, [this](bool on) {
        m_clipSigma->setEnabled(on);
        m_prepare.sigmaClip = on;
        emitPrepare(NoMerge);
    });
    connect(m_clipSigma, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_prepare.clipSigma = v;
        emitPrepare(ClipSigmaKey);
    });
    connect(m_detrend, &QComboBox::activated, this, [this](int) {
        m_prepare.detrend = DetrendMethod(m_detrend->currentData().toInt());
        updateDetrendControls();
        emitPrepare(NoMerge);
    });
    connect(m_windowAuto, &QCheckBox::toggled, this, [this](bool on) {
        m_prepare.autoWindow = on;
        updateDetrendControls();
        emitPrepare(NoMerge);
    });
    connectWorkshopRows();
    connect(m_windowSlider, &QSlider::valueChanged, this, [this](int pos) {
        const double days = pos * kWindowStep;
        {
            const QSignalBlocker block(m_window);
            m_window->setValue(days);
        }
        m_prepare.windowDays = m_window->value();
        emitPrepare(WindowKey);
    });
    connect(m_window, &QDoubleSpinBox::valueChanged, this, [this](double days) {
        syncWindowSlider(days);
        m_prepare.windowDays = days;
        emitPrepare(WindowKey);
    });
    connect(m_clearMasked, &QPushButton::clicked, this, &PipelinePanel::clearMaskedRangesRequested);
}

void PipelinePanel::updateMinimumWidth()
{
    if (!m_scroll || !m_content)
        return;
    const int bar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(m_content->minimumSizeHint().width() + bar);
}

bool PipelinePanel::event(QEvent* e)
{
    const bool r = QWidget::event(e);
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange
        || e->type() == QEvent::Show)
        updateMinimumWidth();
    if (e->type() == QEvent::Resize || e->type() == QEvent::Show || e->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &PipelinePanel::updateSliderFit);  // once the rows are laid out
    return r;
}

void PipelinePanel::emitPrepare(int key) { emit prepareSettingsEdited(m_prepare, key); }

void PipelinePanel::syncWindowSlider(double days)
{
    const QSignalBlocker block(m_windowSlider);
    m_windowSlider->setValue(windowToSlider(days));
}

void PipelinePanel::updateDetrendControls()
{
    // The moving average of N points takes its window in points: the same row shows either.
    const bool points = m_prepare.detrend == DetrendMethod::MovingMeanPoints;
    const bool days = m_prepare.detrend != DetrendMethod::None && !points;
    // A window in days is either automatic (per star) or the slider's.
    m_windowAuto->setEnabled(days);
    m_windowAuto->setVisible(!points);
    m_windowSlider->setEnabled(days && !m_prepare.autoWindow);
    m_window->setEnabled(days && !m_prepare.autoWindow);
    m_windowSlider->setVisible(!points && m_sliderFits);
    m_window->setVisible(!points);
    m_windowPoints->setVisible(points);
}

void PipelinePanel::updateSliderFit()
{
    constexpr int kMinSliderWidth = 48;
    // The row spans the form's field column whether or not the slider is shown: what is left
    // beside the check box and the spin box decides.
    int others = 0, shown = 0;
    for (int i = 0; i < m_windowRow->count(); ++i)
        if (QWidget* w = m_windowRow->itemAt(i)->widget(); w && w != m_windowSlider && !w->isHidden()) {
            others += w->sizeHint().width();
            ++shown;
        }
    const int left = m_windowRow->geometry().width() - others - shown * m_windowRow->spacing();
    const bool fits = m_windowRow->geometry().width() <= 0 || left >= kMinSliderWidth;
    if (fits == m_sliderFits)
        return;
    m_sliderFits = fits;
    updateDetrendControls();
}

void PipelinePanel::updateQualityVisibility()
{
    const bool custom = m_quality->currentData().toString() == QLatin1String("custom");
    m_qualityBits->setVisible(custom);
    if (auto* form = qobject_cast<QFormLayout*>(m_qualityBits->parentWidget()->layout()))
        if (QWidget* label = form->labelForField(m_qualityBits))
            label->setVisible(custom);
}

void PipelinePanel::updateMaskedLabel()
{
    const int n = int(m_prepare.maskedRanges.size());
    m_masked->setText(tr("Masked ranges: %1").arg(n));
    m_clearMasked->setEnabled(n > 0);
}

void PipelinePanel::setPrepareSettings(const exo::pipeline::PrepareSettings& s)
{
    m_prepare = s;
    const QSignalBlocker b1(m_flux), b2(m_quality), b3(m_qualityBits), b4(m_clip), b5(m_clipSigma), b6(m_detrend),
        b7(m_windowSlider), b8(m_window), b9(m_windowPoints), b10(m_gapHours), b11(m_minSegment), b12(m_bin),
        b13(m_dips), b14(m_windowAuto);

    m_flux->setCurrentIndex(m_flux->findData(int(s.flux)));

    const QString quality = QString::fromStdString(s.quality).trimmed().toLower();
    int presetIndex = -1;
    for (const char* p : kQualityPresets)
        if (quality == QLatin1String(p))
            presetIndex = m_quality->findData(QString::fromLatin1(p));
    if (presetIndex >= 0) {
        m_quality->setCurrentIndex(presetIndex);
    } else {
        m_quality->setCurrentIndex(m_quality->findData(QStringLiteral("custom")));
        bool ok = false;
        const qlonglong bits = quality.toLongLong(&ok);
        if (ok && bits >= 0 && bits <= INT_MAX)
            m_qualityBits->setValue(int(bits));
    }
    updateQualityVisibility();

    m_clip->setChecked(s.sigmaClip);
    m_clipSigma->setValue(s.clipSigma);
    m_clipSigma->setEnabled(s.sigmaClip);
    m_detrend->setCurrentIndex(m_detrend->findData(int(s.detrend)));
    m_window->setValue(s.windowDays);
    m_windowSlider->setValue(windowToSlider(s.windowDays));
    m_windowAuto->setChecked(s.autoWindow);
    m_windowPoints->setValue(s.windowPoints);
    m_gapHours->setValue(s.gapDays * 24.0);
    m_minSegment->setValue(s.minSegmentPoints);
    m_bin->setValue(s.binMinutes);
    m_dips->setValue(s.dipSigma);
    const exo::pipeline::PrepareSettings d;
    if (s.gapDays != d.gapDays || s.minSegmentPoints != d.minSegmentPoints || s.binMinutes > 0 || s.dipSigma > 0)
        setWorkshopRowsVisible(true);
    updateDetrendControls();
    updateMaskedLabel();
}

}  // namespace exo::ui
