"""A reporting frame read by its shape, not by its wording (``synth.kinds.voiced``, last).

The cue modules list frames by their words ("Participants stressed that", "Il a été souligné
que", "وأكد المشاركون أن"); a frame in words no list has ("Teachers and nurses said that X",
"Секция подчеркнула, что X", "La rapporteuse de l'atelier a souligné que X") stays in the
message text. This module reads the shape instead:

    <a short subject> <a predicate of saying, knowing, feeling or concluding>
    <the language's complementiser: that, que / qu', что (after a comma), أنّ / إنّ, or a
    comma or colon in Chinese> <a full clause>

The predicate is the frame's last word before the complementiser ("said", "souligné",
"подчеркнула", "认为"; a preposition before it takes the word before too: "в том", "en que");
in Arabic, which puts the verb first, the frame's first word ("وأكد"). The words that may be a
predicate (``PREDICATES``) are not written by hand: ``bench/kind_frame_shape.py`` reads every
readable labelled statement set (the ``dev`` sets and the spent ``test10``-``test17``), takes
the word from every framed statement this shape reads, and keeps those that framed
statements of two sets or more (or two statements) give more than twice as often as plain
points of the same shape do, no predicate of will (``WILL``). A word is read by its first
``STEM`` letters. The subject before the predicate must be short (a preamble before a comma,
"Throughout the session, participants stressed that", goes with the frame), hold no modal and
no negation ("Governments must ensure that ..." is a call; "did not agree that" no frame); a
copula ("The clearest message was that") is a frame only when its subject is the meeting, its
people or their words (``_ABOUT``: not "One of the biggest problems is that"); a conditional
that singles out the point ("If the exercise taught us anything, it is that") has the
predicate "if". The clause after the complementiser must stand on its own: three words or
more, not opening on a pronoun that stood for the subject ("they", "il", "он", "他"), no
description of the session (the caller's check), and in Arabic a clause that reads the same
without "أنّ" (``ar_point``). One person's words (an attribution) are left to the caller.

A frame with no complementiser is read too (``lead_point``, ``LEADS``): a source of the view
before the point, up to its comma ("According to participants, X", "Selon les intervenants,
X", "По мнению участников, X", "بحسب المشاركين، فإنّ X", "在与会者看来，X"), when the source is
the meeting or its people as a group, not one person and not evidence (a census, a survey);
and in Chinese a group subject right before a known predicate with no comma ("委员们一致认为X").

It is tried only on a sentence every other rule left as it was (a plain point): it never
overrides a call, a description or another frame's reading. Only the message text changes;
the statement's kind and the point it is grouped by do not. Words and counts only: no float.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from forum_messages.synth.kind_cues_voice2 import ar_point

#: Whether ``kinds.voiced`` tries the shape (``bench/kind_frame_shape.py`` measures it).
ON = True

#: Whether an Arabic predicate is read without the "ت" of a feminine subject ("أكدت" as "أكد").
FEMININE = True

#: The most words a subject may have before the predicate (the predicate's own words apart).
_MOST_WORDS = 9

_I = re.IGNORECASE

#: A predicate word is read by its first letters ("подчеркнул", "подчеркнули" and
#: "подчеркнула" are one predicate; "stressed" and "stresses" too).
STEM = 6

#: Where the frame ends: the complementiser (group 1 is the frame, up to the word before it).
_COMPLEMENT: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"^(.{3,}?)\s+that,?\s+", _I),
    "fr": re.compile(r"^(.{3,}?)\s+qu(?:e\s+|['’]\s*)", _I),
    "es": re.compile(r"^(.{3,}?)\s+que\s+", _I),
    "ru": re.compile(r"^(.{3,}?),\s+что\s+", _I),
    "zh": re.compile(r"^([^，,：:。；;]{2,14}?)[，,：:]"),
    "ar": re.compile(r"^(\S.{2,}?)\s+(?:ب|على\s+|إلى\s+)?[أإ]ن\s+"),
}

#: Words before the complementiser that take the word before them into the predicate.
_LINKS: dict[str, frozenset[str]] = {
    "en": frozenset({"on", "of", "upon", "in", "to", "with", "by", "fact", "view", "idea"}),
    "fr": frozenset({"le", "fait", "sur", "à", "de", "ce", "en", "dire", "l'idée", "idée"}),
    "es": frozenset({"en", "de", "a", "lo", "el", "hecho", "idea"}),
    "ru": frozenset({"в", "о", "к", "на", "из", "том", "тому", "того", "тем", "мысль", "выводу"}),
    "zh": frozenset(),
    "ar": frozenset(),
}

#: A modal or a negation in the frame: not a frame to take off.
_NOT_FRAME: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:must|should|shall|need|needs|ought|cannot|can't|not|no|never|nor|neither|"
        r"if|whether|unless|when|because|so|such|ensure|ensures|make|makes|means)\b",
        _I,
    ),
    "fr": re.compile(
        r"(?:^|\s)(?:doit|doivent|devrait|devraient|faut|ne|n['’]|pas|jamais|si|lorsque|"
        r"quand|parce|afin|pour|tant|tel|telle|veiller|veille|veillent)(?=\s|$)",
        _I,
    ),
    "es": re.compile(
        r"(?:^|\s)(?:debe|deben|debería|deberían|hay|no|nunca|ni|si|cuando|porque|para|tan|"
        r"tal|asegurar|aseguren|garantizar|garanticen)(?=\s|$)",
        _I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:должен|должна|должно|должны|нужно|надо|необходимо|следует|не|ни|нет|"
        r"если|когда|потому|так|такой|такие|обеспечить|важно|обязан|обязано|обязаны)(?![\w-])",
        _I,
    ),
    "zh": re.compile(r"[应须要不没未若如]|必须|应该|需要|如果|因为"),
    "ar": re.compile(r"(?:^|\s)(?:يجب|ينبغي|لا|لم|لن|ليس|إذا|لو|لأن|كي)(?=\s|$)"),
}

#: A clause opening on a pronoun that stood for the frame's subject: it would not stand alone.
_PRONOUN: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"^(?:he|she|they|we|i|his|her|their|our|my|this|these|those)\b", _I),
    "fr": re.compile(
        r"^(?:il|elle|ils|elles|nous|je|j['’]|leur|leurs|notre|nos|mon|ma|mes|"
        r"son|sa|ses|cela|ce|ceci)(?=\s|['’]|$)",
        _I,
    ),
    "es": re.compile(
        r"^(?:él|ella|ellos|ellas|nosotros|yo|su|sus|nuestro|nuestra|nuestros|"
        r"nuestras|mi|mis|esto|eso|ello|lo|le|les|se)(?=\s|$)",
        _I,
    ),
    "ru": re.compile(
        r"^(?:он|она|они|мы|я|его|её|ее|их|наш|наша|наши|мой|моя|это|этот|эта|"
        r"эти)(?![\w-])",
        _I,
    ),
    "zh": re.compile(r"^(?:他|她|我|这|那|其|自己)"),
    "ar": re.compile(r"^(?:هو|هي|هم|نحن|أنا|هذا|هذه|ذلك|تلك)(?=\s|$)"),
}

#: Predicates of will, need, hope or fear: the clause after them is asked for or feared, not
#: said to be so ("recommends that ministries budget", "la importancia de que publiquen"): a
#: call, which the voice rewrites read, never a frame to take off.
WILL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:recommend|suggest|propos|urg|ask|demand|request|insist|hope|fear|need|wish|call|"
        r"essential|vital|crucial|important|imperative|critical|necessary|key)",
        _I,
    ),
    "fr": re.compile(
        r"(?<!\w)(?:recommand|propos|exig|demand|insist|appel|souhait|espoir|esp[ée]r|crain|"
        r"nécessit|importan|voul|veul|essentiel|indispensable|primordial|impérati|urgent|crucial)",
        _I,
    ),
    "es": re.compile(
        r"(?<!\w)(?:recomiend|recomend|propus|propon|pid|exig|insist|solicit|esperanza|esper|"
        r"temor|teme|tem[ií]a|necesidad|necesari|importan|quier|fundamental|esencial|clave|"
        r"urgente|vital|crucial|imprescindible|indispensable)",
        _I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:рекоменд|предлож|призв|призыв|потреб|настаива|надежд|надея|опас|"
        r"необходим|хотел|хотят|хочет|важн|нужн|существенн)",
        _I,
    ),
    "zh": re.compile(r"建议|呼吁|要求|希望|担心|需要|敦促|倡议|期待|期望"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:أوص|يوصي|توصي|دعا|دعت|يدعو|طالب|اقترح|أمل|خشي|يجب|ينبغي)"),
}

#: A conditional that singles out what follows ("If the session taught us anything, it is
#: that", "Si algo aprendimos es que", "S'il ne fallait retenir qu'un message, ce serait que",
#: "Если ... что-то и показали, так это то", "إن كانت ... فهو أن"): a frame by its shape, the
#: condition and its copula before the complementiser.
_HIGHLIGHT: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"^if\b[^,]{3,},\s*(?:it|this)(?:['’]s|\s+(?:is|was|would be))$", _I),
    "fr": re.compile(r"^s['’i]\S*\b[^,]{3,},\s*(?:c['’]est|c['’]était|ce serait|ce fut)$", _I),
    "es": re.compile(r"^si\s[^,]{3,}?,?\s*(?:es|fue|era|sería)$", _I),
    "ru": re.compile(r"^если\s[^,]{3,},\s*(?:то\s+)?(?:так\s+)?это\s+то$", _I),
    "ar": re.compile(r"^(?:إن|لو)\s+كان\S*\s.{3,}?\s+ف(?:هو|هي)$"),
}

#: A copula before the clause ("The main lesson was that"; "L'une des difficultés est que").
COPULA: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"is|was|are|were|been|be", _I),
    "fr": re.compile(r"est|était|fut|sont|étaient|c['’]est", _I),
    "es": re.compile(r"es|fue|era|son|fueron|eran", _I),
    "ru": re.compile(
        r"то|это|в том|состоит в том|состояло в том|заключалась в том|"
        r"заключается в том|был|была|было|были",
        _I,
    ),
    "zh": re.compile(r".是"),
    "ar": re.compile(r"إن|ما|كان|كانت|هو|هي", _I),
}

#: The subject of a copula frame: the meeting, its people or what they said, learned or took
#: home (the words a report uses for its own sources).
_ABOUT: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:message|lesson|takeaway|take-away|conclusion|finding|view|sense|opinion|"
        r"consensus|point|thread|theme|outcome|result|recommendation|feeling|mood|verdict|"
        r"we|i|participants?|speakers?|panel\w*|delegat\w*|members?|audience|room|session|"
        r"workshop|discussion|debate|meeting|forum|hearing|dialogue|exchange|group|"
        r"witnesses|respondents|contributors|took|heard|learned|learnt|saw)\b",
        _I,
    ),
    "fr": re.compile(
        r"(?:message|leçon|enseignement|conclusion|constat|avis|sentiment|point|idée|thème|"
        r"consensus|résultat|recommandation|participant|intervenant|panélist|délégu|"
        r"membre|salle|session|atelier|débat|discussion|réunion|forum|audition|échange|"
        r"groupe|nous|retenu|entendu|appris|vu)",
        _I,
    ),
    "es": re.compile(
        r"(?:mensaje|lecci[óo]n|enseñanza|conclusi[óo]n|hallazgo|opini[óo]n|sentir|punto|"
        r"idea|consenso|resultado|recomendaci[óo]n|participante|ponente|panelista|tema|"
        r"delegad|miembro|sala|sesi[óo]n|taller|debate|discusi[óo]n|reuni[óo]n|foro|"
        r"audiencia|intercambio|grupo|mesa|nosotros|aprendimos|escuchamos|vimos)",
        _I,
    ),
    "ru": re.compile(
        r"(?:вывод|урок|мысл|мнени|итог|главн|основн|консенсус|рекомендац|участник|"
        r"выступ|докладчик|эксперт|делегат|зал|сесси|семинар|дискусс|обсужден|встреч|"
        r"форум|слушани|групп|мы |услышали|поняли)",
        _I,
    ),
    "zh": re.compile(
        r"结论|经验|收获|共识|看法|观点|体会|启示|信息|建议|意见|与会|讨论|会议|"
        r"论坛|我们|大家"
    ),
    "ar": re.compile(
        r"الدرس|الرسالة|الخلاصة|الاستنتاج|الرأي|الانطباع|التوصية|المشارك|"
        r"المتحدث|الجلسة|الورشة|النقاش|المناقشات|الاجتماع|المنتدى|المداخلات|"
        r"خرج|خلص|انتهى|أهم|أبرز"
    ),
}

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


@dataclass(frozen=True)
class Shape:
    """A sentence read as a frame and its clause: the predicate word(s), the frame and what
    follows the complementiser (offsets in the text as matched)."""

    predicate: str
    frame_end: int  # where the clause starts


def _key(frame: str, lang: str) -> str | None:
    """The predicate of a frame (the text before the complementiser): its last word, with the
    word before when the last is a link ("в том", "en", "the fact"); in Arabic its first word,
    without "و" or "ف"; in Chinese its last two characters."""
    if lang == "zh":
        return frame[-2:] if len(frame) >= 2 else None
    words = [w.casefold() for w in _WORD.findall(frame)]
    if lang == "ar":
        if not words:
            return None
        first = words[0]
        first = first[1:] if first[:1] in "وف" and len(first) > 3 else first
        # a verb agrees with a feminine subject by a last "ت" ("أجمعت المتحدثات"): one predicate
        return first[:-1] if FEMININE and first.endswith("ت") and len(first) > 3 else first
    if len(words) < 2:
        return None
    n = 1
    while n < len(words) and n < 3 and words[-n] in _LINKS[lang]:
        n += 1
    return " ".join(w[:STEM] for w in words[-n:])


def read(s: str, lang: str) -> Shape | None:
    """The shape of a sentence (``s``: the text as matched, Arabic without vowel marks) when it
    is a frame before a clause, whatever its predicate; None otherwise."""
    pattern = _COMPLEMENT.get(lang)
    m = pattern.match(s) if pattern else None
    if not m:
        return None
    frame = m.group(1)
    rest = s[m.end() :]
    if _HIGHLIGHT.get(lang) and _HIGHLIGHT[lang].match(frame):
        # "If the meetings showed anything, it is that X": the shape's predicate is "if"
        if len(_WORD.findall(frame)) > 2 * _MOST_WORDS or len(_WORD.findall(rest)) < 3:
            return None
        return None if _PRONOUN[lang].match(rest) else Shape("if", m.end())
    core = frame
    if lang == "zh":
        if len(rest) < 6 or _NOT_FRAME["zh"].search(frame):
            return None
    else:
        # a preamble before a comma goes with the frame ("Throughout the session, participants
        # stressed that"): the subject and predicate are what follows its last comma
        head, _comma, core = frame.rstrip(",").rpartition(",")
        if not _comma:
            head, _comma, core = frame.rstrip(",").rpartition("،")
        if len(_WORD.findall(core)) < 2 or len(_WORD.findall(head)) > _MOST_WORDS + 3:
            return None
        if len(_WORD.findall(core)) > _MOST_WORDS + 3 or len(_WORD.findall(rest)) < 3:
            return None
        if _NOT_FRAME[lang].search(frame) or re.search(r"[;:]", frame):
            return None
    if _PRONOUN[lang].match(rest):
        return None
    key = _key(core, lang)
    if not key:
        return None
    if WILL[lang].search(frame[-24:]):  # "recommends that", "les recommandations que"
        return None
    if COPULA[lang].fullmatch(key) and not _ABOUT[lang].search(frame):
        # "X is that ...": a frame only when X is the meeting, its people or their words
        return None
    return Shape(key, m.end())


# ------------------------------------------------------------------ a source before the point

#: Whether ``shape_point`` also reads a source of the view before the point (``lead_point``).
LEADS = True

_SRC = r"(?P<src>[^,;:،؛]{2,80}?)"

#: A source of the view before the clause, up to the comma after it ("According to
#: participants, ", "Selon les intervenants, ", "Как отметили участники, ", "بحسب المشاركين، ",
#: "在与会者看来，"): the words that open it are few in every language and written here, like
#: the complementisers; the source is ``src``.
_LEAD: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"^(?:(?:according to|in the (?:view|opinion|eyes|words|judgement|judgment) of|"
        r"from the (?:perspective|point of view|standpoint) of|for|to)\s+" + _SRC + r"|"
        r"in\s+" + _SRC.replace("src", "src2") + r"['’]s?\s+(?:view|opinion|words|eyes)|"
        r"as\s+" + _SRC.replace("src", "src3") + r"\s+(?:put it|noted|said|stressed|observed|"
        r"pointed out|argued|warned|concluded|agreed|emphasi[sz]ed|explained|remarked|made clear|"
        r"found|heard|recalled|acknowledged|underlined|highlighted))\s*,\s+",
        _I,
    ),
    "fr": re.compile(
        r"^(?:(?:selon|d['’]après|pour|de l['’]avis d(?:e|es|u)|aux yeux d(?:e|es|u)|"
        r"du point de vue d(?:e|es|u)|selon les (?:mots|termes) d(?:e|es|u))\s*" + _SRC + r"|"
        r"comme\s+l['’](?:a|ont)\s+(?:\S+\s+)?(?:souligné|noté|relevé|rappelé|dit|indiqué|"
        r"observé|affirmé|expliqué|fait remarquer|résumé|constaté)\s+"
        + _SRC.replace("src", "src2")
        + r")\s*,\s+",
        _I,
    ),
    "es": re.compile(
        r"^(?:(?:según|de acuerdo con|para|a juicio del?|en opinión del?|a ojos del?|"
        r"desde el punto de vista del?|en palabras del?|a criterio del?|al decir del?)\s+"
        + _SRC
        + r"|como\s+(?:lo\s+)?(?:señal|subray|destac|record|advirt|explic|observ|dij|"
        r"afirm|resum|constat|not)\w*\s+" + _SRC.replace("src", "src2") + r")\s*,\s+",
        _I,
    ),
    "ru": re.compile(
        r"^(?:(?:по мнению|по словам|по оценке|по оценкам|по убеждению|с точки зрения|"
        r"на взгляд|как считают|как полагают)\s+" + _SRC + r"|"
        r"как\s+(?:уже\s+)?(?:отмет|подчеркн|подчёркив|подчеркив|сказ|заяв|указ|признал|выраз|"
        r"пояснил|объяснил|напомн|резюмир|констатир|говор|замет)\w*\s+"
        + _SRC.replace("src", "src2")
        + r")\s*,\s+",
        _I,
    ),
    "ar": re.compile(
        r"^و?(?:(?:وفقا\s*ل|طبقا\s*ل|بحسب|حسب|من وجهة نظر|في رأي|برأي|في نظر|على حد تعبير)\s*"
        + _SRC
        + r"|كما\s+(?:أكد|أكدت|أشار|أشارت|لاحظ|لاحظت|قال|قالت|أوضح|أوضحت|شدد|شددت|رأى|"
        r"رأت|يرى|ترى|لفت|لفتت)\s+" + _SRC.replace("src", "src2") + r")\s*[،,]\s*(?:ف[إأ]ن\s+)?",
    ),
    "zh": re.compile(
        r"^(?:据(?P<src>[^，,。：:]{2,20}?)(?:介绍|表示|透露|称|指出|反映|所说|所言)|"
        r"在(?P<src2>[^，,。：:]{2,20}?)看来|"
        r"用(?P<src3>[^，,。：:]{2,20}?)的话(?:来)?说|"
        r"正如(?P<src4>[^，,。：:]{2,20}?)所(?:说|言|指出|强调|总结)(?:的(?:那样)?)?)[，,：:]"
    ),
}

#: The source must be the meeting, its people as a group or a body that speaks for them
#: ("participants", "la mayoría de los ponentes", "участников", "المشاركين", "与会者"): one
#: person's view is an attribution (the caller's), and a census, a survey or a study before
#: the clause is the evidence of the point, not a frame of it.
_GROUP: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:participants|speakers|panel|panellists|panelists|experts|delegates|delegations|"
        r"members|representatives|respondents|attendees|contributors|stakeholders|jury|room|"
        r"audience|session|workshop|discussion|debate|meeting|forum|network|coalition|"
        r"group|groups)\b",
        _I,
    ),
    "fr": re.compile(
        r"(?<!\w)(?:participant(?:e)?s|intervenant(?:e)?s|panélistes|expert(?:e)?s|"
        r"délégué(?:e)?s|délégations|membres|représentant(?:e)?s|répondant(?:e)?s|jury|salle|"
        r"session|atelier|débats?|discussions?|réunion|forum|table ronde|réseau|coalition|panel|"
        r"groupes?|assistance)(?!\w)",
        _I,
    ),
    "es": re.compile(
        r"(?<!\w)(?:participantes|ponentes|panelistas|expert[oa]s|delegad[oa]s|delegaciones|"
        r"miembros|representantes|encuestad[oa]s|asistentes|jurado|sala|sesión|taller|"
        r"debates?|discusión|reunión|foro|mesa|red|coalición|grupos?|panel)(?!\w)",
        _I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:участник(?:ов|и)|выступавш(?:их|ие)|выступающ(?:их|ие)|эксперт(?:ов|ы)|"
        r"докладчик(?:ов|и)|делегат(?:ов|ы)|делегаци(?:й|и)|член(?:ов|ы)|представител(?:ей|и)|"
        r"респондент(?:ов|ы)|собравш(?:ихся|иеся)|спикер(?:ов|ы)|панелист(?:ов|ы)|жюри|"
        r"зала|сесси(?:и|я)|семинара|дискусси(?:и|я)|форума|коалици(?:и|я)|групп(?:ы|а))"
        r"(?![\w-])",
        _I,
    ),
    "ar": re.compile(
        r"(?:ال|لل|^ل)(?:مشارك|متحدث|خبراء|متدخل|حاضر|حضور|وفود|أعضاء|قطاع|لجنة|جلسة|ورشة|"
        r"نقاش|منتدى|تحالف|شبكة|محاور|متحاور)|ممثلي|للجنة"
    ),
    "zh": re.compile(
        r"与会|参会|嘉宾|专家们|代表们|多位|多名|各方|大家|委员们|成员|评委|联盟|会议|论坛|"
        r"讨论|座谈|发言人们|发言者|多数|听众|观众|现场"
    ),
}

#: A source that is no group: one person by title or name, a pronoun, evidence.
_NOT_GROUP: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:mr|ms|mrs|dr|prof|professor|one|a|an|he|she|him|her|his|census|survey|study|"
        r"data|figures|statistics|estimates?|research|poll)\b|(?-i:[A-Z]\w+\s+[A-Z]\w+)",
        _I,
    ),
    "fr": re.compile(
        r"(?<!\w)(?:m\.|mme|mlle|dr|pr|professeur|professeure|un|une|lui|elle|eux|recensement|"
        r"enquête|étude|données|chiffres|statistiques|sondage|estimations?)(?!\w)|"
        r"(?-i:[A-ZÀ-Þ]\w+\s+[A-ZÀ-Þ]\w+)",
        _I,
    ),
    "es": re.compile(
        r"(?<!\w)(?:sr\.?|sra\.?|dr\.?|dra\.?|profesor|profesora|un|una|él|ella|ellos|ellas|"
        r"censo|encuesta|estudio|datos|cifras|estadísticas|sondeo|estimaciones?)(?!\w)|"
        r"(?-i:[A-ZÀ-Þ]\w+\s+[A-ZÀ-Þ]\w+)",
        _I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:г-н|г-жа|д-р|проф|профессор|одного|одной|один|одна|него|неё|нее|них|"
        r"переписи|опроса|исследования|данным|статистики|оценкам)(?![\w-])|"
        r"(?-i:[А-ЯЁ]\w+\s+[А-ЯЁ]\w+)",
        _I,
    ),
    "ar": re.compile(
        r"السيد|الدكتور|الأستاذ|المهندس|أحد|إحدى|تعداد|مسح|دراسة|بيانات|إحصاء|استطلاع"
    ),
    "zh": re.compile(r"调查|普查|研究|数据|统计|报告|一位|一名|·"),
}

#: The end of a Chinese group subject before its predicate: the group word, then "们", "在讨论中"
#: and an adverb of how many or how often ("委员们一致", "各方普遍", "代表们反复").
_ZH_SUBJECT_END = re.compile(
    r"(?:专家|代表|嘉宾|学者|人士|各方|委员|成员|者|们)?(?:们)?(?:在讨论中)?"
    r"(?:普遍|一致|均|都|也|还|再次|同时|反复|多次|共同)?$"
)
#: An object before a colon after the predicate ("强调一点：", "指出以下几点："): the point
#: follows the colon.
_ZH_OBJECT = re.compile(r"[^，,。：:]{0,5}[：:]")


def _zh_verb(s: str, known: frozenset[str]) -> int | None:
    """Where the point starts after a Chinese group frame with no comma: a group subject
    (``_GROUP``), a known predicate, a clause of six characters or more; the clauses of
    preamble before the subject hold the group or are short adverbials ("经过讨论",
    "在题为……的工作坊上")."""
    clauses = re.split(r"[，,]", s)
    start = 0
    for n, clause in enumerate(clauses[:3]):
        for i in range(min(len(clause) - 1, 26)):
            if clause[i : i + 2] not in known:
                continue
            subject = clause[:i]
            before = s[:start]
            group = [g for g in _GROUP["zh"].finditer(subject)]
            if subject and not (group and _ZH_SUBJECT_END.match(subject, group[-1].end())):
                break  # the group is the subject, right before its predicate
            if not subject and not _GROUP["zh"].search(before):
                break
            if _NOT_FRAME["zh"].search(s[: start + i]) or _NOT_GROUP["zh"].search(subject):
                break
            if n and subject and not all(_zh_preamble(c) for c in clauses[:n]):
                break
            end = start + i + 2
            if end < len(s) and s[end] in "，,：:":
                end += 1  # the comma form is the shape's own (``read``)
            colon = _ZH_OBJECT.match(s, end)
            end = colon.end() if colon else end
            rest = s[end:]
            if len(rest.rstrip("。！？!?")) < 6 or _PRONOUN["zh"].match(rest):
                return None
            if WILL["zh"].search(s[:end]) or re.match(r"[了着过的得地到出]", rest):
                return None  # "发现了很多问题": the verb takes an object, not a clause
            return end
        start += len(clause) + 1
    return None


_ZH_PREAMBLE = re.compile(r"^(?:经过|通过|在|围绕|就|针对|展望|回顾|最后|会上|会议最后)")


def _zh_preamble(clause: str) -> bool:
    """A clause before a Chinese frame that sets its scene, not a point of its own."""
    return bool(_ZH_PREAMBLE.match(clause) or _GROUP["zh"].search(clause)) and len(clause) <= 30


def lead_point(
    sentence: str,
    s: str,
    at: list[int],
    lang: str,
    known: frozenset[str] = frozenset(),
    anonymous_only: bool = False,
) -> str | None:
    """The point of a sentence whose frame is a source of the view before it, the source taken
    off: "According to participants, X", "Selon les intervenants, X", "Según la mayoría de
    los ponentes, X", "По мнению участников, X", "Как отметили эксперты, X", "بحسب المشاركين،
    X", "在与会者看来，X", "据与会专家介绍，X"; and in Chinese a group's frame with no comma
    ("委员们一致认为X", its predicate one of ``known``). The source is the meeting or its people
    as a group (``_GROUP``), no one person and no evidence (``_NOT_GROUP``); the point is a
    clause of three words or more (six characters in Chinese) that opens on no pronoun, and in
    Arabic one that stands (``ar_point`` after "فإنّ"). None otherwise."""
    pattern = _LEAD.get(lang)
    m = pattern.match(s) if pattern else None
    if m is None:
        end = _zh_verb(s, known) if lang == "zh" and not anonymous_only else None
        return sentence[at[end] :] if end is not None else None
    source = next(g for g in m.groups() if g is not None)
    anonymous = ANONYMOUS and _ANONYMOUS[lang].fullmatch(source.strip())
    if anonymous_only and not anonymous:
        return None
    if not anonymous and (not _GROUP[lang].search(source) or _NOT_GROUP[lang].search(source)):
        return None
    if lang != "zh" and len(_WORD.findall(source)) > _MOST_WORDS:
        return None
    rest = s[m.end() :]
    if lang == "zh":
        if len(rest) < 6 or _PRONOUN["zh"].match(rest):
            return None
    elif len(_WORD.findall(rest)) < 3 or _PRONOUN[lang].match(rest):
        return None
    point = sentence[at[m.end()] :]
    if lang == "ar" and re.search(r"ف[إأ]ن\s+$", s[: m.end()]):
        return ar_point("إن", point)
    return point


#: Whether a lead also takes off one member of the meeting no one is named by ("As one
#: participant put it, X", "Comme l'a dit une participante, X", "正如一位与会者所说，X"): the
#: point is the meeting's, its speaker unknown (docs/quality.md, "a forty-first round").
ANONYMOUS = True

#: One member of the meeting, unnamed: "one participant", "one of the speakers", "une
#: participante", "l'un des intervenants", "uno de los ponentes", "один из участников",
#: "一位与会者", "أحد المشاركين" (the whole source; a title, a name or a role is not one).
_ANONYMOUS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:one|another|a|an)(?: of the)? (?:participant|speaker|panel(?:l)?ist|delegate|"
        r"attendee|discussant|contributor|member of the (?:audience|panel)|expert)s?",
        _I,
    ),
    "fr": re.compile(
        r"(?:un|une|l['’]une? des|un autre|une autre) ?(?:participant|intervenant|panéliste|"
        r"orat(?:eur|rice)|délégué|expert)e?s?",
        _I,
    ),
    "es": re.compile(
        r"(?:un|una|uno de los|una de las|otro|otra) (?:participante|ponente|panelista|"
        r"orador(?:a)?|delegad[oa]|expert[oa]|asistente)s?",
        _I,
    ),
    "ru": re.compile(
        r"(?:один|одна|ещё один|еще один|ещё одна|еще одна) из (?:участни(?:ков|ц)|"
        r"выступавших|экспертов|делегатов|докладчиков|панелистов)",
        _I,
    ),
    "zh": re.compile(
        r"(?:一位|一名|有位|有一位|另一位)(?:与会者|发言者|发言人|嘉宾|专家|代表|参会者)"
    ),
    "ar": re.compile(r"(?:أحد|إحدى)\s+(?:ال)?(?:مشارك|متحدث|متدخل|خبراء|حضور|حاضر)\S*"),
}

# ------------------------------------------------------------------ frame heads, a closed class

#: Whether ``shape_point`` also reads a frame by a head of the closed class below when its
#: predicate is not among ``PREDICATES`` (``general_read``; docs/quality.md, "a forty-first
#: round"); off: as before.
GENERAL = True

#: The heads of a frame: words of saying, noting, agreeing, concluding, holding a view, and the
#: nouns a report puts for them (attention, consensus, a theme), read by their first letters.
#: A closed class written by hand, like the complementisers: a frame is a group or no one (an
#: impersonal or passive clause) and one of these before the clause.
HEADS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:agree|agreed|agreement|consensus|unanim\w*|view|opinion|sense|felt|feel|feeling|"
        r"mood|believ\w*|"
        r"thought|argu\w*|not(?:ed|ing)|observ\w*|stress\w*|emphasi[sz]\w*|underl\w*|"
        r"highlight\w*|pointed|remark\w*|recall\w*|warn\w*|caution\w*|acknowledg\w*|"
        r"recogni[sz]\w*|conclu\w*|found|said|explain\w*|attention|theme|thread|convinced|"
        r"confident|maintain\w*|mention\w*|claim\w*|contend\w*|held|shared|echoed|clear|evident|"
        r"apparent|emerged|drawn|drew|reached|expressed|voiced)\b",
        _I,
    ),
    "fr": re.compile(
        r"(?<!\w)(?:soulign\w*|relev\w*|not[ée]\w*|observ\w*|rappel\w*|dit|dire|affirm\w*|"
        r"estim\w*|consid[ée]r\w*|jug\w*|pens\w*|cru|croi\w*|constat\w*|conclu\w*|convenu\w*|"
        r"accord\w*|consensus|unanim\w*|attention|thème|message|ressort\w*|dégag\w*|avis|idée|"
        r"sentiment|mis en avant|mis en évidence|fait valoir|reconn\w*|admis|convaincu\w*|"
        r"clair|évident|apparu|signal[ée]\w*|indiqu\w*|expliqu\w*|averti\w*|attir[ée]\w*|"
        r"exprim[ée]\w*)(?!\w)",
        _I,
    ),
    "es": re.compile(
        r"(?<!\w)(?:destac\w*|subray\w*|señal\w*|afirm\w*|indic\w*|observ\w*|dij\w*|dicho|"
        r"sostuv\w*|sostenido|advirti\w*|advertido|recalc\w*|explic\w*|apunt\w*|record\w*|"
        r"not[óoa]\w*|coincid\w*|conclu\w*|reconoc\w*|acuerdo|consenso|unanim\w*|opin\w*|"
        r"consider\w*|estim\w*|cre[íy]\w*|pens\w*|atención|tema|mensaje|patente|evidente|idea|"
        r"clar[oa]|manifiesto|convencid\w*|convin\w*|mostr\w*|resalt\w*|enfatiz\w*|plante\w*)"
        r"(?!\w)",
        _I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:счита\w*|счел\w*|счёл\w*|сочл\w*|полага\w*|отмет\w*|отмеч\w*|"
        r"подчерк\w*|подчёрк\w*|указ\w*|заяв\w*|соглас\w*|сошл\w*|пришл\w*|призна\w*|"
        r"констат\w*|вывод\w*|мнени\w*|убежд\w*|уверен\w*|говор\w*|сказ\w*|напомн\w*|"
        r"обращ\w*|вниман\w*|выясн\w*|ясно|очевидно|выраз\w*|высказ\w*|единодуш\w*|"
        r"консенсус\w*|тема|мысль|прозвуч\w*|звучал\w*|поясн\w*|предупред\w*)(?![\w-])",
        _I,
    ),
    "zh": re.compile(
        r"认为|指出|强调|表示|提到|注意|共识|一致|发现|感到|相信|同意|提醒|谈到|关注|重申|"
        r"坦言|觉得|承认|警告|说"
    ),
    "ar": re.compile(
        r"(?:^|\s)[وف]?(?:قال|قالت|قالوا|أشار|أشارت|أشاروا|أكد|أكدت|أكدوا|رأى|رأت|رأوا|اعتبر|"
        r"اعتبرت|لاحظ|لاحظت|شدد|شددت|أوضح|أوضحت|ذكر|ذكرت|بين|أجمع|أجمعت|اتفق|اتفقت|توافق|"
        r"تكرر|لفت|تبين|اتضح|خلص|خلصت|ساد|ظهر|برز|إجماع|اتفاق|الانتباه|حذر|حذرت)(?=\s|$)"
    ),
}

#: A frame with no one as its subject: an impersonal or passive clause ("It was noted",
#: "There was broad agreement", "Attention was drawn to the fact", "Il a été relevé", "Se
#: llamó la atención sobre el hecho de", "Hubo consenso", "Было отмечено", "Внимание было
#: обращено на то", "讨论中", "وكان هناك توافق على", "ولفت الانتباه إلى").
_IMPERSONAL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"^(?:it (?:was|is|has been|had been|became)|there (?:was|is|has been|were)|(?:the|a) "
        r"(?:\w+ )?(?:sense|feeling|view|mood|message)|attention "
        r"(?:was|has been)|(?:a|the|one) (?:\w+ )?(?:theme|thread)|(?:the )?(?:broad |general |"
        r"wide |clear )?(?:agreement|consensus))\b",
        _I,
    ),
    "fr": re.compile(
        r"^(?:il (?:a été|est|était|fut|avait été|est apparu|ressort|est ressorti)|on (?:a|avait)|"
        r"l['’]attention a été|(?:un|le) (?:large |vaste |fort |net )?consensus|(?:un|le) "
        r"(?:\w+ )?thème)",
        _I,
    ),
    "es": re.compile(
        r"^(?:se |hubo |existió |existe |quedó |queda |resultó |un (?:\w+ )?tema |el (?:\w+ )?"
        r"tema |(?:un|el) (?:amplio |gran |pleno )?(?:consenso|acuerdo))",
        _I,
    ),
    "ru": re.compile(
        r"^(?:было |были |была |был |внимание |в ходе [\w ]{3,30}? (?:было|стало|выяснилось)|"
        r"прозвуча|звучал|(?:широкое |общее )?(?:согласие|мнение|консенсус))",
        _I,
    ),
    "zh": re.compile(r"^(?:讨论中|会上|会议|讨论|在讨论中|各方)"),
    "ar": re.compile(r"(?:^|\s)(?:هناك|ثمة|لفت الانتباه|تكرر|اتضح|تبين|ساد)(?=\s|$)"),
}

#: Groups a frame's subject may also be, beside ``_GROUP``'s ("la mayoría de los oradores").
_MORE_GROUP: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:panel(?:l)?ists|discussants|presenters|many|most|several)\b", _I),
    "fr": re.compile(r"(?<!\w)(?:orat(?:eurs|rices)|la plupart|plusieurs|nombreux)(?!\w)", _I),
    "es": re.compile(
        r"(?<!\w)(?:orador(?:es|as)|expositores|la mayoría|varios|varias|intercambio|público)"
        r"(?!\w)",
        _I,
    ),
    "ru": re.compile(r"(?<![\w-])(?:большинство|несколько|многие|ораторы|ораторов)(?![\w-])", _I),
    "zh": re.compile(r"发言者|与会者|多数"),
    "ar": re.compile(r"المتحدثين|المتحدثون|المشاركين|المشاركون|معظم|عدد من"),
}

#: What may not be in such a frame: a relative clause ("Farmers who noted that"), a
#: recipient of the saying ("were told that", "se les dijo que"), one person by their role
#: ("The rapporteur of the workshop stressed that": one person's words), "for" someone
#: ("对……来说").
_NOT_GENERAL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:who|which|whose|told|informed|asked|reminded|taught|chair|chairperson|"
        r"chairman|chairwoman|moderator|rapporteur|minister|president|facilitator|host|"
        r"keynote|director|mayor|ambassador|coordinator)\b",
        _I,
    ),
    "fr": re.compile(
        r"(?<!\w)(?:qui|dont|lequel|laquelle|informés?|prévenus?|rapport(?:eur|euse)|"
        r"modérat(?:eur|rice)|président(?:e)?|ministre|directr?(?:eur|ice)|maire|"
        r"ambassadeur|ambassadrice|coordinat(?:eur|rice))(?!\w)",
        _I,
    ),
    "es": re.compile(
        r"(?<!\w)(?:quien|quienes|cual|cuyo|cuya|informad\w+|les|relator(?:a)?|"
        r"moderador(?:a)?|president[ea]|ministr[oa]|director(?:a)?|alcalde(?:sa)?|"
        r"embajador(?:a)?|coordinador(?:a)?)(?!\w)",
        _I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:который|которая|которые|которых|сообщили им|модератор\w*|докладчи\w*|"
        r"председател\w*|министр\w*|директор\w*|мэр\w*|посол|посла|координатор\w*)(?![\w-])",
        _I,
    ),
    "zh": re.compile(r"告诉|通知|来说|主席|主持人|报告员|部长|主任|市长|大使|协调员"),
    "ar": re.compile(r"(?:^|\s)(?:الذي|التي|الذين)(?=\s|$)|رئيس|مقرر|منسق|وزير|مدير|سفير"),
}


#: The words that may follow a frame's head before the complementiser ("was drawn *to the
#: fact* that", "s'est dégagé *sur le fait* que", "llamó la atención *sobre el hecho de* que",
#: "обращено *на то*, что"); any other word there ("reminded *the participants* that", "warned
#: against *building new structures* that") makes the head no frame's.
_TAIL: dict[str, frozenset[str]] = {
    code: frozenset(words.split(" "))
    for code, words in {
        "en": "to the fact on upon in of about with by also strongly broadly widely generally "
        "repeatedly again firmly was is were",
        "fr": "sur le fait à au de du la l en également aussi largement unanimement ce était est "
        "fut",
        "es": "sobre el hecho de en a la lo también ampliamente unánimemente fue era es",
        "ru": "в том на то к тому о также широко вновь тем с было был была",
    }.items()
}

#: A second verb of the frame's subject after the clause ("said that X, and asked to be
#: consulted"): without the frame it would have no subject.
_SECOND_VERB: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r",?\s+(?:and|but)\s+(?:also\s+)?(?:asked|called|urged|said|stressed|noted|warned|added|"
        r"argued|insisted|requested|suggested|proposed|recommended|agreed|pointed|cautioned)\b",
        _I,
    ),
    "fr": re.compile(r",?\s+et\s+(?:ont|a)\s+(?:également\s+)?\w+[ée]s?\b", _I),
    "es": re.compile(
        r",?\s+y\s+(?:pidieron|pidió|solicitaron|instaron|propusieron|recomendaron|"
        r"advirtieron|añadieron|subrayaron|insistieron)\b",
        _I,
    ),
    "ru": re.compile(r",?\s+и\s+(?:призвал\w*|предложил\w*|попросил\w*|добавил\w*)", _I),
}


def _head_at_end(core: str, lang: str) -> bool:
    """Whether a head of ``HEADS`` closes the frame ``core``: only ``_TAIL``'s words after the
    last one (in Chinese the frame ends on it; in Arabic, which puts the verb first, one of
    the first three words is one)."""
    found = list(HEADS[lang].finditer(core))
    if not found:
        return False
    if lang == "zh":
        return found[-1].end() == len(core.rstrip())
    if lang == "ar":
        return len(_WORD.findall(core[: found[0].start()])) <= 2
    after = [w.casefold().strip("'’") for w in _WORD.findall(core[found[-1].end() :])]
    return all(w in _TAIL[lang] for w in after)


#: Whether a frame of the closed class may follow a long preamble that sets the scene and
#: names the meeting or its people ("Looking at the process as a whole, ..., speakers reflected
#: on ..., and while views differed, the sense was that X"; "Au terme de deux journées
#: d'échanges, ..., les participants ont estimé que X"): the sentence opens on an adverbial
#: (``_OPENER``), the preamble holds a group (``_GROUP``), at most ``_LONGEST`` words.
LONG_PREAMBLE = True
_LONGEST = 80

#: What a preamble that sets the scene opens on: a preposition of time or place, a gerund.
_OPENER: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"^(?:(?:after|at|in|during|throughout|following|over|across|towards|toward|despite|"
        r"beyond|before|with|on|by|from|among|amid|while|although|though)\b|[a-z]+ing\b)",
        _I,
    ),
    "fr": re.compile(
        r"^(?:au|aux|à|après|lors|pendant|durant|tout au long|en|dans|malgré|avec|sur|dès|"
        r"bien que|alors que|\w+ant)(?=\s|['’])",
        _I,
    ),
    "es": re.compile(
        r"^(?:en|durante|tras|después|a lo largo|al|con|pese|a pesar|desde|sobre|aunque|si bien|"
        r"\w+ando|\w+iendo)(?=\s)",
        _I,
    ),
    "ru": re.compile(
        r"^(?:в|во|по|после|на|за|несмотря|при|с|со|хотя|подводя|обсуждая)(?![\w-])", _I
    ),
    "ar": re.compile(r"^و?(?:في|خلال|بعد|على|مع|من خلال|رغم)(?=\s)"),
}

#: The complementiser alone, wherever it is (a long preamble may hold a relative "que").
_COMPLEMENTISER: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s+that,?\s+", _I),
    "fr": re.compile(r"\s+qu(?:e\s+|['’]\s*)", _I),
    "es": re.compile(r"\s+que\s+", _I),
    "ru": re.compile(r",\s+что\s+", _I),
    "ar": re.compile(r"\s+(?:ب|على\s+|إلى\s+)?[أإ]ن\s+"),
}


def general_read(s: str, lang: str) -> Shape | None:
    """The shape of a sentence whose frame has a head of the closed class (``HEADS``) and a
    group, the meeting or no one as its subject, before the language's complementiser and a
    clause ("Most speakers held that X", "Il a été relevé que X", "Большинство выступавших
    сочли, что X", "وتكرر في النقاش أن X"), after a short preamble or, with ``LONG_PREAMBLE``,
    a long one that sets the scene; None otherwise. The frame's other checks are ``read``'s:
    no modal or negation, a clause of three words that opens on no pronoun, no predicate of
    will."""
    pattern = _COMPLEMENT.get(lang)
    m = pattern.match(s) if pattern else None
    if not m:
        return None
    if lang == "zh":
        return _general_at(s, lang, m.end(1), m.end())
    found = _general_at(s, lang, m.end(1), m.end())
    if found or not LONG_PREAMBLE or not _OPENER[lang].match(s):
        return found
    for later in list(_COMPLEMENTISER[lang].finditer(s, m.end()))[:6]:
        found = _general_at(s, lang, later.start(), later.end())
        if found:
            return found
    return None


def _general_at(s: str, lang: str, frame_end: int, clause: int) -> Shape | None:
    """``general_read`` with the frame ending at ``frame_end`` and the clause at ``clause``."""
    frame = s[:frame_end]
    rest = s[clause:]
    if lang == "zh":
        if len(rest) < 6 or _NOT_FRAME["zh"].search(frame):
            return None
        core = frame
    else:
        head, _comma, core = frame.rstrip(",").rpartition(",")
        if not _comma:
            head, _comma, core = frame.rstrip(",").rpartition("،")
        core = core.strip()
        words = len(_WORD.findall(core))
        if words < 2 or words > _MOST_WORDS + 3 or len(_WORD.findall(rest)) < 3:
            return None
        preamble = len(_WORD.findall(head))
        if preamble > _MOST_WORDS + 3:
            # a long preamble: it sets the scene (an adverbial first) and names the meeting
            if not LONG_PREAMBLE or preamble > _LONGEST or not _OPENER[lang].match(s):
                return None
            if not (_GROUP[lang].search(head) or _MORE_GROUP[lang].search(head)):
                return None
            if _NOT_FRAME[lang].search(core) or re.search(r"[;:]", frame):
                return None
        elif _NOT_FRAME[lang].search(frame) or re.search(r"[;:]", frame):
            return None
        elif head and HEADS[lang].search(head):
            return (
                None  # a frame before the frame ("Как отметила ведущая, ..."): ``LEADS_AROUND``'s
            )
    if _PRONOUN[lang].match(rest) or WILL[lang].search(frame[-24:]):
        return None
    if not _head_at_end(core, lang) or _NOT_GENERAL[lang].search(core):
        return None
    if lang == "zh" and HEADS["zh"].match(rest):  # "达成一致，认为X": the frame goes on
        return None
    if lang in _SECOND_VERB and _SECOND_VERB[lang].search(rest):
        return None
    group = _GROUP[lang].search(core) or _MORE_GROUP[lang].search(core)
    if not (group or _IMPERSONAL[lang].search(core)) or _NOT_GROUP[lang].search(core):
        return None
    if not group and _HEARSAY[lang].search(core):
        return None  # "On a dit que tout irait bien": hearsay, the report keeps its distance
    return Shape("", clause)


#: A plain verb of saying with no one as its subject ("It was said that", "On a dit que", "Se
#: dijo que", "Говорили, что"): hearsay the report may not take for its own, kept whole.
_HEARSAY: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:said|told|claimed|rumou?red)\b", _I),
    "fr": re.compile(r"(?<!\w)(?:dit|dire|raconté|prétendu)(?!\w)", _I),
    "es": re.compile(r"(?<!\w)(?:dijo|dicho|dijeron|decía|contó|rumoreó)(?!\w)", _I),
    "ru": re.compile(r"(?<![\w-])(?:сказано|говорили|говорилось|рассказывали)(?![\w-])", _I),
    "zh": re.compile(r"据说|听说|有人说"),
    "ar": re.compile(r"(?:^|\s)[وف]?(?:قيل|يقال)(?=\s|$)"),
}


@cache
def predicates(lang: str) -> frozenset[str]:
    return PREDICATES.get(lang, frozenset())


def shape_point(
    sentence: str,
    s: str,
    at: list[int],
    lang: str,
    lexicon: dict[str, frozenset[str]] | None = None,
    one_speaker: bool = False,
) -> str | None:
    """The point of a sentence whose shape is a frame with a known predicate, the frame taken
    off; None otherwise. ``s`` is the sentence as matched (Arabic without vowel marks) and
    ``at`` maps its offsets back into ``sentence``; ``lexicon`` replaces ``PREDICATES`` (for
    the leave-one-set-out measure). With ``one_speaker`` (the cues read one person's words),
    only a lead of one unnamed member of the meeting is taken off."""
    shape = None if one_speaker else read(s, lang)
    known = lexicon.get(lang, frozenset()) if lexicon is not None else predicates(lang)
    if (shape is None or shape.predicate not in known) and not one_speaker:
        shape = general_read(s, lang) if GENERAL else None
    if shape is None:
        return lead_point(sentence, s, at, lang, known, one_speaker) if LEADS else None
    rest = sentence[at[shape.frame_end] :]
    if lang == "ar":
        return ar_point(s[: shape.frame_end], rest)
    return rest


#: The predicates read from the labelled sets (``bench/kind_frame_shape.py --lexicon``).
def _words(joined: str) -> frozenset[str]:
    return frozenset(joined.split("|"))


PREDICATES: dict[str, frozenset[str]] = {
    "en": _words(
        "agreed|audien|clear|conclu|consen|emphas|found|if|is|noted|observ|plain|"
        "saying|showed|stress|the view|was"
    ),
    "fr": _words(
        "accord à dire|appara|conclu|consta|conven|disant|débats|est|indiqu|montre|"
        "montré|noté|ronde|réunio|soulig|échang|était"
    ),
    "es": _words(
        "acuerd en|claro|coinci en|conclu|consta|despre|destac|dicien|es|eviden|"
        "explic|fue|if|indicó|mostró|muestr|observ|recono|record|señaló|subray"
    ),
    "ru": _words(
        "видно|вывод|выясни|заявил|конста|мнение|мнении|мысль о том|напомн|отмече|"
        "подчер|подчёр|показа|показы|призна|пришла к выводу|пришли к выводу|"
        "пришло к выводу|с тем|словам о том|соглас|состои в том|сошлис на том|то|"
        "устано"
    ),
    "zh": _words(
        "一点|发现|同意|告说|坦言|强调|指出|显示|来看|点是|的是|看出|结论|结说|获是|表明|认为|论是|识是"
    ),
    "ar": _words(
        "if|أجمع|أظهر|أكد|أهم|اتفق|اختتم|الدرس|تبين|تخلص|توافق|حذر|ختم|خلص|ساد|شدد|"
        "كشف|كما|لاحظ|لفت|ما|وجد|ومن|يتبين|يتضح|يرى"
    ),
}
