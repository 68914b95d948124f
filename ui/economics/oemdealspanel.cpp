// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/oemdealspanel.h"
#include "ui/theme/themepalette.h"

#include "ui/document/document.h"
#include "ui/economics/oemtables.h"
#include "ui/editors/fieldform.h"
#include "ui/models/oemdealmodel.h"
#include "ui/partners/partnerdetail.h"
#include "ui/undo/edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ps {

OemDealsPanel::OemDealsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new OemDealModel(document, this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add deal"), this))
    , m_remove(new QPushButton(tr("Delete deal"), this)) {
    Portfolio *portfolio = document->portfolio();
    m_form = new FieldForm(
        [this, portfolio](int f) {
            const OemDeal *d = portfolio->find<OemDeal>(m_deal);
            return d ? fieldValue(*d, OemDealField(f)) : QVariant();
        },
        [this, document](int f, const QVariant &v, edit::Merge merge) {
            return m_deal != 0 &&
                   edit::setOemDealField(*document, m_deal, OemDealField(f), v, merge);
        },
        this);

    m_model->setPartnerFilter(-1);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("OEM deals of this partner"));
    // The list names the deals; the form below edits them.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const bool shown = c == OemDealModel::columnOf(OemDealField::Name) ||
                           c == OemDealModel::columnOf(OemDealField::Structure) ||
                           c == m_model->conditionsColumn();
        m_view->setColumnHidden(c, !shown);
    }
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMaximumHeight(m_view->fontMetrics().lineSpacing() * 7);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(createForm());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);

    connect(m_add, &QPushButton::clicked, this, &OemDealsPanel::addDeal);
    connect(m_remove, &QPushButton::clicked, this, &OemDealsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setDeal(current.isValid() ? m_model->dealIdAt(current.row()) : 0);
            });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::OemDeal && id == m_deal)
            refreshDeal();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this, portfolio] {
        if (!portfolio->find<OemDeal>(m_deal))
            selectDeal(m_model->rowCount() > 0 ? m_model->dealIdAt(0) : 0);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { selectDeal(m_model->rowCount() > 0 ? m_model->dealIdAt(0) : 0); });
    setDeal(0);
}

QWidget *OemDealsPanel::createForm() {
    auto *page = new QWidget;
    m_formWidget = page;
    auto *name = new QLineEdit(page);
    auto *structure = new QComboBox(page);
    fillChoiceCombo(structure, enumLabels<OemStructure>(), enumKeys<OemStructure>());
    m_exitRisk = new QLabel(page);

    auto *conditionsBox = new QGroupBox(tr("The four conditions"), page);
    auto *conditions = new QVBoxLayout(conditionsBox);
    const struct {
        OemDealField field;
        const char *text;
    } checks[] = {
        {OemDealField::NeedsOfferFaster,
         QT_TR_NOOP("The manufacturer needs a complete offer faster than it can build one")},
        {OemDealField::TechnicalLead, QT_TR_NOOP("Our technical lead is hard to copy")},
        {OemDealField::ReachesNewSegment, QT_TR_NOOP("The combined offer reaches a new segment")},
        {OemDealField::DefendableMargin,
         QT_TR_NOOP("The economics leave a defendable margin for both sides and the channel")},
    };
    for (const auto &c : checks) {
        auto *box = new QCheckBox(tr(c.text), conditionsBox);
        box->setAccessibleName(fieldTitle(c.field));
        conditions->addWidget(box);
        m_form->bindFlag(box, int(c.field));
    }
    m_conditions = new QLabel(conditionsBox);
    m_conditions->setWordWrap(true);
    conditions->addWidget(m_conditions);

    auto *termsBox = new QGroupBox(tr("Royalty terms"), page);
    auto *terms = new QFormLayout(termsBox);
    auto money = [termsBox](double max) {
        auto *spin = new QDoubleSpinBox(termsBox);
        spin->setRange(0, max);
        spin->setGroupSeparatorShown(true);
        return spin;
    };
    auto *perUnit = money(1e9);
    auto *escalator = new QDoubleSpinBox(termsBox);
    escalator->setRange(-100, 1000);
    escalator->setSuffix(tr(" %"));
    auto *minimum = money(1e12);
    auto *setup = money(1e12);
    auto *tierMode = new QComboBox(termsBox);
    fillChoiceCombo(tierMode, enumLabels<RoyaltyTierMode>(), enumKeys<RoyaltyTierMode>());
    auto *cost = money(1e9);
    auto *minMargin = new QLineEdit(termsBox);
    minMargin->setPlaceholderText(tr("Not set (0)"));
    auto *volumes = new QLineEdit(termsBox);
    volumes->setPlaceholderText(tr("Units per year, e.g. 2000; 15000; 60000"));
    auto *brandOwner = new QComboBox(termsBox);
    fillChoiceCombo(brandOwner, enumLabels<Owner>(), enumKeys<Owner>());
    auto *roadmap = new QCheckBox(tr("A joint roadmap review is in place"), termsBox);
    auto *exclusive = new QCheckBox(tr("Exclusive"), termsBox);
    auto *exitClause = new QLineEdit(termsBox);
    exitClause->setPlaceholderText(tr("How either side can leave, and at what cost"));
    auto *notes = new QPlainTextEdit(termsBox);
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(notes->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    const struct {
        QWidget *widget;
        OemDealField field;
    } rows[] = {{perUnit, OemDealField::PerUnitRoyalty},
                {tierMode, OemDealField::TierMode},
                {escalator, OemDealField::AnnualEscalatorPct},
                {minimum, OemDealField::MinimumAnnual},
                {setup, OemDealField::SetupFee},
                {cost, OemDealField::CostPerUnit},
                {minMargin, OemDealField::MinMarginPerUnit},
                {volumes, OemDealField::Volumes},
                {brandOwner, OemDealField::BrandOwner},
                {exitClause, OemDealField::ExitClause},
                {notes, OemDealField::Notes}};
    for (const auto &row : rows) {
        row.widget->setAccessibleName(fieldTitle(row.field));
        terms->addRow(tr("%1:").arg(fieldTitle(row.field)), row.widget);
    }
    terms->addRow(exclusive);
    exclusive->setAccessibleName(fieldTitle(OemDealField::Exclusive));
    terms->addRow(roadmap);
    roadmap->setAccessibleName(fieldTitle(OemDealField::RoadmapAligned));
    name->setAccessibleName(fieldTitle(OemDealField::Name));
    structure->setAccessibleName(fieldTitle(OemDealField::Structure));
    form->addRow(tr("%1:").arg(fieldTitle(OemDealField::Name)), name);
    form->addRow(tr("%1:").arg(fieldTitle(OemDealField::Structure)), structure);
    form->addRow(QString(), m_exitRisk);

    m_form->bindText(name, int(OemDealField::Name));
    m_form->bindChoice(structure, int(OemDealField::Structure));
    m_form->bindAmount(perUnit, int(OemDealField::PerUnitRoyalty));
    m_form->bindAmount(escalator, int(OemDealField::AnnualEscalatorPct));
    m_form->bindAmount(minimum, int(OemDealField::MinimumAnnual));
    m_form->bindAmount(setup, int(OemDealField::SetupFee));
    m_form->bindChoice(tierMode, int(OemDealField::TierMode));
    m_form->bindAmount(cost, int(OemDealField::CostPerUnit));
    m_form->bindText(minMargin, int(OemDealField::MinMarginPerUnit));
    m_form->bindList(volumes, int(OemDealField::Volumes));
    m_form->bindChoice(brandOwner, int(OemDealField::BrandOwner));
    m_form->bindFlag(roadmap, int(OemDealField::RoadmapAligned));
    m_form->bindText(exitClause, int(OemDealField::ExitClause));
    m_form->bindFlag(exclusive, int(OemDealField::Exclusive));
    m_form->bindNotes(notes, int(OemDealField::Notes));

    auto *tiersBox = new QGroupBox(tr("Volume tiers"), page);
    m_tiers = new OemListEditor(m_document, OemListEditor::Kind::RoyaltyTiers, tiersBox);
    (new QVBoxLayout(tiersBox))->addWidget(m_tiers);
    auto *scoreBox = new QGroupBox(tr("Scoreboard"), page);
    m_scoreboard = new OemListEditor(m_document, OemListEditor::Kind::Scoreboard, scoreBox);
    (new QVBoxLayout(scoreBox))->addWidget(m_scoreboard);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(conditionsBox);
    layout->addWidget(termsBox);
    layout->addWidget(tiersBox);
    layout->addWidget(scoreBox);
    return page;
}

void OemDealsPanel::setPartner(Id id) {
    m_partner = id;
    // -1 matches no partner: a panel without a partner shows no deals rather than all of them.
    m_model->setPartnerFilter(id == 0 ? -1 : id);
    m_view->resizeColumnsToContents();
    m_add->setEnabled(id != 0);
    selectDeal(m_model->rowCount() > 0 ? m_model->dealIdAt(0) : 0);
}

void OemDealsPanel::selectDeal(Id id) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->dealIdAt(row) == id) {
            m_view->setCurrentIndex(
                m_model->index(row, OemDealModel::columnOf(OemDealField::Name)));
            setDeal(id);
            return;
        }
    }
    setDeal(0);
}

void OemDealsPanel::setDeal(Id id) {
    m_deal = id;
    m_formWidget->setEnabled(id != 0);
    m_remove->setEnabled(id != 0);
    m_tiers->setDeal(id);
    m_scoreboard->setDeal(id);
    refreshDeal();
}

void OemDealsPanel::refreshDeal() {
    m_form->refresh();
    const OemDeal *deal = m_document->portfolio()->find<OemDeal>(m_deal);
    if (!deal) {
        m_conditions->clear();
        m_exitRisk->clear();
        return;
    }
    const int met = deal->conditionsMet();
    if (met < 3) {
        m_conditions->setText(tr("%1 of 4 — fewer than three: likely a distraction").arg(met));
        m_conditions->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                        .arg(theme::warningColor(palette()).name()));
    } else {
        m_conditions->setText(tr("%1 of 4 — the OEM motion can be worth it").arg(met));
        m_conditions->setStyleSheet(QString());
    }
    m_exitRisk->setText(tr("Exit difficulty %1 of 4").arg(exitDifficulty(deal->structure)));
}

QString OemDealsPanel::conditionsText() const {
    return m_conditions->text();
}

void OemDealsPanel::addDeal() {
    const Partner *partner = m_document->portfolio()->find<Partner>(m_partner);
    if (!partner)
        return;
    OemDeal deal;
    deal.partnerId = m_partner;
    deal.name = tr("%1 OEM deal").arg(partner->name);
    const Id id = edit::addOemDeal(*m_document, deal);
    if (id != 0)
        selectDeal(id);
}

void OemDealsPanel::removeSelected() {
    if (m_deal != 0)
        edit::removeOemDeals(*m_document, {m_deal});
}

} // namespace ps
