#pragma once
/// @file pixel_panel.h
/// PixelView plus its controls: colour map, stretch, frame playback, aperture presets, grid mode.

#include <QWidget>
#include <memory>
#include <vector>

#include "pixels/pixel_view.h"

class QComboBox;
class QSlider;
class QToolButton;
class QPushButton;
class QDoubleSpinBox;
class QLabel;
class QHBoxLayout;
class QTimer;

namespace exo::ui {

/// Controls around a PixelView. The panel owns no analysis: aperture presets are requests
/// (aperturePresetRequested) that the window answers with PixelView::setAperture().
/// GUI thread only. The cube is shared read-only with the caller.
class PixelPanel : public QWidget {
    Q_OBJECT
public:
    enum class Preset { Pipeline, Threshold, All, Clear };
    Q_ENUM(Preset)

    explicit PixelPanel(QWidget* parent = nullptr);

    PixelView* view() const { return m_view; }

    /// Cube to browse; times (mission days) label the frames and may be empty.
    /// Computes the median image (shown by default) synchronously.
    void setCube(std::shared_ptr<const exo::PixelCube> cube, std::vector<double> times = {});
    /// Cadences to leave out of the per-pixel curves of grid mode (flagged[i] != 0), e.g. the
    /// quality-flagged ones; empty = none.
    void setExcludedCadences(std::vector<std::uint8_t> flagged);
    int frameIndex() const;

    /// What the view shows: the pixels (median or a frame), or a vetting layer.
    enum class Layer { Pixels, Difference, DepthMap };
    Q_ENUM(Layer)
    /// The vetting layers of the current cube: in-minus-out difference image (e-/s) and
    /// per-pixel depth (ppm), rows*cols like the cube, with markers (centroids). Layers of
    /// another shape are ignored. Empty vectors remove the layers (back to the pixels).
    void setVettingLayers(std::vector<float> difference, std::vector<float> depthPpm, std::vector<PixelMarker> markers);
    void setLayer(Layer layer);
    Layer layer() const;
    bool hasVettingLayers() const { return !m_diff.empty(); }
    bool showingMedian() const;
    bool playing() const;
    double thresholdSigma() const;

public slots:
    void setFrameIndex(int cadence);
    void setShowMedian(bool median);
    void setPlaying(bool play);
    /// Frames per second of playback (default 10).
    void setPlaybackRate(double fps);

signals:
    /// A preset button was pressed; sigma is the threshold spin box value (used by Threshold).
    void aperturePresetRequested(exo::ui::PixelPanel::Preset preset, double sigma);
    /// The displayed cadence changed (-1 when the median image is shown).
    void frameChanged(int cadence);
    void gridModeToggled(bool on);

public:
    /// The frame slider keeps at least this width (px): without room the frame label moves
    /// to a line of its own under the play row.
    static constexpr int kMinFrameSlider = 120;
    bool frameLabelBelow() const { return m_frameLabelBelow; }

protected:
    void resizeEvent(QResizeEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    void showCurrent();
    void updateFrameRow();
    int widestFrameLabel() const;
    void updateFrameLabel();
    void updatePixelCurves();

    PixelView* m_view = nullptr;
    QComboBox* m_mapCombo = nullptr;
    QComboBox* m_stretchCombo = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QSlider* m_frameSlider = nullptr;
    QToolButton* m_playButton = nullptr;
    QToolButton* m_medianButton = nullptr;
    QToolButton* m_gridButton = nullptr;
    QDoubleSpinBox* m_sigmaSpin = nullptr;
    QLabel* m_frameLabel = nullptr;
    QHBoxLayout* m_frameRow = nullptr;       ///< median, play, slider (and the label when it fits)
    QHBoxLayout* m_frameLabelRow = nullptr;  ///< the label when it does not
    bool m_frameLabelBelow = false;
    QLabel* m_hoverLabel = nullptr;
    QTimer* m_playTimer = nullptr;

    std::shared_ptr<const exo::PixelCube> m_cube;
    std::vector<double> m_times;
    std::vector<float> m_median;
    std::vector<std::uint8_t> m_excluded;
    std::vector<float> m_diff, m_depthMap;
    std::vector<PixelMarker> m_markers;
    bool m_curvesValid = false;
};

}  // namespace exo::ui
