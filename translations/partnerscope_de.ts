<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ps::AccountImportDialog</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 column:</source>
        <translation>Spalte für %1:</translation>
    </message>
    <message>
        <source>Status rules</source>
        <translation>Statusregeln</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value (* any text)</source>
        <translation>Wert (* beliebiger Text)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status rules:</source>
        <translation>Statusregeln:</translation>
    </message>
    <message>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>(no status column)</source>
        <translation>(keine Statusspalte)</translation>
    </message>
    <message>
        <source>any other row</source>
        <translation>jede andere Zeile</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Reset to the layout&apos;s rules</source>
        <translation>&amp;Regeln des Layouts wiederherstellen</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>Eine Regel unter der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Go back to the status rules of the layout</source>
        <translation>Zu den Statusregeln des Layouts zurückkehren</translation>
    </message>
    <message>
        <source>%1: pick the column of each field. Rows need a name or a website; the status rules below say which rows are customers, prospects or open opportunities (the first rule that matches decides). Edit a rule&apos;s value in place, &apos;*&apos; standing for any text; change its column or status with its lists.</source>
        <translation>%1: Wählen Sie die Spalte jedes Felds. Zeilen brauchen einen Namen oder eine Website; die Statusregeln unten legen fest, welche Zeilen Kunden, Interessenten oder offene Verkaufschancen sind (die erste passende Regel entscheidet). Bearbeiten Sie den Wert einer Regel direkt, &apos;*&apos; steht für beliebigen Text; Spalte und Status einer Regel wählen Sie in ihren Listen.</translation>
    </message>
    <message>
        <source>%1 (the status column)</source>
        <translation>%1 (die Statusspalte)</translation>
    </message>
    <message>
        <source>(the status column: none)</source>
        <translation>(die Statusspalte: keine)</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Column of rule %1</source>
        <translation>Spalte der Regel %1</translation>
    </message>
    <message>
        <source>Status of rule %1</source>
        <translation>Status der Regel %1</translation>
    </message>
    <message>
        <source>Status of any other row</source>
        <translation>Status jeder anderen Zeile</translation>
    </message>
</context>
<context>
    <name>ps::AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s), %1, from %2</source>
        <translation>
            <numerusform>%n Konto, %1, aus %2</numerusform>
            <numerusform>%n Konten, %1, aus %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import our accounts…</source>
        <translation>Eigene Konten importieren…</translation>
    </message>
    <message>
        <source>Import partner list…</source>
        <translation>Partnerliste importieren…</translation>
    </message>
    <message>
        <source>Remove partner list</source>
        <translation>Partnerliste entfernen</translation>
    </message>
    <message>
        <source>Private exchange: make offer…</source>
        <translation>Privater Abgleich: Angebot erstellen…</translation>
    </message>
    <message>
        <source>Answer an offer…</source>
        <translation>Angebot beantworten…</translation>
    </message>
    <message>
        <source>Finish with the answer…</source>
        <translation>Mit der Antwort abschließen…</translation>
    </message>
    <message>
        <source>Overlap matrix</source>
        <translation>Überschneidungsmatrix</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Listendatum</translation>
    </message>
    <message>
        <source>Shared accounts</source>
        <translation>Gemeinsame Konten</translation>
    </message>
    <message>
        <source>With our open pipeline</source>
        <translation>Mit unserer offenen Pipeline</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Overlap across partners</source>
        <translation>Überschneidung über alle Partner</translation>
    </message>
    <message>
        <source>Our account</source>
        <translation>Unser Konto</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>Unser Status</translation>
    </message>
    <message>
        <source>Their account</source>
        <translation>Konto des Partners</translation>
    </message>
    <message>
        <source>Their status</source>
        <translation>Status beim Partner</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Abgeglichen über</translation>
    </message>
    <message>
        <source>Our accounts:</source>
        <translation>Eigene Konten:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Without sharing the lists:</source>
        <translation>Ohne die Listen zu teilen:</translation>
    </message>
    <message>
        <source>none yet: import a CRM export (Salesforce, HubSpot or any CSV).</source>
        <translation>noch keine: Importieren Sie einen CRM-Export (Salesforce, HubSpot oder eine beliebige CSV-Datei).</translation>
    </message>
    <message>
        <source>no account list</source>
        <translation>keine Kontenliste</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n earlier list(s))</source>
        <translation>
            <numerusform>%1 (und %n frühere Liste)</numerusform>
            <numerusform>%1 (und %n frühere Listen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to list its accounts.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Konten aufzulisten.</translation>
    </message>
    <message>
        <source>Shared in %1</source>
        <translation>Gemeinsam in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %n pair(s)</source>
        <translation>
            <numerusform>%1 × %2: %n Paar</numerusform>
            <numerusform>%1 × %2: %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>Name (check it)</source>
        <translation>Name (bitte prüfen)</translation>
    </message>
    <message>
        <source>Import our accounts</source>
        <translation>Eigene Konten importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import the account list of %1</source>
        <translation>Kontenliste von %1 importieren</translation>
    </message>
    <message>
        <source>Update the map&apos;s overlapping accounts</source>
        <translation>Gemeinsame Kunden in der Karte aktualisieren</translation>
    </message>
    <message>
        <source>Set each influence link&apos;s overlapping accounts to the overlap measured here: our accounts in the link&apos;s ICP that are in the partner&apos;s latest list</source>
        <translation>Bei jeder Einflussverbindung die gemeinsamen Kunden auf die hier gemessene Überschneidung setzen: unsere Konten im ICP der Verbindung, die in der neuesten Liste des Partners stehen</translation>
    </message>
    <message>
        <source>Computing the overlap of %1 accounts…</source>
        <translation>Überschneidung von %1 Konten wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>Update %n link(s) from the account overlap</source>
        <translation>
            <numerusform>%n Verbindung aus der Kontenüberschneidung aktualisieren</numerusform>
            <numerusform>%n Verbindungen aus der Kontenüberschneidung aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in %1: %2</source>
        <translation>Gemeinsam in %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)
%1 open pipeline</source>
        <translation>
            <numerusform>%Ln Konto
%1 offene Pipeline</numerusform>
            <numerusform>%Ln Konten
%1 offene Pipeline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ActivityLogModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Leads referred, deals registered, joint customer calls and closed deals count as commercial activity; training, reviews and co-marketing do not.</source>
        <translation>Empfohlene Leads, registrierte Deals, gemeinsame Kundengespräche und abgeschlossene Deals zählen als kommerzielle Aktivität; Schulungen, Reviews und Co-Marketing nicht.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>CRM-Datensatz</translation>
    </message>
</context>
<context>
    <name>ps::Ahp</name>
    <message>
        <source>The matrix is empty.</source>
        <translation>Die Matrix ist leer.</translation>
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
        <source>the row should be for &quot;%1&quot; (the header&apos;s order), not &quot;%2&quot;.</source>
        <translation>die Zeile sollte für „%1“ sein (Reihenfolge der Kopfzeile), nicht für „%2“.</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) holds &quot;%3&quot;, which is not a number or a fraction like 1/3.</source>
        <translation>Spalte %1 („%2“) enthält „%3“, was keine Zahl und kein Bruch wie 1/3 ist.</translation>
    </message>
    <message>
        <source>the file ends here, but the row for &quot;%1&quot; is missing.</source>
        <translation>die Datei endet hier, aber die Zeile für „%1“ fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>The matrix is not square: row %1 has %n values, expected %2.</source>
        <translation>
            <numerusform>Die Matrix ist nicht quadratisch: Zeile %1 hat %n Wert, erwartet %2.</numerusform>
            <numerusform>Die Matrix ist nicht quadratisch: Zeile %1 hat %n Werte, erwartet %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are more rows than the %n criteria in the header row.</source>
        <translation>
            <numerusform>es gibt mehr Zeilen als das %n Kriterium der Kopfzeile.</numerusform>
            <numerusform>es gibt mehr Zeilen als die %n Kriterien der Kopfzeile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row for &quot;%1&quot; has %n values; the header names %2 criteria.</source>
        <translation>
            <numerusform>die Zeile für „%1“ hat %n Wert; die Kopfzeile nennt %2 Kriterien.</numerusform>
            <numerusform>die Zeile für „%1“ hat %n Werte; die Kopfzeile nennt %2 Kriterien.</numerusform>
        </translation>
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
        <source>Derive %1 weights of %2 from pairwise comparisons</source>
        <translation>%1-Gewichte von %2 aus Paarvergleichen ableiten</translation>
    </message>
    <message>
        <source>&amp;Use the Proposed Value</source>
        <translation>&amp;Vorgeschlagenen Wert übernehmen</translation>
    </message>
    <message>
        <source>Judgment to revisit</source>
        <translation>Zu überprüfendes Urteil</translation>
    </message>
    <message>
        <source>No judgments were applied to this scenario&apos;s potential weights yet: these are estimated from the current weights.</source>
        <translation>Auf die Potenzialgewichte dieses Szenarios wurden noch keine Urteile angewendet: Die angezeigten Urteile sind aus den aktuellen Gewichten geschätzt.</translation>
    </message>
    <message>
        <source>No judgments were applied to this scenario&apos;s readiness weights yet: these are estimated from the current weights.</source>
        <translation>Auf die Reifegewichte dieses Szenarios wurden noch keine Urteile angewendet: Die angezeigten Urteile sind aus den aktuellen Gewichten geschätzt.</translation>
    </message>
    <message>
        <source>The judgments last applied to this scenario.</source>
        <translation>Die zuletzt auf dieses Szenario angewendeten Urteile.</translation>
    </message>
    <message>
        <source>The judgments last applied to this scenario. The weights were changed since; applying sets them from these judgments again.</source>
        <translation>Die zuletzt auf dieses Szenario angewendeten Urteile. Die Gewichte wurden seitdem geändert; beim Übernehmen werden sie wieder aus diesen Urteilen gesetzt.</translation>
    </message>
    <message>
        <source>CR = CI / RI, with RI = %1 for %2 criteria from Saaty&apos;s random index table (Saaty 1980).</source>
        <translation>CR = CI / RI, mit RI = %1 für %2 Kriterien aus Saatys Tabelle der Zufallsindizes (Saaty 1980).</translation>
    </message>
    <message>
        <source>CR %1: the judgments are consistent. %2</source>
        <translation>CR %1: Die Urteile sind konsistent. %2</translation>
    </message>
    <message>
        <source>CR %1 is above 0.10: the judgments contradict each other. %2</source>
        <translation>CR %1 liegt über 0,10: Die Urteile widersprechen einander. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revisit %1 against %2&lt;/b&gt;: judged %3, but the other judgments imply about %4. Proposed: &lt;b&gt;%4&lt;/b&gt;. With it the CR would be %5, and %6 compared with the current judgments.</source>
        <translation>&lt;b&gt;Überprüfen Sie %1 gegenüber %2&lt;/b&gt;: beurteilt mit %3, die übrigen Urteile legen aber etwa %4 nahe. Vorschlag: &lt;b&gt;%4&lt;/b&gt;. Damit läge der CR-Wert bei %5, und %6 (im Vergleich zu den aktuellen Urteilen).</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) would change quadrant</source>
        <translation>
            <numerusform>%n Partner würde den Quadranten wechseln</numerusform>
            <numerusform>%n Partner würden den Quadranten wechseln</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Inconsistent Weights?</source>
        <translation>Inkonsistente Gewichte übernehmen?</translation>
    </message>
    <message>
        <source>The consistency ratio is %1, above 0.10: the judgments contradict each other, so the weights may not say what you mean.</source>
        <translation>Der Konsistenzquotient beträgt %1 und liegt damit über 0,10: Die Urteile widersprechen einander, daher drücken die Gewichte möglicherweise nicht aus, was Sie meinen.</translation>
    </message>
    <message>
        <source>Revisiting one judgment would bring it to %1.</source>
        <translation>Wenn Sie ein einziges Urteil überarbeiten, sinkt der Quotient auf %1.</translation>
    </message>
    <message>
        <source>Apply Anyway</source>
        <translation>Trotzdem übernehmen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ps::Attention</name>
    <message>
        <source>the manufacturer does not need the offer faster than it can build it</source>
        <translation>der Hersteller braucht das Angebot nicht schneller, als er es selbst bauen kann</translation>
    </message>
    <message>
        <source>no technical lead that is hard to copy</source>
        <translation>kein technischer Vorsprung, der schwer zu kopieren ist</translation>
    </message>
    <message>
        <source>no new segment for the combined offer</source>
        <translation>kein neues Segment für das kombinierte Angebot</translation>
    </message>
    <message>
        <source>no defendable margin for both sides and the channel</source>
        <translation>keine verteidigbare Marge für beide Seiten und den Kanal</translation>
    </message>
    <message>
        <source>OEM deal likely a distraction</source>
        <translation>OEM-Deal wahrscheinlich eine Ablenkung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; meets %2 of the four conditions (%3); with fewer than three the OEM motion is likely a distraction.</source>
        <translation>„%1“ erfüllt %2 der vier Bedingungen (%3); mit weniger als drei ist das OEM-Vorhaben wahrscheinlich eine Ablenkung.</translation>
    </message>
    <message>
        <source>Royalty breaks at scale</source>
        <translation>Lizenzgebühr bricht bei Skalierung ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 per unit of margin at %3 units in year %4, against %5 at %6 units in year %7; the terms need more than %8 per unit.</source>
        <translation>„%1“: %2 Marge pro Einheit bei %3 Einheiten in Jahr %4, gegenüber %5 bei %6 Einheiten in Jahr %7; die Bedingungen erfordern mehr als %8 pro Einheit.</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Exklusivitätsfalle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is exclusive, structured as %2 (exit risk %3) and has no exit clause: the rest of the channel is forfeited for one manufacturer.</source>
        <translation>„%1“ ist exklusiv, als %2 strukturiert (Ausstiegsrisiko %3) und hat keine Ausstiegsklausel: Der übrige Kanal wird für einen einzigen Hersteller aufgegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is exclusive and structured as %2 (exit risk %3): the rest of the channel is forfeited for one manufacturer that is hard to leave.</source>
        <translation>„%1“ ist exklusiv und als %2 strukturiert (Ausstiegsrisiko %3): Der übrige Kanal wird für einen einzigen Hersteller aufgegeben, von dem man sich schwer lösen kann.</translation>
    </message>
    <message>
        <source>OEM failure modes</source>
        <translation>OEM-Fehlermuster</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; shows %n of seed 000&apos;s failure modes: %2.</source>
        <translation>
            <numerusform>„%1“ zeigt %n der Fehlermuster aus Seed 000: %2.</numerusform>
            <numerusform>„%1“ zeigt %n der Fehlermuster aus Seed 000: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint commercial model incomplete</source>
        <translation>Gemeinsames Geschäftsmodell unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>Co-selling with %n of the four items still open: %1.</source>
        <translation>
            <numerusform>Co-Selling, obwohl noch %n der vier Punkte offen ist: %1.</numerusform>
            <numerusform>Co-Selling, obwohl noch %n der vier Punkte offen sind: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onboarding with %n of the four items still open: %1.</source>
        <translation>
            <numerusform>Onboarding, obwohl noch %n der vier Punkte offen ist: %1.</numerusform>
            <numerusform>Onboarding, obwohl noch %n der vier Punkte offen sind: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dormant partner still funded</source>
        <translation>Ruhender Partner wird weiter finanziert</translation>
    </message>
    <message>
        <source>Dormant since its last commercial activity on %1, yet it receives %2 of program investment.</source>
        <translation>Ruhend seit der letzten kommerziellen Aktivität am %1, erhält aber %2 der Programminvestition.</translation>
    </message>
    <message>
        <source>Dormant without any commercial activity, yet it receives %1 of program investment.</source>
        <translation>Ruhend ohne jede kommerzielle Aktivität, erhält aber %1 der Programminvestition.</translation>
    </message>
    <message>
        <source>No commercial activity for two quarters</source>
        <translation>Seit zwei Quartalen keine kommerzielle Aktivität</translation>
    </message>
    <message>
        <source>Listed as %1, but its last commercial activity was on %2, %3 days before %4.</source>
        <translation>Als %1 geführt, aber die letzte kommerzielle Aktivität war am %2, %3 Tage vor dem %4.</translation>
    </message>
    <message>
        <source>Listed as %1, enrolled on %2, and no commercial activity since.</source>
        <translation>Als %1 geführt, aufgenommen am %2 und seitdem keine kommerzielle Aktivität.</translation>
    </message>
    <message>
        <source>Partner revenue highly concentrated</source>
        <translation>Partnerumsatz stark konzentriert</translation>
    </message>
    <message>
        <source>The HHI of partner-influenced revenue is %1 (above 1,800); %2 alone brings %3% of it.</source>
        <translation>Der HHI des partnerbeeinflussten Umsatzes beträgt %1 (über 1.800); %2 allein bringt %3 % davon.</translation>
    </message>
    <message>
        <source>Negative ROI: %1</source>
        <translation>Negativer ROI: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) of this model bring %1 of influenced revenue for %2 of investment: ROI %3.</source>
        <translation>
            <numerusform>%n Partner dieses Modells: %1 beeinflusster Umsatz bei %2 Investition, ROI %3.</numerusform>
            <numerusform>%n Partner dieses Modells: %1 beeinflusster Umsatz bei %2 Investition, ROI %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::AttentionList</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Press Enter or double-click a row to select its partner</source>
        <translation>Drücken Sie Enter oder doppelklicken Sie auf eine Zeile, um ihren Partner auszuwählen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whole program</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Kein Handlungsbedarf.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n Punkt erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Punkte erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n critical.</source>
        <translation>
            <numerusform>, %n kritisch.</numerusform>
            <numerusform>, %n kritisch.</numerusform>
        </translation>
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
    <message>
        <source>OEM royalty per year over a volume curve; does it break at scale?</source>
        <translation>OEM-Lizenzgebühr pro Jahr über eine Mengenkurve; bricht sie bei Skalierung ein?</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>the partner name</source>
        <translation>der Partnername</translation>
    </message>
    <message>
        <source>the ICP name</source>
        <translation>der ICP-Name</translation>
    </message>
    <message>
        <source>the ICP</source>
        <translation>das ICP</translation>
    </message>
    <message>
        <source>skipped: same website as line %1.</source>
        <translation>übersprungen: gleiche Website wie Zeile %1.</translation>
    </message>
    <message>
        <source>skipped: same name as line %1.</source>
        <translation>übersprungen: gleicher Name wie Zeile %1.</translation>
    </message>
    <message>
        <source>skipped: same ICP and partner as line %1.</source>
        <translation>übersprungen: gleiches ICP und gleicher Partner wie Zeile %1.</translation>
    </message>
    <message>
        <source>skipped: same website as &quot;%1&quot; in the portfolio.</source>
        <translation>übersprungen: gleiche Website wie „%1“ im Portfolio.</translation>
    </message>
    <message>
        <source>skipped: same name as &quot;%1&quot; in the portfolio.</source>
        <translation>übersprungen: gleicher Name wie „%1“ im Portfolio.</translation>
    </message>
    <message>
        <source>skipped: the portfolio already links this ICP and partner.</source>
        <translation>übersprungen: Das Portfolio verknüpft dieses ICP und diesen Partner bereits.</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not a known partner model; those partners are imported without a model (needs classification).</source>
        <translation>%1: Der Typ „%2“ ist kein bekanntes Partnermodell; diese Partner werden ohne Modell importiert (Klassifizierung nötig).</translation>
    </message>
    <message>
        <source>%1:%2: no column holds %3 (headers: %4).</source>
        <translation>%1:%2: Keine Spalte enthält %3 (Kopfzeilen: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %4-separated, %Ln row(s).</source>
        <translation>
            <numerusform>%1: %2, %3, %4-getrennt, %Ln Zeile.</numerusform>
            <numerusform>%1: %2, %3, %4-getrennt, %Ln Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported: %Ln row(s) are invalid (--skip-invalid imports the others).</source>
        <translation>
            <numerusform>%1: Nichts wurde importiert: %Ln Zeile ist ungültig (--skip-invalid importiert die übrigen).</numerusform>
            <numerusform>%1: Nichts wurde importiert: %Ln Zeilen sind ungültig (--skip-invalid importiert die übrigen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped as duplicates</source>
        <translation>
            <numerusform>%Ln als Duplikat übersprungen</numerusform>
            <numerusform>%Ln als Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln ungültig</numerusform>
            <numerusform>%Ln ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a model</source>
        <translation>
            <numerusform>%Ln ohne Modell</numerusform>
            <numerusform>%Ln ohne Modell</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written to %1: %2.</source>
        <translation>Probelauf, nichts nach %1 geschrieben: %2.</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>Importiert in %1: %2.</translation>
    </message>
    <message>
        <source>The portfolio to import into.</source>
        <translation>Das Portfolio, in das importiert wird.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>IN.csv</source>
        <translation>IN.csv</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Column layout: auto (default, from the headers), salesforce, hubspot, partnerscope or generic.</source>
        <translation>Spaltenlayout: auto (Standard, aus den Kopfzeilen), salesforce, hubspot, partnerscope oder generic.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRESET</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Anzeigen, was importiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are invalid.</source>
        <translation>Die gültigen Zeilen importieren, auch wenn andere ungültig sind.</translation>
    </message>
    <message>
        <source>The CSV file is missing (--csv IN.csv).</source>
        <translation>Die CSV-Datei fehlt (--csv IN.csv).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>Unbekannte Art „%1“.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;.</source>
        <translation>Unbekannte Vorlage „%1“.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Active partner rate</source>
        <translation>Anteil aktiver Partner</translation>
    </message>
    <message>
        <source>Time to first commercial activity</source>
        <translation>Zeit bis zur ersten kommerziellen Aktivität</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>Partner-influenced pipeline</source>
        <translation>Partnerbeeinflusste Pipeline</translation>
    </message>
    <message>
        <source>%1 of the open pipeline</source>
        <translation>%1 der offenen Pipeline</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>partner %1, direct %2</source>
        <translation>Partner %1, direkt %2</translation>
    </message>
    <message>
        <source>Average won deal (%1)</source>
        <translation>Durchschnittlicher gewonnener Deal (%1)</translation>
    </message>
    <message>
        <source>Concentration (HHI)</source>
        <translation>Konzentration (HHI)</translation>
    </message>
    <message>
        <source>Program metrics as of %1</source>
        <translation>Programmkennzahlen zum %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI nach Partnermodell</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation>Beeinflusster Umsatz</translation>
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
        <source>likely a distraction</source>
        <translation>wahrscheinlich eine Ablenkung</translation>
    </message>
    <message>
        <source>breaks at scale</source>
        <translation>bricht bei Skalierung ein</translation>
    </message>
    <message>
        <source>exclusivity trap</source>
        <translation>Exklusivitätsfalle</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>exklusiv</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>OEM-Deals</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Ausstiegsrisiko</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n item(s)</source>
        <translation>
            <numerusform>Handlungsbedarf: %n Punkt</numerusform>
            <numerusform>Handlungsbedarf: %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>The reference date of the program metrics, YYYY-MM-DD (default: the latest date in the activity and deal logs).</source>
        <translation>Das Stichtagsdatum der Programmkennzahlen, YYYY-MM-DD (Standard: das späteste Datum in den Aktivitäts- und Deal-Protokollen).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-03-31, not &quot;%1&quot;.</source>
        <translation>--as-of muss ein Datum wie 2026-03-31 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Royalty</source>
        <translation>Lizenzgebühr</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin/unit</source>
        <translation>Marge/Einheit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No units in any year: there is no scale to judge the terms at.</source>
        <translation>In keinem Jahr Einheiten: Es gibt keine Skalierung, an der sich die Bedingungen beurteilen lassen.</translation>
    </message>
    <message>
        <source>The terms break at scale: year %1 (%2 units) keeps %3 per unit, at or below the minimum of %4.</source>
        <translation>Die Bedingungen brechen bei Skalierung ein: Jahr %1 (%2 Einheiten) behält %3 pro Einheit, auf oder unter dem Minimum von %4.</translation>
    </message>
    <message>
        <source>The terms hold at scale: year %1 (%2 units) keeps %3 per unit, above the minimum of %4.</source>
        <translation>Die Bedingungen halten bei Skalierung: Jahr %1 (%2 Einheiten) behält %3 pro Einheit, über dem Minimum von %4.</translation>
    </message>
    <message>
        <source>TERMS.json</source>
        <translation>TERMS.json</translation>
    </message>
    <message>
        <source>Royalty terms: tiers [{from_units, per_unit}], volumes (units per year) and cost_per_unit; optional base_rate, tier_mode (marginal or all_units), escalator_pct, min_annual, setup_fee, min_margin_per_unit.</source>
        <translation>Lizenzgebührenbedingungen: tiers [{from_units, per_unit}], volumes (Einheiten pro Jahr) und cost_per_unit; optional base_rate, tier_mode (marginal oder all_units), escalator_pct, min_annual, setup_fee, min_margin_per_unit.</translation>
    </message>
    <message>
        <source>%1 is too large for a royalty term sheet.</source>
        <translation>%1 ist zu groß für ein Lizenzgebühren-Term-Sheet.</translation>
    </message>
    <message>
        <source>Save a screenshot of every page of the demo to DIR.</source>
        <translation>Einen Screenshot jeder Seite der Demo nach DIR speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n enrolled partners in the quarter from %3)</source>
        <translation>
            <numerusform>%1 (%2 von %n aufgenommenen Partner im Quartal ab %3)</numerusform>
            <numerusform>%1 (%2 von %n aufgenommenen Partnern im Quartal ab %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (median of %n partners)</source>
        <translation>
            <numerusform>%1 (Median über %n Partner)</numerusform>
            <numerusform>%1 (Median über %n Partner)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n partners active the year before)</source>
        <translation>
            <numerusform>%1 (%2 von %n im Vorjahr aktiven Partner)</numerusform>
            <numerusform>%1 (%2 von %n im Vorjahr aktiven Partnern)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve the workshop voting page headless until stopped.</source>
        <translation>Die Abstimmungsseite des Workshops ohne Fenster bereitstellen, bis sie gestoppt wird.</translation>
    </message>
    <message>
        <source>The judgment that fits the others least: %1 against %2 is %3; the other judgments suggest %4 (CR would be %5).</source>
        <translation>Das Urteil, das am wenigsten zu den übrigen passt: %1 gegenüber %2 ist %3; die übrigen Urteile legen %4 nahe (CR wäre dann %5).</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>AIJ</source>
        <translation>AIJ</translation>
    </message>
    <message>
        <source>AIP</source>
        <translation>AIP</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>(above 0.10)</source>
        <translation>(über 0,10)</translation>
    </message>
    <message>
        <source>CR of the aggregated judgments: %1</source>
        <translation>CR der aggregierten Urteile: %1</translation>
    </message>
    <message>
        <source>Consensus (Goepel&apos;s S*, 0 none to 1 full): %1</source>
        <translation>Konsens (S* nach Goepel, 0 keiner bis 1 vollständig): %1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 holds no matrix files (*.csv).</source>
        <translation>%1 enthält keine Matrixdateien (*.csv).</translation>
    </message>
    <message>
        <source>%1 compares %2, but %3 compares %4; every matrix of a group must compare the same criteria in the same order.</source>
        <translation>%1 vergleicht %2, aber %3 vergleicht %4; jede Matrix einer Gruppe muss dieselben Kriterien in derselben Reihenfolge vergleichen.</translation>
    </message>
    <message>
        <source>Aggregate a group: DIR holds one matrix CSV per participant (named after them).</source>
        <translation>Eine Gruppe aggregieren: DIR enthält je Teilnehmer eine Matrix als CSV (nach ihm benannt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (spotlight NAME, reveal, clear, rotate-code).</source>
        <translation>Unbekannter Befehl „%1“ (spotlight NAME, reveal, clear, rotate-code).</translation>
    </message>
    <message>
        <source>The portfolio whose criteria the room weighs.</source>
        <translation>Das Portfolio, dessen Kriterien die Runde gewichtet.</translation>
    </message>
    <message>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>TCP-Port, auf dem der Server lauscht (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The one address to listen on (default 127.0.0.1).</source>
        <translation>Die einzige Adresse, auf der der Server lauscht (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Most participants that may join (default 60).</source>
        <translation>Höchstzahl der Teilnehmer, die beitreten können (Standard 60).</translation>
    </message>
    <message>
        <source>--port is missing.</source>
        <translation>--port fehlt.</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 192.168.1.20, not &quot;%1&quot;.</source>
        <translation>--bind erwartet eine IP-Adresse wie 192.168.1.20, nicht „%1“.</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>Beitrittscode: %1</translation>
    </message>
    <message>
        <source>Join URL: %1</source>
        <translation>Beitritts-URL: %1</translation>
    </message>
    <message>
        <source>Voting server for %1 listening on http://%2:%3/</source>
        <translation>Abstimmungsserver für %1 lauscht auf http://%2:%3/</translation>
    </message>
    <message>
        <source>Stop it with Ctrl+C.</source>
        <translation>Beenden Sie ihn mit Ctrl+C.</translation>
    </message>
    <message>
        <source>The voting server could not set up its stop signal.</source>
        <translation>Der Abstimmungsserver konnte sein Stoppsignal nicht einrichten.</translation>
    </message>
    <message>
        <source>Voting server stopped.</source>
        <translation>Abstimmungsserver gestoppt.</translation>
    </message>
    <message>
        <source>Import partners, ICPs, links, deals or activities from a CRM export; all or nothing.</source>
        <translation>Partner, ICPs, Verbindungen, Deals oder Aktivitäten aus einem CRM-Export importieren; alles oder nichts.</translation>
    </message>
    <message>
        <source>no won deals</source>
        <translation>keine gewonnenen Deals</translation>
    </message>
    <message>
        <source>direct deals: %1</source>
        <translation>direkte Deals: %1</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>zu wenige Deals</translation>
    </message>
    <message>
        <source>Deals of</source>
        <translation>Deals von</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Avg won</source>
        <translation>Ø gewonnen</translation>
    </message>
    <message>
        <source>Cycle (d)</source>
        <translation>Zyklus (T)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Akquiriert</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Attributed</source>
        <translation>Zugerechnet</translation>
    </message>
    <message>
        <source>Partner-involved</source>
        <translation>Mit Partnerbeteiligung</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message numerus="yes">
        <source>Partner impact (%1; rates need %n closed deal(s))</source>
        <translation>
            <numerusform>Partnerwirkung (%1; Quoten brauchen %n abgeschlossenen Deal)</numerusform>
            <numerusform>Partnerwirkung (%1; Quoten brauchen %n abgeschlossene Deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate with partners minus direct: %1 points (90% interval %2 to %3).</source>
        <translation>Gewinnquote mit Partnern minus direkt: %1 Prozentpunkte (90-%-Intervall %2 bis %3).</translation>
    </message>
    <message>
        <source>the deal name</source>
        <translation>der Deal-Name</translation>
    </message>
    <message>
        <source>the opportunity id</source>
        <translation>die Opportunity-ID</translation>
    </message>
    <message>
        <source>the partner account id</source>
        <translation>die Account-ID des Partners</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>skipped: same CRM record as line %1.</source>
        <translation>übersprungen: gleicher CRM-Datensatz wie Zeile %1.</translation>
    </message>
    <message>
        <source>skipped: same as line %1.</source>
        <translation>übersprungen: gleich wie Zeile %1.</translation>
    </message>
    <message>
        <source>skipped: already in the portfolio.</source>
        <translation>übersprungen: bereits im Portfolio.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln geändert</numerusform>
            <numerusform>%Ln geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>With --kind deals: the opportunity-partner export (OpportunityId, AccountToId, Role, IsPrimary) that says which partner accounts were on which deal.</source>
        <translation>Mit --kind deals: der Opportunity-Partner-Export (OpportunityId, AccountToId, Role, IsPrimary), der angibt, welche Partner-Accounts an welchem Deal beteiligt waren.</translation>
    </message>
    <message>
        <source>OPPPARTNERS.csv</source>
        <translation>OPPPARTNERS.csv</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>With --kind deals: comma-separated words of a lead source that mean the primary partner sourced the deal (default: partner; empty: never from the lead source).</source>
        <translation>Mit --kind deals: durch Kommas getrennte Wörter einer Lead-Quelle, die bedeuten, dass der primäre Partner den Deal akquiriert hat (Standard: partner; leer: nie aus der Lead-Quelle).</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <source>--partners-csv goes with --kind deals.</source>
        <translation>--partners-csv gehört zu --kind deals.</translation>
    </message>
    <message>
        <source>--date-order must be auto, dmy or mdy, not &quot;%1&quot;.</source>
        <translation>--date-order muss auto, dmy oder mdy sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Closed deals partner impact needs before it shows a win rate, average won deal or cycle (default: the portfolio&apos;s setting, 10 unless changed).</source>
        <translation>Abgeschlossene Deals, die die Partnerwirkung braucht, bevor sie eine Gewinnquote, einen durchschnittlichen gewonnenen Deal oder einen Zyklus zeigt (Standard: die Einstellung des Portfolios, 10, sofern nicht geändert).</translation>
    </message>
    <message>
        <source>Allocate the program budget: returns, forecast, limits.</source>
        <translation>Das Programmbudget verteilen: Erträge, Prognose, Grenzen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Zuteilung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Grenzertrag</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Scenario: %1. Budget %2 %3, allocated %4; expected return %5 %3; shadow price of the budget %6.</source>
        <translation>Szenario: %1. Budget %2 %3, zugeteilt %4; erwarteter Ertrag %5 %3; Schattenpreis des Budgets %6.</translation>
    </message>
    <message>
        <source>Forecast (%1 draws): P10 %2, P50 %3, P90 %4 %5.</source>
        <translation>Prognose (%1 Ziehungen): P10 %2, P50 %3, P90 %4 %5.</translation>
    </message>
    <message>
        <source>--%1 needs an amount from 0 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 braucht einen Betrag von 0 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>The portfolio file to plan.</source>
        <translation>Die zu planende Portfolio-Datei.</translation>
    </message>
    <message>
        <source>The program budget per year (default: the budget stored with the scenario&apos;s plan).</source>
        <translation>Das Programmbudget pro Jahr (Standard: das mit dem Plan des Szenarios gespeicherte Budget).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Maximise revenue or margin (default: the stored plan&apos;s).</source>
        <translation>Umsatz (revenue) oder Marge (margin) maximieren (Standard: wie im gespeicherten Plan).</translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation>OBJECTIVE</translation>
    </message>
    <message>
        <source>The least every optimized partner gets.</source>
        <translation>Der Mindestbetrag, den jeder optimierte Partner erhält.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The most any optimized partner gets.</source>
        <translation>Der Höchstbetrag, den ein optimierter Partner erhält.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Plan with the scenario named S (default: the active one).</source>
        <translation>Mit dem Szenario namens S planen (Standard: das aktive).</translation>
    </message>
    <message>
        <source>Monte Carlo draws of the forecast (default 10000).</source>
        <translation>Monte-Carlo-Ziehungen der Prognose (Standard 10000).</translation>
    </message>
    <message>
        <source>--objective must be revenue or margin, not &quot;%1&quot;.</source>
        <translation>--objective muss revenue oder margin sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 has no scenario to plan with.</source>
        <translation>%1 hat kein Szenario, mit dem sich planen lässt.</translation>
    </message>
    <message>
        <source>Account overlap with a partner, or a private exchange of account lists by file.</source>
        <translation>Kontenüberschneidung mit einem Partner oder privater Abgleich von Kontenlisten per Datei.</translation>
    </message>
    <message>
        <source>%1 has no partner named &quot;%2&quot;.</source>
        <translation>%1 hat keinen Partner namens „%2“.</translation>
    </message>
    <message>
        <source>%1 is larger than any account-mapping file can be.</source>
        <translation>%1 ist größer, als eine Kontenabgleich-Datei sein kann.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The portfolio has no list of our accounts; import one with --kind accounts.</source>
        <translation>Das Portfolio hat keine Liste eigener Konten; importieren Sie eine mit --kind accounts.</translation>
    </message>
    <message>
        <source>The portfolio has no account list of %1; import one with --kind partner-accounts or run a private exchange.</source>
        <translation>Das Portfolio hat keine Kontenliste von %1; importieren Sie eine mit --kind partner-accounts oder führen Sie einen privaten Abgleich durch.</translation>
    </message>
    <message>
        <source>Overlap with %1 (their list of %2)</source>
        <translation>Überschneidung mit %1 (deren Liste vom %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shared accounts: %1 of our %2 (%3 by name only); their list: %4.</source>
        <translation>Gemeinsame Konten: %1 von unseren %2 (%3 nur über den Namen); deren Liste: %4.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; for account lists (auto, salesforce, hubspot or generic).</source>
        <translation>Unbekannte Vorlage „%1“ für Kontenlisten (auto, salesforce, hubspot oder generic).</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>our accounts</source>
        <translation>unsere eigene Liste</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written to %1: %Ln account(s) for %2.</source>
        <translation>
            <numerusform>Probelauf, nichts nach %1 geschrieben: %Ln Konto für %2.</numerusform>
            <numerusform>Probelauf, nichts nach %1 geschrieben: %Ln Konten für %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %Ln account(s) for %2.</source>
        <translation>
            <numerusform>Importiert in %1: %Ln Konto für %2.</numerusform>
            <numerusform>Importiert in %1: %Ln Konten für %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) of the deal log match no account of the list.</source>
        <translation>
            <numerusform>%Ln offener Deal des Deal-Protokolls passt zu keinem Konto der Liste.</numerusform>
            <numerusform>%Ln offene Deals des Deal-Protokolls passen zu keinem Konto der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio.</source>
        <translation>Das Portfolio.</translation>
    </message>
    <message>
        <source>The partner, by name.</source>
        <translation>Der Partner, nach Name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>The partner is missing (--partner NAME).</source>
        <translation>Der Partner fehlt (--partner NAME).</translation>
    </message>
    <message>
        <source>What the rows are: partners (default), icps, links, deals, activities, accounts (our account list) or partner-accounts (a partner&apos;s, with --partner).</source>
        <translation>Was die Zeilen sind: partners (Standard), icps, links, deals, activities, accounts (unsere Kontenliste) oder partner-accounts (die eines Partners, mit --partner).</translation>
    </message>
    <message>
        <source>With --kind partner-accounts: the partner whose list it is, by name.</source>
        <translation>Mit --kind partner-accounts: der Partner, dem die Liste gehört, nach Name.</translation>
    </message>
    <message>
        <source>With --kind accounts or partner-accounts: the list&apos;s date (default: today).</source>
        <translation>Mit --kind accounts oder partner-accounts: das Datum der Liste (Standard: heute).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--partner NAME goes with --kind partner-accounts.</source>
        <translation>--partner NAME gehört zu --kind partner-accounts.</translation>
    </message>
    <message>
        <source>--date must be a date in YYYY-MM-DD form, not &quot;%1&quot;.</source>
        <translation>--date muss ein Datum im Format YYYY-MM-DD sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>OUT.psx</source>
        <translation>OUT.psx</translation>
    </message>
    <message>
        <source>Our portfolio (keeps the exchange&apos;s secret).</source>
        <translation>Unser Portfolio (bewahrt das Geheimnis des Abgleichs).</translation>
    </message>
    <message>
        <source>Our populations to offer, comma-separated: customers, prospects, open_opportunities (default: customers,prospects).</source>
        <translation>Unsere anzubietenden Gruppen, durch Kommas getrennt: customers, prospects, open_opportunities (Standard: customers,prospects).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Our organisation as the partner will see it (default: the portfolio&apos;s organisation).</source>
        <translation>Unsere Organisation, wie der Partner sie sehen wird (Standard: die Organisation des Portfolios).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>Write the offer to OUT.psx.</source>
        <translation>Das Angebot in OUT.psx schreiben.</translation>
    </message>
    <message>
        <source>The output file is missing (-o OUT.psx).</source>
        <translation>Die Ausgabedatei fehlt (-o OUT.psx).</translation>
    </message>
    <message>
        <source>Unknown population &quot;%1&quot; (customers, prospects or open_opportunities).</source>
        <translation>Unbekannte Gruppe „%1“ (customers, prospects oder open_opportunities).</translation>
    </message>
    <message>
        <source>--accounts names no population.</source>
        <translation>--accounts nennt keine Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>Offer %1 written to %2: %Ln domain(s) blinded; send it to the partner and keep %3, which holds the exchange&apos;s secret.</source>
        <translation>
            <numerusform>Angebot %1 nach %2 geschrieben: %Ln Domain verblindet; senden Sie es an den Partner und bewahren Sie %3 auf, das das Geheimnis des Abgleichs enthält.</numerusform>
            <numerusform>Angebot %1 nach %2 geschrieben: %Ln Domains verblindet; senden Sie es an den Partner und bewahren Sie %3 auf, das das Geheimnis des Abgleichs enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our portfolio (the partner&apos;s side).</source>
        <translation>Unser Portfolio (die Seite des Partners).</translation>
    </message>
    <message>
        <source>The offer received.</source>
        <translation>Das erhaltene Angebot.</translation>
    </message>
    <message>
        <source>OFFER.psx</source>
        <translation>OFFER.psx</translation>
    </message>
    <message>
        <source>Our populations to reveal, comma-separated: customers, prospects (default: both).</source>
        <translation>Unsere offenzulegenden Gruppen, durch Kommas getrennt: customers, prospects (Standard: beide).</translation>
    </message>
    <message>
        <source>Our organisation as the other side will see it.</source>
        <translation>Unsere Organisation, wie die Gegenseite sie sehen wird.</translation>
    </message>
    <message>
        <source>Write the answer to OUT.psx.</source>
        <translation>Die Antwort nach OUT.psx schreiben.</translation>
    </message>
    <message>
        <source>The offer is missing (--offer OFFER.psx).</source>
        <translation>Das Angebot fehlt (--offer OFFER.psx).</translation>
    </message>
    <message>
        <source>Unknown population &quot;%1&quot; (customers or prospects).</source>
        <translation>Unbekannte Gruppe „%1“ (customers oder prospects).</translation>
    </message>
    <message>
        <source>--reveal names no population.</source>
        <translation>--reveal nennt keine Gruppe.</translation>
    </message>
    <message>
        <source>Answer to %1 written to %2; they offered %3 domain(s).</source>
        <translation>Antwort an %1 nach %2 geschrieben; angebotene Domains: %3.</translation>
    </message>
    <message>
        <source>Our portfolio, which made the offer.</source>
        <translation>Unser Portfolio, das das Angebot erstellt hat.</translation>
    </message>
    <message>
        <source>The answer received.</source>
        <translation>Die erhaltene Antwort.</translation>
    </message>
    <message>
        <source>ANSWER.psx</source>
        <translation>ANSWER.psx</translation>
    </message>
    <message>
        <source>The partner the overlap is stored for, by name.</source>
        <translation>Der Partner, für den die Überschneidung gespeichert wird, nach Name.</translation>
    </message>
    <message>
        <source>The answer is missing (--answer ANSWER.psx).</source>
        <translation>Die Antwort fehlt (--answer ANSWER.psx).</translation>
    </message>
    <message>
        <source>Put a portfolio file on a PostgreSQL server for a team.</source>
        <translation>Eine Portfolio-Datei für ein Team auf einen PostgreSQL-Server stellen.</translation>
    </message>
    <message>
        <source>Take an offline copy of a team portfolio as a file.</source>
        <translation>Eine Offline-Kopie eines Team-Portfolios als Datei anlegen.</translation>
    </message>
    <message>
        <source>FILE may also be a team portfolio on a PostgreSQL server:
  postgresql://USER@HOST/DATABASE?portfolio=NAME (passwords from ~/.pgpass).
</source>
        <translation>FILE kann auch ein Team-Portfolio auf einem PostgreSQL-Server sein:
  postgresql://USER@HOST/DATABASE?portfolio=NAME (Passwörter aus ~/.pgpass).
</translation>
    </message>
    <message>
        <source>%1 is a team portfolio: import into it from the window (File &gt; Import), or check the CSV here with --dry-run.</source>
        <translation>%1 ist ein Team-Portfolio: Importieren Sie im Fenster (Datei &gt; Importieren) oder prüfen Sie die CSV-Datei hier mit --dry-run.</translation>
    </message>
    <message>
        <source>%1 is not a team portfolio location (postgresql://user@host/database?portfolio=NAME).</source>
        <translation>%1 ist kein Speicherort eines Team-Portfolios (postgresql://user@host/database?portfolio=NAME).</translation>
    </message>
    <message>
        <source>The portfolio file to publish.</source>
        <translation>Die zu veröffentlichende Portfolio-Datei.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>Where to put it: postgresql://user@host/database?portfolio=NAME (a new portfolio name).</source>
        <translation>Wohin es kommt: postgresql://user@host/database?portfolio=NAME (ein neuer Portfolioname).</translation>
    </message>
    <message>
        <source>Published %1 as %2.</source>
        <translation>%1 als %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>The team portfolio to copy.</source>
        <translation>Das zu kopierende Team-Portfolio.</translation>
    </message>
    <message>
        <source>Write the copy to FILE (replaced atomically).</source>
        <translation>Die Kopie nach FILE schreiben (atomar ersetzt).</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>%1:%2: the date &quot;%3&quot; reads either way (%4 or %5) and no row of the file decides; give --date-order dmy (day first) or --date-order mdy (month first).</source>
        <translation>%1:%2: Das Datum „%3“ lässt sich auf beide Arten lesen (%4 oder %5), und keine Zeile der Datei entscheidet es; geben Sie --date-order dmy (Tag zuerst) oder --date-order mdy (Monat zuerst) an.</translation>
    </message>
    <message>
        <source>How to read dates such as 03/04/2025: auto (default: from the file; an error when no row decides), dmy (day first) or mdy (month first).</source>
        <translation>Wie Datumsangaben wie 03/04/2025 gelesen werden: auto (Standard: aus der Datei; ein Fehler, wenn keine Zeile entscheidet), dmy (Tag zuerst) oder mdy (Monat zuerst).</translation>
    </message>
    <message>
        <source>With --kind accounts or partner-accounts: read FIELD from COLUMN (a header or a 1-based number); FIELD is name, website, status, industry, employees, country, crm_id or open_pipeline. Repeat for several fields.</source>
        <translation>Mit --kind accounts oder partner-accounts: FIELD aus COLUMN lesen (eine Spaltenüberschrift oder eine Nummer ab 1); FIELD ist name, website, status, industry, employees, country, crm_id oder open_pipeline. Für mehrere Felder wiederholen.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>--partner, --date and --map go with account lists.</source>
        <translation>--partner, --date und --map gehören zu Kontenlisten.</translation>
    </message>
    <message>
        <source>The account lists of %1 stay in that file: account mapping is private to the one who holds the lists, and a team portfolio does not hold them.</source>
        <translation>Die Kontenlisten von %1 bleiben in dieser Datei: Account-Mapping ist Sache dessen, der die Listen hält, und ein Team-Portfolio enthält sie nicht.</translation>
    </message>
    <message>
        <source>The window size for --grab-pages, such as 1366x768 (default 1440x900).</source>
        <translation>Die Fenstergröße für --grab-pages, etwa 1366x768 (Vorgabe 1440x900).</translation>
    </message>
    <message>
        <source>--grab-size takes a size such as 1366x768, from 640x480 to 7680x4320; see &quot;partnerscope --help&quot;.</source>
        <translation>--grab-size erwartet eine Größe wie 1366x768, von 640x480 bis 7680x4320; siehe „partnerscope --help“.</translation>
    </message>
</context>
<context>
    <name>ps::ConflictDialog</name>
    <message>
        <source>Resolve Conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>%1 deleted %2 while you changed it.</source>
        <translation>%1 hat %2 gelöscht, während Sie es geändert haben.</translation>
    </message>
    <message>
        <source>You deleted %1 while %2 changed it.</source>
        <translation>Sie haben %1 gelöscht, während %2 es geändert hat.</translation>
    </message>
    <message>
        <source>You and %1 both changed %2. Choose, field by field, which value to keep.</source>
        <translation>Sie und %1 haben beide %2 geändert. Wählen Sie Feld für Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>%1: meine Version behalten</translation>
    </message>
    <message>
        <source>Take their %1</source>
        <translation>%1: andere Version übernehmen</translation>
    </message>
    <message>
        <source>&amp;Apply Choice</source>
        <translation>Auswahl &amp;übernehmen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>ps::CoverageChart</name>
    <message>
        <source>ICP coverage</source>
        <translation>ICP-Abdeckung</translation>
    </message>
    <message>
        <source>This portfolio has no ICPs yet.</source>
        <translation>Dieses Portfolio hat noch keine ICPs.</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln strong partners</source>
        <translation>
            <numerusform>%Ln starker Partner</numerusform>
            <numerusform>%Ln starke Partner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::CurveDialog</name>
    <message>
        <source>&amp;Ceiling (most extra revenue a year):</source>
        <translation>&amp;Obergrenze (maximaler Zusatzumsatz pro Jahr):</translation>
    </message>
    <message>
        <source>&amp;Scale (spend for 63% of it):</source>
        <translation>&amp;Skala (Ausgaben für 63 % davon):</translation>
    </message>
    <message>
        <source>&amp;Baseline (revenue without spend):</source>
        <translation>&amp;Grundniveau (Umsatz ohne Ausgaben):</translation>
    </message>
    <message>
        <source>Uncertainty of the ceiling (sd of ln a):</source>
        <translation>Unsicherheit der Obergrenze (SD von ln a):</translation>
    </message>
    <message>
        <source>Uncertainty of the scale (sd of ln s):</source>
        <translation>Unsicherheit der Skala (SD von ln s):</translation>
    </message>
    <message>
        <source>Their co&amp;rrelation:</source>
        <translation>Ihre &amp;Korrelation:</translation>
    </message>
    <message>
        <source>&amp;Use the fitted curve</source>
        <translation>&amp;Angepasste Kurve verwenden</translation>
    </message>
    <message>
        <source>Expected revenue a year at a spend x: baseline + ceiling · (1 − e^(−x / scale)).</source>
        <translation>Erwarteter Jahresumsatz bei Ausgaben x: Grundniveau + Obergrenze · (1 − e^(−x / Skala)).</translation>
    </message>
    <message>
        <source>%1 returns %2</source>
        <translation>%1 bringt %2</translation>
    </message>
    <message>
        <source>At a spend of %1.</source>
        <translation>Bei Ausgaben von %1.</translation>
    </message>
</context>
<context>
    <name>ps::DealLogModel</name>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Von Hand gesetzt</translation>
    </message>
    <message>
        <source>From the buyer&apos;s industry, size and region (%1, %2, %3 employees)</source>
        <translation>Aus Branche, Größe und Region des Einkäufers (%1, %2, %3 Mitarbeitende)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Double-click to edit the partners and what each did</source>
        <translation>Doppelklicken, um die Partner und ihren jeweiligen Beitrag zu bearbeiten</translation>
    </message>
    <message>
        <source>Each partner&apos;s share of a won deal: the amount split equally among its partners</source>
        <translation>Anteil jedes Partners an einem gewonnenen Deal: der Betrag zu gleichen Teilen auf seine Partner aufgeteilt</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Attributed each</source>
        <translation>Je Partner zugerechnet</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>CRM-Datensatz</translation>
    </message>
</context>
<context>
    <name>ps::DealPartnersDialog</name>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Partners of %1</source>
        <translation>Partner von %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role in the CRM</source>
        <translation>Rolle im CRM</translation>
    </message>
    <message>
        <source>Partners of the deal</source>
        <translation>Partner des Deals</translation>
    </message>
    <message>
        <source>A partner sourced the deal when it brought the opportunity; it influenced it when it helped win a deal someone else found.</source>
        <translation>Ein Partner hat den Deal akquiriert, wenn er die Verkaufschance eingebracht hat; er hat ihn beeinflusst, wenn er geholfen hat, einen Deal zu gewinnen, den jemand anderes gefunden hat.</translation>
    </message>
    <message>
        <source>A direct deal: no partner is credited.</source>
        <translation>Ein direkter Deal: Keinem Partner wird etwas zugerechnet.</translation>
    </message>
    <message numerus="yes">
        <source>If won, each partner is credited %1 of the %2 (the amount split equally among %n partner(s)).</source>
        <translation>
            <numerusform>Bei Gewinn werden jedem Partner %1 der %2 zugerechnet (der Betrag zu gleichen Teilen auf %n Partner aufgeteilt).</numerusform>
            <numerusform>Bei Gewinn werden jedem Partner %1 der %2 zugerechnet (der Betrag zu gleichen Teilen auf %n Partner aufgeteilt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::DecisionOverlay</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>Nächster &amp;Schritt</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Enter saves the details · Esc closes without them · Ctrl+Z takes the decision back</source>
        <translation>Enter speichert die Angaben · Esc schließt ohne sie · Ctrl+Z nimmt die Entscheidung zurück</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>ps::EconomicsDashboard</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>OEM-Deals</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Aktive Partner</translation>
    </message>
    <message>
        <source>Share of enrolled partners with at least one commercial activity this quarter</source>
        <translation>Anteil der aufgenommenen Partner mit mindestens einer kommerziellen Aktivität in diesem Quartal</translation>
    </message>
    <message>
        <source>Days to first deal activity</source>
        <translation>Tage bis zur ersten Deal-Aktivität</translation>
    </message>
    <message>
        <source>Median days from enrolment to the first commercial activity</source>
        <translation>Median der Tage von der Aufnahme bis zur ersten kommerziellen Aktivität</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <source>Share of last year&apos;s active partners still active in the last twelve months</source>
        <translation>Anteil der im Vorjahr aktiven Partner, die in den letzten zwölf Monaten noch aktiv sind</translation>
    </message>
    <message>
        <source>Partner-influenced pipeline</source>
        <translation>Partnerbeeinflusste Pipeline</translation>
    </message>
    <message>
        <source>Partner-influenced share of the open pipeline</source>
        <translation>Partnerbeeinflusster Anteil der offenen Pipeline</translation>
    </message>
    <message>
        <source>Concentration (HHI)</source>
        <translation>Konzentration (HHI)</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index of partner-influenced revenue, 0-10,000</source>
        <translation>Herfindahl-Hirschman-Index des partnerbeeinflussten Umsatzes, 0–10.000</translation>
    </message>
    <message>
        <source>Win rate partner / direct</source>
        <translation>Gewinnquote Partner / direkt</translation>
    </message>
    <message>
        <source>Won of closed deals, partner-influenced against direct</source>
        <translation>Gewonnene unter den abgeschlossenen Deals, partnerbeeinflusst gegenüber direkt</translation>
    </message>
    <message>
        <source>Avg won deal partner / direct</source>
        <translation>Ø gewonnener Deal Partner / direkt</translation>
    </message>
    <message>
        <source>Mean amount of won deals, partner-influenced against direct</source>
        <translation>Durchschnittsbetrag gewonnener Deals, partnerbeeinflusst gegenüber direkt</translation>
    </message>
    <message>
        <source>Joint commercial model gaps</source>
        <translation>Lücken im gemeinsamen Geschäftsmodell</translation>
    </message>
    <message>
        <source>Active and onboarding partners with pricing, support, customer success or renewal not agreed</source>
        <translation>Aktive Partner und Partner im Onboarding, bei denen Preisgestaltung, Support, Customer Success oder Verlängerung nicht vereinbart sind</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI nach Partnermodell</translation>
    </message>
    <message>
        <source>Win rate partner vs direct</source>
        <translation>Gewinnquote Partner gegenüber direkt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Ausstiegsrisiko</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>At scale</source>
        <translation>Bei Skalierung</translation>
    </message>
    <message>
        <source>OEM deals summary</source>
        <translation>Übersicht der OEM-Deals</translation>
    </message>
    <message>
        <source>median, enrolment to first commercial activity</source>
        <translation>Median, Aufnahme bis zur ersten kommerziellen Aktivität</translation>
    </message>
    <message>
        <source>of last year&apos;s active partners</source>
        <translation>der im Vorjahr aktiven Partner</translation>
    </message>
    <message>
        <source>open pipeline %1 partner, %2 direct</source>
        <translation>offene Pipeline %1 Partner, %2 direkt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 won, %2 lost with partners; %3 won, %4 lost direct</source>
        <translation>%1 gewonnen, %2 verloren mit Partnern; %3 gewonnen, %4 verloren direkt</translation>
    </message>
    <message numerus="yes">
        <source>partners, %n open item(s)</source>
        <translation>
            <numerusform>Partner, %n offener Punkt</numerusform>
            <numerusform>Partner, %n offene Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 4 — likely a distraction</source>
        <translation>%1 von 4 — wahrscheinlich eine Ablenkung</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Exklusivitätsfalle</translation>
    </message>
    <message>
        <source>Invalid terms</source>
        <translation>Ungültige Konditionen</translation>
    </message>
    <message>
        <source>No volumes</source>
        <translation>Keine Volumen</translation>
    </message>
    <message>
        <source>Breaks at scale</source>
        <translation>Bricht bei Skalierung ein</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Hält</translation>
    </message>
    <message>
        <source>Program economics</source>
        <translation>Programmwirtschaftlichkeit</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln partners since %2</source>
        <translation>
            <numerusform>%1 von %Ln Partner seit %2</numerusform>
            <numerusform>%1 von %Ln Partnern seit %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::EconomicsPage</name>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Deal log</source>
        <translation>Deal-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;OEM deals</source>
        <translation>&amp;OEM-Deals</translation>
    </message>
    <message>
        <source>&amp;Royalty simulator</source>
        <translation>&amp;Lizenzgebührensimulator</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>Pro&amp;tokolle</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Wirkung</translation>
    </message>
    <message>
        <source>Investment history</source>
        <translation>Investitionsverlauf</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Ha&amp;ndlungsbedarf</translation>
    </message>
    <message>
        <source>Needs &amp;attention (%1)</source>
        <translation>Ha&amp;ndlungsbedarf (%1)</translation>
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
    <message>
        <source>Marginal bands</source>
        <translation>Marginale Staffeln</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle Einheiten</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>Business Review</translation>
    </message>
    <message>
        <source>Co-marketing</source>
        <translation>Co-Marketing</translation>
    </message>
    <message>
        <source>Lead referred</source>
        <translation>Lead empfohlen</translation>
    </message>
    <message>
        <source>Deal registered</source>
        <translation>Deal registriert</translation>
    </message>
    <message>
        <source>Joint customer call</source>
        <translation>Gemeinsames Kundengespräch</translation>
    </message>
    <message>
        <source>Deal closed</source>
        <translation>Deal abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Akquiriert</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation>Partnerscope</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <source>Contract minimum only</source>
        <translation>Nur vertragliches Minimum</translation>
    </message>
    <message>
        <source>Hold today&apos;s spend</source>
        <translation>Heutige Ausgaben halten</translation>
    </message>
</context>
<context>
    <name>ps::ExchangeWizard</name>
    <message>
        <source>Account-mapping files (*.psx);;All files (*)</source>
        <translation>Account-Mapping-Dateien (*.psx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read (%2).</source>
        <translation>„%1“ konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than any account-mapping file can be.</source>
        <translation>„%1“ ist größer, als eine Account-Mapping-Datei sein kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written (%2).</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Account mapping without sharing the lists</source>
        <translation>Account-Mapping, ohne die Listen zu teilen</translation>
    </message>
    <message>
        <source>Which step?</source>
        <translation>Welcher Schritt?</translation>
    </message>
    <message>
        <source>Two companies learn the accounts they share, and nothing else, by exchanging three files by mail. No server, no third party.</source>
        <translation>Zwei Unternehmen erfahren die Konten, die sie gemeinsam haben, und sonst nichts, indem sie drei Dateien per E-Mail austauschen. Kein Server, kein Dritter.</translation>
    </message>
    <message>
        <source>&amp;1. Make an offer (we start)</source>
        <translation>&amp;1. Angebot erstellen (wir beginnen)</translation>
    </message>
    <message>
        <source>&amp;2. Answer a partner&apos;s offer (the partner started)</source>
        <translation>&amp;2. Angebot eines Partners beantworten (der Partner hat begonnen)</translation>
    </message>
    <message>
        <source>&amp;3. Finish with the partner&apos;s answer (we started)</source>
        <translation>&amp;3. Mit der Antwort des Partners abschließen (wir haben begonnen)</translation>
    </message>
    <message>
        <source>The side that makes the offer learns the shared accounts with the partner&apos;s status for each, and the sizes of the partner&apos;s lists. The side that answers learns only the sizes of the offer&apos;s lists. For both to learn the overlap, each makes an offer.</source>
        <translation>Die Seite, die das Angebot erstellt, erfährt die gemeinsamen Konten mit dem jeweiligen Status beim Partner sowie die Größe der Listen des Partners. Die antwortende Seite erfährt nur die Größe der Listen im Angebot. Damit beide die Überschneidung erfahren, erstellt jede Seite ein Angebot.</translation>
    </message>
    <message>
        <source>Step 1: make an offer</source>
        <translation>Schritt 1: Angebot erstellen</translation>
    </message>
    <message>
        <source>Our registrable domains, blinded with a secret that stays in this portfolio.</source>
        <translation>Unsere registrierbaren Domains, verblindet mit einem Geheimnis, das in diesem Portfolio bleibt.</translation>
    </message>
    <message>
        <source>Our organisation, as the partner sees it:</source>
        <translation>Unsere Organisation, wie der Partner sie sieht:</translation>
    </message>
    <message>
        <source>Offer our:</source>
        <translation>Von uns anbieten:</translation>
    </message>
    <message>
        <source>Save the offer as:</source>
        <translation>Angebot speichern unter:</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>Angebot speichern</translation>
    </message>
    <message>
        <source>The partner cannot read the blinded domains; it learns how many we offer in each list and our organisation&apos;s name. Send the file by mail; the partner answers it (step 2) and sends the answer back for step 3. Accounts without a website are not offered: the exchange matches on domains only.</source>
        <translation>Der Partner kann die verblindeten Domains nicht lesen; er erfährt, wie viele wir in jeder Liste anbieten, und den Namen unserer Organisation. Senden Sie die Datei per E-Mail; der Partner beantwortet sie (Schritt 2) und schickt die Antwort für Schritt 3 zurück. Konten ohne Website werden nicht angeboten: Der Abgleich erfolgt nur über Domains.</translation>
    </message>
    <message>
        <source>Step 2: answer a partner&apos;s offer</source>
        <translation>Schritt 2: Angebot eines Partners beantworten</translation>
    </message>
    <message>
        <source>Blind the partner&apos;s points again, and our own domains, for the partner to compare.</source>
        <translation>Die Punkte des Partners erneut verblinden, ebenso unsere eigenen Domains, damit der Partner vergleichen kann.</translation>
    </message>
    <message>
        <source>The partner&apos;s offer:</source>
        <translation>Angebot des Partners:</translation>
    </message>
    <message>
        <source>Open the offer</source>
        <translation>Angebot öffnen</translation>
    </message>
    <message>
        <source>Reveal our:</source>
        <translation>Von uns offenlegen:</translation>
    </message>
    <message>
        <source>Save the answer as:</source>
        <translation>Antwort speichern unter:</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>The partner learns which of its offered accounts are among the lists we reveal, with their status, and how many domains each of our lists holds; nothing about our other accounts. We learn only the sizes of the partner&apos;s lists. An offer is answered once: compare its sizes with what was agreed before answering.</source>
        <translation>Der Partner erfährt, welche seiner angebotenen Konten in den von uns offengelegten Listen stehen, mit ihrem Status, und wie viele Domains jede unserer Listen enthält; nichts über unsere übrigen Konten. Wir erfahren nur die Größe der Listen des Partners. Ein Angebot wird nur einmal beantwortet: Vergleichen Sie vor dem Antworten seine Größen mit dem Vereinbarten.</translation>
    </message>
    <message>
        <source>Step 3: finish with the partner&apos;s answer</source>
        <translation>Schritt 3: Mit der Antwort des Partners abschließen</translation>
    </message>
    <message>
        <source>Compare: the shared accounts become the partner&apos;s newest list.</source>
        <translation>Vergleichen: Die gemeinsamen Konten werden zur neuesten Liste des Partners.</translation>
    </message>
    <message>
        <source>The partner&apos;s answer:</source>
        <translation>Antwort des Partners:</translation>
    </message>
    <message>
        <source>Open the answer</source>
        <translation>Antwort öffnen</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>We learn each shared account (by its registrable domain) with the partner&apos;s status for it, and the sizes of the partner&apos;s lists; nothing about its other accounts. The result is stored like an imported list of the partner, dated today, and the exchange&apos;s secret is wiped so that the answer cannot be replayed.</source>
        <translation>Wir erfahren jedes gemeinsame Konto (über seine registrierbare Domain) mit seinem Status beim Partner sowie die Größe der Listen des Partners; nichts über dessen übrige Konten. Das Ergebnis wird wie eine importierte Liste des Partners mit dem heutigen Datum gespeichert, und das Geheimnis des Abgleichs wird gelöscht, damit die Antwort nicht erneut verwendet werden kann.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel the step</source>
        <translation>Schritt abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n blinded domain(s) (%2).</source>
        <translation>
            <numerusform>%1 bietet %n verblindete Domain an (%2).</numerusform>
            <numerusform>%1 bietet %n verblindete Domains an (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import our accounts first.</source>
        <translation>Importieren Sie zuerst die eigenen Konten.</translation>
    </message>
    <message>
        <source>Blinding our domains…</source>
        <translation>Unsere Domains werden verblindet…</translation>
    </message>
    <message>
        <source>Blinding the partner&apos;s points and our domains…</source>
        <translation>Punkte des Partners und unsere Domains werden verblindet…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or stored.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben oder gespeichert.</translation>
    </message>
    <message>
        <source>Make an account-mapping offer</source>
        <translation>Account-Mapping-Angebot erstellen</translation>
    </message>
    <message numerus="yes">
        <source>The offer holds %n blinded domain(s) (%1). Send &quot;%2&quot; to the partner; when its answer comes back, run step 3.</source>
        <translation>
            <numerusform>Das Angebot enthält %n verblindete Domain (%1). Senden Sie „%2“ an den Partner; wenn seine Antwort zurückkommt, führen Sie Schritt 3 aus.</numerusform>
            <numerusform>Das Angebot enthält %n verblindete Domains (%1). Senden Sie „%2“ an den Partner; wenn seine Antwort zurückkommt, führen Sie Schritt 3 aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the offer of %1</source>
        <translation>Angebot von %1 beantworten</translation>
    </message>
    <message>
        <source>Answered the offer of %1 (%2). Send &quot;%3&quot; back to them.</source>
        <translation>Angebot von %1 beantwortet (%2). Senden Sie „%3“ an den Partner zurück.</translation>
    </message>
    <message>
        <source>Finish the account mapping with %1</source>
        <translation>Account-Mapping mit %1 abschließen</translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) with %1, of %2 we offered and %3 they revealed. They are stored as the newest list of %4: the Accounts page shows the overlap.</source>
        <translation>
            <numerusform>%n gemeinsames Konto mit %1, bei %2 von uns angebotenen und %3 vom Partner offengelegten. Es ist als neueste Liste von %4 gespeichert: Die Seite Konten zeigt die Überschneidung.</numerusform>
            <numerusform>%n gemeinsame Konten mit %1, bei %2 von uns angebotenen und %3 vom Partner offengelegten. Sie sind als neueste Liste von %4 gespeichert: Die Seite Konten zeigt die Überschneidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The step did not complete.</source>
        <translation>Der Schritt wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Back withdraws this step (its file is removed) to redo it.</source>
        <translation>Zurück nimmt diesen Schritt zurück (seine Datei wird entfernt), um ihn neu auszuführen.</translation>
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
    <name>ps::Fields</name>
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
        <translation>Bezug über</translation>
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
        <translation>Priorität</translation>
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
        <source>Tier mode</source>
        <translation>Staffelmodus</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten pro Einheit</translation>
    </message>
    <message>
        <source>Minimum margin per unit</source>
        <translation>Mindestmarge pro Einheit</translation>
    </message>
    <message>
        <source>Units per year</source>
        <translation>Einheiten pro Jahr</translation>
    </message>
    <message>
        <source>Brand owner</source>
        <translation>Markeninhaber</translation>
    </message>
    <message>
        <source>Joint roadmap review</source>
        <translation>Gemeinsame Roadmap-Überprüfung</translation>
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
        <source>Minimum closed deals</source>
        <translation>Mindestzahl abgeschlossener Deals</translation>
    </message>
    <message>
        <source>Contract minimum</source>
        <translation>Vertragliches Minimum</translation>
    </message>
</context>
<context>
    <name>ps::GapCandidates</name>
    <message>
        <source>Fits industry %1 and region %2</source>
        <translation>Passt zu Branche %1 und Region %2</translation>
    </message>
    <message>
        <source>Fits industry %1</source>
        <translation>Passt zu Branche %1</translation>
    </message>
    <message>
        <source>Fits region %1</source>
        <translation>Passt zu Region %1</translation>
    </message>
    <message>
        <source>no link yet</source>
        <translation>noch keine Verbindung</translation>
    </message>
    <message>
        <source>weak link (%1, strength %2)</source>
        <translation>schwache Verbindung (%1, Stärke %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with its buyers</source>
        <translation>
            <numerusform>%n Deal mit seinen Einkäufern</numerusform>
            <numerusform>%n Deals mit seinen Einkäufern</numerusform>
        </translation>
    </message>
    <message>
        <source>market reach %1/5</source>
        <translation>Marktreichweite %1/5</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Added to close a coverage gap: %1</source>
        <translation>Hinzugefügt, um eine Abdeckungslücke zu schließen: %1</translation>
    </message>
</context>
<context>
    <name>ps::GroupAhp</name>
    <message>
        <source>There are no judgments yet.</source>
        <translation>Es gibt noch keine Urteile.</translation>
    </message>
    <message>
        <source>Matrix %1 compares %2 criteria; the first compares %3.</source>
        <translation>Matrix %1 vergleicht %2 Kriterien; die erste vergleicht %3.</translation>
    </message>
    <message>
        <source>Matrix %1: %2</source>
        <translation>Matrix %1: %2</translation>
    </message>
</context>
<context>
    <name>ps::GroupWeightsView</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Room (AIJ)</source>
        <translation>Runde (AIJ)</translation>
    </message>
    <message>
        <source>Aggregated individual judgments (AIJ): the group weights</source>
        <translation>Aggregierte Einzelurteile (AIJ): die Gruppengewichte</translation>
    </message>
    <message>
        <source>AIP</source>
        <translation>AIP</translation>
    </message>
    <message>
        <source>Aggregated individual priorities, shown for comparison</source>
        <translation>Aggregierte Einzelprioritäten, zum Vergleich angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered</source>
        <translation>
            <numerusform>%1 von %n fertig beantwortet</numerusform>
            <numerusform>%1 von %n fertig beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in progress</source>
        <translation>
            <numerusform>, %n in Bearbeitung</numerusform>
            <numerusform>, %n in Bearbeitung</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus –</source>
        <translation>Konsens –</translation>
    </message>
    <message>
        <source>Waiting for the first complete set of comparisons.</source>
        <translation>Warten auf den ersten vollständigen Satz von Vergleichen.</translation>
    </message>
    <message>
        <source>Consensus %1</source>
        <translation>Konsens %1</translation>
    </message>
    <message>
        <source>One participant so far: no consensus to measure yet.</source>
        <translation>Bisher nur ein Teilnehmer: noch kein Konsens messbar.</translation>
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
    <name>ps::HelpDialogs</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Partnerscope User Guide</source>
        <translation>Partnerscope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Influence map: zoom in, zoom out</source>
        <translation>Einflusskarte: vergrößern, verkleinern</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Influence map: fit the map</source>
        <translation>Einflusskarte: Karte einpassen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>Influence map: pan</source>
        <translation>Einflusskarte: verschieben</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Influence map: find a partner</source>
        <translation>Einflusskarte: Partner suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Influence map: clear the selection</source>
        <translation>Einflusskarte: Auswahl aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Workshop: next step, previous step</source>
        <translation>Workshop: nächster Schritt, vorheriger Schritt</translation>
    </message>
    <message>
        <source>Right or Page Down, Left or Page Up</source>
        <translation>Rechts oder Bild ab, Links oder Bild auf</translation>
    </message>
    <message>
        <source>Workshop: first step, last step</source>
        <translation>Workshop: erster Schritt, letzter Schritt</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>Workshop: scenario A, scenario B, switch</source>
        <translation>Workshop: Szenario A, Szenario B, wechseln</translation>
    </message>
    <message>
        <source>A, B, Tab</source>
        <translation>A, B, Tab</translation>
    </message>
    <message>
        <source>Workshop: next partner, previous partner, clear the spotlight</source>
        <translation>Workshop: nächster Partner, vorheriger Partner, Hervorhebung aufheben</translation>
    </message>
    <message>
        <source>N, P, C</source>
        <translation>N, P, C</translation>
    </message>
    <message>
        <source>Workshop: find a partner</source>
        <translation>Workshop: Partner suchen</translation>
    </message>
    <message>
        <source>/ or Ctrl+F</source>
        <translation>/ oder Strg+F</translation>
    </message>
    <message>
        <source>Workshop: record a decision</source>
        <translation>Workshop: Entscheidung festhalten</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Workshop: next screen</source>
        <translation>Workshop: nächster Bildschirm</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Workshop: export the summary (decisions step)</source>
        <translation>Workshop: Zusammenfassung exportieren (Entscheidungs-Schritt)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Workshop: budget up, down (plan step)</source>
        <translation>Workshop: Budget erhöhen, senken (Plan-Schritt)</translation>
    </message>
    <message>
        <source>Workshop: undo, redo</source>
        <translation>Workshop: rückgängig, wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Y</source>
        <translation>Strg+Z, Strg+Y</translation>
    </message>
    <message>
        <source>Workshop: leave</source>
        <translation>Workshop: verlassen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Workshop: show or hide the weights and legend (matrix step)</source>
        <translation>Workshop: Gewichte und Legende ein- oder ausblenden (Matrix-Schritt)</translation>
    </message>
    <message>
        <source>Workshop: heatmap or map overview (map step)</source>
        <translation>Workshop: Heatmap oder Kartenübersicht (Karten-Schritt)</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
</context>
<context>
    <name>ps::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Änderungshistorie von %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>No changes recorded on the server yet.</source>
        <translation>Auf dem Server sind noch keine Änderungen erfasst.</translation>
    </message>
</context>
<context>
    <name>ps::IcpFocusPanel</name>
    <message>
        <source>Linked partners, strongest first:</source>
        <translation>Verknüpfte Partner, stärkste zuerst:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Verknüpfte Partner</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Candidates to close the gap</source>
        <translation>Kandidaten zum Schließen der Lücke</translation>
    </message>
    <message>
        <source>Focus on ICP</source>
        <translation>Fokus auf ICP</translation>
    </message>
    <message>
        <source>Focus o&amp;n ICP:</source>
        <translation>Fokus auf &amp;ICP:</translation>
    </message>
    <message>
        <source>Partners whose industries and regions fit this ICP and that reach it weakly or not at all, best first</source>
        <translation>Partner, deren Branchen und Regionen zu diesem ICP passen und die es schwach oder gar nicht erreichen, beste zuerst</translation>
    </message>
    <message>
        <source>(choose an ICP)</source>
        <translation>(ICP wählen)</translation>
    </message>
    <message>
        <source>Choose an ICP here, or click one on the map or in the coverage table, to see its partners and, for a gap, who could close it.</source>
        <translation>Wählen Sie hier ein ICP oder klicken Sie eines auf der Karte oder in der Abdeckungstabelle an, um seine Partner zu sehen und, bei einer Lücke, wer sie schließen könnte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a gap: no partner reaches it strongly (influence %2 of 100, %n partner(s) linked).</source>
        <translation>
            <numerusform>%1 ist eine Lücke: Kein Partner erreicht es stark (Einfluss %2 von 100, %n Partner verknüpft).</numerusform>
            <numerusform>%1 ist eine Lücke: Kein Partner erreicht es stark (Einfluss %2 von 100, %n Partner verknüpft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: influence %2 of 100, %n strong partner(s).</source>
        <translation>
            <numerusform>%1: Einfluss %2 von 100, %n starker Partner.</numerusform>
            <numerusform>%1: Einfluss %2 von 100, %n starke Partner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner fits this ICP&apos;s industries and regions without a strong link.</source>
        <translation>Kein Partner ohne starke Verbindung passt zu den Branchen und Regionen dieses ICP.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could close the gap, best first:</source>
        <translation>
            <numerusform>%n Partner könnte die Lücke schließen, beste zuerst:</numerusform>
            <numerusform>%n Partner könnten die Lücke schließen, beste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>Strengthen link</source>
        <translation>Verbindung stärken</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Add a link from %1 to %2</source>
        <translation>Verbindung von %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Raise the existing link to strength %1 (undo takes it back)</source>
        <translation>Die bestehende Verbindung auf Stärke %1 anheben (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Add an Influences link of strength %1 (undo takes it back)</source>
        <translation>Eine Verbindung „Beeinflusst die Entscheidung“ mit Stärke %1 hinzufügen (Rückgängig nimmt sie zurück)</translation>
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
    <name>ps::ImpactView</name>
    <message>
        <source>Minimum closed deals</source>
        <translation>Mindestzahl abgeschlossener Deals</translation>
    </message>
    <message>
        <source>Below this many closed deals a win rate, average won deal or sales cycle says &quot;not enough deals&quot;; scores use a partner&apos;s deals as evidence from this many on.</source>
        <translation>Unterhalb dieser Zahl abgeschlossener Deals zeigen Gewinnquote, durchschnittlicher gewonnener Deal und Vertriebszyklus „zu wenige Deals“; ab dieser Zahl verwenden die Scores die Deals eines Partners als Grundlage.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner models</source>
        <translation>Partnermodelle</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>ICPs</source>
        <translation>ICPs</translation>
    </message>
    <message>
        <source>Group the table by</source>
        <translation>Tabelle gruppieren nach</translation>
    </message>
    <message>
        <source>Win rate with and without partners, by model</source>
        <translation>Gewinnquote mit und ohne Partner, nach Modell</translation>
    </message>
    <message>
        <source>Sales cycle with and without partners, by model</source>
        <translation>Vertriebszyklus mit und ohne Partner, nach Modell</translation>
    </message>
    <message>
        <source>Partner impact</source>
        <translation>Partnerwirkung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>vs direct (90%)</source>
        <translation>ggü. direkt (90 %)</translation>
    </message>
    <message>
        <source>Avg won</source>
        <translation>Ø gewonnen</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>Zyklus (Tage)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Akquiriert</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Attributed won</source>
        <translation>Zugerechnet gewonnen</translation>
    </message>
    <message>
        <source>Rates need at least</source>
        <translation>Quoten erst ab</translation>
    </message>
    <message>
        <source>closed deals.</source>
        <translation>abgeschlossenen Deals.</translation>
    </message>
    <message>
        <source>&amp;Table by:</source>
        <translation>Tabelle &amp;nach:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>zu wenige Deals</translation>
    </message>
    <message>
        <source>Deals with partners: %1 (%2 won, %3 lost), win rate %4; direct: %5 (%6 won, %7 lost), win rate %8.</source>
        <translation>Deals mit Partnern: %1 (%2 gewonnen, %3 verloren), Gewinnquote %4; direkt: %5 (%6 gewonnen, %7 verloren), Gewinnquote %8.</translation>
    </message>
    <message>
        <source>Partners change the win rate by %1 points (90% interval %2 to %3).</source>
        <translation>Partner verändern die Gewinnquote um %1 Prozentpunkte (90-%-Intervall %2 bis %3).</translation>
    </message>
    <message>
        <source>Partner-involved share of the open pipeline: %1.</source>
        <translation>Anteil der offenen Pipeline mit Partnerbeteiligung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partner-sourced new customers: %n.</source>
        <translation>
            <numerusform>Von Partnern akquirierte Neukunden: %n.</numerusform>
            <numerusform>Von Partnern akquirierte Neukunden: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
</context>
<context>
    <name>ps::Import</name>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Account-Verantwortlicher</translation>
    </message>
    <message>
        <source>Company owner</source>
        <translation>Firmenverantwortlicher</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows.</source>
        <translation>Die Datei hat mehr als %L1 Zeilen.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>A row has more than %L1 columns.</source>
        <translation>Eine Zeile hat mehr als %L1 Spalten.</translation>
    </message>
    <message>
        <source>A field is longer than %L1 characters.</source>
        <translation>Ein Feld ist länger als %L1 Zeichen.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation>Ein hier beginnendes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %L1 MiB.</source>
        <translation>Die Datei ist größer als %L1 MiB.</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>Anhand der Spaltenüberschriften erkennen</translation>
    </message>
    <message>
        <source>Salesforce accounts</source>
        <translation>Salesforce-Accounts</translation>
    </message>
    <message>
        <source>HubSpot companies</source>
        <translation>HubSpot-Unternehmen</translation>
    </message>
    <message>
        <source>Partnerscope CSV</source>
        <translation>Partnerscope-CSV</translation>
    </message>
    <message>
        <source>Other (match headers by name)</source>
        <translation>Andere (Spaltenüberschriften nach Namen zuordnen)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The row has more cells than the header; the extra cells are ignored.</source>
        <translation>Die Zeile hat mehr Zellen als die Kopfzeile; die zusätzlichen Zellen werden ignoriert.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known partner model; the partner needs classification.</source>
        <translation>%1 „%2“ ist kein bekanntes Partnermodell; der Partner muss klassifiziert werden.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1 „%2“ ist keiner der Werte: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a rating from 1 to 5.</source>
        <translation>%1 „%2“ ist keine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1 „%2“ ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not be negative.</source>
        <translation>%1 „%2“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no.</source>
        <translation>%1 „%2“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a weight from 0 to 10.</source>
        <translation>%1 „%2“ ist kein Gewicht von 0 bis 10.</translation>
    </message>
    <message>
        <source>ICP &quot;%1&quot; is not in the portfolio.</source>
        <translation>ICP „%1“ ist nicht im Portfolio.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; is not in the portfolio.</source>
        <translation>Partner „%1“ ist nicht im Portfolio.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a strength from 0 to 5.</source>
        <translation>%1 „%2“ ist keine Stärke von 0 bis 5.</translation>
    </message>
    <message>
        <source>The ICP is missing.</source>
        <translation>Das ICP fehlt.</translation>
    </message>
    <message>
        <source>The partner is missing.</source>
        <translation>Der Partner fehlt.</translation>
    </message>
    <message>
        <source>The file is not text: it contains NUL bytes.</source>
        <translation>Die Datei ist kein Text: Sie enthält NUL-Bytes.</translation>
    </message>
    <message>
        <source>The file is not text: it contains control characters (code %1).</source>
        <translation>Die Datei ist kein Text: Sie enthält Steuerzeichen (Code %1).</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (mit BOM)</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>The file is not text: it is a ZIP archive, perhaps an Excel workbook. Save it as CSV first.</source>
        <translation>Die Datei ist kein Text: Sie ist ein ZIP-Archiv, vielleicht eine Excel-Arbeitsmappe. Speichern Sie sie zuerst als CSV.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Die Datei ist kein gültiger UTF-16-Text.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>The kind of activity is missing.</source>
        <translation>Die Art der Aktivität fehlt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known kind of activity (%3).</source>
        <translation>%1 „%2“ ist keine bekannte Art von Aktivität (%3).</translation>
    </message>
    <message>
        <source>The opportunity id is missing.</source>
        <translation>Die Opportunity-ID fehlt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not true or false.</source>
        <translation>%1 „%2“ ist weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>Opportunity &quot;%1&quot; is not in the deals file.</source>
        <translation>Opportunity „%1“ ist nicht in der Deal-Datei.</translation>
    </message>
    <message>
        <source>No partner in the portfolio has the CRM id &quot;%1&quot;.</source>
        <translation>Kein Partner im Portfolio hat die CRM-ID „%1“.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of employees.</source>
        <translation>%1 „%2“ ist keine Mitarbeiterzahl.</translation>
    </message>
    <message>
        <source>The deal is closed but has no close date.</source>
        <translation>Der Deal ist abgeschlossen, hat aber kein Abschlussdatum.</translation>
    </message>
    <message>
        <source>The deal closes before it was created.</source>
        <translation>Der Deal wird abgeschlossen, bevor er angelegt wurde.</translation>
    </message>
    <message>
        <source>The deal name is missing.</source>
        <translation>Der Deal-Name fehlt.</translation>
    </message>
    <message>
        <source>Partner account &quot;%1&quot; (line %2 of the opportunity partners) is not in the portfolio.</source>
        <translation>Partner-Account „%1“ (Zeile %2 der Opportunity-Partner) ist nicht im Portfolio.</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Deal-Name</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Won (yes/no)</source>
        <translation>Gewonnen (ja/nein)</translation>
    </message>
    <message>
        <source>Closed (yes/no)</source>
        <translation>Abgeschlossen (ja/nein)</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Buyer account</source>
        <translation>Account des Einkäufers</translation>
    </message>
    <message>
        <source>Buyer account id</source>
        <translation>Account-ID des Einkäufers</translation>
    </message>
    <message>
        <source>Partners (names)</source>
        <translation>Partner (Namen)</translation>
    </message>
    <message>
        <source>Partners (CRM ids)</source>
        <translation>Partner (CRM-IDs)</translation>
    </message>
    <message>
        <source>Associated companies (names)</source>
        <translation>Zugeordnete Unternehmen (Namen)</translation>
    </message>
    <message>
        <source>Associated companies (CRM ids)</source>
        <translation>Zugeordnete Unternehmen (CRM-IDs)</translation>
    </message>
    <message>
        <source>Partner role (sourced/influenced)</source>
        <translation>Partnerrolle (akquiriert/beeinflusst)</translation>
    </message>
    <message>
        <source>Buyer industry</source>
        <translation>Branche des Einkäufers</translation>
    </message>
    <message>
        <source>Buyer country or region</source>
        <translation>Land oder Region des Einkäufers</translation>
    </message>
    <message>
        <source>Buyer employees</source>
        <translation>Mitarbeitende des Einkäufers</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Deal (CRM id)</source>
        <translation>Deal (CRM-ID)</translation>
    </message>
    <message>
        <source>Partner (CRM id)</source>
        <translation>Partner (CRM-ID)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Primary (yes/no)</source>
        <translation>Primär (ja/nein)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Salesforce opportunities</source>
        <translation>Salesforce-Opportunities</translation>
    </message>
    <message>
        <source>HubSpot deals</source>
        <translation>HubSpot-Deals</translation>
    </message>
    <message>
        <source>Salesforce opportunity partners</source>
        <translation>Salesforce-Opportunity-Partner</translation>
    </message>
    <message>
        <source>Salesforce tasks and events</source>
        <translation>Salesforce-Aufgaben und -Ereignisse</translation>
    </message>
    <message>
        <source>HubSpot activities</source>
        <translation>HubSpot-Aktivitäten</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (such as 2025-03-31).</source>
        <translation>%1 „%2“ ist kein Datum (wie 2025-03-31).</translation>
    </message>
</context>
<context>
    <name>ps::ImportDuplicatesPage</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Mit bestehendem zusammenführen</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Als neu hinzufügen</translation>
    </message>
    <message>
        <source>line %1 of the file: %2</source>
        <translation>Zeile %1 der Datei: %2</translation>
    </message>
    <message>
        <source>Same website domain</source>
        <translation>Gleiche Website-Domain</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Gleicher Name</translation>
    </message>
    <message>
        <source>Same ICP and partner</source>
        <translation>Gleiches ICP und gleicher Partner</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Übereinstimmung nach</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>For all duplicates:</source>
        <translation>Für alle Duplikate:</translation>
    </message>
    <message>
        <source>Action for line %1</source>
        <translation>Aktion für Zeile %1</translation>
    </message>
    <message>
        <source>No duplicates: every row is new.</source>
        <translation>Keine Duplikate: Jede Zeile ist neu.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows duplicate an existing entry or an earlier row. Skipped rows are not imported.</source>
        <translation>
            <numerusform>%n Zeile dupliziert einen bestehenden Eintrag oder eine frühere Zeile. Übersprungene Zeilen werden nicht importiert.</numerusform>
            <numerusform>%n Zeilen duplizieren einen bestehenden Eintrag oder eine frühere Zeile. Übersprungene Zeilen werden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update from the file</source>
        <translation>Aus der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Same CRM record</source>
        <translation>Gleicher CRM-Datensatz</translation>
    </message>
    <message>
        <source>Same name and date</source>
        <translation>Gleicher Name und gleiches Datum</translation>
    </message>
    <message>
        <source>Rows that match an entry of the portfolio or an earlier row of the file: by CRM record id first, then website domain or name. Update writes the file&apos;s values over the entry&apos;s (the default for the same CRM record); merge fills only its empty fields.</source>
        <translation>Zeilen, die einem Eintrag des Portfolios oder einer früheren Zeile der Datei entsprechen: zuerst nach CRM-Datensatz-ID, dann nach Website-Domain oder Name. Aktualisieren überschreibt die Werte des Eintrags mit denen der Datei (Standard beim gleichen CRM-Datensatz); Zusammenführen füllt nur seine leeren Felder.</translation>
    </message>
</context>
<context>
    <name>ps::ImportFilePage</name>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose a CSV export (Salesforce, HubSpot, Partnerscope or any table) and check that it reads correctly. Nothing changes until you click Import.</source>
        <translation>Wählen Sie einen CSV-Export (Salesforce, HubSpot, Partnerscope oder eine beliebige Tabelle) und prüfen Sie, ob er korrekt gelesen wird. Nichts ändert sich, bis Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Ideal customer profiles (ICPs)</source>
        <translation>Idealkundenprofile (ICPs)</translation>
    </message>
    <message>
        <source>Influence links (ICP to partner)</source>
        <translation>Einflussverbindungen (ICP zu Partner)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>I&amp;mport as:</source>
        <translation>I&amp;mportieren als:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Vorschau der ersten Zeilen:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Erkennen (gefunden: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n data rows and %1 columns.</source>
        <translation>
            <numerusform>%n Datenzeile und %1 Spalten.</numerusform>
            <numerusform>%n Datenzeilen und %1 Spalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file chosen yet. You can also drop a CSV file on the main window.</source>
        <translation>Noch keine Datei gewählt. Sie können eine CSV-Datei auch auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>Optional: Salesforce&apos;s OpportunityPartner export</source>
        <translation>Optional: der OpportunityPartner-Export von Salesforce</translation>
    </message>
    <message>
        <source>Opportunity partners file</source>
        <translation>Datei der Opportunity-Partner</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Partners on deals:</source>
        <translation>&amp;Partner der Deals:</translation>
    </message>
    <message>
        <source>Deals (opportunities) with their partners</source>
        <translation>Deals (Opportunities) mit ihren Partnern</translation>
    </message>
    <message>
        <source>Activities (tasks, events, calls)</source>
        <translation>Aktivitäten (Aufgaben, Ereignisse, Anrufe)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity-partner rows.</source>
        <translation>
            <numerusform>%n Opportunity-Partner-Zeile.</numerusform>
            <numerusform>%n Opportunity-Partner-Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without it, partners come from the deals file&apos;s own columns (HubSpot&apos;s associated companies, a Partner column).</source>
        <translation>Ohne sie stammen die Partner aus den eigenen Spalten der Deal-Datei (zugeordnete Unternehmen bei HubSpot, eine Spalte Partner).</translation>
    </message>
</context>
<context>
    <name>ps::ImportMappingPage</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which field each column of the file fills. A preset knows the CRM&apos;s export layout; other columns are matched by their names.</source>
        <translation>Welches Feld jede Spalte der Datei füllt. Eine Vorlage kennt das Exportlayout des CRM; andere Spalten werden über ihre Namen zugeordnet.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Auto (found: %1)</source>
        <translation>Automatisch (gefunden: %1)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Line in Notes: %1</source>
        <translation>Zeile in Notizen: %1</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>von Ihnen geändert</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n columns matched automatically; unmatched columns are ignored unless you choose a field.</source>
        <translation>
            <numerusform>%1 von %n Spalte automatisch zugeordnet; nicht zugeordnete Spalten werden ignoriert, sofern Sie kein Feld wählen.</numerusform>
            <numerusform>%1 von %n Spalten automatisch zugeordnet; nicht zugeordnete Spalten werden ignoriert, sofern Sie kein Feld wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 read as 4 March (month first) or as 3 April (day first). Dates written 2025-04-03 or 03.04.2025 are always clear.</source>
        <translation>Datumsangaben wie 03/04/2025 lesen sich als 4. März (Monat zuerst) oder als 3. April (Tag zuerst). Datumsangaben wie 2025-04-03 oder 03.04.2025 sind immer eindeutig.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Detect (found: day first)</source>
        <translation>Erkennen (gefunden: Tag zuerst)</translation>
    </message>
    <message>
        <source>Detect (found: month first)</source>
        <translation>Erkennen (gefunden: Monat zuerst)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Tag zuerst (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Monat zuerst (12/31/2025)</translation>
    </message>
    <message numerus="yes">
        <source>Partners on deals come from %1: %n rows, by opportunity id and partner account id.</source>
        <translation>
            <numerusform>Die Partner der Deals stammen aus %1: %n Zeile, nach Opportunity-ID und Account-ID des Partners.</numerusform>
            <numerusform>Die Partner der Deals stammen aus %1: %n Zeilen, nach Opportunity-ID und Account-ID des Partners.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record id in the CRM</source>
        <translation>Datensatz-ID im CRM</translation>
    </message>
    <message>
        <source>How does the file write dates?</source>
        <translation>Wie schreibt die Datei Datumsangaben?</translation>
    </message>
    <message>
        <source>Detect (the file does not tell: answer below)</source>
        <translation>Erkennen (die Datei verrät es nicht: unten beantworten)</translation>
    </message>
    <message>
        <source>Dates are read day first: line %1 has %2, which can only be %3.</source>
        <translation>Datumsangaben werden mit dem Tag zuerst gelesen: Zeile %1 enthält %2, was nur %3 sein kann.</translation>
    </message>
    <message>
        <source>Dates are read month first: line %1 has %2, which can only be %3.</source>
        <translation>Datumsangaben werden mit dem Monat zuerst gelesen: Zeile %1 enthält %2, was nur %3 sein kann.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>Dates such as %1 (line %2) read either way, and no row of the file decides. Choose how the file writes them:</source>
        <translation>Datumsangaben wie %1 (Zeile %2) lassen sich auf beide Arten lesen, und keine Zeile der Datei entscheidet es. Wählen Sie, wie die Datei sie schreibt:</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Tag zuerst: %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Monat zuerst: %1</translation>
    </message>
</context>
<context>
    <name>ps::ImportRulesPage</name>
    <message>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Who sourced the deal</source>
        <translation>Wer den Deal akquiriert hat</translation>
    </message>
    <message>
        <source>The primary partner sourced a deal whose lead source &amp;contains:</source>
        <translation>Der primäre Partner hat einen Deal akquiriert, dessen Lead-Quelle Folgendes &amp;enthält:</translation>
    </message>
    <message>
        <source>Lead source words, separated by commas</source>
        <translation>Wörter der Lead-Quelle, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Partner role words, separated by commas</source>
        <translation>Wörter der Partnerrolle, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A partner whose &amp;role contains:</source>
        <translation>Ein Partner, dessen &amp;Rolle Folgendes enthält:</translation>
    </message>
    <message>
        <source>Stages and attribution</source>
        <translation>Phasen und Zurechnung</translation>
    </message>
    <message>
        <source>What each stage of the file means, and which partner sourced a deal. Won and lost deals count for win rates; open ones are pipeline.</source>
        <translation>Was jede Phase der Datei bedeutet und welcher Partner einen Deal akquiriert hat. Gewonnene und verlorene Deals zählen für die Gewinnquoten; offene sind Pipeline.</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Arten von Aktivitäten</translation>
    </message>
    <message>
        <source>What each activity type of the file is. Leads referred, deals registered, joint customer calls and closed deals count as commercial activity.</source>
        <translation>Was jeder Aktivitätstyp der Datei ist. Empfohlene Leads, registrierte Deals, gemeinsame Kundengespräche und abgeschlossene Deals zählen als kommerzielle Aktivität.</translation>
    </message>
    <message>
        <source>Outcome for stage %1</source>
        <translation>Ergebnis für Phase %1</translation>
    </message>
    <message>
        <source>No stage column: the Won and Closed columns decide.</source>
        <translation>Keine Phasenspalte: Die Spalten Gewonnen und Abgeschlossen entscheiden.</translation>
    </message>
    <message>
        <source>No stage column: every deal is read as open.</source>
        <translation>Keine Phasenspalte: Jeder Deal wird als offen gelesen.</translation>
    </message>
    <message>
        <source>The file&apos;s Won and Closed columns decide the outcome; a stage counts where they are empty.</source>
        <translation>Die Spalten Gewonnen und Abgeschlossen der Datei entscheiden über das Ergebnis; wo sie leer sind, zählt die Phase.</translation>
    </message>
    <message numerus="yes">
        <source>%n stages. Stages named won or lost (&quot;Closed Won&quot;, &quot;closedlost&quot;) are recognized; check the others.</source>
        <translation>
            <numerusform>%n Phase. Phasen, die won oder lost heißen („Closed Won“, „closedlost“), werden erkannt; prüfen Sie die übrigen.</numerusform>
            <numerusform>%n Phasen. Phasen, die won oder lost heißen („Closed Won“, „closedlost“), werden erkannt; prüfen Sie die übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerscope does not know this type: choose what it is.</source>
        <translation>Partnerscope kennt diesen Typ nicht: Wählen Sie, was er ist.</translation>
    </message>
    <message>
        <source>Kind for %1</source>
        <translation>Art für %1</translation>
    </message>
    <message>
        <source>Not imported (an error)</source>
        <translation>Nicht importiert (ein Fehler)</translation>
    </message>
    <message>
        <source>Every activity type is known. Check them, then continue.</source>
        <translation>Jeder Aktivitätstyp ist bekannt. Prüfen Sie sie, dann fahren Sie fort.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity types are unknown (marked): choose what they are, or their rows are reported as errors.</source>
        <translation>
            <numerusform>%n Aktivitätstyp ist unbekannt (markiert): Wählen Sie, was er ist, sonst werden seine Zeilen als Fehler gemeldet.</numerusform>
            <numerusform>%n Aktivitätstypen sind unbekannt (markiert): Wählen Sie, was sie sind, sonst werden ihre Zeilen als Fehler gemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>the primary partner sourced deals whose lead source contains %1</source>
        <translation>der primäre Partner hat Deals akquiriert, deren Lead-Quelle %1 enthält</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the lead source says nothing</source>
        <translation>die Lead-Quelle sagt nichts aus</translation>
    </message>
    <message>
        <source>As set: %1; a partner whose role contains %2 sourced its deal; every other partner on a deal influenced it. A won deal&apos;s amount is split equally among its partners.</source>
        <translation>Wie eingestellt: %1; ein Partner, dessen Rolle %2 enthält, hat seinen Deal akquiriert; jeder andere Partner eines Deals hat ihn beeinflusst. Der Betrag eines gewonnenen Deals wird zu gleichen Teilen auf seine Partner aufgeteilt.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
</context>
<context>
    <name>ps::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message>
        <source>Nothing was imported: the portfolio changed while the wizard was open, or the file no longer applies. Start the import again.</source>
        <translation>Nichts wurde importiert: Das Portfolio hat sich geändert, während der Assistent geöffnet war, oder die Datei passt nicht mehr. Starten Sie den Import erneut.</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Importiert aus %1:</translation>
    </message>
    <message numerus="yes">
        <source>Needs classification: %n (filter the partner table by &quot;Needs classification&quot; to find them)</source>
        <translation>
            <numerusform>Klassifizierung nötig: %n (filtern Sie die Partnertabelle nach „Klassifizierung nötig“, um ihn zu finden)</numerusform>
            <numerusform>Klassifizierung nötig: %n (filtern Sie die Partnertabelle nach „Klassifizierung nötig“, um sie zu finden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as duplicates: %n</source>
        <translation>
            <numerusform>Als Duplikat übersprungen: %n</numerusform>
            <numerusform>Als Duplikate übersprungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as invalid: %n</source>
        <translation>
            <numerusform>Als ungültig übersprungen: %n</numerusform>
            <numerusform>Als ungültig übersprungen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step.</source>
        <translation>Bearbeiten &gt; Rückgängig nimmt den gesamten Import in einem Schritt zurück.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n</source>
        <translation>
            <numerusform>Geändert: %n</numerusform>
            <numerusform>Geändert: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Unverändert: %n</numerusform>
            <numerusform>Unverändert: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportValidationPage</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Problems by line. Go Back to fix the mapping, or skip the invalid rows. Nothing is written until you click Import.</source>
        <translation>Probleme nach Zeile. Gehen Sie Zurück, um die Zuordnung zu korrigieren, oder überspringen Sie die ungültigen Zeilen. Nichts wird geschrieben, bis Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Error: the row cannot be imported as it is</source>
        <translation>Fehler: Die Zeile kann so nicht importiert werden</translation>
    </message>
    <message>
        <source>Warning: the row is imported</source>
        <translation>Warnung: Die Zeile wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n invalid rows and import the rest</source>
        <translation>
            <numerusform>Die %n ungültige Zeile über&amp;springen und den Rest importieren</numerusform>
            <numerusform>Die %n ungültigen Zeilen über&amp;springen und den Rest importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid. An import is all or nothing: go Back and fix the mapping, or skip them.</source>
        <translation>
            <numerusform>%n Zeile ist ungültig. Ein Import gilt ganz oder gar nicht: Gehen Sie Zurück und korrigieren Sie die Zuordnung, oder überspringen Sie sie.</numerusform>
            <numerusform>%n Zeilen sind ungültig. Ein Import gilt ganz oder gar nicht: Gehen Sie Zurück und korrigieren Sie die Zuordnung, oder überspringen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Jede Zeile ist gültig.</translation>
    </message>
    <message>
        <source>Every row is valid; the warnings below are for your information.</source>
        <translation>Jede Zeile ist gültig; die Warnungen unten dienen Ihrer Information.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the invalid rows are fixed or skipped.</source>
        <translation>Nichts kann importiert werden, bis die ungültigen Zeilen korrigiert oder übersprungen sind.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is skipped.</source>
        <translation>Nichts zu importieren: Jede Zeile wird übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a model (needs classification)</source>
        <translation>
            <numerusform>%n ohne Modell (Klassifizierung nötig)</numerusform>
            <numerusform>%n ohne Modell (Klassifizierung nötig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows skipped</source>
        <translation>
            <numerusform>%n ungültige Zeile übersprungen</numerusform>
            <numerusform>%n ungültige Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have dates such as 03/04/2025 that read either way; they are read month first. Go Back to Columns to read them day first.</source>
        <translation>
            <numerusform>%n Zeile hat Datumsangaben wie 03/04/2025, die sich auf beide Arten lesen lassen; sie werden mit dem Monat zuerst gelesen. Gehen Sie zurück zu Spalten, um sie mit dem Tag zuerst zu lesen.</numerusform>
            <numerusform>%n Zeilen haben Datumsangaben wie 03/04/2025, die sich auf beide Arten lesen lassen; sie werden mit dem Monat zuerst gelesen. Gehen Sie zurück zu Spalten, um sie mit dem Tag zuerst zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the portfolio already has every row (%n unchanged).</source>
        <translation>
            <numerusform>Nichts zu importieren: Das Portfolio enthält bereits jede Zeile (%n unverändert).</numerusform>
            <numerusform>Nichts zu importieren: Das Portfolio enthält bereits jede Zeile (%n unverändert).</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message numerus="yes">
        <source>changed: %n</source>
        <translation>
            <numerusform>geändert: %n</numerusform>
            <numerusform>geändert: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>unverändert: %n</numerusform>
            <numerusform>unverändert: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportValuesPage</name>
    <message>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Partnermodell</translation>
    </message>
    <message>
        <source>Also sets</source>
        <translation>Setzt auch</translation>
    </message>
    <message>
        <source>Partner models</source>
        <translation>Partnermodelle</translation>
    </message>
    <message>
        <source>What each Type value of the file means. Values Partnerscope does not know are highlighted: choose a model, or leave them as &quot;Needs classification&quot; and classify those partners later.</source>
        <translation>Was jeder Type-Wert der Datei bedeutet. Werte, die Partnerscope nicht kennt, sind hervorgehoben: Wählen Sie ein Modell, oder belassen Sie sie als „Klassifizierung nötig“ und klassifizieren Sie diese Partner später.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Partnerscope does not know this value: choose a model.</source>
        <translation>Partnerscope kennt diesen Wert nicht: Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <source>Partner model for %1</source>
        <translation>Partnermodell für %1</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>The Type column is empty: every partner will need classification.</source>
        <translation>Die Spalte „Type“ ist leer: Jeder Partner muss klassifiziert werden.</translation>
    </message>
    <message>
        <source>Every value is known. Check the models, then continue.</source>
        <translation>Jeder Wert ist bekannt. Prüfen Sie die Modelle und fahren Sie dann fort.</translation>
    </message>
    <message numerus="yes">
        <source>%n values are unknown (highlighted). Partners with a value left as &quot;Needs classification&quot; are imported without a model, flagged in the partner table and scored with a neutral profile.</source>
        <translation>
            <numerusform>%n Wert ist unbekannt (hervorgehoben). Partner, deren Wert auf „Klassifizierung nötig“ belassen wird, werden ohne Modell importiert, in der Partnertabelle markiert und mit einem neutralen Profil bewertet.</numerusform>
            <numerusform>%n Werte sind unbekannt (hervorgehoben). Partner, deren Wert auf „Klassifizierung nötig“ belassen wird, werden ohne Modell importiert, in der Partnertabelle markiert und mit einem neutralen Profil bewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportWizard</name>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
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
            <numerusform>%n Einflussverbindung</numerusform>
            <numerusform>%n Einflussverbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MB and is not imported.</source>
        <translation>
            <numerusform>%1 ist größer als %n MB und wird nicht importiert.</numerusform>
            <numerusform>%1 ist größer als %n MB und wird nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows...</source>
        <translation>
            <numerusform>%n Zeile wird geprüft...</numerusform>
            <numerusform>%n Zeilen werden geprüft...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no OpportunityId and AccountToId columns: it is not an opportunity-partner export.</source>
        <translation>%1 hat keine Spalten OpportunityId und AccountToId: Es ist kein Opportunity-Partner-Export.</translation>
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
    <message>
        <source>Plus and minus zoom, Home fits the map, Ctrl+F finds a partner, Escape clears.</source>
        <translation>Plus und Minus zoomen, Home passt die Karte ein, Ctrl+F sucht einen Partner, Escape setzt zurück.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::InterfaceDialog</name>
    <message>
        <source>Open Voting</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Participants join from their phones or laptops on the network you choose. The voting page is served only there, and only while voting is open. Choose the network the room is on; &quot;this computer only&quot; is for trying it out.</source>
        <translation>Die Teilnehmer treten mit ihren Smartphones oder Laptops über das Netzwerk bei, das Sie wählen. Die Abstimmungsseite wird nur dort bereitgestellt, und nur solange die Abstimmung geöffnet ist. Wählen Sie das Netzwerk, in dem sich der Raum befindet; „Nur dieser Computer“ dient zum Ausprobieren.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer only: %1, %2</source>
        <translation>Nur dieser Computer: %1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Network to serve the voting page on</source>
        <translation>Netzwerk, in dem die Abstimmungsseite bereitgestellt wird</translation>
    </message>
</context>
<context>
    <name>ps::InvestmentLogModel</name>
    <message>
        <source>The period runs until the partner&apos;s next period starts; its revenue is what the deal log credits the partner for deals won within it.</source>
        <translation>Die Periode läuft, bis die nächste Periode des Partners beginnt; ihr Umsatz ist das, was das Deal-Protokoll dem Partner für darin gewonnene Deals zurechnet.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodenbeginn</translation>
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
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>ps::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Partnerscope will use %1 the next time it starts.</source>
        <translation>Partnerscope verwendet %1 beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>ps::LinkSuggestions</name>
    <message>
        <source>Suggested from the deal log: %1.</source>
        <translation>Vorgeschlagen aus dem Deal-Protokoll: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with buyers of this ICP</source>
        <translation>
            <numerusform>%n Deal mit Einkäufern dieses ICP</numerusform>
            <numerusform>%n Deals mit Einkäufern dieses ICP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n won</source>
        <translation>
            <numerusform>, %n gewonnen</numerusform>
            <numerusform>, %n gewonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sourced</source>
        <translation>
            <numerusform>, %n akquiriert</numerusform>
            <numerusform>, %n akquiriert</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the account overlap: %1.</source>
        <translation>Vorgeschlagen aus der Kontenüberschneidung: %1.</translation>
    </message>
    <message>
        <source>Suggested from the deal log: %1; and the account overlap: %2.</source>
        <translation>Vorgeschlagen aus dem Deal-Protokoll: %1; und aus der Kontenüberschneidung: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) in this ICP (of %1 of ours)</source>
        <translation>
            <numerusform>%n gemeinsames Konto in diesem ICP (von %1 eigenen)</numerusform>
            <numerusform>%n gemeinsame Konten in diesem ICP (von %1 eigenen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) in ICP %1 (of %2 of ours)</source>
        <translation>
            <numerusform>%n gemeinsames Konto in ICP %1 (von %2 eigenen)</numerusform>
            <numerusform>%n gemeinsame Konten in ICP %1 (von %2 eigenen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>ps::LinkSuggestionsPanel</name>
    <message>
        <source>&amp;Accept link</source>
        <translation>Verbindung &amp;annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
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
        <source>Evidence</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Suggested link</source>
        <translation>Vorgeschlagene Verbindung</translation>
    </message>
    <message>
        <source>Add the suggested influence link (undo takes it back)</source>
        <translation>Die vorgeschlagene Einflussverbindung hinzufügen (Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>Do not suggest this link again (undo takes it back)</source>
        <translation>Diese Verbindung nicht mehr vorschlagen (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1, Stärke %2</translation>
    </message>
    <message>
        <source>Links the evidence suggests</source>
        <translation>Von der Datenlage nahegelegte Verbindungen</translation>
    </message>
    <message numerus="yes">
        <source>The deal log and the account overlap suggest no missing link: every partner with %n or more deals for an ICP&apos;s buyers, or a strong account overlap in it, is linked to it.</source>
        <translation>
            <numerusform>Deal-Protokoll und Kontenüberschneidung legen keine fehlende Verbindung nahe: Jeder Partner mit %n oder mehr Deals für die Einkäufer eines ICP oder einer starken Kontenüberschneidung darin ist mit ihm verknüpft.</numerusform>
            <numerusform>Deal-Protokoll und Kontenüberschneidung legen keine fehlende Verbindung nahe: Jeder Partner mit %n oder mehr Deals für die Einkäufer eines ICP oder einer starken Kontenüberschneidung darin ist mit ihm verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) the evidence suggests: partners on deals whose buyers match an ICP, or sharing many of our accounts in it, that have no link to it.</source>
        <translation>
            <numerusform>%n Verbindung, die die Datenlage nahelegt: Partner an Deals, deren Einkäufer zu einem ICP passen, oder mit vielen gemeinsamen Konten darin, die noch nicht mit ihm verknüpft sind.</numerusform>
            <numerusform>%n Verbindungen, die die Datenlage nahelegt: Partner an Deals, deren Einkäufer zu einem ICP passen, oder mit vielen gemeinsamen Konten darin, die noch nicht mit ihm verknüpft sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the suggested links</source>
        <translation>Vorgeschlagene Verbindungen werden berechnet</translation>
    </message>
    <message>
        <source>Computing the suggested links from %1 accounts and deals…</source>
        <translation>Vorgeschlagene Verbindungen werden aus %1 Konten und Deals berechnet…</translation>
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
    <name>ps::LogEditor</name>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Deal hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Deal log</source>
        <translation>Deal-Protokoll</translation>
    </message>
    <message>
        <source>Delete activities</source>
        <translation>Aktivitäten löschen</translation>
    </message>
    <message>
        <source>Delete deals</source>
        <translation>Deals löschen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>&amp;Partners...</source>
        <translation>&amp;Partner...</translation>
    </message>
    <message>
        <source>The partners of the deal and what each did</source>
        <translation>Die Partner des Deals und ihr jeweiliger Beitrag</translation>
    </message>
    <message>
        <source>Add investment period</source>
        <translation>Investitionsperiode hinzufügen</translation>
    </message>
    <message>
        <source>Investment history</source>
        <translation>Investitionsverlauf</translation>
    </message>
    <message>
        <source>Delete investment periods</source>
        <translation>Investitionsperioden löschen</translation>
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
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;importieren...</translation>
    </message>
    <message>
        <source>Import partners, ICPs or influence links from a CRM export</source>
        <translation>Partner, ICPs oder Einflussverbindungen aus einem CRM-Export importieren</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop-Modus</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 It is open read-only: Save will ask where to save a copy.</source>
        <translation>%1 Die Datei ist schreibgeschützt geöffnet: Beim Speichern werden Sie gefragt, wo eine Kopie gespeichert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows (added and merged)</source>
        <translation>
            <numerusform>%n Zeile importiert (hinzugefügt und zusammengeführt)</numerusform>
            <numerusform>%n Zeilen importiert (hinzugefügt und zusammengeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop with &amp;Voting...</source>
        <translation>Workshop mit &amp;Abstimmung...</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (Team)</translation>
    </message>
    <message>
        <source>%1 (team, view only)</source>
        <translation>%1 (Team, nur Ansicht)</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) are not on the server yet.</source>
        <translation>
            <numerusform>%n Änderung ist noch nicht auf dem Server.</numerusform>
            <numerusform>%n Änderungen sind noch nicht auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are sent when the connection is back, if the window stays open. Close anyway and lose them?</source>
        <translation>Sie werden gesendet, sobald die Verbindung wieder steht, wenn das Fenster geöffnet bleibt. Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Every change is on the server.</source>
        <translation>Alle Änderungen sind auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) held until the server takes them.</source>
        <translation>
            <numerusform>%n Änderung zurückgehalten, bis der Server sie annimmt.</numerusform>
            <numerusform>%n Änderungen zurückgehalten, bis der Server sie annimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1 (kept in the system keyring if there is one, never in settings):</source>
        <translation>Passwort für %1 (im Schlüsselbund des Systems gespeichert, falls vorhanden, nie in den Einstellungen):</translation>
    </message>
    <message>
        <source>Open &amp;Team Portfolio...</source>
        <translation>&amp;Team-Portfolio öffnen...</translation>
    </message>
    <message>
        <source>Open a portfolio your team keeps on a PostgreSQL server</source>
        <translation>Ein Portfolio öffnen, das Ihr Team auf einem PostgreSQL-Server führt</translation>
    </message>
    <message>
        <source>&amp;Publish to Server...</source>
        <translation>&amp;Auf Server veröffentlichen...</translation>
    </message>
    <message>
        <source>Put this portfolio on a PostgreSQL server for your team</source>
        <translation>Dieses Portfolio für Ihr Team auf einen PostgreSQL-Server stellen</translation>
    </message>
    <message>
        <source>Take &amp;Offline Copy...</source>
        <translation>&amp;Offline-Kopie erstellen...</translation>
    </message>
    <message>
        <source>Save a team portfolio, as the server has it, to a file</source>
        <translation>Ein Team-Portfolio im Stand des Servers in einer Datei speichern</translation>
    </message>
    <message>
        <source>Record &amp;History...</source>
        <translation>Änderungs&amp;historie...</translation>
    </message>
    <message>
        <source>Who changed the selected partner (the ICP, or the plan, on their pages), when, and from what to what</source>
        <translation>Wer den ausgewählten Partner (auf ihren Seiten das ICP oder den Plan) wann und von was zu was geändert hat</translation>
    </message>
    <message>
        <source>Offline copy of %1 saved to %2</source>
        <translation>Offline-Kopie von %1 unter %2 gespeichert</translation>
    </message>
    <message>
        <source>Select an ICP to see its history.</source>
        <translation>Ein ICP auswählen, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The active scenario has no plan yet.</source>
        <translation>Das aktive Szenario hat noch keinen Plan.</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan von %1</translation>
    </message>
    <message>
        <source>Select a partner to see its history.</source>
        <translation>Wählen Sie einen Partner aus, um seine Historie zu sehen.</translation>
    </message>
</context>
<context>
    <name>ps::MapOverview</name>
    <message>
        <source>Needs classification</source>
        <translation>Noch nicht eingeordnet</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weiterer</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: no strong partner</source>
        <translation>Lücke: kein starker Partner</translation>
    </message>
    <message>
        <source>Flow width: summed link strength. %1 of %2 partners named, strongest links first; zoom in to name them all.</source>
        <translation>Flussbreite: summierte Verbindungsstärke. %1 von %2 Partnern benannt, stärkste Verbindungen zuerst; vergrößern, um alle zu benennen.</translation>
    </message>
</context>
<context>
    <name>ps::MapOverviewWidget</name>
    <message>
        <source>Influence map overview</source>
        <translation>Übersicht der Einflusskarte</translation>
    </message>
    <message>
        <source>ICPs, partner models and the partners with the strongest links, by name; click a partner to see it on the whole map.</source>
        <translation>ICPs, Partnermodelle und die Partner mit den stärksten Verbindungen, mit Namen; einen Partner anklicken, um ihn auf der ganzen Karte zu sehen.</translation>
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
        <source>%1 is hidden by the filters.</source>
        <translation>%1 ist durch die Filter ausgeblendet.</translation>
    </message>
    <message>
        <source>No partner is named &quot;%1&quot;.</source>
        <translation>Kein Partner heißt „%1“.</translation>
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
    <message numerus="yes">
        <source>Showing %1 × %2: %Ln partners</source>
        <translation>
            <numerusform>Angezeigt: %1 × %2: %Ln Partner</numerusform>
            <numerusform>Angezeigt: %1 × %2: %Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners linked</source>
        <translation>
            <numerusform>%Ln Partner verknüpft</numerusform>
            <numerusform>%Ln Partner verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Overv&amp;iew</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>Show ICPs, partner models and the strongest partners as flows, every name readable; click a partner to see it on the whole map</source>
        <translation>ICPs, Partnermodelle und die stärksten Partner als Flüsse zeigen, jeder Name lesbar; einen Partner anklicken, um ihn auf der ganzen Karte zu sehen</translation>
    </message>
    <message>
        <source>Covera&amp;ge</source>
        <translation>Abdeckun&amp;g</translation>
    </message>
    <message>
        <source>ICP Foc&amp;us</source>
        <translation>ICP-Fok&amp;us</translation>
    </message>
    <message>
        <source>Suggested Lin&amp;ks</source>
        <translation>&amp;Verbindungsvorschläge</translation>
    </message>
    <message>
        <source>Click a name, or turn off &quot;%1&quot;, to see the whole map.</source>
        <translation>Klicken Sie auf einen Namen oder schalten Sie „%1“ aus, um die ganze Karte zu sehen.</translation>
    </message>
    <message>
        <source>The whole map would print its names too small to read here; this overview names the partners with the strongest links.</source>
        <translation>Die ganze Karte würde ihre Namen hier zu klein zum Lesen zeigen; diese Übersicht nennt die Partner mit den stärksten Verbindungen.</translation>
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
    <message>
        <source>No partner selected. Arrow keys move between partners.</source>
        <translation>Kein Partner ausgewählt. Mit den Pfeiltasten wechseln Sie zwischen Partnern.</translation>
    </message>
    <message numerus="yes">
        <source>%1: readiness %2, potential %3, %4. %n selected.</source>
        <translation>
            <numerusform>%1: Reife %2, Potenzial %3, %4. %n ausgewählt.</numerusform>
            <numerusform>%1: Reife %2, Potenzial %3, %4. %n ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::OemAssessment</name>
    <message>
        <source>Royalty priced for the pilot</source>
        <translation>Lizenzgebühr für den Pilot kalkuliert</translation>
    </message>
    <message>
        <source>The royalty works at pilot volume but leaves no margin per unit at scale, so the partnership breaks the moment it scales; model the volume curve and lock in escalators, volume tiers and minimum floors.</source>
        <translation>Die Lizenzgebühr funktioniert beim Pilotvolumen, lässt bei großem Volumen aber keine Marge pro Einheit, sodass die Partnerschaft in dem Moment scheitert, in dem sie skaliert; modellieren Sie die Volumenkurve und legen Sie Steigerungen, Mengenstaffeln und Mindestbeträge fest.</translation>
    </message>
    <message>
        <source>No exit path</source>
        <translation>Kein Ausstiegsweg</translation>
    </message>
    <message>
        <source>Without an exit clause the contract is easy to underprice and hard to leave; renegotiating it later, when the manufacturer depends on you, is a far weaker position.</source>
        <translation>Ohne Ausstiegsklausel wird der Vertrag leicht zu günstig bepreist und ist schwer zu verlassen; eine spätere Neuverhandlung, wenn der Hersteller von Ihnen abhängt, erfolgt aus einer weit schwächeren Position.</translation>
    </message>
    <message>
        <source>Fuzzy brand and support ownership</source>
        <translation>Unklare Zuständigkeit für Marke und Support</translation>
    </message>
    <message>
        <source>Brand or support ownership is not agreed, so the end customer does not know who to call.</source>
        <translation>Die Zuständigkeit für Marke oder Support ist nicht vereinbart, daher weiß der Endkunde nicht, an wen er sich wenden soll.</translation>
    </message>
    <message>
        <source>Roadmaps drifting apart</source>
        <translation>Auseinanderdriftende Roadmaps</translation>
    </message>
    <message>
        <source>No joint roadmap review is in place, so the two roadmaps drift apart and technical debt piles up at the integration layer.</source>
        <translation>Es gibt keine gemeinsame Roadmap-Prüfung, daher driften die beiden Roadmaps auseinander und technische Schulden häufen sich in der Integrationsschicht.</translation>
    </message>
    <message>
        <source>No customer-success layer</source>
        <translation>Keine Customer-Success-Ebene</translation>
    </message>
    <message>
        <source>Nobody owns customer success, so churn happens where the embedded vendor cannot see it and the manufacturer cannot fix it.</source>
        <translation>Niemand ist für Customer Success zuständig, daher wandern Kunden dort ab, wo der eingebettete Anbieter es nicht sieht und der Hersteller es nicht beheben kann.</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Exklusivität</translation>
    </message>
    <message>
        <source>Exclusive terms trade the rest of the channel for one manufacturer; if it stumbles, gets acquired or deprioritizes the category, the revenue goes with it.</source>
        <translation>Exklusive Konditionen tauschen den restlichen Vertriebskanal gegen einen einzigen Hersteller; wenn dieser strauchelt, übernommen wird oder die Kategorie zurückstellt, geht der Umsatz mit ihm.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
</context>
<context>
    <name>ps::OemAssessmentView</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
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
        <source>Exit risk</source>
        <translation>Ausstiegsrisiko</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Erfüllte Bedingungen</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Exklusivität</translation>
    </message>
    <message>
        <source>Royalty at scale</source>
        <translation>Lizenzgebühr bei Skalierung</translation>
    </message>
    <message>
        <source>OEM deals and their assessment</source>
        <translation>OEM-Deals und ihre Bewertung</translation>
    </message>
    <message>
        <source>Failure modes of the selected deal</source>
        <translation>Fehlermuster des ausgewählten Deals</translation>
    </message>
    <message>
        <source>A ticked mode is present in this deal; each item&apos;s tooltip says why it matters</source>
        <translation>Ein angehaktes Muster liegt bei diesem Deal vor; der Tooltip jedes Eintrags erklärt, warum es wichtig ist</translation>
    </message>
    <message>
        <source>Scoreboard of the selected deal over time</source>
        <translation>Scoreboard des ausgewählten Deals im Zeitverlauf</translation>
    </message>
    <message>
        <source>Failure modes (seed 000)</source>
        <translation>Fehlermuster (seed 000)</translation>
    </message>
    <message>
        <source>Exit difficulty rises from certified component to white-label, full embedded and the strategic co-developed tier.</source>
        <translation>Die Schwierigkeit des Ausstiegs steigt von der zertifizierten Komponente über White-Label und vollständig eingebettet bis zur strategischen Co-Entwicklungsstufe.</translation>
    </message>
    <message>
        <source>%1 of 4 — likely a distraction</source>
        <translation>%1 von 4 — wahrscheinlich eine Ablenkung</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions hold: this OEM motion is likely a distraction.</source>
        <translation>Weniger als drei der vier Bedingungen sind erfüllt: Dieses OEM-Vorhaben ist wahrscheinlich eine Ablenkung.</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Exklusivitätsfalle</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <source>Not exclusive</source>
        <translation>Nicht exklusiv</translation>
    </message>
    <message>
        <source>Exclusive terms on a structure that is hard to leave, or without an exit clause.</source>
        <translation>Exklusive Konditionen bei einer Struktur, die schwer zu verlassen ist, oder ohne Ausstiegsklausel.</translation>
    </message>
    <message>
        <source>Invalid terms</source>
        <translation>Ungültige Konditionen</translation>
    </message>
    <message>
        <source>No volume plan</source>
        <translation>Kein Volumenplan</translation>
    </message>
    <message>
        <source>Breaks at scale</source>
        <translation>Bricht bei Skalierung ein</translation>
    </message>
    <message>
        <source>Holds at scale</source>
        <translation>Trägt bei Skalierung</translation>
    </message>
    <message>
        <source>No OEM deal selected.</source>
        <translation>Kein OEM-Deal ausgewählt.</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Scoreboard</translation>
    </message>
    <message>
        <source>%1: none of seed 000&apos;s failure modes.</source>
        <translation>%1: keines der Fehlermuster aus seed 000.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failure mode(s) present.</source>
        <translation>
            <numerusform>%1: %n Fehlermuster liegt vor.</numerusform>
            <numerusform>%1: %n Fehlermuster liegen vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoreboard: %1</source>
        <translation>Scoreboard: %1</translation>
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
    <message>
        <source>Not set (0)</source>
        <translation>Nicht festgelegt (0)</translation>
    </message>
    <message>
        <source>Units per year, e.g. 2000; 15000; 60000</source>
        <translation>Einheiten pro Jahr, z. B. 2000; 15000; 60000</translation>
    </message>
    <message>
        <source>A joint roadmap review is in place</source>
        <translation>Eine gemeinsame Roadmap-Prüfung findet statt</translation>
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
    <message>
        <source>Im&amp;pact</source>
        <translation>&amp;Wirkung</translation>
    </message>
</context>
<context>
    <name>ps::PartnerImpact</name>
    <message>
        <source>not enough deals: %1 closed, %2 needed</source>
        <translation>zu wenige Deals: %1 abgeschlossen, %2 nötig</translation>
    </message>
</context>
<context>
    <name>ps::PartnerImpactPanel</name>
    <message>
        <source>Partner impact</source>
        <translation>Partnerwirkung</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Durchschnittlicher gewonnener Deal</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Vertriebszyklus (Tage)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Akquiriert</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Attributed won revenue</source>
        <translation>Zugerechneter gewonnener Umsatz</translation>
    </message>
    <message>
        <source>With the partner</source>
        <translation>Mit dem Partner</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>CRM record: %1</source>
        <translation>CRM-Datensatz: %1</translation>
    </message>
    <message>
        <source>Typed in Partnerscope (no CRM record).</source>
        <translation>In Partnerscope erfasst (kein CRM-Datensatz).</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>zu wenige Deals</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Win rate %1 against %2 direct: %3 points (90% interval %4 to %5).</source>
        <translation>Gewinnquote %1 gegenüber %2 direkt: %3 Prozentpunkte (90-%-Intervall %4 bis %5).</translation>
    </message>
    <message>
        <source>No comparison yet: %1.</source>
        <translation>Noch kein Vergleich: %1.</translation>
    </message>
    <message>
        <source>No comparison yet: direct deals, %1.</source>
        <translation>Noch kein Vergleich: direkte Deals, %1.</translation>
    </message>
    <message numerus="yes">
        <source>From the deal log. A won deal&apos;s amount is split equally among its partners. Rates need %n closed deals (Economics &gt; Impact changes it).</source>
        <translation>
            <numerusform>Aus dem Deal-Protokoll. Der Betrag eines gewonnenen Deals wird zu gleichen Teilen auf seine Partner aufgeteilt. Quoten brauchen %n abgeschlossenen Deal (änderbar unter Wirtschaftlichkeit &gt; Wirkung).</numerusform>
            <numerusform>Aus dem Deal-Protokoll. Der Betrag eines gewonnenen Deals wird zu gleichen Teilen auf seine Partner aufgeteilt. Quoten brauchen %n abgeschlossene Deals (änderbar unter Wirtschaftlichkeit &gt; Wirkung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PartnerTableModel</name>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
    </message>
    <message>
        <source>Open item of the joint commercial model: agree it before co-selling starts.</source>
        <translation>Offener Punkt des gemeinsamen Geschäftsmodells: Vereinbaren Sie ihn, bevor das Co-Selling beginnt.</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high); empty when not rated</source>
        <translation>1 (niedrig) bis 5 (hoch); leer, wenn nicht bewertet</translation>
    </message>
    <message>
        <source>Needs classification: no partner model yet, so a neutral scoring profile applies. Choose a model so that the right profile is used.</source>
        <translation>Klassifizierung nötig: noch kein Partnermodell, daher gilt ein neutrales Bewertungsprofil. Wählen Sie ein Modell, damit das passende Profil verwendet wird.</translation>
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
    <message>
        <source>Find Partners</source>
        <translation>Partner suchen</translation>
    </message>
</context>
<context>
    <name>ps::PlacementVotesView</name>
    <message>
        <source>Reveal votes (R)</source>
        <translation>Stimmen aufdecken (R)</translation>
    </message>
    <message>
        <source>Placement votes</source>
        <translation>Stimmen zur Einstufung</translation>
    </message>
    <message>
        <source>Spotlight a partner (N, P or /) to vote on its placement.</source>
        <translation>Rücken Sie einen Partner in den Fokus (N, P oder /), um über seine Einstufung abzustimmen.</translation>
    </message>
    <message>
        <source>Placement of %1</source>
        <translation>Einstufung von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s), revealed:</source>
        <translation>
            <numerusform>%n Stimme, aufgedeckt:</numerusform>
            <numerusform>%n Stimmen, aufgedeckt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n have voted. Votes stay hidden until you reveal them.</source>
        <translation>
            <numerusform>%1 von %n haben abgestimmt. Die Stimmen bleiben verborgen, bis Sie sie aufdecken.</numerusform>
            <numerusform>%1 von %n haben abgestimmt. Die Stimmen bleiben verborgen, bis Sie sie aufdecken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PlanCapacityView</name>
    <message>
        <source>Model and tier</source>
        <translation>Modell und Stufe</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>Beginn bis</translation>
    </message>
    <message>
        <source>Recruit</source>
        <translation>Gewinnen</translation>
    </message>
    <message>
        <source>Recruit by</source>
        <translation>Gewinnen bis</translation>
    </message>
    <message>
        <source>New active</source>
        <translation>Neu aktiv</translation>
    </message>
    <message>
        <source>Added revenue</source>
        <translation>Zusätzlicher Umsatz</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Umsatzziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Capacity plan</source>
        <translation>Kapazitätsplan</translation>
    </message>
    <message>
        <source>Attributed revenue a year to rea&amp;ch:</source>
        <translation>&amp;Gewünschter zugerechneter Jahresumsatz:</translation>
    </message>
    <message>
        <source>By &amp;date:</source>
        <translation>Termi&amp;n:</translation>
    </message>
    <message>
        <source>the revenue target</source>
        <translation>das Umsatzziel</translation>
    </message>
    <message>
        <source>Today&apos;s run-rate is %1 %3 a year; the target needs %2 %3 more.</source>
        <translation>Die aktuelle Jahresrate beträgt %1 %3; das Ziel erfordert %2 %3 mehr.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
</context>
<context>
    <name>ps::PlanCharts</name>
    <message>
        <source>Plan</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Allocation charts</source>
        <translation>Diagramme der Zuteilung</translation>
    </message>
    <message>
        <source>No plan to show.</source>
        <translation>Kein Plan anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>By partner (%1)</source>
        <translation>Nach Partner (%1)</translation>
    </message>
    <message>
        <source>By partner model (%1)</source>
        <translation>Nach Partnermodell (%1)</translation>
    </message>
    <message>
        <source>By program kind (%1)</source>
        <translation>Nach Programmart (%1)</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source>By segment: %1 (%2)</source>
        <translation>Nach Segment: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ps::PlanComparisonView</name>
    <message>
        <source>Plan</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Spends</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Erwarteter Ertrag</translation>
    </message>
    <message>
        <source>Return per unit</source>
        <translation>Ertrag je Einheit</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimaler Plan</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Moves (optimal − today)</source>
        <translation>Verschiebung (optimal − heute)</translation>
    </message>
    <message>
        <source>Left on the table</source>
        <translation>Verschenkt</translation>
    </message>
    <message>
        <source>Plans side by side</source>
        <translation>Pläne nebeneinander</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was sich verschiebt</translation>
    </message>
    <message>
        <source>Where the money moves, and where the edited plan leaves value:</source>
        <translation>Wohin das Geld fließt und wo der bearbeitete Plan Wert verschenkt:</translation>
    </message>
    <message>
        <source>Today&apos;s spend</source>
        <translation>Heutige Ausgaben</translation>
    </message>
    <message>
        <source>Optimal plan</source>
        <translation>Optimaler Plan</translation>
    </message>
    <message>
        <source>Edited plan</source>
        <translation>Bearbeiteter Plan</translation>
    </message>
    <message>
        <source>The optimal plan returns %1 %2 more than today&apos;s spend.</source>
        <translation>Der optimale Plan bringt %1 %2 mehr als die heutigen Ausgaben.</translation>
    </message>
    <message>
        <source>The edited plan leaves %1 %2 on the table.</source>
        <translation>Der bearbeitete Plan verschenkt %1 %2.</translation>
    </message>
    <message>
        <source>The edited plan follows the optimum.</source>
        <translation>Der bearbeitete Plan folgt dem Optimum.</translation>
    </message>
    <message numerus="yes">
        <source>The edited plan breaks %n constraint(s): %1</source>
        <translation>
            <numerusform>Der bearbeitete Plan verletzt %n Nebenbedingung: %1</numerusform>
            <numerusform>Der bearbeitete Plan verletzt %n Nebenbedingungen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PlanConstraints</name>
    <message>
        <source>Budget</source>
        <translation>Budget pro Jahr</translation>
    </message>
    <message>
        <source>Budget slider</source>
        <translation>Budget-Schieberegler</translation>
    </message>
    <message>
        <source>Drag to see the plan follow the budget.</source>
        <translation>Ziehen Sie, um zu sehen, wie der Plan dem Budget folgt.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Margin rate</source>
        <translation>Margenquote</translation>
    </message>
    <message>
        <source>Minimum per partner</source>
        <translation>Minimum pro Partner</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Keine Obergrenze</translation>
    </message>
    <message>
        <source>Maximum per partner</source>
        <translation>Maximum pro Partner</translation>
    </message>
    <message>
        <source>Budget and objective</source>
        <translation>Budget und Ziel</translation>
    </message>
    <message>
        <source>&amp;Budget a year:</source>
        <translation>Budget pro &amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>Zi&amp;el:</translation>
    </message>
    <message>
        <source>Mar&amp;gin rate:</source>
        <translation>&amp;Margenquote:</translation>
    </message>
    <message>
        <source>Per partner</source>
        <translation>Pro Partner</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;indestens:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Hö&amp;chstens:</translation>
    </message>
    <message>
        <source>Quadrant policy</source>
        <translation>Quadrantenregel</translation>
    </message>
    <message>
        <source>Policy for %1</source>
        <translation>Regel für %1</translation>
    </message>
    <message>
        <source>the policy for %1</source>
        <translation>die Regel für %1</translation>
    </message>
    <message>
        <source>Groups: shares and curves</source>
        <translation>Gruppen: Anteile und Kurven</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Min share</source>
        <translation>Mindestanteil</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Plan groups</source>
        <translation>Plangruppen</translation>
    </message>
    <message>
        <source>Type a share in percent (empty for none); the group&apos;s partners together get at least that share of the budget.</source>
        <translation>Geben Sie einen Anteil in Prozent ein (leer für keinen); die Partner der Gruppe erhalten zusammen mindestens diesen Anteil am Budget.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>Gruppe hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remove grou&amp;p</source>
        <translation>Gruppe en&amp;tfernen</translation>
    </message>
    <message>
        <source>C&amp;urve…</source>
        <translation>K&amp;urve…</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>das Budget</translation>
    </message>
    <message>
        <source>the objective</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>the margin rate</source>
        <translation>die Margenquote</translation>
    </message>
    <message>
        <source>the minimum per partner</source>
        <translation>das Minimum pro Partner</translation>
    </message>
    <message>
        <source>the maximum per partner</source>
        <translation>das Maximum pro Partner</translation>
    </message>
    <message>
        <source>a group&apos;s share</source>
        <translation>den Anteil einer Gruppe</translation>
    </message>
    <message>
        <source>Plan of the scenario &quot;%1&quot;.</source>
        <translation>Plan des Szenarios „%1“.</translation>
    </message>
    <message>
        <source>The portfolio has no scenario to plan with.</source>
        <translation>Das Portfolio hat kein Szenario, mit dem sich planen lässt.</translation>
    </message>
    <message>
        <source>Today&apos;s spend: %1 %2 a year.</source>
        <translation>Heutige Ausgaben: %1 %2 pro Jahr.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Partnermodell</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Gespeichertes Segment</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>die Gruppen</translation>
    </message>
    <message>
        <source>a group&apos;s curve</source>
        <translation>die Kurve einer Gruppe</translation>
    </message>
    <message>
        <source>Curve of %1</source>
        <translation>Kurve von %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ps::PlanController</name>
    <message>
        <source>Set a revenue target and a date for the capacity plan.</source>
        <translation>Legen Sie ein Umsatzziel und ein Datum für den Kapazitätsplan fest.</translation>
    </message>
</context>
<context>
    <name>ps::PlanPage</name>
    <message>
        <source>Allocatio&amp;n</source>
        <translation>&amp;Zuteilung</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Co&amp;mpare plans</source>
        <translation>Pläne &amp;vergleichen</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>Plan views</source>
        <translation>Planansichten</translation>
    </message>
    <message>
        <source>Forecast progress</source>
        <translation>Fortschritt der Prognose</translation>
    </message>
    <message>
        <source>Run forecas&amp;t</source>
        <translation>Prognose &amp;starten</translation>
    </message>
    <message>
        <source>Plan per partner</source>
        <translation>Plan je Partner</translation>
    </message>
    <message>
        <source>Curve of the &amp;selected partner…</source>
        <translation>Kurve des ausge&amp;wählten Partners…</translation>
    </message>
    <message>
        <source>C&amp;lear hand edits</source>
        <translation>Handeingaben &amp;löschen</translation>
    </message>
    <message>
        <source>Type in Edited plan, Fixed, Minimum or Maximum; an empty cell clears the setting.</source>
        <translation>Tragen Sie Werte in Bearbeiteter Plan, Fest, Mindestbetrag oder Höchstbetrag ein; eine leere Zelle löscht die Einstellung.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planung läuft…</translation>
    </message>
    <message>
        <source>No plan for these constraints.</source>
        <translation>Kein Plan für diese Nebenbedingungen.</translation>
    </message>
    <message>
        <source>Budget %1 %4: %2 allocated, expected return %3 %4 a year.</source>
        <translation>Budget %1 %4: %2 zugeteilt, erwarteter Ertrag %3 %4 pro Jahr.</translation>
    </message>
    <message>
        <source>One more %1 of budget would return %2.</source>
        <translation>Ein zusätzlicher %1 Budget brächte %2.</translation>
    </message>
    <message>
        <source>Cancel forecas&amp;t</source>
        <translation>Progno&amp;se abbrechen</translation>
    </message>
    <message>
        <source>Forecasting…</source>
        <translation>Prognose läuft…</translation>
    </message>
    <message>
        <source>The forecast was cancelled.</source>
        <translation>Die Prognose wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Forecast over %1 draws: P10 %2, P50 %3, P90 %4 %5 (80% of outcomes between P10 and P90).</source>
        <translation>Prognose über %1 Ziehungen: P10 %2, P50 %3, P90 %4 %5 (80 % der Ergebnisse zwischen P10 und P90).</translation>
    </message>
    <message>
        <source>No forecast of this plan yet.</source>
        <translation>Noch keine Prognose für diesen Plan.</translation>
    </message>
    <message>
        <source>Curve of %1</source>
        <translation>Kurve von %1</translation>
    </message>
    <message>
        <source>the curve of %1</source>
        <translation>die Kurve von %1</translation>
    </message>
    <message>
        <source>the edited plan</source>
        <translation>den bearbeiteten Plan</translation>
    </message>
    <message>
        <source>Segments of the chart</source>
        <translation>Segmente des Diagramms</translation>
    </message>
    <message>
        <source>Segment brea&amp;kdown:</source>
        <translation>Segment&amp;aufteilung:</translation>
    </message>
    <message>
        <source>A partner in several segments counts in each.</source>
        <translation>Ein Partner in mehreren Segmenten zählt in jedem.</translation>
    </message>
</context>
<context>
    <name>ps::PlanPartnerModel</name>
    <message>
        <source>Optimum</source>
        <translation>Freies Optimum</translation>
    </message>
    <message>
        <source>Not worth funding</source>
        <translation>Finanzierung lohnt nicht</translation>
    </message>
    <message>
        <source>At its floor</source>
        <translation>Am Mindestbetrag</translation>
    </message>
    <message>
        <source>At its cap</source>
        <translation>Am Höchstbetrag</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Quadrant policy</source>
        <translation>Quadrantenregel</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Anteil von %1</translation>
    </message>
    <message>
        <source>The return of the next unit of spend at the planned amount.</source>
        <translation>Der Ertrag der nächsten Ausgabeneinheit beim geplanten Betrag.</translation>
    </message>
    <message>
        <source>The share of the forecast&apos;s draws in which the revenue the allocation buys is at least the allocation.</source>
        <translation>Der Anteil der Prognoseziehungen, in denen der durch die Zuteilung erzielte Umsatz mindestens die Zuteilung erreicht.</translation>
    </message>
    <message>
        <source>Set by hand; clear the cell to follow the optimum.</source>
        <translation>Von Hand gesetzt; leeren Sie die Zelle, um dem Optimum zu folgen.</translation>
    </message>
    <message>
        <source>Follows the optimum; type an amount to edit the plan.</source>
        <translation>Folgt dem Optimum; geben Sie einen Betrag ein, um den Plan zu bearbeiten.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Curve from</source>
        <translation>Kurve aus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Zuteilung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Grenzertrag</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Edited plan</source>
        <translation>Bearbeiteter Plan</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ps::PlanStep</name>
    <message>
        <source>Plan charts</source>
        <translation>Plandiagramme</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>das Budget</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planung läuft…</translation>
    </message>
    <message>
        <source>No plan for these constraints.</source>
        <translation>Kein Plan für diese Nebenbedingungen.</translation>
    </message>
    <message>
        <source>Budget %1: expected return %2 a year, %3 more than today&apos;s spend.</source>
        <translation>Budget %1: erwarteter Ertrag %2 pro Jahr, %3 mehr als mit den heutigen Ausgaben.</translation>
    </message>
    <message>
        <source>Eight times in ten the return lies between %1 (P10) and %2 (P90); the median is %3.</source>
        <translation>In acht von zehn Fällen liegt der Ertrag zwischen %1 (P10) und %2 (P90); der Median beträgt %3.</translation>
    </message>
    <message>
        <source>Forecasting the range…</source>
        <translation>Bandbreite wird prognostiziert…</translation>
    </message>
</context>
<context>
    <name>ps::PlotExport</name>
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
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is in a folder where it cannot be replaced.</source>
        <translation>%1 liegt in einem Ordner, in dem die Datei nicht ersetzt werden kann.</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>a name, note or other text is longer than the %1 MB a row may hold</source>
        <translation>ein Name, eine Notiz oder ein anderer Text ist länger als die %1 MB, die eine Zeile fassen kann</translation>
    </message>
    <message>
        <source>it is read-only; save it under another name</source>
        <translation>sie ist schreibgeschützt; speichern Sie sie unter einem anderen Namen</translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (%2).</source>
        <translation>%1 ist kein Partnerscope-Portfolio (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it there and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt; schließen Sie die Datei dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 holds a value too large to open (one field has more than %2 MB; %3).</source>
        <translation>%1 enthält einen Wert, der zu groß zum Öffnen ist (ein Feld hat mehr als %2 MB; %3).</translation>
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
        <source>%1 has invalid data: %2</source>
        <translation>%1 enthält ungültige Daten: %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
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
        <source>royalty amounts must not be negative</source>
        <translation>Lizenzgebührenbeträge dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>no OEM deal has this id</source>
        <translation>kein OEM-Deal hat diese ID</translation>
    </message>
    <message>
        <source>no scenario has this id</source>
        <translation>kein Szenario hat diese ID</translation>
    </message>
    <message>
        <source>year %1 does not follow year %2</source>
        <translation>Jahr %1 folgt nicht auf Jahr %2</translation>
    </message>
    <message>
        <source>the number of units is negative</source>
        <translation>die Anzahl der Einheiten ist negativ</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>der Betrag ist negativ</translation>
    </message>
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
    <message numerus="yes">
        <source>%1 has %n further problems.</source>
        <translation>
            <numerusform>%1 hat %n weiteres Problem.</numerusform>
            <numerusform>%1 hat %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>the criteria are not a pair of one axis in order</source>
        <translation>die Kriterien sind kein geordnetes Paar derselben Achse</translation>
    </message>
    <message>
        <source>%1 is not a value of Saaty&apos;s scale</source>
        <translation>%1 ist kein Wert der Saaty-Skala</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>a decision is required</source>
        <translation>eine Entscheidung ist erforderlich</translation>
    </message>
    <message>
        <source>no decision record has this id</source>
        <translation>kein Entscheidungseintrag hat diese ID</translation>
    </message>
    <message>
        <source>a placement vote is required</source>
        <translation>eine Stimme zur Einstufung ist erforderlich</translation>
    </message>
    <message>
        <source>a CRM record id needs its source and the other way round</source>
        <translation>eine CRM-Datensatz-ID braucht ihre Quelle und umgekehrt</translation>
    </message>
    <message>
        <source>no deal has this id</source>
        <translation>kein Deal hat diese ID</translation>
    </message>
    <message>
        <source>the curve&apos;s figures are out of range</source>
        <translation>die Werte der Kurve liegen außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>no plan has this id</source>
        <translation>kein Plan hat diese ID</translation>
    </message>
    <message>
        <source>a second list of our own accounts</source>
        <translation>eine zweite Liste eigener Konten</translation>
    </message>
    <message>
        <source>the partner does not exist</source>
        <translation>der Partner existiert nicht</translation>
    </message>
    <message>
        <source>the account list does not exist</source>
        <translation>die Kontenliste existiert nicht</translation>
    </message>
    <message>
        <source>it differs from the session&apos;s own</source>
        <translation>sie weicht von der ID der Sitzung selbst ab</translation>
    </message>
    <message>
        <source>32 lowercase hexadecimal digits are required</source>
        <translation>32 hexadezimale Ziffern in Kleinbuchstaben sind erforderlich</translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation>ein Datum mit Uhrzeit ist erforderlich</translation>
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
    <name>ps::ProgramMetrics</name>
    <message>
        <source>Unconcentrated</source>
        <translation>Nicht konzentriert</translation>
    </message>
    <message>
        <source>Moderately concentrated</source>
        <translation>Mäßig konzentriert</translation>
    </message>
    <message>
        <source>Highly concentrated</source>
        <translation>Stark konzentriert</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>Preisgestaltung</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>Verlängerung</translation>
    </message>
</context>
<context>
    <name>ps::QrCodeWidget</name>
    <message>
        <source>QR code of the voting page</source>
        <translation>QR-Code der Abstimmungsseite</translation>
    </message>
</context>
<context>
    <name>ps::ReportContent</name>
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
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::RoomWords</name>
    <message>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>Very low agreement: the room is split. Discuss the comparisons below before applying.</source>
        <translation>Sehr geringe Übereinstimmung: Die Runde ist gespalten. Besprechen Sie die Vergleiche unten, bevor Sie die Gewichte übernehmen.</translation>
    </message>
    <message>
        <source>Low agreement: views differ widely. Discuss the comparisons below.</source>
        <translation>Geringe Übereinstimmung: Die Ansichten gehen weit auseinander. Besprechen Sie die Vergleiche unten.</translation>
    </message>
    <message>
        <source>Moderate agreement: the room leans the same way, with exceptions.</source>
        <translation>Mittlere Übereinstimmung: Die Runde tendiert mit Ausnahmen in dieselbe Richtung.</translation>
    </message>
    <message>
        <source>High agreement: most of the room weighs the criteria alike.</source>
        <translation>Hohe Übereinstimmung: Die meisten in der Runde gewichten die Kriterien gleich.</translation>
    </message>
    <message>
        <source>Very high agreement: the room weighs the criteria alike.</source>
        <translation>Sehr hohe Übereinstimmung: Die Runde gewichtet die Kriterien gleich.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ps::Royalty</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>Das Pflichtfeld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a number.</source>
        <translation>Das Feld „%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Tier %1 starts at a negative number of units (%2).</source>
        <translation>Staffel %1 beginnt bei einer negativen Anzahl von Einheiten (%2).</translation>
    </message>
    <message>
        <source>Tier %1 has a negative rate per unit (%2).</source>
        <translation>Staffel %1 hat einen negativen Satz pro Einheit (%2).</translation>
    </message>
    <message>
        <source>The tiers are not in ascending order: tier %1 starts at %2 units, not above tier %3&apos;s %4.</source>
        <translation>Die Staffeln sind nicht aufsteigend sortiert: Staffel %1 beginnt bei %2 Einheiten, nicht oberhalb von %4 (Staffel %3).</translation>
    </message>
    <message>
        <source>The base rate per unit is negative (%1).</source>
        <translation>Der Basissatz pro Einheit ist negativ (%1).</translation>
    </message>
    <message>
        <source>The escalator must be above -100%, not %1%.</source>
        <translation>Die Steigerung muss über -100 % liegen, nicht bei %1 %.</translation>
    </message>
    <message>
        <source>The minimum annual royalty is negative (%1).</source>
        <translation>Die jährliche Mindestlizenzgebühr ist negativ (%1).</translation>
    </message>
    <message>
        <source>The setup fee is negative (%1).</source>
        <translation>Die Einrichtungsgebühr ist negativ (%1).</translation>
    </message>
    <message>
        <source>The cost per unit is negative (%1).</source>
        <translation>Die Kosten pro Einheit sind negativ (%1).</translation>
    </message>
    <message>
        <source>The minimum margin per unit is not a number.</source>
        <translation>Die Mindestmarge pro Einheit ist keine Zahl.</translation>
    </message>
    <message>
        <source>The volume of year %1 is negative (%2 units).</source>
        <translation>Das Volumen von Jahr %1 ist negativ (%2 Einheiten).</translation>
    </message>
    <message>
        <source>The term sheet is not valid JSON (%1 at %2).</source>
        <translation>Das Term Sheet ist kein gültiges JSON (%1 bei %2).</translation>
    </message>
    <message>
        <source>The term sheet must be a JSON object with tiers, volumes and cost_per_unit.</source>
        <translation>Das Term Sheet muss ein JSON-Objekt mit tiers, volumes und cost_per_unit sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is unknown (known fields: %2).</source>
        <translation>Das Feld „%1“ ist unbekannt (bekannte Felder: %2).</translation>
    </message>
    <message>
        <source>The required field &quot;tiers&quot; is missing.</source>
        <translation>Das Pflichtfeld „tiers“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;tiers&quot; must be an array of {&quot;from_units&quot;, &quot;per_unit&quot;}.</source>
        <translation>Das Feld „tiers“ muss ein Array aus {&quot;from_units&quot;, &quot;per_unit&quot;} sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object with from_units and per_unit.</source>
        <translation>Das Feld „%1“ muss ein Objekt mit from_units und per_unit sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1.%2&quot; is unknown (a tier has from_units and per_unit).</source>
        <translation>Das Feld „%1.%2“ ist unbekannt (eine Staffel hat from_units und per_unit).</translation>
    </message>
    <message>
        <source>The required field &quot;%1.%2&quot; is missing.</source>
        <translation>Das Pflichtfeld „%1.%2“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1.from_units&quot; must be a whole number of units.</source>
        <translation>Das Feld „%1.from_units“ muss eine ganze Zahl von Einheiten sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1.per_unit&quot; must be a number.</source>
        <translation>Das Feld „%1.per_unit“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The field &quot;tier_mode&quot; must be &quot;marginal&quot; or &quot;all_units&quot;.</source>
        <translation>Das Feld „tier_mode“ muss „marginal“ oder „all_units“ sein.</translation>
    </message>
    <message>
        <source>The required field &quot;volumes&quot; is missing.</source>
        <translation>Das Pflichtfeld „volumes“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;volumes&quot; must be an array of units per year, year 1 first, with at least one year.</source>
        <translation>Das Feld „volumes“ muss ein Array der Einheiten pro Jahr sein, beginnend mit Jahr 1, mit mindestens einem Jahr.</translation>
    </message>
    <message>
        <source>The field &quot;volumes[%1]&quot; must be a number of units.</source>
        <translation>Das Feld „volumes[%1]“ muss eine Anzahl von Einheiten sein.</translation>
    </message>
</context>
<context>
    <name>ps::RoyaltyPanel</name>
    <message>
        <source>&amp;Apply to deal</source>
        <translation>&amp;Auf Deal anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>%1: terms of deal</source>
        <translation>%1: Konditionen des Deals</translation>
    </message>
    <message>
        <source>%1: revenue, cost and margin per year</source>
        <translation>%1: Umsatz, Kosten und Marge pro Jahr</translation>
    </message>
    <message>
        <source>%1: verdict at scale</source>
        <translation>%1: Ergebnis bei Skalierung</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Royalty</source>
        <translation>Lizenzgebühr</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge pro Einheit</translation>
    </message>
    <message>
        <source>%1: royalty by year</source>
        <translation>%1: Lizenzgebühr nach Jahr</translation>
    </message>
    <message>
        <source>Write these terms to the deal (one undo step)</source>
        <translation>Diese Konditionen in den Deal schreiben (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Go back to the deal&apos;s own terms</source>
        <translation>Zu den eigenen Konditionen des Deals zurückkehren</translation>
    </message>
    <message>
        <source>Load a term sheet from a JSON file</source>
        <translation>Ein Term Sheet aus einer JSON-Datei laden</translation>
    </message>
    <message>
        <source>Save this term sheet as a JSON file</source>
        <translation>Dieses Term Sheet als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(kein Deal)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable term sheet: %2</source>
        <translation>„%1“ ist kein verwendbares Term Sheet: %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Load Term Sheet</source>
        <translation>Term Sheet laden</translation>
    </message>
    <message>
        <source>Term sheets (*.json)</source>
        <translation>Term Sheets (*.json)</translation>
    </message>
    <message>
        <source>Save Term Sheet</source>
        <translation>Term Sheet speichern</translation>
    </message>
    <message>
        <source>These terms cannot be simulated: %1</source>
        <translation>Diese Konditionen können nicht simuliert werden: %1</translation>
    </message>
    <message>
        <source>Enter the units per year to see the royalty over time.</source>
        <translation>Geben Sie die Einheiten pro Jahr ein, um die Lizenzgebühr im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Breaks at scale: in year %1 (%2 units) the margin per unit is %3, at or below the %4 these terms must keep. Priced for the pilot, not for scale.</source>
        <translation>Scheitert bei Skalierung: In Jahr %1 (%2 Einheiten) beträgt die Marge pro Einheit %3 und liegt damit auf oder unter den %4, die diese Konditionen einhalten müssen. Für den Pilot kalkuliert, nicht für die Skalierung.</translation>
    </message>
    <message>
        <source>Holds at scale: in year %1 (%2 units) the margin per unit is %3, above the %4 these terms must keep.</source>
        <translation>Trägt bei Skalierung: In Jahr %1 (%2 Einheiten) beträgt die Marge pro Einheit %3 und liegt damit über den %4, die diese Konditionen einhalten müssen.</translation>
    </message>
    <message numerus="yes">
        <source>Total revenue %1, total margin %2 over %n year(s).</source>
        <translation>
            <numerusform>Gesamtumsatz %1, Gesamtmarge %2 über %n Jahr.</numerusform>
            <numerusform>Gesamtumsatz %1, Gesamtmarge %2 über %n Jahre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
</context>
<context>
    <name>ps::RoyaltySimulator</name>
    <message>
        <source>Term sheet A</source>
        <translation>Term Sheet A</translation>
    </message>
    <message>
        <source>Term sheet B</source>
        <translation>Term Sheet B</translation>
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
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>deals and activities</source>
        <translation>Deals und Aktivitäten</translation>
    </message>
    <message>
        <source>manual rating</source>
        <translation>manuelle Bewertung</translation>
    </message>
    <message>
        <source>economics entered</source>
        <translation>erfasste Wirtschaftsdaten</translation>
    </message>
    <message>
        <source>influence links</source>
        <translation>Einflussverbindungen</translation>
    </message>
    <message>
        <source>certifications, dates</source>
        <translation>Zertifizierungen, Daten</translation>
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
    <name>ps::ScoringEvidence</name>
    <message>
        <source>From the economics entered by hand: the deal log has no deals of this partner.</source>
        <translation>Aus den von Hand erfassten Wirtschaftsdaten: Das Deal-Protokoll enthält keine Deals dieses Partners.</translation>
    </message>
    <message>
        <source>From the manual rating: the deal log has no deals of this partner.</source>
        <translation>Aus der manuellen Bewertung: Das Deal-Protokoll enthält keine Deals dieses Partners.</translation>
    </message>
    <message>
        <source>From the economics entered by hand: %1 closed deals in the log, %2 needed for evidence.</source>
        <translation>Aus den von Hand erfassten Wirtschaftsdaten: %1 abgeschlossene Deals im Protokoll, %2 als Grundlage nötig.</translation>
    </message>
    <message>
        <source>From the manual rating: %1 closed deals in the log, %2 needed for evidence.</source>
        <translation>Aus der manuellen Bewertung: %1 abgeschlossene Deals im Protokoll, %2 als Grundlage nötig.</translation>
    </message>
    <message>
        <source>win rate %1 vs %2 direct</source>
        <translation>Gewinnquote %1 gegenüber %2 direkt</translation>
    </message>
    <message>
        <source>win rate %1 (too few direct deals to compare)</source>
        <translation>Gewinnquote %1 (zu wenige direkte Deals für einen Vergleich)</translation>
    </message>
    <message>
        <source>From the deal log: %1 won deals, %2; attributed won revenue %3 sourced and %4 influenced, open pipeline %5.</source>
        <translation>Aus dem Deal-Protokoll: %1 gewonnene Deals, %2; zugerechneter gewonnener Umsatz %3 akquiriert und %4 beeinflusst, offene Pipeline %5.</translation>
    </message>
    <message>
        <source>From the deal and activity logs: %1 won deals, %2; commercial activity in %3 of the last 4 quarters.</source>
        <translation>Aus Deal- und Aktivitätsprotokoll: %1 gewonnene Deals, %2; kommerzielle Aktivität in %3 der letzten 4 Quartale.</translation>
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
    <message>
        <source>Save as Segment</source>
        <translation>Als Segment speichern</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the selected cluster as a named segment: a rule that holds its partners</source>
        <translation>Den ausgewählten Cluster als benanntes Segment speichern: eine Regel, die seine Partner umfasst</translation>
    </message>
    <message numerus="yes">
        <source>The segment holds exactly the cluster&apos;s %n partner(s).</source>
        <translation>
            <numerusform>Das Segment umfasst genau den %n Partner des Clusters.</numerusform>
            <numerusform>Das Segment umfasst genau die %n Partner des Clusters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n partner(s); </source>
        <translation>
            <numerusform>Der Cluster hat %n Partner; </numerusform>
            <numerusform>Der Cluster hat %n Partner; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the segment will hold %n, </source>
        <translation>
            <numerusform>das Segment wird %n umfassen, </numerusform>
            <numerusform>das Segment wird %n umfassen, </numerusform>
        </translation>
    </message>
    <message>
        <source>because a segment is a rule on models, quadrants, tiers, statuses, regions and score ranges, while a cluster groups partners by similarity on every criterion.</source>
        <translation>weil ein Segment eine Regel über Modelle, Quadranten, Stufen, Status, Regionen und Score-Bereiche ist, während ein Cluster Partner nach Ähnlichkeit über alle Kriterien gruppiert.</translation>
    </message>
    <message>
        <source>These partners are not in the cluster but share all its values and ranges: %1.</source>
        <translation>Diese Partner sind nicht im Cluster, teilen aber alle seine Werte und Bereiche: %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Nicht enthalten: %1.</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Rechtsklick zum Ein- oder Ausblenden von Spalten</translation>
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
    <name>ps::Team</name>
    <message>
        <source>the server sent a row of table %1 without its %2 columns</source>
        <translation>der Server hat eine Zeile der Tabelle %1 ohne ihre Spalten %2 gesendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team portfolio location: %2.</source>
        <translation>„%1“ ist kein Speicherort eines Team-Portfolios: %2.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>er muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>it holds a password; keep passwords in ~/.pgpass or the keyring instead</source>
        <translation>er enthält ein Passwort; bewahren Sie Passwörter stattdessen in ~/.pgpass oder im Schlüsselbund auf</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; holds a slash</source>
        <translation>der Datenbankname „%1“ enthält einen Schrägstrich</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>Port „%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not 1 to 600 seconds</source>
        <translation>connect_timeout „%1“ liegt nicht zwischen 1 und 600 Sekunden</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported</source>
        <translation>der Parameter „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>it names no portfolio (add ?portfolio=NAME)</source>
        <translation>er nennt kein Portfolio (fügen Sie ?portfolio=NAME hinzu)</translation>
    </message>
    <message>
        <source>the portfolio name &quot;%1&quot; must be a lowercase letter followed by up to 39 lowercase letters, digits or underscores</source>
        <translation>der Portfolioname „%1“ muss aus einem Kleinbuchstaben gefolgt von bis zu 39 Kleinbuchstaben, Ziffern oder Unterstrichen bestehen</translation>
    </message>
    <message>
        <source>%1 on %2/%3</source>
        <translation>%1 auf %2/%3</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server&apos;s certificate is not checked: no CA certificate is configured (~/.postgresql/root.crt).</source>
        <translation>Die Verbindung ist verschlüsselt, aber das Zertifikat des Servers wird nicht geprüft: Es ist kein CA-Zertifikat eingerichtet (~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <source>The connection may not be encrypted (sslmode=%1).</source>
        <translation>Die Verbindung ist möglicherweise nicht verschlüsselt (sslmode=%1).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Verbindung zu %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>you lack the privileges this needs (see docs/team.md)</source>
        <translation>Ihnen fehlen die dafür nötigen Rechte (siehe docs/team.md)</translation>
    </message>
    <message>
        <source>Could not open the team portfolio %1: %2.</source>
        <translation>Das Team-Portfolio %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>database %1 has no portfolio named %2</source>
        <translation>die Datenbank %1 hat kein Portfolio namens %2</translation>
    </message>
    <message>
        <source>schema %1 is not a Partnerscope portfolio, or you may not read it</source>
        <translation>das Schema %1 ist kein Partnerscope-Portfolio, oder Sie dürfen es nicht lesen</translation>
    </message>
    <message>
        <source>it was written by a newer version of Partnerscope (format %1; this version reads formats up to %2)</source>
        <translation>es wurde von einer neueren Version von Partnerscope geschrieben (Format %1; diese Version liest Formate bis %2)</translation>
    </message>
    <message>
        <source>user %1 has no role on it; an owner can add you as a member</source>
        <translation>Benutzer %1 hat darin keine Rolle; ein Eigentümer kann Sie als Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>it is in format %1 and must be opened once by an owner, whose Partnerscope upgrades it to format %2</source>
        <translation>es liegt im Format %1 vor und muss einmal von einem Eigentümer geöffnet werden, dessen Partnerscope es auf Format %2 aktualisiert</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1: %2</source>
        <translation>es konnte nicht von Format %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The team portfolio %1 has invalid data in %2.</source>
        <translation>Das Team-Portfolio %1 enthält ungültige Daten in %2.</translation>
    </message>
    <message>
        <source>The team portfolio %1 has invalid data: %2</source>
        <translation>Das Team-Portfolio %1 enthält ungültige Daten: %2</translation>
    </message>
    <message>
        <source>Could not publish to %1: %2.</source>
        <translation>Veröffentlichen auf %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>database %1 already has a portfolio or schema named %2; choose another name</source>
        <translation>die Datenbank %1 hat bereits ein Portfolio oder Schema namens %2; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the rows could not be prepared</source>
        <translation>die Zeilen konnten nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Undid your change to %1.</source>
        <translation>Ihre Änderung an %1 wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Redid your change to %1.</source>
        <translation>Ihre Änderung an %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>It has changed since; the other changes (%1) are kept.</source>
        <translation>Es wurde seitdem geändert; die anderen Änderungen (%1) bleiben erhalten.</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you; that stays.</source>
        <translation>Jemand anderes hat %1 nach Ihnen geändert; das bleibt bestehen.</translation>
    </message>
    <message>
        <source>a row of %1</source>
        <translation>eine Zeile von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>A change from the server could not be read: %1</source>
        <translation>Eine Änderung vom Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Your changes are kept and will be sent when it is back.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen. Ihre Änderungen bleiben erhalten und werden gesendet, sobald sie wieder besteht.</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>your role (%1) may not change it</source>
        <translation>Ihre Rolle (%1) darf es nicht ändern</translation>
    </message>
    <message>
        <source>a record it refers to was deleted by someone else</source>
        <translation>ein Datensatz, auf den es verweist, wurde von jemand anderem gelöscht</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved: %2. It shows what the server has.</source>
        <translation>Ihre Änderung an %1 wurde nicht gespeichert: %2. Angezeigt wird der Stand des Servers.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>ps::TeamBanner</name>
    <message>
        <source>&amp;Resolve Conflict...</source>
        <translation>Konflikt &amp;lösen...</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>viewer: you can read and export, not edit</source>
        <translation>Betrachter: Sie können lesen und exportieren, nicht bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — %n edit(s) held; they are sent when the server is back.</source>
        <translation>
            <numerusform>Verbindung unterbrochen – %n Änderung zurückgehalten; sie wird gesendet, sobald der Server wieder erreichbar ist.</numerusform>
            <numerusform>Verbindung unterbrochen – %n Änderungen zurückgehalten; sie werden gesendet, sobald der Server wieder erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team portfolio %1 as %2 (%3).</source>
        <translation>Team-Portfolio %1 als %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not yet on the server.</source>
        <translation>
            <numerusform>%n Änderung noch nicht auf dem Server.</numerusform>
            <numerusform>%n Änderungen noch nicht auf dem Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with others&apos; changes wait for your choice.</source>
        <translation>
            <numerusform>%n Konflikt mit Änderungen anderer wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Konflikte mit Änderungen anderer warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::TeamLocationDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Auf Server veröffentlichen</translation>
    </message>
    <message>
        <source>Open Team Portfolio</source>
        <translation>Team-Portfolio öffnen</translation>
    </message>
    <message>
        <source>Put this portfolio on a PostgreSQL server, where your team opens and edits it together. Give the server and a new portfolio name:</source>
        <translation>Stellen Sie dieses Portfolio auf einen PostgreSQL-Server, wo Ihr Team es gemeinsam öffnet und bearbeitet. Geben Sie den Server und einen neuen Portfolionamen an:</translation>
    </message>
    <message>
        <source>Open a portfolio your team keeps on a PostgreSQL server:</source>
        <translation>Öffnen Sie ein Portfolio, das Ihr Team auf einem PostgreSQL-Server führt:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or is asked for; it is never stored. Connections are encrypted (TLS) unless the location says sslmode=disable.</source>
        <translation>Das Passwort stammt aus ~/.pgpass oder wird abgefragt; es wird nie gespeichert. Verbindungen sind verschlüsselt (TLS), sofern der Speicherort nicht sslmode=disable angibt.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>ps::TermSheetEditor</name>
    <message>
        <source>Require at least</source>
        <translation>Mindestens verlangen</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Staffel hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Staffel entfernen</translation>
    </message>
    <message>
        <source>Marginal: each band at its own rate</source>
        <translation>Marginal: jede Spanne zu ihrem eigenen Satz</translation>
    </message>
    <message>
        <source>All units at the highest tier reached</source>
        <translation>Alle Einheiten zur höchsten erreichten Staffel</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Units per year, e.g. 2000; 15000; 60000</source>
        <translation>Einheiten pro Jahr, z. B. 2000; 15000; 60000</translation>
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
        <source>Base royalty per unit</source>
        <translation>Basis-Lizenzgebühr pro Einheit</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>Staffelmodus</translation>
    </message>
    <message>
        <source>Annual escalator</source>
        <translation>Jährliche Steigerung</translation>
    </message>
    <message>
        <source>Minimum annual royalty</source>
        <translation>Jährliche Mindest-Lizenzgebühr</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Einrichtungsgebühr</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten pro Einheit</translation>
    </message>
    <message>
        <source>Minimum margin per unit</source>
        <translation>Mindestmarge pro Einheit</translation>
    </message>
    <message>
        <source>Units per year</source>
        <translation>Einheiten pro Jahr</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>Mengenstaffeln</translation>
    </message>
    <message>
        <source>Require a minimum margin per unit</source>
        <translation>Mindestmarge pro Einheit verlangen</translation>
    </message>
    <message>
        <source>Units per &amp;year:</source>
        <translation>Einheiten pro &amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Base royalty per unit:</source>
        <translation>&amp;Basis-Lizenzgebühr pro Einheit:</translation>
    </message>
    <message>
        <source>Tier &amp;mode:</source>
        <translation>Staffel&amp;modus:</translation>
    </message>
    <message>
        <source>Annual &amp;escalator:</source>
        <translation>Jährliche &amp;Steigerung:</translation>
    </message>
    <message>
        <source>Minimum annual &amp;royalty:</source>
        <translation>Jährliche Mindest-&amp;Lizenzgebühr:</translation>
    </message>
    <message>
        <source>Setup &amp;fee:</source>
        <translation>&amp;Einrichtungsgebühr:</translation>
    </message>
    <message>
        <source>&amp;Cost per unit:</source>
        <translation>&amp;Kosten pro Einheit:</translation>
    </message>
    <message>
        <source>Margin per unit:</source>
        <translation>Marge pro Einheit:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the units per year is not a number.</source>
        <translation>„%1“ in den Einheiten pro Jahr ist keine Zahl.</translation>
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
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
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
        <source>OEM deal &quot;%1&quot; has a negative volume.</source>
        <translation>OEM-Deal „%1“ hat ein negatives Volumen.</translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative royalty tier.</source>
        <translation>OEM-Deal „%1“ hat eine negative Lizenzgebührenstaffel.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to a missing partner.</source>
        <translation>Aktivität %1 gehört zu einem fehlenden Partner.</translation>
    </message>
    <message>
        <source>Activity %1 has no date.</source>
        <translation>Aktivität %1 hat kein Datum.</translation>
    </message>
    <message>
        <source>Deal %1 points at a missing partner or ICP.</source>
        <translation>Deal %1 verweist auf einen fehlenden Partner oder ein fehlendes ICP.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; has a negative amount.</source>
        <translation>Deal „%1“ hat einen negativen Betrag.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; holds a pairwise judgment outside 1/9-9.</source>
        <translation>Szenario „%1“ enthält ein Urteil eines Paarvergleichs außerhalb von 1/9–9.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Entscheidungseintrag</translation>
    </message>
    <message>
        <source>Decision record %1 names a missing partner.</source>
        <translation>Entscheidungseintrag %1 nennt einen fehlenden Partner.</translation>
    </message>
    <message>
        <source>Decision record %1 records no decision.</source>
        <translation>Entscheidungseintrag %1 enthält keine Entscheidung.</translation>
    </message>
    <message>
        <source>Decision record %1 holds a value out of range.</source>
        <translation>Entscheidungseintrag %1 enthält einen Wert außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; names a partner twice.</source>
        <translation>Deal „%1“ nennt einen Partner zweimal.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; has a negative number of employees.</source>
        <translation>Deal „%1“ hat eine negative Mitarbeiterzahl.</translation>
    </message>
    <message>
        <source>The minimum number of closed deals must be at least 1.</source>
        <translation>Die Mindestzahl abgeschlossener Deals muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a budget, limit or target that is negative or not a valid amount.</source>
        <translation>Der Plan von Szenario %1 hat ein Budget, eine Grenze oder ein Ziel, das negativ oder kein gültiger Betrag ist.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a margin rate outside 0-1.</source>
        <translation>Der Plan von Szenario %1 hat eine Margenquote außerhalb von 0–1.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a minimum share outside 0-1.</source>
        <translation>Der Plan von Szenario %1 hat einen Mindestanteil außerhalb von 0–1.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a group curve that is not valid.</source>
        <translation>Der Plan von Szenario %1 hat eine ungültige Gruppenkurve.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a partner setting that is repeated or not a valid amount or curve.</source>
        <translation>Der Plan von Szenario %1 hat eine Partnereinstellung, die wiederholt wird oder kein gültiger Betrag bzw. keine gültige Kurve ist.</translation>
    </message>
    <message>
        <source>Investment period</source>
        <translation>Investitionsperiode</translation>
    </message>
    <message>
        <source>Investment period %1 belongs to a missing partner.</source>
        <translation>Investitionsperiode %1 gehört zu einem fehlenden Partner.</translation>
    </message>
    <message>
        <source>Investment period %1 has no start date.</source>
        <translation>Investitionsperiode %1 hat kein Startdatum.</translation>
    </message>
    <message>
        <source>Investment period %1 has a negative amount.</source>
        <translation>Investitionsperiode %1 hat einen negativen Betrag.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source>Scenario %1 has two plans.</source>
        <translation>Szenario %1 hat zwei Pläne.</translation>
    </message>
</context>
<context>
    <name>ps::VoteStrip</name>
    <message>
        <source>Placement votes: spotlight a partner.</source>
        <translation>Stimmen zur Einstufung: Rücken Sie einen Partner in den Fokus.</translation>
    </message>
    <message>
        <source>Votes on %1:</source>
        <translation>Stimmen zu %1:</translation>
    </message>
    <message numerus="yes">
        <source>Votes on %1: %2 of %n in, hidden · R reveals</source>
        <translation>
            <numerusform>Stimmen zu %1: %2 von %n abgegeben, verborgen · R deckt auf</numerusform>
            <numerusform>Stimmen zu %1: %2 von %n abgegeben, verborgen · R deckt auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Stimmen:</translation>
    </message>
</context>
<context>
    <name>ps::VotingPage</name>
    <message>
        <source>Join the workshop vote</source>
        <translation>An der Workshop-Abstimmung teilnehmen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Revisit this comparison</source>
        <translation>Diesen Vergleich überdenken</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>Your judgments are in. Keep this page open: when the facilitator puts a partner up for a vote, it appears here.</source>
        <translation>Ihre Urteile sind eingegangen. Lassen Sie diese Seite geöffnet: Wenn die Moderation einen Partner zur Abstimmung stellt, erscheint er hier.</translation>
    </message>
    <message>
        <source>Review my answers</source>
        <translation>Meine Antworten durchsehen</translation>
    </message>
    <message>
        <source>Where should this partner go?</source>
        <translation>Wo soll dieser Partner eingeordnet werden?</translation>
    </message>
    <message>
        <source>Back to the comparisons</source>
        <translation>Zurück zu den Vergleichen</translation>
    </message>
    <message>
        <source>Your answer crossed another one; please try again.</source>
        <translation>Ihre Antwort hat sich mit einer anderen überschnitten; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That did not work; please try again.</source>
        <translation>Das hat nicht geklappt; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Both matter equally (1)</source>
        <translation>Beide sind gleich wichtig (1)</translation>
    </message>
    <message>
        <source>%1 matters %2 more (%3)</source>
        <extracomment>%1 criterion, %2 how much (a word below), %3 the scale value 2-9</extracomment>
        <translation>%1 ist %2 wichtiger (%3)</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>geringfügig</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>moderately to strongly</source>
        <translation>etwas bis deutlich</translation>
    </message>
    <message>
        <source>strongly</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <source>strongly to very strongly</source>
        <translation>deutlich bis sehr deutlich</translation>
    </message>
    <message>
        <source>very strongly</source>
        <translation>sehr deutlich</translation>
    </message>
    <message>
        <source>very to extremely</source>
        <translation>sehr deutlich bis extrem</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>extrem</translation>
    </message>
    <message>
        <source>Comparison %1 of %2</source>
        <translation>Vergleich %1 von %2</translation>
    </message>
    <message>
        <source>%1: which matters more for a partner?</source>
        <translation>%1: Was ist für einen Partner wichtiger?</translation>
    </message>
    <message>
        <source>not all comparisons answered yet</source>
        <translation>noch nicht alle Vergleiche beantwortet</translation>
    </message>
    <message>
        <source>your consistency ratio is %1: your answers agree with each other.</source>
        <translation>Ihr Konsistenzverhältnis ist %1: Ihre Antworten stimmen miteinander überein.</translation>
    </message>
    <message>
        <source>your consistency ratio is %1, above 0.10: some answers contradict each other.</source>
        <translation>Ihr Konsistenzverhältnis ist %1, also über 0,10: Einige Antworten widersprechen sich.</translation>
    </message>
    <message>
        <source>The answer that fits your others least: %1 against %2. You said %3; your other answers suggest %4 (the ratio would be %5).</source>
        <translation>Die Antwort, die am wenigsten zu Ihren übrigen passt: %1 gegenüber %2. Sie haben %3 gewählt; Ihre übrigen Antworten legen %4 nahe (das Verhältnis wäre dann %5).</translation>
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
        <source>Votes stay hidden until the facilitator reveals them.</source>
        <translation>Die Stimmen bleiben verborgen, bis die Moderation sie aufdeckt.</translation>
    </message>
    <message>
        <source>You voted %1. You can change it until the reveal.</source>
        <translation>Ihre Stimme: %1. Bis zur Auflösung können Sie sie noch ändern.</translation>
    </message>
    <message>
        <source>The votes are revealed:</source>
        <translation>Die Stimmen sind aufgedeckt:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a label and its value: a criteria group and its consistency, a choice and its votes</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ps::VotingPanel</name>
    <message>
        <source>Where the room disagrees</source>
        <translation>Wo die Runde uneins ist</translation>
    </message>
    <message>
        <source>Address of the voting page</source>
        <translation>Adresse der Abstimmungsseite</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Rotate code</source>
        <translation>Code erneuern</translation>
    </message>
    <message>
        <source>A new join code; who has joined stays in</source>
        <translation>Ein neuer Beitrittscode; wer bereits beigetreten ist, bleibt dabei</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>Beigetretene Teilnehmer</translation>
    </message>
    <message>
        <source>Weight profile the group weights go to</source>
        <translation>Gewichtsprofil, in das die Gruppengewichte übernommen werden</translation>
    </message>
    <message>
        <source>every partner model</source>
        <translation>alle Partnermodelle</translation>
    </message>
    <message>
        <source>Apply group weights (G)</source>
        <translation>Gruppengewichte übernehmen (G)</translation>
    </message>
    <message>
        <source>Sets the room&apos;s weights (AIJ) in the active scenario, one undo step</source>
        <translation>Setzt die Gewichte der Runde (AIJ) im aktiven Szenario, in einem Rückgängig-Schritt</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>Stops the voting server; participants and their answers are gone</source>
        <translation>Stoppt den Abstimmungsserver; Teilnehmer und ihre Antworten gehen verloren</translation>
    </message>
    <message>
        <source>to</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <translation>Die Abstimmung ist geschlossen</translation>
    </message>
    <message>
        <source>%1/6</source>
        <translation>%1/6</translation>
    </message>
    <message>
        <source> ✓</source>
        <comment>has voted on the spotlighted partner</comment>
        <translation> ✓</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n beigetreten</numerusform>
            <numerusform>%n beigetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparisons answered per axis, of six; ✓ has voted</source>
        <translation>Beantwortete Vergleiche je Achse, von sechs; ✓ hat abgestimmt</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>judged %1 to %2</source>
        <translation>beurteilt mit %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>moves %n partner(s)</source>
        <translation>
            <numerusform>verschiebt %n Partner</numerusform>
            <numerusform>verschiebt %n Partner</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet: the room has not given different answers to any comparison.</source>
        <translation>Noch nichts: Die Runde hat bei keinem Vergleich unterschiedlich geantwortet.</translation>
    </message>
</context>
<context>
    <name>ps::VotingServer</name>
    <message>
        <source>Send the request as application/json.</source>
        <translation>Senden Sie die Anfrage als application/json.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This answer is older than one already received; it was ignored.</source>
        <translation>Diese Antwort ist älter als eine bereits erhaltene; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>Judgments must compare two different known criteria on Saaty&apos;s scale (1/9 to 9).</source>
        <translation>Urteile müssen zwei verschiedene bekannte Kriterien auf der Saaty-Skala (1/9 bis 9) vergleichen.</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Treten Sie zuerst der Sitzung bei.</translation>
    </message>
    <message>
        <source>No partner is up for a vote.</source>
        <translation>Kein Partner steht zur Abstimmung.</translation>
    </message>
    <message>
        <source>The vote has moved on to another partner.</source>
        <translation>Die Abstimmung ist bereits bei einem anderen Partner.</translation>
    </message>
    <message>
        <source>The votes on this partner are already revealed.</source>
        <translation>Die Stimmen zu diesem Partner sind bereits aufgedeckt.</translation>
    </message>
    <message>
        <source>The answer could not be stored.</source>
        <translation>Die Antwort konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Send a name and the join code.</source>
        <translation>Senden Sie einen Namen und den Beitrittscode.</translation>
    </message>
    <message>
        <source>The join code is not right.</source>
        <translation>Der Beitrittscode stimmt nicht.</translation>
    </message>
    <message>
        <source>The session is full.</source>
        <translation>Die Sitzung ist voll.</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 40 characters.</source>
        <translation>Geben Sie einen Namen mit 1 bis 40 Zeichen ein.</translation>
    </message>
    <message>
        <source>Someone already joined with this name.</source>
        <translation>Jemand ist bereits mit diesem Namen beigetreten.</translation>
    </message>
    <message>
        <source>Send a sequence number and a list of judgments.</source>
        <translation>Senden Sie eine Sequenznummer und eine Liste von Urteilen.</translation>
    </message>
    <message>
        <source>Each judgment names a known group, two of its criteria and a value.</source>
        <translation>Jedes Urteil nennt eine bekannte Gruppe, zwei ihrer Kriterien und einen Wert.</translation>
    </message>
    <message>
        <source>Send a sequence number, the partner and a choice.</source>
        <translation>Senden Sie eine Sequenznummer, den Partner und eine Wahl.</translation>
    </message>
    <message>
        <source>Vote invest, develop, maintain or exit.</source>
        <translation>Stimmen Sie für Investieren, Entwickeln, Halten oder Aussteigen.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>Diese Adresse akzeptiert diese Methode nicht.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Die Kopfzeilen der Anfrage sind zu groß.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment.</source>
        <translation>Zu viele Anfragen; warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>This server answers only under its own address.</source>
        <translation>Dieser Server antwortet nur unter seiner eigenen Adresse.</translation>
    </message>
    <message>
        <source>Choose one network address to listen on; the voting server never listens on every interface.</source>
        <translation>Wählen Sie eine Netzwerkadresse, auf der der Server lauscht; der Abstimmungsserver lauscht nie auf allen Schnittstellen.</translation>
    </message>
    <message>
        <source>The voting server cannot listen on %1, port %2: %3</source>
        <translation>Der Abstimmungsserver kann nicht auf %1, Port %2 lauschen: %3</translation>
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
    <name>ps::WorkshopDecisions</name>
    <message>
        <source>Decision for %1: %2</source>
        <translation>Entscheidung für %1: %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Workshop decisions: %1</source>
        <translation>Workshop-Entscheidungen: %1</translation>
    </message>
    <message>
        <source>No decisions taken.</source>
        <translation>Keine Entscheidungen getroffen.</translation>
    </message>
    <message>
        <source>Cannot export the decisions to &quot;%1&quot;: the file must end in .csv or .html.</source>
        <translation>Die Entscheidungen können nicht nach „%1“ exportiert werden: Die Datei muss auf .csv oder .html enden.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Confirm decision for %1: %2</source>
        <translation>Entscheidung für %1 bestätigen: %2</translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation>Erfasst am (UTC)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Quadrant when decided</source>
        <translation>Quadrant bei der Entscheidung</translation>
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
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Abstimmende</translation>
    </message>
    <message>
        <source>Potential CR (room)</source>
        <translation>Potenzial-CR (Runde)</translation>
    </message>
    <message>
        <source>Readiness CR (room)</source>
        <translation>Reife-CR (Runde)</translation>
    </message>
    <message>
        <source>Potential consensus</source>
        <translation>Potenzial-Konsens</translation>
    </message>
    <message>
        <source>Readiness consensus</source>
        <translation>Reife-Konsens</translation>
    </message>
    <message>
        <source>Participants&apos; CRs</source>
        <translation>CR-Werte der Teilnehmer</translation>
    </message>
    <message>
        <source>Weight: %1 (%)</source>
        <translation>Gewicht: %1 (%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no group judgments</source>
        <translation>keine Gruppenurteile</translation>
    </message>
    <message>
        <source>CR %1</source>
        <translation>CR %1</translation>
    </message>
    <message>
        <source>, consensus %1 (%2)</source>
        <translation>, Konsens %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence: %1, %2</source>
        <translation>Entscheidungsgrundlage: %1, %2</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <source>%1 (potential %2, readiness %3)</source>
        <translation>%1 (Potenzial %2, Reife %3)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Room&apos;s potential judgments</source>
        <translation>Urteile der Runde zum Potenzial</translation>
    </message>
    <message>
        <source>Room&apos;s readiness judgments</source>
        <translation>Urteile der Runde zur Reife</translation>
    </message>
    <message>
        <source>Placement votes</source>
        <translation>Stimmen zur Einstufung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Agree a joint business plan</source>
        <translation>Gemeinsamen Businessplan vereinbaren</translation>
    </message>
    <message>
        <source>Agree an enablement plan</source>
        <translation>Enablement-Plan vereinbaren</translation>
    </message>
    <message>
        <source>Review at the next quarterly check</source>
        <translation>Beim nächsten Quartalsreview prüfen</translation>
    </message>
    <message>
        <source>Plan the exit and hand over open deals</source>
        <translation>Ausstieg planen und offene Deals übergeben</translation>
    </message>
</context>
<context>
    <name>ps::WorkshopVoting</name>
    <message numerus="yes">
        <source>Apply the room&apos;s weights (%n participants) to %1</source>
        <translation>
            <numerusform>Gewichte der Runde (%n Teilnehmer) in %1 übernehmen</numerusform>
            <numerusform>Gewichte der Runde (%n Teilnehmer) in %1 übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::WorkshopWindow</name>
    <message>
        <source>Start with the ideal customer profiles: how strongly does the portfolio reach each buyer?</source>
        <translation>Beginnen Sie mit den Idealkundenprofilen: Wie stark erreicht das Portfolio jeden Einkäufer?</translation>
    </message>
    <message>
        <source>Map the partners that influence each buyer, and by which partner model.</source>
        <translation>Erfassen Sie die Partner, die jeden Einkäufer beeinflussen, und mit welchem Partnermodell.</translation>
    </message>
    <message>
        <source>Prioritize: potential against readiness. Move the weights, compare scenarios, spotlight a partner.</source>
        <translation>Priorisieren Sie: Potenzial gegen Reife. Verschieben Sie die Gewichte, vergleichen Sie Szenarien, rücken Sie einen Partner in den Fokus.</translation>
    </message>
    <message>
        <source>Segment by partner model: each has its own needs and expectations.</source>
        <translation>Segmentieren Sie nach Partnermodell: Jedes hat eigene Bedürfnisse und Erwartungen.</translation>
    </message>
    <message>
        <source>The decisions taken in this session.</source>
        <translation>Die in dieser Sitzung getroffenen Entscheidungen.</translation>
    </message>
    <message>
        <source>Workshop: %1</source>
        <translation>Workshop: %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decisions taken in this session</source>
        <translation>In dieser Sitzung getroffene Entscheidungen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Partner suchen</translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation>ICP-Abdeckung</translation>
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
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 / %2  %3</source>
        <translation>%1 / %2  %3</translation>
    </message>
    <message>
        <source>PgDn/PgUp steps · N/P partner · / find · D decide · A/B scenario</source>
        <translation>PgDn/PgUp Schritte · N/P Partner · / suchen · D entscheiden · A/B Szenario</translation>
    </message>
    <message>
        <source> · E export</source>
        <translation> · E exportieren</translation>
    </message>
    <message>
        <source> · Esc leave</source>
        <translation> · Esc verlassen</translation>
    </message>
    <message>
        <source>Decision for %1:  I invest · V develop · M maintain · X exit · Esc cancel</source>
        <translation>Entscheidung für %1:  I investieren · V entwickeln · M halten · X aussteigen · Esc abbrechen</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>entschieden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · arrows to %1</source>
        <translation> · Pfeile zu %1</translation>
    </message>
    <message>
        <source>Export Decisions</source>
        <translation>Entscheidungen exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation>HTML-Seite (*.html);;CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Decisions exported to %1</source>
        <translation>Entscheidungen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Only one screen is connected.</source>
        <translation>Nur ein Bildschirm ist angeschlossen.</translation>
    </message>
    <message>
        <source>Now on screen %1</source>
        <translation>Jetzt auf Bildschirm %1</translation>
    </message>
    <message>
        <source>No decision taken.</source>
        <translation>Keine Entscheidung getroffen.</translation>
    </message>
    <message>
        <source>Spotlight a partner first (N, P or /).</source>
        <translation>Rücken Sie zuerst einen Partner in den Fokus (N, P oder /).</translation>
    </message>
    <message>
        <source>This portfolio has only one scenario.</source>
        <translation>Dieses Portfolio hat nur ein Szenario.</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
    <message>
        <source>No partner matches &quot;%1&quot;.</source>
        <translation>Kein Partner passt zu „%1“.</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source> · N/P partner · D decide · Esc leave</source>
        <translation> · N/P Partner · D entscheiden · Esc verlassen</translation>
    </message>
    <message>
        <source>The room&apos;s weights are in scenario %1 (Ctrl+Z takes them back).</source>
        <translation>Die Gewichte der Runde sind in Szenario %1 übernommen (Ctrl+Z nimmt sie zurück).</translation>
    </message>
    <message>
        <source>Voting is open on %1.</source>
        <translation>Die Abstimmung ist auf %1 geöffnet.</translation>
    </message>
    <message>
        <source>Voting is closed; the server has stopped.</source>
        <translation>Die Abstimmung ist geschlossen; der Server wurde gestoppt.</translation>
    </message>
    <message>
        <source>Press O to open voting.</source>
        <translation>Drücken Sie O, um die Abstimmung zu öffnen.</translation>
    </message>
    <message>
        <source>No group weights yet: nobody has answered every comparison.</source>
        <translation>Noch keine Gruppengewichte: Niemand hat alle Vergleiche beantwortet.</translation>
    </message>
    <message>
        <source>O voting</source>
        <translation>O Abstimmung</translation>
    </message>
    <message>
        <source>V voting · R reveal</source>
        <translation>V Abstimmung · R aufdecken</translation>
    </message>
    <message>
        <source>V back to the step · R reveal votes · G apply weights · Shift+O close voting</source>
        <translation>V zurück zum Schritt · R Stimmen aufdecken · G Gewichte übernehmen · Shift+O Abstimmung schließen</translation>
    </message>
    <message>
        <source>Where the program budget goes, what it is expected to return, and with what uncertainty.</source>
        <translation>Wohin das Programmbudget fließt, welchen Ertrag es erwarten lässt und mit welcher Unsicherheit.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source> · +/− budget</source>
        <translation> · +/− Budget</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Partner im Fokus</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source> · W close weights</source>
        <translation> · W Gewichte schließen</translation>
    </message>
    <message>
        <source> · W weights and legend</source>
        <translation> · W Gewichte und Legende</translation>
    </message>
    <message>
        <source> · H map overview</source>
        <translation> · H Kartenübersicht</translation>
    </message>
    <message>
        <source> · H heatmap</source>
        <translation> · H Heatmap</translation>
    </message>
    <message>
        <source>No decisions yet. Pick a partner with N or P (or / to find one), press D, then I invest, V develop, M maintain or X exit.</source>
        <translation>Noch keine Entscheidungen. Wählen Sie einen Partner mit N oder P (oder / zum Suchen), drücken Sie D, dann I Investieren, V Entwickeln, M Halten oder X Aussteigen.</translation>
    </message>
</context>
<context>
    <name>ps::accounts::AccountText</name>
    <message>
        <source>The row has neither a company name nor a website.</source>
        <translation>Die Zeile hat weder einen Firmennamen noch eine Website.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The %1 cell &quot;%2&quot; holds control or text-direction characters that no company list has.</source>
        <translation>Die Zelle „%2“ (%1) enthält Steuer- oder Textrichtungszeichen, die in keiner Firmenliste vorkommen.</translation>
    </message>
    <message>
        <source>The %1 cell is longer than %L2 characters.</source>
        <translation>Eine Zelle (%1) ist länger als %L2 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 cell &quot;%2&quot; is a spreadsheet formula, not a value.</source>
        <translation>Die Zelle „%2“ (%1) ist eine Tabellenformel, kein Wert.</translation>
    </message>
    <message>
        <source>The %1 value &quot;%2&quot; is not a number.</source>
        <translation>Der Wert „%2“ (%1) ist keine Zahl.</translation>
    </message>
    <message>
        <source>The %1 value &quot;%2&quot; is out of range.</source>
        <translation>Der Wert „%2“ (%1) liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The list has neither a company name nor a website column.</source>
        <translation>Die Liste hat weder eine Spalte für den Firmennamen noch eine für die Website.</translation>
    </message>
    <message>
        <source>The list has no accounts: the file holds only a header.</source>
        <translation>Die Liste enthält keine Accounts: Die Datei besteht nur aus einer Kopfzeile.</translation>
    </message>
    <message>
        <source>The CRM id &quot;%1&quot; repeats the row on line %2.</source>
        <translation>Die CRM-ID „%1“ wiederholt die Zeile %2.</translation>
    </message>
    <message>
        <source>The row repeats line %1.</source>
        <translation>Die Zeile wiederholt Zeile %1.</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; names no registrable domain; the account is matched by its name.</source>
        <translation>Die Website „%1“ nennt keine registrierbare Domain; der Account wird über seinen Namen abgeglichen.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Offene Verkaufschance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Our customers</source>
        <translation>Unsere Kunden</translation>
    </message>
    <message>
        <source>Our prospects</source>
        <translation>Unsere Interessenten</translation>
    </message>
    <message>
        <source>Our open opportunities</source>
        <translation>Unsere offenen Verkaufschancen</translation>
    </message>
    <message>
        <source>Their customers</source>
        <translation>Kunden des Partners</translation>
    </message>
    <message>
        <source>Their prospects</source>
        <translation>Interessenten des Partners</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Anhand der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>Salesforce accounts</source>
        <translation>Salesforce-Accounts</translation>
    </message>
    <message>
        <source>HubSpot companies</source>
        <translation>HubSpot-Unternehmen</translation>
    </message>
    <message>
        <source>Other layout</source>
        <translation>Anderes Layout</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <extracomment>%1 file name, %2 line number, %3 the problem</extracomment>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 the problem</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>libpsl %1, built-in list of %2</source>
        <extracomment>%1 the libpsl version, %2 the date of its built-in Public Suffix List</extracomment>
        <translation>libpsl %1, integrierte Liste vom %2</translation>
    </message>
    <message>
        <source>libpsl %1, list loaded from %2 (the built-in list is of %3)</source>
        <extracomment>%1 the libpsl version, %2 a file, %3 the date of the built-in list</extracomment>
        <translation>libpsl %1, Liste geladen aus %2 (die integrierte Liste ist vom %3)</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; for %2 (its columns: %3).</source>
        <translation>Die Datei hat keine Spalte „%1“ für %2 (ihre Spalten: %3).</translation>
    </message>
    <message>
        <source>The column mapping &quot;%1&quot; is not FIELD=COLUMN with FIELD one of %2.</source>
        <translation>Die Spaltenzuordnung „%1“ hat nicht die Form FIELD=COLUMN mit FIELD aus %2.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or not text</source>
        <translation>das Feld „%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>das Feld „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>„%1“ ist kein bekannter Status</translation>
    </message>
    <message>
        <source>the stored rules are longer than any rule table</source>
        <translation>die gespeicherten Regeln sind länger als jede Regeltabelle</translation>
    </message>
    <message>
        <source>the stored rules are not a JSON object</source>
        <translation>die gespeicherten Regeln sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the stored rules have no format number</source>
        <translation>die gespeicherten Regeln haben keine Formatnummer</translation>
    </message>
    <message>
        <source>the stored rules have format %1, written by a newer version of Partnerscope</source>
        <translation>die gespeicherten Regeln haben das Format %1, geschrieben von einer neueren Version von Partnerscope</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known layout</source>
        <translation>„%1“ ist kein bekanntes Layout</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or not a list</source>
        <translation>das Feld „%1“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>there are more than %1 rules</source>
        <translation>es sind mehr als %1 Regeln</translation>
    </message>
    <message>
        <source>a rule is not a JSON object</source>
        <translation>eine Regel ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list of column names</source>
        <translation>das Feld „%1“ ist keine Liste von Spaltennamen</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;.</source>
        <translation>Statusregeln: die Vorgaben des Layouts „%1“.</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 could not be read (%3).</source>
        <translation>Statusregeln: die Vorgaben des Layouts „%1“; die mit %2 verwendeten Regeln konnten nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 are for the layout &quot;%3&quot;.</source>
        <translation>Statusregeln: die Vorgaben des Layouts „%1“; die mit %2 verwendeten Regeln gehören zum Layout „%3“.</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 read the status column, and this file has none.</source>
        <translation>Statusregeln: die Vorgaben des Layouts „%1“; die mit %2 verwendeten Regeln lesen die Statusspalte, und diese Datei hat keine.</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 read the column &quot;%3&quot;, which this file does not have.</source>
        <translation>Statusregeln: die Vorgaben des Layouts „%1“; die mit %2 verwendeten Regeln lesen die Spalte „%3“, die diese Datei nicht hat.</translation>
    </message>
    <message>
        <source>Status rules: those used with %1.</source>
        <translation>Statusregeln: die mit %1 verwendeten.</translation>
    </message>
</context>
<context>
    <name>ps::accounts::PsiText</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The organisation label must be at most %1 bytes of text without control characters.</source>
        <translation>Die Bezeichnung der Organisation darf höchstens %1 Byte Text ohne Steuerzeichen umfassen.</translation>
    </message>
    <message>
        <source>Select at least one population to offer.</source>
        <translation>Wählen Sie mindestens eine Account-Gruppe für das Angebot aus.</translation>
    </message>
    <message>
        <source>No account of the selected populations has a website with a registrable domain, so there is nothing to offer.</source>
        <translation>Kein Account der gewählten Gruppen hat eine Website mit registrierbarer Domain; es gibt also nichts anzubieten.</translation>
    </message>
    <message>
        <source>The offer was cancelled.</source>
        <translation>Das Angebot wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A domain could not be blinded; try again.</source>
        <translation>Eine Domain konnte nicht verblindet werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is an answer, not an offer: finish the exchange with it in the portfolio that made the offer.</source>
        <translation>Dies ist eine Antwort, kein Angebot: Schließen Sie den Austausch damit in dem Portfolio ab, das das Angebot erstellt hat.</translation>
    </message>
    <message>
        <source>This offer (exchange %1) was already answered; a second answer would let its sender compare the two.</source>
        <translation>Dieses Angebot (Austausch %1) wurde bereits beantwortet; mit einer zweiten Antwort könnte der Absender beide vergleichen.</translation>
    </message>
    <message>
        <source>No account of the populations to reveal has a website with a registrable domain, so there is nothing to answer with.</source>
        <translation>Kein Account der offenzulegenden Gruppen hat eine Website mit registrierbarer Domain; es gibt also nichts, womit geantwortet werden kann.</translation>
    </message>
    <message>
        <source>The answer was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This is not a Partnerscope account-mapping file.</source>
        <translation>Dies ist keine Account-Mapping-Datei von Partnerscope.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet mitten im Dateikopf.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Partnerscope (exchange format %1); this version reads format %2.</source>
        <translation>Die Datei wurde von einer neueren Version von Partnerscope geschrieben (Austauschformat %1); diese Version liest Format %2.</translation>
    </message>
    <message>
        <source>The file is damaged: its header is not valid.</source>
        <translation>Die Datei ist beschädigt: Ihr Dateikopf ist ungültig.</translation>
    </message>
    <message>
        <source>The file is damaged: its sender label is too long.</source>
        <translation>Die Datei ist beschädigt: Ihre Absenderbezeichnung ist zu lang.</translation>
    </message>
    <message>
        <source>The file is damaged: its sender label is not valid text.</source>
        <translation>Die Datei ist beschädigt: Ihre Absenderbezeichnung ist kein gültiger Text.</translation>
    </message>
    <message>
        <source>The file is damaged: it declares %1 lists.</source>
        <translation>Die Datei ist beschädigt: Sie gibt %1 Listen an.</translation>
    </message>
    <message>
        <source>The file is damaged: list %1 is not valid.</source>
        <translation>Die Datei ist beschädigt: Liste %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The file declares more than %L1 entries.</source>
        <translation>Die Datei gibt mehr als %L1 Einträge an.</translation>
    </message>
    <message>
        <source>The file is truncated: it should hold %L1 bytes but holds %L2.</source>
        <translation>Die Datei ist abgeschnitten: Sie sollte %L1 Byte enthalten, enthält aber %L2.</translation>
    </message>
    <message>
        <source>The file is damaged: %L1 bytes follow its end.</source>
        <translation>Die Datei ist beschädigt: Nach ihrem Ende folgen noch %L1 Byte.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed after it was written: its checksum does not match.</source>
        <translation>Die Datei ist beschädigt oder wurde nach dem Schreiben verändert: Ihre Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>This is an offer, not an answer: the partner answers it in their portfolio and sends the answer back.</source>
        <translation>Dies ist ein Angebot, keine Antwort: Der Partner beantwortet es in seinem Portfolio und schickt die Antwort zurück.</translation>
    </message>
    <message>
        <source>This answer belongs to another exchange (%1), not to this one (%2).</source>
        <translation>Diese Antwort gehört zu einem anderen Austausch (%1), nicht zu diesem (%2).</translation>
    </message>
    <message>
        <source>This exchange was already finished on %1; an answer is accepted only once.</source>
        <translation>Dieser Austausch wurde bereits am %1 abgeschlossen; eine Antwort wird nur einmal angenommen.</translation>
    </message>
    <message>
        <source>The stored exchange has lost its secret; start a new exchange.</source>
        <translation>Der gespeicherte Austausch hat sein Geheimnis verloren; beginnen Sie einen neuen Austausch.</translation>
    </message>
    <message>
        <source>This answer was made for a different offer than the one sent in this exchange.</source>
        <translation>Diese Antwort wurde für ein anderes Angebot erstellt als das in diesem Austausch gesendete.</translation>
    </message>
    <message>
        <source>The answer does not return the lists this exchange offered.</source>
        <translation>Die Antwort gibt nicht die Listen zurück, die dieser Austausch angeboten hat.</translation>
    </message>
    <message>
        <source>This answer belongs to an exchange (%1) this portfolio did not start, or no longer keeps.</source>
        <translation>Diese Antwort gehört zu einem Austausch (%1), den dieses Portfolio nicht begonnen hat oder nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>Finishing the exchange was cancelled.</source>
        <translation>Der Abschluss des Austauschs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file holds an entry that is not a valid ristretto255 point (list %1, entry %2): it was damaged or forged.</source>
        <translation>Die Datei enthält einen Eintrag, der kein gültiger ristretto255-Punkt ist (Liste %1, Eintrag %2): Sie wurde beschädigt oder gefälscht.</translation>
    </message>
    <message>
        <source>The stored exchange is not an account-mapping session.</source>
        <translation>Der gespeicherte Austausch ist keine Account-Mapping-Sitzung.</translation>
    </message>
    <message>
        <source>The stored exchange is damaged: its checksum does not match.</source>
        <translation>Der gespeicherte Austausch ist beschädigt: Seine Prüfsumme stimmt nicht.</translation>
    </message>
    <message>
        <source>The stored exchange was written by another version of Partnerscope.</source>
        <translation>Der gespeicherte Austausch wurde von einer anderen Version von Partnerscope geschrieben.</translation>
    </message>
    <message>
        <source>The stored exchange is damaged: its lists are not valid.</source>
        <translation>Der gespeicherte Austausch ist beschädigt: Seine Listen sind ungültig.</translation>
    </message>
    <message>
        <source>The stored exchange is damaged: it is truncated.</source>
        <translation>Der gespeicherte Austausch ist beschädigt: Er ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 the problem</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ps::economics::Charts</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Revenue, cost, margin</source>
        <translation>Umsatz, Kosten, Marge</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge pro Einheit</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
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
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI nach Partnermodell</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Negative ROI</source>
        <translation>Negativer ROI</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Return on program investment (%)</source>
        <translation>Rendite der Programminvestition (%)</translation>
    </message>
    <message>
        <source>Win rate: partner vs direct</source>
        <translation>Gewinnquote: Partner gegenüber direkt</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Partnerbeeinflusst</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 von %2 gewonnen</translation>
    </message>
    <message>
        <source>no closed deals</source>
        <translation>keine abgeschlossenen Deals</translation>
    </message>
    <message>
        <source>Won of closed deals (%)</source>
        <translation>Gewonnene unter den abgeschlossenen Deals (%)</translation>
    </message>
    <message>
        <source>Win rate with and without partners, by model</source>
        <translation>Gewinnquote mit und ohne Partner, nach Modell</translation>
    </message>
    <message>
        <source>Sales cycle with and without partners, by model</source>
        <translation>Vertriebszyklus mit und ohne Partner, nach Modell</translation>
    </message>
    <message>
        <source>With partners of the model</source>
        <translation>Mit Partnern des Modells</translation>
    </message>
    <message>
        <source>not enough
deals</source>
        <translation>zu wenige
Deals</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Days from created to won</source>
        <translation>Tage von Anlage bis Gewinn</translation>
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
    <message numerus="yes">
        <source>Change %1 of %n partners</source>
        <translation>
            <numerusform>%1 von %n Partner ändern</numerusform>
            <numerusform>%1 von %n Partnern ändern</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>%n Partner löschen</numerusform>
            <numerusform>%n Partner löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n partners</source>
        <translation>
            <numerusform>%n Partner duplizieren</numerusform>
            <numerusform>%n Partner duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation>Neues ICP</translation>
    </message>
    <message>
        <source>Add ICP %1</source>
        <translation>ICP %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ICPs</source>
        <translation>
            <numerusform>%n ICP löschen</numerusform>
            <numerusform>%n ICPs löschen</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>%n Zeile importieren</numerusform>
            <numerusform>%n Zeilen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows from %1</source>
        <translation>
            <numerusform>%n Zeile aus %1 importieren</numerusform>
            <numerusform>%n Zeilen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>%n Aktivität löschen</numerusform>
            <numerusform>%n Aktivitäten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deals</source>
        <translation>
            <numerusform>%n Deal löschen</numerusform>
            <numerusform>%n Deals löschen</numerusform>
        </translation>
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
    <message>
        <source>%1 with %2 on %3</source>
        <translation>%1 mit %2 am %3</translation>
    </message>
    <message>
        <source>unnamed deal</source>
        <translation>unbenannter Deal</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Reject the suggested %1</source>
        <translation>Vorschlag ablehnen: %1</translation>
    </message>
    <message>
        <source>Suggest %1 again</source>
        <translation>Wieder vorschlagen: %1</translation>
    </message>
    <message>
        <source>the investment in %1 from %2</source>
        <translation>die Investition in %1 ab %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n investment periods</source>
        <translation>
            <numerusform>%n Investitionsperiode löschen</numerusform>
            <numerusform>%n Investitionsperioden löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of the plan for %2</source>
        <translation>%1 des Plans für %2 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Import %n of our accounts</source>
        <translation>
            <numerusform>%n eigenes Konto importieren</numerusform>
            <numerusform>%n eigene Konten importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s) of %1</source>
        <translation>
            <numerusform>%n Konto von %1 importieren</numerusform>
            <numerusform>%n Konten von %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the account list %1</source>
        <translation>Kontenliste %1 entfernen</translation>
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
    <name>ps::plan::PlanText</name>
    <message>
        <source>%1 of the budget stays unallocated: beyond this plan, every further unit returns less margin than it costs.</source>
        <translation>%1 des Budgets bleiben unverteilt: Über diesen Plan hinaus bringt jede weitere Einheit weniger Marge, als sie kostet.</translation>
    </message>
    <message>
        <source>%1 of the budget stays unallocated: every partner that could take more is at its maximum.</source>
        <translation>%1 des Budgets bleiben unverteilt: Jeder Partner, der mehr aufnehmen könnte, ist an seinem Maximum.</translation>
    </message>
    <message>
        <source>Overlapping group shares were solved on a piecewise-linear form; amounts are exact to about a millionth of the budget.</source>
        <translation>Überlappende Gruppenanteile wurden über eine stückweise lineare Form gelöst; die Beträge sind auf etwa ein Millionstel des Budgets genau.</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>The response curve of %1 is not valid: its ceiling and baseline must be zero or more and its scale positive.</source>
        <translation>Die Wirkungskurve von %1 ist ungültig: Ihre Obergrenze und ihr Grundniveau müssen null oder mehr und ihre Skala positiv sein.</translation>
    </message>
    <message>
        <source>The curve uncertainty of %1 is not valid: its spreads must be zero or more, its shared parts between 0 and 1 and its correlation between -1 and 1.</source>
        <translation>Die Kurvenunsicherheit von %1 ist ungültig: Ihre Streuungen müssen null oder mehr sein, ihre gemeinsamen Anteile zwischen 0 und 1 und ihre Korrelation zwischen -1 und 1 liegen.</translation>
    </message>
    <message>
        <source>The amounts of %1 must be numbers of zero or more.</source>
        <translation>Die Beträge von %1 müssen Zahlen von null oder mehr sein.</translation>
    </message>
    <message>
        <source>The margin rate of %1 must be between 0 and 1.</source>
        <translation>Die Margenquote von %1 muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The budget must be a number of zero or more; %1 is not.</source>
        <translation>Das Budget muss eine Zahl von null oder mehr sein; %1 ist es nicht.</translation>
    </message>
    <message>
        <source>A budget of %1 is beyond any program budget (the limit is %2); check the amount.</source>
        <translation>Ein Budget von %1 übersteigt jedes Programmbudget (die Grenze liegt bei %2); prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>The margin rate must be between 0 and 1.</source>
        <translation>Die Margenquote muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The minimum and maximum per partner must be numbers of zero or more.</source>
        <translation>Minimum und Maximum pro Partner müssen Zahlen von null oder mehr sein.</translation>
    </message>
    <message>
        <source>The minimum per partner (%1) is above the maximum per partner (%2).</source>
        <translation>Das Minimum pro Partner (%1) liegt über dem Maximum pro Partner (%2).</translation>
    </message>
    <message>
        <source>The floor of %1 (%2, from its minimum and contract minimum) is above its maximum of %3.</source>
        <translation>Der Mindestbetrag von %1 (%2, aus seinem Minimum und seinem vertraglichen Minimum) liegt über seinem Maximum von %3.</translation>
    </message>
    <message>
        <source>The plan has no partners.</source>
        <translation>Der Plan enthält keine Partner.</translation>
    </message>
    <message>
        <source>Partner %1 appears twice in the plan.</source>
        <translation>Partner %1 kommt im Plan zweimal vor.</translation>
    </message>
    <message>
        <source>The shared uncertainty of %1 refers to a source the plan does not have.</source>
        <translation>Die gemeinsame Unsicherheit von %1 verweist auf eine Quelle, die der Plan nicht hat.</translation>
    </message>
    <message>
        <source>The partners&apos; floors add up to %1, more than the budget of %2 (fixed amounts %3, quadrant policy %4, minimums and contract minimums %5).</source>
        <translation>Die Mindestbeträge der Partner summieren sich auf %1, mehr als das Budget von %2 (feste Beträge %3, Quadrantenregel %4, Minima und vertragliche Minima %5).</translation>
    </message>
    <message>
        <source>The minimum share of group &quot;%1&quot; must be between 0% and 100%.</source>
        <translation>Der Mindestanteil der Gruppe „%1“ muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; lists partner %2, which is not in the plan.</source>
        <translation>Gruppe „%1“ nennt Partner %2, der nicht im Plan ist.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; needs at least %2 (%3 of the budget), but its partners can take at most %4 given their maximums, fixed amounts, exits and quadrant policy.</source>
        <translation>Gruppe „%1“ braucht mindestens %2 (%3 des Budgets), aber ihre Partner können angesichts ihrer Maxima, festen Beträge, Ausstiege und der Quadrantenregel höchstens %4 aufnehmen.</translation>
    </message>
    <message>
        <source>The minimum shares of %1 cannot all hold within the budget of %2 together with the other partners&apos; floors.</source>
        <translation>Die Mindestanteile von %1 lassen sich zusammen mit den Mindestbeträgen der übrigen Partner nicht alle im Budget von %2 einhalten.</translation>
    </message>
    <message>
        <source>The revenue target must be a number of zero or more.</source>
        <translation>Das Umsatzziel muss eine Zahl von null oder mehr sein.</translation>
    </message>
    <message>
        <source>The target date must come after today&apos;s date (%1).</source>
        <translation>Das Zieldatum muss nach dem heutigen Datum (%1) liegen.</translation>
    </message>
    <message>
        <source>The periods per year must be a positive number.</source>
        <translation>Die Perioden pro Jahr müssen eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The credibility weight must be zero or more.</source>
        <translation>Das Glaubwürdigkeitsgewicht muss null oder mehr sein.</translation>
    </message>
    <message>
        <source>There are no partners to plan capacity from.</source>
        <translation>Es gibt keine Partner, aus denen sich die Kapazität planen lässt.</translation>
    </message>
    <message>
        <source>No active partner has attributed revenue in the year before %1, so productivity is unknown.</source>
        <translation>Kein aktiver Partner hat im Jahr vor dem %1 zugeordneten Umsatz, daher ist die Produktivität unbekannt.</translation>
    </message>
    <message>
        <source>No partner has both an enrolment date and a first commercial activity, so the ramp time is unknown.</source>
        <translation>Kein Partner hat sowohl ein Aufnahmedatum als auch eine erste kommerzielle Aktivität, daher ist die Anlaufzeit unbekannt.</translation>
    </message>
    <message>
        <source>No partner was enrolled a year ago or more, so every recruit is assumed to become active.</source>
        <translation>Kein Partner wurde vor einem Jahr oder früher aufgenommen, daher wird angenommen, dass jeder neu gewonnene Partner aktiv wird.</translation>
    </message>
    <message>
        <source>Today&apos;s run-rate of %1 already meets the target.</source>
        <translation>Die heutige Run-Rate von %1 erreicht das Ziel bereits.</translation>
    </message>
    <message>
        <source>The target cannot be reached by %1: recruits need %2 days or more to reach their first commercial activity, and only %3 days are left.</source>
        <translation>Das Ziel ist bis zum %1 nicht erreichbar: Neue Partner brauchen %2 Tage oder mehr bis zu ihrer ersten kommerziellen Aktivität, und es bleiben nur %3 Tage.</translation>
    </message>
    <message>
        <source>Its own revenue does not rise with its spend.</source>
        <translation>Sein eigener Umsatz steigt nicht mit seinen Ausgaben.</translation>
    </message>
    <message>
        <source>Its own evidence shows no saturation yet, so its ceiling is unknown.</source>
        <translation>Seine eigenen Daten zeigen noch keine Sättigung, daher ist seine Obergrenze unbekannt.</translation>
    </message>
    <message>
        <source>Its own evidence is saturated at every spend it has seen.</source>
        <translation>Seine eigenen Daten sind bei jeder bisher beobachteten Ausgabenhöhe gesättigt.</translation>
    </message>
    <message>
        <source>Its own evidence cannot tell the ceiling from the scale.</source>
        <translation>Seine eigenen Daten können Obergrenze und Skala nicht unterscheiden.</translation>
    </message>
    <message>
        <source>The periods per plan period must be a positive number.</source>
        <translation>Die Perioden pro Planperiode müssen eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The default spread of the curves must be zero or more.</source>
        <translation>Die Standardstreuung der Kurven muss null oder mehr sein.</translation>
    </message>
    <message>
        <source>A partner&apos;s own fit needs at least 4 periods.</source>
        <translation>Eine partnereigene Anpassung braucht mindestens 4 Perioden.</translation>
    </message>
    <message>
        <source>The curve set by hand for partner %1 is not valid: the ceiling and baseline must be zero or more and the scale positive.</source>
        <translation>Die von Hand gesetzte Kurve für Partner %1 ist ungültig: Obergrenze und Grundniveau müssen null oder mehr und die Skala positiv sein.</translation>
    </message>
    <message>
        <source>The curve set by hand for segment &quot;%1&quot; is not valid: the ceiling and baseline must be zero or more and the scale positive.</source>
        <translation>Die von Hand gesetzte Kurve für das Segment „%1“ ist ungültig: Obergrenze und Grundniveau müssen null oder mehr und die Skala positiv sein.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message numerus="yes">
        <source>It has %n period(s) of its own evidence; a fit of its own needs %1.</source>
        <translation>
            <numerusform>Er hat %n Periode eigener Daten; eine eigene Anpassung braucht %1.</numerusform>
            <numerusform>Er hat %n Perioden eigener Daten; eine eigene Anpassung braucht %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) have no response curve: no partner&apos;s evidence has enough spend and revenue history to fit one; set their curves by hand.</source>
        <translation>
            <numerusform>%n Partner hat keine Wirkungskurve: Bei keinem Partner reicht die Ausgaben- und Umsatzhistorie für eine Anpassung; setzen Sie die Kurve von Hand.</numerusform>
            <numerusform>%n Partner haben keine Wirkungskurve: Bei keinem Partner reicht die Ausgaben- und Umsatzhistorie für eine Anpassung; setzen Sie die Kurven von Hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1 appears twice in the evidence.</source>
        <translation>Partner %1 kommt in den Daten zweimal vor.</translation>
    </message>
    <message>
        <source>The evidence of %1 for the period from %2 has a spend or revenue that is not a valid amount.</source>
        <translation>Die Daten von %1 für die Periode ab %2 enthalten Ausgaben oder einen Umsatz, die kein gültiger Betrag sind.</translation>
    </message>
    <message>
        <source>Today&apos;s spend or the contract minimum of %1 is not a valid amount.</source>
        <translation>Die heutigen Ausgaben oder das vertragliche Minimum von %1 sind kein gültiger Betrag.</translation>
    </message>
    <message>
        <source>A forecast takes between %1 and %2 draws.</source>
        <translation>Eine Prognose verwendet zwischen %1 und %2 Ziehungen.</translation>
    </message>
    <message>
        <source>The plan has %1 partners but its problem %2.</source>
        <translation>Der Plan hat %1 Partner, sein Problem aber %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s figures for %1 do not fit its problem.</source>
        <translation>Die Zahlen des Plans für %1 passen nicht zu seinem Problem.</translation>
    </message>
    <message>
        <source>The forecast was cancelled.</source>
        <translation>Die Prognose wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The plans to compare have %1 and %2 amounts for %3 partners.</source>
        <translation>Die zu vergleichenden Pläne haben %1 und %2 Beträge für %3 Partner.</translation>
    </message>
    <message>
        <source>The plan has %1 amounts for %2 partners.</source>
        <translation>Der Plan hat %1 Beträge für %2 Partner.</translation>
    </message>
    <message>
        <source>%1 has an amount that is not a number of zero or more.</source>
        <translation>%1 hat einen Betrag, der keine Zahl von null oder mehr ist.</translation>
    </message>
    <message>
        <source>%1 has exited but gets %2.</source>
        <translation>%1 ist ausgestiegen, erhält aber %2.</translation>
    </message>
    <message>
        <source>%1 is fixed at %2 but gets %3.</source>
        <translation>%1 ist auf %2 festgelegt, erhält aber %3.</translation>
    </message>
    <message>
        <source>%1 should get %2 by its quadrant&apos;s policy but gets %3.</source>
        <translation>%1 sollte laut der Regel seines Quadranten %2 erhalten, erhält aber %3.</translation>
    </message>
    <message>
        <source>%1 gets %2, below its floor of %3.</source>
        <translation>%1 erhält %2, weniger als seinen Mindestbetrag von %3.</translation>
    </message>
    <message>
        <source>%1 gets %2, above its maximum of %3.</source>
        <translation>%1 erhält %2, mehr als sein Maximum von %3.</translation>
    </message>
    <message>
        <source>The plan spends %1, more than the budget of %2.</source>
        <translation>Der Plan gibt %1 aus, mehr als das Budget von %2.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; gets %2, short of its minimum of %3.</source>
        <translation>Gruppe „%1“ erhält %2, weniger als ihr Minimum von %3.</translation>
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
        <source>Set by hand for the partner</source>
        <translation>Von Hand für den Partner gesetzt</translation>
    </message>
    <message>
        <source>Set by hand for its segment</source>
        <translation>Von Hand für sein Segment gesetzt</translation>
    </message>
    <message>
        <source>Its own evidence</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Its model and tier</source>
        <translation>Sein Modell und seine Stufe</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Das Programm</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage; %1 the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(deleted segment)</source>
        <translation>(gelöschtes Segment)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message numerus="yes">
        <source>%n other partner(s)</source>
        <translation>
            <numerusform>%n weiterer Partner</numerusform>
            <numerusform>%n weitere Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other segment(s)</source>
        <translation>
            <numerusform>%n weiteres Segment</numerusform>
            <numerusform>%n weitere Segmente</numerusform>
        </translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Economics</source>
        <translation>Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>Program metrics</source>
        <translation>Programmkennzahlen</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI nach Partnermodell</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>OEM-Deals</translation>
    </message>
    <message>
        <source>Royalty per year</source>
        <translation>Lizenzgebühr pro Jahr</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Active partner rate (a commercial activity this quarter)</source>
        <translation>Anteil aktiver Partner (eine kommerzielle Aktivität in diesem Quartal)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Median days to first commercial activity</source>
        <translation>Median der Tage bis zur ersten kommerziellen Aktivität</translation>
    </message>
    <message>
        <source>Partner retention (12 months)</source>
        <translation>Partnerbindung (12 Monate)</translation>
    </message>
    <message>
        <source>Partner-influenced share of pipeline</source>
        <translation>Partnerbeeinflusster Anteil der Pipeline</translation>
    </message>
    <message>
        <source>Concentration of influenced revenue (HHI)</source>
        <translation>Konzentration des beeinflussten Umsatzes (HHI)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Ausstiegsrisiko</translation>
    </message>
    <message>
        <source>Failure modes</source>
        <translation>Fehlermuster</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge pro Einheit</translation>
    </message>
    <message>
        <source>invalid terms</source>
        <translation>ungültige Konditionen</translation>
    </message>
    <message>
        <source>Needs a model</source>
        <translation>Braucht ein Modell</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>OEM deal</source>
        <translation>OEM-Deal</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Erfüllte Bedingungen</translation>
    </message>
    <message>
        <source>Likely a distraction</source>
        <translation>Wahrscheinlich eine Ablenkung</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Exklusivitätsfalle</translation>
    </message>
    <message>
        <source>Breaks at scale</source>
        <translation>Bricht bei Skalierung ein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation>keine Volumen</translation>
    </message>
    <message>
        <source>Royalty</source>
        <translation>Lizenzgebühr</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Win rate, partner-influenced</source>
        <translation>Gewinnquote, partnerbeeinflusst</translation>
    </message>
    <message>
        <source>Win rate, direct</source>
        <translation>Gewinnquote, direkt</translation>
    </message>
    <message>
        <source>Average won deal, partner-influenced</source>
        <translation>Durchschnittlicher gewonnener Deal, partnerbeeinflusst</translation>
    </message>
    <message>
        <source>Average won deal, direct</source>
        <translation>Durchschnittlicher gewonnener Deal, direkt</translation>
    </message>
    <message>
        <source>Largest partner&apos;s share of influenced revenue</source>
        <translation>Anteil des größten Partners am beeinflussten Umsatz</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation>Beeinflusster Umsatz</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Partner impact</source>
        <translation>Partnerwirkung</translation>
    </message>
    <message>
        <source>From the deal log: a won deal&apos;s amount is split equally among its partners; rates need %1 closed deals, below that a figure says &quot;not enough deals&quot;.</source>
        <translation>Aus dem Deal-Protokoll: Der Betrag eines gewonnenen Deals wird zu gleichen Teilen auf seine Partner aufgeteilt; Quoten brauchen %1 abgeschlossene Deals, darunter zeigt eine Zahl „zu wenige Deals“.</translation>
    </message>
    <message>
        <source>By partner model</source>
        <translation>Nach Partnermodell</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Stufe</translation>
    </message>
    <message>
        <source>By ICP</source>
        <translation>Nach ICP</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Nach Partner</translation>
    </message>
    <message>
        <source>Commitment and commercial contribution from</source>
        <translation>Engagement und kommerzieller Beitrag aus</translation>
    </message>
    <message>
        <source>Scored from</source>
        <translation>Bewertet aus</translation>
    </message>
    <message>
        <source>deals and activities</source>
        <translation>Deals und Aktivitäten</translation>
    </message>
    <message>
        <source>manual ratings</source>
        <translation>manuellen Bewertungen</translation>
    </message>
    <message>
        <source>Deals of</source>
        <translation>Deals von</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Win rate vs direct (90% interval)</source>
        <translation>Gewinnquote ggü. direkt (90-%-Intervall)</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Durchschnittlicher gewonnener Deal</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Vertriebszyklus (Tage)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Akquiriert</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Beeinflusst</translation>
    </message>
    <message>
        <source>Attributed won revenue</source>
        <translation>Zugerechneter gewonnener Umsatz</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>zu wenige Deals</translation>
    </message>
    <message>
        <source>%1 direct: %2 points (%3 to %4)</source>
        <translation>%1 direkt: %2 Prozentpunkte (%3 bis %4)</translation>
    </message>
    <message>
        <source>Deals with partners</source>
        <translation>Deals mit Partnern</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Direkte Deals</translation>
    </message>
    <message>
        <source>Partners change the win rate by %1 points (90% interval %2 to %3)</source>
        <translation>Partner verändern die Gewinnquote um %1 Prozentpunkte (90-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source>Too few closed deals to compare win rates (%1 needed on each side)</source>
        <translation>Zu wenige abgeschlossene Deals, um Gewinnquoten zu vergleichen (%1 je Seite nötig)</translation>
    </message>
    <message>
        <source>partner-involved share of the open pipeline %1</source>
        <translation>Anteil der offenen Pipeline mit Partnerbeteiligung %1</translation>
    </message>
    <message>
        <source>partner-sourced new customers: %1</source>
        <translation>von Partnern akquirierte Neukunden: %1</translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation>Programmart</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source>A budget of %1 %2 is expected to return %3 %2 a year (today&apos;s spend of %4 %2: %5 %2).</source>
        <translation>Ein Budget von %1 %2 lässt einen Ertrag von %3 %2 pro Jahr erwarten (heutige Ausgaben von %4 %2: %5 %2).</translation>
    </message>
    <message>
        <source>By program kind</source>
        <translation>Nach Programmart</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Programmbudget</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Erwarteter Ertrag</translation>
    </message>
    <message>
        <source>Shadow price of the budget</source>
        <translation>Schattenpreis des Budgets</translation>
    </message>
    <message>
        <source>Today&apos;s spend</source>
        <translation>Heutige Ausgaben</translation>
    </message>
    <message>
        <source>Expected return of today&apos;s spend</source>
        <translation>Erwarteter Ertrag der heutigen Ausgaben</translation>
    </message>
    <message>
        <source>Edited plan&apos;s spend</source>
        <translation>Ausgaben des bearbeiteten Plans</translation>
    </message>
    <message>
        <source>Edited plan&apos;s expected return</source>
        <translation>Erwarteter Ertrag des bearbeiteten Plans</translation>
    </message>
    <message>
        <source>Value the edited plan leaves</source>
        <translation>Vom bearbeiteten Plan verschenkter Wert</translation>
    </message>
    <message>
        <source>Forecast P10</source>
        <translation>Prognose P10</translation>
    </message>
    <message>
        <source>Forecast P50</source>
        <translation>Prognose P50</translation>
    </message>
    <message>
        <source>Forecast P90</source>
        <translation>Prognose P90</translation>
    </message>
    <message>
        <source>Forecast draws</source>
        <translation>Prognoseziehungen</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>Allocation (%1)</source>
        <translation>Zuteilung (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Erwartet (%1)</translation>
    </message>
    <message>
        <source>Marginal return</source>
        <translation>Grenzertrag</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>Payback probability</source>
        <translation>Amortisationswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>optimum</source>
        <translation>freies Optimum</translation>
    </message>
    <message>
        <source>its floor</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>its cap</source>
        <translation>Höchstbetrag</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>fester Betrag</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>quadrant policy</source>
        <translation>Quadrantenregel</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>Anteil von %1</translation>
    </message>
    <message>
        <source>Plan (%1)</source>
        <translation>Geplant (%1)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan by partner model</source>
        <translation>Investitionsplan nach Partnermodell</translation>
    </message>
    <message>
        <source>Account overlap</source>
        <translation>Kontenüberschneidung</translation>
    </message>
    <message>
        <source>Our %1 accounts against each partner&apos;s latest list, matched on the registrable domain, then on the company name.</source>
        <translation>Unsere %1 Konten im Vergleich mit der neuesten Liste jedes Partners, abgeglichen über die registrierbare Domain, dann über den Firmennamen.</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Listendatum</translation>
    </message>
    <message>
        <source>Their accounts</source>
        <translation>Konten des Partners</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>By name only</source>
        <translation>Nur über den Namen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Shared open pipeline (%1)</source>
        <translation>Gemeinsame offene Pipeline (%1)</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>ROI by model</source>
        <translation>ROI nach Modell</translation>
    </message>
    <message>
        <source>Impact program</source>
        <translation>Wirkung im Programm</translation>
    </message>
    <message>
        <source>Impact by partner model</source>
        <translation>Wirkung nach Partnermodell</translation>
    </message>
    <message>
        <source>Impact by tier</source>
        <translation>Wirkung nach Stufe</translation>
    </message>
    <message>
        <source>Impact by ICP</source>
        <translation>Wirkung nach ICP</translation>
    </message>
    <message>
        <source>Impact by partner</source>
        <translation>Wirkung nach Partner</translation>
    </message>
    <message>
        <source>Plan by model</source>
        <translation>Plan nach Modell</translation>
    </message>
    <message>
        <source>Plan by program kind</source>
        <translation>Plan nach Programmart</translation>
    </message>
    <message>
        <source>Plan by partner</source>
        <translation>Plan nach Partner</translation>
    </message>
    <message>
        <source>Bubble area shows revenue (sourced and influenced). Named: the largest partners, the borderline ones (their quadrant changes when the weights move slightly) and the invest quadrant, where a name fits; pointing at a bubble shows its partner.</source>
        <translation>Die Blasenfläche zeigt den Umsatz (akquiriert und beeinflusst). Benannt sind, wo ein Name Platz findet, die größten Partner, die Grenzfälle (ihr Quadrant wechselt, wenn sich die Gewichte leicht ändern) und der Quadrant „Investieren“; zeigt man auf eine Blase, erscheint ihr Partner.</translation>
    </message>
</context>
<context>
    <name>ps::report::Charts</name>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
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
        <source>Thousands (%1)</source>
        <translation>Tausend (%1)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
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
    <name>ps::report::Pages</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>Klassifizierung nötig</translation>
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
    <message>
        <source>Untitled portfolio</source>
        <translation>Unbenanntes Portfolio</translation>
    </message>
    <message>
        <source>Partner segmentation report</source>
        <translation>Partner-Segmentierungsbericht</translation>
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
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
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
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Where to invest</source>
        <translation>Wo investieren</translation>
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
        <source>Quadrants</source>
        <translation>Quadranten</translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation>ICP-Abdeckung</translation>
    </message>
    <message>
        <source>Influence is 0-100 from the partners&apos; links to each ideal customer profile; an ICP without a strongly linked partner is a gap.</source>
        <translation>Der Einfluss (0–100) ergibt sich aus den Verbindungen der Partner zu jedem Idealkundenprofil; ein ICP ohne stark verknüpften Partner ist eine Lücke.</translation>
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
        <source>ICP %1</source>
        <translation>ICP %1</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Priorisierungsmatrix</translation>
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
        <source>Segment</source>
        <translation>Segment</translation>
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
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Recommended motion</source>
        <translation>Empfohlener Ansatz</translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation>Erreichte ICPs</translation>
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
        <source>Economics</source>
        <translation>Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>Partnerships measured by commercial outcome, not partner count: from the activity and deal logs as of %1.</source>
        <translation>Partnerschaften gemessen am kommerziellen Ergebnis, nicht an der Zahl der Partner: aus den Aktivitäts- und Deal-Protokollen, Stand %1.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Partnerbeeinflusst</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Durchschnittlicher gewonnener Deal</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Offene Pipeline</translation>
    </message>
    <message>
        <source>Program health</source>
        <translation>Programmzustand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Active partner rate (a commercial activity this quarter)</source>
        <translation>Anteil aktiver Partner (eine kommerzielle Aktivität in diesem Quartal)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Median days to first commercial activity</source>
        <translation>Median der Tage bis zur ersten kommerziellen Aktivität</translation>
    </message>
    <message>
        <source>Partner retention (12 months)</source>
        <translation>Partnerbindung (12 Monate)</translation>
    </message>
    <message>
        <source>Partner-influenced share of pipeline</source>
        <translation>Partnerbeeinflusster Anteil der Pipeline</translation>
    </message>
    <message>
        <source>Concentration of influenced revenue (HHI)</source>
        <translation>Konzentration des beeinflussten Umsatzes (HHI)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Largest share: %1</source>
        <translation>Größter Anteil: %1</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI nach Partnermodell</translation>
    </message>
    <message>
        <source>No partner model has recorded investment yet, so there is no ROI.</source>
        <translation>Für noch kein Partnermodell ist eine Investition erfasst, daher gibt es keinen ROI.</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>OEM-Deals</translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions holding means the deal is likely a distraction; exit risk rises from certified component to white-label, full embedded and the strategic tier.</source>
        <translation>Sind weniger als drei der vier Bedingungen erfüllt, ist der Deal wahrscheinlich eine Ablenkung; das Ausstiegsrisiko steigt von der zertifizierten Komponente über White-Label und vollständig eingebettet bis zur strategischen Stufe.</translation>
    </message>
    <message>
        <source>The portfolio has no OEM deal.</source>
        <translation>Das Portfolio hat keinen OEM-Deal.</translation>
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
        <source>Exit risk</source>
        <translation>Ausstiegsrisiko</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Failure modes</source>
        <translation>Fehlermuster</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 von 4</translation>
    </message>
    <message>
        <source>distraction</source>
        <translation>Ablenkung</translation>
    </message>
    <message>
        <source>exclusivity trap</source>
        <translation>Exklusivitätsfalle</translation>
    </message>
    <message>
        <source>Royalty margin per deal and year</source>
        <translation>Lizenzgebührenmarge pro Deal und Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge pro Einheit</translation>
    </message>
    <message>
        <source>invalid terms</source>
        <translation>ungültige Konditionen</translation>
    </message>
    <message>
        <source>%1 breaks at scale: in year %2 each unit keeps %3.</source>
        <translation>%1 scheitert bei Skalierung: In Jahr %2 bleiben pro Einheit %3.</translation>
    </message>
    <message>
        <source>%1: revenue, cost and margin per year</source>
        <translation>%1: Umsatz, Kosten und Marge pro Jahr</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Items not shown here: %1; the XLSX, CSV and HTML reports list every one.</source>
        <translation>Hier nicht angezeigte Einträge: %1; die XLSX-, CSV- und HTML-Berichte führen jeden einzelnen auf.</translation>
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
        <source>%1 in all
</source>
        <translation>%1 insgesamt
</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (Überschreibung)</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>zu wenige Deals</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Deals of</source>
        <translation>Deals von</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Gewonnen / verloren</translation>
    </message>
    <message>
        <source>vs direct, points (90%)</source>
        <translation>ggü. direkt, Prozentpunkte (90 %)</translation>
    </message>
    <message>
        <source>Cycle, days</source>
        <translation>Zyklus, Tage</translation>
    </message>
    <message>
        <source>Attributed won</source>
        <translation>Zugerechnet gewonnen</translation>
    </message>
    <message>
        <source>Partner impact</source>
        <translation>Partnerwirkung</translation>
    </message>
    <message>
        <source>From the deal log: a won deal&apos;s amount is split equally among its partners; rates need %1 closed deals.</source>
        <translation>Aus dem Deal-Protokoll: Der Betrag eines gewonnenen Deals wird zu gleichen Teilen auf seine Partner aufgeteilt; Quoten brauchen %1 abgeschlossene Deals.</translation>
    </message>
    <message>
        <source>Deals with partners</source>
        <translation>Deals mit Partnern</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Direkte Deals</translation>
    </message>
    <message>
        <source>Partners with fewer deals not shown here: %1; the XLSX, CSV and HTML reports list every one.</source>
        <translation>Partner mit weniger Deals, hier nicht gezeigt: %1; die Berichte als XLSX, CSV und HTML führen alle auf.</translation>
    </message>
    <message>
        <source>
from deals and activities</source>
        <translation>
aus Deals und Aktivitäten</translation>
    </message>
    <message>
        <source>
from manual ratings</source>
        <translation>
aus manuellen Bewertungen</translation>
    </message>
    <message>
        <source>Bubble area shows revenue (sourced and influenced). Named: the largest partners, the borderline ones (their quadrant changes when the weights move slightly) and the invest quadrant, where a name fits.</source>
        <translation>Die Blasenfläche zeigt den Umsatz (akquiriert und beeinflusst). Beschriftet: die größten Partner, die Grenzfälle (ihr Quadrant ändert sich, wenn sich die Gewichte leicht verschieben) und der Quadrant „Investieren“, sofern ein Name hineinpasst.</translation>
    </message>
</context>
<context>
    <name>ps::report::Pdf</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
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
</context>
<context>
    <name>ps::report::PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Investitionsplan</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>Es konnte kein Plan erstellt werden: %1</translation>
    </message>
    <message>
        <source>Where the program budget goes under the scenario&apos;s constraints, what it is expected to return a year, and with what uncertainty (a Monte Carlo forecast over the curves&apos; uncertainty).</source>
        <translation>Wohin das Programmbudget unter den Nebenbedingungen des Szenarios fließt, welchen Jahresertrag es erwarten lässt und mit welcher Unsicherheit (eine Monte-Carlo-Prognose über die Unsicherheit der Kurven).</translation>
    </message>
    <message>
        <source>By partner model</source>
        <translation>Nach Partnermodell</translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation>Programmart</translation>
    </message>
    <message>
        <source>By program kind</source>
        <translation>Nach Programmart</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Nach Partner</translation>
    </message>
</context>
</TS>
