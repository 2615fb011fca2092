"""The frames four spent report files keep in their message texts, read for the text
(docs/quality.md, "Statement kinds: a fifty-sixth round, the frames the spent files keep");
only the text changes, never a statement's kind or the point it is read and grouped by:

- the matter the meeting kept coming back to, named before a colon or "that" (``MATTER``):
  "Much of the discussion came back, from different directions, to the same gap: X", "La
  discusión volvió una y otra vez al mismo problema: X", "Le débat est revenu sur la même
  question : X", "Разговор не раз возвращался к тому, что X", "讨论多次回到同一个问题：X",
  "وتوقف عدد من المتدخلين طويلاً عند مسألة ...، فبيّنوا أن X" -> X;
- a point said again and again, or apart, by no one named (``AGAIN``): "Se repitió una y
  otra vez, desde la mesa, que X", "It was said again and again that X", "On a répété à
  plusieurs reprises que X", "Отдельно обсуждалось, что X", "وتكرر القول إن X" -> X (Chinese
  "会上多次提到，X" was read before);
- a source of figures or a common view before the point (``SOURCE``): "Según datos citados por
  la coalición, X", "According to figures cited at the session, X", "Selon les chiffres
  présentés par le réseau, X", "По оценкам, приведённым на семинаре, X", "По общему мнению
  экспертов, X", "根据论坛上引用的数据，X", "وفق أرقام عرضها المشاركون، X" -> X;
- a call by a group the lists did not name, or in the present tense (``CALLERS``): "Los
  jóvenes piden que X <subjuntivo>", "Les jeunes demandent que", "Young people ask that",
  "Участники форума рекомендовали, чтобы", "青年们要求", "يطالب الشباب بأن" read as the
  meeting's participants' call (``kind_cues_voice8``, ``kind_cues_voice2``);
- an Arabic group frame whose clause would not stand without "أنّ" as written
  (``AR_SUBJECT``): a first word the lists did not hold ("أي نظام"), a quantifier in the
  accusative ("كثيراً من" -> "كثير من"), a plural subject in the accusative before its verb
  ("أن المدرسين لا يمكنهم" -> "المدرسون لا يمكنهم");
- a frame split by an aside whose point goes on with "and that" (``ASIDE_AND_THAT``): "There
  was broad agreement, though the vendor did not share it, that X, and that Y" -> "X, and Y".

Precision first: what the patterns cannot read gives None and the sentence stays as written
(the rest must be a clause of four words or more; a lead-in that names no matter, a source
that is one person, a call on no party stay).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import kind_cues_voice2 as voice2

#: the matter the meeting came back to, before a colon or "that" (off: as before)
MATTER = True
#: a point said again and again, or apart, by no one named (off: as before)
AGAIN = True
#: a source of figures or a common view before the point (off: as before)
SOURCE = True
#: a call by a group the lists did not name, or in the present tense (off: as before)
CALLERS = True
#: an Arabic clause after a group's frame made to stand without "أنّ" (off: as before)
AR_SUBJECT = True
#: a frame split by an aside whose point has a second "and that" clause (off: as before)
ASIDE_AND_THAT = True
#: the settings above by name (``bench/voiced_cost.py --kept`` turns them off together)
SETTINGS = ("MATTER", "AGAIN", "SOURCE", "CALLERS", "AR_SUBJECT", "ASIDE_AND_THAT")

_I = re.IGNORECASE

#: a sentence's message text as the kinds step gives it (``kinds.voiced``)
Reread = Callable[[str], str]

# ------------------------------------------------------------------ the matter come back to

_EN_TALK = (
    r"(?:(?:much|most|part|a good part|a large part) of )?(?:the )?(?:discussion|debate|"
    r"conversation|exchange|exchanges|panel|session|workshop|room|meeting|participants|"
    r"speakers|panellists|panelists)"
)
_EN_BACK = (
    r"(?:repeatedly |often |again |then |also |kept |soon |finally |eventually )?(?:came back|"
    r"returned|kept returning|kept coming back|turned back|circled back|dwelt|lingered|"
    r"focused|focussed|settled)"
)
_EN_MATTER = (
    r"(?:question|issue|matter|gap|problem|theme|point|concern|risk|topic|tension|"
    r"difficulty|weakness|obstacle)"
)
_ES_MATTER = (
    r"(?:cuestión|pregunta|problema|brecha|punto|tema|preocupación|riesgo|vacío|asunto|"
    r"dificultad|obstáculo|debilidad)"
)
_FR_MATTER = (
    r"(?:question|problème|lacune|point|enjeu|thème|préoccupation|risque|sujet|difficulté|"
    r"obstacle|faiblesse)"
)
_RU_MATTER = r"(?:вопрос\w*|проблем\w*|тем\w*|риск\w*|пробел\w*|трудност\w*|препятстви\w*)"

_MATTER: dict[str, list[str]] = {
    "en": [
        rf"^{_EN_TALK} {_EN_BACK}(?:, [^,:;]{{2,50}},)? (?:to|on|over|upon|around) "
        rf"(?:the |a |one )?(?:same |central |recurring |common |single |one )?{_EN_MATTER}"
        r"(?: of [^:;,]{1,50})?: ",
    ],
    "es": [
        r"^(?:(?:buena|gran|la mayor) parte (?:de la |del |de los ))?(?:la |el |los )?"
        r"(?:discusión|debate|conversación|intercambio|intercambios|panel|sesión|taller|"
        r"participantes|ponentes)(?: (?:volvió|volvía|volvieron|regresó|regresaron|se detuvo|"
        r"se detuvieron|se centró|se centraron|giró))(?: (?:una y otra vez|varias veces|"
        r"a menudo|también|luego))?(?:, [^,:;]{2,50},)? (?:a|al|sobre|en|alrededor de|"
        r"alrededor del) (?:la misma |el mismo |misma |mismo |la |el |un |una |una misma |"
        r"un mismo )?"
        rf"{_ES_MATTER}(?: de [^:;,]{{1,50}})?: ",
    ],
    "fr": [
        r"^(?:(?:une grande|une bonne) partie (?:de la|du|des) )?(?:discussion|débat|"
        r"échanges|panel|séance|atelier|la discussion|le débat|les échanges|le panel|"
        r"la séance|l['’]atelier|les participants|les intervenants)(?: (?:est revenue?|"
        r"sont revenus|revenait|revenaient|s['’]est attardée?|se sont attardés|"
        r"s['’]est arrêtée?|s['’]est concentrée?|a tourné))(?: (?:à plusieurs reprises|"
        r"souvent|sans cesse|encore|aussi))?(?:, [^,:;]{2,50},)? (?:sur|à|autour de|autour du) "
        rf"(?:la même |le même |la |le |l['’]|un |une )?{_FR_MATTER}"
        r"(?: d(?:e |['’])[^:;,]{1,50})? ?: ",
    ],
    "ru": [
        r"^(?:далее |затем |потом |потом же |и )?(?:разговор|обсуждение|дискуссия|беседа|"
        r"панель|сессия|участники|выступавшие)(?:, [^:;]{2,80}?,)? (?:[\w-]+ ){0,3}?"
        r"(?:вернул(?:ся|ась|ось|ись)|возвращал(?:ся|ась|ось|ись)|сосредоточил(?:ся|ась|ось|ись)|"
        r"остановил(?:ся|ась|ось|ись))(?: [\w-]+){0,2}? (?:к|на) (?:(?:тому|том), что |"
        r"(?:одн(?:ому|ой) и т(?:ому|ой) же |общ(?:ему|ей) |главн(?:ому|ой) )?"
        rf"{_RU_MATTER}(?: [^:;,]{{1,50}})?: )",
    ],
    "zh": [
        r"^(?:讨论|辩论|交流|会议|与会者|发言者们)(?:中)?(?:多次|反复|一再|不断|始终|最终|也)?"
        r"(?:回到|围绕|聚焦于?|集中在)(?:了)?(?:同一个?|一个|一个共同的|共同的)?"
        r"[^，,。：:；;]{0,14}?(?:问题|缺口|风险|议题|话题|主题|难题|短板)(?:上)?[：:]",
    ],
    "ar": [
        r"^و?(?:عاد|توقف|ركز|تمحور)(?:ت)?\s+(?:النقاش|الحوار|المتدخلون|المشاركون|المتحدثون|"
        r"(?:عدد|كثير|بعض)\s+من\s+(?:ال)?(?:متدخلين|مشاركين|متحدثين))(?:\s+\S+){0,2}?\s+"
        r"(?:إلى|عند|على|حول)\s+(?:مسألة|قضية|مشكلة|موضوع|سؤال|نقطة)\s+[^:.]{1,80}?"
        r"(?:\s*:\s*|،\s*(?:ف|و)(?:بينوا|أوضحوا|أكدوا|رأوا|لاحظوا|اعتبروا)\s+(?=[أإ]ن\s))",
    ],
}

# ------------------------------------------------------------------ said again and again

_AGAIN: dict[str, list[str]] = {
    "en": [
        r"^(?:it was (?:said|repeated|stressed|pointed out|argued|noted|heard|underlined) "
        r"(?:again and again|over and over(?: again)?|repeatedly|more than once|several times|"
        r"time and again|many times)|(?:again and again|time and again|repeatedly), it was "
        r"(?:said|stressed|pointed out|argued|noted))(?:, [^,]{2,60},)? that ",
    ],
    "es": [
        r"^se (?:repitió|reiteró|dijo|insistió|recordó|subrayó|señaló) (?:una y otra vez|"
        r"varias veces|muchas veces|en varias ocasiones|reiteradamente|con insistencia|"
        r"más de una vez)(?:, [^,]{2,60},)? (?:en )?que ",
        r"^se (?:repitió|reiteró)(?:, [^,]{2,60},)? que ",
    ],
    "fr": [
        r"^(?:on a (?:répété|redit|rappelé|souligné|dit)|il a été (?:répété|rappelé|souligné|"
        r"redit|dit)) (?:à plusieurs reprises|maintes fois|à maintes reprises|encore et encore|"
        r"plusieurs fois|sans relâche|plus d['’]une fois)(?:, [^,]{2,60},)? qu(?:e |['’])",
    ],
    "ru": [
        r"^(?:неоднократно|не раз|снова и снова|многократно|отдельно|особо|не однажды) "
        r"(?:звучало|говорилось|обсуждалось|отмечалось|повторялось|подч[её]ркивалось|"
        r"упоминалось|звучала мысль|говорили|обсуждали)(?:, [^,]{2,60})?, что ",
    ],
    "ar": [
        r"^و?(?:تكرر|تردد)(?:ت)?\s+(?:القول|الحديث|التأكيد|الكلام)(?:\s+(?:مرارا|أكثر من مرة|"
        r"في الجلسة|خلال الجلسة))?\s+(?:ب|على\s+)?(?=[أإ]ن\s)",
    ],
}

# ------------------------------------------------------------------ a source before the point

_SOURCE: dict[str, list[str]] = {
    "en": [
        r"^(?:according to|going by) (?:the )?(?:figures|data|estimates|numbers|statistics) "
        r"(?:cited|presented|quoted|shared|given|put forward) (?:by|in|at|during) [^,]{2,60}, ",
        r"^in the (?:common|general|shared|broad) view of (?:the )?(?:experts|participants|"
        r"speakers|panellists|panelists|delegates|room), ",
    ],
    "es": [
        r"^(?:según|de acuerdo con) (?:los |las )?(?:datos|cifras|estimaciones|cálculos) "
        r"(?:citad[oa]s|presentad[oa]s|mencionad[oa]s|compartid[oa]s|aportad[oa]s|expuest[oa]s) "
        r"(?:por|en|durante) [^,]{2,60}, ",
        r"^(?:en opinión|a juicio) (?:general |común |compartida )?de (?:los |las )?(?:expertos|"
        r"expertas|participantes|ponentes|panelistas), ",
    ],
    "fr": [
        r"^(?:selon|d['’]après) (?:les )?(?:données|chiffres|estimations) (?:cité(?:e)?s|"
        r"présenté(?:e)?s|avancé(?:e)?s|partagé(?:e)?s|fourni(?:e)?s) (?:par|lors de|pendant|à|"
        r"au|en) [^,]{2,60}, ",
        r"^de l['’]avis (?:général |commun )?(?:des|de la plupart des) (?:experts|participants|"
        r"intervenants|panélistes), ",
    ],
    "ru": [
        r"^по (?:оценкам|данным|подсч[её]там|расч[её]там), (?:приведённым|приведенным|"
        r"представленным|названным|озвученным|показанным) (?:на|в|во время|участниками|"
        r"экспертами|докладчиками)(?: [^,]{1,60})?, ",
        r"^по общему мнению(?: (?:экспертов|участников|выступавших|собравшихся|панелистов))?, ",
    ],
    "zh": [
        r"^(?:根据|据)[^，,。：:]{1,20}?(?:引用|提供|公布|介绍|展示)的(?:数据|数字|估计|估算|统计)[，,]",
        r"^(?:与会专家|与会者|专家们|发言者们)(?:的)?(?:普遍|一致|共同)(?:看法|意见)是[，,]",
    ],
    "ar": [
        r"^و?(?:(?:وفق|حسب|بحسب)\s+|وفقا\s+ل)(?:ال)?(?:أرقام|بيانات|تقديرات|إحصاءات)\s+"
        r"(?:قدمها|عرضها|أوردها|ذكرها|نقلها)\s+[^،]{2,60}،\s*",
    ],
}


@cache
def _compiled(table: str, lang: str) -> list[re.Pattern[str]]:
    source = {"matter": _MATTER, "again": _AGAIN, "source": _SOURCE}[table]
    return [re.compile(p, _I) for p in source.get(lang, [])]


def _at(sentence: str, end: int) -> int:
    """Where the letter at ``end`` of the sentence without vowel marks stands in it (its
    length past the last letter)."""
    seen = 0
    for i, ch in enumerate(sentence):
        if arabic_plain(ch):
            if seen == end:
                return i
            seen += 1
    return len(sentence)


def _size(rest: str, lang: str) -> int:
    return len(rest) // 2 if lang == "zh" else len(rest.split())


def _cap(text: str, lang: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if lang not in ("zh", "ar") else text


#: "X, and that Y" / "X, but also that Y" after a frame's "that" (the languages whose frames
#: take one)
_AND_THAT = {
    "en": re.compile(r"(,? (?:and|but also|and also)) that( (?=\w)|(?=,))", _I),
    "es": re.compile(r"(,? (?:y|pero también|y también)) que( (?=\w)|(?=,))", _I),
    "fr": re.compile(r"(,? (?:et|mais aussi|et aussi)) qu(?:e( (?=\w)|(?=,))|['’](?=\w))", _I),
    "ru": re.compile(r"(,? (?:и|а также|но и)) что( (?=\w)|(?=,))", _I),
}


def _and_that(m: re.Match[str]) -> str:
    """ "..., and that Y" -> "..., and Y"; "..., pero también que, cuando" -> "..., pero
    también, cuando"."""
    return m.group(1) + (m.group(2) if m.group(2) is not None else " ")


def _cut(table: str, sentence: str, lang: str) -> str | None:
    """What follows a frame of ``table`` ("matter", "again", "source"), a clause of four words
    or more (Chinese: eight characters), or None."""
    plain = arabic_plain(sentence) if lang == "ar" else sentence
    for pattern in _compiled(table, lang):
        m = pattern.match(plain)
        if not m:
            continue
        rest = sentence[_at(sentence, m.end()) :] if lang == "ar" else sentence[m.end() :]
        if lang == "ar":
            if re.match(r"[أإ]ن\s", arabic_plain(rest)):  # "... فبيّنوا أن X": X as it stands
                rest = _ar_rest(rest.split(" ", 1)[1]) or ""
            if not rest:
                return None
        elif lang in _AND_THAT and table != "source":
            rest = _AND_THAT[lang].sub(_and_that, rest)
        if _size(rest, lang) >= 4:
            return _cap(rest, lang)
    return None


def matter(sentence: str, lang: str) -> str | None:
    """The point after the matter the meeting came back to, or None (``MATTER``)."""
    return _cut("matter", sentence, lang) if MATTER else None


def again(sentence: str, lang: str) -> str | None:
    """The point said again and again by no one named, or None (``AGAIN``)."""
    return _cut("again", sentence, lang) if AGAIN else None


def source(sentence: str, lang: str) -> str | None:
    """The point after a source of figures or a common view, or None (``SOURCE``)."""
    return _cut("source", sentence, lang) if SOURCE else None


# ------------------------------------------------------------------ calls by more groups

#: a group the lists did not name as a caller, and the verb in the tense the lists read:
#: (pattern to the verb's end, what it is read as)
_CALLERS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            r"^(?:the )?(?:young people|youth(?: delegates| participants)?|students|"
            r"(?:participants|delegates) (?:of|in|at) the [\w-]+(?: [\w-]+)?) (?P<verb>ask|"
            r"asked|demand|demanded|request|requested|urge|urged|recommend|recommended|propose|"
            r"proposed|insist|insisted) that ",
            "Participants {verb} that ",
        ),
    ],
    "es": [
        (
            r"^(?:los |las )?(?:jóvenes|estudiantes|(?:participantes|asistentes) (?:del|de la) "
            r"[\w-]+(?: [\w-]+)?) (?P<verb>piden|pidieron|exigen|exigieron|reclaman|reclamaron|"
            r"proponen|propusieron|recomiendan|recomendaron|solicitan|solicitaron) que ",
            "Los participantes {verb} que ",
        ),
    ],
    "fr": [
        (
            r"^(?:les )?(?:jeunes|étudiant(?:e)?s|participant(?:e)?s (?:du|de la|au|à la) "
            r"[\w-]+(?: [\w-]+)?) (?P<verb>demandent|souhaitent|exigent|proposent|recommandent|"
            r"réclament|ont demandé|ont souhaité|ont exigé|ont proposé|ont recommandé|"
            r"ont réclamé) qu(?:e |['’])",
            "Les participants {verb} que ",
        ),
        (
            r"^(?:les )?participant(?:e)?s (?P<verb>demandent|souhaitent|exigent|proposent|"
            r"recommandent|réclament) qu(?:e |['’])",
            "Les participants {verb} que ",
        ),
    ],
    "ru": [
        (
            r"^(?:молод[её]жь|молодые люди|студенты|(?:участники|делегаты) (?:форума|сессии|"
            r"встречи|семинара|конференции|диалога)) (?P<verb>требует|требуют|потребовала|"
            r"потребовали|просит|просят|попросила|попросили|предлагает|предлагают|предложила|"
            r"предложили|рекомендует|рекомендуют|рекомендовала|рекомендовали), чтобы ",
            "Участники {verb}, чтобы ",
        ),
        (
            r"^(?:участники|эксперты|делегаты|выступавшие) (?P<verb>требуют|просят|предлагают|"
            r"рекомендуют), чтобы ",
            "Участники {verb}, чтобы ",
        ),
    ],
    "zh": [
        (
            r"^(?:青年们|青年代表们?|年轻人|学生们|学生代表们?|(?:本届)?论坛(?:的)?(?:参与者|与会者))"
            r"(?P<verb>要求|呼吁|建议|敦促|促请)",
            "与会者{verb}",
        ),
    ],
    "ar": [
        (
            r"^و?(?P<verb>يطالب|تطالب|طالب|طالبت|يوصي|توصي|أوصى|أوصت)\s+(?:ال)?(?:شباب|طلاب|"
            r"طلبة|شابات)(?:\s+(?:ال)?\S+)?\s+(?=ب?[أإ]ن\s)",
            "{verb} المشاركون ",
        ),
    ],
}

#: a verb in the tense the older lists read it in
_TENSE: dict[str, dict[str, str]] = {
    "en": {},
    "es": {},
    "fr": {
        "demandent": "ont demandé", "souhaitent": "ont souhaité", "exigent": "ont exigé",
        "proposent": "ont proposé", "recommandent": "ont recommandé", "réclament": "ont réclamé",
    },
    "ru": {
        "требует": "требовали", "требуют": "требовали", "потребовала": "потребовали",
        "просит": "просили", "просят": "просили", "попросила": "попросили",
        "предлагает": "предлагали", "предлагают": "предлагали", "предложила": "предложили",
        "рекомендует": "рекомендовали", "рекомендуют": "рекомендовали",
        "рекомендовала": "рекомендовали",
    },
    "zh": {},
    "ar": {"يطالب": "طالب", "تطالب": "طالب", "طالبت": "طالب", "يوصي": "أوصى", "توصي": "أوصى",
           "أوصت": "أوصى"},
}  # fmt: skip


#: the group a call is read as made by (its frame stayed when the text still names it)
_GROUP_WORD = {
    "en": "participants", "es": "participantes", "fr": "participants", "ru": "участники",
    "zh": "与会者", "ar": "المشاركون",
}  # fmt: skip


@cache
def _callers(lang: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, _I), head) for p, head in _CALLERS.get(lang, [])]


def callers(sentence: str, lang: str, reread: Reread) -> str | None:
    """A call by a group the lists did not name, read as the participants' call (the older
    rules, ``reread``), or None when they leave it framed (``CALLERS``)."""
    if not CALLERS:
        return None
    plain = arabic_plain(sentence) if lang == "ar" else sentence
    for pattern, head in _callers(lang):
        m = pattern.match(plain)
        if not m:
            continue
        verb = m.group("verb").casefold() if lang != "ar" else m.group("verb")
        verb = _TENSE.get(lang, {}).get(verb, verb)
        rest = sentence[_at(sentence, m.end()) :] if lang == "ar" else sentence[m.end() :]
        asked = head.format(verb=verb) + rest
        out = reread(asked)
        if out.strip() == asked.strip() or _size(out, lang) < 4:
            return None
        if _GROUP_WORD[lang] in out.casefold()[: len(head) + 2]:
            return None  # the call's frame stayed: the sentence is left as written
        return out
    return None


# ------------------------------------------------------------------ Arabic clauses after أنّ

_AR_GROUP_THAT = re.compile(
    r"^و?(?:اتفق|أجمع|أوضح|أكد|رأى|لاحظ|اعتبر|أشار|بين|شدد)(?:ت)?\s+(?:ال)?(?:مشاركون|مشاركات|"
    r"متحدثون|متحدثات|متدخلون|متدخلات|حاضرون|خبراء|مندوبون)\s+(?:على\s+|إلى\s+)?[أإ]ن\s+"
)
#: a quantifier in the accusative and its nominative
_AR_QUANTIFIER = {"كثيرا": "كثير", "عددا": "عدد", "جزءا": "جزء", "قسما": "قسم"}


#: first words of a clause after "أنّ" that read the same without it (no case shows)
_AR_STANDS_TOO = frozenset({"ما", "أي"})


def _ar_rest(clause: str) -> str | None:
    """An Arabic clause that followed "أنّ", as it stands without it (``kind_cues_voice2``'s
    reading, "ما" and "أي" as first words too), its second clauses made part of it; or None."""
    words = arabic_plain(clause).split()
    if len(words) < 2:
        return None
    if words[0] in _AR_STANDS_TOO or voice2._ar_stands(words):
        return voice2._ar_second_clauses(clause)
    head = _ar_nominative(clause.split(" "))
    if head:
        return voice2._ar_second_clauses(" ".join([head, *clause.split(" ")[1:]]))
    return None


def _ar_nominative(words: list[str]) -> str | None:
    """The first word of an Arabic clause after "أنّ" in the nominative where it shows in
    writing and nothing else needs to change: "أي" (no case shows), a quantifier in the
    accusative before "من" ("كثيراً من" -> "كثير من"), a definite plural in "ين" whose verb,
    within the next three words, is plural ("المدرسين لا يمكنهم", "الصيادين على البحيرة
    يبيعون" -> "المدرسون ..."); None for any other word."""
    if len(words) < 3:
        return None
    first, second = arabic_plain(words[0]), arabic_plain(words[1])
    if first == "أي" and not second.startswith("ال"):
        return words[0]
    if first in _AR_QUANTIFIER and second == "من":
        return _AR_QUANTIFIER[first]
    if not re.fullmatch(r"ال\w{3,}ين", first) or not words[0].endswith("ين"):
        return None
    after = [arabic_plain(w) for w in words[1:4]]
    plural = any(re.fullmatch(r"(?:[يت]\w{2,}ون|\w+هم)", w) for w in after) and not any(
        w.startswith("و") or w in ("أو", "بين") for w in after[:1]
    )
    return words[0][: -len("ين")] + "ون" if plural else None


def ar_subject(sentence: str, lang: str) -> str | None:
    """An Arabic group's frame taken off where the clause after "أنّ" would not stand as
    written (``_ar_nominative``: "أن المدرسين لا يمكنهم" -> "المدرسون لا يمكنهم"); None for
    any other sentence (``AR_SUBJECT``)."""
    if not AR_SUBJECT or lang != "ar":
        return None
    m = _AR_GROUP_THAT.match(arabic_plain(sentence))
    if not m:
        return None
    words = sentence[_at(sentence, m.end()) :].split(" ")
    head = _ar_nominative(words) if len(words) >= 4 else None
    if not head:
        return None
    out = voice2._ar_second_clauses(" ".join([head, *words[1:]]))
    return out or None


def read_first(sentence: str, lang: str, reread: Reread) -> str | None:
    """The point after the matter come back to, a saying repeated or a source, read again
    (it may hold a frame of its own), or None: read before the older rules, whose frames
    between commas would otherwise take the lead-in's clause for the frame and leave a
    second "and that" clause alone ("It was repeated several times that X, and that Y" ->
    "And that Y")."""
    for cut in (matter, again, source):
        found = cut(sentence, lang)
        if found:
            return reread(found) or found
    return None


def aside_and_that(sentence: str, lang: str, split: Callable[[str], str | None]) -> str | None:
    """A frame split by an aside whose point goes on with a second "and that" clause ("There
    was broad agreement, though one panellist did not share it, that X, and that Y" -> "X,
    and Y"): the second clause's "that" taken off first, then the aside's reading
    (``split``: ``kind_cues_voice7.split_aside``, which compares its reading with the words
    after the aside and refused the "that" it took off); None when it reads nothing
    (``ASIDE_AND_THAT``)."""
    if not ASIDE_AND_THAT or lang not in _AND_THAT:
        return None
    joined = _AND_THAT[lang].sub(_and_that, sentence)
    return split(joined) if joined != sentence else None


def read(
    sentence: str, lang: str, reread: Reread, split: Callable[[str], str | None]
) -> str | None:
    """A call by a group the lists did not name, an Arabic clause after a group's frame, or
    a frame split by an aside before a second "and that" clause (after the older rules), or
    None."""
    return (
        callers(sentence, lang, reread)
        or ar_subject(sentence, lang)
        or aside_and_that(sentence, lang, split)
    )
