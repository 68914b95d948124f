<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ps</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Upstream partner</source>
        <translation>Vorgelagerter Partner</translation>
    </message>
    <message>
        <source>Market reach</source>
        <translation>Marktreichweite</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Betreuungskosten</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Sourced revenue</source>
        <translation>Akquirierter Umsatz</translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation>Beeinflusster Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Deals</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Verlorene Deals</translation>
    </message>
    <message>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation>Enablement</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Anreize</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>First commercial activity</source>
        <translation>Erste kommerzielle Aktivität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation>Entscheidungsverantwortlich</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Pricing agreed</source>
        <translation>Preise vereinbart</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Buyer roles</source>
        <translation>Einkaufsrollen</translation>
    </message>
    <message>
        <source>Priority weight</source>
        <translation>Prioritätsgewicht</translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>Zielkunden</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Durchschnittliche Dealgröße</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Overlapping accounts</source>
        <translation>Gemeinsame Kunden</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Needs a complete offer faster</source>
        <translation>Braucht schneller ein Komplettangebot</translation>
    </message>
    <message>
        <source>Technical lead hard to copy</source>
        <translation>Technischer Vorsprung schwer kopierbar</translation>
    </message>
    <message>
        <source>Reaches a new segment</source>
        <translation>Erreicht ein neues Segment</translation>
    </message>
    <message>
        <source>Defendable margin for all</source>
        <translation>Verteidigbare Marge für alle</translation>
    </message>
    <message>
        <source>Per-unit royalty</source>
        <translation>Lizenzgebühr pro Einheit</translation>
    </message>
    <message>
        <source>Annual escalator %</source>
        <translation>Jährliche Steigerung %</translation>
    </message>
    <message>
        <source>Minimum annual floor</source>
        <translation>Jährlicher Mindestbetrag</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Einrichtungsgebühr</translation>
    </message>
    <message>
        <source>Exit clause</source>
        <translation>Ausstiegsklausel</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Portfolioname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>%1 %2 has a missing or duplicate id.</source>
        <translation>%1 %2 hat eine fehlende oder doppelte ID.</translation>
    </message>
    <message>
        <source>Partner %1 has no name.</source>
        <translation>Partner %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; names an upstream partner that does not exist.</source>
        <translation>Partner „%1“ nennt einen vorgelagerten Partner, der nicht existiert.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; has a rating outside 1-5.</source>
        <translation>Partner „%1“ hat eine Bewertung außerhalb von 1–5.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; has a negative amount or count.</source>
        <translation>Partner „%1“ hat einen negativen Betrag oder eine negative Anzahl.</translation>
    </message>
    <message>
        <source>ICP %1 has no name.</source>
        <translation>ICP %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>ICP &quot;%1&quot; has a negative weight, count or deal size.</source>
        <translation>ICP „%1“ hat ein negatives Gewicht, eine negative Anzahl oder Dealgröße.</translation>
    </message>
    <message>
        <source>Influence link %1 points at a missing ICP or partner.</source>
        <translation>Einflussverbindung %1 verweist auf ein fehlendes ICP oder einen fehlenden Partner.</translation>
    </message>
    <message>
        <source>Influence link %1 has a strength outside 0-5.</source>
        <translation>Einflussverbindung %1 hat eine Stärke außerhalb von 0–5.</translation>
    </message>
    <message>
        <source>Influence link %1 has a negative account overlap.</source>
        <translation>Einflussverbindung %1 hat eine negative Kundenüberschneidung.</translation>
    </message>
    <message>
        <source>Influence link %1 repeats an ICP and partner pair.</source>
        <translation>Einflussverbindung %1 wiederholt ein Paar aus ICP und Partner.</translation>
    </message>
    <message>
        <source>OEM deal %1 belongs to a missing partner.</source>
        <translation>OEM-Deal %1 gehört zu einem fehlenden Partner.</translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative amount.</source>
        <translation>OEM-Deal „%1“ hat einen negativen Betrag.</translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative royalty tier.</source>
        <translation>OEM-Deal „%1“ hat eine negative Lizenzgebührenstaffel.</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>Average on every criterion</source>
        <translation>Durchschnittlich bei jedem Kriterium</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Keine Region</translation>
    </message>
    <message>
        <source>No ICP served</source>
        <translation>Kein ICP bedient</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Classify these partners first: each partner type needs its own program design and incentives, and a uniform template fits none of them.</source>
        <translation>Klassifizieren Sie diese Partner zuerst: Jeder Partnertyp braucht ein eigenes Programmdesign und eigene Anreize, und eine einheitliche Vorlage passt zu keinem.</translation>
    </message>
    <message>
        <source>Run a referral program: a simple lead registration path and a referral fee or commission on the deals they identify, with light co-marketing.</source>
        <translation>Führen Sie ein Empfehlungsprogramm: ein einfacher Weg zur Lead-Registrierung und eine Empfehlungsgebühr oder Provision auf die Deals, die sie identifizieren, mit leichtem Co-Marketing.</translation>
    </message>
    <message>
        <source>Treat the agency like a franchise: exclusive rights to offer and transact the product in its territory, with commission on the sales it closes for you.</source>
        <translation>Behandeln Sie die Agentur wie ein Franchise: exklusive Rechte, das Produkt in ihrem Gebiet anzubieten und zu verkaufen, mit Provision auf die Abschlüsse, die sie für Sie erzielt.</translation>
    </message>
    <message>
        <source>Build a co-marketing alliance around the shared target market, rewarded on the joint leads and deals the complementary offer brings in.</source>
        <translation>Bauen Sie eine Co-Marketing-Allianz rund um den gemeinsamen Zielmarkt auf, belohnt nach den gemeinsamen Leads und Deals, die das ergänzende Angebot bringt.</translation>
    </message>
    <message>
        <source>Structured reseller program with tiered benefits, certification, deal registration and co-marketing; pay tiered rebates on volume and growth, new customer bonuses and renewal commission so renewals are not neglected.</source>
        <translation>Strukturiertes Reseller-Programm mit gestaffelten Vorteilen, Zertifizierung, Deal-Registrierung und Co-Marketing; zahlen Sie gestaffelte Rabatte auf Volumen und Wachstum, Neukundenboni und Verlängerungsprovisionen, damit Verlängerungen nicht vernachlässigt werden.</translation>
    </message>
    <message>
        <source>Reseller program with tiers, certification and deal registration, plus services enablement; reward volume and growth with rebates and product mix accelerators for the strategic lines the VAR bundles with its services.</source>
        <translation>Reseller-Programm mit Stufen, Zertifizierung und Deal-Registrierung sowie Service-Enablement; belohnen Sie Volumen und Wachstum mit Rabatten und Produktmix-Beschleunigern für die strategischen Linien, die der VAR mit seinen Services bündelt.</translation>
    </message>
    <message>
        <source>Manage the distributor as the channel&apos;s supply and credit layer: volume rebates and growth targets, with recruitment and enablement of the resellers it serves funded jointly.</source>
        <translation>Steuern Sie den Distributor als Liefer- und Kreditebene des Kanals: Volumenrabatte und Wachstumsziele, dazu gemeinsam finanzierte Gewinnung und Befähigung der Reseller, die er bedient.</translation>
    </message>
    <message>
        <source>Agree the joint commercial model before launch: a per-unit royalty or revenue share with a minimum annual commitment, an SLA and an exit clause matched to the embedding structure.</source>
        <translation>Vereinbaren Sie das gemeinsame Geschäftsmodell vor dem Start: eine Lizenzgebühr pro Einheit oder Umsatzbeteiligung mit jährlicher Mindestabnahme, ein SLA und eine Ausstiegsklausel passend zur Einbettungsstruktur.</translation>
    </message>
    <message>
        <source>Ecosystem program with developer resources, marketplace listing and co-sell enablement; pay marketplace revenue share and co-sell pipeline bonuses, not resale rebates.</source>
        <translation>Ökosystem-Programm mit Entwicklerressourcen, Marketplace-Listing und Co-Sell-Enablement; zahlen Sie Umsatzbeteiligung am Marketplace und Boni für Co-Sell-Pipeline, keine Wiederverkaufsrabatte.</translation>
    </message>
    <message>
        <source>SI program with certification tiers, joint solution architecture and co-sell with account ownership protection; pay pipeline contribution and services attachment incentives.</source>
        <translation>SI-Programm mit Zertifizierungsstufen, gemeinsamer Lösungsarchitektur und Co-Selling mit Schutz der Kundenverantwortung; zahlen Sie Anreize für Pipeline-Beitrag und Service-Anbindung.</translation>
    </message>
    <message>
        <source>Certify and enable them to deliver consulting, installation and managed services on your behalf; reward delivery quality and certification, since they do not resell.</source>
        <translation>Zertifizieren und befähigen Sie sie, Beratung, Installation und Managed Services in Ihrem Auftrag zu erbringen; belohnen Sie Lieferqualität und Zertifizierung, da sie nicht weiterverkaufen.</translation>
    </message>
    <message>
        <source>Scenario %1 has no name.</source>
        <translation>Szenario %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; has a threshold outside 0-100.</source>
        <translation>Szenario „%1“ hat einen Schwellenwert außerhalb von 0–100.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; has a weight outside 0-1000.</source>
        <translation>Szenario „%1“ hat ein Gewicht außerhalb von 0–1000.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; overrides a missing partner.</source>
        <translation>Szenario „%1“ überschreibt einen fehlenden Partner.</translation>
    </message>
    <message>
        <source>The active scenario does not exist.</source>
        <translation>Das aktive Szenario existiert nicht.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>No partner is in the invest quadrant under this scenario.</source>
        <translation>Unter diesem Szenario ist kein Partner im Quadranten „Investieren“.</translation>
    </message>
    <message>
        <source>Invest in %1 (potential %2, readiness %3): its strongest criteria are %4.</source>
        <translation>Investieren Sie in %1 (Potenzial %2, Reife %3): Die stärksten Kriterien sind %4.</translation>
    </message>
    <message>
        <source>Coverage gap: no partner reaches %1 strongly (influence %2 of 100).</source>
        <translation>Abdeckungslücke: Kein Partner erreicht %1 stark (Einfluss %2 von 100).</translation>
    </message>
    <message>
        <source>Every ICP is reached strongly by at least one partner.</source>
        <translation>Jedes ICP wird von mindestens einem Partner stark erreicht.</translation>
    </message>
    <message>
        <source>Borderline partners, whose quadrant changes when the weights move slightly: %1.</source>
        <translation>Grenzfälle, deren Quadrant sich bei leicht veränderten Gewichten ändert: %1.</translation>
    </message>
    <message>
        <source>Exclusive OEM deals: %1.</source>
        <translation>Exklusive OEM-Deals: %1.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Active partners with open joint commercial model items: %1 of %2 (%3).</source>
        <translation>Aktive Partner mit offenen Punkten im gemeinsamen Geschäftsmodell: %1 von %2 (%3).</translation>
    </message>
    <message>
        <source>Concentration: %1 bring %2 of influenced revenue.</source>
        <translation>Konzentration: %1 bringen %2 des beeinflussten Umsatzes.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Could not draw the chart for %1.</source>
        <translation>Das Diagramm für %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not export to %1: the size must be positive.</source>
        <translation>Export nach %1 nicht möglich: Die Größe muss positiv sein.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not export to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Export nach %1 nicht möglich: Verwenden Sie einen Dateinamen mit .png, .svg oder .pdf.</translation>
    </message>
</context>
<context>
    <name>ps::AhpDialog</name>
    <message>
        <source>Derive Weights from Pairwise Comparisons</source>
        <translation>Gewichte aus Paarvergleichen ableiten</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>For each pair, choose how much more important the criterion on the left is than the one on top for &lt;b&gt;%1&lt;/b&gt; partners: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 means the one on top is moderately more important.</source>
        <translation>Wählen Sie für jedes Paar, wie viel wichtiger das Kriterium links als das oben für &lt;b&gt;%1&lt;/b&gt;-Partner ist: 1 gleich, 3 etwas, 5 deutlich, 7 sehr deutlich, 9 extrem; 1/3 bedeutet, dass das obere etwas wichtiger ist.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Lambda max:</source>
        <translation>Lambda max:</translation>
    </message>
    <message>
        <source>Consistency:</source>
        <translation>Konsistenz:</translation>
    </message>
    <message>
        <source>Apply Weights</source>
        <translation>Gewichte übernehmen</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>&amp;Achse:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CR %1: the judgments are consistent.</source>
        <translation>CR %1: Die Urteile sind konsistent.</translation>
    </message>
    <message>
        <source>CR %1 is above 0.10: the judgments contradict each other. Revisit the pairs that disagree before applying.</source>
        <translation>CR %1 liegt über 0,10: Die Urteile widersprechen sich. Prüfen Sie die abweichenden Paare, bevor Sie übernehmen.</translation>
    </message>
    <message>
        <source>Derive %1 weights of %2 from pairwise comparisons</source>
        <translation>%1-Gewichte von %2 aus Paarvergleichen ableiten</translation>
    </message>
</context>
<context>
    <name>ps::BulkEditDialog</name>
    <message>
        <source>Set &amp;model to</source>
        <translation>&amp;Modell setzen auf</translation>
    </message>
    <message>
        <source>Set &amp;status to</source>
        <translation>&amp;Status setzen auf</translation>
    </message>
    <message>
        <source>Set &amp;tier to</source>
        <translation>S&amp;tufe setzen auf</translation>
    </message>
    <message>
        <source>Bulk Edit Partners</source>
        <translation>Partner gesammelt bearbeiten</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Selected partners: %1. Only the checked fields are changed.</source>
        <translation>Ausgewählte Partner: %1. Nur die angehakten Felder werden geändert.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Bulk edit of the selection (%1)</source>
        <translation>Sammelbearbeitung der Auswahl (%1)</translation>
    </message>
</context>
<context>
    <name>ps::Cells</name>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>eine Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>die Zahl ist nicht endlich</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>eine ganze Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>a row id was expected</source>
        <translation>eine Zeilen-ID wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in YYYY-MM-DD form</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>table %1, row id %2, column %3: %4</source>
        <translation>Tabelle %1, Zeilen-ID %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key</source>
        <translation>„%1“ ist kein bekannter Schlüssel</translation>
    </message>
</context>
<context>
    <name>ps::Cli</name>
    <message>
        <source>Write the built-in demo portfolio to FILE.</source>
        <translation>Das eingebaute Demo-Portfolio nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Validate a portfolio file.</source>
        <translation>Eine Portfolio-Datei prüfen.</translation>
    </message>
    <message>
        <source>Write a synthetic portfolio for tests and benchmarks.</source>
        <translation>Ein synthetisches Portfolio für Tests und Benchmarks schreiben.</translation>
    </message>
    <message>
        <source>Usage: partnerscope [FILE]
       partnerscope --demo
       partnerscope COMMAND [OPTIONS]

Partner portfolio planner for channel leaders.

Without a command, opens the desktop application on FILE, or on the start screen.

Options:
</source>
        <translation>Aufruf: partnerscope [FILE]
       partnerscope --demo
       partnerscope COMMAND [OPTIONS]

Partner-Portfolioplaner für Channel-Verantwortliche.

Ohne Befehl wird die Desktop-Anwendung mit FILE oder mit dem Startbildschirm geöffnet.

Optionen:
</translation>
    </message>
    <message>
        <source>Open the application on the built-in demo.</source>
        <translation>Die Anwendung mit der eingebauten Demo öffnen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;partnerscope COMMAND --help&quot; for the options of a command.
Exit status: 0 success, 1 usage error, 2 invalid or unreadable input.
</source>
        <translation>Mit „partnerscope COMMAND --help“ erhalten Sie die Optionen eines Befehls.
Exit-Status: 0 Erfolg, 1 Aufruffehler, 2 ungültige oder unlesbare Eingabe.
</translation>
    </message>
    <message>
        <source>%1; see &quot;partnerscope %2 --help&quot;.</source>
        <translation>%1; siehe „partnerscope %2 --help“.</translation>
    </message>
    <message>
        <source>Usage: partnerscope %1 %2</source>
        <translation>Aufruf: partnerscope %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>A file name is missing.</source>
        <translation>Ein Dateiname fehlt.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Write the portfolio to FILE (replaced atomically).</source>
        <translation>Das Portfolio nach FILE schreiben (atomar ersetzt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>partners: %1, ICPs: %2, links: %3, OEM deals: %4</source>
        <translation>Partner: %1, ICPs: %2, Verbindungen: %3, OEM-Deals: %4</translation>
    </message>
    <message>
        <source>The output file is missing (-o FILE).</source>
        <translation>Die Ausgabedatei fehlt (-o FILE).</translation>
    </message>
    <message>
        <source>The portfolio file to validate.</source>
        <translation>Die zu prüfende Portfolio-Datei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: ok (%2)</source>
        <translation>%1: ok (%2)</translation>
    </message>
    <message>
        <source>Number of partners.</source>
        <translation>Anzahl der Partner.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of ICPs.</source>
        <translation>Anzahl der ICPs.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same portfolio (default 1).</source>
        <translation>Startwert; derselbe Startwert ergibt dasselbe Portfolio (Standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The number of partners is missing (--partners N).</source>
        <translation>Die Anzahl der Partner fehlt (--partners N).</translation>
    </message>
    <message>
        <source>The number of ICPs is missing (--icps M).</source>
        <translation>Die Anzahl der ICPs fehlt (--icps M).</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) in %3 s.</source>
        <translation>%1 (%2) in %3 s geschrieben.</translation>
    </message>
    <message>
        <source>%1; see &quot;partnerscope --help&quot;.</source>
        <translation>%1; siehe „partnerscope --help“.</translation>
    </message>
    <message>
        <source>Give one portfolio file or --demo, not both or several; see &quot;partnerscope --help&quot;.</source>
        <translation>Geben Sie eine Portfolio-Datei oder --demo an, nicht beides oder mehrere; siehe „partnerscope --help“.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; see &quot;partnerscope --help&quot;.</source>
        <translation>Unbekannte Option „%1“; siehe „partnerscope --help“.</translation>
    </message>
    <message>
        <source>Score every partner: axes, quadrant, stability, points.</source>
        <translation>Jeden Partner bewerten: Achsen, Quadrant, Stabilität, Punkte.</translation>
    </message>
    <message>
        <source>Portfolio metrics: coverage of every ICP, gaps marked.</source>
        <translation>Portfolio-Kennzahlen: Abdeckung jedes ICP, Lücken markiert.</translation>
    </message>
    <message>
        <source>Derive weights from a pairwise comparison matrix (AHP).</source>
        <translation>Gewichte aus einer Paarvergleichsmatrix ableiten (AHP).</translation>
    </message>
    <message>
        <source>Draw a view as PNG, SVG or PDF, exactly as the window shows it.</source>
        <translation>Eine Ansicht als PNG, SVG oder PDF zeichnen, genau wie im Fenster.</translation>
    </message>
    <message>
        <source>Write the segmentation report as PDF, XLSX, CSV or HTML.</source>
        <translation>Den Segmentierungsbericht als PDF, XLSX, CSV oder HTML schreiben.</translation>
    </message>
    <message>
        <source>%1 has no scenario named &quot;%2&quot; (it has: %3).</source>
        <translation>%1 hat kein Szenario namens „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>lambda max: %1</source>
        <translation>Lambda max: %1</translation>
    </message>
    <message>
        <source>CI: %1</source>
        <translation>CI: %1</translation>
    </message>
    <message>
        <source>CR: %1</source>
        <translation>CR: %1</translation>
    </message>
    <message>
        <source>The judgments are consistent (CR is at most 0.10).</source>
        <translation>Die Urteile sind konsistent (CR höchstens 0,10).</translation>
    </message>
    <message>
        <source>The judgments are inconsistent (CR is above 0.10); revisit the comparisons before using these weights.</source>
        <translation>Die Urteile sind inkonsistent (CR über 0,10); prüfen Sie die Vergleiche, bevor Sie diese Gewichte verwenden.</translation>
    </message>
    <message>
        <source>MATRIX.csv</source>
        <translation>MATRIX.csv</translation>
    </message>
    <message>
        <source>Pairwise comparisons: a header row of criterion names (first cell empty), then one row per criterion; numbers or fractions like 1/3.</source>
        <translation>Paarvergleiche: eine Kopfzeile mit Kriteriennamen (erste Zelle leer), dann eine Zeile je Kriterium; Zahlen oder Brüche wie 1/3.</translation>
    </message>
    <message>
        <source>Output format: table or json (default table).</source>
        <translation>Ausgabeformat: table oder json (Standard table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;.</source>
        <translation>--format erwartet table oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for a pairwise comparison matrix.</source>
        <translation>%1 ist zu groß für eine Paarvergleichsmatrix.</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bringt Deals</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Setzt um</translation>
    </message>
    <message>
        <source>Embeds</source>
        <translation>Bettet ein</translation>
    </message>
    <message>
        <source>Co-sells</source>
        <translation>Co-Selling</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message numerus="yes">
        <source>Coverage of %n ICP(s)</source>
        <translation>
            <numerusform>Abdeckung von %n ICP</numerusform>
            <numerusform>Abdeckung von %n ICPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s): ICPs without a partner of link strength 4 or 5.</source>
        <translation>
            <numerusform>%n Lücke: ICPs ohne Partner mit Verbindungsstärke 4 oder 5.</numerusform>
            <numerusform>%n Lücken: ICPs ohne Partner mit Verbindungsstärke 4 oder 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio file to measure.</source>
        <translation>Die zu messende Portfolio-Datei.</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation>--format muss table oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The portfolio file to draw.</source>
        <translation>Die zu zeichnende Portfolio-Datei.</translation>
    </message>
    <message>
        <source>The view to draw: %1.</source>
        <translation>Die zu zeichnende Ansicht: %1.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Draw with the scenario named S (default: the active one).</source>
        <translation>Mit dem Szenario namens S zeichnen (Standard: das aktive).</translation>
    </message>
    <message>
        <source>default, or projector for large type and high contrast (default: default).</source>
        <translation>default, oder projector für große Schrift und hohen Kontrast (Standard: default).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Write the picture to OUT; .png, .svg or .pdf (SVG and PDF are vector graphics).</source>
        <translation>Das Bild nach OUT schreiben; .png, .svg oder .pdf (SVG und PDF sind Vektorgrafiken).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1200x800).</source>
        <translation>Bildgröße in Pixeln (Standard 1200x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>For --view segments: segment by %1 (default: model).</source>
        <translation>Für --view segments: nach %1 segmentieren (Standard: model).</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>The view is missing (--view %1).</source>
        <translation>Die Ansicht fehlt (--view %1).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; the views are: %2.</source>
        <translation>Unbekannte Ansicht „%1“; die Ansichten sind: %2.</translation>
    </message>
    <message>
        <source>Unknown segmentation &quot;%1&quot;; --segments takes: %2.</source>
        <translation>Unbekannte Segmentierung „%1“; --segments akzeptiert: %2.</translation>
    </message>
    <message>
        <source>--segments applies to --view segments only.</source>
        <translation>--segments gilt nur für --view segments.</translation>
    </message>
    <message>
        <source>--theme must be default or projector, not &quot;%1&quot;.</source>
        <translation>--theme muss default oder projector sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The output file is missing (-o OUT.png|.svg|.pdf).</source>
        <translation>Die Ausgabedatei fehlt (-o OUT.png|.svg|.pdf).</translation>
    </message>
    <message>
        <source>The output file must end in .png, .svg or .pdf, not %1.</source>
        <translation>Die Ausgabedatei muss auf .png, .svg oder .pdf enden, nicht %1.</translation>
    </message>
    <message>
        <source>--size needs WxH with each side from 16 to 20000 pixels, not &quot;%1&quot;.</source>
        <translation>--size erwartet WxH mit jeder Seite von 16 bis 20000 Pixeln, nicht „%1“.</translation>
    </message>
    <message>
        <source>The portfolio file to report on.</source>
        <translation>Die Portfolio-Datei, über die berichtet wird.</translation>
    </message>
    <message>
        <source>The report to write; its suffix picks the format: pdf, xlsx, csv or html.</source>
        <translation>Der zu schreibende Bericht; die Endung bestimmt das Format: pdf, xlsx, csv oder html.</translation>
    </message>
    <message>
        <source>Score with the scenario named S (default: the active one).</source>
        <translation>Mit dem Szenario namens S bewerten (Standard: das aktive).</translation>
    </message>
    <message>
        <source>Segment partners by BY: %1 (default model).</source>
        <translation>Partner nach BY segmentieren: %1 (Standard model).</translation>
    </message>
    <message>
        <source>An output file is required (-o OUT).</source>
        <translation>Eine Ausgabedatei ist erforderlich (-o OUT).</translation>
    </message>
    <message>
        <source>%1 must end in .pdf, .xlsx, .csv or .html.</source>
        <translation>%1 muss auf .pdf, .xlsx, .csv oder .html enden.</translation>
    </message>
    <message>
        <source>--segments must be one of %1, not &quot;%2&quot;.</source>
        <translation>--segments muss eines von %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(kein Modell)</translation>
    </message>
    <message>
        <source>Scenario: %1 (thresholds: potential %2, readiness %3)</source>
        <translation>Szenario: %1 (Schwellenwerte: Potenzial %2, Reife %3)</translation>
    </message>
    <message>
        <source>The portfolio file to score.</source>
        <translation>Die zu bewertende Portfolio-Datei.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Ausgabeformat: table, csv oder json (Standard table).</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format muss table, csv oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see &quot;partnerscope --help&quot;.</source>
        <translation>Unbekannter Befehl „%1“; siehe „partnerscope --help“.</translation>
    </message>
</context>
<context>
    <name>ps::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The portfolio has no file yet; choose where to save it.</source>
        <translation>Das Portfolio hat noch keine Datei; wählen Sie, wo es gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ps::Enums</name>
    <message>
        <source>Referral</source>
        <translation>Empfehlungspartner</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Affiliate / alliance</source>
        <translation>Affiliate / Allianz</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Value-added reseller</source>
        <translation>Value-Added Reseller</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>OEM / embedded</source>
        <translation>OEM / Embedded</translation>
    </message>
    <message>
        <source>ISV / technology</source>
        <translation>ISV / Technologie</translation>
    </message>
    <message>
        <source>Systems integrator</source>
        <translation>Systemintegrator</translation>
    </message>
    <message>
        <source>Service delivery / managed service</source>
        <translation>Service-Erbringung / Managed Service</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <source>Sources deals</source>
        <translation>Bringt Deals</translation>
    </message>
    <message>
        <source>Influences the decision</source>
        <translation>Beeinflusst die Entscheidung</translation>
    </message>
    <message>
        <source>Delivers / implements</source>
        <translation>Liefert / implementiert</translation>
    </message>
    <message>
        <source>Embeds the product</source>
        <translation>Bettet das Produkt ein</translation>
    </message>
    <message>
        <source>Co-sells</source>
        <translation>Co-Selling</translation>
    </message>
    <message>
        <source>Certified component</source>
        <translation>Zertifizierte Komponente</translation>
    </message>
    <message>
        <source>White-label</source>
        <translation>White-Label</translation>
    </message>
    <message>
        <source>Full embedded</source>
        <translation>Vollständig eingebettet</translation>
    </message>
    <message>
        <source>Strategic co-developed tier</source>
        <translation>Strategische Co-Entwicklungsstufe</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investieren</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Entwickeln</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Aussteigen</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Nicht vereinbart</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>ICP influence</source>
        <translation>ICP-Einfluss</translation>
    </message>
    <message>
        <source>Market reach</source>
        <translation>Marktreichweite</translation>
    </message>
    <message>
        <source>Commercial contribution</source>
        <translation>Kommerzieller Beitrag</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Strategische Passung</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Commitment and engagement</source>
        <translation>Engagement und Einsatz</translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation>Enablement</translation>
    </message>
    <message>
        <source>Cost to serve (inverse)</source>
        <translation>Betreuungskosten (invers)</translation>
    </message>
    <message>
        <source>Deprioritize</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
</context>
<context>
    <name>ps::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Segment by:</source>
        <translation>&amp;Segmentieren nach:</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;zenario:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ps::FieldDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>ps::GuiApp</name>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>%1 (%2), changes from %3</source>
        <translation>%1 (%2), Änderungen vom %3</translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation>Partnerscope</translation>
    </message>
    <message>
        <source>Partnerscope found unsaved changes from a session that did not end normally. Restore them?</source>
        <translation>Partnerscope hat ungespeicherte Änderungen aus einer Sitzung gefunden, die nicht normal beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
</context>
<context>
    <name>ps::HeatmapView</name>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Influence heatmap</source>
        <translation>Einfluss-Heatmap</translation>
    </message>
    <message>
        <source>Influence by ICP and partner model</source>
        <translation>Einfluss nach ICP und Partnermodell</translation>
    </message>
    <message>
        <source>Summed link strength</source>
        <translation>Summierte Verbindungsstärke</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Partnermodell</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2&lt;br&gt;Summed link strength: %3&lt;br&gt;Linked partners: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2&lt;br&gt;Summierte Verbindungsstärke: %3&lt;br&gt;Verknüpfte Partner: %4</translation>
    </message>
</context>
<context>
    <name>ps::IcpPage</name>
    <message>
        <source>Add ICP</source>
        <translation>ICP hinzufügen</translation>
    </message>
    <message>
        <source>Delete ICP</source>
        <translation>ICP löschen</translation>
    </message>
    <message>
        <source>Ideal customer profiles</source>
        <translation>Idealkundenprofile</translation>
    </message>
    <message>
        <source>Partners influencing this ICP&apos;s buyers</source>
        <translation>Partner, die die Einkäufer dieses ICP beeinflussen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Separate with ; or ,</source>
        <translation>Mit ; oder , trennen</translation>
    </message>
    <message>
        <source>For example: 200-1,000 employees</source>
        <translation>Zum Beispiel: 200–1.000 Mitarbeitende</translation>
    </message>
    <message>
        <source>For example: CIO; Head of operations</source>
        <translation>Zum Beispiel: CIO; Leitung Betrieb</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation>Neues ICP</translation>
    </message>
</context>
<context>
    <name>ps::IcpTableModel</name>
    <message>
        <source>No partner influences this ICP&apos;s buyers yet.</source>
        <translation>Noch kein Partner beeinflusst die Einkäufer dieses ICP.</translation>
    </message>
    <message>
        <source>Relative importance among ICPs, 0 to 10</source>
        <translation>Relative Bedeutung unter den ICPs, 0 bis 10</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>ps::InfluenceMapView</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation>Einflusskarte</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not draw the map for %1.</source>
        <translation>Die Karte für %1 konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not export to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Export nach %1 nicht möglich: Verwenden Sie einen Dateinamen mit .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Influence: %1 / 100</source>
        <translation>Einfluss: %1 / 100</translation>
    </message>
    <message>
        <source>Linked partners: %1, strong: %2</source>
        <translation>Verknüpfte Partner: %1, stark: %2</translation>
    </message>
    <message>
        <source>Coverage gap: no partner reaches this buyer strongly</source>
        <translation>Abdeckungslücke: Kein Partner erreicht diese Einkäufer stark</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Quadrant: %1</source>
        <translation>Quadrant: %1</translation>
    </message>
    <message>
        <source>Buys through: %1</source>
        <translation>Kauft über: %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Verbindungen: %1</translation>
    </message>
    <message>
        <source>%1: %2, strength %3</source>
        <translation>%1: %2, Stärke %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 buys through %2</source>
        <translation>%1 kauft über %2</translation>
    </message>
    <message>
        <source>%1 → %2&lt;br&gt;%3, strength %4</source>
        <translation>%1 → %2&lt;br&gt;%3, Stärke %4</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbindung löschen</translation>
    </message>
</context>
<context>
    <name>ps::LinkTableModel</name>
    <message>
        <source>0 (none) to 5 (decisive influence on the buyer)</source>
        <translation>0 (keiner) bis 5 (entscheidender Einfluss auf den Einkäufer)</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>ps::LinksPanel</name>
    <message>
        <source>Link a partner</source>
        <translation>Partner verknüpfen</translation>
    </message>
    <message>
        <source>Link an ICP</source>
        <translation>ICP verknüpfen</translation>
    </message>
    <message>
        <source>Partner that influences this ICP&apos;s buyers:</source>
        <translation>Partner, der die Einkäufer dieses ICP beeinflusst:</translation>
    </message>
    <message>
        <source>ICP whose buyers this partner influences:</source>
        <translation>ICP, dessen Einkäufer dieser Partner beeinflusst:</translation>
    </message>
    <message>
        <source>&amp;Link partner...</source>
        <translation>Partner &amp;verknüpfen...</translation>
    </message>
    <message>
        <source>&amp;Link ICP...</source>
        <translation>ICP &amp;verknüpfen...</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Partners influencing this ICP</source>
        <translation>Partner, die dieses ICP beeinflussen</translation>
    </message>
    <message>
        <source>ICPs this partner influences</source>
        <translation>ICPs, die dieser Partner beeinflusst</translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty portfolio</source>
        <translation>Ein neues, leeres Portfolio beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Partnerscope</source>
        <translation>Ü&amp;ber Partnerscope</translation>
    </message>
    <message>
        <source>About Partnerscope</source>
        <translation>Über Partnerscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnerscope %1&lt;/h3&gt;&lt;p&gt;A partner portfolio planner for channel leaders.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partnerscope %1&lt;/h3&gt;&lt;p&gt;Ein Partner-Portfolioplaner für Channel-Verantwortliche.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>ICPs</source>
        <translation>ICPs</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation>Partnerscope</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Partnerscope portfolios (*.partnerscope);;All files (*)</source>
        <translation>Partnerscope-Portfolios (*.partnerscope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>Portfolio öffnen</translation>
    </message>
    <message>
        <source>Save Portfolio As</source>
        <translation>Portfolio speichern unter</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Write the segmentation report as PDF, XLSX, CSV or HTML</source>
        <translation>Den Segmentierungsbericht als PDF, XLSX, CSV oder HTML schreiben</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Druck&amp;vorschau...</translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation>Einflusskarte</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ps::MapPage</name>
    <message>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Export Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <source>influence-map.png</source>
        <translation>einflusskarte.png</translation>
    </message>
    <message>
        <source>influence-heatmap.png</source>
        <translation>einfluss-heatmap.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation>Starke Partner</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Coverage by ICP</source>
        <translation>Abdeckung nach ICP</translation>
    </message>
    <message>
        <source>Influence 0-100 from the strength of each ICP&apos;s links; a gap is an ICP no partner reaches strongly</source>
        <translation>Einfluss 0–100 aus der Stärke der Verbindungen jedes ICP; eine Lücke ist ein ICP, das kein Partner stark erreicht</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Layered</source>
        <translation>Geschichtet</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Kräftebasiert</translation>
    </message>
    <message>
        <source>Layered: ICPs on the left, partners grouped by model, distributors upstream. Force-directed: linked nodes pull together.</source>
        <translation>Geschichtet: ICPs links, Partner nach Modell gruppiert, Distributoren vorgelagert. Kräftebasiert: Verknüpfte Knoten ziehen sich an.</translation>
    </message>
    <message>
        <source>Find a partner...</source>
        <translation>Partner suchen...</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Find a Partner</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>Fit to &amp;Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom to show the whole map</source>
        <translation>Zoomen, um die ganze Karte zu zeigen</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show all partners again after a heatmap cell narrowed the map</source>
        <translation>Wieder alle Partner zeigen, nachdem eine Heatmap-Zelle die Karte eingegrenzt hat</translation>
    </message>
    <message>
        <source>Export Ma&amp;p...</source>
        <translation>Karte e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Die Karte als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export He&amp;atmap...</source>
        <translation>&amp;Heatmap exportieren...</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG, SVG or PDF</source>
        <translation>Die Heatmap als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Minimum &amp;strength:</source>
        <translation>Mindest&amp;stärke:</translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation>Mindeststärke</translation>
    </message>
    <message>
        <source>Hide links weaker than this</source>
        <translation>Verbindungen ausblenden, die schwächer sind</translation>
    </message>
    <message>
        <source>No %1 partner is linked to %2.</source>
        <translation>Kein Partner vom Typ %1 ist mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Showing %1 × %2: 1 partner</source>
        <translation>Angezeigt: %1 × %2: 1 Partner</translation>
    </message>
    <message>
        <source>Showing %1 × %2: %3 partners</source>
        <translation>Angezeigt: %1 × %2: %3 Partner</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters.</source>
        <translation>%1 ist durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>No partner is named &quot;%1&quot;.</source>
        <translation>Kein Partner heißt „%1“.</translation>
    </message>
    <message>
        <source>1 partner linked</source>
        <translation>1 Partner verknüpft</translation>
    </message>
    <message>
        <source>%1 partners linked</source>
        <translation>%1 Partner verknüpft</translation>
    </message>
    <message>
        <source>Gap: no partner reaches this ICP strongly</source>
        <translation>Lücke: Kein Partner erreicht dieses ICP stark</translation>
    </message>
    <message>
        <source>Could not export the map.</source>
        <translation>Die Karte konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Could not export the heatmap.</source>
        <translation>Die Heatmap konnte nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>ps::MatrixPage</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>matrix.png</source>
        <translation>matrix.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Δ Potential</source>
        <translation>Δ Potenzial</translation>
    </message>
    <message>
        <source>Δ Readiness</source>
        <translation>Δ Reife</translation>
    </message>
    <message>
        <source>Partners that change quadrant</source>
        <translation>Partner, die den Quadranten wechseln</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichte</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Draw arrows to where each partner lands in another scenario</source>
        <translation>Pfeile dorthin zeichnen, wo jeder Partner in einem anderen Szenario landet</translation>
    </message>
    <message>
        <source>E&amp;xport Chart...</source>
        <translation>Diagramm e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Bubble size:</source>
        <translation>&amp;Blasengröße:</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;ICP:</source>
        <translation>&amp;ICP:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Any ICP</source>
        <translation>Beliebiges ICP</translation>
    </message>
    <message>
        <source>Partners that change quadrant from %1 to %2: %3</source>
        <translation>Partner, die den Quadranten von %1 nach %2 wechseln: %3</translation>
    </message>
    <message>
        <source>Could not export the chart.</source>
        <translation>Das Diagramm konnte nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>ps::MatrixView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Borderline (hollow)</source>
        <translation>Grenzfall (hohle Blase)</translation>
    </message>
    <message>
        <source>bubble size: revenue (sourced + influenced)</source>
        <translation>Blasengröße: Umsatz (akquiriert + beeinflusst)</translation>
    </message>
    <message>
        <source>bubble size: pipeline</source>
        <translation>Blasengröße: Pipeline</translation>
    </message>
    <message>
        <source>bubble size: investment</source>
        <translation>Blasengröße: Investition</translation>
    </message>
    <message>
        <source>bubbles of equal size</source>
        <translation>gleich große Blasen</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Scenario: %1, arrows to %2</source>
        <translation>Szenario: %1, Pfeile zu %2</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Priorisierungsmatrix</translation>
    </message>
    <message>
        <source>Readiness threshold: %1</source>
        <translation>Reife-Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Potential threshold: %1</source>
        <translation>Potenzial-Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Move quadrant thresholds</source>
        <translation>Quadranten-Schwellenwerte verschieben</translation>
    </message>
    <message>
        <source>%1 (by decision; scores say %2)</source>
        <translation>%1 (per Entscheidung; laut Scores %2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Stability: keeps its quadrant in %1% of weight variations</source>
        <translation>Stabilität: behält seinen Quadranten in %1 % der Gewichtsvariationen</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>Grenzfall</translation>
    </message>
</context>
<context>
    <name>ps::OemDealModel</name>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions hold: this OEM motion is likely a distraction.</source>
        <translation>Weniger als drei der vier Bedingungen sind erfüllt: Dieses OEM-Vorhaben ist wahrscheinlich eine Ablenkung.</translation>
    </message>
    <message>
        <source>Exit difficulty %1 of 4</source>
        <translation>Ausstiegsschwierigkeit %1 von 4</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Erfüllte Bedingungen</translation>
    </message>
</context>
<context>
    <name>ps::OemDealsPanel</name>
    <message>
        <source>&amp;Add deal</source>
        <translation>Deal &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Deal löschen</translation>
    </message>
    <message>
        <source>OEM deals of this partner</source>
        <translation>OEM-Deals dieses Partners</translation>
    </message>
    <message>
        <source>The four conditions</source>
        <translation>Die vier Bedingungen</translation>
    </message>
    <message>
        <source>The manufacturer needs a complete offer faster than it can build one</source>
        <translation>Der Hersteller braucht ein Komplettangebot schneller, als er es selbst bauen kann</translation>
    </message>
    <message>
        <source>Our technical lead is hard to copy</source>
        <translation>Unser technischer Vorsprung ist schwer zu kopieren</translation>
    </message>
    <message>
        <source>The combined offer reaches a new segment</source>
        <translation>Das kombinierte Angebot erreicht ein neues Segment</translation>
    </message>
    <message>
        <source>The economics leave a defendable margin for both sides and the channel</source>
        <translation>Die Wirtschaftlichkeit lässt beiden Seiten und dem Kanal eine verteidigbare Marge</translation>
    </message>
    <message>
        <source>Royalty terms</source>
        <translation>Lizenzgebührenbedingungen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>How either side can leave, and at what cost</source>
        <translation>Wie jede Seite aussteigen kann und zu welchen Kosten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>Mengenstaffeln</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Scoreboard</translation>
    </message>
    <message>
        <source>%1 of 4 — fewer than three: likely a distraction</source>
        <translation>%1 von 4 — weniger als drei: wahrscheinlich eine Ablenkung</translation>
    </message>
    <message>
        <source>%1 of 4 — the OEM motion can be worth it</source>
        <translation>%1 von 4 — das OEM-Vorhaben kann sich lohnen</translation>
    </message>
    <message>
        <source>Exit difficulty %1 of 4</source>
        <translation>Ausstiegsschwierigkeit %1 von 4</translation>
    </message>
    <message>
        <source>%1 OEM deal</source>
        <translation>OEM-Deal mit %1</translation>
    </message>
</context>
<context>
    <name>ps::OemListEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Staffel hinzufügen</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Staffel entfernen</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Zeitraum entfernen</translation>
    </message>
    <message>
        <source>From units</source>
        <translation>Ab Einheiten</translation>
    </message>
    <message>
        <source>Royalty per unit</source>
        <translation>Lizenzgebühr pro Einheit</translation>
    </message>
    <message>
        <source>Royalty volume tiers</source>
        <translation>Mengenstaffeln der Lizenzgebühr</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Integrations validated</source>
        <translation>Validierte Integrationen</translation>
    </message>
    <message>
        <source>Devices validated</source>
        <translation>Validierte Geräte</translation>
    </message>
    <message>
        <source>Co-marketing</source>
        <translation>Co-Marketing</translation>
    </message>
    <message>
        <source>Devices in the field</source>
        <translation>Geräte im Feld</translation>
    </message>
    <message>
        <source>Pre-loaded</source>
        <translation>Vorinstalliert</translation>
    </message>
    <message>
        <source>OEM scoreboard</source>
        <translation>OEM-Scoreboard</translation>
    </message>
</context>
<context>
    <name>ps::PartnerDetail</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Ratings &amp;&amp; economics</source>
        <translation>&amp;Bewertungen &amp;&amp; Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>&amp;Einfluss</translation>
    </message>
    <message>
        <source>&amp;Commercial &amp;&amp; decision</source>
        <translation>&amp;Kommerziell &amp;&amp; Entscheidung</translation>
    </message>
    <message>
        <source>O&amp;EM deals</source>
        <translation>&amp;OEM-Deals</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Partnerdetails</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Separate with ; or ,</source>
        <translation>Mit ; oder , trennen</translation>
    </message>
    <message>
        <source>The distributor this partner buys through (layered channel)</source>
        <translation>Der Distributor, über den dieser Partner kauft (geschichteter Kanal)</translation>
    </message>
    <message>
        <source>Ratings (1 = low, 5 = high)</source>
        <translation>Bewertungen (1 = niedrig, 5 = hoch)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>1 = cheap to serve, 5 = expensive; scored inversely</source>
        <translation>1 = günstig zu betreuen, 5 = teuer; invers bewertet</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>Win rate:</source>
        <translation>Gewinnquote:</translation>
    </message>
    <message>
        <source>Program investment</source>
        <translation>Programminvestition</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Joint commercial model</source>
        <translation>Gemeinsames Geschäftsmodell</translation>
    </message>
    <message>
        <source>Pricing agreed with the partner</source>
        <translation>Preise mit dem Partner vereinbart</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Who drives it</source>
        <translation>Wer es vorantreibt</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Kein Partner ausgewählt</translation>
    </message>
    <message>
        <source>None (buys direct)</source>
        <translation>Keiner (kauft direkt)</translation>
    </message>
    <message>
        <source>No closed deals yet</source>
        <translation>Noch keine abgeschlossenen Deals</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The joint commercial model is complete.</source>
        <translation>Das gemeinsame Geschäftsmodell ist vollständig.</translation>
    </message>
    <message>
        <source>Open items in the joint commercial model: %1 of 4. Agree them before co-selling starts.</source>
        <translation>Offene Punkte im gemeinsamen Geschäftsmodell: %1 von 4. Vereinbaren Sie diese, bevor das Co-Selling beginnt.</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
</context>
<context>
    <name>ps::PartnerTableModel</name>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>No partner model yet: choose one so that the right scoring profile applies.</source>
        <translation>Noch kein Partnermodell: Wählen Sie eines, damit das passende Bewertungsprofil gilt.</translation>
    </message>
    <message>
        <source>Open item of the joint commercial model: agree it before co-selling starts.</source>
        <translation>Offener Punkt des gemeinsamen Geschäftsmodells: Vereinbaren Sie ihn, bevor das Co-Selling beginnt.</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high); empty when not rated</source>
        <translation>1 (niedrig) bis 5 (hoch); leer, wenn nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ps::PartnersPage</name>
    <message>
        <source>&amp;Add Partner</source>
        <translation>Partner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Partners</source>
        <translation>Partner &amp;löschen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Partners</source>
        <translation>Partner d&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit Partners...</source>
        <translation>&amp;Sammelbearbeitung...</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Filter by name, website, region, industry, notes</source>
        <translation>Nach Name, Website, Region, Branche, Notizen filtern</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Partner filtern</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>Nach Modell filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>None (buys direct)</source>
        <translation>Keiner (kauft direkt)</translation>
    </message>
    <message>
        <source>Restore Default Columns</source>
        <translation>Standardspalten wiederherstellen</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>Partners: %1 of %2</source>
        <translation>Partner: %1 von %2</translation>
    </message>
</context>
<context>
    <name>ps::PortfolioFile</name>
    <message>
        <source>two rows share an id (%1)</source>
        <translation>zwei Zeilen teilen sich eine ID (%1)</translation>
    </message>
    <message>
        <source>the database could not be closed</source>
        <translation>die Datenbank konnte nicht geschlossen werden</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>ein Ordner mit diesem Namen existiert</translation>
    </message>
    <message>
        <source>cannot create a file in its folder (%1)</source>
        <translation>im Ordner kann keine Datei angelegt werden (%1)</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>die Datenbank konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk (%1)</source>
        <translation>die neue Datei konnte nicht auf die Festplatte geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation>die neue Datei konnte die alte nicht ersetzen (%1)</translation>
    </message>
    <message>
        <source>a link, deal, override or upstream partner refers to a row that does not exist</source>
        <translation>eine Verbindung, ein Deal, eine Überschreibung oder ein vorgelagerter Partner verweist auf eine nicht vorhandene Zeile</translation>
    </message>
</context>
<context>
    <name>ps::PortfolioFile::Inspector</name>
    <message>
        <source>%1 is not a Partnerscope portfolio (%2).</source>
        <translation>%1 ist kein Partnerscope-Portfolio (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1 holds more data than can be opened (%2).</source>
        <translation>%1 enthält mehr Daten, als geöffnet werden können (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (it is not an SQLite database).</source>
        <translation>%1 ist kein Partnerscope-Portfolio (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß zum Öffnen (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (the file is empty).</source>
        <translation>%1 ist kein Partnerscope-Portfolio (die Datei ist leer).</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>ihr Header nennt eine unmögliche Seitengröße</translation>
    </message>
    <message>
        <source>it is truncated: %1 of %2 bytes are present</source>
        <translation>sie ist abgeschnitten: %1 von %2 Bytes sind vorhanden</translation>
    </message>
    <message>
        <source>%1 cannot be read safely: another program has changes to it pending in %2; close that program and try again.</source>
        <translation>%1 kann nicht sicher gelesen werden: Ein anderes Programm hat ausstehende Änderungen daran in %2; schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is too large to open in the memory available.</source>
        <translation>%1 ist zu groß, um im verfügbaren Speicher geöffnet zu werden.</translation>
    </message>
    <message>
        <source>it could not be read completely</source>
        <translation>sie konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>it has no table %1</source>
        <translation>ihr fehlt die Tabelle %1</translation>
    </message>
    <message>
        <source>its %1 is a view or virtual table, not a table</source>
        <translation>%1 ist darin eine View oder virtuelle Tabelle, keine Tabelle</translation>
    </message>
    <message>
        <source>it is an SQLite database without the portfolio tables</source>
        <translation>sie ist eine SQLite-Datenbank ohne die Portfolio-Tabellen</translation>
    </message>
    <message>
        <source>its application id is 0x%1, not Partnerscope&apos;s</source>
        <translation>ihre Anwendungs-ID ist 0x%1, nicht die von Partnerscope</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Partnerscope (file format %2; this version reads formats up to %3).</source>
        <translation>%1 wurde von einer neueren Version von Partnerscope geschrieben (Dateiformat %2; diese Version liest Formate bis %3).</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>sie hat keine Schemaversion</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1: %2</source>
        <translation>sie konnte nicht von Format %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 has invalid data in %2.</source>
        <translation>%1 enthält ungültige Daten in %2.</translation>
    </message>
    <message>
        <source>%1 has %2 further problems.</source>
        <translation>%1 hat %2 weitere Probleme.</translation>
    </message>
    <message>
        <source>%1 has invalid data: %2</source>
        <translation>%1 enthält ungültige Daten: %2</translation>
    </message>
</context>
<context>
    <name>ps::PortfolioPage</name>
    <message>
        <source>For example: EMEA partner plan</source>
        <translation>Zum Beispiel: EMEA-Partnerplan</translation>
    </message>
    <message>
        <source>ISO 4217 code, for example EUR or USD</source>
        <translation>ISO-4217-Code, zum Beispiel EUR oder USD</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Portfolioname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Portfolio notes</source>
        <translation>Portfolionotizen</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Geschäftsjahr:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Ideal customer profiles</source>
        <translation>Idealkundenprofile</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Aktive Partner</translation>
    </message>
    <message>
        <source>Partners that need a model</source>
        <translation>Partner ohne Modell</translation>
    </message>
    <message>
        <source>Active partners with open commercial items</source>
        <translation>Aktive Partner mit offenen kommerziellen Punkten</translation>
    </message>
    <message>
        <source>Influence links</source>
        <translation>Einflussverbindungen</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>OEM-Deals</translation>
    </message>
</context>
<context>
    <name>ps::RowReader</name>
    <message>
        <source>table %1 lacks the expected columns: %2</source>
        <translation>Tabelle %1 fehlen die erwarteten Spalten: %2</translation>
    </message>
    <message>
        <source>table %1 could not be read (%2)</source>
        <translation>Tabelle %1 konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the table holds more than one row</source>
        <translation>die Tabelle enthält mehr als eine Zeile</translation>
    </message>
    <message>
        <source>no OEM deal has this id</source>
        <translation>kein OEM-Deal hat diese ID</translation>
    </message>
    <message>
        <source>no scenario has this id</source>
        <translation>kein Szenario hat diese ID</translation>
    </message>
</context>
<context>
    <name>ps::RuleEditor</name>
    <message>
        <source>Partner model</source>
        <translation>Partnermodell</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Influences ICP</source>
        <translation>Beeinflusst ICP</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Segment Rule</source>
        <translation>Segmentregel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A partner belongs to the segment when it matches every field with ticked values (any of them); a field with nothing ticked does not restrict.</source>
        <translation>Ein Partner gehört zum Segment, wenn er jedes Feld mit angehakten Werten erfüllt (einen davon); ein Feld ohne Haken schränkt nicht ein.</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Score ranges</source>
        <translation>Score-Bereiche</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 ab</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 bis</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>ps::ScenarioBar</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy this scenario to try other weights</source>
        <translation>Dieses Szenario kopieren, um andere Gewichte auszuprobieren</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>Umbe&amp;nennen...</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this scenario (a portfolio keeps at least one)</source>
        <translation>Dieses Szenario löschen (ein Portfolio behält mindestens eines)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Szenario %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>ps::ScoreExplanation</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Value (0-100)</source>
        <translation>Wert (0–100)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Punkte je Kriterium</translation>
    </message>
    <message>
        <source>Each axis score is the sum of its criteria&apos;s points. A missing rating gives no points; its weight goes to the other criteria of the axis.</source>
        <translation>Jeder Achsen-Score ist die Summe der Punkte seiner Kriterien. Eine fehlende Bewertung gibt keine Punkte; ihr Gewicht geht an die anderen Kriterien der Achse.</translation>
    </message>
    <message>
        <source>No score: select a partner.</source>
        <translation>Kein Score: Wählen Sie einen Partner.</translation>
    </message>
    <message>
        <source>%1 (set by decision; the scores say %2)</source>
        <translation>%1 (per Entscheidung gesetzt; laut Scores %2)</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <source>%1 % of perturbed weightings keep the quadrant</source>
        <translation>%1 % der gestörten Gewichtungen behalten den Quadranten</translation>
    </message>
    <message>
        <source>%1 (borderline)</source>
        <translation>%1 (Grenzfall)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Potential&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Readiness&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Quadrant&lt;/b&gt; %3 (scenario %4)&lt;br&gt;&lt;b&gt;Stability&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Potenzial&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Reife&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Quadrant&lt;/b&gt; %3 (Szenario %4)&lt;br&gt;&lt;b&gt;Stabilität&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>ps::Scoring</name>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>ps::SegmentCharts</name>
    <message>
        <source>Segment charts</source>
        <translation>Segmentdiagramme</translation>
    </message>
    <message>
        <source>Partners by status</source>
        <translation>Partner nach Status</translation>
    </message>
    <message>
        <source>Revenue and investment</source>
        <translation>Umsatz und Investition</translation>
    </message>
    <message>
        <source>Revenue and investment (millions)</source>
        <translation>Umsatz und Investition (Millionen)</translation>
    </message>
    <message>
        <source>Revenue and investment (thousands)</source>
        <translation>Umsatz und Investition (Tausend)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Score distributions (0-100)</source>
        <translation>Score-Verteilungen (0–100)</translation>
    </message>
</context>
<context>
    <name>ps::SegmentRuleJson</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>a JSON array of conditions was expected</source>
        <translation>ein JSON-Array von Bedingungen wurde erwartet</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;</source>
        <translation>%1 hat ein unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <source>%1 has an unknown member &quot;%2&quot;</source>
        <translation>%1 hat ein unbekanntes Element „%2“</translation>
    </message>
    <message>
        <source>%1: anyOf must be an array of text</source>
        <translation>%1: anyOf muss ein Array von Texten sein</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid %3 value</source>
        <translation>%1: %2 ist kein gültiger %3-Wert</translation>
    </message>
    <message>
        <source>%1: %2 must be a number from 0 to 100</source>
        <translation>%1: %2 muss eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>%1: min is above max</source>
        <translation>%1: min ist größer als max</translation>
    </message>
</context>
<context>
    <name>ps::Segmentation</name>
    <message>
        <source>Partner model</source>
        <translation>Partnermodell</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>ICP served</source>
        <translation>Bedientes ICP</translation>
    </message>
    <message>
        <source>Saved rule</source>
        <translation>Gespeicherte Regel</translation>
    </message>
    <message>
        <source>Suggested cluster</source>
        <translation>Vorgeschlagener Cluster</translation>
    </message>
</context>
<context>
    <name>ps::SegmentsPage</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation>Mittleres Potenzial</translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation>Mittlere Reife</translation>
    </message>
    <message>
        <source>Quadrant mix</source>
        <translation>Quadrantenmix</translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation>Erreichte ICPs</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Partners of the segment</source>
        <translation>Partner des Segments</translation>
    </message>
    <message>
        <source>Segment by</source>
        <translation>Segmentieren nach</translation>
    </message>
    <message>
        <source>Segment &amp;by:</source>
        <translation>Segmentieren &amp;nach:</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>Anzahl der Cluster</translation>
    </message>
    <message>
        <source>&amp;Clusters:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Pick the number of clusters with the best silhouette and show them</source>
        <translation>Die Clusteranzahl mit der besten Silhouette wählen und die Cluster anzeigen</translation>
    </message>
    <message>
        <source>Save as Se&amp;gment</source>
        <translation>Als Se&amp;gment speichern</translation>
    </message>
    <message>
        <source>Save the selected cluster as a rule (its dominant models and quadrants)</source>
        <translation>Den ausgewählten Cluster als Regel speichern (seine vorherrschenden Modelle und Quadranten)</translation>
    </message>
    <message>
        <source>&amp;New Rule...</source>
        <translation>Neue &amp;Regel...</translation>
    </message>
    <message>
        <source>&amp;Edit Rule...</source>
        <translation>Regel &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Delete Rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Select a segment to list its partners.</source>
        <translation>Wählen Sie ein Segment, um seine Partner aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partner(s)</source>
        <translation>
            <numerusform>%1: %n Partner</numerusform>
            <numerusform>%1: %n Partner</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended motion: %1</source>
        <translation>Empfohlener Ansatz: %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
</context>
<context>
    <name>ps::StartPage</name>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation>Partnerscope</translation>
    </message>
    <message>
        <source>Plan your partner portfolio: ideal customer profiles, the partners that reach their buyers, segments, priorities and economics. Offline, in a file you own.</source>
        <translation>Planen Sie Ihr Partnerportfolio: Idealkundenprofile, die Partner, die deren Einkäufer erreichen, Segmente, Prioritäten und Wirtschaftlichkeit. Offline, in einer Datei, die Ihnen gehört.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;New portfolio</source>
        <translation>&amp;Neues Portfolio</translation>
    </message>
    <message>
        <source>Start from an empty file</source>
        <translation>Mit einer leeren Datei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a .partnerscope file</source>
        <translation>Eine .partnerscope-Datei öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Explore a sample portfolio</source>
        <translation>Ein Beispielportfolio erkunden</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1
%2 (missing)</source>
        <translation>%1
%2 (fehlt)</translation>
    </message>
    <message>
        <source>Files you open will appear here.</source>
        <translation>Dateien, die Sie öffnen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>ps::Validation</name>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Influence link</source>
        <translation>Einflussverbindung</translation>
    </message>
    <message>
        <source>OEM deal</source>
        <translation>OEM-Deal</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>ps::WeightsPanel</name>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>Gewichtungsprofil</translation>
    </message>
    <message>
        <source>Each partner model is scored with its own weights</source>
        <translation>Jedes Partnermodell wird mit eigenen Gewichten bewertet</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Quadrant thresholds</source>
        <translation>Quadranten-Schwellenwerte</translation>
    </message>
    <message>
        <source>Potential threshold</source>
        <translation>Potenzial-Schwellenwert</translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation>Reife-Schwellenwert</translation>
    </message>
    <message>
        <source>P&amp;otential:</source>
        <translation>P&amp;otenzial:</translation>
    </message>
    <message>
        <source>R&amp;eadiness:</source>
        <translation>R&amp;eife:</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>Put back the default weights of this partner model</source>
        <translation>Die Standardgewichte dieses Partnermodells wiederherstellen</translation>
    </message>
    <message>
        <source>Derive from &amp;Pairwise Comparisons...</source>
        <translation>Aus &amp;Paarvergleichen ableiten...</translation>
    </message>
    <message>
        <source>Compare the criteria two at a time and let AHP compute the weights</source>
        <translation>Die Kriterien paarweise vergleichen und AHP die Gewichte berechnen lassen</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>Share of the %1 score</source>
        <translation>Anteil am %1-Score</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Change weights of %1 in %2</source>
        <translation>Gewichte von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Change thresholds of %1</source>
        <translation>Schwellenwerte von %1 ändern</translation>
    </message>
    <message>
        <source>Reset weights of %1 in %2</source>
        <translation>Gewichte von %1 in %2 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ps::ahp</name>
    <message>
        <source>The matrix is empty.</source>
        <translation>Die Matrix ist leer.</translation>
    </message>
    <message>
        <source>The matrix is not square: row %1 has %2 values, expected %3.</source>
        <translation>Die Matrix ist nicht quadratisch: Zeile %1 hat %2 Werte, erwartet %3.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is not a finite number.</source>
        <translation>Der Wert in Zeile %1, Spalte %2 ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is %3; every judgment must be positive.</source>
        <translation>Der Wert in Zeile %1, Spalte %2 ist %3; jedes Urteil muss positiv sein.</translation>
    </message>
    <message>
        <source>The diagonal value in row %1 is %2; it must be 1.</source>
        <translation>Der Diagonalwert in Zeile %1 ist %2; er muss 1 sein.</translation>
    </message>
    <message>
        <source>The matrix is not reciprocal: row %1, column %2 is %3 but row %4, column %5 is %6 instead of %7.</source>
        <translation>Die Matrix ist nicht reziprok: Zeile %1, Spalte %2 ist %3, aber Zeile %4, Spalte %5 ist %6 statt %7.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row of criterion names.</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit Kriteriennamen.</translation>
    </message>
    <message>
        <source>the first cell of the header row must be empty, not &quot;%1&quot;.</source>
        <translation>die erste Zelle der Kopfzeile muss leer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>column %1 of the header row has no name.</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen.</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice in the header row.</source>
        <translation>das Kriterium „%1“ erscheint zweimal in der Kopfzeile.</translation>
    </message>
    <message>
        <source>the header row names no criteria.</source>
        <translation>die Kopfzeile nennt keine Kriterien.</translation>
    </message>
    <message>
        <source>there are more rows than the %1 criteria in the header row.</source>
        <translation>es gibt mehr Zeilen als die %1 Kriterien der Kopfzeile.</translation>
    </message>
    <message>
        <source>the row should be for &quot;%1&quot; (the header&apos;s order), not &quot;%2&quot;.</source>
        <translation>die Zeile sollte für „%1“ sein (Reihenfolge der Kopfzeile), nicht für „%2“.</translation>
    </message>
    <message>
        <source>the row for &quot;%1&quot; has %2 values; the header names %3 criteria.</source>
        <translation>die Zeile für „%1“ hat %2 Werte; die Kopfzeile nennt %3 Kriterien.</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) holds &quot;%3&quot;, which is not a number or a fraction like 1/3.</source>
        <translation>Spalte %1 („%2“) enthält „%3“, was keine Zahl und kein Bruch wie 1/3 ist.</translation>
    </message>
    <message>
        <source>the file ends here, but the row for &quot;%1&quot; is missing.</source>
        <translation>die Datei endet hier, aber die Zeile für „%1“ fehlt.</translation>
    </message>
</context>
<context>
    <name>ps::edit</name>
    <message>
        <source>Change %1 of the portfolio</source>
        <translation>%1 des Portfolios ändern</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Change %1 of %n partners</source>
        <translation>%1 von %n Partnern ändern</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Partner %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %n partners</source>
        <translation>%n Partner löschen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate %n partners</source>
        <translation>%n Partner duplizieren</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation>Neues ICP</translation>
    </message>
    <message>
        <source>Add ICP %1</source>
        <translation>ICP %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %n ICPs</source>
        <translation>%n ICPs löschen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change royalty tiers of %1</source>
        <translation>Lizenzgebührenstaffeln von %1 ändern</translation>
    </message>
    <message>
        <source>Change scoreboard of %1</source>
        <translation>Scoreboard von %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OEM deals</source>
        <translation>
            <numerusform>%n OEM-Deal löschen</numerusform>
            <numerusform>%n OEM-Deals löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed scenario</source>
        <translation>unbenanntes Szenario</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Szenario %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change scenario %1</source>
        <translation>Szenario %1 ändern</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
    <message>
        <source>Switch to scenario %1</source>
        <translation>Zu Szenario %1 wechseln</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Add segment %1</source>
        <translation>Segment %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change segment %1</source>
        <translation>Segment %1 ändern</translation>
    </message>
    <message>
        <source>Delete segment %1</source>
        <translation>Segment %1 löschen</translation>
    </message>
</context>
<context>
    <name>ps::edit::detail</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>unnamed partner</source>
        <translation>unbenannter Partner</translation>
    </message>
    <message>
        <source>unnamed ICP</source>
        <translation>unbenanntes ICP</translation>
    </message>
    <message>
        <source>link %1 – %2</source>
        <translation>Verbindung %1 – %2</translation>
    </message>
    <message>
        <source>unknown ICP</source>
        <translation>unbekanntes ICP</translation>
    </message>
    <message>
        <source>unknown partner</source>
        <translation>unbekannter Partner</translation>
    </message>
    <message>
        <source>OEM deal with %1</source>
        <translation>OEM-Deal mit %1</translation>
    </message>
</context>
<context>
    <name>ps::map</name>
    <message>
        <source>gap</source>
        <comment>badge on an ICP without strong partner</comment>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>ICP (size: priority)</source>
        <translation>ICP (Größe: Priorität)</translation>
    </message>
    <message>
        <source>Coverage gap</source>
        <translation>Abdeckungslücke</translation>
    </message>
    <message>
        <source>Buys through (upstream)</source>
        <translation>Kauft über (vorgelagert)</translation>
    </message>
    <message>
        <source>Strength %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Referral, agency, affiliate</source>
        <translation>Empfehlung, Agentur, Affiliate</translation>
    </message>
    <message>
        <source>Reseller, VAR</source>
        <translation>Reseller, VAR</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>OEM, ISV</source>
        <translation>OEM, ISV</translation>
    </message>
    <message>
        <source>Integrator, service delivery</source>
        <translation>Integrator, Service-Erbringung</translation>
    </message>
    <message>
        <source>I</source>
        <comment>quadrant badge: invest</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>D</source>
        <comment>quadrant badge: develop</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>M</source>
        <comment>quadrant badge: maintain</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>X</source>
        <comment>quadrant badge: deprioritize</comment>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>ps::report</name>
    <message>
        <source>Partner segmentation report</source>
        <translation>Partner-Segmentierungsbericht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Segmented by: %1</source>
        <translation>Segmentiert nach: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investieren</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Abdeckungslücken</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation>ICP-Abdeckung</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation>Starke Partner</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Verknüpfte Partner</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation>Mittleres Potenzial</translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation>Mittlere Reife</translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation>Erreichte ICPs</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Appendix: criterion points</source>
        <translation>Anhang: Kriterienpunkte</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Partner segmentation report — %1</source>
        <translation>Partner-Segmentierungsbericht — %1</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Priorisierungsmatrix</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Segmented by</source>
        <translation>Segmentiert nach</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Recommended motion</source>
        <translation>Empfohlener Ansatz</translation>
    </message>
    <message>
        <source>Revenue per segment</source>
        <translation>Umsatz je Segment</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>Das PDF %1 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Export of %1 was cancelled.</source>
        <translation>Der Export von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1 konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Thousands (%1)</source>
        <translation>Tausend (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Partnermodell</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>ICP served</source>
        <translation>Bedientes ICP</translation>
    </message>
    <message>
        <source>Saved rule</source>
        <translation>Gespeicherte Regel</translation>
    </message>
    <message>
        <source>Suggested cluster</source>
        <translation>Vorgeschlagener Cluster</translation>
    </message>
    <message>
        <source>Untitled portfolio</source>
        <translation>Unbenanntes Portfolio</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Where to invest</source>
        <translation>Wo investieren</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Quadranten</translation>
    </message>
    <message>
        <source>Influence is 0-100 from the partners&apos; links to each ideal customer profile; an ICP without a strongly linked partner is a gap.</source>
        <translation>Der Einfluss (0–100) ergibt sich aus den Verbindungen der Partner zu jedem Idealkundenprofil; ein ICP ohne stark verknüpften Partner ist eine Lücke.</translation>
    </message>
    <message>
        <source>ICP %1</source>
        <translation>ICP %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Scenario %1: potential threshold %2, readiness threshold %3.</source>
        <translation>Szenario %1: Potenzial-Schwellenwert %2, Reife-Schwellenwert %3.</translation>
    </message>
    <message>
        <source>Segments at a glance</source>
        <translation>Segmente auf einen Blick</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Dominant model</source>
        <translation>Vorherrschendes Modell</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Quadrant mix (mean potential %1, mean readiness %2)</source>
        <translation>Quadrantenmix (mittleres Potenzial %1, mittlere Reife %2)</translation>
    </message>
    <message>
        <source>Partners in this segment</source>
        <translation>Partner in diesem Segment</translation>
    </message>
    <message>
        <source>Appendix: score explanations</source>
        <translation>Anhang: Score-Erklärungen</translation>
    </message>
    <message>
        <source>Points each criterion adds to a partner&apos;s potential and readiness under scenario %1; the points of an axis add up to its score.</source>
        <translation>Punkte, die jedes Kriterium unter Szenario %1 zum Potenzial und zur Reife eines Partners beiträgt; die Punkte einer Achse ergeben zusammen ihren Score.</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (Überschreibung)</translation>
    </message>
    <message>
        <source>%1 in all
</source>
        <translation>%1 insgesamt
</translation>
    </message>
</context>
<context>
    <name>ps::report::PageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Partnerscope segmentation report</source>
        <translation>Partnerscope-Segmentierungsbericht</translation>
    </message>
</context>
<context>
    <name>ps::report::Pdf</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>ps::report::detail</name>
    <message>
        <source>Needs a model</source>
        <translation>Braucht ein Modell</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Priorisierungsmatrix</translation>
    </message>
</context>
</TS>
