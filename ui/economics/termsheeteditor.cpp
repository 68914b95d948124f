// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/termsheeteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ps {
namespace {

/// "1000; 5000 20000" (locale or C numbers) into units per year; false on a bad item.
bool parseVolumes(const QString &text, std::vector<double> &out, QString *bad) {
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    out.clear();
    const QLocale locale;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        double value = locale.toDouble(part, &ok);
        if (!ok)
            value = QLocale::c().toDouble(part, &ok);
        if (!ok || !std::isfinite(value)) {
            *bad = part;
            return false;
        }
        out.push_back(value);
    }
    return true;
}

QString volumesText(const std::vector<double> &volumes) {
    const QLocale locale;
    QStringList parts;
    for (double v : volumes)
        parts
            << locale.toString(v, 'f', v == std::floor(v) ? 0 : 2).remove(locale.groupSeparator());
    return parts.join(QStringLiteral("; "));
}

} // namespace

TermSheetEditor::TermSheetEditor(QWidget *parent)
    : QWidget(parent)
    , m_baseRate(moneySpin(1e9))
    , m_mode(new QComboBox(this))
    , m_escalator(new QDoubleSpinBox(this))
    , m_floor(moneySpin(1e12))
    , m_setupFee(moneySpin(1e12))
    , m_cost(moneySpin(1e9))
    , m_requireMargin(new QCheckBox(tr("Require at least"), this))
    , m_minMargin(moneySpin(1e9))
    , m_volumes(new QLineEdit(this))
    , m_tiers(new QTableWidget(0, 2, this))
    , m_addTier(new QPushButton(tr("Add tier"), this))
    , m_removeTier(new QPushButton(tr("Remove tier"), this)) {
    m_mode->addItem(tr("Marginal: each band at its own rate"), toKey(RoyaltyTierMode::Marginal));
    m_mode->addItem(tr("All units at the highest tier reached"), toKey(RoyaltyTierMode::AllUnits));
    m_escalator->setRange(-100, 1000);
    m_escalator->setSuffix(tr(" %"));
    m_escalator->setDecimals(1);
    m_volumes->setPlaceholderText(tr("Units per year, e.g. 2000; 15000; 60000"));
    m_minMargin->setMinimum(-1e9);
    m_tiers->setHorizontalHeaderLabels({tr("From units"), tr("Royalty per unit")});
    m_tiers->verticalHeader()->hide();
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->setTabKeyNavigation(false);
    m_tiers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tiers->setMinimumHeight(m_tiers->fontMetrics().lineSpacing() * 6);

    const struct {
        QWidget *widget;
        const char *name;
    } named[] = {{m_baseRate, QT_TR_NOOP("Base royalty per unit")},
                 {m_mode, QT_TR_NOOP("Tier mode")},
                 {m_escalator, QT_TR_NOOP("Annual escalator")},
                 {m_floor, QT_TR_NOOP("Minimum annual royalty")},
                 {m_setupFee, QT_TR_NOOP("Setup fee")},
                 {m_cost, QT_TR_NOOP("Cost per unit")},
                 {m_minMargin, QT_TR_NOOP("Minimum margin per unit")},
                 {m_volumes, QT_TR_NOOP("Units per year")},
                 {m_tiers, QT_TR_NOOP("Volume tiers")}};
    for (const auto &n : named)
        n.widget->setAccessibleName(tr(n.name));
    m_requireMargin->setAccessibleName(tr("Require a minimum margin per unit"));

    auto *margin = new QHBoxLayout;
    margin->addWidget(m_requireMargin);
    margin->addWidget(m_minMargin, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Units per &year:"), m_volumes);
    form->addRow(tr("&Base royalty per unit:"), m_baseRate);
    form->addRow(tr("Tier &mode:"), m_mode);
    form->addRow(tr("Annual &escalator:"), m_escalator);
    form->addRow(tr("Minimum annual &royalty:"), m_floor);
    form->addRow(tr("Setup &fee:"), m_setupFee);
    form->addRow(tr("&Cost per unit:"), m_cost);
    form->addRow(tr("Margin per unit:"), margin);

    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tiers, 1);
    layout->addLayout(tierButtons);

    for (QDoubleSpinBox *spin : {m_baseRate, m_escalator, m_floor, m_setupFee, m_cost, m_minMargin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TermSheetEditor::readBack);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TermSheetEditor::readBack);
    connect(m_requireMargin, &QCheckBox::toggled, this, [this](bool on) {
        m_minMargin->setEnabled(on);
        readBack();
    });
    connect(m_volumes, &QLineEdit::textEdited, this, &TermSheetEditor::readBack);
    connect(m_tiers, &QTableWidget::itemChanged, this, &TermSheetEditor::readBack);
    connect(m_addTier, &QPushButton::clicked, this, &TermSheetEditor::addTier);
    connect(m_removeTier, &QPushButton::clicked, this, &TermSheetEditor::removeTier);
    load();
}

QDoubleSpinBox *TermSheetEditor::moneySpin(double max) {
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(0, max);
    spin->setDecimals(2);
    spin->setGroupSeparatorShown(true);
    return spin;
}

void TermSheetEditor::setTerms(const RoyaltyTerms &terms) {
    m_terms = terms;
    m_volumeError.clear();
    load();
    Q_EMIT termsChanged();
}

void TermSheetEditor::load() {
    m_loading = true;
    m_baseRate->setValue(m_terms.baseRate);
    m_mode->setCurrentIndex(m_terms.tierMode == RoyaltyTierMode::AllUnits ? 1 : 0);
    m_escalator->setValue(m_terms.escalatorPct);
    m_floor->setValue(m_terms.minAnnual);
    m_setupFee->setValue(m_terms.setupFee);
    m_cost->setValue(m_terms.costPerUnit);
    m_requireMargin->setChecked(m_terms.minMarginPerUnit.has_value());
    m_minMargin->setEnabled(m_terms.minMarginPerUnit.has_value());
    m_minMargin->setValue(m_terms.minMarginPerUnit.value_or(0.0));
    m_volumes->setText(volumesText(m_terms.volumes));
    m_tiers->setRowCount(int(m_terms.tiers.size()));
    for (int row = 0; row < int(m_terms.tiers.size()); ++row) {
        const RoyaltyTier &tier = m_terms.tiers[size_t(row)];
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::EditRole,
                          column == 0 ? QVariant(tier.fromUnits) : QVariant(tier.perUnit));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_tiers->setItem(row, column, item);
        }
    }
    m_removeTier->setEnabled(!m_terms.tiers.empty());
    m_loading = false;
}

void TermSheetEditor::readBack() {
    if (m_loading)
        return;
    RoyaltyTerms t = m_terms;
    t.baseRate = m_baseRate->value();
    t.tierMode =
        m_mode->currentIndex() == 1 ? RoyaltyTierMode::AllUnits : RoyaltyTierMode::Marginal;
    t.escalatorPct = m_escalator->value();
    t.minAnnual = m_floor->value();
    t.setupFee = m_setupFee->value();
    t.costPerUnit = m_cost->value();
    t.minMarginPerUnit =
        m_requireMargin->isChecked() ? std::optional<double>(m_minMargin->value()) : std::nullopt;
    QString bad;
    m_volumeError.clear();
    if (!parseVolumes(m_volumes->text(), t.volumes, &bad)) {
        m_volumeError = tr("\"%1\" in the units per year is not a number.").arg(bad);
        t.volumes = m_terms.volumes;
    }
    t.tiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        const QTableWidgetItem *from = m_tiers->item(row, 0);
        const QTableWidgetItem *rate = m_tiers->item(row, 1);
        t.tiers.push_back({from ? from->data(Qt::EditRole).toInt() : 0,
                           rate ? rate->data(Qt::EditRole).toDouble() : 0.0});
    }
    m_removeTier->setEnabled(!t.tiers.empty());
    m_terms = t;
    Q_EMIT termsChanged();
}

QStringList TermSheetEditor::problems() const {
    QStringList list = validateTerms(m_terms);
    if (!m_volumeError.isEmpty())
        list.prepend(m_volumeError);
    return list;
}

void TermSheetEditor::addTier() {
    // A new tier starts above the last one, at its rate: an edit away from sensible.
    RoyaltyTier tier{1000, m_terms.baseRate};
    if (!m_terms.tiers.empty()) {
        tier.fromUnits = m_terms.tiers.back().fromUnits * 2 + 1000;
        tier.perUnit = m_terms.tiers.back().perUnit;
    }
    m_terms.tiers.push_back(tier);
    load();
    m_tiers->setCurrentCell(m_tiers->rowCount() - 1, 0);
    Q_EMIT termsChanged();
}

void TermSheetEditor::removeTier() {
    const int row = m_tiers->currentRow();
    if (row < 0 || row >= int(m_terms.tiers.size()))
        return;
    m_terms.tiers.erase(m_terms.tiers.begin() + row);
    load();
    Q_EMIT termsChanged();
}

} // namespace ps
