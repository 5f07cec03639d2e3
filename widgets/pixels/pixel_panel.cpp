#include "pixels/pixel_panel.h"
#include "common/decimal_spin_box.h"
#include "common/elided_combo_box.h"

#include <QComboBox>
#include <QEvent>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

#include "model/pixel_file.h"

namespace exo::ui {

namespace {
/// A 3x3 grid of cells, each with a small dipping curve: the "Pixel curves" button.
QIcon pixelCurvesIcon(const QColor& ink)
{
    QPixmap pm(40, 40);  // drawn at 2x, shown at the button's icon size
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j) {
            const QRectF cell(2 + 12.5 * i, 2 + 12.5 * j, 11, 11);
            p.drawRect(cell);
            QPainterPath curve;
            const double y = cell.top() + 4;
            curve.moveTo(cell.left() + 1.5, y);
            curve.lineTo(cell.center().x() - 2, y);
            curve.lineTo(cell.center().x() - 1, y + (i == 1 && j == 1 ? 5 : 2));
            curve.lineTo(cell.center().x() + 1, y + (i == 1 && j == 1 ? 5 : 2));
            curve.lineTo(cell.center().x() + 2, y);
            curve.lineTo(cell.right() - 1.5, y);
            p.drawPath(curve);
        }
    return QIcon(pm);
}

/// Play (a triangle) or pause (two bars) in the palette's button text colour: the style's
/// own icons are dark grey, nearly invisible on a dark button (--dark).
QIcon mediaIcon(const QColor& ink, bool pause)
{
    QPixmap pm(32, 32);  // drawn at 2x
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    if (pause) {
        p.drawRect(QRectF(8, 6, 6, 20));
        p.drawRect(QRectF(18, 6, 6, 20));
    } else {
        const QPointF triangle[] = {{9, 5}, {27, 16}, {9, 27}};
        p.drawPolygon(triangle, 3);
    }
    return QIcon(pm);
}
}  // namespace

PixelPanel::PixelPanel(QWidget* parent) : QWidget(parent)
{
    m_view = new PixelView(this);

    m_mapCombo = new ElidedComboBox(this);
    m_mapCombo->addItems(colorMapNames());
    m_mapCombo->setCurrentIndex(int(m_view->colorMap()));
    m_mapCombo->setToolTip(tr("Colour map. Viridis and inferno are perceptually uniform: equal "
                              "steps in brightness look like equal steps in colour."));
    m_stretchCombo = new ElidedComboBox(this);
    m_stretchCombo->addItems(stretchNames());
    m_stretchCombo->setCurrentIndex(int(m_view->stretch()));
    m_stretchCombo->setToolTip(tr("Brightness stretch between the 1st and 99.5th percentile. "
                                  "Square root, log and asinh bring out faint neighbours of a "
                                  "bright star."));

    m_layerCombo = new ElidedComboBox(this);
    m_layerCombo->addItems({tr("Pixels"), tr("Difference image"), tr("Depth map")});
    m_layerCombo->setToolTip(tr("Pixels: the frames. Difference image: out-of-transit minus in-transit "
                                "flux of the selected candidate; a planet of this star lights up the "
                                "star, a background binary lights up a neighbour. Depth map: the "
                                "same divided by each pixel's flux (ppm)."));
    m_layerCombo->setEnabled(false);
    m_medianButton = new QToolButton(this);
    m_medianButton->setText(tr("Median"));
    m_medianButton->setCheckable(true);
    m_medianButton->setChecked(true);
    m_medianButton->setToolTip(tr("Show the median image over all cadences instead of a single "
                                  "frame: steadier, and best for choosing an aperture."));
    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setCheckable(true);
    m_playButton->setIcon(mediaIcon(palette().color(QPalette::ButtonText), false));
    m_playButton->setToolTip(tr("Play the frames as a movie, to spot moving objects, "
                                "pointing jitter or a variable neighbour."));
    m_frameSlider = new QSlider(Qt::Horizontal, this);
    m_frameSlider->setRange(0, 0);
    m_frameSlider->setToolTip(tr("Cadence shown. Drag to step through the frames."));
    m_frameLabel = new QLabel(this);
    m_frameLabel->setObjectName(QStringLiteral("frameLabel"));
    m_frameSlider->setObjectName(QStringLiteral("frameSlider"));

    auto* pipeline = new QPushButton(tr("Pipeline"), this);
    pipeline->setToolTip(tr("Use the mission pipeline's optimal aperture (APERTURE bit 2)."));
    auto* threshold = new QPushButton(tr("Threshold"), this);
    threshold->setToolTip(tr("Select the pixels brighter than the median by this many standard "
                             "deviations, keeping the region that contains the target."));
    m_sigmaSpin = new DecimalSpinBox(this);
    m_sigmaSpin->setRange(0.5, 50.0);
    m_sigmaSpin->setSingleStep(0.5);
    m_sigmaSpin->setValue(3.0);
    m_sigmaSpin->setSuffix(tr(" σ"));
    m_sigmaSpin->setToolTip(tr("Threshold in standard deviations above the median image level."));
    auto* all = new QPushButton(tr("All"), this);
    all->setToolTip(tr("Use every pixel: maximum flux, but more noise and contamination."));
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Remove every pixel from the aperture, then click or drag to build your own."));
    m_gridButton = new QToolButton(this);
    m_gridButton->setObjectName(QStringLiteral("pixelCurvesButton"));
    // An icon (a grid of tiny light curves): the text is long in French and Spanish and the
    // pixel column of a laptop window is ~330 px. The name stays for tooltips and screen readers.
    m_gridButton->setText(tr("Pixel curves"));
    m_gridButton->setIcon(pixelCurvesIcon(palette().color(QPalette::ButtonText)));
    m_gridButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_gridButton->setAccessibleName(m_gridButton->text());
    m_gridButton->setCheckable(true);
    m_gridButton->setToolTip(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(m_gridButton->text(), tr("Draw each pixel's own light curve inside its cell: a transit "
                                          "that appears off the target pixels comes from a neighbour.")));
    m_hoverLabel = new QLabel(this);
    m_hoverLabel->setText(tr("Click a pixel to add or remove it from the aperture; drag to paint."));
    m_hoverLabel->setWordWrap(true);

    // Narrow laptop windows: the preset buttons may shrink to their text (QPushButton's own
    // minimum is wider), so the pixel column stays under ~320 px.
    for (QPushButton* b : {pipeline, threshold, all, clear})
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(b->text()) + 14);
    // The three combos share the row and may shrink below their longest item (the text is
    // elided by ElidedComboBox; the full list shows when opened): French and Spanish names are long.
    auto* row1 = new QHBoxLayout;
    for (QComboBox* c : {m_mapCombo, m_stretchCombo, m_layerCombo}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(5);
        row1->addWidget(c, c == m_layerCombo ? 3 : 2);
    }
    row1->addWidget(m_gridButton);
    auto* row2 = m_frameRow = new QHBoxLayout;
    row2->addWidget(m_medianButton);
    row2->addWidget(m_playButton);
    row2->addWidget(m_frameSlider, 1);
    row2->addWidget(m_frameLabel);
    m_frameLabelRow = new QHBoxLayout;  // the frame label when the play row has no room for it
    auto* row3 = new QHBoxLayout;
    row3->addWidget(pipeline);
    row3->addWidget(threshold);
    row3->addWidget(m_sigmaSpin);
    row3->addWidget(all);
    row3->addWidget(clear);
    row3->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row1);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hoverLabel);
    layout->addLayout(row2);
    layout->addLayout(m_frameLabelRow);
    layout->addLayout(row3);

    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(100);

    connect(m_mapCombo, &QComboBox::currentIndexChanged, this, [this](int i) { m_view->setColorMap(ColorMap(i)); });
    connect(m_stretchCombo, &QComboBox::currentIndexChanged, this, [this](int i) { m_view->setStretch(Stretch(i)); });
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this](int) { showCurrent(); });
    connect(m_medianButton, &QToolButton::toggled, this, &PixelPanel::setShowMedian);
    connect(m_playButton, &QToolButton::toggled, this, &PixelPanel::setPlaying);
    connect(m_frameSlider, &QSlider::valueChanged, this, [this](int) {
        if (m_medianButton->isChecked()) {
            const QSignalBlocker block(m_medianButton);
            m_medianButton->setChecked(false);
        }
        showCurrent();
    });
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        const int n = m_frameSlider->maximum() + 1;
        if (n > 0)
            m_frameSlider->setValue((m_frameSlider->value() + 1) % n);
    });
    connect(m_gridButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            updatePixelCurves();
        m_view->setGridMode(on);
        emit gridModeToggled(on);
    });
    connect(pipeline, &QPushButton::clicked, this,
            [this] { emit aperturePresetRequested(Preset::Pipeline, m_sigmaSpin->value()); });
    connect(threshold, &QPushButton::clicked, this,
            [this] { emit aperturePresetRequested(Preset::Threshold, m_sigmaSpin->value()); });
    connect(all, &QPushButton::clicked, this,
            [this] { emit aperturePresetRequested(Preset::All, m_sigmaSpin->value()); });
    connect(clear, &QPushButton::clicked, this,
            [this] { emit aperturePresetRequested(Preset::Clear, m_sigmaSpin->value()); });
    connect(m_view, &PixelView::pixelHovered, this, [this] { m_hoverLabel->setText(m_view->hoverText()); });
    showCurrent();
}

void PixelPanel::setCube(std::shared_ptr<const exo::PixelCube> cube, std::vector<double> times)
{
    setPlaying(false);
    m_cube = std::move(cube);
    m_times = std::move(times);
    m_median = m_cube ? PixelView::medianImage(*m_cube) : std::vector<float>{};
    m_curvesValid = false;
    m_diff.clear();
    m_depthMap.clear();
    m_markers.clear();
    {
        const QSignalBlocker block(m_layerCombo);
        m_layerCombo->setCurrentIndex(0);
        m_layerCombo->setEnabled(false);
    }
    // One brightness scale for the median and every frame (1-99.5 % of the median image), so
    // that playback shows real changes rather than a flickering stretch.
    m_view->setManualLimits(m_median.empty() ? DisplayLimits{0, 0}
                                             : percentileLimits(m_median.data(), m_median.size(), 1.0, 99.5));
    {
        const QSignalBlocker block(m_frameSlider);
        m_frameSlider->setRange(0, m_cube && m_cube->cadences > 0 ? int(m_cube->cadences) - 1 : 0);
        m_frameSlider->setValue(0);
    }
    {
        const QSignalBlocker block(m_medianButton);
        m_medianButton->setChecked(true);
    }
    showCurrent();
    if (m_gridButton->isChecked())
        updatePixelCurves();
    updateFrameRow();
}

void PixelPanel::setVettingLayers(std::vector<float> difference, std::vector<float> depthPpm,
                                  std::vector<PixelMarker> markers)
{
    const std::size_t n = m_cube ? m_cube->frameSize() : 0;
    if (difference.size() != n || depthPpm.size() != n || n == 0) {
        difference.clear();
        depthPpm.clear();
        markers.clear();
    }
    m_diff = std::move(difference);
    m_depthMap = std::move(depthPpm);
    m_markers = std::move(markers);
    m_layerCombo->setEnabled(!m_diff.empty());
    if (m_diff.empty()) {
        const QSignalBlocker block(m_layerCombo);
        m_layerCombo->setCurrentIndex(0);
    }
    showCurrent();
    updateFrameRow();
}

void PixelPanel::setLayer(Layer layer) { m_layerCombo->setCurrentIndex(m_diff.empty() ? 0 : int(layer)); }

PixelPanel::Layer PixelPanel::layer() const { return Layer(m_layerCombo->currentIndex()); }

void PixelPanel::setExcludedCadences(std::vector<std::uint8_t> flagged)
{
    m_excluded = std::move(flagged);
    m_curvesValid = false;
    if (m_gridButton->isChecked())
        updatePixelCurves();
}

void PixelPanel::updatePixelCurves()
{
    // setImage() on a new shape drops the view's curves, so they are rebuilt per cube (cheap:
    // one pass over the cube, O(cadences x pixels)).
    if (m_curvesValid || !m_cube || m_cube->empty())
        return;
    const std::size_t n = m_cube->cadences, npix = m_cube->frameSize();
    std::vector<double> t(n);
    for (std::size_t c = 0; c < n; ++c)
        t[c] =
            c < m_times.size() ? m_times[c] : (m_times.empty() ? double(c) : std::numeric_limits<double>::quiet_NaN());
    std::vector<std::vector<float>> flux(npix, std::vector<float>(n));
    for (std::size_t c = 0; c < n; ++c) {
        const bool skip = c < m_excluded.size() && m_excluded[c];
        const float* frame = m_cube->frame(c);
        for (std::size_t p = 0; p < npix; ++p)
            flux[p][c] = skip ? std::numeric_limits<float>::quiet_NaN() : frame[p];
    }
    m_view->setPixelLightCurves(std::move(t), std::move(flux));
    m_curvesValid = true;
}

int PixelPanel::frameIndex() const { return m_medianButton->isChecked() ? -1 : m_frameSlider->value(); }
bool PixelPanel::showingMedian() const { return m_medianButton->isChecked(); }
bool PixelPanel::playing() const { return m_playTimer->isActive(); }
double PixelPanel::thresholdSigma() const { return m_sigmaSpin->value(); }

void PixelPanel::setFrameIndex(int cadence)
{
    m_frameSlider->setValue(cadence);  // valueChanged leaves median mode and shows the frame
    if (m_medianButton->isChecked()) {
        const QSignalBlocker block(m_medianButton);
        m_medianButton->setChecked(false);
        showCurrent();
    }
}

void PixelPanel::setShowMedian(bool median)
{
    if (median)
        setPlaying(false);
    if (m_medianButton->isChecked() != median) {
        const QSignalBlocker block(m_medianButton);
        m_medianButton->setChecked(median);
    }
    showCurrent();
}

void PixelPanel::setPlaying(bool play)
{
    if (play && m_medianButton->isChecked()) {
        const QSignalBlocker block(m_medianButton);
        m_medianButton->setChecked(false);
        showCurrent();
    }
    if (play && m_cube && m_cube->cadences > 1)
        m_playTimer->start();
    else
        m_playTimer->stop();
    const QSignalBlocker block(m_playButton);
    m_playButton->setChecked(m_playTimer->isActive());
    m_playButton->setIcon(mediaIcon(palette().color(QPalette::ButtonText), m_playTimer->isActive()));
    m_playButton->setToolTip(m_playTimer->isActive() ? tr("Pause the movie.")
                                                     : tr("Play the frames as a movie, to spot moving objects, "
                                                          "pointing jitter or a variable neighbour."));
}

void PixelPanel::setPlaybackRate(double fps)
{
    m_playTimer->setInterval(int(std::lround(1000.0 / std::clamp(fps, 0.5, 60.0))));
}

void PixelPanel::showCurrent()
{
    const Layer layer = m_diff.empty() ? Layer::Pixels : Layer(m_layerCombo->currentIndex());
    if (layer != Layer::Pixels && m_cube && !m_cube->empty()) {
        // A vetting layer: its own percentile scale, the centroids on top.
        m_view->setManualLimits(DisplayLimits{0, 0});
        m_view->setImage(layer == Layer::Difference ? m_diff : m_depthMap, m_cube->rows, m_cube->cols);
        m_view->setMarkers(m_markers);
        m_view->setValueUnit(layer == Layer::DepthMap ? QStringLiteral("ppm") : QString());
        m_frameLabel->setText(layer == Layer::Difference ? tr("difference image (e-/s)") : tr("depth map (ppm)"));
        return;
    }
    m_view->setMarkers({});
    m_view->setValueUnit({});
    m_view->setManualLimits(m_median.empty() ? DisplayLimits{0, 0}
                                             : percentileLimits(m_median.data(), m_median.size(), 1.0, 99.5));
    if (!m_cube || m_cube->empty()) {
        m_view->setImage({}, 0, 0);
    } else if (m_medianButton->isChecked()) {
        m_view->setImage(m_median, m_cube->rows, m_cube->cols);
    } else {
        const auto c = std::size_t(std::clamp(m_frameSlider->value(), 0, int(m_cube->cadences) - 1));
        m_view->setFrame(m_cube->frame(c), m_cube->rows, m_cube->cols);
    }
    updateFrameLabel();
    emit frameChanged(frameIndex());
}

int PixelPanel::widestFrameLabel() const
{
    if (!m_cube || m_cube->cadences == 0)
        return 0;
    const QFontMetrics fm = m_frameLabel->fontMetrics();
    const int n = int(m_cube->cadences);
    double longest = 0;  // the time that prints longest (most digits, a sign)
    for (double t : m_times)
        if (std::isfinite(t) && std::abs(t) > std::abs(longest))
            longest = t;
    const QString frame = tr("%1 / %2").arg(n).arg(n)
                          + (m_times.empty() ? QString() : tr(" (t = %1 d)").arg(-std::abs(longest), 0, 'f', 4));
    int w = std::max(fm.horizontalAdvance(tr("median of %n frames", nullptr, n)), fm.horizontalAdvance(frame));
    if (hasVettingLayers())
        w = std::max(
            {w, fm.horizontalAdvance(tr("difference image (e-/s)")), fm.horizontalAdvance(tr("depth map (ppm)"))});
    return w + 2;
}

void PixelPanel::updateFrameRow()
{
    // The label's longest text decides, not the current one: the row does not jump while the
    // movie plays. Without room the label goes under the slider (at 1280x720 in French,
    // "médiane de 1638 images" left the slider ~40 px).
    const int label = widestFrameLabel();
    const int spacing = std::max(0, m_frameRow->spacing());
    const int inlineWidth =
        m_medianButton->sizeHint().width() + m_playButton->sizeHint().width() + kMinFrameSlider + label + 3 * spacing;
    const bool below = label > 0 && inlineWidth > contentsRect().width();
    m_frameLabel->setMinimumWidth(below ? 0 : label);
    if (below == m_frameLabelBelow)
        return;
    m_frameLabelBelow = below;
    if (below) {
        m_frameRow->removeWidget(m_frameLabel);
        m_frameLabelRow->addStretch(1);
        m_frameLabelRow->addWidget(m_frameLabel);
    } else {
        // The stretch and the label's layout item (deleting an item never deletes its widget);
        // the label moves back to the play row.
        while (QLayoutItem* item = m_frameLabelRow->takeAt(0))
            delete item;
        m_frameRow->addWidget(m_frameLabel);
    }
}

void PixelPanel::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange && m_playButton && m_gridButton) {  // (a dark palette set later)
        const QColor ink = palette().color(QPalette::ButtonText);
        m_playButton->setIcon(mediaIcon(ink, playing()));
        m_gridButton->setIcon(pixelCurvesIcon(ink));
    }
}

void PixelPanel::resizeEvent(QResizeEvent* e)
{
    QWidget::resizeEvent(e);
    updateFrameRow();
}

void PixelPanel::updateFrameLabel()
{
    if (!m_cube || m_cube->cadences == 0) {
        m_frameLabel->clear();
        return;
    }
    if (m_medianButton->isChecked()) {
        m_frameLabel->setText(tr("median of %n frames", nullptr, int(m_cube->cadences)));
        return;
    }
    const int i = m_frameSlider->value();
    QString text = tr("%1 / %2").arg(i + 1).arg(m_cube->cadences);
    if (std::size_t(i) < m_times.size() && std::isfinite(m_times[std::size_t(i)]))
        text += tr(" (t = %1 d)").arg(m_times[std::size_t(i)], 0, 'f', 4);
    m_frameLabel->setText(text);
}

}  // namespace exo::ui
