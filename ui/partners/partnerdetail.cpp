// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/partners/partnerdetail.h"
#include "ui/theme/themepalette.h"

#include "ui/document/document.h"
#include "ui/economics/oemdealspanel.h"
#include "ui/editors/fieldform.h"
#include "ui/partners/linkspanel.h"
#include "ui/partners/partnerimpactpanel.h"
#include "ui/scoring/scoreexplanation.h"
#include "ui/undo/edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ps {
namespace {

QWidget *scrollable(QWidget *content, QWidget *parent) {
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void addRow(QFormLayout *form, QWidget *widget, PartnerField field) {
    widget->setAccessibleName(fieldTitle(field));
    form->addRow(QCoreApplication::translate("ps::PartnerDetail", "%1:").arg(fieldTitle(field)),
                 widget);
}

QDateEdit *dateEdit(QWidget *parent) {
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QCoreApplication::translate("ps::PartnerDetail", "Not set"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

PartnerDetail::PartnerDetail(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_links(new LinksPanel(document, LinkTableModel::Side::OfPartner, this))
    , m_oemDeals(new OemDealsPanel(document, this))
    , m_impact(new PartnerImpactPanel(document, this)) {
    Portfolio *portfolio = document->portfolio();
    m_form = new FieldForm(
        [this, portfolio](int f) {
            const Partner *p = portfolio->find<Partner>(m_partner);
            return p ? fieldValue(*p, PartnerField(f)) : QVariant();
        },
        [this, document](int f, const QVariant &v, edit::Merge merge) {
            return m_partner != 0 &&
                   edit::setPartnerField(*document, m_partner, PartnerField(f), v, merge);
        },
        this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_tabs->addTab(scrollable(createGeneralTab(), m_tabs), tr("&General"));
    m_tabs->addTab(scrollable(createRatingsTab(), m_tabs), tr("&Ratings && economics"));
    m_tabs->addTab(m_links, tr("&Influence"));
    m_tabs->addTab(scrollable(createCommercialTab(), m_tabs), tr("&Commercial && decision"));
    m_tabs->addTab(m_oemDeals, tr("O&EM deals"));
    m_tabs->addTab(m_impact, tr("Im&pact"));
    m_tabs->setAccessibleName(tr("Partner details"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id id) {
        if (kind != EntityKind::Partner)
            return;
        m_upstreamDirty = true;
        if (id == m_partner)
            refresh();
    });
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind kind) {
        m_upstreamDirty = m_upstreamDirty || kind == EntityKind::Partner;
    });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this, portfolio](EntityKind kind) {
        if (kind != EntityKind::Partner)
            return;
        m_upstreamDirty = true;
        if (!portfolio->find<Partner>(m_partner))
            setPartner(0);
        else
            refresh();
    });
    // Before the models reset, so that the page can pick the new current partner after.
    connect(portfolio, &Portfolio::aboutToReset, this, [this] {
        m_upstreamDirty = true;
        setPartner(0);
    });
    connect(portfolio, &Portfolio::infoChanged, this, &PartnerDetail::updateCurrency);
    connect(portfolio, &Portfolio::reset, this, &PartnerDetail::updateCurrency);
    updateCurrency();
    setPartner(0);
}

QWidget *PartnerDetail::createGeneralTab() {
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    // A field with no room beside its label goes below it: the panel is narrow beside the
    // partner table on a 1366 px screen (German labels are long).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *name = new QLineEdit(page);
    auto *website = new QLineEdit(page);
    website->setPlaceholderText(tr("example.com"));
    auto *model = new QComboBox(page);
    QStringList modelLabels{tr("Needs classification")};
    QStringList modelKeys{QString()};
    modelLabels << enumLabels<PartnerModel>();
    modelKeys << enumKeys<PartnerModel>();
    fillChoiceCombo(model, modelLabels, modelKeys);
    // Beside its label in a narrow panel; the longest model's name is cut in the closed list.
    model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    model->setMinimumContentsLength(16);
    auto *status = new QComboBox(page);
    fillChoiceCombo(status, enumLabels<PartnerStatus>(), enumKeys<PartnerStatus>());
    auto *tier = new QComboBox(page);
    fillChoiceCombo(tier, enumLabels<PartnerTier>(), enumKeys<PartnerTier>());
    auto *regions = new QLineEdit(page);
    regions->setPlaceholderText(tr("Separate with ; or ,"));
    auto *industries = new QLineEdit(page);
    industries->setPlaceholderText(tr("Separate with ; or ,"));
    m_upstream = new QComboBox(page);
    m_upstream->setToolTip(tr("The distributor this partner buys through (layered channel)"));
    m_upstream->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_upstream->setMinimumContentsLength(16);
    auto *enrolled = dateEdit(page);
    auto *firstCommercial = dateEdit(page);
    auto *notes = new QPlainTextEdit(page);
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(notes->fontMetrics().lineSpacing() * 4);

    addRow(form, name, PartnerField::Name);
    addRow(form, website, PartnerField::Website);
    addRow(form, model, PartnerField::Model);
    addRow(form, status, PartnerField::Status);
    addRow(form, tier, PartnerField::Tier);
    addRow(form, regions, PartnerField::Regions);
    addRow(form, industries, PartnerField::Industries);
    addRow(form, m_upstream, PartnerField::Upstream);
    addRow(form, enrolled, PartnerField::EnrolledOn);
    addRow(form, firstCommercial, PartnerField::FirstCommercialOn);
    addRow(form, notes, PartnerField::Notes);

    m_form->bindText(name, int(PartnerField::Name));
    m_form->bindText(website, int(PartnerField::Website));
    m_form->bindChoice(model, int(PartnerField::Model));
    m_form->bindChoice(status, int(PartnerField::Status));
    m_form->bindChoice(tier, int(PartnerField::Tier));
    m_form->bindList(regions, int(PartnerField::Regions));
    m_form->bindList(industries, int(PartnerField::Industries));
    m_form->bindChoice(m_upstream, int(PartnerField::Upstream));
    m_form->bindDate(enrolled, int(PartnerField::EnrolledOn));
    m_form->bindDate(firstCommercial, int(PartnerField::FirstCommercialOn));
    m_form->bindNotes(notes, int(PartnerField::Notes));
    return page;
}

QDoubleSpinBox *PartnerDetail::moneySpin(QWidget *parent) {
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1e13);
    spin->setDecimals(0);
    spin->setSingleStep(1000);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    m_moneySpins << spin;
    return spin;
}

QWidget *PartnerDetail::createRatingsTab() {
    auto *page = new QWidget;
    auto *ratingsBox = new QGroupBox(tr("Ratings (1 = low, 5 = high)"), page);
    auto *ratings = new QFormLayout(ratingsBox);
    ratings->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (PartnerField f :
         {PartnerField::MarketReach, PartnerField::StrategicFit, PartnerField::Capability,
          PartnerField::Commitment, PartnerField::CostToServe}) {
        auto *spin = new QSpinBox(ratingsBox);
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("Not rated"));
        if (f == PartnerField::CostToServe)
            spin->setToolTip(tr("1 = cheap to serve, 5 = expensive; scored inversely"));
        addRow(ratings, spin, f);
        m_form->bindCount(spin, int(f), true);
    }
    auto *certifications = new QSpinBox(ratingsBox);
    certifications->setRange(0, 100000);
    addRow(ratings, certifications, PartnerField::Certifications);
    m_form->bindCount(certifications, int(PartnerField::Certifications));

    auto *economicsBox = new QGroupBox(tr("Economics"), page);
    auto *economics = new QFormLayout(economicsBox);
    economics->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (PartnerField f :
         {PartnerField::SourcedRevenue, PartnerField::InfluencedRevenue, PartnerField::Pipeline}) {
        auto *spin = moneySpin(economicsBox);
        addRow(economics, spin, f);
        m_form->bindAmount(spin, int(f));
    }
    for (PartnerField f : {PartnerField::DealsWon, PartnerField::DealsLost}) {
        auto *spin = new QSpinBox(economicsBox);
        spin->setRange(0, std::numeric_limits<int>::max());
        addRow(economics, spin, f);
        m_form->bindCount(spin, int(f));
    }
    m_winRate = new QLabel(economicsBox);
    economics->addRow(tr("Win rate:"), m_winRate);

    auto *investBox = new QGroupBox(tr("Program investment"), page);
    auto *invest = new QFormLayout(investBox);
    invest->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (PartnerField f : {PartnerField::InvestMdf, PartnerField::InvestEnablement,
                           PartnerField::InvestIncentives, PartnerField::InvestTechnical}) {
        auto *spin = moneySpin(investBox);
        addRow(invest, spin, f);
        m_form->bindAmount(spin, int(f));
    }
    m_investmentTotal = new QLabel(investBox);
    invest->addRow(tr("Total:"), m_investmentTotal);
    auto *contractMinimum = moneySpin(investBox);
    addRow(invest, contractMinimum, PartnerField::ContractMinimum);
    m_form->bindAmount(contractMinimum, int(PartnerField::ContractMinimum));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(ratingsBox);
    layout->addWidget(economicsBox);
    layout->addWidget(investBox);
    layout->addStretch();
    return page;
}

QComboBox *PartnerDetail::ownerCombo(QWidget *parent) {
    auto *combo = new QComboBox(parent);
    fillChoiceCombo(combo, enumLabels<Owner>(), enumKeys<Owner>());
    m_ownerCombos << combo;
    return combo;
}

QWidget *PartnerDetail::createCommercialTab() {
    auto *page = new QWidget;
    auto *modelBox = new QGroupBox(tr("Joint commercial model"), page);
    auto *model = new QFormLayout(modelBox);
    auto *pricing = new QCheckBox(tr("Pricing agreed with the partner"), modelBox);
    pricing->setAccessibleName(fieldTitle(PartnerField::PricingAgreed));
    model->addRow(pricing);
    m_form->bindFlag(pricing, int(PartnerField::PricingAgreed));
    for (PartnerField f :
         {PartnerField::SupportOwner, PartnerField::SuccessOwner, PartnerField::RenewalOwner}) {
        auto *combo = ownerCombo(modelBox);
        addRow(model, combo, f);
        m_form->bindChoice(combo, int(f));
    }
    m_commercialGaps = new QLabel(modelBox);
    m_commercialGaps->setWordWrap(true);
    model->addRow(m_commercialGaps);

    auto *decisionBox = new QGroupBox(tr("Decision"), page);
    auto *decisionForm = new QFormLayout(decisionBox);
    auto *decision = new QComboBox(decisionBox);
    fillChoiceCombo(decision, enumLabels<Decision>(), enumKeys<Decision>());
    auto *owner = new QLineEdit(decisionBox);
    owner->setPlaceholderText(tr("Who drives it"));
    auto *nextStep = new QLineEdit(decisionBox);
    addRow(decisionForm, decision, PartnerField::Decision);
    addRow(decisionForm, owner, PartnerField::DecisionOwner);
    addRow(decisionForm, nextStep, PartnerField::NextStep);
    m_form->bindChoice(decision, int(PartnerField::Decision));
    m_form->bindText(owner, int(PartnerField::DecisionOwner));
    m_form->bindText(nextStep, int(PartnerField::NextStep));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(modelBox);
    layout->addWidget(decisionBox);
    layout->addStretch();
    return page;
}

void PartnerDetail::setScoring(ScoringController *scoring) {
    if (m_score || !scoring)
        return;
    m_score = new ScoreExplanation(scoring, m_tabs);
    m_tabs->addTab(m_score, tr("&Score"));
    m_score->setPartner(m_partner);
    m_score->setEnabled(m_partner != 0);
}

void PartnerDetail::setPartner(Id id) {
    m_partner = id;
    m_links->setOwner(id);
    m_oemDeals->setPartner(id);
    m_impact->setPartner(id);
    if (m_score)
        m_score->setPartner(id);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setEnabled(id != 0);
    refresh();
}

void PartnerDetail::refresh() {
    if (m_upstreamDirty)
        rebuildUpstreamChoices();
    m_form->refresh();
    const Partner *p = m_document->portfolio()->find<Partner>(m_partner);
    m_title->setText(p ? p->name : tr("No partner selected"));
    updateDerived();
}

void PartnerDetail::rebuildUpstreamChoices() {
    m_upstreamDirty = false;
    const QSignalBlocker blocker(m_upstream);
    m_upstream->clear();
    m_upstream->addItem(tr("None (buys direct)"), Id(0));
    std::vector<const Partner *> partners;
    for (const Partner &p : m_document->portfolio()->partners())
        partners.push_back(&p);
    // Distributors first: they are who resellers buy through.
    std::stable_sort(partners.begin(), partners.end(), [](const Partner *a, const Partner *b) {
        const bool da = a->model == PartnerModel::Distributor;
        const bool db = b->model == PartnerModel::Distributor;
        if (da != db)
            return da;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const Partner *p : partners)
        m_upstream->addItem(p->name, p->id);
}

void PartnerDetail::updateCurrency() {
    const QString prefix = m_document->portfolio()->info().currency + QLatin1Char(' ');
    for (QDoubleSpinBox *spin : std::as_const(m_moneySpins))
        spin->setPrefix(prefix);
}

void PartnerDetail::updateDerived() {
    const Partner *p = m_document->portfolio()->find<Partner>(m_partner);
    if (!p) {
        m_investmentTotal->clear();
        m_winRate->clear();
        m_commercialGaps->clear();
        return;
    }
    const QLocale locale;
    m_investmentTotal->setText(
        QStringLiteral("%1 %2").arg(m_document->portfolio()->info().currency,
                                    locale.toString(p->economics.investment.total(), 'f', 0)));
    const int decided = p->economics.dealsWon + p->economics.dealsLost;
    m_winRate->setText(decided == 0 ? tr("No closed deals yet")
                                    : tr("%1 %").arg(locale.toString(
                                          100.0 * p->economics.dealsWon / decided, 'f', 0)));

    // Open items of the joint commercial model are flagged (seed 001, failure 1).
    const QColor warning = theme::warningColor(palette());
    const JointCommercialModel &cm = p->commercialModel;
    const Owner owners[] = {cm.support, cm.customerSuccess, cm.renewal};
    for (int i = 0; i < m_ownerCombos.size(); ++i) {
        m_ownerCombos[i]->setStyleSheet(
            owners[i] == Owner::Undefined
                ? QStringLiteral("QComboBox { color: %1; font-weight: bold; }").arg(warning.name())
                : QString());
    }
    const int gaps = cm.gapCount();
    m_commercialGaps->setStyleSheet(
        gaps > 0 ? QStringLiteral("color: %1; font-weight: bold;").arg(warning.name()) : QString());
    m_commercialGaps->setText(
        gaps == 0 ? tr("The joint commercial model is complete.")
                  : tr("Open items in the joint commercial model: %1 of 4. Agree them before "
                       "co-selling starts.")
                        .arg(gaps));
}

} // namespace ps
