#pragma once
/// File > Find Star Online…: type a name, see the star's Kepler/K2/TESS products at
/// MAST in a table (filters by mission, product, cadence, author), download the
/// selected ones with per-file and total progress (cancel, resume), and hand the
/// files to the window. Offline, cached listings and cached files still work; the
/// "Cached files" list opens any file already downloaded.

#include <QDialog>

#include "archive/archive_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace exo::archive {
class ArchiveSession;
struct SearchAnswer;
}  // namespace exo::archive

namespace exo::app {

class FindStarDialog : public QDialog {
    Q_OBJECT
public:
    FindStarDialog(archive::ArchiveSession* archive, QWidget* parent = nullptr);
    ~FindStarDialog() override;

    /// Start a search as if the user typed @p text and pressed Search.
    void search(const QString& text);
    /// Products shown (after filters), in table order.
    const archive::ProductList& shownProducts() const { return m_shown; }
    /// Select table rows (others unselected).
    void selectRows(const QList<int>& rows);
    /// Download the selected rows (the Download button).
    void downloadSelected();
    void cancelDownload();

    QLineEdit* queryEdit() const { return m_query; }
    QTableWidget* table() const { return m_table; }
    QComboBox* missionFilter() const { return m_mission; }
    QComboBox* productFilter() const { return m_product; }
    QComboBox* cadenceFilter() const { return m_cadence; }
    QComboBox* authorFilter() const { return m_author; }
    QListWidget* cachedList() const { return m_cached; }
    QString statusText() const;
    bool isBusy() const { return m_searching || m_downloading; }
    /// The resolved target of the last search.
    QString targetName() const { return m_targetName; }

signals:
    /// Downloaded (or cached) files to open, and the name the user searched for.
    void openRequested(const QStringList& paths, const QString& starName);
    void searchFinished(bool ok);

private:
    void buildUi();
    void onSearchAnswer(const archive::SearchAnswer& a);
    void applyFilters();
    void refreshCached();
    void setStatus(const QString& text);
    void onDownloadFinished(int ok, int failed);
    void updateButtons();

    archive::ArchiveSession* m_archive;
    QLineEdit* m_query = nullptr;
    QPushButton* m_searchButton = nullptr;
    QComboBox* m_mission = nullptr;
    QComboBox* m_product = nullptr;
    QComboBox* m_cadence = nullptr;
    QComboBox* m_author = nullptr;
    QSpinBox* m_cutoutSize = nullptr;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_fileProgress = nullptr;
    QProgressBar* m_totalProgress = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_cancel = nullptr;
    QListWidget* m_cached = nullptr;
    QPushButton* m_openCached = nullptr;
    QLabel* m_status = nullptr;

    archive::ProductList m_all;
    archive::ProductList m_shown;
    QString m_targetName;
    QString m_searchedText;
    bool m_searching = false;
    bool m_downloading = false;
    quint64 m_generation = 0;
};

}  // namespace exo::app
