// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpages.h"

#include "document/document.h"
#include "import/importwizard.h"
#include "undo/edits.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace ps {

using import::ColumnTarget;
using import::DuplicateAction;
using import::Kind;

namespace {

constexpr int PreviewRows = 12;

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers) {
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *textItem(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

/// One line of a cell: previews and examples must not grow rows with multi-line Descriptions.
QString oneLine(const QString &text) {
    QString s = text;
    s.replace(QLatin1String("\r\n"), QLatin1String(" "));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s.size() > 80 ? s.left(79) + QChar(0x2026) : s;
}

QString delimiterName(QChar c) {
    if (c == QLatin1Char(','))
        return QApplication::translate("ps::ImportFilePage", "Comma");
    if (c == QLatin1Char(';'))
        return QApplication::translate("ps::ImportFilePage", "Semicolon");
    if (c == QLatin1Char('\t'))
        return QApplication::translate("ps::ImportFilePage", "Tab");
    return QString(c);
}

QString kindLabel(Kind kind, int n) {
    switch (kind) {
    case Kind::Partners:
        return QApplication::translate("ps::ImportWizard", "%n partners", nullptr, n);
    case Kind::Icps:
        return QApplication::translate("ps::ImportWizard", "%n ICPs", nullptr, n);
    case Kind::Links:
        return QApplication::translate("ps::ImportWizard", "%n influence links", nullptr, n);
    }
    return {};
}

QString actionLabel(DuplicateAction action) {
    switch (action) {
    case DuplicateAction::Skip:
        return QApplication::translate("ps::ImportDuplicatesPage", "Skip");
    case DuplicateAction::Merge:
        return QApplication::translate("ps::ImportDuplicatesPage", "Merge into existing");
    case DuplicateAction::Add:
        return QApplication::translate("ps::ImportDuplicatesPage", "Add as new");
    }
    return {};
}

constexpr DuplicateAction AllActions[] = {DuplicateAction::Skip, DuplicateAction::Merge,
                                          DuplicateAction::Add};

template <typename T> QString nameById(const std::vector<T> &rows, Id id) {
    for (const T &row : rows) {
        if (row.id == id)
            return row.name;
    }
    return {};
}

QString linkName(const PortfolioData &data, const InfluenceLink &link) {
    return QStringLiteral("%1 \u2013 %2")
        .arg(nameById(data.icps, link.icpId), nameById(data.partners, link.partnerId));
}

/// The name a planned row carries, for the duplicates list.
QString rowName(const PortfolioData &data, const import::ImportPlan &plan,
                const import::PlannedRow &row) {
    switch (plan.kind) {
    case Kind::Partners:
        return row.partner.name;
    case Kind::Icps:
        return row.icp.name;
    case Kind::Links:
        return linkName(data, row.link);
    }
    return {};
}

QString existingName(const PortfolioData &data, const import::ImportPlan &plan,
                     const import::Duplicate &duplicate) {
    const auto at = [](const auto &rows, int index) -> const auto * {
        return index >= 0 && index < int(rows.size()) ? &rows[size_t(index)] : nullptr;
    };
    if (duplicate.of == import::Duplicate::Of::EarlierRow) {
        const import::PlannedRow *earlier = at(plan.rows, duplicate.earlierRow);
        return earlier
                   ? QApplication::translate("ps::ImportDuplicatesPage", "line %1 of the file: %2")
                         .arg(earlier->line)
                         .arg(rowName(data, plan, *earlier))
                   : QString();
    }
    switch (plan.kind) {
    case Kind::Partners:
        if (const Partner *p = at(data.partners, duplicate.existingIndex))
            return p->name;
        break;
    case Kind::Icps:
        if (const Icp *icp = at(data.icps, duplicate.existingIndex))
            return icp->name;
        break;
    case Kind::Links:
        if (const InfluenceLink *l = at(data.links, duplicate.existingIndex))
            return linkName(data, *l);
        break;
    }
    return {};
}

QString matchedBy(const import::Duplicate &duplicate) {
    switch (duplicate.by) {
    case import::Duplicate::By::Domain:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same website domain");
    case import::Duplicate::By::Name:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same name");
    case import::Duplicate::By::Pair:
        return QApplication::translate("ps::ImportDuplicatesPage", "Same ICP and partner");
    }
    return {};
}

QColor highlightColor() {
    return QColor(255, 236, 179); // a warm amber, readable with dark text in light themes
}

} // namespace

// ---------------------------------------------------------------------------------------------
// 1. File

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_preview(makeTable(this, QStringLiteral("previewTable"), {})) {
    setTitle(tr("File"));
    setSubTitle(tr("Choose a CSV export (Salesforce, HubSpot, Partnerscope or any table) and "
                   "check that it reads correctly. Nothing changes until you click Import."));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Partners"), int(Kind::Partners));
    m_kind->addItem(tr("Ideal customer profiles (ICPs)"), int(Kind::Icps));
    m_kind->addItem(tr("Influence links (ICP to partner)"), int(Kind::Links));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("I&mport as:"), m_kind);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Preview of the first rows:"), this));
    layout->addWidget(m_preview, 1);
    m_preview->horizontalHeader()->setStretchLastSection(false);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = m_wizard->chooseFile();
        if (!path.isEmpty())
            m_wizard->setFilePath(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_wizard->session().path)
            m_wizard->setFilePath(m_path->text());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            m_wizard->session().kind = Kind(m_kind->currentData().toInt());
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const QVariant v = m_encoding->currentData();
        m_wizard->session().encoding =
            v.isNull() ? std::nullopt : std::optional<csv::Encoding>(csv::Encoding(v.toInt()));
        reread();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        const QVariant v = m_delimiter->currentData();
        m_wizard->session().delimiter =
            v.isNull() ? std::nullopt : std::optional<QChar>(v.toString().at(0));
        reread();
    });
    refresh();
}

void ImportFilePage::initializePage() {
    refresh();
    if (m_wizard->session().path.isEmpty())
        m_path->setFocus();
}

void ImportFilePage::reread() {
    m_wizard->readFile();
    refresh();
}

void ImportFilePage::refresh() {
    const ImportSession &s = m_wizard->session();
    m_refreshing = true;
    m_path->setText(s.path);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));

    // The first entry is always "detect", showing what detection found.
    m_encoding->clear();
    const csv::Encoding detected = s.table && !s.encoding ? s.table->encoding
                                   : s.bytes.isEmpty()    ? csv::Encoding::Utf8
                                                          : csv::detectEncoding(s.bytes);
    m_encoding->addItem(s.bytes.isEmpty() && s.path.isEmpty()
                            ? tr("Detect")
                            : tr("Detect (found: %1)").arg(csv::encodingName(detected)),
                        QVariant());
    for (csv::Encoding e : {csv::Encoding::Utf8, csv::Encoding::Utf8Bom, csv::Encoding::Utf16LE,
                            csv::Encoding::Utf16BE, csv::Encoding::Windows1252})
        m_encoding->addItem(csv::encodingName(e), int(e));
    m_encoding->setCurrentIndex(s.encoding ? m_encoding->findData(int(*s.encoding)) : 0);

    m_delimiter->clear();
    QString foundDelimiter;
    if (s.table && !s.delimiter)
        foundDelimiter = delimiterName(s.table->delimiter);
    m_delimiter->addItem(foundDelimiter.isEmpty() ? tr("Detect")
                                                  : tr("Detect (found: %1)").arg(foundDelimiter),
                         QVariant());
    for (QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
        m_delimiter->addItem(delimiterName(c), QString(c));
    m_delimiter->setCurrentIndex(s.delimiter ? m_delimiter->findData(QString(*s.delimiter)) : 0);
    m_refreshing = false;

    m_preview->clear();
    m_preview->setRowCount(0);
    if (s.table) {
        const csv::Table &t = *s.table;
        m_status->setStyleSheet(QString());
        m_status->setText(tr("%n data rows and %1 columns.", nullptr, int(t.records.size()))
                              .arg(t.columnCount()));
        m_preview->setColumnCount(t.columnCount());
        m_preview->setHorizontalHeaderLabels(t.header);
        const int rows = int(qMin<size_t>(PreviewRows, t.records.size()));
        m_preview->setRowCount(rows);
        for (int r = 0; r < rows; ++r) {
            const csv::Record &record = t.records[size_t(r)];
            for (int c = 0; c < qMin(t.columnCount(), int(record.fields.size())); ++c)
                m_preview->setItem(r, c, textItem(oneLine(record.fields[c])));
        }
        m_preview->resizeColumnsToContents();
    } else if (!s.fileError.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(s.fileError);
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("No file chosen yet. You can also drop a CSV file on the main "
                             "window."));
    }
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const {
    const ImportSession &s = m_wizard->session();
    return s.table.has_value() && !s.table->records.empty();
}

// ---------------------------------------------------------------------------------------------
// 2. Column mapping

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_preset(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(
          makeTable(this, QStringLiteral("mappingTable"),
                    {tr("Column in the file"), tr("Example"), tr("Imports as"), tr("Matched")})) {
    setTitle(tr("Columns"));
    setSubTitle(tr("Which field each column of the file fills. A preset knows the CRM's export "
                   "layout; other columns are matched by their names."));
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_summary->setObjectName(QStringLiteral("mappingSummary"));
    m_summary->setWordWrap(true);
    for (import::Preset p :
         {import::Preset::Auto, import::Preset::Salesforce, import::Preset::HubSpot,
          import::Preset::Partnerscope, import::Preset::Generic})
        m_preset->addItem(import::label(p), int(p));
    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->setColumnWidth(1, 220);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard->session().preset = import::Preset(m_preset->currentData().toInt());
        m_wizard->rebuildMapping();
        fillTable();
    });
}

void ImportMappingPage::initializePage() {
    ImportSession &s = m_wizard->session();
    if (s.mappingGeneration != s.tableGeneration || s.mappingKind != s.kind)
        m_wizard->rebuildMapping();
    fillTable();
}

void ImportMappingPage::fillTable() {
    ImportSession &s = m_wizard->session();
    if (!s.table)
        return;
    m_filling = true;
    m_preset->setCurrentIndex(m_preset->findData(int(s.preset)));
    if (s.preset == import::Preset::Auto)
        m_preset->setItemText(0, tr("Auto (found: %1)").arg(import::label(s.mapping.preset)));
    else
        m_preset->setItemText(0, import::label(import::Preset::Auto));

    const csv::Table &t = *s.table;
    const std::vector<int> fields = import::importableFields(s.kind);
    m_table->setRowCount(t.columnCount());
    int matched = 0;
    for (int c = 0; c < t.columnCount(); ++c) {
        m_table->setItem(c, 0, textItem(t.header[c]));
        QString example;
        for (const csv::Record &r : t.records) {
            if (c < r.fields.size() && !r.fields[c].trimmed().isEmpty()) {
                example = r.fields[c];
                break;
            }
        }
        m_table->setItem(c, 1, textItem(oneLine(example)));

        const ColumnTarget current = s.mapping.columns[size_t(c)];
        const ColumnTarget automatic = s.autoTargets[size_t(c)];
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("target%1").arg(c));
        combo->setAccessibleName(tr("Field for column %1").arg(t.header[c]));
        combo->addItem(tr("(ignore)"), QStringLiteral("ignore"));
        for (int f : fields)
            combo->addItem(import::fieldTitle(s.kind, f), QStringLiteral("field:%1").arg(f));
        // A note target (kept in the partner's notes) is offered when the preset proposes one.
        for (const ColumnTarget &t2 : {automatic, current}) {
            if (t2.type == ColumnTarget::Type::Note &&
                combo->findData(QStringLiteral("note:") + t2.label) < 0)
                combo->addItem(tr("Line in Notes: %1").arg(t2.label),
                               QStringLiteral("note:") + t2.label);
        }
        const auto keyOf = [](const ColumnTarget &t2) {
            switch (t2.type) {
            case ColumnTarget::Type::Field:
                return QStringLiteral("field:%1").arg(t2.field);
            case ColumnTarget::Type::Note:
                return QStringLiteral("note:") + t2.label;
            case ColumnTarget::Type::Ignore:
                break;
            }
            return QStringLiteral("ignore");
        };
        combo->setCurrentIndex(qMax(0, combo->findData(keyOf(current))));
        m_table->setCellWidget(c, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c](int index) { targetChosen(c, index); });

        QString how;
        if (!(current == automatic))
            how = tr("changed by you");
        else if (automatic.type != ColumnTarget::Type::Ignore)
            how = tr("automatic");
        auto *item = textItem(how);
        if (how == tr("automatic")) {
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            ++matched;
        }
        m_table->setItem(c, 3, item);
    }
    m_summary->setText(tr("%1 of %n columns matched automatically; unmatched columns are "
                          "ignored unless you choose a field.",
                          nullptr, t.columnCount())
                           .arg(matched));
    m_filling = false;
}

void ImportMappingPage::targetChosen(int column, int comboIndex) {
    if (m_filling)
        return;
    ImportSession &s = m_wizard->session();
    auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
    if (!combo || column >= int(s.mapping.columns.size()))
        return;
    const QString key = combo->itemData(comboIndex).toString();
    ColumnTarget target;
    if (key.startsWith(QLatin1String("field:"))) {
        target = ColumnTarget::toField(key.mid(6).toInt());
    } else if (key.startsWith(QLatin1String("note:"))) {
        const ColumnTarget &a = s.autoTargets[size_t(column)];
        target = ColumnTarget::toNote(key.mid(5), a.type == ColumnTarget::Type::Note && a.numeric);
    }
    s.mapping.columns[size_t(column)] = target;
    s.planReady = false;
    auto *item = m_table->item(column, 3);
    const bool automatic = target == s.autoTargets[size_t(column)];
    item->setText(automatic
                      ? (target.type == ColumnTarget::Type::Ignore ? QString() : tr("automatic"))
                      : tr("changed by you"));
    item->setIcon(automatic && target.type != ColumnTarget::Type::Ignore
                      ? style()->standardIcon(QStyle::SP_DialogApplyButton)
                      : QIcon());
}

bool ImportMappingPage::validatePage() {
    // Without a values step, the plan is built here; otherwise after the values are decided.
    if (m_wizard->hasValuesStep())
        return true;
    return m_wizard->rebuildPlan();
}

int ImportMappingPage::nextId() const {
    return m_wizard->hasValuesStep() ? ImportWizard::ValuesPageId : ImportWizard::DuplicatesPageId;
}

// ---------------------------------------------------------------------------------------------
// 3. Type values

ImportValuesPage::ImportValuesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(
          makeTable(this, QStringLiteral("valuesTable"),
                    {tr("Value in the file"), tr("Rows"), tr("Partner model"), tr("Also sets")})) {
    setTitle(tr("Partner models"));
    setSubTitle(tr("What each Type value of the file means. Values Partnerscope does not know "
                   "are highlighted: choose a model, or leave them as \"Needs classification\" "
                   "and classify those partners later."));
    m_summary->setObjectName(QStringLiteral("valuesSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void ImportValuesPage::initializePage() {
    ImportSession &s = m_wizard->session();
    const int column = s.mapping.columnOf(int(PartnerField::Model));
    // Distinct values by their matching key, first spelling wins, in first-seen order.
    std::vector<std::pair<QString, int>> values;
    QHash<QString, int> indexOf;
    for (const csv::Record &r : s.table->records) {
        const QString raw = column < r.fields.size() ? r.fields[column].trimmed() : QString();
        if (raw.isEmpty())
            continue;
        const QString key = import::typeValueKey(raw);
        auto it = indexOf.find(key);
        if (it == indexOf.end()) {
            indexOf.insert(key, int(values.size()));
            values.emplace_back(raw, 1);
        } else {
            ++values[size_t(*it)].second;
        }
    }
    m_table->setRowCount(int(values.size()));
    int unknown = 0;
    for (int i = 0; i < int(values.size()); ++i) {
        const QString &raw = values[size_t(i)].first;
        const std::optional<import::TypeValue> builtIn = import::builtInTypeValue(raw);
        const std::optional<import::TypeValue> resolved = import::resolveTypeValue(s.mapping, raw);
        const bool isUnknown = !builtIn.has_value();
        auto *valueItem = textItem(raw);
        auto *countItem = textItem(QLocale().toString(values[size_t(i)].second));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *alsoItem = textItem(
            builtIn && builtIn->status ? tr("Status: %1").arg(label(*builtIn->status)) : QString());
        if (isUnknown) {
            ++unknown;
            valueItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            valueItem->setToolTip(tr("Partnerscope does not know this value: choose a model."));
            for (QTableWidgetItem *item : {valueItem, countItem, alsoItem}) {
                item->setBackground(highlightColor());
                item->setForeground(QColor(Qt::black));
            }
        }
        m_table->setItem(i, 0, valueItem);
        m_table->setItem(i, 1, countItem);
        m_table->setItem(i, 3, alsoItem);

        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("model%1").arg(i));
        combo->setAccessibleName(tr("Partner model for %1").arg(raw));
        combo->addItem(tr("Needs classification"), QString());
        for (PartnerModel m : enumValues<PartnerModel>())
            combo->addItem(label(m), toKey(m));
        combo->setCurrentIndex(
            resolved && resolved->model ? combo->findData(toKey(*resolved->model)) : 0);
        combo->setProperty("rawValue", raw);
        m_table->setCellWidget(i, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, raw] {
            ImportSession &session = m_wizard->session();
            import::TypeValue answer;
            if (const auto builtIn = import::builtInTypeValue(raw))
                answer.status = builtIn->status;
            const QString key = combo->currentData().toString();
            if (!key.isEmpty())
                answer.model = fromKey(key, static_cast<PartnerModel *>(nullptr));
            session.mapping.typeValues.insert(import::typeValueKey(raw), answer);
            session.planReady = false;
        });
    }
    m_table->resizeColumnToContents(1);
    if (values.empty())
        m_summary->setText(tr("The Type column is empty: every partner will need "
                              "classification."));
    else if (unknown == 0)
        m_summary->setText(tr("Every value is known. Check the models, then continue."));
    else
        m_summary->setText(tr("%n values are unknown (highlighted). Partners with a value left "
                              "as \"Needs classification\" are imported without a model, "
                              "flagged in the partner table and scored with a neutral profile.",
                              nullptr, unknown));
}

bool ImportValuesPage::validatePage() {
    return m_wizard->rebuildPlan();
}

// ---------------------------------------------------------------------------------------------
// 4. Duplicates

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_table(makeTable(this, QStringLiteral("duplicatesTable"),
                        {tr("Line"), tr("Row in the file"), tr("Duplicate of"), tr("Matched by"),
                         tr("Action")})) {
    setTitle(tr("Duplicates"));
    setSubTitle(tr("Rows that match a partner of the portfolio or an earlier row of the file, by "
                   "website domain, then by name. Merge fills the empty fields of the existing "
                   "entry."));
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    m_summary->setWordWrap(true);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(new QLabel(tr("For all duplicates:"), this));
    for (DuplicateAction action : AllActions) {
        auto *button = new QPushButton(actionLabel(action), this);
        button->setObjectName(QStringLiteral("all%1").arg(int(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { setAll(int(action)); });
        allRow->addWidget(button);
    }
    allRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(allRow);
    layout->addWidget(m_table, 1);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void ImportDuplicatesPage::initializePage() {
    fillTable();
}

void ImportDuplicatesPage::fillTable() {
    ImportSession &s = m_wizard->session();
    const PortfolioData &data = s.document->portfolio()->data();
    std::vector<int> rows;
    for (int i = 0; i < int(s.plan.rows.size()); ++i) {
        if (s.plan.rows[size_t(i)].duplicate.isDuplicate())
            rows.push_back(i);
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const int planIndex = rows[size_t(r)];
        const import::PlannedRow &row = s.plan.rows[size_t(planIndex)];
        auto *lineItem = textItem(QString::number(row.line));
        lineItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, lineItem);
        m_table->setItem(r, 1, textItem(rowName(data, s.plan, row)));
        m_table->setItem(r, 2, textItem(existingName(data, s.plan, row.duplicate)));
        m_table->setItem(r, 3, textItem(matchedBy(row.duplicate)));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("action%1").arg(row.line));
        combo->setAccessibleName(tr("Action for line %1").arg(row.line));
        for (DuplicateAction action : AllActions)
            combo->addItem(actionLabel(action), int(action));
        combo->setCurrentIndex(combo->findData(int(row.action)));
        m_table->setCellWidget(r, 4, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, planIndex] {
            ImportSession &session = m_wizard->session();
            if (planIndex >= int(session.plan.rows.size()))
                return;
            import::PlannedRow &planned = session.plan.rows[size_t(planIndex)];
            planned.action = DuplicateAction(combo->currentData().toInt());
            session.chosenActions.insert(planned.line, planned.action);
        });
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(rows.empty() ? tr("No duplicates: every row is new.")
                                    : tr("%n rows duplicate an existing entry or an earlier "
                                         "row. Skipped rows are not imported.",
                                         nullptr, int(rows.size())));
}

void ImportDuplicatesPage::setAll(int action) {
    // Each combo's own handler records the answer in the plan and in the session.
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, 4)))
            combo->setCurrentIndex(combo->findData(action));
    }
}

// ---------------------------------------------------------------------------------------------
// 5. Validation

ImportValidationPage::ImportValidationPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_verdict(new QLabel(this))
    , m_table(
          makeTable(this, QStringLiteral("issuesTable"), {tr("Line"), tr("Column"), tr("Problem")}))
    , m_skipInvalid(new QCheckBox(this))
    , m_summary(new QLabel(this)) {
    setTitle(tr("Check"));
    setSubTitle(tr("Problems by line. Go Back to fix the mapping, or skip the invalid rows. "
                   "Nothing is written until you click Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_summary);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->session().skipInvalid = on;
        updateSummary();
        Q_EMIT completeChanged();
    });
}

void ImportValidationPage::initializePage() {
    ImportSession &s = m_wizard->session();
    const std::vector<import::Issue> issues = s.plan.issues();
    m_table->setRowCount(int(issues.size()));
    const QStringList &header = s.table ? s.table->header : QStringList();
    for (int i = 0; i < int(issues.size()); ++i) {
        const import::Issue &issue = issues[size_t(i)];
        auto *line = textItem(issue.line > 0 ? QString::number(issue.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool error = issue.severity == import::Severity::Error;
        line->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        line->setToolTip(error ? tr("Error: the row cannot be imported as it is")
                               : tr("Warning: the row is imported"));
        m_table->setItem(i, 0, line);
        m_table->setItem(i, 1,
                         textItem(issue.column >= 0 && issue.column < header.size()
                                      ? header[issue.column]
                                      : QString()));
        m_table->setItem(i, 2, textItem(issue.message));
    }
    const int invalid = s.plan.invalidCount();
    m_skipInvalid->setText(tr("&Skip the %n invalid rows and import the rest", nullptr, invalid));
    m_skipInvalid->setVisible(invalid > 0);
    if (invalid == 0)
        s.skipInvalid = false;
    m_skipInvalid->setChecked(s.skipInvalid);
    if (invalid > 0) {
        m_verdict->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_verdict->setText(tr("%n rows are invalid. An import is all or nothing: go Back and "
                              "fix the mapping, or skip them.",
                              nullptr, invalid));
    } else {
        m_verdict->setStyleSheet(QString());
        m_verdict->setText(issues.empty() ? tr("Every row is valid.")
                                          : tr("Every row is valid; the warnings below are "
                                               "for your information."));
    }
    updateSummary();
    Q_EMIT completeChanged();
}

void ImportValidationPage::updateSummary() {
    ImportSession &s = m_wizard->session();
    const auto changes =
        import::computeChanges(s.document->portfolio()->data(), s.plan, s.skipInvalid);
    m_canImport = s.planReady && changes && !changes->isEmpty();
    if (!changes) {
        m_summary->setText(tr("Nothing can be imported until the invalid rows are fixed or "
                              "skipped."));
        return;
    }
    if (changes->isEmpty()) {
        m_summary->setText(tr("Nothing to import: every row is skipped."));
        return;
    }
    QStringList parts;
    parts << tr("%1 will be added").arg(kindLabel(s.plan.kind, changes->addedCount()));
    if (changes->needsClassification > 0)
        parts << tr("%n without a model (needs classification)", nullptr,
                    changes->needsClassification);
    parts << tr("%n merged into existing entries", nullptr, changes->mergedCount());
    parts << tr("%n duplicates skipped", nullptr, changes->skippedDuplicates);
    if (changes->skippedInvalid > 0)
        parts << tr("%n invalid rows skipped", nullptr, changes->skippedInvalid);
    m_summary->setText(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

bool ImportValidationPage::isComplete() const {
    return m_canImport;
}

// ---------------------------------------------------------------------------------------------
// 6. Import

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this)) {
    setTitle(tr("Import"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch(1);
}

void ImportRunPage::initializePage() {
    ImportSession &s = m_wizard->session();
    m_done = false;
    m_progress->setRange(0, 3);
    m_progress->setValue(0);
    m_summary->setText(tr("Importing..."));
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);

    const PortfolioData &data = s.document->portfolio()->data();
    std::optional<import::ImportChanges> changes =
        import::computeChanges(data, s.plan, s.skipInvalid);
    m_progress->setValue(1);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const QString source = QFileInfo(s.path).fileName();
    // The one step that writes: all rows or none.
    const bool pushed = changes && edit::importChanges(*s.document, *changes, source);
    m_progress->setValue(3);
    if (!pushed) {
        m_summary->setText(tr("Nothing was imported: the portfolio changed while the wizard was "
                              "open, or the file no longer applies. Start the import again."));
        s.changes.reset();
    } else {
        s.changes = changes;
        QStringList lines;
        lines << tr("Imported from %1:").arg(source);
        lines << tr("Added: %1").arg(kindLabel(s.plan.kind, changes->addedCount()));
        if (changes->needsClassification > 0)
            lines << tr("Needs classification: %n (filter the partner table by \"Needs "
                        "classification\" to find them)",
                        nullptr, changes->needsClassification);
        lines << tr("Merged: %n", nullptr, changes->mergedCount());
        lines << tr("Skipped as duplicates: %n", nullptr, changes->skippedDuplicates);
        lines << tr("Skipped as invalid: %n", nullptr, changes->skippedInvalid);
        lines << QString() << tr("Edit > Undo takes the whole import back in one step.");
        m_summary->setText(lines.join(QLatin1Char('\n')));
    }
    m_done = true;
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const {
    return m_done;
}

} // namespace ps
