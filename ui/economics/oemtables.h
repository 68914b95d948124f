// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace ps {
class Document;

/**
 * An editable table over one of an OEM deal's lists (royalty tiers or scoreboard periods).
 * Every change writes the whole list back as one undo step (ps::edit::setOemDealTiers or
 * setOemDealScoreboard) and the table reloads from the portfolio, so undo shows up here.
 */
class OemListEditor : public QWidget {
    Q_OBJECT
public:
    enum class Kind { RoyaltyTiers, Scoreboard };

    OemListEditor(Document *document, Kind kind, QWidget *parent = nullptr);

    void setDeal(Id id);
    QTableWidget *table() const { return m_table; }
    void reload();

private:
    void addRow();
    void removeRows();
    void writeBack();
    void updateButtons();

    Document *m_document;
    Kind m_kind;
    Id m_deal = 0;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};

} // namespace ps
