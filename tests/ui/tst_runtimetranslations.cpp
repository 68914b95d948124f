// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: what a user reads is translated at run time, not only in the .ts files.
//
// The test shows every page, dialog and workshop step of the demo portfolio, draws every view,
// writes every report format and runs the command line, each in English, German and French,
// and compares the text a user reads. A passage that reads the same in English and the other
// language, and is not user data (names, notes, industries, regions, file names ... of the
// portfolio and the sample files; numbers and dates), is a failure, unless its words are in the
// exception lists below. Every language runs in its own process that installs its translators
// at start-up, as the application does, so text translated too early (static initialisers,
// cached labels) shows up, too. See docs/translations.md.
#include "core/demo/demoportfolio.h"
#include "core/domain/fields.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"
#include "core/storage/sqlitedb.h"
#include "core/storage/tables.h"
#include "tests/ui/runtimegui.h"
#include "tests/ui/runtimetext.h"
#include "ui/shell/language.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <map>

using namespace ps;
using namespace ps::runtimetext;

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};

/// Proper terms every language keeps as English writes them: product, format, unit and
/// currency names, the channel terms the glossary (docs/translations.md) keeps, the AHP's
/// lambda max and CI, each language's own name in the View > Language menu, the example.com
/// placeholder of a website, and the workshop's scenario keys A and B.
const QSet<QString> kProperTerms = {
    QStringLiteral("Partnerscope"),
    QStringLiteral("ICP"),
    QStringLiteral("ICPs"),
    QStringLiteral("OEM"),
    QStringLiteral("ROI"),
    QStringLiteral("MDF"),
    QStringLiteral("HHI"),
    QStringLiteral("CSV"),
    QStringLiteral("PDF"),
    QStringLiteral("XLSX"),
    QStringLiteral("HTML"),
    QStringLiteral("SVG"),
    QStringLiteral("PNG"),
    QStringLiteral("JSON"),
    QStringLiteral("UTF"),
    QStringLiteral("BOM"),
    QStringLiteral("AHP"),
    QStringLiteral("CR"),
    QStringLiteral("CI"),
    QStringLiteral("Lambda"),
    QStringLiteral("lambda"),
    QStringLiteral("max"),
    QStringLiteral("SLA"),
    QStringLiteral("ISV"),
    QStringLiteral("SI"),
    QStringLiteral("VAR"),
    QStringLiteral("CRM"),
    QStringLiteral("Salesforce"),
    QStringLiteral("HubSpot"),
    QStringLiteral("Excel"),
    QStringLiteral("MB"),
    QStringLiteral("MiB"),
    QStringLiteral("KB"),
    QStringLiteral("USD"),
    QStringLiteral("EUR"),
    QStringLiteral("GBP"),
    QStringLiteral("Deutsch"),
    QStringLiteral("Français"),
    QStringLiteral("American"),
    QStringLiteral("English"),
    QStringLiteral("example"),
    QStringLiteral("com"),
    QStringLiteral("A"),
    QStringLiteral("B"),
};

/// Words the other language writes exactly as English does; exceptionsAreRealTranslations
/// checks that its translation really uses each one. I and X (and D and M in French) are the
/// map's quadrant badges, the same letters as in English. AIJ and AIP are the group AHP methods'
/// names, which the literature uses untranslated.
const std::map<QString, QSet<QString>> kSameWords = {
    {QStringLiteral("de"),
     {QStringLiteral("I"),         QStringLiteral("X"),          QStringLiteral("Name"),
      QStringLiteral("Status"),    QStringLiteral("Partner"),    QStringLiteral("Pipeline"),
      QStringLiteral("Support"),   QStringLiteral("Deal"),       QStringLiteral("Deals"),
      QStringLiteral("Portfolio"), QStringLiteral("Segment"),    QStringLiteral("Cluster"),
      QStringLiteral("Website"),   QStringLiteral("Enablement"), QStringLiteral("Onboarding"),
      QStringLiteral("Gold"),      QStringLiteral("Reseller"),   QStringLiteral("Distributor"),
      QStringLiteral("Score"),     QStringLiteral("Workshop"),   QStringLiteral("Heatmap"),
      QStringLiteral("Matrix"),    QStringLiteral("Start"),      QStringLiteral("Layout"),
      QStringLiteral("Problem"),   QStringLiteral("Import"),     QStringLiteral("Format"),
      QStringLiteral("Info"),      QStringLiteral("Region"),     QStringLiteral("Scoreboard"),
      QStringLiteral("Business"),  QStringLiteral("AIJ"),        QStringLiteral("AIP"),
      QStringLiteral("Domain")}},
    {QStringLiteral("fr"),
     {QStringLiteral("I"),
      QStringLiteral("X"),
      QStringLiteral("D"),
      QStringLiteral("M"),
      QStringLiteral("Description"),
      QStringLiteral("Notes"),
      QStringLiteral("Note"),
      QStringLiteral("Pipeline"),
      QStringLiteral("Segment"),
      QStringLiteral("Segments"),
      QStringLiteral("Cluster"),
      QStringLiteral("Clusters"),
      QStringLiteral("Date"),
      QStringLiteral("Score"),
      QStringLiteral("Support"),
      QStringLiteral("Prospect"),
      QStringLiteral("Total"),
      QStringLiteral("Type"),
      QStringLiteral("Influence"),
      QStringLiteral("Action"),
      QStringLiteral("Certifications"),
      QStringLiteral("Structure"),
      QStringLiteral("Conditions"),
      QStringLiteral("Concentration"),
      QStringLiteral("Points"),
      QStringLiteral("Pages"),
      QStringLiteral("Options"),
      QStringLiteral("Usage"),
      QStringLiteral("Format"),
      QStringLiteral("Info"),
      QStringLiteral("Quadrants"),
      QStringLiteral("marketing"),
      QStringLiteral("Co"),
      QStringLiteral("Consensus"),
      QStringLiteral("AIJ"),
      QStringLiteral("AIP"),
      QStringLiteral("certifications"),
      QStringLiteral("dates"),
      QStringLiteral("Cycle"),
      QStringLiteral("optimum")}},
};

/// Words that Qt's own translation (qtbase, for QCommandLineParser's help) keeps.
const std::map<QString, QSet<QString>> kQtSameWords = {
    {QStringLiteral("fr"), {QStringLiteral("Arguments")}},
};

/// The words the other language uses for exceptions: the lists above, and its month names,
/// since dates are formatted by its locale (German writes "Jan. 2026" and English "Jan 2026").
QSet<QString> exceptionsFor(const QString &language) {
    QSet<QString> all = kProperTerms;
    const QLocale locale(language);
    for (int month = 1; month <= 12; ++month)
        for (auto format : {QLocale::LongFormat, QLocale::ShortFormat})
            for (const QString &name :
                 {locale.monthName(month, format), locale.standaloneMonthName(month, format)})
                for (const QString &w : words(name))
                    all.insert(w);
    for (const auto *list : {&kSameWords, &kQtSameWords}) {
        const auto it = list->find(language);
        if (it != list->end())
            all.unite(it->second);
    }
    return all;
}

int runChild(const QString &out, const QString &demoPath, const QString &csvPath) {
    QStandardPaths::setTestModeEnabled(true);
    const QJsonObject gui = dumpGui(demoPath, csvPath);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(gui).toJson(QJsonDocument::Compact));
    return 0;
}

// --- the parent: starts the children and the command line, then compares ---

/// One program run of the comparison: a child dump or a command of the real binary.
struct Job {
    QString language;
    QString kind; ///< what the passages are filed under ("gui", "report pdf", "cli check", ...)
    QString program;
    QStringList args;
    QString output; ///< a file the run writes, read after it (empty: stdout and stderr)
};

QByteArray fileContents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Copies `from` to `to` through a temporary file and a rename, so that a test running in
/// parallel never sees a missing or half-written file.
bool replaceFile(const QString &from, const QString &to) {
    const QString temporary =
        to + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    return QFile::copy(from, temporary) && std::rename(QFile::encodeName(temporary).constData(),
                                                       QFile::encodeName(to).constData()) == 0;
}

} // namespace

class TestRuntimeTranslations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_csv;
    UserData m_data;
    /// Passages by language, then by kind.
    QHash<QString, QHash<QString, Passages>> m_text;
    QStringList m_runProblems;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void addUserData();
    void runAll(std::vector<Job> jobs);
    void collect(const Job &job, QProcess &process);

private slots:
    void initTestCase();
    void everyPassageIsTranslated_data();
    void everyPassageIsTranslated();
    void fieldTitlesAndStorageErrors();
    void countsAgreeInEveryLanguage();
    void englishCountsAreWords();
    void exceptionsAreRealTranslations_data();
    void exceptionsAreRealTranslations();
    void cleanup();
};

void TestRuntimeTranslations::initTestCase() {
    QElapsedTimer timer;
    timer.start();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // language::apply looks beside the binary, where a package installs the .qm files.
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/partnerscope/translations");
    QVERIFY(QDir().mkpath(installed));
    for (const QString &code : kLanguages) {
        const QString name = QStringLiteral("partnerscope_%1.qm").arg(code);
        QVERIFY2(
            replaceFile(QStringLiteral(PS_QM_DIR "/") + name, installed + QLatin1Char('/') + name),
            qPrintable(name));
    }

    // The demo, a file that is not a portfolio, and a portfolio with invalid data.
    m_demo = path(QStringLiteral("lumora.partnerscope"));
    PortfolioData demo = demoPortfolio();
    ensureScenario(demo);
    QString error;
    QVERIFY2(PortfolioFile::save(demo, m_demo, &error), qPrintable(error));
    const QString notPortfolio = path(QStringLiteral("notes.partnerscope"));
    {
        QFile file(notPortfolio);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Quarterly partner notes, not a portfolio.\n");
    }
    const QString invalid = path(QStringLiteral("invalid.partnerscope"));
    QVERIFY(QFile::copy(m_demo, invalid));
    {
        SqliteDb db;
        QCOMPARE(db.open(invalid, SQLITE_OPEN_READWRITE), SQLITE_OK);
        QVERIFY(db.exec("UPDATE partners SET rating_market_reach = 9 WHERE id IN "
                        "(SELECT id FROM partners LIMIT 4)"));
    }
    m_csv = QStringLiteral(PS_TEST_DATA_DIR "/import/salesforce_bad_rows.csv");
    const QString ahp = path(QStringLiteral("judgments.csv"));
    {
        QFile file(ahp);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(",Reach,Fit,Capability,Commitment\n"
                   "Reach,1,9,1/9,3\n"
                   "Fit,1/9,1,5,1/7\n"
                   "Capability,9,1/5,1,4\n"
                   "Commitment,1/3,7,1/4,1\n");
    }
    addUserData();
    for (const QString &name : {m_demo, notPortfolio, invalid, m_csv, ahp}) {
        m_data.add(name);
        m_data.add(QFileInfo(name).fileName());
    }
    for (const Passage &cell : csvText(QString::fromUtf8(fileContents(ahp)), QString()))
        m_data.add(cell.text);

    const QString self = QCoreApplication::applicationFilePath();
    const QString bin = QStringLiteral(PARTNERSCOPE_BIN);
    const QString terms = QStringLiteral(PS_TEST_DATA_DIR "/royalty/pilot-priced.json");
    std::vector<Job> jobs;
    for (const QString &lang : kLanguages) {
        const auto out = [&](const QString &name) { return path(lang + QLatin1Char('-') + name); };
        jobs.push_back(
            {lang,
             QStringLiteral("gui"),
             self,
             {QStringLiteral("--dump-gui"), out(QStringLiteral("gui.json")), m_demo, m_csv},
             out(QStringLiteral("gui.json"))});
        for (const QString &view :
             {QStringLiteral("matrix"), QStringLiteral("map"), QStringLiteral("heatmap"),
              QStringLiteral("segments"), QStringLiteral("economics")})
            jobs.push_back({lang,
                            QStringLiteral("chart ") + view,
                            bin,
                            {QStringLiteral("render"), m_demo, QStringLiteral("--view"), view,
                             QStringLiteral("-o"), out(view + QStringLiteral(".svg"))},
                            out(view + QStringLiteral(".svg"))});
        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("xlsx"),
                                      QStringLiteral("csv"), QStringLiteral("html")})
            jobs.push_back({lang,
                            QStringLiteral("report ") + format,
                            bin,
                            {QStringLiteral("report"), m_demo, QStringLiteral("-o"),
                             out(QStringLiteral("report.") + format)},
                            out(QStringLiteral("report.") + format)});
        const auto cli = [&](const QString &kind, const QStringList &args) {
            jobs.push_back({lang, QStringLiteral("cli ") + kind, bin, args, QString()});
        };
        cli(QStringLiteral("check invalid"), {QStringLiteral("check"), invalid});
        cli(QStringLiteral("check not a portfolio"), {QStringLiteral("check"), notPortfolio});
        cli(QStringLiteral("score"), {QStringLiteral("score"), m_demo});
        cli(QStringLiteral("metrics"), {QStringLiteral("metrics"), m_demo});
        cli(QStringLiteral("royalty"), {QStringLiteral("royalty"), terms});
        cli(QStringLiteral("ahp"), {QStringLiteral("ahp"), ahp});
        cli(QStringLiteral("import"), {QStringLiteral("import"), m_demo, QStringLiteral("--csv"),
                                       m_csv, QStringLiteral("--dry-run")});
        cli(QStringLiteral("usage error"),
            {QStringLiteral("score"), m_demo, QStringLiteral("--format"), QStringLiteral("yaml")});
        cli(QStringLiteral("help"), {QStringLiteral("--help")});
        cli(QStringLiteral("command help"), {QStringLiteral("report"), QStringLiteral("--help")});
    }
    const size_t jobCount = jobs.size();
    runAll(std::move(jobs));
    QVERIFY2(m_runProblems.isEmpty(), qPrintable(m_runProblems.join(QLatin1Char('\n'))));
    qInfo("%d runs in %.1f s", int(jobCount), double(timer.elapsed()) / 1000.0);
}

/// Every text the portfolio holds (the Text, List and Json columns of every table) and the
/// cells of the sample import file are user data.
void TestRuntimeTranslations::addUserData() {
    SqliteDb db;
    QCOMPARE(db.open(m_demo, SQLITE_OPEN_READONLY), SQLITE_OK);
    int count = 0;
    const Tables::Table *const *tables = Tables::all(&count);
    for (int t = 0; t < count; ++t) {
        const Tables::Table &table = *tables[t];
        Statement select(db.handle(), Tables::selectSql(table));
        while (select.step() == SQLITE_ROW) {
            for (int c = 0; c < table.count; ++c) {
                const Tables::Type type = table.columns[c].type;
                if (type != Tables::Type::Text && type != Tables::Type::List &&
                    type != Tables::Type::Json)
                    continue;
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(select.handle(), c));
                if (!text)
                    continue;
                const QString value = QString::fromUtf8(text);
                m_data.add(value);
                if (type == Tables::Type::List)
                    for (const QString &item : value.split(QLatin1Char(';')))
                        m_data.add(item);
            }
        }
    }
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    for (const Passage &cell : csvText(QString::fromUtf8(csv.readAll()), QString()))
        m_data.add(cell.text);
}

/// Runs the jobs two at a time (the machine's cores), in the language of each.
void TestRuntimeTranslations::runAll(std::vector<Job> jobs) {
    const auto parallel = static_cast<size_t>(std::clamp(QThread::idealThreadCount(), 2, 4));
    std::vector<std::unique_ptr<QProcess>> running(parallel);
    std::vector<size_t> jobOf(parallel);
    size_t next = 0;
    int active = 0;
    QEventLoop loop;
    const auto start = [&](size_t slot) {
        const Job &job = jobs[next];
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PARTNERSCOPE_LANG"), job.language);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false"));
        // A home of its own: no recent files or settings from other runs.
        env.insert(QStringLiteral("HOME"), m_dir.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        process->setProcessEnvironment(env);
        QObject::connect(process.get(), &QProcess::finished, &loop, [&, slot] {
            collect(jobs[jobOf[slot]], *running[slot]);
            --active;
            loop.quit();
        });
        process->start(job.program, job.args);
        jobOf[slot] = next++;
        running[slot] = std::move(process);
        ++active;
    };
    while (next < jobs.size() || active > 0) {
        for (size_t slot = 0; slot < running.size() && next < jobs.size(); ++slot)
            if (!running[slot] || running[slot]->state() == QProcess::NotRunning)
                start(slot);
        if (active > 0)
            loop.exec();
    }
}

void TestRuntimeTranslations::collect(const Job &job, QProcess &process) {
    const QString where = job.language + QLatin1Char(' ') + job.kind;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit) {
        m_runProblems << where + QStringLiteral(" crashed: ") + err;
        return;
    }
    QHash<QString, Passages> &text = m_text[job.language];
    if (job.output.isEmpty()) {
        Passages passages = cliText(out, where + QStringLiteral(" (stdout)"));
        const Passages errors = cliText(err, where + QStringLiteral(" (stderr)"));
        passages.insert(passages.end(), errors.begin(), errors.end());
        text[job.kind] = passages;
        return;
    }
    if (process.exitCode() != 0) {
        m_runProblems
            << QStringLiteral("%1 failed (%2): %3").arg(where).arg(process.exitCode()).arg(err);
        return;
    }
    if (job.kind == QLatin1String("gui")) {
        QFile file(job.output);
        if (!file.open(QIODevice::ReadOnly)) {
            m_runProblems << where + QStringLiteral(" wrote nothing");
            return;
        }
        const QJsonObject gui = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = gui.begin(); it != gui.end(); ++it)
            text[QStringLiteral("gui ") + it.key()] = fromJson(it.value().toArray());
        return;
    }
    const QString suffix = QFileInfo(job.output).suffix();
    QFile file(job.output);
    if (suffix == QLatin1String("pdf")) {
        text[job.kind] = pdfText(job.output, where);
    } else if (suffix == QLatin1String("xlsx")) {
        text[job.kind] = xlsxText(job.output, where);
    } else if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("svg"))
            text[job.kind] = svgText(bytes, where);
        else if (suffix == QLatin1String("html"))
            text[job.kind] = htmlText(QString::fromUtf8(bytes), where);
        else
            text[job.kind] = csvText(QString::fromUtf8(bytes), where);
    }
    if (text.value(job.kind).empty())
        m_runProblems << where + QStringLiteral(": no text found in ") + job.output;
}

void TestRuntimeTranslations::everyPassageIsTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind");
    QStringList kinds = m_text.value(QStringLiteral("en")).keys();
    kinds.sort();
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("fr")})
        for (const QString &kind : kinds)
            QTest::newRow(qPrintable(lang + QLatin1Char(' ') + kind)) << lang << kind;
}

void TestRuntimeTranslations::everyPassageIsTranslated() {
    QFETCH(QString, language);
    QFETCH(QString, kind);
    const Passages english = m_text.value(QStringLiteral("en")).value(kind);
    const Passages other = m_text.value(language).value(kind);
    QVERIFY2(!english.empty() && !other.empty(), "nothing was read");
    const std::vector<Offence> found =
        untranslated(english, other, m_data, exceptionsFor(language));
    // Every offending passage with where it came from (QVERIFY2 would cut a long list short).
    for (const Offence &o : found)
        qWarning().noquote() << QStringLiteral("untranslated: \"%1\"  [%2]  (words: %3)")
                                    .arg(o.passage.text, o.passage.where,
                                         o.words.join(QLatin1Char(' ')));
    QVERIFY2(found.empty(), qPrintable(QStringLiteral("%1 of %2 passages read the same as in "
                                                      "English (listed above)")
                                           .arg(found.size())
                                           .arg(other.size())));
}

/// In-process, with the translators the application installs: a field title and a storage
/// error come out in German (and French).
void TestRuntimeTranslations::fieldTitlesAndStorageErrors() {
    QVERIFY(language::apply(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(fieldTitle(PartnerField::Model), QStringLiteral("Modell"));
    QCOMPARE(fieldTitle(PartnerField::Upstream), QStringLiteral("Bezug über"));
    const QString notPortfolio = path(QStringLiteral("notes.partnerscope"));
    PortfolioFile::LoadResult loaded = PortfolioFile::load(notPortfolio);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.message.contains(QStringLiteral("ist kein Partnerscope-Portfolio")),
             qPrintable(loaded.message));
    loaded = PortfolioFile::load(path(QStringLiteral("missing.partnerscope")));
    QVERIFY2(loaded.message.contains(QStringLiteral("existiert nicht")),
             qPrintable(loaded.message));

    QVERIFY(language::apply(*qApp, QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(fieldTitle(PartnerField::Model), QStringLiteral("Modèle"));
    loaded = PortfolioFile::load(notPortfolio);
    QVERIFY2(loaded.message.contains(QStringLiteral("n’est pas un portefeuille")) ||
                 loaded.message.contains(QStringLiteral("n'est pas un portefeuille")),
             qPrintable(loaded.message));
}

/// "1 partner", "3 partners": the English plural forms (a plural-only translation that every
/// language falls back to) and the German and French ones, through the translators the
/// application installs.
void TestRuntimeTranslations::countsAgreeInEveryLanguage() {
    const auto deletePartners = [](int n) {
        return QCoreApplication::translate("ps::edit", "Delete %n partners", nullptr, n);
    };
    QVERIFY(!language::apply(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(deletePartners(1), QStringLiteral("Delete 1 partner"));
    QCOMPARE(deletePartners(3), QStringLiteral("Delete 3 partners"));
    QVERIFY(language::apply(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(deletePartners(3), QStringLiteral("3 Partner löschen"));
    QVERIFY(language::apply(*qApp, QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(deletePartners(0), QStringLiteral("Supprimer 0 partenaire"));
    QCOMPARE(deletePartners(2), QStringLiteral("Supprimer 2 partenaires"));
    // A language we do not ship reads English, with English plurals.
    QVERIFY(!language::apply(*qApp, QLocale(QLocale::Spanish, QLocale::Spain)));
    QCOMPARE(deletePartners(1), QStringLiteral("Delete 1 partner"));
}

/// No English text the program writes leaves a count's noun half-done ("3 partner(s)").
void TestRuntimeTranslations::englishCountsAreWords() {
    static const QRegularExpression unresolved(QStringLiteral("\\w\\((s|es)\\)"));
    QStringList found;
    const QHash<QString, Passages> english = m_text.value(QStringLiteral("en"));
    for (auto it = english.begin(); it != english.end(); ++it)
        for (const Passage &p : it.value())
            if (unresolved.match(p.text).hasMatch())
                found << QStringLiteral("\"%1\"  [%2]").arg(p.text, p.where);
    found.removeDuplicates();
    for (const QString &line : found)
        qWarning().noquote() << line;
    QVERIFY2(found.isEmpty(), "English text with (s) plurals (listed above)");
}

void TestRuntimeTranslations::exceptionsAreRealTranslations_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

/// Each word of an exception list is one the translation really uses, so the list cannot hide
/// an English word the translators never chose.
void TestRuntimeTranslations::exceptionsAreRealTranslations() {
    QFETCH(QString, language);
    QFile ts(QStringLiteral(PS_SOURCE_DIR "/translations/partnerscope_%1.ts").arg(language));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QSet<QString> used;
    for (const Passage &p : xmlText(ts.readAll(), QString(),
                                    {QStringLiteral("translation"), QStringLiteral("numerusform")}))
        for (const QString &w : words(p.text))
            used.insert(w);
    QStringList unused;
    for (const QString &w : kSameWords.at(language))
        if (!used.contains(w))
            unused << w;
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(QLatin1String(", "))));
}

void TestRuntimeTranslations::cleanup() {
    language::apply(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_runtimetranslations"));
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--dump-gui")) {
        // As app/main.cpp: the language first, then everything else.
        language::apply(app, language::effectiveLocale());
        return runChild(args.at(2), args.at(3), args.at(4));
    }
    TestRuntimeTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runtimetranslations.moc"
