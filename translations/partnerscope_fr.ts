<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ps</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First commercial activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a complete offer faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical lead hard to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches a new segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defendable margin for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-unit royalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual escalator %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum annual floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has a missing or duplicate id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; names an upstream partner that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; has a rating outside 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; has a negative amount or count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP &quot;%1&quot; has a negative weight, count or deal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence link %1 points at a missing ICP or partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence link %1 has a strength outside 0-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence link %1 has a negative account overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence link %1 repeats an ICP and partner pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deal %1 belongs to a missing partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative royalty tier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::BulkEditDialog</name>
    <message>
        <source>Set &amp;model to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;tier to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Edit Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected partners: %1. Only the checked fields are changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit of the selection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Cells</name>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row id was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in YYYY-MM-DD form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row id %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Cli</name>
    <message>
        <source>Write the built-in demo portfolio to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a portfolio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a synthetic portfolio for tests and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: partnerscope [FILE]
       partnerscope --demo
       partnerscope COMMAND [OPTIONS]

Partner portfolio planner for channel leaders.

Without a command, opens the desktop application on FILE, or on the start screen.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the application on the built-in demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;partnerscope COMMAND --help&quot; for the options of a command.
Exit status: 0 success, 1 usage error, 2 invalid or unreadable input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; see &quot;partnerscope %2 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: partnerscope %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the portfolio to FILE (replaced atomically).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners: %1, ICPs: %2, links: %3, OEM deals: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is missing (-o FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file to validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of ICPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same portfolio (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of partners is missing (--partners N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of ICPs is missing (--icps M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; see &quot;partnerscope --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one portfolio file or --demo, not both or several; see &quot;partnerscope --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; see &quot;partnerscope --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio has no file yet; choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Enums</name>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliate / alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value-added reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM / embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISV / technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems integrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service delivery / managed service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influences the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers / implements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeds the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic co-developed tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::FieldDelegate</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::GuiApp</name>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), changes from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerscope found unsaved changes from a session that did not end normally. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::IcpPage</name>
    <message>
        <source>Add ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners influencing this ICP&apos;s buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with ; or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 200-1,000 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: CIO; Head of operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::IcpTableModel</name>
    <message>
        <source>No partner influences this ICP&apos;s buyers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative importance among ICPs, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::LinkTableModel</name>
    <message>
        <source>0 (none) to 5 (decisive influence on the buyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::LinksPanel</name>
    <message>
        <source>Link a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner that influences this ICP&apos;s buyers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP whose buyers this partner influences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link partner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link ICP...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners influencing this ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICPs this partner influences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Partnerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Partnerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnerscope %1&lt;/h3&gt;&lt;p&gt;A partner portfolio planner for channel leaders.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerscope portfolios (*.partnerscope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Portfolio As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::OemDealModel</name>
    <message>
        <source>%1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions hold: this OEM motion is likely a distraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit difficulty %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::OemDealsPanel</name>
    <message>
        <source>&amp;Add deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deals of this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manufacturer needs a complete offer faster than it can build one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our technical lead is hard to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The combined offer reaches a new segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The economics leave a defendable margin for both sides and the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royalty terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How either side can leave, and at what cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 4 — fewer than three: likely a distraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 4 — the OEM motion can be worth it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit difficulty %1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OEM deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::OemListEditor</name>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royalty per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Royalty volume tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PartnerDetail</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratings &amp;&amp; economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commercial &amp;&amp; decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;EM deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate with ; or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distributor this partner buys through (layered channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings (1 = low, 5 = high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = cheap to serve, 5 = expensive; scored inversely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint commercial model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing agreed with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who drives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (buys direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed deals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint commercial model is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items in the joint commercial model: %1 of 4. Agree them before co-selling starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PartnerTableModel</name>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner model yet: choose one so that the right scoring profile applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open item of the joint commercial model: agree it before co-selling starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (low) to 5 (high); empty when not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PartnersPage</name>
    <message>
        <source>&amp;Add Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Edit Partners...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, website, region, industry, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (buys direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PortfolioFile</name>
    <message>
        <source>two rows share an id (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link, deal or upstream partner refers to a row that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in its folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PortfolioFile::Inspector</name>
    <message>
        <source>%1 is not a Partnerscope portfolio (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more data than can be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (the file is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated: %1 of %2 bytes are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read safely: another program has changes to it pending in %2; close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open in the memory available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is a view or virtual table, not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database without the portfolio tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its application id is 0x%1, not Partnerscope&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Partnerscope (file format %2; this version reads formats up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has invalid data in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 further problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has invalid data: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::PortfolioPage</name>
    <message>
        <source>For example: EMEA partner plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, for example EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners that need a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partners with open commercial items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::RowReader</name>
    <message>
        <source>table %1 lacks the expected columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 could not be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table holds more than one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OEM deal has this id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::StartPage</name>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan your partner portfolio: ideal customer profiles, the partners that reach their buyers, segments, priorities and economics. Offline, in a file you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .partnerscope file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you open will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Validation</name>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::edit</name>
    <message>
        <source>Change %1 of the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %n partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %n partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ICP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n ICPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change royalty tiers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scoreboard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OEM deals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::edit::detail</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM deal with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
