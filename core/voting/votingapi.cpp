// SPDX-License-Identifier: GPL-3.0-or-later
// The voting server's routes and JSON API (docs/workshop.md, "The voting server's HTTP API").
// Every input is hostile until checked: shape, types, lengths, Saaty values, known criteria.
#include "core/voting/votinghttp_p.h"

#include "core/scoring/ahpsuggestion.h"
#include "core/voting/votingsession.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ps::voting {
namespace {

constexpr int MaxJudgmentsPerRequest = 64;

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Reply ok(const QJsonObject &object) {
    Reply reply;
    reply.body = json(object);
    return reply;
}

/// Whether the object has exactly the keys allowed (all of `required`, any of `optional`).
bool hasShape(const QJsonObject &o, const QStringList &required, const QStringList &optional = {}) {
    for (const QString &key : required)
        if (!o.contains(key))
            return false;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return false;
    return true;
}

/// A whole number in [1, 2^53] sent as a JSON number.
std::optional<qint64> sequenceOf(const QJsonValue &v) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 1.0) || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

std::optional<QJsonObject> parseBody(const QHttpServerRequest &request, Reply *error) {
    const QByteArray type = request.value("content-type").toLower();
    if (!type.startsWith("application/json")) {
        *error = errorReply(415, "content_type",
                            VotingText::tr("Send the request as application/json."));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = errorReply(400, "malformed", VotingText::tr("The request is not a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

QByteArray bearer(const QHttpServerRequest &request) {
    const QByteArray header = request.value("authorization");
    if (!header.startsWith("Bearer ") || header.size() > 200)
        return QByteArray();
    return header.mid(7).trimmed();
}

QJsonObject stateOf(VotingSession &session, int id) {
    const std::optional<ParticipantInfo> info = session.participant(id);
    QJsonObject root;
    root.insert(QStringLiteral("name"), info ? info->name : QString());
    root.insert(QStringLiteral("sequence"), double(session.lastSequence(id)));
    QJsonArray groups;
    for (int g = 0; g < session.groups().size(); ++g) {
        const CriteriaGroup &group = session.groups().at(g);
        QJsonObject o;
        o.insert(QStringLiteral("key"), group.key);
        o.insert(QStringLiteral("label"), group.label);
        QJsonArray criteria;
        for (const CriterionInfo &c : group.criteria)
            criteria.append(
                QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
        o.insert(QStringLiteral("criteria"), criteria);
        QJsonArray judgments;
        const int n = int(group.criteria.size());
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b)
                if (const double v = session.judgment(id, g, a, b); v > 0.0)
                    judgments.append(QJsonObject{{QStringLiteral("a"), group.criteria.at(a).key},
                                                 {QStringLiteral("b"), group.criteria.at(b).key},
                                                 {QStringLiteral("value"), v}});
        o.insert(QStringLiteral("judgments"), judgments);
        QJsonValue cr = QJsonValue::Null;
        QJsonValue hint = QJsonValue::Null;
        if (info && size_t(g) < info->analysis.size() && info->analysis[size_t(g)]) {
            const ahp::ParticipantAnalysis &a = *info->analysis[size_t(g)];
            cr = a.result.cr;
            if (a.suggestion && !a.result.consistent)
                hint =
                    QJsonObject{{QStringLiteral("a"), group.criteria.at(a.suggestion->row).key},
                                {QStringLiteral("b"), group.criteria.at(a.suggestion->column).key},
                                {QStringLiteral("current"), a.suggestion->current},
                                {QStringLiteral("proposed"), a.suggestion->proposed},
                                {QStringLiteral("cr_after"), a.suggestion->crAfter}};
        }
        o.insert(QStringLiteral("cr"), cr);
        o.insert(QStringLiteral("hint"), hint);
        groups.append(o);
    }
    root.insert(QStringLiteral("groups"), groups);
    QJsonValue spotlight = QJsonValue::Null;
    if (!session.spotlight().isEmpty()) {
        QJsonObject s;
        s.insert(QStringLiteral("partner"), session.spotlight());
        const std::optional<Placement> mine = session.vote(id);
        s.insert(QStringLiteral("vote"), mine ? QJsonValue(toKey(*mine)) : QJsonValue());
        s.insert(QStringLiteral("revealed"), session.votesRevealed());
        QJsonValue distribution = QJsonValue::Null;
        if (session.votesRevealed()) {
            QJsonObject d;
            const auto counts = session.distribution();
            for (int p = 0; p < PlacementCount; ++p)
                d.insert(toKey(Placement(p)), counts[size_t(p)]);
            distribution = d;
        }
        s.insert(QStringLiteral("distribution"), distribution);
        spotlight = s;
    }
    root.insert(QStringLiteral("spotlight"), spotlight);
    return root;
}

Reply submitError(VotingSession::SubmitStatus status) {
    using S = VotingSession::SubmitStatus;
    switch (status) {
    case S::Ok:
        break;
    case S::Stale:
        return errorReply(409, "stale",
                          VotingText::tr("This answer is older than one already received; it was "
                                         "ignored."));
    case S::Invalid:
        return errorReply(422, "invalid",
                          VotingText::tr("Judgments must compare two different known criteria on "
                                         "Saaty's scale (1/9 to 9)."));
    case S::UnknownParticipant:
        return errorReply(401, "token", VotingText::tr("Join the session first."));
    case S::NoSpotlight:
        return errorReply(409, "no_spotlight", VotingText::tr("No partner is up for a vote."));
    case S::WrongPartner:
        return errorReply(409, "wrong_partner",
                          VotingText::tr("The vote has moved on to another partner."));
    case S::Closed:
        return errorReply(409, "closed",
                          VotingText::tr("The votes on this partner are already revealed."));
    }
    return errorReply(500, "internal", VotingText::tr("The answer could not be stored."));
}

Reply join(VotingSession &session, const QHttpServerRequest &request) {
    Reply error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    if (!hasShape(*body, {QStringLiteral("name"), QStringLiteral("code")}) ||
        !body->value(QLatin1String("name")).isString() ||
        !body->value(QLatin1String("code")).isString())
        return errorReply(400, "malformed", VotingText::tr("Send a name and the join code."));
    const QString code = body->value(QLatin1String("code")).toString();
    const VotingSession::JoinResult result =
        session.join(body->value(QLatin1String("name")).toString().left(200), code.left(32));
    using J = VotingSession::JoinStatus;
    switch (result.status) {
    case J::Ok:
        break;
    case J::WrongCode:
        return errorReply(403, "wrong_code", VotingText::tr("The join code is not right."));
    case J::Full:
        return errorReply(403, "full", VotingText::tr("The session is full."));
    case J::BadName:
        return errorReply(422, "bad_name", VotingText::tr("Enter a name of 1 to 40 characters."));
    case J::NameTaken:
        return errorReply(409, "name_taken",
                          VotingText::tr("Someone already joined with this name."));
    }
    QJsonObject state = stateOf(session, result.id);
    state.insert(QStringLiteral("token"), QString::fromLatin1(result.token));
    return ok(state);
}

/// group key, criterion key -> indices
bool locate(const VotingSession &session, const QJsonObject &o, Judgment *j) {
    if (!hasShape(o, {QStringLiteral("group"), QStringLiteral("a"), QStringLiteral("b"),
                      QStringLiteral("value")}))
        return false;
    const QJsonValue value = o.value(QLatin1String("value"));
    if (!value.isDouble())
        return false;
    j->value = value.toDouble();
    j->group = -1;
    for (int g = 0; g < session.groups().size(); ++g)
        if (session.groups().at(g).key == o.value(QLatin1String("group")).toString())
            j->group = g;
    if (j->group < 0)
        return false;
    const auto &criteria = session.groups().at(j->group).criteria;
    j->a = j->b = -1;
    for (int c = 0; c < criteria.size(); ++c) {
        if (criteria.at(c).key == o.value(QLatin1String("a")).toString())
            j->a = c;
        if (criteria.at(c).key == o.value(QLatin1String("b")).toString())
            j->b = c;
    }
    return j->a >= 0 && j->b >= 0;
}

Reply judgments(VotingSession &session, int id, const QHttpServerRequest &request) {
    Reply error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    const std::optional<qint64> sequence = sequenceOf(body->value(QLatin1String("sequence")));
    const QJsonValue list = body->value(QLatin1String("judgments"));
    if (!hasShape(*body, {QStringLiteral("sequence"), QStringLiteral("judgments")}) || !sequence ||
        !list.isArray() || list.toArray().size() > MaxJudgmentsPerRequest)
        return errorReply(400, "malformed",
                          VotingText::tr("Send a sequence number and a list of judgments."));
    std::vector<Judgment> parsed;
    for (const QJsonValue &item : list.toArray()) {
        Judgment j;
        if (!item.isObject() || !locate(session, item.toObject(), &j))
            return errorReply(
                422, "invalid",
                VotingText::tr("Each judgment names a known group, two of its criteria and "
                               "a value."));
        parsed.push_back(j);
    }
    const auto status = session.submitJudgments(id, *sequence, parsed);
    if (status != VotingSession::SubmitStatus::Ok)
        return submitError(status);
    return ok(stateOf(session, id));
}

Reply vote(VotingSession &session, int id, const QHttpServerRequest &request) {
    Reply error;
    const std::optional<QJsonObject> body = parseBody(request, &error);
    if (!body)
        return error;
    const std::optional<qint64> sequence = sequenceOf(body->value(QLatin1String("sequence")));
    if (!hasShape(*body, {QStringLiteral("sequence"), QStringLiteral("partner"),
                          QStringLiteral("choice")}) ||
        !sequence || !body->value(QLatin1String("partner")).isString() ||
        !body->value(QLatin1String("choice")).isString())
        return errorReply(400, "malformed",
                          VotingText::tr("Send a sequence number, the partner and a choice."));
    const std::optional<Placement> choice =
        placementFromKey(body->value(QLatin1String("choice")).toString());
    if (!choice)
        return errorReply(422, "invalid",
                          VotingText::tr("Vote invest, develop, maintain or exit."));
    const auto status =
        session.castVote(id, *sequence, body->value(QLatin1String("partner")).toString(), *choice);
    if (status != VotingSession::SubmitStatus::Ok)
        return submitError(status);
    return ok(stateOf(session, id));
}

} // namespace

QList<QPair<QByteArray, QByteArray>> securityHeaders(const QByteArray &csp) {
    return {{"Content-Security-Policy", csp},
            {"X-Content-Type-Options", "nosniff"},
            {"Referrer-Policy", "no-referrer"},
            {"X-Frame-Options", "DENY"},
            {"Cache-Control", "no-store"},
            {"Cross-Origin-Resource-Policy", "same-origin"},
            {"Cross-Origin-Opener-Policy", "same-origin"}};
}

QByteArray apiCsp() {
    return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
}

QByteArray serialize(const Reply &reply, const QByteArray &csp) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                     (reply.status == 413 ? "Payload Too Large" : "Error") + "\r\n";
    for (const auto &h : securityHeaders(csp))
        out += h.first + ": " + h.second + "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (reply.close)
        out += "Connection: close\r\n";
    return out + "\r\n" + reply.body;
}

Reply errorReply(int status, const QByteArray &code, const QString &sentence) {
    Reply reply;
    reply.status = status;
    reply.body = json(QJsonObject{{QStringLiteral("error"), sentence},
                                  {QStringLiteral("code"), QString::fromLatin1(code)}});
    return reply;
}

Reply handleRequest(VotingSession &session, const QHttpServerRequest &request) {
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path(QUrl::FullyEncoded);
    const Method method = request.method();
    const bool get = method == Method::Get;
    const bool post = method == Method::Post;
    const auto notFound = [] {
        return errorReply(404, "not_found", VotingText::tr("There is nothing here."));
    };
    const auto wrongMethod = [](const QByteArray &allowed) {
        Reply r =
            errorReply(405, "method", VotingText::tr("This address does not take that method."));
        r.headers.append({"Allow", allowed});
        return r;
    };
    if (path == QLatin1String("/")) {
        if (!get)
            return wrongMethod("GET");
        Reply page;
        page.contentType = "text/html; charset=utf-8";
        page.body = votingPage().html;
        return page;
    }
    if (path == QLatin1String("/api/join"))
        return post ? join(session, request) : wrongMethod("POST");
    const bool state = path == QLatin1String("/api/state");
    const bool judge = path == QLatin1String("/api/judgments");
    const bool placement = path == QLatin1String("/api/vote");
    if (!state && !judge && !placement)
        return notFound();
    if (state ? !get : !post)
        return wrongMethod(state ? "GET" : "POST");
    const int id = session.participantForToken(bearer(request));
    if (id < 0)
        return errorReply(401, "token", VotingText::tr("Join the session first."));
    if (state)
        return ok(stateOf(session, id));
    return judge ? judgments(session, id, request) : vote(session, id, request);
}

} // namespace ps::voting
