error-invalid_parameter = El valor de «{ $parameter }» no es válido: { $detail }
error-unknown_place = No conocemos el lugar «{ $input }». Pruebe un código postal de 5 dígitos, una ciudad y estado como «Houston, TX», o un estado.
error-ambiguous_place = Hay más de un lugar llamado «{ $input }». Elija uno.
error-unknown_need = «{ $need }» no es una de las necesidades que Faro conoce.
error-unknown_language = «{ $language }» no es un código de idioma que Faro conozca. Use un código ISO 639-3 de 3 letras, como «spa».
error-not_found = No pudimos encontrar eso.
error-not_ready = Faro se está iniciando. Inténtelo de nuevo en un momento.
error-read_only = No se puede llegar a la base de datos de Faro en este momento: no se puede guardar ni leer nada en ella hasta que vuelva. La búsqueda y las líneas de ayuda siguen funcionando. Inténtelo de nuevo en unos minutos.
error-internal = Algo salió mal de nuestro lado. No guardamos nada de lo que envió. Inténtelo de nuevo.

## Every page
skip-to-content = Ir al contenido principal
quick-exit = Salir de este sitio ahora
quick-exit-hint = O presione la tecla Mayús tres veces.
nav-languages = Idiomas
nav-footer = Más
nav-search = Buscar ayuda
nav-safety = Cómo usar este sitio con seguridad
nav-about = Sobre Faro
draft-notice = Esta traducción es un borrador. Todavía no la revisó una persona que hable bien el idioma. Las frases importantes también muestran el inglés.
draft-tag = traducción en borrador
footer-emergency = Si alguien está en peligro ahora mismo, llame al 911.

## Errors as pages
error-heading-invalid-parameter = Algo del formulario no estaba bien
error-heading-unknown-place = No conocemos ese lugar
error-heading-ambiguous-place = ¿Qué lugar quiere decir?
error-heading-unknown-need = No conocemos ese tipo de ayuda
error-heading-unknown-language = No conocemos ese idioma
error-heading-not-found = No encontramos esta página
error-heading-not-ready = Faro se está iniciando
error-heading-read-only = La base de datos no responde
error-heading-internal = Algo salió mal
error-next-search = Buscar ayuda
error-next-home = Ir a la primera página

## Home
home-title = Ayuda gratis para jóvenes y familias
home-heading = Ayuda gratis, en su idioma
home-first = Elija lo que necesita. No tiene que dar su nombre. Faro no guarda lo que usted busca.
home-danger = Alguien está en peligro ahora
call-911 = Llame al 911
home-911-sends = El 911 envía a la policía y a los servicios de emergencia.
home-danger-then = Si no puede llamar al 911, o si obligan a alguien a trabajar o a tener sexo, también puede contactar:
home-find = Buscar ayuda cerca de mí
home-find-more = Elegir el tipo de ayuda y su idioma
home-report = Reportar algo que me preocupa
home-report-first = Díganos dónde vive el niño ahora. Le mostraremos la línea de ese estado y lo que pasa cuando llama.
home-report-place = ¿Dónde vive el niño?
home-report-submit = Ver dónde reportar

## Search
search-title = Buscar ayuda
search-heading = Buscar ayuda gratis
search-first = Elija lo que necesita y dónde vive el niño. Todos los campos son opcionales.
field-need = ¿Qué necesita?
field-need-any = Cualquier tipo de ayuda
field-place = ¿Dónde? (código postal, ciudad o estado)
field-place-hint = Por ejemplo: 77002, Houston, TX o Texas.
field-lang = Personal que habla
field-lang-any = Cualquier idioma
field-q = Palabras para buscar (opcional)
search-submit = Buscar
place-choose = Elija uno:
results-count = { $count ->
    [0] No encontramos servicios
    [one] Encontramos un servicio
   *[other] Encontramos { $count } servicios
}
results-near = para { $place }
map-label = Mapa de los lugares que puede visitar
map-caption = Los números son los de la lista. Los lugares que mantienen su dirección en privado no están en el mapa.
no-results = No encontramos nada con esta búsqueda. Pruebe con menos palabras u otro tipo de ayuda.
no-results-lines = Estas líneas ayudan a cualquier persona, en cualquier parte de Estados Unidos:
pages = Páginas de resultados
share-button = Crear un enlace a estos resultados
share-warning = Un enlace guarda su búsqueda en el historial del navegador. Créelo solo si es seguro.
share-label = Enlace a estos resultados
why-listed = Por qué aparece:
enforcement-warning = Esto es la policía. Es parte de la autoridad de inmigración (ICE). No es una línea de ayuda.
languages = Idiomas:

reason-matches-words = coincide con sus palabras
reason-meets-need = da la ayuda que eligió
reason-serves-nationwide = atiende en todo el país
reason-serves-your-state = atiende en su estado
reason-serves-your-county = atiende en su condado
reason-serves-your-area = atiende en su zona
reason-state-reporting-line = la línea de su estado para reportar abuso infantil
reason-speaks-your-language = el personal habla su idioma
reason-offers-interpretation = ofrece intérpretes
reason-near-you = cerca de usted
reason-open-now = abierto ahora

distance-km = a { $km } km
distance-within-10 = a menos de 10 km
distance-within-25 = a menos de 25 km
distance-within-50 = a menos de 50 km
distance-within-100 = a menos de 100 km
distance-over-100 = a más de 100 km

open-now-yes = Abierto ahora
open-now-no = Cerrado ahora
open-now-unknown = ¿Abierto ahora? No pudimos confirmarlo
cost-free = Gratis
cost-fee = Puede costar dinero
cost-unknown = Costo: no pudimos confirmarlo

channel-voice = Llamar
channel-sms = Mensaje de texto
channel-chat = Chat
channel-web-form = En línea
channel-email = Correo
channel-walk-in = Visitar
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = Envíe { $keyword } al

hours-always = Abierto las 24 horas, todos los días
hours-unknown = Horario: no pudimos confirmarlo
hours-your-time = su hora local
day-mon = lun
day-tue = mar
day-wed = mié
day-thu = jue
day-fri = vie
day-sat = sáb
day-sun = dom
languages-unknown = no pudimos confirmarlo

## Who will they tell (about a call concerning a child under 18)
tells-police-never = No le avisan a la policía.
tells-police-with-consent = Le avisan a la policía solo si usted está de acuerdo.
tells-police-when-required = Pueden avisar a la policía cuando la ley lo exige, por ejemplo si están lastimando a un niño.
tells-police-always = Le avisan a la policía.
tells-police-unknown = Policía: no pudimos confirmar si le avisan a la policía.
tells-cps-never = No le avisan a los servicios de protección infantil.
tells-cps-with-consent = Le avisan a los servicios de protección infantil solo si usted está de acuerdo.
tells-cps-when-required = Pueden avisar a los servicios de protección infantil cuando la ley lo exige.
tells-cps-always = Son los servicios de protección infantil, o siempre les avisan.
tells-cps-unknown = Protección infantil: no pudimos confirmar si les avisan.
tells-immigration-never = No le avisan a los agentes de inmigración.
tells-immigration-with-consent = Le avisan a los agentes de inmigración solo si usted está de acuerdo.
tells-immigration-when-required = Pueden avisar a los agentes de inmigración cuando la ley lo exige.
tells-immigration-always = Los agentes de inmigración pueden recibir lo que usted diga.
tells-immigration-unknown = Inmigración: no pudimos confirmar si le avisan a los agentes de inmigración.
anonymous-yes = No tiene que dar su nombre.
anonymous-no = Le piden su nombre.
anonymous-unknown = No pudimos confirmar si puede quedar anónimo.

## How sure we are
status-confirmed = Confirmado en la página de la agencia
status-secondary = Visto solo en otros sitios web
status-conflicting = Las fuentes no coinciden: lo estamos revisando
status-unknown = No pudimos confirmarlo
source-undated = La fuente no tiene fecha
source-dated = Fuente con fecha { $date }
live-checked = Revisado en la página actual o por teléfono el { $date }.
not-live-checked = Todavía no se revisó en la página actual.

## Listing
no-statewide-line = Este estado no tiene una sola línea para todo el estado. Se reporta a la oficina del condado o a la policía.
for-whom = Para quién
ages = edades { $ages }
where = Dónde
cost = Costo
ways-to-reach = Cómo contactarlos
hours = Horario
what-happens = Qué pasa cuando los contacta
we-could-not-confirm = No pudimos confirmarlo.
who-will-they-tell = ¿A quién le avisan?
places = Lugares
address-confidential = la dirección es privada para proteger a las personas
not-legal-advice = Esto es información, no consejo legal.
audience-child = jóvenes
audience-sponsor = patrocinadores y familias
audience-community = vecinos, maestros y otras personas
audience-professional = profesionales
area-national = Todo Estados Unidos
area-states = { $states }
area-counties = { $counties }
area-radius = A menos de { $km } km de su oficina
area-polygon = Una zona local
area-unknown = No pudimos confirmar dónde atienden
services = Servicios
sources = Fuentes
sources-explained = Cada dato de Faro viene de una de estas páginas. Nada se revisó llamando por teléfono.

## Safety
safety-title = Cómo usar este sitio con seguridad
safety-first = Si alguien puede ver su pantalla, use el botón rojo «Salir de este sitio ahora» de arriba. Abre un sitio del clima.
safety-leave-h = Salir rápido
safety-leave = Presione el botón rojo, o presione la tecla Mayús tres veces. Para cerrar la ventana, presione Alt y F4 (Windows) o Mayús, Comando y W (Mac).
safety-leave-limits = El botón no borra su historial del navegador. Solo ayuda si alguien entra de repente.
safety-history-h = Su historial del navegador
safety-history = Su navegador recuerda las páginas que visita. Nuestro formulario de búsqueda no pone su búsqueda en la dirección de la página, pero las páginas que abre quedan en el historial. Puede borrar el historial en la configuración del navegador. Borrarlo también puede hacer que alguien sospeche.
safety-private = Una ventana privada o de incógnito no guarda el historial cuando la cierra.
safety-device = Si alguien puede vigilar su teléfono o computadora, use otro: en una biblioteca, la escuela o la casa de un amigo.
safety-keeps-h = Lo que guarda Faro
safety-keeps = Faro no guarda nada de sus búsquedas. No usamos cookies en estas páginas. Nuestro registro solo guarda qué página se abrió, si funcionó y cuánto tardó. No guarda lo que escribió, su lugar ni su dirección IP.
safety-others-h = Lo que otros pueden guardar
safety-others-browser = Su navegador guarda las páginas que visitó.
safety-others-phone = Si envía mensajes a una línea de ayuda, los mensajes quedan en su teléfono.
safety-others-carrier = Su compañía de teléfono puede guardar un registro de llamadas y mensajes.
safety-others-proxy = La red de una escuela o de un trabajo puede ver qué sitios visita.
safety-others-lines = Cada línea de ayuda tiene sus propias reglas. Cada ficha dice a quién pueden avisar.

## About
about-title = Sobre Faro
about-first = Faro ayuda a los niños que salieron de la custodia de inmigración, a sus familias y a las personas que los rodean a encontrar ayuda gratis y la línea correcta para llamar.
about-covers-h = Qué hay en el directorio
about-covers = { $count ->
    [one] Hay una organización.
   *[other] Hay { $count } organizaciones.
} Líneas de ayuda nacionales, la línea de cada estado para reportar abuso infantil y directorios nacionales de ayuda legal. Los servicios locales vendrán de las propias organizaciones.
about-vetting-h = Cómo revisamos las fichas
about-vetting = Solo mostramos servicios del gobierno y organizaciones sin fines de lucro. La ayuda legal viene solo de abogados y de organizaciones reconocidas por el Departamento de Justicia. Cada dato muestra qué tan seguros estamos:
about-confirmed = lo vimos en la página de la agencia.
about-secondary = lo vimos solo en otros sitios web.
about-conflicting = las fuentes dicen cosas distintas, así que lo mostramos como en revisión.
about-unknown = ninguna fuente lo dice, así que decimos que no pudimos confirmarlo.
about-live = Todavía no se revisó ningún dato llamando por teléfono. Cada dato lo dice hasta que alguien lo revise.
about-sources-h = Fuentes y licencias
about-places = Los datos de códigos postales y condados vienen de la Oficina del Censo de EE. UU. (dominio público). Las formas de los estados vienen del proyecto us-atlas (licencia ISC).
about-geonames = Los datos de ciudades vienen de GeoNames,

## Why the router recommends each step
route-reason-danger = Alguien está en peligro ahora. El 911 envía a la policía y a los servicios de emergencia.
route-reason-police-fbi = Usted pidió reportar a la policía. Esta es la línea de denuncias del FBI. Es la policía.
route-reason-police-hsi = Usted pidió reportar a la policía. Esto es ICE, que aplica las leyes de inmigración. No es una línea de ayuda.
route-reason-find-county = Este estado no tiene una sola línea. Ellos le pueden decir a qué oficina del condado llamar.
route-reason-labor-nhth = Para cualquier persona obligada a trabajar, o que trabaja para pagar una deuda. Le ayudan y le conectan con servicios.
route-reason-labor-whd = Por salarios no pagados o trabajo peligroso o ilegal de un niño. El gobierno revisa el lugar de trabajo.
route-reason-labor-state = La oficina de su estado para quejas de trabajo infantil.
route-reason-sexual-nhth = Para cualquier persona obligada a tener sexo. Le ayudan y le conectan con servicios.
route-reason-state-line = La línea para reportar abuso infantil en el estado del niño.
route-reason-state-line-elsewhere = La misma línea, para quien llama desde fuera del estado del niño.
route-reason-sexual-ncmec = Para reportar fotos o videos sexuales de un niño.
route-reason-online-ncmec = Para reportar que explotan a un niño en internet, también si es usted. Pueden ayudar a quitar imágenes.
route-reason-online-ncmec-call = La misma organización, por teléfono.
route-reason-abuse-childhelp = Para hablar con un consejero sobre abuso. No es un lugar para reportar.
route-reason-lost-orr = La línea federal para niños liberados y sus patrocinadores. No es confidencial ante la policía.
route-reason-legal-list = La lista del gobierno de abogados gratis cerca de cada corte de inmigración.
route-reason-legal-ian = Una lista de ayuda legal de inmigración sin fines de lucro, por estado.
route-reason-legal-kind = Abogados para niños que llegaron solos. No se promete ayuda gratis.
route-reason-legal-court = Para saber la próxima fecha de corte con el número A de 9 dígitos.
route-reason-shelter-211 = El 211 le conecta con vivienda y albergues locales.
route-reason-shelter-nrs = Para jóvenes que se fueron de casa o no tienen un lugar seguro.
route-reason-talk-988 = Para hablar o escribir con un consejero a cualquier hora.
route-reason-talk-ctl = Para escribir por mensaje de texto con un consejero.

## The router's page
yes = Sí
no = No
help-title = ¿A quién debo contactar?
help-heading = ¿A quién debo contactar?
help-first = Responda unas preguntas. Le mostramos un primer paso y otras opciones, y lo que hace cada una. No guardamos nada de lo que elija.
help-danger = ¿Alguien está en peligro ahora mismo?
help-what = ¿Qué está pasando?
situation-labor = Obligan a alguien a trabajar, no le pagan o trabaja para pagar una deuda
situation-sexual = Obligan a alguien a tener sexo
situation-online = Están explotando a alguien en internet
situation-abuse = Lastiman o no cuidan a un niño en su casa
situation-lost-contact = Perdí contacto con un niño que fue liberado
situation-legal = Necesito un abogado o tengo una fecha de corte
situation-shelter = Necesito un lugar seguro para quedarme
situation-talk = No me siento seguro o quiero hablar
help-who = ¿Quién es usted?
asker-child = Soy el joven
asker-sponsor = Soy el patrocinador o la familia
asker-community = Soy vecino, maestro u otro profesional
help-where = ¿Dónde está el niño ahora? (código postal, ciudad o estado)
help-lang = Idioma que usted habla
help-ways = ¿Qué formas son seguras para usted? (elija las que quiera)
way-call = Llamar
way-text = Mensaje de texto
way-chat = Chat en internet
way-web = Un formulario en un sitio web
way-in-person = Ir en persona
help-police = ¿Quiere reportar a la policía?
help-submit = Mostrarme a quién contactar
help-choose-situation = Elija qué está pasando.
help-first-step = Su primer paso
help-law-enforcement = Esto es la policía. Usted dijo que quiere reportar a la policía.
help-not-chosen-way = Esta no es una de las formas que eligió.
help-speaks = El personal habla { $language }.
help-does-not-speak = No sabemos de personal que hable { $language } aquí.
help-language-unknown = No pudimos confirmar qué idiomas habla el personal.
help-enforcement-h = ¿Qué opciones involucran a la policía o a inmigración?
help-enforcement-none = sus fuentes dicen que no avisa ni a la policía ni a inmigración.
help-enforcement-maybe = puede avisar a la policía o a inmigración, o no pudimos confirmarlo. Lea «¿A quién le avisan?» arriba.
help-wallet = Números para guardar
help-wallet-hint = Imprima esta página para guardar una tarjeta pequeña con estos números. No dice por qué.
help-note-no-statewide-line = Este estado no tiene una sola línea para reportar abuso infantil. La oficina del condado recibe los reportes. El 211 y Childhelp pueden encontrar el número del condado.
help-note-no-place = Díganos el estado para ver su línea para reportar abuso infantil.
help-note-no-chosen-way = No se puede contactar a ninguno de estos de las formas que eligió. Mostramos otras formas.
help-note-police = Usted pidió reportar a la policía, así que incluimos líneas de la policía. Son la policía.

home-report-router = Responda unas preguntas para saber a quién contactar
nav-help = ¿A quién debo contactar?
help-opens-at = Abre el { $time }

## Guías y tarjetas «Hablo…»
nav-guides = Guías
nav-i-speak = Hablo otro idioma
home-rights = Conoce tus derechos
home-rights-text = Guías cortas en palabras sencillas: tus derechos, cómo conseguir un abogado y cómo denunciar.
guides-title = Guías
guides-heading = Conoce tus derechos
guides-first = Empieza aquí si necesitas ayuda ahora:
guides-all = Todas las guías
guides-in-english = en inglés
guide-help-link = Responde unas preguntas para encontrar la primera llamada correcta.
guide-not-legal-advice = Esta guía es información general, no es asesoría legal. Un abogado puede decirte qué aplica a tu caso.
guide-last-reviewed = Última revisión: { $date }.
guide-in-english-notice = Esta guía todavía no está en tu idioma. Aquí está en inglés.
guide-draft-original = Esta traducción es un borrador. Lee el original en inglés.
guide-sources = Fuentes
guide-first-heading = Qué hacer primero
i-speak-title = Hablo otro idioma
i-speak-heading = Hablo otro idioma
i-speak-first = Busca tu idioma. Muestra la tarjeta al personal de una escuela, clínica, corte u oficina. La tarjeta pide un intérprete.
i-speak-not-a-promise = La tarjeta pide ayuda. No puede prometer que vendrá un intérprete.
i-speak-request = Hablo { $language }. Por favor, ¿me pueden conseguir un intérprete que hable { $language }?
i-speak-code = Código del idioma: { $code }

## Reportar un problema con un servicio
listing-report-problem = Reportar un problema con este servicio
problem-title = Reportar un problema con este servicio
problem-first = Dinos qué está mal. Una persona moderadora revisa cada reporte antes de cambiar algo.
problem-about = Servicio: { $name }
problem-back = Volver al servicio
problem-what = ¿Qué está mal?
problem-wrong-contact = El número de teléfono, el número para mensajes o la página web están mal
problem-wrong-hours = El horario está mal
problem-closed = Cerró o se mudó
problem-wrong-language = No hablan los idiomas que dice aquí
problem-unsafe = Algo no es seguro o no es honesto
problem-other = Otra cosa
problem-details = Cuéntanos más (puedes dejarlo vacío)
problem-details-hint = No escribas tu nombre, tu teléfono ni tu dirección. Faro no guarda quién envía esto, así que no podemos responderte.
problem-submit = Enviar el reporte
problem-choose = Elige qué está mal.
problem-too-long = Escribe como máximo { $max } caracteres.
problem-sent-title = Gracias
problem-sent = Recibimos tu reporte. Una persona moderadora lo revisará. El servicio sigue igual hasta entonces.
error-cross_site = Este formulario solo se puede enviar desde las páginas de Faro. Abre el servicio en Faro e inténtalo otra vez.
error-heading-cross-site = No se pudo enviar el formulario
error-rate_limited = Llegaron muchos reportes desde tu conexión en poco tiempo. Espera unos minutos e inténtalo otra vez.
error-heading-rate-limited = Espera unos minutos
error-too_large = Lo que se envió es demasiado largo para que Faro lo lea. Envíe menos e inténtelo de nuevo.
error-heading-too-large = Demasiado a la vez
error-timed_out = La solicitud tardó demasiado en llegar y Faro dejó de esperar. Inténtelo de nuevo.
error-heading-timed-out = Tardó demasiado

## Mensajes de texto y llamadas (/phone/sms, /phone/voice). Las respuestas quedan en el
## teléfono, así que nunca repiten lo que la persona dijo que pasa.
sms-menu = Faro: envía tu código postal o ciudad y una palabra: TRABAJO, ABOGADO, REFUGIO, HABLAR, INTERNET, FAMILIA. Idiomas: ENGLISH, PORTUGUÊS, KREYÒL, FRANÇAIS. ¿Peligro ahora? Llama al 911.
sms-near = Cerca de { $place }.
sms-place-unknown = No encontramos "{ $place }". Estas líneas atienden a todos; envía tu código postal para ver las locales.
sms-no-place = Envía tu código postal para ver las líneas de tu estado.
sms-default-situation = No dijiste qué pasa, así que estas son líneas de ayuda generales.
sms-footer = MAS: más opciones. AYUDA: menú.
sms-no-more = No hay más opciones. AYUDA: menú.
sms-started = Faro: volverás a recibir respuestas. AYUDA: menú.
sms-why-danger = Envía a la policía y a los servicios de emergencia.
sms-why-police-fbi = Línea de denuncias de la policía federal.
sms-why-police-hsi = Control de inmigración (ICE). No es una línea de ayuda.
sms-why-find-county = Te dicen a qué oficina del condado llamar.
sms-why-labor-nhth = Personas que escuchan y te conectan con ayuda.
sms-why-labor-whd = Oficina del gobierno sobre pagos y trabajo seguro.
sms-why-labor-state = Oficina del estado para quejas de trabajo.
sms-why-sexual-nhth = Personas que escuchan y te conectan con ayuda.
sms-why-state-line = La línea de protección infantil de tu estado.
sms-why-state-line-elsewhere = La misma línea, desde fuera del estado.
sms-why-sexual-ncmec = Recibe reportes sobre imágenes en internet.
sms-why-online-ncmec = Recibe reportes sobre imágenes en internet y puede ayudar a quitarlas.
sms-why-online-ncmec-call = La misma organización, por teléfono.
sms-why-abuse-childhelp = Consejeros para hablar. No recibe reportes.
sms-why-lost-orr = Línea federal para niños liberados y patrocinadores. No es confidencial ante la policía.
sms-why-legal-list = Lista del gobierno de abogados gratuitos.
sms-why-legal-ian = Ayuda legal sin fines de lucro, por estado.
sms-why-legal-kind = Abogados para niños que llegaron solos. No se promete ayuda gratis.
sms-why-legal-court = Fechas de corte, con tu número A.
sms-why-shelter-211 = Vivienda y refugio en tu zona.
sms-why-shelter-nrs = Para jóvenes sin un lugar seguro donde quedarse.
sms-why-talk-988 = Habla o escribe con un consejero a cualquier hora.
sms-why-talk-ctl = Escribe con un consejero.
voice-choose-language = Para español, oprima 2.
voice-situation-menu = Si alguien está en peligro ahora, oprima 1. Si obligan a alguien a trabajar, o no le pagan, oprima 2. Para explotación sexual, oprima 3. Para algo en internet, oprima 4. Para abuso en casa, oprima 5. Si perdió contacto con un niño, oprima 6. Para un abogado o una fecha de corte, oprima 7. Para un lugar seguro donde quedarse, oprima 8. Para hablar con alguien, oprima 9.
voice-danger = Cuelgue ahora y marque 9 1 1. Faro no puede llamar al 911 por usted.
voice-zip = Marque el código postal de cinco dígitos del niño. O oprima la tecla de número para saltar.
voice-first = Su primera llamada: { $name }. { $why }
voice-next = Otra opción: { $name }. { $why }
voice-number = El número es { $number }.
voice-connect = Para conectarse ahora, oprima 1. Para escucharlo otra vez, oprima 2. Para otra opción, oprima 3.
voice-no-more = No hay más opciones. Adiós.
voice-not-understood = Perdón, no entendimos.
voice-connecting = Le estamos conectando.
problem-not-help = Este formulario no es una forma de pedir ayuda. Si necesitas ayuda, comunícate con uno de estos:
listing-on-hold = Estamos revisando este servicio y por ahora no se muestra. Si necesitas ayuda ahora, comunícate con uno de estos:
listing-channel-on-hold = Estamos revisando algunas formas de contactar este servicio y por ahora no se muestran.

## Pedir aparecer en Faro
nav-ask-to-be-listed = Pedir aparecer en Faro
listed-title = Pedir aparecer en Faro
listed-first = ¿Tu organización es una organización sin fines de lucro o un servicio del gobierno que ayuda a niños migrantes o a sus familias? Pide aparecer en Faro. Una persona moderadora revisa cada pedido antes de publicar algo.
listed-rules = Faro muestra solo servicios del gobierno y organizaciones sin fines de lucro; ayuda legal solo de abogados u organizaciones reconocidas por el Departamento de Justicia. Escribe solo el contacto público de tu organización, no el número personal de nadie.
listed-organization = Nombre de la organización
listed-website = Sitio web (https://…)
listed-services = Qué ofrecen, dónde y en qué idiomas
listed-contact = Contacto público (teléfono, correo o página web)
listed-contact-hint = El contacto que puede usar el público. Se mostrará si se publica el servicio.
listed-sources = Páginas que muestran lo que hacen (una dirección por línea)
listed-sources-hint = La persona moderadora abre cada una para revisar los datos.
listed-submit = Enviar el pedido
listed-sent = Gracias. Una persona moderadora revisará tu pedido y escribirá a tu contacto público.
listed-error-organization = Escribe el nombre de la organización.
listed-error-website = Escribe el sitio web, empezando con https://.
listed-error-services = Di qué ofrecen.
listed-error-contact = Escribe un contacto público.
listed-error-sources = Escribe al menos una página que muestre lo que hacen, cada una empezando con https://.
