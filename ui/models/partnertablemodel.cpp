// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/partnertablemodel.h"

#include "ui/document/document.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QLocale>

namespace ps {

namespace {

bool isMoney(PartnerField f) {
    switch (f) {
    case PartnerField::SourcedRevenue:
    case PartnerField::InfluencedRevenue:
    case PartnerField::Pipeline:
    case PartnerField::InvestMdf:
    case PartnerField::InvestEnablement:
    case PartnerField::InvestIncentives:
    case PartnerField::InvestTechnical:
    case PartnerField::ContractMinimum:
        return true;
    default:
        return false;
    }
}

bool isRating(PartnerField f) {
    return f >= PartnerField::MarketReach && f <= PartnerField::CostToServe;
}

bool isCount(PartnerField f) {
    return f == PartnerField::Certifications || f == PartnerField::DealsWon ||
           f == PartnerField::DealsLost;
}

bool isNumeric(PartnerField f) {
    return isMoney(f) || isRating(f) || isCount(f);
}

bool isCommercialModel(PartnerField f) {
    return f >= PartnerField::PricingAgreed && f <= PartnerField::RenewalOwner;
}

/// Whether the cell shows a gap the user should close (seed 001: missing commercial items).
bool needsAttention(const Partner &p, PartnerField f) {
    const JointCommercialModel &cm = p.commercialModel;
    switch (f) {
    case PartnerField::Model:
        return !p.model.has_value();
    case PartnerField::PricingAgreed:
        return !cm.pricingAgreed;
    case PartnerField::SupportOwner:
        return cm.support == Owner::Undefined;
    case PartnerField::SuccessOwner:
        return cm.customerSuccess == Owner::Undefined;
    case PartnerField::RenewalOwner:
        return cm.renewal == Owner::Undefined;
    default:
        return false;
    }
}

} // namespace

PartnerTableModel::PartnerTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::rowsAboutToBeInserted, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Partner)
                    beginInsertRows({}, first, last);
            });
    connect(portfolio, &Portfolio::rowsInserted, this, [this](EntityKind kind, int, int) {
        if (kind == EntityKind::Partner)
            endInsertRows();
    });
    connect(portfolio, &Portfolio::rowsAboutToBeRemoved, this,
            [this](EntityKind kind, int first, int last) {
                if (kind == EntityKind::Partner)
                    beginRemoveRows({}, first, last);
            });
    connect(portfolio, &Portfolio::rowsRemoved, this, [this](EntityKind kind, int, int) {
        if (kind == EntityKind::Partner)
            endRemoveRows();
    });
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind, Id id, int row) {
        if (kind == EntityKind::Partner)
            partnerChanged(id, row);
    });
    connect(portfolio, &Portfolio::aboutToReset, this, [this] { beginResetModel(); });
    connect(portfolio, &Portfolio::reset, this, [this] { endResetModel(); });
}

void PartnerTableModel::partnerChanged(Id id, int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    // The Upstream column of resellers shows this partner's name; a rename changes them too.
    const int upstreamColumn = int(PartnerField::Upstream);
    const auto &partners = m_document->portfolio()->partners();
    for (size_t i = 0; i < partners.size(); ++i) {
        if (partners[i].upstreamId == id)
            Q_EMIT dataChanged(index(int(i), upstreamColumn), index(int(i), upstreamColumn));
    }
}

Id PartnerTableModel::idAt(int row) const {
    const auto &partners = m_document->portfolio()->partners();
    return row >= 0 && row < int(partners.size()) ? partners[size_t(row)].id : 0;
}

int PartnerTableModel::rowOf(Id id) const {
    return m_document->portfolio()->rowOf<Partner>(id);
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_document->portfolio()->partners().size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(PartnerField::Count_);
}

QVariant PartnerTableModel::displayValue(const Partner &p, PartnerField f) const {
    const QLocale locale;
    switch (f) {
    case PartnerField::Model:
        return p.model ? label(*p.model) : tr("Needs classification");
    case PartnerField::Status:
        return label(p.status);
    case PartnerField::Tier:
        return label(p.tier);
    case PartnerField::Decision:
        return label(p.decision);
    case PartnerField::SupportOwner:
        return label(p.commercialModel.support);
    case PartnerField::SuccessOwner:
        return label(p.commercialModel.customerSuccess);
    case PartnerField::RenewalOwner:
        return label(p.commercialModel.renewal);
    case PartnerField::Regions:
        return p.regions.join(QStringLiteral(", "));
    case PartnerField::Industries:
        return p.industries.join(QStringLiteral(", "));
    case PartnerField::Upstream: {
        const Partner *upstream = m_document->portfolio()->find<Partner>(p.upstreamId);
        return upstream ? upstream->name : QString();
    }
    case PartnerField::EnrolledOn:
    case PartnerField::FirstCommercialOn: {
        const QDate date = fieldValue(p, f).toDate();
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    case PartnerField::PricingAgreed:
        return {}; // shown by the check box alone
    default:
        break;
    }
    const QVariant value = fieldValue(p, f);
    if (isMoney(f))
        return locale.toString(value.toDouble(), 'f', 0);
    if (isRating(f))
        return value.isNull() ? QString() : locale.toString(value.toInt());
    if (isCount(f))
        return locale.toString(value.toInt());
    return value;
}

void PartnerTableModel::setNeedsClassificationIcon(const QIcon &icon) {
    m_warningIcon = icon;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DecorationRole});
}

QVariant PartnerTableModel::toolTip(const Partner &p, PartnerField f) const {
    if (f == PartnerField::Model && !p.model)
        return tr("Needs classification: no partner model yet, so a neutral scoring profile "
                  "applies. Choose a model so that the right profile is used.");
    if (isCommercialModel(f) && needsAttention(p, f))
        return tr("Open item of the joint commercial model: agree it before co-selling starts.");
    if (isRating(f))
        return tr("1 (low) to 5 (high); empty when not rated");
    if (f == PartnerField::Notes || f == PartnerField::NextStep)
        return fieldValue(p, f);
    return {};
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const Partner &p = m_document->portfolio()->partners()[size_t(index.row())];
    const PartnerField f = fieldOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(p, f);
    case Qt::EditRole:
    case KeyRole:
        return fieldValue(p, f);
    case IdRole:
        return p.id;
    case NeedsAttentionRole:
        return needsAttention(p, f);
    case Qt::CheckStateRole:
        if (f == PartnerField::PricingAgreed)
            return p.commercialModel.pricingAgreed ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return toolTip(p, f);
    case Qt::DecorationRole:
        // An imported partner whose CRM type could not be mapped stands out in the table.
        if (f == PartnerField::Model && !p.model)
            return m_warningIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(f))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return fieldTitle(fieldOf(section));
        if (role == Qt::TextAlignmentRole && isNumeric(fieldOf(section)))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags PartnerTableModel::flags(const QModelIndex &index) const {
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    if (fieldOf(index.column()) == PartnerField::PricingAgreed)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool PartnerTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index))
        return false;
    const PartnerField f = fieldOf(index.column());
    QVariant raw = value;
    if (role == Qt::CheckStateRole) {
        if (f != PartnerField::PricingAgreed)
            return false;
        raw = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role != Qt::EditRole && role != KeyRole) {
        return false;
    }
    // No dataChanged here: the portfolio's entityChanged signal reports the edit, and
    // the same path reports undo and redo.
    return edit::setPartnerField(*m_document, idAt(index.row()), f, raw);
}

} // namespace ps
