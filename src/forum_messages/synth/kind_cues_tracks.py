"""A forum's intersessional bodies as the subject, and their own voice, in six languages
(``synth.kinds``).

Reports of a global forum's intersessional work (policy networks, best practice forums,
dynamic coalitions, youth and parliamentary tracks) describe the body, its report or its work
rather than "this session", and state their points in the body's own voice; measured on
``kinds/dev12.yaml`` (docs/quality.md, "a twenty-second round"). Written as forms, not
subjects:

- descriptions (``TRACKS``): the body, its report or its year's work as the subject of a verb
  of scope ("The Policy Network on X's 2026 work examined A, B and C", "The network's report
  maps ...", "Este año, el Foro de Mejores Prácticas ... analizó", "Les travaux 2026 du réseau
  ... ont porté sur", "В 2026 году сеть ... изучала", "……政策网络2026年的工作考察了",
  "تناول عمل شبكة ..."), and the body formed in a year ("The coalition was formed in 2019 and
  brings together ...", "se creó en 2019 y reúne a", "a été créée en 2019", "создана в 2019
  году", "成立于2019年", "أنشئ الائتلاف ... في عام 2019");
- frames (``TRACK_FRAMES``): a body's finding told by a pronoun ("It also found that",
  "También constató que", "Il a également constaté que", "Она также установила, что",
  "它还发现，", "كما وجدت أن"), a body's survey or report that concluded ("The forum's survey
  of 140 cities concluded that", "L'enquête du forum ... conclut que", "Según las conclusiones
  del foro,"), and a numbered principle or recommendation as a label before its point
  ("Principle 3:", "Principio 2:", "Principe 4 :", "Принцип 3:", "原则三：", "المبدأ الثالث:");
- rewrites (``TRACK_REWRITES``, English): a collective's own call ("We, young people of the
  Pacific, call on our governments to keep ..." -> "Governments should keep ...").

A point whose subject is the same body ("Intersessional outputs should be tabled at the main
session", "Best practice forums are only useful ...") has none of these verbs and stays a
point. Left out: "<the body> recommends that ..." (the clause is in the subjunctive: stripped,
it would not say "should") and the first person plural in languages other than English (the
called-on party is an indirect object: "pedimos a nuestros gobiernos un asiento").
"""

from __future__ import annotations

_EN_BODY = (
    r"(?:policy network|best practice forum|bpf|dynamic coalition|coalition|network|track|"
    r"working group|task force|leadership panel|intersessional (?:work|programme|process))"
)
#: the body's full name after its kind ("... on Rural Backhaul")
_EN_OF = r"(?: (?:on|for|of) [^,.;:]{1,60}?)?"
_EN_WORK = r"(?:work|report|output|programme|cycle|study|paper|mapping|research|agenda)"
_EN_SCOPE = (
    r"(?:examined|examines|looked (?:at|into)|looks at|focused on|focuses on|explored|explores|"
    r"covered|covers|reviewed|reviews|mapped|maps|surveyed|studied|took stock of|"
    r"consisted of|comprised|was devoted to|centred on|centered on)"
)
_EN_WHEN = r"(?:(?:this|last|that) (?:year|cycle)|in \d{4}|over (?:the|its) [\w -]{1,30}?),?\s"

_ES_BODY = (
    r"(?:red(?: de políticas)?|foro de (?:mejores|buenas) prácticas|coalición(?: dinámica)?|"
    r"vía|grupo de trabajo|panel de alto nivel|labor entre períodos de sesiones)"
)
_ES_SCOPE = (
    r"(?:examinó|examina|analizó|analiza|estudió|estudia|abordó|aborda|exploró|explora|"
    r"se centró en|se centra en|se ocupó de|se ocupa de|recorre|recorrió|repasa|repasó|"
    r"cartografía|cartografió|constó de|consta de|giró en torno a|versó sobre)"
)
_FR_BODY = (
    r"(?:réseau(?: politique)?|forum sur les bonnes pratiques|coalition(?: dynamique)?|volet|"
    r"groupe de travail|panel de haut niveau|travaux intersessions)"
)
_FR_SCOPE = (
    r"(?:(?:a|ont) porté sur|porte(?:nt)? sur|(?:a|ont) examiné|examine(?:nt)?|"
    r"(?:a|ont) analysé|analyse(?:nt)?|s['’]est (?:penchée?|intéressée?|concentrée?) (?:sur|à)|"
    r"se penche(?:nt)? sur|(?:a|ont) exploré|explore(?:nt)?|passe(?:nt)? en revue|"
    r"(?:a|ont) passé en revue|recense(?:nt)?|(?:a|ont) recensé|cartographie(?:nt)?|"
    r"dresse(?:nt)? (?:la carte|l['’]inventaire|un état des lieux)|(?:a|ont) compris)"
)
_RU_BODY = r"(?:сеть|форум\w*|коалици[яи]|трек\w*|рабоч\w+ групп[аы]|групп[аы])"
_RU_SCOPE = (
    r"(?:изучал[аио]?|изучил[аио]?|рассматривал[аио]?|рассмотрел[аио]?|исследовал[аио]?|"
    r"проанализировал[аио]?|анализировал[аио]?|занимал[аио]?сь|сосредоточил[аио]?сь на|"
    r"был[аио]? посвящ\w+|включал[аио]?|состоял[аио]? из)"
)
_ZH_BODY = r"(?:政策网络|网络|最佳实践论坛|论坛|动态联盟|联盟|轨道|工作组|小组)"
_ZH_SCOPE = r"(?:考察|梳理|研究|探讨|审视|聚焦于?|关注|围绕|分析|盘点|回顾|涵盖|包括)了?"
_AR_BODY = r"(?:شبكة|الشبكة|منتدى|المنتدى|الائتلاف|ائتلاف|المسار|مسار|الفريق|فريق)"

TRACKS: dict[str, list[str]] = {
    "en": [
        # "The Policy Network on X's 2026 work examined", "The network's report maps", "This
        # year the Best Practice Forum on Y looked at"
        rf"^(?:{_EN_WHEN})?(?:the|its|this) (?:[\w'’-]+ ){{0,8}}?{_EN_BODY}"
        rf"{_EN_OF}(?:['’]s?)?(?: \d{{4}})?(?: (?:[\w-]+ )?{_EN_WORK})? {_EN_SCOPE}\b",
        # "The coalition was formed in 2019 and brings together"
        rf"^(?:the|this|our) (?:[\w'’-]+ ){{0,8}}?{_EN_BODY}{_EN_OF} (?:was|were) "
        r"(?:formed|founded|created|established|launched|set up|convened) in "
        r"(?:\d{4}|early|late|the)\b",
        rf"^(?:the|this|our) (?:[\w'’-]+ ){{0,8}}?{_EN_BODY}{_EN_OF} "
        r"(?:now )?brings together\b",
    ],
    "es": [
        # "El trabajo de 2026 de la Red de Políticas ... examinó", "Este año, el Foro ... analizó",
        # "El informe de la red recorre", "El ciclo 2026 de la vía juvenil constó de"
        r"^(?:(?:este|el) año(?: pasado)?,? |en \d{4},? )?(?:el|la|su|sus) "
        r"(?:(?:trabajo|labor|informe|ciclo|programa|producto)s?(?: de)?(?: \d{4})? "
        rf"de(?:l| la) )?(?:[\w-]+ ){{0,2}}?{_ES_BODY}\b[^,.;:]{{0,80}}? {_ES_SCOPE}\b",
        # "La Coalición Dinámica ... se creó en 2019"
        rf"^(?:el|la) (?:[\w-]+ ){{0,2}}?{_ES_BODY}\b[^,.;:]{{0,80}}? (?:se creó|se fundó|"
        r"se constituyó|se puso en marcha|fue cread[ao]|fue fundad[ao]|nació) en (?:\d{4}|"
        r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
        r"diciembre)",
    ],
    "fr": [
        # "Les travaux 2026 du réseau ... ont porté sur", "Le rapport du réseau passe en revue",
        # "Cette année, le forum ... s'est penché sur", "Le cycle 2026 du volet ... a compris"
        r"^(?:cette année,? |l['’]an dernier,? |en \d{4},? )?(?:le |la |les |l['’]|ses |son |"
        r"sa )(?:(?:travaux|rapport|cycle|programme|document final|étude)(?: \d{4})? "
        rf"(?:du |de la |de l['’]))?(?:[\w-]+ ){{0,2}}?{_FR_BODY}\b[^,.;:]{{0,90}}? "
        rf"{_FR_SCOPE}",
        # "La coalition dynamique ... a été créée en 2019"
        rf"^(?:le |la |l['’])(?:[\w-]+ ){{0,2}}?{_FR_BODY}\b[^,.;:]{{0,80}}? (?:a été|est) "
        r"(?:créée?|fondée?|lancée?|constituée?|mise? en place) en (?:\d{4}|janvier|février|"
        r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
    ],
    "ru": [
        # "В 2026 году сеть ... изучала", "В этом году форум ... рассматривал"
        rf"^(?:в (?:\d{{4}}|этом|прошлом) году,? )?(?:[\w-]+ ){{0,2}}?{_RU_BODY}\b"
        rf"[^,.;:]{{0,90}}? {_RU_SCOPE}\b",
        # "В докладе сети сопоставлены", "В отчёте коалиции рассмотрены"
        r"^в (?:докладе|отч[её]те|обзоре|итоговом документе) (?:сети|форума|коалиции|трека|"
        r"группы)\b[^,.;:]{0,60}? (?:сопоставлен|рассмотрен|описан|проанализирован|собран|"
        r"обобщ[её]н|систематизирован)\w*\b",
        # "Динамическая коалиция ... создана в 2019 году"
        rf"^(?:[\w-]+ ){{0,2}}?{_RU_BODY}\b[^,.;:]{{0,80}}? (?:был[аио]? )?(?:создан|основан|"
        r"учрежд[её]н|образован)\w* в \d{4}",
    ],
    "zh": [
        # "……政策网络2026年的工作考察了", "该网络的报告梳理了", "今年，……论坛重点研究了"
        rf"^(?:(?:今年|去年|\d{{4}}年)[，,]?)?[^，,。：:；;]{{0,30}}?{_ZH_BODY}"
        rf"(?:\d{{4}}年)?(?:的)?(?:工作|报告|研究|成果)?(?:重点|主要)?{_ZH_SCOPE}",
        # "……动态联盟成立于2019年"
        rf"^[^，,。：:；;]{{0,30}}?{_ZH_BODY}(?:成立于|创建于|组建于|于\d{{4}}年(?:成立|创建))",
    ],
    "ar": [
        # "تناول عمل شبكة السياسات ...", "ركز منتدى ... هذا العام على"
        r"^و?(?:تناول|تناولت|بحث|بحثت|درس|درست|استعرض|استعرضت|ركز|ركزت|تتبع|رصد|رصدت)\s+"
        rf"(?:(?:عمل|أعمال|تقرير)\s+)?{_AR_BODY}\b",
        # "أنشئ الائتلاف ... في عام 2019"
        rf"^و?(?:أنشئ|أنشئت|تأسس|تأسست|أسس|أسست|شكل|شكلت)\s+{_AR_BODY}\b[^،,.؛:]{{0,80}}?"
        r"\s(?:في|عام|سنة)\s",
    ],
}

_EN_NUMBER = (
    r"(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
)
_ES_NUMBER = (
    r"(?:\d{1,2}|[ivx]{1,4}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|primero|"
    r"segundo|tercero|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo)"
)
_FR_NUMBER = (
    r"(?:\d{1,2}|[ivx]{1,4}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|premier|"
    r"deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)"
)

TRACK_FRAMES: dict[str, list[str]] = {
    "en": [
        # "It also found that" (a body's report, told by a pronoun)
        r"^it (?:also |further |additionally |moreover )?(?:found|finds|concluded|concludes|"
        r"established|observed|showed|shows) that,? ",
        # "The forum's survey of 140 cities concluded that"
        r"^(?:the|its|this) (?:[\w-]+['’]s? )(?:[\w-]+ ){0,2}?(?:survey|study|review|mapping|"
        r"assessment|report|research|analysis|evaluation)(?: (?:of|among|in|across|with) "
        r"[^,.;:]{1,50}?)? (?:also )?(?:found|finds|concluded|concludes|showed|shows|confirmed|"
        r"confirms|revealed|reveals) that,? ",
        # "Principle 3:", "Recommendation 2:"
        rf"^(?:principle|recommendation|commitment|demand|priority|action) {_EN_NUMBER}\s?"
        r"[:.–—]\s",
    ],
    "es": [
        r"^(?:también|además|asimismo),? (?:constató|concluyó|comprobó|halló|encontró|"
        r"observó|verificó|determinó) que ",
        # "Según las conclusiones del foro," (a body's findings; not a satisfaction survey's
        # figures about the session: "Según la encuesta de satisfacción, ...")
        r"^según (?:las conclusiones|los resultados|los hallazgos|el informe|el diagnóstico|"
        r"el mapeo) de(?:l| la) (?:[\w-]+ ){0,2}?(?:red|foro|coalición|grupo|vía|panel)\b"
        r"[^,.;:]{0,50}?,\s?",
        rf"^(?:principio|recomendación|compromiso|exigencia|prioridad) {_ES_NUMBER}\s?"
        r"[:.–—]\s",
    ],
    "fr": [
        r"^(?:il|elle) a (?:également |aussi |en outre |par ailleurs |de plus )?(?:constaté|"
        r"conclu|observé|relevé|établi|montré) qu['’e] ?",
        r"^(?:l['’]|le |la )(?:enquête|étude|analyse|évaluation|cartographie|rapport|sondage|"
        r"bilan|recensement)(?: [^,.;:]{1,60}?)? (?:conclut|montre|révèle|établit|confirme|"
        r"a (?:montré|conclu|révélé|établi|confirmé)) qu['’e] ?",
        rf"^(?:principe|recommandation|engagement|revendication|priorité) {_FR_NUMBER}\s?"
        r"[:.–—]\s",
    ],
    "ru": [
        # "Сеть установила, что", "Она также установила, что"
        r"^(?:[\w-]+ ){0,2}?(?:сеть|коалиция|форум|группа|трек|она|он|оно|они)(?: также| тоже|"
        r" кроме того| далее)? (?:установил[аио]?|выяснил[аио]?|обнаружил[аио]?|"
        r"констатировал[аио]?|пришл[аио]? к выводу|пришёл к выводу),? что ",
        r"^(?:принцип|рекомендация|требование|приоритет) (?:\d{1,2}|[ivx]{1,4})\s?[:.–—]\s",
    ],
    "zh": [
        # "该网络发现，", "它还发现，", "论坛对110个城市的调查得出结论，"
        r"^(?:该|这个|本)?[^，,。：:；;]{0,20}?(?:网络|联盟|论坛|小组|工作组|轨道|它|调查|研究|"
        r"报告)(?:还|也|进一步)?(?:发现|得出结论|得出的结论是)[，,：:]",
        r"^(?:原则|建议|承诺|诉求)(?:[一二三四五六七八九十]{1,3}|\d{1,2})[：:]",
    ],
    "ar": [
        # "كما وجدت أن", "وجدت الشبكة أن"
        r"^(?:و?كما\s+)?(?:وجدت?|خلصت?|توصلت?|لاحظت?|تبين\s+ل)(?:\s+(?:الشبكة|المنتدى|"
        r"الائتلاف|الدراسة|المسح|التقرير|أيضا|كذلك))*\s+(?:إلى\s+)?أن\s",
        r"^(?:المبدأ|التوصية|الالتزام)\s+(?:\d{1,2}|الأول|الثاني|الثالث|الرابع|الخامس|السادس|"
        r"السابع|الثامن|التاسع|العاشر)\s?[:：]\s",
    ],
}

TRACK_REWRITES: dict[str, list[tuple[str, str]]] = {
    "en": [
        # "We, young people of the Pacific, call on our governments to keep ..." -> "Governments
        # should keep ..."
        (
            r"^we,? (?:[^,.;:]{2,80}?,\s)?(?:therefore |also |jointly )?(?:call on|call upon|urge)"
            r" (?:our |all |the )?(?P<who>[^.;,]{2,80}?) to ",
            r"\g<who> should ",
        ),
    ],
}
