// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/planpartnermodel.h"

#include "ui/document/document.h"
#include "ui/document/plancontroller.h"
#include "ui/models/roles.h"
#include "ui/undo/edits.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace ps {
namespace {

QString money(double amount) {
    return QLocale().toString(amount, 'f', 0);
}

/// The setting a column edits.
std::optional<double> *settingOf(PlanPartnerSetting &s, int column) {
    switch (column) {
    case PlanPartnerModel::EditedColumn:
        return &s.edited;
    case PlanPartnerModel::FixedColumn:
        return &s.fixed;
    case PlanPartnerModel::MinimumColumn:
        return &s.minimum;
    case PlanPartnerModel::MaximumColumn:
        return &s.maximum;
    default:
        return nullptr;
    }
}

} // namespace

PlanPartnerModel::PlanPartnerModel(Document *document, PlanController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_controller(controller) {
    connect(controller, &PlanController::planChanged, this, &PlanPartnerModel::planChanged);
    connect(controller, &PlanController::forecastFinished, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, PaybackColumn), index(m_rows - 1, PaybackColumn));
    });
    Portfolio *portfolio = document->portfolio();
    connect(portfolio, &Portfolio::entityChanged, this, [this](EntityKind kind) {
        // A plan setting changed: its own columns show it at once, before the re-plan.
        if (kind == EntityKind::Plan && m_rows > 0)
            Q_EMIT dataChanged(index(0, EditedColumn), index(m_rows - 1, MaximumColumn));
    });
    planChanged();
}

void PlanPartnerModel::planChanged() {
    const auto run = m_controller->run();
    const int rows = run ? int(run->problem.partners.size()) : 0;
    QHash<Id, int> runIndex;
    runIndex.reserve(rows);
    if (run)
        for (int i = 0; i < rows; ++i)
            runIndex.insert(run->problem.partners[size_t(i)].id, i);
    // The same partners in the same order: new figures, not new rows (a slider stays smooth).
    bool same = rows == m_rows && run;
    for (int i = 0; same && i < rows; ++i)
        same = m_runIndex.value(run->problem.partners[size_t(i)].id, -1) == i;
    if (same) {
        m_runIndex = std::move(runIndex);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, Count - 1));
        return;
    }
    beginResetModel();
    m_runIndex = std::move(runIndex);
    m_rows = rows;
    endResetModel();
}

int PlanPartnerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int PlanPartnerModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

Id PlanPartnerModel::idAt(int row) const {
    const auto run = m_controller->run();
    return run && row >= 0 && row < int(run->problem.partners.size())
               ? run->problem.partners[size_t(row)].id
               : 0;
}

QVariant PlanPartnerModel::data(const QModelIndex &index, int role) const {
    if (!isValidCell(this, index))
        return {};
    const auto run = m_controller->run();
    const auto basis = m_controller->basis();
    if (!run || index.row() >= int(run->problem.partners.size()))
        return {};
    const size_t i = size_t(index.row());
    const plan::PlanPartner &p = run->problem.partners[i];
    const bool planned = run->ok() && i < run->result.plan.partners.size();
    const plan::PartnerAllocation *a = planned ? &run->result.plan.partners[i] : nullptr;
    const ScenarioPlan &settings = m_controller->settings();
    const PlanPartnerSetting *s = settings.partner(p.id);
    const plan::Forecast &forecast = m_controller->forecast();
    const std::optional<double> payback =
        i < forecast.payback.size() ? forecast.payback[i] : std::nullopt;
    const int column = index.column();

    // The numeric value of a column, or nullopt for an empty cell.
    const auto value = [&]() -> std::optional<double> {
        switch (column) {
        case TodayColumn:
            return p.currentSpend;
        case OptimalColumn:
            return a ? std::optional<double>(a->allocation) : std::nullopt;
        case ExpectedColumn:
            return a ? std::optional<double>(a->expected) : std::nullopt;
        case MarginalColumn:
            return a ? std::optional<double>(a->marginal) : std::nullopt;
        case PaybackColumn:
            return payback;
        case EditedColumn:
            return s && s->edited ? s->edited
                                  : (a ? std::optional<double>(a->allocation) : std::nullopt);
        case FixedColumn:
            return s ? s->fixed : std::nullopt;
        case MinimumColumn:
            return s ? s->minimum : std::nullopt;
        case MaximumColumn:
            return s ? s->maximum : std::nullopt;
        default:
            return std::nullopt;
        }
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PartnerColumn:
            return p.name;
        case QuadrantColumn:
            return label(p.quadrant);
        case CurveColumn:
            return basis && i < basis->fit.partners.size()
                       ? plan::label(basis->fit.partners[i].source)
                       : QString();
        case BindingColumn: {
            if (!a)
                return QString();
            switch (a->binding) {
            case plan::Binding::None:
                return a->allocation > 0 ? tr("Optimum") : tr("Not worth funding");
            case plan::Binding::Min:
                return tr("At its floor");
            case plan::Binding::Max:
                return tr("At its cap");
            case plan::Binding::Fixed:
                return tr("Fixed");
            case plan::Binding::Exited:
                return tr("Exited");
            case plan::Binding::Policy:
                return tr("Quadrant policy");
            case plan::Binding::Group: {
                const auto &groups = run->problem.constraints.groups;
                return tr("Share of %1")
                    .arg(a->group >= 0 && a->group < int(groups.size())
                             ? groups[size_t(a->group)].name
                             : QString());
            }
            }
            return QString();
        }
        case MarginalColumn:
            return a ? QLocale().toString(a->marginal, 'f', 2) : QString();
        case PaybackColumn:
            return payback ? QLocale().toString(*payback * 100.0, 'f', 0) + QLatin1Char('%')
                           : QString();
        default:
            if (const auto v = value())
                return money(*v);
            return QString();
        }
    case Qt::EditRole:
        if (column >= EditedColumn) {
            const auto v = value();
            return v ? QVariant(*v) : QVariant();
        }
        return {};
    case PlanSortRole:
        if (column == PartnerColumn || column == QuadrantColumn || column == CurveColumn ||
            column == BindingColumn)
            return data(index, Qt::DisplayRole);
        if (const auto v = value())
            return *v;
        return -1.0;
    case IdRole:
        return qint64(p.id);
    case Qt::TextAlignmentRole:
        if (column >= TodayColumn && column != BindingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        // An edited amount set by hand stands out from one that follows the optimum.
        if (column == EditedColumn && s && s->edited) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case CurveColumn:
            return basis && i < basis->fit.partners.size() ? basis->fit.partners[i].note
                                                           : QString();
        case MarginalColumn:
            return tr("The return of the next unit of spend at the planned amount.");
        case PaybackColumn:
            return tr("The share of the forecast's draws in which the revenue the allocation "
                      "buys is at least the allocation.");
        case EditedColumn:
            return s && s->edited ? tr("Set by hand; clear the cell to follow the optimum.")
                                  : tr("Follows the optimum; type an amount to edit the plan.");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PlanPartnerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnerColumn:
        return tr("Partner");
    case QuadrantColumn:
        return tr("Quadrant");
    case CurveColumn:
        return tr("Curve from");
    case TodayColumn:
        return tr("Today");
    case OptimalColumn:
        return tr("Allocation");
    case ExpectedColumn:
        return tr("Expected");
    case MarginalColumn:
        return tr("Marginal");
    case BindingColumn:
        return tr("Held by");
    case PaybackColumn:
        return tr("Payback");
    case EditedColumn:
        return tr("Edited plan");
    case FixedColumn:
        return tr("Fixed");
    case MinimumColumn:
        return tr("Minimum");
    case MaximumColumn:
        return tr("Maximum");
    }
    return {};
}

Qt::ItemFlags PlanPartnerModel::flags(const QModelIndex &index) const {
    if (!isValidCell(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() >= EditedColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanPartnerModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!isValidCell(this, index) || role != Qt::EditRole || index.column() < EditedColumn)
        return false;
    const Id id = idAt(index.row());
    if (id == 0)
        return false;
    ScenarioPlan settings = m_controller->settings();
    PlanPartnerSetting s = settings.partner(id) ? *settings.partner(id) : PlanPartnerSetting{};
    s.partnerId = id;
    std::optional<double> *slot = settingOf(s, index.column());
    if (value.isNull() || value.toString().trimmed().isEmpty()) {
        slot->reset();
    } else {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (!ok || !std::isfinite(amount) || amount < 0)
            return false;
        *slot = amount;
    }
    settings.setPartner(s);
    const QString what = tr("%1 of %2")
                             .arg(headerData(index.column(), Qt::Horizontal).toString(),
                                  data(this->index(index.row(), PartnerColumn)).toString());
    return edit::setPlan(*m_document, settings, what);
}

} // namespace ps
