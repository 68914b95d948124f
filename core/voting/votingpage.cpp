// SPDX-License-Identifier: GPL-3.0-or-later
// The voting page: one HTML file with inline CSS and JavaScript (votingpage.html, a resource),
// its user-visible strings translated here and embedded as a JSON data block, and a Content
// Security Policy that admits exactly its one script and one style by their SHA-256 hashes.
#include "core/voting/votinghttp_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ps::voting {
namespace {

class VotingPageText {
    Q_DECLARE_TR_FUNCTIONS(ps::VotingPage)
public:
    static QJsonObject strings();
};

QJsonObject VotingPageText::strings() {
    return QJsonObject{
        {QStringLiteral("title"), tr("Join the workshop vote")},
        {QStringLiteral("name"), tr("Your name")},
        {QStringLiteral("code"), tr("Join code")},
        {QStringLiteral("join"), tr("Join")},
        {QStringLiteral("back"), tr("Back")},
        {QStringLiteral("next"), tr("Next")},
        {QStringLiteral("revisit"), tr("Revisit this comparison")},
        {QStringLiteral("continue"), tr("Continue")},
        {QStringLiteral("doneTitle"), tr("Thank you")},
        {QStringLiteral("doneText"),
         tr("Your judgments are in. Keep this page open: when the facilitator puts a partner "
            "up for a vote, it appears here.")},
        {QStringLiteral("review"), tr("Review my answers")},
        {QStringLiteral("voteQuestion"), tr("Where should this partner go?")},
        {QStringLiteral("backToComparisons"), tr("Back to the comparisons")},
        {QStringLiteral("stale"), tr("Your answer crossed another one; please try again.")},
        {QStringLiteral("failed"), tr("That did not work; please try again.")},
        {QStringLiteral("equal"), tr("Both matter equally (1)")},
        //: %1 criterion, %2 how much (a word below), %3 the scale value 2-9
        {QStringLiteral("more"), tr("%1 matters %2 more (%3)")},
        {QStringLiteral("w2"), tr("slightly")},
        {QStringLiteral("w3"), tr("moderately")},
        {QStringLiteral("w4"), tr("moderately to strongly")},
        {QStringLiteral("w5"), tr("strongly")},
        {QStringLiteral("w6"), tr("strongly to very strongly")},
        {QStringLiteral("w7"), tr("very strongly")},
        {QStringLiteral("w8"), tr("very to extremely")},
        {QStringLiteral("w9"), tr("extremely")},
        {QStringLiteral("progress"), tr("Comparison %1 of %2")},
        {QStringLiteral("question"), tr("%1: which matters more for a partner?")},
        {QStringLiteral("incomplete"), tr("not all comparisons answered yet")},
        {QStringLiteral("consistent"),
         tr("your consistency ratio is %1: your answers agree with each other.")},
        {QStringLiteral("inconsistent"),
         tr("your consistency ratio is %1, above 0.10: some answers contradict each other.")},
        {QStringLiteral("hint"),
         tr("The answer that fits your others least: %1 against %2. You said %3; your other "
            "answers suggest %4 (the ratio would be %5).")},
        {QStringLiteral("invest"), tr("Invest")},
        {QStringLiteral("develop"), tr("Develop")},
        {QStringLiteral("maintain"), tr("Maintain")},
        {QStringLiteral("exit"), tr("Exit")},
        {QStringLiteral("hidden"), tr("Votes stay hidden until the facilitator reveals them.")},
        {QStringLiteral("voted"), tr("You voted %1. You can change it until the reveal.")},
        {QStringLiteral("revealed"), tr("The votes are revealed:")},
        //: a label and its value: a criteria group and its consistency, a choice and its votes
        {QStringLiteral("pair"), tr("%1: %2")},
    };
}

/// The text between the first `open` and the next `close` tag.
QByteArray between(const QByteArray &html, const QByteArray &open, const QByteArray &close) {
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return QByteArray();
    const qsizetype from = start + open.size();
    const qsizetype end = html.indexOf(close, from);
    return end < 0 ? QByteArray() : html.mid(from, end - from);
}

QByteArray hashSource(const QByteArray &content) {
    return "'sha256-" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() +
           "'";
}

VotingPage buildPage() {
    QFile file(QStringLiteral(":/voting/votingpage.html"));
    VotingPage page;
    if (!file.open(QIODevice::ReadOnly))
        return page;
    QByteArray html = file.readAll();
    QByteArray strings = QJsonDocument(VotingPageText::strings()).toJson(QJsonDocument::Compact);
    strings.replace("<", "\\u003c");
    html.replace("__STRINGS__", strings);
    html.replace("__LANG__", QLocale().name().section(QLatin1Char('_'), 0, 0).toLatin1());
    page.csp = "default-src 'none'; script-src " +
               hashSource(between(html, "<script>", "</script>")) + "; style-src " +
               hashSource(between(html, "<style>", "</style>")) +
               "; connect-src 'self'; base-uri 'none'; form-action 'none'; "
               "frame-ancestors 'none'";
    page.html = html;
    return page;
}

} // namespace

const VotingPage &votingPage() {
    static const VotingPage page = buildPage();
    return page;
}

} // namespace ps::voting
