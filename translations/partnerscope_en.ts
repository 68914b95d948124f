<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ps::AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s), %1, from %2</source>
        <translation>
            <numerusform>%n account, %1, from %2</numerusform>
            <numerusform>%n accounts, %1, from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n earlier list(s))</source>
        <translation>
            <numerusform>%1 (and %n earlier list)</numerusform>
            <numerusform>%1 (and %n earlier lists)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %n pair(s)</source>
        <translation>
            <numerusform>%1 × %2: %n pair</numerusform>
            <numerusform>%1 × %2: %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Update %n link(s) from the account overlap</source>
        <translation>
            <numerusform>Update %n link from the account overlap</numerusform>
            <numerusform>Update %n links from the account overlap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)
%1 open pipeline</source>
        <translation>
            <numerusform>%Ln account
%1 open pipeline</numerusform>
            <numerusform>%Ln accounts
%1 open pipeline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::Ahp</name>
    <message numerus="yes">
        <source>The matrix is not square: row %1 has %n values, expected %2.</source>
        <translation>
            <numerusform>The matrix is not square: row %1 has %n value, expected %2.</numerusform>
            <numerusform>The matrix is not square: row %1 has %n values, expected %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are more rows than the %n criteria in the header row.</source>
        <translation>
            <numerusform>there are more rows than the %n criterion in the header row.</numerusform>
            <numerusform>there are more rows than the %n criteria in the header row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row for &quot;%1&quot; has %n values; the header names %2 criteria.</source>
        <translation>
            <numerusform>the row for &quot;%1&quot; has %n value; the header names %2 criteria.</numerusform>
            <numerusform>the row for &quot;%1&quot; has %n values; the header names %2 criteria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::AhpDialog</name>
    <message numerus="yes">
        <source>%n partner(s) would change quadrant</source>
        <translation>
            <numerusform>%n partner would change quadrant</numerusform>
            <numerusform>%n partners would change quadrant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::Attention</name>
    <message numerus="yes">
        <source>&quot;%1&quot; shows %n of seed 000&apos;s failure modes: %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; shows %n of seed 000&apos;s failure modes: %2.</numerusform>
            <numerusform>&quot;%1&quot; shows %n of seed 000&apos;s failure modes: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Co-selling with %n of the four items still open: %1.</source>
        <translation>
            <numerusform>Co-selling with %n of the four items still open: %1.</numerusform>
            <numerusform>Co-selling with %n of the four items still open: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onboarding with %n of the four items still open: %1.</source>
        <translation>
            <numerusform>Onboarding with %n of the four items still open: %1.</numerusform>
            <numerusform>Onboarding with %n of the four items still open: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) of this model bring %1 of influenced revenue for %2 of investment: ROI %3.</source>
        <translation>
            <numerusform>%n partner of this model brings %1 of influenced revenue for %2 of investment: ROI %3.</numerusform>
            <numerusform>%n partners of this model bring %1 of influenced revenue for %2 of investment: ROI %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::AttentionList</name>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n item needs attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n critical.</source>
        <translation>
            <numerusform>, %n critical.</numerusform>
            <numerusform>, %n critical.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::Cli</name>
    <message numerus="yes">
        <source>%1: %2, %3, %4-separated, %Ln row(s).</source>
        <translation>
            <numerusform>%1: %2, %3, %4-separated, %Ln row.</numerusform>
            <numerusform>%1: %2, %3, %4-separated, %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported: %Ln row(s) are invalid (--skip-invalid imports the others).</source>
        <translation>
            <numerusform>%1: nothing was imported: %Ln row is invalid (--skip-invalid imports the others).</numerusform>
            <numerusform>%1: nothing was imported: %Ln rows are invalid (--skip-invalid imports the others).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped as duplicates</source>
        <translation>
            <numerusform>%Ln skipped as a duplicate</numerusform>
            <numerusform>%Ln skipped as duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalid</numerusform>
            <numerusform>%Ln invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a model</source>
        <translation>
            <numerusform>%Ln without a model</numerusform>
            <numerusform>%Ln without a model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coverage of %n ICP(s)</source>
        <translation>
            <numerusform>Coverage of %n ICP</numerusform>
            <numerusform>Coverage of %n ICPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s): ICPs without a partner of link strength 4 or 5.</source>
        <translation>
            <numerusform>%n gap: ICPs without a partner of link strength 4 or 5.</numerusform>
            <numerusform>%n gaps: ICPs without a partner of link strength 4 or 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n item(s)</source>
        <translation>
            <numerusform>Needs attention: %n item</numerusform>
            <numerusform>Needs attention: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n enrolled partners in the quarter from %3)</source>
        <translation>
            <numerusform>%1 (%2 of %n enrolled partner in the quarter from %3)</numerusform>
            <numerusform>%1 (%2 of %n enrolled partners in the quarter from %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (median of %n partners)</source>
        <translation>
            <numerusform>%1 (median of %n partner)</numerusform>
            <numerusform>%1 (median of %n partners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n partners active the year before)</source>
        <translation>
            <numerusform>%1 (%2 of %n partner active the year before)</numerusform>
            <numerusform>%1 (%2 of %n partners active the year before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partner impact (%1; rates need %n closed deal(s))</source>
        <translation>
            <numerusform>Partner impact (%1; rates need %n closed deal)</numerusform>
            <numerusform>Partner impact (%1; rates need %n closed deals)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written to %1: %Ln account(s) for %2.</source>
        <translation>
            <numerusform>Dry run, nothing written to %1: %Ln account for %2.</numerusform>
            <numerusform>Dry run, nothing written to %1: %Ln accounts for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %Ln account(s) for %2.</source>
        <translation>
            <numerusform>Imported into %1: %Ln account for %2.</numerusform>
            <numerusform>Imported into %1: %Ln accounts for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) of the deal log match no account of the list.</source>
        <translation>
            <numerusform>%Ln open deal of the deal log matches no account of the list.</numerusform>
            <numerusform>%Ln open deals of the deal log match no account of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offer %1 written to %2: %Ln domain(s) blinded; send it to the partner and keep %3, which holds the exchange&apos;s secret.</source>
        <translation>
            <numerusform>Offer %1 written to %2: %Ln domain blinded; send it to the partner and keep %3, which holds the exchange&apos;s secret.</numerusform>
            <numerusform>Offer %1 written to %2: %Ln domains blinded; send it to the partner and keep %3, which holds the exchange&apos;s secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::CoverageChart</name>
    <message numerus="yes">
        <source>%Ln strong partners</source>
        <translation>
            <numerusform>%Ln strong partner</numerusform>
            <numerusform>%Ln strong partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::DealPartnersDialog</name>
    <message numerus="yes">
        <source>If won, each partner is credited %1 of the %2 (the amount split equally among %n partner(s)).</source>
        <translation>
            <numerusform>If won, each partner is credited %1 of the %2 (the amount split equally among %n partner).</numerusform>
            <numerusform>If won, each partner is credited %1 of the %2 (the amount split equally among %n partners).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::EconomicsDashboard</name>
    <message numerus="yes">
        <source>partners, %n open item(s)</source>
        <translation>
            <numerusform>partners, %n open item</numerusform>
            <numerusform>partners, %n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln partners since %2</source>
        <translation>
            <numerusform>%1 of %Ln partner since %2</numerusform>
            <numerusform>%1 of %Ln partners since %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ExchangeWizard</name>
    <message numerus="yes">
        <source>%1 offers %n blinded domain(s) (%2).</source>
        <translation>
            <numerusform>%1 offers %n blinded domain (%2).</numerusform>
            <numerusform>%1 offers %n blinded domains (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offer holds %n blinded domain(s) (%1). Send &quot;%2&quot; to the partner; when its answer comes back, run step 3.</source>
        <translation>
            <numerusform>The offer holds %n blinded domain (%1). Send &quot;%2&quot; to the partner; when its answer comes back, run step 3.</numerusform>
            <numerusform>The offer holds %n blinded domains (%1). Send &quot;%2&quot; to the partner; when its answer comes back, run step 3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) with %1, of %2 we offered and %3 they revealed. They are stored as the newest list of %4: the Accounts page shows the overlap.</source>
        <translation>
            <numerusform>%n shared account with %1, of %2 we offered and %3 they revealed. It is stored as the newest list of %4: the Accounts page shows the overlap.</numerusform>
            <numerusform>%n shared accounts with %1, of %2 we offered and %3 they revealed. They are stored as the newest list of %4: the Accounts page shows the overlap.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::GapCandidates</name>
    <message numerus="yes">
        <source>%n deal(s) with its buyers</source>
        <translation>
            <numerusform>%n deal with its buyers</numerusform>
            <numerusform>%n deals with its buyers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::GroupWeightsView</name>
    <message numerus="yes">
        <source>%1 of %n answered</source>
        <translation>
            <numerusform>%1 of %n answered</numerusform>
            <numerusform>%1 of %n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in progress</source>
        <translation>
            <numerusform>, %n in progress</numerusform>
            <numerusform>, %n in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::IcpFocusPanel</name>
    <message numerus="yes">
        <source>%1 is a gap: no partner reaches it strongly (influence %2 of 100, %n partner(s) linked).</source>
        <translation>
            <numerusform>%1 is a gap: no partner reaches it strongly (influence %2 of 100, %n partner linked).</numerusform>
            <numerusform>%1 is a gap: no partner reaches it strongly (influence %2 of 100, %n partners linked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: influence %2 of 100, %n strong partner(s).</source>
        <translation>
            <numerusform>%1: influence %2 of 100, %n strong partner.</numerusform>
            <numerusform>%1: influence %2 of 100, %n strong partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could close the gap, best first:</source>
        <translation>
            <numerusform>%n partner could close the gap, best first:</numerusform>
            <numerusform>%n partners could close the gap, best first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImpactView</name>
    <message numerus="yes">
        <source>Partner-sourced new customers: %n.</source>
        <translation>
            <numerusform>Partner-sourced new customers: %n.</numerusform>
            <numerusform>Partner-sourced new customers: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportDuplicatesPage</name>
    <message numerus="yes">
        <source>%n rows duplicate an existing entry or an earlier row. Skipped rows are not imported.</source>
        <translation>
            <numerusform>%n row duplicates an existing entry or an earlier row. Skipped rows are not imported.</numerusform>
            <numerusform>%n rows duplicate an existing entry or an earlier row. Skipped rows are not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportFilePage</name>
    <message numerus="yes">
        <source>%n data rows and %1 columns.</source>
        <translation>
            <numerusform>%n data row and %1 columns.</numerusform>
            <numerusform>%n data rows and %1 columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity-partner rows.</source>
        <translation>
            <numerusform>%n opportunity-partner row.</numerusform>
            <numerusform>%n opportunity-partner rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportMappingPage</name>
    <message numerus="yes">
        <source>%1 of %n columns matched automatically; unmatched columns are ignored unless you choose a field.</source>
        <translation>
            <numerusform>%1 of %n column matched automatically; unmatched columns are ignored unless you choose a field.</numerusform>
            <numerusform>%1 of %n columns matched automatically; unmatched columns are ignored unless you choose a field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partners on deals come from %1: %n rows, by opportunity id and partner account id.</source>
        <translation>
            <numerusform>Partners on deals come from %1: %n row, by opportunity id and partner account id.</numerusform>
            <numerusform>Partners on deals come from %1: %n rows, by opportunity id and partner account id.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportRulesPage</name>
    <message numerus="yes">
        <source>%n stages. Stages named won or lost (&quot;Closed Won&quot;, &quot;closedlost&quot;) are recognized; check the others.</source>
        <translation>
            <numerusform>%n stage. Stages named won or lost (&quot;Closed Won&quot;, &quot;closedlost&quot;) are recognized; check the others.</numerusform>
            <numerusform>%n stages. Stages named won or lost (&quot;Closed Won&quot;, &quot;closedlost&quot;) are recognized; check the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity types are unknown (marked): choose what they are, or their rows are reported as errors.</source>
        <translation>
            <numerusform>%n activity type is unknown (marked): choose what it is, or its rows are reported as errors.</numerusform>
            <numerusform>%n activity types are unknown (marked): choose what they are, or their rows are reported as errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportRunPage</name>
    <message numerus="yes">
        <source>Needs classification: %n (filter the partner table by &quot;Needs classification&quot; to find them)</source>
        <translation>
            <numerusform>Needs classification: %n (filter the partner table by &quot;Needs classification&quot; to find it)</numerusform>
            <numerusform>Needs classification: %n (filter the partner table by &quot;Needs classification&quot; to find them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as duplicates: %n</source>
        <translation>
            <numerusform>Skipped as duplicates: %n</numerusform>
            <numerusform>Skipped as duplicates: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as invalid: %n</source>
        <translation>
            <numerusform>Skipped as invalid: %n</numerusform>
            <numerusform>Skipped as invalid: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n</source>
        <translation>
            <numerusform>Changed: %n</numerusform>
            <numerusform>Changed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Unchanged: %n</numerusform>
            <numerusform>Unchanged: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportValidationPage</name>
    <message numerus="yes">
        <source>&amp;Skip the %n invalid rows and import the rest</source>
        <translation>
            <numerusform>&amp;Skip the %n invalid row and import the rest</numerusform>
            <numerusform>&amp;Skip the %n invalid rows and import the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid. An import is all or nothing: go Back and fix the mapping, or skip them.</source>
        <translation>
            <numerusform>%n row is invalid. An import is all or nothing: go Back and fix the mapping, or skip it.</numerusform>
            <numerusform>%n rows are invalid. An import is all or nothing: go Back and fix the mapping, or skip them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a model (needs classification)</source>
        <translation>
            <numerusform>%n without a model (needs classification)</numerusform>
            <numerusform>%n without a model (needs classification)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows skipped</source>
        <translation>
            <numerusform>%n invalid row skipped</numerusform>
            <numerusform>%n invalid rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have dates such as 03/04/2025 that read either way; they are read month first. Go Back to Columns to read them day first.</source>
        <translation>
            <numerusform>%n row has dates such as 03/04/2025 that read either way; they are read month first. Go Back to Columns to read them day first.</numerusform>
            <numerusform>%n rows have dates such as 03/04/2025 that read either way; they are read month first. Go Back to Columns to read them day first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the portfolio already has every row (%n unchanged).</source>
        <translation>
            <numerusform>Nothing to import: the portfolio already has every row (%n unchanged).</numerusform>
            <numerusform>Nothing to import: the portfolio already has every row (%n unchanged).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed: %n</source>
        <translation>
            <numerusform>changed: %n</numerusform>
            <numerusform>changed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>unchanged: %n</numerusform>
            <numerusform>unchanged: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportValuesPage</name>
    <message numerus="yes">
        <source>%n values are unknown (highlighted). Partners with a value left as &quot;Needs classification&quot; are imported without a model, flagged in the partner table and scored with a neutral profile.</source>
        <translation>
            <numerusform>%n value is unknown (highlighted). Partners with a value left as &quot;Needs classification&quot; are imported without a model, flagged in the partner table and scored with a neutral profile.</numerusform>
            <numerusform>%n values are unknown (highlighted). Partners with a value left as &quot;Needs classification&quot; are imported without a model, flagged in the partner table and scored with a neutral profile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportWizard</name>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ICPs</source>
        <translation>
            <numerusform>%n ICP</numerusform>
            <numerusform>%n ICPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influence links</source>
        <translation>
            <numerusform>%n influence link</numerusform>
            <numerusform>%n influence links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MB and is not imported.</source>
        <translation>
            <numerusform>%1 is larger than %n MB and is not imported.</numerusform>
            <numerusform>%1 is larger than %n MB and is not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows...</source>
        <translation>
            <numerusform>Checking %n row...</numerusform>
            <numerusform>Checking %n rows...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::InfluenceMapView</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::LinkSuggestions</name>
    <message numerus="yes">
        <source>%n deal(s) with buyers of this ICP</source>
        <translation>
            <numerusform>%n deal with buyers of this ICP</numerusform>
            <numerusform>%n deals with buyers of this ICP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n won</source>
        <translation>
            <numerusform>, %n won</numerusform>
            <numerusform>, %n won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sourced</source>
        <translation>
            <numerusform>, %n sourced</numerusform>
            <numerusform>, %n sourced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) in this ICP (of %1 of ours)</source>
        <translation>
            <numerusform>%n shared account in this ICP (of %1 of ours)</numerusform>
            <numerusform>%n shared accounts in this ICP (of %1 of ours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) in ICP %1 (of %2 of ours)</source>
        <translation>
            <numerusform>%n shared account in ICP %1 (of %2 of ours)</numerusform>
            <numerusform>%n shared accounts in ICP %1 (of %2 of ours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::LinkSuggestionsPanel</name>
    <message numerus="yes">
        <source>The deal log and the account overlap suggest no missing link: every partner with %n or more deals for an ICP&apos;s buyers, or a strong account overlap in it, is linked to it.</source>
        <translation>
            <numerusform>The deal log and the account overlap suggest no missing link: every partner with %n or more deals for an ICP&apos;s buyers, or a strong account overlap in it, is linked to it.</numerusform>
            <numerusform>The deal log and the account overlap suggest no missing link: every partner with %n or more deals for an ICP&apos;s buyers, or a strong account overlap in it, is linked to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) the evidence suggests: partners on deals whose buyers match an ICP, or sharing many of our accounts in it, that have no link to it.</source>
        <translation>
            <numerusform>%n link the evidence suggests: partners on deals whose buyers match an ICP, or sharing many of our accounts in it, that have no link to it.</numerusform>
            <numerusform>%n links the evidence suggests: partners on deals whose buyers match an ICP, or sharing many of our accounts in it, that have no link to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n rows (added and merged)</source>
        <translation>
            <numerusform>Imported %n row (added and merged)</numerusform>
            <numerusform>Imported %n rows (added and merged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) are not on the server yet.</source>
        <translation>
            <numerusform>%n edit is not on the server yet.</numerusform>
            <numerusform>%n edits are not on the server yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) held until the server takes them.</source>
        <translation>
            <numerusform>%n edit held until the server takes it.</numerusform>
            <numerusform>%n edits held until the server takes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::MapOverview</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::MapPage</name>
    <message numerus="yes">
        <source>Showing %1 × %2: %Ln partners</source>
        <translation>
            <numerusform>Showing %1 × %2: %Ln partner</numerusform>
            <numerusform>Showing %1 × %2: %Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners linked</source>
        <translation>
            <numerusform>%Ln partner linked</numerusform>
            <numerusform>%Ln partners linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::MatrixView</name>
    <message numerus="yes">
        <source>%1: readiness %2, potential %3, %4. %n selected.</source>
        <translation>
            <numerusform>%1: readiness %2, potential %3, %4. %n selected.</numerusform>
            <numerusform>%1: readiness %2, potential %3, %4. %n selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::OemAssessmentView</name>
    <message numerus="yes">
        <source>%1: %n failure mode(s) present.</source>
        <translation>
            <numerusform>%1: %n failure mode present.</numerusform>
            <numerusform>%1: %n failure modes present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PartnerImpactPanel</name>
    <message numerus="yes">
        <source>From the deal log. A won deal&apos;s amount is split equally among its partners. Rates need %n closed deals (Economics &gt; Impact changes it).</source>
        <translation>
            <numerusform>From the deal log. A won deal&apos;s amount is split equally among its partners. Rates need %n closed deal (Economics &gt; Impact changes it).</numerusform>
            <numerusform>From the deal log. A won deal&apos;s amount is split equally among its partners. Rates need %n closed deals (Economics &gt; Impact changes it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PlacementVotesView</name>
    <message numerus="yes">
        <source>%n vote(s), revealed:</source>
        <translation>
            <numerusform>%n vote, revealed:</numerusform>
            <numerusform>%n votes, revealed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n have voted. Votes stay hidden until you reveal them.</source>
        <translation>
            <numerusform>%1 of %n has voted. Votes stay hidden until you reveal them.</numerusform>
            <numerusform>%1 of %n have voted. Votes stay hidden until you reveal them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PlanComparisonView</name>
    <message numerus="yes">
        <source>The edited plan breaks %n constraint(s): %1</source>
        <translation>
            <numerusform>The edited plan breaks %n constraint: %1</numerusform>
            <numerusform>The edited plan breaks %n constraints: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PortfolioFile</name>
    <message numerus="yes">
        <source>%1 has %n further problems.</source>
        <translation>
            <numerusform>%1 has %n further problem.</numerusform>
            <numerusform>%1 has %n further problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ReportContent</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::RoyaltyPanel</name>
    <message numerus="yes">
        <source>Total revenue %1, total margin %2 over %n year(s).</source>
        <translation>
            <numerusform>Total revenue %1, total margin %2 over %n year.</numerusform>
            <numerusform>Total revenue %1, total margin %2 over %n years.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::SegmentsPage</name>
    <message numerus="yes">
        <source>%1: %n partner(s)</source>
        <translation>
            <numerusform>%1: %n partner</numerusform>
            <numerusform>%1: %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment holds exactly the cluster&apos;s %n partner(s).</source>
        <translation>
            <numerusform>The segment holds exactly the cluster&apos;s %n partner.</numerusform>
            <numerusform>The segment holds exactly the cluster&apos;s %n partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n partner(s); </source>
        <translation>
            <numerusform>The cluster has %n partner; </numerusform>
            <numerusform>The cluster has %n partners; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the segment will hold %n, </source>
        <translation>
            <numerusform>the segment will hold %n, </numerusform>
            <numerusform>the segment will hold %n, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::Team</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::TeamBanner</name>
    <message numerus="yes">
        <source>Connection lost — %n edit(s) held; they are sent when the server is back.</source>
        <translation>
            <numerusform>Connection lost — %n edit held; it is sent when the server is back.</numerusform>
            <numerusform>Connection lost — %n edits held; they are sent when the server is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not yet on the server.</source>
        <translation>
            <numerusform>%n edit not yet on the server.</numerusform>
            <numerusform>%n edits not yet on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with others&apos; changes wait for your choice.</source>
        <translation>
            <numerusform>%n conflict with others&apos; changes waits for your choice.</numerusform>
            <numerusform>%n conflicts with others&apos; changes wait for your choice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::VoteStrip</name>
    <message numerus="yes">
        <source>Votes on %1: %2 of %n in, hidden · R reveals</source>
        <translation>
            <numerusform>Votes on %1: %2 of %n in, hidden · R reveals</numerusform>
            <numerusform>Votes on %1: %2 of %n in, hidden · R reveals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::VotingPanel</name>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moves %n partner(s)</source>
        <translation>
            <numerusform>moves %n partner</numerusform>
            <numerusform>moves %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::WorkshopVoting</name>
    <message numerus="yes">
        <source>Apply the room&apos;s weights (%n participants) to %1</source>
        <translation>
            <numerusform>Apply the room&apos;s weights (%n participant) to %1</numerusform>
            <numerusform>Apply the room&apos;s weights (%n participants) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::edit</name>
    <message numerus="yes">
        <source>Change %1 of %n partners</source>
        <translation>
            <numerusform>Change %1 of %n partner</numerusform>
            <numerusform>Change %1 of %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n partners</source>
        <translation>
            <numerusform>Duplicate %n partner</numerusform>
            <numerusform>Duplicate %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows from %1</source>
        <translation>
            <numerusform>Import %n row from %1</numerusform>
            <numerusform>Import %n rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Delete %n activity</numerusform>
            <numerusform>Delete %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deals</source>
        <translation>
            <numerusform>Delete %n deal</numerusform>
            <numerusform>Delete %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ICPs</source>
        <translation>
            <numerusform>Delete %n ICP</numerusform>
            <numerusform>Delete %n ICPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>Delete %n link</numerusform>
            <numerusform>Delete %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OEM deals</source>
        <translation>
            <numerusform>Delete %n OEM deal</numerusform>
            <numerusform>Delete %n OEM deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n investment periods</source>
        <translation>
            <numerusform>Delete %n investment period</numerusform>
            <numerusform>Delete %n investment periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n of our accounts</source>
        <translation>
            <numerusform>Import %n of our accounts</numerusform>
            <numerusform>Import %n of our accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s) of %1</source>
        <translation>
            <numerusform>Import %n account of %1</numerusform>
            <numerusform>Import %n accounts of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::plan::PlanText</name>
    <message numerus="yes">
        <source>It has %n period(s) of its own evidence; a fit of its own needs %1.</source>
        <translation>
            <numerusform>It has %n period of its own evidence; a fit of its own needs %1.</numerusform>
            <numerusform>It has %n periods of its own evidence; a fit of its own needs %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) have no response curve: no partner&apos;s evidence has enough spend and revenue history to fit one; set their curves by hand.</source>
        <translation>
            <numerusform>%n partner has no response curve: no partner&apos;s evidence has enough spend and revenue history to fit one; set its curve by hand.</numerusform>
            <numerusform>%n partners have no response curve: no partner&apos;s evidence has enough spend and revenue history to fit one; set their curves by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other partner(s)</source>
        <translation>
            <numerusform>%n other partner</numerusform>
            <numerusform>%n other partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other segment(s)</source>
        <translation>
            <numerusform>%n other segment</numerusform>
            <numerusform>%n other segments</numerusform>
        </translation>
    </message>
</context>
</TS>
