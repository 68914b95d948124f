// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/portfolio/portfoliopage.h"

#include "ui/document/document.h"
#include "ui/editors/fieldform.h"
#include "ui/undo/edits.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {

PortfolioPage::PortfolioPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_counts(new QLabel(this)) {
    Portfolio *portfolio = document->portfolio();
    m_form =
        new FieldForm([portfolio](int f) { return fieldValue(portfolio->info(), InfoField(f)); },
                      [document](int f, const QVariant &v, edit::Merge merge) {
                          return edit::setInfoField(*document, InfoField(f), v, merge);
                      },
                      this);

    auto *name = new QLineEdit(this);
    name->setPlaceholderText(tr("For example: EMEA partner plan"));
    auto *organization = new QLineEdit(this);
    auto *currency = new QLineEdit(this);
    currency->setMaxLength(3);
    currency->setMaximumWidth(currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMMM")) +
                              16);
    currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), currency));
    currency->setToolTip(tr("ISO 4217 code, for example EUR or USD"));
    auto *fiscalYear = new QSpinBox(this);
    fiscalYear->setRange(1899, 9999);
    fiscalYear->setSpecialValueText(tr("Not set"));
    fiscalYear->setMaximumWidth(fiscalYear->sizeHint().width() + 24);
    auto *notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);

    name->setAccessibleName(tr("Portfolio name"));
    organization->setAccessibleName(tr("Organization"));
    currency->setAccessibleName(tr("Currency"));
    fiscalYear->setAccessibleName(tr("Fiscal year"));
    notes->setAccessibleName(tr("Portfolio notes"));

    m_form->bindText(name, int(InfoField::Name));
    m_form->bindText(organization, int(InfoField::Organization));
    m_form->bindText(currency, int(InfoField::Currency));
    m_form->bindNotes(notes, int(InfoField::Notes));
    // The spin box minimum (1899) stands for "not set", which the file stores as 0.
    connect(fiscalYear, &QSpinBox::valueChanged, this, [document, fiscalYear](int year) {
        edit::setInfoField(*document, InfoField::FiscalYear,
                           year == fiscalYear->minimum() ? 0 : year, edit::Merge::Continuous);
    });
    fiscalYear->setKeyboardTracking(false);

    auto *details = new QGroupBox(tr("Portfolio"), this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Organization:"), organization);
    form->addRow(tr("&Currency:"), currency);
    form->addRow(tr("&Fiscal year:"), fiscalYear);
    form->addRow(tr("No&tes:"), notes);

    auto *summary = new QGroupBox(tr("At a glance"), this);
    auto *summaryLayout = new QVBoxLayout(summary);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLayout->addWidget(m_counts);

    auto *side = new QVBoxLayout;
    side->addWidget(summary);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(details, 3);
    layout->addLayout(side, 2);

    auto reloadYear = [portfolio, fiscalYear] {
        const QSignalBlocker blocker(fiscalYear);
        const int year = portfolio->info().fiscalYear;
        fiscalYear->setValue(year == 0 ? fiscalYear->minimum() : year);
    };
    connect(portfolio, &Portfolio::infoChanged, this, reloadYear);
    connect(portfolio, &Portfolio::reset, this, reloadYear);
    connect(portfolio, &Portfolio::infoChanged, m_form, &FieldForm::refresh);
    connect(portfolio, &Portfolio::reset, this, &PortfolioPage::refresh);
    connect(portfolio, &Portfolio::rowsInserted, this, &PortfolioPage::updateCounts);
    connect(portfolio, &Portfolio::rowsRemoved, this, &PortfolioPage::updateCounts);
    connect(portfolio, &Portfolio::entityChanged, this, &PortfolioPage::updateCounts);
    reloadYear();
    refresh();
}

void PortfolioPage::refresh() {
    m_form->refresh();
    updateCounts();
}

void PortfolioPage::updateCounts() {
    const Portfolio *p = m_document->portfolio();
    const auto &partners = p->partners();
    const auto active = std::count_if(partners.begin(), partners.end(), [](const Partner &x) {
        return x.status == PartnerStatus::Active;
    });
    const auto unclassified =
        std::count_if(partners.begin(), partners.end(), [](const Partner &x) { return !x.model; });
    const auto openCommercial =
        std::count_if(partners.begin(), partners.end(), [](const Partner &x) {
            return x.status == PartnerStatus::Active && x.commercialModel.gapCount() > 0;
        });
    const QString row =
        QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;<b>%2</b></td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Ideal customer profiles")).arg(p->icps().size());
    html += row.arg(tr("Partners")).arg(partners.size());
    html += row.arg(tr("Active partners")).arg(active);
    html += row.arg(tr("Partners that need a model")).arg(unclassified);
    html += row.arg(tr("Active partners with open commercial items")).arg(openCommercial);
    html += row.arg(tr("Influence links")).arg(p->links().size());
    html += row.arg(tr("OEM deals")).arg(p->oemDeals().size());
    html += QStringLiteral("</table>");
    m_counts->setText(html);
}

} // namespace ps
