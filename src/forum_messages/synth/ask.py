"""What a statement asks of whom: a light, deterministic reading in the six languages.

Two statements on one subject can make two points: "Member States should give the IGF stable
funding" and "funding mechanisms should set aside a share for NRIs" share the subject and most
of their words, but ask two things. The reading here looks for the form of a call (a modal or
a call verb: "should", "deben", "doivent", "следует", "يجب", "应当" ...), the actor groups named
before it (governments, regulators, platforms, the forum and its national initiatives ...),
and, after it, the main action (the first content word, cut to a stem as
``evidence.content_terms`` cuts it) and the head of its object (the next content word). A
statement with no call form has no action or object: what it asks cannot be read.

``compare`` says whether two readings in one language ask the same thing (``SAME``), something
else (``OTHER``), or cannot be told (``UNKNOWN``: not both calls, another language, nothing
read after the marker). The reading is only word lists and token positions: the same text gives
the same reading on any machine. docs/quality.md, step 24, measures how well it separates
statements of one point from statements of two points on one subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import arabic_plain, words
from forum_messages.synth.evidence import STEM, _arabic_stem
from forum_messages.synth.kind_cues_ar import AR_BARE_CALL
from forum_messages.synth.kind_cues_zh import ZH_BARE_CALL

#: How many content words after the call form make the ask's span.
SPAN = 6

SAME = 1
OTHER = -1
UNKNOWN = 0

#: The forms of a call, per language, as sequences of lower-cased words (the longest first
#: where one begins another). What follows the first one found is what is asked.
CALLS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("should",),
        ("must",),
        ("ought", "to"),
        ("needs", "to"),
        ("need", "to"),
        ("has", "to"),
        ("have", "to"),
        ("calls", "on"),
        ("call", "on"),
        ("called", "on"),
        ("calls", "for"),
        ("call", "for"),
        ("called", "for"),
        ("urged",),
        ("urge",),
        ("urges",),
        ("recommended",),
        ("recommend",),
        ("recommends",),
    ),
    "es": (
        ("deben",),
        ("debe",),
        ("deberían",),
        ("debería",),
        ("hay", "que"),
        ("es", "necesario"),
        ("es", "preciso"),
        ("tienen", "que"),
        ("tiene", "que"),
        ("necesitan",),
        ("necesita",),
        ("piden",),
        ("pide",),
        ("recomienda",),
        ("recomiendan",),
        ("urge",),
        ("exigen",),
        ("exige",),
    ),
    "fr": (
        ("doivent",),
        ("doit",),
        ("devraient",),
        ("devrait",),
        ("il", "faut"),
        ("appellent", "à"),
        ("appelle", "à"),
        ("demandent",),
        ("demande",),
        ("recommande",),
        ("recommandent",),
        ("est", "nécessaire"),
        ("ont", "besoin"),
        ("a", "besoin"),
    ),
    "ru": (
        ("следует",),
        ("должны",),
        ("должен",),
        ("должна",),
        ("должно",),
        ("необходимо",),
        ("нужно",),
        ("надо",),
        ("призывают",),
        ("призывает",),
        ("призвали",),
        ("рекомендуется",),
        ("требуется",),
    ),
    "ar": (
        ("يجب",),
        ("ينبغي",),
        ("لا", "بد"),
        ("يتعين",),
        ("يدعو",),
        ("تدعو",),
        ("دعا",),
        ("دعت",),
        ("يحث",),
        ("حث",),
    ),
    "zh": (
        ("应当",),
        ("应该",),
        ("必须",),
        ("需要",),
        ("呼吁",),
        ("建议",),
        ("应",),
        ("要",),
    ),
}

_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]")


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words after the call form that carry no action of their own (auxiliaries, adverbs,
#: particles, light verbs), per language: skipped before the action is read.
LIGHT: dict[str, frozenset[str]] = {
    "en": _set(
        "be also not urgently jointly now further continue to work together toward towards "
        "do more better help start begin all both still then therefore at least first "
        "governments states regulators platforms companies"
    ),
    "es": _set(
        "que de a se también no seguir urgentemente conjuntamente más mejor ser estar poder "
        "contar con"
    ),
    "fr": _set(
        "de d à se s aussi ne pas plus mieux continuer être pouvoir urgemment conjointement d'"
    ),
    "ru": _set("также не быть более лучше продолжать срочно совместно"),
    "ar": _set("على أن ان من إلى الى أيضا ضرورة العمل"),
    "zh": _set("将 把 进一步 继续 更 更加 积极 共同 切实 尽快 为 对 在 与 和 也 不"),
}

#: Actor groups (the stakeholders a call addresses), by word beginnings per language (the
#: word itself in Chinese). Read in the words before the call form.
ACTORS: dict[str, dict[str, tuple[str, ...]]] = {
    "states": {
        "en": ("govern", "state", "minist", "parliam", "legislat", "member", "public"),
        "es": ("gobier", "estado", "minist", "parlam", "legisl", "público", "pública"),
        "fr": ("gouvern", "état", "minist", "parlem", "législ", "public", "publique"),
        "ru": ("правит", "госуд", "минист", "парлам", "власт", "государ"),
        "ar": ("حكوم", "دول", "وزار", "برلم", "سلطا"),
        "zh": ("政府", "国家", "各国", "部门", "议会", "主管部门"),
    },
    "regulators": {
        "en": ("regulat", "authorit", "supervis", "data protection"),
        "es": ("regulad", "autorid", "supervis"),
        "fr": ("régulat", "autorit", "régulateur"),
        "ru": ("регулят", "надзор", "ведомств"),
        "ar": ("منظم", "هيئ", "رقاب"),
        "zh": ("监管", "监管机构", "主管"),
    },
    "companies": {
        "en": (
            "platform",
            "compan",
            "provider",
            "operator",
            "industr",
            "business",
            "firm",
            "developer",
            "tech",
        ),
        "es": ("plataform", "empres", "operador", "proveed", "industr", "desarroll"),
        "fr": ("plateform", "entrepr", "opérat", "fournis", "industr", "développ"),
        "ru": ("платформ", "компан", "операт", "провайд", "бизнес", "разработ"),
        "ar": ("منص", "شرك", "مشغل", "مزود"),
        "zh": ("平台", "企业", "公司", "运营商", "开发者", "科技公司"),
    },
    "forum": {
        "en": (
            "igf",
            "wsis",
            "nri",
            "secretariat",
            "mag",
            "forum",
            "summit",
            "review",
            "outcome",
            "mandate",
        ),
        "es": ("igf", "fgi", "cmsi", "foro", "secretar", "iniciativ"),
        "fr": ("fgi", "igf", "smsi", "forum", "secrétar", "initiativ"),
        "ru": ("фуи", "igf", "вви", "форум", "секретар", "инициатив"),
        "ar": ("منتد", "أمان", "ادار"),
        "zh": ("论坛", "互联网治理论坛", "秘书处", "峰会"),
    },
    "standards": {
        "en": ("standard",),
        "es": ("normaliz", "estándar"),
        "fr": ("normalis", "standard"),
        "ru": ("стандарт",),
        "ar": ("معايير", "تقييس"),
        "zh": ("标准",),
    },
    "society": {
        "en": (
            "civil",
            "societ",
            "research",
            "academ",
            "universit",
            "media",
            "journal",
            "organis",
            "organiz",
            "communit",
        ),
        "es": (
            "socied",
            "civil",
            "investig",
            "académ",
            "universid",
            "medios",
            "periodis",
            "organiz",
            "comunid",
        ),
        "fr": (
            "sociét",
            "civil",
            "cherch",
            "académ",
            "universit",
            "médias",
            "journal",
            "organis",
            "communaut",
        ),
        "ru": (
            "общест",
            "гражд",
            "исслед",
            "академ",
            "университ",
            "сми",
            "журнал",
            "организ",
            "сообщ",
        ),
        "ar": ("مجتمع", "مدني", "باحث", "أكاديم", "جامع", "إعلام", "منظم"),
        "zh": ("社会", "民间", "研究", "学术", "大学", "媒体", "组织", "社区"),
    },
    "funders": {
        "en": ("donor", "funder", "bank", "develop"),
        "es": ("donant", "financiad", "banco", "cooperac"),
        "fr": ("donat", "bailleur", "banque", "financeur"),
        "ru": ("донор", "банк", "спонсор"),
        "ar": ("مانح", "بنك", "ممول"),
        "zh": ("捐助", "银行", "资助方"),
    },
    "schools": {
        "en": ("school", "teacher", "educat", "universit"),
        "es": ("escuel", "docent", "profes", "educa"),
        "fr": ("école", "enseign", "éduca", "professe"),
        "ru": ("школ", "учител", "педагог", "образоват"),
        "ar": ("مدارس", "مدرس", "معلم", "تعليم"),
        "zh": ("学校", "教师", "老师", "教育"),
    },
    "people": {
        "en": (
            "women",
            "girl",
            "child",
            "youth",
            "young",
            "older",
            "disab",
            "user",
            "citizen",
            "people",
            "parent",
        ),
        "es": (
            "mujer",
            "niñ",
            "jóven",
            "juvent",
            "mayor",
            "discap",
            "usuari",
            "ciudad",
            "person",
            "padre",
            "familia",
        ),
        "fr": (
            "femme",
            "fille",
            "enfant",
            "jeune",
            "âgé",
            "handic",
            "utilis",
            "citoy",
            "personne",
            "parent",
        ),
        "ru": (
            "женщ",
            "девоч",
            "дет",
            "молод",
            "пожил",
            "инвалид",
            "пользоват",
            "гражд",
            "люд",
            "родит",
        ),
        "ar": ("نساء", "مرأ", "فتي", "أطفا", "طفل", "شباب", "مسن", "إعاق", "مستخدم", "مواطن"),
        "zh": ("妇女", "女性", "儿童", "青年", "青少年", "老年", "残疾", "用户", "公民", "家长"),
    },
}


@dataclass(frozen=True)
class Ask:
    """A statement's ask: whether it has a call form, the actor groups named before it, the
    main action's stem and its object's head (None where nothing was read)."""

    call: bool
    actors: frozenset[str]
    action: str | None
    object: str | None
    language: str
    span: tuple[str, ...] = ()


def _stem(word: str, language: str) -> str:
    if language == "ar":
        return _arabic_stem(word)
    if language != "zh" and word.isalpha() and len(word) > STEM:
        return word[:STEM]
    return word


@cache
def _calls(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(CALLS.get(language, ()), key=len, reverse=True))


def _find_call(tokens: list[str], language: str) -> tuple[int, int] | None:
    """The first call form in ``tokens``: (its first position, the position after it)."""
    forms = _calls(language)
    for i in range(len(tokens)):
        for form in forms:
            if tuple(tokens[i : i + len(form)]) == form:
                return i, i + len(form)
    return None


def actor_groups(tokens: list[str], language: str) -> frozenset[str]:
    """The actor groups whose word beginnings begin one of ``tokens`` (in Chinese: equal
    one, or hold one of two characters or more)."""
    if language == "ar":  # "الحكومات": the word without its article
        tokens = [_arabic_stem(t) for t in tokens]
    out = set()
    for name, table in ACTORS.items():
        stems = table.get(language, ())
        for t in tokens:
            if language == "zh":
                hit = any(t == s or (len(t) >= 2 and t in s) for s in stems)
            else:
                hit = any(t.startswith(s) for s in stems)
            if hit:
                out.add(name)
                break
    return frozenset(out)


#: Verbs at the head of a call with no subject whose object is what is asked (支持, 鼓励 as 呼吁
#: is in ``CALLS``: "支持在……审查中巩固……的作用"): read after them; the others are the action.
ADVOCACY = frozenset({"支持", "鼓励", "倡导", "الدعوة"})


def _bare_call(text: str, tokens: list[str], language: str) -> tuple[int, int] | None:
    """A call with no subject and no modal at the head of ``text`` (``ZH_BARE_CALL``,
    ``AR_BARE_CALL``): (0, the position after a verb of advocacy, or 0: the verb is the
    action)."""
    if language == "zh":
        m = ZH_BARE_CALL.match(text)
    elif language == "ar":
        m = AR_BARE_CALL.match(arabic_plain(text))
    else:
        return None
    if m is None:
        return None
    head = m.group(1).split()
    if tokens[: len(head)] != head:  # the segmenter cut the verb otherwise
        return None
    return 0, len(head) if head[0] in ADVOCACY else 0


def _parts(text: str, language: str) -> tuple[list[str], list[str]] | None:
    """The words of a call before its call form (with the actor named after it in Arabic
    and after "calls on" in English) and after it; None when ``text`` is no call."""
    tokens = words(text, language)
    found = _find_call(tokens, language) or _bare_call(text, tokens, language)
    if found is None:
        return None
    start, end = found
    before = tokens[:start]
    after = tokens[end:]
    if language == "ar" and after[:1] == ["على"]:  # "يجب على الحكومات أن تنشر": the actor after
        cut = next((k for k, w in enumerate(after) if w in ("أن", "ان")), len(after))
        before = before + after[1:cut]
        after = after[cut:]
    if language == "en" and tokens[start] in ("calls", "call", "called", "urge", "urges", "urged"):
        # "calls on governments to adopt": the actor between the call and "to"
        cut = next((k for k, w in enumerate(after) if w == "to"), -1)
        if 0 <= cut <= 6:
            before = before + after[:cut]
            after = after[cut + 1 :]
    return before, after


def asked_words(text: str, language: str) -> list[str] | None:
    """The words of what a call asks: those after its call form, without the actor named
    there ("... devraient publier des cartes de couverture ..."); None when ``text`` is no
    call (``read(text, language).call`` is False)."""
    parts = _parts(text, language)
    return None if parts is None else parts[1]


def read(text: str, language: str, width: int | None = SPAN) -> Ask:
    """The ask of ``text`` in ``language`` (see the module's docstring). A Chinese or Arabic
    call written with no subject and no modal, a verb of advocacy or action at its head
    ("推动……", "دعم ..."), is read when no call form is found. Its span holds the first
    ``width`` content words after the call form (None: all of them, the whole ask)."""
    parts = _parts(text, language)
    if parts is None:
        return Ask(False, frozenset(), None, None, language)
    before, after = parts
    stop = stopwords(language) | LIGHT.get(language, frozenset())
    if language == "fr":  # "l'énergie", "s'appuyer": the word without its elided article
        after = [_ELIDED.sub("", w) for w in after]
    content = [w for w in after if w not in stop and len(w) >= 2 and not w.isdigit()]
    action = _stem(content[0], language) if content else None
    obj = _stem(content[1], language) if len(content) > 1 else None
    span = tuple(_stem(w, language) for w in content[:width])
    return Ask(True, actor_groups(before, language), action, obj, language, span)


def compare(a: Ask, b: Ask) -> int:
    """``SAME`` when two calls in one language share their action or its object, ``OTHER``
    when they share neither and both were read, or name actor groups none of which is
    common; ``UNKNOWN`` otherwise."""
    if a.language != b.language or not (a.call and b.call):
        return UNKNOWN
    if a.action is None or b.action is None:
        return UNKNOWN
    ask_a = {a.action, a.object} - {None}
    ask_b = {b.action, b.object} - {None}
    if ask_a & ask_b:
        return SAME
    return OTHER


#: Verbs of demanding that ``CALLS`` does not hold (they would read a finding's "demand for
#: data" as a call there): a sentence with one asks something, for ``asked_again``.
_DEMANDS = re.compile(
    r"\b(?:demand(?:s|ed)?|request(?:s|ed)?|ask(?:s|ed)? for|réclam\w*|exig\w*|"
    r"revendiqu\w*|reclam\w*|exigen?|pid(?:e|en)|требу\w*|призыва\w*)\b|要求|"
    r"(?:ي|ت)?طالب",
    re.IGNORECASE,
)


#: English words opening a relative or subordinate clause: a call form up to three words after
#: one is no call of the sentence ("every rule on where data must be stored is a cost")
_EN_SUBORDINATE = frozenset(
    ["where", "which", "who", "whom", "whose", "when", "whenever", "wherever", "if", "whether"]
)


def _subordinate_call(text: str, language: str) -> bool:
    """Whether the first call form of an English ``text`` stands in a relative or
    subordinate clause (one of ``_EN_SUBORDINATE`` up to three words before it)."""
    if language != "en":
        return False
    tokens = words(text, language)
    found = _find_call(tokens, language)
    return found is not None and bool(
        _EN_SUBORDINATE & set(tokens[max(0, found[0] - 3) : found[0]])
    )


def asked_again(first_text: str, text: str, language: str) -> bool:
    """Whether ``text`` asks again what ``first_text`` asks: ``first_text`` is a call (not
    one in a relative clause: "every rule on where data must be stored is a cost" asks
    nothing), ``text`` asks (a call form, or a verb of demanding: "Young people demand ...
    seats") and holds half or more of the stems of ``first_text``'s ask ("Member States
    should renew the IGF mandate on a permanent basis ..." / "... calls for the IGF mandate
    to be made permanent ...": 4 of 6)."""
    first = read(first_text, language)
    if not first.call or not first.span or _subordinate_call(first_text, language):
        return False
    if not (read(text, language).call or _DEMANDS.search(text)):
        return False
    stems = {_stem(w, language) for w in words(text, language)}
    asked = set(first.span)
    return 2 * len(asked & stems) >= len(asked)


def overlap(a: Ask, b: Ask, width: int | None = SPAN) -> int | None:
    """How many stems the first ``width`` of the two spans share (None: the whole spans);
    None when the two are not both calls in one language."""
    if a.language != b.language or not (a.call and b.call) or not a.span or not b.span:
        return None
    return len(set(a.span[:width]) & set(b.span[:width]))
