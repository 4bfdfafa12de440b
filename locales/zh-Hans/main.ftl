error-invalid_parameter = “{ $parameter }”的值无效：{ $detail }
error-unknown_place = 我们不知道“{ $input }”这个地方。请试试 5 位数的邮政编码（ZIP code）、城市和州（例如“Houston, TX”），或者一个州。
error-ambiguous_place = 叫“{ $input }”的地方不止一个。请选择其中一个。
error-unknown_need = “{ $need }”不是 Faro 知道的需求。
error-unknown_language = “{ $language }”不是 Faro 知道的语言代码。请使用 3 个字母的 ISO 639-3 代码，例如“spa”。
error-not_found = 我们找不到这个内容。
error-not_ready = Faro 正在启动。请稍后再试。
error-internal = 我们这边出了问题。你发送的内容都没有被保存。请再试一次。

## Every page
skip-to-content = 跳到主要内容
quick-exit = 马上离开这个网站
quick-exit-hint = 或者连按三次 Shift 键。
nav-languages = 语言
nav-footer = 更多
nav-search = 寻找帮助
nav-safety = 安全使用本网站
nav-about = 关于 Faro
draft-notice = 这是翻译草稿，还没有经过熟练掌握这种语言的人检查。重要的句子也会显示英文原文。
draft-tag = 翻译草稿
footer-emergency = 如果现在有人有危险，请拨打 911。

## Errors as pages
error-heading-invalid-parameter = 表格中有内容不正确
error-heading-unknown-place = 我们不知道这个地方
error-heading-ambiguous-place = 你指的是哪个地方？
error-heading-unknown-need = 我们不知道这种帮助
error-heading-unknown-language = 我们不知道这种语言
error-heading-not-found = 我们找不到这个页面
error-heading-not-ready = Faro 正在启动
error-heading-internal = 出了问题
error-next-search = 搜索帮助
error-next-home = 回到首页

## Home
home-title = 给年轻人和家庭的免费帮助
home-heading = 免费帮助，用你的语言
home-first = 选择你需要的帮助。你不必说出你的名字。Faro 不会保存你搜索的内容。
home-danger = 现在有人有危险
call-911 = 拨打 911
home-911-sends = 911 会派出警察和紧急救援服务。
home-danger-then = 如果你不能拨打 911，或者有人被迫工作或被迫进行性行为，你也可以联系：
home-find = 寻找我附近的帮助
home-find-more = 选择帮助的类型和你的语言
home-report = 报告让我担心的事
home-report-first = 告诉我们孩子现在住在哪里。我们会给你看那个州的热线，以及打电话后会发生什么。
home-report-place = 孩子住在哪里？
home-report-submit = 显示去哪里报告

## Search
search-title = 寻找帮助
search-heading = 寻找免费帮助
search-first = 选择你需要的帮助和孩子住的地方。每一项都可以不填。
field-need = 你需要什么？
field-need-any = 任何帮助
field-place = 在哪里？（邮政编码、城市或州）
field-place-hint = 例如：77002、Houston, TX 或 Texas。
field-lang = 工作人员会说的语言
field-lang-any = 任何语言
field-q = 搜索词（可以不填）
search-submit = 搜索
place-choose = 请选择一个：
results-count = { $count ->
   *[other] 找到 { $count } 项服务
}
results-near = （地点：{ $place }）
map-label = 你可以去的地点的地图
map-caption = 地图上的数字和下面的列表对应。不公开地址的地点不在地图上。
no-results = 这次搜索没有找到结果。试试少用几个词，或者换一种帮助。
no-results-lines = 这些热线可以帮助美国任何地方的任何人：
pages = 结果页
share-button = 生成这些结果的链接
share-warning = 链接会把你的搜索留在浏览器历史记录里。只有在安全的时候才生成链接。
share-label = 这些结果的链接
why-listed = 为什么列出它：
enforcement-warning = 这是执法机构。它属于移民执法部门（ICE）。它不是求助热线。
languages = 语言：

reason-matches-words = 符合你输入的词
reason-meets-need = 提供你选择的帮助
reason-serves-nationwide = 服务全国
reason-serves-your-state = 服务你所在的州
reason-serves-your-county = 服务你所在的县
reason-serves-your-area = 服务你所在的地区
reason-state-reporting-line = 你所在州报告虐待儿童的热线
reason-speaks-your-language = 工作人员会说你的语言
reason-offers-interpretation = 提供口译员
reason-near-you = 在你附近
reason-open-now = 现在开放

distance-km = 距离 { $km } 公里
distance-within-10 = 10 公里以内
distance-within-25 = 25 公里以内
distance-within-50 = 50 公里以内
distance-within-100 = 100 公里以内
distance-over-100 = 超过 100 公里

open-now-yes = 现在开放
open-now-no = 现在关闭
open-now-unknown = 现在开放吗？我们无法确认
cost-free = 免费
cost-fee = 可能要付费
cost-unknown = 费用：我们无法确认

channel-voice = 打电话
channel-sms = 发短信
channel-chat = 在线聊天
channel-web-form = 网上
channel-email = 电子邮件
channel-walk-in = 亲自前往
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = 发短信 { $keyword } 到

hours-always = 每天 24 小时开放
hours-unknown = 开放时间：我们无法确认
hours-your-time = 你当地的时间
day-mon = 周一
day-tue = 周二
day-wed = 周三
day-thu = 周四
day-fri = 周五
day-sat = 周六
day-sun = 周日
languages-unknown = 我们无法确认

## Who will they tell (about a call concerning a child under 18)
tells-police-never = 他们不会告诉警察。
tells-police-with-consent = 只有你同意，他们才会告诉警察。
tells-police-when-required = 在法律要求时，他们可能会告诉警察，例如有孩子正在受到伤害。
tells-police-always = 他们会告诉警察。
tells-police-unknown = 警察：我们无法确认他们是否会告诉警察。
tells-cps-never = 他们不会告诉儿童保护服务机构。
tells-cps-with-consent = 只有你同意，他们才会告诉儿童保护服务机构。
tells-cps-when-required = 在法律要求时，他们可能会告诉儿童保护服务机构。
tells-cps-always = 他们就是儿童保护服务机构，或者他们总是会告诉儿童保护服务机构。
tells-cps-unknown = 儿童保护服务机构：我们无法确认他们是否会告诉儿童保护服务机构。
tells-immigration-never = 他们不会告诉移民官员。
tells-immigration-with-consent = 只有你同意，他们才会告诉移民官员。
tells-immigration-when-required = 在法律要求时，他们可能会告诉移民官员。
tells-immigration-always = 移民官员可能会得到你说的内容。
tells-immigration-unknown = 移民：我们无法确认他们是否会告诉移民官员。
anonymous-yes = 你不必说出你的名字。
anonymous-no = 他们会问你的名字。
anonymous-unknown = 我们无法确认你是否可以匿名。

## How sure we are
status-confirmed = 已在该机构自己的网页上确认
status-secondary = 只在其他网站上看到过
status-conflicting = 各来源说法不同：我们正在核实
status-unknown = 我们无法确认这一点
source-undated = 来源没有日期
source-dated = 来源日期：{ $date }
live-checked = 已于 { $date } 在当前网页上或通过电话核实。
not-live-checked = 还没有在当前网页上重新核实。

## Listing
no-statewide-line = 这个州没有一条覆盖全州的热线。你要向县办公室或警察报告。
for-whom = 服务对象
ages = { $ages } 岁
where = 地点
cost = 费用
ways-to-reach = 联系方式
hours = 开放时间
what-happens = 联系他们后会发生什么
we-could-not-confirm = 我们无法确认这一点。
who-will-they-tell = 他们会告诉谁？
places = 地点
address-confidential = 为了保护大家的安全，地址不公开
not-legal-advice = 这是信息，不是法律建议。
audience-child = 年轻人
audience-sponsor = 担保人和家人
audience-community = 邻居、老师和其他人
audience-professional = 专业人员
area-national = 全美国
area-states = { $states }
area-counties = { $counties }
area-radius = 距离他们的办公室 { $km } 公里以内
area-polygon = 一个本地区域
area-unknown = 我们无法确认他们服务的地区
services = 服务
sources = 来源
sources-explained = Faro 上的每一条信息都来自下面其中一个网页。没有任何信息是通过打电话核实的。

## Safety
safety-title = 安全使用本网站
safety-first = 如果有人可能看到你的屏幕，请点击页面顶部红色的“马上离开这个网站”按钮。它会打开一个天气网站。
safety-leave-h = 快速离开
safety-leave = 点击红色按钮，或者连按三次 Shift 键。要关闭窗口，请按 Alt 和 F4（Windows），或按 Shift、Command 和 W（Mac）。
safety-leave-limits = 这个按钮不会删除你的浏览器历史记录。它只在有人突然走进来时有用。
safety-history-h = 你的浏览器历史记录
safety-history = 你的浏览器会记住你访问过的网页。我们的搜索表格不会把你搜索的内容放进网页地址里，但你打开过的网页会留在历史记录中。你可以在浏览器的设置里删除历史记录。删除历史记录也可能让别人起疑心。
safety-private = 隐私窗口或无痕窗口在关闭后不会保留历史记录。
safety-device = 如果有人可能查看你的手机或电脑，请用另一台：例如在图书馆、学校或朋友家。
safety-keeps-h = Faro 会保存什么
safety-keeps = Faro 不保存任何关于你搜索的信息。我们在这些网页上不设置 cookie。我们的日志只记录打开了哪个页面、是否成功，以及用了多长时间。它不保存你输入的内容、你的位置或你的 IP 地址。
safety-others-h = 别人可能会保存什么
safety-others-browser = 你的浏览器会保存你访问过的网页。
safety-others-phone = 如果你给求助热线发短信，这些短信会留在你的手机上。
safety-others-carrier = 你的电话公司可能会保存通话和短信记录。
safety-others-proxy = 学校或工作单位的网络可能会看到你访问了哪些网站。
safety-others-lines = 每条求助热线都有自己的规定。每个条目都会写明他们可能会告诉谁。

## About
about-title = 关于 Faro
about-first = Faro 帮助从移民拘留中被释放的孩子、他们的家人和他们身边的人，找到免费的帮助和应该拨打的热线。
about-covers-h = 目录里有什么
about-covers = { $count ->
   *[other] 目录中列出了 { $count } 个机构。
} 包括全国求助热线、每个州报告虐待儿童的热线，以及全国法律帮助名录。本地服务的信息将由这些机构自己提供。
about-vetting-h = 我们如何核实列出的条目
about-vetting = 我们只列出政府服务和非营利机构。法律帮助只来自律师和美国司法部认可的机构。每条信息都会显示我们有多确定：
about-confirmed = 我们在该机构自己的网页上看到过。
about-secondary = 我们只在其他网站上看到过。
about-conflicting = 各来源说法不同，所以我们标为正在核实。
about-unknown = 没有任何来源提到，所以我们写“我们无法确认”。
about-live = 这里还没有任何信息是通过打电话核实的。在有人核实之前，每条信息都会注明这一点。
about-sources-h = 来源和许可
about-places = 邮政编码和县的数据来自美国人口普查局（公有领域）。州的形状来自 us-atlas 项目（ISC 许可）。
about-geonames = 城市数据来自 GeoNames，

## Why the router recommends each step
route-reason-danger = 现在有人有危险。911 会派出警察和紧急救援服务。
route-reason-police-fbi = 你说想向警察报告。这是 FBI 的举报热线。它是执法机构。
route-reason-police-hsi = 你说想向警察报告。这是 ICE，负责执行移民法。它不是求助热线。
route-reason-find-county = 这个州没有一条统一的热线。他们可以告诉你该打给哪个县办公室。
route-reason-labor-nhth = 适合任何被迫工作、或为了还债而工作的人。援助人员会帮助你，也可以帮你联系相关服务。
route-reason-labor-whd = 适用于拿不到工钱，或孩子做不安全或违法的工作。政府会检查工作场所。
route-reason-labor-state = 你所在州处理童工投诉的办公室。
route-reason-sexual-nhth = 适合任何被迫进行性行为的人。援助人员会帮助你，也可以帮你联系相关服务。
route-reason-state-line = 孩子所在州报告虐待儿童的热线。
route-reason-state-line-elsewhere = 同一条热线，给在孩子所在州以外打电话的人。
route-reason-sexual-ncmec = 用于举报涉及孩子的性照片或性视频。
route-reason-online-ncmec = 用于举报孩子在网上被剥削，即使是关于你自己。他们可以帮忙删除图片。
route-reason-online-ncmec-call = 同一个机构，通过电话联系。
route-reason-abuse-childhelp = 可以和辅导员谈谈虐待的事。这里不是用来报告的地方。
route-reason-lost-orr = 联邦政府为被释放的孩子和他们的担保人设立的热线。它不会对警察保密。
route-reason-legal-list = 政府列出的每个移民法庭附近的免费律师名单。
route-reason-legal-ian = 按州列出的非营利移民法律帮助名单。
route-reason-legal-kind = 为独自来到美国的孩子提供帮助的律师。不保证一定有免费帮助。
route-reason-legal-court = 用 9 位数的 A-number（外国人登记号码）查询下一次出庭日期。
route-reason-shelter-211 = 211 可以帮你联系本地的住房和庇护所。
route-reason-shelter-nrs = 适合离开了家、或没有安全住处的年轻人。
route-reason-talk-988 = 随时可以和辅导员通电话或发短信。
route-reason-talk-ctl = 可以和辅导员发短信交流。

## The router's page
yes = 是
no = 否
help-title = 我应该联系谁？
help-heading = 我应该联系谁？
help-first = 回答几个问题。我们会给你看第一步和其他选择，以及每一个会做什么。你选择的内容都不会被保存。
help-danger = 现在有人有危险吗？
help-what = 发生了什么事？
situation-labor = 有人被迫工作、拿不到工钱，或为了还债而工作
situation-sexual = 有人被迫进行性行为
situation-online = 有人在网上被剥削
situation-abuse = 有孩子在家里受到伤害或没有得到照顾
situation-lost-contact = 我和一个被释放的孩子失去了联系
situation-legal = 我需要律师，或者我有出庭日期
situation-shelter = 我需要一个安全的住处
situation-talk = 我觉得不安全，或者我想找人说说话
help-who = 你是谁？
asker-child = 我就是那个年轻人
asker-sponsor = 我是担保人或家人
asker-community = 我是邻居、老师或其他专业人员
help-where = 孩子现在在哪里？（邮政编码、城市或州）
help-lang = 你说的语言
help-ways = 哪些方式对你来说是安全的？（可以多选）
way-call = 打电话
way-text = 发短信
way-chat = 在线聊天
way-web = 网站上的表格
way-in-person = 亲自去
help-police = 你想向警察报告吗？
help-submit = 告诉我该联系谁
help-choose-situation = 请选择发生了什么事。
help-first-step = 你的第一步
help-law-enforcement = 这是执法机构。你说过你想向警察报告。
help-not-chosen-way = 这不是你选择的方式。
help-speaks = 工作人员会说 { $language }。
help-does-not-speak = 我们不知道这里有会说 { $language } 的工作人员。
help-language-unknown = 我们无法确认工作人员会说哪些语言。
help-enforcement-h = 哪些选择会涉及警察或移民部门？
help-enforcement-none = 根据它的资料来源，它既不会告诉警察，也不会告诉移民部门。
help-enforcement-maybe = 它可能会告诉警察或移民部门，或者我们无法确认。请看上面的“他们会告诉谁？”。
help-wallet = 要保存的号码
help-wallet-hint = 打印这一页，就能留一张写着这些号码的小卡片。卡片上不会写原因。
help-note-no-statewide-line = 这个州没有一条统一的虐待儿童报告热线。由县办公室接收报告。211 和 Childhelp 可以帮你找到县的电话号码。
help-note-no-place = 告诉我们是哪个州，就能看到那个州报告虐待儿童的热线。
help-note-no-chosen-way = 这些都不能用你选择的方式联系。我们也列出了其他方式。
help-note-police = 你说想向警察报告，所以列出了警察的热线。它们是执法机构。

home-report-router = 回答几个问题，找到应该联系谁
nav-help = 我应该联系谁？
help-opens-at = { $time } 开放

## Guides and "I speak…" cards
nav-guides = 指南
nav-i-speak = 我说其他语言
home-rights = 了解你的权利
home-rights-text = 用简单的话写成的简短指南：你的权利、怎样找律师，以及怎样报告。
guides-title = 指南
guides-heading = 了解你的权利
guides-first = 如果你现在就需要帮助，从这里开始：
guides-all = 所有指南
guides-in-english = 英文
guide-help-link = 回答几个问题，找到应该先打的电话。
guide-not-legal-advice = 这份指南是一般信息，不是法律建议。律师可以告诉你什么适合你的情况。
guide-last-reviewed = 最近一次审阅：{ $date }。
guide-in-english-notice = 这份指南还没有你的语言版本。下面是英文版。
guide-draft-original = 这份翻译是草稿。请阅读英文原文。
guide-sources = 来源
guide-first-heading = 首先要做什么
i-speak-title = 我说其他语言
i-speak-heading = 我说其他语言
i-speak-first = 找到你的语言。把卡片给学校、诊所、法院或办公室的工作人员看。卡片上写着你需要一位口译员。
i-speak-not-a-promise = 这张卡片是在请求帮助。它不能保证一定会有口译员来。
i-speak-request = 我说 { $language }。请问您能帮我找一位会说 { $language } 的口译员吗？
i-speak-code = 语言代码：{ $code }

## Reporting a problem with a listing
listing-report-problem = 报告这个条目的问题
problem-title = 报告这个条目的问题
problem-first = 告诉我们哪里不对。在做任何修改之前，审核员会检查每一份报告。
problem-about = 条目：{ $name }
problem-back = 返回条目
problem-what = 哪里不对？
problem-wrong-contact = 电话号码、短信号码或网站不对
problem-wrong-hours = 开放时间不对
problem-closed = 已经关门或搬走了
problem-wrong-language = 他们不会说这里列出的语言
problem-unsafe = 有不安全或不诚实的地方
problem-other = 其他问题
problem-details = 告诉我们更多情况（可以不填）
problem-details-hint = 不要写你的名字、电话号码或地址。Faro 不会保存是谁发送的，所以我们没办法回复你。
problem-submit = 发送报告
problem-choose = 请选择哪里不对。
problem-too-long = 最多只能写 { $max } 个字。
problem-sent-title = 谢谢你
problem-sent = 我们收到了你的报告。审核员会检查它。在检查之前，这个条目会保持不变。
error-cross_site = 这个表格只能从 Faro 自己的网页发送。请在 Faro 上打开这个条目，然后再试一次。
error-heading-cross-site = 这个表格没能发送
error-rate_limited = 短时间内从你的网络连接发来了很多报告。请等几分钟再试。
error-heading-rate-limited = 请等几分钟
error-too_large = 发送的内容太长，Faro 无法读取。请少发一些再试。
error-heading-too-large = 一次太多了
error-timed_out = 请求到达得太慢，Faro 停止了等待。请再试一次。
error-heading-timed-out = 时间太长了

## Text messages and calls (/phone/sms, /phone/voice). Replies stay on the phone, so they
## never repeat what the person said is happening.
sms-menu = Faro：请发送邮政编码（ZIP code）或城市名，再加下面一个英文词（请照原样发送英文）：WORK（工作）、LAWYER（律师）、SHELTER（住处）、TALK（聊聊）、ONLINE（网上）、FAMILY（家人）。语言：ENGLISH、ESPAÑOL、PORTUGUÊS、KREYÒL、FRANÇAIS。现在有危险？请打 911。
sms-near = { $place } 附近。
sms-place-unknown = 我们没有找到“{ $place }”。这些热线为所有人服务；发送邮政编码可查看本地热线。
sms-no-place = 发送邮政编码可查看你所在州的热线。
sms-default-situation = 你没有说发生了什么，所以这些是一般的求助热线。
sms-footer = MORE：更多选项。HELP：菜单。
sms-no-more = 没有更多选项了。HELP：菜单。
sms-started = Faro：你会重新收到回复。HELP：菜单。
sms-why-danger = 派出警察和紧急救援服务。
sms-why-police-fbi = 联邦警察的举报热线。
sms-why-police-hsi = 移民执法部门（ICE）。不是求助热线。
sms-why-find-county = 可以告诉你该打给哪个县办公室。
sms-why-labor-nhth = 援助人员会倾听，并帮你联系帮助。
sms-why-labor-whd = 负责工资和工作安全的政府办公室。
sms-why-labor-state = 州政府处理工作投诉的办公室。
sms-why-sexual-nhth = 援助人员会倾听，并帮你联系帮助。
sms-why-state-line = 你所在州的儿童保护热线。
sms-why-state-line-elsewhere = 同一条热线，从州外拨打。
sms-why-sexual-ncmec = 接受关于网上图片的举报。
sms-why-online-ncmec = 接受关于网上图片的举报，并可以帮忙删除。
sms-why-online-ncmec-call = 同一个机构，通过电话联系。
sms-why-abuse-childhelp = 可以和辅导员谈谈。不接受举报。
sms-why-lost-orr = 联邦政府为被释放的孩子和担保人设立的热线。不会对警察保密。
sms-why-legal-list = 政府的免费律师名单。
sms-why-legal-ian = 按州列出的非营利法律帮助。
sms-why-legal-kind = 为独自来到美国的孩子服务的律师。不保证有免费帮助。
sms-why-legal-court = 用你的 A-number（外国人登记号码）查询出庭日期。
sms-why-shelter-211 = 本地的住房和庇护所。
sms-why-shelter-nrs = 给没有安全住处的年轻人。
sms-why-talk-988 = 随时可以和辅导员通话或发短信。
sms-why-talk-ctl = 和辅导员发短信交流。
voice-choose-language = 中文请按 1。
voice-situation-menu = 如果现在有人有危险，请按 1。如果有人被迫工作，或拿不到工钱，请按 2。性剥削的问题，请按 3。网上的问题，请按 4。家中虐待的问题，请按 5。如果你和一个孩子失去了联系，请按 6。需要律师或查询出庭日期，请按 7。需要安全的住处，请按 8。想找人谈谈，请按 9。
voice-danger = 请现在挂断电话，拨打 9 1 1。Faro 无法替你拨打 911。
voice-zip = 请输入孩子所在地的五位数邮政编码。或者按井号键跳过。
voice-first = 你可以先打给：{ $name }。{ $why }
voice-next = 另一个选择：{ $name }。{ $why }
voice-number = 号码是 { $number }。
voice-connect = 现在接通，请按 1。再听一遍，请按 2。听另一个选择，请按 3。
voice-no-more = 没有更多选项了。再见。
voice-not-understood = 抱歉，我们没有听懂。
voice-connecting = 正在为你接通。
problem-not-help = 这个表格不能用来求助。如果你需要帮助，请联系下面的一个：
listing-on-hold = 这个条目正在核实中，暂时不显示。如果你现在需要帮助，请联系下面的一个：
listing-channel-on-hold = 这项服务的一些联系方式正在核实中，暂时不显示。

## Asking to be listed
nav-ask-to-be-listed = 申请加入 Faro
listed-title = 申请加入 Faro
listed-first = 你的组织是帮助移民儿童或其家庭的非营利组织或政府服务吗？申请加入 Faro。每个申请在发布前都由审核员检查。
listed-rules = Faro 只列出政府服务和非营利组织；法律帮助只来自律师或司法部认可的组织。只填写你的组织的公开联系方式，不要填写任何人的个人号码。
listed-organization = 组织名称
listed-website = 网站（https://…）
listed-services = 你们提供什么、在哪里、用哪些语言
listed-contact = 公开联系方式（电话、电子邮件或网页）
listed-contact-hint = 公众可以使用的联系方式。条目发布后会显示。
listed-sources = 说明你们工作的网页（每行一个地址）
listed-sources-hint = 审核员会打开每个网页来核实信息。
listed-submit = 发送申请
listed-sent = 谢谢。审核员会检查你的申请，并写信给你的公开联系方式。
listed-error-organization = 请写组织名称。
listed-error-website = 请写网站，以 https:// 开头。
listed-error-services = 请说明你们提供什么。
listed-error-contact = 请写一个公开联系方式。
listed-error-sources = 请至少写一个说明你们工作的网页，每个都以 https:// 开头。
