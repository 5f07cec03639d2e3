#pragma once
/// @file star_browser.h
/// The list of opened files, grouped under their star: one top-level item per
/// star, one child per file, children ordered by season (Q1 < Q2 < Q10,
/// C91 < C92, S1 < S6). Accepts files and folders dropped from a file manager.
///
/// The browser only displays; the window decides what a file is (it reads it)
/// and calls addFile(). Folders are passed on as they are, for the receiver to scan.

#include <QIcon>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace exo::ui {

class StarBrowser : public QWidget {
    Q_OBJECT
public:
    /// Item data roles, for tests and delegates.
    enum Role { PathRole = Qt::UserRole + 1, SeasonRole, KindRole, StarRole };

    explicit StarBrowser(QWidget* parent = nullptr);

    /// Adds (or, for a known path, updates) one file under the star `starLabel`
    /// (e.g. "KIC 9002278"). `seasonLabel`: "Q5", "C91", "S14", "Sector 14", ...
    /// `productKind`: "pixels" or "light curve". `objectName`: a common name of
    /// the star ("Kepler-62"), may be empty. Does not emit.
    void addFile(const QString& path, const QString& starLabel, const QString& seasonLabel, const QString& productKind,
                 const QString& objectName = {});
    /// Removes one file; a star without files disappears. Does not emit.
    void removeFile(const QString& path);
    void clear();
    /// Selects the file's item (or clears the selection for an unknown/empty
    /// path) without emitting fileActivated.
    void setCurrentFile(const QString& path);
    QString currentFile() const;

    /// Shows what the search found for a star in its row: searched or not, how many
    /// candidates, how many of them the user flagged. Unknown stars are ignored.
    void setStarStatus(const QString& starLabel, bool searched, int candidates, int flagged);
    /// The status text shown for a star ("" when never searched).
    QString starStatusText(const QString& starLabel) const;
    /// Shows only the stars whose name, label or object name contains `text` (case-insensitive).
    void setFilterText(const QString& text);
    QLineEdit* filterEdit() const { return m_filter; }
    /// Stars shown (not hidden by the filter), in display order.
    QStringList visibleStars() const;

    QStringList files() const;  ///< every path, in display order
    int starCount() const;
    QTreeWidget* tree() const { return m_tree; }

signals:
    /// The user selected a file (click or keyboard).
    void fileActivated(const QString& path);
    /// The user selected a star row (not one of its files).
    void starActivated(const QString& starLabel);
    /// Local files and/or folders dropped on the browser.
    void filesDropped(const QStringList& paths);
    void openFilesRequested();
    void openFolderRequested();
    /// Context menu "Remove"; for a star row it is emitted once per file.
    void removeRequested(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dragMoveEvent(QDragMoveEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    QTreeWidgetItem* findStar(const QString& starLabel) const;
    QTreeWidgetItem* findFile(const QString& path) const;
    void updateStarItem(QTreeWidgetItem* star);
    void sortChildren(QTreeWidgetItem* star);
    void sortStars();
    void onSelectionChanged();
    void showContextMenu(const QPoint& pos);
    void rebuildIcons();
    void applyFilter();

    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_filter = nullptr;
    QIcon m_pixelIcon;
    QIcon m_curveIcon;
    QIcon m_starIcon;
    bool m_silent = false;
};

/// Orders season labels naturally: letter prefix first, then the number
/// ("Q2" < "Q10", "S1" < "S6", "C91" < "C92"); empty labels last.
bool seasonLessThan(const QString& a, const QString& b);
/// Natural order: runs of digits by value, other characters case-insensitively
/// ("KIC 9" < "KIC 10" < "kic 11"). Returns <0, 0 or >0.
int naturalCompare(const QString& a, const QString& b);

}  // namespace exo::ui
