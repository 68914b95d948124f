// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTabWidget;

namespace ps {
class Document;
class FieldForm;
class LinksPanel;
class OemDealsPanel;
class PartnerImpactPanel;
class ScoreExplanation;
class ScoringController;

/// The detail panel beside the partner table: every field of the current partner on tabs
/// (General, Ratings & economics, Influence, Commercial model & decision, OEM deals, Impact:
/// what the deal log says).
/// Each edit is an undo step through ps::edit; undo and other views refresh it.
class PartnerDetail : public QWidget {
    Q_OBJECT
public:
    explicit PartnerDetail(Document *document, QWidget *parent = nullptr);

    void setPartner(Id id);
    Id partner() const { return m_partner; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Adds the read-only "Score" tab that explains the partner's place in the matrix.
    void setScoring(ScoringController *scoring);
    ScoreExplanation *scoreExplanation() const { return m_score; }
    PartnerImpactPanel *impactPanel() const { return m_impact; }

private:
    QWidget *createGeneralTab();
    QWidget *createRatingsTab();
    QWidget *createCommercialTab();
    QDoubleSpinBox *moneySpin(QWidget *parent);
    QComboBox *ownerCombo(QWidget *parent);
    void refresh();
    void rebuildUpstreamChoices();
    void updateCurrency();
    void updateDerived();

    Document *m_document;
    Id m_partner = 0;
    FieldForm *m_form;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QComboBox *m_upstream = nullptr;
    bool m_upstreamDirty = true;
    QList<QDoubleSpinBox *> m_moneySpins;
    QList<QComboBox *> m_ownerCombos;
    QLabel *m_investmentTotal = nullptr;
    QLabel *m_winRate = nullptr;
    QLabel *m_commercialGaps = nullptr;
    LinksPanel *m_links;
    OemDealsPanel *m_oemDeals;
    PartnerImpactPanel *m_impact;
    ScoreExplanation *m_score = nullptr;
};

} // namespace ps
