// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importvalidationpage.h"

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
    const QStringList &partnersHeader = s.partnersTable ? s.partnersTable->header : QStringList();
    const QString partnersName = QFileInfo(s.partnersPath).fileName();
    for (int i = 0; i < int(issues.size()); ++i) {
        const import::Issue &issue = issues[size_t(i)];
        // Issues of the opportunity-partner file name it beside the line.
        const bool second = issue.file == 1;
        const QString lineText = issue.line > 0 ? QString::number(issue.line) : QString();
        auto *line = textItem(second ? tr("%1 (%2)").arg(lineText, partnersName) : lineText);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool error = issue.severity == import::Severity::Error;
        line->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        line->setToolTip(error ? tr("Error: the row cannot be imported as it is")
                               : tr("Warning: the row is imported"));
        m_table->setItem(i, 0, line);
        const QStringList &columns = second ? partnersHeader : header;
        m_table->setItem(i, 1,
                         textItem(issue.column >= 0 && issue.column < columns.size()
                                      ? columns[issue.column]
                                      : QString()));
        m_table->setItem(i, 2, textItem(issue.message));
    }
    const int invalid = s.plan.invalidCount();
    m_skipInvalid->setText(tr("&Skip the %n invalid rows and import the rest", nullptr, invalid));
    m_skipInvalid->setVisible(invalid > 0);
    if (invalid == 0)
        s.skipInvalid = false;
    m_skipInvalid->setChecked(s.skipInvalid);
    if (s.plan.ambiguousDates > 0 && s.mapping.dateOrder == import::DateOrder::Auto)
        m_summaryNote = tr("%n rows have dates such as 03/04/2025 that read either way; they are "
                           "read month first. Go Back to Columns to read them day first.",
                           nullptr, s.plan.ambiguousDates);
    else
        m_summaryNote.clear();
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
        m_summary->setText(changes->unchanged > 0
                               ? tr("Nothing to import: the portfolio already has every row "
                                    "(%n unchanged).",
                                    nullptr, changes->unchanged)
                               : tr("Nothing to import: every row is skipped."));
        return;
    }
    QStringList parts;
    parts << tr("New: %1").arg(kindLabel(s.plan.kind, changes->addedCount()));
    if (changes->needsClassification > 0)
        parts << tr("%n without a model (needs classification)", nullptr,
                    changes->needsClassification);
    parts << tr("changed: %n", nullptr, changes->mergedCount());
    parts << tr("unchanged: %n", nullptr, changes->unchanged);
    parts << tr("%n duplicates skipped", nullptr, changes->skippedDuplicates);
    if (changes->skippedInvalid > 0)
        parts << tr("%n invalid rows skipped", nullptr, changes->skippedInvalid);
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (!m_summaryNote.isEmpty())
        text += QLatin1Char('\n') + m_summaryNote;
    m_summary->setText(text);
}

bool ImportValidationPage::isComplete() const {
    return m_canImport;
}

} // namespace ps
