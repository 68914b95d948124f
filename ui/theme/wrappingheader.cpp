// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme/wrappingheader.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

namespace ps {

WrappingHeader::WrappingHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent) {
    // The style draws the title with these flags: wrapped, not elided to one line.
    setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    setTextElideMode(Qt::ElideNone);
    setSectionsClickable(true);
    setHighlightSections(true);
}

QString WrappingHeader::title(int logicalIndex) const {
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString()
                   : QString();
}

QSize WrappingHeader::padding(int logicalIndex) const {
    // The style's size for the title on one line, less the text itself.
    const QSize oneLine = QHeaderView::sectionSizeFromContents(logicalIndex);
    const QFontMetrics metrics(font());
    int width = std::max(0, oneLine.width() - metrics.horizontalAdvance(title(logicalIndex)));
    const bool sorted = sortIndicatorSection() == logicalIndex;
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    if (isSortIndicatorShown() && !sorted && orientation() == Qt::Horizontal) {
        // QHeaderView leaves room for the arrow in every column; only the sorted one shows it.
        width = std::max(0, width - (oneLine.height() + margin));
    }
    if (isSortIndicatorShown() && sorted && orientation() == Qt::Horizontal) {
        // The style takes half the header's height and two margins from the sorted column's
        // title for the arrow (QCommonStyle, SE_HeaderLabel), more than the one-line size allows
        // for once the titles wrap: room for an arrow beside the header at its tallest (every
        // title wrapped at its widest word). The other columns need no room for it: ColumnFit
        // fits them again when the sort changes.
        int tallest = metrics.height();
        for (int i = 0; i < count(); ++i)
            tallest = std::max(tallest, wrapped(i, widestWord(i)).height());
        const int arrow = (tallest + oneLine.height() - metrics.height()) / 2 + 2 * margin;
        width = std::max(width, 2 * margin + arrow);
    }
    return {width, std::max(0, oneLine.height() - metrics.height())};
}

QSize WrappingHeader::wrapped(int logicalIndex, int width) const {
    const QFontMetrics metrics(font());
    return metrics
        .boundingRect(QRect(0, 0, std::max(1, width), 100000), Qt::AlignCenter | Qt::TextWordWrap,
                      title(logicalIndex))
        .size();
}

int WrappingHeader::widestWord(int logicalIndex) const {
    const QFontMetrics metrics(font());
    int widest = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : title(logicalIndex).split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

int WrappingHeader::textWidth(int logicalIndex) const {
    return std::max(sectionSize(logicalIndex) - padding(logicalIndex).width(),
                    widestWord(logicalIndex));
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const {
    const QSize pad = padding(logicalIndex);
    const int widest = widestWord(logicalIndex);
    return {widest + pad.width(), wrapped(logicalIndex, widest).height() + pad.height()};
}

void WrappingHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->textAlignment =
        Qt::Alignment::fromInt(int(option->textAlignment) | int(Qt::TextWordWrap));
}

int WrappingHeader::lineCount(int logicalIndex) const {
    return std::max(1, wrapped(logicalIndex, textWidth(logicalIndex)).height() /
                           QFontMetrics(font()).lineSpacing());
}

QSize WrappingHeader::sizeHint() const {
    QSize hint = QHeaderView::sizeHint();
    if (!model() || count() == 0)
        return hint;
    // As tall as the tallest title wrapped into its column as it is now.
    int height = 0;
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i))
            height = std::max(height, wrapped(i, textWidth(i)).height() + padding(i).height());
    hint.setHeight(std::max(height, minimumHeight()));
    return hint;
}

} // namespace ps
