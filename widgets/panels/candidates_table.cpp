#include "panels/candidates_table.h"
#include "panels/panel_style.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyledItemDelegate>
#include <QItemSelectionModel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace exo::ui {

namespace {
/// A table view that paints a hint in its empty viewport, keeping the header visible.
class HintTableView : public QTableView {
public:
    using QTableView::QTableView;
    QString hint;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        QTableView::paintEvent(e);
        if (model() && model()->rowCount() == 0) {
            QPainter p(viewport());
            paintEmptyHint(p, viewport()->rect(), this, hint);
        }
    }
};
/// Draws the Flag column's check box centred in its cell and toggles it on a
/// click inside the box or on Space/Select.
class CenteredCheckDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        const Qt::CheckState state = opt.checkState;
        opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);  // background, selection
        opt.checkState = state;
        opt.rect = checkRect(option, widget);
        opt.state = (opt.state & ~(QStyle::State_On | QStyle::State_Off | QStyle::State_NoChange))
                    | (state == Qt::Checked ? QStyle::State_On : QStyle::State_Off);
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &opt, painter, widget);
    }

    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override
    {
        if (!(model->flags(index) & Qt::ItemIsUserCheckable) || !(model->flags(index) & Qt::ItemIsEnabled))
            return false;
        if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonDblClick) {
            auto* me = static_cast<QMouseEvent*>(event);
            if (me->button() != Qt::LeftButton || !checkRect(option, option.widget).contains(me->position().toPoint()))
                return false;
            if (event->type() == QEvent::MouseButtonDblClick)
                return true;  // swallow, as QStyledItemDelegate does
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key != Qt::Key_Space && key != Qt::Key_Select)
                return false;
        } else {
            return false;
        }
        const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }

private:
    static QRect checkRect(const QStyleOptionViewItem& option, const QWidget* widget)
    {
        QStyle* style = widget ? widget->style() : QApplication::style();
        const int w = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, widget);
        const int h = style->pixelMetric(QStyle::PM_IndicatorHeight, &option, widget);
        return QStyle::alignedRect(option.direction, Qt::AlignCenter, QSize(w, h), option.rect);
    }
};
/// The Disposition column's editor: a combo box of the dispositions.
class DispositionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const auto& key : CandidatesModel::dispositionKeys())
            combo->addItem(CandidatesModel::dispositionLabel(key), key);
        // Commit as soon as a choice is made (no extra Enter needed).
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<DispositionDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};
}  // namespace

CandidatesTable::CandidatesTable(QWidget* parent) : QWidget(parent)
{
    m_model = new CandidatesModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidatesModel::SortRole);

    auto* view = new HintTableView;
    view->hint = tr("Run a search to list candidate transits here");
    m_view = view;
    m_view->setObjectName(QStringLiteral("candidatesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidatesModel::RankCol, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Rows are one line each: a fixed height, so a list of 200k candidates (a large
    // restored session) is not laid out row by row; columns fit the first rows only.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(CandidatesModel::FlagCol, new CenteredCheckDelegate(m_view));
    m_view->setItemDelegateForColumn(CandidatesModel::DispositionCol, new DispositionDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    // The period, then the user's columns, so that they stay visible in a narrow column
    // (1366x768: ~310 px): # | Period | Flag | Disposition | Note | Depth | ...
    // (Without the period the rows read "1 Unreviewed", "2 Unreviewed": which is which?)
    auto* header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(CandidatesModel::PeriodCol), 1);
    header->moveSection(header->visualIndex(CandidatesModel::FlagCol), 2);
    header->moveSection(header->visualIndex(CandidatesModel::DispositionCol), 3);
    header->moveSection(header->visualIndex(CandidatesModel::NoteCol), 4);
    header->setSectionResizeMode(CandidatesModel::NoteCol, QHeaderView::Interactive);
    // Narrow: dragged wider at will, the full note shows in its tooltip.
    header->resizeSection(CandidatesModel::NoteCol, 50);
    m_view->setTextElideMode(Qt::ElideRight);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidatesTable::onSelectionChanged);
    connect(m_model, &CandidatesModel::flagToggled, this, &CandidatesTable::flagToggled);
    connect(m_model, &CandidatesModel::dispositionEdited, this, &CandidatesTable::dispositionEdited);
    connect(m_model, &CandidatesModel::noteEdited, this, &CandidatesTable::noteEdited);
}

void CandidatesTable::setCandidates(QVector<CandidateRow> rows, QString timeSystem)
{
    m_silent = true;
    m_model->setCandidates(std::move(rows), std::move(timeSystem));
    m_lastEmitted = -1;
    m_silent = false;
    m_view->viewport()->update();
}

const QVector<CandidateRow>& CandidatesTable::candidates() const { return m_model->candidates(); }

void CandidatesTable::setCurrentCandidate(int row)
{
    m_silent = true;
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->selectionModel()->clearSelection();
        m_lastEmitted = -1;
    } else {
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(proxyIndex,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(proxyIndex);
        m_lastEmitted = row;
    }
    m_silent = false;
}

int CandidatesTable::currentCandidate() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

void CandidatesTable::setKnownPlanets(const QStringList& names) { m_model->setKnownPlanets(names); }

void CandidatesTable::setFlagged(int row, bool flagged) { m_model->setFlagged(row, flagged); }

void CandidatesTable::setAnnotation(int row, bool flagged, const QString& disposition, const QString& note)
{
    m_model->setAnnotation(row, flagged, disposition, note);
}

void CandidatesTable::onSelectionChanged()
{
    const int row = currentCandidate();
    if (m_silent || row == m_lastEmitted)
        return;
    m_lastEmitted = row;
    emit candidateSelected(row);
}

}  // namespace exo::ui
