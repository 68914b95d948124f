// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop voting as a facilitator and a room use it: O asks for the network (loopback chosen
// by default) and opens the server, participants join and answer over HTTP, the projector's
// panel shows the room's weights, "Apply group weights" is one undo step with the AIJ weights,
// placement votes stay hidden until R, a decision keeps the votes and the evidence in the file
// and in the summary export, Shift+O stops the server, and the GUI keeps its timers while the
// server is flooded from another thread.
#include "core/demo/demoportfolio.h"
#include "core/scoring/profiles.h"
#include "core/storage/portfoliofile.h"
#include "ui/document/document.h"
#include "ui/document/scoringcontroller.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/workshop/decisionoverlay.h"
#include "ui/workshop/groupweightsview.h"
#include "ui/workshop/interfacedialog.h"
#include "ui/workshop/qrcodewidget.h"
#include "ui/workshop/votebars.h"
#include "ui/workshop/votingpanel.h"
#include "ui/workshop/workshopdecisions.h"
#include "ui/workshop/workshopvoting.h"
#include "ui/workshop/workshopwindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <cmath>
#include <memory>

using namespace ps;

namespace {

/// A participant's phone: HTTP through QNetworkAccessManager, as a browser would.
class Phone {
public:
    explicit Phone(quint16 port)
        : m_port(port) {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    /// Sends a request; returns the JSON answer and sets *status to the HTTP status.
    QJsonObject call(const QByteArray &method, const QString &path,
                     const QJsonObject &body = QJsonObject(), int *status = nullptr) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        const QByteArray payload =
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_lastError = reply->error();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    bool join(const QString &name, const QString &code) {
        const QJsonObject answer =
            call("POST", QStringLiteral("/api/join"),
                 {{QStringLiteral("name"), name}, {QStringLiteral("code"), code}});
        m_token = answer.value(QLatin1String("token")).toString().toLatin1();
        return !m_token.isEmpty();
    }

    /// Every comparison of both axes from weights per criterion (four per axis): a_ij = w_i/w_j.
    int judge(const std::array<double, 4> &potential, const std::array<double, 4> &readiness) {
        static const char *const keys[2][4] = {
            {"icp_influence", "market_reach", "commercial_contribution", "strategic_fit"},
            {"capability", "commitment", "enablement", "cost_to_serve"}};
        QJsonArray list;
        for (int g = 0; g < 2; ++g) {
            const std::array<double, 4> &w = g == 0 ? potential : readiness;
            for (int a = 0; a < 4; ++a)
                for (int b = a + 1; b < 4; ++b)
                    list.append(
                        QJsonObject{{QStringLiteral("group"),
                                     QLatin1String(g == 0 ? "potential" : "readiness")},
                                    {QStringLiteral("a"), QLatin1String(keys[g][a])},
                                    {QStringLiteral("b"), QLatin1String(keys[g][b])},
                                    {QStringLiteral("value"), w[size_t(a)] / w[size_t(b)]}});
        }
        int status = 0;
        call("POST", QStringLiteral("/api/judgments"),
             {{QStringLiteral("sequence"), ++m_sequence}, {QStringLiteral("judgments"), list}},
             &status);
        return status;
    }

    int vote(const QString &partner, const QString &choice) {
        int status = 0;
        call("POST", QStringLiteral("/api/vote"),
             {{QStringLiteral("sequence"), ++m_sequence},
              {QStringLiteral("partner"), partner},
              {QStringLiteral("choice"), choice}},
             &status);
        return status;
    }

    QNetworkReply::NetworkError lastError() const { return m_lastError; }

private:
    QNetworkAccessManager m_nam;
    quint16 m_port;
    QByteArray m_token;
    qint64 m_sequence = 0;
    QNetworkReply::NetworkError m_lastError = QNetworkReply::NoError;
};

/// Three participants whose own matrices are perfectly consistent, so the group weights can be
/// worked out by hand: AIJ of consistent matrices is consistent with the geometric mean of
/// their weights.
const std::array<double, 4> roomPotential[3] = {{4, 2, 2, 1}, {1, 1, 1, 1}, {2, 1, 1, 1}};
const std::array<double, 4> roomReadiness[3] = {{1, 1, 1, 1}, {1, 2, 4, 8}, {1, 1, 2, 2}};

std::vector<double> handAij(const std::array<double, 4> (&room)[3]) {
    std::vector<double> w(4);
    double sum = 0.0;
    for (size_t c = 0; c < 4; ++c) {
        // Each participant's weights normalized, then the geometric mean per criterion.
        double product = 1.0;
        for (const auto &p : room)
            product *= p[c] / (p[0] + p[1] + p[2] + p[3]);
        w[c] = std::cbrt(product);
        sum += w[c];
    }
    for (double &v : w)
        v /= sum;
    return w;
}

QString percentText(double share) {
    return GroupWeightsView::tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', 1));
}

} // namespace

class TestWorkshopVoting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openVotingServesOnLoopbackAndCloseStopsIt();
    void panelShowsTheRoomAndApplyIsOneUndoStep();
    void placementVotesStayHiddenUntilRevealed();
    void decisionKeepsItsEvidenceInTheFileAndTheExport();
    void guiKeepsTimeWhileTheServerIsFlooded();
    void votingScreenFitsBothProjectors_data();
    void votingScreenFitsBothProjectors();

private:
    WorkshopWindow *enter();
    /// Opens voting on loopback without the dialog; the server's port.
    quint16 openOnLoopback(WorkshopWindow *workshop);
    /// Three phones joined and answered every comparison; the panel shows all three.
    void roomAnswers(WorkshopWindow *workshop, std::vector<std::unique_ptr<Phone>> &phones);

    std::unique_ptr<MainWindow> m_window;
};

void TestWorkshopVoting::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workshopvoting"));
}

void TestWorkshopVoting::init() {
    m_window = std::make_unique<MainWindow>();
    m_window->prompts().askToSave = [](MainWindow &) { return MainWindow::SaveAnswer::Discard; };
    PortfolioData data = demoPortfolio();
    ensureScenario(data);
    m_window->showData(std::move(data), QString(), true);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->scoring()->refreshNow();
}

void TestWorkshopVoting::cleanup() {
    m_window.reset();
}

WorkshopWindow *TestWorkshopVoting::enter() {
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    return m_window->findChild<WorkshopWindow *>();
}

quint16 TestWorkshopVoting::openOnLoopback(WorkshopWindow *workshop) {
    if (!workshop->openVoting(QHostAddress(QHostAddress::LocalHost)))
        return 0;
    return workshop->voting()->server()->port();
}

void TestWorkshopVoting::roomAnswers(WorkshopWindow *workshop,
                                     std::vector<std::unique_ptr<Phone>> &phones) {
    const quint16 port = workshop->voting()->server()->port();
    const QString code = workshop->voting()->session()->joinCode();
    const QStringList names = {QStringLiteral("Ada"), QStringLiteral("Grace"),
                               QStringLiteral("Linus")};
    for (int i = 0; i < 3; ++i) {
        phones.push_back(std::make_unique<Phone>(port));
        QVERIFY(phones.back()->join(names[i], code));
        QCOMPARE(phones.back()->judge(roomPotential[i], roomReadiness[i]), 200);
    }
    QTRY_VERIFY(workshop->votingPanel()->weightsView(0)->answeredLabel()->text().startsWith(
        QStringLiteral("3 of 3")));
}

void TestWorkshopVoting::openVotingServesOnLoopbackAndCloseStopsIt() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    QVERIFY(!workshop->voting()->isOpen());

    // O asks which network: loopback is listed first and chosen; no wildcard is offered.
    QStringList offered;
    int chosenRow = -1;
    QTimer::singleShot(100, [&] {
        auto *dialog = qobject_cast<InterfaceDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        for (int i = 0; i < dialog->list()->count(); ++i)
            offered << dialog->list()->item(i)->text();
        chosenRow = dialog->list()->currentRow();
        dialog->accept();
    });
    QTest::keyClick(workshop, Qt::Key_O);
    QVERIFY(!offered.isEmpty());
    QCOMPARE(chosenRow, 0);
    QVERIFY2(offered.first().contains(QStringLiteral("127.0.0.1")), qPrintable(offered.first()));
    for (const QString &line : offered)
        QVERIFY2(!line.contains(QStringLiteral("0.0.0.0")), qPrintable(line));
    for (const NetworkChoice &c : ipv4Choices())
        QVERIFY(c.address.protocol() == QAbstractSocket::IPv4Protocol && !c.address.isNull());

    QVERIFY(workshop->voting()->isOpen());
    voting::VotingServer *server = workshop->voting()->server();
    QCOMPARE(server->address(), QHostAddress(QHostAddress::LocalHost));
    const quint16 port = server->port();
    QVERIFY(port != 0);
    QVERIFY(workshop->isVotingShown());
    QCOMPARE(workshop->stepIndicator()->text(), QStringLiteral("Voting"));

    // The projector: the address, the join code in large type, a QR code of the join URL.
    VotingPanel *panel = workshop->votingPanel();
    QCOMPARE(panel->addressLabel()->text(), QStringLiteral("127.0.0.1:%1").arg(port));
    const QString code = workshop->voting()->session()->joinCode();
    QVERIFY(panel->codeLabel()->text().contains(code));
    QVERIFY(panel->codeLabel()->font().pixelSize() >= 38 ||
            panel->codeLabel()->fontInfo().pixelSize() >= 38);
    QCOMPARE(panel->qrCode()->text(), server->joinUrl().toEncoded());
    QVERIFY(panel->qrCode()->matrix().has_value());

    // A phone gets the page and joins; the facilitator sees it and can remove it.
    Phone phone(port);
    int status = 0;
    phone.call("GET", QStringLiteral("/"), {}, &status);
    QCOMPARE(status, 200);
    QVERIFY(phone.join(QStringLiteral("Ada"), code));
    QTRY_COMPARE(panel->participantList()->rowCount(), 1);
    QCOMPARE(panel->participantList()->item(0, 0)->text(), QStringLiteral("Ada"));
    QCOMPARE(panel->participantList()->item(0, 1)->text(), QStringLiteral("0/6 · 0/6"));
    panel->participantList()->selectRow(0);
    QVERIFY(panel->removeButton()->isEnabled());
    QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(panel->participantList()->rowCount(), 0);
    phone.call("GET", QStringLiteral("/api/state"), {}, &status);
    QCOMPARE(status, 401); // removed: the token no longer counts

    // Rotate code: a new code on the projector and in the QR code.
    QTest::mouseClick(panel->rotateButton(), Qt::LeftButton);
    QTRY_VERIFY(!panel->codeLabel()->text().contains(code));
    QVERIFY(panel->qrCode()->text().endsWith(workshop->voting()->session()->joinCode().toLatin1()));

    // V hides and shows the voting screen; Shift+O closes voting and stops the server.
    QTest::keyClick(workshop, Qt::Key_V);
    QVERIFY(!workshop->isVotingShown());
    QTest::keyClick(workshop, Qt::Key_V);
    QVERIFY(workshop->isVotingShown());
    QTest::keyClick(workshop, Qt::Key_O, Qt::ShiftModifier);
    QVERIFY(!workshop->voting()->isOpen());
    QVERIFY(!workshop->isVotingShown());
    Phone late(port);
    late.call("GET", QStringLiteral("/"), {}, &status);
    QCOMPARE(late.lastError(), QNetworkReply::ConnectionRefusedError);

    // Leaving the workshop with voting open stops the server too.
    QVERIFY(openOnLoopback(workshop) != 0);
    const quint16 again = workshop->voting()->server()->port();
    QTest::keyClick(workshop, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<WorkshopWindow *>());
    Phone afterwards(again);
    afterwards.call("GET", QStringLiteral("/"), {}, &status);
    QCOMPARE(afterwards.lastError(), QNetworkReply::ConnectionRefusedError);
}

void TestWorkshopVoting::panelShowsTheRoomAndApplyIsOneUndoStep() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    QVERIFY(openOnLoopback(workshop) != 0);
    std::vector<std::unique_ptr<Phone>> phones;
    roomAnswers(workshop, phones);
    if (QTest::currentTestFailed())
        return;

    VotingPanel *panel = workshop->votingPanel();
    const std::vector<double> potential = handAij(roomPotential);
    const std::vector<double> readiness = handAij(roomReadiness);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(panel->weightsView(0)->aijLabel(i)->text(), percentText(potential[size_t(i)]));
        QCOMPARE(panel->weightsView(1)->aijLabel(i)->text(), percentText(readiness[size_t(i)]));
        // AIP of consistent matrices is the same geometric mean.
        QCOMPARE(panel->weightsView(0)->aipLabel(i)->text(), percentText(potential[size_t(i)]));
    }
    // The readiness answers differ widely (1:1:1:1 against 1:2:4:8): the consensus is lower
    // there, and both are read out in words.
    const QString potentialConsensus = panel->weightsView(0)->consensusLabel()->text();
    const QString readinessConsensus = panel->weightsView(1)->consensusLabel()->text();
    QVERIFY2(potentialConsensus.startsWith(QStringLiteral("Consensus 0.")),
             qPrintable(potentialConsensus));
    QVERIFY(!panel->weightsView(0)->readingLabel()->text().isEmpty());
    QVERIFY(panel->weightsView(1)->readingLabel()->text().contains(QStringLiteral("agreement")));
    const voting::Aggregate &aggregate = workshop->voting()->session()->aggregate();
    QVERIFY(aggregate.groups[1].result->consensus < aggregate.groups[0].result->consensus);
    QVERIFY(readinessConsensus.contains(
        QLocale().toString(aggregate.groups[1].result->consensus, 'f', 3)));
    // The comparisons the room disagrees on most are named.
    QVERIFY2(panel->disagreementsLabel()->text().contains(QStringLiteral(" vs ")),
             qPrintable(panel->disagreementsLabel()->text()));

    // Apply group weights: one undo step, the AIJ weights in percent of each axis.
    QUndoStack *stack = m_window->document()->undoStack();
    const Scenario before = *m_window->document()->portfolio()->activeScenario();
    const int index = stack->index();
    QVERIFY(panel->applyButton()->isEnabled());
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    QCOMPARE(stack->index(), index + 1);
    const Scenario &after = *m_window->document()->portfolio()->activeScenario();
    for (int profile = 0; profile < ProfileCount; ++profile)
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::abs(after.profiles[size_t(profile)].weight(
                                 criteriaOf(Axis::Potential)[size_t(i)]) -
                             100.0 * potential[size_t(i)]) < 1e-6);
            QVERIFY(std::abs(after.profiles[size_t(profile)].weight(
                                 criteriaOf(Axis::Readiness)[size_t(i)]) -
                             100.0 * readiness[size_t(i)]) < 1e-6);
        }
    stack->undo();
    QVERIFY(*m_window->document()->portfolio()->activeScenario() == before);

    // To one profile only: the others keep their weights. G is the same as the button.
    const int reseller = profileIndex(PartnerModel::Reseller);
    panel->profileCombo()->setCurrentIndex(panel->profileCombo()->findData(reseller));
    QTest::keyClick(workshop, Qt::Key_G);
    QCOMPARE(stack->index(), index + 1);
    const Scenario &one = *m_window->document()->portfolio()->activeScenario();
    QVERIFY(std::abs(one.profiles[size_t(reseller)].weight(Criterion::IcpInfluence) -
                     100.0 * potential[0]) < 1e-6);
    const int si = profileIndex(PartnerModel::SystemsIntegrator);
    QCOMPARE(one.profiles[size_t(si)], before.profiles[size_t(si)]);
}

void TestWorkshopVoting::placementVotesStayHiddenUntilRevealed() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    workshop->setStep(WorkshopWindow::Matrix);
    QTest::keyClick(workshop, Qt::Key_N);
    const Partner *spotlit =
        m_window->document()->portfolio()->find<Partner>(workshop->spotlight());
    QVERIFY(spotlit);
    const quint16 port = openOnLoopback(workshop);
    QVERIFY(port != 0);
    QCOMPARE(workshop->voting()->session()->spotlight(), spotlit->name);
    const QString code = workshop->voting()->session()->joinCode();
    std::vector<std::unique_ptr<Phone>> phones;
    const QStringList choices = {QStringLiteral("invest"), QStringLiteral("invest"),
                                 QStringLiteral("exit")};
    for (int i = 0; i < 3; ++i) {
        phones.push_back(std::make_unique<Phone>(port));
        QVERIFY(phones.back()->join(QStringLiteral("P%1").arg(i + 1), code));
        QCOMPARE(phones.back()->vote(spotlit->name, choices[i]), 200);
    }
    PlacementVotesView *view = workshop->votingPanel()->placementVotes();
    QTRY_VERIFY2(view->statusLabel()->text().startsWith(QStringLiteral("3 of 3")),
                 qPrintable(view->statusLabel()->text()));
    QVERIFY(view->titleLabel()->text().contains(spotlit->name));
    QVERIFY(view->bars()->isHidden());
    // Nobody sees the distribution yet, not even through the API.
    QJsonObject state = phones[0]->call("GET", QStringLiteral("/api/state"));
    QVERIFY(state.value(QLatin1String("spotlight"))
                .toObject()
                .value(QLatin1String("distribution"))
                .isNull());
    // The matrix step shows the count, not the votes.
    QVERIFY(!workshop->matrixVotes()->isHidden());
    QVERIFY(!workshop->matrixVotes()->revealed());
    QVERIFY(workshop->matrixVotes()->text().contains(QStringLiteral("3 of 3")));

    QTest::keyClick(workshop, Qt::Key_R);
    QTRY_VERIFY(!view->bars()->isHidden());
    QCOMPARE(view->bars()->counts(), (std::array<int, 4>{2, 0, 0, 1}));
    QVERIFY(workshop->matrixVotes()->revealed());
    workshop->showVoting(true);
    QCoreApplication::processEvents();
    QVERIFY(view->bars()->barRect(0).width() > view->bars()->barRect(3).width());
    QVERIFY(view->bars()->barRect(3).width() > 0);
    QCOMPARE(view->bars()->barRect(1).width(), 0);
    state = phones[1]->call("GET", QStringLiteral("/api/state"));
    const QJsonObject distribution = state.value(QLatin1String("spotlight"))
                                         .toObject()
                                         .value(QLatin1String("distribution"))
                                         .toObject();
    QCOMPARE(distribution.value(QLatin1String("invest")).toInt(), 2);
    QCOMPARE(distribution.value(QLatin1String("exit")).toInt(), 1);
    // After the reveal no more votes are taken on this partner.
    QCOMPARE(phones[2]->vote(spotlit->name, QStringLiteral("develop")), 409);

    // Spotlighting another partner starts a new, hidden vote.
    QTest::keyClick(workshop, Qt::Key_N);
    QTRY_VERIFY(view->bars()->isHidden());
    QVERIFY(view->statusLabel()->text().startsWith(QStringLiteral("0 of 3")));
}

void TestWorkshopVoting::decisionKeepsItsEvidenceInTheFileAndTheExport() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    QVERIFY(openOnLoopback(workshop) != 0);
    std::vector<std::unique_ptr<Phone>> phones;
    roomAnswers(workshop, phones);
    if (QTest::currentTestFailed())
        return;
    // A partner that is not invested yet, spotlighted; two vote invest, one develop; revealed.
    Id id = 0;
    for (int i = 0; i < 100 && id == 0; ++i) {
        QTest::keyClick(workshop, Qt::Key_N);
        const Partner *p = m_window->document()->portfolio()->find<Partner>(workshop->spotlight());
        if (p && p->decision != Decision::Invest)
            id = p->id;
    }
    QVERIFY(id != 0);
    const QString name = m_window->document()->portfolio()->find<Partner>(id)->name;
    QCOMPARE(phones[0]->vote(name, QStringLiteral("invest")), 200);
    QCOMPARE(phones[1]->vote(name, QStringLiteral("develop")), 200);
    QCOMPARE(phones[2]->vote(name, QStringLiteral("invest")), 200);
    QTRY_COMPARE(workshop->voting()->session()->voteCount(), 3);
    QTest::keyClick(workshop, Qt::Key_R);

    QUndoStack *stack = m_window->document()->undoStack();
    const int index = stack->index();
    const size_t logSize = m_window->document()->portfolio()->decisionLog().size();
    QTest::keyClick(workshop, Qt::Key_D);
    QTest::keyClick(workshop, Qt::Key_I);
    DecisionOverlay *overlay = workshop->decisionOverlay();
    overlay->ownerEdit()->setText(QStringLiteral("Maria Lopez"));
    QTest::keyClick(overlay->ownerEdit(), Qt::Key_Return);
    QCOMPARE(stack->index(), index + 1); // decision, details and evidence: one step

    const std::vector<DecisionRecord> &log = m_window->document()->portfolio()->decisionLog();
    QCOMPARE(log.size(), logSize + 1);
    const DecisionRecord record = log.back();
    QCOMPARE(record.partnerId, id);
    QCOMPARE(record.decision, Decision::Invest);
    QCOMPARE(record.owner, QStringLiteral("Maria Lopez"));
    QCOMPARE(record.votes.size(), size_t(3));
    QCOMPARE(record.votes[1].participant, QStringLiteral("Grace"));
    QCOMPARE(record.votes[1].choice, Decision::Develop);
    QCOMPARE(record.voteCounts()[size_t(Decision::Invest)], 2);
    // The room's consistency: every participant's matrices were consistent.
    QVERIFY(record.potentialCr.has_value() && *record.potentialCr < 1e-6);
    QVERIFY(record.readinessConsensus.has_value());
    QCOMPARE(record.participantCrs.size(), size_t(6));
    // The weights and the place the partner had then.
    const Partner &partner = *m_window->document()->portfolio()->find<Partner>(id);
    const Scenario &scenario = m_window->scoring()->scenario();
    QCOMPARE(record.scenarioName, scenario.name);
    QCOMPARE(record.weights, percentOfAxis(scenario.profileFor(partner.model)));
    const int row = m_window->scoring()->rowOf(id);
    QCOMPARE(record.quadrant, m_window->scoring()->scores()[size_t(row)].quadrant);
    QCOMPARE(record.potential, m_window->scoring()->scores()[size_t(row)].potential);
    if (!m_window->scoring()->stability().empty())
        QCOMPARE(record.stability,
                 std::optional<double>(m_window->scoring()->stability()[size_t(row)]));

    // In the summary export, CSV and HTML.
    const QString csv = QString::fromUtf8(workshop->decisions()->csv());
    QVERIFY2(csv.contains(QStringLiteral("Votes: Invest")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Grace: Develop")));
    QVERIFY(csv.contains(QStringLiteral("Potential CR (room)")));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString html = QString::fromUtf8(workshop->decisions()->html());
    QVERIFY(html.contains(QStringLiteral("Evidence: ") + name.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("Invest 2 · Develop 1 · Maintain 0 · Exit 0")));
    QVERIFY(html.contains(QStringLiteral("Linus: Invest")));

    // In the file: saved and read back as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.partnerscope"));
    QString error;
    QVERIFY2(m_window->document()->saveAs(path, &error), qPrintable(error));
    const PortfolioFile::LoadResult loaded = PortfolioFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.data->decisionLog.back(), record);

    // One undo takes the decision, its details and its record back.
    stack->undo();
    QCOMPARE(m_window->document()->portfolio()->decisionLog().size(), logSize);
    QVERIFY(m_window->document()->portfolio()->find<Partner>(id)->decision != Decision::Invest);
    QCOMPARE(workshop->decisions()->summary().size(), size_t(0));
}

namespace {

/// A 60 Hz timer that repaints the voting screen and records how regularly it fires.
struct FrameClock {
    QElapsedTimer clock;
    QTimer timer;
    qint64 last = -1;
    qint64 worst = 0;
    int ticks = 0;

    explicit FrameClock(QWidget *screen) {
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, screen, [this, screen] {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                worst = std::max(worst, now - last);
            last = now;
            ++ticks;
            screen->repaint();
        });
    }
    qint64 elapsed = 0;

    void start() {
        clock.start();
        timer.start(16);
    }
    void stop() {
        timer.stop();
        elapsed = clock.elapsed();
    }
    /// Ticks per second from start() to stop().
    double rate() const { return 1000.0 * ticks / std::max<qint64>(1, elapsed); }
};

/// Reads one whole HTTP response (headers and Content-Length body); false on a timeout or a
/// closed connection.
bool readResponse(QTcpSocket &socket) {
    QByteArray buffer;
    qsizetype need = -1;
    while (need < 0 || buffer.size() < need) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(500))
            return false;
        buffer += socket.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (need < 0 && end >= 0) {
            const qsizetype at = buffer.toLower().indexOf("content-length:");
            const qsizetype lineEnd = buffer.indexOf("\r\n", at);
            need = end + 4 +
                   (at < 0 ? 0 : buffer.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong());
        }
    }
    return true;
}

} // namespace

void TestWorkshopVoting::guiKeepsTimeWhileTheServerIsFlooded() {
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    const quint16 port = openOnLoopback(workshop);
    QVERIFY(port != 0);

    // The frame rate this machine manages right now without load on the server: other work
    // shares its cores, so the flood is judged against it.
    FrameClock quiet(workshop->votingPanel());
    quiet.start();
    QTest::qWait(1000);
    quiet.stop();

    // Another thread floods the server: keep-alive connections sending GET /api/state (and a
    // malformed request now and then) as fast as the answers come.
    std::atomic<bool> stop{false};
    std::atomic<int> answered{0};
    QThread *flood = QThread::create([&] {
        // From another loopback address: the rate limit is per client address, and the
        // latecomer below joins from 127.0.0.1.
        const QHostAddress from(QStringLiteral("127.0.0.2"));
        QTcpSocket sockets[4];
        for (QTcpSocket &s : sockets) {
            s.bind(from);
            s.connectToHost(QHostAddress::LocalHost, port);
        }
        int n = 0;
        while (!stop.load()) {
            for (QTcpSocket &s : sockets) {
                if (s.state() != QAbstractSocket::ConnectedState) {
                    s.abort();
                    s.bind(from);
                    s.connectToHost(QHostAddress::LocalHost, port);
                    s.waitForConnected(1000);
                    continue;
                }
                const QByteArray request =
                    ++n % 10 == 0 ? QByteArray("POST /api/join HTTP/1.1\r\nHost: 127.0.0.1:") +
                                        QByteArray::number(port) +
                                        "\r\nContent-Type: application/json\r\nContent-Length: "
                                        "5\r\n\r\n{{{{{"
                                  : QByteArray("GET /api/state HTTP/1.1\r\nHost: 127.0.0.1:") +
                                        QByteArray::number(port) + "\r\n\r\n";
                s.write(request);
                s.waitForBytesWritten(1000);
                if (readResponse(s))
                    ++answered;
            }
        }
    });
    flood->start();

    // Meanwhile the GUI's 60 Hz timer keeps firing, and a phone joining shows up.
    FrameClock busy(workshop->votingPanel());
    busy.start();
    QTest::qWait(500);
    Phone phone(port);
    QVERIFY(phone.join(QStringLiteral("Latecomer"), workshop->voting()->session()->joinCode()));
    QTRY_COMPARE_WITH_TIMEOUT(workshop->votingPanel()->participantList()->rowCount(), 1, 3000);
    QTest::qWait(1500);
    busy.stop();
    const double seconds = double(busy.elapsed) / 1000.0;
    stop = true;
    flood->wait();
    delete flood;
    qInfo("flood: %d answers in %.1f s; timer %.1f Hz (%.1f Hz without the flood), longest gap "
          "%lld ms",
          answered.load(), seconds, busy.rate(), quiet.rate(), busy.worst);
    QVERIFY2(answered.load() > 100, "the flood never reached the server");
    // A stall of half a second is a frozen projector; the timer keeps at least 40 % of the rate
    // this machine managed without the flood.
#if defined(__SANITIZE_ADDRESS__)
    // Under AddressSanitizer every allocation is instrumented and the two cores are shared with
    // another test: the GUI must still never freeze, but a stall up to 2 s is the instrument's.
    const qint64 worstAllowed = 2000;
#else
    const qint64 worstAllowed = 500;
#endif
    QVERIFY2(busy.worst < worstAllowed,
             qPrintable(QStringLiteral("longest gap %1 ms").arg(busy.worst)));
    QVERIFY2(busy.rate() > 0.4 * quiet.rate(),
             qPrintable(QStringLiteral("%1 Hz under the flood, %2 Hz without")
                            .arg(busy.rate())
                            .arg(quiet.rate())));
}

void TestWorkshopVoting::votingScreenFitsBothProjectors_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1280x720") << QSize(1280, 720);
}

void TestWorkshopVoting::votingScreenFitsBothProjectors() {
    // A full room: eight participants with long names, every comparison answered but one axis
    // of one, votes revealed on a spotlighted partner with a long name.
    QFETCH(QSize, size);
    WorkshopWindow *workshop = enter();
    QVERIFY(workshop);
    QTest::keyClick(workshop, Qt::Key_N);
    QVERIFY(openOnLoopback(workshop) != 0);
    voting::VotingSession *session = workshop->voting()->session();
    const QStringList names = {"Ada Lovelace-Byron", "Grace Brewster Hopper", "Linus",
                               "Margaret Hamilton",  "Katherine Johnson",     "Alan",
                               "Barbara Liskov",     "Edsger Dijkstra"};
    for (int i = 0; i < names.size(); ++i) {
        const auto joined = session->join(names[i], session->joinCode());
        QVERIFY(joined.status == voting::VotingSession::JoinStatus::Ok);
        std::vector<voting::Judgment> list;
        for (int g = 0; g < (i == 7 ? 1 : 2); ++g)
            for (int a = 0; a < 4; ++a)
                for (int b = a + 1; b < 4; ++b)
                    list.push_back({g, a, b, (i + a + b) % 3 == 0 ? 5.0 : 1.0 / 3.0});
        QCOMPARE(session->submitJudgments(joined.id, 1, list),
                 voting::VotingSession::SubmitStatus::Ok);
        session->castVote(joined.id, 2, session->spotlight(), voting::Placement(i % 4));
    }
    session->revealVotes();
    workshop->showNormal();
    QTest::qWait(20);
    workshop->resize(size);
    QTRY_COMPARE(workshop->size(), size);
    workshop->showVoting(true);
    QTest::qWait(100);
    VotingPanel *panel = workshop->votingPanel();
    if (const QString dir = qEnvironmentVariable("PS_WORKSHOP_SCREENSHOTS"); !dir.isEmpty())
        workshop->grab().save(QStringLiteral("%1/workshop-voting-%2x%3.png")
                                  .arg(dir)
                                  .arg(size.width())
                                  .arg(size.height()));
    QVERIFY(panel->height() > size.height() / 2);
    const QRect area = panel->rect();
    for (QWidget *w : panel->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(panel) || qobject_cast<QScrollBar *>(w) ||
            (w->parentWidget() != panel && qobject_cast<QAbstractScrollArea *>(w->parentWidget())))
            continue;
        const QRect r(w->mapTo(panel, QPoint(0, 0)), w->size());
        QVERIFY2(area.contains(r),
                 qPrintable(QStringLiteral("%1 \"%2\" at %3,%4 %5x%6 outside %7x%8")
                                .arg(QString::fromLatin1(w->metaObject()->className()))
                                .arg(qobject_cast<QLabel *>(w) ? qobject_cast<QLabel *>(w)->text()
                                                               : w->objectName())
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height())
                                .arg(area.width())
                                .arg(area.height())));
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || label->text().isEmpty())
            continue;
        const QRect inside = label->contentsRect();
        if (label->wordWrap() || label->textFormat() == Qt::RichText)
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                     qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3")
                                    .arg(label->text())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->height())));
        else
            QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= inside.width(),
                     qPrintable(QStringLiteral("\"%1\" is cut: %2 of %3 px")
                                    .arg(label->text())
                                    .arg(label->fontMetrics().horizontalAdvance(label->text()))
                                    .arg(inside.width())));
    }
    // Large type: body at least 20 px, the join code at least 38 px, a QR code of at least 5
    // pixels a module.
    QVERIFY(panel->weightsView(0)->aijLabel(0)->fontInfo().pixelSize() >= 20);
    QVERIFY(panel->codeLabel()->fontInfo().pixelSize() >= 38);
    QVERIFY2(panel->qrCode()->moduleSize() >= 5,
             qPrintable(QString::number(panel->qrCode()->moduleSize())));
    QVERIFY(panel->qrCode()->codeRect().width() % panel->qrCode()->moduleSize() == 0);
}

QTEST_MAIN(TestWorkshopVoting)
#include "tst_workshopvoting.moc"
