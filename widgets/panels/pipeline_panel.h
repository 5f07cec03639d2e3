#pragma once
/// @file pipeline_panel.h
/// The analysis settings panel: how the light curve is prepared (flux column,
/// quality mask, clipping, detrending, masked ranges) and how the transit
/// search runs (period range, grid, durations, thresholds, noise model, minimum
/// transits, re-detrending).
///
/// The panel holds no state of its own beyond the last values it was given:
/// the session owns the settings. User edits are reported as a complete new
/// settings value plus a merge key; the window turns them into undo commands
/// and pushes the accepted value back with setPrepareSettings()/setSearchSettings(),
/// which never emit.

#include <QWidget>

#include "panels/metatypes.h"
#include "pipeline/settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QToolButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSlider;
class QSpinBox;

namespace exo::ui {

class PipelinePanel : public QWidget {
    Q_OBJECT
public:
    /// Merge keys sent with the *Edited signals. Consecutive edits with the same
    /// key >= 0 may merge into one undo step (a slider drag, spin-box arrow
    /// clicks, typing). Discrete choices (combo boxes, check boxes) send
    /// NoMerge: every choice is its own undo step. Values are stable.
    enum MergeKey : int {
        NoMerge = -1,
        // PrepareSettings
        QualityBitmaskKey = 101,
        ClipSigmaKey = 102,
        WindowKey = 103,
        WindowPointsKey = 104,
        GapKey = 105,
        MinSegmentKey = 106,
        BinKey = 107,
        DipKey = 108,
        // SearchSettings
        MinPeriodKey = 201,
        MaxPeriodKey = 202,
        OversampleKey = 203,
        DurationsKey = 204,
        MaxPlanetsKey = 205,
        MinSnrKey = 206,
        MinSdeKey = 207,
        MinTransitsKey = 208,
    };
    Q_ENUM(MergeKey)

    explicit PipelinePanel(QWidget* parent = nullptr);
    ~PipelinePanel() override;

    /// Shows `s` in the controls without emitting any signal.
    void setPrepareSettings(const exo::pipeline::PrepareSettings& s);
    /// Same for the search settings (objective and threads have no control and are kept
    /// unchanged).
    void setSearchSettings(const exo::pipeline::SearchSettings& s);

    exo::pipeline::PrepareSettings prepareSettings() const { return m_prepare; }
    exo::pipeline::SearchSettings searchSettings() const { return m_search; }

    /// "Search automatically" check box: re-run the search after every change.
    bool autoSearch() const;
    void setAutoSearch(bool on);  ///< does not emit autoSearchChanged
    /// Shows or hides the rows of the workshop's steps (split at gaps, shortest piece, bin,
    /// dips); they show by themselves when a setting differs from its default.
    void setWorkshopRowsVisible(bool visible);
    bool workshopRowsVisible() const;
    /// Shows or hides the search group's rows of the noise model and the minimum number of
    /// transits (folded by default); they show by themselves when either differs from its default.
    void setSearchMoreRowsVisible(bool visible);
    bool searchMoreRowsVisible() const;
    /// Enables/disables "Run search" (e.g. while no light curve is loaded).
    void setSearchEnabled(bool enabled);

    /// True when the search fields hold a value that cannot be used (min period >
    /// max period, unreadable durations); nothing is emitted while this holds.
    bool hasInvalidSearchInput() const;

    /// In a language that writes 1,5 for 1.5 (French, Spanish), the durations field reads
    /// "1,5" as one and a half hours and lists with ";" (or ", " / spaces) between values.
    void setDecimalComma(bool on);
    bool decimalComma() const { return m_decimalComma; }

    /// Space between the rows of both groups (px): with the re-detrending row, Fusion's 6 px
    /// made the panel scroll by a few pixels at 1280x720 in Spanish.
    static constexpr int kFormRowSpacing = 4;

protected:
    bool event(QEvent* e) override;

signals:
    /// A user edit of a preparation control; `s` is the complete new value.
    void prepareSettingsEdited(exo::pipeline::PrepareSettings s, int mergeKey);
    /// A user edit of a search control; `s` is the complete new, valid value.
    void searchSettingsEdited(exo::pipeline::SearchSettings s, int mergeKey);
    void runSearchRequested();
    void clearMaskedRangesRequested();
    void autoSearchChanged(bool on);

private:
    QWidget* buildPrepareGroup();
    void updateMinimumWidth();
    QWidget* buildSearchGroup();
    void setupTooltips();
    void connectPrepare();
    void connectSearch();
    void emitPrepare(int key);
    void emitSearchIfValid(int key);
    void onPeriodChanged(int key);
    void onDurationsEdited();
    void syncWindowSlider(double days);
    void updateQualityVisibility();
    void updateDetrendControls();
    void buildWorkshopRows(QFormLayout* form, QHBoxLayout* windowRow);  ///< pipeline_panel_workshop.cpp
    void connectWorkshopRows();
    void setupWorkshopTooltips();
    void updateMaskedLabel();
    bool validatePeriods();
    bool validateDurations(std::vector<double>* out) const;

    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    exo::pipeline::PrepareSettings m_prepare;
    exo::pipeline::SearchSettings m_search;

    // Light curve
    QComboBox* m_flux = nullptr;
    QComboBox* m_quality = nullptr;
    QSpinBox* m_qualityBits = nullptr;
    QCheckBox* m_clip = nullptr;
    QDoubleSpinBox* m_clipSigma = nullptr;
    QComboBox* m_detrend = nullptr;
    QSlider* m_windowSlider = nullptr;
    QHBoxLayout* m_windowRow = nullptr;
    /// The slider has at least kMinSliderWidth px in the Window row (else it is hidden: at
    /// 1280x720 in French it shrank to its handle, which looked like an unticked box).
    bool m_sliderFits = true;
    void updateSliderFit();
    QDoubleSpinBox* m_window = nullptr;
    QSpinBox* m_windowPoints = nullptr;
    QDoubleSpinBox* m_gapHours = nullptr;
    QSpinBox* m_minSegment = nullptr;
    QDoubleSpinBox* m_bin = nullptr;
    QDoubleSpinBox* m_dips = nullptr;
    QToolButton* m_workshopToggle = nullptr;
    QFormLayout* m_prepareForm = nullptr;
    QCheckBox* m_windowAuto = nullptr;  ///< automatic window (core/detrend/auto_window.h)
    QLabel* m_masked = nullptr;
    QPushButton* m_clearMasked = nullptr;
    // Transit search
    QDoubleSpinBox* m_minPeriod = nullptr;
    QDoubleSpinBox* m_maxPeriod = nullptr;
    QDoubleSpinBox* m_oversample = nullptr;
    QLineEdit* m_durations = nullptr;
    bool m_decimalComma = false;
    QSpinBox* m_maxPlanets = nullptr;
    QDoubleSpinBox* m_minSnr = nullptr;
    QDoubleSpinBox* m_minSde = nullptr;
    QFormLayout* m_searchForm = nullptr;
    QToolButton* m_searchMoreToggle = nullptr;  ///< folds the noise and minimum-transits rows
    QComboBox* m_noise = nullptr;               ///< SearchSettings::pipelineErrors (the CLI's --noise local|pipeline)
    QSpinBox* m_minTransits = nullptr;          ///< SearchSettings::minTransits (the CLI's --min-transits)
    QCheckBox* m_redetrend = nullptr;           ///< SearchSettings::redetrendMasked (the CLI's --redetrend)
    QCheckBox* m_autoSearch = nullptr;
    QPushButton* m_run = nullptr;
};

/// Parses the durations field: "auto" or empty gives an empty list (automatic);
/// otherwise positive numbers in hours (at most 72) separated by semicolons, spaces or
/// commas. With `decimalComma`, a comma between two digits with no space is a decimal
/// comma ("1,5" = 1.5 h; "1,5; 2" = 1.5 and 2), unless the value then has two of them;
/// '.' is always a decimal mark. Returns false on anything else.
bool parseDurationsHours(const QString& text, std::vector<double>& hours, bool decimalComma = false);
/// The inverse: "auto" for an empty list, else "1, 2.5, 4" (or "1; 2,5; 4" with a decimal comma).
QString formatDurationsHours(const std::vector<double>& hours, bool decimalComma = false);

}  // namespace exo::ui
