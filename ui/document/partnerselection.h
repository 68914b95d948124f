// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QList>
#include <QObject>

namespace ps {

/**
 * The partners the user has selected, shared by every page that shows partners (the table,
 * the matrix), so that selecting in one highlights in the others.
 */
class PartnerSelection : public QObject {
    Q_OBJECT
public:
    explicit PartnerSelection(QObject *parent = nullptr);

    QList<Id> ids() const { return m_ids; }
    /// The partner a detail panel shows: the first selected one, or 0.
    Id current() const { return m_ids.isEmpty() ? 0 : m_ids.first(); }
    /// Replaces the selection; emits changed() only if it differs.
    void setIds(const QList<Id> &ids);

Q_SIGNALS:
    void changed(const QList<ps::Id> &ids);

private:
    QList<Id> m_ids;
};

} // namespace ps
