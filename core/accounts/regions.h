// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// Countries and the sales regions ICPs name ("EMEA", "DACH", "North America"...), so that an
/// account's Billing Country can be tested against an ICP's regions. Thread-safe.
namespace ps::accounts {

/// The ISO 3166 alpha-2 code of a country as CRMs write it: the code ("DE"), the English name
/// in any case and with or without accents ("Germany", "côte d'ivoire"), common alpha-3 codes
/// ("DEU", "USA") and common other names ("USA", "UK", "England", "Deutschland", "Holland",
/// "Czech Republic", "Korea", "UAE"). Empty when unknown.
QString countryCode(QStringView country);

/// The alpha-2 codes of the countries in `region`: a region of the table in
/// docs/account-mapping.md ("EMEA", "Europe", "DACH", "Nordics", "Benelux", "UK & Ireland",
/// "Southern Europe", "Eastern Europe"/"CEE", "Western Europe", "EU", "Middle East", "MENA",
/// "GCC", "Africa", "North America" (United States and Canada with their territories),
/// "LATAM", "South America", "Americas", "APAC", "Asia", "ASEAN", "ANZ", "Oceania",
/// "Global"), or a single country named as countryCode() reads it. Empty when unknown.
QStringList regionCountries(QStringView region);

/// The region names regionCountries() knows, in the form docs/account-mapping.md writes them.
QStringList knownRegions();

/// Text reduced for comparing names: decomposed, marks dropped, case-folded, letters and digits
/// only ("Côte d'Ivoire" -> "cotedivoire", "UK & Ireland" -> "ukireland").
QString foldedKey(QStringView text);

} // namespace ps::accounts
