// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importrunpage.h"

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
        lines << tr("New: %1").arg(kindLabel(s.plan.kind, changes->addedCount()));
        if (changes->needsClassification > 0)
            lines << tr("Needs classification: %n (filter the partner table by \"Needs "
                        "classification\" to find them)",
                        nullptr, changes->needsClassification);
        lines << tr("Changed: %n", nullptr, changes->mergedCount());
        lines << tr("Unchanged: %n", nullptr, changes->unchanged);
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
