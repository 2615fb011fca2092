"""One person's words with their speaker, and a group's support of a recommendation, read for
the message text (``synth.kinds.voiced``; docs/quality.md, "a forty-eighth round"). The kinds
step keeps one person's words as they were said (an attribution): the statement's kind and the
point it is read and grouped by stay so; only the text a message shows loses the speaker.

- the speaker before the point (``SPEAKER``): a named or described person, then a verb of
  saying and the clause ("Ms Lena Hoffmann, Member of the Bundestag, said that X", "La
  magistrada Laura Restrepo, del Consejo Nacional Electoral, explicó que X", "Mme Awa Diallo a
  rappelé que X", "Представитель МЧС Гарик Петросян рассказал, что X", "وقال المحامي كريم فهمي
  إن X") -> X; "According to Ms X, Y", "Según la ministra, Y", "Selon le maire, Y", "По словам
  директора, Y" -> Y;
- the speaker after the point or between two of its parts (``AFTER``): "X, said Verónica
  Sosa of the agency." -> "X.", "Durante el terremoto, relató un ingeniero de Arequipa, la
  mitad de la gente ..." -> "Durante el terremoto, la mitad de la gente ...", a quotation with
  its speaker after it ("'X,' said Ms Y." -> "X.");
- a group of people no older list holds (``GROUPS``): "Election officials reported that X",
  "Депутаты отметили, что X", "Researchers warned that X" -> X;
- a group's support of a recommendation (``SUPPORT``): "Participants endorsed the network's
  recommendation that X <subjunctive>" -> "X should ...", "La consulta respaldó las tres
  recomendaciones de la red: V, V" -> "V, V", "与会者支持……的建议" -> "……应当……", "أيّد
  المشاركون توصية الشبكة بأن X" -> "ينبغي أن X";
- calls in shapes the older lists did not read (``CALLS_LEFT``, English): "The outcome
  document commits X to V" -> "X should V", "X recommends (1) that A; (2) that B" (or without
  the numbers, as a message text gives it) -> "A should ...; B should ...", "Its
  recommendations are, first, to V; second, to V" -> "V; V".

Never a broken sentence: a clause that speaks of its speaker ("his office", "her committee",
"que su teléfono", "её команда", a pronoun suffix in Arabic) or in the first person, a clause
that opens on its verb with the speaker for subject ("relató que supo que"), a clause the
speaker's second verb goes on after ("..., and called for X"), one holding another speaker's
clause, a clause too short, gives None and the sentence stays as written.
"""

from __future__ import annotations

import re
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth.kind_cues_voice2 import ar_point

#: one person's words before the point (off: as before)
SPEAKER = True
#: one person's words after the point, or set between two of its parts (off: as before)
AFTER = True
#: a group of people the older lists did not hold, before a clause (off: as before)
GROUPS = True
#: a group's support of a recommendation (off: as before)
SUPPORT = True

_I = re.IGNORECASE

# ------------------------------------------------------------------ the verbs of saying

_EN_SAY = (
    r"(?:said|says|argued|argues|warned|warns|recalled|explained|noted|added|stressed|"
    r"observed|pointed out|reported|emphasi[sz]ed|underlined|insisted|cautioned|remarked|"
    r"stated|maintained|acknowledged|admitted|recounted|confirmed|told (?:the )?"
    r"(?:session|room|meeting|audience|participants|panel|forum)|believes|contended|"
    r"estimated|reminded (?:the )?(?:session|room|meeting|audience|participants))"
)
_ES_SAY = (
    r"(?:dijo|afirmó|explicó|recordó|advirtió|señaló|subrayó|destacó|relató|contó|sostuvo|"
    r"argumentó|añadió|agregó|indicó|aseguró|comentó|observó|apuntó|insistió en|reconoció|"
    r"precisó|estimó|alertó|manifestó|declaró|considera|sostiene|afirma|explica)"
)
_FR_SAY = (
    r"(?:(?:a|ont) (?:\w+ )?(?:dit|déclaré|expliqué|rappelé|souligné|averti|estimé|indiqué|noté|"
    r"relevé|affirmé|ajouté|précisé|reconnu|raconté|signalé|observé|insisté sur le fait|"
    r"fait valoir|fait observer|fait remarquer|mis en garde sur le fait|témoigné)|estime|"
    r"rappelle|explique|souligne|affirme)"
)
_RU_SAY = (
    r"(?:сказал|заявил|отметил|подчеркнул|напомнил|рассказал|пояснил|объяснил|"
    r"предупредил|признал|добавил|указал|сообщил|уточнил|заметил|обратил внимание на то|"
    r"констатировал|посетовал)"
)
_AR_SAY = (
    r"(?:قال|أضاف|أوضح|أكد|ذكر|رأى|اعتبر|شدد|لفت|أشار|حذر|أفاد|روى|بين|نبه|لاحظ|اوضح|اكد|"
    r"اضاف|اشار)"
)
_ZH_SAY = r"(?:(?<![来据听])说|表示|指出|强调|认为|提醒|介绍|回忆|解释|警告|谈到|提到|坦言|承认)"
#: one person in Chinese, after the point ("……，一位来自云南的司机说。"): a role or a count
_ZH_PERSON = (
    r"(?:一位|一名|代表|主任|经理|工程师|教师|老师|护士|司机|船长|医生|负责人|主席|部长|市长|县长|"
    r"研究人员|研究员|专家|记者|律师|村民|农民|渔民|议员|先生|女士|教授|官员|·)"
)

#: a person's title or a role that opens "According to ..." (a body, a census, a study
#: stays: a source of evidence is the point's, docs/quality.md "a thirty-sixth round")
_EN_PERSON_HEAD = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|H\.E)\.?\s+[A-Z]|the (?:minister|director|mayor|"
    r"moderator|chair|rapporteur|auditor|judge|engineer|representative|speaker|deputy|"
    r"ombudsman|head|president|governor|commissioner|researcher)\b)"
)

#: a clause that speaks of its speaker, or in the first person: it would not stand alone
_PRONOUNS = {
    "en": r"\b(?:he|she|his|her|hers|him|himself|herself|I|my|me|mine|we|our|ours|us)\b",
    "fr": (
        r"(?:\b(?:elle|son|sa|ses|lui|je|mon|ma|mes|nous|notre|nos|me|moi)\b|\b[jm]['’]"
        r"|\bil\b(?! (?:faut|y a|est (?:temps|nécessaire|urgent|important|possible)\b)))"
    ),
    "es": (
        r"\b(?:su|sus|suyo|suya|suyos|suyas|él|ella|yo|mi|mis|me|nos|nosotros|nosotras|nuestro|nuestra|nuestros|"
        r"nuestras|conmigo|le|les|se lo|se la)\b"
    ),
    "ru": (
        r"(?<!\w)(?:он|она|его|её|ее|ему|ей|им|ним|ней|нему|свой|своя|своё|свое|свои|своих|"
        r"своей|своим|своего|своему|своими|я|мой|моя|моё|мои|мы|наш|наша|наше|наши|нас|нам|"
        r"нами|меня|мне)(?!\w)"
    ),
    "zh": r"[他她我其该]",
}
#: a second verb of the same speaker after the clause ("..., and called for X")
_SECOND = {
    "en": r"\b(?:and|but)\s+(?:also\s+)?(?:called|urged|asked|said|added|stressed|noted|"
    r"warned|argued|recalled|explained|suggested|proposed|recommended|invited|pointed|"
    r"recounted|described|told|cited|gave|shared|presented|showed)\b",
    "es": r"\by\s+(?:también\s+)?(?:pidió|instó|llamó|propuso|recomendó|dijo|añadió|"
    r"subrayó|advirtió|exigió|reclamó|contó|relató|describió|presentó|citó|mostró)\b",
    "fr": r"\bet\s+(?:a\s+)?(?:appelé|demandé|proposé|recommandé|invité|exhorté|ajouté|"
    r"souligné|raconté|décrit|cité|présenté|montré)\b",
    "ru": r"(?<!\w)и\s+(?:также\s+)?(?:призвал|призвала|предложил|предложила|попросил|"
    r"попросила|потребовал|потребовала|добавил|добавила|рассказал|рассказала|описал|описала|"
    r"привёл|привела)(?!\w)",
    "ar": r"(?:^|\s)و(?:دعا|دعت|طالب|طالبت|اقترح|اقترحت|أضاف|أضافت|اضاف|اضافت)(?:\s|$)",
    "zh": r"并(?:呼吁|建议|要求|表示)",
}


#: Spanish possessives and clitics of a third person: of the speaker only when the clause
#: follows the speaker's verb (in an aside or after the point they are the point's own)
_ES_BEFORE_ONLY = re.compile(r"\b(?:su|sus|le|les|se lo|se la)\b", _I)


#: another speaker's verb and clause inside the clause
_SECOND_SPEAKER = {
    "en": rf"\b{_EN_SAY}\s+that\b",
    "es": rf"\b{_ES_SAY}\s+que\b",
    "fr": rf"\b{_FR_SAY}\s+qu",
    "ru": rf"(?<!\w){_RU_SAY}(?:а|и)?,\s+что(?!\w)",
}


def _speaks_of_itself(
    rest: str, lang: str, feminine: bool | None = None, before: bool = True
) -> bool:
    """Whether the clause speaks of its speaker or in the first person (it would not stand
    without the frame), or goes on with the speaker's second verb."""
    second = _SECOND.get(lang)
    if second and re.search(second, rest, _I):
        return True
    if lang == "ar":
        plain = arabic_plain(rest)
        words = re.findall(r"[\u0621-\u064a]+", plain)
        if any(w in ("أنا", "انا", "نحن") for w in words):  # "هو", "هي" are copulas too
            return True
        # a pronoun suffix of the speaker, or of "we": "نصحها", "مكتبه", "فريقنا"
        ends = ("ها", "هم", "نا") if feminine else ("ه", "هم", "نا")
        return any(len(w) > 3 and w.endswith(ends) for w in words[1:] + words[:1])
    if re.search(_SECOND_SPEAKER.get(lang, r"(?!)"), rest, _I):
        return True  # another speaker's words in the clause ("..., while X warned that Y")
    if lang in _FIRST_PLURAL and re.search(_FIRST_PLURAL[lang], rest, _I):
        return True
    if before and lang in _NO_SUBJECT and _no_subject(rest, lang):
        return True
    pronoun = _PRONOUNS.get(lang)
    if lang == "es":
        # "su", "le" are the speaker's only where the clause opens on them ("que su equipo
        # ...", "que le escribieron"); further on they are the clause's own subject's
        head, tail = " ".join(rest.split()[:3]), " ".join(rest.split()[3:])
        rest = (head if before else _ES_BEFORE_ONLY.sub(" ", head)) + " "
        rest += _ES_BEFORE_ONLY.sub(" ", tail)
    return bool(pronoun and re.search(pronoun, rest, 0 if lang == "en" else _I))


#: a verb of the first person plural ("cobramos", "принимаем"): the speaker's own voice
_FIRST_PLURAL = {
    "es": r"\b\w{2,}(?:amos|emos|imos)\b",
    "ru": r"(?<!\w)\w{2,}(?:аем|яем|уем|ём)(?!\w)",
}

#: what may open a Spanish clause that has its subject (``_no_subject``)
_ES_OPENERS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "lo",
        "un",
        "una",
        "unos",
        "unas",
        "este",
        "esta",
        "estos",
        "estas",
        "ese",
        "esa",
        "esos",
        "esas",
        "aquel",
        "aquella",
        "cada",
        "todo",
        "toda",
        "todos",
        "todas",
        "ningún",
        "ninguna",
        "ninguno",
        "algún",
        "alguna",
        "algunos",
        "algunas",
        "muchos",
        "muchas",
        "pocos",
        "pocas",
        "varios",
        "varias",
        "otro",
        "otra",
        "otros",
        "otras",
        "más",
        "menos",
        "casi",
        "solo",
        "sólo",
        "apenas",
        "hasta",
        "incluso",
        "ya",
        "hoy",
        "ahora",
        "entonces",
        "nadie",
        "nada",
        "cualquier",
        "mientras",
        "aunque",
        "si",
        "cuando",
        "como",
        "en",
        "durante",
        "desde",
        "tras",
        "con",
        "sin",
        "según",
        "sobre",
        "entre",
        "ante",
        "antes",
        "después",
        "por",
        "al",
        "del",
        "a",
        "de",
        "hay",
        "es",
        "era",
        "será",
        "se",
        "sus",
        "su",
        "nuestros",
        "ambos",
        "ambas",
        "medio",
        "mitad",
        "tanto",
        "tanta",
        "tantos",
        "tantas",
    ]
)
#: Russian nouns that end as a verb would
_RU_NOUNS = frozenset(
    [
        "школа",
        "сила",
        "интернет",
        "совет",
        "комитет",
        "бюджет",
        "кабинет",
        "предмет",
        "ответ",
        "число",
        "села",
        "дела",
        "тела",
        "земля",
        "скорость",
        "минимум",
    ]
)


def _no_subject(rest: str, lang: str) -> bool:
    """Whether the clause opens on its verb, its subject the speaker ("Recibió más de 3.000
    mensajes", "Ведёт пациентов"): it would not stand alone."""
    first = rest.split()[0] if rest.split() else ""
    if not first or first[0].isupper() or first[0].isdigit():
        return False
    word = first.strip(',;:«»"').casefold()
    if lang == "es":
        return word not in _ES_OPENERS
    return word not in _RU_NOUNS and bool(
        re.search(r"(?:л|ла|ли|лся|лась|лись|ет|ит|ют|ят|ёт|ут|ется|ится|ются|ятся)$", word)
    )


_NO_SUBJECT = ("es", "ru")


def _words(text: str) -> int:
    return len(text.split())


def _cap(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] if text and text[0].islower() else text


# ------------------------------------------------------------------ the speaker before

#: a person (or a group, for ``GROUPS``), at most this many words before the verb
_MAX_WHO = 16


@cache
def _before(lang: str) -> re.Pattern[str] | None:
    """The speaker, the verb and the word that opens the clause, at the start of a sentence."""
    # a full stop only after a title ("Ms. Zulma Benítez", "Hon. Amina Wekesa")
    who = r"(?P<who>(?:[^;:.!?“”\"«»]|\.(?=\s+[A-ZÀ-ÞА-Я])){2,160}?)"
    adverb = {
        "en": r"(?:\s+(?:also|further|then|later))?",
        "es": r"(?:\s+(?:también|además|luego))?",
        "fr": "",
        "ru": r"(?:\s+(?:также|тоже|ещё|еще))?",
    }
    if lang == "en":
        return re.compile(
            rf"^{who}{adverb['en']}\s+{_EN_SAY}(?:\s+(?:in|during|at|on|to)\s+[^,;:]{{1,40}}?)?"
            r",?\s+that\s+(?!(?:is|was|are|were)\b)",
            _I,
        )
    if lang == "es":
        return re.compile(rf"^{who}{adverb['es']}\s+{_ES_SAY}\s+que,?\s+", _I)
    if lang == "fr":
        return re.compile(rf"^{who}\s+{_FR_SAY}\s+qu(?:e\s+|['’]\s*)", _I)
    if lang == "ru":
        return re.compile(
            rf"^{who}{adverb['ru']}\s+{_RU_SAY}(?:а|и)?(?:\s+[^,]{{1,30}}?)?,\s+что\s+", _I
        )
    if lang == "ar":
        return re.compile(
            rf"^و?(?P<verb>{_AR_SAY}(?:ت)?)\s+(?P<who>(?:[^\s،,:.]+\s+){{1,7}}?)"
            r"(?:(?:على|إلى|الى|من)\s+)?(?:[أإا]ن)\s+"
        )
    if lang == "zh":
        return re.compile(rf"^(?P<who>[^，,。；;：:“”]{{2,30}}?){_ZH_SAY}[，,：:]\s*")
    return None


#: groups of people the older lists did not hold (``GROUPS``)
_GROUP_WHO = {
    "en": r"^(?:(?:several|many|some|two|three|four|other|local|national|the)\s+)*"
    r"(?:[A-Za-z-]+\s+)?(?:officials|researchers|deputies|lawmakers|legislators|MPs|judges|"
    r"engineers|teachers|doctors|nurses|farmers|journalists|experts|practitioners|mayors|"
    r"operators|regulators|auditors)$",
    "es": r"^(?:(?:varios|varias|muchos|muchas|algunos|algunas|los|las)\s+)*(?:funcionarios|"
    r"funcionarias|investigadores|investigadoras|diputados|diputadas|legisladores|jueces|"
    r"ingenieros|docentes|médicos|periodistas|expertos|expertas|alcaldes)(?:\s+[^\s,]+){0,3}$",
    "fr": r"^(?:(?:plusieurs|de nombreux|des|les|certains)\s+)*(?:responsables|chercheurs|"
    r"chercheuses|députés|élus|juges|ingénieurs|enseignants|médecins|journalistes|experts|"
    r"maires)(?:\s+[^\s,]+){0,3}$",
    "ru": r"^(?:(?:несколько|многие|некоторые)\s+)*(?:депутаты|исследователи|чиновники|"
    r"судьи|инженеры|учителя|врачи|журналисты|эксперты|мэры|регуляторы|представители "
    r"избирательных комиссий)(?:\s+[^\s,]+){0,3}$",
}


#: one person by a title or a singular role, where the kinds step's lists of attributions do
#: not read one ("La magistrada Laura Restrepo, del Consejo Nacional Electoral,")
_PERSON = {
    "en": r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|MP|Senator|Judge)\.?\s+[A-Z]|(?:the|a|an|one)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:minister|director|mayor|judge|engineer|nurse|doctor|teacher|"
    r"farmer|journalist|lawyer|researcher|official|auditor|midwife|driver|interpreter|"
    r"blogger|editor|deputy|senator|member|representative|head|coordinator|chair|"
    r"spokesperson|student|activist|ombudsman|commissioner|governor)\b)",
    "es": r"^(?:(?:el|la|un|una)\s+(?:[a-záéíóúñ]+\s+){0,1}(?:ministra?|director[a]?|"
    r"alcalde(?:sa)?|magistrad[oa]|jueza?|ingenier[oa]|enfermer[oa]|médic[oa]|maestr[oa]|"
    r"docente|agricultor[a]?|periodista|abogad[oa]|investigador[a]?|funcionari[oa]|"
    r"auditor[a]?|partera|conductor[a]?|intérprete|bloguer[oa]|editor[a]?|diputad[oa]|"
    r"senador[a]?|representante|jef[ea]|coordinador[a]?|president[ae]|vocera?|portavoz|"
    r"estudiante|activista|defensor[a]?|gobernador[a]?|concejal[a]?|técnic[oa])\b|"
    r"(?:el señor|la señora|sr\.|sra\.|dra?\.)\s+[A-ZÁÉÍÓÚ])",
    "fr": r"^(?:(?:M\.|Mme|Dr|Pr)\s+[A-ZÉ]|(?:le|la|l['’]|un|une)\s*(?:[a-zéèê]+\s+){0,1}"
    r"(?:ministre|directeur|directrice|maire|juge|ingénieure?|infirmière?|infirmier|médecin|"
    r"enseignante?|agricultrice|agriculteur|journaliste|avocate?|chercheuse|chercheur|"
    r"responsable|auditrice|auditeur|sage-femme|chauffeur|interprète|blogueuse|blogueur|"
    r"rédactrice|rédacteur|députée?|sénatrice|sénateur|représentante?|cheffe|chef|"
    r"coordinatrice|coordinateur|présidente?|porte-parole|étudiante?|militante?)\b)",
    "ru": r"^(?:(?:[а-яё-]+\s+){0,2}(?:министр|директор|мэр|глава|судья|инженер|медсестра|"
    r"врач|учитель|учительница|фермер|журналист|журналистка|юрист|адвокат|исследователь|"
    r"исследовательница|чиновник|аудитор|акушерка|водитель|переводчик|переводчица|блогер|"
    r"редактор|депутат|сенатор|представитель|представительница|руководитель|"
    r"руководительница|координатор|председатель|спикер|студент|студентка|активист|"
    r"активистка|омбудсмен|губернатор)\b)",
}


#: one person by a common noun and a name ("La archivera Inés Mamani", "la boulangère Awa
#: Koné", "engineer Rosa Quispe"): a body would open on its capital ("La Agencia Nacional")
_NAMED = {
    "en": r"^(?:(?i:the)\s+)?[a-z-]+\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+",
    "es": r"^(?i:el|la)\s+[a-záéíóúñ-]+(?:\s+[a-záéíóúñ-]+)?\s+[A-ZÁÉÍÓÚ][\w'’-]+\s+[A-ZÁÉÍÓÚ]",
    "fr": r"^(?i:le|la|l['’])\s*[a-zéèêàç-]+(?:\s+[a-zéèêàç-]+)?\s+[A-ZÉ][\w'’-]+\s+[A-ZÉ]",
}


def _person(who: str, lang: str) -> bool:
    """Whether ``who`` is one person by a title, a singular role (``_PERSON``) or a common
    noun and a name (``_NAMED``)."""
    pattern = _PERSON.get(lang)
    if pattern and re.match(pattern, who, 0 if lang == "en" else _I):
        return True
    return bool(lang in _NAMED and re.match(_NAMED[lang], who))


def speaker_before(sentence: str, lang: str, one_speaker: bool) -> str | None:
    """The clause after one person's (or a group's, ``GROUPS``) verb of saying, or None."""
    if lang == "ar":
        return _ar_before(sentence, one_speaker)
    if not (SPEAKER or GROUPS):
        return None
    after = _according(sentence, lang) if SPEAKER and one_speaker else None
    if after:
        return after
    pattern = _before(lang)
    m = pattern.match(sentence) if pattern else None
    if not m:
        return None
    who = m.group("who").strip()
    if lang == "zh":
        if not (SPEAKER and one_speaker) or re.search(r"[他她我]", who):
            return None  # "她还说，女儿……": the point speaks of the speaker
    elif _words(who) > _MAX_WHO or re.search(r"\b(?:that|que|qu['’]|что|who|which)\b", who):
        return None
    group = lang in _GROUP_WHO and re.match(_GROUP_WHO[lang], who, _I)
    one_speaker = one_speaker or _person(who, lang)
    if not ((SPEAKER and one_speaker) or (GROUPS and group)):
        return None
    rest = sentence[m.end() :].strip()
    size = len(rest) // 2 if lang == "zh" else _words(rest)
    if size < 4 or _speaks_of_itself(rest, lang):
        return None
    return _cap(_AND_THAT_COMMA.get(lang, _NOTHING).sub(r"\1,", rest))


#: "X y que, con la plantilla actual, Y" -> "X y, con la plantilla actual, Y" (the kinds
#: step's "and that" reads "que" before a space only)
_AND_THAT_COMMA = {
    "es": re.compile(r"(\s(?:y|e|pero))\s+que,", _I),
    "fr": re.compile(r"(\s(?:et|mais))\s+que,", _I),
    "en": re.compile(r"(\s(?:and|but))\s+that,", _I),
    "ru": re.compile(r"(\s(?:и|а|но))\s+что,", _I),
}
_NOTHING = re.compile(r"(?!)()")


def _ar_before(sentence: str, one_speaker: bool) -> str | None:
    if not SPEAKER or not one_speaker:
        return None
    plain = arabic_plain(sentence)
    at = [i for i, ch in enumerate(sentence) if arabic_plain(ch)] + [len(sentence)]
    m = _before("ar").match(plain)  # type: ignore[union-attr]
    if not m:
        return None
    who = m.group("who").split()
    if any(w in ("المشاركون", "المشاركين", "المتحدثون", "المتحدثين") for w in who):
        return None  # a group: the older lists read it
    frame = plain[: m.end()].strip()
    rest = sentence[at[m.end()] :].strip()
    # "أنّ" at the end of the frame: ``ar_point`` reads the clause after it
    point = ar_point(frame, rest)
    if not point or _words(point) < 4:
        return None
    if _speaks_of_itself(point, "ar", feminine=m.group("verb").endswith("ت")):
        return None
    return point


@cache
def _according_pattern(lang: str) -> re.Pattern[str] | None:
    return {
        "en": re.compile(
            rf"^(?i:according to|in the (?:view|words) of)\s+{_EN_PERSON_HEAD}[^,;:]{{0,80}},\s+",
            0,
        ),
        "es": re.compile(
            r"^(?:según|a juicio de|en palabras de)\s+(?:el|la)\s+(?:ministra?|director[a]?|"
            r"alcalde(?:sa)?|moderador[a]?|president[ae]|jueza?|ingenier[oa]|relator[a]?)\b"
            r"[^,;:]{0,80},\s+",
            _I,
        ),
        "fr": re.compile(
            r"^(?i:selon|d['’]après|pour)\s+(?:(?:M\.|Mme|Dr)\s+[A-Z]|l[ea]\s+(?:ministre|"
            r"directeur|directrice|maire|modérat(?:eur|rice)|président(?:e)?|juge|"
            r"ingénieur(?:e)?|rapporteur(?:e)?))[^,;:]{0,80},\s+",
            0,
        ),
        "ru": re.compile(r"^по (?:словам|мнению)\s+[^,;:]{2,80},\s+", _I),
        "zh": re.compile(r"^据[^，,。]{2,20}(?:说|介绍|表示)[，,]\s*"),
    }.get(lang)


#: the rest of a name or a role set off by commas after "According to X," ("Selon Mme Nadia
#: Benali, chercheuse à l'Université de Tunis, X"; "In the words of Ms Kirui, who runs a
#: hotline, X"; "Pour le directeur, M. Karim Benali, X"): taken off with the speaker
_APPOSITION = {
    "en": r"^(?:(?:who|which)\b[^,;:]{2,80}|(?:a|an)\s+[^,;:]{2,60}|(?:Mr|Mrs|Ms|Dr|Prof|Hon)"
    r"\.?\s+[A-Z][^,;:]{1,40}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+",
    "fr": r"^(?:qui\b[^,;:]{2,80}|une?\s+[^,;:]{2,60}|(?:M\.|Mme|Dr)\s+[A-ZÉ][^,;:]{1,40}|"
    r"[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){1,3}|[a-zéèêàç-]+(?:\s+(?:à|de|du|des|d['’]|en)"
    r"\s*[^,;:]{1,50})?),\s+",
    "es": r"^(?:quien\b[^,;:]{2,80}|una?\s+[^,;:]{2,60}|(?:Sr\.|Sra\.|Dra?\.|don|doña)\s+"
    r"[^,;:]{1,40}|[A-ZÁÉÍÓÚ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚ][\w'’-]+){1,3}|[a-záéíóúñ-]+"
    r"(?:\s+(?:en|de|del)\s+[^,;:]{1,50})?),\s+",
}


def _according(sentence: str, lang: str) -> str | None:
    pattern = _according_pattern(lang)
    m = pattern.match(sentence) if pattern else None
    if not m:
        return None
    rest = sentence[m.end() :].strip()
    apposition = re.match(_APPOSITION.get(lang, r"(?!)"), rest)
    if apposition and _words(rest[apposition.end() :]) >= 4:
        rest = rest[apposition.end() :]
    size = len(rest) // 2 if lang == "zh" else _words(rest)
    if size < 4 or _speaks_of_itself(rest, lang):
        return None
    return _cap(rest)


# ------------------------------------------------------------------ the speaker after

_QUOTES = "\"'“”«»‘’„"


@cache
def _after(lang: str) -> list[re.Pattern[str]]:
    """The point, then a comma and the speaker with the verb (either order), to the end."""
    end = r"\s*[.!]?\s*$"
    # a full stop only after a title ("a déclaré M. Idrissa Diop, enseignant")
    part = r"(?:[^,;:.!?]|\.(?=\s+[A-ZÀ-ÞА-Я]))"
    who = rf"(?P<who>{part}{{3,80}}(?:,\s*{part}{{3,60}})?)"
    if lang == "en":
        return [
            re.compile(rf"^(?P<point>.{{20,}}?)[,”\"]+\s+{_EN_SAY}\s+{who}{end}", _I),
            re.compile(
                rf"^(?P<point>.{{20,}}?)[,”\"]+\s+(?P<who>(?:Mr|Mrs|Ms|Dr|Prof|Hon)\.?\s+"
                rf"[A-Z][^,;:.!?]{{2,60}}|[A-Z]\w+\s+[A-Z]\w+)\s+{_EN_SAY}{end}"
            ),
        ]
    if lang == "es":
        return [re.compile(rf"^(?P<point>.{{20,}}?)[,”»\"]+\s+{_ES_SAY}\s+{who}{end}", _I)]
    if lang == "fr":
        return [
            re.compile(
                rf"^(?P<point>.{{20,}}?)\s*[,”»\"]+\s+(?:a\s+(?:\w+\s+)?(?:dit|déclaré|expliqué|"
                rf"rappelé|souligné|averti|estimé|indiqué|ajouté|précisé|raconté|témoigné)|"
                rf"explique|estime|souligne)\s+{who}{end}",
                _I,
            )
        ]
    if lang == "ru":
        return [
            re.compile(
                rf"^(?P<point>.{{20,}}?)[,»”\"]+\s*(?:—\s*)?{_RU_SAY}(?:а)?\s+{who}{end}", _I
            )
        ]
    if lang == "zh":
        say = r"(?:(?<![来据听])说|表示|指出|强调|认为)"
        return [
            re.compile(rf"^(?P<point>.{{8,}}?)[，,”」]+\s*(?P<who>[^，,。]{{2,20}}){say}[。.]?$")
        ]
    if lang == "ar":  # "X، على حد قول ربان من صور." / "X، كما قالت المهندسة Y."
        return [
            re.compile(
                r"^(?P<point>.{20,}?)،\s*(?:على حد (?:قول|تعبير)|كما (?:قال|قالت|أوضح|أوضحت|"
                r"ذكر|ذكرت|روى|روت))\s+(?P<who>[^،,.]{3,60})\.?\s*$"
            )
        ]
    return []


#: how the speaker after the point opens: a title, a name, an article or a count (in
#: Chinese: a role or a count, ``_ZH_PERSON``)
_AFTER_WHO = {
    "en": r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|MP)\.?\s+|(?:a|an|the|one)\s+|[A-Z])",
    "es": r"^(?:(?:el|la|un|una|uno|doña|don|sr\.|sra\.)\s+|[A-ZÁÉÍÓÚ])",
    "fr": r"^(?:(?:le|la|l['’]|un|une|M\.|Mme|Dr)\s*|[A-ZÉ])",
    "ru": r"^(?!(?:он|она|они|я|мы)\b)[\w-]",
    "zh": rf"^.*{_ZH_PERSON}",
    "ar": r"^",
}


@cache
def _aside(lang: str) -> re.Pattern[str] | None:
    """The speaker between commas inside the point: "X, relató un ingeniero de Y, Z"."""
    verbs = {"en": _EN_SAY, "es": _ES_SAY, "ru": _RU_SAY}.get(lang)
    if lang == "fr":
        verbs = r"(?:a\s+(?:dit|expliqué|raconté|rappelé|souligné|témoigné)|explique|raconte)"
    if verbs is None:
        return None
    who = r"(?P<who>[^,;:.!?]{3,70})"
    return re.compile(rf"^(?P<a>[^,;:]{{10,}}?),\s+{verbs}(?:а)?\s+{who},\s+(?P<b>.{{12,}})$", _I)


#: a part before the aside that is an adverbial, not a subject: a comma joins it to the rest
_ADVERBIAL = {
    "en": r"^(?:in|during|after|before|since|at|on|for|when|while|last|this|every)\b",
    "es": r"^(?:en|durante|tras|después|antes|desde|cuando|mientras|el año|este|cada)\b",
    "fr": r"^(?:en|pendant|durant|après|avant|depuis|lors|quand|l['’]an|cette|chaque|dans)\b",
    "ru": r"^(?:в|во|во время|после|до|с|когда|пока|каждый|этой|этим)\b",
}


def speaker_after(sentence: str, lang: str) -> str | None:
    """The point without one person's verb of saying after it or set inside it, or None."""
    if not AFTER:
        return None
    aside = _aside(lang) if lang != "ar" else None
    found = aside.match(sentence) if aside else None
    if found and (
        re.match(_ADVERBIAL[lang], found.group("a"), _I) or _words(found.group("a")) <= 5
    ):
        read = _read_aside(found, lang)  # "Después de las lluvias, contó X, Y"
        if read:
            return read
    for pattern in _after(lang):
        m = pattern.match(arabic_plain(sentence) if lang == "ar" else sentence)
        if not m:
            continue
        who = m.group("who").strip()
        if lang != "zh" and (_words(who) > 12 or re.search(r"\b(?:that|que|что)\b", who)):
            continue
        if not re.match(_AFTER_WHO.get(lang, ""), who):
            continue  # "..., said her team now answers ..." is no speaker
        point = m.group("point").strip().strip(_QUOTES).strip().rstrip(",，")
        if lang == "ar":  # the same letters with their vowel marks
            at = [i for i, ch in enumerate(sentence) if arabic_plain(ch)] + [len(sentence)]
            point = sentence[: at[m.end("point")]].strip()
        size = len(point) // 2 if lang == "zh" else _words(point)
        if size < 4 or _speaks_of_itself(point, lang, before=False):
            continue
        if lang == "ar" and _speaks_of_itself(point, lang, feminine=False):
            continue
        stop = "。" if lang == "zh" else "."
        return _cap(point.rstrip(".。") + stop)
    return _read_aside(found, lang) if found else None


def _read_aside(m: re.Match[str], lang: str) -> str | None:
    """The point without the speaker set between two of its parts."""
    if _words(m.group("who")) > 10 or not re.match(_AFTER_WHO.get(lang, ""), m.group("who")):
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if _speaks_of_itself(a + " " + b, lang, before=False):
        return None
    joined = f"{a}, {b}" if re.match(_ADVERBIAL[lang], a, _I) else f"{a} {b}"
    return _cap(joined)


# ------------------------------------------------------------------ a group's support

_EN_SUPPORTERS = (
    r"(?:participants|delegates|speakers|the (?:consultation|meeting|session|forum|workshop|"
    r"participants|delegates))"
)


@cache
def _support(lang: str) -> re.Pattern[str] | None:
    return {
        "en": re.compile(
            rf"^{_EN_SUPPORTERS}\s+(?:also\s+)?(?:endorsed|supported|backed|welcomed)\s+the\s+"
            r"(?:[\w'’-]+\s+){0,4}recommendations?\s+(?:of\s+the\s+[\w\s'’-]{2,40}?\s+)?"
            r"that\s+(?P<rest>.+)$",
            _I,
        ),
        "es": re.compile(
            r"^(?:los participantes|las participantes|la consulta|el foro|la reunión|"
            r"el taller|los delegados)\s+(?:también\s+)?(?:respaldó|respaldaron|apoyó|"
            r"apoyaron|suscribió|suscribieron|hizo suyas|hicieron suyas)\s+(?:las?|los)\s+"
            r"(?:\w+\s+){0,2}recomendaci(?:ón|ones)\s+(?:(?:de\s+(?:la|los|las)|del)\s+[^:]{2,40}?)?"
            r"\s*:\s*(?P<rest>.+)$",
            _I,
        ),
        "fr": re.compile(
            r"^(?:les participants|la consultation|le forum|l['’]atelier|les délégués)\s+"
            r"(?:a|ont)\s+(?:aussi\s+)?(?:soutenu|appuyé|approuvé|fait siennes)\s+(?:les?|la)\s+"
            r"(?:\w+\s+){0,2}recommandations?\s+(?:d[eu]\s+(?:la\s+|l['’])?[^:]{2,40}?)?"
            r"\s*:\s*(?P<rest>.+)$",
            _I,
        ),
        "zh": re.compile(
            r"^(?:与会者|与会代表|会议|论坛|磋商)(?:一致)?(?:支持|赞同|认可)(?P<rest>.{6,})的建议[。.]?$"
        ),
        "ar": re.compile(
            r"^و?(?:أيد|ايد|دعم|أقر|اقر)\s+(?:المشاركون|المشاركين|المتحدثون|المنتدى|المشاورة)\s+"
            r"(?:توصية|توصيات)\s+(?:[^\s]+\s+){0,3}?ب[أا]ن\s+"
        ),
    }.get(lang)


#: "将X永久化" / "使X永久化": the recommendation's own verb read as "X应当……"
_ZH_MAKE = re.compile(r"^(?:关于)?(?:使|将|把|让)?(?P<x>.+?)(?P<v>永久化|.{0,6}化)(?P<tail>.*)$")


def group_support(sentence: str, lang: str) -> str | None:
    """What a group's support of a recommendation says should be done, or None."""
    if not SUPPORT:
        return None
    pattern = _support(lang)
    if pattern is None:
        return None
    if lang == "ar":
        plain = arabic_plain(sentence)
        at = [i for i, ch in enumerate(sentence) if arabic_plain(ch)] + [len(sentence)]
        m = pattern.match(plain)
        if not m:
            return None
        rest = sentence[at[m.end()] :].strip()
        return f"ينبغي أن {rest}" if _words(rest) >= 4 else None
    m = pattern.match(sentence)
    if not m:
        return None
    rest = m.group("rest").strip()
    if lang == "en":
        from forum_messages.synth.kind_cues_voice8 import complete

        should = complete(_cap(rest), "en")
        if should is None and re.search(r"\b(?:should|must|need to|needs to)\b", rest):
            should = _cap(rest)
        elif should is None:  # "school meals be free" -> "School meals should be free"
            be = re.match(r"^((?:[\w'’-]+ ){1,8}?)(be|have|not) ", rest)
            should = _cap(f"{be.group(1)}should {be.group(2)} {rest[be.end() :]}") if be else None
        return should if should and _words(should) >= 5 else None
    if lang in ("es", "fr"):
        return _cap(rest) if _words(rest) >= 5 else None
    if lang == "zh":
        return _zh_should(rest)
    return None


def _zh_should(rest: str) -> str | None:
    """ "领导小组关于使X永久化、并由Y提供Z" -> "X应当永久化，并由Y提供Z。"."""
    about = rest.find("关于")
    if about < 0:
        return None
    body = rest[about + 2 :]
    m = re.match(
        r"^(?:使|将|把|让)(?P<x>[^、，,]{2,30}?)(?P<v>永久化|常态化|制度化|公开|延长)(?P<tail>.*)$",
        body,
    )
    if not m:
        return None
    tail = m.group("tail").lstrip("、，,")
    out = f"{m.group('x')}应当{m.group('v')}"
    if tail:
        out += f"，{tail}"
    return out + "。"


# ------------------------------------------------------------------ the calls left

#: calls in shapes the older lists did not read (off: as before)
CALLS_LEFT = True

#: "The outcome document commits X to V" -> "X should V"
_EN_COMMITS = re.compile(
    r"^(?:the|this|its)\s+(?:final\s+|joint\s+|closing\s+)?(?:outcome document|declaration|"
    r"statement|charter|roadmap|"
    r"communiqué|communique|final document)\s+commits\s+(?P<x>[^,;:]{3,80}?)\s+to\s+"
    r"(?P<v>[a-z]+)\b(?P<rest>.{8,})$",
    _I,
)
#: "X recommends (1) that ...; (2) that ...; and (3) that ..."
_EN_NUMBERED = re.compile(
    r"^(?P<head>[^;:(]{3,80}?)\s+(?:recommends|recommended|proposes|proposed|urges|urged)\s+"
    r"(?P<items>\(1\)\s+that\s+.+)$",
    _I,
)
#: the same list once a message text took its numbers off (``text._list_items``): "X
#: recommends that A; that B; and that C"
_EN_THAT_LIST = re.compile(
    r"^(?P<head>[^;:(]{3,80}?)\s+(?:recommends|recommended|proposes|proposed|urges|urged)\s+"
    r"that\s+(?P<items>[^;]+(?:;\s*(?:and\s+)?that\s+[^;]+)+)$",
    _I,
)
_EN_ITEM = re.compile(r"(?:[;,]\s*(?:and\s+)?)?\((\d)\)\s+that\s+", _I)
#: "Its recommendations are, first, to V; second, to V; and third, to V"
_EN_ORDINALS = re.compile(
    r"^(?:its|their|the(?:\s+[\w'’-]+){0,3}?)\s+recommendations\s+(?:are|were),?\s+first,\s+"
    r"to\s+"
    r"(?P<items>.+)$",
    _I,
)
_EN_ORDINAL = re.compile(r"([;,])\s*(and\s+)?(second|third|fourth|fifth|finally),\s+to\s+", _I)


def _en_should(clause: str) -> str | None:
    """A clause in the subjunctive given "should": "legislators assign X" -> "legislators
    should assign X", "a person harmed by X be able to" -> "... should be able to"."""
    from forum_messages.synth.kind_cues_voice2 import _EN_VERBS

    words = clause.split()
    plain = re.compile(r"^[a-z]+$")
    if (  # "legislators assign X": a plural noun, then a verb in its plain form
        len(words) > 2
        and re.match(r"^[a-z]+s$", words[0])
        and plain.match(words[1])
        and not words[1].endswith(("s", "ed", "ing", "ly"))
    ):
        return " ".join([words[0], "should", *words[1:]])
    for i, word in enumerate(words[1:12], start=1):
        if word.casefold() in _EN_VERBS and not words[i - 1].casefold().endswith((",", "to")):
            return " ".join([*words[:i], "should", *words[i:]])
    return None


def call_left(sentence: str, lang: str) -> str | None:
    """A call in a shape the older lists did not read, as "X should V", or None."""
    if not CALLS_LEFT or lang != "en":
        return None
    m = _EN_COMMITS.match(sentence)
    if m:
        return _cap(f"{m.group('x')} should {m.group('v')}{m.group('rest')}")
    m = _EN_NUMBERED.match(sentence)
    if m:
        parts = [p for p in _EN_ITEM.split(m.group("items")) if p.strip()]
        numbers, clauses = parts[0::2], parts[1::2]
        said = [_en_should(c.strip().rstrip(";,")) for c in clauses]
        if len(said) < 2 or None in said or numbers != [str(i + 1) for i in range(len(said))]:
            return None
        items = [f"({n}) {s}" for n, s in zip(numbers, said, strict=True) if s]
        body = "; ".join(items[:-1]) + f"; and {items[-1]}"
        return body if body.endswith(".") else body + "."
    m = _EN_THAT_LIST.match(sentence)
    if m:
        clauses = re.split(r";\s*(?:and\s+)?that\s+", m.group("items"))
        said = [_en_should(c.strip()) for c in clauses]
        if None in said:
            return None
        done = [s for s in said if s]
        body = "; ".join(done[:-1]) + f"; and {done[-1]}"
        return _cap(body)
    m = _EN_ORDINALS.match(sentence)
    if m:
        listed = _EN_ORDINAL.sub(lambda o: f"{o.group(1)} {o.group(2) or ''}", m.group("items"))
        return _cap(re.sub(r"\s{2,}", " ", listed))
    return None
