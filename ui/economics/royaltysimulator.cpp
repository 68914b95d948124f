// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/economics/royaltysimulator.h"

#include "ui/economics/royaltypanel.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace ps {

RoyaltySimulator::RoyaltySimulator(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_current(new RoyaltyPanel(document, tr("Term sheet A"), this))
    , m_alternative(new RoyaltyPanel(document, tr("Term sheet B"), this)) {
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_current);
    split->addWidget(m_alternative);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setTabOrder(m_current, m_alternative);
}

void RoyaltySimulator::setDeal(Id deal) {
    m_current->setSourceDeal(deal);
    m_alternative->setSourceDeal(deal);
}

} // namespace ps
