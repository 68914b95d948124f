// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"

#include <QAbstractTableModel>

namespace ps {
class Document;

/// The value views sort by (dates as dates, amounts as numbers, partners by name).
constexpr int LogSortRole = Qt::UserRole + 40;

/**
 * A table over one of the portfolio's logs, row for row in portfolio order (views sort through
 * a proxy). It follows the portfolio's change signals; setData() copies the row, changes one
 * field and pushes the replacement as one undo step (ps::edit::replaceActivity / replaceDeal).
 */
class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    LogModel(Document *document, EntityKind kind, int columns, QObject *parent = nullptr);

    virtual Id idAt(int row) const = 0;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    virtual bool isEditable(int column) const = 0;
    /// The column that shows partner names (refreshed when a partner is renamed).
    virtual int partnerColumn() const = 0;
    QString partnerName(Id id) const;

    Document *m_document;

private:
    EntityKind m_kind;
    int m_columns;
};

/// The activity log: Date, Partner, Kind, Commercial (read-only), Notes.
class ActivityLogModel : public LogModel {
    Q_OBJECT
public:
    enum Column { DateColumn, PartnerColumn, KindColumn, CommercialColumn, NotesColumn, Count };
    explicit ActivityLogModel(Document *document, QObject *parent = nullptr);

    Id idAt(int row) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    bool isEditable(int column) const override { return column != CommercialColumn; }
    int partnerColumn() const override { return PartnerColumn; }
};

/// The deal log: Name, Partner ("Direct" when none), ICP, Amount, Outcome, Created, Closed.
class DealLogModel : public LogModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PartnerColumn,
        IcpColumn,
        AmountColumn,
        OutcomeColumn,
        CreatedColumn,
        ClosedColumn,
        Count
    };
    explicit DealLogModel(Document *document, QObject *parent = nullptr);

    Id idAt(int row) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    bool isEditable(int) const override { return true; }
    int partnerColumn() const override { return PartnerColumn; }
};

/// The investment history: Partner, Period start, MDF, Enablement, Incentives, Technical
/// support, Total (read-only).
class InvestmentLogModel : public LogModel {
    Q_OBJECT
public:
    enum Column {
        PartnerColumn,
        StartColumn,
        MdfColumn,
        EnablementColumn,
        IncentivesColumn,
        TechnicalColumn,
        TotalColumn,
        Count
    };
    explicit InvestmentLogModel(Document *document, QObject *parent = nullptr);

    Id idAt(int row) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    bool isEditable(int column) const override { return column != TotalColumn; }
    int partnerColumn() const override { return PartnerColumn; }
};

} // namespace ps
