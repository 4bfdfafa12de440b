error-invalid_parameter = Valè “{ $parameter }” a pa bon: { $detail }
error-unknown_place = Nou pa konnen kote “{ $input }” la. Eseye yon kòd postal (ZIP) 5 chif, yon vil ak yon eta tankou “Houston, TX”, oswa yon eta.
error-ambiguous_place = Gen plis pase yon kote ki rele “{ $input }”. Chwazi youn ladan yo.
error-unknown_need = “{ $need }” pa youn nan bezwen Faro konnen yo.
error-unknown_language = “{ $language }” pa yon kòd lang Faro konnen. Sèvi ak yon kòd ISO 639-3 ki gen 3 lèt, tankou “spa”.
error-not_found = Nou pa t kapab jwenn sa.
error-not_ready = Faro ap demare. Eseye ankò nan yon ti moman.
error-read_only = Faro pa ka rive nan baz done li kounye a: pa gen anyen ki ka anrejistre ladan l oswa li nan li jiskaske li tounen. Rechèch ak liy èd yo toujou mache. Eseye ankò nan kèk minit.
error-internal = Gen yon bagay ki pa mache bò kote pa nou. Nou pa kenbe anyen nan sa ou te voye a. Tanpri eseye ankò.

## Every page
skip-to-content = Ale dirèk nan kontni prensipal la
quick-exit = Kite sit sa a kounye a
quick-exit-hint = Oswa peze touch Shift la twa fwa.
nav-languages = Lang
nav-footer = Plis
nav-search = Jwenn èd
nav-safety = Rete an sekirite sou sit sa a
nav-about = Konsènan Faro
draft-notice = Tradiksyon sa a se yon bouyon. Yon moun ki pale lang lan byen poko tcheke l. Fraz ki enpòtan yo parèt an angle tou.
draft-tag = tradiksyon bouyon
footer-emergency = Si yon moun an danje kounye a, rele 911.

## Errors as pages
error-heading-invalid-parameter = Yon bagay nan fòm nan pa t kòrèk
error-heading-unknown-place = Nou pa konnen kote sa a
error-heading-ambiguous-place = Ki kote ou vle di?
error-heading-unknown-need = Nou pa konnen kalite èd sa a
error-heading-unknown-language = Nou pa konnen lang sa a
error-heading-not-found = Nou pa t kapab jwenn paj sa a
error-heading-not-ready = Faro ap demare
error-heading-read-only = Baz done a pa reponn
error-heading-internal = Gen yon bagay ki pa mache
error-next-search = Chèche èd
error-next-home = Ale nan premye paj la

## Home
home-title = Èd gratis pou jèn moun ak fanmi
home-heading = Èd gratis, nan lang ou
home-first = Chwazi sa ou bezwen. Ou pa oblije bay non ou. Faro pa kenbe sa ou chèche.
home-danger = Yon moun an danje kounye a
call-911 = Rele 911
home-911-sends = 911 voye lapolis ak sèvis ijans.
home-danger-then = Si ou pa ka rele 911, oswa si yo fòse yon moun travay oswa fè zak seksyèl, ou ka kontakte tou:
home-find = Jwenn èd toupre m
home-find-more = Chwazi kalite èd ak lang ou
home-report = Rapòte yon bagay ki enkyete m
home-report-first = Di nou ki kote timoun nan ap viv kounye a. N ap montre w liy eta sa a ak sa k ap pase lè ou rele.
home-report-place = Ki kote timoun nan ap viv?
home-report-submit = Montre m ki kote pou m rapòte

## Search
search-title = Jwenn èd
search-heading = Jwenn èd gratis
search-first = Chwazi sa ou bezwen ak ki kote timoun nan ap viv. Ou pa oblije ranpli okenn nan espas yo.
field-need = Kisa ou bezwen?
field-need-any = Nenpòt kalite èd
field-place = Ki kote? (kòd postal ZIP, vil oswa eta)
field-place-hint = Pa egzanp: 77002, Houston, TX, oswa Texas.
field-lang = Anplwaye ki pale
field-lang-any = Nenpòt lang
field-q = Mo pou chèche (si ou vle)
search-submit = Chèche
place-choose = Chwazi youn:
results-count = { $count ->
    [0] Nou pa jwenn okenn sèvis
   *[other] Nou jwenn { $count } sèvis
}
results-near = pou { $place }
map-label = Kat kote ou ka ale
map-caption = Nimewo yo se menm nimewo ki nan lis ki anba a. Kote ki kenbe adrès yo prive pa parèt sou kat la.
no-results = Nou pa jwenn anyen pou rechèch sa a. Eseye ak mwens mo oswa yon lòt kalite èd.
no-results-lines = Liy sa yo ede nenpòt moun, nenpòt kote nan Etazini:
pages = Paj rezilta yo
share-button = Fè yon lyen pou rezilta sa yo
share-warning = Yon lyen kenbe rechèch ou nan istorik navigatè a. Fè youn sèlman si sa pa danjere pou ou.
share-label = Lyen pou rezilta sa yo
why-listed = Poukisa li la:
enforcement-warning = Sa a se fòs lòd (lapolis). Li fè pati sèvis ki aplike lwa imigrasyon (ICE). Se pa yon liy èd.
languages = Lang:

reason-matches-words = koresponn ak mo ou yo
reason-meets-need = bay èd ou te chwazi a
reason-serves-nationwide = sèvi tout peyi a
reason-serves-your-state = sèvi eta ou
reason-serves-your-county = sèvi konte ou
reason-serves-your-area = sèvi zòn ou
reason-state-reporting-line = liy eta ou pou rapòte abi sou timoun
reason-speaks-your-language = anplwaye yo pale lang ou
reason-offers-interpretation = ofri entèprèt
reason-near-you = toupre ou
reason-open-now = louvri kounye a

distance-km = { $km } km de la
distance-within-10 = mwens pase 10 km
distance-within-25 = mwens pase 25 km
distance-within-50 = mwens pase 50 km
distance-within-100 = mwens pase 100 km
distance-over-100 = plis pase 100 km de la

open-now-yes = Louvri kounye a
open-now-no = Fèmen kounye a
open-now-unknown = Louvri kounye a? Nou pa t kapab konfime
cost-free = Gratis
cost-fee = Li ka koute lajan
cost-unknown = Pri: nou pa t kapab konfime

channel-voice = Rele
channel-sms = Tèks
channel-chat = Chat
channel-web-form = Sou entènèt
channel-email = Imèl
channel-walk-in = Ale sou plas
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = Voye { $keyword } pa tèks nan

hours-always = Louvri 24 èdtan sou 24, chak jou
hours-unknown = Orè: nou pa t kapab konfime
hours-your-time = lè lokal ou
day-mon = lendi
day-tue = madi
day-wed = mèkredi
day-thu = jedi
day-fri = vandredi
day-sat = samdi
day-sun = dimanch
languages-unknown = nou pa t kapab konfime

## Who will they tell (about a call concerning a child under 18)
tells-police-never = Yo pa avèti lapolis.
tells-police-with-consent = Yo avèti lapolis sèlman si ou dakò.
tells-police-when-required = Yo ka avèti lapolis lè lalwa oblije yo, pa egzanp si y ap fè yon timoun mal.
tells-police-always = Yo avèti lapolis.
tells-police-unknown = Lapolis: nou pa t kapab konfime si yo avèti lapolis.
tells-cps-never = Yo pa avèti sèvis pwoteksyon timoun.
tells-cps-with-consent = Yo avèti sèvis pwoteksyon timoun sèlman si ou dakò.
tells-cps-when-required = Yo ka avèti sèvis pwoteksyon timoun lè lalwa oblije yo.
tells-cps-always = Se yo menm ki sèvis pwoteksyon timoun, oswa yo toujou avèti sèvis sa a.
tells-cps-unknown = Pwoteksyon timoun: nou pa t kapab konfime si yo avèti sèvis sa a.
tells-immigration-never = Yo pa avèti ajan imigrasyon.
tells-immigration-with-consent = Yo avèti ajan imigrasyon sèlman si ou dakò.
tells-immigration-when-required = Yo ka avèti ajan imigrasyon lè lalwa oblije yo.
tells-immigration-always = Ajan imigrasyon ka resevwa sa ou di.
tells-immigration-unknown = Imigrasyon: nou pa t kapab konfime si yo avèti ajan imigrasyon.
anonymous-yes = Ou pa oblije bay non ou.
anonymous-no = Yo mande non ou.
anonymous-unknown = Nou pa t kapab konfime si ou ka rete anonim.

## How sure we are
status-confirmed = Konfime sou paj ajans lan menm
status-secondary = Nou wè l sèlman sou lòt sit entènèt
status-conflicting = Sous yo pa dakò: n ap verifye sa
status-unknown = Nou pa t kapab konfime sa
source-undated = Sous la pa gen dat
source-dated = Dat sous la: { $date }
live-checked = Nou te verifye l sou paj la jan li ye kounye a, oswa pa telefòn, nan dat { $date }.
not-live-checked = Nou poko verifye l ankò sou paj la jan li ye kounye a.

## Listing
no-statewide-line = Eta sa a pa gen yon sèl liy pou tout eta a. Ou fè rapò a bay biwo konte a oswa bay lapolis.
for-whom = Pou ki moun
ages = laj { $ages }
where = Ki kote
cost = Pri
ways-to-reach = Kijan pou kontakte yo
hours = Orè
what-happens = Sa k ap pase lè ou kontakte yo
we-could-not-confirm = Nou pa t kapab konfime sa.
who-will-they-tell = Ki moun yo pral avèti?
places = Kote yo
address-confidential = adrès la prive pou pwoteje moun
not-legal-advice = Sa a se enfòmasyon, se pa konsèy legal.
audience-child = jèn moun
audience-sponsor = sponsò ak fanmi
audience-community = vwazen, pwofesè ak lòt moun
audience-professional = pwofesyonèl
area-national = Tout Etazini
area-states = { $states }
area-counties = { $counties }
area-radius = Nan { $km } km alantou biwo yo
area-polygon = Yon zòn lokal
area-unknown = Nou pa t ka konfime ki kote yo sèvi
services = Sèvis
sources = Sous
sources-explained = Chak enfòmasyon sou Faro soti nan youn nan paj sa yo. Nou pa t verifye anyen pa telefòn.

## Safety
safety-title = Rete an sekirite sou sit sa a
safety-first = Si yon moun ka wè ekran ou, peze bouton wouj “Kite sit sa a kounye a” ki anwo a. Li louvri yon sit sou tan an (metewo).
safety-leave-h = Kite vit
safety-leave = Peze bouton wouj la, oswa peze touch Shift la twa fwa. Pou fèmen fenèt la, peze Alt ak F4 (Windows) oswa Shift, Command ak W (Mac).
safety-leave-limits = Bouton an pa efase istorik navigatè ou. Li ede sèlman si yon moun antre sou ou.
safety-history-h = Istorik navigatè ou
safety-history = Navigatè ou sonje paj ou vizite yo. Fòm rechèch nou an pa mete rechèch ou nan adrès paj la, men paj ou louvri yo rete nan istorik la. Ou ka efase istorik la nan paramèt navigatè ou. Si ou efase l, sa ka fè yon moun sispèk tou.
safety-private = Yon fenèt prive oswa “incognito” pa kenbe istorik apre ou fèmen l.
safety-device = Si yon moun ka siveye telefòn oswa òdinatè ou, sèvi ak yon lòt: nan yon bibliyotèk, lekòl oswa lakay yon zanmi.
safety-keeps-h = Sa Faro kenbe
safety-keeps = Faro pa kenbe anyen sou rechèch ou yo. Nou pa mete cookies sou paj sa yo. Jounal nou kenbe sèlman ki paj ki te louvri, si li te mache, ak konbyen tan sa te pran. Li pa kenbe sa ou te tape, kote ou ye, ni adrès IP ou.
safety-others-h = Sa lòt moun ka kenbe
safety-others-browser = Navigatè ou kenbe paj ou te vizite yo.
safety-others-phone = Si ou voye tèks bay yon liy èd, mesaj yo rete nan telefòn ou.
safety-others-carrier = Konpayi telefòn ou ka kenbe yon rejis apèl ak tèks ou yo.
safety-others-proxy = Rezo yon lekòl oswa yon travay ka wè ki sit ou vizite.
safety-others-lines = Chak liy èd gen pwòp règ pa l. Chak fich di ki moun yo ka avèti.

## About
about-title = Konsènan Faro
about-first = Faro ede timoun ki soti anba gad imigrasyon, fanmi yo ak moun ki bò kote yo jwenn èd gratis ak bon liy pou yo rele.
about-covers-h = Sa ki nan anyè a
about-covers = { $count ->
   *[other] Gen { $count } òganizasyon nan lis la.
} Liy èd nasyonal, liy chak eta pou rapòte abi sou timoun, ak anyè nasyonal pou èd legal. Sèvis lokal yo ap soti nan òganizasyon yo menm.
about-vetting-h = Kijan nou tcheke fich yo
about-vetting = Nou mete sèlman sèvis gouvènman ak òganizasyon san bi likratif. Èd legal soti sèlman nan avoka ak òganizasyon Depatman Lajistis Etazini rekonèt. Chak enfòmasyon montre kijan nou sèten:
about-confirmed = nou te wè l sou paj ajans lan menm.
about-secondary = nou te wè l sèlman sou lòt sit entènèt.
about-conflicting = sous yo di bagay diferan, kidonk nou montre l kòm “n ap verifye”.
about-unknown = okenn sous pa di sa, kidonk nou di nou pa t kapab konfime l.
about-live = Nou poko verifye okenn enfòmasyon isit la pa telefòn. Chak enfòmasyon di sa jiskaske yon moun verifye l.
about-sources-h = Sous ak lisans
about-places = Done sou kòd postal ak konte yo soti nan US Census Bureau, biwo resansman Etazini (domèn piblik). Fòm eta yo soti nan pwojè us-atlas (lisans ISC).
about-geonames = Done sou vil yo soti nan GeoNames,

## Why the router recommends each step
route-reason-danger = Yon moun an danje kounye a. 911 voye lapolis ak sèvis ijans.
route-reason-police-fbi = Ou te mande pou rapòte bay lapolis. Sa a se liy FBI pou bay enfòmasyon. Se fòs lòd.
route-reason-police-hsi = Ou te mande pou rapòte bay lapolis. Sa a se ICE, ki aplike lwa imigrasyon. Se pa yon liy èd.
route-reason-find-county = Eta sa a pa gen yon sèl liy. Yo ka di w ki biwo konte pou ou rele.
route-reason-labor-nhth = Pou nenpòt moun yo fòse travay, oswa k ap travay pou peye yon dèt. Defansè yo ede w epi yo ka mete w an kontak ak sèvis.
route-reason-labor-whd = Pou salè yo pa peye, oswa travay danjere oswa ilegal yon timoun ap fè. Gouvènman an enspekte kote travay la.
route-reason-labor-state = Biwo eta ou pou plent sou travay timoun.
route-reason-sexual-nhth = Pou nenpòt moun yo fòse fè zak seksyèl. Defansè yo ede w epi yo ka mete w an kontak ak sèvis.
route-reason-state-line = Liy pou rapòte abi sou timoun nan eta timoun nan.
route-reason-state-line-elsewhere = Menm liy lan, pou moun k ap rele soti andeyò eta timoun nan.
route-reason-sexual-ncmec = Pou rapòte foto oswa videyo seksyèl yon timoun.
route-reason-online-ncmec = Pou rapòte yon timoun y ap eksplwate sou entènèt, menm si se ou menm. Yo ka ede retire imaj yo.
route-reason-online-ncmec-call = Menm òganizasyon an, pa telefòn.
route-reason-abuse-childhelp = Pou pale ak yon konseye sou abi. Se pa yon kote pou fè rapò.
route-reason-lost-orr = Liy federal pou timoun yo lage ak sponsò yo. Li pa konfidansyèl anvè lapolis.
route-reason-legal-list = Lis gouvènman an ki gen avoka gratis toupre chak tribinal imigrasyon.
route-reason-legal-ian = Yon lis èd legal pou imigrasyon nan òganizasyon san bi likratif, pa eta.
route-reason-legal-kind = Avoka pou timoun ki te vini poukont yo. Yo pa pwomèt èd gratis.
route-reason-legal-court = Pou tcheke pwochen dat tribinal la ak nimewo A (A-number) 9 chif la.
route-reason-shelter-211 = 211 mete w an kontak ak lojman ak abri nan zòn ou.
route-reason-shelter-nrs = Pou jèn moun ki kite lakay yo oswa ki pa gen yon kote ki an sekirite pou yo rete.
route-reason-talk-988 = Pou pale oswa ekri tèks ak yon konseye nenpòt lè.
route-reason-talk-ctl = Pou ekri tèks ak yon konseye.

## The router's page
yes = Wi
no = Non
help-title = Ki moun pou m kontakte?
help-heading = Ki moun pou m kontakte?
help-first = Reponn kèk kesyon. N ap montre w yon premye etap ak lòt opsyon, ak sa chak grenn fè. Nou pa kenbe anyen nan sa ou chwazi.
help-danger = Èske yon moun an danje kounye a?
help-what = Kisa k ap pase?
situation-labor = Yo fòse yon moun travay, yo pa peye l, oswa l ap travay pou peye yon dèt
situation-sexual = Yo fòse yon moun fè zak seksyèl
situation-online = Y ap eksplwate yon moun sou entènèt
situation-abuse = Y ap fè yon timoun mal oswa yo pa okipe l lakay
situation-lost-contact = Mwen pèdi kontak ak yon timoun yo te lage
situation-legal = Mwen bezwen yon avoka oswa mwen gen yon dat tribinal
situation-shelter = Mwen bezwen yon kote ki an sekirite pou m rete
situation-talk = Mwen pa santi m an sekirite oswa mwen vle pale
help-who = Ki moun ou ye?
asker-child = Se mwen ki jèn moun nan
asker-sponsor = Mwen se sponsò a oswa fanmi an
asker-community = Mwen se yon vwazen, yon pwofesè oswa yon lòt pwofesyonèl
help-where = Ki kote timoun nan ye kounye a? (kòd postal ZIP, vil oswa eta)
help-lang = Lang ou pale
help-ways = Ki fason ki an sekirite pou ou? (chwazi sa ou vle)
way-call = Rele
way-text = Mesaj tèks
way-chat = Chat sou entènèt
way-web = Yon fòm sou yon sit entènèt
way-in-person = Ale an pèsòn
help-police = Èske ou vle rapòte bay lapolis?
help-submit = Montre m ki moun pou m kontakte
help-choose-situation = Chwazi sa k ap pase.
help-first-step = Premye etap ou
help-law-enforcement = Sa a se fòs lòd (lapolis). Ou te di ou vle rapòte bay lapolis.
help-not-chosen-way = Sa a pa youn nan fason ou te chwazi yo.
help-speaks = Anplwaye yo pale { $language }.
help-does-not-speak = Nou pa konnen okenn anplwaye isit la ki pale { $language }.
help-language-unknown = Nou pa t kapab konfime ki lang anplwaye yo pale.
help-enforcement-h = Ki opsyon ki mele ak lapolis oswa imigrasyon?
help-enforcement-none = sous li yo di li pa avèti ni lapolis ni imigrasyon.
help-enforcement-maybe = li ka avèti lapolis oswa imigrasyon, oswa nou pa t kapab konfime. Li “Ki moun yo pral avèti?” ki anwo a.
help-wallet = Nimewo pou kenbe
help-wallet-hint = Enprime paj sa a pou kenbe yon ti kat ak nimewo sa yo. Li pa di poukisa.
help-note-no-statewide-line = Eta sa a pa gen yon sèl liy pou rapòte abi sou timoun. Se biwo konte a ki resevwa rapò yo. 211 ak Childhelp ka jwenn nimewo konte a.
help-note-no-place = Di nou ki eta pou w ka wè liy li pou rapòte abi sou timoun.
help-note-no-chosen-way = Ou pa ka kontakte okenn nan yo nan fason ou te chwazi yo. Nou montre lòt fason.
help-note-police = Ou te mande pou rapòte bay lapolis, kidonk nou mete liy lapolis yo. Yo se fòs lòd.

home-report-router = Reponn kèk kesyon pou w konnen ki moun pou w kontakte
nav-help = Ki moun pou m kontakte?
help-opens-at = L ap louvri { $time }

## Guides and "I speak…" cards
nav-guides = Gid
nav-i-speak = Mwen pale yon lòt lang
home-rights = Konnen dwa ou
home-rights-text = Ti gid kout ak mo ki senp: dwa ou, kijan pou jwenn yon avoka, ak kijan pou rapòte.
guides-title = Gid
guides-heading = Konnen dwa ou
guides-first = Kòmanse isit la si ou bezwen èd kounye a:
guides-all = Tout gid yo
guides-in-english = an angle
guide-help-link = Reponn kèk kesyon pou w konnen ki moun pou w rele an premye.
guide-not-legal-advice = Gid sa a se enfòmasyon jeneral, se pa konsèy legal. Yon avoka ka di w sa ki bon pou ka pa w.
guide-last-reviewed = Dènye fwa nou revize l: { $date }.
guide-in-english-notice = Gid sa a poko nan lang ou. Men li an angle.
guide-draft-original = Tradiksyon sa a se yon bouyon. Li orijinal la an angle.
guide-sources = Sous
guide-first-heading = Sa pou w fè an premye
i-speak-title = Mwen pale yon lòt lang
i-speak-heading = Mwen pale yon lòt lang
i-speak-first = Chèche lang ou. Montre kat la bay anplwaye yo nan yon lekòl, yon klinik, yon tribinal oswa yon biwo. Li mande yon entèprèt.
i-speak-not-a-promise = Kat la mande èd. Li pa ka pwomèt yon entèprèt ap vini.
i-speak-request = Mwen pale { $language }. Tanpri, èske ou ka jwenn yon entèprèt ki pale { $language } pou mwen?
i-speak-code = Kòd lang lan: { $code }

## Reporting a problem with a listing
listing-report-problem = Rapòte yon pwoblèm ak fich sa a
problem-title = Rapòte yon pwoblèm ak fich sa a
problem-first = Di nou sa ki pa bon. Yon moderatè tcheke chak rapò anvan nou chanje anyen.
problem-about = Fich: { $name }
problem-back = Retounen nan fich la
problem-what = Kisa ki pa bon?
problem-wrong-contact = Nimewo telefòn nan, nimewo pou tèks la oswa sit entènèt la pa bon
problem-wrong-hours = Orè a pa bon
problem-closed = Li fèmen oswa li deplase
problem-wrong-language = Yo pa pale lang ki ekri isit la yo
problem-unsafe = Gen yon bagay ladan l ki pa an sekirite oswa ki pa onèt
problem-other = Yon lòt bagay
problem-details = Di nou plis (ou ka kite l vid)
problem-details-hint = Pa ekri non ou, nimewo telefòn ou ni adrès ou. Faro pa kenbe ki moun ki voye sa a, kidonk nou pa ka reponn ou.
problem-submit = Voye rapò a
problem-choose = Chwazi sa ki pa bon.
problem-too-long = Tanpri pa ekri plis pase { $max } karaktè.
problem-sent-title = Mèsi
problem-sent = Nou resevwa rapò ou a. Yon moderatè pral tcheke l. Fich la ap rete jan l ye a jiskaske yo tcheke l.
error-cross_site = Fòm sa a ka voye sèlman depi paj Faro yo. Louvri fich la sou Faro epi eseye ankò.
error-heading-cross-site = Nou pa t kapab voye fòm sa a
error-rate_limited = Anpil rapò soti nan koneksyon ou nan yon ti tan. Tanpri tann kèk minit epi eseye ankò.
error-heading-rate-limited = Tanpri tann kèk minit
error-too_large = Sa ou voye a twò long pou Faro li. Voye mwens epi eseye ankò.
error-heading-too-large = Twòp an menm tan
error-timed_out = Demann nan pran twòp tan pou l rive, kidonk Faro sispann tann. Tanpri eseye ankò.
error-heading-timed-out = Sa pran twòp tan

## Text messages and calls (/phone/sms, /phone/voice). Replies stay on the phone, so they
## never repeat what the person said is happening.
sms-menu = Faro: voye yon kòd postal ZIP oswa yon vil ak yon mo: TRAVAY, AVOKA, LOJMAN, PALE, ENTÈNÈT, FANMI. Lang: ENGLISH, ESPAÑOL, PORTUGUÊS, FRANÇAIS. An danje kounye a? Rele 911.
sms-near = Toupre { $place }.
sms-place-unknown = Nou pa jwenn “{ $place }”. Liy sa yo sèvi tout moun; voye yon kòd postal ZIP pou jwenn liy nan zòn ou.
sms-no-place = Voye yon kòd postal ZIP pou jwenn liy nan eta ou.
sms-default-situation = Ou pa di sa k ap pase, kidonk sa yo se liy èd jeneral.
sms-footer = PLIS: plis opsyon. ÈD: meni.
sms-no-more = Pa gen lòt opsyon. ÈD: meni.
sms-started = Faro: w ap resevwa repons ankò. ÈD: meni.
sms-why-danger = Voye lapolis ak sèvis ijans.
sms-why-police-fbi = Liy lapolis federal pou bay enfòmasyon.
sms-why-police-hsi = Sèvis ki aplike lwa imigrasyon (ICE). Se pa yon liy èd.
sms-why-find-county = Yo ka di w ki biwo konte pou w rele.
sms-why-labor-nhth = Defansè yo koute w epi yo mete w an kontak ak èd.
sms-why-labor-whd = Biwo gouvènman an pou peman ak travay san danje.
sms-why-labor-state = Biwo eta a pou plent sou travay.
sms-why-sexual-nhth = Defansè yo koute w epi yo mete w an kontak ak èd.
sms-why-state-line = Liy pwoteksyon timoun nan eta ou.
sms-why-state-line-elsewhere = Menm liy lan, soti andeyò eta a.
sms-why-sexual-ncmec = Resevwa rapò sou imaj sou entènèt.
sms-why-online-ncmec = Resevwa rapò sou imaj sou entènèt epi yo ka ede retire yo.
sms-why-online-ncmec-call = Menm òganizasyon an, pa telefòn.
sms-why-abuse-childhelp = Konseye pou pale avè yo. Se pa pou fè rapò.
sms-why-lost-orr = Liy federal pou timoun yo lage ak sponsò yo. Li pa konfidansyèl anvè lapolis.
sms-why-legal-list = Lis gouvènman an ki gen avoka gratis.
sms-why-legal-ian = Èd legal san bi likratif, pa eta.
sms-why-legal-kind = Avoka pou timoun ki te vini poukont yo. Yo pa pwomèt èd gratis.
sms-why-legal-court = Dat tribinal, ak nimewo A (A-number) ou.
sms-why-shelter-211 = Lojman ak abri nan zòn ou.
sms-why-shelter-nrs = Pou jèn moun ki pa gen yon kote ki an sekirite pou yo rete.
sms-why-talk-988 = Pale oswa ekri tèks ak yon konseye nenpòt lè.
sms-why-talk-ctl = Ekri tèks ak yon konseye.
voice-choose-language = Pou kreyòl, peze 1.
voice-situation-menu = Si yon moun an danje kounye a, peze 1. Si yo fòse yon moun travay, oswa yo pa peye l, peze 2. Pou esplwatasyon seksyèl, peze 3. Pou yon bagay sou entènèt, peze 4. Pou abi lakay, peze 5. Si ou pèdi kontak ak yon timoun, peze 6. Pou yon avoka oswa yon dat tribinal, peze 7. Pou yon kote ki an sekirite pou rete, peze 8. Pou pale ak yon moun, peze 9.
voice-danger = Rakwoche kounye a epi konpoze 9 1 1. Faro pa ka rele 911 pou ou.
voice-zip = Antre kòd postal senk chif timoun nan. Oswa peze touch dyèz la pou sote etap sa a.
voice-first = Premye apèl ou: { $name }. { $why }
voice-next = Yon lòt opsyon: { $name }. { $why }
voice-number = Nimewo a se { $number }.
voice-connect = Pou nou konekte w kounye a, peze 1. Pou tande l ankò, peze 2. Pou yon lòt opsyon, peze 3.
voice-no-more = Pa gen lòt opsyon. Orevwa.
voice-not-understood = Eskize nou, nou pa t konprann.
voice-connecting = N ap konekte w kounye a.
problem-not-help = Fòm sa a pa yon fason pou jwenn èd. Si ou bezwen èd, kontakte youn nan sa yo:
listing-on-hold = Y ap verifye fich sa a, li pa parèt pou kounye a. Si ou bezwen èd kounye a, kontakte youn nan sa yo:
listing-channel-on-hold = Y ap verifye kèk fason pou kontakte sèvis sa a, yo pa parèt pou kounye a.

## Asking to be listed
nav-ask-to-be-listed = Mande pou parèt sou Faro
listed-title = Mande pou parèt sou Faro
listed-first = Èske òganizasyon ou se yon òganizasyon san bi likratif oswa yon sèvis gouvènman ki ede timoun imigran oswa fanmi yo? Mande pou parèt sou Faro. Yon moderatè verifye chak demann anvan yo pibliye anyen.
listed-rules = Faro montre sèlman sèvis gouvènman ak òganizasyon san bi likratif; èd legal sèlman nan men avoka oswa òganizasyon Depatman Jistis rekonèt. Ekri sèlman kontak piblik òganizasyon ou, pa nimewo pèsonèl pèsonn.
listed-organization = Non òganizasyon an
listed-website = Sit entènèt (https://…)
listed-services = Sa nou ofri, ki kote, ak nan ki lang
listed-contact = Kontak piblik (telefòn, imèl oswa paj entènèt)
listed-contact-hint = Kontak piblik la ka itilize. L ap parèt si yo pibliye fich la.
listed-sources = Paj ki montre sa nou fè (yon adrès pa liy)
listed-sources-hint = Moderatè a ouvri chak paj pou verifye enfòmasyon yo.
listed-submit = Voye demann lan
listed-sent = Mèsi. Yon moderatè ap verifye demann ou an epi l ap ekri kontak piblik ou.
listed-error-organization = Ekri non òganizasyon an.
listed-error-website = Ekri sit entènèt la, ki kòmanse ak https://.
listed-error-services = Di sa nou ofri.
listed-error-contact = Ekri yon kontak piblik.
listed-error-sources = Ekri omwen yon paj ki montre sa nou fè, chak ki kòmanse ak https://.
