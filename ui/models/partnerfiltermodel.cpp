// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/partnerfiltermodel.h"

#include "core/domain/fields.h"
#include "ui/models/roles.h"

#include <QDate>

namespace ps {

namespace {

/// Position of an enumeration key in declaration order, so that statuses sort by lifecycle
/// (prospect before active) and tiers by rank, not alphabetically.
template <typename E> int enumRank(const QVariant &key) {
    return enumKeys<E>().indexOf(key.toString());
}

int enumRankOf(PartnerField f, const QVariant &key) {
    switch (f) {
    case PartnerField::Model:
        return key.toString().isEmpty() ? -1 : enumRank<PartnerModel>(key);
    case PartnerField::Status:
        return enumRank<PartnerStatus>(key);
    case PartnerField::Tier:
        return enumRank<PartnerTier>(key);
    case PartnerField::Decision:
        return enumRank<Decision>(key);
    case PartnerField::SupportOwner:
    case PartnerField::SuccessOwner:
    case PartnerField::RenewalOwner:
        return enumRank<Owner>(key);
    default:
        return -2;
    }
}

bool isNumber(const QVariant &v) {
    switch (v.userType()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace

PartnerFilterModel::PartnerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PartnerFilterModel::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void PartnerFilterModel::setModelKey(const QString &key) {
    if (key == m_modelKey)
        return;
    m_modelKey = key;
    invalidateFilter();
}

void PartnerFilterModel::setStatusKey(const QString &key) {
    if (key == m_statusKey)
        return;
    m_statusKey = key;
    invalidateFilter();
}

bool PartnerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *source = sourceModel();
    auto key = [&](PartnerField f) {
        return source->index(sourceRow, int(f), sourceParent).data(KeyRole);
    };
    if (!m_modelKey.isEmpty()) {
        const QString model = key(PartnerField::Model).toString();
        const QString wanted = m_modelKey == QLatin1String("-") ? QString() : m_modelKey;
        if (model != wanted)
            return false;
    }
    if (!m_statusKey.isEmpty() && key(PartnerField::Status).toString() != m_statusKey)
        return false;
    if (m_text.isEmpty())
        return true;
    for (PartnerField f : {PartnerField::Name, PartnerField::Website, PartnerField::Regions,
                           PartnerField::Industries, PartnerField::Notes}) {
        const QVariant value = key(f);
        const QString text = value.userType() == QMetaType::QStringList
                                 ? value.toStringList().join(QLatin1Char('\n'))
                                 : value.toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool PartnerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const PartnerField f = PartnerField(left.column());
    const QVariant a = left.data(KeyRole);
    const QVariant b = right.data(KeyRole);
    const int rankA = enumRankOf(f, a);
    if (rankA != -2)
        return rankA < enumRankOf(f, b);
    if (f == PartnerField::Upstream)
        return QSortFilterProxyModel::lessThan(left, right); // by the shown name
    // Not rated / no date sorts before any value.
    if (a.isNull() != b.isNull())
        return a.isNull();
    if (isNumber(a) && isNumber(b))
        return a.toDouble() < b.toDouble();
    if (a.userType() == QMetaType::QDate && b.userType() == QMetaType::QDate) {
        const QDate da = a.toDate(), db = b.toDate();
        if (da.isValid() != db.isValid())
            return !da.isValid();
        return da < db;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ps
