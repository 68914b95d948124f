// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/royaltypanel.h"
#include "ui/theme/themepalette.h"

#include "ui/charts/qcp.h"
#include "ui/document/document.h"
#include "ui/economics/economicscharts.h"
#include "ui/economics/termsheeteditor.h"
#include "ui/undo/edits.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ps {

RoyaltyPanel::RoyaltyPanel(Document *document, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(title)
    , m_style(theme::economicsStyle(QApplication::palette()))
    , m_heading(new QLabel(title, this))
    , m_source(new QComboBox(this))
    , m_editor(new TermSheetEditor(this))
    , m_plot(new QCustomPlot(this))
    , m_banner(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_years(new QTableWidget(0, 7, this))
    , m_apply(new QPushButton(tr("&Apply to deal"), this))
    , m_reset(new QPushButton(tr("Reset"), this))
    , m_load(new QPushButton(tr("Load…"), this))
    , m_save(new QPushButton(tr("Save…"), this)) {
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_source->setAccessibleName(tr("%1: terms of deal").arg(title));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(16);
    m_plot->setAccessibleName(tr("%1: revenue, cost and margin per year").arg(title));
    m_plot->setMinimumHeight(160);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("%1: verdict at scale").arg(title));
    m_banner->setMargin(6);
    m_years->setHorizontalHeaderLabels({tr("Year"), tr("Units"), tr("Royalty"), tr("Revenue"),
                                        tr("Cost"), tr("Margin"), tr("Margin per unit")});
    m_years->setAccessibleName(tr("%1: royalty by year").arg(title));
    m_years->verticalHeader()->hide();
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->setTabKeyNavigation(false);
    // Every header whole ("Margin per unit" was cut); the last column takes what is left.
    m_years->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_years->horizontalHeader()->setStretchLastSection(true);
    m_years->installEventFilter(this);
    // Compact rows, so every year fits above the term sheet at 1366x768.
    m_years->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_years->verticalHeader()->setDefaultSectionSize(m_years->fontMetrics().height() + 8);
    // Every year in sight (the year the terms break is often the last): the table is as tall
    // as its rows (fillYearTable()) and the chart gives way.
    m_years->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_apply->setToolTip(tr("Write these terms to the deal (one undo step)"));
    m_reset->setToolTip(tr("Go back to the deal's own terms"));
    m_load->setToolTip(tr("Load a term sheet from a JSON file"));
    m_save->setToolTip(tr("Save this term sheet as a JSON file"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_source, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_apply, m_reset, m_load, m_save})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_banner);
    resultsLayout->addWidget(m_plot, 3);
    resultsLayout->addWidget(m_totals);
    resultsLayout->addWidget(m_years);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(results);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_editor, &TermSheetEditor::termsChanged, this, &RoyaltyPanel::simulate);
    connect(m_source, &QComboBox::activated, this,
            [this](int index) { setSourceDeal(m_source->itemData(index).toLongLong()); });
    connect(m_apply, &QPushButton::clicked, this, &RoyaltyPanel::applyToDeal);
    connect(m_reset, &QPushButton::clicked, this, &RoyaltyPanel::resetToDeal);
    connect(m_load, &QPushButton::clicked, this, &RoyaltyPanel::promptLoad);
    connect(m_save, &QPushButton::clicked, this, &RoyaltyPanel::promptSave);

    Portfolio *portfolio = document->portfolio();
    const auto dealsChanged = [this](EntityKind kind) {
        if (kind == EntityKind::OemDeal || kind == EntityKind::Partner)
            fillSources();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, dealsChanged);
    connect(portfolio, &Portfolio::rowsRemoved, this, dealsChanged);
    connect(portfolio, &Portfolio::reset, this, [this] {
        fillSources();
        setSourceDeal(m_document->portfolio()->find<OemDeal>(m_deal) ? m_deal : 0);
    });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id id) {
        if (kind == EntityKind::Partner || kind == EntityKind::OemDeal)
            fillSources();
        // The deal changed under us (an edit elsewhere, undo of Apply): follow it unless the
        // user has edits of their own here.
        if (kind == EntityKind::OemDeal && id == m_deal && m_editor->terms() == m_loaded)
            resetToDeal();
        updateButtons();
    });
    fillSources();
    simulate();
}

void RoyaltyPanel::fillSources() {
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_source->addItem(tr("(no deal)"), qint64(0));
    const Portfolio &portfolio = *m_document->portfolio();
    for (const OemDeal &deal : portfolio.oemDeals()) {
        const Partner *partner = portfolio.find<Partner>(deal.partnerId);
        m_source->addItem(partner ? tr("%1 — %2").arg(partner->name, deal.name) : deal.name,
                          qint64(deal.id));
    }
    const int index = m_source->findData(qint64(m_deal));
    if (index < 0 && m_deal != 0) {
        m_deal = 0; // the deal was deleted; the terms stay for comparison
        m_source->setCurrentIndex(0);
    } else {
        m_source->setCurrentIndex(std::max(0, index));
    }
    updateButtons();
}

void RoyaltyPanel::setSourceDeal(Id deal) {
    m_deal = m_document->portfolio()->find<OemDeal>(deal) ? deal : 0;
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(std::max(0, m_source->findData(qint64(m_deal))));
    resetToDeal();
}

RoyaltyTerms RoyaltyPanel::terms() const {
    return m_editor->terms();
}

void RoyaltyPanel::setTerms(const RoyaltyTerms &terms) {
    m_editor->setTerms(terms);
}

bool RoyaltyPanel::isEdited() const {
    const OemDeal *deal = m_document->portfolio()->find<OemDeal>(m_deal);
    return deal && !(termsOf(*deal) == m_editor->terms());
}

void RoyaltyPanel::resetToDeal() {
    if (const OemDeal *deal = m_document->portfolio()->find<OemDeal>(m_deal)) {
        m_loaded = termsOf(*deal);
        m_editor->setTerms(m_loaded);
    }
    updateButtons();
}

bool RoyaltyPanel::applyToDeal() {
    const OemDeal *current = m_document->portfolio()->find<OemDeal>(m_deal);
    if (!current || !m_editor->problems().isEmpty())
        return false;
    OemDeal deal = *current;
    applyTerms(deal, m_editor->terms());
    const bool applied = edit::replaceOemDeal(*m_document, deal);
    if (applied) // the deal now holds these terms: follow it again (through undo, too)
        m_loaded = termsOf(*m_document->portfolio()->find<OemDeal>(m_deal));
    updateButtons();
    return applied;
}

bool RoyaltyPanel::loadFrom(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    QString why;
    const std::optional<RoyaltyTerms> terms = parseRoyaltyTerms(file.readAll(), &why);
    if (!terms) {
        *error = tr("\"%1\" is not a usable term sheet: %2").arg(path, why);
        return false;
    }
    m_editor->setTerms(*terms);
    return true;
}

bool RoyaltyPanel::saveTo(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(royaltyTermsToJson(terms())) < 0 ||
        !file.commit()) {
        *error = tr("Could not write \"%1\": %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RoyaltyPanel::promptLoad() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Term Sheet"), QString(),
                                                      tr("Term sheets (*.json)"));
    QString error;
    if (!path.isEmpty() && !loadFrom(path, &error))
        QMessageBox::warning(this, tr("Load Term Sheet"), error);
}

void RoyaltyPanel::promptSave() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Term Sheet"), QString(),
                                                tr("Term sheets (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Term Sheet"), error);
}

void RoyaltyPanel::simulate() {
    const QStringList problems = m_editor->problems();
    m_result = problems.isEmpty() ? simulateRoyalty(m_editor->terms()) : RoyaltyResult();
    economics::plotRoyalty(m_plot, m_editor->terms(), m_result, m_title, m_style);
    showBanner();
    fillYearTable();
    updateButtons();
}

void RoyaltyPanel::showBanner() {
    const QLocale locale;
    const QStringList problems = m_editor->problems();
    QString text;
    QColor colour;
    if (!problems.isEmpty()) {
        text = tr("These terms cannot be simulated: %1").arg(problems.join(QLatin1Char(' ')));
        colour = QColor(0xB0, 0x3A, 0x00);
    } else if (m_result.years.empty()) {
        text = tr("Enter the units per year to see the royalty over time.");
    } else {
        const RoyaltyYear &scale = m_result.years[size_t(m_result.scaleYear - 1)];
        const double required = m_editor->terms().minMarginPerUnit.value_or(0.0);
        if (m_result.breaksAtScale) {
            text = tr("Breaks at scale: in year %1 (%2 units) the margin per unit is %3, at or "
                      "below the %4 these terms must keep. Priced for the pilot, not for scale.")
                       .arg(scale.year)
                       .arg(locale.toString(scale.units, 'f', 0),
                            locale.toString(scale.marginPerUnit, 'f', 2),
                            locale.toString(required, 'f', 2));
            colour = QColor(0xB0, 0x3A, 0x00);
        } else {
            text = tr("Holds at scale: in year %1 (%2 units) the margin per unit is %3, above "
                      "the %4 these terms must keep.")
                       .arg(scale.year)
                       .arg(locale.toString(scale.units, 'f', 0),
                            locale.toString(scale.marginPerUnit, 'f', 2),
                            locale.toString(required, 'f', 2));
            colour = QColor(0x00, 0x6B, 0x4F);
        }
    }
    m_banner->setText(text);
    m_banner->setProperty("breaksAtScale", m_result.breaksAtScale);
    m_banner->setStyleSheet(
        colour.isValid()
            ? QStringLiteral("QLabel { color: white; background: %1; font-weight: bold; }")
                  .arg(colour.name())
            : QString());
    m_totals->setText(m_result.years.empty()
                          ? QString()
                          : tr("Total revenue %1, total margin %2 over %n year(s).", nullptr,
                               int(m_result.years.size()))
                                .arg(locale.toString(m_result.totalRevenue, 'f', 0),
                                     locale.toString(m_result.totalMargin, 'f', 0)));
}

void RoyaltyPanel::fillYearTable() {
    const QLocale locale;
    m_years->setRowCount(int(m_result.years.size()));
    for (int row = 0; row < int(m_result.years.size()); ++row) {
        const RoyaltyYear &y = m_result.years[size_t(row)];
        const double values[] = {double(y.year), y.units,  y.royalty,      y.revenue,
                                 y.cost,         y.margin, y.marginPerUnit};
        for (int column = 0; column < 7; ++column) {
            auto *item =
                new QTableWidgetItem(locale.toString(values[column], 'f', column == 6 ? 2 : 0));
            item->setData(Qt::UserRole, values[column]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column >= 5 && values[column] < 0)
                item->setForeground(QColor(0xB0, 0x3A, 0x00));
            m_years->setItem(row, column, item);
        }
    }
    fitYearTable();
}

void RoyaltyPanel::fitYearTable() {
    // Up to twelve years in full; longer terms scroll. The rows' and header's heights are known
    // once the table is polished, so this runs again when it is shown.
    int rows = 0;
    for (int row = 0; row < std::min(m_years->rowCount(), 12); ++row)
        rows += m_years->rowHeight(row);
    const int header = std::max(m_years->horizontalHeader()->sizeHint().height(),
                                m_years->horizontalHeader()->height());
    m_years->setFixedHeight(header + rows + 2 * m_years->frameWidth() + 2);
}

bool RoyaltyPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_years &&
        (event->type() == QEvent::Show || event->type() == QEvent::Polish ||
         event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fitYearTable();
    return QWidget::eventFilter(watched, event);
}

void RoyaltyPanel::updateButtons() {
    const bool edited = isEdited();
    m_apply->setEnabled(edited && m_editor->problems().isEmpty());
    m_reset->setEnabled(edited);
    m_heading->setText(edited ? tr("%1 (edited)").arg(m_title) : m_title);
}

} // namespace ps
