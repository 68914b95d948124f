// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/portfolio.h"
#include "core/economics/icpmatch.h"

#include <QAbstractTableModel>

#include <memory>

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

/// The activity log: Date, Partner, Kind, Commercial (read-only), Notes, CRM record (read-only).
class ActivityLogModel : public LogModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        PartnerColumn,
        KindColumn,
        CommercialColumn,
        NotesColumn,
        CrmColumn,
        Count
    };
    explicit ActivityLogModel(Document *document, QObject *parent = nullptr);

    Id idAt(int row) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    bool isEditable(int column) const override {
        return column != CommercialColumn && column != CrmColumn;
    }
    int partnerColumn() const override { return PartnerColumn; }
};

/// The deal log: Name, Partners with their attribution ("Direct" when none), ICP (set by hand,
/// else the ones the buyer matches, read as such), Amount, Outcome, Created, Closed, Stage,
/// Lead source, Buyer, Attributed (each partner's share of a won deal, read-only) and the CRM
/// record (read-only). The partners are edited with DealPartnersDialog (ui/economics); setData()
/// on the partners column takes one partner id (influencing), or 0 for a direct deal.
class DealLogModel : public LogModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PartnerColumn, ///< the deal's partners
        IcpColumn,
        AmountColumn,
        OutcomeColumn,
        CreatedColumn,
        ClosedColumn,
        StageColumn,
        LeadSourceColumn,
        BuyerColumn,
        AttributedColumn,
        CrmColumn,
        Count
    };
    explicit DealLogModel(Document *document, QObject *parent = nullptr);
    ~DealLogModel() override;

    Id idAt(int row) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    bool isEditable(int column) const override {
        return column != AttributedColumn && column != CrmColumn && column != PartnerColumn;
    }
    int partnerColumn() const override { return PartnerColumn; }

private:
    QString icpText(const Deal &deal, bool *matched) const;
    mutable std::unique_ptr<IcpMatcher> m_matcher; ///< rebuilt after ICPs change
};

/// "Salesforce 0065g00000AbC", or empty for a record typed in Partnerscope.
QString crmText(const CrmRef &crm);
/// "Brightshelf (sourced), Northgate (influenced)", or "Direct".
QString dealPartnersText(const Portfolio &portfolio, const Deal &deal);

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
