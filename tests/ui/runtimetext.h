// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text a user reads, as passages with where they came from, taken from what the program
// shows or writes: SVG <text> elements, HTML text nodes, CSV cells, XLSX strings, PDF lines and
// command output. tst_runtimetranslations compares these passages between languages.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <vector>

namespace ps::runtimetext {

struct Passage {
    QString text;
    QString where;
};
using Passages = std::vector<Passage>;

/// Adds `text` line by line (rich text as the plain text it shows); blank lines are dropped.
inline void add(Passages &out, const QString &where, QString text) {
    if (text.trimmed().isEmpty())
        return;
    if (text.contains(QLatin1Char('<')) && Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QChar::LineSeparator, QLatin1Char('\n'))
        .replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out.push_back({trimmed, where});
    }
}

inline QJsonArray toJson(const Passages &passages) {
    QJsonArray array;
    for (const Passage &p : passages)
        array.append(QJsonObject{{QStringLiteral("t"), p.text}, {QStringLiteral("w"), p.where}});
    return array;
}

inline Passages fromJson(const QJsonArray &array) {
    Passages passages;
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        passages.push_back(
            {o.value(QStringLiteral("t")).toString(), o.value(QStringLiteral("w")).toString()});
    }
    return passages;
}

/// The character data of the elements named `names` (and their descendants), one passage each;
/// with `attribute`, also the value of `attribute` on `element` elements (sheet names).
inline Passages xmlText(const QByteArray &xml, const QString &where, const QStringList &names,
                        const QString &element = QString(), const QString &attribute = QString()) {
    Passages out;
    QXmlStreamReader reader(xml);
    int depth = 0; // inside a wanted element
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (!attribute.isEmpty() && reader.name() == element)
                add(out, where, reader.attributes().value(attribute).toString());
            if (names.contains(reader.name().toString()) || depth > 0) {
                if (depth == 0)
                    current.clear();
                ++depth;
            }
        } else if (reader.isCharacters() && depth > 0) {
            current += reader.text();
        } else if (reader.isEndElement() && depth > 0) {
            if (--depth == 0)
                add(out, where, current);
        }
    }
    return out;
}

/// The <text> elements of an SVG picture (QSvgGenerator writes one per drawn string). A label
/// with a keyboard accelerator is drawn in pieces ("F", "ormat:"): consecutive pieces on the
/// same baseline (one after the other, one of them a single character) are joined again.
inline Passages svgText(const QByteArray &svg, const QString &where) {
    Passages out;
    QXmlStreamReader reader(svg);
    QString transform; // of the enclosing <g>
    QString line;      // transform and baseline of the piece read last
    double lastX = 0;
    QString lastPiece;
    QString current;
    QString here;
    double x = 0;
    bool inside = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("g")) {
            transform = reader.attributes().value(QLatin1String("transform")).toString();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("text")) {
            inside = true;
            current.clear();
            here = transform + QLatin1Char('@') +
                   reader.attributes().value(QLatin1String("y")).toString();
            x = reader.attributes().value(QLatin1String("x")).toDouble();
        } else if (reader.isCharacters() && inside) {
            current += reader.text();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("text")) {
            inside = false;
            const QString text = current.trimmed();
            if (text.isEmpty())
                continue;
            if (!out.empty() && here == line && x > lastX &&
                (text.size() == 1 || lastPiece.size() == 1))
                out.back().text += text;
            else
                out.push_back({text, where});
            line = here;
            lastX = x;
            lastPiece = text;
        }
    }
    return out;
}

/// The text nodes and title attributes of an HTML page (scripts and styles left out).
inline Passages htmlText(QString html, const QString &where) {
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b.*?</\\1>"),
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression title(QStringLiteral("\\btitle=\"([^\"]*)\""));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(hidden);
    Passages out;
    for (auto it = title.globalMatch(html); it.hasNext();)
        add(out, where + QStringLiteral(" (title)"),
            QTextDocumentFragment::fromHtml(it.next().captured(1)).toPlainText());
    for (const QString &node : html.split(tag, Qt::SkipEmptyParts))
        if (!node.trimmed().isEmpty())
            add(out, where, QTextDocumentFragment::fromHtml(node).toPlainText());
    return out;
}

/// The cells of an RFC 4180 CSV text (a leading BOM and the ' guard of formula cells dropped).
inline Passages csvText(QString text, const QString &where) {
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    Passages out;
    QString cell;
    bool quoted = false;
    int row = 1;
    const auto flush = [&] {
        if (cell.startsWith(QLatin1Char('\'')))
            cell.remove(0, 1);
        add(out, where + QStringLiteral(" row %1").arg(row), cell);
        cell.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            flush();
        } else if (c == QLatin1Char('\n')) {
            flush();
            ++row;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    flush();
    return out;
}

/// Runs a command-line tool and returns its standard output (empty on failure).
inline QByteArray tool(const QString &program, const QStringList &args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

/// Every string of an XLSX workbook: shared and inline strings, sheet names and chart texts.
inline Passages xlsxText(const QString &path, const QString &where) {
    Passages out;
    const QStringList entries =
        QString::fromUtf8(tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (!entry.endsWith(QLatin1String(".xml")) || !entry.startsWith(QLatin1String("xl/")))
            continue;
        const QByteArray xml = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, entry});
        const QString here = where + QLatin1Char(' ') + entry;
        Passages found;
        if (entry == QLatin1String("xl/workbook.xml"))
            found = xmlText(xml, here, {}, QStringLiteral("sheet"), QStringLiteral("name"));
        else
            found = xmlText(xml, here, {QStringLiteral("t")}); // <t>, <a:t> (charts)
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

/// The lines pdftotext reads from a PDF. Diagonal chart labels would come out as pieces of a
/// few letters ("Re", "se", "lle"), so they are left out (-nodiag); the same labels are read
/// from the SVG and HTML charts.
inline Passages pdfText(const QString &path, const QString &where) {
    Passages out;
    add(out, where,
        QString::fromUtf8(tool(QStringLiteral("pdftotext"),
                               {QStringLiteral("-nodiag"), QStringLiteral("-enc"),
                                QStringLiteral("UTF-8"), path, QStringLiteral("-")})));
    return out;
}

/// What a user types stays English in every language (docs/translations.md): option names
/// (--format, -o), their value keys (table|csv|json), value names (FILE, OUT.pdf, <BY>), a
/// team portfolio's location (postgresql://USER@HOST/DB?portfolio=NAME) and command names. They are
/// taken out of command output before it is compared.
inline QString withoutSyntax(QString line) {
    static const QRegularExpression syntax(
        QStringLiteral("(?<!\\S)postgresql://\\S*|"
                       "(?<!\\S)\\[?-{1,2}[a-z][a-z-]*(=\\S*)?\\]?|\\S*\\|\\S*|<[A-Z]+>|"
                       "\\b(FILE|OUT|N|M|S|WxH|BY|VIEW|THEME|FORMAT|DATE|COMMAND|OPTIONS|DIR|"
                       "MATRIX|TERMS|IN|P|ADDRESS|ORDER|WORDS|OPPPARTNERS|B|OBJECTIVE|X|Y|LOCATION|"
                       "NAME|LIST|OFFER|ANSWER|offer|answer|finish)"
                       "\\b(\\.[a-z]+)?\\]?|(?<!\\S)\\["));
    static const QRegularExpression command(
        QStringLiteral("^\\s*(partnerscope\\s+)?(demo|check|generate|score|metrics|ahp|render|"
                       "report|import|royalty|vote-server|plan|publish|copy|overlap)?\\s*$"));
    static const QRegularExpression invocation(
        QStringLiteral("\\bpartnerscope(\\s+(demo|check|generate|score|metrics|ahp|render|report|"
                       "import|royalty|vote-server|plan|publish|copy|overlap)\\b)?"));
    line.remove(syntax).remove(invocation);
    return command.match(line).hasMatch() ? QString() : line;
}

inline void addCommandText(Passages &out, const QString &where, const QString &text) {
    add(out, where, withoutSyntax(text));
}

/// Command output: every line, and each table row cut into its cells (two or more spaces).
inline Passages cliText(const QString &output, const QString &where) {
    static const QRegularExpression gap(QStringLiteral("\\s{2,}|\\s\\|\\s|^\\|\\s|\\s\\|$"));
    Passages out;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QStringList cells = withoutSyntax(line).trimmed().split(gap, Qt::SkipEmptyParts);
        if (cells.size() > 1)
            for (const QString &cell : cells)
                addCommandText(out, where, cell);
        else
            addCommandText(out, where, line);
    }
    return out;
}

// --- comparing passages ---

/// The words of a passage: its runs of letters. Numbers, dates in digits, currency signs and
/// punctuation are not words, so "Showing 1,234 partners" and "Showing 1.234 partners" (two
/// locales' number formats) are the same words.
inline QStringList words(const QString &text) {
    static const QRegularExpression word(QStringLiteral("\\p{L}[\\p{L}\\p{M}]*"));
    QStringList found;
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    static const QRegularExpression timestamp(QStringLiteral(
        "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:?\\d\\d)?"));
    // NFKC: the ligatures a PDF holds ("ﬁ") are the letters they stand for; "S&tatus" is
    // "Status" with an accelerator.
    const QString plain = QString(text)
                              .remove(accelerator)
                              .remove(timestamp)
                              .normalized(QString::NormalizationForm_KC);
    for (auto it = word.globalMatch(plain); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

/// User data (every text the portfolio holds, file names, sample files): a passage made only
/// of it, or of a piece of it (a wrapped line), is the same in every language by design.
class UserData {
public:
    void add(const QString &text) {
        // A line break in a PDF can swallow a hyphen ("white-" "label" reads "whitelabel").
        if (text.contains(QLatin1Char('-')))
            addPhrase(QString(text).remove(QLatin1Char('-')));
        addPhrase(text);
    }

    void addPhrase(const QString &text) {
        QStringList w = words(text);
        if (w.isEmpty())
            return;
        m_joined += QLatin1Char('\n') + w.join(QLatin1Char(' ')) + QLatin1Char('\n');
        auto &list = m_byFirst[w.first()];
        list.push_back(w);
        std::sort(list.begin(), list.end(),
                  [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
    }

    /// The words of `w` that are not covered by a whole user-data phrase.
    QStringList remaining(const QStringList &w) const {
        QStringList left;
        for (int i = 0; i < w.size();) {
            int matched = 0;
            const auto it = m_byFirst.constFind(w.at(i));
            if (it != m_byFirst.constEnd()) {
                for (const QStringList &phrase : *it) {
                    if (i + phrase.size() <= w.size() && w.mid(i, phrase.size()) == phrase) {
                        matched = int(phrase.size());
                        break;
                    }
                }
            }
            if (matched) {
                i += matched;
            } else {
                left << w.at(i);
                ++i;
            }
        }
        return left;
    }

    /// Whether `w` is a run of words inside one user-data phrase (a wrapped or elided piece).
    bool isPiece(const QStringList &w) const {
        if (w.isEmpty())
            return true;
        const QString needle = w.join(QLatin1Char(' '));
        for (qsizetype from = 0;;) {
            const qsizetype at = m_joined.indexOf(needle, from);
            if (at < 0)
                return false;
            const qsizetype end = at + needle.size();
            const auto boundary = [this](qsizetype i) {
                return i < 0 || i >= m_joined.size() || !m_joined.at(i).isLetterOrNumber();
            };
            if (boundary(at - 1) && boundary(end))
                return true;
            from = at + 1;
        }
    }

private:
    QHash<QString, std::vector<QStringList>> m_byFirst;
    QString m_joined;
};

/// A passage that reads the same in English and the other language without being user data:
/// the text the user reads was not translated.
struct Offence {
    Passage passage;
    QStringList words; ///< the words left after user data and the exceptions
};

/// Passages of `other` whose words also appear as a passage of `english`, minus those made of
/// user data and the `exceptions` (words the other language writes exactly as English does).
inline std::vector<Offence> untranslated(const Passages &english, const Passages &other,
                                         const UserData &data, const QSet<QString> &exceptions) {
    QSet<QString> seen;
    for (const Passage &p : english)
        seen.insert(words(p.text).join(QLatin1Char(' ')));
    std::vector<Offence> found;
    QSet<QString> reported;
    for (const Passage &p : other) {
        QString text = p.text;
        QStringList w = words(text);
        if (w.isEmpty() || !seen.contains(w.join(QLatin1Char(' '))))
            continue;
        // An elided cell ("Strong in ret…") ends in a cut word.
        if (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("...")))
            w.removeLast();
        QStringList left = data.remaining(w);
        left.erase(std::remove_if(left.begin(), left.end(),
                                  [&](const QString &word) { return exceptions.contains(word); }),
                   left.end());
        if (left.isEmpty() || data.isPiece(w))
            continue;
        const QString key = p.text + QLatin1Char('\t') + p.where;
        if (reported.contains(key))
            continue;
        reported.insert(key);
        found.push_back({p, left});
    }
    return found;
}

} // namespace ps::runtimetext
