"""How the meeting was run, told by construction in the six languages (see ``synth.kinds``).

Reports and transcripts describe the running of a meeting whatever its subject: the chair's
turns ("Right, I see a hand at the back; please introduce yourself"), the services of the room
(captions, interpretation, the recording, slides in the chat), mishaps (a late start, a speaker
who could not connect), the place of the meeting in a series and what will follow it, a person
showing material without a finding ("showed slides comparing prices"), and generalities that
name only the kinds of things said ("a wide array of concerns surfaced, with many proposals").
A sentence of this kind makes no point: the patterns below mark it descriptive. None of them
matches where a clause could carry a point ("showing that", "que", "что", "表明", "أن").
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_course import COURSE
from forum_messages.synth.kind_cues_notices import NOTICES
from forum_messages.synth.kind_cues_proceedings import PROCEEDINGS

# ------------------------------------------------------------------------------ chair's turns
# a discourse marker opening a turn, then an act of running the meeting in the same sentence
_EN_TURN = (
    r"^(?:ok(?:ay)?|right|alright|all right|good|great|thank you(?: very much)?|thanks)\b"
    r"[^.?!]{0,120}\b(?:hand (?:it )?over|pass (?:it )?(?:on )?to|give the floor|"
    r"the floor (?:is|goes)|next (?:speaker|question)|last (?:question|intervention|comment)|"
    r"introduce yourself|minutes? left|out of time|running (?:out of|short of) time|wrap up|"
    r"i see a hand|(?:any|more) questions|(?:take|collect) (?:a few |some )?questions|"
    r"let['’]s (?:begin|start|get started)(?: then| now)?[.!]?$)"
)
_FR_TURN = (
    r"^(?:bon|bien|alors|voilà|d['’]accord|très bien|merci(?: beaucoup)?|parfait)\b[^.?!]{0,120}"
    r"(?:la parole|(?:prochaine|dernière) (?:question|intervention)|présentez-vous|"
    r"(?:il nous |nous )?reste \w+ minutes|passer (?:directement )?à|je vois une main|"
    r"d['’]autres questions|on passe à|je passe le micro|"
    r"(?:nous pouvons|on peut|on va) commencer[.!]?$|commençons[.!]?$)"
)
_ES_TURN = (
    r"^(?:bueno|bien|muy bien|vale|ok|gracias|perfecto|entonces)\b[^.?!]{0,120}(?:la palabra|"
    r"(?:próxima|última) (?:pregunta|intervención)|preséntese|preséntate|(?:nos )?quedan \w+ "
    r"minutos|veo una mano|(?:más|otras) preguntas|pasamos a|paso el micrófono|"
    r"(?:empezamos|comenzamos|empecemos)[.!]?$)"
)
_RU_TURN = (
    r"^(?:так|итак|хорошо|ну|ладно|спасибо|отлично|коллеги)\b[^.?!]{0,120}(?:слово|микрофон|"
    r"(?:следующ|последн)\w* (?:вопрос|выступлени|спикер)|представьтесь|осталось \w+ минут|"
    r"вижу руку|(?:ещё|еще) вопросы|переходим к|(?:начинаем|начн[её]м)[.!]?$)"
)
_ZH_TURN = (
    r"^(?:好|好的|那么|那|行|谢谢|感谢|接下来)[，,。]?[^。？！]{0,60}(?:请[^。]{0,10}(?:发言|介绍一下"
    r"自己|提问)|(?:下一位|最后一个|最后一位)|还剩[^。]{0,4}分钟|有人举手|还有(?:没有)?(?:其他)?"
    r"问题|进入[^。]{0,10}(?:问题|环节)|把话筒交给|(?:我们)?开始(?:吧)?[。！]?$)"
)
_AR_TURN = (
    r"^(?:حسنا|حسنًا|طيب|إذن|شكرا|شكرًا|جيد|الآن)[،,]?[^.؟!]{0,120}(?:الكلمة|السؤال الأخير|"
    r"المتحدث التالي|عرّف بنفسك|عرف بنفسك|بالتعريف بنفسك|بقيت لدينا|يدًا مرفوعة|يدا مرفوعة|"
    r"أسئلة أخرى|ننتقل إلى|(?:لنبدأ|فلنبدأ|نبدأ)(?: إذن| إذًا)?[.!]?$)"
)

# --------------------------------------------------------------- the room, its services, mishaps
_EN_SERVICE = (
    r"(?:live )?(?:captions?|captioning|subtitles|(?:simultaneous |sign language )?interpretation|"
    r"the (?:recording|livestream|live ?stream|slides|presentations?)|slides)"
)
_EN_ROOM = [
    rf"^(?:{_EN_SERVICE})(?: and (?:{_EN_SERVICE}))?[^.]{{0,40}} (?:was|were|will be|are|is) "
    r"(?:provided|available|offered|shared|posted|published|uploaded|circulated)\b",
    r"\b(?:started|began|opened) (?:\w+ ){0,3}(?:minutes|an hour|half an hour) late\b",
    r"\b(?:could not|couldn['’]t|was unable to|were unable to|failed to) (?:connect|join|"
    r"attend|travel)\b[^.]{0,60}\b(?:read out|read by|delivered by|on (?:her|his|their) "
    r"behalf)\b",
    r"^(?:this|it|the session|the workshop|the dialogue|the panel) was the (?:first|second|"
    r"third|fourth|fifth|last|latest) (?:in|of) a series\b",
    r"\b(?:announced|will hold|plan to hold|invited [^.]{0,30} to) (?:a )?follow-up "
    r"(?:webinar|meeting|session|workshop|call)\b",
    r"^(?:a|the) (?:quick |short |brief )?(?:online |live )?(?:poll|survey|quiz|show of hands)"
    r"\b[^.]{0,30}\b(?:opened|started|kicked off|began)\b",
    r"^[^.,]{3,80} (?:showed|shared|displayed|projected|screened|demonstrated|circulated) "
    r"(?:a |an |the |some |several |his |her |their )?(?:\w+ ){0,2}(?:slides?|maps?|charts?|"
    r"graphs?|photos|photographs|pictures|videos?|dashboard|prototype|demo)\b"
    r"(?![^.]*\b(?:that|showing how|proving)\b)",
]
_FR_ROOM = [
    r"^(?:un |une |le |la |l['’]|des )?(?:sous-titrage|interprétation|traduction simultanée|"
    r"enregistrement|diffusion en direct|retransmission)\b[^.]{0,80}\b(?:a été|ont été|était|"
    r"étaient|sera|seront) (?:proposée?s?|assurée?s?|disponibles?|mise?s? en ligne|"
    r"publiée?s?|fournie?s?)\b",
    r"\b(?:a|ont) (?:commencé|débuté) avec (?:\w+ ){0,3}minutes de retard\b",
    r"\bn['’](?:a|ayant) pas pu se connecter\b",
    r"^il s['’]agissait du (?:premier|deuxième|second|troisième|quatrième|dernier) (?:volet|"
    r"épisode|rendez-vous|dialogue)",
    r"\b(?:ont|a) annoncé (?:un|une) (?:webinaire|réunion|séance|atelier|session) de suivi\b",
    r"^(?:un |le )(?:bref |rapide )?(?:sondage|quiz)\b[^.]{0,30}\ba ouvert\b",
    r"^[^.,]{3,80} a (?:projeté|montré|présenté|affiché|diffusé|fait circuler) (?:une?|des|"
    r"les|ses|sa|son) (?:\w+ ){0,2}(?:cartes?|diapositives?|graphiques?|photos|vidéos?|"
    r"tableaux? de bord|prototype|démonstration)\b(?![^.]*\b(?:que|qui montre)\b)",
]
_ES_ROOM = [
    r"^(?:hubo|se contó con|se ofreció|se brindó) (?:\w+ ){0,2}(?:subtitulado|subtítulos|"
    r"interpretación|traducción simultánea|transmisión en vivo)\b",
    r"\b(?:empezó|comenzó|inició|arrancó) con (?:\w+ ){0,3}minutos de retraso\b",
    r"\bno (?:logró|pudo) conectarse\b",
    r"^(?:fue|es|era) (?:el|la) (?:primer|primera|segundo|segunda|tercer|tercera|cuarto|"
    r"cuarta|último|última) (?:\w+ )?de una serie\b",
    r"\banunciaron (?:un|una) (?:seminario web|webinario|reunión|sesión|taller) de "
    r"seguimiento\b",
    r"^(?:una|la) (?:breve |rápida )?encuesta(?: rápida)?(?: en línea)?\b[^.]{0,30}\babrió\b",
    r"^[^.,]{3,80} (?:mostró|proyectó|compartió|exhibió) (?:unas?|unos|las|los|sus|su) "
    r"(?:\w+ ){0,2}(?:diapositivas|mapas?|gráficos?|fotos|fotografías|videos?|prototipo)\b"
    r"(?![^.]*\bque\b)",
]
_RU_ROOM = [
    r"^(?:работал[иа]?|велась|вёлся|велся|был[аио]? (?:организован|обеспечен)\w*) "
    r"(?:\w+ ){0,3}(?:субтитр|сурдоперевод|синхронн\w* перевод|перевод|трансляци)",
    r"\bначал\w* (?:\w+ ){0,5}позже\b",
    r"\bне (?:смог|смогла|смогли) подключиться\b",
    r"^это был[аио]? (?:перв|втор|трет|четв[её]рт|последн)\w* (?:\w+ )?из серии\b",
    r"\bобъявили о (?:вебинаре|встрече|семинаре|сессии)",
    r"^(?:разговор|обсуждение|дискуссия|сессия|встреча) начал(?:ся|ась|ось) с "
    r"(?:[\w-]+ ){0,2}[\w-]*(?:опроса|голосования|викторины)\b",
    r"^[^.,]{3,80} (?:продемонстрировал|показал|представил|вывел на экран)а? (?:\w+ ){0,2}"
    r"(?:слайд|карт|график|фото|видео|прототип|диаграмм)\w*\b(?![^.]*\bчто\b)",
]
_ZH_ROOM = [
    # not a call ("都应提供字幕", "必须配备同声传译")
    r"(?<![应须要该])(?:提供|配有|配备)(?:了)?(?:实时|同声|现场)?(?:字幕|手语翻译|同声传译|传译|翻译|"
    r"直播)",
    r"推迟\S{0,8}分钟(?:开始|开场)",
    r"未能(?:接入|连线|连接|上线|到场)[^。]{0,20}(?:代为|代读|宣读)",
    r"^这是[^。]{0,20}系列[^。]{0,12}的第[一二三四五六七八九十\d]+场",
    r"(?:宣布|计划)[^。]{0,12}(?:后续|跟进)[^。]{0,6}(?:研讨会|会议|活动|网络研讨会)",
    r"以[^。]{0,10}(?:投票|问卷|小测验)开场",
    r"^[^。，,]{2,20}展示了[^。]{0,30}(?:幻灯片|地图|图表|照片|视频|原型)[。！]?$",
]
_AR_ROOM = [
    r"^(?:و)?(?:وُفرت|وفرت|توفرت|أتيحت|أُتيحت|قُدمت|قدمت)(?: \S+){0,2} (?:ترجمة|ترجمات|"
    r"بث|تسجيل)",
    r"(?:بدأت|انطلقت|افتتحت) (?:\S+ ){0,2}متأخرة",
    r"(?:تعذر|لم (?:تتمكن|يتمكن|تستطع|يستطع))[^.]{0,40}(?:الاتصال|الانضمام)",
    r"^كان (?:هذا|هذه) (?:ال)?\S+ (?:الأول|الثاني|الثالث|الرابع|الأخير)(?:ة)? في سلسلة",
    r"(?:أعلن|أعلنت)(?: \S+){0,2} عن (?:ندوة|اجتماع|جلسة|ورشة|لقاء) متابعة",
    r"^(?:افتُتح|افتتح|بدأ|استهل)(?: \S+){0,2} باستطلاع",
    r"^(?:عرض|عرضت|أظهر|أظهرت)(?: \S+){1,4} (?:شرائح|خريطة|خرائط|رسوما|صورا|صورًا|فيديو|"
    r"مقطع)(?![^.]*\bأن\b)",
]

# ------------------------------------------------------------- generalities: only kinds of talk
# The whole sentence is made of quantities, kinds of things said, verbs of saying and the time of
# the meeting: nothing is said about the world.
_EN_EMPTY = (
    r"^(?:\W*(?:a|an|the|of|and|as well as|together with|along with|with|many|much|several|"
    r"various|numerous|multiple|some|lots?|plenty|number|wide|broad|whole|range|array|variety|"
    r"host|set|series|good|great|rich|fruitful|lively|important|key|major|pressing|valuable|"
    r"useful|interesting|diverse|different|concrete|possible|new|further|ideas?|concerns?|"
    r"proposals?|suggestions?|challenges?|opportunit(?:y|ies)|issues?|questions?|topics?|"
    r"perspectives?|views?|insights?|points?|recommendations?|solutions?|aspects?|facets?|"
    r"considerations?|experiences?|examples?|lessons?|ways forward|surfaced|emerged|arose|came "
    r"up|were|was|raised|shared|put forward|made|offered|voiced|identified|highlighted|"
    r"explored|exchanged|discussed|over|during|throughout|in the course of|across|in|"
    r"\d+|ninety|sixty|thirty|forty-five|minutes|hours?|half|day|session|discussion|"
    r"conversation|exchange|debate|meeting|participants|speakers|attendees|everyone|those "
    r"present|audience)\b)+\W*$"
)
_FR_EMPTY = (
    r"^(?:\W*(?:une?|les?|la|l['’]|des?|du|d['’]|et|ainsi que|en|au|aux|fil|cours|sein|grande|"
    r"grand|large|vaste|diversité|variété|ensemble|série|nombre|nombreux|nombreuses|plusieurs|"
    r"divers|diverses|multiples|riches?|variée?s?|importants?|importantes?|précieux|"
    r"intéressants?|préoccupations?|propositions?|idées?|pistes?|défis|enjeux|opportunités?|"
    r"questions?|thèmes?|points? de vue|suggestions?|recommandations?|s['’]est exprimée?s?|"
    r"se sont exprimée?s?|ont été|a été|exprimée?s?|formulée?s?|soulevée?s?|évoquée?s?|"
    r"partagée?s?|\d+|une heure et demie|heures?|minutes|demi-heure|séance|discussion|"
    r"échanges|débats?|participants|intervenants)\b)+\W*$"
)
_ES_EMPTY = (
    r"^(?:\W*(?:una?|el|la|los|las|de|del|y|así como|en|durante|a lo largo|el transcurso|"
    r"gran|amplia|amplio|variedad|diversidad|serie|conjunto|número|numerosas|numerosos|"
    r"muchas|muchos|varias|varios|diversas|diversos|múltiples|valiosas|valiosos|importantes|"
    r"interesantes|inquietudes|preocupaciones|propuestas|ideas|desafíos|retos|oportunidades|"
    r"temas|preguntas|puntos de vista|sugerencias|recomendaciones|surgió|surgieron|se "
    r"plantearon|se expresaron|se compartieron|fueron|\d+|hora y media|horas?|minutos|"
    r"media hora|sesión|diálogo|debate|intercambio|participantes)\b)+\W*$"
)
_RU_EMPTY = (
    r"^(?:\W*(?:за|в|во|на|и|а также|с|ходе|течение|время|полтора|полутора|час|часа|часов|"
    r"минут|\d+|прозвучал[аио]?|было|были|высказан[аоы]?|озвучен[аоы]?|множество|немало|много|"
    r"ряд|масса|целый|самых|самые|разных|разные|различных|различные|разнообразных|"
    r"разнообразные|ценных|ценные|интересных|интересные|важных|важные|опасений|опасения|"
    r"предложений|предложения|идей|идеи|вопросов|вопросы|мнений|мнения|соображений|вызовов|"
    r"возможностей|сессии|обсуждения|дискуссии|встречи)\b)+\W*$"
)
_ZH_EMPTY = (
    r"^(?:[^。，,]{0,8}(?:分钟|小时|过程中|期间|里|中)[，,])?(?:各方|与会者|嘉宾|大家)?(?:表达|提出|"
    r"分享)了(?:形形色色|各种各样|多种多样|许多|不少|大量|诸多)的?(?:关切|意见|看法|想法|建议|"
    r"观点)(?:[，,]?(?:也|并|还)?(?:提出|分享|表达)了(?:不少|许多|一些|诸多)(?:建议|意见|想法|"
    r"观点))?[。！]?$"
)
_AR_EMPTY = (
    r"^(?:و)?(?:برزت|ظهرت|طُرحت|طرحت)(?: على مدى| خلال| طوال)?(?: \S+){0,2} (?:هموم|"
    r"مخاوف|أفكار|مقترحات|آراء|قضايا)(?: متنوعة| كثيرة| عديدة| مختلفة)?(?: و(?:هموم|مخاوف|"
    r"أفكار|مقترحات|آراء)(?: متنوعة| كثيرة| عديدة| مختلفة)?)?[.!]?$"
)

# ------------------------------------------------ who came, how the time went, the tone, what next
# the audience and how it joined, time given over or run out, opening words, the tone of the
# exchange, views split without saying which, testimonies heard, where the report will go
_EN_COURSE = [
    r"^(?:the )?(?:audience|attendance|public) (?:was|were) (?:made up|composed|drawn)\b",
    r"^(?:the )?(?:remaining|rest of the|last|final) (?:time|minutes|half hour) (?:was|were) "
    r"(?:given over|devoted|dedicated|left|set aside|used)\b",
    r"^(?:time constraints|lack of time|the lack of time|shortage of time)\b",
    r"\b(?:joined|connected|took part|participated) (?:by|via|through|over) (?:a )?"
    r"(?:video ?link|videoconference|video call|zoom)\b",
    r"\bcan (?:everyone|everybody|you all|people)(?: \w+)? hear me\b",
    r"\b(?:delivered|gave|made) (?:the )?(?:opening|welcoming|closing|welcome) (?:remarks|"
    r"address|words|speech)\b(?![^.]*\bthat\b)",
    r"^(?:the )?(?:exchange|discussion|debate|conversation|dialogue) (?:was|were|remained) "
    r"(?:frank|lively|heated|candid|animated|open|constructive|intense|spirited)\b",
    r"^(?:opinions|views|positions) (?:were|remained) (?:split|divided)\b",
    r"\b(?:heard|listened to) (?:the )?(?:testimonies|testimony|stories|accounts) of\b",
    r"^(?:the )?(?:session|workshop|panel)['’]?s? (?:report|summary|outcome|notes)(?: of the "
    r"\w+)? will be (?:shared|sent|submitted|forwarded|transmitted|passed on)\b",
]
_FR_COURSE = [
    r"^(?:le |l['’])?(?:public|assistance|auditoire) (?:était|a été) (?:composée?|constituée?)\b",
    r"^(?:le )?temps restant a été (?:consacré|réservé|laissé|dévolu)\b",
    r"^(?:faute de temps|par manque de temps|le manque de temps)\b",
    r"\b(?:ont|a) rejoint (?:la séance|le débat|l['’]atelier|la session|les échanges)(?: \w+)? "
    r"par (?:visioconférence|vidéo|liaison vidéo)\b",
    r"\btout le monde m['’]entend\b",
    r"\ba prononcé (?:l['’]allocution|le discours|le mot|les mots) (?:d['’]ouverture|de "
    r"bienvenue|de clôture|inaugural)",
    r"^(?:les |le )?(?:échanges|débat|discussion|dialogue) (?:ont été|a été|étaient|était|"
    r"sont restés?) (?:francs?|franche|vifs?|vive|animée?s?|constructifs?|tendus?|ouverts?)\b",
    r"^(?:les )?(?:avis|opinions|positions) (?:étaient|ont été|sont restés?|restaient) "
    r"(?:partagés|partagées|divisés|divisées)\b",
    r"\bont entendu (?:les |des )?(?:témoignages|récits)\b",
    r"^(?:le |la )?(?:rapport|compte rendu|synthèse) de (?:la séance|l['’]atelier|la session)"
    r"(?: \w+)? sera (?:transmise?|envoyée?|communiquée?|remise?|partagée?)\b",
]
_ES_COURSE = [
    r"^(?:el )?(?:público|auditorio) (?:estuvo|estaba|fue) (?:compuesto|integrado|conformado)\b",
    r"^(?:el )?tiempo restante se (?:destinó|dedicó|reservó|dejó)\b",
    r"^(?:por falta de tiempo|la falta de tiempo)\b",
    r"\bse (?:sumaron|unieron|conectaron) (?:\w+ )?(?:por|mediante|a través de) "
    r"(?:videoconferencia|video|enlace de video)\b",
    r"\bme (?:escuchan|oyen)\b",
    r"\bpronunció (?:el )?(?:discurso|mensaje|palabras) (?:inaugural|de apertura|de bienvenida|"
    r"de cierre)",
    r"^(?:el |la )?(?:intercambio|debate|diálogo|conversación|discusión) (?:fue|estuvo|resultó) "
    r"(?:franc[oa]|animad[oa]|acalorad[oa]|intens[oa]|constructiv[oa]|abiert[oa])\b",
    r"^(?:las )?(?:opiniones|posiciones|posturas) (?:estuvieron|estaban|quedaron) "
    r"(?:divididas|repartidas)\b",
    r"\b(?:se )?escucharon (?:los )?(?:testimonios|relatos)\b",
    r"^(?:el )?(?:informe|resumen|relato|relatoría) de la sesión se (?:hará llegar|enviará|"
    r"compartirá|remitirá|entregará)\b",
]
_RU_COURSE = [
    r"^(?:аудиторию|публику|зал) (?:составили|составляли)\b",
    r"^оставшееся время (?:было )?(?:отведено|посвящено|отдано|оставлено)\b",
    r"^из-за (?:нехватки|недостатка) времени\b",
    r"\bподключил(?:ись|ась|ся) (?:\w+ ){0,3}по (?:видеосвязи|видеоконференции)\b",
    r"^меня слышно\b",
    r"^с (?:приветственным|вступительным|заключительным) словом выступил",
    r"^(?:обмен мнениями|обсуждение|дискуссия|разговор) (?:был|была|было|прош[её]л|прошла) "
    r"(?:откровенн|оживл[её]нн|жарк|острым|острой|конструктивн|напряж[её]нн)",
    r"^мнения (?:\w+ ){0,5}разделились\b",
    r"\bвыслушали (?:\w+ ){0,2}(?:истори|рассказ|свидетельств)",
    r"^отч[её]т (?:о|по итогам) (?:сессии|семинара|заседания|встречи) будет "
    r"(?:направлен|передан|разослан|представлен)\b",
]
_ZH_COURSE = [
    r"^(?:听众|观众|与会者|参会者)以[^。]{2,20}为主[。！]?$",
    r"^剩余(?:的)?时间(?:用于|留给|用来)",
    r"^(?:由于|因为)时间(?:有限|关系|不足)",
    r"通过视频(?:连线|会议)(?:加入|参与|接入)",
    r"能听到我(?:说话)?吗",
    r"致(?:开幕辞|开幕词|欢迎辞|欢迎词|闭幕辞|闭幕词)",
    r"^(?:交流|讨论|对话|辩论)(?:气氛)?(?:坦率|热烈|激烈|活跃)",
    r"各方意见不一[。！]?$",
    r"聆听了[^。]{0,20}(?:经历|故事|讲述)",
    r"(?:会议|本场会议|研讨会)的报告将(?:提交|转交|发送|分享)给",
]
_AR_COURSE = [
    r"^(?:تكون|تألف|ضم) (?:ال)?(?:جمهور|حضور)\b",
    r"^(?:خصص|خُصص) ما تبقى من الوقت\b",
    r"^(?:بسبب|لضيق|نظرا لضيق|نظرًا لضيق) (?:ضيق )?الوقت\b",
    # someone joined or spoke by video; a point about video consultations is not one
    r"\b(?:انضم|انضمت|انضموا|شارك|شاركت|شاركوا|تحدث|تحدثت|ألقى|ألقت|تدخل|تدخلت|متصلا|متصلة|"
    r"متصلين|حضر|حضرت|حضروا)\b(?: \S+){0,6} عبر (?:الاتصال المرئي|الفيديو|تقنية الفيديو|"
    r"الاتصال بالفيديو)\b",
    r"^هل (?:يسمعني|تسمعونني)\b",
    r"\bالكلمة (?:الافتتاحية|الترحيبية|الختامية)\b",
    r"^كان (?:تبادل الآراء|النقاش|الحوار) (?:صريحا|صريحًا|حادا|حادًا|حيويا|حيويًا|ساخنا|ساخنًا)",
    r"^انقسمت الآراء\b",
    r"\b(?:استمع|استمعوا|استمعت)(?: \S+){0,2} (?:إلى )?(?:شهادات|قصص|روايات)\b",
    r"^(?:سيُرفع|سيرفع|سيُرسل|سيرسل|سيُحال|سيحال) تقرير (?:الجلسة|الورشة)\b",
]

# -------------------------------------------------------------- the rules and makeup of the room
# the Chatham House Rule, speaking in a personal capacity, terms defined at the outset, a panel
# balanced by gender, what the notes leave out
_RULES = {
    "en": [
        r"\bchatham house\b",
        r"\bin (?:their|his|her|a) (?:personal|individual) capacit",
        r"^(?:the )?key terms were defined\b",
        r"^(?:the )?(?:panel|line-up|speakers?) (?:was|were) gender-balanced\b",
    ],
    "fr": [
        r"\bchatham house\b",
        r"\bà titre (?:personnel|individuel)\b",
        r"^(?:les )?termes clés ont été définis\b",
        r"^(?:le )?(?:panel|plateau) (?:était|a été) paritaire\b",
    ],
    "es": [
        r"\bchatham house\b",
        r"\ba título (?:personal|individual)\b",
        r"\bse definieron (?:los )?(?:términos|conceptos) clave\b",
        r"^(?:el )?(?:panel|elenco) (?:fue|era|estuvo) paritario\b",
    ],
    "ru": [
        r"\bчат[еэ]м[- ]ха[уй]с",
        r"\bв личном качестве\b",
        r"\b(?:были )?определены ключевые (?:термины|понятия)\b",
        r"\bсбалансирован\w* по (?:полу|гендерному признаку)\b",
    ],
    "zh": [
        r"查塔姆宫",
        r"以个人身份(?:发言|参会|参加)",
        r"界定了?(?:关键|核心)(?:术语|概念)",
        r"男女比例(?:均衡|平衡)",
        r"^本(?:摘要|纪要|记录|报告|综述)(?:未能|并未|没有|未)(?:涵盖|反映|包括|收录)",
    ],
    "ar": [
        r"تشاتام هاوس",
        r"\bبصفت(?:هم|ه|ها) الشخصية\b",
        r"(?:عُرفت|عرفت|حُددت|حددت) (?:ال)?مصطلحات (?:ال)?(?:أساسية|رئيسية)",
        r"التوازن بين الجنسين",
    ],
}

CONDUCT = {
    "en": [
        _EN_TURN,
        *_EN_ROOM,
        _EN_EMPTY,
        *_EN_COURSE,
        *_RULES["en"],
        *COURSE["en"],
        *PROCEEDINGS["en"],
        *NOTICES["en"],
    ],
    "fr": [
        _FR_TURN,
        *_FR_ROOM,
        _FR_EMPTY,
        *_FR_COURSE,
        *_RULES["fr"],
        *COURSE["fr"],
        *PROCEEDINGS["fr"],
        *NOTICES["fr"],
    ],
    "es": [
        _ES_TURN,
        *_ES_ROOM,
        _ES_EMPTY,
        *_ES_COURSE,
        *_RULES["es"],
        *COURSE["es"],
        *PROCEEDINGS["es"],
        *NOTICES["es"],
    ],
    "ru": [
        _RU_TURN,
        *_RU_ROOM,
        _RU_EMPTY,
        *_RU_COURSE,
        *_RULES["ru"],
        *COURSE["ru"],
        *PROCEEDINGS["ru"],
        *NOTICES["ru"],
    ],
    "zh": [
        _ZH_TURN,
        *_ZH_ROOM,
        _ZH_EMPTY,
        *_ZH_COURSE,
        *_RULES["zh"],
        *COURSE["zh"],
        *PROCEEDINGS["zh"],
        *NOTICES["zh"],
    ],
    "ar": [
        _AR_TURN,
        *_AR_ROOM,
        _AR_EMPTY,
        *_AR_COURSE,
        *_RULES["ar"],
        *COURSE["ar"],
        *PROCEEDINGS["ar"],
        *NOTICES["ar"],
    ],
}
