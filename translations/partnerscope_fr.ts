<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ps::AccountImportDialog</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 column:</source>
        <translation>Colonne du champ %1 :</translation>
    </message>
    <message>
        <source>Status rules</source>
        <translation>Règles de statut</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value (* any text)</source>
        <translation>Valeur (* texte quelconque)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status rules:</source>
        <translation>Règles de statut :</translation>
    </message>
    <message>
        <source>Recognised: %1</source>
        <translation>Reconnu : %1</translation>
    </message>
    <message>
        <source>(no status column)</source>
        <translation>(pas de colonne de statut)</translation>
    </message>
    <message>
        <source>any other row</source>
        <translation>toute autre ligne</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Reset to the layout&apos;s rules</source>
        <translation>&amp;Rétablir les règles de la disposition</translation>
    </message>
    <message>
        <source>Add a rule below the selected one</source>
        <translation>Ajouter une règle sous celle sélectionnée</translation>
    </message>
    <message>
        <source>Go back to the status rules of the layout</source>
        <translation>Revenir aux règles de statut de la disposition</translation>
    </message>
    <message>
        <source>%1: pick the column of each field. Rows need a name or a website; the status rules below say which rows are customers, prospects or open opportunities (the first rule that matches decides). Edit a rule&apos;s value in place, &apos;*&apos; standing for any text; change its column or status with its lists.</source>
        <translation>%1 : choisissez la colonne de chaque champ. Les lignes ont besoin d&apos;un nom ou d&apos;un site web ; les règles de statut ci-dessous disent quelles lignes sont des clients, des prospects ou des opportunités ouvertes (la première règle qui correspond décide). Modifiez la valeur d&apos;une règle sur place, « * » valant n&apos;importe quel texte ; changez sa colonne ou son statut dans ses listes.</translation>
    </message>
    <message>
        <source>%1 (the status column)</source>
        <translation>%1 (la colonne de statut)</translation>
    </message>
    <message>
        <source>(the status column: none)</source>
        <translation>(la colonne de statut : aucune)</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <translation>%1 (absente de ce fichier)</translation>
    </message>
    <message>
        <source>Column of rule %1</source>
        <translation>Colonne de la règle %1</translation>
    </message>
    <message>
        <source>Status of rule %1</source>
        <translation>Statut de la règle %1</translation>
    </message>
    <message>
        <source>Status of any other row</source>
        <translation>Statut de toute autre ligne</translation>
    </message>
</context>
<context>
    <name>ps::AccountsPage</name>
    <message numerus="yes">
        <source>%n account(s), %1, from %2</source>
        <translation>
            <numerusform>%n compte, %1, provenant de %2</numerusform>
            <numerusform>%n comptes, %1, provenant de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import our accounts…</source>
        <translation>Importer nos comptes…</translation>
    </message>
    <message>
        <source>Import partner list…</source>
        <translation>Importer la liste du partenaire…</translation>
    </message>
    <message>
        <source>Remove partner list</source>
        <translation>Retirer la liste du partenaire</translation>
    </message>
    <message>
        <source>Private exchange: make offer…</source>
        <translation>Échange privé : faire une offre…</translation>
    </message>
    <message>
        <source>Answer an offer…</source>
        <translation>Répondre à une offre…</translation>
    </message>
    <message>
        <source>Finish with the answer…</source>
        <translation>Terminer avec la réponse…</translation>
    </message>
    <message>
        <source>Overlap matrix</source>
        <translation>Matrice de chevauchement</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Date de la liste</translation>
    </message>
    <message>
        <source>Shared accounts</source>
        <translation>Comptes communs</translation>
    </message>
    <message>
        <source>With our open pipeline</source>
        <translation>Avec notre pipeline ouvert</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Overlap across partners</source>
        <translation>Chevauchement entre partenaires</translation>
    </message>
    <message>
        <source>Our account</source>
        <translation>Notre compte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>Notre statut</translation>
    </message>
    <message>
        <source>Their account</source>
        <translation>Leur compte</translation>
    </message>
    <message>
        <source>Their status</source>
        <translation>Leur statut</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Correspondance par</translation>
    </message>
    <message>
        <source>Our accounts:</source>
        <translation>Nos comptes :</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>Without sharing the lists:</source>
        <translation>Sans partager les listes :</translation>
    </message>
    <message>
        <source>none yet: import a CRM export (Salesforce, HubSpot or any CSV).</source>
        <translation>aucun pour l&apos;instant : importez un export CRM (Salesforce, HubSpot ou tout fichier CSV).</translation>
    </message>
    <message>
        <source>no account list</source>
        <translation>aucune liste de comptes</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n earlier list(s))</source>
        <translation>
            <numerusform>%1 (et %n liste antérieure)</numerusform>
            <numerusform>%1 (et %n listes antérieures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to list its accounts.</source>
        <translation>Cliquez sur une cellule pour afficher ses comptes.</translation>
    </message>
    <message>
        <source>Shared in %1</source>
        <translation>Communs dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2: %n pair(s)</source>
        <translation>
            <numerusform>%1 × %2 : %n paire</numerusform>
            <numerusform>%1 × %2 : %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Name (check it)</source>
        <translation>Nom (à vérifier)</translation>
    </message>
    <message>
        <source>Import our accounts</source>
        <translation>Importer nos comptes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import the account list of %1</source>
        <translation>Importer la liste de comptes de %1</translation>
    </message>
    <message>
        <source>Update the map&apos;s overlapping accounts</source>
        <translation>Mettre à jour les comptes communs de la carte</translation>
    </message>
    <message>
        <source>Set each influence link&apos;s overlapping accounts to the overlap measured here: our accounts in the link&apos;s ICP that are in the partner&apos;s latest list</source>
        <translation>Définir les comptes communs de chaque lien d&apos;influence d&apos;après le chevauchement mesuré ici : nos comptes de l&apos;ICP du lien qui figurent dans la dernière liste du partenaire</translation>
    </message>
    <message>
        <source>Computing the overlap of %1 accounts…</source>
        <translation>Calcul du chevauchement de %1 comptes…</translation>
    </message>
    <message numerus="yes">
        <source>Update %n link(s) from the account overlap</source>
        <translation>
            <numerusform>Mettre à jour %n lien d&apos;après le chevauchement de comptes</numerusform>
            <numerusform>Mettre à jour %n liens d&apos;après le chevauchement de comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in %1: %2</source>
        <translation>Communs dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)
%1 open pipeline</source>
        <translation>
            <numerusform>%Ln compte
%1 de pipeline ouvert</numerusform>
            <numerusform>%Ln comptes
%1 de pipeline ouvert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ActivityLogModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Leads referred, deals registered, joint customer calls and closed deals count as commercial activity; training, reviews and co-marketing do not.</source>
        <translation>Les pistes apportées, les affaires enregistrées, les appels client communs et les affaires conclues comptent comme activité commerciale ; les formations, les revues et le co-marketing non.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>Enregistrement CRM</translation>
    </message>
</context>
<context>
    <name>ps::Ahp</name>
    <message>
        <source>The matrix is empty.</source>
        <translation>La matrice est vide.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is not a finite number.</source>
        <translation>La valeur de la ligne %1, colonne %2 n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <source>The value in row %1, column %2 is %3; every judgment must be positive.</source>
        <translation>La valeur de la ligne %1, colonne %2 est %3 ; chaque jugement doit être positif.</translation>
    </message>
    <message>
        <source>The diagonal value in row %1 is %2; it must be 1.</source>
        <translation>La valeur diagonale de la ligne %1 est %2 ; elle doit valoir 1.</translation>
    </message>
    <message>
        <source>The matrix is not reciprocal: row %1, column %2 is %3 but row %4, column %5 is %6 instead of %7.</source>
        <translation>La matrice n&apos;est pas réciproque : ligne %1, colonne %2 vaut %3 mais ligne %4, colonne %5 vaut %6 au lieu de %7.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row of criterion names.</source>
        <translation>le fichier est vide ; il lui faut une ligne d&apos;en-tête de noms de critères.</translation>
    </message>
    <message>
        <source>the first cell of the header row must be empty, not &quot;%1&quot;.</source>
        <translation>la première cellule de la ligne d&apos;en-tête doit être vide, pas « %1 ».</translation>
    </message>
    <message>
        <source>column %1 of the header row has no name.</source>
        <translation>la colonne %1 de la ligne d&apos;en-tête n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice in the header row.</source>
        <translation>le critère « %1 » apparaît deux fois dans la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>the header row names no criteria.</source>
        <translation>la ligne d&apos;en-tête ne nomme aucun critère.</translation>
    </message>
    <message>
        <source>the row should be for &quot;%1&quot; (the header&apos;s order), not &quot;%2&quot;.</source>
        <translation>la ligne devrait concerner « %1 » (l&apos;ordre de l&apos;en-tête), pas « %2 ».</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) holds &quot;%3&quot;, which is not a number or a fraction like 1/3.</source>
        <translation>la colonne %1 (« %2 ») contient « %3 », qui n&apos;est ni un nombre ni une fraction comme 1/3.</translation>
    </message>
    <message>
        <source>the file ends here, but the row for &quot;%1&quot; is missing.</source>
        <translation>le fichier se termine ici, mais la ligne de « %1 » manque.</translation>
    </message>
    <message numerus="yes">
        <source>The matrix is not square: row %1 has %n values, expected %2.</source>
        <translation>
            <numerusform>La matrice n&apos;est pas carrée : la ligne %1 a %n valeur, %2 attendues.</numerusform>
            <numerusform>La matrice n&apos;est pas carrée : la ligne %1 a %n valeurs, %2 attendues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there are more rows than the %n criteria in the header row.</source>
        <translation>
            <numerusform>il y a plus de lignes que le %n critère de la ligne d&apos;en-tête.</numerusform>
            <numerusform>il y a plus de lignes que les %n critères de la ligne d&apos;en-tête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row for &quot;%1&quot; has %n values; the header names %2 criteria.</source>
        <translation>
            <numerusform>la ligne de « %1 » a %n valeur ; l&apos;en-tête nomme %2 critères.</numerusform>
            <numerusform>la ligne de « %1 » a %n valeurs ; l&apos;en-tête nomme %2 critères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::AhpDialog</name>
    <message>
        <source>Derive Weights from Pairwise Comparisons</source>
        <translation>Dériver les poids de comparaisons par paires</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>For each pair, choose how much more important the criterion on the left is than the one on top for &lt;b&gt;%1&lt;/b&gt; partners: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 means the one on top is moderately more important.</source>
        <translation>Pour chaque paire, choisissez à quel point le critère de gauche est plus important que celui du haut pour les partenaires &lt;b&gt;%1&lt;/b&gt; : 1 égal, 3 modérément, 5 fortement, 7 très fortement, 9 extrêmement ; 1/3 signifie que celui du haut est modérément plus important.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Lambda max:</source>
        <translation>Lambda max :</translation>
    </message>
    <message>
        <source>Consistency:</source>
        <translation>Cohérence :</translation>
    </message>
    <message>
        <source>Apply Weights</source>
        <translation>Appliquer les poids</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>&amp;Axe :</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Derive %1 weights of %2 from pairwise comparisons</source>
        <translation>Dériver les poids %1 de %2 par comparaisons par paires</translation>
    </message>
    <message>
        <source>&amp;Use the Proposed Value</source>
        <translation>&amp;Utiliser la valeur proposée</translation>
    </message>
    <message>
        <source>Judgment to revisit</source>
        <translation>Jugement à revoir</translation>
    </message>
    <message>
        <source>No judgments were applied to this scenario&apos;s potential weights yet: these are estimated from the current weights.</source>
        <translation>Aucun jugement n&apos;a encore été appliqué aux poids de potentiel de ce scénario : les jugements affichés sont estimés à partir des poids actuels.</translation>
    </message>
    <message>
        <source>No judgments were applied to this scenario&apos;s readiness weights yet: these are estimated from the current weights.</source>
        <translation>Aucun jugement n&apos;a encore été appliqué aux poids de maturité de ce scénario : les jugements affichés sont estimés à partir des poids actuels.</translation>
    </message>
    <message>
        <source>The judgments last applied to this scenario.</source>
        <translation>Les derniers jugements appliqués à ce scénario.</translation>
    </message>
    <message>
        <source>The judgments last applied to this scenario. The weights were changed since; applying sets them from these judgments again.</source>
        <translation>Les derniers jugements appliqués à ce scénario. Les poids ont été modifiés depuis ; les appliquer recalcule les poids à partir de ces jugements.</translation>
    </message>
    <message>
        <source>CR = CI / RI, with RI = %1 for %2 criteria from Saaty&apos;s random index table (Saaty 1980).</source>
        <translation>CR = CI / RI, avec RI = %1 pour %2 critères d&apos;après la table des indices aléatoires de Saaty (Saaty 1980).</translation>
    </message>
    <message>
        <source>CR %1: the judgments are consistent. %2</source>
        <translation>CR %1 : les jugements sont cohérents. %2</translation>
    </message>
    <message>
        <source>CR %1 is above 0.10: the judgments contradict each other. %2</source>
        <translation>CR %1 supérieur à 0,10 : les jugements se contredisent. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revisit %1 against %2&lt;/b&gt;: judged %3, but the other judgments imply about %4. Proposed: &lt;b&gt;%4&lt;/b&gt;. With it the CR would be %5, and %6 compared with the current judgments.</source>
        <translation>&lt;b&gt;Revoyez %1 face à %2&lt;/b&gt; : jugé %3, alors que les autres jugements impliquent environ %4. Proposition : &lt;b&gt;%4&lt;/b&gt;. Avec cette valeur, le CR serait de %5, et %6 par rapport aux jugements actuels.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) would change quadrant</source>
        <translation>
            <numerusform>%n partenaire changerait de quadrant</numerusform>
            <numerusform>%n partenaires changeraient de quadrant</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Inconsistent Weights?</source>
        <translation>Appliquer des poids incohérents ?</translation>
    </message>
    <message>
        <source>The consistency ratio is %1, above 0.10: the judgments contradict each other, so the weights may not say what you mean.</source>
        <translation>Le ratio de cohérence est de %1, supérieur à 0,10 : les jugements se contredisent, les poids risquent donc de ne pas refléter votre intention.</translation>
    </message>
    <message>
        <source>Revisiting one judgment would bring it to %1.</source>
        <translation>Revoir un seul jugement le ramènerait à %1.</translation>
    </message>
    <message>
        <source>Apply Anyway</source>
        <translation>Appliquer quand même</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer à modifier</translation>
    </message>
</context>
<context>
    <name>ps::Attention</name>
    <message>
        <source>the manufacturer does not need the offer faster than it can build it</source>
        <translation>le fabricant n&apos;a pas besoin de l&apos;offre plus vite qu&apos;il ne peut la construire</translation>
    </message>
    <message>
        <source>no technical lead that is hard to copy</source>
        <translation>aucune avance technique difficile à copier</translation>
    </message>
    <message>
        <source>no new segment for the combined offer</source>
        <translation>aucun nouveau segment pour l&apos;offre combinée</translation>
    </message>
    <message>
        <source>no defendable margin for both sides and the channel</source>
        <translation>aucune marge défendable pour les deux parties et le canal</translation>
    </message>
    <message>
        <source>OEM deal likely a distraction</source>
        <translation>Accord OEM probablement une distraction</translation>
    </message>
    <message>
        <source>&quot;%1&quot; meets %2 of the four conditions (%3); with fewer than three the OEM motion is likely a distraction.</source>
        <translation>« %1 » remplit %2 des quatre conditions (%3) ; avec moins de trois, la démarche OEM est probablement une distraction.</translation>
    </message>
    <message>
        <source>Royalty breaks at scale</source>
        <translation>La redevance ne tient pas à grande échelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 per unit of margin at %3 units in year %4, against %5 at %6 units in year %7; the terms need more than %8 per unit.</source>
        <translation>« %1 » : %2 de marge par unité à %3 unités l&apos;année %4, contre %5 à %6 unités l&apos;année %7 ; les conditions exigent plus de %8 par unité.</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Piège de l&apos;exclusivité</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is exclusive, structured as %2 (exit risk %3) and has no exit clause: the rest of the channel is forfeited for one manufacturer.</source>
        <translation>« %1 » est exclusif, structuré en %2 (risque de sortie %3) et n&apos;a pas de clause de sortie : le reste du canal est sacrifié pour un seul fabricant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is exclusive and structured as %2 (exit risk %3): the rest of the channel is forfeited for one manufacturer that is hard to leave.</source>
        <translation>« %1 » est exclusif et structuré en %2 (risque de sortie %3) : le reste du canal est sacrifié pour un seul fabricant difficile à quitter.</translation>
    </message>
    <message>
        <source>OEM failure modes</source>
        <translation>Modes d&apos;échec OEM</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; shows %n of seed 000&apos;s failure modes: %2.</source>
        <translation>
            <numerusform>« %1 » présente %n des modes d&apos;échec de seed 000 : %2.</numerusform>
            <numerusform>« %1 » présente %n des modes d&apos;échec de seed 000 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint commercial model incomplete</source>
        <translation>Modèle commercial commun incomplet</translation>
    </message>
    <message numerus="yes">
        <source>Co-selling with %n of the four items still open: %1.</source>
        <translation>
            <numerusform>Co-vente alors que %n des quatre points est encore ouvert : %1.</numerusform>
            <numerusform>Co-vente alors que %n des quatre points sont encore ouverts : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Onboarding with %n of the four items still open: %1.</source>
        <translation>
            <numerusform>Intégration alors que %n des quatre points est encore ouvert : %1.</numerusform>
            <numerusform>Intégration alors que %n des quatre points sont encore ouverts : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dormant partner still funded</source>
        <translation>Partenaire en sommeil toujours financé</translation>
    </message>
    <message>
        <source>Dormant since its last commercial activity on %1, yet it receives %2 of program investment.</source>
        <translation>En sommeil depuis sa dernière activité commerciale le %1, il reçoit pourtant %2 de l&apos;investissement du programme.</translation>
    </message>
    <message>
        <source>Dormant without any commercial activity, yet it receives %1 of program investment.</source>
        <translation>En sommeil sans aucune activité commerciale, il reçoit pourtant %1 de l&apos;investissement du programme.</translation>
    </message>
    <message>
        <source>No commercial activity for two quarters</source>
        <translation>Aucune activité commerciale depuis deux trimestres</translation>
    </message>
    <message>
        <source>Listed as %1, but its last commercial activity was on %2, %3 days before %4.</source>
        <translation>Indiqué comme %1, mais sa dernière activité commerciale date du %2, %3 jours avant le %4.</translation>
    </message>
    <message>
        <source>Listed as %1, enrolled on %2, and no commercial activity since.</source>
        <translation>Indiqué comme %1, inscrit le %2, et aucune activité commerciale depuis.</translation>
    </message>
    <message>
        <source>Partner revenue highly concentrated</source>
        <translation>CA des partenaires très concentré</translation>
    </message>
    <message>
        <source>The HHI of partner-influenced revenue is %1 (above 1,800); %2 alone brings %3% of it.</source>
        <translation>L&apos;HHI du CA influencé par les partenaires est de %1 (au-dessus de 1 800) ; %2 en apporte à lui seul %3 %.</translation>
    </message>
    <message>
        <source>Negative ROI: %1</source>
        <translation>ROI négatif : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) of this model bring %1 of influenced revenue for %2 of investment: ROI %3.</source>
        <translation>
            <numerusform>%n partenaire de ce modèle apporte %1 de CA influencé pour %2 d&apos;investissement : ROI %3.</numerusform>
            <numerusform>%n partenaires de ce modèle apportent %1 de CA influencé pour %2 d&apos;investissement : ROI %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::AttentionList</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Press Enter or double-click a row to select its partner</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur une ligne pour sélectionner son partenaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Whole program</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à surveiller.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n point à surveiller</numerusform>
            <numerusform>%n points à surveiller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n critical.</source>
        <translation>
            <numerusform>, %n critique.</numerusform>
            <numerusform>, %n critiques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::BulkEditDialog</name>
    <message>
        <source>Set &amp;model to</source>
        <translation>Définir le &amp;modèle à</translation>
    </message>
    <message>
        <source>Set &amp;status to</source>
        <translation>Définir le &amp;statut à</translation>
    </message>
    <message>
        <source>Set &amp;tier to</source>
        <translation>Définir le &amp;niveau à</translation>
    </message>
    <message>
        <source>Bulk Edit Partners</source>
        <translation>Modifier des partenaires en masse</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Selected partners: %1. Only the checked fields are changed.</source>
        <translation>Partenaires sélectionnés : %1. Seuls les champs cochés sont modifiés.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Bulk edit of the selection (%1)</source>
        <translation>Modification en masse de la sélection (%1)</translation>
    </message>
</context>
<context>
    <name>ps::Cli</name>
    <message>
        <source>Write the built-in demo portfolio to FILE.</source>
        <translation>Écrire le portefeuille de démonstration intégré dans FILE.</translation>
    </message>
    <message>
        <source>Validate a portfolio file.</source>
        <translation>Valider un fichier de portefeuille.</translation>
    </message>
    <message>
        <source>Write a synthetic portfolio for tests and benchmarks.</source>
        <translation>Écrire un portefeuille synthétique pour les tests et les benchmarks.</translation>
    </message>
    <message>
        <source>Usage: partnerscope [FILE]
       partnerscope --demo
       partnerscope COMMAND [OPTIONS]

Partner portfolio planner for channel leaders.

Without a command, opens the desktop application on FILE, or on the start screen.

Options:
</source>
        <translation>Usage : partnerscope [FILE]
       partnerscope --demo
       partnerscope COMMAND [OPTIONS]

Planificateur de portefeuille de partenaires pour les responsables de canal.

Sans commande, ouvre l&apos;application de bureau sur FILE, ou sur l&apos;écran d&apos;accueil.

Options :
</translation>
    </message>
    <message>
        <source>Open the application on the built-in demo.</source>
        <translation>Ouvrir l&apos;application sur la démo intégrée.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &quot;partnerscope COMMAND --help&quot; for the options of a command.
Exit status: 0 success, 1 usage error, 2 invalid or unreadable input.
</source>
        <translation>Lancez « partnerscope COMMAND --help » pour les options d&apos;une commande.
Code de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 entrée invalide ou illisible.
</translation>
    </message>
    <message>
        <source>%1; see &quot;partnerscope %2 --help&quot;.</source>
        <translation>%1 ; voir « partnerscope %2 --help ».</translation>
    </message>
    <message>
        <source>Usage: partnerscope %1 %2</source>
        <translation>Usage : partnerscope %1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>A file name is missing.</source>
        <translation>Un nom de fichier manque.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas « %4 ».</translation>
    </message>
    <message>
        <source>Write the portfolio to FILE (replaced atomically).</source>
        <translation>Écrire le portefeuille dans FILE (remplacé de façon atomique).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>partners: %1, ICPs: %2, links: %3, OEM deals: %4</source>
        <translation>partenaires : %1, ICP : %2, liens : %3, accords OEM : %4</translation>
    </message>
    <message>
        <source>The output file is missing (-o FILE).</source>
        <translation>Le fichier de sortie manque (-o FILE).</translation>
    </message>
    <message>
        <source>The portfolio file to validate.</source>
        <translation>Le fichier de portefeuille à valider.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1: ok (%2)</source>
        <translation>%1 : ok (%2)</translation>
    </message>
    <message>
        <source>Number of partners.</source>
        <translation>Nombre de partenaires.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of ICPs.</source>
        <translation>Nombre d&apos;ICP.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same portfolio (default 1).</source>
        <translation>Graine ; la même graine donne le même portefeuille (par défaut 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The number of partners is missing (--partners N).</source>
        <translation>Le nombre de partenaires manque (--partners N).</translation>
    </message>
    <message>
        <source>The number of ICPs is missing (--icps M).</source>
        <translation>Le nombre d&apos;ICP manque (--icps M).</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--seed attend un nombre entier de 0 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) in %3 s.</source>
        <translation>%1 (%2) écrit en %3 s.</translation>
    </message>
    <message>
        <source>%1; see &quot;partnerscope --help&quot;.</source>
        <translation>%1 ; voir « partnerscope --help ».</translation>
    </message>
    <message>
        <source>Give one portfolio file or --demo, not both or several; see &quot;partnerscope --help&quot;.</source>
        <translation>Indiquez un seul fichier de portefeuille ou --demo, pas les deux ni plusieurs ; voir « partnerscope --help ».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; see &quot;partnerscope --help&quot;.</source>
        <translation>Option inconnue « %1 » ; voir « partnerscope --help ».</translation>
    </message>
    <message>
        <source>Score every partner: axes, quadrant, stability, points.</source>
        <translation>Noter chaque partenaire : axes, quadrant, stabilité, points.</translation>
    </message>
    <message>
        <source>Portfolio metrics: coverage of every ICP, gaps marked.</source>
        <translation>Indicateurs du portefeuille : couverture de chaque ICP, lacunes signalées.</translation>
    </message>
    <message>
        <source>Derive weights from a pairwise comparison matrix (AHP).</source>
        <translation>Dériver des poids d&apos;une matrice de comparaisons par paires (AHP).</translation>
    </message>
    <message>
        <source>Draw a view as PNG, SVG or PDF, exactly as the window shows it.</source>
        <translation>Dessiner une vue en PNG, SVG ou PDF, exactement comme la fenêtre l&apos;affiche.</translation>
    </message>
    <message>
        <source>Write the segmentation report as PDF, XLSX, CSV or HTML.</source>
        <translation>Écrire le rapport de segmentation en PDF, XLSX, CSV ou HTML.</translation>
    </message>
    <message>
        <source>%1 has no scenario named &quot;%2&quot; (it has: %3).</source>
        <translation>%1 n&apos;a pas de scénario nommé « %2 » (il contient : %3).</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>lambda max: %1</source>
        <translation>lambda max : %1</translation>
    </message>
    <message>
        <source>CI: %1</source>
        <translation>CI : %1</translation>
    </message>
    <message>
        <source>CR: %1</source>
        <translation>CR : %1</translation>
    </message>
    <message>
        <source>The judgments are consistent (CR is at most 0.10).</source>
        <translation>Les jugements sont cohérents (CR d&apos;au plus 0,10).</translation>
    </message>
    <message>
        <source>The judgments are inconsistent (CR is above 0.10); revisit the comparisons before using these weights.</source>
        <translation>Les jugements sont incohérents (CR supérieur à 0,10) ; revoyez les comparaisons avant d&apos;utiliser ces poids.</translation>
    </message>
    <message>
        <source>MATRIX.csv</source>
        <translation>MATRIX.csv</translation>
    </message>
    <message>
        <source>Pairwise comparisons: a header row of criterion names (first cell empty), then one row per criterion; numbers or fractions like 1/3.</source>
        <translation>Comparaisons par paires : une ligne d&apos;en-tête de noms de critères (première cellule vide), puis une ligne par critère ; des nombres ou des fractions comme 1/3.</translation>
    </message>
    <message>
        <source>Output format: table or json (default table).</source>
        <translation>Format de sortie : table ou json (par défaut table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;.</source>
        <translation>--format attend table ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for a pairwise comparison matrix.</source>
        <translation>%1 est trop grand pour une matrice de comparaisons par paires.</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forts</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Apporte</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Delivers</source>
        <translation>Met en œuvre</translation>
    </message>
    <message>
        <source>Embeds</source>
        <translation>Intègre</translation>
    </message>
    <message>
        <source>Co-sells</source>
        <translation>Co-vente</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LACUNE</translation>
    </message>
    <message numerus="yes">
        <source>Coverage of %n ICP(s)</source>
        <translation>
            <numerusform>Couverture de %n ICP</numerusform>
            <numerusform>Couverture de %n ICP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s): ICPs without a partner of link strength 4 or 5.</source>
        <translation>
            <numerusform>%n lacune : ICP sans partenaire de force de lien 4 ou 5.</numerusform>
            <numerusform>%n lacunes : ICP sans partenaire de force de lien 4 ou 5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio file to measure.</source>
        <translation>Le fichier de portefeuille à mesurer.</translation>
    </message>
    <message>
        <source>--format must be table or json, not &quot;%1&quot;.</source>
        <translation>--format doit valoir table ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>The portfolio file to draw.</source>
        <translation>Le fichier de portefeuille à dessiner.</translation>
    </message>
    <message>
        <source>The view to draw: %1.</source>
        <translation>La vue à dessiner : %1.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Draw with the scenario named S (default: the active one).</source>
        <translation>Dessiner avec le scénario nommé S (par défaut : le scénario actif).</translation>
    </message>
    <message>
        <source>default, or projector for large type and high contrast (default: default).</source>
        <translation>default, ou projector pour un texte large et un contraste élevé (par défaut : default).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Write the picture to OUT; .png, .svg or .pdf (SVG and PDF are vector graphics).</source>
        <translation>Écrire l&apos;image dans OUT ; .png, .svg ou .pdf (SVG et PDF sont des images vectorielles).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1200x800).</source>
        <translation>Taille de l&apos;image en pixels (par défaut 1200x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>For --view segments: segment by %1 (default: model).</source>
        <translation>Pour --view segments : segmenter par %1 (par défaut : model).</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>BY</translation>
    </message>
    <message>
        <source>The view is missing (--view %1).</source>
        <translation>La vue manque (--view %1).</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; the views are: %2.</source>
        <translation>Vue inconnue « %1 » ; les vues sont : %2.</translation>
    </message>
    <message>
        <source>Unknown segmentation &quot;%1&quot;; --segments takes: %2.</source>
        <translation>Segmentation inconnue « %1 » ; --segments accepte : %2.</translation>
    </message>
    <message>
        <source>--segments applies to --view segments only.</source>
        <translation>--segments ne s&apos;applique qu&apos;à --view segments.</translation>
    </message>
    <message>
        <source>--theme must be default or projector, not &quot;%1&quot;.</source>
        <translation>--theme doit valoir default ou projector, pas « %1 ».</translation>
    </message>
    <message>
        <source>The output file is missing (-o OUT.png|.svg|.pdf).</source>
        <translation>Le fichier de sortie manque (-o OUT.png|.svg|.pdf).</translation>
    </message>
    <message>
        <source>The output file must end in .png, .svg or .pdf, not %1.</source>
        <translation>Le fichier de sortie doit se terminer par .png, .svg ou .pdf, pas %1.</translation>
    </message>
    <message>
        <source>--size needs WxH with each side from 16 to 20000 pixels, not &quot;%1&quot;.</source>
        <translation>--size attend WxH avec chaque côté de 16 à 20000 pixels, pas « %1 ».</translation>
    </message>
    <message>
        <source>The portfolio file to report on.</source>
        <translation>Le fichier de portefeuille objet du rapport.</translation>
    </message>
    <message>
        <source>The report to write; its suffix picks the format: pdf, xlsx, csv or html.</source>
        <translation>Le rapport à écrire ; son extension choisit le format : pdf, xlsx, csv ou html.</translation>
    </message>
    <message>
        <source>Score with the scenario named S (default: the active one).</source>
        <translation>Noter avec le scénario nommé S (par défaut : le scénario actif).</translation>
    </message>
    <message>
        <source>Segment partners by BY: %1 (default model).</source>
        <translation>Segmenter les partenaires par BY : %1 (par défaut model).</translation>
    </message>
    <message>
        <source>An output file is required (-o OUT).</source>
        <translation>Un fichier de sortie est requis (-o OUT).</translation>
    </message>
    <message>
        <source>%1 must end in .pdf, .xlsx, .csv or .html.</source>
        <translation>%1 doit se terminer par .pdf, .xlsx, .csv ou .html.</translation>
    </message>
    <message>
        <source>--segments must be one of %1, not &quot;%2&quot;.</source>
        <translation>--segments doit être l&apos;une des valeurs %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <source>Scenario: %1 (thresholds: potential %2, readiness %3)</source>
        <translation>Scénario : %1 (seuils : potentiel %2, maturité %3)</translation>
    </message>
    <message>
        <source>The portfolio file to score.</source>
        <translation>Le fichier de portefeuille à noter.</translation>
    </message>
    <message>
        <source>Output format: table, csv or json (default table).</source>
        <translation>Format de sortie : table, csv ou json (par défaut table).</translation>
    </message>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format doit valoir table, csv ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see &quot;partnerscope --help&quot;.</source>
        <translation>Commande inconnue « %1 » ; voir « partnerscope --help ».</translation>
    </message>
    <message>
        <source>OEM royalty per year over a volume curve; does it break at scale?</source>
        <translation>Redevance OEM par an sur une courbe de volume ; tient-elle à grande échelle ?</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>the partner name</source>
        <translation>le nom du partenaire</translation>
    </message>
    <message>
        <source>the ICP name</source>
        <translation>le nom de l&apos;ICP</translation>
    </message>
    <message>
        <source>the ICP</source>
        <translation>l&apos;ICP</translation>
    </message>
    <message>
        <source>skipped: same website as line %1.</source>
        <translation>ignorée : même site web que la ligne %1.</translation>
    </message>
    <message>
        <source>skipped: same name as line %1.</source>
        <translation>ignorée : même nom que la ligne %1.</translation>
    </message>
    <message>
        <source>skipped: same ICP and partner as line %1.</source>
        <translation>ignorée : même ICP et même partenaire que la ligne %1.</translation>
    </message>
    <message>
        <source>skipped: same website as &quot;%1&quot; in the portfolio.</source>
        <translation>ignorée : même site web que « %1 » dans le portefeuille.</translation>
    </message>
    <message>
        <source>skipped: same name as &quot;%1&quot; in the portfolio.</source>
        <translation>ignorée : même nom que « %1 » dans le portefeuille.</translation>
    </message>
    <message>
        <source>skipped: the portfolio already links this ICP and partner.</source>
        <translation>ignorée : le portefeuille lie déjà cet ICP et ce partenaire.</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not a known partner model; those partners are imported without a model (needs classification).</source>
        <translation>%1 : le type « %2 » n&apos;est pas un modèle de partenaire connu ; ces partenaires sont importés sans modèle (à classer).</translation>
    </message>
    <message>
        <source>%1:%2: no column holds %3 (headers: %4).</source>
        <translation>%1:%2 : aucune colonne ne contient %3 (en-têtes : %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3, %4-separated, %Ln row(s).</source>
        <translation>
            <numerusform>%1 : %2, %3, séparateur %4, %Ln ligne.</numerusform>
            <numerusform>%1 : %2, %3, séparateur %4, %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported: %Ln row(s) are invalid (--skip-invalid imports the others).</source>
        <translation>
            <numerusform>%1 : rien n&apos;a été importé : %Ln ligne est invalide (--skip-invalid importe les autres).</numerusform>
            <numerusform>%1 : rien n&apos;a été importé : %Ln lignes sont invalides (--skip-invalid importe les autres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped as duplicates</source>
        <translation>
            <numerusform>%Ln ignoré comme doublon</numerusform>
            <numerusform>%Ln ignorés comme doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln invalide</numerusform>
            <numerusform>%Ln invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a model</source>
        <translation>
            <numerusform>%Ln sans modèle</numerusform>
            <numerusform>%Ln sans modèle</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing written to %1: %2.</source>
        <translation>Simulation, rien n&apos;a été écrit dans %1 : %2.</translation>
    </message>
    <message>
        <source>Imported into %1: %2.</source>
        <translation>Importé dans %1 : %2.</translation>
    </message>
    <message>
        <source>The portfolio to import into.</source>
        <translation>Le portefeuille dans lequel importer.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
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
        <translation>Disposition des colonnes : auto (par défaut, d&apos;après les en-têtes), salesforce, hubspot, partnerscope ou generic.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PRESET</translation>
    </message>
    <message>
        <source>Show what would be imported; write nothing.</source>
        <translation>Afficher ce qui serait importé ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Import the valid rows even when others are invalid.</source>
        <translation>Importer les lignes valides même si d&apos;autres sont invalides.</translation>
    </message>
    <message>
        <source>The CSV file is missing (--csv IN.csv).</source>
        <translation>Le fichier CSV manque (--csv IN.csv).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>Type inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;.</source>
        <translation>Préréglage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Active partner rate</source>
        <translation>Taux de partenaires actifs</translation>
    </message>
    <message>
        <source>Time to first commercial activity</source>
        <translation>Délai jusqu&apos;à la première activité commerciale</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Partner-influenced pipeline</source>
        <translation>Pipeline influencé par les partenaires</translation>
    </message>
    <message>
        <source>%1 of the open pipeline</source>
        <translation>%1 du pipeline ouvert</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>partner %1, direct %2</source>
        <translation>partenaire %1, direct %2</translation>
    </message>
    <message>
        <source>Average won deal (%1)</source>
        <translation>Affaire gagnée moyenne (%1)</translation>
    </message>
    <message>
        <source>Concentration (HHI)</source>
        <translation>Concentration (HHI)</translation>
    </message>
    <message>
        <source>Program metrics as of %1</source>
        <translation>Indicateurs du programme au %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI par modèle de partenaire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation>CA influencé</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>likely a distraction</source>
        <translation>probablement une distraction</translation>
    </message>
    <message>
        <source>breaks at scale</source>
        <translation>ne tient pas à grande échelle</translation>
    </message>
    <message>
        <source>exclusivity trap</source>
        <translation>piège de l&apos;exclusivité</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>exclusif</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>Accords OEM</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Risque de sortie</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n item(s)</source>
        <translation>
            <numerusform>À surveiller : %n point</numerusform>
            <numerusform>À surveiller : %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The reference date of the program metrics, YYYY-MM-DD (default: the latest date in the activity and deal logs).</source>
        <translation>La date de référence des indicateurs du programme, YYYY-MM-DD (par défaut : la date la plus récente des journaux d&apos;activités et d&apos;affaires).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>--as-of must be a date such as 2026-03-31, not &quot;%1&quot;.</source>
        <translation>--as-of doit être une date telle que 2026-03-31, pas « %1 ».</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Royalty</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin/unit</source>
        <translation>Marge/unité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No units in any year: there is no scale to judge the terms at.</source>
        <translation>Aucune unité sur aucune année : il n&apos;y a pas d&apos;échelle à laquelle juger les conditions.</translation>
    </message>
    <message>
        <source>The terms break at scale: year %1 (%2 units) keeps %3 per unit, at or below the minimum of %4.</source>
        <translation>Les conditions ne tiennent pas à grande échelle : l&apos;année %1 (%2 unités) conserve %3 par unité, au niveau ou en dessous du minimum de %4.</translation>
    </message>
    <message>
        <source>The terms hold at scale: year %1 (%2 units) keeps %3 per unit, above the minimum of %4.</source>
        <translation>Les conditions tiennent à grande échelle : l&apos;année %1 (%2 unités) conserve %3 par unité, au-dessus du minimum de %4.</translation>
    </message>
    <message>
        <source>TERMS.json</source>
        <translation>TERMS.json</translation>
    </message>
    <message>
        <source>Royalty terms: tiers [{from_units, per_unit}], volumes (units per year) and cost_per_unit; optional base_rate, tier_mode (marginal or all_units), escalator_pct, min_annual, setup_fee, min_margin_per_unit.</source>
        <translation>Conditions de redevance : tiers [{from_units, per_unit}], volumes (unités par an) et cost_per_unit ; facultatifs : base_rate, tier_mode (marginal ou all_units), escalator_pct, min_annual, setup_fee, min_margin_per_unit.</translation>
    </message>
    <message>
        <source>%1 is too large for a royalty term sheet.</source>
        <translation>%1 est trop grand pour des conditions de redevance.</translation>
    </message>
    <message>
        <source>Save a screenshot of every page of the demo to DIR.</source>
        <translation>Enregistrer une capture d&apos;écran de chaque page de la démo dans DIR.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n enrolled partners in the quarter from %3)</source>
        <translation>
            <numerusform>%1 (%2 sur %n partenaire inscrit au cours du trimestre à partir du %3)</numerusform>
            <numerusform>%1 (%2 sur %n partenaires inscrits au cours du trimestre à partir du %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (median of %n partners)</source>
        <translation>
            <numerusform>%1 (médiane sur %n partenaire)</numerusform>
            <numerusform>%1 (médiane sur %n partenaires)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n partners active the year before)</source>
        <translation>
            <numerusform>%1 (%2 sur %n partenaire actif l&apos;année précédente)</numerusform>
            <numerusform>%1 (%2 sur %n partenaires actifs l&apos;année précédente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serve the workshop voting page headless until stopped.</source>
        <translation>Servir la page de vote de l&apos;atelier sans fenêtre jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>The judgment that fits the others least: %1 against %2 is %3; the other judgments suggest %4 (CR would be %5).</source>
        <translation>Le jugement le moins cohérent avec les autres : %1 face à %2 vaut %3 ; les autres jugements suggèrent %4 (le CR serait de %5).</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
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
        <translation>(au-dessus de 0,10)</translation>
    </message>
    <message>
        <source>CR of the aggregated judgments: %1</source>
        <translation>CR des jugements agrégés : %1</translation>
    </message>
    <message>
        <source>Consensus (Goepel&apos;s S*, 0 none to 1 full): %1</source>
        <translation>Consensus (S* de Goepel, de 0 nul à 1 total) : %1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 holds no matrix files (*.csv).</source>
        <translation>%1 ne contient aucun fichier de matrice (*.csv).</translation>
    </message>
    <message>
        <source>%1 compares %2, but %3 compares %4; every matrix of a group must compare the same criteria in the same order.</source>
        <translation>%1 compare %2, mais %3 compare %4 ; toutes les matrices d&apos;un groupe doivent comparer les mêmes critères dans le même ordre.</translation>
    </message>
    <message>
        <source>Aggregate a group: DIR holds one matrix CSV per participant (named after them).</source>
        <translation>Agréger un groupe : DIR contient une matrice CSV par participant (nommée d&apos;après lui).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (spotlight NAME, reveal, clear, rotate-code).</source>
        <translation>Commande inconnue « %1 » (spotlight NAME, reveal, clear, rotate-code).</translation>
    </message>
    <message>
        <source>The portfolio whose criteria the room weighs.</source>
        <translation>Le portefeuille dont les participants pondèrent les critères.</translation>
    </message>
    <message>
        <source>TCP port to listen on (0: any free port).</source>
        <translation>Port TCP d&apos;écoute (0 : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>The one address to listen on (default 127.0.0.1).</source>
        <translation>L&apos;unique adresse d&apos;écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Most participants that may join (default 60).</source>
        <translation>Nombre maximal de participants pouvant se joindre (par défaut 60).</translation>
    </message>
    <message>
        <source>--port is missing.</source>
        <translation>Il manque --port.</translation>
    </message>
    <message>
        <source>--bind needs an IP address such as 192.168.1.20, not &quot;%1&quot;.</source>
        <translation>--bind attend une adresse IP telle que 192.168.1.20, pas « %1 ».</translation>
    </message>
    <message>
        <source>Join code: %1</source>
        <translation>Code d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Join URL: %1</source>
        <translation>URL d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Voting server for %1 listening on http://%2:%3/</source>
        <translation>Serveur de vote pour %1 à l&apos;écoute sur http://%2:%3/</translation>
    </message>
    <message>
        <source>Stop it with Ctrl+C.</source>
        <translation>Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>The voting server could not set up its stop signal.</source>
        <translation>Le serveur de vote n&apos;a pas pu mettre en place son signal d&apos;arrêt.</translation>
    </message>
    <message>
        <source>Voting server stopped.</source>
        <translation>Serveur de vote arrêté.</translation>
    </message>
    <message>
        <source>Import partners, ICPs, links, deals or activities from a CRM export; all or nothing.</source>
        <translation>Importer des partenaires, des ICP, des liens, des affaires ou des activités depuis un export CRM ; tout ou rien.</translation>
    </message>
    <message>
        <source>no won deals</source>
        <translation>aucune affaire gagnée</translation>
    </message>
    <message>
        <source>direct deals: %1</source>
        <translation>affaires directes : %1</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>pas assez d&apos;affaires</translation>
    </message>
    <message>
        <source>Deals of</source>
        <translation>Affaires de</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Avg won</source>
        <translation>Moy. gagnée</translation>
    </message>
    <message>
        <source>Cycle (d)</source>
        <translation>Cycle (j)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Apportées</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Influencées</translation>
    </message>
    <message>
        <source>Attributed</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Partner-involved</source>
        <translation>Avec partenaires</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>En direct</translation>
    </message>
    <message numerus="yes">
        <source>Partner impact (%1; rates need %n closed deal(s))</source>
        <translation>
            <numerusform>Impact des partenaires (%1 ; les taux nécessitent %n affaire clôturée)</numerusform>
            <numerusform>Impact des partenaires (%1 ; les taux nécessitent %n affaires clôturées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate with partners minus direct: %1 points (90% interval %2 to %3).</source>
        <translation>Taux de réussite avec partenaires moins direct : %1 points (intervalle à 90 % de %2 à %3).</translation>
    </message>
    <message>
        <source>the deal name</source>
        <translation>le nom de l&apos;affaire</translation>
    </message>
    <message>
        <source>the opportunity id</source>
        <translation>l&apos;identifiant de l&apos;opportunité</translation>
    </message>
    <message>
        <source>the partner account id</source>
        <translation>l&apos;identifiant du compte partenaire</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>skipped: same CRM record as line %1.</source>
        <translation>ignorée : même enregistrement CRM que la ligne %1.</translation>
    </message>
    <message>
        <source>skipped: same as line %1.</source>
        <translation>ignorée : identique à la ligne %1.</translation>
    </message>
    <message>
        <source>skipped: already in the portfolio.</source>
        <translation>ignorée : déjà dans le portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifiée</numerusform>
            <numerusform>%Ln modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>With --kind deals: the opportunity-partner export (OpportunityId, AccountToId, Role, IsPrimary) that says which partner accounts were on which deal.</source>
        <translation>Avec --kind deals : l&apos;export des partenaires d&apos;opportunité (OpportunityId, AccountToId, Role, IsPrimary) qui indique quels comptes partenaires figuraient sur quelle affaire.</translation>
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
        <translation>Avec --kind deals : mots séparés par des virgules d&apos;une origine de piste qui signifient que le partenaire principal a apporté l&apos;affaire (par défaut : partner ; vide : jamais d&apos;après l&apos;origine de la piste).</translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation>WORDS</translation>
    </message>
    <message>
        <source>--partners-csv goes with --kind deals.</source>
        <translation>--partners-csv s&apos;utilise avec --kind deals.</translation>
    </message>
    <message>
        <source>--date-order must be auto, dmy or mdy, not &quot;%1&quot;.</source>
        <translation>--date-order doit valoir auto, dmy ou mdy, et non « %1 ».</translation>
    </message>
    <message>
        <source>Closed deals partner impact needs before it shows a win rate, average won deal or cycle (default: the portfolio&apos;s setting, 10 unless changed).</source>
        <translation>Nombre d&apos;affaires clôturées nécessaire à l&apos;impact des partenaires avant d&apos;afficher un taux de réussite, une affaire gagnée moyenne ou un cycle (par défaut : le réglage du portefeuille, 10 sauf modification).</translation>
    </message>
    <message>
        <source>Allocate the program budget: returns, forecast, limits.</source>
        <translation>Répartir le budget du programme : rendements, prévision, limites.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Rendement marginal</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Rentabilisation</translation>
    </message>
    <message>
        <source>Scenario: %1. Budget %2 %3, allocated %4; expected return %5 %3; shadow price of the budget %6.</source>
        <translation>Scénario : %1. Budget %2 %3, alloué %4 ; rendement attendu %5 %3 ; prix implicite du budget %6.</translation>
    </message>
    <message>
        <source>Forecast (%1 draws): P10 %2, P50 %3, P90 %4 %5.</source>
        <translation>Prévision (%1 tirages) : P10 %2, P50 %3, P90 %4 %5.</translation>
    </message>
    <message>
        <source>--%1 needs an amount from 0 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 attend un montant de 0 à %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>The portfolio file to plan.</source>
        <translation>Le fichier de portefeuille à planifier.</translation>
    </message>
    <message>
        <source>The program budget per year (default: the budget stored with the scenario&apos;s plan).</source>
        <translation>Le budget annuel du programme (par défaut : le budget enregistré avec le plan du scénario).</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Maximise revenue or margin (default: the stored plan&apos;s).</source>
        <translation>Maximiser le CA (revenue) ou la marge (margin) (par défaut : celui du plan enregistré).</translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation>OBJECTIVE</translation>
    </message>
    <message>
        <source>The least every optimized partner gets.</source>
        <translation>Le montant minimal que reçoit chaque partenaire optimisé.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The most any optimized partner gets.</source>
        <translation>Le montant maximal que reçoit un partenaire optimisé.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Plan with the scenario named S (default: the active one).</source>
        <translation>Planifier avec le scénario nommé S (par défaut : le scénario actif).</translation>
    </message>
    <message>
        <source>Monte Carlo draws of the forecast (default 10000).</source>
        <translation>Tirages Monte-Carlo de la prévision (par défaut 10000).</translation>
    </message>
    <message>
        <source>--objective must be revenue or margin, not &quot;%1&quot;.</source>
        <translation>--objective doit valoir revenue ou margin, et non « %1 ».</translation>
    </message>
    <message>
        <source>%1 has no scenario to plan with.</source>
        <translation>%1 n&apos;a aucun scénario avec lequel planifier.</translation>
    </message>
    <message>
        <source>Account overlap with a partner, or a private exchange of account lists by file.</source>
        <translation>Chevauchement de comptes avec un partenaire, ou échange privé de listes de comptes par fichier.</translation>
    </message>
    <message>
        <source>%1 has no partner named &quot;%2&quot;.</source>
        <translation>%1 n&apos;a aucun partenaire nommé « %2 ».</translation>
    </message>
    <message>
        <source>%1 is larger than any account-mapping file can be.</source>
        <translation>%1 est plus volumineux que ne peut l&apos;être un fichier de correspondance de comptes.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>Impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <source>The portfolio has no list of our accounts; import one with --kind accounts.</source>
        <translation>Le portefeuille n&apos;a aucune liste de nos comptes ; importez-en une avec --kind accounts.</translation>
    </message>
    <message>
        <source>The portfolio has no account list of %1; import one with --kind partner-accounts or run a private exchange.</source>
        <translation>Le portefeuille n&apos;a aucune liste de comptes de %1 ; importez-en une avec --kind partner-accounts ou effectuez un échange privé.</translation>
    </message>
    <message>
        <source>Overlap with %1 (their list of %2)</source>
        <translation>Chevauchement avec %1 (leur liste du %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Shared accounts: %1 of our %2 (%3 by name only); their list: %4.</source>
        <translation>Comptes communs : %1 sur nos %2 (%3 par le nom seulement) ; leur liste : %4.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; for account lists (auto, salesforce, hubspot or generic).</source>
        <translation>Préréglage inconnu « %1 » pour les listes de comptes (auto, salesforce, hubspot ou generic).</translation>
    </message>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1 : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>our accounts</source>
        <translation>notre propre liste</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written to %1: %Ln account(s) for %2.</source>
        <translation>
            <numerusform>Simulation, rien n&apos;a été écrit dans %1 : %Ln compte pour %2.</numerusform>
            <numerusform>Simulation, rien n&apos;a été écrit dans %1 : %Ln comptes pour %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %Ln account(s) for %2.</source>
        <translation>
            <numerusform>Importé dans %1 : %Ln compte pour %2.</numerusform>
            <numerusform>Importé dans %1 : %Ln comptes pour %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) of the deal log match no account of the list.</source>
        <translation>
            <numerusform>%Ln affaire ouverte du journal des affaires ne correspond à aucun compte de la liste.</numerusform>
            <numerusform>%Ln affaires ouvertes du journal des affaires ne correspondent à aucun compte de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio.</source>
        <translation>Le portefeuille.</translation>
    </message>
    <message>
        <source>The partner, by name.</source>
        <translation>Le partenaire, par son nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>The partner is missing (--partner NAME).</source>
        <translation>Le partenaire manque (--partner NAME).</translation>
    </message>
    <message>
        <source>What the rows are: partners (default), icps, links, deals, activities, accounts (our account list) or partner-accounts (a partner&apos;s, with --partner).</source>
        <translation>Ce que sont les lignes : partners (par défaut), icps, links, deals, activities, accounts (notre liste de comptes) ou partner-accounts (celle d&apos;un partenaire, avec --partner).</translation>
    </message>
    <message>
        <source>With --kind partner-accounts: the partner whose list it is, by name.</source>
        <translation>Avec --kind partner-accounts : le partenaire à qui appartient la liste, par son nom.</translation>
    </message>
    <message>
        <source>With --kind accounts or partner-accounts: the list&apos;s date (default: today).</source>
        <translation>Avec --kind accounts ou partner-accounts : la date de la liste (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--partner NAME goes with --kind partner-accounts.</source>
        <translation>--partner NAME va avec --kind partner-accounts.</translation>
    </message>
    <message>
        <source>--date must be a date in YYYY-MM-DD form, not &quot;%1&quot;.</source>
        <translation>--date doit être une date au format YYYY-MM-DD, et non « %1 ».</translation>
    </message>
    <message>
        <source>OUT.psx</source>
        <translation>OUT.psx</translation>
    </message>
    <message>
        <source>Our portfolio (keeps the exchange&apos;s secret).</source>
        <translation>Notre portefeuille (conserve le secret de l&apos;échange).</translation>
    </message>
    <message>
        <source>Our populations to offer, comma-separated: customers, prospects, open_opportunities (default: customers,prospects).</source>
        <translation>Nos populations à proposer, séparées par des virgules : customers, prospects, open_opportunities (par défaut : customers,prospects).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Our organisation as the partner will see it (default: the portfolio&apos;s organisation).</source>
        <translation>Notre organisation telle que le partenaire la verra (par défaut : l&apos;organisation du portefeuille).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>Write the offer to OUT.psx.</source>
        <translation>Écrire l&apos;offre dans OUT.psx.</translation>
    </message>
    <message>
        <source>The output file is missing (-o OUT.psx).</source>
        <translation>Le fichier de sortie manque (-o OUT.psx).</translation>
    </message>
    <message>
        <source>Unknown population &quot;%1&quot; (customers, prospects or open_opportunities).</source>
        <translation>Population inconnue « %1 » (customers, prospects ou open_opportunities).</translation>
    </message>
    <message>
        <source>--accounts names no population.</source>
        <translation>--accounts n&apos;indique aucune population.</translation>
    </message>
    <message numerus="yes">
        <source>Offer %1 written to %2: %Ln domain(s) blinded; send it to the partner and keep %3, which holds the exchange&apos;s secret.</source>
        <translation>
            <numerusform>Offre %1 écrite dans %2 : %Ln domaine masqué ; envoyez-la au partenaire et conservez %3, qui contient le secret de l&apos;échange.</numerusform>
            <numerusform>Offre %1 écrite dans %2 : %Ln domaines masqués ; envoyez-la au partenaire et conservez %3, qui contient le secret de l&apos;échange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our portfolio (the partner&apos;s side).</source>
        <translation>Notre portefeuille (côté partenaire).</translation>
    </message>
    <message>
        <source>The offer received.</source>
        <translation>L&apos;offre reçue.</translation>
    </message>
    <message>
        <source>OFFER.psx</source>
        <translation>OFFER.psx</translation>
    </message>
    <message>
        <source>Our populations to reveal, comma-separated: customers, prospects (default: both).</source>
        <translation>Nos populations à révéler, séparées par des virgules : customers, prospects (par défaut : les deux).</translation>
    </message>
    <message>
        <source>Our organisation as the other side will see it.</source>
        <translation>Notre organisation telle que l&apos;autre partie la verra.</translation>
    </message>
    <message>
        <source>Write the answer to OUT.psx.</source>
        <translation>Écrire la réponse dans OUT.psx.</translation>
    </message>
    <message>
        <source>The offer is missing (--offer OFFER.psx).</source>
        <translation>L&apos;offre manque (--offer OFFER.psx).</translation>
    </message>
    <message>
        <source>Unknown population &quot;%1&quot; (customers or prospects).</source>
        <translation>Population inconnue « %1 » (customers ou prospects).</translation>
    </message>
    <message>
        <source>--reveal names no population.</source>
        <translation>--reveal n&apos;indique aucune population.</translation>
    </message>
    <message>
        <source>Answer to %1 written to %2; they offered %3 domain(s).</source>
        <translation>Réponse à %1 écrite dans %2 ; domaines proposés : %3.</translation>
    </message>
    <message>
        <source>Our portfolio, which made the offer.</source>
        <translation>Notre portefeuille, qui a fait l&apos;offre.</translation>
    </message>
    <message>
        <source>The answer received.</source>
        <translation>La réponse reçue.</translation>
    </message>
    <message>
        <source>ANSWER.psx</source>
        <translation>ANSWER.psx</translation>
    </message>
    <message>
        <source>The partner the overlap is stored for, by name.</source>
        <translation>Le partenaire pour lequel le chevauchement est enregistré, par son nom.</translation>
    </message>
    <message>
        <source>The answer is missing (--answer ANSWER.psx).</source>
        <translation>La réponse manque (--answer ANSWER.psx).</translation>
    </message>
    <message>
        <source>Put a portfolio file on a PostgreSQL server for a team.</source>
        <translation>Placer un fichier de portefeuille sur un serveur PostgreSQL pour une équipe.</translation>
    </message>
    <message>
        <source>Take an offline copy of a team portfolio as a file.</source>
        <translation>Créer une copie hors ligne d&apos;un portefeuille d&apos;équipe sous forme de fichier.</translation>
    </message>
    <message>
        <source>FILE may also be a team portfolio on a PostgreSQL server:
  postgresql://USER@HOST/DATABASE?portfolio=NAME (passwords from ~/.pgpass).
</source>
        <translation>FILE peut aussi être un portefeuille d&apos;équipe sur un serveur PostgreSQL :
  postgresql://USER@HOST/DATABASE?portfolio=NAME (mots de passe tirés de ~/.pgpass).
</translation>
    </message>
    <message>
        <source>%1 is a team portfolio: import into it from the window (File &gt; Import), or check the CSV here with --dry-run.</source>
        <translation>%1 est un portefeuille d&apos;équipe : importez-y depuis la fenêtre (Fichier &gt; Importer), ou vérifiez le CSV ici avec --dry-run.</translation>
    </message>
    <message>
        <source>%1 is not a team portfolio location (postgresql://user@host/database?portfolio=NAME).</source>
        <translation>%1 n&apos;est pas un emplacement de portefeuille d&apos;équipe (postgresql://user@host/database?portfolio=NAME).</translation>
    </message>
    <message>
        <source>The portfolio file to publish.</source>
        <translation>Le fichier de portefeuille à publier.</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCATION</translation>
    </message>
    <message>
        <source>Where to put it: postgresql://user@host/database?portfolio=NAME (a new portfolio name).</source>
        <translation>Où le placer : postgresql://user@host/database?portfolio=NAME (un nouveau nom de portefeuille).</translation>
    </message>
    <message>
        <source>Published %1 as %2.</source>
        <translation>%1 publié sous %2.</translation>
    </message>
    <message>
        <source>The team portfolio to copy.</source>
        <translation>Le portefeuille d&apos;équipe à copier.</translation>
    </message>
    <message>
        <source>Write the copy to FILE (replaced atomically).</source>
        <translation>Écrire la copie dans FILE (remplacé de façon atomique).</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 copié vers %2.</translation>
    </message>
    <message>
        <source>%1:%2: the date &quot;%3&quot; reads either way (%4 or %5) and no row of the file decides; give --date-order dmy (day first) or --date-order mdy (month first).</source>
        <translation>%1:%2 : la date « %3 » se lit dans les deux sens (%4 ou %5) et aucune ligne du fichier ne tranche ; indiquez --date-order dmy (jour en premier) ou --date-order mdy (mois en premier).</translation>
    </message>
    <message>
        <source>How to read dates such as 03/04/2025: auto (default: from the file; an error when no row decides), dmy (day first) or mdy (month first).</source>
        <translation>Comment lire les dates comme 03/04/2025 : auto (par défaut : d&apos;après le fichier ; une erreur si aucune ligne ne tranche), dmy (jour en premier) ou mdy (mois en premier).</translation>
    </message>
    <message>
        <source>With --kind accounts or partner-accounts: read FIELD from COLUMN (a header or a 1-based number); FIELD is name, website, status, industry, employees, country, crm_id or open_pipeline. Repeat for several fields.</source>
        <translation>Avec --kind accounts ou partner-accounts : lire FIELD dans COLUMN (un en-tête ou un numéro à partir de 1) ; FIELD vaut name, website, status, industry, employees, country, crm_id ou open_pipeline. À répéter pour plusieurs champs.</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>--partner, --date and --map go with account lists.</source>
        <translation>--partner, --date et --map s&apos;utilisent avec les listes de comptes.</translation>
    </message>
    <message>
        <source>The account lists of %1 stay in that file: account mapping is private to the one who holds the lists, and a team portfolio does not hold them.</source>
        <translation>Les listes de comptes de %1 restent dans ce fichier : la cartographie des comptes est privée à qui détient les listes, et un portefeuille d&apos;équipe ne les contient pas.</translation>
    </message>
    <message>
        <source>The window size for --grab-pages, such as 1366x768 (default 1440x900).</source>
        <translation>La taille de la fenêtre pour --grab-pages, par exemple 1366x768 (par défaut 1440x900).</translation>
    </message>
    <message>
        <source>--grab-size takes a size such as 1366x768, from 640x480 to 7680x4320; see &quot;partnerscope --help&quot;.</source>
        <translation>--grab-size attend une taille comme 1366x768, de 640x480 à 7680x4320 ; voir « partnerscope --help ».</translation>
    </message>
</context>
<context>
    <name>ps::ConflictDialog</name>
    <message>
        <source>Resolve Conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1 deleted %2 while you changed it.</source>
        <translation>%1 a supprimé %2 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>You deleted %1 while %2 changed it.</source>
        <translation>Vous avez supprimé %1 pendant que %2 le modifiait.</translation>
    </message>
    <message>
        <source>You and %1 both changed %2. Choose, field by field, which value to keep.</source>
        <translation>Vous et %1 avez tous deux modifié %2. Choisissez, champ par champ, la valeur à conserver.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre leur version</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>%1 : garder ma version</translation>
    </message>
    <message>
        <source>Take their %1</source>
        <translation>%1 : prendre leur version</translation>
    </message>
    <message>
        <source>&amp;Apply Choice</source>
        <translation>&amp;Appliquer le choix</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ps::CoverageChart</name>
    <message>
        <source>ICP coverage</source>
        <translation>Couverture des ICP</translation>
    </message>
    <message>
        <source>This portfolio has no ICPs yet.</source>
        <translation>Ce portefeuille n&apos;a pas encore d&apos;ICP.</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LACUNE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln strong partners</source>
        <translation>
            <numerusform>%Ln partenaire fort</numerusform>
            <numerusform>%Ln partenaires forts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::CurveDialog</name>
    <message>
        <source>&amp;Ceiling (most extra revenue a year):</source>
        <translation>&amp;Plafond (CA supplémentaire maximal par an) :</translation>
    </message>
    <message>
        <source>&amp;Scale (spend for 63% of it):</source>
        <translation>É&amp;chelle (dépense pour en atteindre 63 %) :</translation>
    </message>
    <message>
        <source>&amp;Baseline (revenue without spend):</source>
        <translation>Niveau de &amp;base (CA sans dépense) :</translation>
    </message>
    <message>
        <source>Uncertainty of the ceiling (sd of ln a):</source>
        <translation>Incertitude du plafond (écart-type de ln a) :</translation>
    </message>
    <message>
        <source>Uncertainty of the scale (sd of ln s):</source>
        <translation>Incertitude de l&apos;échelle (écart-type de ln s) :</translation>
    </message>
    <message>
        <source>Their co&amp;rrelation:</source>
        <translation>Leur co&amp;rrélation :</translation>
    </message>
    <message>
        <source>&amp;Use the fitted curve</source>
        <translation>&amp;Utiliser la courbe ajustée</translation>
    </message>
    <message>
        <source>Expected revenue a year at a spend x: baseline + ceiling · (1 − e^(−x / scale)).</source>
        <translation>CA annuel attendu pour une dépense x : niveau de base + plafond · (1 − e^(−x / échelle)).</translation>
    </message>
    <message>
        <source>%1 returns %2</source>
        <translation>%1 rapporte %2</translation>
    </message>
    <message>
        <source>At a spend of %1.</source>
        <translation>Pour une dépense de %1.</translation>
    </message>
</context>
<context>
    <name>ps::DealLogModel</name>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Défini manuellement</translation>
    </message>
    <message>
        <source>From the buyer&apos;s industry, size and region (%1, %2, %3 employees)</source>
        <translation>D&apos;après le secteur, la taille et la région de l&apos;acheteur (%1, %2, %3 employés)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Double-click to edit the partners and what each did</source>
        <translation>Double-cliquez pour modifier les partenaires et le rôle de chacun</translation>
    </message>
    <message>
        <source>Each partner&apos;s share of a won deal: the amount split equally among its partners</source>
        <translation>Part de chaque partenaire dans une affaire gagnée : le montant réparti à parts égales entre ses partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origine de la piste</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Attributed each</source>
        <translation>Attribué à chacun</translation>
    </message>
    <message>
        <source>CRM record</source>
        <translation>Enregistrement CRM</translation>
    </message>
</context>
<context>
    <name>ps::DealPartnersDialog</name>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Ajouter un partenaire</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Partners of %1</source>
        <translation>Partenaires de %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role in the CRM</source>
        <translation>Rôle dans le CRM</translation>
    </message>
    <message>
        <source>Partners of the deal</source>
        <translation>Partenaires de l&apos;affaire</translation>
    </message>
    <message>
        <source>A partner sourced the deal when it brought the opportunity; it influenced it when it helped win a deal someone else found.</source>
        <translation>Un partenaire a apporté l&apos;affaire s&apos;il a amené l&apos;opportunité ; il l&apos;a influencée s&apos;il a aidé à gagner une affaire trouvée par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>A direct deal: no partner is credited.</source>
        <translation>Une affaire directe : aucun partenaire n&apos;est crédité.</translation>
    </message>
    <message numerus="yes">
        <source>If won, each partner is credited %1 of the %2 (the amount split equally among %n partner(s)).</source>
        <translation>
            <numerusform>Si l&apos;affaire est gagnée, chaque partenaire est crédité de %1 sur %2 (le montant réparti à parts égales entre %n partenaire).</numerusform>
            <numerusform>Si l&apos;affaire est gagnée, chaque partenaire est crédité de %1 sur %2 (le montant réparti à parts égales entre %n partenaires).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::DecisionOverlay</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>&amp;Prochaine étape</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Enter saves the details · Esc closes without them · Ctrl+Z takes the decision back</source>
        <translation>Entrée enregistre les détails · Esc ferme sans les enregistrer · Ctrl+Z annule la décision</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ps::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>The portfolio has no file yet; choose where to save it.</source>
        <translation>Le portefeuille n&apos;a pas encore de fichier ; choisissez où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d&apos;enregistrer %1.</translation>
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
        <translation>Accords OEM</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partenaires actifs</translation>
    </message>
    <message>
        <source>Share of enrolled partners with at least one commercial activity this quarter</source>
        <translation>Part des partenaires inscrits ayant au moins une activité commerciale ce trimestre</translation>
    </message>
    <message>
        <source>Days to first deal activity</source>
        <translation>Jours jusqu&apos;à la première activité</translation>
    </message>
    <message>
        <source>Median days from enrolment to the first commercial activity</source>
        <translation>Nombre médian de jours entre l&apos;inscription et la première activité commerciale</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Share of last year&apos;s active partners still active in the last twelve months</source>
        <translation>Part des partenaires actifs l&apos;an dernier toujours actifs au cours des douze derniers mois</translation>
    </message>
    <message>
        <source>Partner-influenced pipeline</source>
        <translation>Pipeline influencé par les partenaires</translation>
    </message>
    <message>
        <source>Partner-influenced share of the open pipeline</source>
        <translation>Part du pipeline ouvert influencée par les partenaires</translation>
    </message>
    <message>
        <source>Concentration (HHI)</source>
        <translation>Concentration (HHI)</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index of partner-influenced revenue, 0-10,000</source>
        <translation>Indice de Herfindahl-Hirschman du CA influencé par les partenaires, de 0 à 10 000</translation>
    </message>
    <message>
        <source>Win rate partner / direct</source>
        <translation>Taux de réussite partenaire / direct</translation>
    </message>
    <message>
        <source>Won of closed deals, partner-influenced against direct</source>
        <translation>Affaires gagnées parmi les affaires clôturées, influencées par les partenaires contre directes</translation>
    </message>
    <message>
        <source>Avg won deal partner / direct</source>
        <translation>Affaire gagnée moyenne partenaire / direct</translation>
    </message>
    <message>
        <source>Mean amount of won deals, partner-influenced against direct</source>
        <translation>Montant moyen des affaires gagnées, influencées par les partenaires contre directes</translation>
    </message>
    <message>
        <source>Joint commercial model gaps</source>
        <translation>Lacunes du modèle commercial commun</translation>
    </message>
    <message>
        <source>Active and onboarding partners with pricing, support, customer success or renewal not agreed</source>
        <translation>Partenaires actifs et en intégration dont les tarifs, le support, le succès client ou le renouvellement ne sont pas convenus</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI par modèle de partenaire</translation>
    </message>
    <message>
        <source>Win rate partner vs direct</source>
        <translation>Taux de réussite partenaire contre direct</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Risque de sortie</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusif</translation>
    </message>
    <message>
        <source>At scale</source>
        <translation>À grande échelle</translation>
    </message>
    <message>
        <source>OEM deals summary</source>
        <translation>Synthèse des accords OEM</translation>
    </message>
    <message>
        <source>median, enrolment to first commercial activity</source>
        <translation>médiane, de l&apos;inscription à la première activité commerciale</translation>
    </message>
    <message>
        <source>of last year&apos;s active partners</source>
        <translation>des partenaires actifs l&apos;an dernier</translation>
    </message>
    <message>
        <source>open pipeline %1 partner, %2 direct</source>
        <translation>pipeline ouvert %1 partenaire, %2 direct</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 won, %2 lost with partners; %3 won, %4 lost direct</source>
        <translation>%1 gagnées, %2 perdues avec partenaires ; %3 gagnées, %4 perdues en direct</translation>
    </message>
    <message numerus="yes">
        <source>partners, %n open item(s)</source>
        <translation>
            <numerusform>partenaires, %n point ouvert</numerusform>
            <numerusform>partenaires, %n points ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 4 — likely a distraction</source>
        <translation>%1 sur 4 — probablement une distraction</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Piège de l&apos;exclusivité</translation>
    </message>
    <message>
        <source>Invalid terms</source>
        <translation>Conditions invalides</translation>
    </message>
    <message>
        <source>No volumes</source>
        <translation>Aucun volume</translation>
    </message>
    <message>
        <source>Breaks at scale</source>
        <translation>Ne tient pas à grande échelle</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Program economics</source>
        <translation>Économie du programme</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln partners since %2</source>
        <translation>
            <numerusform>%1 sur %Ln partenaire depuis le %2</numerusform>
            <numerusform>%1 sur %Ln partenaires depuis le %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::EconomicsPage</name>
    <message>
        <source>Activity log</source>
        <translation>Journal des activités</translation>
    </message>
    <message>
        <source>Deal log</source>
        <translation>Journal des affaires</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;OEM deals</source>
        <translation>Accords &amp;OEM</translation>
    </message>
    <message>
        <source>&amp;Royalty simulator</source>
        <translation>Simulateur de &amp;redevance</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact des partenaires</translation>
    </message>
    <message>
        <source>Investment history</source>
        <translation>Historique des investissements</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Points d&apos;a&amp;ttention</translation>
    </message>
    <message>
        <source>Needs &amp;attention (%1)</source>
        <translation>Points d&apos;a&amp;ttention (%1)</translation>
    </message>
</context>
<context>
    <name>ps::Enums</name>
    <message>
        <source>Referral</source>
        <translation>Apporteur d&apos;affaires</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Affiliate / alliance</source>
        <translation>Affilié / alliance</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Value-added reseller</source>
        <translation>Revendeur à valeur ajoutée</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>OEM / embedded</source>
        <translation>OEM / intégré</translation>
    </message>
    <message>
        <source>ISV / technology</source>
        <translation>ISV / technologie</translation>
    </message>
    <message>
        <source>Systems integrator</source>
        <translation>Intégrateur de systèmes</translation>
    </message>
    <message>
        <source>Service delivery / managed service</source>
        <translation>Prestation de services / services managés</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Aucun niveau</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <source>Sources deals</source>
        <translation>Apporte des affaires</translation>
    </message>
    <message>
        <source>Influences the decision</source>
        <translation>Influence la décision</translation>
    </message>
    <message>
        <source>Delivers / implements</source>
        <translation>Livre / met en œuvre</translation>
    </message>
    <message>
        <source>Embeds the product</source>
        <translation>Intègre le produit</translation>
    </message>
    <message>
        <source>Co-sells</source>
        <translation>Co-vente</translation>
    </message>
    <message>
        <source>Certified component</source>
        <translation>Composant certifié</translation>
    </message>
    <message>
        <source>White-label</source>
        <translation>Marque blanche</translation>
    </message>
    <message>
        <source>Full embedded</source>
        <translation>Intégration complète</translation>
    </message>
    <message>
        <source>Strategic co-developed tier</source>
        <translation>Niveau stratégique co-développé</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investir</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Se retirer</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Non convenu</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>ICP influence</source>
        <translation>Influence ICP</translation>
    </message>
    <message>
        <source>Market reach</source>
        <translation>Portée sur le marché</translation>
    </message>
    <message>
        <source>Commercial contribution</source>
        <translation>Contribution commerciale</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Adéquation stratégique</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Commitment and engagement</source>
        <translation>Engagement et implication</translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation>Montée en compétences</translation>
    </message>
    <message>
        <source>Cost to serve (inverse)</source>
        <translation>Coût de service (inversé)</translation>
    </message>
    <message>
        <source>Deprioritize</source>
        <translation>Déprioriser</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Marginal bands</source>
        <translation>Tranches marginales</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Business review</source>
        <translation>Revue d&apos;activité</translation>
    </message>
    <message>
        <source>Co-marketing</source>
        <translation>Co-marketing</translation>
    </message>
    <message>
        <source>Lead referred</source>
        <translation>Piste apportée</translation>
    </message>
    <message>
        <source>Deal registered</source>
        <translation>Affaire enregistrée</translation>
    </message>
    <message>
        <source>Joint customer call</source>
        <translation>Appel client commun</translation>
    </message>
    <message>
        <source>Deal closed</source>
        <translation>Affaire conclue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Apport</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Influence</translation>
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
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimiser</translation>
    </message>
    <message>
        <source>Contract minimum only</source>
        <translation>Minimum contractuel seulement</translation>
    </message>
    <message>
        <source>Hold today&apos;s spend</source>
        <translation>Maintenir la dépense actuelle</translation>
    </message>
</context>
<context>
    <name>ps::ExchangeWizard</name>
    <message>
        <source>Account-mapping files (*.psx);;All files (*)</source>
        <translation>Fichiers de cartographie des comptes (*.psx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read (%2).</source>
        <translation>Impossible de lire « %1 » (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than any account-mapping file can be.</source>
        <translation>« %1 » est plus volumineux que ne peut l&apos;être un fichier de cartographie des comptes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written (%2).</source>
        <translation>Impossible d&apos;écrire « %1 » (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Account mapping without sharing the lists</source>
        <translation>Cartographie des comptes sans partager les listes</translation>
    </message>
    <message>
        <source>Which step?</source>
        <translation>Quelle étape ?</translation>
    </message>
    <message>
        <source>Two companies learn the accounts they share, and nothing else, by exchanging three files by mail. No server, no third party.</source>
        <translation>Deux entreprises découvrent les comptes qu&apos;elles ont en commun, et rien d&apos;autre, en échangeant trois fichiers par e-mail. Ni serveur, ni tiers.</translation>
    </message>
    <message>
        <source>&amp;1. Make an offer (we start)</source>
        <translation>&amp;1. Faire une offre (nous commençons)</translation>
    </message>
    <message>
        <source>&amp;2. Answer a partner&apos;s offer (the partner started)</source>
        <translation>&amp;2. Répondre à l&apos;offre d&apos;un partenaire (le partenaire a commencé)</translation>
    </message>
    <message>
        <source>&amp;3. Finish with the partner&apos;s answer (we started)</source>
        <translation>&amp;3. Terminer avec la réponse du partenaire (nous avons commencé)</translation>
    </message>
    <message>
        <source>The side that makes the offer learns the shared accounts with the partner&apos;s status for each, and the sizes of the partner&apos;s lists. The side that answers learns only the sizes of the offer&apos;s lists. For both to learn the overlap, each makes an offer.</source>
        <translation>Le côté qui fait l&apos;offre découvre les comptes communs avec le statut de chacun chez le partenaire, ainsi que la taille des listes du partenaire. Le côté qui répond ne découvre que la taille des listes de l&apos;offre. Pour que les deux connaissent le chevauchement, chacun fait une offre.</translation>
    </message>
    <message>
        <source>Step 1: make an offer</source>
        <translation>Étape 1 : faire une offre</translation>
    </message>
    <message>
        <source>Our registrable domains, blinded with a secret that stays in this portfolio.</source>
        <translation>Nos domaines enregistrables, masqués par un secret qui reste dans ce portefeuille.</translation>
    </message>
    <message>
        <source>Our organisation, as the partner sees it:</source>
        <translation>Notre organisation, telle que le partenaire la voit :</translation>
    </message>
    <message>
        <source>Offer our:</source>
        <translation>Proposer nos :</translation>
    </message>
    <message>
        <source>Save the offer as:</source>
        <translation>Enregistrer l&apos;offre sous :</translation>
    </message>
    <message>
        <source>Save the offer</source>
        <translation>Enregistrer l&apos;offre</translation>
    </message>
    <message>
        <source>The partner cannot read the blinded domains; it learns how many we offer in each list and our organisation&apos;s name. Send the file by mail; the partner answers it (step 2) and sends the answer back for step 3. Accounts without a website are not offered: the exchange matches on domains only.</source>
        <translation>Le partenaire ne peut pas lire les domaines masqués ; il apprend combien nous en proposons dans chaque liste et le nom de notre organisation. Envoyez le fichier par e-mail ; le partenaire y répond (étape 2) et renvoie la réponse pour l&apos;étape 3. Les comptes sans site web ne sont pas proposés : l&apos;échange se fait uniquement sur les domaines.</translation>
    </message>
    <message>
        <source>Step 2: answer a partner&apos;s offer</source>
        <translation>Étape 2 : répondre à l&apos;offre d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Blind the partner&apos;s points again, and our own domains, for the partner to compare.</source>
        <translation>Masquer à nouveau les points du partenaire, ainsi que nos propres domaines, pour que le partenaire puisse comparer.</translation>
    </message>
    <message>
        <source>The partner&apos;s offer:</source>
        <translation>Offre du partenaire :</translation>
    </message>
    <message>
        <source>Open the offer</source>
        <translation>Ouvrir l&apos;offre</translation>
    </message>
    <message>
        <source>Reveal our:</source>
        <translation>Révéler nos :</translation>
    </message>
    <message>
        <source>Save the answer as:</source>
        <translation>Enregistrer la réponse sous :</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>The partner learns which of its offered accounts are among the lists we reveal, with their status, and how many domains each of our lists holds; nothing about our other accounts. We learn only the sizes of the partner&apos;s lists. An offer is answered once: compare its sizes with what was agreed before answering.</source>
        <translation>Le partenaire apprend lesquels de ses comptes proposés figurent dans les listes que nous révélons, avec leur statut, et combien de domaines contient chacune de nos listes ; rien sur nos autres comptes. Nous n&apos;apprenons que la taille des listes du partenaire. On ne répond qu&apos;une fois à une offre : comparez ses tailles avec ce qui a été convenu avant de répondre.</translation>
    </message>
    <message>
        <source>Step 3: finish with the partner&apos;s answer</source>
        <translation>Étape 3 : terminer avec la réponse du partenaire</translation>
    </message>
    <message>
        <source>Compare: the shared accounts become the partner&apos;s newest list.</source>
        <translation>Comparer : les comptes communs deviennent la liste la plus récente du partenaire.</translation>
    </message>
    <message>
        <source>The partner&apos;s answer:</source>
        <translation>Réponse du partenaire :</translation>
    </message>
    <message>
        <source>Open the answer</source>
        <translation>Ouvrir la réponse</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>We learn each shared account (by its registrable domain) with the partner&apos;s status for it, and the sizes of the partner&apos;s lists; nothing about its other accounts. The result is stored like an imported list of the partner, dated today, and the exchange&apos;s secret is wiped so that the answer cannot be replayed.</source>
        <translation>Nous apprenons chaque compte commun (par son domaine enregistrable) avec son statut chez le partenaire, ainsi que la taille des listes du partenaire ; rien sur ses autres comptes. Le résultat est enregistré comme une liste importée du partenaire, datée d&apos;aujourd&apos;hui, et le secret de l&apos;échange est effacé pour que la réponse ne puisse pas être rejouée.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cancel the step</source>
        <translation>Annuler l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n blinded domain(s) (%2).</source>
        <translation>
            <numerusform>%1 propose %n domaine masqué (%2).</numerusform>
            <numerusform>%1 propose %n domaines masqués (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import our accounts first.</source>
        <translation>Importez d&apos;abord nos comptes.</translation>
    </message>
    <message>
        <source>Blinding our domains…</source>
        <translation>Masquage de nos domaines…</translation>
    </message>
    <message>
        <source>Blinding the partner&apos;s points and our domains…</source>
        <translation>Masquage des points du partenaire et de nos domaines…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or stored.</source>
        <translation>Annulé : rien n&apos;a été écrit ni enregistré.</translation>
    </message>
    <message>
        <source>Make an account-mapping offer</source>
        <translation>Faire une offre de cartographie des comptes</translation>
    </message>
    <message numerus="yes">
        <source>The offer holds %n blinded domain(s) (%1). Send &quot;%2&quot; to the partner; when its answer comes back, run step 3.</source>
        <translation>
            <numerusform>L&apos;offre contient %n domaine masqué (%1). Envoyez « %2 » au partenaire ; quand sa réponse arrive, lancez l&apos;étape 3.</numerusform>
            <numerusform>L&apos;offre contient %n domaines masqués (%1). Envoyez « %2 » au partenaire ; quand sa réponse arrive, lancez l&apos;étape 3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer the offer of %1</source>
        <translation>Répondre à l&apos;offre de %1</translation>
    </message>
    <message>
        <source>Answered the offer of %1 (%2). Send &quot;%3&quot; back to them.</source>
        <translation>Réponse faite à l&apos;offre de %1 (%2). Renvoyez-lui « %3 ».</translation>
    </message>
    <message>
        <source>Finish the account mapping with %1</source>
        <translation>Terminer la cartographie des comptes avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) with %1, of %2 we offered and %3 they revealed. They are stored as the newest list of %4: the Accounts page shows the overlap.</source>
        <translation>
            <numerusform>%n compte commun avec %1, sur %2 proposés par nous et %3 révélés par le partenaire. Il est enregistré comme la liste la plus récente de %4 : la page Comptes affiche le chevauchement.</numerusform>
            <numerusform>%n comptes communs avec %1, sur %2 proposés par nous et %3 révélés par le partenaire. Ils sont enregistrés comme la liste la plus récente de %4 : la page Comptes affiche le chevauchement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The step did not complete.</source>
        <translation>L&apos;étape n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Back withdraws this step (its file is removed) to redo it.</source>
        <translation>Précédent annule cette étape (son fichier est supprimé) pour la refaire.</translation>
    </message>
</context>
<context>
    <name>ps::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Segment by:</source>
        <translation>&amp;Segmenter par :</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>S&amp;cénario :</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>Écriture de %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>ps::FieldDelegate</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>ps::Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Upstream partner</source>
        <translation>Partenaire amont</translation>
    </message>
    <message>
        <source>Market reach</source>
        <translation>Portée sur le marché</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>Adéquation stratégique</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Coût de service</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Sourced revenue</source>
        <translation>CA apporté</translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation>CA influencé</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Affaires gagnées</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Affaires perdues</translation>
    </message>
    <message>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation>Montée en compétences</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incitations</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>First commercial activity</source>
        <translation>Première activité commerciale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation>Responsable de la décision</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Pricing agreed</source>
        <translation>Tarifs convenus</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Succès client</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille d&apos;entreprise</translation>
    </message>
    <message>
        <source>Buyer roles</source>
        <translation>Rôles d&apos;acheteur</translation>
    </message>
    <message>
        <source>Priority weight</source>
        <translation>Poids de priorité</translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>Comptes cibles</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Taille moyenne des affaires</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Overlapping accounts</source>
        <translation>Comptes communs</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Needs a complete offer faster</source>
        <translation>Besoin plus rapide d&apos;une offre complète</translation>
    </message>
    <message>
        <source>Technical lead hard to copy</source>
        <translation>Avance technique difficile à copier</translation>
    </message>
    <message>
        <source>Reaches a new segment</source>
        <translation>Atteint un nouveau segment</translation>
    </message>
    <message>
        <source>Defendable margin for all</source>
        <translation>Marge défendable pour tous</translation>
    </message>
    <message>
        <source>Per-unit royalty</source>
        <translation>Redevance par unité</translation>
    </message>
    <message>
        <source>Annual escalator %</source>
        <translation>Indexation annuelle %</translation>
    </message>
    <message>
        <source>Minimum annual floor</source>
        <translation>Plancher annuel</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Frais de mise en place</translation>
    </message>
    <message>
        <source>Exit clause</source>
        <translation>Clause de sortie</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusif</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>Mode des paliers</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coût par unité</translation>
    </message>
    <message>
        <source>Minimum margin per unit</source>
        <translation>Marge minimale par unité</translation>
    </message>
    <message>
        <source>Units per year</source>
        <translation>Unités par an</translation>
    </message>
    <message>
        <source>Brand owner</source>
        <translation>Propriétaire de la marque</translation>
    </message>
    <message>
        <source>Joint roadmap review</source>
        <translation>Revue commune de la feuille de route</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Nom du portefeuille</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Minimum closed deals</source>
        <translation>Minimum d&apos;affaires clôturées</translation>
    </message>
    <message>
        <source>Contract minimum</source>
        <translation>Minimum contractuel</translation>
    </message>
</context>
<context>
    <name>ps::GapCandidates</name>
    <message>
        <source>Fits industry %1 and region %2</source>
        <translation>Correspond au secteur %1 et à la région %2</translation>
    </message>
    <message>
        <source>Fits industry %1</source>
        <translation>Correspond au secteur %1</translation>
    </message>
    <message>
        <source>Fits region %1</source>
        <translation>Correspond à la région %1</translation>
    </message>
    <message>
        <source>no link yet</source>
        <translation>aucun lien pour l&apos;instant</translation>
    </message>
    <message>
        <source>weak link (%1, strength %2)</source>
        <translation>lien faible (%1, force %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with its buyers</source>
        <translation>
            <numerusform>%n affaire avec ses acheteurs</numerusform>
            <numerusform>%n affaires avec ses acheteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>market reach %1/5</source>
        <translation>portée sur le marché %1/5</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>Added to close a coverage gap: %1</source>
        <translation>Ajouté pour combler une lacune de couverture : %1</translation>
    </message>
</context>
<context>
    <name>ps::GroupAhp</name>
    <message>
        <source>There are no judgments yet.</source>
        <translation>Il n&apos;y a pas encore de jugements.</translation>
    </message>
    <message>
        <source>Matrix %1 compares %2 criteria; the first compares %3.</source>
        <translation>La matrice %1 compare %2 critères ; la première en compare %3.</translation>
    </message>
    <message>
        <source>Matrix %1: %2</source>
        <translation>Matrice %1 : %2</translation>
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
        <translation>Groupe (AIJ)</translation>
    </message>
    <message>
        <source>Aggregated individual judgments (AIJ): the group weights</source>
        <translation>Agrégation des jugements individuels (AIJ) : les poids du groupe</translation>
    </message>
    <message>
        <source>AIP</source>
        <translation>AIP</translation>
    </message>
    <message>
        <source>Aggregated individual priorities, shown for comparison</source>
        <translation>Agrégation des priorités individuelles, affichée pour comparaison</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered</source>
        <translation>
            <numerusform>%1 sur %n a répondu</numerusform>
            <numerusform>%1 sur %n ont répondu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in progress</source>
        <translation>
            <numerusform>, %n en cours</numerusform>
            <numerusform>, %n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus –</source>
        <translation>Consensus –</translation>
    </message>
    <message>
        <source>Waiting for the first complete set of comparisons.</source>
        <translation>En attente du premier ensemble complet de comparaisons.</translation>
    </message>
    <message>
        <source>Consensus %1</source>
        <translation>Consensus %1</translation>
    </message>
    <message>
        <source>One participant so far: no consensus to measure yet.</source>
        <translation>Un seul participant pour l&apos;instant : pas encore de consensus à mesurer.</translation>
    </message>
</context>
<context>
    <name>ps::GuiApp</name>
    <message>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <source>%1 (%2), changes from %3</source>
        <translation>%1 (%2), modifications du %3</translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation>Partnerscope</translation>
    </message>
    <message>
        <source>Partnerscope found unsaved changes from a session that did not end normally. Restore them?</source>
        <translation>Partnerscope a trouvé des modifications non enregistrées d&apos;une session qui ne s&apos;est pas terminée normalement. Les restaurer ?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>Demander plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ps::HeatmapView</name>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Influence heatmap</source>
        <translation>Carte de chaleur de l&apos;influence</translation>
    </message>
    <message>
        <source>Influence by ICP and partner model</source>
        <translation>Influence par ICP et modèle de partenaire</translation>
    </message>
    <message>
        <source>Summed link strength</source>
        <translation>Force de lien cumulée</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Modèle de partenaire</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; × %2&lt;br&gt;Summed link strength: %3&lt;br&gt;Linked partners: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; × %2&lt;br&gt;Force de lien cumulée : %3&lt;br&gt;Partenaires liés : %4</translation>
    </message>
</context>
<context>
    <name>ps::HelpDialogs</name>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur manque dans cette version.</translation>
    </message>
    <message>
        <source>Partnerscope User Guide</source>
        <translation>Guide de l&apos;utilisateur de Partnerscope</translation>
    </message>
    <message>
        <source>Influence map: zoom in, zoom out</source>
        <translation>Carte d&apos;influence : zoom avant, zoom arrière</translation>
    </message>
    <message>
        <source>+, -</source>
        <translation>+, -</translation>
    </message>
    <message>
        <source>Influence map: fit the map</source>
        <translation>Carte d&apos;influence : ajuster la carte</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Influence map: pan</source>
        <translation>Carte d&apos;influence : déplacer la vue</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Influence map: find a partner</source>
        <translation>Carte d&apos;influence : chercher un partenaire</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Influence map: clear the selection</source>
        <translation>Carte d&apos;influence : effacer la sélection</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Workshop: next step, previous step</source>
        <translation>Atelier : étape suivante, étape précédente</translation>
    </message>
    <message>
        <source>Right or Page Down, Left or Page Up</source>
        <translation>Droite ou Page suivante, Gauche ou Page précédente</translation>
    </message>
    <message>
        <source>Workshop: first step, last step</source>
        <translation>Atelier : première étape, dernière étape</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Origine, Fin</translation>
    </message>
    <message>
        <source>Workshop: scenario A, scenario B, switch</source>
        <translation>Atelier : scénario A, scénario B, basculer</translation>
    </message>
    <message>
        <source>A, B, Tab</source>
        <translation>A, B, Tab</translation>
    </message>
    <message>
        <source>Workshop: next partner, previous partner, clear the spotlight</source>
        <translation>Atelier : partenaire suivant, partenaire précédent, retirer la mise en avant</translation>
    </message>
    <message>
        <source>N, P, C</source>
        <translation>N, P, C</translation>
    </message>
    <message>
        <source>Workshop: find a partner</source>
        <translation>Atelier : chercher un partenaire</translation>
    </message>
    <message>
        <source>/ or Ctrl+F</source>
        <translation>/ ou Ctrl+F</translation>
    </message>
    <message>
        <source>Workshop: record a decision</source>
        <translation>Atelier : enregistrer une décision</translation>
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
        <translation>Atelier : écran suivant</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Workshop: export the summary (decisions step)</source>
        <translation>Atelier : exporter la synthèse (étape décisions)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Workshop: budget up, down (plan step)</source>
        <translation>Atelier : budget plus haut, plus bas (étape plan)</translation>
    </message>
    <message>
        <source>Workshop: undo, redo</source>
        <translation>Atelier : annuler, rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Y</source>
        <translation>Ctrl+Z, Ctrl+Y</translation>
    </message>
    <message>
        <source>Workshop: leave</source>
        <translation>Atelier : quitter</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Workshop: show or hide the weights and legend (matrix step)</source>
        <translation>Atelier : afficher ou masquer les pondérations et la légende (étape matrice)</translation>
    </message>
    <message>
        <source>Workshop: heatmap or map overview (map step)</source>
        <translation>Atelier : carte de chaleur ou vue d&apos;ensemble de la carte (étape carte)</translation>
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
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>No changes recorded on the server yet.</source>
        <translation>Aucune modification n&apos;est encore enregistrée sur le serveur.</translation>
    </message>
</context>
<context>
    <name>ps::IcpFocusPanel</name>
    <message>
        <source>Linked partners, strongest first:</source>
        <translation>Partenaires liés, les plus forts en premier :</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Partenaires liés</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Candidates to close the gap</source>
        <translation>Candidats pour combler la lacune</translation>
    </message>
    <message>
        <source>Focus on ICP</source>
        <translation>Focus sur un ICP</translation>
    </message>
    <message>
        <source>Focus o&amp;n ICP:</source>
        <translation>Focus sur l&apos;IC&amp;P :</translation>
    </message>
    <message>
        <source>Partners whose industries and regions fit this ICP and that reach it weakly or not at all, best first</source>
        <translation>Partenaires dont les secteurs et les régions correspondent à cet ICP et qui l&apos;atteignent faiblement ou pas du tout, les meilleurs en premier</translation>
    </message>
    <message>
        <source>(choose an ICP)</source>
        <translation>(choisir un ICP)</translation>
    </message>
    <message>
        <source>Choose an ICP here, or click one on the map or in the coverage table, to see its partners and, for a gap, who could close it.</source>
        <translation>Choisissez un ICP ici, ou cliquez-en un sur la carte ou dans le tableau de couverture, pour voir ses partenaires et, en cas de lacune, qui pourrait la combler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a gap: no partner reaches it strongly (influence %2 of 100, %n partner(s) linked).</source>
        <translation>
            <numerusform>%1 est une lacune : aucun partenaire ne l&apos;atteint fortement (influence %2 sur 100, %n partenaire lié).</numerusform>
            <numerusform>%1 est une lacune : aucun partenaire ne l&apos;atteint fortement (influence %2 sur 100, %n partenaires liés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: influence %2 of 100, %n strong partner(s).</source>
        <translation>
            <numerusform>%1 : influence %2 sur 100, %n partenaire fort.</numerusform>
            <numerusform>%1 : influence %2 sur 100, %n partenaires forts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner fits this ICP&apos;s industries and regions without a strong link.</source>
        <translation>Aucun partenaire sans lien fort ne correspond aux secteurs et régions de cet ICP.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) could close the gap, best first:</source>
        <translation>
            <numerusform>%n partenaire pourrait combler la lacune, les meilleurs en premier :</numerusform>
            <numerusform>%n partenaires pourraient combler la lacune, les meilleurs en premier :</numerusform>
        </translation>
    </message>
    <message>
        <source>Strengthen link</source>
        <translation>Renforcer le lien</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Add a link from %1 to %2</source>
        <translation>Ajouter un lien de %1 vers %2</translation>
    </message>
    <message>
        <source>Raise the existing link to strength %1 (undo takes it back)</source>
        <translation>Porter le lien existant à la force %1 (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Add an Influences link of strength %1 (undo takes it back)</source>
        <translation>Ajouter un lien « Influence la décision » de force %1 (Annuler le retire)</translation>
    </message>
</context>
<context>
    <name>ps::IcpPage</name>
    <message>
        <source>Add ICP</source>
        <translation>Ajouter un ICP</translation>
    </message>
    <message>
        <source>Delete ICP</source>
        <translation>Supprimer l&apos;ICP</translation>
    </message>
    <message>
        <source>Ideal customer profiles</source>
        <translation>Profils clients idéaux</translation>
    </message>
    <message>
        <source>Partners influencing this ICP&apos;s buyers</source>
        <translation>Partenaires qui influencent les acheteurs de cet ICP</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Separate with ; or ,</source>
        <translation>Séparer par ; ou ,</translation>
    </message>
    <message>
        <source>For example: 200-1,000 employees</source>
        <translation>Par exemple : 200 à 1 000 employés</translation>
    </message>
    <message>
        <source>For example: CIO; Head of operations</source>
        <translation>Par exemple : DSI ; directeur des opérations</translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation>Nouvel ICP</translation>
    </message>
</context>
<context>
    <name>ps::IcpTableModel</name>
    <message>
        <source>No partner influences this ICP&apos;s buyers yet.</source>
        <translation>Aucun partenaire n&apos;influence encore les acheteurs de cet ICP.</translation>
    </message>
    <message>
        <source>Relative importance among ICPs, 0 to 10</source>
        <translation>Importance relative parmi les ICP, de 0 à 10</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>ps::ImpactView</name>
    <message>
        <source>Minimum closed deals</source>
        <translation>Minimum d&apos;affaires clôturées</translation>
    </message>
    <message>
        <source>Below this many closed deals a win rate, average won deal or sales cycle says &quot;not enough deals&quot;; scores use a partner&apos;s deals as evidence from this many on.</source>
        <translation>En dessous de ce nombre d&apos;affaires clôturées, le taux de réussite, l&apos;affaire gagnée moyenne ou le cycle de vente indiquent « pas assez d&apos;affaires » ; à partir de ce nombre, les scores s&apos;appuient sur les affaires d&apos;un partenaire.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partner models</source>
        <translation>Modèles de partenaire</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>ICPs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Group the table by</source>
        <translation>Regrouper le tableau par</translation>
    </message>
    <message>
        <source>Win rate with and without partners, by model</source>
        <translation>Taux de réussite avec et sans partenaires, par modèle</translation>
    </message>
    <message>
        <source>Sales cycle with and without partners, by model</source>
        <translation>Cycle de vente avec et sans partenaires, par modèle</translation>
    </message>
    <message>
        <source>Partner impact</source>
        <translation>Impact des partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>vs direct (90%)</source>
        <translation>contre direct (90 %)</translation>
    </message>
    <message>
        <source>Avg won</source>
        <translation>Moy. gagnée</translation>
    </message>
    <message>
        <source>Cycle (days)</source>
        <translation>Cycle (jours)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Apportées</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Influencées</translation>
    </message>
    <message>
        <source>Attributed won</source>
        <translation>Gagné attribué</translation>
    </message>
    <message>
        <source>Rates need at least</source>
        <translation>Les taux nécessitent au moins</translation>
    </message>
    <message>
        <source>closed deals.</source>
        <translation>affaires clôturées.</translation>
    </message>
    <message>
        <source>&amp;Table by:</source>
        <translation>&amp;Tableau par :</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>pas assez d&apos;affaires</translation>
    </message>
    <message>
        <source>Deals with partners: %1 (%2 won, %3 lost), win rate %4; direct: %5 (%6 won, %7 lost), win rate %8.</source>
        <translation>Affaires avec partenaires : %1 (%2 gagnées, %3 perdues), taux de réussite %4 ; en direct : %5 (%6 gagnées, %7 perdues), taux de réussite %8.</translation>
    </message>
    <message>
        <source>Partners change the win rate by %1 points (90% interval %2 to %3).</source>
        <translation>Les partenaires modifient le taux de réussite de %1 points (intervalle à 90 % de %2 à %3).</translation>
    </message>
    <message>
        <source>Partner-involved share of the open pipeline: %1.</source>
        <translation>Part du pipeline ouvert impliquant des partenaires : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Partner-sourced new customers: %n.</source>
        <translation>
            <numerusform>Nouveaux clients apportés par les partenaires : %n.</numerusform>
            <numerusform>Nouveaux clients apportés par les partenaires : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
</context>
<context>
    <name>ps::Import</name>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Account owner</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <source>Company owner</source>
        <translation>Responsable de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows.</source>
        <translation>Le fichier comporte plus de %L1 lignes.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>A row has more than %L1 columns.</source>
        <translation>Une ligne comporte plus de %L1 colonnes.</translation>
    </message>
    <message>
        <source>A field is longer than %L1 characters.</source>
        <translation>Un champ dépasse %L1 caractères.</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed.</source>
        <translation>Un champ entre guillemets qui commence ici n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <source>The file is larger than %L1 MiB.</source>
        <translation>Le fichier dépasse %L1 Mio.</translation>
    </message>
    <message>
        <source>Detect from the headers</source>
        <translation>Détecter d&apos;après les en-têtes</translation>
    </message>
    <message>
        <source>Salesforce accounts</source>
        <translation>Comptes Salesforce</translation>
    </message>
    <message>
        <source>HubSpot companies</source>
        <translation>Entreprises HubSpot</translation>
    </message>
    <message>
        <source>Partnerscope CSV</source>
        <translation>CSV Partnerscope</translation>
    </message>
    <message>
        <source>Other (match headers by name)</source>
        <translation>Autre (faire correspondre les en-têtes par nom)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation>%1 « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The row has more cells than the header; the extra cells are ignored.</source>
        <translation>La ligne comporte plus de cellules que l&apos;en-tête ; les cellules en trop sont ignorées.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Le nom est manquant.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known partner model; the partner needs classification.</source>
        <translation>%1 « %2 » n&apos;est pas un modèle de partenaire connu ; le partenaire doit être classé.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1 « %2 » ne fait pas partie de : %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a rating from 1 to 5.</source>
        <translation>%1 « %2 » n&apos;est pas une note de 1 à 5.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1 « %2 » n&apos;est pas un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must not be negative.</source>
        <translation>%1 « %2 » ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no.</source>
        <translation>%1 « %2 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a weight from 0 to 10.</source>
        <translation>%1 « %2 » n&apos;est pas un poids de 0 à 10.</translation>
    </message>
    <message>
        <source>ICP &quot;%1&quot; is not in the portfolio.</source>
        <translation>L&apos;ICP « %1 » ne figure pas dans le portefeuille.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; is not in the portfolio.</source>
        <translation>Le partenaire « %1 » ne figure pas dans le portefeuille.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a strength from 0 to 5.</source>
        <translation>%1 « %2 » n&apos;est pas une force de 0 à 5.</translation>
    </message>
    <message>
        <source>The ICP is missing.</source>
        <translation>L&apos;ICP est manquant.</translation>
    </message>
    <message>
        <source>The partner is missing.</source>
        <translation>Le partenaire est manquant.</translation>
    </message>
    <message>
        <source>The file is not text: it contains NUL bytes.</source>
        <translation>Le fichier n&apos;est pas du texte : il contient des octets NUL.</translation>
    </message>
    <message>
        <source>The file is not text: it contains control characters (code %1).</source>
        <translation>Le fichier n&apos;est pas du texte : il contient des caractères de contrôle (code %1).</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (avec BOM)</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>The file is not text: it is a ZIP archive, perhaps an Excel workbook. Save it as CSV first.</source>
        <translation>Le fichier n&apos;est pas du texte : c&apos;est une archive ZIP, peut-être un classeur Excel. Enregistrez-le d&apos;abord au format CSV.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-16 valide.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>La date est manquante.</translation>
    </message>
    <message>
        <source>The kind of activity is missing.</source>
        <translation>Le type d&apos;activité est manquant.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known kind of activity (%3).</source>
        <translation>%1 « %2 » n&apos;est pas un type d&apos;activité connu (%3).</translation>
    </message>
    <message>
        <source>The opportunity id is missing.</source>
        <translation>L&apos;identifiant de l&apos;opportunité est manquant.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not true or false.</source>
        <translation>%1 « %2 » n&apos;est ni vrai ni faux.</translation>
    </message>
    <message>
        <source>Opportunity &quot;%1&quot; is not in the deals file.</source>
        <translation>L&apos;opportunité « %1 » ne figure pas dans le fichier des affaires.</translation>
    </message>
    <message>
        <source>No partner in the portfolio has the CRM id &quot;%1&quot;.</source>
        <translation>Aucun partenaire du portefeuille n&apos;a l&apos;identifiant CRM « %1 ».</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of employees.</source>
        <translation>%1 « %2 » n&apos;est pas un nombre d&apos;employés.</translation>
    </message>
    <message>
        <source>The deal is closed but has no close date.</source>
        <translation>L&apos;affaire est clôturée mais n&apos;a pas de date de clôture.</translation>
    </message>
    <message>
        <source>The deal closes before it was created.</source>
        <translation>L&apos;affaire est clôturée avant sa création.</translation>
    </message>
    <message>
        <source>The deal name is missing.</source>
        <translation>Le nom de l&apos;affaire est manquant.</translation>
    </message>
    <message>
        <source>Partner account &quot;%1&quot; (line %2 of the opportunity partners) is not in the portfolio.</source>
        <translation>Le compte partenaire « %1 » (ligne %2 des partenaires d&apos;opportunité) ne figure pas dans le portefeuille.</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Nom de l&apos;affaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Won (yes/no)</source>
        <translation>Gagnée (oui/non)</translation>
    </message>
    <message>
        <source>Closed (yes/no)</source>
        <translation>Clôturée (oui/non)</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Origine de la piste</translation>
    </message>
    <message>
        <source>Buyer account</source>
        <translation>Compte de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer account id</source>
        <translation>Identifiant du compte de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Partners (names)</source>
        <translation>Partenaires (noms)</translation>
    </message>
    <message>
        <source>Partners (CRM ids)</source>
        <translation>Partenaires (identifiants CRM)</translation>
    </message>
    <message>
        <source>Associated companies (names)</source>
        <translation>Entreprises associées (noms)</translation>
    </message>
    <message>
        <source>Associated companies (CRM ids)</source>
        <translation>Entreprises associées (identifiants CRM)</translation>
    </message>
    <message>
        <source>Partner role (sourced/influenced)</source>
        <translation>Rôle du partenaire (apport/influence)</translation>
    </message>
    <message>
        <source>Buyer industry</source>
        <translation>Secteur de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer country or region</source>
        <translation>Pays ou région de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Buyer employees</source>
        <translation>Effectif de l&apos;acheteur</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Deal (CRM id)</source>
        <translation>Affaire (identifiant CRM)</translation>
    </message>
    <message>
        <source>Partner (CRM id)</source>
        <translation>Partenaire (identifiant CRM)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Primary (yes/no)</source>
        <translation>Principal (oui/non)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Salesforce opportunities</source>
        <translation>Opportunités Salesforce</translation>
    </message>
    <message>
        <source>HubSpot deals</source>
        <translation>Transactions HubSpot</translation>
    </message>
    <message>
        <source>Salesforce opportunity partners</source>
        <translation>Partenaires d&apos;opportunité Salesforce</translation>
    </message>
    <message>
        <source>Salesforce tasks and events</source>
        <translation>Tâches et événements Salesforce</translation>
    </message>
    <message>
        <source>HubSpot activities</source>
        <translation>Activités HubSpot</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (such as 2025-03-31).</source>
        <translation>%1 « %2 » n&apos;est pas une date (comme 2025-03-31).</translation>
    </message>
</context>
<context>
    <name>ps::ImportDuplicatesPage</name>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Merge into existing</source>
        <translation>Fusionner avec l&apos;existant</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Ajouter comme nouveau</translation>
    </message>
    <message>
        <source>line %1 of the file: %2</source>
        <translation>ligne %1 du fichier : %2</translation>
    </message>
    <message>
        <source>Same website domain</source>
        <translation>Même domaine de site web</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>Same ICP and partner</source>
        <translation>Même ICP et même partenaire</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Correspondance par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>For all duplicates:</source>
        <translation>Pour tous les doublons :</translation>
    </message>
    <message>
        <source>Action for line %1</source>
        <translation>Action pour la ligne %1</translation>
    </message>
    <message>
        <source>No duplicates: every row is new.</source>
        <translation>Aucun doublon : toutes les lignes sont nouvelles.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows duplicate an existing entry or an earlier row. Skipped rows are not imported.</source>
        <translation>
            <numerusform>%n ligne est le doublon d&apos;une entrée existante ou d&apos;une ligne précédente. Les lignes ignorées ne sont pas importées.</numerusform>
            <numerusform>%n lignes sont des doublons d&apos;une entrée existante ou d&apos;une ligne précédente. Les lignes ignorées ne sont pas importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update from the file</source>
        <translation>Mettre à jour depuis le fichier</translation>
    </message>
    <message>
        <source>Same CRM record</source>
        <translation>Même enregistrement CRM</translation>
    </message>
    <message>
        <source>Same name and date</source>
        <translation>Même nom et même date</translation>
    </message>
    <message>
        <source>Rows that match an entry of the portfolio or an earlier row of the file: by CRM record id first, then website domain or name. Update writes the file&apos;s values over the entry&apos;s (the default for the same CRM record); merge fills only its empty fields.</source>
        <translation>Lignes qui correspondent à une entrée du portefeuille ou à une ligne précédente du fichier : d&apos;abord par identifiant d&apos;enregistrement CRM, puis par domaine de site web ou par nom. La mise à jour remplace les valeurs de l&apos;entrée par celles du fichier (par défaut pour un même enregistrement CRM) ; la fusion ne remplit que ses champs vides.</translation>
    </message>
</context>
<context>
    <name>ps::ImportFilePage</name>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose a CSV export (Salesforce, HubSpot, Partnerscope or any table) and check that it reads correctly. Nothing changes until you click Import.</source>
        <translation>Choisissez un export CSV (Salesforce, HubSpot, Partnerscope ou tout autre tableau) et vérifiez qu&apos;il est lu correctement. Rien ne change tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d&apos;un fichier .csv</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Ideal customer profiles (ICPs)</source>
        <translation>Profils clients idéaux (ICP)</translation>
    </message>
    <message>
        <source>Influence links (ICP to partner)</source>
        <translation>Liens d&apos;influence (ICP vers partenaire)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>I&amp;mport as:</source>
        <translation>I&amp;mporter comme :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Aperçu des premières lignes :</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Détecter (trouvé : %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n data rows and %1 columns.</source>
        <translation>
            <numerusform>%n ligne de données et %1 colonnes.</numerusform>
            <numerusform>%n lignes de données et %1 colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file chosen yet. You can also drop a CSV file on the main window.</source>
        <translation>Aucun fichier choisi pour l&apos;instant. Vous pouvez aussi déposer un fichier CSV sur la fenêtre principale.</translation>
    </message>
    <message>
        <source>Optional: Salesforce&apos;s OpportunityPartner export</source>
        <translation>Facultatif : l&apos;export OpportunityPartner de Salesforce</translation>
    </message>
    <message>
        <source>Opportunity partners file</source>
        <translation>Fichier des partenaires d&apos;opportunité</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>Pa&amp;rcourir...</translation>
    </message>
    <message>
        <source>&amp;Partners on deals:</source>
        <translation>&amp;Partenaires des affaires :</translation>
    </message>
    <message>
        <source>Deals (opportunities) with their partners</source>
        <translation>Affaires (opportunités) avec leurs partenaires</translation>
    </message>
    <message>
        <source>Activities (tasks, events, calls)</source>
        <translation>Activités (tâches, événements, appels)</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity-partner rows.</source>
        <translation>
            <numerusform>%n ligne de partenaires d&apos;opportunité.</numerusform>
            <numerusform>%n lignes de partenaires d&apos;opportunité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without it, partners come from the deals file&apos;s own columns (HubSpot&apos;s associated companies, a Partner column).</source>
        <translation>Sans lui, les partenaires proviennent des colonnes du fichier des affaires lui-même (entreprises associées de HubSpot, une colonne Partner).</translation>
    </message>
</context>
<context>
    <name>ps::ImportMappingPage</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Which field each column of the file fills. A preset knows the CRM&apos;s export layout; other columns are matched by their names.</source>
        <translation>Le champ que remplit chaque colonne du fichier. Un préréglage connaît la disposition de l&apos;export du CRM ; les autres colonnes sont associées d&apos;après leur nom.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>Auto (found: %1)</source>
        <translation>Auto (trouvé : %1)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Line in Notes: %1</source>
        <translation>Ligne dans les notes : %1</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>modifié par vous</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n columns matched automatically; unmatched columns are ignored unless you choose a field.</source>
        <translation>
            <numerusform>%1 sur %n colonne associée automatiquement ; les colonnes non associées sont ignorées sauf si vous choisissez un champ.</numerusform>
            <numerusform>%1 sur %n colonnes associées automatiquement ; les colonnes non associées sont ignorées sauf si vous choisissez un champ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 read as 4 March (month first) or as 3 April (day first). Dates written 2025-04-03 or 03.04.2025 are always clear.</source>
        <translation>Les dates comme 03/04/2025 se lisent 4 mars (mois en premier) ou 3 avril (jour en premier). Les dates écrites 2025-04-03 ou 03.04.2025 sont toujours claires.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Format des dates :</translation>
    </message>
    <message>
        <source>Detect (found: day first)</source>
        <translation>Détecter (trouvé : jour en premier)</translation>
    </message>
    <message>
        <source>Detect (found: month first)</source>
        <translation>Détecter (trouvé : mois en premier)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Jour en premier (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Mois en premier (12/31/2025)</translation>
    </message>
    <message numerus="yes">
        <source>Partners on deals come from %1: %n rows, by opportunity id and partner account id.</source>
        <translation>
            <numerusform>Les partenaires des affaires proviennent de %1 : %n ligne, par identifiant d&apos;opportunité et identifiant de compte partenaire.</numerusform>
            <numerusform>Les partenaires des affaires proviennent de %1 : %n lignes, par identifiant d&apos;opportunité et identifiant de compte partenaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record id in the CRM</source>
        <translation>Identifiant de l&apos;enregistrement dans le CRM</translation>
    </message>
    <message>
        <source>How does the file write dates?</source>
        <translation>Comment le fichier écrit-il les dates ?</translation>
    </message>
    <message>
        <source>Detect (the file does not tell: answer below)</source>
        <translation>Détecter (le fichier ne le dit pas : répondez ci-dessous)</translation>
    </message>
    <message>
        <source>Dates are read day first: line %1 has %2, which can only be %3.</source>
        <translation>Les dates sont lues jour en premier : la ligne %1 contient %2, qui ne peut être que %3.</translation>
    </message>
    <message>
        <source>Dates are read month first: line %1 has %2, which can only be %3.</source>
        <translation>Les dates sont lues mois en premier : la ligne %1 contient %2, qui ne peut être que %3.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>Dates such as %1 (line %2) read either way, and no row of the file decides. Choose how the file writes them:</source>
        <translation>Les dates comme %1 (ligne %2) se lisent dans les deux sens, et aucune ligne du fichier ne tranche. Choisissez comment le fichier les écrit :</translation>
    </message>
    <message>
        <source>Day first: %1</source>
        <translation>Jour en premier : %1</translation>
    </message>
    <message>
        <source>Month first: %1</source>
        <translation>Mois en premier : %1</translation>
    </message>
</context>
<context>
    <name>ps::ImportRulesPage</name>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Who sourced the deal</source>
        <translation>Qui a apporté l&apos;affaire</translation>
    </message>
    <message>
        <source>The primary partner sourced a deal whose lead source &amp;contains:</source>
        <translation>Le partenaire principal a apporté une affaire dont l&apos;origine de la piste &amp;contient :</translation>
    </message>
    <message>
        <source>Lead source words, separated by commas</source>
        <translation>Mots de l&apos;origine de la piste, séparés par des virgules</translation>
    </message>
    <message>
        <source>Partner role words, separated by commas</source>
        <translation>Mots du rôle du partenaire, séparés par des virgules</translation>
    </message>
    <message>
        <source>A partner whose &amp;role contains:</source>
        <translation>Un partenaire dont le &amp;rôle contient :</translation>
    </message>
    <message>
        <source>Stages and attribution</source>
        <translation>Étapes et attribution</translation>
    </message>
    <message>
        <source>What each stage of the file means, and which partner sourced a deal. Won and lost deals count for win rates; open ones are pipeline.</source>
        <translation>Ce que signifie chaque étape du fichier, et quel partenaire a apporté une affaire. Les affaires gagnées et perdues comptent pour les taux de réussite ; les affaires ouvertes constituent le pipeline.</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Types d&apos;activités</translation>
    </message>
    <message>
        <source>What each activity type of the file is. Leads referred, deals registered, joint customer calls and closed deals count as commercial activity.</source>
        <translation>Ce qu&apos;est chaque type d&apos;activité du fichier. Les pistes apportées, les affaires enregistrées, les appels client communs et les affaires conclues comptent comme activité commerciale.</translation>
    </message>
    <message>
        <source>Outcome for stage %1</source>
        <translation>Issue pour l&apos;étape %1</translation>
    </message>
    <message>
        <source>No stage column: the Won and Closed columns decide.</source>
        <translation>Pas de colonne d&apos;étape : les colonnes Gagnée et Clôturée décident.</translation>
    </message>
    <message>
        <source>No stage column: every deal is read as open.</source>
        <translation>Pas de colonne d&apos;étape : chaque affaire est lue comme ouverte.</translation>
    </message>
    <message>
        <source>The file&apos;s Won and Closed columns decide the outcome; a stage counts where they are empty.</source>
        <translation>Les colonnes Gagnée et Clôturée du fichier décident de l&apos;issue ; l&apos;étape compte là où elles sont vides.</translation>
    </message>
    <message numerus="yes">
        <source>%n stages. Stages named won or lost (&quot;Closed Won&quot;, &quot;closedlost&quot;) are recognized; check the others.</source>
        <translation>
            <numerusform>%n étape. Les étapes nommées won ou lost (« Closed Won », « closedlost ») sont reconnues ; vérifiez les autres.</numerusform>
            <numerusform>%n étapes. Les étapes nommées won ou lost (« Closed Won », « closedlost ») sont reconnues ; vérifiez les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partnerscope does not know this type: choose what it is.</source>
        <translation>Partnerscope ne connaît pas ce type : choisissez ce qu&apos;il est.</translation>
    </message>
    <message>
        <source>Kind for %1</source>
        <translation>Type pour %1</translation>
    </message>
    <message>
        <source>Not imported (an error)</source>
        <translation>Non importé (une erreur)</translation>
    </message>
    <message>
        <source>Every activity type is known. Check them, then continue.</source>
        <translation>Tous les types d&apos;activité sont connus. Vérifiez-les, puis continuez.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity types are unknown (marked): choose what they are, or their rows are reported as errors.</source>
        <translation>
            <numerusform>%n type d&apos;activité est inconnu (signalé) : choisissez ce qu&apos;il est, sinon ses lignes sont signalées comme erreurs.</numerusform>
            <numerusform>%n types d&apos;activité sont inconnus (signalés) : choisissez ce qu&apos;ils sont, sinon leurs lignes sont signalées comme erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>the primary partner sourced deals whose lead source contains %1</source>
        <translation>le partenaire principal a apporté les affaires dont l&apos;origine de la piste contient %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>the lead source says nothing</source>
        <translation>l&apos;origine de la piste n&apos;indique rien</translation>
    </message>
    <message>
        <source>As set: %1; a partner whose role contains %2 sourced its deal; every other partner on a deal influenced it. A won deal&apos;s amount is split equally among its partners.</source>
        <translation>Selon le réglage : %1 ; un partenaire dont le rôle contient %2 a apporté son affaire ; tout autre partenaire d&apos;une affaire l&apos;a influencée. Le montant d&apos;une affaire gagnée est réparti à parts égales entre ses partenaires.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
</context>
<context>
    <name>ps::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
    <message>
        <source>Nothing was imported: the portfolio changed while the wizard was open, or the file no longer applies. Start the import again.</source>
        <translation>Rien n&apos;a été importé : le portefeuille a changé pendant que l&apos;assistant était ouvert, ou le fichier ne s&apos;applique plus. Recommencez l&apos;importation.</translation>
    </message>
    <message>
        <source>Imported from %1:</source>
        <translation>Importé depuis %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Needs classification: %n (filter the partner table by &quot;Needs classification&quot; to find them)</source>
        <translation>
            <numerusform>À classer : %n (filtrez le tableau des partenaires sur « À classer » pour le trouver)</numerusform>
            <numerusform>À classer : %n (filtrez le tableau des partenaires sur « À classer » pour les trouver)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as duplicates: %n</source>
        <translation>
            <numerusform>Ignoré comme doublon : %n</numerusform>
            <numerusform>Ignorés comme doublons : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as invalid: %n</source>
        <translation>
            <numerusform>Ignoré car invalide : %n</numerusform>
            <numerusform>Ignorés car invalides : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back in one step.</source>
        <translation>Édition &gt; Annuler annule toute l&apos;importation en une seule étape.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouvelles : %1</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n</source>
        <translation>
            <numerusform>Modifiée : %n</numerusform>
            <numerusform>Modifiées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n</source>
        <translation>
            <numerusform>Inchangée : %n</numerusform>
            <numerusform>Inchangées : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportValidationPage</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Problems by line. Go Back to fix the mapping, or skip the invalid rows. Nothing is written until you click Import.</source>
        <translation>Problèmes par ligne. Revenez en arrière pour corriger l&apos;association des colonnes, ou ignorez les lignes invalides. Rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Error: the row cannot be imported as it is</source>
        <translation>Erreur : la ligne ne peut pas être importée en l&apos;état</translation>
    </message>
    <message>
        <source>Warning: the row is imported</source>
        <translation>Avertissement : la ligne est importée</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %n invalid rows and import the rest</source>
        <translation>
            <numerusform>&amp;Ignorer %n ligne invalide et importer le reste</numerusform>
            <numerusform>&amp;Ignorer les %n lignes invalides et importer le reste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are invalid. An import is all or nothing: go Back and fix the mapping, or skip them.</source>
        <translation>
            <numerusform>%n ligne est invalide. Une importation se fait en tout ou rien : revenez en arrière et corrigez l&apos;association des colonnes, ou ignorez-la.</numerusform>
            <numerusform>%n lignes sont invalides. Une importation se fait en tout ou rien : revenez en arrière et corrigez l&apos;association des colonnes, ou ignorez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Toutes les lignes sont valides.</translation>
    </message>
    <message>
        <source>Every row is valid; the warnings below are for your information.</source>
        <translation>Toutes les lignes sont valides ; les avertissements ci-dessous sont donnés à titre d&apos;information.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the invalid rows are fixed or skipped.</source>
        <translation>Rien ne peut être importé tant que les lignes invalides ne sont pas corrigées ou ignorées.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is skipped.</source>
        <translation>Rien à importer : toutes les lignes sont ignorées.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a model (needs classification)</source>
        <translation>
            <numerusform>%n sans modèle (à classer)</numerusform>
            <numerusform>%n sans modèle (à classer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows skipped</source>
        <translation>
            <numerusform>%n ligne invalide ignorée</numerusform>
            <numerusform>%n lignes invalides ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have dates such as 03/04/2025 that read either way; they are read month first. Go Back to Columns to read them day first.</source>
        <translation>
            <numerusform>%n ligne a des dates comme 03/04/2025 qui se lisent dans les deux sens ; elles sont lues mois en premier. Revenez à Colonnes pour les lire jour en premier.</numerusform>
            <numerusform>%n lignes ont des dates comme 03/04/2025 qui se lisent dans les deux sens ; elles sont lues mois en premier. Revenez à Colonnes pour les lire jour en premier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to import: the portfolio already has every row (%n unchanged).</source>
        <translation>
            <numerusform>Rien à importer : le portefeuille contient déjà toutes les lignes (%n inchangée).</numerusform>
            <numerusform>Rien à importer : le portefeuille contient déjà toutes les lignes (%n inchangées).</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouvelles : %1</translation>
    </message>
    <message numerus="yes">
        <source>changed: %n</source>
        <translation>
            <numerusform>modifiée : %n</numerusform>
            <numerusform>modifiées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged: %n</source>
        <translation>
            <numerusform>inchangée : %n</numerusform>
            <numerusform>inchangées : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportValuesPage</name>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Modèle de partenaire</translation>
    </message>
    <message>
        <source>Also sets</source>
        <translation>Définit aussi</translation>
    </message>
    <message>
        <source>Partner models</source>
        <translation>Modèles de partenaire</translation>
    </message>
    <message>
        <source>What each Type value of the file means. Values Partnerscope does not know are highlighted: choose a model, or leave them as &quot;Needs classification&quot; and classify those partners later.</source>
        <translation>Ce que signifie chaque valeur de Type du fichier. Les valeurs que Partnerscope ne connaît pas sont mises en évidence : choisissez un modèle, ou laissez-les « À classer » et classez ces partenaires plus tard.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Partnerscope does not know this value: choose a model.</source>
        <translation>Partnerscope ne connaît pas cette valeur : choisissez un modèle.</translation>
    </message>
    <message>
        <source>Partner model for %1</source>
        <translation>Modèle de partenaire pour %1</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>The Type column is empty: every partner will need classification.</source>
        <translation>La colonne Type est vide : chaque partenaire devra être classé.</translation>
    </message>
    <message>
        <source>Every value is known. Check the models, then continue.</source>
        <translation>Toutes les valeurs sont connues. Vérifiez les modèles, puis continuez.</translation>
    </message>
    <message numerus="yes">
        <source>%n values are unknown (highlighted). Partners with a value left as &quot;Needs classification&quot; are imported without a model, flagged in the partner table and scored with a neutral profile.</source>
        <translation>
            <numerusform>%n valeur est inconnue (en surbrillance). Les partenaires dont la valeur reste « À classer » sont importés sans modèle, signalés dans le tableau des partenaires et notés avec un profil neutre.</numerusform>
            <numerusform>%n valeurs sont inconnues (en surbrillance). Les partenaires dont la valeur reste « À classer » sont importés sans modèle, signalés dans le tableau des partenaires et notés avec un profil neutre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::ImportWizard</name>
    <message numerus="yes">
        <source>%n partners</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ICPs</source>
        <translation>
            <numerusform>%n ICP</numerusform>
            <numerusform>%n ICP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n influence links</source>
        <translation>
            <numerusform>%n lien d&apos;influence</numerusform>
            <numerusform>%n liens d&apos;influence</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importer depuis un CSV</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is larger than %n MB and is not imported.</source>
        <translation>
            <numerusform>%1 dépasse %n Mo et n&apos;est pas importé.</numerusform>
            <numerusform>%1 dépasse %n Mo et n&apos;est pas importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows...</source>
        <translation>
            <numerusform>Vérification de %n ligne...</numerusform>
            <numerusform>Vérification de %n lignes...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no OpportunityId and AccountToId columns: it is not an opportunity-partner export.</source>
        <translation>%1 n&apos;a pas de colonnes OpportunityId et AccountToId : ce n&apos;est pas un export des partenaires d&apos;opportunité.</translation>
    </message>
</context>
<context>
    <name>ps::InfluenceMapView</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation>Carte d&apos;influence</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Could not draw the map for %1.</source>
        <translation>Impossible de dessiner la carte pour %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Impossible d&apos;exporter vers %1 : utilisez un nom de fichier en .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>Influence: %1 / 100</source>
        <translation>Influence : %1 / 100</translation>
    </message>
    <message>
        <source>Linked partners: %1, strong: %2</source>
        <translation>Partenaires liés : %1, forts : %2</translation>
    </message>
    <message>
        <source>Coverage gap: no partner reaches this buyer strongly</source>
        <translation>Lacune de couverture : aucun partenaire n&apos;atteint fortement cet acheteur</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>needs classification</source>
        <translation>à classer</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Quadrant: %1</source>
        <translation>Quadrant : %1</translation>
    </message>
    <message>
        <source>Buys through: %1</source>
        <translation>Achète via : %1</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Liens : %1</translation>
    </message>
    <message>
        <source>%1: %2, strength %3</source>
        <translation>%1 : %2, force %3</translation>
    </message>
    <message>
        <source>%1 buys through %2</source>
        <translation>%1 achète via %2</translation>
    </message>
    <message>
        <source>%1 → %2&lt;br&gt;%3, strength %4</source>
        <translation>%1 → %2&lt;br&gt;%3, force %4</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Plus and minus zoom, Home fits the map, Ctrl+F finds a partner, Escape clears.</source>
        <translation>Plus et moins pour zoomer, Home pour ajuster la carte, Ctrl+F pour rechercher un partenaire, Escape pour effacer.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::InterfaceDialog</name>
    <message>
        <source>Open Voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Participants join from their phones or laptops on the network you choose. The voting page is served only there, and only while voting is open. Choose the network the room is on; &quot;this computer only&quot; is for trying it out.</source>
        <translation>Les participants se joignent depuis leur téléphone ou leur ordinateur portable sur le réseau que vous choisissez. La page de vote n&apos;est servie que sur ce réseau, et seulement tant que le vote est ouvert. Choisissez le réseau de la salle ; « Cet ordinateur uniquement » sert à faire un essai.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer only: %1, %2</source>
        <translation>Cet ordinateur uniquement : %1, %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Network to serve the voting page on</source>
        <translation>Réseau sur lequel servir la page de vote</translation>
    </message>
</context>
<context>
    <name>ps::InvestmentLogModel</name>
    <message>
        <source>The period runs until the partner&apos;s next period starts; its revenue is what the deal log credits the partner for deals won within it.</source>
        <translation>La période court jusqu&apos;au début de la période suivante du partenaire ; son CA est ce que le journal des affaires attribue au partenaire pour les affaires gagnées pendant celle-ci.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation>Montée en compétences</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incitations</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ps::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the System</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Partnerscope will use %1 the next time it starts.</source>
        <translation>Partnerscope utilisera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ps::LinkSuggestions</name>
    <message>
        <source>Suggested from the deal log: %1.</source>
        <translation>Suggéré d&apos;après le journal des affaires : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with buyers of this ICP</source>
        <translation>
            <numerusform>%n affaire avec des acheteurs de cet ICP</numerusform>
            <numerusform>%n affaires avec des acheteurs de cet ICP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n won</source>
        <translation>
            <numerusform>, %n gagnée</numerusform>
            <numerusform>, %n gagnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n sourced</source>
        <translation>
            <numerusform>, %n apportée</numerusform>
            <numerusform>, %n apportées</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the account overlap: %1.</source>
        <translation>Suggéré d&apos;après le chevauchement de comptes : %1.</translation>
    </message>
    <message>
        <source>Suggested from the deal log: %1; and the account overlap: %2.</source>
        <translation>Suggéré d&apos;après le journal des affaires : %1 ; et le chevauchement de comptes : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) in this ICP (of %1 of ours)</source>
        <translation>
            <numerusform>%n compte commun dans cet ICP (sur %1 des nôtres)</numerusform>
            <numerusform>%n comptes communs dans cet ICP (sur %1 des nôtres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared account(s) in ICP %1 (of %2 of ours)</source>
        <translation>
            <numerusform>%n compte commun dans l&apos;ICP %1 (sur %2 des nôtres)</numerusform>
            <numerusform>%n comptes communs dans l&apos;ICP %1 (sur %2 des nôtres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>ps::LinkSuggestionsPanel</name>
    <message>
        <source>&amp;Accept link</source>
        <translation>Accepter le &amp;lien</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Suggested link</source>
        <translation>Lien suggéré</translation>
    </message>
    <message>
        <source>Add the suggested influence link (undo takes it back)</source>
        <translation>Ajouter le lien d&apos;influence suggéré (Annuler le retire)</translation>
    </message>
    <message>
        <source>Do not suggest this link again (undo takes it back)</source>
        <translation>Ne plus suggérer ce lien (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1, force %2</translation>
    </message>
    <message>
        <source>Links the evidence suggests</source>
        <translation>Liens suggérés par les données</translation>
    </message>
    <message numerus="yes">
        <source>The deal log and the account overlap suggest no missing link: every partner with %n or more deals for an ICP&apos;s buyers, or a strong account overlap in it, is linked to it.</source>
        <translation>
            <numerusform>Le journal des affaires et le chevauchement de comptes ne suggèrent aucun lien manquant : chaque partenaire ayant %n affaire ou plus avec les acheteurs d&apos;un ICP, ou un fort chevauchement de comptes dans celui-ci, y est lié.</numerusform>
            <numerusform>Le journal des affaires et le chevauchement de comptes ne suggèrent aucun lien manquant : chaque partenaire ayant %n affaires ou plus avec les acheteurs d&apos;un ICP, ou un fort chevauchement de comptes dans celui-ci, y est lié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) the evidence suggests: partners on deals whose buyers match an ICP, or sharing many of our accounts in it, that have no link to it.</source>
        <translation>
            <numerusform>%n lien suggéré par les données : des partenaires présents sur des affaires dont les acheteurs correspondent à un ICP, ou partageant beaucoup de nos comptes dans celui-ci, qui n&apos;y sont pas liés.</numerusform>
            <numerusform>%n liens suggérés par les données : des partenaires présents sur des affaires dont les acheteurs correspondent à un ICP, ou partageant beaucoup de nos comptes dans celui-ci, qui n&apos;y sont pas liés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the suggested links</source>
        <translation>Calcul des liens suggérés</translation>
    </message>
    <message>
        <source>Computing the suggested links from %1 accounts and deals…</source>
        <translation>Calcul des liens suggérés à partir de %1 comptes et affaires…</translation>
    </message>
</context>
<context>
    <name>ps::LinkTableModel</name>
    <message>
        <source>0 (none) to 5 (decisive influence on the buyer)</source>
        <translation>0 (aucune) à 5 (influence décisive sur l&apos;acheteur)</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
</context>
<context>
    <name>ps::LinksPanel</name>
    <message>
        <source>Link a partner</source>
        <translation>Lier un partenaire</translation>
    </message>
    <message>
        <source>Link an ICP</source>
        <translation>Lier un ICP</translation>
    </message>
    <message>
        <source>Partner that influences this ICP&apos;s buyers:</source>
        <translation>Partenaire qui influence les acheteurs de cet ICP :</translation>
    </message>
    <message>
        <source>ICP whose buyers this partner influences:</source>
        <translation>ICP dont ce partenaire influence les acheteurs :</translation>
    </message>
    <message>
        <source>&amp;Link partner...</source>
        <translation>&amp;Lier un partenaire...</translation>
    </message>
    <message>
        <source>&amp;Link ICP...</source>
        <translation>&amp;Lier un ICP...</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Partners influencing this ICP</source>
        <translation>Partenaires qui influencent cet ICP</translation>
    </message>
    <message>
        <source>ICPs this partner influences</source>
        <translation>ICP que ce partenaire influence</translation>
    </message>
</context>
<context>
    <name>ps::LogEditor</name>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Ajouter une affaire</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal des activités</translation>
    </message>
    <message>
        <source>Deal log</source>
        <translation>Journal des affaires</translation>
    </message>
    <message>
        <source>Delete activities</source>
        <translation>Supprimer les activités</translation>
    </message>
    <message>
        <source>Delete deals</source>
        <translation>Supprimer les affaires</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>&amp;Partners...</source>
        <translation>&amp;Partenaires...</translation>
    </message>
    <message>
        <source>The partners of the deal and what each did</source>
        <translation>Les partenaires de l&apos;affaire et le rôle de chacun</translation>
    </message>
    <message>
        <source>Add investment period</source>
        <translation>Ajouter une période d&apos;investissement</translation>
    </message>
    <message>
        <source>Investment history</source>
        <translation>Historique des investissements</translation>
    </message>
    <message>
        <source>Delete investment periods</source>
        <translation>Supprimer les périodes d&apos;investissement</translation>
    </message>
</context>
<context>
    <name>ps::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty portfolio</source>
        <translation>Commencer un nouveau portefeuille vide</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Partnerscope</source>
        <translation>À &amp;propos de Partnerscope</translation>
    </message>
    <message>
        <source>About Partnerscope</source>
        <translation>À propos de Partnerscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnerscope %1&lt;/h3&gt;&lt;p&gt;A partner portfolio planner for channel leaders.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partnerscope %1&lt;/h3&gt;&lt;p&gt;Un planificateur de portefeuille de partenaires pour les responsables de canal.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>ICPs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
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
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Partnerscope portfolios (*.partnerscope);;All files (*)</source>
        <translation>Portefeuilles Partnerscope (*.partnerscope);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Voulez-vous enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>Ouvrir un portefeuille</translation>
    </message>
    <message>
        <source>Save Portfolio As</source>
        <translation>Enregistrer le portefeuille sous</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>E&amp;xporter le rapport...</translation>
    </message>
    <message>
        <source>Write the segmentation report as PDF, XLSX, CSV or HTML</source>
        <translation>Écrire le rapport de segmentation en PDF, XLSX, CSV ou HTML</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>A&amp;perçu avant impression...</translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation>Carte d&apos;influence</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importer un CSV...</translation>
    </message>
    <message>
        <source>Import partners, ICPs or influence links from a CRM export</source>
        <translation>Importer des partenaires, des ICP ou des liens d&apos;influence depuis un export CRM</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>Mode &amp;atelier</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 It is open read-only: Save will ask where to save a copy.</source>
        <translation>%1 Il est ouvert en lecture seule : Enregistrer vous demandera où enregistrer une copie.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows (added and merged)</source>
        <translation>
            <numerusform>%n ligne importée (ajouts et fusions)</numerusform>
            <numerusform>%n lignes importées (ajouts et fusions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop with &amp;Voting...</source>
        <translation>Atelier avec &amp;vote...</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (équipe)</translation>
    </message>
    <message>
        <source>%1 (team, view only)</source>
        <translation>%1 (équipe, lecture seule)</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) are not on the server yet.</source>
        <translation>
            <numerusform>%n modification n&apos;est pas encore sur le serveur.</numerusform>
            <numerusform>%n modifications ne sont pas encore sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are sent when the connection is back, if the window stays open. Close anyway and lose them?</source>
        <translation>Elles seront envoyées au retour de la connexion si la fenêtre reste ouverte. Fermer quand même et les perdre ?</translation>
    </message>
    <message>
        <source>Every change is on the server.</source>
        <translation>Toutes les modifications sont sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) held until the server takes them.</source>
        <translation>
            <numerusform>%n modification en attente jusqu&apos;à ce que le serveur l&apos;accepte.</numerusform>
            <numerusform>%n modifications en attente jusqu&apos;à ce que le serveur les accepte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password for %1 (kept in the system keyring if there is one, never in settings):</source>
        <translation>Mot de passe pour %1 (conservé dans le trousseau du système s&apos;il existe, jamais dans les réglages) :</translation>
    </message>
    <message>
        <source>Open &amp;Team Portfolio...</source>
        <translation>Ouvrir un por&amp;tefeuille d&apos;équipe...</translation>
    </message>
    <message>
        <source>Open a portfolio your team keeps on a PostgreSQL server</source>
        <translation>Ouvrir un portefeuille que votre équipe tient sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Publish to Server...</source>
        <translation>Pu&amp;blier sur le serveur...</translation>
    </message>
    <message>
        <source>Put this portfolio on a PostgreSQL server for your team</source>
        <translation>Placer ce portefeuille sur un serveur PostgreSQL pour votre équipe</translation>
    </message>
    <message>
        <source>Take &amp;Offline Copy...</source>
        <translation>Créer une copie hors &amp;ligne...</translation>
    </message>
    <message>
        <source>Save a team portfolio, as the server has it, to a file</source>
        <translation>Enregistrer un portefeuille d&apos;équipe, tel que le serveur le détient, dans un fichier</translation>
    </message>
    <message>
        <source>Record &amp;History...</source>
        <translation>&amp;Historique des modifications...</translation>
    </message>
    <message>
        <source>Who changed the selected partner (the ICP, or the plan, on their pages), when, and from what to what</source>
        <translation>Qui a modifié le partenaire sélectionné (l&apos;ICP ou le plan, sur leurs pages), quand, et de quoi à quoi</translation>
    </message>
    <message>
        <source>Offline copy of %1 saved to %2</source>
        <translation>Copie hors ligne de %1 enregistrée dans %2</translation>
    </message>
    <message>
        <source>Select an ICP to see its history.</source>
        <translation>Sélectionnez un ICP pour voir son historique.</translation>
    </message>
    <message>
        <source>The active scenario has no plan yet.</source>
        <translation>Le scénario actif n&apos;a pas encore de plan.</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>Plan de %1</translation>
    </message>
    <message>
        <source>Select a partner to see its history.</source>
        <translation>Sélectionnez un partenaire pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>ps::MapOverview</name>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n autre</numerusform>
            <numerusform>+ %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>gap: no strong partner</source>
        <translation>lacune : aucun partenaire fort</translation>
    </message>
    <message>
        <source>Flow width: summed link strength. %1 of %2 partners named, strongest links first; zoom in to name them all.</source>
        <translation>Largeur des flux : somme des forces de lien. %1 partenaires nommés sur %2, liens les plus forts d&apos;abord ; zoomez pour les nommer tous.</translation>
    </message>
</context>
<context>
    <name>ps::MapOverviewWidget</name>
    <message>
        <source>Influence map overview</source>
        <translation>Vue d&apos;ensemble de la carte d&apos;influence</translation>
    </message>
    <message>
        <source>ICPs, partner models and the partners with the strongest links, by name; click a partner to see it on the whole map.</source>
        <translation>ICP, modèles de partenaires et partenaires aux liens les plus forts, nommés ; cliquez sur un partenaire pour le voir sur la carte entière.</translation>
    </message>
</context>
<context>
    <name>ps::MapPage</name>
    <message>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>Export Heatmap</source>
        <translation>Exporter la carte de chaleur</translation>
    </message>
    <message>
        <source>influence-map.png</source>
        <translation>carte-influence.png</translation>
    </message>
    <message>
        <source>influence-heatmap.png</source>
        <translation>carte-chaleur-influence.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation>Partenaires forts</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Coverage by ICP</source>
        <translation>Couverture par ICP</translation>
    </message>
    <message>
        <source>Influence 0-100 from the strength of each ICP&apos;s links; a gap is an ICP no partner reaches strongly</source>
        <translation>Influence de 0 à 100 selon la force des liens de chaque ICP ; une lacune est un ICP qu&apos;aucun partenaire n&apos;atteint fortement</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <source>Layered</source>
        <translation>En couches</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Dirigé par les forces</translation>
    </message>
    <message>
        <source>Layered: ICPs on the left, partners grouped by model, distributors upstream. Force-directed: linked nodes pull together.</source>
        <translation>En couches : les ICP à gauche, les partenaires groupés par modèle, les distributeurs en amont. Dirigé par les forces : les nœuds liés s&apos;attirent.</translation>
    </message>
    <message>
        <source>Find a partner...</source>
        <translation>Rechercher un partenaire...</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Rechercher un partenaire</translation>
    </message>
    <message>
        <source>Find a Partner</source>
        <translation>Rechercher un partenaire</translation>
    </message>
    <message>
        <source>Fit to &amp;Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom to show the whole map</source>
        <translation>Zoomer pour afficher toute la carte</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>Show all partners again after a heatmap cell narrowed the map</source>
        <translation>Afficher de nouveau tous les partenaires après qu&apos;une cellule de la carte de chaleur a restreint la carte</translation>
    </message>
    <message>
        <source>Export Ma&amp;p...</source>
        <translation>Exporter la &amp;carte...</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Enregistrer la carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export He&amp;atmap...</source>
        <translation>E&amp;xporter la carte de chaleur...</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG, SVG or PDF</source>
        <translation>Enregistrer la carte de chaleur en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odèle :</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Minimum &amp;strength:</source>
        <translation>Force &amp;minimale :</translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation>Force minimale</translation>
    </message>
    <message>
        <source>Hide links weaker than this</source>
        <translation>Masquer les liens plus faibles que cette valeur</translation>
    </message>
    <message>
        <source>No %1 partner is linked to %2.</source>
        <translation>Aucun partenaire %1 n&apos;est lié à %2.</translation>
    </message>
    <message>
        <source>%1 is hidden by the filters.</source>
        <translation>%1 est masqué par les filtres.</translation>
    </message>
    <message>
        <source>No partner is named &quot;%1&quot;.</source>
        <translation>Aucun partenaire ne s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>Gap: no partner reaches this ICP strongly</source>
        <translation>Lacune : aucun partenaire n&apos;atteint fortement cet ICP</translation>
    </message>
    <message>
        <source>Could not export the map.</source>
        <translation>Impossible d&apos;exporter la carte.</translation>
    </message>
    <message>
        <source>Could not export the heatmap.</source>
        <translation>Impossible d&apos;exporter la carte de chaleur.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 × %2: %Ln partners</source>
        <translation>
            <numerusform>Affichage %1 × %2 : %Ln partenaire</numerusform>
            <numerusform>Affichage %1 × %2 : %Ln partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partners linked</source>
        <translation>
            <numerusform>%Ln partenaire lié</numerusform>
            <numerusform>%Ln partenaires liés</numerusform>
        </translation>
    </message>
    <message>
        <source>Overv&amp;iew</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Show ICPs, partner models and the strongest partners as flows, every name readable; click a partner to see it on the whole map</source>
        <translation>Afficher les ICP, les modèles de partenaires et les partenaires les plus forts sous forme de flux, chaque nom lisible ; cliquez sur un partenaire pour le voir sur la carte entière</translation>
    </message>
    <message>
        <source>Covera&amp;ge</source>
        <translation>Co&amp;uverture</translation>
    </message>
    <message>
        <source>ICP Foc&amp;us</source>
        <translation>Focus &amp;ICP</translation>
    </message>
    <message>
        <source>Suggested Lin&amp;ks</source>
        <translation>Liens su&amp;ggérés</translation>
    </message>
    <message>
        <source>Click a name, or turn off &quot;%1&quot;, to see the whole map.</source>
        <translation>Cliquez sur un nom ou désactivez « %1 » pour voir toute la carte.</translation>
    </message>
    <message>
        <source>The whole map would print its names too small to read here; this overview names the partners with the strongest links.</source>
        <translation>La carte entière afficherait ici ses noms trop petits pour être lus ; cette vue d&apos;ensemble nomme les partenaires aux liens les plus forts.</translation>
    </message>
</context>
<context>
    <name>ps::MatrixPage</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>matrix.png</source>
        <translation>matrice.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Δ Potential</source>
        <translation>Δ Potentiel</translation>
    </message>
    <message>
        <source>Δ Readiness</source>
        <translation>Δ Maturité</translation>
    </message>
    <message>
        <source>Partners that change quadrant</source>
        <translation>Partenaires qui changent de quadrant</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Pa&amp;rtenaire</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer &amp;avec :</translation>
    </message>
    <message>
        <source>Draw arrows to where each partner lands in another scenario</source>
        <translation>Dessiner des flèches vers la position de chaque partenaire dans un autre scénario</translation>
    </message>
    <message>
        <source>E&amp;xport Chart...</source>
        <translation>E&amp;xporter le graphique...</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;Bubble size:</source>
        <translation>&amp;Taille des bulles :</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;ICP:</source>
        <translation>&amp;ICP :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Any ICP</source>
        <translation>Tout ICP</translation>
    </message>
    <message>
        <source>Partners that change quadrant from %1 to %2: %3</source>
        <translation>Partenaires qui passent du quadrant %1 au quadrant %2 : %3</translation>
    </message>
    <message>
        <source>Could not export the chart.</source>
        <translation>Impossible d&apos;exporter le graphique.</translation>
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
        <translation>À classer</translation>
    </message>
    <message>
        <source>Borderline (hollow)</source>
        <translation>Cas limite (bulle creuse)</translation>
    </message>
    <message>
        <source>bubble size: revenue (sourced + influenced)</source>
        <translation>taille des bulles : chiffre d&apos;affaires (apporté + influencé)</translation>
    </message>
    <message>
        <source>bubble size: pipeline</source>
        <translation>taille des bulles : pipeline</translation>
    </message>
    <message>
        <source>bubble size: investment</source>
        <translation>taille des bulles : investissement</translation>
    </message>
    <message>
        <source>bubbles of equal size</source>
        <translation>bulles de taille égale</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <source>Scenario: %1, arrows to %2</source>
        <translation>Scénario : %1, flèches vers %2</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Matrice de priorisation</translation>
    </message>
    <message>
        <source>Readiness threshold: %1</source>
        <translation>Seuil de maturité : %1</translation>
    </message>
    <message>
        <source>Potential threshold: %1</source>
        <translation>Seuil de potentiel : %1</translation>
    </message>
    <message>
        <source>Move quadrant thresholds</source>
        <translation>Déplacer les seuils des quadrants</translation>
    </message>
    <message>
        <source>%1 (by decision; scores say %2)</source>
        <translation>%1 (par décision ; les scores indiquent %2)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Stability: keeps its quadrant in %1% of weight variations</source>
        <translation>Stabilité : garde son quadrant dans %1 % des variations de poids</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>cas limite</translation>
    </message>
    <message>
        <source>No partner selected. Arrow keys move between partners.</source>
        <translation>Aucun partenaire sélectionné. Les touches fléchées permettent de passer d&apos;un partenaire à l&apos;autre.</translation>
    </message>
    <message numerus="yes">
        <source>%1: readiness %2, potential %3, %4. %n selected.</source>
        <translation>
            <numerusform>%1 : maturité %2, potentiel %3, %4. %n sélectionné.</numerusform>
            <numerusform>%1 : maturité %2, potentiel %3, %4. %n sélectionnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::OemAssessment</name>
    <message>
        <source>Royalty priced for the pilot</source>
        <translation>Redevance calculée pour le pilote</translation>
    </message>
    <message>
        <source>The royalty works at pilot volume but leaves no margin per unit at scale, so the partnership breaks the moment it scales; model the volume curve and lock in escalators, volume tiers and minimum floors.</source>
        <translation>La redevance fonctionne au volume du pilote mais ne laisse aucune marge par unité à grande échelle : le partenariat se rompt dès qu&apos;il passe à l&apos;échelle. Modélisez la courbe de volume et fixez des indexations, des paliers de volume et des planchers minimaux.</translation>
    </message>
    <message>
        <source>No exit path</source>
        <translation>Aucune voie de sortie</translation>
    </message>
    <message>
        <source>Without an exit clause the contract is easy to underprice and hard to leave; renegotiating it later, when the manufacturer depends on you, is a far weaker position.</source>
        <translation>Sans clause de sortie, le contrat est facile à sous-évaluer et difficile à quitter ; le renégocier plus tard, quand le fabricant dépend de vous, place en position bien plus faible.</translation>
    </message>
    <message>
        <source>Fuzzy brand and support ownership</source>
        <translation>Responsabilité floue de la marque et du support</translation>
    </message>
    <message>
        <source>Brand or support ownership is not agreed, so the end customer does not know who to call.</source>
        <translation>La responsabilité de la marque ou du support n&apos;est pas convenue : le client final ne sait pas qui appeler.</translation>
    </message>
    <message>
        <source>Roadmaps drifting apart</source>
        <translation>Feuilles de route divergentes</translation>
    </message>
    <message>
        <source>No joint roadmap review is in place, so the two roadmaps drift apart and technical debt piles up at the integration layer.</source>
        <translation>Aucune revue commune des feuilles de route n&apos;est en place : les deux feuilles de route divergent et la dette technique s&apos;accumule dans la couche d&apos;intégration.</translation>
    </message>
    <message>
        <source>No customer-success layer</source>
        <translation>Aucune couche de customer success</translation>
    </message>
    <message>
        <source>Nobody owns customer success, so churn happens where the embedded vendor cannot see it and the manufacturer cannot fix it.</source>
        <translation>Personne n&apos;est responsable du customer success : l&apos;attrition survient là où le fournisseur intégré ne la voit pas et où le fabricant ne peut pas y remédier.</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Exclusivité</translation>
    </message>
    <message>
        <source>Exclusive terms trade the rest of the channel for one manufacturer; if it stumbles, gets acquired or deprioritizes the category, the revenue goes with it.</source>
        <translation>Les conditions d&apos;exclusivité sacrifient le reste du canal au profit d&apos;un seul fabricant ; s&apos;il trébuche, est racheté ou délaisse la catégorie, le chiffre d&apos;affaires disparaît avec lui.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
</context>
<context>
    <name>ps::OemAssessmentView</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Risque de sortie</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Conditions remplies</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Exclusivité</translation>
    </message>
    <message>
        <source>Royalty at scale</source>
        <translation>Redevance à grande échelle</translation>
    </message>
    <message>
        <source>OEM deals and their assessment</source>
        <translation>Accords OEM et leur évaluation</translation>
    </message>
    <message>
        <source>Failure modes of the selected deal</source>
        <translation>Modes d&apos;échec de l&apos;accord sélectionné</translation>
    </message>
    <message>
        <source>A ticked mode is present in this deal; each item&apos;s tooltip says why it matters</source>
        <translation>Un mode coché est présent dans cet accord ; l&apos;infobulle de chaque élément explique pourquoi il est important</translation>
    </message>
    <message>
        <source>Scoreboard of the selected deal over time</source>
        <translation>Tableau de bord de l&apos;accord sélectionné dans le temps</translation>
    </message>
    <message>
        <source>Failure modes (seed 000)</source>
        <translation>Modes d&apos;échec (seed 000)</translation>
    </message>
    <message>
        <source>Exit difficulty rises from certified component to white-label, full embedded and the strategic co-developed tier.</source>
        <translation>La difficulté de sortie augmente du composant certifié à la marque blanche, à l&apos;intégration complète puis au niveau stratégique co-développé.</translation>
    </message>
    <message>
        <source>%1 of 4 — likely a distraction</source>
        <translation>%1 sur 4 — probablement une distraction</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions hold: this OEM motion is likely a distraction.</source>
        <translation>Moins de trois des quatre conditions sont remplies : cette démarche OEM est probablement une distraction.</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Piège de l&apos;exclusivité</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusif</translation>
    </message>
    <message>
        <source>Not exclusive</source>
        <translation>Non exclusif</translation>
    </message>
    <message>
        <source>Exclusive terms on a structure that is hard to leave, or without an exit clause.</source>
        <translation>Conditions d&apos;exclusivité sur une structure difficile à quitter, ou sans clause de sortie.</translation>
    </message>
    <message>
        <source>Invalid terms</source>
        <translation>Conditions invalides</translation>
    </message>
    <message>
        <source>No volume plan</source>
        <translation>Aucun plan de volume</translation>
    </message>
    <message>
        <source>Breaks at scale</source>
        <translation>Ne tient pas à grande échelle</translation>
    </message>
    <message>
        <source>Holds at scale</source>
        <translation>Tient à grande échelle</translation>
    </message>
    <message>
        <source>No OEM deal selected.</source>
        <translation>Aucun accord OEM sélectionné.</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1: none of seed 000&apos;s failure modes.</source>
        <translation>%1 : aucun des modes d&apos;échec de seed 000.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failure mode(s) present.</source>
        <translation>
            <numerusform>%1 : %n mode d&apos;échec présent.</numerusform>
            <numerusform>%1 : %n modes d&apos;échec présents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scoreboard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
</context>
<context>
    <name>ps::OemDealModel</name>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions hold: this OEM motion is likely a distraction.</source>
        <translation>Moins de trois des quatre conditions sont remplies : cette démarche OEM est probablement une distraction.</translation>
    </message>
    <message>
        <source>Exit difficulty %1 of 4</source>
        <translation>Difficulté de sortie %1 sur 4</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Conditions remplies</translation>
    </message>
</context>
<context>
    <name>ps::OemDealsPanel</name>
    <message>
        <source>&amp;Add deal</source>
        <translation>&amp;Ajouter un accord</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Supprimer l&apos;accord</translation>
    </message>
    <message>
        <source>OEM deals of this partner</source>
        <translation>Accords OEM de ce partenaire</translation>
    </message>
    <message>
        <source>The four conditions</source>
        <translation>Les quatre conditions</translation>
    </message>
    <message>
        <source>The manufacturer needs a complete offer faster than it can build one</source>
        <translation>Le fabricant a besoin d&apos;une offre complète plus vite qu&apos;il ne peut la construire</translation>
    </message>
    <message>
        <source>Our technical lead is hard to copy</source>
        <translation>Notre avance technique est difficile à copier</translation>
    </message>
    <message>
        <source>The combined offer reaches a new segment</source>
        <translation>L&apos;offre combinée atteint un nouveau segment</translation>
    </message>
    <message>
        <source>The economics leave a defendable margin for both sides and the channel</source>
        <translation>L&apos;économie du modèle laisse une marge défendable aux deux parties et au canal</translation>
    </message>
    <message>
        <source>Royalty terms</source>
        <translation>Conditions de redevance</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusif</translation>
    </message>
    <message>
        <source>How either side can leave, and at what cost</source>
        <translation>Comment chaque partie peut se retirer, et à quel coût</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>Paliers de volume</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1 of 4 — fewer than three: likely a distraction</source>
        <translation>%1 sur 4 — moins de trois : probablement une distraction</translation>
    </message>
    <message>
        <source>%1 of 4 — the OEM motion can be worth it</source>
        <translation>%1 sur 4 — la démarche OEM peut en valoir la peine</translation>
    </message>
    <message>
        <source>Exit difficulty %1 of 4</source>
        <translation>Difficulté de sortie %1 sur 4</translation>
    </message>
    <message>
        <source>%1 OEM deal</source>
        <translation>Accord OEM avec %1</translation>
    </message>
    <message>
        <source>Not set (0)</source>
        <translation>Non défini (0)</translation>
    </message>
    <message>
        <source>Units per year, e.g. 2000; 15000; 60000</source>
        <translation>Unités par an, p. ex. 2000; 15000; 60000</translation>
    </message>
    <message>
        <source>A joint roadmap review is in place</source>
        <translation>Une revue commune des feuilles de route est en place</translation>
    </message>
</context>
<context>
    <name>ps::OemListEditor</name>
    <message>
        <source>Add tier</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Retirer le palier</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Retirer la période</translation>
    </message>
    <message>
        <source>From units</source>
        <translation>À partir de (unités)</translation>
    </message>
    <message>
        <source>Royalty per unit</source>
        <translation>Redevance par unité</translation>
    </message>
    <message>
        <source>Royalty volume tiers</source>
        <translation>Paliers de volume de la redevance</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Integrations validated</source>
        <translation>Intégrations validées</translation>
    </message>
    <message>
        <source>Devices validated</source>
        <translation>Appareils validés</translation>
    </message>
    <message>
        <source>Co-marketing</source>
        <translation>Co-marketing</translation>
    </message>
    <message>
        <source>Devices in the field</source>
        <translation>Appareils sur le terrain</translation>
    </message>
    <message>
        <source>Pre-loaded</source>
        <translation>Préinstallés</translation>
    </message>
    <message>
        <source>OEM scoreboard</source>
        <translation>Tableau de bord OEM</translation>
    </message>
</context>
<context>
    <name>ps::PartnerDetail</name>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Ratings &amp;&amp; economics</source>
        <translation>&amp;Notes &amp;&amp; économie</translation>
    </message>
    <message>
        <source>&amp;Influence</source>
        <translation>&amp;Influence</translation>
    </message>
    <message>
        <source>&amp;Commercial &amp;&amp; decision</source>
        <translation>&amp;Commercial &amp;&amp; décision</translation>
    </message>
    <message>
        <source>O&amp;EM deals</source>
        <translation>Accords &amp;OEM</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Détails du partenaire</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Separate with ; or ,</source>
        <translation>Séparer par ; ou ,</translation>
    </message>
    <message>
        <source>The distributor this partner buys through (layered channel)</source>
        <translation>Le distributeur par lequel ce partenaire achète (canal à plusieurs niveaux)</translation>
    </message>
    <message>
        <source>Ratings (1 = low, 5 = high)</source>
        <translation>Notes (1 = faible, 5 = élevée)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>1 = cheap to serve, 5 = expensive; scored inversely</source>
        <translation>1 = peu coûteux à servir, 5 = coûteux ; noté à l&apos;inverse</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Win rate:</source>
        <translation>Taux de réussite :</translation>
    </message>
    <message>
        <source>Program investment</source>
        <translation>Investissement du programme</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>Joint commercial model</source>
        <translation>Modèle commercial commun</translation>
    </message>
    <message>
        <source>Pricing agreed with the partner</source>
        <translation>Tarifs convenus avec le partenaire</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Who drives it</source>
        <translation>Qui le pilote</translation>
    </message>
    <message>
        <source>No partner selected</source>
        <translation>Aucun partenaire sélectionné</translation>
    </message>
    <message>
        <source>None (buys direct)</source>
        <translation>Aucun (achète en direct)</translation>
    </message>
    <message>
        <source>No closed deals yet</source>
        <translation>Aucune affaire conclue pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The joint commercial model is complete.</source>
        <translation>Le modèle commercial commun est complet.</translation>
    </message>
    <message>
        <source>Open items in the joint commercial model: %1 of 4. Agree them before co-selling starts.</source>
        <translation>Points ouverts dans le modèle commercial commun : %1 sur 4. Convenez-en avant le début de la co-vente.</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>Im&amp;pact</source>
        <translation>Im&amp;pact du partenaire</translation>
    </message>
</context>
<context>
    <name>ps::PartnerImpact</name>
    <message>
        <source>not enough deals: %1 closed, %2 needed</source>
        <translation>pas assez d&apos;affaires : %1 clôturées, %2 nécessaires</translation>
    </message>
</context>
<context>
    <name>ps::PartnerImpactPanel</name>
    <message>
        <source>Partner impact</source>
        <translation>Impact du partenaire</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Affaire gagnée moyenne</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Cycle de vente (jours)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Apportées</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Influencées</translation>
    </message>
    <message>
        <source>Attributed won revenue</source>
        <translation>CA gagné attribué</translation>
    </message>
    <message>
        <source>With the partner</source>
        <translation>Avec le partenaire</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>CRM record: %1</source>
        <translation>Enregistrement CRM : %1</translation>
    </message>
    <message>
        <source>Typed in Partnerscope (no CRM record).</source>
        <translation>Saisi dans Partnerscope (aucun enregistrement CRM).</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>pas assez d&apos;affaires</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Win rate %1 against %2 direct: %3 points (90% interval %4 to %5).</source>
        <translation>Taux de réussite %1 contre %2 en direct : %3 points (intervalle à 90 % de %4 à %5).</translation>
    </message>
    <message>
        <source>No comparison yet: %1.</source>
        <translation>Pas encore de comparaison : %1.</translation>
    </message>
    <message>
        <source>No comparison yet: direct deals, %1.</source>
        <translation>Pas encore de comparaison : affaires directes, %1.</translation>
    </message>
    <message numerus="yes">
        <source>From the deal log. A won deal&apos;s amount is split equally among its partners. Rates need %n closed deals (Economics &gt; Impact changes it).</source>
        <translation>
            <numerusform>D&apos;après le journal des affaires. Le montant d&apos;une affaire gagnée est réparti à parts égales entre ses partenaires. Les taux nécessitent %n affaire clôturée (modifiable dans Économie &gt; Impact des partenaires).</numerusform>
            <numerusform>D&apos;après le journal des affaires. Le montant d&apos;une affaire gagnée est réparti à parts égales entre ses partenaires. Les taux nécessitent %n affaires clôturées (modifiable dans Économie &gt; Impact des partenaires).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PartnerTableModel</name>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Open item of the joint commercial model: agree it before co-selling starts.</source>
        <translation>Point ouvert du modèle commercial commun : convenez-en avant le début de la co-vente.</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high); empty when not rated</source>
        <translation>1 (faible) à 5 (élevé) ; vide si non noté</translation>
    </message>
    <message>
        <source>Needs classification: no partner model yet, so a neutral scoring profile applies. Choose a model so that the right profile is used.</source>
        <translation>À classer : pas encore de modèle de partenaire, un profil de notation neutre s&apos;applique donc. Choisissez un modèle pour que le bon profil soit utilisé.</translation>
    </message>
</context>
<context>
    <name>ps::PartnersPage</name>
    <message>
        <source>&amp;Add Partner</source>
        <translation>&amp;Ajouter un partenaire</translation>
    </message>
    <message>
        <source>&amp;Delete Partners</source>
        <translation>&amp;Supprimer les partenaires</translation>
    </message>
    <message>
        <source>D&amp;uplicate Partners</source>
        <translation>D&amp;upliquer les partenaires</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit Partners...</source>
        <translation>&amp;Modifier en masse...</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Filter by name, website, region, industry, notes</source>
        <translation>Filtrer par nom, site web, région, secteur, notes</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Filtrer les partenaires</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>Filtrer par modèle</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>None (buys direct)</source>
        <translation>Aucun (achète en direct)</translation>
    </message>
    <message>
        <source>Restore Default Columns</source>
        <translation>Rétablir les colonnes par défaut</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <source>Partners: %1 of %2</source>
        <translation>Partenaires : %1 sur %2</translation>
    </message>
    <message>
        <source>Find Partners</source>
        <translation>Rechercher des partenaires</translation>
    </message>
</context>
<context>
    <name>ps::PlacementVotesView</name>
    <message>
        <source>Reveal votes (R)</source>
        <translation>Dévoiler les votes (R)</translation>
    </message>
    <message>
        <source>Placement votes</source>
        <translation>Votes de positionnement</translation>
    </message>
    <message>
        <source>Spotlight a partner (N, P or /) to vote on its placement.</source>
        <translation>Mettez un partenaire en avant (N, P ou /) pour voter sur son positionnement.</translation>
    </message>
    <message>
        <source>Placement of %1</source>
        <translation>Positionnement de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s), revealed:</source>
        <translation>
            <numerusform>%n vote, dévoilé :</numerusform>
            <numerusform>%n votes, dévoilés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n have voted. Votes stay hidden until you reveal them.</source>
        <translation>
            <numerusform>%1 sur %n a voté. Les votes restent cachés jusqu&apos;à ce que vous les dévoiliez.</numerusform>
            <numerusform>%1 sur %n ont voté. Les votes restent cachés jusqu&apos;à ce que vous les dévoiliez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PlanCapacityView</name>
    <message>
        <source>Model and tier</source>
        <translation>Modèle et niveau</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>Début avant le</translation>
    </message>
    <message>
        <source>Recruit</source>
        <translation>Recruter</translation>
    </message>
    <message>
        <source>Recruit by</source>
        <translation>Recruter avant le</translation>
    </message>
    <message>
        <source>New active</source>
        <translation>Nouveaux actifs</translation>
    </message>
    <message>
        <source>Added revenue</source>
        <translation>CA supplémentaire</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>Objectif de CA</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Capacity plan</source>
        <translation>Plan de capacité</translation>
    </message>
    <message>
        <source>Attributed revenue a year to rea&amp;ch:</source>
        <translation>C&amp;hiffre d&apos;affaires annuel attribué à atteindre :</translation>
    </message>
    <message>
        <source>By &amp;date:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>the revenue target</source>
        <translation>l&apos;objectif de CA</translation>
    </message>
    <message>
        <source>Today&apos;s run-rate is %1 %3 a year; the target needs %2 %3 more.</source>
        <translation>Le rythme actuel est de %1 %3 par an ; l&apos;objectif exige %2 %3 de plus.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
</context>
<context>
    <name>ps::PlanCharts</name>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Allocation charts</source>
        <translation>Graphiques de répartition</translation>
    </message>
    <message>
        <source>No plan to show.</source>
        <translation>Aucun plan à afficher.</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>By partner (%1)</source>
        <translation>Par partenaire (%1)</translation>
    </message>
    <message>
        <source>By partner model (%1)</source>
        <translation>Par modèle de partenaire (%1)</translation>
    </message>
    <message>
        <source>By program kind (%1)</source>
        <translation>Par type de programme (%1)</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source>By segment: %1 (%2)</source>
        <translation>Par segment : %1 (%2)</translation>
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
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Rendement attendu</translation>
    </message>
    <message>
        <source>Return per unit</source>
        <translation>Rendement par unité</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Plan optimal</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Moves (optimal − today)</source>
        <translation>Écart (optimal − aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Left on the table</source>
        <translation>Manque à gagner</translation>
    </message>
    <message>
        <source>Plans side by side</source>
        <translation>Plans côte à côte</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Where the money moves, and where the edited plan leaves value:</source>
        <translation>Où va l&apos;argent, et où le plan modifié laisse de la valeur de côté :</translation>
    </message>
    <message>
        <source>Today&apos;s spend</source>
        <translation>Dépense actuelle</translation>
    </message>
    <message>
        <source>Optimal plan</source>
        <translation>Plan optimal</translation>
    </message>
    <message>
        <source>Edited plan</source>
        <translation>Plan modifié</translation>
    </message>
    <message>
        <source>The optimal plan returns %1 %2 more than today&apos;s spend.</source>
        <translation>Le plan optimal rapporte %1 %2 de plus que la dépense actuelle.</translation>
    </message>
    <message>
        <source>The edited plan leaves %1 %2 on the table.</source>
        <translation>Le plan modifié laisse %1 %2 de côté.</translation>
    </message>
    <message>
        <source>The edited plan follows the optimum.</source>
        <translation>Le plan modifié suit l&apos;optimum.</translation>
    </message>
    <message numerus="yes">
        <source>The edited plan breaks %n constraint(s): %1</source>
        <translation>
            <numerusform>Le plan modifié enfreint %n contrainte : %1</numerusform>
            <numerusform>Le plan modifié enfreint %n contraintes : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::PlanConstraints</name>
    <message>
        <source>Budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>Budget slider</source>
        <translation>Curseur du budget</translation>
    </message>
    <message>
        <source>Drag to see the plan follow the budget.</source>
        <translation>Faites glisser pour voir le plan suivre le budget.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Margin rate</source>
        <translation>Taux de marge</translation>
    </message>
    <message>
        <source>Minimum per partner</source>
        <translation>Minimum par partenaire</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Maximum per partner</source>
        <translation>Maximum par partenaire</translation>
    </message>
    <message>
        <source>Budget and objective</source>
        <translation>Budget et objectif</translation>
    </message>
    <message>
        <source>&amp;Budget a year:</source>
        <translation>&amp;Budget annuel :</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>Mar&amp;gin rate:</source>
        <translation>Ta&amp;ux de marge :</translation>
    </message>
    <message>
        <source>Per partner</source>
        <translation>Par partenaire</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Montant m&amp;inimal :</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Montant ma&amp;ximal :</translation>
    </message>
    <message>
        <source>Quadrant policy</source>
        <translation>Règle des quadrants</translation>
    </message>
    <message>
        <source>Policy for %1</source>
        <translation>Règle pour %1</translation>
    </message>
    <message>
        <source>the policy for %1</source>
        <translation>la règle pour %1</translation>
    </message>
    <message>
        <source>Groups: shares and curves</source>
        <translation>Groupes : parts et courbes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Min share</source>
        <translation>Part min.</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Plan groups</source>
        <translation>Groupes du plan</translation>
    </message>
    <message>
        <source>Type a share in percent (empty for none); the group&apos;s partners together get at least that share of the budget.</source>
        <translation>Saisissez une part en pourcentage (vide pour aucune) ; les partenaires du groupe reçoivent ensemble au moins cette part du budget.</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>Ajouter un &amp;groupe</translation>
    </message>
    <message>
        <source>Remove grou&amp;p</source>
        <translation>Enle&amp;ver le groupe</translation>
    </message>
    <message>
        <source>C&amp;urve…</source>
        <translation>&amp;Courbe…</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>le budget</translation>
    </message>
    <message>
        <source>the objective</source>
        <translation>l&apos;objectif</translation>
    </message>
    <message>
        <source>the margin rate</source>
        <translation>le taux de marge</translation>
    </message>
    <message>
        <source>the minimum per partner</source>
        <translation>le minimum par partenaire</translation>
    </message>
    <message>
        <source>the maximum per partner</source>
        <translation>le maximum par partenaire</translation>
    </message>
    <message>
        <source>a group&apos;s share</source>
        <translation>la part d&apos;un groupe</translation>
    </message>
    <message>
        <source>Plan of the scenario &quot;%1&quot;.</source>
        <translation>Plan du scénario « %1 ».</translation>
    </message>
    <message>
        <source>The portfolio has no scenario to plan with.</source>
        <translation>Le portefeuille n&apos;a aucun scénario avec lequel planifier.</translation>
    </message>
    <message>
        <source>Today&apos;s spend: %1 %2 a year.</source>
        <translation>Dépense actuelle : %1 %2 par an.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>définie manuellement</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>ajustée</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Modèle de partenaire</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>Segment enregistré</translation>
    </message>
    <message>
        <source>the groups</source>
        <translation>les groupes</translation>
    </message>
    <message>
        <source>a group&apos;s curve</source>
        <translation>la courbe d&apos;un groupe</translation>
    </message>
    <message>
        <source>Curve of %1</source>
        <translation>Courbe de %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>ps::PlanController</name>
    <message>
        <source>Set a revenue target and a date for the capacity plan.</source>
        <translation>Définissez un objectif de CA et une date pour le plan de capacité.</translation>
    </message>
</context>
<context>
    <name>ps::PlanPage</name>
    <message>
        <source>Allocatio&amp;n</source>
        <translation>&amp;Répartition</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>Co&amp;mpare plans</source>
        <translation>Co&amp;mparer les plans</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>Capaci&amp;té</translation>
    </message>
    <message>
        <source>Plan views</source>
        <translation>Vues du plan</translation>
    </message>
    <message>
        <source>Forecast progress</source>
        <translation>Progression de la prévision</translation>
    </message>
    <message>
        <source>Run forecas&amp;t</source>
        <translation>&amp;Lancer la prévision</translation>
    </message>
    <message>
        <source>Plan per partner</source>
        <translation>Plan par partenaire</translation>
    </message>
    <message>
        <source>Curve of the &amp;selected partner…</source>
        <translation>Courbe du partenaire &amp;sélectionné…</translation>
    </message>
    <message>
        <source>C&amp;lear hand edits</source>
        <translation>Effacer les saisies ma&amp;nuelles</translation>
    </message>
    <message>
        <source>Type in Edited plan, Fixed, Minimum or Maximum; an empty cell clears the setting.</source>
        <translation>Saisissez une valeur dans Plan modifié, Fixe, Montant minimal ou Montant maximal ; une cellule vide efface le réglage.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>No plan for these constraints.</source>
        <translation>Aucun plan pour ces contraintes.</translation>
    </message>
    <message>
        <source>Budget %1 %4: %2 allocated, expected return %3 %4 a year.</source>
        <translation>Budget %1 %4 : %2 alloué, rendement attendu %3 %4 par an.</translation>
    </message>
    <message>
        <source>One more %1 of budget would return %2.</source>
        <translation>%1 de budget supplémentaire rapporterait %2.</translation>
    </message>
    <message>
        <source>Cancel forecas&amp;t</source>
        <translation>Annu&amp;ler la prévision</translation>
    </message>
    <message>
        <source>Forecasting…</source>
        <translation>Prévision en cours…</translation>
    </message>
    <message>
        <source>The forecast was cancelled.</source>
        <translation>La prévision a été annulée.</translation>
    </message>
    <message>
        <source>Forecast over %1 draws: P10 %2, P50 %3, P90 %4 %5 (80% of outcomes between P10 and P90).</source>
        <translation>Prévision sur %1 tirages : P10 %2, P50 %3, P90 %4 %5 (80 % des résultats entre P10 et P90).</translation>
    </message>
    <message>
        <source>No forecast of this plan yet.</source>
        <translation>Pas encore de prévision pour ce plan.</translation>
    </message>
    <message>
        <source>Curve of %1</source>
        <translation>Courbe de %1</translation>
    </message>
    <message>
        <source>the curve of %1</source>
        <translation>la courbe de %1</translation>
    </message>
    <message>
        <source>the edited plan</source>
        <translation>le plan modifié</translation>
    </message>
    <message>
        <source>Segments of the chart</source>
        <translation>Segments du graphique</translation>
    </message>
    <message>
        <source>Segment brea&amp;kdown:</source>
        <translation>Ré&amp;partition par segment :</translation>
    </message>
    <message>
        <source>A partner in several segments counts in each.</source>
        <translation>Un partenaire présent dans plusieurs segments compte dans chacun.</translation>
    </message>
</context>
<context>
    <name>ps::PlanPartnerModel</name>
    <message>
        <source>Optimum</source>
        <translation>Optimum libre</translation>
    </message>
    <message>
        <source>Not worth funding</source>
        <translation>Financement non rentable</translation>
    </message>
    <message>
        <source>At its floor</source>
        <translation>Au plancher</translation>
    </message>
    <message>
        <source>At its cap</source>
        <translation>Au plafond</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Quadrant policy</source>
        <translation>Règle des quadrants</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Part de %1</translation>
    </message>
    <message>
        <source>The return of the next unit of spend at the planned amount.</source>
        <translation>Le rendement de la prochaine unité de dépense au montant prévu.</translation>
    </message>
    <message>
        <source>The share of the forecast&apos;s draws in which the revenue the allocation buys is at least the allocation.</source>
        <translation>La part des tirages de la prévision dans lesquels le CA obtenu par l&apos;allocation atteint au moins l&apos;allocation.</translation>
    </message>
    <message>
        <source>Set by hand; clear the cell to follow the optimum.</source>
        <translation>Défini manuellement ; videz la cellule pour suivre l&apos;optimum.</translation>
    </message>
    <message>
        <source>Follows the optimum; type an amount to edit the plan.</source>
        <translation>Suit l&apos;optimum ; saisissez un montant pour modifier le plan.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Curve from</source>
        <translation>Courbe d&apos;après</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Rendement marginal</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Rentabilisation</translation>
    </message>
    <message>
        <source>Edited plan</source>
        <translation>Plan modifié</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ps::PlanStep</name>
    <message>
        <source>Plan charts</source>
        <translation>Graphiques du plan</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>le budget</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>No plan for these constraints.</source>
        <translation>Aucun plan pour ces contraintes.</translation>
    </message>
    <message>
        <source>Budget %1: expected return %2 a year, %3 more than today&apos;s spend.</source>
        <translation>Budget %1 : rendement attendu %2 par an, %3 de plus que la dépense actuelle.</translation>
    </message>
    <message>
        <source>Eight times in ten the return lies between %1 (P10) and %2 (P90); the median is %3.</source>
        <translation>Huit fois sur dix, le rendement se situe entre %1 (P10) et %2 (P90) ; la médiane est de %3.</translation>
    </message>
    <message>
        <source>Forecasting the range…</source>
        <translation>Prévision de la fourchette…</translation>
    </message>
</context>
<context>
    <name>ps::PlotExport</name>
    <message>
        <source>Could not draw the chart for %1.</source>
        <translation>Impossible de dessiner le graphique pour %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Could not export to %1: the size must be positive.</source>
        <translation>Impossible d&apos;exporter vers %1 : la taille doit être positive.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Could not export to %1: use a .png, .svg or .pdf file name.</source>
        <translation>Impossible d&apos;exporter vers %1 : utilisez un nom de fichier en .png, .svg ou .pdf.</translation>
    </message>
</context>
<context>
    <name>ps::PortfolioFile</name>
    <message>
        <source>two rows share an id (%1)</source>
        <translation>deux lignes partagent un identifiant (%1)</translation>
    </message>
    <message>
        <source>the database could not be closed</source>
        <translation>la base de données n&apos;a pas pu être fermée</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>Impossible d&apos;enregistrer %1 : %2.</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>un dossier de ce nom existe</translation>
    </message>
    <message>
        <source>cannot create a file in its folder (%1)</source>
        <translation>impossible de créer un fichier dans son dossier (%1)</translation>
    </message>
    <message>
        <source>the database could not be written</source>
        <translation>la base de données n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>the new file could not be flushed to disk (%1)</source>
        <translation>le nouveau fichier n&apos;a pas pu être écrit sur le disque (%1)</translation>
    </message>
    <message>
        <source>the new file could not replace the old one (%1)</source>
        <translation>le nouveau fichier n&apos;a pas pu remplacer l&apos;ancien (%1)</translation>
    </message>
    <message>
        <source>a link, deal, override or upstream partner refers to a row that does not exist</source>
        <translation>un lien, un accord, une dérogation ou un partenaire amont renvoie à une ligne inexistante</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is in a folder where it cannot be replaced.</source>
        <translation>%1 se trouve dans un dossier où il ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>le disque est plein (%1)</translation>
    </message>
    <message>
        <source>a name, note or other text is longer than the %1 MB a row may hold</source>
        <translation>un nom, une note ou un autre texte dépasse les %1 Mo qu&apos;une ligne peut contenir</translation>
    </message>
    <message>
        <source>it is read-only; save it under another name</source>
        <translation>il est en lecture seule ; enregistrez-le sous un autre nom</translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (%2).</source>
        <translation>%1 n&apos;est pas un portefeuille Partnerscope (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it there and try again.</source>
        <translation>%1 est verrouillé par un autre programme ; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <source>%1 holds a value too large to open (one field has more than %2 MB; %3).</source>
        <translation>%1 contient une valeur trop grande pour être ouverte (un champ dépasse %2 Mo ; %3).</translation>
    </message>
    <message>
        <source>%1 holds more data than can be opened (%2).</source>
        <translation>%1 contient plus de données qu&apos;il n&apos;est possible d&apos;ouvrir (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas un portefeuille Partnerscope (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux pour être ouvert (%2 Mo ; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>%1 is not a Partnerscope portfolio (the file is empty).</source>
        <translation>%1 n&apos;est pas un portefeuille Partnerscope (le fichier est vide).</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>son en-tête indique une taille de page impossible</translation>
    </message>
    <message>
        <source>it is truncated: %1 of %2 bytes are present</source>
        <translation>il est tronqué : %1 octets sur %2 sont présents</translation>
    </message>
    <message>
        <source>%1 cannot be read safely: another program has changes to it pending in %2; close that program and try again.</source>
        <translation>%1 ne peut pas être lu en toute sécurité : un autre programme y a des modifications en attente dans %2 ; fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>%1 is too large to open in the memory available.</source>
        <translation>%1 est trop volumineux pour être ouvert dans la mémoire disponible.</translation>
    </message>
    <message>
        <source>it could not be read completely</source>
        <translation>il n&apos;a pas pu être lu entièrement</translation>
    </message>
    <message>
        <source>it has no table %1</source>
        <translation>il n&apos;a pas de table %1</translation>
    </message>
    <message>
        <source>its %1 is a view or virtual table, not a table</source>
        <translation>%1 y est une vue ou une table virtuelle, pas une table</translation>
    </message>
    <message>
        <source>it is an SQLite database without the portfolio tables</source>
        <translation>c&apos;est une base de données SQLite sans les tables du portefeuille</translation>
    </message>
    <message>
        <source>its application id is 0x%1, not Partnerscope&apos;s</source>
        <translation>son identifiant d&apos;application est 0x%1, pas celui de Partnerscope</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Partnerscope (file format %2; this version reads formats up to %3).</source>
        <translation>%1 a été écrit par une version plus récente de Partnerscope (format de fichier %2 ; cette version lit les formats jusqu&apos;à %3).</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>il n&apos;a pas de version de schéma</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1: %2</source>
        <translation>il n&apos;a pas pu être mis à niveau depuis le format %1 : %2</translation>
    </message>
    <message>
        <source>%1 has invalid data in %2.</source>
        <translation>%1 contient des données invalides dans %2.</translation>
    </message>
    <message>
        <source>%1 has invalid data: %2</source>
        <translation>%1 contient des données invalides : %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>un nombre était attendu</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>le nombre n&apos;est pas fini</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>un nombre entier était attendu</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 est hors de %2 à %3</translation>
    </message>
    <message>
        <source>a row id was expected</source>
        <translation>un identifiant de ligne était attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in YYYY-MM-DD form</source>
        <translation>« %1 » n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>table %1, row id %2, column %3: %4</source>
        <translation>table %1, identifiant de ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key</source>
        <translation>« %1 » n&apos;est pas une clé connue</translation>
    </message>
    <message>
        <source>table %1 lacks the expected columns: %2</source>
        <translation>la table %1 n&apos;a pas les colonnes attendues : %2</translation>
    </message>
    <message>
        <source>table %1 could not be read (%2)</source>
        <translation>la table %1 n&apos;a pas pu être lue (%2)</translation>
    </message>
    <message>
        <source>the table holds more than one row</source>
        <translation>la table contient plus d&apos;une ligne</translation>
    </message>
    <message>
        <source>royalty amounts must not be negative</source>
        <translation>les montants de redevance ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>no OEM deal has this id</source>
        <translation>aucun accord OEM n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>no scenario has this id</source>
        <translation>aucun scénario n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>year %1 does not follow year %2</source>
        <translation>l&apos;année %1 ne suit pas l&apos;année %2</translation>
    </message>
    <message>
        <source>the number of units is negative</source>
        <translation>le nombre d&apos;unités est négatif</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>une date est requise</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>le montant est négatif</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON invalide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>a JSON array of conditions was expected</source>
        <translation>un tableau JSON de conditions était attendu</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>condition %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;</source>
        <translation>%1 a un champ inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1 has an unknown member &quot;%2&quot;</source>
        <translation>%1 a un membre inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1: anyOf must be an array of text</source>
        <translation>%1 : anyOf doit être un tableau de textes</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid %3 value</source>
        <translation>%1 : %2 n&apos;est pas une valeur %3 valide</translation>
    </message>
    <message>
        <source>%1: %2 must be a number from 0 to 100</source>
        <translation>%1 : %2 doit être un nombre de 0 à 100</translation>
    </message>
    <message>
        <source>%1: min is above max</source>
        <translation>%1 : min est supérieur à max</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n further problems.</source>
        <translation>
            <numerusform>%1 a %n autre problème.</numerusform>
            <numerusform>%1 a %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the criteria are not a pair of one axis in order</source>
        <translation>les critères ne forment pas une paire ordonnée d&apos;un même axe</translation>
    </message>
    <message>
        <source>%1 is not a value of Saaty&apos;s scale</source>
        <translation>%1 n&apos;est pas une valeur de l&apos;échelle de Saaty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>a decision is required</source>
        <translation>une décision est requise</translation>
    </message>
    <message>
        <source>no decision record has this id</source>
        <translation>aucune fiche de décision n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>a placement vote is required</source>
        <translation>un vote de positionnement est requis</translation>
    </message>
    <message>
        <source>a CRM record id needs its source and the other way round</source>
        <translation>un identifiant d&apos;enregistrement CRM nécessite sa source, et inversement</translation>
    </message>
    <message>
        <source>no deal has this id</source>
        <translation>aucune affaire n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>the curve&apos;s figures are out of range</source>
        <translation>les valeurs de la courbe sont hors limites</translation>
    </message>
    <message>
        <source>no plan has this id</source>
        <translation>aucun plan n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>a second list of our own accounts</source>
        <translation>une seconde liste de nos propres comptes</translation>
    </message>
    <message>
        <source>the partner does not exist</source>
        <translation>le partenaire n&apos;existe pas</translation>
    </message>
    <message>
        <source>the account list does not exist</source>
        <translation>la liste de comptes n&apos;existe pas</translation>
    </message>
    <message>
        <source>it differs from the session&apos;s own</source>
        <translation>il diffère de l&apos;identifiant de la session elle-même</translation>
    </message>
    <message>
        <source>32 lowercase hexadecimal digits are required</source>
        <translation>32 chiffres hexadécimaux en minuscules sont requis</translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation>une date et une heure sont requises</translation>
    </message>
</context>
<context>
    <name>ps::PortfolioPage</name>
    <message>
        <source>For example: EMEA partner plan</source>
        <translation>Par exemple : plan partenaires EMEA</translation>
    </message>
    <message>
        <source>ISO 4217 code, for example EUR or USD</source>
        <translation>Code ISO 4217, par exemple EUR ou USD</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Nom du portefeuille</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Portfolio notes</source>
        <translation>Notes du portefeuille</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Exercice :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Ideal customer profiles</source>
        <translation>Profils clients idéaux</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partenaires actifs</translation>
    </message>
    <message>
        <source>Partners that need a model</source>
        <translation>Partenaires sans modèle</translation>
    </message>
    <message>
        <source>Active partners with open commercial items</source>
        <translation>Partenaires actifs avec des points commerciaux ouverts</translation>
    </message>
    <message>
        <source>Influence links</source>
        <translation>Liens d&apos;influence</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>Accords OEM</translation>
    </message>
</context>
<context>
    <name>ps::ProgramMetrics</name>
    <message>
        <source>Unconcentrated</source>
        <translation>Non concentré</translation>
    </message>
    <message>
        <source>Moderately concentrated</source>
        <translation>Modérément concentré</translation>
    </message>
    <message>
        <source>Highly concentrated</source>
        <translation>Très concentré</translation>
    </message>
    <message>
        <source>pricing</source>
        <translation>tarifs</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <source>customer success</source>
        <translation>succès client</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renouvellement</translation>
    </message>
</context>
<context>
    <name>ps::QrCodeWidget</name>
    <message>
        <source>QR code of the voting page</source>
        <translation>Code QR de la page de vote</translation>
    </message>
</context>
<context>
    <name>ps::ReportContent</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>No partner is in the invest quadrant under this scenario.</source>
        <translation>Aucun partenaire n&apos;est dans le quadrant Investir avec ce scénario.</translation>
    </message>
    <message>
        <source>Invest in %1 (potential %2, readiness %3): its strongest criteria are %4.</source>
        <translation>Investissez dans %1 (potentiel %2, maturité %3) : ses critères les plus forts sont %4.</translation>
    </message>
    <message>
        <source>Coverage gap: no partner reaches %1 strongly (influence %2 of 100).</source>
        <translation>Lacune de couverture : aucun partenaire n&apos;atteint fortement %1 (influence %2 sur 100).</translation>
    </message>
    <message>
        <source>Every ICP is reached strongly by at least one partner.</source>
        <translation>Chaque ICP est fortement atteint par au moins un partenaire.</translation>
    </message>
    <message>
        <source>Borderline partners, whose quadrant changes when the weights move slightly: %1.</source>
        <translation>Partenaires en cas limite, dont le quadrant change quand les poids bougent légèrement : %1.</translation>
    </message>
    <message>
        <source>Exclusive OEM deals: %1.</source>
        <translation>Accords OEM exclusifs : %1.</translation>
    </message>
    <message>
        <source>Active partners with open joint commercial model items: %1 of %2 (%3).</source>
        <translation>Partenaires actifs avec des points ouverts dans le modèle commercial commun : %1 sur %2 (%3).</translation>
    </message>
    <message>
        <source>Concentration: %1 bring %2 of influenced revenue.</source>
        <translation>Concentration : %1 apportent %2 du CA influencé.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::RoomWords</name>
    <message>
        <source>very low</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>Very low agreement: the room is split. Discuss the comparisons below before applying.</source>
        <translation>Accord très faible : le groupe est divisé. Discutez des comparaisons ci-dessous avant d&apos;appliquer les poids.</translation>
    </message>
    <message>
        <source>Low agreement: views differ widely. Discuss the comparisons below.</source>
        <translation>Accord faible : les avis divergent fortement. Discutez des comparaisons ci-dessous.</translation>
    </message>
    <message>
        <source>Moderate agreement: the room leans the same way, with exceptions.</source>
        <translation>Accord modéré : le groupe penche dans le même sens, avec des exceptions.</translation>
    </message>
    <message>
        <source>High agreement: most of the room weighs the criteria alike.</source>
        <translation>Accord élevé : la plupart des participants pondèrent les critères de la même façon.</translation>
    </message>
    <message>
        <source>Very high agreement: the room weighs the criteria alike.</source>
        <translation>Accord très élevé : le groupe pondère les critères de la même façon.</translation>
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
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing.</source>
        <translation>Le champ obligatoire « %1 » manque.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a number.</source>
        <translation>Le champ « %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>Tier %1 starts at a negative number of units (%2).</source>
        <translation>Le palier %1 commence à un nombre d&apos;unités négatif (%2).</translation>
    </message>
    <message>
        <source>Tier %1 has a negative rate per unit (%2).</source>
        <translation>Le palier %1 a un tarif par unité négatif (%2).</translation>
    </message>
    <message>
        <source>The tiers are not in ascending order: tier %1 starts at %2 units, not above tier %3&apos;s %4.</source>
        <translation>Les paliers ne sont pas dans l&apos;ordre croissant : le palier %1 commence à %2 unités, pas au-dessus des %4 du palier %3.</translation>
    </message>
    <message>
        <source>The base rate per unit is negative (%1).</source>
        <translation>Le tarif de base par unité est négatif (%1).</translation>
    </message>
    <message>
        <source>The escalator must be above -100%, not %1%.</source>
        <translation>L&apos;indexation doit être supérieure à -100 %, pas %1 %.</translation>
    </message>
    <message>
        <source>The minimum annual royalty is negative (%1).</source>
        <translation>La redevance annuelle minimale est négative (%1).</translation>
    </message>
    <message>
        <source>The setup fee is negative (%1).</source>
        <translation>Les frais de mise en place sont négatifs (%1).</translation>
    </message>
    <message>
        <source>The cost per unit is negative (%1).</source>
        <translation>Le coût par unité est négatif (%1).</translation>
    </message>
    <message>
        <source>The minimum margin per unit is not a number.</source>
        <translation>La marge minimale par unité n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The volume of year %1 is negative (%2 units).</source>
        <translation>Le volume de l&apos;année %1 est négatif (%2 unités).</translation>
    </message>
    <message>
        <source>The term sheet is not valid JSON (%1 at %2).</source>
        <translation>Les conditions ne sont pas un JSON valide (%1 à %2).</translation>
    </message>
    <message>
        <source>The term sheet must be a JSON object with tiers, volumes and cost_per_unit.</source>
        <translation>Les conditions doivent être un objet JSON avec tiers, volumes et cost_per_unit.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is unknown (known fields: %2).</source>
        <translation>Le champ « %1 » est inconnu (champs connus : %2).</translation>
    </message>
    <message>
        <source>The required field &quot;tiers&quot; is missing.</source>
        <translation>Le champ obligatoire « tiers » manque.</translation>
    </message>
    <message>
        <source>The field &quot;tiers&quot; must be an array of {&quot;from_units&quot;, &quot;per_unit&quot;}.</source>
        <translation>Le champ « tiers » doit être un tableau de {&quot;from_units&quot;, &quot;per_unit&quot;}.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object with from_units and per_unit.</source>
        <translation>Le champ « %1 » doit être un objet avec from_units et per_unit.</translation>
    </message>
    <message>
        <source>The field &quot;%1.%2&quot; is unknown (a tier has from_units and per_unit).</source>
        <translation>Le champ « %1.%2 » est inconnu (un palier a from_units et per_unit).</translation>
    </message>
    <message>
        <source>The required field &quot;%1.%2&quot; is missing.</source>
        <translation>Le champ obligatoire « %1.%2 » manque.</translation>
    </message>
    <message>
        <source>The field &quot;%1.from_units&quot; must be a whole number of units.</source>
        <translation>Le champ « %1.from_units » doit être un nombre entier d&apos;unités.</translation>
    </message>
    <message>
        <source>The field &quot;%1.per_unit&quot; must be a number.</source>
        <translation>Le champ « %1.per_unit » doit être un nombre.</translation>
    </message>
    <message>
        <source>The field &quot;tier_mode&quot; must be &quot;marginal&quot; or &quot;all_units&quot;.</source>
        <translation>Le champ « tier_mode » doit valoir « marginal » ou « all_units ».</translation>
    </message>
    <message>
        <source>The required field &quot;volumes&quot; is missing.</source>
        <translation>Le champ obligatoire « volumes » manque.</translation>
    </message>
    <message>
        <source>The field &quot;volumes&quot; must be an array of units per year, year 1 first, with at least one year.</source>
        <translation>Le champ « volumes » doit être un tableau d&apos;unités par an, en commençant par l&apos;année 1, avec au moins une année.</translation>
    </message>
    <message>
        <source>The field &quot;volumes[%1]&quot; must be a number of units.</source>
        <translation>Le champ « volumes[%1] » doit être un nombre d&apos;unités.</translation>
    </message>
</context>
<context>
    <name>ps::RoyaltyPanel</name>
    <message>
        <source>&amp;Apply to deal</source>
        <translation>&amp;Appliquer à l&apos;accord</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>%1: terms of deal</source>
        <translation>%1 : conditions de l&apos;accord</translation>
    </message>
    <message>
        <source>%1: revenue, cost and margin per year</source>
        <translation>%1 : chiffre d&apos;affaires, coût et marge par an</translation>
    </message>
    <message>
        <source>%1: verdict at scale</source>
        <translation>%1 : verdict à grande échelle</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Royalty</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge par unité</translation>
    </message>
    <message>
        <source>%1: royalty by year</source>
        <translation>%1 : redevance par année</translation>
    </message>
    <message>
        <source>Write these terms to the deal (one undo step)</source>
        <translation>Écrire ces conditions dans l&apos;accord (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Go back to the deal&apos;s own terms</source>
        <translation>Revenir aux conditions propres à l&apos;accord</translation>
    </message>
    <message>
        <source>Load a term sheet from a JSON file</source>
        <translation>Charger une fiche de conditions depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Save this term sheet as a JSON file</source>
        <translation>Enregistrer cette fiche de conditions dans un fichier JSON</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(aucun accord)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable term sheet: %2</source>
        <translation>« %1 » n&apos;est pas une fiche de conditions utilisable : %2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Load Term Sheet</source>
        <translation>Charger une fiche de conditions</translation>
    </message>
    <message>
        <source>Term sheets (*.json)</source>
        <translation>Fiches de conditions (*.json)</translation>
    </message>
    <message>
        <source>Save Term Sheet</source>
        <translation>Enregistrer la fiche de conditions</translation>
    </message>
    <message>
        <source>These terms cannot be simulated: %1</source>
        <translation>Ces conditions ne peuvent pas être simulées : %1</translation>
    </message>
    <message>
        <source>Enter the units per year to see the royalty over time.</source>
        <translation>Saisissez les unités par an pour voir la redevance dans le temps.</translation>
    </message>
    <message>
        <source>Breaks at scale: in year %1 (%2 units) the margin per unit is %3, at or below the %4 these terms must keep. Priced for the pilot, not for scale.</source>
        <translation>Se rompt à grande échelle : l&apos;année %1 (%2 unités), la marge par unité est de %3, inférieure ou égale aux %4 que ces conditions doivent préserver. Calculé pour le pilote, pas pour le passage à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Holds at scale: in year %1 (%2 units) the margin per unit is %3, above the %4 these terms must keep.</source>
        <translation>Tient à grande échelle : l&apos;année %1 (%2 unités), la marge par unité est de %3, supérieure aux %4 que ces conditions doivent préserver.</translation>
    </message>
    <message numerus="yes">
        <source>Total revenue %1, total margin %2 over %n year(s).</source>
        <translation>
            <numerusform>Chiffre d&apos;affaires total %1, marge totale %2 sur %n an.</numerusform>
            <numerusform>Chiffre d&apos;affaires total %1, marge totale %2 sur %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
</context>
<context>
    <name>ps::RoyaltySimulator</name>
    <message>
        <source>Term sheet A</source>
        <translation>Fiche de conditions A</translation>
    </message>
    <message>
        <source>Term sheet B</source>
        <translation>Fiche de conditions B</translation>
    </message>
</context>
<context>
    <name>ps::RuleEditor</name>
    <message>
        <source>Partner model</source>
        <translation>Modèle de partenaire</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Influences ICP</source>
        <translation>Influence l&apos;ICP</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Segment Rule</source>
        <translation>Règle de segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A partner belongs to the segment when it matches every field with ticked values (any of them); a field with nothing ticked does not restrict.</source>
        <translation>Un partenaire appartient au segment s&apos;il correspond à chaque champ ayant des valeurs cochées (l&apos;une d&apos;elles) ; un champ sans rien de coché ne restreint pas.</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Score ranges</source>
        <translation>Plages de score</translation>
    </message>
    <message>
        <source>%1 from</source>
        <translation>%1 à partir de</translation>
    </message>
    <message>
        <source>%1 to</source>
        <translation>%1 jusqu&apos;à</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>ps::ScenarioBar</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy this scenario to try other weights</source>
        <translation>Copier ce scénario pour essayer d&apos;autres poids</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nommer...</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Delete this scenario (a portfolio keeps at least one)</source>
        <translation>Supprimer ce scénario (un portefeuille en garde au moins un)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Renommer le scénario %1 en %2</translation>
    </message>
</context>
<context>
    <name>ps::ScoreExplanation</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Value (0-100)</source>
        <translation>Valeur (0-100)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>Points par critère</translation>
    </message>
    <message>
        <source>Each axis score is the sum of its criteria&apos;s points. A missing rating gives no points; its weight goes to the other criteria of the axis.</source>
        <translation>Le score de chaque axe est la somme des points de ses critères. Une note manquante ne donne aucun point ; son poids va aux autres critères de l&apos;axe.</translation>
    </message>
    <message>
        <source>No score: select a partner.</source>
        <translation>Aucun score : sélectionnez un partenaire.</translation>
    </message>
    <message>
        <source>%1 (set by decision; the scores say %2)</source>
        <translation>%1 (fixé par décision ; les scores indiquent %2)</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>pas encore calculé</translation>
    </message>
    <message>
        <source>%1 % of perturbed weightings keep the quadrant</source>
        <translation>%1 % des pondérations perturbées conservent le quadrant</translation>
    </message>
    <message>
        <source>%1 (borderline)</source>
        <translation>%1 (cas limite)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Potential&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Readiness&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Quadrant&lt;/b&gt; %3 (scenario %4)&lt;br&gt;&lt;b&gt;Stability&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Potentiel&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Maturité&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Quadrant&lt;/b&gt; %3 (scénario %4)&lt;br&gt;&lt;b&gt;Stabilité&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>deals and activities</source>
        <translation>affaires et activités</translation>
    </message>
    <message>
        <source>manual rating</source>
        <translation>note manuelle</translation>
    </message>
    <message>
        <source>economics entered</source>
        <translation>données économiques saisies</translation>
    </message>
    <message>
        <source>influence links</source>
        <translation>liens d&apos;influence</translation>
    </message>
    <message>
        <source>certifications, dates</source>
        <translation>certifications, dates</translation>
    </message>
</context>
<context>
    <name>ps::Scoring</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>ps::ScoringEvidence</name>
    <message>
        <source>From the economics entered by hand: the deal log has no deals of this partner.</source>
        <translation>D&apos;après les données économiques saisies manuellement : le journal des affaires ne contient aucune affaire de ce partenaire.</translation>
    </message>
    <message>
        <source>From the manual rating: the deal log has no deals of this partner.</source>
        <translation>D&apos;après la note manuelle : le journal des affaires ne contient aucune affaire de ce partenaire.</translation>
    </message>
    <message>
        <source>From the economics entered by hand: %1 closed deals in the log, %2 needed for evidence.</source>
        <translation>D&apos;après les données économiques saisies manuellement : %1 affaires clôturées dans le journal, %2 nécessaires pour servir de base.</translation>
    </message>
    <message>
        <source>From the manual rating: %1 closed deals in the log, %2 needed for evidence.</source>
        <translation>D&apos;après la note manuelle : %1 affaires clôturées dans le journal, %2 nécessaires pour servir de base.</translation>
    </message>
    <message>
        <source>win rate %1 vs %2 direct</source>
        <translation>taux de réussite %1 contre %2 en direct</translation>
    </message>
    <message>
        <source>win rate %1 (too few direct deals to compare)</source>
        <translation>taux de réussite %1 (trop peu d&apos;affaires directes pour comparer)</translation>
    </message>
    <message>
        <source>From the deal log: %1 won deals, %2; attributed won revenue %3 sourced and %4 influenced, open pipeline %5.</source>
        <translation>D&apos;après le journal des affaires : %1 affaires gagnées, %2 ; CA gagné attribué %3 apporté et %4 influencé, pipeline ouvert %5.</translation>
    </message>
    <message>
        <source>From the deal and activity logs: %1 won deals, %2; commercial activity in %3 of the last 4 quarters.</source>
        <translation>D&apos;après les journaux des affaires et des activités : %1 affaires gagnées, %2 ; activité commerciale sur %3 des 4 derniers trimestres.</translation>
    </message>
</context>
<context>
    <name>ps::SegmentCharts</name>
    <message>
        <source>Segment charts</source>
        <translation>Graphiques des segments</translation>
    </message>
    <message>
        <source>Partners by status</source>
        <translation>Partenaires par statut</translation>
    </message>
    <message>
        <source>Revenue and investment</source>
        <translation>Chiffre d&apos;affaires et investissement</translation>
    </message>
    <message>
        <source>Revenue and investment (millions)</source>
        <translation>Chiffre d&apos;affaires et investissement (millions)</translation>
    </message>
    <message>
        <source>Revenue and investment (thousands)</source>
        <translation>Chiffre d&apos;affaires et investissement (milliers)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Score distributions (0-100)</source>
        <translation>Distributions des scores (0-100)</translation>
    </message>
</context>
<context>
    <name>ps::Segmentation</name>
    <message>
        <source>Partner model</source>
        <translation>Modèle de partenaire</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>ICP served</source>
        <translation>ICP servi</translation>
    </message>
    <message>
        <source>Saved rule</source>
        <translation>Règle enregistrée</translation>
    </message>
    <message>
        <source>Suggested cluster</source>
        <translation>Cluster suggéré</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>%1 : niveau élevé</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>%1 : niveau faible</translation>
    </message>
    <message>
        <source>Average on every criterion</source>
        <translation>Dans la moyenne sur chaque critère</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Aucun niveau</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Aucune région</translation>
    </message>
    <message>
        <source>No ICP served</source>
        <translation>Aucun ICP servi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Classify these partners first: each partner type needs its own program design and incentives, and a uniform template fits none of them.</source>
        <translation>Classez d&apos;abord ces partenaires : chaque type de partenaire a besoin de son propre programme et de ses propres incitations, et un modèle uniforme ne convient à aucun.</translation>
    </message>
    <message>
        <source>Run a referral program: a simple lead registration path and a referral fee or commission on the deals they identify, with light co-marketing.</source>
        <translation>Menez un programme d&apos;apport d&apos;affaires : un parcours simple d&apos;enregistrement des leads et une commission d&apos;apport sur les affaires qu&apos;ils identifient, avec un co-marketing léger.</translation>
    </message>
    <message>
        <source>Treat the agency like a franchise: exclusive rights to offer and transact the product in its territory, with commission on the sales it closes for you.</source>
        <translation>Traitez l&apos;agence comme une franchise : droits exclusifs de proposer et de vendre le produit sur son territoire, avec une commission sur les ventes qu&apos;elle conclut pour vous.</translation>
    </message>
    <message>
        <source>Build a co-marketing alliance around the shared target market, rewarded on the joint leads and deals the complementary offer brings in.</source>
        <translation>Construisez une alliance de co-marketing autour du marché cible commun, rémunérée sur les leads et les affaires communs qu&apos;apporte l&apos;offre complémentaire.</translation>
    </message>
    <message>
        <source>Structured reseller program with tiered benefits, certification, deal registration and co-marketing; pay tiered rebates on volume and growth, new customer bonuses and renewal commission so renewals are not neglected.</source>
        <translation>Programme revendeurs structuré avec avantages par niveau, certification, enregistrement des affaires et co-marketing ; versez des remises par paliers sur le volume et la croissance, des primes nouveaux clients et une commission de renouvellement pour que les renouvellements ne soient pas négligés.</translation>
    </message>
    <message>
        <source>Reseller program with tiers, certification and deal registration, plus services enablement; reward volume and growth with rebates and product mix accelerators for the strategic lines the VAR bundles with its services.</source>
        <translation>Programme revendeurs avec niveaux, certification et enregistrement des affaires, plus montée en compétences sur les services ; récompensez le volume et la croissance par des remises et des accélérateurs de mix produit pour les gammes stratégiques que le VAR associe à ses services.</translation>
    </message>
    <message>
        <source>Manage the distributor as the channel&apos;s supply and credit layer: volume rebates and growth targets, with recruitment and enablement of the resellers it serves funded jointly.</source>
        <translation>Gérez le distributeur comme la couche d&apos;approvisionnement et de crédit du canal : remises sur volume et objectifs de croissance, avec un recrutement et une montée en compétences des revendeurs qu&apos;il sert financés conjointement.</translation>
    </message>
    <message>
        <source>Agree the joint commercial model before launch: a per-unit royalty or revenue share with a minimum annual commitment, an SLA and an exit clause matched to the embedding structure.</source>
        <translation>Convenez du modèle commercial commun avant le lancement : une redevance par unité ou un partage de revenus avec un engagement annuel minimum, un SLA et une clause de sortie adaptée à la structure d&apos;intégration.</translation>
    </message>
    <message>
        <source>Ecosystem program with developer resources, marketplace listing and co-sell enablement; pay marketplace revenue share and co-sell pipeline bonuses, not resale rebates.</source>
        <translation>Programme d&apos;écosystème avec ressources pour développeurs, référencement sur la marketplace et accompagnement à la co-vente ; versez un partage des revenus de la marketplace et des primes sur le pipeline de co-vente, pas de remises de revente.</translation>
    </message>
    <message>
        <source>SI program with certification tiers, joint solution architecture and co-sell with account ownership protection; pay pipeline contribution and services attachment incentives.</source>
        <translation>Programme intégrateurs avec niveaux de certification, architecture de solution commune et co-vente avec protection de la propriété des comptes ; versez des incitations sur la contribution au pipeline et le rattachement de services.</translation>
    </message>
    <message>
        <source>Certify and enable them to deliver consulting, installation and managed services on your behalf; reward delivery quality and certification, since they do not resell.</source>
        <translation>Certifiez-les et formez-les pour qu&apos;ils fournissent conseil, installation et services managés en votre nom ; récompensez la qualité de prestation et la certification, puisqu&apos;ils ne revendent pas.</translation>
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
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation>Potentiel moyen</translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation>Maturité moyenne</translation>
    </message>
    <message>
        <source>Quadrant mix</source>
        <translation>Répartition par quadrant</translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation>ICP atteints</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Partners of the segment</source>
        <translation>Partenaires du segment</translation>
    </message>
    <message>
        <source>Segment by</source>
        <translation>Segmenter par</translation>
    </message>
    <message>
        <source>Segment &amp;by:</source>
        <translation>Segmenter &amp;par :</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>Nombre de clusters</translation>
    </message>
    <message>
        <source>&amp;Clusters:</source>
        <translation>&amp;Clusters :</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>S&amp;uggérer</translation>
    </message>
    <message>
        <source>Pick the number of clusters with the best silhouette and show them</source>
        <translation>Choisir le nombre de clusters ayant la meilleure silhouette et les afficher</translation>
    </message>
    <message>
        <source>Save as Se&amp;gment</source>
        <translation>Enregistrer comme se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;New Rule...</source>
        <translation>&amp;Nouvelle règle...</translation>
    </message>
    <message>
        <source>&amp;Edit Rule...</source>
        <translation>&amp;Modifier la règle...</translation>
    </message>
    <message>
        <source>&amp;Delete Rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Select a segment to list its partners.</source>
        <translation>Sélectionnez un segment pour lister ses partenaires.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partner(s)</source>
        <translation>
            <numerusform>%1 : %n partenaire</numerusform>
            <numerusform>%1 : %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended motion: %1</source>
        <translation>Approche recommandée : %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Save as Segment</source>
        <translation>Enregistrer comme segment</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the selected cluster as a named segment: a rule that holds its partners</source>
        <translation>Enregistrer le cluster sélectionné comme segment nommé : une règle qui contient ses partenaires</translation>
    </message>
    <message numerus="yes">
        <source>The segment holds exactly the cluster&apos;s %n partner(s).</source>
        <translation>
            <numerusform>Le segment contient exactement le %n partenaire du cluster.</numerusform>
            <numerusform>Le segment contient exactement les %n partenaires du cluster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n partner(s); </source>
        <translation>
            <numerusform>Le cluster compte %n partenaire ; </numerusform>
            <numerusform>Le cluster compte %n partenaires ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the segment will hold %n, </source>
        <translation>
            <numerusform>le segment en contiendra %n, </numerusform>
            <numerusform>le segment en contiendra %n, </numerusform>
        </translation>
    </message>
    <message>
        <source>because a segment is a rule on models, quadrants, tiers, statuses, regions and score ranges, while a cluster groups partners by similarity on every criterion.</source>
        <translation>car un segment est une règle portant sur les modèles, quadrants, niveaux, statuts, régions et plages de score, alors qu&apos;un cluster regroupe les partenaires par similarité sur tous les critères.</translation>
    </message>
    <message>
        <source>These partners are not in the cluster but share all its values and ranges: %1.</source>
        <translation>Ces partenaires ne sont pas dans le cluster mais partagent toutes ses valeurs et plages : %1.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Laissés de côté : %1.</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Clic droit pour afficher ou masquer des colonnes</translation>
    </message>
</context>
<context>
    <name>ps::StartPage</name>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Partnerscope</source>
        <translation>Partnerscope</translation>
    </message>
    <message>
        <source>Plan your partner portfolio: ideal customer profiles, the partners that reach their buyers, segments, priorities and economics. Offline, in a file you own.</source>
        <translation>Planifiez votre portefeuille de partenaires : profils clients idéaux, partenaires qui atteignent leurs acheteurs, segments, priorités et économie. Hors ligne, dans un fichier qui vous appartient.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;New portfolio</source>
        <translation>&amp;Nouveau portefeuille</translation>
    </message>
    <message>
        <source>Start from an empty file</source>
        <translation>Commencer avec un fichier vide</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open a .partnerscope file</source>
        <translation>Ouvrir un fichier .partnerscope</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Explore a sample portfolio</source>
        <translation>Explorer un portefeuille d&apos;exemple</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>%1
%2 (missing)</source>
        <translation>%1
%2 (introuvable)</translation>
    </message>
    <message>
        <source>Files you open will appear here.</source>
        <translation>Les fichiers que vous ouvrez apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>ps::Team</name>
    <message>
        <source>the server sent a row of table %1 without its %2 columns</source>
        <translation>le serveur a envoyé une ligne de la table %1 sans ses colonnes %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team portfolio location: %2.</source>
        <translation>« %1 » n&apos;est pas un emplacement de portefeuille d&apos;équipe : %2.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>il doit commencer par postgresql://</translation>
    </message>
    <message>
        <source>it holds a password; keep passwords in ~/.pgpass or the keyring instead</source>
        <translation>il contient un mot de passe ; conservez plutôt les mots de passe dans ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; holds a slash</source>
        <translation>le nom de base de données « %1 » contient une barre oblique</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>le port « %1 » n&apos;est pas un numéro de port</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not 1 to 600 seconds</source>
        <translation>connect_timeout « %1 » n&apos;est pas compris entre 1 et 600 secondes</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported</source>
        <translation>le paramètre « %1 » n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>it names no portfolio (add ?portfolio=NAME)</source>
        <translation>il n&apos;indique aucun portefeuille (ajoutez ?portfolio=NAME)</translation>
    </message>
    <message>
        <source>the portfolio name &quot;%1&quot; must be a lowercase letter followed by up to 39 lowercase letters, digits or underscores</source>
        <translation>le nom de portefeuille « %1 » doit être une lettre minuscule suivie d&apos;au plus 39 lettres minuscules, chiffres ou traits de soulignement</translation>
    </message>
    <message>
        <source>%1 on %2/%3</source>
        <translation>%1 sur %2/%3</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server&apos;s certificate is not checked: no CA certificate is configured (~/.postgresql/root.crt).</source>
        <translation>La connexion est chiffrée, mais le certificat du serveur n&apos;est pas vérifié : aucun certificat d&apos;autorité n&apos;est configuré (~/.postgresql/root.crt).</translation>
    </message>
    <message>
        <source>The connection may not be encrypted (sslmode=%1).</source>
        <translation>La connexion n&apos;est peut-être pas chiffrée (sslmode=%1).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Impossible de se connecter à %1 : %2.</translation>
    </message>
    <message>
        <source>you lack the privileges this needs (see docs/team.md)</source>
        <translation>vous n&apos;avez pas les privilèges nécessaires (voir docs/team.md)</translation>
    </message>
    <message>
        <source>Could not open the team portfolio %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le portefeuille d&apos;équipe %1 : %2.</translation>
    </message>
    <message>
        <source>database %1 has no portfolio named %2</source>
        <translation>la base de données %1 n&apos;a pas de portefeuille nommé %2</translation>
    </message>
    <message>
        <source>schema %1 is not a Partnerscope portfolio, or you may not read it</source>
        <translation>le schéma %1 n&apos;est pas un portefeuille Partnerscope, ou vous n&apos;avez pas le droit de le lire</translation>
    </message>
    <message>
        <source>it was written by a newer version of Partnerscope (format %1; this version reads formats up to %2)</source>
        <translation>il a été écrit par une version plus récente de Partnerscope (format %1 ; cette version lit les formats jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>user %1 has no role on it; an owner can add you as a member</source>
        <translation>l&apos;utilisateur %1 n&apos;y a aucun rôle ; un propriétaire peut vous ajouter comme membre</translation>
    </message>
    <message>
        <source>it is in format %1 and must be opened once by an owner, whose Partnerscope upgrades it to format %2</source>
        <translation>il est au format %1 et doit être ouvert une fois par un propriétaire, dont le Partnerscope le met à niveau au format %2</translation>
    </message>
    <message>
        <source>it could not be upgraded from format %1: %2</source>
        <translation>il n&apos;a pas pu être mis à niveau depuis le format %1 : %2</translation>
    </message>
    <message>
        <source>The team portfolio %1 has invalid data in %2.</source>
        <translation>Le portefeuille d&apos;équipe %1 contient des données invalides dans %2.</translation>
    </message>
    <message>
        <source>The team portfolio %1 has invalid data: %2</source>
        <translation>Le portefeuille d&apos;équipe %1 contient des données invalides : %2</translation>
    </message>
    <message>
        <source>Could not publish to %1: %2.</source>
        <translation>Impossible de publier sur %1 : %2.</translation>
    </message>
    <message>
        <source>database %1 already has a portfolio or schema named %2; choose another name</source>
        <translation>la base de données %1 a déjà un portefeuille ou un schéma nommé %2 ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>the rows could not be prepared</source>
        <translation>les lignes n&apos;ont pas pu être préparées</translation>
    </message>
    <message>
        <source>Undid your change to %1.</source>
        <translation>Votre modification de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Redid your change to %1.</source>
        <translation>Votre modification de %1 a été rétablie.</translation>
    </message>
    <message>
        <source>It has changed since; the other changes (%1) are kept.</source>
        <translation>Il a changé depuis ; les autres modifications (%1) sont conservées.</translation>
    </message>
    <message>
        <source>Someone else changed %1 after you; that stays.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 après vous ; cette modification est conservée.</translation>
    </message>
    <message>
        <source>a row of %1</source>
        <translation>une ligne de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>A change from the server could not be read: %1</source>
        <translation>Une modification venant du serveur n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Your changes are kept and will be sent when it is back.</source>
        <translation>La connexion à %1 a été perdue. Vos modifications sont conservées et seront envoyées à son retour.</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>De nouveau connecté à %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>your role (%1) may not change it</source>
        <translation>votre rôle (%1) ne permet pas de le modifier</translation>
    </message>
    <message>
        <source>a record it refers to was deleted by someone else</source>
        <translation>un enregistrement auquel il renvoie a été supprimé par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Your change to %1 was not saved: %2. It shows what the server has.</source>
        <translation>Votre modification de %1 n&apos;a pas été enregistrée : %2. L&apos;affichage reflète le contenu du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>ps::TeamBanner</name>
    <message>
        <source>&amp;Resolve Conflict...</source>
        <translation>&amp;Résoudre le conflit...</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connecter</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>viewer: you can read and export, not edit</source>
        <translation>lecteur : vous pouvez lire et exporter, pas modifier</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — %n edit(s) held; they are sent when the server is back.</source>
        <translation>
            <numerusform>Connexion perdue — %n modification en attente ; elle sera envoyée au retour du serveur.</numerusform>
            <numerusform>Connexion perdue — %n modifications en attente ; elles seront envoyées au retour du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team portfolio %1 as %2 (%3).</source>
        <translation>Portefeuille d&apos;équipe %1 en tant que %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not yet on the server.</source>
        <translation>
            <numerusform>%n modification pas encore sur le serveur.</numerusform>
            <numerusform>%n modifications pas encore sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with others&apos; changes wait for your choice.</source>
        <translation>
            <numerusform>%n conflit avec les modifications d&apos;autres personnes attend votre choix.</numerusform>
            <numerusform>%n conflits avec les modifications d&apos;autres personnes attendent votre choix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::TeamLocationDialog</name>
    <message>
        <source>Publish to Server</source>
        <translation>Publier sur le serveur</translation>
    </message>
    <message>
        <source>Open Team Portfolio</source>
        <translation>Ouvrir un portefeuille d&apos;équipe</translation>
    </message>
    <message>
        <source>Put this portfolio on a PostgreSQL server, where your team opens and edits it together. Give the server and a new portfolio name:</source>
        <translation>Placez ce portefeuille sur un serveur PostgreSQL, où votre équipe l&apos;ouvre et le modifie ensemble. Indiquez le serveur et un nouveau nom de portefeuille :</translation>
    </message>
    <message>
        <source>Open a portfolio your team keeps on a PostgreSQL server:</source>
        <translation>Ouvrez un portefeuille que votre équipe tient sur un serveur PostgreSQL :</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or is asked for; it is never stored. Connections are encrypted (TLS) unless the location says sslmode=disable.</source>
        <translation>Le mot de passe provient de ~/.pgpass ou est demandé ; il n&apos;est jamais enregistré. Les connexions sont chiffrées (TLS) sauf si l&apos;emplacement indique sslmode=disable.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>ps::TermSheetEditor</name>
    <message>
        <source>Require at least</source>
        <translation>Exiger au moins</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Retirer le palier</translation>
    </message>
    <message>
        <source>Marginal: each band at its own rate</source>
        <translation>Marginal : chaque tranche à son propre taux</translation>
    </message>
    <message>
        <source>All units at the highest tier reached</source>
        <translation>Toutes les unités au palier le plus élevé atteint</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Units per year, e.g. 2000; 15000; 60000</source>
        <translation>Unités par an, p. ex. 2000; 15000; 60000</translation>
    </message>
    <message>
        <source>From units</source>
        <translation>À partir de (unités)</translation>
    </message>
    <message>
        <source>Royalty per unit</source>
        <translation>Redevance par unité</translation>
    </message>
    <message>
        <source>Base royalty per unit</source>
        <translation>Redevance de base par unité</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>Mode des paliers</translation>
    </message>
    <message>
        <source>Annual escalator</source>
        <translation>Indexation annuelle</translation>
    </message>
    <message>
        <source>Minimum annual royalty</source>
        <translation>Redevance annuelle minimale</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Frais de mise en place</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Coût par unité</translation>
    </message>
    <message>
        <source>Minimum margin per unit</source>
        <translation>Marge minimale par unité</translation>
    </message>
    <message>
        <source>Units per year</source>
        <translation>Unités par an</translation>
    </message>
    <message>
        <source>Volume tiers</source>
        <translation>Paliers de volume</translation>
    </message>
    <message>
        <source>Require a minimum margin per unit</source>
        <translation>Exiger une marge minimale par unité</translation>
    </message>
    <message>
        <source>Units per &amp;year:</source>
        <translation>Unités par &amp;an :</translation>
    </message>
    <message>
        <source>&amp;Base royalty per unit:</source>
        <translation>Redevance de &amp;base par unité :</translation>
    </message>
    <message>
        <source>Tier &amp;mode:</source>
        <translation>&amp;Mode des paliers :</translation>
    </message>
    <message>
        <source>Annual &amp;escalator:</source>
        <translation>&amp;Indexation annuelle :</translation>
    </message>
    <message>
        <source>Minimum annual &amp;royalty:</source>
        <translation>&amp;Redevance annuelle minimale :</translation>
    </message>
    <message>
        <source>Setup &amp;fee:</source>
        <translation>&amp;Frais de mise en place :</translation>
    </message>
    <message>
        <source>&amp;Cost per unit:</source>
        <translation>&amp;Coût par unité :</translation>
    </message>
    <message>
        <source>Margin per unit:</source>
        <translation>Marge par unité :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the units per year is not a number.</source>
        <translation>« %1 » dans les unités par an n&apos;est pas un nombre.</translation>
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
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Influence link</source>
        <translation>Lien d&apos;influence</translation>
    </message>
    <message>
        <source>OEM deal</source>
        <translation>Accord OEM</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>%1 %2 has a missing or duplicate id.</source>
        <translation>%1 %2 a un identifiant manquant ou en double.</translation>
    </message>
    <message>
        <source>Partner %1 has no name.</source>
        <translation>Le partenaire %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; names an upstream partner that does not exist.</source>
        <translation>Le partenaire « %1 » désigne un partenaire amont qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; has a rating outside 1-5.</source>
        <translation>Le partenaire « %1 » a une note hors de 1 à 5.</translation>
    </message>
    <message>
        <source>Partner &quot;%1&quot; has a negative amount or count.</source>
        <translation>Le partenaire « %1 » a un montant ou un nombre négatif.</translation>
    </message>
    <message>
        <source>Scenario %1 has no name.</source>
        <translation>Le scénario %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; has a threshold outside 0-100.</source>
        <translation>Le scénario « %1 » a un seuil hors de 0 à 100.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; has a weight outside 0-1000.</source>
        <translation>Le scénario « %1 » a un poids hors de 0 à 1000.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; overrides a missing partner.</source>
        <translation>Le scénario « %1 » remplace les valeurs d&apos;un partenaire manquant.</translation>
    </message>
    <message>
        <source>The active scenario does not exist.</source>
        <translation>Le scénario actif n&apos;existe pas.</translation>
    </message>
    <message>
        <source>ICP %1 has no name.</source>
        <translation>L&apos;ICP %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>ICP &quot;%1&quot; has a negative weight, count or deal size.</source>
        <translation>L&apos;ICP « %1 » a un poids, un nombre ou une taille d&apos;affaire négatif.</translation>
    </message>
    <message>
        <source>Influence link %1 points at a missing ICP or partner.</source>
        <translation>Le lien d&apos;influence %1 pointe vers un ICP ou un partenaire manquant.</translation>
    </message>
    <message>
        <source>Influence link %1 has a strength outside 0-5.</source>
        <translation>Le lien d&apos;influence %1 a une force hors de 0 à 5.</translation>
    </message>
    <message>
        <source>Influence link %1 has a negative account overlap.</source>
        <translation>Le lien d&apos;influence %1 a un chevauchement de comptes négatif.</translation>
    </message>
    <message>
        <source>Influence link %1 repeats an ICP and partner pair.</source>
        <translation>Le lien d&apos;influence %1 répète une paire ICP-partenaire.</translation>
    </message>
    <message>
        <source>OEM deal %1 belongs to a missing partner.</source>
        <translation>L&apos;accord OEM %1 appartient à un partenaire manquant.</translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative amount.</source>
        <translation>L&apos;accord OEM « %1 » a un montant négatif.</translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative volume.</source>
        <translation>L&apos;accord OEM « %1 » a un volume négatif.</translation>
    </message>
    <message>
        <source>OEM deal &quot;%1&quot; has a negative royalty tier.</source>
        <translation>L&apos;accord OEM « %1 » a un palier de redevance négatif.</translation>
    </message>
    <message>
        <source>Activity %1 belongs to a missing partner.</source>
        <translation>L&apos;activité %1 appartient à un partenaire manquant.</translation>
    </message>
    <message>
        <source>Activity %1 has no date.</source>
        <translation>L&apos;activité %1 n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>Deal %1 points at a missing partner or ICP.</source>
        <translation>L&apos;affaire %1 renvoie à un partenaire ou un ICP manquant.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; has a negative amount.</source>
        <translation>L&apos;affaire « %1 » a un montant négatif.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; holds a pairwise judgment outside 1/9-9.</source>
        <translation>Le scénario « %1 » contient un jugement par paires hors de 1/9 à 9.</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Fiche de décision</translation>
    </message>
    <message>
        <source>Decision record %1 names a missing partner.</source>
        <translation>La fiche de décision %1 désigne un partenaire manquant.</translation>
    </message>
    <message>
        <source>Decision record %1 records no decision.</source>
        <translation>La fiche de décision %1 ne consigne aucune décision.</translation>
    </message>
    <message>
        <source>Decision record %1 holds a value out of range.</source>
        <translation>La fiche de décision %1 contient une valeur hors limites.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; names a partner twice.</source>
        <translation>L&apos;affaire « %1 » cite deux fois un partenaire.</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; has a negative number of employees.</source>
        <translation>L&apos;affaire « %1 » a un nombre d&apos;employés négatif.</translation>
    </message>
    <message>
        <source>The minimum number of closed deals must be at least 1.</source>
        <translation>Le nombre minimal d&apos;affaires clôturées doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a budget, limit or target that is negative or not a valid amount.</source>
        <translation>Le plan du scénario %1 a un budget, une limite ou un objectif négatif ou qui n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a margin rate outside 0-1.</source>
        <translation>Le plan du scénario %1 a un taux de marge hors de 0 à 1.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a minimum share outside 0-1.</source>
        <translation>Le plan du scénario %1 a une part minimale hors de 0 à 1.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a group curve that is not valid.</source>
        <translation>Le plan du scénario %1 a une courbe de groupe non valide.</translation>
    </message>
    <message>
        <source>The plan of scenario %1 has a partner setting that is repeated or not a valid amount or curve.</source>
        <translation>Le plan du scénario %1 a un réglage de partenaire répété ou qui n&apos;est pas un montant ou une courbe valide.</translation>
    </message>
    <message>
        <source>Investment period</source>
        <translation>Période d&apos;investissement</translation>
    </message>
    <message>
        <source>Investment period %1 belongs to a missing partner.</source>
        <translation>La période d&apos;investissement %1 appartient à un partenaire manquant.</translation>
    </message>
    <message>
        <source>Investment period %1 has no start date.</source>
        <translation>La période d&apos;investissement %1 n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <source>Investment period %1 has a negative amount.</source>
        <translation>La période d&apos;investissement %1 a un montant négatif.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source>Scenario %1 has two plans.</source>
        <translation>Le scénario %1 a deux plans.</translation>
    </message>
</context>
<context>
    <name>ps::VoteStrip</name>
    <message>
        <source>Placement votes: spotlight a partner.</source>
        <translation>Votes de positionnement : mettez un partenaire en avant.</translation>
    </message>
    <message>
        <source>Votes on %1:</source>
        <translation>Votes sur %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Votes on %1: %2 of %n in, hidden · R reveals</source>
        <translation>
            <numerusform>Votes sur %1 : %2 sur %n, cachés · R dévoile</numerusform>
            <numerusform>Votes sur %1 : %2 sur %n, cachés · R dévoile</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Votes :</translation>
    </message>
</context>
<context>
    <name>ps::VotingPage</name>
    <message>
        <source>Join the workshop vote</source>
        <translation>Participer au vote de l&apos;atelier</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Participer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Revisit this comparison</source>
        <translation>Revoir cette comparaison</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Your judgments are in. Keep this page open: when the facilitator puts a partner up for a vote, it appears here.</source>
        <translation>Vos jugements sont enregistrés. Gardez cette page ouverte : quand l&apos;animateur soumet un partenaire au vote, il apparaît ici.</translation>
    </message>
    <message>
        <source>Review my answers</source>
        <translation>Revoir mes réponses</translation>
    </message>
    <message>
        <source>Where should this partner go?</source>
        <translation>Où placer ce partenaire ?</translation>
    </message>
    <message>
        <source>Back to the comparisons</source>
        <translation>Retour aux comparaisons</translation>
    </message>
    <message>
        <source>Your answer crossed another one; please try again.</source>
        <translation>Votre réponse s&apos;est croisée avec une autre ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>That did not work; please try again.</source>
        <translation>Cela n&apos;a pas fonctionné ; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Both matter equally (1)</source>
        <translation>Les deux comptent autant (1)</translation>
    </message>
    <message>
        <source>%1 matters %2 more (%3)</source>
        <extracomment>%1 criterion, %2 how much (a word below), %3 the scale value 2-9</extracomment>
        <translation>%1 : importance %2 supérieure (%3)</translation>
    </message>
    <message>
        <source>slightly</source>
        <translation>légèrement</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>modérément</translation>
    </message>
    <message>
        <source>moderately to strongly</source>
        <translation>modérément à fortement</translation>
    </message>
    <message>
        <source>strongly</source>
        <translation>fortement</translation>
    </message>
    <message>
        <source>strongly to very strongly</source>
        <translation>fortement à très fortement</translation>
    </message>
    <message>
        <source>very strongly</source>
        <translation>très fortement</translation>
    </message>
    <message>
        <source>very to extremely</source>
        <translation>très fortement à extrêmement</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>extrêmement</translation>
    </message>
    <message>
        <source>Comparison %1 of %2</source>
        <translation>Comparaison %1 sur %2</translation>
    </message>
    <message>
        <source>%1: which matters more for a partner?</source>
        <translation>%1 : qu&apos;est-ce qui compte le plus pour un partenaire ?</translation>
    </message>
    <message>
        <source>not all comparisons answered yet</source>
        <translation>certaines comparaisons sont encore sans réponse</translation>
    </message>
    <message>
        <source>your consistency ratio is %1: your answers agree with each other.</source>
        <translation>votre ratio de cohérence est de %1 : vos réponses concordent entre elles.</translation>
    </message>
    <message>
        <source>your consistency ratio is %1, above 0.10: some answers contradict each other.</source>
        <translation>votre ratio de cohérence est de %1, au-dessus de 0,10 : certaines réponses se contredisent.</translation>
    </message>
    <message>
        <source>The answer that fits your others least: %1 against %2. You said %3; your other answers suggest %4 (the ratio would be %5).</source>
        <translation>La réponse la moins cohérente avec les autres : %1 face à %2. Vous avez répondu %3 ; vos autres réponses suggèrent %4 (le ratio serait de %5).</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investir</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintenir</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Se retirer</translation>
    </message>
    <message>
        <source>Votes stay hidden until the facilitator reveals them.</source>
        <translation>Les votes restent cachés jusqu&apos;à ce que l&apos;animateur les dévoile.</translation>
    </message>
    <message>
        <source>You voted %1. You can change it until the reveal.</source>
        <translation>Votre vote : %1. Vous pouvez le modifier jusqu&apos;au dévoilement.</translation>
    </message>
    <message>
        <source>The votes are revealed:</source>
        <translation>Les votes sont dévoilés :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a label and its value: a criteria group and its consistency, a choice and its votes</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ps::VotingPanel</name>
    <message>
        <source>Where the room disagrees</source>
        <translation>Désaccords du groupe</translation>
    </message>
    <message>
        <source>Address of the voting page</source>
        <translation>Adresse de la page de vote</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Rotate code</source>
        <translation>Renouveler le code</translation>
    </message>
    <message>
        <source>A new join code; who has joined stays in</source>
        <translation>Un nouveau code d&apos;accès ; les participants déjà connectés restent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Participants who joined</source>
        <translation>Participants connectés</translation>
    </message>
    <message>
        <source>Weight profile the group weights go to</source>
        <translation>Profil de poids qui reçoit les poids du groupe</translation>
    </message>
    <message>
        <source>every partner model</source>
        <translation>tous les modèles de partenaire</translation>
    </message>
    <message>
        <source>Apply group weights (G)</source>
        <translation>Appliquer les poids du groupe (G)</translation>
    </message>
    <message>
        <source>Sets the room&apos;s weights (AIJ) in the active scenario, one undo step</source>
        <translation>Définit les poids du groupe (AIJ) dans le scénario actif, en une seule étape d&apos;annulation</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Fermer le vote</translation>
    </message>
    <message>
        <source>Stops the voting server; participants and their answers are gone</source>
        <translation>Arrête le serveur de vote ; les participants et leurs réponses sont perdus</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <translation>Le vote est fermé</translation>
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
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparisons answered per axis, of six; ✓ has voted</source>
        <translation>Comparaisons répondues par axe, sur six ; ✓ a voté</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 face à %2</translation>
    </message>
    <message>
        <source>judged %1 to %2</source>
        <translation>jugé de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>moves %n partner(s)</source>
        <translation>
            <numerusform>déplace %n partenaire</numerusform>
            <numerusform>déplace %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet: the room has not given different answers to any comparison.</source>
        <translation>Rien pour l&apos;instant : le groupe n&apos;a donné de réponses divergentes à aucune comparaison.</translation>
    </message>
</context>
<context>
    <name>ps::VotingServer</name>
    <message>
        <source>Send the request as application/json.</source>
        <translation>Envoyez la requête en application/json.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La requête n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This answer is older than one already received; it was ignored.</source>
        <translation>Cette réponse est plus ancienne qu&apos;une réponse déjà reçue ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Judgments must compare two different known criteria on Saaty&apos;s scale (1/9 to 9).</source>
        <translation>Les jugements doivent comparer deux critères connus différents sur l&apos;échelle de Saaty (de 1/9 à 9).</translation>
    </message>
    <message>
        <source>Join the session first.</source>
        <translation>Rejoignez d&apos;abord la séance.</translation>
    </message>
    <message>
        <source>No partner is up for a vote.</source>
        <translation>Aucun partenaire n&apos;est soumis au vote.</translation>
    </message>
    <message>
        <source>The vote has moved on to another partner.</source>
        <translation>Le vote est passé à un autre partenaire.</translation>
    </message>
    <message>
        <source>The votes on this partner are already revealed.</source>
        <translation>Les votes sur ce partenaire sont déjà dévoilés.</translation>
    </message>
    <message>
        <source>The answer could not be stored.</source>
        <translation>La réponse n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Send a name and the join code.</source>
        <translation>Envoyez un nom et le code d&apos;accès.</translation>
    </message>
    <message>
        <source>The join code is not right.</source>
        <translation>Le code d&apos;accès n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>The session is full.</source>
        <translation>La séance est complète.</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 40 characters.</source>
        <translation>Saisissez un nom de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>Someone already joined with this name.</source>
        <translation>Quelqu&apos;un a déjà rejoint la séance sous ce nom.</translation>
    </message>
    <message>
        <source>Send a sequence number and a list of judgments.</source>
        <translation>Envoyez un numéro de séquence et une liste de jugements.</translation>
    </message>
    <message>
        <source>Each judgment names a known group, two of its criteria and a value.</source>
        <translation>Chaque jugement indique un groupe connu, deux de ses critères et une valeur.</translation>
    </message>
    <message>
        <source>Send a sequence number, the partner and a choice.</source>
        <translation>Envoyez un numéro de séquence, le partenaire et un choix.</translation>
    </message>
    <message>
        <source>Vote invest, develop, maintain or exit.</source>
        <translation>Votez Investir, Développer, Maintenir ou Se retirer.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>Cette adresse n&apos;accepte pas cette méthode.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>Les en-têtes de la requête sont trop volumineux.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment.</source>
        <translation>Trop de requêtes ; patientez un instant.</translation>
    </message>
    <message>
        <source>This server answers only under its own address.</source>
        <translation>Ce serveur ne répond que sous sa propre adresse.</translation>
    </message>
    <message>
        <source>Choose one network address to listen on; the voting server never listens on every interface.</source>
        <translation>Choisissez une adresse réseau d&apos;écoute ; le serveur de vote n&apos;écoute jamais sur toutes les interfaces.</translation>
    </message>
    <message>
        <source>The voting server cannot listen on %1, port %2: %3</source>
        <translation>Le serveur de vote ne peut pas écouter sur %1, port %2 : %3</translation>
    </message>
</context>
<context>
    <name>ps::WeightsPanel</name>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Weight profile</source>
        <translation>Profil de pondération</translation>
    </message>
    <message>
        <source>Each partner model is scored with its own weights</source>
        <translation>Chaque modèle de partenaire est noté avec ses propres poids</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Quadrant thresholds</source>
        <translation>Seuils des quadrants</translation>
    </message>
    <message>
        <source>Potential threshold</source>
        <translation>Seuil de potentiel</translation>
    </message>
    <message>
        <source>Readiness threshold</source>
        <translation>Seuil de maturité</translation>
    </message>
    <message>
        <source>P&amp;otential:</source>
        <translation>P&amp;otentiel :</translation>
    </message>
    <message>
        <source>R&amp;eadiness:</source>
        <translation>M&amp;aturité :</translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>Put back the default weights of this partner model</source>
        <translation>Rétablir les poids par défaut de ce modèle de partenaire</translation>
    </message>
    <message>
        <source>Derive from &amp;Pairwise Comparisons...</source>
        <translation>Dériver de &amp;comparaisons par paires...</translation>
    </message>
    <message>
        <source>Compare the criteria two at a time and let AHP compute the weights</source>
        <translation>Comparer les critères deux à deux et laisser AHP calculer les poids</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Share of the %1 score</source>
        <translation>Part du score %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Change weights of %1 in %2</source>
        <translation>Modifier les poids de %1 dans %2</translation>
    </message>
    <message>
        <source>Change thresholds of %1</source>
        <translation>Modifier les seuils de %1</translation>
    </message>
    <message>
        <source>Reset weights of %1 in %2</source>
        <translation>Réinitialiser les poids de %1 dans %2</translation>
    </message>
</context>
<context>
    <name>ps::WorkshopDecisions</name>
    <message>
        <source>Decision for %1: %2</source>
        <translation>Décision pour %1 : %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Workshop decisions: %1</source>
        <translation>Décisions de l&apos;atelier : %1</translation>
    </message>
    <message>
        <source>No decisions taken.</source>
        <translation>Aucune décision prise.</translation>
    </message>
    <message>
        <source>Cannot export the decisions to &quot;%1&quot;: the file must end in .csv or .html.</source>
        <translation>Impossible d&apos;exporter les décisions vers « %1 » : le fichier doit se terminer par .csv ou .html.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Confirm decision for %1: %2</source>
        <translation>Confirmer la décision pour %1 : %2</translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation>Enregistrée le (UTC)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Quadrant when decided</source>
        <translation>Quadrant lors de la décision</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Votes : %1</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>Potential CR (room)</source>
        <translation>CR du potentiel (groupe)</translation>
    </message>
    <message>
        <source>Readiness CR (room)</source>
        <translation>CR de la maturité (groupe)</translation>
    </message>
    <message>
        <source>Potential consensus</source>
        <translation>Consensus sur le potentiel</translation>
    </message>
    <message>
        <source>Readiness consensus</source>
        <translation>Consensus sur la maturité</translation>
    </message>
    <message>
        <source>Participants&apos; CRs</source>
        <translation>CR des participants</translation>
    </message>
    <message>
        <source>Weight: %1 (%)</source>
        <translation>Poids : %1 (%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>no group judgments</source>
        <translation>aucun jugement de groupe</translation>
    </message>
    <message>
        <source>CR %1</source>
        <translation>CR %1</translation>
    </message>
    <message>
        <source>, consensus %1 (%2)</source>
        <translation>, consensus %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence: %1, %2</source>
        <translation>Éléments de décision : %1, %2</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>%1 (potential %2, readiness %3)</source>
        <translation>%1 (potentiel %2, maturité %3)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculée</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Room&apos;s potential judgments</source>
        <translation>Jugements du groupe sur le potentiel</translation>
    </message>
    <message>
        <source>Room&apos;s readiness judgments</source>
        <translation>Jugements du groupe sur la maturité</translation>
    </message>
    <message>
        <source>Placement votes</source>
        <translation>Votes de positionnement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Agree a joint business plan</source>
        <translation>Convenir d&apos;un plan d&apos;affaires commun</translation>
    </message>
    <message>
        <source>Agree an enablement plan</source>
        <translation>Convenir d&apos;un plan de montée en compétences</translation>
    </message>
    <message>
        <source>Review at the next quarterly check</source>
        <translation>Réexaminer lors du prochain point trimestriel</translation>
    </message>
    <message>
        <source>Plan the exit and hand over open deals</source>
        <translation>Planifier la sortie et transférer les affaires en cours</translation>
    </message>
</context>
<context>
    <name>ps::WorkshopVoting</name>
    <message numerus="yes">
        <source>Apply the room&apos;s weights (%n participants) to %1</source>
        <translation>
            <numerusform>Appliquer les poids du groupe (%n participant) à %1</numerusform>
            <numerusform>Appliquer les poids du groupe (%n participants) à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::WorkshopWindow</name>
    <message>
        <source>Start with the ideal customer profiles: how strongly does the portfolio reach each buyer?</source>
        <translation>Commencez par les profils clients idéaux : dans quelle mesure le portefeuille atteint-il chaque acheteur ?</translation>
    </message>
    <message>
        <source>Map the partners that influence each buyer, and by which partner model.</source>
        <translation>Cartographiez les partenaires qui influencent chaque acheteur, et selon quel modèle de partenaire.</translation>
    </message>
    <message>
        <source>Prioritize: potential against readiness. Move the weights, compare scenarios, spotlight a partner.</source>
        <translation>Priorisez : potentiel face à maturité. Ajustez les poids, comparez les scénarios, mettez un partenaire en avant.</translation>
    </message>
    <message>
        <source>Segment by partner model: each has its own needs and expectations.</source>
        <translation>Segmentez par modèle de partenaire : chacun a ses propres besoins et attentes.</translation>
    </message>
    <message>
        <source>The decisions taken in this session.</source>
        <translation>Les décisions prises au cours de cette séance.</translation>
    </message>
    <message>
        <source>Workshop: %1</source>
        <translation>Atelier : %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decisions taken in this session</source>
        <translation>Décisions prises au cours de cette séance</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Find a partner</source>
        <translation>Rechercher un partenaire</translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation>Couverture des ICP</translation>
    </message>
    <message>
        <source>Influence map</source>
        <translation>Carte d&apos;influence</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1 / %2  %3</source>
        <translation>%1 / %2  %3</translation>
    </message>
    <message>
        <source>PgDn/PgUp steps · N/P partner · / find · D decide · A/B scenario</source>
        <translation>PgDn/PgUp étapes · N/P partenaire · / rechercher · D décider · A/B scénario</translation>
    </message>
    <message>
        <source> · E export</source>
        <translation> · E exporter</translation>
    </message>
    <message>
        <source> · Esc leave</source>
        <translation> · Esc quitter</translation>
    </message>
    <message>
        <source>Decision for %1:  I invest · V develop · M maintain · X exit · Esc cancel</source>
        <translation>Décision pour %1 :  I investir · V développer · M maintenir · X se retirer · Esc annuler</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>décidé : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> · arrows to %1</source>
        <translation> · flèches vers %1</translation>
    </message>
    <message>
        <source>Export Decisions</source>
        <translation>Exporter les décisions</translation>
    </message>
    <message>
        <source>HTML page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation>Page HTML (*.html);;CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <source>Decisions exported to %1</source>
        <translation>Décisions exportées vers %1</translation>
    </message>
    <message>
        <source>Only one screen is connected.</source>
        <translation>Un seul écran est connecté.</translation>
    </message>
    <message>
        <source>Now on screen %1</source>
        <translation>Affichage sur l&apos;écran %1</translation>
    </message>
    <message>
        <source>No decision taken.</source>
        <translation>Aucune décision prise.</translation>
    </message>
    <message>
        <source>Spotlight a partner first (N, P or /).</source>
        <translation>Mettez d&apos;abord un partenaire en avant (N, P ou /).</translation>
    </message>
    <message>
        <source>This portfolio has only one scenario.</source>
        <translation>Ce portefeuille ne comporte qu&apos;un seul scénario.</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Scénario %1 : %2</translation>
    </message>
    <message>
        <source>No partner matches &quot;%1&quot;.</source>
        <translation>Aucun partenaire ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source> · N/P partner · D decide · Esc leave</source>
        <translation> · N/P partenaire · D décider · Esc quitter</translation>
    </message>
    <message>
        <source>The room&apos;s weights are in scenario %1 (Ctrl+Z takes them back).</source>
        <translation>Les poids du groupe sont appliqués au scénario %1 (Ctrl+Z les retire).</translation>
    </message>
    <message>
        <source>Voting is open on %1.</source>
        <translation>Le vote est ouvert sur %1.</translation>
    </message>
    <message>
        <source>Voting is closed; the server has stopped.</source>
        <translation>Le vote est fermé ; le serveur est arrêté.</translation>
    </message>
    <message>
        <source>Press O to open voting.</source>
        <translation>Appuyez sur O pour ouvrir le vote.</translation>
    </message>
    <message>
        <source>No group weights yet: nobody has answered every comparison.</source>
        <translation>Pas encore de poids de groupe : personne n&apos;a répondu à toutes les comparaisons.</translation>
    </message>
    <message>
        <source>O voting</source>
        <translation>O vote</translation>
    </message>
    <message>
        <source>V voting · R reveal</source>
        <translation>V vote · R dévoiler</translation>
    </message>
    <message>
        <source>V back to the step · R reveal votes · G apply weights · Shift+O close voting</source>
        <translation>V retour à l&apos;étape · R dévoiler les votes · G appliquer les poids · Shift+O fermer le vote</translation>
    </message>
    <message>
        <source>Where the program budget goes, what it is expected to return, and with what uncertainty.</source>
        <translation>Où va le budget du programme, ce qu&apos;il devrait rapporter, et avec quelle incertitude.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source> · +/− budget</source>
        <translation> · +/− budget</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Partenaire mis en avant</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source> · W close weights</source>
        <translation> · W fermer les poids</translation>
    </message>
    <message>
        <source> · W weights and legend</source>
        <translation> · W poids et légende</translation>
    </message>
    <message>
        <source> · H map overview</source>
        <translation> · H vue d&apos;ensemble de la carte</translation>
    </message>
    <message>
        <source> · H heatmap</source>
        <translation> · H carte de chaleur</translation>
    </message>
    <message>
        <source>No decisions yet. Pick a partner with N or P (or / to find one), press D, then I invest, V develop, M maintain or X exit.</source>
        <translation>Aucune décision pour l&apos;instant. Choisissez un partenaire avec N ou P (ou / pour le trouver), appuyez sur D, puis I investir, V développer, M maintenir ou X sortir.</translation>
    </message>
</context>
<context>
    <name>ps::accounts::AccountText</name>
    <message>
        <source>The row has neither a company name nor a website.</source>
        <translation>La ligne n&apos;a ni nom d&apos;entreprise ni site web.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The %1 cell &quot;%2&quot; holds control or text-direction characters that no company list has.</source>
        <translation>La cellule « %2 » (%1) contient des caractères de contrôle ou de sens d&apos;écriture qu&apos;aucune liste d&apos;entreprises ne contient.</translation>
    </message>
    <message>
        <source>The %1 cell is longer than %L2 characters.</source>
        <translation>Une cellule (%1) dépasse %L2 caractères.</translation>
    </message>
    <message>
        <source>The %1 cell &quot;%2&quot; is a spreadsheet formula, not a value.</source>
        <translation>La cellule « %2 » (%1) est une formule de tableur, pas une valeur.</translation>
    </message>
    <message>
        <source>The %1 value &quot;%2&quot; is not a number.</source>
        <translation>La valeur « %2 » (%1) n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The %1 value &quot;%2&quot; is out of range.</source>
        <translation>La valeur « %2 » (%1) est hors limites.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>The list has neither a company name nor a website column.</source>
        <translation>La liste n&apos;a ni colonne de nom d&apos;entreprise ni colonne de site web.</translation>
    </message>
    <message>
        <source>The list has no accounts: the file holds only a header.</source>
        <translation>La liste ne contient aucun compte : le fichier ne comporte qu&apos;un en-tête.</translation>
    </message>
    <message>
        <source>The CRM id &quot;%1&quot; repeats the row on line %2.</source>
        <translation>L&apos;identifiant CRM « %1 » répète la ligne %2.</translation>
    </message>
    <message>
        <source>The row repeats line %1.</source>
        <translation>La ligne répète la ligne %1.</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; names no registrable domain; the account is matched by its name.</source>
        <translation>Le site web « %1 » ne désigne aucun domaine enregistrable ; le compte est rapproché par son nom.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Opportunité ouverte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Our customers</source>
        <translation>Nos clients</translation>
    </message>
    <message>
        <source>Our prospects</source>
        <translation>Nos prospects</translation>
    </message>
    <message>
        <source>Our open opportunities</source>
        <translation>Nos opportunités ouvertes</translation>
    </message>
    <message>
        <source>Their customers</source>
        <translation>Clients du partenaire</translation>
    </message>
    <message>
        <source>Their prospects</source>
        <translation>Prospects du partenaire</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>Identifiant CRM</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Détecter d&apos;après l&apos;en-tête</translation>
    </message>
    <message>
        <source>Salesforce accounts</source>
        <translation>Comptes Salesforce</translation>
    </message>
    <message>
        <source>HubSpot companies</source>
        <translation>Entreprises HubSpot</translation>
    </message>
    <message>
        <source>Other layout</source>
        <translation>Autre disposition</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <extracomment>%1 file name, %2 line number, %3 the problem</extracomment>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 the problem</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>libpsl %1, built-in list of %2</source>
        <extracomment>%1 the libpsl version, %2 the date of its built-in Public Suffix List</extracomment>
        <translation>libpsl %1, liste intégrée du %2</translation>
    </message>
    <message>
        <source>libpsl %1, list loaded from %2 (the built-in list is of %3)</source>
        <extracomment>%1 the libpsl version, %2 a file, %3 the date of the built-in list</extracomment>
        <translation>libpsl %1, liste chargée depuis %2 (la liste intégrée date du %3)</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; for %2 (its columns: %3).</source>
        <translation>Le fichier n&apos;a pas de colonne « %1 » pour %2 (ses colonnes : %3).</translation>
    </message>
    <message>
        <source>The column mapping &quot;%1&quot; is not FIELD=COLUMN with FIELD one of %2.</source>
        <translation>L&apos;association de colonne « %1 » n&apos;est pas de la forme FIELD=COLUMN avec FIELD parmi %2.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or not text</source>
        <translation>le champ « %1 » manque ou n’est pas du texte</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>le champ « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known status</source>
        <translation>« %1 » n’est pas un statut connu</translation>
    </message>
    <message>
        <source>the stored rules are longer than any rule table</source>
        <translation>les règles enregistrées sont plus longues que toute table de règles</translation>
    </message>
    <message>
        <source>the stored rules are not a JSON object</source>
        <translation>les règles enregistrées ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>the stored rules have no format number</source>
        <translation>les règles enregistrées n’ont pas de numéro de format</translation>
    </message>
    <message>
        <source>the stored rules have format %1, written by a newer version of Partnerscope</source>
        <translation>les règles enregistrées sont au format %1, écrit par une version plus récente de Partnerscope</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known layout</source>
        <translation>« %1 » n’est pas une disposition connue</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or not a list</source>
        <translation>le champ « %1 » manque ou n’est pas une liste</translation>
    </message>
    <message>
        <source>there are more than %1 rules</source>
        <translation>il y a plus de %1 règles</translation>
    </message>
    <message>
        <source>a rule is not a JSON object</source>
        <translation>une règle n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1 : %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not a list of column names</source>
        <translation>le champ « %1 » n’est pas une liste de noms de colonnes</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;.</source>
        <translation>Règles de statut : celles par défaut de la disposition « %1 ».</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 could not be read (%3).</source>
        <translation>Règles de statut : celles par défaut de la disposition « %1 » ; les règles utilisées avec %2 n’ont pas pu être lues (%3).</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 are for the layout &quot;%3&quot;.</source>
        <translation>Règles de statut : celles par défaut de la disposition « %1 » ; les règles utilisées avec %2 sont pour la disposition « %3 ».</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 read the status column, and this file has none.</source>
        <translation>Règles de statut : celles par défaut de la disposition « %1 » ; les règles utilisées avec %2 lisent la colonne de statut, que ce fichier n’a pas.</translation>
    </message>
    <message>
        <source>Status rules: the defaults of the layout &quot;%1&quot;; the rules used with %2 read the column &quot;%3&quot;, which this file does not have.</source>
        <translation>Règles de statut : celles par défaut de la disposition « %1 » ; les règles utilisées avec %2 lisent la colonne « %3 », que ce fichier n’a pas.</translation>
    </message>
    <message>
        <source>Status rules: those used with %1.</source>
        <translation>Règles de statut : celles utilisées avec %1.</translation>
    </message>
</context>
<context>
    <name>ps::accounts::PsiText</name>
    <message>
        <source>The cryptographic library could not be started.</source>
        <translation>La bibliothèque cryptographique n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>The organisation label must be at most %1 bytes of text without control characters.</source>
        <translation>Le libellé de l&apos;organisation doit compter au plus %1 octets de texte sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>Select at least one population to offer.</source>
        <translation>Sélectionnez au moins un groupe de comptes à proposer.</translation>
    </message>
    <message>
        <source>No account of the selected populations has a website with a registrable domain, so there is nothing to offer.</source>
        <translation>Aucun compte des groupes choisis n&apos;a de site web avec un domaine enregistrable : il n&apos;y a donc rien à proposer.</translation>
    </message>
    <message>
        <source>The offer was cancelled.</source>
        <translation>L&apos;offre a été annulée.</translation>
    </message>
    <message>
        <source>A domain could not be blinded; try again.</source>
        <translation>Un domaine n&apos;a pas pu être aveuglé ; réessayez.</translation>
    </message>
    <message>
        <source>This is an answer, not an offer: finish the exchange with it in the portfolio that made the offer.</source>
        <translation>Ceci est une réponse, pas une offre : terminez l&apos;échange avec elle dans le portefeuille qui a fait l&apos;offre.</translation>
    </message>
    <message>
        <source>This offer (exchange %1) was already answered; a second answer would let its sender compare the two.</source>
        <translation>Cette offre (échange %1) a déjà reçu une réponse ; une seconde réponse permettrait à son expéditeur de comparer les deux.</translation>
    </message>
    <message>
        <source>No account of the populations to reveal has a website with a registrable domain, so there is nothing to answer with.</source>
        <translation>Aucun compte des groupes à révéler n&apos;a de site web avec un domaine enregistrable : il n&apos;y a donc rien pour répondre.</translation>
    </message>
    <message>
        <source>The answer was cancelled.</source>
        <translation>La réponse a été annulée.</translation>
    </message>
    <message>
        <source>This is not a Partnerscope account-mapping file.</source>
        <translation>Ce n&apos;est pas un fichier de cartographie des comptes Partnerscope.</translation>
    </message>
    <message>
        <source>The file is truncated: it ends inside its header.</source>
        <translation>Le fichier est tronqué : il se termine au milieu de son en-tête.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Partnerscope (exchange format %1); this version reads format %2.</source>
        <translation>Le fichier a été écrit par une version plus récente de Partnerscope (format d&apos;échange %1) ; cette version lit le format %2.</translation>
    </message>
    <message>
        <source>The file is damaged: its header is not valid.</source>
        <translation>Le fichier est endommagé : son en-tête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file is damaged: its sender label is too long.</source>
        <translation>Le fichier est endommagé : le libellé de son expéditeur est trop long.</translation>
    </message>
    <message>
        <source>The file is damaged: its sender label is not valid text.</source>
        <translation>Le fichier est endommagé : le libellé de son expéditeur n&apos;est pas un texte valide.</translation>
    </message>
    <message>
        <source>The file is damaged: it declares %1 lists.</source>
        <translation>Le fichier est endommagé : il déclare %1 listes.</translation>
    </message>
    <message>
        <source>The file is damaged: list %1 is not valid.</source>
        <translation>Le fichier est endommagé : la liste %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file declares more than %L1 entries.</source>
        <translation>Le fichier déclare plus de %L1 entrées.</translation>
    </message>
    <message>
        <source>The file is truncated: it should hold %L1 bytes but holds %L2.</source>
        <translation>Le fichier est tronqué : il devrait contenir %L1 octets mais en contient %L2.</translation>
    </message>
    <message>
        <source>The file is damaged: %L1 bytes follow its end.</source>
        <translation>Le fichier est endommagé : %L1 octets suivent sa fin.</translation>
    </message>
    <message>
        <source>The file is damaged or was changed after it was written: its checksum does not match.</source>
        <translation>Le fichier est endommagé ou a été modifié après son écriture : sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>This is an offer, not an answer: the partner answers it in their portfolio and sends the answer back.</source>
        <translation>Ceci est une offre, pas une réponse : le partenaire y répond dans son portefeuille et renvoie la réponse.</translation>
    </message>
    <message>
        <source>This answer belongs to another exchange (%1), not to this one (%2).</source>
        <translation>Cette réponse appartient à un autre échange (%1), pas à celui-ci (%2).</translation>
    </message>
    <message>
        <source>This exchange was already finished on %1; an answer is accepted only once.</source>
        <translation>Cet échange a déjà été terminé le %1 ; une réponse n&apos;est acceptée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>The stored exchange has lost its secret; start a new exchange.</source>
        <translation>L&apos;échange enregistré a perdu son secret ; commencez un nouvel échange.</translation>
    </message>
    <message>
        <source>This answer was made for a different offer than the one sent in this exchange.</source>
        <translation>Cette réponse a été faite pour une autre offre que celle envoyée dans cet échange.</translation>
    </message>
    <message>
        <source>The answer does not return the lists this exchange offered.</source>
        <translation>La réponse ne renvoie pas les listes que cet échange a proposées.</translation>
    </message>
    <message>
        <source>This answer belongs to an exchange (%1) this portfolio did not start, or no longer keeps.</source>
        <translation>Cette réponse appartient à un échange (%1) que ce portefeuille n&apos;a pas lancé ou ne conserve plus.</translation>
    </message>
    <message>
        <source>Finishing the exchange was cancelled.</source>
        <translation>La finalisation de l&apos;échange a été annulée.</translation>
    </message>
    <message>
        <source>The file holds an entry that is not a valid ristretto255 point (list %1, entry %2): it was damaged or forged.</source>
        <translation>Le fichier contient une entrée qui n&apos;est pas un point ristretto255 valide (liste %1, entrée %2) : il a été endommagé ou falsifié.</translation>
    </message>
    <message>
        <source>The stored exchange is not an account-mapping session.</source>
        <translation>L&apos;échange enregistré n&apos;est pas une session de cartographie des comptes.</translation>
    </message>
    <message>
        <source>The stored exchange is damaged: its checksum does not match.</source>
        <translation>L&apos;échange enregistré est endommagé : sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>The stored exchange was written by another version of Partnerscope.</source>
        <translation>L&apos;échange enregistré a été écrit par une autre version de Partnerscope.</translation>
    </message>
    <message>
        <source>The stored exchange is damaged: its lists are not valid.</source>
        <translation>L&apos;échange enregistré est endommagé : ses listes ne sont pas valides.</translation>
    </message>
    <message>
        <source>The stored exchange is damaged: it is truncated.</source>
        <translation>L&apos;échange enregistré est endommagé : il est tronqué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 file name, %2 the problem</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ps::economics::Charts</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Revenue, cost, margin</source>
        <translation>Chiffre d&apos;affaires, coût, marge</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge par unité</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Integrations validated</source>
        <translation>Intégrations validées</translation>
    </message>
    <message>
        <source>Devices validated</source>
        <translation>Appareils validés</translation>
    </message>
    <message>
        <source>Co-marketing</source>
        <translation>Co-marketing</translation>
    </message>
    <message>
        <source>Devices in the field</source>
        <translation>Appareils sur le terrain</translation>
    </message>
    <message>
        <source>Pre-loaded</source>
        <translation>Préinstallés</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI par modèle de partenaire</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Negative ROI</source>
        <translation>ROI négatif</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Return on program investment (%)</source>
        <translation>Retour sur investissement du programme (%)</translation>
    </message>
    <message>
        <source>Win rate: partner vs direct</source>
        <translation>Taux de réussite : partenaire contre direct</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Influencé par les partenaires</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <translation>%1 sur %2 gagnées</translation>
    </message>
    <message>
        <source>no closed deals</source>
        <translation>aucune affaire clôturée</translation>
    </message>
    <message>
        <source>Won of closed deals (%)</source>
        <translation>Affaires gagnées parmi les affaires clôturées (%)</translation>
    </message>
    <message>
        <source>Win rate with and without partners, by model</source>
        <translation>Taux de réussite avec et sans partenaires, par modèle</translation>
    </message>
    <message>
        <source>Sales cycle with and without partners, by model</source>
        <translation>Cycle de vente avec et sans partenaires, par modèle</translation>
    </message>
    <message>
        <source>With partners of the model</source>
        <translation>Avec des partenaires du modèle</translation>
    </message>
    <message>
        <source>not enough
deals</source>
        <translation>pas assez
d&apos;affaires</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Days from created to won</source>
        <translation>Jours entre création et gain</translation>
    </message>
</context>
<context>
    <name>ps::edit</name>
    <message>
        <source>Change %1 of the portfolio</source>
        <translation>Modifier %1 du portefeuille</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n partners</source>
        <translation>
            <numerusform>Modifier %1 de %n partenaire</numerusform>
            <numerusform>Modifier %1 de %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Ajouter le partenaire %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>Supprimer %n partenaire</numerusform>
            <numerusform>Supprimer %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n partners</source>
        <translation>
            <numerusform>Dupliquer %n partenaire</numerusform>
            <numerusform>Dupliquer %n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation>Nouvel ICP</translation>
    </message>
    <message>
        <source>Add ICP %1</source>
        <translation>Ajouter l&apos;ICP %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n ICPs</source>
        <translation>
            <numerusform>Supprimer %n ICP</numerusform>
            <numerusform>Supprimer %n ICP</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n links</source>
        <translation>
            <numerusform>Supprimer %n lien</numerusform>
            <numerusform>Supprimer %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Change royalty tiers of %1</source>
        <translation>Modifier les paliers de redevance de %1</translation>
    </message>
    <message>
        <source>Change scoreboard of %1</source>
        <translation>Modifier le tableau de bord de %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OEM deals</source>
        <translation>
            <numerusform>Supprimer %n accord OEM</numerusform>
            <numerusform>Supprimer %n accords OEM</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed scenario</source>
        <translation>scénario sans nom</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Ajouter le scénario %1</translation>
    </message>
    <message>
        <source>Change scenario %1</source>
        <translation>Modifier le scénario %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Supprimer le scénario %1</translation>
    </message>
    <message>
        <source>Switch to scenario %1</source>
        <translation>Passer au scénario %1</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Add segment %1</source>
        <translation>Ajouter le segment %1</translation>
    </message>
    <message>
        <source>Change segment %1</source>
        <translation>Modifier le segment %1</translation>
    </message>
    <message>
        <source>Delete segment %1</source>
        <translation>Supprimer le segment %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n rows from %1</source>
        <translation>
            <numerusform>Importer %n ligne depuis %1</numerusform>
            <numerusform>Importer %n lignes depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n activities</source>
        <translation>
            <numerusform>Supprimer %n activité</numerusform>
            <numerusform>Supprimer %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deals</source>
        <translation>
            <numerusform>Supprimer %n affaire</numerusform>
            <numerusform>Supprimer %n affaires</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed partner</source>
        <translation>partenaire sans nom</translation>
    </message>
    <message>
        <source>unnamed ICP</source>
        <translation>ICP sans nom</translation>
    </message>
    <message>
        <source>link %1 – %2</source>
        <translation>lien %1 – %2</translation>
    </message>
    <message>
        <source>unknown ICP</source>
        <translation>ICP inconnu</translation>
    </message>
    <message>
        <source>unknown partner</source>
        <translation>partenaire inconnu</translation>
    </message>
    <message>
        <source>OEM deal with %1</source>
        <translation>accord OEM avec %1</translation>
    </message>
    <message>
        <source>%1 with %2 on %3</source>
        <translation>%1 avec %2 le %3</translation>
    </message>
    <message>
        <source>unnamed deal</source>
        <translation>affaire sans nom</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Reject the suggested %1</source>
        <translation>Rejeter la suggestion : %1</translation>
    </message>
    <message>
        <source>Suggest %1 again</source>
        <translation>Suggérer à nouveau : %1</translation>
    </message>
    <message>
        <source>the investment in %1 from %2</source>
        <translation>l&apos;investissement dans %1 à partir du %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n investment periods</source>
        <translation>
            <numerusform>Supprimer %n période d&apos;investissement</numerusform>
            <numerusform>Supprimer %n périodes d&apos;investissement</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of the plan for %2</source>
        <translation>Modifier %1 du plan pour %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n of our accounts</source>
        <translation>
            <numerusform>Importer %n de nos comptes</numerusform>
            <numerusform>Importer %n de nos comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s) of %1</source>
        <translation>
            <numerusform>Importer %n compte de %1</numerusform>
            <numerusform>Importer %n comptes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the account list %1</source>
        <translation>Retirer la liste de comptes %1</translation>
    </message>
</context>
<context>
    <name>ps::map</name>
    <message>
        <source>gap</source>
        <comment>badge on an ICP without strong partner</comment>
        <translation>lacune</translation>
    </message>
    <message>
        <source>ICP (size: priority)</source>
        <translation>ICP (taille : priorité)</translation>
    </message>
    <message>
        <source>Coverage gap</source>
        <translation>Lacune de couverture</translation>
    </message>
    <message>
        <source>Buys through (upstream)</source>
        <translation>Achète via (amont)</translation>
    </message>
    <message>
        <source>Strength %1</source>
        <translation>Force %1</translation>
    </message>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Referral, agency, affiliate</source>
        <translation>Apport d&apos;affaires, agence, affilié</translation>
    </message>
    <message>
        <source>Reseller, VAR</source>
        <translation>Revendeur, VAR</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>OEM, ISV</source>
        <translation>OEM, ISV</translation>
    </message>
    <message>
        <source>Integrator, service delivery</source>
        <translation>Intégrateur, prestation de services</translation>
    </message>
    <message>
        <source>I</source>
        <comment>quadrant badge: invest</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>D</source>
        <comment>quadrant badge: develop</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>M</source>
        <comment>quadrant badge: maintain</comment>
        <translation>M</translation>
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
        <translation>%1 du budget reste non alloué : au-delà de ce plan, chaque unité supplémentaire rapporte moins de marge qu&apos;elle ne coûte.</translation>
    </message>
    <message>
        <source>%1 of the budget stays unallocated: every partner that could take more is at its maximum.</source>
        <translation>%1 du budget reste non alloué : chaque partenaire qui pourrait recevoir davantage est à son maximum.</translation>
    </message>
    <message>
        <source>Overlapping group shares were solved on a piecewise-linear form; amounts are exact to about a millionth of the budget.</source>
        <translation>Les parts de groupes qui se chevauchent ont été résolues sur une forme linéaire par morceaux ; les montants sont exacts à environ un millionième du budget près.</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <source>The response curve of %1 is not valid: its ceiling and baseline must be zero or more and its scale positive.</source>
        <translation>La courbe de réponse de %1 n&apos;est pas valide : son plafond et son niveau de base doivent être supérieurs ou égaux à zéro et son échelle positive.</translation>
    </message>
    <message>
        <source>The curve uncertainty of %1 is not valid: its spreads must be zero or more, its shared parts between 0 and 1 and its correlation between -1 and 1.</source>
        <translation>L&apos;incertitude de courbe de %1 n&apos;est pas valide : ses dispersions doivent être supérieures ou égales à zéro, ses parts communes comprises entre 0 et 1 et sa corrélation entre -1 et 1.</translation>
    </message>
    <message>
        <source>The amounts of %1 must be numbers of zero or more.</source>
        <translation>Les montants de %1 doivent être des nombres supérieurs ou égaux à zéro.</translation>
    </message>
    <message>
        <source>The margin rate of %1 must be between 0 and 1.</source>
        <translation>Le taux de marge de %1 doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The budget must be a number of zero or more; %1 is not.</source>
        <translation>Le budget doit être un nombre supérieur ou égal à zéro, ce que %1 n&apos;est pas.</translation>
    </message>
    <message>
        <source>A budget of %1 is beyond any program budget (the limit is %2); check the amount.</source>
        <translation>Un budget de %1 dépasse tout budget de programme (la limite est de %2) ; vérifiez le montant.</translation>
    </message>
    <message>
        <source>The margin rate must be between 0 and 1.</source>
        <translation>Le taux de marge doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The minimum and maximum per partner must be numbers of zero or more.</source>
        <translation>Le minimum et le maximum par partenaire doivent être des nombres supérieurs ou égaux à zéro.</translation>
    </message>
    <message>
        <source>The minimum per partner (%1) is above the maximum per partner (%2).</source>
        <translation>Le minimum par partenaire (%1) dépasse le maximum par partenaire (%2).</translation>
    </message>
    <message>
        <source>The floor of %1 (%2, from its minimum and contract minimum) is above its maximum of %3.</source>
        <translation>Le plancher de %1 (%2, issu de son minimum et de son minimum contractuel) dépasse son maximum de %3.</translation>
    </message>
    <message>
        <source>The plan has no partners.</source>
        <translation>Le plan ne comporte aucun partenaire.</translation>
    </message>
    <message>
        <source>Partner %1 appears twice in the plan.</source>
        <translation>Le partenaire %1 figure deux fois dans le plan.</translation>
    </message>
    <message>
        <source>The shared uncertainty of %1 refers to a source the plan does not have.</source>
        <translation>L&apos;incertitude commune de %1 renvoie à une source que le plan ne contient pas.</translation>
    </message>
    <message>
        <source>The partners&apos; floors add up to %1, more than the budget of %2 (fixed amounts %3, quadrant policy %4, minimums and contract minimums %5).</source>
        <translation>Les planchers des partenaires totalisent %1, plus que le budget de %2 (montants fixes %3, règle des quadrants %4, minimums et minimums contractuels %5).</translation>
    </message>
    <message>
        <source>The minimum share of group &quot;%1&quot; must be between 0% and 100%.</source>
        <translation>La part minimale du groupe « %1 » doit être comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; lists partner %2, which is not in the plan.</source>
        <translation>Le groupe « %1 » cite le partenaire %2, qui ne figure pas dans le plan.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; needs at least %2 (%3 of the budget), but its partners can take at most %4 given their maximums, fixed amounts, exits and quadrant policy.</source>
        <translation>Le groupe « %1 » a besoin d&apos;au moins %2 (%3 du budget), mais ses partenaires peuvent recevoir au plus %4 compte tenu de leurs maximums, montants fixes, retraits et de la règle des quadrants.</translation>
    </message>
    <message>
        <source>The minimum shares of %1 cannot all hold within the budget of %2 together with the other partners&apos; floors.</source>
        <translation>Les parts minimales de %1 ne peuvent pas toutes être respectées dans le budget de %2 avec les planchers des autres partenaires.</translation>
    </message>
    <message>
        <source>The revenue target must be a number of zero or more.</source>
        <translation>L&apos;objectif de CA doit être un nombre supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>The target date must come after today&apos;s date (%1).</source>
        <translation>La date cible doit être postérieure à la date du jour (%1).</translation>
    </message>
    <message>
        <source>The periods per year must be a positive number.</source>
        <translation>Le nombre de périodes par an doit être positif.</translation>
    </message>
    <message>
        <source>The credibility weight must be zero or more.</source>
        <translation>Le poids de crédibilité doit être supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>There are no partners to plan capacity from.</source>
        <translation>Il n&apos;y a aucun partenaire à partir duquel planifier la capacité.</translation>
    </message>
    <message>
        <source>No active partner has attributed revenue in the year before %1, so productivity is unknown.</source>
        <translation>Aucun partenaire actif n&apos;a de CA attribué dans l&apos;année précédant le %1 : la productivité est donc inconnue.</translation>
    </message>
    <message>
        <source>No partner has both an enrolment date and a first commercial activity, so the ramp time is unknown.</source>
        <translation>Aucun partenaire n&apos;a à la fois une date d&apos;inscription et une première activité commerciale : le délai de montée en charge est donc inconnu.</translation>
    </message>
    <message>
        <source>No partner was enrolled a year ago or more, so every recruit is assumed to become active.</source>
        <translation>Aucun partenaire n&apos;a été inscrit il y a un an ou plus : on suppose donc que chaque recrue devient active.</translation>
    </message>
    <message>
        <source>Today&apos;s run-rate of %1 already meets the target.</source>
        <translation>Le rythme annualisé actuel de %1 atteint déjà l&apos;objectif.</translation>
    </message>
    <message>
        <source>The target cannot be reached by %1: recruits need %2 days or more to reach their first commercial activity, and only %3 days are left.</source>
        <translation>L&apos;objectif ne peut pas être atteint d&apos;ici le %1 : les recrues ont besoin d&apos;au moins %2 jours pour atteindre leur première activité commerciale, et il ne reste que %3 jours.</translation>
    </message>
    <message>
        <source>Its own revenue does not rise with its spend.</source>
        <translation>Son propre CA n&apos;augmente pas avec ses dépenses.</translation>
    </message>
    <message>
        <source>Its own evidence shows no saturation yet, so its ceiling is unknown.</source>
        <translation>Ses propres données ne montrent pas encore de saturation : son plafond est donc inconnu.</translation>
    </message>
    <message>
        <source>Its own evidence is saturated at every spend it has seen.</source>
        <translation>Ses propres données sont saturées à chaque niveau de dépense observé.</translation>
    </message>
    <message>
        <source>Its own evidence cannot tell the ceiling from the scale.</source>
        <translation>Ses propres données ne permettent pas de distinguer le plafond de l&apos;échelle.</translation>
    </message>
    <message>
        <source>The periods per plan period must be a positive number.</source>
        <translation>Le nombre de périodes par période de plan doit être positif.</translation>
    </message>
    <message>
        <source>The default spread of the curves must be zero or more.</source>
        <translation>La dispersion par défaut des courbes doit être supérieure ou égale à zéro.</translation>
    </message>
    <message>
        <source>A partner&apos;s own fit needs at least 4 periods.</source>
        <translation>L&apos;ajustement propre à un partenaire nécessite au moins 4 périodes.</translation>
    </message>
    <message>
        <source>The curve set by hand for partner %1 is not valid: the ceiling and baseline must be zero or more and the scale positive.</source>
        <translation>La courbe définie manuellement pour le partenaire %1 n&apos;est pas valide : le plafond et le niveau de base doivent être supérieurs ou égaux à zéro et l&apos;échelle positive.</translation>
    </message>
    <message>
        <source>The curve set by hand for segment &quot;%1&quot; is not valid: the ceiling and baseline must be zero or more and the scale positive.</source>
        <translation>La courbe définie manuellement pour le segment « %1 » n&apos;est pas valide : le plafond et le niveau de base doivent être supérieurs ou égaux à zéro et l&apos;échelle positive.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message numerus="yes">
        <source>It has %n period(s) of its own evidence; a fit of its own needs %1.</source>
        <translation>
            <numerusform>Il a %n période de données propres ; un ajustement propre en nécessite %1.</numerusform>
            <numerusform>Il a %n périodes de données propres ; un ajustement propre en nécessite %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) have no response curve: no partner&apos;s evidence has enough spend and revenue history to fit one; set their curves by hand.</source>
        <translation>
            <numerusform>%n partenaire n&apos;a pas de courbe de réponse : aucun partenaire n&apos;a un historique de dépenses et de CA suffisant pour en ajuster une ; définissez sa courbe manuellement.</numerusform>
            <numerusform>%n partenaires n&apos;ont pas de courbe de réponse : aucun partenaire n&apos;a un historique de dépenses et de CA suffisant pour en ajuster une ; définissez leurs courbes manuellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner %1 appears twice in the evidence.</source>
        <translation>Le partenaire %1 figure deux fois dans les données.</translation>
    </message>
    <message>
        <source>The evidence of %1 for the period from %2 has a spend or revenue that is not a valid amount.</source>
        <translation>Les données de %1 pour la période à partir du %2 comportent une dépense ou un CA qui n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <source>Today&apos;s spend or the contract minimum of %1 is not a valid amount.</source>
        <translation>La dépense actuelle ou le minimum contractuel de %1 n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <source>A forecast takes between %1 and %2 draws.</source>
        <translation>Une prévision comporte entre %1 et %2 tirages.</translation>
    </message>
    <message>
        <source>The plan has %1 partners but its problem %2.</source>
        <translation>Le plan compte %1 partenaires, mais son problème %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s figures for %1 do not fit its problem.</source>
        <translation>Les chiffres du plan pour %1 ne correspondent pas à son problème.</translation>
    </message>
    <message>
        <source>The forecast was cancelled.</source>
        <translation>La prévision a été annulée.</translation>
    </message>
    <message>
        <source>The plans to compare have %1 and %2 amounts for %3 partners.</source>
        <translation>Les plans à comparer ont %1 et %2 montants pour %3 partenaires.</translation>
    </message>
    <message>
        <source>The plan has %1 amounts for %2 partners.</source>
        <translation>Le plan a %1 montants pour %2 partenaires.</translation>
    </message>
    <message>
        <source>%1 has an amount that is not a number of zero or more.</source>
        <translation>%1 a un montant qui n&apos;est pas un nombre supérieur ou égal à zéro.</translation>
    </message>
    <message>
        <source>%1 has exited but gets %2.</source>
        <translation>%1 s&apos;est retiré mais reçoit %2.</translation>
    </message>
    <message>
        <source>%1 is fixed at %2 but gets %3.</source>
        <translation>%1 est fixé à %2 mais reçoit %3.</translation>
    </message>
    <message>
        <source>%1 should get %2 by its quadrant&apos;s policy but gets %3.</source>
        <translation>%1 devrait recevoir %2 selon la règle de son quadrant, mais reçoit %3.</translation>
    </message>
    <message>
        <source>%1 gets %2, below its floor of %3.</source>
        <translation>%1 reçoit %2, sous son plancher de %3.</translation>
    </message>
    <message>
        <source>%1 gets %2, above its maximum of %3.</source>
        <translation>%1 reçoit %2, au-dessus de son maximum de %3.</translation>
    </message>
    <message>
        <source>The plan spends %1, more than the budget of %2.</source>
        <translation>Le plan dépense %1, plus que le budget de %2.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; gets %2, short of its minimum of %3.</source>
        <translation>Le groupe « %1 » reçoit %2, en deçà de son minimum de %3.</translation>
    </message>
    <message>
        <source>MDF</source>
        <translation>MDF</translation>
    </message>
    <message>
        <source>Enablement</source>
        <translation>Montée en compétences</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incitations</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <source>Set by hand for the partner</source>
        <translation>Définie manuellement pour le partenaire</translation>
    </message>
    <message>
        <source>Set by hand for its segment</source>
        <translation>Définie manuellement pour son segment</translation>
    </message>
    <message>
        <source>Its own evidence</source>
        <translation>Ses propres données</translation>
    </message>
    <message>
        <source>Its model and tier</source>
        <translation>Son modèle et son niveau</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage; %1 the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(deleted segment)</source>
        <translation>(segment supprimé)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%n other partner(s)</source>
        <translation>
            <numerusform>%n autre partenaire</numerusform>
            <numerusform>%n autres partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other segment(s)</source>
        <translation>
            <numerusform>%n autre segment</numerusform>
            <numerusform>%n autres segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ps::report</name>
    <message>
        <source>Partner segmentation report</source>
        <translation>Rapport de segmentation des partenaires</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <source>Segmented by: %1</source>
        <translation>Segmenté par : %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré : %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Invest</source>
        <translation>Investir</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation>Couverture des ICP</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation>Partenaires forts</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Partenaires liés</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation>Potentiel moyen</translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation>Maturité moyenne</translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation>ICP atteints</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Appendix: criterion points</source>
        <translation>Annexe : points par critère</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Partner segmentation report — %1</source>
        <translation>Rapport de segmentation des partenaires — %1</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Matrice de priorisation</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Segmented by</source>
        <translation>Segmenté par</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Recommended motion</source>
        <translation>Approche recommandée</translation>
    </message>
    <message>
        <source>Revenue per segment</source>
        <translation>Chiffre d&apos;affaires par segment</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>le classeur n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Program metrics</source>
        <translation>Indicateurs du programme</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI par modèle de partenaire</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>Accords OEM</translation>
    </message>
    <message>
        <source>Royalty per year</source>
        <translation>Redevance par année</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Active partner rate (a commercial activity this quarter)</source>
        <translation>Taux de partenaires actifs (une activité commerciale ce trimestre)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Median days to first commercial activity</source>
        <translation>Nombre médian de jours avant la première activité commerciale</translation>
    </message>
    <message>
        <source>Partner retention (12 months)</source>
        <translation>Fidélisation des partenaires (12 mois)</translation>
    </message>
    <message>
        <source>Partner-influenced share of pipeline</source>
        <translation>Part du pipeline influencée par les partenaires</translation>
    </message>
    <message>
        <source>Concentration of influenced revenue (HHI)</source>
        <translation>Concentration du CA influencé (HHI)</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Risque de sortie</translation>
    </message>
    <message>
        <source>Failure modes</source>
        <translation>Modes d&apos;échec</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge par unité</translation>
    </message>
    <message>
        <source>invalid terms</source>
        <translation>conditions invalides</translation>
    </message>
    <message>
        <source>Needs a model</source>
        <translation>Modèle manquant</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilité</translation>
    </message>
    <message>
        <source>OEM deal</source>
        <translation>Accord OEM</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Conditions remplies</translation>
    </message>
    <message>
        <source>Likely a distraction</source>
        <translation>Probablement une distraction</translation>
    </message>
    <message>
        <source>Exclusivity trap</source>
        <translation>Piège de l&apos;exclusivité</translation>
    </message>
    <message>
        <source>Breaks at scale</source>
        <translation>Ne tient pas à grande échelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no volumes</source>
        <translation>aucun volume</translation>
    </message>
    <message>
        <source>Royalty</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Win rate, partner-influenced</source>
        <translation>Taux de réussite, influencé par les partenaires</translation>
    </message>
    <message>
        <source>Win rate, direct</source>
        <translation>Taux de réussite, en direct</translation>
    </message>
    <message>
        <source>Average won deal, partner-influenced</source>
        <translation>Affaire gagnée moyenne, influencée par les partenaires</translation>
    </message>
    <message>
        <source>Average won deal, direct</source>
        <translation>Affaire gagnée moyenne, en direct</translation>
    </message>
    <message>
        <source>Largest partner&apos;s share of influenced revenue</source>
        <translation>Part du CA influencé revenant au premier partenaire</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>Influenced revenue</source>
        <translation>CA influencé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Partner impact</source>
        <translation>Impact des partenaires</translation>
    </message>
    <message>
        <source>From the deal log: a won deal&apos;s amount is split equally among its partners; rates need %1 closed deals, below that a figure says &quot;not enough deals&quot;.</source>
        <translation>D&apos;après le journal des affaires : le montant d&apos;une affaire gagnée est réparti à parts égales entre ses partenaires ; les taux nécessitent %1 affaires clôturées, en dessous un chiffre indique « pas assez d&apos;affaires ».</translation>
    </message>
    <message>
        <source>By partner model</source>
        <translation>Par modèle de partenaire</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Par niveau</translation>
    </message>
    <message>
        <source>By ICP</source>
        <translation>Par ICP</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Par partenaire</translation>
    </message>
    <message>
        <source>Commitment and commercial contribution from</source>
        <translation>Engagement et contribution commerciale d&apos;après</translation>
    </message>
    <message>
        <source>Scored from</source>
        <translation>Noté d&apos;après</translation>
    </message>
    <message>
        <source>deals and activities</source>
        <translation>affaires et activités</translation>
    </message>
    <message>
        <source>manual ratings</source>
        <translation>notes manuelles</translation>
    </message>
    <message>
        <source>Deals of</source>
        <translation>Affaires de</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Win rate vs direct (90% interval)</source>
        <translation>Taux de réussite contre direct (intervalle à 90 %)</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Affaire gagnée moyenne</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Cycle de vente (jours)</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Apportées</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>Influencées</translation>
    </message>
    <message>
        <source>Attributed won revenue</source>
        <translation>CA gagné attribué</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>pas assez d&apos;affaires</translation>
    </message>
    <message>
        <source>%1 direct: %2 points (%3 to %4)</source>
        <translation>%1 en direct : %2 points (%3 à %4)</translation>
    </message>
    <message>
        <source>Deals with partners</source>
        <translation>Affaires avec partenaires</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Affaires directes</translation>
    </message>
    <message>
        <source>Partners change the win rate by %1 points (90% interval %2 to %3)</source>
        <translation>Les partenaires modifient le taux de réussite de %1 points (intervalle à 90 % de %2 à %3)</translation>
    </message>
    <message>
        <source>Too few closed deals to compare win rates (%1 needed on each side)</source>
        <translation>Trop peu d&apos;affaires clôturées pour comparer les taux de réussite (%1 nécessaires de chaque côté)</translation>
    </message>
    <message>
        <source>partner-involved share of the open pipeline %1</source>
        <translation>part du pipeline ouvert impliquant des partenaires %1</translation>
    </message>
    <message>
        <source>partner-sourced new customers: %1</source>
        <translation>nouveaux clients apportés par les partenaires : %1</translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation>Type de programme</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source>A budget of %1 %2 is expected to return %3 %2 a year (today&apos;s spend of %4 %2: %5 %2).</source>
        <translation>Un budget de %1 %2 devrait rapporter %3 %2 par an (dépense actuelle de %4 %2 : %5 %2).</translation>
    </message>
    <message>
        <source>By program kind</source>
        <translation>Par type de programme</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Aucun plan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget du programme</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Rendement attendu</translation>
    </message>
    <message>
        <source>Shadow price of the budget</source>
        <translation>Prix implicite du budget</translation>
    </message>
    <message>
        <source>Today&apos;s spend</source>
        <translation>Dépense actuelle</translation>
    </message>
    <message>
        <source>Expected return of today&apos;s spend</source>
        <translation>Rendement attendu de la dépense actuelle</translation>
    </message>
    <message>
        <source>Edited plan&apos;s spend</source>
        <translation>Dépense du plan modifié</translation>
    </message>
    <message>
        <source>Edited plan&apos;s expected return</source>
        <translation>Rendement attendu du plan modifié</translation>
    </message>
    <message>
        <source>Value the edited plan leaves</source>
        <translation>Valeur laissée de côté par le plan modifié</translation>
    </message>
    <message>
        <source>Forecast P10</source>
        <translation>Prévision P10</translation>
    </message>
    <message>
        <source>Forecast P50</source>
        <translation>Prévision P50</translation>
    </message>
    <message>
        <source>Forecast P90</source>
        <translation>Prévision P90</translation>
    </message>
    <message>
        <source>Forecast draws</source>
        <translation>Tirages de la prévision</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>Allocation (%1)</source>
        <translation>Répartition (%1)</translation>
    </message>
    <message>
        <source>Expected (%1)</source>
        <translation>Attendu (%1)</translation>
    </message>
    <message>
        <source>Marginal return</source>
        <translation>Rendement marginal</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>Payback probability</source>
        <translation>Probabilité de rentabilisation</translation>
    </message>
    <message>
        <source>optimum</source>
        <translation>optimum libre</translation>
    </message>
    <message>
        <source>its floor</source>
        <translation>plancher</translation>
    </message>
    <message>
        <source>its cap</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>montant fixe</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>quadrant policy</source>
        <translation>règle des quadrants</translation>
    </message>
    <message>
        <source>share of %1</source>
        <translation>part de %1</translation>
    </message>
    <message>
        <source>Plan (%1)</source>
        <translation>Prévu (%1)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Plan by partner model</source>
        <translation>Plan d&apos;investissement par modèle de partenaire</translation>
    </message>
    <message>
        <source>Account overlap</source>
        <translation>Chevauchement de comptes</translation>
    </message>
    <message>
        <source>Our %1 accounts against each partner&apos;s latest list, matched on the registrable domain, then on the company name.</source>
        <translation>Nos %1 comptes comparés à la dernière liste de chaque partenaire, mis en correspondance par domaine enregistrable, puis par nom d&apos;entreprise.</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Date de la liste</translation>
    </message>
    <message>
        <source>Their accounts</source>
        <translation>Leurs comptes</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Communs</translation>
    </message>
    <message>
        <source>By name only</source>
        <translation>Par le nom seulement</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Shared open pipeline (%1)</source>
        <translation>Pipeline ouvert commun (%1)</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>ROI by model</source>
        <translation>ROI par modèle</translation>
    </message>
    <message>
        <source>Impact program</source>
        <translation>Impact programme</translation>
    </message>
    <message>
        <source>Impact by partner model</source>
        <translation>Impact par modèle de partenaire</translation>
    </message>
    <message>
        <source>Impact by tier</source>
        <translation>Impact par niveau</translation>
    </message>
    <message>
        <source>Impact by ICP</source>
        <translation>Impact par ICP</translation>
    </message>
    <message>
        <source>Impact by partner</source>
        <translation>Impact par partenaire</translation>
    </message>
    <message>
        <source>Plan by model</source>
        <translation>Plan par modèle</translation>
    </message>
    <message>
        <source>Plan by program kind</source>
        <translation>Plan par type de programme</translation>
    </message>
    <message>
        <source>Plan by partner</source>
        <translation>Plan par partenaire</translation>
    </message>
    <message>
        <source>Bubble area shows revenue (sourced and influenced). Named: the largest partners, the borderline ones (their quadrant changes when the weights move slightly) and the invest quadrant, where a name fits; pointing at a bubble shows its partner.</source>
        <translation>L’aire des bulles représente le chiffre d’affaires (apporté et influencé). Sont nommés, là où un nom trouve sa place, les plus grands partenaires, les cas limites (leur quadrant change quand les pondérations bougent un peu) et le quadrant « Investir » ; pointer une bulle affiche son partenaire.</translation>
    </message>
</context>
<context>
    <name>ps::report::Charts</name>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Thousands (%1)</source>
        <translation>Milliers (%1)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
</context>
<context>
    <name>ps::report::PageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Partnerscope segmentation report</source>
        <translation>Rapport de segmentation Partnerscope</translation>
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
        <translation>À classer</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 : manquant</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Partner model</source>
        <translation>Modèle de partenaire</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>ICP served</source>
        <translation>ICP servi</translation>
    </message>
    <message>
        <source>Saved rule</source>
        <translation>Règle enregistrée</translation>
    </message>
    <message>
        <source>Suggested cluster</source>
        <translation>Cluster suggéré</translation>
    </message>
    <message>
        <source>Untitled portfolio</source>
        <translation>Portefeuille sans titre</translation>
    </message>
    <message>
        <source>Partner segmentation report</source>
        <translation>Rapport de segmentation des partenaires</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Segmented by</source>
        <translation>Segmenté par</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Where to invest</source>
        <translation>Où investir</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Quadrants</translation>
    </message>
    <message>
        <source>ICP coverage</source>
        <translation>Couverture des ICP</translation>
    </message>
    <message>
        <source>Influence is 0-100 from the partners&apos; links to each ideal customer profile; an ICP without a strongly linked partner is a gap.</source>
        <translation>L&apos;influence, de 0 à 100, vient des liens des partenaires avec chaque profil client idéal ; un ICP sans partenaire fortement lié est une lacune.</translation>
    </message>
    <message>
        <source>ICP</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Strong partners</source>
        <translation>Partenaires forts</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Partenaires liés</translation>
    </message>
    <message>
        <source>ICP %1</source>
        <translation>ICP %1</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Prioritization matrix</source>
        <translation>Matrice de priorisation</translation>
    </message>
    <message>
        <source>Scenario %1: potential threshold %2, readiness threshold %3.</source>
        <translation>Scénario %1 : seuil de potentiel %2, seuil de maturité %3.</translation>
    </message>
    <message>
        <source>Segments at a glance</source>
        <translation>Les segments en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Mean potential</source>
        <translation>Potentiel moyen</translation>
    </message>
    <message>
        <source>Mean readiness</source>
        <translation>Maturité moyenne</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
    </message>
    <message>
        <source>Recommended motion</source>
        <translation>Approche recommandée</translation>
    </message>
    <message>
        <source>ICPs reached</source>
        <translation>ICP atteints</translation>
    </message>
    <message>
        <source>Dominant model</source>
        <translation>Modèle dominant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Quadrant mix (mean potential %1, mean readiness %2)</source>
        <translation>Répartition par quadrant (potentiel moyen %1, maturité moyenne %2)</translation>
    </message>
    <message>
        <source>Partners in this segment</source>
        <translation>Partenaires de ce segment</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Partnerships measured by commercial outcome, not partner count: from the activity and deal logs as of %1.</source>
        <translation>Les partenariats mesurés par leur résultat commercial, et non par le nombre de partenaires : d&apos;après les journaux des activités et des affaires au %1.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Influencé par les partenaires</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Affaire gagnée moyenne</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline ouvert</translation>
    </message>
    <message>
        <source>Program health</source>
        <translation>Santé du programme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Active partner rate (a commercial activity this quarter)</source>
        <translation>Taux de partenaires actifs (une activité commerciale ce trimestre)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Median days to first commercial activity</source>
        <translation>Nombre médian de jours avant la première activité commerciale</translation>
    </message>
    <message>
        <source>Partner retention (12 months)</source>
        <translation>Fidélisation des partenaires (12 mois)</translation>
    </message>
    <message>
        <source>Partner-influenced share of pipeline</source>
        <translation>Part du pipeline influencée par les partenaires</translation>
    </message>
    <message>
        <source>Concentration of influenced revenue (HHI)</source>
        <translation>Concentration du CA influencé (HHI)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Largest share: %1</source>
        <translation>Part la plus importante : %1</translation>
    </message>
    <message>
        <source>ROI by partner model</source>
        <translation>ROI par modèle de partenaire</translation>
    </message>
    <message>
        <source>No partner model has recorded investment yet, so there is no ROI.</source>
        <translation>Aucun modèle de partenaire n&apos;a encore d&apos;investissement enregistré : il n&apos;y a donc pas de ROI.</translation>
    </message>
    <message>
        <source>OEM deals</source>
        <translation>Accords OEM</translation>
    </message>
    <message>
        <source>Fewer than three of the four conditions holding means the deal is likely a distraction; exit risk rises from certified component to white-label, full embedded and the strategic tier.</source>
        <translation>Si moins de trois des quatre conditions sont remplies, l&apos;accord est probablement une distraction ; le risque de sortie augmente du composant certifié à la marque blanche, à l&apos;intégration complète puis au niveau stratégique.</translation>
    </message>
    <message>
        <source>The portfolio has no OEM deal.</source>
        <translation>Le portefeuille ne comporte aucun accord OEM.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Exit risk</source>
        <translation>Risque de sortie</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Failure modes</source>
        <translation>Modes d&apos;échec</translation>
    </message>
    <message>
        <source>%1 of 4</source>
        <translation>%1 sur 4</translation>
    </message>
    <message>
        <source>distraction</source>
        <translation>distraction</translation>
    </message>
    <message>
        <source>exclusivity trap</source>
        <translation>piège de l&apos;exclusivité</translation>
    </message>
    <message>
        <source>Royalty margin per deal and year</source>
        <translation>Marge de redevance par accord et par année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Margin per unit</source>
        <translation>Marge par unité</translation>
    </message>
    <message>
        <source>invalid terms</source>
        <translation>conditions invalides</translation>
    </message>
    <message>
        <source>%1 breaks at scale: in year %2 each unit keeps %3.</source>
        <translation>%1 se rompt à grande échelle : l&apos;année %2, la marge par unité est de %3.</translation>
    </message>
    <message>
        <source>%1: revenue, cost and margin per year</source>
        <translation>%1 : chiffre d&apos;affaires, coût et marge par an</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Items not shown here: %1; the XLSX, CSV and HTML reports list every one.</source>
        <translation>Éléments non affichés ici : %1 ; les rapports XLSX, CSV et HTML les répertorient tous.</translation>
    </message>
    <message>
        <source>Appendix: score explanations</source>
        <translation>Annexe : explication des scores</translation>
    </message>
    <message>
        <source>Points each criterion adds to a partner&apos;s potential and readiness under scenario %1; the points of an axis add up to its score.</source>
        <translation>Points que chaque critère apporte au potentiel et à la maturité d&apos;un partenaire avec le scénario %1 ; les points d&apos;un axe s&apos;additionnent pour donner son score.</translation>
    </message>
    <message>
        <source>%1 in all
</source>
        <translation>%1 au total
</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (dérogation)</translation>
    </message>
    <message>
        <source>not enough deals</source>
        <translation>pas assez d&apos;affaires</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Deals of</source>
        <translation>Affaires de</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Gagnées / perdues</translation>
    </message>
    <message>
        <source>vs direct, points (90%)</source>
        <translation>contre direct, points (90 %)</translation>
    </message>
    <message>
        <source>Cycle, days</source>
        <translation>Cycle, jours</translation>
    </message>
    <message>
        <source>Attributed won</source>
        <translation>Gagné attribué</translation>
    </message>
    <message>
        <source>Partner impact</source>
        <translation>Impact des partenaires</translation>
    </message>
    <message>
        <source>From the deal log: a won deal&apos;s amount is split equally among its partners; rates need %1 closed deals.</source>
        <translation>D&apos;après le journal des affaires : le montant d&apos;une affaire gagnée est réparti à parts égales entre ses partenaires ; les taux nécessitent %1 affaires clôturées.</translation>
    </message>
    <message>
        <source>Deals with partners</source>
        <translation>Affaires avec partenaires</translation>
    </message>
    <message>
        <source>Direct deals</source>
        <translation>Affaires directes</translation>
    </message>
    <message>
        <source>Partners with fewer deals not shown here: %1; the XLSX, CSV and HTML reports list every one.</source>
        <translation>Partenaires avec moins d&apos;affaires non affichés ici : %1 ; les rapports XLSX, CSV et HTML les listent tous.</translation>
    </message>
    <message>
        <source>
from deals and activities</source>
        <translation>
d&apos;après les affaires et activités</translation>
    </message>
    <message>
        <source>
from manual ratings</source>
        <translation>
d&apos;après les notes manuelles</translation>
    </message>
    <message>
        <source>Bubble area shows revenue (sourced and influenced). Named: the largest partners, the borderline ones (their quadrant changes when the weights move slightly) and the invest quadrant, where a name fits.</source>
        <translation>L&apos;aire des bulles représente le chiffre d&apos;affaires (apporté et influencé). Nommés : les plus grands partenaires, les cas limites (leur quadrant change quand les poids bougent légèrement) et le quadrant Investir, là où un nom tient.</translation>
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
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Could not start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
    <message>
        <source>Export of %1 was cancelled.</source>
        <translation>L&apos;export de %1 a été annulé.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
</context>
<context>
    <name>ps::report::PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Plan d&apos;investissement</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>Aucun plan n&apos;a pu être établi : %1</translation>
    </message>
    <message>
        <source>Where the program budget goes under the scenario&apos;s constraints, what it is expected to return a year, and with what uncertainty (a Monte Carlo forecast over the curves&apos; uncertainty).</source>
        <translation>Où va le budget du programme sous les contraintes du scénario, ce qu&apos;il devrait rapporter par an, et avec quelle incertitude (une prévision Monte-Carlo sur l&apos;incertitude des courbes).</translation>
    </message>
    <message>
        <source>By partner model</source>
        <translation>Par modèle de partenaire</translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation>Type de programme</translation>
    </message>
    <message>
        <source>By program kind</source>
        <translation>Par type de programme</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Par partenaire</translation>
    </message>
</context>
</TS>
