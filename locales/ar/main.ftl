error-invalid_parameter = قيمة «{ $parameter }» غير صحيحة: { $detail }
error-unknown_place = لا نعرف المكان «{ $input }». جرّب رمزًا بريديًا (ZIP code) من 5 أرقام، أو مدينة وولاية مثل «Houston, TX»، أو ولاية.
error-ambiguous_place = يوجد أكثر من مكان اسمه «{ $input }». اختر واحدًا منها.
error-unknown_need = «{ $need }» ليس من الاحتياجات التي يعرفها Faro.
error-unknown_language = «{ $language }» ليس رمز لغة يعرفه Faro. استخدم رمز ISO 639-3 من 3 أحرف، مثل «spa».
error-not_found = لم نتمكن من العثور على ذلك.
error-not_ready = Faro يبدأ التشغيل الآن. حاول مرة أخرى بعد لحظة.
error-read_only = لا يمكن الوصول إلى قاعدة بيانات Faro الآن: لا يمكن حفظ أي شيء فيها أو قراءته منها حتى تعود. البحث وخطوط المساعدة ما زالت تعمل. حاول مرة أخرى بعد بضع دقائق.
error-internal = حدث خطأ من جهتنا. لم نحتفظ بأي شيء أرسلته. يُرجى المحاولة مرة أخرى.

## Every page
skip-to-content = انتقل إلى المحتوى الرئيسي
quick-exit = غادر هذا الموقع الآن
quick-exit-hint = أو اضغط مفتاح Shift ثلاث مرات.
nav-languages = اللغات
nav-footer = المزيد
nav-search = ابحث عن مساعدة
nav-safety = البقاء آمنًا على هذا الموقع
nav-about = عن Faro
draft-notice = هذه الترجمة مسودة. لم يراجعها بعد شخص يتقن اللغة. الجمل المهمة تظهر بالإنجليزية أيضًا.
draft-tag = ترجمة مسودة
footer-emergency = إذا كان أحد في خطر الآن، اتصل بالرقم 911.

## Errors as pages
error-heading-invalid-parameter = شيء في النموذج لم يكن صحيحًا
error-heading-unknown-place = لا نعرف هذا المكان
error-heading-ambiguous-place = أي مكان تقصد؟
error-heading-unknown-need = لا نعرف هذا النوع من المساعدة
error-heading-unknown-language = لا نعرف هذه اللغة
error-heading-not-found = لم نتمكن من العثور على هذه الصفحة
error-heading-not-ready = Faro يبدأ التشغيل
error-heading-read-only = قاعدة البيانات لا تستجيب
error-heading-internal = حدث خطأ
error-next-search = ابحث عن مساعدة
error-next-home = اذهب إلى الصفحة الأولى

## Home
home-title = مساعدة مجانية للشباب والعائلات
home-heading = مساعدة مجانية، بلغتك
home-first = اختر ما تحتاجه. لا يلزمك أن تذكر اسمك. Faro لا يحتفظ بما تبحث عنه.
home-danger = شخص في خطر الآن
call-911 = اتصل بالرقم 911
home-911-sends = الرقم 911 يرسل الشرطة وخدمات الطوارئ.
home-danger-then = إذا لم تستطع الاتصال بالرقم 911، أو إذا أُجبر أحد على العمل أو على القيام بأفعال جنسية، يمكنك أيضًا التواصل مع:
home-find = ابحث عن مساعدة قريبة مني
home-find-more = اختر نوع المساعدة ولغتك
home-report = أبلغ عن شيء يقلقني
home-report-first = أخبرنا أين يعيش الطفل الآن. سنعرض لك خط تلك الولاية وما يحدث عندما تتصل.
home-report-place = أين يعيش الطفل؟
home-report-submit = اعرض أين أُبلغ

## Search
search-title = ابحث عن مساعدة
search-heading = ابحث عن مساعدة مجانية
search-first = اختر ما تحتاجه وأين يعيش الطفل. كل الحقول اختيارية.
field-need = ماذا تحتاج؟
field-need-any = أي نوع من المساعدة
field-place = أين؟ (الرمز البريدي أو المدينة أو الولاية)
field-place-hint = مثلًا: 77002، أو Houston, TX، أو Texas.
field-lang = موظفون يتحدثون
field-lang-any = أي لغة
field-q = كلمات للبحث (اختياري)
search-submit = ابحث
place-choose = اختر واحدًا:
results-count = { $count ->
    [zero] لم نجد أي خدمة
    [one] وجدنا خدمة واحدة
    [two] وجدنا خدمتين
    [few] وجدنا { $count } خدمات
    [many] وجدنا { $count } خدمة
   *[other] وجدنا { $count } خدمة
}
results-near = لمنطقة { $place }
map-label = خريطة الأماكن التي يمكنك زيارتها
map-caption = الأرقام تطابق القائمة أدناه. الأماكن التي تُبقي عنوانها سريًا ليست على الخريطة.
no-results = لم نجد شيئًا لهذا البحث. جرّب كلمات أقل أو نوعًا آخر من المساعدة.
no-results-lines = هذه الخطوط تساعد أي شخص، في أي مكان في الولايات المتحدة:
pages = صفحات النتائج
share-button = أنشئ رابطًا لهذه النتائج
share-warning = الرابط يحفظ بحثك في سجل المتصفح. لا تنشئ رابطًا إلا إذا كان ذلك آمنًا.
share-label = رابط لهذه النتائج
why-listed = لماذا يظهر هنا:
enforcement-warning = هذه جهة لإنفاذ القانون. إنها جزء من جهاز تطبيق قوانين الهجرة (ICE). ليست خط مساعدة.
languages = اللغات:

reason-matches-words = يطابق كلماتك
reason-meets-need = يقدم المساعدة التي اخترتها
reason-serves-nationwide = يخدم البلد كله
reason-serves-your-state = يخدم ولايتك
reason-serves-your-county = يخدم مقاطعتك
reason-serves-your-area = يخدم منطقتك
reason-state-reporting-line = خط ولايتك للإبلاغ عن إساءة معاملة الأطفال
reason-speaks-your-language = الموظفون يتحدثون لغتك
reason-offers-interpretation = يوفر مترجمين فوريين
reason-near-you = قريب منك
reason-open-now = مفتوح الآن

distance-km = على بعد { $km } كم
distance-within-10 = في حدود 10 كم
distance-within-25 = في حدود 25 كم
distance-within-50 = في حدود 50 كم
distance-within-100 = في حدود 100 كم
distance-over-100 = على بعد أكثر من 100 كم

open-now-yes = مفتوح الآن
open-now-no = مغلق الآن
open-now-unknown = مفتوح الآن؟ لم نتمكن من التأكد
cost-free = مجاني
cost-fee = قد يكلّف مالًا
cost-unknown = التكلفة: لم نتمكن من التأكد

channel-voice = اتصال
channel-sms = رسالة نصية
channel-chat = دردشة
channel-web-form = عبر الإنترنت
channel-email = بريد إلكتروني
channel-walk-in = زيارة
channel-tty = TTY
channel-whatsapp = WhatsApp
text-keyword = أرسل { $keyword } في رسالة نصية إلى

hours-always = مفتوح 24 ساعة، كل يوم
hours-unknown = ساعات العمل: لم نتمكن من التأكد
hours-your-time = بتوقيتك المحلي
day-mon = الاثنين
day-tue = الثلاثاء
day-wed = الأربعاء
day-thu = الخميس
day-fri = الجمعة
day-sat = السبت
day-sun = الأحد
languages-unknown = لم نتمكن من التأكد

## Who will they tell (about a call concerning a child under 18)
tells-police-never = لا يخبرون الشرطة.
tells-police-with-consent = يخبرون الشرطة فقط إذا وافقت.
tells-police-when-required = قد يخبرون الشرطة عندما يُلزمهم القانون بذلك، مثلًا إذا كان طفل يتعرض للأذى.
tells-police-always = يخبرون الشرطة.
tells-police-unknown = الشرطة: لم نتمكن من التأكد إن كانوا يخبرون الشرطة.
tells-cps-never = لا يخبرون خدمات حماية الطفل.
tells-cps-with-consent = يخبرون خدمات حماية الطفل فقط إذا وافقت.
tells-cps-when-required = قد يخبرون خدمات حماية الطفل عندما يُلزمهم القانون بذلك.
tells-cps-always = هم خدمات حماية الطفل، أو يخبرونها دائمًا.
tells-cps-unknown = خدمات حماية الطفل: لم نتمكن من التأكد إن كانوا يخبرونها.
tells-immigration-never = لا يخبرون ضباط الهجرة.
tells-immigration-with-consent = يخبرون ضباط الهجرة فقط إذا وافقت.
tells-immigration-when-required = قد يخبرون ضباط الهجرة عندما يُلزمهم القانون بذلك.
tells-immigration-always = قد يحصل ضباط الهجرة على ما تقوله.
tells-immigration-unknown = الهجرة: لم نتمكن من التأكد إن كانوا يخبرون ضباط الهجرة.
anonymous-yes = لا يلزمك أن تذكر اسمك.
anonymous-no = يطلبون اسمك.
anonymous-unknown = لم نتمكن من التأكد إن كان يمكنك إخفاء هويتك.

## How sure we are
status-confirmed = مؤكد على صفحة الجهة نفسها
status-secondary = شوهد فقط على مواقع أخرى
status-conflicting = المصادر مختلفة: نحن نتحقق من ذلك
status-unknown = لم نتمكن من التأكد من هذا
source-undated = المصدر بلا تاريخ
source-dated = تاريخ المصدر { $date }
live-checked = تم التحقق على الصفحة الحالية أو بالهاتف في { $date }.
not-live-checked = لم يُعَد التحقق منه بعد على الصفحة الحالية.

## Listing
no-statewide-line = هذه الولاية ليس لها خط واحد للولاية كلها. يتم الإبلاغ إلى مكتب المقاطعة أو إلى الشرطة.
for-whom = لمن
ages = الأعمار { $ages }
where = أين
cost = التكلفة
ways-to-reach = كيف تتواصل معهم
hours = ساعات العمل
what-happens = ماذا يحدث عندما تتواصل معهم
we-could-not-confirm = لم نتمكن من التأكد من هذا.
who-will-they-tell = من سيخبرون؟
places = الأماكن
address-confidential = العنوان سري لحماية الناس
not-legal-advice = هذه معلومات، وليست نصيحة قانونية.
audience-child = الشباب
audience-sponsor = الكفلاء والعائلات
audience-community = الجيران والمعلمون وغيرهم
audience-professional = المهنيون
area-national = الولايات المتحدة كلها
area-states = { $states }
area-counties = { $counties }
area-radius = في حدود { $km } كم من مكتبهم
area-polygon = منطقة محلية
area-unknown = لم نتمكن من تأكيد المناطق التي يخدمونها
services = الخدمات
sources = المصادر
sources-explained = كل معلومة في Faro تأتي من إحدى هذه الصفحات. لم نتحقق من أي شيء عن طريق الاتصال.

## Safety
safety-title = البقاء آمنًا على هذا الموقع
safety-first = إذا كان أحد قد يرى شاشتك، استخدم الزر الأحمر «غادر هذا الموقع الآن» في الأعلى. إنه يفتح موقعًا للطقس.
safety-leave-h = غادر بسرعة
safety-leave = اضغط الزر الأحمر، أو اضغط مفتاح Shift ثلاث مرات. لإغلاق النافذة، اضغط Alt و F4 (Windows) أو Shift و Command و W (Mac).
safety-leave-limits = الزر لا يحذف سجل المتصفح. إنه يساعد فقط إذا دخل أحد فجأة.
safety-history-h = سجل متصفحك
safety-history = يتذكر متصفحك الصفحات التي تزورها. نموذج البحث لدينا لا يضع بحثك في عنوان الصفحة، لكن الصفحات التي تفتحها تبقى في السجل. يمكنك حذف السجل من إعدادات المتصفح. لكن حذفه قد يجعل أحدًا يشك أيضًا.
safety-private = النافذة الخاصة أو نافذة التصفح المتخفي لا تحتفظ بالسجل بعد أن تغلقها.
safety-device = إذا كان أحد قد يراقب هاتفك أو حاسوبك، استخدم جهازًا آخر: في مكتبة أو مدرسة أو بيت صديق.
safety-keeps-h = ما يحتفظ به Faro
safety-keeps = لا يحتفظ Faro بأي شيء عن عمليات بحثك. لا نضع ملفات تعريف الارتباط (cookies) في هذه الصفحات. سجلّنا يحتفظ فقط بالصفحة التي فُتحت، وهل نجح ذلك، وكم استغرق من الوقت. لا يحتفظ بما كتبته، ولا بمكانك، ولا بعنوان IP الخاص بك.
safety-others-h = ما قد يحتفظ به الآخرون
safety-others-browser = متصفحك يحتفظ بالصفحات التي زرتها.
safety-others-phone = إذا أرسلت رسالة نصية إلى خط مساعدة، تبقى الرسائل على هاتفك.
safety-others-carrier = قد تحتفظ شركة الهاتف بسجل للمكالمات والرسائل النصية.
safety-others-proxy = قد ترى شبكة المدرسة أو العمل المواقع التي تزورها.
safety-others-lines = لكل خط مساعدة قواعده الخاصة. كل بطاقة هنا تذكر من قد يخبرون.

## About
about-title = عن Faro
about-first = يساعد Faro الأطفال الذين أُطلق سراحهم من احتجاز الهجرة، وعائلاتهم، والناس من حولهم، على إيجاد مساعدة مجانية والخط الصحيح للاتصال به.
about-covers-h = ماذا يوجد في الدليل
about-covers = { $count ->
    [zero] لا توجد أي منظمة مدرجة.
    [one] توجد منظمة واحدة مدرجة.
    [two] توجد منظمتان مدرجتان.
    [few] توجد { $count } منظمات مدرجة.
    [many] توجد { $count } منظمة مدرجة.
   *[other] توجد { $count } منظمة مدرجة.
} يشمل الدليل خطوط مساعدة وطنية، وخط كل ولاية للإبلاغ عن إساءة معاملة الأطفال، وأدلة وطنية للمساعدة القانونية. الخدمات المحلية ستأتي من المنظمات نفسها.
about-vetting-h = كيف نتحقق من البطاقات
about-vetting = ندرج فقط الخدمات الحكومية والمنظمات غير الربحية. المساعدة القانونية تأتي فقط من محامين ومن منظمات تعترف بها وزارة العدل. كل معلومة تُظهر مدى تأكدنا منها:
about-confirmed = رأيناها على صفحة الجهة نفسها.
about-secondary = رأيناها فقط على مواقع أخرى.
about-conflicting = المصادر تقول أشياء مختلفة، لذلك نعرضها على أنها قيد التحقق.
about-unknown = لا يذكرها أي مصدر، لذلك نقول إننا لم نتمكن من التأكد منها.
about-live = لم نتحقق من أي معلومة هنا عن طريق الاتصال حتى الآن. كل معلومة تذكر ذلك إلى أن يتحقق منها أحد.
about-sources-h = المصادر والتراخيص
about-places = بيانات الرموز البريدية والمقاطعات من مكتب الإحصاء الأمريكي (ملكية عامة). أشكال الولايات من مشروع us-atlas (ترخيص ISC).
about-geonames = بيانات المدن من GeoNames،

## Why the router recommends each step
route-reason-danger = شخص في خطر الآن. الرقم 911 يرسل الشرطة وخدمات الطوارئ.
route-reason-police-fbi = طلبتَ إبلاغ الشرطة. هذا خط البلاغات التابع لـ FBI. إنه جهة لإنفاذ القانون.
route-reason-police-hsi = طلبتَ إبلاغ الشرطة. هذا ICE، وهي الجهة التي تطبّق قانون الهجرة. ليس خط مساعدة.
route-reason-find-county = هذه الولاية ليس لها خط واحد. يمكنهم أن يخبروك بمكتب المقاطعة الذي تتصل به.
route-reason-labor-nhth = لأي شخص أُجبر على العمل، أو يعمل لسداد دين. يساعد فيه مختصون في الدعم ويمكنهم أن يوصلوك بالخدمات.
route-reason-labor-whd = للأجور غير المدفوعة، أو لعمل غير آمن أو غير قانوني يقوم به طفل. تفحص الحكومة مكان العمل.
route-reason-labor-state = مكتب ولايتك لشكاوى عمل الأطفال.
route-reason-sexual-nhth = لأي شخص أُجبر على القيام بأفعال جنسية. يساعد فيه مختصون في الدعم ويمكنهم أن يوصلوك بالخدمات.
route-reason-state-line = خط الإبلاغ عن إساءة معاملة الأطفال في ولاية الطفل.
route-reason-state-line-elsewhere = الخط نفسه، لمن يتصل من خارج ولاية الطفل.
route-reason-sexual-ncmec = للإبلاغ عن صور أو فيديوهات جنسية لطفل.
route-reason-online-ncmec = للإبلاغ عن استغلال طفل عبر الإنترنت، حتى لو كان الأمر عنك أنت. يمكنهم المساعدة في إزالة الصور.
route-reason-online-ncmec-call = المنظمة نفسها، عبر الهاتف.
route-reason-abuse-childhelp = للتحدث مع مرشد عن الإساءة. ليس مكانًا للإبلاغ.
route-reason-lost-orr = الخط الفيدرالي للأطفال الذين أُطلق سراحهم ولكفلائهم. إنه ليس سريًا عن الشرطة.
route-reason-legal-list = قائمة الحكومة بالمحامين المجانيين قرب كل محكمة هجرة.
route-reason-legal-ian = قائمة بالمساعدة القانونية غير الربحية في قضايا الهجرة، حسب الولاية.
route-reason-legal-kind = محامون للأطفال الذين جاؤوا وحدهم. المساعدة المجانية غير مضمونة.
route-reason-legal-court = لمعرفة موعد المحكمة القادم باستخدام رقم A-number المكوّن من 9 أرقام.
route-reason-shelter-211 = الرقم 211 يوصلك بالسكن والمأوى في منطقتك.
route-reason-shelter-nrs = للشباب الذين تركوا البيت أو ليس لديهم مكان آمن يبقون فيه.
route-reason-talk-988 = للتحدث أو تبادل الرسائل النصية مع مرشد في أي وقت.
route-reason-talk-ctl = لتبادل الرسائل النصية مع مرشد.

## The router's page
yes = نعم
no = لا
help-title = مع من يجب أن أتواصل؟
help-heading = مع من يجب أن أتواصل؟
help-first = أجب عن بعض الأسئلة. سنعرض خطوة أولى وخيارات أخرى، وما يفعله كل منها. لا نحتفظ بأي شيء تختاره.
help-danger = هل يوجد شخص في خطر الآن؟
help-what = ماذا يحدث؟
situation-labor = شخص مُجبر على العمل، أو لا يُدفع له أجره، أو يعمل لسداد دين
situation-sexual = شخص مُجبر على القيام بأفعال جنسية
situation-online = شخص يتعرض للاستغلال عبر الإنترنت
situation-abuse = طفل يتعرض للأذى أو لا يلقى الرعاية في البيت
situation-lost-contact = فقدت الاتصال بطفل أُطلق سراحه
situation-legal = أحتاج إلى محامٍ أو لديّ موعد في المحكمة
situation-shelter = أحتاج إلى مكان آمن أبقى فيه
situation-talk = لا أشعر بالأمان أو أريد أن أتحدث مع أحد
help-who = من أنت؟
asker-child = أنا الشاب أو الشابة
asker-sponsor = أنا الكفيل أو من العائلة
asker-community = أنا جار أو معلم أو مهني آخر
help-where = أين الطفل الآن؟ (الرمز البريدي أو المدينة أو الولاية)
help-lang = اللغة التي تتحدثها
help-ways = ما الطرق الآمنة لك؟ (اختر ما تشاء)
way-call = اتصال هاتفي
way-text = رسالة نصية
way-chat = دردشة عبر الإنترنت
way-web = نموذج على موقع إلكتروني
way-in-person = الذهاب شخصيًا
help-police = هل تريد إبلاغ الشرطة؟
help-submit = اعرض لي مع من أتواصل
help-choose-situation = اختر ما يحدث.
help-first-step = خطوتك الأولى
help-law-enforcement = هذه جهة لإنفاذ القانون. قلتَ إنك تريد إبلاغ الشرطة.
help-not-chosen-way = هذه ليست من الطرق التي اخترتها.
help-speaks = يتحدث الموظفون { $language }.
help-does-not-speak = لا نعرف موظفين هنا يتحدثون { $language }.
help-language-unknown = لم نتمكن من التأكد من اللغات التي يتحدثها الموظفون.
help-enforcement-h = أي الخيارات تشمل الشرطة أو الهجرة؟
help-enforcement-none = تقول مصادره إنه لا يخبر الشرطة ولا سلطات الهجرة.
help-enforcement-maybe = قد يخبر الشرطة أو سلطات الهجرة، أو لم نتمكن من التأكد. اقرأ «من سيخبرون؟» في الأعلى.
help-wallet = أرقام تحتفظ بها
help-wallet-hint = اطبع هذه الصفحة لتحتفظ ببطاقة صغيرة عليها هذه الأرقام. البطاقة لا تذكر السبب.
help-note-no-statewide-line = هذه الولاية ليس لها خط واحد للإبلاغ عن إساءة معاملة الأطفال. مكتب المقاطعة يستقبل البلاغات. يمكن للرقم 211 ولـ Childhelp إيجاد رقم المقاطعة.
help-note-no-place = أخبرنا بالولاية لترى خطها للإبلاغ عن إساءة معاملة الأطفال.
help-note-no-chosen-way = لا يمكن الوصول إلى أي من هذه بالطرق التي اخترتها. نعرض طرقًا أخرى.
help-note-police = طلبتَ إبلاغ الشرطة، لذلك أضفنا خطوط الشرطة. إنها جهات لإنفاذ القانون.

home-report-router = أجب عن بعض الأسئلة لتعرف مع من تتواصل
nav-help = مع من يجب أن أتواصل؟
help-opens-at = يفتح { $time }

## Guides and "I speak…" cards
nav-guides = الأدلة
nav-i-speak = أتحدث لغة أخرى
home-rights = اعرف حقوقك
home-rights-text = أدلة قصيرة بكلمات بسيطة: حقوقك، وكيف تحصل على محامٍ، وكيف تُبلغ.
guides-title = الأدلة
guides-heading = اعرف حقوقك
guides-first = ابدأ من هنا إذا كنت تحتاج إلى مساعدة الآن:
guides-all = كل الأدلة
guides-in-english = بالإنجليزية
guide-help-link = أجب عن بعض الأسئلة لتجد أول اتصال مناسب.
guide-not-legal-advice = هذا الدليل معلومات عامة، وليس نصيحة قانونية. يمكن لمحامٍ أن يخبرك بما يناسب حالتك.
guide-last-reviewed = آخر مراجعة: { $date }.
guide-in-english-notice = هذا الدليل ليس متوفرًا بلغتك بعد. ها هو بالإنجليزية.
guide-draft-original = هذه الترجمة مسودة. اقرأ النص الأصلي بالإنجليزية.
guide-sources = المصادر
guide-first-heading = ماذا تفعل أولًا
i-speak-title = أتحدث لغة أخرى
i-speak-heading = أتحدث لغة أخرى
i-speak-first = ابحث عن لغتك. اعرض البطاقة على الموظفين في مدرسة أو عيادة أو محكمة أو مكتب. البطاقة تطلب مترجمًا فوريًا.
i-speak-not-a-promise = البطاقة تطلب المساعدة. لا يمكنها أن تَعِد بأن مترجمًا فوريًا سيأتي.
i-speak-request = أتحدث { $language }. من فضلكم، هل يمكنكم أن تحضروا لي مترجمًا فوريًا يتحدث { $language }؟
i-speak-code = رمز اللغة: { $code }

## Reporting a problem with a listing
listing-report-problem = أبلغ عن مشكلة في هذه البطاقة
problem-title = أبلغ عن مشكلة في هذه البطاقة
problem-first = أخبرنا ما الخطأ. يراجع أحد المشرفين كل بلاغ قبل تغيير أي شيء.
problem-about = البطاقة: { $name }
problem-back = ارجع إلى البطاقة
problem-what = ما الخطأ؟
problem-wrong-contact = رقم الهاتف أو رقم الرسائل النصية أو الموقع الإلكتروني غير صحيح
problem-wrong-hours = ساعات العمل غير صحيحة
problem-closed = أُغلق أو انتقل إلى مكان آخر
problem-wrong-language = لا يتحدثون اللغات المذكورة هنا
problem-unsafe = فيه شيء غير آمن أو غير صادق
problem-other = شيء آخر
problem-details = أخبرنا بالمزيد (يمكنك ترك هذا فارغًا)
problem-details-hint = لا تكتب اسمك ولا رقم هاتفك ولا عنوانك. Faro لا يحتفظ بمن أرسل هذا، لذلك لا نستطيع الرد عليك.
problem-submit = أرسل البلاغ
problem-choose = اختر ما الخطأ.
problem-too-long = يُرجى ألا يتجاوز عدد الأحرف { $max }.
problem-sent-title = شكرًا لك
problem-sent = وصلنا بلاغك. سيراجعه أحد المشرفين. تبقى البطاقة كما هي إلى أن يراجعها.
error-cross_site = لا يمكن إرسال هذا النموذج إلا من صفحات Faro نفسه. افتح البطاقة على Faro وحاول مرة أخرى.
error-heading-cross-site = تعذّر إرسال هذا النموذج
error-rate_limited = وصلت بلاغات كثيرة من اتصالك في وقت قصير. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
error-heading-rate-limited = يُرجى الانتظار بضع دقائق
error-too_large = ما أُرسل أطول من أن يقرأه Faro. أرسل أقل وحاول مرة أخرى.
error-heading-too-large = كثير دفعة واحدة
error-timed_out = استغرق وصول الطلب وقتًا طويلاً، فتوقف Faro عن الانتظار. حاول مرة أخرى.
error-heading-timed-out = استغرق ذلك وقتًا طويلاً

## Text messages and calls (/phone/sms, /phone/voice). Replies stay on the phone, so they
## never repeat what the person said is happening.
sms-menu = من Faro: أرسل الرمز البريدي (ZIP) أو المدينة وكلمة إنجليزية واحدة كما هي: WORK (عمل)، LAWYER (محامٍ)، SHELTER (مأوى)، TALK (تحدّث)، ONLINE (إنترنت)، FAMILY (عائلة). اللغات: ENGLISH، ESPAÑOL، PORTUGUÊS، KREYÒL، FRANÇAIS. في خطر الآن؟ اتصل بـ 911.
sms-near = بالقرب من { $place }.
sms-place-unknown = لم نجد «{ $place }». هذه الخطوط تخدم الجميع؛ أرسل الرمز البريدي لمعرفة الخطوط المحلية.
sms-no-place = أرسل الرمز البريدي لمعرفة خطوط ولايتك.
sms-default-situation = لم تذكر ما يحدث، لذلك هذه خطوط مساعدة عامة.
sms-footer = لخيارات أكثر أرسل MORE. للقائمة أرسل HELP.
sms-no-more = لا توجد خيارات أخرى. للقائمة أرسل HELP.
sms-started = ستصلك ردود Faro مرة أخرى. للقائمة أرسل HELP.
sms-why-danger = يرسل الشرطة وخدمات الطوارئ.
sms-why-police-fbi = خط البلاغات التابع للشرطة الفيدرالية.
sms-why-police-hsi = جهاز تطبيق قوانين الهجرة (ICE). ليس خط مساعدة.
sms-why-find-county = يمكنهم أن يخبروك بمكتب المقاطعة الذي تتصل به.
sms-why-labor-nhth = مختصون في الدعم يستمعون إليك ويوصلونك بالمساعدة.
sms-why-labor-whd = مكتب حكومي معني بالأجور والعمل الآمن.
sms-why-labor-state = مكتب الولاية لشكاوى العمل.
sms-why-sexual-nhth = مختصون في الدعم يستمعون إليك ويوصلونك بالمساعدة.
sms-why-state-line = خط حماية الأطفال في ولايتك.
sms-why-state-line-elsewhere = الخط نفسه، من خارج الولاية.
sms-why-sexual-ncmec = يستقبل البلاغات عن الصور على الإنترنت.
sms-why-online-ncmec = يستقبل البلاغات عن الصور على الإنترنت ويمكنه المساعدة في إزالتها.
sms-why-online-ncmec-call = المنظمة نفسها، عبر الهاتف.
sms-why-abuse-childhelp = مرشدون للتحدث معهم. ليس لتقديم البلاغات.
sms-why-lost-orr = خط فيدرالي للأطفال الذين أُطلق سراحهم ولكفلائهم. ليس سريًا عن الشرطة.
sms-why-legal-list = قائمة الحكومة بالمحامين المجانيين.
sms-why-legal-ian = مساعدة قانونية غير ربحية، حسب الولاية.
sms-why-legal-kind = محامون للأطفال الذين جاؤوا وحدهم. المساعدة المجانية غير مضمونة.
sms-why-legal-court = مواعيد المحكمة، باستخدام رقم A-number الخاص بك.
sms-why-shelter-211 = السكن والمأوى في منطقتك.
sms-why-shelter-nrs = للشباب الذين ليس لديهم مكان آمن يبقون فيه.
sms-why-talk-988 = تحدّث أو راسل مرشدًا في أي وقت.
sms-why-talk-ctl = راسل مرشدًا برسائل نصية.
voice-choose-language = للعربية، اضغط 1.
voice-situation-menu = إذا كان أحد في خطر الآن، اضغط 1. إذا أُجبر أحد على العمل، أو لم يُدفع له أجره، اضغط 2. للاستغلال الجنسي، اضغط 3. لشيء على الإنترنت، اضغط 4. للإساءة في البيت، اضغط 5. إذا فقدت الاتصال بطفل، اضغط 6. لمحامٍ أو لموعد محكمة، اضغط 7. لمكان آمن للبقاء فيه، اضغط 8. للتحدث مع أحد، اضغط 9.
voice-danger = أغلق الخط الآن واتصل بـ 9 1 1. لا يستطيع Faro الاتصال بـ 911 نيابةً عنك.
voice-zip = أدخل الرمز البريدي للطفل المكوّن من خمسة أرقام. أو اضغط مفتاح المربع للتخطي.
voice-first = مكالمتك الأولى: { $name }. { $why }
voice-next = خيار آخر: { $name }. { $why }
voice-number = الرقم هو { $number }.
voice-connect = للاتصال الآن، اضغط 1. للاستماع مرة أخرى، اضغط 2. لخيار آخر، اضغط 3.
voice-no-more = لا توجد خيارات أخرى. مع السلامة.
voice-not-understood = عذرًا، لم نفهم.
voice-connecting = جارٍ توصيلك الآن.
problem-not-help = هذا النموذج ليس وسيلة لطلب المساعدة. إذا كنت تحتاج إلى مساعدة، تواصل مع إحدى هذه الجهات:
listing-on-hold = هذه البطاقة قيد المراجعة ولا تظهر الآن. إذا كنت تحتاج إلى مساعدة الآن، تواصل مع إحدى هذه الجهات:
listing-channel-on-hold = بعض طرق التواصل مع هذه الخدمة قيد المراجعة ولا تظهر الآن.

## Asking to be listed
nav-ask-to-be-listed = اطلب الظهور في Faro
listed-title = اطلب الظهور في Faro
listed-first = هل منظمتك منظمة غير ربحية أو خدمة حكومية تساعد الأطفال المهاجرين أو عائلاتهم؟ اطلب الظهور في Faro. يراجع أحد المشرفين كل طلب قبل نشر أي شيء.
listed-rules = لا يعرض Faro إلا الخدمات الحكومية والمنظمات غير الربحية؛ والمساعدة القانونية فقط من المحامين أو المنظمات المعترف بها من وزارة العدل. اكتب فقط وسيلة التواصل العامة لمنظمتك، لا رقم أي شخص الخاص.
listed-organization = اسم المنظمة
listed-website = الموقع الإلكتروني (https://…)
listed-services = ما تقدمونه، وأين، وبأي لغات
listed-contact = وسيلة التواصل العامة (هاتف أو بريد إلكتروني أو صفحة ويب)
listed-contact-hint = وسيلة التواصل التي يمكن للجمهور استخدامها. ستظهر إذا نُشرت البطاقة.
listed-sources = صفحات تُظهر ما تقومون به (عنوان في كل سطر)
listed-sources-hint = يفتح المشرف كل صفحة للتحقق من المعلومات.
listed-submit = أرسل الطلب
listed-sent = شكرًا. سيراجع أحد المشرفين طلبك ويكتب إلى وسيلة التواصل العامة.
listed-error-organization = اكتب اسم المنظمة.
listed-error-website = اكتب الموقع الإلكتروني، بدءًا بـ https://.
listed-error-services = اكتب ما تقدمونه.
listed-error-contact = اكتب وسيلة تواصل عامة.
listed-error-sources = اكتب صفحة واحدة على الأقل تُظهر ما تقومون به، كل منها تبدأ بـ https://.
