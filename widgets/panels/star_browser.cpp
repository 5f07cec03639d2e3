#include "panels/star_browser.h"
#include "panels/panel_style.h"

#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace exo::ui {

namespace {
constexpr int kObjectNameRole = Qt::UserRole + 20;
constexpr int kSearchedRole = Qt::UserRole + 21;
constexpr int kCandidatesRole = Qt::UserRole + 22;
constexpr int kFlaggedRole = Qt::UserRole + 23;
constexpr int kExpandedStarLimit = 6;

/// A tree that paints a hint while it has no items.
class HintTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    QString hint;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        QTreeWidget::paintEvent(e);
        if (topLevelItemCount() == 0) {
            QPainter p(viewport());
            paintEmptyHint(p, viewport()->rect(), this, hint);
        }
    }
};

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << QDir::cleanPath(url.toLocalFile());
    return paths;
}

/// Splits "Q10" / "Sector 14" / "c91" into (normalised prefix, number, rest).
struct SeasonKey {
    QString prefix;
    qlonglong number = -1;
    QString rest;
};

SeasonKey seasonKey(const QString& label)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z]*)\\s*(\\d+)(.*)$"));
    SeasonKey k;
    const auto m = re.match(label);
    if (!m.hasMatch()) {
        k.rest = label.trimmed();
        return k;
    }
    k.prefix = m.captured(1).toUpper();
    if (k.prefix == QLatin1String("QUARTER"))
        k.prefix = QStringLiteral("Q");
    else if (k.prefix == QLatin1String("SECTOR"))
        k.prefix = QStringLiteral("S");
    else if (k.prefix == QLatin1String("CAMPAIGN"))
        k.prefix = QStringLiteral("C");
    k.number = m.captured(2).toLongLong();
    k.rest = m.captured(3).trimmed();
    return k;
}

QPixmap canvas(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    return pm;
}
}  // namespace

int naturalCompare(const QString& a, const QString& b)
{
    // Runs of digits compare by value ("KIC 9" < "KIC 10"), the rest case-insensitively.
    // Our own: QCollator's numeric mode does nothing without ICU or in the C locale.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            QStringView da = QStringView(a).mid(i, ei - i), db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == QLatin1Char('0'))
                da = da.mid(1);
            while (db.size() > 1 && db.front() == QLatin1Char('0'))
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0)
                return c < 0 ? -1 : 1;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

bool seasonLessThan(const QString& a, const QString& b)
{
    if (a.trimmed().isEmpty() != b.trimmed().isEmpty())
        return b.trimmed().isEmpty();  // empty labels last
    const SeasonKey ka = seasonKey(a), kb = seasonKey(b);
    if (ka.prefix != kb.prefix)
        return ka.prefix < kb.prefix;
    if (ka.number != kb.number)
        return ka.number < kb.number;
    return naturalCompare(ka.rest, kb.rest) < 0;
}

StarBrowser::StarBrowser(QWidget* parent) : QWidget(parent)
{
    setAcceptDrops(true);

    auto* openFiles = new QPushButton(tr("Open files…"));
    openFiles->setObjectName(QStringLiteral("openFilesButton"));
    openFiles->setToolTip(tr("<p>Open Kepler, K2 or TESS FITS files: light curves (…llc.fits, "
                             "…lc.fits) or target pixel files (…lpd-targ.fits, …tp.fits).</p>"
                             "<p>You can also drag files from your file manager onto this list.</p>"));
    auto* openFolder = new QPushButton(tr("Open folder…"));
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    openFolder->setToolTip(tr("<p>Open every FITS file in a folder and its subfolders, e.g. a "
                              "workshop data set. Files are grouped by star.</p>"));
    connect(openFiles, &QPushButton::clicked, this, &StarBrowser::openFilesRequested);
    connect(openFolder, &QPushButton::clicked, this, &StarBrowser::openFolderRequested);

    auto* tree = new HintTree;
    tree->hint = tr("Drop Kepler, K2 or TESS files or folders here, or use Open files…");
    m_tree = tree;
    m_tree->setObjectName(QStringLiteral("starTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(2);  // name, search status
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &StarBrowser::onSelectionChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &StarBrowser::showContextMenu);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("starFilter"));
    m_filter->setPlaceholderText(tr("Filter stars…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the stars whose name contains this text"));
    connect(m_filter, &QLineEdit::textChanged, this, &StarBrowser::applyFilter);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(openFiles);
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    rebuildIcons();
}

void StarBrowser::rebuildIcons()
{
    // Drawn in the palette's text colour so they follow light and dark themes.
    const QColor ink = palette().color(QPalette::Text);
    const int s = 32;
    {
        QPixmap pm = canvas(s);
        QPainter p(&pm);
        const int cell = 9, gap = 2, origin = (s - 3 * cell - 2 * gap) / 2;
        const double alpha[9] = {0.25, 0.45, 0.25, 0.45, 1.0, 0.6, 0.25, 0.5, 0.3};
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c) {
                QColor col = ink;
                col.setAlphaF(float(alpha[r * 3 + c]));
                p.fillRect(origin + c * (cell + gap), origin + r * (cell + gap), cell, cell, col);
            }
        m_pixelIcon = QIcon(pm);
    }
    {
        QPixmap pm = canvas(s);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(ink, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath path(QPointF(3, 11));
        path.lineTo(12, 11);
        path.lineTo(14, 21);
        path.lineTo(18, 21);
        path.lineTo(20, 11);
        path.lineTo(29, 11);
        p.drawPath(path);
        m_curveIcon = QIcon(pm);
    }
    {
        QPixmap pm = canvas(s);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double r = (i % 2 == 0) ? 14.0 : 6.0;
            const double a = -M_PI / 2 + i * M_PI / 5;
            star << QPointF(16 + r * std::cos(a), 17 + r * std::sin(a));
        }
        p.drawPolygon(star);
        m_starIcon = QIcon(pm);
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* star = m_tree->topLevelItem(i);
        star->setIcon(0, m_starIcon);
        for (int j = 0; j < star->childCount(); ++j) {
            QTreeWidgetItem* f = star->child(j);
            f->setIcon(0, f->data(0, KindRole).toString() == QLatin1String("pixels") ? m_pixelIcon : m_curveIcon);
        }
    }
}

void StarBrowser::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::PaletteChange)
        rebuildIcons();
}

QTreeWidgetItem* StarBrowser::findStar(const QString& starLabel) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, StarRole).toString() == starLabel)
            return m_tree->topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem* StarBrowser::findFile(const QString& path) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* star = m_tree->topLevelItem(i);
        for (int j = 0; j < star->childCount(); ++j)
            if (star->child(j)->data(0, PathRole).toString() == path)
                return star->child(j);
    }
    return nullptr;
}

void StarBrowser::addFile(const QString& path, const QString& starLabel, const QString& seasonLabel,
                          const QString& productKind, const QString& objectName)
{
    const QString current = currentFile();
    m_silent = true;
    if (findFile(path))
        removeFile(path);
    m_silent = true;

    QTreeWidgetItem* star = findStar(starLabel);
    if (!star) {
        star = new QTreeWidgetItem(m_tree);
        star->setData(0, StarRole, starLabel);
        star->setIcon(0, m_starIcon);
        star->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        // A few stars are shown open; a whole workshop folder starts folded.
        star->setExpanded(m_tree->topLevelItemCount() <= kExpandedStarLimit);
    }
    if (!objectName.isEmpty())
        star->setData(0, kObjectNameRole, objectName);

    const bool pixels = productKind == QLatin1String("pixels");
    auto* item = new QTreeWidgetItem(star);
    item->setData(0, PathRole, path);
    item->setData(0, SeasonRole, seasonLabel);
    item->setData(0, KindRole, productKind);
    item->setData(0, StarRole, starLabel);
    item->setIcon(0, pixels ? m_pixelIcon : m_curveIcon);
    const QString kindText = pixels ? tr("pixels") : tr("light curve");
    const QString season = seasonLabel.isEmpty() ? QFileInfo(path).fileName() : seasonLabel;
    item->setText(0, tr("%1 · %2").arg(season, kindText));
    item->setToolTip(0, tr("%1<br><small>%2</small>")
                            .arg(pixels ? tr("Target pixel file: the images; you choose the aperture.")
                                        : tr("Light curve: brightness measured by the mission pipeline."),
                                 QDir::toNativeSeparators(path).toHtmlEscaped()));
    sortChildren(star);
    updateStarItem(star);
    sortStars();
    applyFilter();
    // Re-sorting took the items out of the tree: restore the selection quietly,
    // without unfolding anything the user folded.
    if (QTreeWidgetItem* keep = current.isEmpty() ? nullptr : findFile(current))
        m_tree->setCurrentItem(keep);
    m_silent = false;
}

void StarBrowser::removeFile(const QString& path)
{
    QTreeWidgetItem* item = findFile(path);
    if (!item)
        return;
    const bool wasSilent = m_silent;
    m_silent = true;
    QTreeWidgetItem* star = item->parent();
    delete item;
    if (star->childCount() == 0)
        delete star;
    else
        updateStarItem(star);
    m_silent = wasSilent;
}

void StarBrowser::clear()
{
    m_silent = true;
    m_tree->clear();
    m_silent = false;
}

void StarBrowser::updateStarItem(QTreeWidgetItem* star)
{
    const QString label = star->data(0, StarRole).toString();
    const QString object = star->data(0, kObjectNameRole).toString();
    const QString shown = object.isEmpty() || object == label ? label : tr("%1 (%2)").arg(object, label);
    star->setText(0, shown);
    QString tip = tr("%1: %n file(s)", nullptr, star->childCount()).arg(shown.toHtmlEscaped());
    if (star->data(0, kSearchedRole).toBool()) {
        const int n = star->data(0, kCandidatesRole).toInt();
        const int flagged = star->data(0, kFlaggedRole).toInt();
        // Compact in the row ("3 ⚑1"), spelled out in the tooltip.
        QString status = n == 0 ? tr("none") : QString::number(n);
        if (flagged > 0)
            status += QStringLiteral(" ⚑%1").arg(flagged);
        star->setText(1, status);
        const QString detail = tr("Searched: %n candidate(s)", nullptr, n)
                               + (flagged > 0 ? tr(", %n flagged", nullptr, flagged) : QString());
        star->setToolTip(1, detail);
        tip += QStringLiteral("<br>") + detail;
    } else {
        star->setText(1, QString());
        star->setToolTip(1, tr("Not searched yet"));
    }
    star->setToolTip(0, tip);
}

void StarBrowser::setStarStatus(const QString& starLabel, bool searched, int candidates, int flagged)
{
    QTreeWidgetItem* star = findStar(starLabel);
    if (!star)
        return;
    star->setData(0, kSearchedRole, searched);
    star->setData(0, kCandidatesRole, candidates);
    star->setData(0, kFlaggedRole, flagged);
    updateStarItem(star);
}

QString StarBrowser::starStatusText(const QString& starLabel) const
{
    const QTreeWidgetItem* star = findStar(starLabel);
    return star ? star->text(1) : QString();
}

void StarBrowser::setFilterText(const QString& text) { m_filter->setText(text); }

void StarBrowser::applyFilter()
{
    const QString needle = m_filter ? m_filter->text().trimmed() : QString();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* star = m_tree->topLevelItem(i);
        const bool match = needle.isEmpty() || star->text(0).contains(needle, Qt::CaseInsensitive)
                           || star->data(0, StarRole).toString().contains(needle, Qt::CaseInsensitive)
                           || star->data(0, kObjectNameRole).toString().contains(needle, Qt::CaseInsensitive);
        star->setHidden(!match);
    }
}

QStringList StarBrowser::visibleStars() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (!m_tree->topLevelItem(i)->isHidden())
            out << m_tree->topLevelItem(i)->data(0, StarRole).toString();
    return out;
}

void StarBrowser::sortChildren(QTreeWidgetItem* star)
{
    QList<QTreeWidgetItem*> kids = star->takeChildren();
    std::stable_sort(kids.begin(), kids.end(), [](QTreeWidgetItem* a, QTreeWidgetItem* b) {
        const QString sa = a->data(0, SeasonRole).toString(), sb = b->data(0, SeasonRole).toString();
        if (seasonLessThan(sa, sb))
            return true;
        if (seasonLessThan(sb, sa))
            return false;
        // Same season: pixels before the light curve, then by path.
        const QString ka = a->data(0, KindRole).toString(), kb = b->data(0, KindRole).toString();
        if (ka != kb)
            return ka == QLatin1String("pixels");
        return a->data(0, PathRole).toString() < b->data(0, PathRole).toString();
    });
    star->addChildren(kids);
}

void StarBrowser::sortStars()
{
    QList<QTreeWidgetItem*> stars;
    QList<bool> expanded;
    while (m_tree->topLevelItemCount() > 0) {
        expanded << m_tree->topLevelItem(0)->isExpanded();
        stars << m_tree->takeTopLevelItem(0);
    }
    QList<int> order(stars.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return naturalCompare(stars[a]->text(0), stars[b]->text(0)) < 0; });
    for (int i : order) {
        m_tree->addTopLevelItem(stars[i]);
        stars[i]->setExpanded(expanded[i]);
    }
}

void StarBrowser::setCurrentFile(const QString& path)
{
    m_silent = true;
    if (QTreeWidgetItem* item = path.isEmpty() ? nullptr : findFile(path)) {
        item->parent()->setExpanded(true);
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    } else {
        m_tree->clearSelection();
        m_tree->setCurrentItem(nullptr);
    }
    m_silent = false;
}

QString StarBrowser::currentFile() const
{
    const QList<QTreeWidgetItem*> sel = m_tree->selectedItems();
    if (sel.isEmpty() || !sel.first()->parent())
        return {};
    return sel.first()->data(0, PathRole).toString();
}

QStringList StarBrowser::files() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* star = m_tree->topLevelItem(i);
        for (int j = 0; j < star->childCount(); ++j)
            out << star->child(j)->data(0, PathRole).toString();
    }
    return out;
}

int StarBrowser::starCount() const { return m_tree->topLevelItemCount(); }

void StarBrowser::onSelectionChanged()
{
    if (m_silent)
        return;
    const QList<QTreeWidgetItem*> sel = m_tree->selectedItems();
    if (sel.isEmpty())
        return;
    QTreeWidgetItem* item = sel.first();
    if (item->parent())
        emit fileActivated(item->data(0, PathRole).toString());
    else
        emit starActivated(item->data(0, StarRole).toString());
}

void StarBrowser::showContextMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    QMenu menu(this);
    if (item && item->parent()) {
        const QString path = item->data(0, PathRole).toString();
        menu.addAction(tr("Remove from the list"), this, [this, path] { emit removeRequested(path); });
        menu.addAction(tr("Copy full path"), this,
                       [path] { QApplication::clipboard()->setText(QDir::toNativeSeparators(path)); });
    } else if (item) {
        QStringList paths;
        for (int j = 0; j < item->childCount(); ++j)
            paths << item->child(j)->data(0, PathRole).toString();
        menu.addAction(tr("Remove this star (%n file(s))", nullptr, int(paths.size())), this, [this, paths] {
            for (const QString& p : paths)
                emit removeRequested(p);
        });
    } else {
        menu.addAction(tr("Open files…"), this, &StarBrowser::openFilesRequested);
        menu.addAction(tr("Open folder…"), this, &StarBrowser::openFolderRequested);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void StarBrowser::dragEnterEvent(QDragEnterEvent* e)
{
    if (!localPaths(e->mimeData()).isEmpty())
        e->acceptProposedAction();
    else
        e->ignore();
}

void StarBrowser::dragMoveEvent(QDragMoveEvent* e)
{
    if (!localPaths(e->mimeData()).isEmpty())
        e->acceptProposedAction();
    else
        e->ignore();
}

void StarBrowser::dropEvent(QDropEvent* e)
{
    const QStringList paths = localPaths(e->mimeData());
    if (paths.isEmpty()) {
        e->ignore();
        return;
    }
    e->acceptProposedAction();
    emit filesDropped(paths);
}

}  // namespace exo::ui
