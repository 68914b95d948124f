// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workshop/groupweightsview.h"

#include "ui/workshop/roomwords.h"
#include "ui/workshop/votebars.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ps {
namespace {

QString percent(double share) {
    return GroupWeightsView::tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', 1));
}

} // namespace

GroupWeightsView::GroupWeightsView(Axis axis, QWidget *parent)
    : QFrame(parent)
    , m_axis(axis)
    , m_title(new QLabel(label(axis), this))
    , m_answered(new QLabel(this))
    , m_consensus(new QLabel(this))
    , m_consensusBar(new ShareBar(this))
    , m_reading(new QLabel(this)) {
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_answered->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_reading->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_answered, 0, 1);
    auto *aijHead = new QLabel(tr("Room (AIJ)"), this);
    aijHead->setToolTip(tr("Aggregated individual judgments (AIJ): the group weights"));
    auto *aipHead = new QLabel(tr("AIP"), this);
    aipHead->setToolTip(tr("Aggregated individual priorities, shown for comparison"));
    for (QLabel *head : {aijHead, aipHead})
        head->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The column heads share the title's row, so a 720-line projector keeps its height for the
    // criteria.
    grid->addWidget(aijHead, 0, 2);
    grid->addWidget(aipHead, 0, 3);
    const auto &criteria = criteriaOf(axis);
    for (int i = 0; i < 4; ++i) {
        m_names[size_t(i)] = new QLabel(label(criteria[size_t(i)]), this);
        m_bars[size_t(i)] = new ShareBar(this);
        m_aij[size_t(i)] = new QLabel(this);
        m_aip[size_t(i)] = new QLabel(this);
        // Long criterion names wrap on a narrow projector instead of being cut.
        m_names[size_t(i)]->setWordWrap(true);
        m_aij[size_t(i)]->setFont(bold);
        for (QLabel *value : {m_aij[size_t(i)], m_aip[size_t(i)]})
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_names[size_t(i)], i + 2, 0);
        grid->addWidget(m_bars[size_t(i)], i + 2, 1);
        grid->addWidget(m_aij[size_t(i)], i + 2, 2);
        grid->addWidget(m_aip[size_t(i)], i + 2, 3);
    }
    grid->addWidget(m_consensus, 6, 0);
    grid->addWidget(m_consensusBar, 6, 1, 1, 3);
    grid->addWidget(m_reading, 7, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    // Extra height goes below the block, not between its rows.
    grid->setRowStretch(8, 1);
    setTextPixelSize(m_reading->font().pixelSize() > 0 ? m_reading->font().pixelSize() : 20);
    setAggregate({}, 0, 0);
}

void GroupWeightsView::setTextPixelSize(int pixels) {
    // Two lines of reading are always reserved, so the block does not grow when it appears.
    QFont font = m_reading->font();
    font.setPixelSize(pixels);
    m_reading->setMinimumHeight(2 * QFontMetrics(font).lineSpacing());
}

void GroupWeightsView::setAggregate(const voting::GroupAggregate &group, int participants,
                                    int inProgress) {
    QString answered = tr("%1 of %n answered", nullptr, participants).arg(group.complete);
    if (inProgress > 0)
        answered += tr(", %n in progress", nullptr, inProgress);
    m_answered->setText(answered);
    const bool have = group.result.has_value();
    for (size_t i = 0; i < 4; ++i) {
        const double aij = have ? group.result->aij.weights[i] : 0.0;
        m_bars[i]->setShare(aij);
        m_aij[i]->setText(have ? percent(aij) : QStringLiteral("–"));
        m_aip[i]->setText(have ? percent(group.result->aipWeights[i]) : QStringLiteral("–"));
    }
    if (!have) {
        m_consensus->setText(tr("Consensus –"));
        m_consensusBar->setShare(0.0);
        m_reading->setText(tr("Waiting for the first complete set of comparisons."));
        return;
    }
    const double s = group.result->consensus;
    m_consensus->setText(tr("Consensus %1").arg(RoomWords::ratio(s)));
    m_consensusBar->setShare(s);
    m_reading->setText(group.complete < 2
                           ? tr("One participant so far: no consensus to measure yet.")
                           : RoomWords::consensusSentence(s));
}

} // namespace ps
