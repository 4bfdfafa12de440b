error-invalid_parameter = La valeur de « { $parameter } » n’est pas valide : { $detail }
error-unknown_place = Nous ne connaissons pas le lieu « { $input } ». Essayez un code postal (ZIP) à 5 chiffres, une ville et un État comme « Houston, TX », ou un État.
error-ambiguous_place = Il y a plus d’un lieu appelé « { $input } ». Choisissez-en un.
error-unknown_need = « { $need } » ne fait pas partie des besoins que Faro connaît.
error-unknown_language = « { $language } » n’est pas un code de langue que Faro connaît. Utilisez un code ISO 639-3 à 3 lettres, comme « spa ».
error-not_found = Nous n’avons pas trouvé cela.
error-not_ready = Faro est en train de démarrer. Réessayez dans un instant.
error-read_only = La base de données de Faro est injoignable pour le moment : rien ne peut y être enregistré ni lu avant son retour. La recherche et les lignes d’aide fonctionnent toujours. Réessayez dans quelques minutes.
error-internal = Un problème est survenu de notre côté. Rien de ce que vous avez envoyé n’a été gardé. Veuillez réessayer.

## Every page
skip-to-content = Aller au contenu principal
quick-exit = Quitter ce site maintenant
quick-exit-hint = Ou appuyez trois fois sur la touche Maj (Shift).
nav-languages = Langues
nav-footer = Plus
nav-search = Trouver de l’aide
nav-safety = Rester en sécurité sur ce site
nav-about = À propos de Faro
draft-notice = Cette traduction est un brouillon. Une personne qui parle bien la langue ne l’a pas encore vérifiée. Les phrases importantes sont aussi affichées en anglais.
draft-tag = traduction provisoire
footer-emergency = Si quelqu’un est en danger maintenant, appelez le 911.

## Errors as pages
error-heading-invalid-parameter = Quelque chose n’allait pas dans le formulaire
error-heading-unknown-place = Nous ne connaissons pas ce lieu
error-heading-ambiguous-place = De quel lieu parlez-vous ?
error-heading-unknown-need = Nous ne connaissons pas ce type d’aide
error-heading-unknown-language = Nous ne connaissons pas cette langue
error-heading-not-found = Nous n’avons pas trouvé cette page
error-heading-not-ready = Faro démarre
error-heading-read-only = La base de données ne répond pas
error-heading-internal = Un problème est survenu
error-next-search = Chercher de l’aide
error-next-home = Aller à la première page

## Home
home-title = Aide gratuite pour les jeunes et les familles
home-heading = De l’aide gratuite, dans votre langue
home-first = Choisissez ce dont vous avez besoin. Vous n’avez pas à donner votre nom. Faro ne garde pas ce que vous cherchez.
home-danger = Quelqu’un est en danger maintenant
call-911 = Appelez le 911
home-911-sends = Le 911 envoie la police et les services d’urgence.
home-danger-then = Si vous ne pouvez pas appeler le 911, ou si quelqu’un est forcé de travailler ou de faire des actes sexuels, vous pouvez aussi contacter :
home-find = Trouver de l’aide près de chez moi
home-find-more = Choisir le type d’aide et votre langue
home-report = Signaler quelque chose qui m’inquiète
home-report-first = Dites-nous où l’enfant vit maintenant. Nous vous montrerons la ligne de cet État et ce qui se passe quand vous appelez.
home-report-place = Où vit l’enfant ?
home-report-submit = Voir où faire un signalement

## Search
search-title = Trouver de l’aide
search-heading = Trouver de l’aide gratuite
search-first = Choisissez ce dont vous avez besoin et où vit l’enfant. Tous les champs sont facultatifs.
field-need = De quoi avez-vous besoin ?
field-need-any = Tout type d’aide
field-place = Où ? (code postal ZIP, ville ou État)
field-place-hint = Par exemple : 77002, Houston, TX ou Texas.
field-lang = Personnel qui parle
field-lang-any = N’importe quelle langue
field-q = Mots à chercher (facultatif)
search-submit = Chercher
place-choose = Choisissez-en un :
results-count = { $count ->
    [0] Aucun service trouvé
    [one] Un service trouvé
   *[other] { $count } services trouvés
}
results-near = pour { $place }
map-label = Carte des lieux où vous pouvez aller
map-caption = Les numéros correspondent à la liste ci-dessous. Les lieux qui gardent leur adresse privée ne sont pas sur la carte.
no-results = Nous n’avons rien trouvé pour cette recherche. Essayez avec moins de mots ou un autre type d’aide.
no-results-lines = Ces lignes aident tout le monde, partout aux États-Unis :
pages = Pages de résultats
share-button = Créer un lien vers ces résultats
share-warning = Un lien garde votre recherche dans l’historique du navigateur. Créez-en un seulement si c’est sans danger.
share-label = Lien vers ces résultats
why-listed = Pourquoi il est ici :
enforcement-warning = C’est un service de police. Il fait partie du contrôle de l’immigration (ICE). Ce n’est pas une ligne d’aide.
languages = Langues :

reason-matches-words = correspond à vos mots
reason-meets-need = offre l’aide que vous avez choisie
reason-serves-nationwide = sert tout le pays
reason-serves-your-state = sert votre État
reason-serves-your-county = sert votre comté
reason-serves-your-area = sert votre région
reason-state-reporting-line = la ligne de votre État pour signaler la maltraitance d’enfants
reason-speaks-your-language = le personnel parle votre langue
reason-offers-interpretation = propose des interprètes
reason-near-you = près de vous
reason-open-now = ouvert maintenant

distance-km = à { $km } km
distance-within-10 = à moins de 10 km
distance-within-25 = à moins de 25 km
distance-within-50 = à moins de 50 km
distance-within-100 = à moins de 100 km
distance-over-100 = à plus de 100 km

open-now-yes = Ouvert maintenant
open-now-no = Fermé maintenant
open-now-unknown = Ouvert maintenant ? Nous n’avons pas pu le confirmer
cost-free = Gratuit
cost-fee = Peut coûter de l’argent
cost-unknown = Coût : nous n’avons pas pu le confirmer

channel-voice = Appeler
channel-sms = SMS
channel-chat = Chat
channel-web-form = En ligne
channel-email = E-mail
channel-walk-in = Sur place
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = Envoyez { $keyword } par SMS au

hours-always = Ouvert 24 h sur 24, tous les jours
hours-unknown = Horaires : nous n’avons pas pu les confirmer
hours-your-time = votre heure locale
day-mon = lun
day-tue = mar
day-wed = mer
day-thu = jeu
day-fri = ven
day-sat = sam
day-sun = dim
languages-unknown = nous n’avons pas pu le confirmer

## Who will they tell (about a call concerning a child under 18)
tells-police-never = Ils ne préviennent pas la police.
tells-police-with-consent = Ils préviennent la police seulement si vous êtes d’accord.
tells-police-when-required = Ils peuvent prévenir la police quand la loi les y oblige, par exemple si on fait du mal à un enfant.
tells-police-always = Ils préviennent la police.
tells-police-unknown = Police : nous n’avons pas pu confirmer s’ils préviennent la police.
tells-cps-never = Ils ne préviennent pas les services de protection de l’enfance.
tells-cps-with-consent = Ils préviennent les services de protection de l’enfance seulement si vous êtes d’accord.
tells-cps-when-required = Ils peuvent prévenir les services de protection de l’enfance quand la loi les y oblige.
tells-cps-always = Ce sont les services de protection de l’enfance, ou ils les préviennent toujours.
tells-cps-unknown = Protection de l’enfance : nous n’avons pas pu confirmer s’ils les préviennent.
tells-immigration-never = Ils ne préviennent pas les agents de l’immigration.
tells-immigration-with-consent = Ils préviennent les agents de l’immigration seulement si vous êtes d’accord.
tells-immigration-when-required = Ils peuvent prévenir les agents de l’immigration quand la loi les y oblige.
tells-immigration-always = Les agents de l’immigration peuvent recevoir ce que vous dites.
tells-immigration-unknown = Immigration : nous n’avons pas pu confirmer s’ils préviennent les agents de l’immigration.
anonymous-yes = Vous n’avez pas à donner votre nom.
anonymous-no = Ils demandent votre nom.
anonymous-unknown = Nous n’avons pas pu confirmer si vous pouvez rester anonyme.

## How sure we are
status-confirmed = Confirmé sur la page de l’organisme lui-même
status-secondary = Vu seulement sur d’autres sites
status-conflicting = Les sources ne sont pas d’accord : nous vérifions
status-unknown = Nous n’avons pas pu le confirmer
source-undated = La source n’a pas de date
source-dated = Source datée du { $date }
live-checked = Vérifié sur la page en ligne ou par téléphone le { $date }.
not-live-checked = Pas encore revérifié sur la page en ligne.

## Listing
no-statewide-line = Cet État n’a pas de ligne unique pour tout l’État. Vous faites le signalement au bureau du comté ou à la police.
for-whom = Pour qui
ages = âge : { $ages }
where = Où
cost = Coût
ways-to-reach = Comment les joindre
hours = Horaires
what-happens = Ce qui se passe quand vous les contactez
we-could-not-confirm = Nous n’avons pas pu le confirmer.
who-will-they-tell = Qui vont-ils prévenir ?
places = Lieux
address-confidential = l’adresse est privée pour protéger les personnes
not-legal-advice = Ceci est une information, pas un conseil juridique.
audience-child = jeunes
audience-sponsor = parrains (sponsors) et familles
audience-community = voisins, enseignants et autres personnes
audience-professional = professionnels
area-national = Tous les États-Unis
area-states = { $states }
area-counties = { $counties }
area-radius = À moins de { $km } km de leur bureau
area-polygon = Une zone locale
area-unknown = Nous n'avons pas pu confirmer où ils interviennent
services = Services
sources = Sources
sources-explained = Chaque information sur Faro vient d’une de ces pages. Rien n’a été vérifié par téléphone.

## Safety
safety-title = Rester en sécurité sur ce site
safety-first = Si quelqu’un peut voir votre écran, utilisez le bouton rouge « Quitter ce site maintenant » en haut. Il ouvre un site météo.
safety-leave-h = Partir vite
safety-leave = Appuyez sur le bouton rouge, ou appuyez trois fois sur la touche Maj (Shift). Pour fermer la fenêtre, appuyez sur Alt et F4 (Windows) ou sur Maj, Cmd et W (Mac).
safety-leave-limits = Le bouton n’efface pas l’historique de votre navigateur. Il aide seulement si quelqu’un entre dans la pièce.
safety-history-h = L’historique de votre navigateur
safety-history = Votre navigateur se souvient des pages que vous visitez. Notre formulaire de recherche ne met pas votre recherche dans l’adresse de la page, mais les pages que vous ouvrez restent dans l’historique. Vous pouvez effacer l’historique dans les paramètres de votre navigateur. L’effacer peut aussi rendre quelqu’un méfiant.
safety-private = Une fenêtre privée (ou de navigation privée) ne garde pas l’historique une fois que vous l’avez fermée.
safety-device = Si quelqu’un peut surveiller votre téléphone ou votre ordinateur, utilisez-en un autre : à la bibliothèque, à l’école ou chez un ami.
safety-keeps-h = Ce que Faro garde
safety-keeps = Faro ne garde rien sur vos recherches. Nous ne mettons pas de cookies sur ces pages. Notre journal garde seulement quelle page a été ouverte, si cela a marché et combien de temps cela a pris. Il ne garde pas ce que vous avez tapé, votre lieu ni votre adresse IP.
safety-others-h = Ce que d’autres peuvent garder
safety-others-browser = Votre navigateur garde les pages que vous avez visitées.
safety-others-phone = Si vous envoyez des SMS à une ligne d’aide, les messages restent sur votre téléphone.
safety-others-carrier = Votre opérateur téléphonique peut garder une trace des appels et des SMS.
safety-others-proxy = Le réseau d’une école ou d’un lieu de travail peut voir quels sites vous visitez.
safety-others-lines = Chaque ligne d’aide a ses propres règles. Chaque fiche dit qui ils peuvent prévenir.

## About
about-title = À propos de Faro
about-first = Faro aide les enfants libérés de la garde des services d’immigration, leurs familles et les personnes autour d’eux à trouver de l’aide gratuite et la bonne ligne à appeler.
about-covers-h = Ce que contient l’annuaire
about-covers = { $count ->
    [one] { $count } organisation est répertoriée.
   *[other] { $count } organisations sont répertoriées.
} Des lignes d’aide nationales, la ligne de chaque État pour signaler la maltraitance d’enfants, et des annuaires nationaux d’aide juridique. Les services locaux viendront des organisations elles-mêmes.
about-vetting-h = Comment nous vérifions les fiches
about-vetting = Nous ne listons que des services publics et des organismes à but non lucratif. L’aide juridique vient seulement d’avocats et d’organisations reconnus par le ministère de la Justice des États-Unis. Chaque information montre à quel point nous en sommes sûrs :
about-confirmed = nous l’avons vu sur la page de l’organisme lui-même.
about-secondary = nous l’avons vu seulement sur d’autres sites.
about-conflicting = les sources disent des choses différentes, donc nous l’indiquons comme « en cours de vérification ».
about-unknown = aucune source ne le dit, donc nous disons que nous n’avons pas pu le confirmer.
about-live = Aucune information ici n’a encore été vérifiée par téléphone. Chaque information l’indique jusqu’à ce que quelqu’un la vérifie.
about-sources-h = Sources et licences
about-places = Les données sur les codes postaux et les comtés viennent du US Census Bureau, le bureau du recensement des États-Unis (domaine public). Les formes des États viennent du projet us-atlas (licence ISC).
about-geonames = Les données sur les villes viennent de GeoNames,

## Why the router recommends each step
route-reason-danger = Quelqu’un est en danger maintenant. Le 911 envoie la police et les services d’urgence.
route-reason-police-fbi = Vous avez demandé à faire un signalement à la police. C’est la ligne de signalement du FBI. C’est un service de police.
route-reason-police-hsi = Vous avez demandé à faire un signalement à la police. C’est ICE, qui fait appliquer les lois sur l’immigration. Ce n’est pas une ligne d’aide.
route-reason-find-county = Cet État n’a pas de ligne unique. Ils peuvent vous dire quel bureau du comté appeler.
route-reason-labor-nhth = Pour toute personne forcée de travailler, ou qui travaille pour rembourser une dette. Des intervenants aident et peuvent vous mettre en contact avec des services.
route-reason-labor-whd = Pour des salaires non payés, ou un travail dangereux ou illégal fait par un enfant. Le gouvernement contrôle le lieu de travail.
route-reason-labor-state = Le bureau de votre État pour les plaintes sur le travail des enfants.
route-reason-sexual-nhth = Pour toute personne forcée de faire des actes sexuels. Des intervenants aident et peuvent vous mettre en contact avec des services.
route-reason-state-line = La ligne pour signaler la maltraitance d’enfants dans l’État de l’enfant.
route-reason-state-line-elsewhere = La même ligne, pour les personnes qui appellent depuis un autre État que celui de l’enfant.
route-reason-sexual-ncmec = Pour signaler des photos ou des vidéos sexuelles d’un enfant.
route-reason-online-ncmec = Pour signaler un enfant exploité en ligne, même s’il s’agit de vous. Ils peuvent aider à retirer des images.
route-reason-online-ncmec-call = La même organisation, par téléphone.
route-reason-abuse-childhelp = Pour parler de maltraitance avec un conseiller. Ce n’est pas un endroit pour faire un signalement.
route-reason-lost-orr = La ligne fédérale pour les enfants libérés et leurs parrains. Elle n’est pas confidentielle vis-à-vis de la police.
route-reason-legal-list = La liste du gouvernement des avocats gratuits près de chaque tribunal de l’immigration.
route-reason-legal-ian = Une liste d’aide juridique en immigration à but non lucratif, par État.
route-reason-legal-kind = Des avocats pour les enfants venus seuls. L’aide gratuite n’est pas garantie.
route-reason-legal-court = Pour vérifier la prochaine date au tribunal avec le numéro A (A-number) à 9 chiffres.
route-reason-shelter-211 = Le 211 vous met en contact avec des logements et des refuges près de chez vous.
route-reason-shelter-nrs = Pour les jeunes qui ont quitté la maison ou qui n’ont pas d’endroit sûr où rester.
route-reason-talk-988 = Pour parler ou échanger par SMS avec un conseiller, à toute heure.
route-reason-talk-ctl = Pour échanger par SMS avec un conseiller.

## The router's page
yes = Oui
no = Non
help-title = Qui dois-je contacter ?
help-heading = Qui dois-je contacter ?
help-first = Répondez à quelques questions. Nous montrons une première étape et d’autres options, et ce que fait chacune. Rien de ce que vous choisissez n’est gardé.
help-danger = Quelqu’un est-il en danger maintenant ?
help-what = Que se passe-t-il ?
situation-labor = Quelqu’un est forcé de travailler, n’est pas payé, ou travaille pour rembourser une dette
situation-sexual = Quelqu’un est forcé de faire des actes sexuels
situation-online = Quelqu’un est exploité en ligne
situation-abuse = On fait du mal à un enfant ou on ne s’occupe pas de lui à la maison
situation-lost-contact = J’ai perdu contact avec un enfant qui a été libéré
situation-legal = J’ai besoin d’un avocat ou j’ai une date au tribunal
situation-shelter = J’ai besoin d’un endroit sûr où rester
situation-talk = Je ne me sens pas en sécurité ou je veux parler
help-who = Qui êtes-vous ?
asker-child = Je suis le ou la jeune
asker-sponsor = Je suis le parrain ou la famille
asker-community = Je suis un voisin, un enseignant ou un autre professionnel
help-where = Où est l’enfant maintenant ? (code postal ZIP, ville ou État)
help-lang = Langue que vous parlez
help-ways = Quels moyens sont sans danger pour vous ? (choisissez-en autant que vous voulez)
way-call = Appeler
way-text = SMS
way-chat = Chat en ligne
way-web = Un formulaire sur un site
way-in-person = Y aller en personne
help-police = Voulez-vous faire un signalement à la police ?
help-submit = Me montrer qui contacter
help-choose-situation = Choisissez ce qui se passe.
help-first-step = Votre première étape
help-law-enforcement = C’est un service de police. Vous avez dit que vous voulez faire un signalement à la police.
help-not-chosen-way = Ce n’est pas un des moyens que vous avez choisis.
help-speaks = Le personnel parle { $language }.
help-does-not-speak = Nous ne connaissons personne du personnel ici qui parle { $language }.
help-language-unknown = Nous n’avons pas pu confirmer quelles langues parle le personnel.
help-enforcement-h = Quelles options impliquent la police ou l’immigration ?
help-enforcement-none = ses sources disent qu’il ne prévient ni la police ni l’immigration.
help-enforcement-maybe = il peut prévenir la police ou l’immigration, ou nous n’avons pas pu le confirmer. Lisez « Qui vont-ils prévenir ? » plus haut.
help-wallet = Numéros à garder
help-wallet-hint = Imprimez cette page pour garder une petite carte avec ces numéros. Elle ne dit pas pourquoi.
help-note-no-statewide-line = Cet État n’a pas de ligne unique pour signaler la maltraitance d’enfants. Le bureau du comté reçoit les signalements. Le 211 et Childhelp peuvent trouver le numéro du comté.
help-note-no-place = Indiquez-nous l’État pour voir sa ligne pour signaler la maltraitance d’enfants.
help-note-no-chosen-way = Aucun de ces services ne peut être joint par les moyens que vous avez choisis. D’autres moyens sont affichés.
help-note-police = Vous avez demandé à faire un signalement à la police, donc les lignes de police sont incluses. Ce sont des services de police.

home-report-router = Répondez à quelques questions pour savoir qui contacter
nav-help = Qui dois-je contacter ?
help-opens-at = Ouvre { $time }

## Guides and "I speak…" cards
nav-guides = Guides
nav-i-speak = Je parle une autre langue
home-rights = Connaissez vos droits
home-rights-text = Des guides courts, en mots simples : vos droits, trouver un avocat et comment faire un signalement.
guides-title = Guides
guides-heading = Connaissez vos droits
guides-first = Commencez ici si vous avez besoin d’aide maintenant :
guides-all = Tous les guides
guides-in-english = en anglais
guide-help-link = Répondez à quelques questions pour savoir qui appeler en premier.
guide-not-legal-advice = Ce guide donne des informations générales, pas un conseil juridique. Un avocat peut vous dire ce qui correspond à votre situation.
guide-last-reviewed = Dernière vérification : { $date }.
guide-in-english-notice = Ce guide n’est pas encore dans votre langue. Le voici en anglais.
guide-draft-original = Cette traduction est un brouillon. Lisez l’original en anglais.
guide-sources = Sources
guide-first-heading = Que faire d’abord
i-speak-title = Je parle une autre langue
i-speak-heading = Je parle une autre langue
i-speak-first = Trouvez votre langue. Montrez la carte au personnel d’une école, d’une clinique, d’un tribunal ou d’un bureau. Elle demande un interprète.
i-speak-not-a-promise = La carte demande de l’aide. Elle ne peut pas promettre qu’un interprète viendra.
i-speak-request = Je parle { $language }. S’il vous plaît, pouvez-vous me trouver un interprète qui parle { $language } ?
i-speak-code = Code de la langue : { $code }

## Reporting a problem with a listing
listing-report-problem = Signaler un problème avec cette fiche
problem-title = Signaler un problème avec cette fiche
problem-first = Dites-nous ce qui ne va pas. Un modérateur vérifie chaque signalement avant tout changement.
problem-about = Fiche : { $name }
problem-back = Revenir à la fiche
problem-what = Qu’est-ce qui ne va pas ?
problem-wrong-contact = Le numéro de téléphone, le numéro pour les SMS ou le site web est faux
problem-wrong-hours = Les horaires sont faux
problem-closed = Le service a fermé ou a déménagé
problem-wrong-language = Ils ne parlent pas les langues indiquées
problem-unsafe = Quelque chose n’est pas sûr ou pas honnête
problem-other = Autre chose
problem-details = Dites-nous-en plus (vous pouvez laisser vide)
problem-details-hint = N’écrivez pas votre nom, votre numéro de téléphone ni votre adresse. Faro ne garde pas qui a envoyé ceci, donc nous ne pouvons pas vous répondre.
problem-submit = Envoyer le signalement
problem-choose = Choisissez ce qui ne va pas.
problem-too-long = Écrivez au maximum { $max } caractères.
problem-sent-title = Merci
problem-sent = Nous avons reçu votre signalement. Un modérateur va le vérifier. La fiche reste telle quelle d’ici là.
error-cross_site = Ce formulaire ne peut être envoyé que depuis les pages de Faro. Ouvrez la fiche sur Faro et réessayez.
error-heading-cross-site = Ce formulaire n’a pas pu être envoyé
error-rate_limited = Beaucoup de signalements sont arrivés depuis votre connexion en peu de temps. Attendez quelques minutes et réessayez.
error-heading-rate-limited = Veuillez attendre quelques minutes
error-too_large = Ce qui a été envoyé est trop long pour que Faro le lise. Envoyez moins et réessayez.
error-heading-too-large = Trop à la fois
error-timed_out = La demande a mis trop de temps à arriver, alors Faro a cessé d'attendre. Réessayez.
error-heading-timed-out = C'était trop long

## Text messages and calls (/phone/sms, /phone/voice). Replies stay on the phone, so they
## never repeat what the person said is happening.
sms-menu = Faro : envoyez un code postal (ZIP) ou une ville et un mot : TRAVAIL, AVOCAT, ABRI, PARLER, INTERNET, FAMILLE. Langues : ENGLISH, ESPAÑOL, PORTUGUÊS, KREYÒL. En danger maintenant ? Appelez le 911.
sms-near = Près de { $place }.
sms-place-unknown = Nous n’avons pas trouvé « { $place } ». Ces lignes servent tout le monde. Envoyez un code postal (ZIP) pour les lignes locales.
sms-no-place = Envoyez un code postal (ZIP) pour les lignes de votre État.
sms-default-situation = Vous n’avez pas dit ce qui se passe, voici donc des lignes d’aide générales.
sms-footer = PLUS : plus d’options. AIDE : menu.
sms-no-more = Il n’y a pas d’autres options. AIDE : menu.
sms-started = Faro : vous recevrez de nouveau des réponses. AIDE : menu.
sms-why-danger = Envoie la police et les services d’urgence.
sms-why-police-fbi = Ligne de signalement de la police fédérale.
sms-why-police-hsi = Contrôle de l’immigration (ICE). Ce n’est pas une ligne d’aide.
sms-why-find-county = Peut vous dire quel bureau du comté appeler.
sms-why-labor-nhth = Des intervenants vous écoutent et vous mettent en contact avec de l’aide.
sms-why-labor-whd = Bureau du gouvernement pour la paie et la sécurité au travail.
sms-why-labor-state = Bureau de l’État pour les plaintes sur le travail.
sms-why-sexual-nhth = Des intervenants vous écoutent et vous mettent en contact avec de l’aide.
sms-why-state-line = La ligne de protection de l’enfance de votre État.
sms-why-state-line-elsewhere = La même ligne, depuis l’extérieur de l’État.
sms-why-sexual-ncmec = Reçoit les signalements d’images en ligne.
sms-why-online-ncmec = Reçoit les signalements d’images en ligne et peut aider à les retirer.
sms-why-online-ncmec-call = La même organisation, par téléphone.
sms-why-abuse-childhelp = Des conseillers à qui parler. Pas pour les signalements.
sms-why-lost-orr = Ligne fédérale pour les enfants libérés et leurs parrains. Pas confidentielle vis-à-vis de la police.
sms-why-legal-list = Liste du gouvernement d’avocats gratuits.
sms-why-legal-ian = Aide juridique à but non lucratif, par État.
sms-why-legal-kind = Des avocats pour les enfants venus seuls. L’aide gratuite n’est pas garantie.
sms-why-legal-court = Dates d’audience, avec votre numéro A (A-number).
sms-why-shelter-211 = Logement et hébergement près de chez vous.
sms-why-shelter-nrs = Pour les jeunes sans endroit sûr où rester.
sms-why-talk-988 = Parlez ou écrivez à un conseiller, à toute heure.
sms-why-talk-ctl = Écrivez par SMS à un conseiller.
voice-choose-language = Pour le français, appuyez sur 1.
voice-situation-menu = Si quelqu’un est en danger maintenant, appuyez sur 1. Si quelqu’un est forcé de travailler, ou n’est pas payé, appuyez sur 2. Pour l’exploitation sexuelle, appuyez sur 3. Pour quelque chose en ligne, appuyez sur 4. Pour de la maltraitance à la maison, appuyez sur 5. Si vous avez perdu le contact avec un enfant, appuyez sur 6. Pour un avocat ou une date d’audience, appuyez sur 7. Pour un endroit sûr où rester, appuyez sur 8. Pour parler à quelqu’un, appuyez sur 9.
voice-danger = Raccrochez maintenant et composez le 9 1 1. Faro ne peut pas appeler le 911 pour vous.
voice-zip = Entrez le code postal à cinq chiffres de l’enfant. Ou appuyez sur la touche dièse pour passer.
voice-first = Votre premier appel : { $name }. { $why }
voice-next = Une autre option : { $name }. { $why }
voice-number = Le numéro est le { $number }.
voice-connect = Pour être mis en relation maintenant, appuyez sur 1. Pour réécouter, appuyez sur 2. Pour une autre option, appuyez sur 3.
voice-no-more = Il n’y a pas d’autres options. Au revoir.
voice-not-understood = Désolé, nous n’avons pas compris.
voice-connecting = Nous vous mettons en relation.
problem-not-help = Ce formulaire ne permet pas d’obtenir de l’aide. Si vous avez besoin d’aide, contactez l’un de ceux-ci :
listing-on-hold = Cette fiche est en cours de vérification et n’est pas affichée pour le moment. Si vous avez besoin d’aide maintenant, contactez l’un de ceux-ci :
listing-channel-on-hold = Certains moyens de joindre ce service sont en cours de vérification et ne sont pas affichés pour le moment.

## Asking to be listed
nav-ask-to-be-listed = Demander à figurer sur Faro
listed-title = Demander à figurer sur Faro
listed-first = Votre organisation est-elle une association à but non lucratif ou un service public qui aide des enfants migrants ou leurs familles ? Demandez à figurer sur Faro. Un modérateur vérifie chaque demande avant toute publication.
listed-rules = Faro n’indique que des services publics et des organisations à but non lucratif ; l’aide juridique seulement par des avocats ou des organisations reconnues par le ministère de la Justice. N’écrivez que le contact public de votre organisation, jamais le numéro personnel de quelqu’un.
listed-organization = Nom de l’organisation
listed-website = Site web (https://…)
listed-services = Ce que vous proposez, où, et dans quelles langues
listed-contact = Contact public (téléphone, e-mail ou page web)
listed-contact-hint = Le contact que le public peut utiliser. Il sera affiché si la fiche est publiée.
listed-sources = Pages qui montrent ce que vous faites (une adresse par ligne)
listed-sources-hint = Le modérateur ouvre chacune pour vérifier les informations.
listed-submit = Envoyer la demande
listed-sent = Merci. Un modérateur vérifiera votre demande et écrira à votre contact public.
listed-error-organization = Indiquez le nom de l’organisation.
listed-error-website = Indiquez le site web, commençant par https://.
listed-error-services = Dites ce que vous proposez.
listed-error-contact = Indiquez un contact public.
listed-error-sources = Indiquez au moins une page qui montre ce que vous faites, chacune commençant par https://.
