"""Notices and announcements that recur in the records of forums, in the six languages (see
``synth.kinds``; added to the descriptions of ``synth.kind_cues_conduct``):

- the event announced with its date, place or organisers ("On 12 March, the ... Forum,
  organised by ..., took place in ...", "Le 3 mai, ... s'est tenu à ...", "El 3 de mayo ...
  se celebró en ...", "3 мая в ... прошёл ...", "5月3日，由……主办的……在……举行", "انعقد ...
  يومي 14 و15 نوفمبر ...");
- a transcript's notice that it may not be relied on as the record ("should not be treated as
  an authoritative record", "ne doit pas être considéré comme un compte rendu officiel",
  "不应视为正式记录"), and the real-time captioning it comes from;
- interpretation offered ("Simultaneous interpretation in ...", "Interprétation simultanée
  assurée en ...", "Interpretación simultánea en ...", "Обеспечивался синхронный перевод на
  ...", "ترجمة فورية متوفرة ...");
- what will be done with the recommendations or the outcomes ("The recommendations ... will be
  transmitted to the secretariat ...", "Les recommandations ... seront transmises ...", "Las
  recomendaciones ... se enviarán ...", "Рекомендации ... будут направлены ...", "建议将……提交
  ……", "ستحال التوصيات ...");
- the session that "revealed a wide range of perspectives", "a mis en lumière la diversité des
  approches", "puso de manifiesto la diversidad de enfoques", "выявила самые разные взгляды",
  "呈现了多元的观点", "كشفت الجلسة عن تنوع ...".

None carries a point: each gives way to one where a clause could carry it ("that", "should",
"que", "debe", "что", "应", "يجب", "but" ...).
"""

from __future__ import annotations

_EN_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
_FR_MONTH = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre)"
)
_ES_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_AR_MONTH = (
    r"(?:يناير|فبراير|مارس|أبريل|ابريل|مايو|ماي|يونيو|يونيه|يوليو|يوليوز|أغسطس|غشت|سبتمبر|"
    r"شتنبر|أكتوبر|نوفمبر|نونبر|ديسمبر|دجنبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|"
    r"أيلول|تشرين الأول|تشرين الثاني|كانون الأول)"
)
_EN_EVENT = (
    r"(?:forum|igf|conference|summit|meeting|workshop|session|dialogue|symposium|convention|"
    r"congress|school|retreat|roundtable|round table|consultation|hackathon|week)"
)
# a clause that could carry a point after the construction
_EN_NO_POINT = r"(?![^.]*\b(?:that|should|must|needs? to|ought)\b)"
_FR_NO_POINT = r"(?![^.]*\b(?:que|qu['’]|doit|doivent|devrait|devraient|faut)\b)"
_ES_NO_POINT = r"(?![^.]*\b(?:que|debe|deben|debería|deberían|hay que)\b)"
_RU_NO_POINT = r"(?![^.]*\b(?:что|должн\w*|следует|нужно|необходимо)\b)"
_ZH_NO_POINT = r"(?![^。]*(?:认为|指出|强调|表明|应当|应该|必须|需要))"
_AR_NO_POINT = r"(?![^.]*(?:\bأن\b|\bأنّ\b|يجب|ينبغي|يتعين|لا بد))"

NOTICES: dict[str, list[str]] = {
    "en": [
        # "On 12 March, the third ... Forum, organised by ..., took place in Suva."
        rf"^(?:on|from|between) (?:\d{{1,2}}(?:st|nd|rd|th)?(?:[-–]\d{{1,2}})? {_EN_MONTH}|"
        rf"{_EN_MONTH} \d{{1,2}}(?:[-–]\d{{1,2}})?)(?:,? \d{{4}})?, [^.]{{0,160}}?\b{_EN_EVENT}\b"
        r"[^.]{0,160}?\b(?:took place|was held|was convened|was hosted|opened|convened|met)\b"
        rf"{_EN_NO_POINT}",
        # "... should not be treated as an authoritative record" (each of the two starts with a
        # literal the search skips to, what goes before it checked behind it: a verb
        # alternation tried at every position cost 6-8 ms on bench/synthetic.py's sentences)
        r"not(?:(?<=\bshould not)|(?<=\bmust not)|(?<=\bmay not)|(?<=\bcan not)|(?<=\bcannot)|"
        r"(?<=\bis not)|(?<=\bare not)) be (?:treated|taken|considered|regarded|relied (?:up)?on|"
        r"used|cited|quoted) as (?:an?|the) (?:official|authoritative|verbatim) (?:record|"
        r"transcript|account|minutes)\b",
        # "The text below comes from the real-time captioning ..."
        r"caption(?:(?<=\breal-time caption)|(?<=\brealtime caption)|(?<=\blive caption))"
        r"(?:ing|s)\b[^.]{0,120}\b(?:may contain|might contain|contains?) (?:errors|gaps|"
        r"omissions|inaccuracies)\b",
        r"^(?:simultaneous |live |remote |consecutive )?(?:interpretation|interpreting|"
        r"sign[- ]language interpretation) (?:is|was|will be)(?: also)? (?:provided|available|"
        r"offered|ensured) (?:in|into|between|from)\b"
        r"(?![^.]*\b(?:should|must|needs?|would|could|costs?|if|but)\b)",
        # without a verb, a list of languages (not "Interpretation into local languages is what
        # turns a global forum into ...")
        r"^(?:simultaneous|live|remote|consecutive) interpretation (?:in|into|between)\b"
        r"(?![^.]*\b(?:is|are|was|were|will|would|can|could|should|must|turns?|makes?|lets?|"
        r"allows?|helps?|gives?|costs?)\b)",
        # "The recommendations from the workshops will be transmitted to the secretariat ..."
        r"^(?:the |all |these |its |their )?(?:recommendations|outcomes|conclusions|key messages|"
        r"messages|outputs|results|summary|report)(?: [^.]{0,60}?)? will be (?:transmitted|"
        r"forwarded|submitted|sent|presented|shared|fed|compiled|published|posted|circulated|"
        r"delivered|made available) (?:to|into|on|at|with|as|in|before|by)\b"
        r"(?![^.]*\b(?:should|must|so that|only if|unless|but)\b)",
        # "The session revealed a wide range of perspectives on ..."
        r"^(?:the |this )?(?:session|workshop|panel|discussion|debate|dialogue|exchange|"
        r"conversation|forum|meeting)s? (?:revealed|showed|highlighted|brought out|displayed|"
        r"reflected|surfaced|demonstrated|featured) (?:a |the )?(?:wide |broad |great |rich |"
        r"considerable |whole )?(?:range|diversity|variety|spectrum|plurality|array|mix) of "
        r"(?:perspectives|views|opinions|approaches|positions|viewpoints|experiences)\b"
        r"(?![^.]*\b(?:but|yet|although|while|that)\b)",
    ],
    "fr": [
        rf"^(?:le|les|du) \d{{1,2}}(?:er)?(?: (?:et|au) \d{{1,2}})? {_FR_MONTH}(?: \d{{4}})?, "
        r"[^.]{0,160}?\b(?:s['’]est (?:tenue?|déroulée?|ouverte?)|a eu lieu|se sont (?:tenus|"
        rf"tenues|déroulés|déroulées)|ont eu lieu)\b{_FR_NO_POINT}",
        r"\bne (?:doit|doivent|saurait|sauraient|peut|peuvent) (?:pas )?être (?:considérée?s?|"
        r"tenue?s? pour|traitée?s?|utilisée?s?|citée?s?) (?:comme )?(?:un|le|une) (?:compte rendu|"
        r"procès-verbal|relevé|enregistrement|transcription) (?:officiel|officielle|faisant foi)\b",
        r"\bsous-titrage (?:en temps réel|en direct)\b[^.]{0,120}\b(?:erreurs|lacunes|omissions)\b",
        r"^(?:une |l['’])?(?:interprétation|traduction) (?:simultanée|consécutive)(?: (?:est|sera|"
        r"était|a été))?(?: (?:assurée|disponible|proposée|offerte))? (?:en|vers|entre|du|de l)\b"
        rf"(?![^.]*\b(?:coûte|coûteuse|si|rend|rendent|permet|permettent|ce qui)\b){_FR_NO_POINT}",
        r"^(?:les |ces |toutes les )?(?:recommandations|conclusions|messages clés|messages|"
        r"résultats|contributions|synthèses?)(?: [^.]{0,60}?)? (?:seront|sera) (?:transmise?s|"
        r"remise?s|soumise?s|présentée?s|publiée?s|partagée?s|envoyée?s|intégrée?s|compilée?s|"
        r"adressée?s|versée?s) (?:au|à|aux|dans|sur|lors|avant|d['’]ici)\b"
        r"(?![^.]*\b(?:afin que|pour que|doivent|devront|mais)\b)",
        r"^(?:la |le |l['’]|cette |ce |cet )?(?:séance|session|atelier|panel|table ronde|"
        r"discussion|débat|dialogue|échanges?|forum|réunion)s? (?:a |ont )?(?:mis en lumière|"
        r"mis en évidence|montré|révélé|fait apparaître|fait ressortir|reflété|illustré) "
        r"(?:la |une )?(?:grande |large |riche )?(?:diversité|variété|pluralité|palette|éventail|"
        r"multiplicité) (?:des |de |d['’])(?:approches|points de vue|perspectives|opinions|"
        r"positions|avis|expériences|regards)\b(?![^.]*\b(?:mais|toutefois|cependant|que)\b)",
    ],
    "es": [
        rf"^(?:el|los|del) \d{{1,2}}(?: (?:y|al) \d{{1,2}})? de {_ES_MONTH}(?: de \d{{4}})?, "
        r"[^.]{0,160}?\b(?:se (?:celebró|realizó|llevó a cabo|desarrolló|celebraron|realizaron)|"
        rf"tuvo lugar|tuvieron lugar)\b{_ES_NO_POINT}",
        r"\bno (?:debe|deben|debería|puede|pueden) (?:considerarse|tomarse|tratarse|entenderse|"
        r"citarse|utilizarse) como (?:un|el|una|la) (?:registro|acta|transcripción|relato) "
        r"(?:oficial|fidedign[oa]|autorizad[oa])\b",
        r"\bsubtitulado (?:en tiempo real|en directo|en vivo)\b[^.]{0,120}\b(?:errores|lagunas|"
        r"omisiones)\b",
        r"^(?:(?:se (?:ofrece|ofreció|ofrecerá|brinda|brindó|brindará|contó con|contará con|"
        r"dispuso de|dispone de) )?(?:servicio de )?)?interpretación (?:simultánea|consecutiva)"
        r"(?: (?:disponible|garantizada|ofrecida))? (?:en|al|entre|del)\b"
        rf"(?![^.]*\b(?:cuesta|costosa|si|hace|hacen|permite|permiten|lo que)\b){_ES_NO_POINT}",
        r"^(?:las |los |estas |todas las )?(?:recomendaciones|conclusiones|mensajes clave|"
        r"mensajes|resultados|aportes|insumos)(?: [^.]{0,60}?)? (?:se (?:enviarán|remitirán|"
        r"presentarán|publicarán|compartirán|integrarán|transmitirán|elevarán|entregarán)|"
        r"serán (?:enviad|remitid|presentad|publicad|compartid|integrad|transmitid|elevad|"
        r"entregad)[oa]s) (?:a|al|en|ante|durante|antes)\b"
        r"(?![^.]*\b(?:para que|deben|deberán|pero)\b)",
        r"^(?:el |la |los |las |este |esta )?(?:sesión|taller|panel|mesa|debate|diálogo|"
        r"intercambios?|foro|reunión|conversación)(?:es)? (?:puso de manifiesto|pusieron de "
        r"manifiesto|puso en evidencia|dejó ver|mostró|mostraron|reveló|revelaron|reflejó|"
        r"reflejaron|evidenció) (?:la |una )?(?:gran |amplia |rica )?(?:diversidad|variedad|"
        r"pluralidad|gama|abanico|multiplicidad) de (?:enfoques|perspectivas|opiniones|"
        r"posiciones|puntos de vista|visiones|experiencias)\b"
        r"(?![^.]*\b(?:pero|sin embargo|aunque|que)\b)",
    ],
    "ru": [
        # "12 марта в Суве прошёл третий ... форум, организованный ..."
        rf"^\d{{1,2}}(?:[-–]\d{{1,2}})? {_RU_MONTH}(?: \d{{4}} года)?,? (?:в|на) [^,.]{{1,40}}? "
        r"(?:прош[её]л|прошла|прошло|прошли|состоялся|состоялась|состоялось|состоялись|открылся|"
        rf"открылась|открылось|начал(?:ся|ась|ось) работу)\b{_RU_NO_POINT}",
        r"\bне (?:следует|должн\w+|может|могут) (?:рассматривать(?:ся)?|считать(?:ся)?|"
        r"восприниматься|использовать(?:ся)?|цитировать(?:ся)?) (?:как |в качестве )?"
        r"(?:официальн\w+|авторитетн\w+|дословн\w+) (?:запис\w*|протокол\w*|стенограмм\w*|"
        r"отч[её]т\w*)",
        r"^(?:(?:был |будет |также )?(?:обеспечива\w+|обеспечен|предоставля\w+|предоставлен|"
        r"организован|доступен) )?(?:синхронн\w+|последовательн\w+) перевод\w*(?: (?:был|будет))?"
        r"(?: (?:обеспечен|предоставлен|организован|доступен))? (?:на|с)\b"
        rf"(?![^.]*\b(?:стоит|дорог\w*|если|делает|позволяет|это то)\b){_RU_NO_POINT}",
        r"^(?:все |эти )?(?:рекомендации|выводы|итоги|результаты|ключевые послания|послания|"
        r"предложения)(?: [^.]{0,60}?)? будут (?:направлены|переданы|представлены|опубликованы|"
        r"разосланы|включены|обобщены) (?:в|на|для|до|участникам|организаторам|секретариату)\b"
        r"(?![^.]*\b(?:чтобы|должны|но)\b)",
        r"^(?:сессия|дискуссия|обсуждение|панель|семинар|встреча|форум|секция|круглый стол)\w* "
        r"(?:выявил\w*|показал\w*|продемонстрировал\w*|отразил\w*|обнаружил\w*) (?:самые |очень )?"
        r"(?:разные|различные|разнообразные|широкий спектр|многообразие|разнообразие|широкий круг) "
        r"(?:взгляд\w*|мнени\w*|подход\w*|позици\w*|точ\w* зрения)"
        r"(?![^.]*\b(?:но|однако|хотя)\b)",
    ],
    "zh": [
        # "3月12日，由……主办、……协办的第三届……论坛在苏瓦举办。"
        r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}日|[-–]\d{1,2}日)?[，,]?[^。]{0,80}"
        r"(?:论坛|大会|会议|研讨会|峰会|对话|活动|年会|工作坊)(?:于[^。，,]{1,12})?在[^。，,]{1,15}"
        rf"(?:举办|举行|召开|开幕|闭幕|落幕){_ZH_NO_POINT}[^。]{{0,30}}[。]?$",
        r"(?:不应|不应该|不应被|不得|不宜|不可)(?:视为|视作|当作|作为)(?:本场|该场|本次)?(?:会议)?"
        rf"(?:的)?(?:正式|官方|权威)(?:记录|纪要|文本){_ZH_NO_POINT}",
        r"(?:实时|现场)字幕[^。]{0,40}(?:遗漏|错误|疏漏|不准确)",
        r"^[^。]{0,20}(?:形成的|提出的|产生的|汇总的)?(?:建议|成果|结论|要点|信息)(?:将|会)"
        r"(?:于[^。，,]{1,12})?(?:提交|转交|报送|发送|呈交|汇总|发布)(?:给|至|到)?[^。]{0,30}"
        rf"(?:秘书处|组委会|主办方|大会|网站|论坛){_ZH_NO_POINT}",
        r"^[^。，,]{0,10}(?:会议|讨论|论坛|研讨会|本场|对话|交流|环节)(?:中)?(?:呈现|展现|体现|反映)"
        r"(?:出|了)+[^。，,]{0,6}(?:多元|多样|各异|不同|多种)(?:的)?(?:观点|视角|看法|立场|思路)"
        rf"(?![^。]*[，,](?:但|然而|不过)){_ZH_NO_POINT}",
    ],
    "ar": [
        # "انعقد منتدى ... يومي 14 و15 نوفمبر في نواكشوط ..."
        r"^(?:و)?(?:انعقد|انعقدت|عقد|عقدت|أقيم|أقيمت|نظم|نظمت|انطلق|انطلقت|اختتم|اختتمت|جرى|جرت)"
        rf"(?: \S+){{1,10}}? (?:يوم|يومي|أيام|في|خلال|بتاريخ) (?:\S+ ){{0,4}}?{_AR_MONTH}"
        rf"{_AR_NO_POINT}",
        r"(?:لا ينبغي|لا يجوز|لا يمكن|لا يصح) (?:اعتباره|اعتبارها|اعتماده|اعتمادها|عده|عدها|"
        r"الاستناد إليه|الاستناد إليها) (?:ك)?(?:\S+ )?(?:محضرا|سجلا|وثيقة|نصا|محضر|سجل) "
        r"(?:رسميا|رسمية|رسمي|معتمدا|معتمد)",
        # interpretation made available, or available (not "الترجمة الفورية ... هي ما يجعل ...")
        r"^(?:و)?(?:(?:تتوفر|توفرت|ستتوفر|تتاح|أتيحت|ستتاح|تم توفير|سيتم توفير|وفرت|توفر) "
        r"(?:ال)?ترجمة (?:ال)?(?:فورية|تتابعية|متزامنة)\b|"
        r"(?:ال)?ترجمة (?:ال)?(?:فورية|تتابعية|متزامنة) (?:متوفرة|متاحة|مؤمنة|مضمونة|مقدمة)\b)"
        rf"(?![^.]*(?:تكلفة|مكلفة|\bإذا\b|يجعل|تجعل)){_AR_NO_POINT}",
        r"^(?:و)?(?:ستحال|سترفع|سترسل|ستقدم|ستنشر|ستعرض|ستدرج|سيتم (?:رفع|إحالة|إرسال|تقديم|"
        r"نشر|إدراج)) (?:ال)?(?:توصيات|مخرجات|خلاصات|نتائج|رسائل)\b"
        r"(?![^.]*(?:\bحتى\b|\bلكي\b|\bكي\b|\bلكن\b))" + _AR_NO_POINT,
        r"^(?:و)?(?:كشفت|أظهرت|عكست|أبرزت|بينت|كشف|أظهر|عكس|أبرز)\S* (?:ال)?(?:جلسة|ورشة|نقاش|"
        r"نقاشات|مناقشات|حوار|منتدى|ندوة)\S* (?:عن )?(?:تنوع|تعدد|اختلاف|تباين)\S* (?:\S+ ){0,2}?"
        r"(?:في )?(?:وجهات النظر|الآراء|المقاربات|المواقف|الرؤى)(?![^.]*(?:\bلكن\b|\bغير أن\b))",
    ],
}
