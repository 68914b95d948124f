// SPDX-License-Identifier: GPL-3.0-or-later
// Activities from a CRM export (Salesforce tasks and events, or any table of partner, date and
// kind): the activity log that the active partner rate and time to first commercial activity
// are computed from.
#include "core/import/importplan_p.h"

#include <QSet>

namespace ps::import::detail {
namespace {

using AF = ActivityField;

class ActivityPlanner : public PlannerBase {
public:
    ActivityPlanner(const csv::Table &table, const Mapping &mapping, const PortfolioData &data)
        : PlannerBase(table, mapping, data)
        , m_partners(data.partners) {}

    ImportPlan run(const csv::Progress &progress) {
        // Record ids within the file's CRM; activities typed in are matched by content.
        for (size_t i = 0; i < m_data.activities.size(); ++i) {
            const Activity &a = m_data.activities[i];
            if (!a.crm.isSet())
                m_existingContent.insert(contentKey(a), int(i));
            else if (a.crm.source == m_mapping.source())
                m_existingCrm.insert(a.crm.id, int(i));
        }
        const qint64 total = qint64(m_table.records.size());
        m_plan.rows.reserve(m_table.records.size());
        for (qint64 i = 0; i < total; ++i) {
            if (progress && i % ProgressEvery == 0 && !progress(i, total)) {
                m_plan.cancelled = true;
                return std::move(m_plan);
            }
            const csv::Record &record = m_table.records[size_t(i)];
            PlannedRow row;
            row.line = record.line;
            checkExtraCells(record, row);
            mapActivity(record, row);
            finishRow(row);
            if (row.valid)
                findDuplicate(row, int(m_plan.rows.size()));
            m_plan.rows.push_back(std::move(row));
        }
        if (progress)
            progress(total, total);
        return std::move(m_plan);
    }

private:
    static QString contentKey(const Activity &a) {
        return QStringLiteral("%1\x1f%2\x1f%3")
            .arg(a.partnerId)
            .arg(a.date.toString(Qt::ISODate), toKey(a.kind));
    }

    void mapActivity(const csv::Record &record, PlannedRow &row) {
        Activity &a = row.activity();
        QStringList notes;
        bool haveDate = false, haveKind = false, havePartner = false;
        int partnerColumn = -1;
        QString partnerText;
        for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
            const ColumnTarget &target = m_mapping.columns[size_t(c)];
            if (target.type == ColumnTarget::Type::Ignore ||
                target.type == ColumnTarget::Type::Note)
                continue;
            const QString text = cell(record, c);
            if (text.isEmpty())
                continue;
            if (target.type == ColumnTarget::Type::CrmId) {
                a.crm = {m_mapping.source(), text};
                continue;
            }
            switch (AF(target.field)) {
            case AF::Partner:
            case AF::PartnerId: {
                if (havePartner)
                    break; // the first column that names a partner decides
                havePartner = true;
                partnerColumn = c;
                partnerText = text;
                const int partner = AF(target.field) == AF::PartnerId
                                        ? m_partners.byCrmId(m_mapping.source(), text)
                                        : m_partners.byText(text);
                if (partner >= 0)
                    a.partnerId = m_data.partners[size_t(partner)].id;
                break;
            }
            case AF::Date:
                haveDate = true;
                a.date = date(row, c, text);
                break;
            case AF::Kind:
                haveKind = true;
                kind(row, c, text);
                break;
            case AF::Notes:
                notes << text;
                break;
            case AF::Count_:
                break;
            }
        }
        a.notes = notes.join(QLatin1Char('\n'));
        if (!havePartner)
            error(row, m_mapping.columnOf(int(AF::Partner)),
                  ImportTr::tr("The partner is missing."));
        else if (a.partnerId == 0)
            error(row, partnerColumn,
                  ImportTr::tr("Partner \"%1\" is not in the portfolio.").arg(partnerText));
        if (!haveDate)
            error(row, m_mapping.columnOf(int(AF::Date)), ImportTr::tr("The date is missing."));
        if (!haveKind)
            error(row, m_mapping.columnOf(int(AF::Kind)),
                  ImportTr::tr("The kind of activity is missing."));
    }

    void kind(PlannedRow &row, int c, const QString &text) {
        auto cached = m_kindCache.constFind(text);
        if (cached == m_kindCache.constEnd())
            cached = m_kindCache.insert(text, resolveActivityKind(m_mapping, text));
        if (*cached) {
            row.activity().kind = **cached;
            return;
        }
        if (!m_unknown.contains(typeValueKey(text))) {
            m_unknown.insert(typeValueKey(text));
            m_plan.unknownActivityKinds << text;
        }
        QStringList keys = enumKeys<ActivityKind>();
        error(row, c,
              ImportTr::tr("%1 \"%2\" is not a known kind of activity (%3).")
                  .arg(columnName(c), text, keys.join(QStringLiteral(", "))));
    }

    void findDuplicate(PlannedRow &row, int rowIndex) {
        const bool byId = row.activity().crm.isSet();
        const QString key = byId ? row.activity().crm.id : contentKey(row.activity());
        const Duplicate::By by = byId ? Duplicate::By::CrmId : Duplicate::By::Content;
        const QHash<QString, int> &existing = byId ? m_existingCrm : m_existingContent;
        QHash<QString, int> &file = byId ? m_fileCrm : m_fileContent;
        if (const auto it = existing.constFind(key); it != existing.constEnd())
            row.duplicate = {Duplicate::Of::Portfolio, by, *it, -1};
        else if (const auto f = file.constFind(key); f != file.constEnd())
            row.duplicate = {Duplicate::Of::EarlierRow, by, -1, *f};
        else {
            file.insert(key, rowIndex);
            return;
        }
        row.action = DuplicateAction::Update;
    }

    PartnerLookup m_partners;
    QHash<QString, int> m_existingCrm, m_existingContent, m_fileCrm, m_fileContent;
    QHash<QString, std::optional<ActivityKind>> m_kindCache;
    QSet<QString> m_unknown;
};

} // namespace

ImportPlan planActivities(const csv::Table &table, const Mapping &mapping,
                          const PortfolioData &data, const csv::Progress &progress) {
    return ActivityPlanner(table, mapping, data).run(progress);
}

} // namespace ps::import::detail
