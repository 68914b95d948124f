// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as CRM exports and spreadsheets write them, and the day/month order of a file.
#include "core/import/importplan.h"

#include <QVarLengthArray>

#include <algorithm>

namespace ps::import {
namespace {

bool isDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}

int digitsAt(const QString &s, qsizetype at, int count) {
    int value = 0;
    for (int i = 0; i < count; ++i)
        value = value * 10 + (s.at(at + i).unicode() - '0');
    return value;
}

/// 2025-03-04, optionally followed by a time ("T10:00:00.000Z", " 10:22").
bool isoPrefix(const QString &s, QDate *out) {
    if (s.size() < 10 ||
        (s.size() > 10 && s.at(10) != QLatin1Char('T') && s.at(10) != QLatin1Char(' ')))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(s.at(i)))
            return false;
    if (s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return false;
    *out = QDate(digitsAt(s, 0, 4), digitsAt(s, 5, 2), digitsAt(s, 8, 2));
    return true;
}

/// 1-12 for an English or German month name or its abbreviation, else 0.
int monthNumber(const QString &word) {
    static const char *const names[][3] = {
        {"jan", "january", "januar"}, {"feb", "february", "februar"},  {"mar", "march", "märz"},
        {"apr", "april", "april"},    {"may", "may", "mai"},           {"jun", "june", "juni"},
        {"jul", "july", "juli"},      {"aug", "august", "august"},     {"sep", "september", "sept"},
        {"oct", "october", "okt"},    {"nov", "november", "november"}, {"dec", "december", "dez"},
    };
    const QString w = word.toCaseFolded();
    for (int m = 0; m < 12; ++m)
        for (const char *name : names[m])
            if (w == QString::fromUtf8(name))
                return m + 1;
    if (w == QLatin1String("mrz") || w == QLatin1String("dezember") ||
        w == QLatin1String("oktober"))
        return w == QLatin1String("mrz") ? 3 : w == QLatin1String("oktober") ? 10 : 12;
    return 0;
}

struct Token {
    QString text;
    bool number = false;
    QChar after; ///< the separator right after it
};

/// The first three words or numbers of the text, with the separator after each.
QVarLengthArray<Token, 4> tokens(const QString &s) {
    QVarLengthArray<Token, 4> out;
    qsizetype i = 0;
    while (i < s.size() && out.size() < 3) {
        while (i < s.size() && !s.at(i).isLetterOrNumber())
            ++i;
        if (i >= s.size())
            break;
        Token t;
        t.number = isDigit(s.at(i));
        const qsizetype start = i;
        while (i < s.size() && (t.number ? isDigit(s.at(i)) : s.at(i).isLetter()))
            ++i;
        t.text = s.mid(start, i - start);
        t.after = i < s.size() ? s.at(i) : QChar();
        out.append(t);
    }
    return out;
}

int fullYear(const Token &t) {
    const int y = t.text.toInt();
    if (t.text.size() <= 2)
        return y < 70 ? 2000 + y : 1900 + y;
    return y;
}

} // namespace

DateValue parseDate(const QString &raw, DateOrder order) {
    DateValue result;
    const QString s = raw.trimmed();
    if (s.isEmpty())
        return result;
    if (isoPrefix(s, &result.date))
        return result;
    if (s.size() == 8 && std::all_of(s.begin(), s.end(), isDigit)) {
        result.date = QDate(digitsAt(s, 0, 4), digitsAt(s, 4, 2), digitsAt(s, 6, 2));
        return result;
    }
    const auto t = tokens(s);
    if (t.size() < 3)
        return result;
    int month = 0;
    int monthToken = -1;
    for (int i = 0; i < 3; ++i)
        if (!t[i].number && (month = monthNumber(t[i].text)) > 0) {
            monthToken = i;
            break;
        }
    if (monthToken >= 0) {
        // "4 Mar 2025", "Mar 4, 2025", "04-Mar-2025": the other two are the day and the year.
        QVarLengthArray<Token, 2> rest;
        for (int i = 0; i < 3; ++i)
            if (i != monthToken && t[i].number)
                rest.append(t[i]);
        if (rest.size() != 2)
            return result;
        const bool firstIsYear = rest[0].text.size() == 4;
        result.date = QDate(fullYear(firstIsYear ? rest[0] : rest[1]), month,
                            (firstIsYear ? rest[1] : rest[0]).text.toInt());
        return result;
    }
    if (!t[0].number || !t[1].number || !t[2].number)
        return result;
    if (t[0].text.size() == 4) { // 2025/03/04
        result.date = QDate(t[0].text.toInt(), t[1].text.toInt(), t[2].text.toInt());
        return result;
    }
    if (t[2].text.size() != 4 && t[2].text.size() != 2)
        return result;
    const int a = t[0].text.toInt();
    const int b = t[1].text.toInt();
    const int year = fullYear(t[2]);
    bool dayFirst;
    if (t[0].after == QLatin1Char('.')) {
        dayFirst = true; // 04.03.2025 is day first wherever it is written
    } else if (order == DateOrder::Auto) {
        dayFirst = a > 12;
        result.ambiguous = a <= 12 && b <= 12 && a != b;
    } else {
        dayFirst = order == DateOrder::DayFirst;
    }
    result.date = dayFirst ? QDate(year, b, a) : QDate(year, a, b);
    return result;
}

DateOrder detectDateOrder(const csv::Table &table, const Mapping &mapping, bool *ambiguous) {
    std::vector<int> columns;
    switch (mapping.kind) {
    case Kind::Partners:
        columns = mapping.columnsOf(int(PartnerField::EnrolledOn));
        for (int c : mapping.columnsOf(int(PartnerField::FirstCommercialOn)))
            columns.push_back(c);
        break;
    case Kind::Deals:
        columns = mapping.columnsOf(int(DealField::CreatedOn));
        for (int c : mapping.columnsOf(int(DealField::ClosedOn)))
            columns.push_back(c);
        break;
    case Kind::Activities:
        columns = mapping.columnsOf(int(ActivityField::Date));
        break;
    case Kind::Icps:
    case Kind::Links:
    case Kind::DealPartners:
        break;
    }
    bool dayFirst = false, monthFirst = false, either = false;
    for (const csv::Record &record : table.records) {
        for (int c : columns) {
            if (c >= record.fields.size())
                continue;
            const QString &text = record.fields[c];
            // ISO dates decide nothing, and are most of what Data Loader writes: skip them fast.
            if (text.size() >= 4 && isDigit(text.at(0)) && isDigit(text.at(1)) &&
                isDigit(text.at(2)) && isDigit(text.at(3)))
                continue;
            const auto t = tokens(text);
            if (t.size() < 3 || !t[0].number || !t[1].number || !t[2].number ||
                t[0].after == QLatin1Char('.'))
                continue;
            const int a = t[0].text.toInt();
            const int b = t[1].text.toInt();
            dayFirst = dayFirst || (a > 12 && b <= 12);
            monthFirst = monthFirst || (b > 12 && a <= 12);
            either = either || (a <= 12 && b <= 12 && a != b);
        }
        if (dayFirst && monthFirst)
            break;
    }
    if (ambiguous)
        *ambiguous = either && dayFirst == monthFirst;
    if (dayFirst != monthFirst)
        return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    return DateOrder::Auto;
}

namespace {

/// The columns that hold dates, by the mapping's kind.
std::vector<int> dateColumnsOf(const Mapping &mapping) {
    std::vector<int> columns;
    const auto add = [&](int field) {
        for (int c : mapping.columnsOf(field))
            columns.push_back(c);
    };
    switch (mapping.kind) {
    case Kind::Partners:
        add(int(PartnerField::EnrolledOn));
        add(int(PartnerField::FirstCommercialOn));
        break;
    case Kind::Deals:
        add(int(DealField::CreatedOn));
        add(int(DealField::ClosedOn));
        break;
    case Kind::Activities:
        add(int(ActivityField::Date));
        break;
    case Kind::Icps:
    case Kind::Links:
    case Kind::DealPartners:
        break;
    }
    return columns;
}

} // namespace

DateOrderEvidence inspectDateOrder(const csv::Table &table, const Mapping &mapping, int limit) {
    DateOrderEvidence evidence;
    const std::vector<int> columns = dateColumnsOf(mapping);
    bool dayFirst = false, monthFirst = false;
    for (const csv::Record &record : table.records) {
        for (int c : columns) {
            if (c >= record.fields.size())
                continue;
            const QString text = record.fields[c].trimmed();
            if (text.size() >= 4 && isDigit(text.at(0)) && isDigit(text.at(1)) &&
                isDigit(text.at(2)) && isDigit(text.at(3)))
                continue; // ISO and 2025/03/04 decide nothing
            const auto t = tokens(text);
            if (t.size() < 3 || !t[0].number || !t[1].number || !t[2].number ||
                t[0].after == QLatin1Char('.'))
                continue;
            const int a = t[0].text.toInt();
            const int b = t[1].text.toInt();
            const DateSample sample{record.line, c, text};
            if ((a > 12 && b <= 12) || (b > 12 && a <= 12)) {
                dayFirst = dayFirst || a > 12;
                monthFirst = monthFirst || b > 12;
                if (evidence.deciding.line == 0)
                    evidence.deciding = sample;
            } else if (a <= 12 && b <= 12 && a != b && int(evidence.ambiguous.size()) < limit) {
                evidence.ambiguous.push_back(sample);
            }
        }
        if (dayFirst && monthFirst && int(evidence.ambiguous.size()) >= limit)
            break;
    }
    if (dayFirst != monthFirst)
        evidence.found = dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    return evidence;
}

} // namespace ps::import
