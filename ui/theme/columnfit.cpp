// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/columnfit.h"

#include "ui/theme/wrappingheader.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace ps {

ColumnFit::ColumnFit(QTableView *view, QList<int> textColumns)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_texts(std::move(textColumns)) {
    auto *header = new WrappingHeader(view);
    view->setHorizontalHeader(header);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setWordWrap(false);
    m_viewport->installEventFilter(this);
    // The sorted column's title makes room for the arrow (WrappingHeader).
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnFit::schedule);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFit::schedule);
    }
    schedule();
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event) {
    // At once on a resize: a page that is shown has its columns fitted when it appears.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    // Before the view's own tooltip (the delegate's), which knows nothing of the cut.
    if (watched == m_viewport && event->type() == QEvent::ToolTip &&
        showWholeText(static_cast<QHelpEvent *>(event)))
        return true;
    return QObject::eventFilter(watched, event);
}

bool ColumnFit::isElided(const QModelIndex &index, const QString &text) const {
    // The text's room as QStyledItemDelegate lays the cell out: less the decoration and the
    // check box, and the style's text margins.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.rect = m_view->visualRect(index);
    const QVariant font = index.data(Qt::FontRole);
    if (font.isValid())
        option.font = qvariant_cast<QFont>(font).resolve(m_view->font());
    option.fontMetrics = QFontMetrics(option.font);
    option.text = text;
    option.features |= QStyleOptionViewItem::HasDisplay;
    if (!index.data(Qt::DecorationRole).isNull()) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
        option.decorationSize =
            m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    }
    if (index.data(Qt::CheckStateRole).isValid())
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
    QStyle *style = m_view->style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, m_view);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    return option.fontMetrics.horizontalAdvance(text) > textRect.width() - 2 * margin;
}

bool ColumnFit::showWholeText(const QHelpEvent *event) {
    const QModelIndex index = m_view->indexAt(event->pos());
    if (!index.isValid())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty() || !isElided(index, text))
        return false;
    QString tip = text;
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!own.isEmpty() && own != text)
        tip += QLatin1String("\n\n") + own;
    // Names come from files and other companies: never read as markup.
    if (Qt::mightBeRichText(tip))
        tip = Qt::convertFromPlainText(tip);
    QToolTip::showText(event->globalPos(), tip, m_viewport, m_view->visualRect(index));
    return true;
}

void ColumnFit::schedule() {
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

void ColumnFit::setOptionalFrom(int column) {
    m_optionalFrom = column;
    schedule();
}

void ColumnFit::fit() {
    QHeaderView *header = m_view->horizontalHeader();
    const int room = m_view->viewport()->width();
    const int count = header->count();
    if (room <= 0 || count == 0)
        return;
    // QTableView keeps the hint protected; the item view's is public (and the same function).
    const QAbstractItemView *view = m_view;
    const int fewCharacters = 10 * m_view->fontMetrics().averageCharWidth();
    std::vector<int> want(size_t(count), 0);
    std::vector<int> floor(size_t(count), 0);
    int wanted = 0;
    if (m_optionalFrom >= 0)
        for (int c = m_optionalFrom; c < count; ++c)
            header->setSectionHidden(c, false);
    for (int c = 0; c < count; ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int title = header->sectionSizeHint(c); // the title's widest word
        want[size_t(c)] = std::max(view->sizeHintForColumn(c), title);
        floor[size_t(c)] = m_texts.contains(c)
                               ? std::min(want[size_t(c)], std::max(title, fewCharacters))
                               : want[size_t(c)];
        wanted += want[size_t(c)];
    }
    // Optional columns that do not fit beside the others are hidden, the last first.
    if (m_optionalFrom >= 0) {
        int least = 0;
        for (int c = 0; c < count; ++c)
            least += header->isSectionHidden(c) ? 0 : floor[size_t(c)];
        for (int c = count - 1; c >= m_optionalFrom && least > room; --c) {
            header->setSectionHidden(c, true);
            least -= floor[size_t(c)];
            wanted -= want[size_t(c)];
            want[size_t(c)] = floor[size_t(c)] = 0;
        }
    }
    // The text columns give up room in turn, the last named first, each down to its floor.
    std::vector<int> width = want;
    int excess = wanted - room;
    for (auto c = m_texts.crbegin(); c != m_texts.crend() && excess > 0; ++c) {
        if (*c < 0 || *c >= count || header->isSectionHidden(*c))
            continue;
        const int give = std::min(excess, want[size_t(*c)] - floor[size_t(*c)]);
        width[size_t(*c)] -= give;
        excess -= give;
    }
    int used = 0;
    for (int c = 0; c < count; ++c)
        used += header->isSectionHidden(c) ? 0 : width[size_t(c)];
    // What is left fills the row: the first text column shown takes it (else the last column).
    int filler = -1;
    for (int c : m_texts)
        if (c >= 0 && c < count && !header->isSectionHidden(c)) {
            filler = c;
            break;
        }
    for (int c = count - 1; filler < 0 && c >= 0; --c)
        if (!header->isSectionHidden(c))
            filler = c;
    if (filler >= 0)
        width[size_t(filler)] += std::max(0, room - used);
    for (int c = 0; c < count; ++c)
        if (!header->isSectionHidden(c))
            header->resizeSection(c, width[size_t(c)]);
}

} // namespace ps
