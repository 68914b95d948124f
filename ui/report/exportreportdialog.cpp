// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/exportreportdialog.h"

#include "core/report/reportwriters.h"
#include "ui/report/pdfreport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps {

ExportReportDialog::ExportReportDialog(const PortfolioData &data, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_segmentBy(new QComboBox(this))
    , m_scenario(new QComboBox(this)) {
    setWindowTitle(tr("Export Report"));
    m_format->setObjectName(QStringLiteral("format"));
    m_segmentBy->setObjectName(QStringLiteral("segmentBy"));
    m_scenario->setObjectName(QStringLiteral("scenario"));
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV table"), int(Format::Csv));
    m_format->addItem(tr("HTML page"), int(Format::Html));
    for (SegmentBy by : allValues(static_cast<SegmentBy *>(nullptr)))
        m_segmentBy->addItem(label(by), int(by));
    const Scenario *active = activeScenario(data);
    for (const Scenario &s : data.scenarios) {
        m_scenario->addItem(s.name, s.id);
        if (active && s.id == active->id)
            m_scenario->setCurrentIndex(m_scenario->count() - 1);
    }
    m_scenario->setEnabled(m_scenario->count() > 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Segment by:"), m_segmentBy);
    form->addRow(tr("S&cenario:"), m_scenario);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportReportDialog::Format ExportReportDialog::format() const {
    return Format(m_format->currentData().toInt());
}

void ExportReportDialog::setFormat(Format format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportReportDialog::setSegmentBy(SegmentBy by) {
    m_segmentBy->setCurrentIndex(m_segmentBy->findData(int(by)));
}

ReportOptions ExportReportDialog::options() const {
    ReportOptions o;
    o.segmentBy = SegmentBy(m_segmentBy->currentData().toInt());
    o.scenarioId = m_scenario->count() > 0 ? m_scenario->currentData().toLongLong() : 0;
    return o;
}

QString ExportReportDialog::suffix(Format format) {
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

QString ExportReportDialog::filter(Format format) {
    switch (format) {
    case Format::Pdf:
        return tr("PDF documents (*.pdf)");
    case Format::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    case Format::Csv:
        return tr("CSV tables (*.csv)");
    case Format::Html:
        return tr("HTML pages (*.html *.htm)");
    }
    return {};
}

bool ExportReportDialog::write(const PortfolioData &data, const ReportOptions &options,
                               Format format, const QString &path, QWidget *parent,
                               QString *error) {
    const ReportContent content = buildReport(data, options);
    switch (format) {
    case Format::Xlsx:
        return report::writeXlsx(content, path, error);
    case Format::Csv:
        return report::writeCsv(content, path, error);
    case Format::Html:
        return report::writeHtml(content, path, error);
    case Format::Pdf:
        break;
    }
    if (int(data.partners.size()) <= ProgressThreshold)
        return report::writePdf(content, path, error);
    QProgressDialog progress(tr("Writing %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             0, parent);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    return report::writePdf(content, path, error, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
}

QString exportReport(const PortfolioData &data, const QString &documentPath, QWidget *parent) {
    ExportReportDialog dialog(data, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto format = dialog.format();
    const QFileInfo document(documentPath);
    const QString base = documentPath.isEmpty()
                             ? ExportReportDialog::tr("Report")
                             : document.absoluteDir().filePath(document.completeBaseName());
    const QString path =
        QFileDialog::getSaveFileName(parent, ExportReportDialog::tr("Export Report"),
                                     base + QLatin1Char('.') + ExportReportDialog::suffix(format),
                                     ExportReportDialog::filter(format));
    if (path.isEmpty())
        return {};
    QString error;
    if (!ExportReportDialog::write(data, dialog.options(), format, path, parent, &error)) {
        QMessageBox::warning(parent, ExportReportDialog::tr("Export Report"), error);
        return {};
    }
    return path;
}

void previewReport(const PortfolioData &data, QWidget *parent) {
    const ReportContent content = buildReport(data);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(content.info.name);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(ExportReportDialog::tr("Print Preview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&content](QPrinter *target) {
                         QPainter painter(target);
                         report::paintReport(content, target, &painter);
                     });
    preview.exec();
}

} // namespace ps
