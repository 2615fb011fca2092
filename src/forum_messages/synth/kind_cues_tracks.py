"""A forum's intersessional bodies as the subject, and their own voice, in six languages
(``synth.kinds``).

Reports of a global forum's intersessional work (policy networks, best practice forums,
dynamic coalitions, youth and parliamentary tracks) describe the body, its report or its work
rather than "this session", and state their points in the body's own voice; measured on
``kinds/dev12.yaml`` (docs/quality.md, "a twenty-second round"). Written as forms, not
subjects (descriptions whose subject is the body are measured in the same section):

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
