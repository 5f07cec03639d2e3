#pragma once
/// The window's vetting: core/vetting run off the GUI thread for the selected
/// candidate, whenever the candidate, the prepared light curve (an aperture edit,
/// a setting) or the search result changes. Shown in the Vetting dock (checklist
/// and per-transit gallery) and as the difference-image and depth-map layers of
/// the pixel view of the current file. Newer requests supersede older ones.

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "pipeline/analysis.h"
#include "vetting/vetting.h"

namespace exo::ui {
class TransitGallery;
class VettingPanel;
}  // namespace exo::ui

namespace exo::app {

class MainWindow;

class VettingController : public QObject {
    Q_OBJECT
public:
    explicit VettingController(MainWindow* window);
    ~VettingController() override;

    ui::VettingPanel* panel() const { return m_panel; }
    ui::TransitGallery* gallery() const { return m_gallery; }
    QWidget* dockWidget() const { return m_container; }
    /// The last report shown (null before the first).
    std::shared_ptr<const vetting::Report> report() const { return m_report; }
    /// Candidate row (index into the session's candidates) shown or being computed; -1 none.
    int candidate() const { return m_row; }
    bool busy() const;
    /// Vet candidate `row` of the session (-1 clears).
    void vetCandidate(int row);
    /// Cancel and wait (shutdown).
    void shutdown();

signals:
    void reportReady();

private:
    /// Adds the other stars' candidates of the candidate store to the ephemeris-match list.
    void addStoredEphemerides(vetting::Input& in, const Metadata& star) const;
    struct Job;
    void start();
    void onDone();
    void applyPixelLayers();

    MainWindow* m_window;
    QWidget* m_container = nullptr;
    ui::VettingPanel* m_panel = nullptr;
    ui::TransitGallery* m_gallery = nullptr;
    QFutureWatcher<std::shared_ptr<Job>>* m_watcher = nullptr;
    std::shared_ptr<const vetting::Report> m_report;
    std::shared_ptr<const pipeline::Prepared> m_reportPrepared;  ///< the light curve of m_report
    std::vector<std::string> m_reportFiles;                      ///< pixel files of m_report, in order
    int m_row = -1;
    quint64 m_generation = 0;
    bool m_restart = false;
};

}  // namespace exo::app
