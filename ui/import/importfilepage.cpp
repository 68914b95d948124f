// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importfilepage.h"

#include "ui/document/document.h"
#include "ui/import/importpagehelpers.h"
#include "ui/import/importwizard.h"
#include "ui/undo/edits.h"

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
using namespace importpage;

namespace {

constexpr int PreviewRows = 12;

QString delimiterName(QChar c) {
    if (c == QLatin1Char(','))
        return QApplication::translate("ps::ImportFilePage", "Comma");
    if (c == QLatin1Char(';'))
        return QApplication::translate("ps::ImportFilePage", "Semicolon");
    if (c == QLatin1Char('\t'))
        return QApplication::translate("ps::ImportFilePage", "Tab");
    return QString(c);
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_partnersRow(new QWidget(this))
    , m_partnersLabel(new QLabel(this))
    , m_partnersPath(new QLineEdit(this))
    , m_partnersStatus(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_preview(makeTable(this, QStringLiteral("previewTable"), {})) {
    setTitle(tr("File"));
    setSubTitle(tr("Choose a CSV export (Salesforce, HubSpot, Partnerscope or any table) and "
                   "check that it reads correctly. Nothing changes until you click Import."));
    m_partnersPath->setObjectName(QStringLiteral("partnersPathEdit"));
    m_partnersPath->setPlaceholderText(tr("Optional: Salesforce's OpportunityPartner export"));
    m_partnersPath->setAccessibleName(tr("Opportunity partners file"));
    m_partnersStatus->setObjectName(QStringLiteral("partnersStatus"));
    m_partnersStatus->setWordWrap(true);
    auto *partnersBrowse = new QPushButton(tr("B&rowse..."), m_partnersRow);
    partnersBrowse->setObjectName(QStringLiteral("partnersBrowseButton"));
    auto *partnersLine = new QHBoxLayout;
    partnersLine->setContentsMargins(0, 0, 0, 0);
    partnersLine->addWidget(m_partnersPath, 1);
    partnersLine->addWidget(partnersBrowse);
    auto *partnersBox = new QVBoxLayout(m_partnersRow);
    partnersBox->setContentsMargins(0, 0, 0, 0);
    partnersBox->addLayout(partnersLine);
    partnersBox->addWidget(m_partnersStatus);
    m_partnersLabel->setText(tr("&Partners on deals:"));
    m_partnersLabel->setBuddy(m_partnersPath);
    connect(partnersBrowse, &QPushButton::clicked, this, [this] {
        const QString path = m_wizard->chooseFile();
        if (!path.isEmpty()) {
            m_wizard->setPartnersFilePath(path);
            refreshPartners();
        }
    });
    connect(m_partnersPath, &QLineEdit::editingFinished, this, [this] {
        if (m_partnersPath->text() != m_wizard->session().partnersPath) {
            m_wizard->setPartnersFilePath(m_partnersPath->text());
            refreshPartners();
        }
    });
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
    m_kind->addItem(tr("Deals (opportunities) with their partners"), int(Kind::Deals));
    m_kind->addItem(tr("Activities (tasks, events, calls)"), int(Kind::Activities));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    form->addRow(tr("I&mport as:"), m_kind);
    form->addRow(m_partnersLabel, m_partnersRow);
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
        refreshPartners();
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

    refreshPartners();
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

void ImportFilePage::refreshPartners() {
    const ImportSession &s = m_wizard->session();
    const bool deals = Kind(m_kind->currentData().toInt()) == Kind::Deals;
    m_partnersRow->setVisible(deals);
    m_partnersLabel->setVisible(deals);
    m_partnersPath->setText(s.partnersPath);
    if (!s.partnersError.isEmpty()) {
        m_partnersStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_partnersStatus->setText(s.partnersError);
    } else {
        m_partnersStatus->setStyleSheet(QString());
        m_partnersStatus->setText(
            s.partnersTable
                ? tr("%n opportunity-partner rows.", nullptr, int(s.partnersTable->records.size()))
                : tr("Without it, partners come from the deals file's own columns (HubSpot's "
                     "associated companies, a Partner column)."));
    }
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const {
    const ImportSession &s = m_wizard->session();
    // A partners file that cannot be read would silently import deals without partners.
    const bool partnersOk = s.kind != Kind::Deals || s.partnersError.isEmpty();
    return s.table.has_value() && !s.table->records.empty() && partnersOk;
}

} // namespace ps
