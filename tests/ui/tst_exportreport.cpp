// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Report... as a user meets it: the menu entries and their shortcuts, the dialog's
// choices (format, segmentation, the active scenario preselected), every format written where
// the user asked, a progress dialog for a large portfolio whose Cancel leaves no file, and an
// error sentence naming the file.
#include "core/demo/demoportfolio.h"
#include "core/generate/generator.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/report/exportreportdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ps;

class TestExportReport : public QObject {
    Q_OBJECT

    PortfolioData m_demo = demoPortfolio();
    QTemporaryDir m_dir;

private slots:
    void fileMenuHasExportAndPreview() {
        MainWindow window;
        QCOMPARE(window.exportReportAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        QCOMPARE(window.printPreviewAction()->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        const QList<QAction *> file = window.menuBar()->actions().first()->menu()->actions();
        QVERIFY(file.contains(window.exportReportAction()));
        QVERIFY(file.contains(window.printPreviewAction()));
        // Nothing to report before a portfolio is open.
        QVERIFY(!window.exportReportAction()->isEnabled());
        window.openDemo();
        QVERIFY(window.exportReportAction()->isEnabled());
        QVERIFY(window.printPreviewAction()->isEnabled());
    }

    void dialogOffersFormatsSegmentationsAndScenarios() {
        ExportReportDialog dialog(m_demo);
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        auto *segmentBy = dialog.findChild<QComboBox *>(QStringLiteral("segmentBy"));
        auto *scenario = dialog.findChild<QComboBox *>(QStringLiteral("scenario"));
        QCOMPARE(format->count(), 4);
        QCOMPARE(dialog.format(), ExportReportDialog::Format::Pdf);
        QCOMPARE(segmentBy->count(), 8);
        QCOMPARE(scenario->count(), int(m_demo.scenarios.size()));
        QCOMPARE(dialog.options().scenarioId, activeScenario(m_demo)->id);
        QCOMPARE(scenario->currentText(), activeScenario(m_demo)->name);

        segmentBy->setCurrentIndex(segmentBy->findData(int(SegmentBy::Region)));
        scenario->setCurrentIndex(scenario->count() - 1);
        QCOMPARE(dialog.options().segmentBy, SegmentBy::Region);
        QCOMPARE(dialog.options().scenarioId, m_demo.scenarios.back().id);
    }

    void everyFormatIsWritten_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << int(ExportReportDialog::Format::Pdf) << QByteArray("%PDF-");
        QTest::newRow("xlsx") << int(ExportReportDialog::Format::Xlsx) << QByteArray("PK");
        QTest::newRow("csv") << int(ExportReportDialog::Format::Csv) << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("html") << int(ExportReportDialog::Format::Html) << QByteArray("<!");
    }

    void everyFormatIsWritten() {
        QFETCH(int, format);
        QFETCH(QByteArray, start);
        const auto f = ExportReportDialog::Format(format);
        const QString path =
            m_dir.filePath(QStringLiteral("demo.") + ExportReportDialog::suffix(f));
        QString error;
        QVERIFY2(ExportReportDialog::write(m_demo, {}, f, path, nullptr, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.read(start.size()).compare(start, Qt::CaseInsensitive) == 0,
                 qPrintable(path));
    }

    void largePortfolioShowsProgressAndCancels() {
        const PortfolioData data =
            generatePortfolio(ExportReportDialog::ProgressThreshold + 50, 12, 7);
        QWidget parent;
        parent.show();
        const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
        bool sawProgress = false;
        // The progress dialog keeps events flowing while pages are written: press Cancel there.
        QTimer timer;
        timer.setInterval(0);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (auto *progress =
                    parent.findChild<QProgressDialog *>(QStringLiteral("reportProgress"))) {
                sawProgress = progress->maximum() > 1;
                if (progress->value() >= 2)
                    progress->cancel();
            }
        });
        timer.start();
        QString error;
        QVERIFY(!ExportReportDialog::write(data, {}, ExportReportDialog::Format::Pdf, path, &parent,
                                           &error));
        timer.stop();
        QVERIFY(sawProgress);
        QVERIFY(!QFile::exists(path));
        QVERIFY2(error.contains(QLatin1String("large.pdf")), qPrintable(error));
    }

    void unwritablePathNamesTheFile() {
        const QString path = m_dir.filePath(QStringLiteral("missing/report.csv"));
        QString error;
        QVERIFY(!ExportReportDialog::write(m_demo, {}, ExportReportDialog::Format::Csv, path,
                                           nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("report.csv")), qPrintable(error));
    }
};

QTEST_MAIN(TestExportReport)
#include "tst_exportreport.moc"
