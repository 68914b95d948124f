// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace ps {

/// Sorts and filters a PartnerTableModel: free text over name, website, regions, industries
/// and notes (case-insensitive), and optional model and status keys ("" = any; the model filter
/// also accepts "-" for "needs classification"). Sorts numbers numerically.
class PartnerFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PartnerFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setModelKey(const QString &key);
    void setStatusKey(const QString &key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_modelKey;
    QString m_statusKey;
};

} // namespace ps
