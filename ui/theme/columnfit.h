// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QHelpEvent;
class QModelIndex;
class QString;
class QTableView;
class QWidget;

namespace ps {

/**
 * Keeps a table's columns inside its width, so it never scrolls sideways on a 1366 px screen, in
 * German too: the titles wrap at spaces (a WrappingHeader is installed), every column gets its
 * cells' width and its title's widest word; when they do not all fit, the text columns named
 * give up room in turn, the last named first, each down to its title's widest word or ten
 * characters (their cells elided). Figures are never cut. A cell whose text is cut ("…") shows
 * its whole text in a tooltip (before the cell's own tooltip, if it has one). The columns are
 * fitted again when the view is resized or its rows or titles change. Owned by the view.
 */
class ColumnFit : public QObject {
    Q_OBJECT
public:
    ColumnFit(QTableView *view, QList<int> textColumns);

    /// Columns from `column` on are shown only where the table has room for them beside the
    /// others: the last ones are hidden first (none are by default).
    void setOptionalFrom(int column);

    /// Fits the columns to the view's present width and contents.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    /// Whether the view draws the cell's text cut ("…") at its present width.
    bool isElided(const QModelIndex &index, const QString &text) const;
    /// Shows a cut cell's whole text as its tooltip; false for a cell that is not cut.
    bool showWholeText(const QHelpEvent *event);

    QTableView *m_view;
    /// The view's viewport, watched for resizes. Kept, not asked of the view: the viewport
    /// still sends events while the view's destructor deletes it, when the view is no longer
    /// a QAbstractScrollArea.
    QWidget *m_viewport;
    QList<int> m_texts;
    int m_optionalFrom = -1;
    bool m_pending = false;
};

} // namespace ps
