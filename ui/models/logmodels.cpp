// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/logmodels.h"

#include "ui/document/document.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QFont>
#include <QLocale>

namespace ps {
namespace {

QVariant dateText(const QDate &date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/// A date from an editor: a QDate, or ISO text; invalid (none) for an empty value.
std::optional<QDate> toDate(const QVariant &value) {
    if (value.isNull() || value.toString().trimmed().isEmpty())
        return QDate();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

LogModel::LogModel(Document *document, EntityKind kind, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_kind(kind)
    , m_columns(columns) {
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::rowsAboutToBeInserted, this,
            [this](EntityKind k, int first, int last) {
                if (k == m_kind)
                    beginInsertRows({}, first, last);
            });
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind k) {
        if (k == m_kind)
            endInsertRows();
    });
    connect(portfolio, &Portfolio::rowsAboutToBeRemoved, this,
            [this](EntityKind k, int first, int last) {
                if (k == m_kind)
                    beginRemoveRows({}, first, last);
            });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this](EntityKind k) {
        if (k == m_kind)
            endRemoveRows();
    });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind k, Id, int row) {
        if (k == m_kind && row >= 0 && row < rowCount()) {
            Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1));
        } else if ((k == EntityKind::Partner || k == EntityKind::Icp) && rowCount() > 0) {
            // A renamed partner or ICP: its name may be on any row.
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
        }
    });
    connect(portfolio, &Portfolio::aboutToReset, this, [this] { beginResetModel(); });
    connect(portfolio, &Portfolio::reset, this, [this] { endResetModel(); });
}

int LogModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    const Portfolio &p = *m_document->portfolio();
    switch (m_kind) {
    case EntityKind::Activity:
        return int(p.activities().size());
    case EntityKind::Investment:
        return int(p.investments().size());
    default:
        return int(p.deals().size());
    }
}

int LogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags LogModel::flags(const QModelIndex &index) const {
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString LogModel::partnerName(Id id) const {
    const Partner *partner = m_document->portfolio()->find<Partner>(id);
    return partner ? partner->name : QString();
}

// --- activities -----------------------------------------------------------------------------

ActivityLogModel::ActivityLogModel(Document *document, QObject *parent)
    : LogModel(document, EntityKind::Activity, Count, parent) {}

Id ActivityLogModel::idAt(int row) const {
    const auto &rows = m_document->portfolio()->activities();
    return row >= 0 && row < int(rows.size()) ? rows[size_t(row)].id : 0;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const Activity &a = m_document->portfolio()->activities()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(a.date);
        case PartnerColumn:
            return partnerName(a.partnerId);
        case KindColumn:
            return label(a.kind);
        case CommercialColumn:
            return isCommercial(a.kind) ? tr("Yes") : tr("No");
        case NotesColumn:
            return a.notes;
        case CrmColumn:
            return crmText(a.crm);
        }
        return {};
    case Qt::EditRole:
    case KeyRole:
        switch (index.column()) {
        case CrmColumn:
            return a.crm.id;
        case DateColumn:
            return a.date;
        case PartnerColumn:
            return qint64(a.partnerId);
        case KindColumn:
            return toKey(a.kind);
        case CommercialColumn:
            return isCommercial(a.kind);
        case NotesColumn:
            return a.notes;
        }
        return {};
    case LogSortRole:
        if (index.column() == DateColumn)
            return a.date;
        return data(index, Qt::DisplayRole);
    case IdRole:
        return qint64(a.id);
    case Qt::ToolTipRole:
        if (index.column() == CommercialColumn)
            return tr("Leads referred, deals registered, joint customer calls and closed deals "
                      "count as commercial activity; training, reviews and co-marketing do not.");
        return {};
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PartnerColumn:
        return tr("Partner");
    case KindColumn:
        return tr("Activity");
    case CommercialColumn:
        return tr("Commercial");
    case NotesColumn:
        return tr("Notes");
    case CrmColumn:
        return tr("CRM record");
    }
    return {};
}

bool ActivityLogModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index) || (role != Qt::EditRole && role != KeyRole))
        return false;
    Activity a = m_document->portfolio()->activities()[size_t(index.row())];
    switch (index.column()) {
    case DateColumn: {
        const std::optional<QDate> date = toDate(value);
        if (!date)
            return false;
        a.date = *date;
        break;
    }
    case PartnerColumn:
        a.partnerId = value.toLongLong();
        break;
    case KindColumn: {
        const std::optional<ActivityKind> kind = enumFromKey<ActivityKind>(value.toString());
        if (!kind)
            return false;
        a.kind = *kind;
        break;
    }
    case NotesColumn:
        a.notes = value.toString();
        break;
    default:
        return false;
    }
    return edit::replaceActivity(*m_document, a);
}

// --- deals ----------------------------------------------------------------------------------

QString crmText(const CrmRef &crm) {
    if (!crm.isSet())
        return {};
    return QStringLiteral("%1 %2").arg(label(crm.source), crm.id);
}

QString dealPartnersText(const Portfolio &portfolio, const Deal &deal) {
    if (deal.partners.empty())
        return DealLogModel::tr("Direct");
    QStringList parts;
    for (const DealPartner &p : deal.partners) {
        const Partner *partner = portfolio.find<Partner>(p.partnerId);
        parts << DealLogModel::tr("%1 (%2)").arg(partner ? partner->name : QString(),
                                                 label(p.role).toLower());
    }
    return parts.join(QStringLiteral(", "));
}

DealLogModel::DealLogModel(Document *document, QObject *parent)
    : LogModel(document, EntityKind::Deal, Count, parent) {
    Portfolio *portfolio = document->portfolio();
    const auto icpsChanged = [this](EntityKind kind) {
        if (kind == EntityKind::Icp)
            m_matcher.reset();
    };
    connect(portfolio, &Portfolio::rowsInserted, this, icpsChanged);
    connect(portfolio, &Portfolio::rowsRemoved, this, icpsChanged);
    connect(portfolio, &Portfolio::entityChanged, this, icpsChanged);
    connect(portfolio, &Portfolio::aboutToReset, this, [this] { m_matcher.reset(); });
}

DealLogModel::~DealLogModel() = default;

Id DealLogModel::idAt(int row) const {
    const auto &rows = m_document->portfolio()->deals();
    return row >= 0 && row < int(rows.size()) ? rows[size_t(row)].id : 0;
}

QString DealLogModel::icpText(const Deal &deal, bool *matched) const {
    const Portfolio &portfolio = *m_document->portfolio();
    *matched = false;
    if (const Icp *icp = portfolio.find<Icp>(deal.icpId))
        return icp->name;
    if (!m_matcher)
        m_matcher = std::make_unique<IcpMatcher>(portfolio.icps());
    std::vector<int> icps;
    m_matcher->match(deal, icps);
    QStringList names;
    for (int i : icps)
        names << portfolio.icps()[size_t(i)].name;
    *matched = !names.isEmpty();
    return names.join(QStringLiteral(", "));
}

QVariant DealLogModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const Portfolio &portfolio = *m_document->portfolio();
    const Deal &d = portfolio.deals()[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case PartnerColumn:
            return dealPartnersText(portfolio, d);
        case IcpColumn: {
            bool matched = false;
            return icpText(d, &matched);
        }
        case AmountColumn:
            return QLocale().toString(d.amount, 'f', 0);
        case OutcomeColumn:
            return label(d.outcome);
        case CreatedColumn:
            return dateText(d.createdOn);
        case ClosedColumn:
            return dateText(d.closedOn);
        case StageColumn:
            return d.stage;
        case LeadSourceColumn:
            return d.leadSource;
        case BuyerColumn:
            return d.buyer.name;
        case AttributedColumn:
            return d.outcome == DealOutcome::Won && !d.partners.empty()
                       ? QLocale().toString(d.attributedShare(), 'f', 0)
                       : QString();
        case CrmColumn:
            return crmText(d.crm);
        }
        return {};
    case Qt::EditRole:
    case KeyRole:
        switch (index.column()) {
        case NameColumn:
            return d.name;
        case PartnerColumn:
            return d.partners.empty() ? qint64(0) : qint64(d.partners.front().partnerId);
        case IcpColumn:
            return qint64(d.icpId);
        case AmountColumn:
            return d.amount;
        case OutcomeColumn:
            return toKey(d.outcome);
        case CreatedColumn:
            return d.createdOn;
        case ClosedColumn:
            return d.closedOn;
        case StageColumn:
            return d.stage;
        case LeadSourceColumn:
            return d.leadSource;
        case BuyerColumn:
            return d.buyer.name;
        case AttributedColumn:
            return d.attributedShare();
        case CrmColumn:
            return d.crm.id;
        }
        return {};
    case LogSortRole:
        switch (index.column()) {
        case AmountColumn:
            return d.amount;
        case CreatedColumn:
            return d.createdOn;
        case ClosedColumn:
            return d.closedOn;
        case AttributedColumn:
            return d.outcome == DealOutcome::Won ? d.attributedShare() : 0.0;
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return qint64(d.id);
    case Qt::FontRole:
        if (index.column() == IcpColumn && d.icpId == 0) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IcpColumn:
            return d.icpId != 0
                       ? tr("Set by hand")
                       : tr("From the buyer's industry, size and region (%1, %2, %3 employees)")
                             .arg(d.buyer.industry, d.buyer.region,
                                  d.buyer.employees ? QString::number(*d.buyer.employees)
                                                    : tr("unknown"));
        case PartnerColumn:
            return tr("Double-click to edit the partners and what each did");
        case AttributedColumn:
            return tr("Each partner's share of a won deal: the amount split equally among its "
                      "partners");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AttributedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DealLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Deal");
    case PartnerColumn:
        return tr("Partners");
    case IcpColumn:
        return tr("ICP");
    case AmountColumn:
        return tr("Amount");
    case OutcomeColumn:
        return tr("Outcome");
    case CreatedColumn:
        return tr("Created");
    case ClosedColumn:
        return tr("Closed");
    case StageColumn:
        return tr("Stage");
    case LeadSourceColumn:
        return tr("Lead source");
    case BuyerColumn:
        return tr("Buyer");
    case AttributedColumn:
        return tr("Attributed each");
    case CrmColumn:
        return tr("CRM record");
    }
    return {};
}

bool DealLogModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index) || (role != Qt::EditRole && role != KeyRole))
        return false;
    Deal d = m_document->portfolio()->deals()[size_t(index.row())];
    switch (index.column()) {
    case NameColumn:
        d.name = value.toString().trimmed();
        if (d.name.isEmpty())
            return false;
        break;
    case PartnerColumn: {
        const Id id = value.toLongLong();
        d.partners.clear();
        if (id != 0)
            d.partners.push_back({id, Attribution::Influenced, QString()});
        break;
    }
    case IcpColumn:
        d.icpId = value.toLongLong();
        break;
    case AmountColumn: {
        bool ok = false;
        d.amount = value.toDouble(&ok);
        if (!ok)
            return false;
        break;
    }
    case OutcomeColumn: {
        const std::optional<DealOutcome> outcome = enumFromKey<DealOutcome>(value.toString());
        if (!outcome)
            return false;
        d.outcome = *outcome;
        // A closed deal has a close date; an open one has none.
        if (d.outcome == DealOutcome::Open)
            d.closedOn = QDate();
        else if (!d.closedOn.isValid())
            d.closedOn = std::max(d.createdOn, QDate::currentDate());
        break;
    }
    case CreatedColumn:
    case ClosedColumn: {
        const std::optional<QDate> date = toDate(value);
        if (!date)
            return false;
        (index.column() == CreatedColumn ? d.createdOn : d.closedOn) = *date;
        break;
    }
    case StageColumn:
        d.stage = value.toString().trimmed();
        break;
    case LeadSourceColumn:
        d.leadSource = value.toString().trimmed();
        break;
    case BuyerColumn:
        d.buyer.name = value.toString().trimmed();
        break;
    default:
        return false;
    }
    return edit::replaceDeal(*m_document, d);
}

// --- investment history ---------------------------------------------------------------------

namespace {

double *kindOf(Investment &amount, int column) {
    switch (column) {
    case InvestmentLogModel::MdfColumn:
        return &amount.mdf;
    case InvestmentLogModel::EnablementColumn:
        return &amount.enablement;
    case InvestmentLogModel::IncentivesColumn:
        return &amount.incentives;
    case InvestmentLogModel::TechnicalColumn:
        return &amount.technicalSupport;
    default:
        return nullptr;
    }
}

} // namespace

InvestmentLogModel::InvestmentLogModel(Document *document, QObject *parent)
    : LogModel(document, EntityKind::Investment, Count, parent) {}

Id InvestmentLogModel::idAt(int row) const {
    const auto &rows = m_document->portfolio()->investments();
    return row >= 0 && row < int(rows.size()) ? rows[size_t(row)].id : 0;
}

QVariant InvestmentLogModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    InvestmentPeriod period = m_document->portfolio()->investments()[size_t(index.row())];
    const double *amount = kindOf(period.amount, index.column());
    const double value = amount                          ? *amount
                         : index.column() == TotalColumn ? period.amount.total()
                                                         : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PartnerColumn)
            return partnerName(period.partnerId);
        if (index.column() == StartColumn)
            return dateText(period.start);
        return QLocale().toString(value, 'f', 0);
    case Qt::EditRole:
    case KeyRole:
        if (index.column() == PartnerColumn)
            return qint64(period.partnerId);
        if (index.column() == StartColumn)
            return period.start;
        return value;
    case LogSortRole:
        if (index.column() == PartnerColumn)
            return partnerName(period.partnerId);
        if (index.column() == StartColumn)
            return period.start;
        return value;
    case IdRole:
        return qint64(period.id);
    case Qt::TextAlignmentRole:
        if (index.column() >= MdfColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StartColumn)
            return tr("The period runs until the partner's next period starts; its revenue is "
                      "what the deal log credits the partner for deals won within it.");
        return {};
    default:
        return {};
    }
}

QVariant InvestmentLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnerColumn:
        return tr("Partner");
    case StartColumn:
        return tr("Period start");
    case MdfColumn:
        return tr("MDF");
    case EnablementColumn:
        return tr("Enablement");
    case IncentivesColumn:
        return tr("Incentives");
    case TechnicalColumn:
        return tr("Technical support");
    case TotalColumn:
        return tr("Total");
    }
    return {};
}

bool InvestmentLogModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index) || (role != Qt::EditRole && role != KeyRole))
        return false;
    InvestmentPeriod period = m_document->portfolio()->investments()[size_t(index.row())];
    if (index.column() == PartnerColumn) {
        period.partnerId = value.toLongLong();
    } else if (index.column() == StartColumn) {
        const std::optional<QDate> date = toDate(value);
        if (!date || !date->isValid())
            return false;
        period.start = *date;
    } else if (double *amount = kindOf(period.amount, index.column())) {
        bool ok = false;
        *amount = value.toDouble(&ok);
        if (!ok)
            return false;
    } else {
        return false;
    }
    return edit::replaceInvestment(*m_document, period);
}

} // namespace ps
