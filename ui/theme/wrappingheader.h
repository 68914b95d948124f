// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace ps {

/**
 * A horizontal table header whose titles wrap at spaces to fit their columns, so a column of
 * figures need not be as wide as its title ("Mean potential" over "Mittleres Potenzial"). A
 * column's size hint is its title's widest word; the header is as tall as its tallest wrapped
 * title.
 */
class WrappingHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit WrappingHeader(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    /// How many lines the title of a section takes at its present width.
    int lineCount(int logicalIndex) const;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    /// Wraps every title, also one whose model gives its own alignment (figures on the right).
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;

private:
    QString title(int logicalIndex) const;
    /// Room around the text in a section: the style's margins (and a sort indicator).
    QSize padding(int logicalIndex) const;
    /// The title's size wrapped into `width` pixels of text.
    QSize wrapped(int logicalIndex, int width) const;
    int widestWord(int logicalIndex) const;
    /// The width the title wraps into: its section's, never below its widest word.
    int textWidth(int logicalIndex) const;
};

} // namespace ps
