<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ps</name>
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
        <source>OEM deal &quot;%1&quot; has a negative royalty tier.</source>
        <translation>L&apos;accord OEM « %1 » a un palier de redevance négatif.</translation>
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
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
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
        <source>CR %1: the judgments are consistent.</source>
        <translation>CR %1 : les jugements sont cohérents.</translation>
    </message>
    <message>
        <source>CR %1 is above 0.10: the judgments contradict each other. Revisit the pairs that disagree before applying.</source>
        <translation>CR %1 dépasse 0,10 : les jugements se contredisent. Revoyez les paires en désaccord avant d&apos;appliquer.</translation>
    </message>
    <message>
        <source>Derive %1 weights of %2 from pairwise comparisons</source>
        <translation>Dériver les poids %1 de %2 par comparaisons par paires</translation>
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
    <name>ps::Cells</name>
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
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
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
        <source>Showing %1 × %2: 1 partner</source>
        <translation>Affichage %1 × %2 : 1 partenaire</translation>
    </message>
    <message>
        <source>Showing %1 × %2: %3 partners</source>
        <translation>Affichage %1 × %2 : %3 partenaires</translation>
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
        <source>1 partner linked</source>
        <translation>1 partenaire lié</translation>
    </message>
    <message>
        <source>%1 partners linked</source>
        <translation>%1 partenaires liés</translation>
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
</context>
<context>
    <name>ps::PartnerTableModel</name>
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>No partner model yet: choose one so that the right scoring profile applies.</source>
        <translation>Pas encore de modèle de partenaire : choisissez-en un pour que le bon profil de notation s&apos;applique.</translation>
    </message>
    <message>
        <source>Open item of the joint commercial model: agree it before co-selling starts.</source>
        <translation>Point ouvert du modèle commercial commun : convenez-en avant le début de la co-vente.</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high); empty when not rated</source>
        <translation>1 (faible) à 5 (élevé) ; vide si non noté</translation>
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
</context>
<context>
    <name>ps::PortfolioFile::Inspector</name>
    <message>
        <source>%1 is not a Partnerscope portfolio (%2).</source>
        <translation>%1 n&apos;est pas un portefeuille Partnerscope (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
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
        <source>%1 has %2 further problems.</source>
        <translation>%1 a %2 autres problèmes.</translation>
    </message>
    <message>
        <source>%1 has invalid data: %2</source>
        <translation>%1 contient des données invalides : %2</translation>
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
    <name>ps::RowReader</name>
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
        <source>no OEM deal has this id</source>
        <translation>aucun accord OEM n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>no scenario has this id</source>
        <translation>aucun scénario n&apos;a cet identifiant</translation>
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
</context>
<context>
    <name>ps::Scoring</name>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
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
    <name>ps::SegmentRuleJson</name>
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
        <source>Save the selected cluster as a rule (its dominant models and quadrants)</source>
        <translation>Enregistrer le cluster sélectionné comme règle (ses modèles et quadrants dominants)</translation>
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
    <name>ps::ahp</name>
    <message>
        <source>The matrix is empty.</source>
        <translation>La matrice est vide.</translation>
    </message>
    <message>
        <source>The matrix is not square: row %1 has %2 values, expected %3.</source>
        <translation>La matrice n&apos;est pas carrée : la ligne %1 a %2 valeurs, %3 attendues.</translation>
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
        <source>there are more rows than the %1 criteria in the header row.</source>
        <translation>il y a plus de lignes que les %1 critères de la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>the row should be for &quot;%1&quot; (the header&apos;s order), not &quot;%2&quot;.</source>
        <translation>la ligne devrait concerner « %1 » (l&apos;ordre de l&apos;en-tête), pas « %2 ».</translation>
    </message>
    <message>
        <source>the row for &quot;%1&quot; has %2 values; the header names %3 criteria.</source>
        <translation>la ligne de « %1 » a %2 valeurs ; l&apos;en-tête nomme %3 critères.</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) holds &quot;%3&quot;, which is not a number or a fraction like 1/3.</source>
        <translation>la colonne %1 (« %2 ») contient « %3 », qui n&apos;est ni un nombre ni une fraction comme 1/3.</translation>
    </message>
    <message>
        <source>the file ends here, but the row for &quot;%1&quot; is missing.</source>
        <translation>le fichier se termine ici, mais la ligne de « %1 » manque.</translation>
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
    <message>
        <source>Change %1 of %n partners</source>
        <translation>Modifier %1 de %n partenaires</translation>
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
    <message>
        <source>Delete %n partners</source>
        <translation>Supprimer %n partenaires</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Duplicate %n partners</source>
        <translation>Dupliquer %n partenaires</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>New ICP</source>
        <translation>Nouvel ICP</translation>
    </message>
    <message>
        <source>Add ICP %1</source>
        <translation>Ajouter l&apos;ICP %1</translation>
    </message>
    <message>
        <source>Delete %n ICPs</source>
        <translation>Supprimer %n ICP</translation>
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
</context>
<context>
    <name>ps::edit::detail</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
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
        <translation>Alertes</translation>
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
    <message>
        <source>Needs classification</source>
        <translation>À classer</translation>
    </message>
    <message>
        <source>Thousands (%1)</source>
        <translation>Milliers (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Where to invest</source>
        <translation>Où investir</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Quadrants</translation>
    </message>
    <message>
        <source>Influence is 0-100 from the partners&apos; links to each ideal customer profile; an ICP without a strongly linked partner is a gap.</source>
        <translation>L&apos;influence, de 0 à 100, vient des liens des partenaires avec chaque profil client idéal ; un ICP sans partenaire fortement lié est une lacune.</translation>
    </message>
    <message>
        <source>ICP %1</source>
        <translation>ICP %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
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
        <source>Segment: %1</source>
        <translation>Segment : %1</translation>
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
        <source>Appendix: score explanations</source>
        <translation>Annexe : explication des scores</translation>
    </message>
    <message>
        <source>Points each criterion adds to a partner&apos;s potential and readiness under scenario %1; the points of an axis add up to its score.</source>
        <translation>Points que chaque critère apporte au potentiel et à la maturité d&apos;un partenaire avec le scénario %1 ; les points d&apos;un axe s&apos;additionnent pour donner son score.</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (dérogation)</translation>
    </message>
    <message>
        <source>%1 in all
</source>
        <translation>%1 au total
</translation>
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
        <translation>Modèle manquant</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
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
        <source>Segments</source>
        <translation>Segments</translation>
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
        <source>Prioritization matrix</source>
        <translation>Matrice de priorisation</translation>
    </message>
</context>
</TS>
