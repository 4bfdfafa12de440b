error-invalid_parameter = O valor de “{ $parameter }” não é válido: { $detail }
error-unknown_place = Não conhecemos o lugar “{ $input }”. Tente um código ZIP de 5 dígitos, uma cidade e estado como “Houston, TX”, ou um estado.
error-ambiguous_place = Há mais de um lugar chamado “{ $input }”. Escolha um deles.
error-unknown_need = “{ $need }” não é uma das necessidades que o Faro conhece.
error-unknown_language = “{ $language }” não é um código de idioma que o Faro conhece. Use um código ISO 639-3 de 3 letras, como “spa”.
error-not_found = Não conseguimos encontrar isso.
error-not_ready = O Faro está iniciando. Tente de novo daqui a pouco.
error-read_only = Não é possível acessar o banco de dados do Faro agora: nada pode ser salvo nem lido nele até que volte. A busca e as linhas de ajuda continuam funcionando. Tente de novo daqui a alguns minutos.
error-internal = Algo deu errado do nosso lado. Nada do que você enviou foi guardado. Tente de novo, por favor.

## Every page
skip-to-content = Ir para o conteúdo principal
quick-exit = Sair deste site agora
quick-exit-hint = Ou aperte a tecla Shift três vezes.
nav-languages = Idiomas
nav-footer = Mais
nav-search = Encontrar ajuda
nav-safety = Como usar este site com segurança
nav-about = Sobre o Faro
draft-notice = Esta tradução é um rascunho. Uma pessoa fluente ainda não a revisou. As frases importantes também aparecem em inglês.
draft-tag = tradução em rascunho
footer-emergency = Se alguém está em perigo agora, ligue para o 911.

## Errors as pages
error-heading-invalid-parameter = Algo no formulário não estava certo
error-heading-unknown-place = Não conhecemos esse lugar
error-heading-ambiguous-place = Qual lugar você quer dizer?
error-heading-unknown-need = Não conhecemos esse tipo de ajuda
error-heading-unknown-language = Não conhecemos esse idioma
error-heading-not-found = Não conseguimos encontrar esta página
error-heading-not-ready = O Faro está iniciando
error-heading-read-only = O banco de dados não responde
error-heading-internal = Algo deu errado
error-next-search = Buscar ajuda
error-next-home = Ir para a primeira página

## Home
home-title = Ajuda gratuita para jovens e famílias
home-heading = Ajuda gratuita, no seu idioma
home-first = Escolha o que você precisa. Você não precisa dar seu nome. O Faro não guarda o que você busca.
home-danger = Alguém está em perigo agora
call-911 = Ligue para o 911
home-911-sends = O 911 envia a polícia e os serviços de emergência.
home-danger-then = Se você não pode ligar para o 911, ou se alguém é obrigado a trabalhar ou a fazer atos sexuais, você também pode entrar em contato com:
home-find = Encontrar ajuda perto de mim
home-find-more = Escolha o tipo de ajuda e o seu idioma
home-report = Denunciar algo que me preocupa
home-report-first = Diga onde a criança mora agora. Vamos mostrar a linha desse estado e o que acontece quando você liga.
home-report-place = Onde a criança mora?
home-report-submit = Ver onde denunciar

## Search
search-title = Encontrar ajuda
search-heading = Encontrar ajuda gratuita
search-first = Escolha o que você precisa e onde a criança mora. Todos os campos são opcionais.
field-need = Do que você precisa?
field-need-any = Qualquer tipo de ajuda
field-place = Onde? (código ZIP, cidade ou estado)
field-place-hint = Por exemplo: 77002, Houston, TX ou Texas.
field-lang = Equipe que fala
field-lang-any = Qualquer idioma
field-q = Palavras para buscar (opcional)
search-submit = Buscar
place-choose = Escolha um:
results-count = { $count ->
    [0] Nenhum serviço encontrado
    [one] Um serviço encontrado
   *[other] { $count } serviços encontrados
}
results-near = para { $place }
map-label = Mapa dos lugares que você pode visitar
map-caption = Os números correspondem à lista abaixo. Lugares que mantêm o endereço privado não aparecem no mapa.
no-results = Não encontramos nada nesta busca. Tente menos palavras ou outro tipo de ajuda.
no-results-lines = Estas linhas ajudam qualquer pessoa, em qualquer lugar dos Estados Unidos:
pages = Páginas de resultados
share-button = Criar um link para estes resultados
share-warning = Um link guarda a sua busca no histórico do navegador. Só crie um se isso for seguro.
share-label = Link para estes resultados
why-listed = Por que está aqui:
enforcement-warning = Isto é um órgão policial. Faz parte da fiscalização de imigração (ICE). Não é uma linha de ajuda.
languages = Idiomas:

reason-matches-words = corresponde às suas palavras
reason-meets-need = oferece a ajuda que você escolheu
reason-serves-nationwide = atende o país todo
reason-serves-your-state = atende o seu estado
reason-serves-your-county = atende o seu condado
reason-serves-your-area = atende a sua região
reason-state-reporting-line = a linha do seu estado para denunciar abuso infantil
reason-speaks-your-language = a equipe fala o seu idioma
reason-offers-interpretation = oferece intérpretes
reason-near-you = perto de você
reason-open-now = aberto agora

distance-km = a { $km } km
distance-within-10 = a menos de 10 km
distance-within-25 = a menos de 25 km
distance-within-50 = a menos de 50 km
distance-within-100 = a menos de 100 km
distance-over-100 = a mais de 100 km

open-now-yes = Aberto agora
open-now-no = Fechado agora
open-now-unknown = Aberto agora? Não conseguimos confirmar
cost-free = Gratuito
cost-fee = Pode custar dinheiro
cost-unknown = Custo: não conseguimos confirmar

channel-voice = Ligar
channel-sms = Mensagem de texto
channel-chat = Chat
channel-web-form = Pela internet
channel-email = E-mail
channel-walk-in = Visitar
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = Envie { $keyword } por mensagem para

hours-always = Aberto 24 horas, todos os dias
hours-unknown = Horário: não conseguimos confirmar
hours-your-time = seu horário local
day-mon = seg
day-tue = ter
day-wed = qua
day-thu = qui
day-fri = sex
day-sat = sáb
day-sun = dom
languages-unknown = não conseguimos confirmar

## Who will they tell (about a call concerning a child under 18)
tells-police-never = Eles não avisam a polícia.
tells-police-with-consent = Eles só avisam a polícia se você concordar.
tells-police-when-required = Eles podem avisar a polícia quando a lei obriga, por exemplo, se uma criança está sendo machucada.
tells-police-always = Eles avisam a polícia.
tells-police-unknown = Polícia: não conseguimos confirmar se eles avisam a polícia.
tells-cps-never = Eles não avisam os serviços de proteção à criança.
tells-cps-with-consent = Eles só avisam os serviços de proteção à criança se você concordar.
tells-cps-when-required = Eles podem avisar os serviços de proteção à criança quando a lei obriga.
tells-cps-always = Eles são os serviços de proteção à criança, ou sempre avisam esses serviços.
tells-cps-unknown = Proteção à criança: não conseguimos confirmar se eles avisam esses serviços.
tells-immigration-never = Eles não avisam os agentes de imigração.
tells-immigration-with-consent = Eles só avisam os agentes de imigração se você concordar.
tells-immigration-when-required = Eles podem avisar os agentes de imigração quando a lei obriga.
tells-immigration-always = Os agentes de imigração podem receber o que você disser.
tells-immigration-unknown = Imigração: não conseguimos confirmar se eles avisam os agentes de imigração.
anonymous-yes = Você não precisa dar seu nome.
anonymous-no = Eles pedem o seu nome.
anonymous-unknown = Não conseguimos confirmar se você pode ficar anônimo.

## How sure we are
status-confirmed = Confirmado na página do próprio órgão
status-secondary = Visto só em outros sites
status-conflicting = As fontes não concordam: estamos verificando
status-unknown = Não conseguimos confirmar isto
source-undated = A fonte não tem data
source-dated = Fonte com data de { $date }
live-checked = Verificado na página atual ou por telefone em { $date }.
not-live-checked = Ainda não foi verificado de novo na página atual.

## Listing
no-statewide-line = Este estado não tem uma única linha para o estado todo. Você denuncia ao escritório do condado ou à polícia.
for-whom = Para quem
ages = idade: { $ages }
where = Onde
cost = Custo
ways-to-reach = Como entrar em contato
hours = Horário
what-happens = O que acontece quando você entra em contato
we-could-not-confirm = Não conseguimos confirmar isto.
who-will-they-tell = Quem eles vão avisar?
places = Lugares
address-confidential = o endereço é privado para proteger as pessoas
not-legal-advice = Isto é informação, não orientação jurídica.
audience-child = jovens
audience-sponsor = patrocinadores e famílias
audience-community = vizinhos, professores e outras pessoas
audience-professional = profissionais
area-national = Todos os Estados Unidos
area-states = { $states }
area-counties = { $counties }
area-radius = Até { $km } km do escritório deles
area-polygon = Uma área local
area-unknown = Não conseguimos confirmar onde atendem
services = Serviços
sources = Fontes
sources-explained = Cada informação do Faro vem de uma destas páginas. Nada foi verificado por telefone.

## Safety
safety-title = Como usar este site com segurança
safety-first = Se alguém pode ver a sua tela, use o botão vermelho “Sair deste site agora” lá em cima. Ele abre um site de previsão do tempo.
safety-leave-h = Sair rápido
safety-leave = Aperte o botão vermelho, ou aperte a tecla Shift três vezes. Para fechar a janela, aperte Alt e F4 (Windows) ou Shift, Command e W (Mac).
safety-leave-limits = O botão não apaga o histórico do navegador. Ele só ajuda se alguém entrar de repente.
safety-history-h = O histórico do seu navegador
safety-history = Seu navegador lembra as páginas que você visita. Nosso formulário de busca não coloca a sua busca no endereço da página, mas as páginas que você abre ficam no histórico. Você pode apagar o histórico nas configurações do navegador. Apagar o histórico também pode deixar alguém desconfiado.
safety-private = Uma janela privada ou anônima não guarda o histórico depois que você a fecha.
safety-device = Se alguém pode vigiar o seu celular ou computador, use outro: numa biblioteca, na escola ou na casa de um amigo.
safety-keeps-h = O que o Faro guarda
safety-keeps = O Faro não guarda nada sobre as suas buscas. Não colocamos cookies nestas páginas. Nosso registro só guarda qual página foi aberta, se funcionou e quanto tempo levou. Ele não guarda o que você digitou, o seu lugar nem o seu endereço IP.
safety-others-h = O que outros podem guardar
safety-others-browser = Seu navegador guarda as páginas que você visitou.
safety-others-phone = Se você mandar mensagem para uma linha de ajuda, as mensagens ficam no seu celular.
safety-others-carrier = A sua operadora de telefone pode guardar um registro de ligações e mensagens.
safety-others-proxy = A rede de uma escola ou de um trabalho pode ver quais sites você visita.
safety-others-lines = Cada linha de ajuda tem as suas próprias regras. Cada ficha diz quem eles podem avisar.

## About
about-title = Sobre o Faro
about-first = O Faro ajuda crianças liberadas da custódia de imigração, suas famílias e as pessoas ao redor delas a encontrar ajuda gratuita e a linha certa para ligar.
about-covers-h = O que há no diretório
about-covers = { $count ->
    [one] { $count } organização está na lista.
   *[other] { $count } organizações estão na lista.
} Linhas de ajuda nacionais, a linha de cada estado para denunciar abuso infantil e diretórios nacionais de ajuda jurídica. Os serviços locais virão das próprias organizações.
about-vetting-h = Como verificamos as fichas
about-vetting = Só listamos serviços do governo e organizações sem fins lucrativos. A ajuda jurídica vem só de advogados e de organizações reconhecidas pelo Departamento de Justiça. Cada informação mostra o quanto temos certeza:
about-confirmed = vimos na página do próprio órgão.
about-secondary = vimos só em outros sites.
about-conflicting = as fontes dizem coisas diferentes, então mostramos como “em verificação”.
about-unknown = nenhuma fonte diz, então dizemos que não conseguimos confirmar.
about-live = Nenhuma informação aqui foi verificada por telefone ainda. Cada informação diz isso até alguém verificar.
about-sources-h = Fontes e licenças
about-places = Os dados de códigos ZIP e condados vêm do US Census Bureau, o escritório do censo dos EUA (domínio público). Os contornos dos estados vêm do projeto us-atlas (licença ISC).
about-geonames = Os dados de cidades vêm do GeoNames,

## Why the router recommends each step
route-reason-danger = Alguém está em perigo agora. O 911 envia a polícia e os serviços de emergência.
route-reason-police-fbi = Você pediu para denunciar à polícia. Esta é a linha de denúncias do FBI. É um órgão policial.
route-reason-police-hsi = Você pediu para denunciar à polícia. Este é o ICE, que aplica as leis de imigração. Não é uma linha de ajuda.
route-reason-find-county = Este estado não tem uma única linha. Eles podem dizer para qual escritório do condado você deve ligar.
route-reason-labor-nhth = Para qualquer pessoa obrigada a trabalhar, ou que trabalha para pagar uma dívida. Profissionais de apoio ajudam e podem encaminhar você para serviços.
route-reason-labor-whd = Para salários não pagos, ou trabalho perigoso ou ilegal feito por uma criança. O governo fiscaliza o local de trabalho.
route-reason-labor-state = O escritório do seu estado para queixas de trabalho infantil.
route-reason-sexual-nhth = Para qualquer pessoa obrigada a fazer atos sexuais. Profissionais de apoio ajudam e podem encaminhar você para serviços.
route-reason-state-line = A linha para denunciar abuso infantil no estado da criança.
route-reason-state-line-elsewhere = A mesma linha, para quem liga de fora do estado da criança.
route-reason-sexual-ncmec = Para denunciar fotos ou vídeos sexuais de uma criança.
route-reason-online-ncmec = Para denunciar uma criança sendo explorada na internet, mesmo que seja você. Eles podem ajudar a remover imagens.
route-reason-online-ncmec-call = A mesma organização, por telefone.
route-reason-abuse-childhelp = Para conversar com um conselheiro sobre abuso. Não é um lugar para fazer denúncias.
route-reason-lost-orr = A linha federal para crianças liberadas e seus patrocinadores. Ela não é confidencial em relação à polícia.
route-reason-legal-list = A lista do governo de advogados gratuitos perto de cada tribunal de imigração.
route-reason-legal-ian = Uma lista de ajuda jurídica de imigração sem fins lucrativos, por estado.
route-reason-legal-kind = Advogados para crianças que vieram sozinhas. Ajuda gratuita não é garantida.
route-reason-legal-court = Para ver a próxima data no tribunal com o número A (A-number) de 9 dígitos.
route-reason-shelter-211 = O 211 conecta você com moradia e abrigos locais.
route-reason-shelter-nrs = Para jovens que saíram de casa ou não têm um lugar seguro para ficar.
route-reason-talk-988 = Para conversar ou trocar mensagens com um conselheiro a qualquer hora.
route-reason-talk-ctl = Para trocar mensagens de texto com um conselheiro.

## The router's page
yes = Sim
no = Não
help-title = Com quem devo entrar em contato?
help-heading = Com quem devo entrar em contato?
help-first = Responda algumas perguntas. Mostramos um primeiro passo e outras opções, e o que cada uma faz. Nada do que você escolher é guardado.
help-danger = Alguém está em perigo agora?
help-what = O que está acontecendo?
situation-labor = Alguém é obrigado a trabalhar, não recebe pagamento ou trabalha para pagar uma dívida
situation-sexual = Alguém é obrigado a fazer atos sexuais
situation-online = Alguém está sendo explorado na internet
situation-abuse = Uma criança é machucada ou não é cuidada em casa
situation-lost-contact = Perdi o contato com uma criança que foi liberada
situation-legal = Preciso de um advogado ou tenho uma data no tribunal
situation-shelter = Preciso de um lugar seguro para ficar
situation-talk = Não me sinto em segurança ou quero conversar
help-who = Quem é você?
asker-child = Sou o/a jovem
asker-sponsor = Sou o patrocinador ou da família
asker-community = Sou vizinho(a), professor(a) ou outro(a) profissional
help-where = Onde a criança está agora? (código ZIP, cidade ou estado)
help-lang = Idioma que você fala
help-ways = Quais formas são seguras para você? (escolha quantas quiser)
way-call = Ligar
way-text = Mensagem de texto
way-chat = Chat na internet
way-web = Um formulário num site
way-in-person = Ir pessoalmente
help-police = Você quer denunciar à polícia?
help-submit = Mostrar com quem entrar em contato
help-choose-situation = Escolha o que está acontecendo.
help-first-step = Seu primeiro passo
help-law-enforcement = Isto é um órgão policial. Você disse que quer denunciar à polícia.
help-not-chosen-way = Esta não é uma das formas que você escolheu.
help-speaks = A equipe fala { $language }.
help-does-not-speak = Não sabemos de ninguém da equipe que fale { $language } aqui.
help-language-unknown = Não conseguimos confirmar quais idiomas a equipe fala.
help-enforcement-h = Quais opções envolvem a polícia ou a imigração?
help-enforcement-none = as fontes dizem que não avisa nem a polícia nem a imigração.
help-enforcement-maybe = pode avisar a polícia ou a imigração, ou não conseguimos confirmar. Leia “Quem eles vão avisar?” acima.
help-wallet = Números para guardar
help-wallet-hint = Imprima esta página para guardar um cartãozinho com estes números. Ele não diz o motivo.
help-note-no-statewide-line = Este estado não tem uma única linha para denunciar abuso infantil. O escritório do condado recebe as denúncias. O 211 e a Childhelp podem encontrar o número do condado.
help-note-no-place = Diga qual é o estado para ver a linha dele para denunciar abuso infantil.
help-note-no-chosen-way = Não dá para entrar em contato com nenhum destes pelas formas que você escolheu. Mostramos outras formas.
help-note-police = Você pediu para denunciar à polícia, então incluímos linhas da polícia. Elas são órgãos policiais.

home-report-router = Responda algumas perguntas para saber com quem entrar em contato
nav-help = Com quem devo entrar em contato?
help-opens-at = Abre { $time }

## Guides and "I speak…" cards
nav-guides = Guias
nav-i-speak = Eu falo outro idioma
home-rights = Conheça seus direitos
home-rights-text = Guias curtos em palavras simples: seus direitos, como conseguir um advogado e como denunciar.
guides-title = Guias
guides-heading = Conheça seus direitos
guides-first = Comece aqui se você precisa de ajuda agora:
guides-all = Todos os guias
guides-in-english = em inglês
guide-help-link = Responda algumas perguntas para saber para quem ligar primeiro.
guide-not-legal-advice = Este guia é uma informação geral, não orientação jurídica. Um advogado pode dizer o que se aplica ao seu caso.
guide-last-reviewed = Última revisão: { $date }.
guide-in-english-notice = Este guia ainda não está no seu idioma. Aqui está ele em inglês.
guide-draft-original = Esta tradução é um rascunho. Leia o original em inglês.
guide-sources = Fontes
guide-first-heading = O que fazer primeiro
i-speak-title = Eu falo outro idioma
i-speak-heading = Eu falo outro idioma
i-speak-first = Encontre o seu idioma. Mostre o cartão para os funcionários de uma escola, clínica, tribunal ou escritório. Ele pede um intérprete.
i-speak-not-a-promise = O cartão pede ajuda. Ele não pode garantir que um intérprete virá.
i-speak-request = Eu falo { $language }. Por favor, você pode me conseguir um intérprete que fale { $language }?
i-speak-code = Código do idioma: { $code }

## Reporting a problem with a listing
listing-report-problem = Relatar um problema nesta ficha
problem-title = Relatar um problema nesta ficha
problem-first = Diga o que está errado. Uma pessoa da moderação confere cada relato antes de qualquer mudança.
problem-about = Ficha: { $name }
problem-back = Voltar para a ficha
problem-what = O que está errado?
problem-wrong-contact = O número de telefone, o número para mensagens de texto ou o site está errado
problem-wrong-hours = O horário está errado
problem-closed = Fechou ou mudou de endereço
problem-wrong-language = Eles não falam os idiomas que aparecem aqui
problem-unsafe = Algo aqui não é seguro ou não é honesto
problem-other = Outra coisa
problem-details = Conte mais (você pode deixar em branco)
problem-details-hint = Não escreva seu nome, seu telefone nem seu endereço. O Faro não guarda quem enviou isto, então não podemos responder a você.
problem-submit = Enviar o relato
problem-choose = Escolha o que está errado.
problem-too-long = Escreva no máximo { $max } caracteres.
problem-sent-title = Obrigado
problem-sent = Recebemos o seu relato. Uma pessoa da moderação vai conferir. A ficha continua igual até lá.
error-cross_site = Este formulário só pode ser enviado pelas páginas do próprio Faro. Abra a ficha no Faro e tente de novo.
error-heading-cross-site = Não foi possível enviar este formulário
error-rate_limited = Chegaram muitos relatos da sua conexão em pouco tempo. Espere alguns minutos e tente de novo.
error-heading-rate-limited = Espere alguns minutos
error-too_large = O que foi enviado é longo demais para o Faro ler. Envie menos e tente de novo.
error-heading-too-large = Muito de uma vez
error-timed_out = O pedido demorou demais para chegar, e o Faro parou de esperar. Tente de novo.
error-heading-timed-out = Demorou demais

## Text messages and calls (/phone/sms, /phone/voice). Replies stay on the phone, so they
## never repeat what the person said is happening.
sms-menu = Faro: envie um código ZIP ou cidade e uma palavra: TRABALHO, ADVOGADO, ABRIGO, CONVERSAR, INTERNET, FAMÍLIA. Idiomas: ENGLISH, ESPAÑOL, KREYÒL, FRANÇAIS. Em perigo agora? Ligue para o 911.
sms-near = Perto de { $place }.
sms-place-unknown = Não encontramos “{ $place }”. Estas linhas atendem todo mundo; envie um código ZIP para ver as locais.
sms-no-place = Envie um código ZIP para ver as linhas do seu estado.
sms-default-situation = Você não disse o que está acontecendo, então estas são linhas de ajuda gerais.
sms-footer = MAIS: mais opções. AJUDA: menu.
sms-no-more = Não há mais opções. AJUDA: menu.
sms-started = Faro: você voltará a receber respostas. AJUDA: menu.
sms-why-danger = Envia a polícia e os serviços de emergência.
sms-why-police-fbi = Linha de denúncias da polícia federal.
sms-why-police-hsi = Fiscalização de imigração (ICE). Não é uma linha de ajuda.
sms-why-find-county = Podem dizer para qual escritório do condado ligar.
sms-why-labor-nhth = Profissionais de apoio escutam você e encaminham para ajuda.
sms-why-labor-whd = Escritório do governo sobre pagamento e trabalho seguro.
sms-why-labor-state = Escritório do estado para queixas de trabalho.
sms-why-sexual-nhth = Profissionais de apoio escutam você e encaminham para ajuda.
sms-why-state-line = A linha de proteção à criança do seu estado.
sms-why-state-line-elsewhere = A mesma linha, de fora do estado.
sms-why-sexual-ncmec = Recebe denúncias sobre imagens na internet.
sms-why-online-ncmec = Recebe denúncias sobre imagens na internet e pode ajudar a removê-las.
sms-why-online-ncmec-call = A mesma organização, por telefone.
sms-why-abuse-childhelp = Conselheiros para conversar. Não recebe denúncias.
sms-why-lost-orr = Linha federal para crianças liberadas e patrocinadores. Não é confidencial em relação à polícia.
sms-why-legal-list = Lista do governo de advogados gratuitos.
sms-why-legal-ian = Ajuda jurídica sem fins lucrativos, por estado.
sms-why-legal-kind = Advogados para crianças que vieram sozinhas. Ajuda gratuita não é garantida.
sms-why-legal-court = Datas no tribunal, com o seu número A (A-number).
sms-why-shelter-211 = Moradia e abrigo na sua região.
sms-why-shelter-nrs = Para jovens sem um lugar seguro para ficar.
sms-why-talk-988 = Fale ou troque mensagens com um conselheiro a qualquer hora.
sms-why-talk-ctl = Troque mensagens com um conselheiro.
voice-choose-language = Para português, tecle 1.
voice-situation-menu = Se alguém está em perigo agora, tecle 1. Se alguém é obrigado a trabalhar, ou não recebe pagamento, tecle 2. Para exploração sexual, tecle 3. Para algo na internet, tecle 4. Para abuso em casa, tecle 5. Se você perdeu o contato com uma criança, tecle 6. Para um advogado ou uma data no tribunal, tecle 7. Para um lugar seguro para ficar, tecle 8. Para conversar com alguém, tecle 9.
voice-danger = Desligue agora e disque 9 1 1. O Faro não pode ligar para o 911 por você.
voice-zip = Digite o código ZIP de cinco dígitos da criança. Ou aperte a tecla jogo da velha para pular.
voice-first = Sua primeira ligação: { $name }. { $why }
voice-next = Outra opção: { $name }. { $why }
voice-number = O número é { $number }.
voice-connect = Para ligar agora, tecle 1. Para ouvir de novo, tecle 2. Para outra opção, tecle 3.
voice-no-more = Não há mais opções. Até logo.
voice-not-understood = Desculpe, não entendemos.
voice-connecting = Completando a sua ligação agora.
problem-not-help = Este formulário não é uma forma de pedir ajuda. Se você precisa de ajuda, fale com um destes:
listing-on-hold = Esta ficha está sendo verificada e não aparece por enquanto. Se você precisa de ajuda agora, fale com um destes:
listing-channel-on-hold = Algumas formas de contato deste serviço estão sendo verificadas e não aparecem por enquanto.

## Asking to be listed
nav-ask-to-be-listed = Pedir para aparecer no Faro
listed-title = Pedir para aparecer no Faro
listed-first = Sua organização é uma entidade sem fins lucrativos ou um serviço do governo que ajuda crianças migrantes ou suas famílias? Peça para aparecer no Faro. Uma pessoa da moderação verifica cada pedido antes de publicar qualquer coisa.
listed-rules = O Faro mostra apenas serviços do governo e entidades sem fins lucrativos; ajuda jurídica apenas de advogados ou organizações reconhecidas pelo Departamento de Justiça. Escreva apenas o contato público da sua organização, não o número pessoal de ninguém.
listed-organization = Nome da organização
listed-website = Site (https://…)
listed-services = O que vocês oferecem, onde e em quais idiomas
listed-contact = Contato público (telefone, e-mail ou página web)
listed-contact-hint = O contato que o público pode usar. Ele aparecerá se a ficha for publicada.
listed-sources = Páginas que mostram o que vocês fazem (um endereço por linha)
listed-sources-hint = A pessoa da moderação abre cada uma para verificar as informações.
listed-submit = Enviar o pedido
listed-sent = Obrigado. Uma pessoa da moderação vai verificar seu pedido e escrever para o seu contato público.
listed-error-organization = Escreva o nome da organização.
listed-error-website = Escreva o site, começando com https://.
listed-error-services = Diga o que vocês oferecem.
listed-error-contact = Escreva um contato público.
listed-error-sources = Escreva pelo menos uma página que mostre o que vocês fazem, cada uma começando com https://.
