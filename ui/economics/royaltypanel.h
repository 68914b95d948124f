// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/economics/royalty.h"
#include "ui/theme/economicsstyle.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ps {
class Document;
class TermSheetEditor;

/**
 * One term sheet of the royalty simulator: where it comes from (an OEM deal of the portfolio),
 * its editor, a live chart of revenue, cost and margin per year with margin per unit, the
 * year-by-year table and a "breaks at scale" banner. Edits stay in the panel until "Apply to
 * deal" writes them to the deal as one undo step; term sheets load from and save to JSON.
 */
class RoyaltyPanel : public QWidget {
    Q_OBJECT
public:
    RoyaltyPanel(Document *document, const QString &title, QWidget *parent = nullptr);

    /// Shows the terms of this deal (0: none) and makes it the deal "Apply" writes to.
    void setSourceDeal(Id deal);
    Id sourceDeal() const { return m_deal; }
    RoyaltyTerms terms() const;
    void setTerms(const RoyaltyTerms &terms);
    /// The simulation on screen; empty years while the terms are invalid.
    const RoyaltyResult &result() const { return m_result; }
    /// True when the terms on screen differ from the source deal's.
    bool isEdited() const;

    /// Writes the terms to the source deal: one undo step. False if nothing changed or invalid.
    bool applyToDeal();
    void resetToDeal();
    bool loadFrom(const QString &path, QString *error);
    bool saveTo(const QString &path, QString *error) const;

    TermSheetEditor *editor() const { return m_editor; }
    QCustomPlot *plot() const { return m_plot; }
    QLabel *banner() const { return m_banner; }
    QTableWidget *yearTable() const { return m_years; }
    QComboBox *sourceCombo() const { return m_source; }
    QPushButton *applyButton() const { return m_apply; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitYearTable();
    void fillSources();
    void simulate();
    void showBanner();
    void fillYearTable();
    void updateButtons();
    void promptLoad();
    void promptSave();

    Document *m_document;
    QString m_title;
    Id m_deal = 0;
    RoyaltyTerms m_loaded; ///< the deal's terms when last loaded, to tell user edits apart
    RoyaltyResult m_result;
    economics::EconomicsStyle m_style;
    QLabel *m_heading;
    QComboBox *m_source;
    TermSheetEditor *m_editor;
    QCustomPlot *m_plot;
    QLabel *m_banner;
    QLabel *m_totals;
    QTableWidget *m_years;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QPushButton *m_load;
    QPushButton *m_save;
};

} // namespace ps
