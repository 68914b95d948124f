// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/partnerselection.h"

namespace ps {

PartnerSelection::PartnerSelection(QObject *parent)
    : QObject(parent) {}

void PartnerSelection::setIds(const QList<Id> &ids) {
    // Views echo the selection back when they apply it; equality ends the round trip.
    if (ids == m_ids)
        return;
    m_ids = ids;
    Q_EMIT changed(m_ids);
}

} // namespace ps
