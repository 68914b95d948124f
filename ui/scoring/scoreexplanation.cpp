// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/scoreexplanation.h"

#include "ui/document/scoringcontroller.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ps {
namespace {

QTableWidgetItem *cell(const QString &text, bool number) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScoreExplanation::ScoreExplanation(ScoringController *scoring, QWidget *parent)
    : QWidget(parent)
    , m_scoring(scoring)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_evidence(new QLabel(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Value (0-100)"), tr("Points"), tr("From")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Points per criterion"));
    m_evidence->setObjectName(QStringLiteral("evidenceText"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *note = new QLabel(tr("Each axis score is the sum of its criteria's points. A missing "
                               "rating gives no points; its weight goes to the other criteria "
                               "of the axis."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_evidence);
    layout->addWidget(note);

    connect(scoring, &ScoringController::scoresChanged, this, &ScoreExplanation::refresh);
    connect(scoring, &ScoringController::stabilityChanged, this, &ScoreExplanation::refresh);
    refresh();
}

void ScoreExplanation::setPartner(Id id) {
    m_partner = id;
    refresh();
}

void ScoreExplanation::refresh() {
    const int row = m_scoring->rowOf(m_partner);
    if (row < 0 || size_t(row) >= m_scoring->scores().size()) {
        m_summary->setText(tr("No score: select a partner."));
        m_table->setRowCount(0);
        m_evidence->clear();
        return;
    }
    const QLocale locale;
    const PartnerScore &score = m_scoring->scores()[size_t(row)];
    const auto number = [&](double v) { return locale.toString(v, 'f', 1); };
    QString quadrant = label(score.quadrant).toHtmlEscaped();
    if (score.overridden)
        quadrant = tr("%1 (set by decision; the scores say %2)")
                       .arg(quadrant, label(score.computedQuadrant).toHtmlEscaped());
    QString stability = tr("not computed yet");
    const auto &stabilities = m_scoring->stability();
    if (size_t(row) < stabilities.size()) {
        const double s = stabilities[size_t(row)];
        stability = tr("%1 % of perturbed weightings keep the quadrant")
                        .arg(locale.toString(100.0 * s, 'f', 0));
        if (s < BorderlineStability)
            stability = tr("%1 (borderline)").arg(stability);
    }
    m_summary->setText(tr("<b>Potential</b> %1 &nbsp; <b>Readiness</b> %2<br><b>Quadrant</b> %3 "
                          "(scenario %4)<br><b>Stability</b> %5")
                           .arg(number(score.potential), number(score.readiness), quadrant,
                                m_scoring->scenario().name.toHtmlEscaped(),
                                stability.toHtmlEscaped()));

    const CriteriaTable &criteria = m_scoring->criteria();
    const auto &values = criteria.values[size_t(row)];
    QStringList sentences;
    for (Criterion c : {Criterion::CommercialContribution, Criterion::Commitment})
        sentences << tr("%1: %2").arg(label(c),
                                      evidenceExplanation(criteria.evidence, size_t(row), c));
    m_evidence->setText(sentences.join(QLatin1Char('\n')));
    m_table->setRowCount(CriterionCount + 2);
    int r = 0;
    for (Axis axis : {Axis::Potential, Axis::Readiness}) {
        QTableWidgetItem *head = cell(label(axis), false);
        QFont bold = head->font();
        bold.setBold(true);
        head->setFont(bold);
        m_table->setItem(r, 0, head);
        m_table->setItem(r, 1, cell(QString(), true));
        QTableWidgetItem *total =
            cell(number(axis == Axis::Potential ? score.potential : score.readiness), true);
        total->setFont(bold);
        m_table->setItem(r, 2, total);
        m_table->setItem(r, 3, cell(QString(), false));
        ++r;
        for (Criterion c : criteriaOf(axis)) {
            const size_t i = size_t(c);
            m_table->setItem(r, 0, cell(QStringLiteral("    ") + label(c), false));
            m_table->setItem(r, 1,
                             cell(score.missing[i] || CriteriaTable::isMissing(values[i])
                                      ? tr("missing")
                                      : number(values[i]),
                                  true));
            m_table->setItem(r, 2, cell(number(score.points[i]), true));
            QString from;
            if (c == Criterion::CommercialContribution || c == Criterion::Commitment)
                from = usesEvidence(criteria.evidence, size_t(row), c) ? tr("deals and activities")
                       : c == Criterion::Commitment                    ? tr("manual rating")
                                                                       : tr("economics entered");
            else if (c == Criterion::IcpInfluence)
                from = tr("influence links");
            else if (c == Criterion::Enablement)
                from = tr("certifications, dates");
            else
                from = tr("manual rating");
            QTableWidgetItem *source = cell(from, false);
            source->setToolTip(evidenceExplanation(criteria.evidence, size_t(row), c));
            m_table->setItem(r, 3, source);
            ++r;
        }
    }
}

} // namespace ps
