// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/statusrulestext.h"

#include "core/accounts/accounttext.h"
#include "core/import/importmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace ps::accounts {
namespace {

const QString formatKey = QStringLiteral("format");
const QString layoutKey = QStringLiteral("layout");
const QString fallbackKey = QStringLiteral("fallback");
const QString rulesKey = QStringLiteral("rules");
const QString absentKey = QStringLiteral("absent");
const QString columnKey = QStringLiteral("column");
const QString valueKey = QStringLiteral("value");
const QString statusKey = QStringLiteral("status");

QStringList headerKeys(const QStringList &header) {
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &h : header)
        keys << import::headerKey(h);
    return keys;
}

/// A bounded string member; false with `*error` when missing, mistyped or too long.
bool readText(const QJsonObject &object, const QString &key, QString *out, QString *error) {
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        *error = AccountText::tr("the field \"%1\" is missing or not text").arg(key);
        return false;
    }
    *out = value.toString();
    // Qt's JSON reader drops a U+FEFF at the start of a string, so one would not survive
    // being written and read again; it means nothing in a column name or a value.
    out->remove(QChar(0xFEFF));
    if (out->size() > MaxStoredStatusRuleText) {
        *error = AccountText::tr("the field \"%1\" is longer than %2 characters")
                     .arg(key)
                     .arg(MaxStoredStatusRuleText);
        return false;
    }
    return true;
}

bool readStatus(const QJsonObject &object, const QString &key, AccountStatus *out, QString *error) {
    QString text;
    if (!readText(object, key, &text, error))
        return false;
    const std::optional<AccountStatus> status = accountStatusFromKey(text);
    if (!status) {
        *error = AccountText::tr("\"%1\" is not a known status").arg(text.left(40));
        return false;
    }
    *out = *status;
    return true;
}

QString describeList(const AccountList &list) {
    return QStringLiteral("%1 (%2)").arg(list.sourceName.left(200),
                                         list.importedOn.toString(Qt::ISODate));
}

} // namespace

QString statusRulesToText(const AccountMapping &mapping, const QStringList &header) {
    const QStringList keys = headerKeys(header);
    QJsonArray rules;
    QStringList absent;
    for (const StatusRule &rule : mapping.statusRules.rules) {
        rules.append(QJsonObject{
            {columnKey, rule.column}, {valueKey, rule.pattern}, {statusKey, toKey(rule.status)}});
        const QString column = rule.column.trimmed();
        if (!column.isEmpty() && !keys.contains(import::headerKey(column)) &&
            !absent.contains(column))
            absent << column;
    }
    QJsonObject object{{formatKey, StatusRulesTextFormat},
                       {layoutKey, toKey(mapping.preset)},
                       {fallbackKey, toKey(mapping.statusRules.fallback)},
                       {rulesKey, rules}};
    if (!absent.isEmpty())
        object.insert(absentKey, QJsonArray::fromStringList(absent));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<StoredStatusRules> statusRulesFromText(const QString &text, QString *error) {
    QString why;
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.size() > MaxStatusRulesTextSize)
        return refuse(AccountText::tr("the stored rules are longer than any rule table"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(AccountText::tr("the stored rules are not a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue format = object.value(formatKey);
    const double number = format.toDouble(); // compared as a double: 1e300 fits no int
    if (!format.isDouble() || !(number >= 1) || number != std::floor(number))
        return refuse(AccountText::tr("the stored rules have no format number"));
    if (number > StatusRulesTextFormat)
        return refuse(AccountText::tr("the stored rules have format %1, written by a newer "
                                      "version of Partnerscope")
                          .arg(number, 0, 'g', 15));
    StoredStatusRules stored;
    QString layout;
    if (!readText(object, layoutKey, &layout, &why))
        return refuse(why);
    const std::optional<AccountPreset> preset = accountPresetFromKey(layout);
    if (!preset || *preset == AccountPreset::Auto)
        return refuse(AccountText::tr("\"%1\" is not a known layout").arg(layout.left(40)));
    stored.layout = *preset;
    if (!readStatus(object, fallbackKey, &stored.rules.fallback, &why))
        return refuse(why);
    const QJsonValue rules = object.value(rulesKey);
    if (!rules.isArray())
        return refuse(AccountText::tr("the field \"%1\" is missing or not a list").arg(rulesKey));
    const QJsonArray array = rules.toArray();
    if (array.size() > MaxStoredStatusRules)
        return refuse(AccountText::tr("there are more than %1 rules").arg(MaxStoredStatusRules));
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return refuse(AccountText::tr("a rule is not a JSON object"));
        const QJsonObject rule = value.toObject();
        StatusRule &r = stored.rules.rules.emplace_back();
        if (!readText(rule, columnKey, &r.column, &why) ||
            !readText(rule, valueKey, &r.pattern, &why) ||
            !readStatus(rule, statusKey, &r.status, &why))
            return refuse(AccountText::tr("rule %1: %2").arg(stored.rules.rules.size()).arg(why));
    }
    if (object.contains(absentKey)) {
        const QJsonValue absent = object.value(absentKey);
        if (!absent.isArray() || absent.toArray().size() > MaxStoredStatusRules)
            return refuse(
                AccountText::tr("the field \"%1\" is not a list of column names").arg(absentKey));
        for (const QJsonValue &column : absent.toArray()) {
            if (!column.isString() || column.toString().size() > MaxStoredStatusRuleText)
                return refuse(AccountText::tr("the field \"%1\" is not a list of column names")
                                  .arg(absentKey));
            stored.absentColumns << column.toString();
        }
    }
    return stored;
}

QString layoutRulesNote(AccountPreset layout) {
    return AccountText::tr("Status rules: the defaults of the layout \"%1\".").arg(label(layout));
}

RulesChoice chooseStatusRules(const AccountMapping &mapping, const QStringList &header,
                              const AccountList *previous) {
    RulesChoice choice;
    choice.rules = defaultStatusRules(mapping.preset);
    const QString layoutName = label(mapping.preset);
    if (!previous || previous->statusRules.isEmpty()) {
        choice.note = layoutRulesNote(mapping.preset);
        return choice;
    }
    const QString with = describeList(*previous);
    QString error;
    const std::optional<StoredStatusRules> stored =
        statusRulesFromText(previous->statusRules, &error);
    if (!stored) {
        choice.note = AccountText::tr("Status rules: the defaults of the layout \"%1\"; the "
                                      "rules used with %2 could not be read (%3).")
                          .arg(layoutName, with, error);
        return choice;
    }
    if (stored->layout != mapping.preset) {
        choice.note = AccountText::tr("Status rules: the defaults of the layout \"%1\"; the "
                                      "rules used with %2 are for the layout \"%3\".")
                          .arg(layoutName, with, label(stored->layout));
        return choice;
    }
    const QStringList keys = headerKeys(header);
    QStringList absent;
    for (const QString &column : stored->absentColumns)
        absent << import::headerKey(column);
    for (const StatusRule &rule : stored->rules.rules) {
        const QString column = rule.column.trimmed();
        if (column.isEmpty() && mapping.columnOf(AccountField::Status) < 0) {
            choice.note =
                AccountText::tr("Status rules: the defaults of the layout \"%1\"; the rules "
                                "used with %2 read the status column, and this file has none.")
                    .arg(layoutName, with);
            return choice;
        }
        if (!column.isEmpty() && !keys.contains(import::headerKey(column)) &&
            !absent.contains(import::headerKey(column))) {
            choice.note = AccountText::tr("Status rules: the defaults of the layout \"%1\"; the "
                                          "rules used with %2 read the column \"%3\", which "
                                          "this file does not have.")
                              .arg(layoutName, with, column.left(80));
            return choice;
        }
    }
    choice.rules = stored->rules;
    choice.remembered = true;
    choice.note = AccountText::tr("Status rules: those used with %1.").arg(with);
    return choice;
}

const AccountList *rememberedRulesList(const AccountBook &book, Id partnerId) {
    for (auto it = book.lists.rbegin(); it != book.lists.rend(); ++it)
        if (it->partnerId == partnerId && !it->list.statusRules.isEmpty())
            return &it->list;
    return nullptr;
}

} // namespace ps::accounts
