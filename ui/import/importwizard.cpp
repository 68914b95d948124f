// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importwizard.h"

#include "ui/document/document.h"
#include "ui/import/importduplicatespage.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importmappingpage.h"
#include "ui/import/importrulespage.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importvalidationpage.h"
#include "ui/import/importvaluespage.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSignalBlocker>

namespace ps {

ImportWizard::ImportWizard(Document *document, QWidget *parent)
    : QWizard(parent) {
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    m_session.document = document;
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(ValuesPageId, new ImportValuesPage(this));
    setPage(DuplicatesPageId, new ImportDuplicatesPage(this));
    setPage(ValidationPageId, new ImportValidationPage(this));
    setPage(ImportPageId, new ImportRunPage(this));
    setPage(RulesPageId, new ImportRulesPage(this));
    setStartId(FilePageId);
    resize(900, 620);
}

ImportWizard::~ImportWizard() {
    // A field that still has the focus would lose it while the pages are destroyed, after this
    // wizard is gone, and its editingFinished would reach a page that asks the wizard (UBSan
    // found it). It loses the focus now, quietly.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused)) {
        const QSignalBlocker quiet(focused);
        focused->clearFocus();
    }
}

QString ImportWizard::chooseFile() {
    if (m_chooseFile)
        return m_chooseFile(this);
    const QString dir =
        m_session.path.isEmpty() ? QString() : QFileInfo(m_session.path).absolutePath();
    return QFileDialog::getOpenFileName(this, tr("Import CSV"), dir,
                                        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
}

void ImportWizard::setFilePath(const QString &path) {
    m_session.path = path;
    m_session.encoding.reset();
    m_session.delimiter.reset();
    QFile file(path);
    m_session.bytes.clear();
    m_session.fileError.clear();
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_session.fileError = tr("%1 cannot be read: %2").arg(name, file.errorString());
    } else if (file.size() > csv::Limits().maxFileBytes) {
        m_session.fileError = tr("%1 is larger than %n MB and is not imported.", nullptr,
                                 int(csv::Limits().maxFileBytes / (1024 * 1024)))
                                  .arg(name);
    } else {
        m_session.bytes = file.readAll();
    }
    readFile();
    if (auto *page = qobject_cast<ImportFilePage *>(this->page(FilePageId)))
        page->refresh();
}

import::LinkedFile ImportSession::linkedFile() const {import::LinkedFile linked;
if (kind == import::Kind::Deals && partnersTable) {
    linked.table = &*partnersTable;
    linked.mapping = partnersMapping;
}
return linked;
} // namespace ps

void ImportWizard::setPartnersFilePath(const QString &path) {
    ImportSession &s = m_session;
    s.partnersPath = path;
    s.partnersError.clear();
    s.partnersTable.reset();
    s.planReady = false;
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        s.partnersError = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return;
    }
    if (file.size() > csv::Limits().maxFileBytes) {
        s.partnersError = tr("%1 is larger than %n MB and is not imported.", nullptr,
                             int(csv::Limits().maxFileBytes / (1024 * 1024)))
                              .arg(name);
        return;
    }
    const QByteArray bytes = file.readAll();
    csv::ReadResult result;
    const bool finished =
        runWithProgress(tr("Reading %1...").arg(name), [&](const csv::Progress &progress) {
            csv::ReadOptions options;
            options.progress = progress;
            result = csv::read(bytes, options);
            return !result.cancelled;
        });
    if (!finished) {
        s.partnersError = tr("Reading %1 was cancelled.").arg(name);
        return;
    }
    if (!result.ok()) {
        s.partnersError = result.error.describe(name);
        return;
    }
    s.partnersTable = std::move(result.table);
    s.partnersMapping = import::buildMapping(import::Kind::DealPartners, import::Preset::Auto,
                                             s.partnersTable->header, s.partnersTable->delimiter);
    if (s.partnersMapping.columnOf(int(import::DealPartnerField::Deal)) < 0 ||
        s.partnersMapping.columnOf(int(import::DealPartnerField::Partner)) < 0) {
        s.partnersError = tr("%1 has no OpportunityId and AccountToId columns: it is not an "
                             "opportunity-partner export.")
                              .arg(name);
        s.partnersTable.reset();
    }
}

bool ImportWizard::readFile() {
    m_session.table.reset();
    m_session.planReady = false;
    ++m_session.tableGeneration;
    if (!m_session.fileError.isEmpty() && m_session.bytes.isEmpty())
        return false;
    if (m_session.path.isEmpty())
        return false;
    m_session.fileError.clear();
    csv::ReadResult result;
    const bool finished =
        runWithProgress(tr("Reading %1...").arg(QFileInfo(m_session.path).fileName()),
                        [&](const csv::Progress &progress) {
                            csv::ReadOptions options;
                            options.encoding = m_session.encoding;
                            options.delimiter = m_session.delimiter;
                            options.progress = progress;
                            result = csv::read(m_session.bytes, options);
                            return !result.cancelled;
                        });
    if (!finished) {
        m_session.fileError =
            tr("Reading %1 was cancelled.").arg(QFileInfo(m_session.path).fileName());
        return false;
    }
    if (!result.ok()) {
        m_session.fileError = result.error.describe(QFileInfo(m_session.path).fileName());
        return false;
    }
    m_session.table = std::move(result.table);
    return true;
}

void ImportWizard::rebuildMapping() {
    ImportSession &s = m_session;
    if (!s.table)
        return;
    // The user's answers that do not depend on the columns survive a new mapping.
    const import::Mapping previous = s.mapping;
    s.mapping = import::buildMapping(s.kind, s.preset, s.table->header, s.table->delimiter);
    s.mapping.dateOrder = previous.dateOrder;
    s.mapping.stageValues = previous.stageValues;
    s.mapping.activityKinds = previous.activityKinds;
    s.mapping.attribution = previous.attribution;
    s.autoTargets = s.mapping.columns;
    s.mappingGeneration = s.tableGeneration;
    s.mappingKind = s.kind;
    s.planReady = false;
}

bool ImportWizard::hasValuesStep() const {
    const ImportSession &s = m_session;
    return s.table && s.kind == import::Kind::Partners &&
           s.mapping.columnOf(int(PartnerField::Model)) >= 0;
}

bool ImportWizard::hasRulesStep() const {
    const ImportSession &s = m_session;
    return s.table && (s.kind == import::Kind::Deals ||
                       (s.kind == import::Kind::Activities &&
                        s.mapping.columnOf(int(import::ActivityField::Kind)) >= 0));
}

int ImportWizard::pageAfterMapping() const {
    if (hasValuesStep())
        return ValuesPageId;
    if (hasRulesStep())
        return RulesPageId;
    return DuplicatesPageId;
}

bool ImportWizard::rebuildPlan() {
    ImportSession &s = m_session;
    if (!s.table)
        return false;
    import::ImportPlan plan;
    const bool finished = runWithProgress(
        tr("Checking %n rows...", nullptr, int(s.table->records.size())),
        [&](const csv::Progress &progress) {
            plan = import::buildPlan(*s.table, s.mapping, s.document->portfolio()->data(), progress,
                                     s.linkedFile());
            return !plan.cancelled;
        });
    if (!finished)
        return false;
    // The user's duplicate answers survive going back to fix the mapping.
    for (import::PlannedRow &row : plan.rows) {
        if (row.duplicate.isDuplicate() && s.chosenActions.contains(row.line))
            row.action = s.chosenActions.value(row.line);
    }
    s.plan = std::move(plan);
    s.planReady = true;
    return true;
}

bool ImportWizard::runWithProgress(const QString &label,
                                   const std::function<bool(const csv::Progress &)> &work) {
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, this);
    dialog.setWindowTitle(windowTitle());
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    const csv::Progress progress = [&dialog](qint64 done, qint64 total) {
        if (total > 0)
            dialog.setValue(int(qBound(qint64(0), done * 1000 / total, qint64(999))));
        // A window-modal progress dialog processes events in setValue() once it is shown; before
        // that, keep the wizard responsive ourselves.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !dialog.wasCanceled();
    };
    const bool finished = work(progress);
    return finished && !dialog.wasCanceled();
}

} // namespace ps
