// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace ps {
class Document;
class FieldForm;
class OemDealModel;
class OemListEditor;

/// The OEM deals of one partner (seed 000): the deal list with Add and Delete, and for the
/// current deal its structure, the four conditions with a "likely a distraction" flag when
/// fewer than three hold, royalty terms, volume tiers, exclusivity, exit clause and scoreboard.
class OemDealsPanel : public QWidget {
    Q_OBJECT
public:
    explicit OemDealsPanel(Document *document, QWidget *parent = nullptr);

    void setPartner(Id id);
    Id currentDeal() const { return m_deal; }
    QTableView *view() const { return m_view; }
    /// The conditions verdict currently shown ("3 of 4 ...").
    QString conditionsText() const;

    void addDeal();
    void removeSelected();

private:
    QWidget *createForm();
    void setDeal(Id id);
    void refreshDeal();
    void selectDeal(Id id);

    Document *m_document;
    Id m_partner = 0;
    Id m_deal = 0;
    OemDealModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldForm *m_form;
    QWidget *m_formWidget = nullptr;
    QLabel *m_conditions = nullptr;
    QLabel *m_exitRisk = nullptr;
    OemListEditor *m_tiers = nullptr;
    OemListEditor *m_scoreboard = nullptr;
};

} // namespace ps
