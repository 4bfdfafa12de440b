error-invalid_parameter = The value of “{ $parameter }” is not valid: { $detail }
error-unknown_place = We do not know the place “{ $input }”. Try a 5-digit ZIP code, a city and state like “Houston, TX”, or a state.
error-ambiguous_place = There is more than one place called “{ $input }”. Choose one of them.
error-unknown_need = “{ $need }” is not one of the needs Faro knows.
error-unknown_language = “{ $language }” is not a language code Faro knows. Use a 3-letter ISO 639-3 code such as “spa”.
error-not_found = We could not find that.
error-not_ready = Faro is starting up. Try again in a moment.
error-read_only = Faro’s database cannot be reached right now: nothing can be saved in it or read from it until it is back. Search and the hotlines still work. Try again in a few minutes.
error-internal = Something went wrong on our side. Nothing you sent was kept. Please try again.

## Every page
skip-to-content = Skip to the main content
quick-exit = Leave this site now
quick-exit-hint = Or press Shift three times.
nav-languages = Languages
nav-footer = More
nav-search = Find help
nav-safety = Staying safe on this site
nav-about = About Faro
draft-notice = This translation is a draft. A fluent reader has not checked it yet. Important sentences also show the English.
draft-tag = draft translation
footer-emergency = If someone is in danger right now, call 911.

## Errors as pages
error-heading-invalid-parameter = Something in the form was not right
error-heading-unknown-place = We do not know that place
error-heading-ambiguous-place = Which place do you mean?
error-heading-unknown-need = We do not know that kind of help
error-heading-unknown-language = We do not know that language
error-heading-not-found = We could not find this page
error-heading-not-ready = Faro is starting
error-heading-read-only = The database is out of reach
error-heading-internal = Something went wrong
error-next-search = Search for help
error-next-home = Go to the first page

## Home
home-title = Free help for young people and families
home-heading = Free help, in your language
home-first = Choose what you need. You do not have to give your name. Faro does not keep what you search.
home-danger = Someone is in danger now
call-911 = Call 911
home-911-sends = 911 sends police and emergency services.
home-danger-then = If you cannot call 911, or if someone is made to work or do sex acts, you can also contact:
home-find = Find help near me
home-find-more = Choose the kind of help and your language
home-report = Report something that worries me
home-report-first = Tell us where the child lives now. We will show the line for that state and what happens when you call.
home-report-place = Where does the child live?
home-report-submit = Show where to report

## Search
search-title = Find help
search-heading = Find free help
search-first = Choose what you need and where the child lives. Every field is optional.
field-need = What do you need?
field-need-any = Any kind of help
field-place = Where? (ZIP code, city, or state)
field-place-hint = For example: 77002, Houston, TX, or Texas.
field-lang = Staff who speak
field-lang-any = Any language
field-q = Words to search for (optional)
search-submit = Search
place-choose = Choose one:
results-count = { $count ->
    [0] No services found
    [one] One service found
   *[other] { $count } services found
}
results-near = for { $place }
map-label = Map of places you can visit
map-caption = The numbers match the list below. Places that keep their address private are not on the map.
no-results = We found nothing for this search. Try fewer words or another kind of help.
no-results-lines = These lines help anyone, anywhere in the United States:
pages = Pages of results
share-button = Make a link to these results
share-warning = A link keeps your search in the browser history. Only make one if that is safe.
share-label = Link to these results
why-listed = Why it is here:
enforcement-warning = This is law enforcement. It is part of immigration enforcement (ICE). It is not a help line.
languages = Languages:

reason-matches-words = matches your words
reason-meets-need = gives the help you chose
reason-serves-nationwide = serves the whole country
reason-serves-your-state = serves your state
reason-serves-your-county = serves your county
reason-serves-your-area = serves your area
reason-state-reporting-line = your state's line to report child abuse
reason-speaks-your-language = staff speak your language
reason-offers-interpretation = offers interpreters
reason-near-you = near you
reason-open-now = open now

distance-km = { $km } km away
distance-within-10 = within 10 km
distance-within-25 = within 25 km
distance-within-50 = within 50 km
distance-within-100 = within 100 km
distance-over-100 = more than 100 km away

open-now-yes = Open now
open-now-no = Closed now
open-now-unknown = Open now? We could not confirm
cost-free = Free
cost-fee = May cost money
cost-unknown = Cost: we could not confirm

channel-voice = Call
channel-sms = Text
channel-chat = Chat
channel-web-form = Online
channel-email = Email
channel-walk-in = Visit
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = Text { $keyword } to

hours-always = Open 24 hours, every day
hours-unknown = Hours: we could not confirm
hours-your-time = your local time
day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun = Sun
languages-unknown = we could not confirm

## Who will they tell (about a call concerning a child under 18)
tells-police-never = They do not tell the police.
tells-police-with-consent = They tell the police only if you agree.
tells-police-when-required = They may tell the police when the law says they must, for example if a child is being hurt.
tells-police-always = They tell the police.
tells-police-unknown = Police: we could not confirm if they tell the police.
tells-cps-never = They do not tell child protective services.
tells-cps-with-consent = They tell child protective services only if you agree.
tells-cps-when-required = They may tell child protective services when the law says they must.
tells-cps-always = They are child protective services, or they always tell them.
tells-cps-unknown = Child protective services: we could not confirm if they tell them.
tells-immigration-never = They do not tell immigration officers.
tells-immigration-with-consent = They tell immigration officers only if you agree.
tells-immigration-when-required = They may tell immigration officers when the law says they must.
tells-immigration-always = Immigration officers may get what you say.
tells-immigration-unknown = Immigration: we could not confirm if they tell immigration officers.
anonymous-yes = You do not have to give your name.
anonymous-no = They ask for your name.
anonymous-unknown = We could not confirm if you can stay anonymous.

## How sure we are
status-confirmed = Confirmed on the agency's own page
status-secondary = Seen only on other websites
status-conflicting = Sources disagree: we are checking this
status-unknown = We could not confirm this
source-undated = The source has no date
source-dated = Source dated { $date }
live-checked = Checked on the live page or by phone on { $date }.
not-live-checked = Not yet re-checked on the live page.

## Listing
no-statewide-line = This state has no single line for the whole state. You report to the county office or to the police.
for-whom = For whom
ages = ages { $ages }
where = Where
cost = Cost
ways-to-reach = How to reach them
hours = Hours
what-happens = What happens when you contact them
we-could-not-confirm = We could not confirm this.
who-will-they-tell = Who will they tell?
places = Places
address-confidential = the address is private to keep people safe
not-legal-advice = This is information, not legal advice.
audience-child = young people
audience-sponsor = sponsors and families
audience-community = neighbors, teachers and others
audience-professional = professionals
area-national = The whole United States
area-states = { $states }
area-counties = { $counties }
area-radius = Within { $km } km of their office
area-polygon = A local area
area-unknown = We could not confirm where they serve
services = Services
sources = Sources
sources-explained = Every fact on Faro comes from one of these pages. Nothing was checked by calling.

## Safety
safety-title = Staying safe on this site
safety-first = If someone may see your screen, use the red "Leave this site now" button at the top. It opens a weather site.
safety-leave-h = Leave fast
safety-leave = Press the red button, or press the Shift key three times. To close the window, press Alt and F4 (Windows) or Shift, Command and W (Mac).
safety-leave-limits = The button does not delete your browser history. It only helps if someone walks in.
safety-history-h = Your browser history
safety-history = Your browser remembers the pages you visit. Our search form does not put your search in the page address, but the pages you open stay in the history. You can delete the history in your browser's settings. Deleting it can also make someone suspicious.
safety-private = A private or incognito window does not keep history after you close it.
safety-device = If someone may watch your phone or computer, use another one: at a library, school or friend's house.
safety-keeps-h = What Faro keeps
safety-keeps = Faro keeps nothing about your searches. We do not set cookies on these pages. Our log keeps only which page was opened, if it worked, and how long it took. It does not keep what you typed, your place, or your IP address.
safety-others-h = What others may keep
safety-others-browser = Your browser keeps the pages you visited.
safety-others-phone = If you text a help line, the messages stay on your phone.
safety-others-carrier = Your phone company may keep a record of calls and texts.
safety-others-proxy = A school or work network may see which sites you visit.
safety-others-lines = Each help line has its own rules. Each listing says who they may tell.

## About
about-title = About Faro
about-first = Faro helps children released from immigration custody, their families and the people around them find free help and the right line to call.
about-covers-h = What is in the directory
about-covers = { $count ->
    [one] One organization is listed.
   *[other] { $count } organizations are listed.
} National help lines, every state's line to report child abuse, and national legal help directories. Local services will come from the organizations themselves.
about-vetting-h = How we check listings
about-vetting = We only list government services and nonprofits. Legal help comes only from lawyers and organizations the Department of Justice recognizes. Each fact shows how sure we are:
about-confirmed = we saw it on the agency's own page.
about-secondary = we saw it only on other websites.
about-conflicting = sources say different things, so we show it as being checked.
about-unknown = no source says, so we say we could not confirm it.
about-live = No fact here was checked by calling yet. A fact says so until someone checks it.
about-sources-h = Sources and licences
about-places = ZIP code and county data come from the US Census Bureau (public domain). State shapes come from the us-atlas project (ISC licence).
about-geonames = City data come from GeoNames,

## Why the router recommends each step
route-reason-danger = Someone is in danger now. 911 sends police and emergency services.
route-reason-police-fbi = You asked to report to the police. This is the FBI's tip line. It is law enforcement.
route-reason-police-hsi = You asked to report to the police. This is ICE, which enforces immigration law. It is not a help line.
route-reason-find-county = This state has no single line. They can tell you the county office to call.
route-reason-labor-nhth = For anyone made to work, or working to pay off a debt. Advocates help and can connect you with services.
route-reason-labor-whd = For unpaid wages or unsafe or illegal work by a child. The government checks the workplace.
route-reason-labor-state = Your state's office for child labor complaints.
route-reason-sexual-nhth = For anyone made to do sex acts. Advocates help and can connect you with services.
route-reason-state-line = The line to report child abuse in the child's state.
route-reason-state-line-elsewhere = The same line, for people calling from outside the child's state.
route-reason-sexual-ncmec = To report sexual pictures or videos of a child.
route-reason-online-ncmec = To report a child being exploited online, even about yourself. They can help remove images.
route-reason-online-ncmec-call = The same organization, by phone.
route-reason-abuse-childhelp = To talk with a counselor about abuse. It is not a place to report.
route-reason-lost-orr = The federal line for released children and their sponsors. It is not confidential from the police.
route-reason-legal-list = The government's list of free lawyers near each immigration court.
route-reason-legal-ian = A list of nonprofit immigration legal help, by state.
route-reason-legal-kind = Lawyers for children who came alone. Free help is not promised.
route-reason-legal-court = To check the next court date with the 9-digit A-number.
route-reason-shelter-211 = 211 connects you with local housing and shelter.
route-reason-shelter-nrs = For young people who left home or have no safe place to stay.
route-reason-talk-988 = To talk or text with a counselor any time.
route-reason-talk-ctl = To text with a counselor.

## The router's page
yes = Yes
no = No
help-title = Who should I contact?
help-heading = Who should I contact?
help-first = Answer a few questions. We show one first step and other options, and what each one does. Nothing you choose is kept.
help-danger = Is someone in danger right now?
help-what = What is happening?
situation-labor = Someone is made to work, is not paid, or works to pay off a debt
situation-sexual = Someone is made to do sex acts
situation-online = Someone is being exploited online
situation-abuse = A child is hurt or not cared for at home
situation-lost-contact = I lost contact with a child who was released
situation-legal = I need a lawyer or have a court date
situation-shelter = I need a safe place to stay
situation-talk = I feel unsafe or I want to talk
help-who = Who are you?
asker-child = I am the young person
asker-sponsor = I am the sponsor or family
asker-community = I am a neighbor, teacher or other professional
help-where = Where is the child now? (ZIP code, city, or state)
help-lang = Language you speak
help-ways = Which ways are safe for you? (choose any)
way-call = Call
way-text = Text message
way-chat = Chat online
way-web = A form on a website
way-in-person = Go in person
help-police = Do you want to report to the police?
help-submit = Show me who to contact
help-choose-situation = Choose what is happening.
help-first-step = Your first step
help-law-enforcement = This is law enforcement. You said you want to report to the police.
help-not-chosen-way = This is not one of the ways you chose.
help-speaks = Staff speak { $language }.
help-does-not-speak = We do not know of staff who speak { $language } here.
help-language-unknown = We could not confirm which languages staff speak.
help-enforcement-h = Which options involve police or immigration?
help-enforcement-none = its sources say it tells neither the police nor immigration.
help-enforcement-maybe = it may tell the police or immigration, or we could not confirm. Read "Who will they tell?" above.
help-wallet = Numbers to keep
help-wallet-hint = Print this page to keep a small card with these numbers. It does not say why.
help-note-no-statewide-line = This state has no single line to report child abuse. The county office takes reports. 211 and Childhelp can find the county number.
help-note-no-place = Tell us the state to see its line to report child abuse.
help-note-no-chosen-way = None of these can be reached the ways you chose. Other ways are shown.
help-note-police = You asked to report to the police, so police lines are included. They are law enforcement.

home-report-router = Answer a few questions to find who to contact
nav-help = Who should I contact?
help-opens-at = Opens { $time }

## Guides and "I speak…" cards
nav-guides = Guides
nav-i-speak = I speak another language
home-rights = Know your rights
home-rights-text = Short guides in plain words: your rights, getting a lawyer, and how to report.
guides-title = Guides
guides-heading = Know your rights
guides-first = Start here if you need help now:
guides-all = All guides
guides-in-english = in English
guide-help-link = Answer a few questions to find the right first call.
guide-not-legal-advice = This guide is general information, not legal advice. A lawyer can tell you what fits your case.
guide-last-reviewed = Last reviewed: { $date }.
guide-in-english-notice = This guide is not in your language yet. Here it is in English.
guide-draft-original = This translation is a draft. Read the original in English.
guide-sources = Sources
guide-first-heading = What to do first
i-speak-title = I speak another language
i-speak-heading = I speak another language
i-speak-first = Find your language. Show the card to the staff at a school, clinic, court or office. It asks for an interpreter.
i-speak-not-a-promise = The card asks for help. It cannot promise that an interpreter will come.
i-speak-request = I speak { $language }. Please, can you get me an interpreter who speaks { $language }?
i-speak-code = Language code: { $code }

## Reporting a problem with a listing
listing-report-problem = Report a problem with this listing
problem-title = Report a problem with this listing
problem-first = Tell us what is wrong. A moderator checks every report before anything changes.
problem-about = Listing: { $name }
problem-back = Back to the listing
problem-what = What is wrong?
problem-wrong-contact = The phone number, text number or website is wrong
problem-wrong-hours = The hours are wrong
problem-closed = It has closed or moved
problem-wrong-language = They do not speak the languages listed
problem-unsafe = Something about it is unsafe or dishonest
problem-other = Something else
problem-details = Tell us more (you can leave this empty)
problem-details-hint = Do not write your name, phone number or address. Faro does not keep who sent this, so we cannot answer you.
problem-submit = Send the report
problem-choose = Choose what is wrong.
problem-too-long = Please write at most { $max } characters.
problem-sent-title = Thank you
problem-sent = We got your report. A moderator will check it. The listing stays as it is until they do.
error-cross_site = This form can only be sent from Faro's own pages. Open the listing on Faro and try again.
error-heading-cross-site = This form could not be sent
error-rate_limited = Many reports came from your connection in a short time. Please wait a few minutes and try again.
error-heading-rate-limited = Please wait a few minutes
error-too_large = What was sent is too long for Faro to read. Please send less and try again.
error-heading-too-large = Too much at once
error-timed_out = The request took too long to arrive, so Faro stopped waiting. Please try again.
error-heading-timed-out = That took too long

## Text messages and calls (/phone/sms, /phone/voice). Replies stay on the phone, so they
## never repeat what the person said is happening.
sms-menu = Faro: send a ZIP code or city and one word: WORK, LAWYER, SHELTER, TALK, ONLINE, FAMILY. Languages: ESPAÑOL, PORTUGUÊS, KREYÒL, FRANÇAIS. In danger now? Call 911.
sms-near = Near { $place }.
sms-place-unknown = We did not find "{ $place }". These lines serve everyone; send a ZIP code for local ones.
sms-no-place = Send a ZIP code for lines in your state.
sms-default-situation = You did not say what is happening, so these are general help lines.
sms-footer = MORE: more options. HELP: menu.
sms-no-more = No more options. HELP: menu.
sms-started = Faro: you will get replies again. HELP: menu.
sms-why-danger = Sends police and emergency services.
sms-why-police-fbi = Federal police tip line.
sms-why-police-hsi = Immigration enforcement (ICE). Not a help line.
sms-why-find-county = Can tell you which county office to call.
sms-why-labor-nhth = Advocates listen and connect you with help.
sms-why-labor-whd = Government office for pay and safe work.
sms-why-labor-state = State office for work complaints.
sms-why-sexual-nhth = Advocates listen and connect you with help.
sms-why-state-line = Your state's child protection line.
sms-why-state-line-elsewhere = The same line, from outside the state.
sms-why-sexual-ncmec = Takes reports about images online.
sms-why-online-ncmec = Takes reports about images online and can help remove them.
sms-why-online-ncmec-call = The same organization, by phone.
sms-why-abuse-childhelp = Counselors to talk with. Not for reports.
sms-why-lost-orr = Federal line for released children and sponsors. Not confidential from police.
sms-why-legal-list = Government list of free lawyers.
sms-why-legal-ian = Nonprofit legal help by state.
sms-why-legal-kind = Lawyers for children who came alone. Free help is not promised.
sms-why-legal-court = Court dates, with your A-number.
sms-why-shelter-211 = Local housing and shelter.
sms-why-shelter-nrs = For young people with no safe place to stay.
sms-why-talk-988 = Talk or text with a counselor any time.
sms-why-talk-ctl = Text with a counselor.
voice-choose-language = For English, press 1.
voice-situation-menu = If someone is in danger right now, press 1. If someone is made to work, or is not paid, press 2. For sexual exploitation, press 3. For something online, press 4. For abuse at home, press 5. If you lost contact with a child, press 6. For a lawyer or a court date, press 7. For a safe place to stay, press 8. To talk with someone, press 9.
voice-danger = Hang up now and dial 9 1 1. Faro cannot call 911 for you.
voice-zip = Enter the child's five digit ZIP code. Or press the pound key to skip.
voice-first = Your first call: { $name }. { $why }
voice-next = Another option: { $name }. { $why }
voice-number = The number is { $number }.
voice-connect = To be connected now, press 1. To hear it again, press 2. For another option, press 3.
voice-no-more = There are no more options. Goodbye.
voice-not-understood = Sorry, we did not understand.
voice-connecting = Connecting you now.
problem-not-help = This form is not a way to get help. If you need help, contact one of these:
listing-on-hold = This listing is being checked and is not shown for now. If you need help now, contact one of these:
listing-channel-on-hold = Some ways to reach this service are being checked and are not shown for now.

## Asking to be listed
nav-ask-to-be-listed = Ask to be listed
listed-title = Ask to be listed
listed-first = Is your organization a nonprofit or government service that helps migrant children or their families? Ask to be listed. A moderator checks every request before anything is published.
listed-rules = Faro lists only government services and nonprofits; legal help only from attorneys or DOJ-recognized organizations. Write only your organization's public contact, not anyone's personal number.
listed-organization = Organization name
listed-website = Website (https://…)
listed-services = What you offer, where, and in which languages
listed-contact = Public contact (phone, e-mail or web page)
listed-contact-hint = The contact the public may use. It will be shown if the listing is published.
listed-sources = Pages that show what you do (one address per line)
listed-sources-hint = The moderator opens each one to check the facts.
listed-submit = Send the request
listed-sent = Thank you. A moderator will check your request and write to your public contact.
listed-error-organization = Give the organization's name.
listed-error-website = Give the website, starting with https://.
listed-error-services = Say what you offer.
listed-error-contact = Give a public contact.
listed-error-sources = Give at least one page that shows what you do, each starting with https://.
