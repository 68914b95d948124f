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
    <message>
        <source>high %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average on every criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ICP served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify these partners first: each partner type needs its own program design and incentives, and a uniform template fits none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a referral program: a simple lead registration path and a referral fee or commission on the deals they identify, with light co-marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the agency like a franchise: exclusive rights to offer and transact the product in its territory, with commission on the sales it closes for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a co-marketing alliance around the shared target market, rewarded on the joint leads and deals the complementary offer brings in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured reseller program with tiered benefits, certification, deal registration and co-marketing; pay tiered rebates on volume and growth, new customer bonuses and renewal commission so renewals are not neglected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller program with tiers, certification and deal registration, plus services enablement; reward volume and growth with rebates and product mix accelerators for the strategic lines the VAR bundles with its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the distributor as the channel&apos;s supply and credit layer: volume rebates and growth targets, with recruitment and enablement of the resellers it serves funded jointly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the joint commercial model before launch: a per-unit royalty or revenue share with a minimum annual commitment, an SLA and an exit clause matched to the embedding structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecosystem program with developer resources, marketplace listing and co-sell enablement; pay marketplace revenue share and co-sell pipeline bonuses, not resale rebates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SI program with certification tiers, joint solution architecture and co-sell with account ownership protection; pay pipeline contribution and services attachment incentives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certify and enable them to deliver consulting, installation and managed services on your behalf; reward delivery quality and certification, since they do not resell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; has a threshold outside 0-100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; has a weight outside 0-1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; overrides a missing partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active scenario does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner is in the invest quadrant under this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invest in %1 (potential %2, readiness %3): its strongest criteria are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gap: no partner reaches %1 strongly (influence %2 of 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ICP is reached strongly by at least one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borderline partners, whose quadrant changes when the weights move slightly: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive OEM deals: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active partners with open joint commercial model items: %1 of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentration: %1 bring %2 of influenced revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the chart for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: the size must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: use a .png, .svg or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::AhpDialog</name>
    <message>
        <source>Derive Weights from Pairwise Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each pair, choose how much more important the criterion on the left is than the one on top for &lt;b&gt;%1&lt;/b&gt; partners: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 means the one on top is moderately more important.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR %1: the judgments are consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR %1 is above 0.10: the judgments contradict each other. Revisit the pairs that disagree before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive %1 weights of %2 from pairwise comparisons</source>
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
    <message>
        <source>Score every partner: axes, quadrant, stability, points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio metrics: coverage of every ICP, gaps marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive weights from a pairwise comparison matrix (AHP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a view as PNG, SVG or PDF, exactly as the window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the segmentation report as PDF, XLSX, CSV or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no scenario named &quot;%2&quot; (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lambda max: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgments are consistent (CR is at most 0.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgments are inconsistent (CR is above 0.10); revisit the comparisons before using these weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATRIX.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise comparisons: a header row of criterion names (first cell empty), then one row per criterion; numbers or fractions like 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a pairwise comparison matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-sells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coverage of %n ICP(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s): ICPs without a partner of link strength 4 or 5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio file to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to draw: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw with the scenario named S (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default, or projector for large type and high contrast (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the picture to OUT; .png, .svg or .pdf (SVG and PDF are vector graphics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1200x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For --view segments: segment by %1 (default: model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view is missing (--view %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; the views are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segmentation &quot;%1&quot;; --segments takes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segments applies to --view segments only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be default or projector, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file is missing (-o OUT.png|.svg|.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file must end in .png, .svg or .pdf, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WxH with each side from 16 to 20000 pixels, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to write; its suffix picks the format: pdf, xlsx, csv or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score with the scenario named S (default: the active one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment partners by BY: %1 (default model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output file is required (-o OUT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must end in .pdf, .xlsx, .csv or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segments must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1 (thresholds: potential %2, readiness %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio file to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see &quot;partnerscope --help&quot;.</source>
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
    <message>
        <source>ICP influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial contribution</source>
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
        <source>Commitment and engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to serve (inverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprioritize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
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
    <name>ps::HeatmapView</name>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence by ICP and partner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed link strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2&lt;br&gt;Summed link strength: %3&lt;br&gt;Linked partners: %4</source>
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
    <name>ps::InfluenceMapView</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the map for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: use a .png, .svg or .pdf file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence: %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked partners: %1, strong: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gap: no partner reaches this buyer strongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, strength %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 buys through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2&lt;br&gt;%3, strength %4</source>
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
        <source>Delete link</source>
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
    <message>
        <source>&amp;Export Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the segmentation report as PDF, XLSX, CSV or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MapPage</name>
    <message>
        <source>Export Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influence-map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influence-heatmap.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence 0-100 from the strength of each ICP&apos;s links; a gap is an ICP no partner reaches strongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layered: ICPs on the left, partners grouped by model, distributors upstream. Force-directed: linked nodes pull together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a partner...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all partners again after a heatmap cell narrowed the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ma&amp;p...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export He&amp;atmap...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the heatmap as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
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
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide links weaker than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 partner is linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 × %2: 1 partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 × %2: %3 partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden by the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partner linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partners linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: no partner reaches this ICP strongly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the heatmap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MatrixPage</name>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners that change quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw arrows to where each partner lands in another scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Chart...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bubble size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
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
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners that change quadrant from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::MatrixView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borderline (hollow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubble size: revenue (sourced + influenced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubble size: pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubble size: investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bubbles of equal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1, arrows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move quadrant thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by decision; scores say %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability: keeps its quadrant in %1% of weight variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borderline</source>
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
    <message>
        <source>&amp;Score</source>
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
    <message>
        <source>a link, deal, override or upstream partner refers to a row that does not exist</source>
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
    <message>
        <source>no scenario has this id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::RuleEditor</name>
    <message>
        <source>Partner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influences ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner belongs to the segment when it matches every field with ticked values (any of them); a field with nothing ticked does not restrict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ScenarioBar</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this scenario to try other weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this scenario (a portfolio keeps at least one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ScoreExplanation</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each axis score is the sum of its criteria&apos;s points. A missing rating gives no points; its weight goes to the other criteria of the axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score: select a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by decision; the scores say %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of perturbed weightings keep the quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (borderline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Potential&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Readiness&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Quadrant&lt;/b&gt; %3 (scenario %4)&lt;br&gt;&lt;b&gt;Stability&lt;/b&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Scoring</name>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::SegmentCharts</name>
    <message>
        <source>Segment charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and investment (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and investment (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distributions (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::SegmentRuleJson</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array of conditions was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown member &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: anyOf must be an array of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid %3 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: min is above max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Segmentation</name>
    <message>
        <source>Partner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::SegmentsPage</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the number of clusters with the best silhouette and show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Se&amp;gment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected cluster as a rule (its dominant models and quadrants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Rule...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment to list its partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended motion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
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
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::WeightsPanel</name>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner model is scored with its own weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;otential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eadiness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the default weights of this partner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive from &amp;Pairwise Comparisons...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the criteria two at a time and let AHP compute the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the %1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weights of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change thresholds of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::ahp</name>
    <message>
        <source>The matrix is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix is not square: row %1 has %2 values, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is %3; every judgment must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagonal value in row %1 is %2; it must be 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix is not reciprocal: row %1, column %2 is %3 but row %4, column %5 is %6 instead of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row of criterion names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first cell of the header row must be empty, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice in the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row names no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are more rows than the %1 criteria in the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row should be for &quot;%1&quot; (the header&apos;s order), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row for &quot;%1&quot; has %2 values; the header names %3 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) holds &quot;%3&quot;, which is not a number or a fraction like 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends here, but the row for &quot;%1&quot; is missing.</source>
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
    <message>
        <source>unnamed scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment %1</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>ps::map</name>
    <message>
        <source>gap</source>
        <comment>badge on an ICP without strong partner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP (size: priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys through (upstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral, agency, affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller, VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM, ISV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrator, service delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>quadrant badge: invest</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <comment>quadrant badge: develop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>quadrant badge: maintain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <comment>quadrant badge: deprioritize</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::report</name>
    <message>
        <source>Partner segmentation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmented by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: criterion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner segmentation report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmented by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thousands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to invest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influence is 0-100 from the partners&apos; links to each ideal customer profile; an ICP without a strongly linked partner is a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1: potential threshold %2, readiness threshold %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant mix (mean potential %1, mean readiness %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners in this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: score explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points each criterion adds to a partner&apos;s potential and readiness under scenario %1; the points of an axis add up to its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::report::PageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerscope segmentation report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::report::Pdf</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::report::detail</name>
    <message>
        <source>Needs a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
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
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
