// SPDX-License-Identifier: GPL-3.0-or-later
// Country names come from Qt's CLDR territory table (QLocale); the regions are sales regions as
// partner teams use them. "North America" is the United States and Canada (Mexico is in LATAM),
// as sales organizations usually draw it.
#include "core/accounts/regions.h"

#include <QHash>
#include <QLocale>

namespace ps::accounts {
namespace {

struct RegionRow {
    const char *names;     ///< '|'-separated; the first is the display form
    const char *countries; ///< alpha-2 codes, or "@name" to include another region
};

// clang-format off
const RegionRow regionRows[] = {
    {"Europe", "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS "
               "IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK"},
    {"Middle East", "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE"},
    {"Africa", "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS "
               "LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ "
               "UG YT ZA ZM ZW"},
    {"EMEA", "@Europe @Middle East @Africa"},
    {"DACH", "DE AT CH LI"},
    {"Nordics|Nordic|Nordic countries", "DK FI IS NO SE FO AX GL SJ"},
    {"Scandinavia", "DK NO SE"},
    {"Benelux", "BE NL LU"},
    {"UK & Ireland|UK and Ireland|UKI|UK&I|British Isles", "GB IE IM JE GG"},
    {"Southern Europe", "ES PT IT GR MT CY AD SM VA MC GI"},
    {"Eastern Europe|CEE|Central and Eastern Europe|Central Eastern Europe",
     "PL CZ SK HU RO BG HR SI RS BA ME MK AL XK EE LV LT UA BY MD RU"},
    {"Western Europe", "FR BE NL LU DE AT CH LI MC GB IE"},
    {"EU|European Union", "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO "
                          "SK SI ES SE"},
    {"MENA", "@Middle East DZ EG LY MA TN"},
    {"GCC|Gulf", "AE BH KW OM QA SA"},
    {"North America|NA|NORAM|NAM|US & Canada|US and Canada", "US CA PR VI UM GU AS MP BM PM"},
    {"LATAM|Latin America|LatAm & Caribbean|Latin America and the Caribbean",
     "MX GT BZ SV HN NI CR PA CU DO HT JM BS BB AG DM GD KN LC VC TT AI AW BQ CW SX KY TC VG MS "
     "GP MQ BL MF AR BO BR CL CO EC GY PY PE SR UY VE FK GF"},
    {"South America", "AR BO BR CL CO EC GY PY PE SR UY VE FK GF"},
    {"Americas|AMER|AMERS", "@North America @LATAM"},
    {"Asia", "AF BD BT BN KH CN HK IN ID JP KZ KG LA MO MY MV MN MM NP KP PK PH SG KR LK TW TJ "
             "TH TL TM UZ VN"},
    {"Oceania", "AU NZ FJ PG SB VU NC PF WS TO KI TV NR FM MH PW CK NU TK WF NF PN CX CC"},
    {"APAC|Asia Pacific|Asia-Pacific|APJ|Asia Pacific and Japan", "@Asia @Oceania"},
    {"ASEAN|Southeast Asia|South East Asia|SEA", "BN KH ID LA MY MM PH SG TH VN TL"},
    {"ANZ|Australia and New Zealand|Australia & New Zealand", "AU NZ"},
    {"Global|Worldwide|World|All regions|International", "*"},
};

// Other names of countries, by alpha-2 code; English CLDR names and codes come from QLocale.
const char *const countryAliases[][2] = {
    {"USA", "US"}, {"U.S.", "US"}, {"U.S.A.", "US"}, {"United States of America", "US"},
    {"America", "US"}, {"UK", "GB"}, {"U.K.", "GB"}, {"GBR", "GB"}, {"Great Britain", "GB"},
    {"Britain", "GB"}, {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"},
    {"Northern Ireland", "GB"}, {"DEU", "DE"}, {"Deutschland", "DE"}, {"FRA", "FR"},
    {"ESP", "ES"}, {"España", "ES"}, {"ITA", "IT"}, {"Italia", "IT"}, {"NLD", "NL"},
    {"Holland", "NL"}, {"The Netherlands", "NL"}, {"Nederland", "NL"}, {"BEL", "BE"},
    {"België", "BE"}, {"Belgique", "BE"}, {"CHE", "CH"}, {"Schweiz", "CH"}, {"Suisse", "CH"},
    {"Svizzera", "CH"}, {"AUT", "AT"}, {"Österreich", "AT"}, {"SWE", "SE"}, {"Sverige", "SE"},
    {"NOR", "NO"}, {"Norge", "NO"}, {"DNK", "DK"}, {"Danmark", "DK"}, {"FIN", "FI"},
    {"Suomi", "FI"}, {"IRL", "IE"}, {"Éire", "IE"}, {"POL", "PL"}, {"Polska", "PL"},
    {"PRT", "PT"}, {"CZE", "CZ"}, {"Czech Republic", "CZ"}, {"Česko", "CZ"}, {"CAN", "CA"},
    {"MEX", "MX"}, {"México", "MX"}, {"BRA", "BR"}, {"Brasil", "BR"}, {"ARG", "AR"},
    {"CHL", "CL"}, {"COL", "CO"}, {"AUS", "AU"}, {"NZL", "NZ"}, {"JPN", "JP"}, {"Nippon", "JP"},
    {"CHN", "CN"}, {"PRC", "CN"}, {"People's Republic of China", "CN"}, {"IND", "IN"},
    {"SGP", "SG"}, {"KOR", "KR"}, {"Korea", "KR"}, {"Republic of Korea", "KR"},
    {"Korea, Republic of", "KR"}, {"TWN", "TW"}, {"HKG", "HK"}, {"Hong Kong SAR", "HK"},
    {"Macau", "MO"}, {"RUS", "RU"}, {"Russian Federation", "RU"}, {"TUR", "TR"},
    {"Türkiye", "TR"}, {"Turkiye", "TR"}, {"ARE", "AE"}, {"UAE", "AE"}, {"U.A.E.", "AE"},
    {"SAU", "SA"}, {"ISR", "IL"}, {"ZAF", "ZA"}, {"RSA", "ZA"}, {"EGY", "EG"},
    {"Côte d'Ivoire", "CI"}, {"Viet Nam", "VN"}, {"Iran, Islamic Republic of", "IR"},
    {"North Macedonia", "MK"}, {"Swaziland", "SZ"}, {"Czechoslovakia", ""},
    {"Bosnia", "BA"}, {"Bosnia-Herzegovina", "BA"}, {"Slovak Republic", "SK"},
    {"Vatican", "VA"}, {"Holy See", "VA"}, {"Burma", "MM"}, {"East Timor", "TL"},
    {"Democratic Republic of the Congo", "CD"}, {"DR Congo", "CD"}, {"DRC", "CD"},
    {"Republic of the Congo", "CG"}, {"Cabo Verde", "CV"}, {"Lao PDR", "LA"},
    {"Moldova, Republic of", "MD"}, {"Palestine", "PS"}, {"Curaçao", "CW"},
    {"Réunion", "RE"}, {"Åland", "AX"}, {"Aland", "AX"},
};
// clang-format on

struct Tables {
    QHash<QString, QString> countryByKey;    ///< folded name or code -> alpha-2
    QHash<QString, QStringList> regionByKey; ///< folded region name -> alpha-2 codes
    QStringList regionNames;
    QStringList allCountries;
};

QStringList expand(const char *countries, const QHash<QString, QStringList> &byName,
                   const QStringList &all) {
    QStringList codes;
    const QStringList parts =
        QString::fromUtf8(countries).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("*"))
            return all;
        if (part.startsWith(QLatin1Char('@'))) {
            // "@Middle East": a region name of one or two words
            QString name = part.mid(1);
            if (!byName.contains(foldedKey(name)) && i + 1 < parts.size())
                name += QLatin1Char(' ') + parts.at(++i);
            codes += byName.value(foldedKey(name));
            continue;
        }
        codes << part;
    }
    codes.removeDuplicates();
    return codes;
}

const Tables &tables() {
    static const Tables t = [] {
        Tables tables;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = QLocale::Territory(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !code.at(0).isLetter() || code == QLatin1String("EU"))
                continue; // "001" World, "150" Europe, "419" Latin America, "EU"
            tables.allCountries << code;
            tables.countryByKey.insert(foldedKey(code), code);
            tables.countryByKey.insert(foldedKey(QLocale::territoryToString(territory)), code);
        }
        for (const auto &alias : countryAliases)
            if (*alias[1])
                tables.countryByKey.insert(foldedKey(QString::fromUtf8(alias[0])),
                                           QString::fromLatin1(alias[1]));
        for (const RegionRow &row : regionRows) {
            const QStringList names = QString::fromUtf8(row.names).split(QLatin1Char('|'));
            const QStringList codes =
                expand(row.countries, tables.regionByKey, tables.allCountries);
            tables.regionNames << names.front();
            for (const QString &name : names)
                tables.regionByKey.insert(foldedKey(name), codes);
        }
        return tables;
    }();
    return t;
}

} // namespace

QString foldedKey(QStringView text) {
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) { // the common case, without the decomposition
        QString key;
        key.reserve(text.size());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                key += c;
            else if (u >= 'A' && u <= 'Z')
                key += QChar(u + 32);
        }
        return key;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber())
            key += c.toCaseFolded();
    return key;
}

QString countryCode(QStringView country) {
    const QString key = foldedKey(country);
    return key.isEmpty() ? QString() : tables().countryByKey.value(key);
}

QStringList regionCountries(QStringView region) {
    const QString key = foldedKey(region);
    if (key.isEmpty())
        return {};
    const Tables &t = tables();
    const auto it = t.regionByKey.constFind(key);
    if (it != t.regionByKey.constEnd())
        return *it;
    const QString code = t.countryByKey.value(key);
    return code.isEmpty() ? QStringList() : QStringList{code};
}

QStringList knownRegions() {
    return tables().regionNames;
}

} // namespace ps::accounts
