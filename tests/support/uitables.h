// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the widget tests of "readable at 1366 px, in German too" share: the window in a language,
// and the check that a table's columns and titles fit its width.

#include "ui/mainwindow/mainwindow.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSize>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTranslator>

#include <memory>

namespace ps::test {

/// The user interface in one language for a test: the built translation (none for English)
/// and the default locale; back to English when it goes. Declare it before the window.
class UiLanguage {
public:
    /// `qmDir` holds partnerscope_LANGUAGE.qm (the tests' PS_QM_DIR).
    bool use(const QString &language, const QString &qmDir) {
        if (language == QLatin1String("en"))
            return true;
        if (!m_translator.load(QStringLiteral("%1/partnerscope_%2.qm").arg(qmDir, language)))
            return false;
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
        return true;
    }
    ~UiLanguage() {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    QTranslator m_translator;
};

/// A main window of `size`, shown, with the demo portfolio open (null if it did not open);
/// closing it discards the demo without asking.
inline std::unique_ptr<MainWindow> demoWindow(QSize size) {
    auto window = std::make_unique<MainWindow>();
    window->prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDemo())
        return nullptr;
    return window;
}

/// Room a cell's text has inside its column: the style's margins on both sides.
inline int textRoom(const QTableView *view, int column) {
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view);
    return view->columnWidth(column) - 2 * (margin + 1);
}

/// The tooltip the user gets resting the mouse on a cell on screen (empty if none shows). A
/// tooltip shown before stays up a moment: compare with a text other cells do not have.
inline QString toolTipAt(QTableView *view, const QModelIndex &index) {
    const QPoint pos = view->visualRect(index).center();
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

/// No horizontal scroll bar, and every shown column's title whole: each word fits its column
/// (less the sort arrow's room in the sorted column) and the wrapped title fits the header's
/// height, in at most `maxLines` lines when that is set.
inline void checkTitlesFit(QTableView *table, int maxLines = 0) {
    QHeaderView *header = table->horizontalHeader();
    QVERIFY2(!table->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("%1 px of columns in %2 px")
                            .arg(header->length())
                            .arg(table->viewport()->width())));
    QVERIFY(header->length() <= table->viewport()->width());

    const QFontMetrics titles(header->font());
    const int headerMargin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        int room = header->sectionSize(c) - 2 * headerMargin;
        // The sorted column's arrow takes half the header's height and two margins from its
        // title (QCommonStyle, SE_HeaderLabel).
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == c)
            room -= header->height() / 2 + 2 * headerMargin;
        for (const QString &word : title.split(space, Qt::SkipEmptyParts))
            QVERIFY2(titles.horizontalAdvance(word) <= room,
                     qPrintable(QStringLiteral("\"%1\" in %2 px").arg(word).arg(room)));
        const QRect wrapped = titles.boundingRect(QRect(0, 0, room, 10000),
                                                  Qt::AlignCenter | Qt::TextWordWrap, title);
        QVERIFY2(wrapped.height() <= header->height(),
                 qPrintable(QStringLiteral("\"%1\": %2 px of %3")
                                .arg(title)
                                .arg(wrapped.height())
                                .arg(header->height())));
        if (maxLines > 0)
            QVERIFY2(wrapped.height() <= maxLines * titles.lineSpacing() + 1, qPrintable(title));
    }
}

} // namespace ps::test
