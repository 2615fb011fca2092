"""A keyphrase in the grammatical form of a heading in its language.

Keyphrases are cut out of sentences and keep the sentence's grammar: a Russian phrase in the
case its verb or preposition gave it ("Цифровую гигиену" of "включить цифровую гигиену", a
genitive of "вопросы информационной безопасности"), a French one opening on an elided article
("L'État d'en assumer"), a phrase ending on an infinitive ("Fabricants de fournir", "Pide
enseñar"), a relative clause ("Téléphones qui dorment"), a Spanish verb
("Extranjeras necesitan"), an Arabic phrase holding a possessive pronoun or a clause of
purpose ("هاتف ابنها لتلقي"), a Chinese verb standing alone (办理).

``mended`` gives a phrase in its heading form (a Russian noun phrase in the nominative, no
leading article) where that form is sure: the same words as the vocabulary or the sources
write them in the nominative, or, for a feminine adjective and noun, the regular endings of
the accusative and the genitive (-ую/-юю → -ая/-яя, -у/-ю → -а/-я; -ой/-ей → -ая/-яя, -ы → -а,
-ости → -ость, -ии → -ия, -ки/-ги/-хи → -ка/-га/-ха). ``refused`` says a phrase is in a form
no heading takes and that cannot be mended so: ``title_form.faulty`` counts it a fragment. No
morphology library is used: the rules read endings only where one reading is possible, and
leave the rest as it is. The switch is ``FORM_RULE`` (docs/quality.md, step 51).

With ``GENITIVE_ING_RULE`` (step 55), the theme's texts are read for two forms more: a Russian
masculine or neuter noun in the genitive ("Региона" of "на территории региона"), put in the
nominative the texts or the vocabulary write ("Регион") or else refused, and an English
"-ing" word standing alone that the texts use as a verb ("Paying" of "insist on paying
cash"), refused.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

#: Whether keyphrase titles come out in their language's heading form (``mended``) and a
#: phrase in a form none takes is a fragment (``refused``).
FORM_RULE = True
#: Whether a Russian phrase opening on a masculine or neuter noun in the genitive ("Региона
#: без решения") is put in the nominative when the theme's texts or the vocabulary write it
#: so, and refused when they do not, and an English "-ing" word standing alone that the
#: texts use as a verb ("Paying", of "paying for it") is refused (``_ru_genitive``,
#: ``_english``; docs/quality.md, step 55).
GENITIVE_ING_RULE = True

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Russian ------------------------------------------------------------------------------

#: A feminine adjective in the accusative ("цифровую", "последнюю") and its nominative.
_RU_ACC_ADJ = {"ую": "ая", "юю": "яя"}
#: A feminine adjective in the genitive, dative, instrumental or prepositional ("цифровой",
#: "внешней"): "-ой", or "-ей" after the soft or hushing stems of adjectives (nouns such as
#: "музей", "людей" end otherwise).
_RU_OBL_ADJ_SOFT = ("ней", "щей", "шей", "чей", "жей")
#: The noun after such an adjective, by its ending, and its nominative where one reading only
#: is possible (a feminine noun in -ы is in the genitive, one in -ости, -ии, -ки either way
#: the same word); any other ending in -и, -е or -ью: oblique, not mended by rule.
_RU_OBL_NOUN = (
    ("ости", "ость"),
    ("ии", "ия"),
    ("ки", "ка"),
    ("ги", "га"),
    ("хи", "ха"),
    ("ы", "а"),
    ("ке", "ка"),
    ("ге", "га"),
    ("хе", "ха"),
    ("це", "ца"),
)
#: Prepositions that take the prepositional case: an adjective after one with no noun after
#: it ("Ресурсы на малых") is a noun phrase cut before its noun.
_RU_PREP = frozenset({"в", "во", "на", "о", "об", "при"})


def _ru_lower_endswith(word: str, endings: Iterable[str]) -> str:
    low = word.casefold()
    return next((e for e in endings if low.endswith(e)), "")


def _swap(word: str, old: str, new: str) -> str:
    """``word`` with its ending ``old`` written ``new`` (the case of the rest kept)."""
    return word[: len(word) - len(old)] + new


def _ru_acc(words: list[str]) -> list[str] | None:
    """Leading feminine adjectives in the accusative and their noun, in the nominative
    ("Цифровую гигиену" → "Цифровая гигиена"); [] when the phrase opens so but its noun
    does not end as a feminine accusative does; None when it does not open so."""
    i = 0
    while i < len(words) and len(words[i]) > 3 and _ru_lower_endswith(words[i], _RU_ACC_ADJ):
        i += 1
    if not i:
        return None
    if i >= len(words):
        return []
    noun = words[i]
    low = noun.casefold()
    if low.endswith("у") and len(low) > 2:
        noun = _swap(noun, "у", "а")
    elif low.endswith("ю") and len(low) > 2:
        noun = _swap(noun, "ю", "я")
    elif not low.endswith("ь"):
        return []
    adjectives = [
        _swap(w, e, _RU_ACC_ADJ[e]) for w in words[:i] for e in [_ru_lower_endswith(w, _RU_ACC_ADJ)]
    ]
    return [*adjectives, noun, *words[i + 1 :]]


def _ru_obl_adj(word: str) -> str:
    low = word.casefold()
    if len(low) < 5:
        return ""
    if low.endswith("ой"):
        return "ой"
    return "ей" if low.endswith(_RU_OBL_ADJ_SOFT) else ""


def _ru_oblique(words: list[str]) -> list[str] | None:
    """Leading feminine adjectives in an oblique case and their noun, in the nominative
    ("Информационной безопасности" → "Информационная безопасность"); [] when the noun's
    ending says the phrase is oblique but not which word it is; None when the phrase does not
    open on such an adjective and a noun that agrees with it only in an oblique case."""
    i = 0
    while i < len(words) - 1 and _ru_obl_adj(words[i]):
        i += 1
    if not i:
        return None
    low = words[i].casefold()
    if low.endswith(("ы", "и", "е", "ью")) and len(low) > 2:  # not a nominative beside "-ой"
        for old, new in _RU_OBL_NOUN:
            if low.endswith(old):
                noun = _swap(words[i], old, new)
                break
        else:
            return []
    else:
        return None  # "Цифровой разрыв": a masculine nominative
    adjectives = []
    for w in words[:i]:
        end = _ru_obl_adj(w)
        stem = w[: len(w) - 2]
        hushing = stem[-1:].casefold() in "жшчщ"
        adjectives.append(stem + ("ая" if end == "ой" or hushing else "яя"))
    return [*adjectives, noun, *words[i + 1 :]]


def _ru_cut(words: list[str]) -> bool:
    """A phrase ending on an adjective with no noun after it: after a preposition, in the
    plural ("Ресурсы на малых"), or after a noun, feminine ("Взаимное признание
    электронной"): cut before its noun."""
    if len(words) < 2:
        return False
    last = words[-1].casefold()
    if len(words) > 2 and words[-2].casefold() in _RU_PREP:
        return len(last) > 4 and last.endswith(("ых", "их"))
    return len(last) > 5 and last.endswith(_RU_FEMININE_ADJ)


#: Endings of a feminine adjective in an oblique case that no noun of a heading ends with.
_RU_FEMININE_ADJ = ("ной", "ской", "цкой", "овой", "евой")


def _stem_match(a: str, b: str) -> bool:
    """Two forms of one Russian word: the same start, apart from an ending of three letters
    at most, and a stem of three letters at least."""
    a, b = a.casefold(), b.casefold()
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 3 and len(a) - n <= 3 and len(b) - n <= 3


@cache
def _ru_vocabulary() -> tuple[str, ...]:
    """The vocabulary's Russian titles and whole wordings (no "*"): nominative noun phrases."""
    from forum_messages.synth.topic_vocab import policy_topics

    out: list[str] = []
    for topic in policy_topics():
        title = topic.titles.get("ru", "")
        if title:
            out.append(title)
        out.extend(
            w.source for w in topic.wordings if "*" not in w.source and _CYRILLIC.search(w.source)
        )
    return tuple(dict.fromkeys(out))


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _nominative_written(words: list[str], texts: Sequence[str], head: int) -> str:
    """The phrase as the vocabulary or the ``texts`` write it with its first ``head`` words
    in the nominative (the same words, the rest word for word): the first such wording of
    the vocabulary, else the first in the texts, else the first the texts write in a case a
    rule mends surely ("электронную подпись" for "электронной подписи": "электронная
    подпись"); "" when none is written so."""
    n = len(words)
    rest = [w.casefold() for w in words[head:]]
    own = [w.casefold() for w in words]

    def same(found: list[str]) -> bool:
        if len(found) != n or [w.casefold() for w in found[head:]] != rest:
            return False
        if [w.casefold() for w in found] == own:
            return False
        return all(_stem_match(a, b) for a, b in zip(found[:head], words[:head], strict=True))

    for wording in _ru_vocabulary():
        found = wording.split()
        if same(found) and _ru_nominative_head(found[:head]):
            return " ".join(found)
    first = re.compile(rf"(?<!\w){re.escape(words[0][:3].casefold())}")
    by_rule = ""
    for text in texts:
        low = text.casefold()
        for m in first.finditer(low):
            found = _WORD.findall(text[m.start() : m.start() + 40 * n])[:n]
            if not same(found):
                continue
            if _ru_nominative_head(found[:head]):
                return " ".join(found)
            if not by_rule:
                mended = _ru_acc(found) or _ru_oblique(found)
                by_rule = " ".join(mended) if mended else ""
    return by_rule


def _ru_nominative_head(head: list[str]) -> bool:
    """Whether adjectives and their noun read as a nominative: each adjective's ending agrees
    with its noun's in the nominative ("цифровая гигиена", "информационная безопасность",
    "цифровые навыки"); a noun alone in -а, -я, -ие or -ь."""
    noun = head[-1].casefold()
    adjectives = [w.casefold() for w in head[:-1]]
    if not adjectives:
        return noun.endswith(("а", "я", "ие", "ь"))
    if all(a.endswith(("ая", "яя")) for a in adjectives):
        return noun.endswith(("а", "я", "ь"))
    if all(a.endswith(("ые", "ие")) for a in adjectives):
        return noun.endswith(("ы", "и", "а", "я"))
    if all(a.endswith(("ое", "ее")) for a in adjectives):
        return noun.endswith(("о", "е"))
    return False


def _ru_head(words: list[str]) -> int:
    """How many words make the head of a phrase: its leading adjectives and their noun."""
    n = 0
    while n < len(words) - 1 and (
        _ru_obl_adj(words[n]) or _ru_lower_endswith(words[n], _RU_ACC_ADJ)
    ):
        n += 1
    return n + 1


def _russian(phrase: str, texts: Sequence[str]) -> str | None:
    words = phrase.split()
    if not words or _ru_cut(words):
        return None
    for rule in (_ru_acc, _ru_oblique):
        found = rule(words)
        if found is None:
            continue
        # oblique: the same words in the nominative as the vocabulary or the sources write
        # them, else by the rule, else (the noun's nominative not sure) refused
        written = _nominative_written(words, texts, _ru_head(words))
        if written:
            return " ".join([_case_as(written.split()[0], words[0]), *written.split()[1:]])
        return " ".join(found) if found else None
    if GENITIVE_ING_RULE:
        found_gen = _ru_genitive(words, texts)
        if found_gen is not None:
            return found_gen or None
    # a noun alone in "-ы"/"-и" before its complement ("Защиты персональных данных"): the
    # genitive or a plural; the vocabulary's wording when it has the same words otherwise
    own = [w.casefold() for w in words]
    as_is = any([w.casefold() for w in v.split()] == own for v in _ru_vocabulary())
    if len(words) > 1 and words[0].casefold().endswith(("ы", "и")) and not as_is:
        for wording in _ru_vocabulary():
            found = wording.split()
            if (
                len(found) == len(words)
                and [w.casefold() for w in found[1:]] == [w.casefold() for w in words[1:]]
                and _stem_match(found[0], words[0])
                and found[0].casefold().endswith(("а", "я", "ь"))
            ):
                return " ".join([_case_as(found[0], words[0]), *words[1:]])
    return phrase


#: Prepositions taking the genitive only: a noun in "-а"/"-я" right after one is in it.
_RU_GEN_PREP = _words(
    """без для до из от у около после против среди вокруг кроме вместо возле ради из-за
    внутри вне мимо"""
)
#: Endings of a noun in an oblique case or the plural ("территории", "центрах",
#: "странам", "странами", "вопросов", "области", "общества", "страны"): a noun in "-а"
#: right after one is its complement in the genitive (a feminine noun so placed would be
#: in "-ы", "-и": "страны политики"), not a nominative.
_RU_NOUN_OBLIQUE = ("и", "ы", "ах", "ях", "ам", "ям", "ов", "ства", "стве")
#: Adverbs ending as such a noun does ("почти половина": a nominative after it).
_RU_ADVERBS = _words("почти впрочем вообще")
#: What a feminine noun is written with in its other cases and no masculine or neuter noun
#: is: after the stem of one in "-а" ("политики", "политикой"), of one in "-ия"
#: ("стратегией"; "развитием" is neuter), of another in "-я" ("землёй").
_RU_FEMININE_CASES = {"а": ("ы", "ой", "ою"), "ия": ("ей", "ею"), "я": ("ёй", "ею")}


@cache
def _ru_vocabulary_heads() -> frozenset[str]:
    """The first words of the vocabulary's Russian titles and wordings: nominatives."""
    return frozenset(v.split()[0].casefold() for v in _ru_vocabulary() if v.split())


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """A text's words, case folded: read once per text, as every candidate phrase of a theme
    reads its theme's texts again."""
    return tuple(t.casefold() for t in _WORD.findall(text))


def _ru_genitive(words: list[str], texts: Sequence[str]) -> str | None:
    """A phrase opening on a masculine or neuter noun in the genitive, no adjective before it
    ("Региона без решения", of "на территории региона без решения суда"): the phrase with
    the noun in the nominative as the vocabulary or the ``texts`` write it ("регион",
    "развитие", "пользователь"); "" (refused) when the texts read the word as a genitive but
    write no nominative of it; None when the word is not read so. Read as a genitive: found
    right after a preposition taking the genitive or a noun (``_RU_NOUN_OBLIQUE``) once at
    least, and its stem nowhere written with an ending only a feminine noun takes
    (``_RU_FEMININE_CASES``: "политики", "стратегией"; then "Политика", "Стратегия" are
    nominatives and kept)."""
    first = words[0]
    low = first.casefold()
    if len(low) < 5 or not low.endswith(("а", "я")) or low.endswith(("ая", "яя")):
        return None
    own = [w.casefold() for w in words]
    if any([w.casefold() for w in v.split()] == own for v in _ru_vocabulary()):
        return None
    stem = low[:-1]
    before = 0
    seen = 0
    written: set[str] = set()
    for text in texts:
        tokens = _tokens(text)
        written.update(tokens)
        for i, tok in enumerate(tokens):
            if tok != low:
                continue
            seen += 1
            prev = tokens[i - 1] if i else ""
            noun = len(prev) > 4 and prev.endswith(_RU_NOUN_OBLIQUE) and prev not in _RU_ADVERBS
            if prev in _RU_GEN_PREP or noun:
                before += 1
    if not before:
        return None
    ending = "а" if low.endswith("а") else "ия" if low.endswith("ия") else "я"
    if any(stem + e in written for e in _RU_FEMININE_CASES[ending]):
        return None  # a feminine noun: "Политика", "Стратегия" are nominatives
    if low.endswith("а"):
        nominatives = [stem + "о", stem]
    else:
        # "развития" → "развитие", "пользователя" → "пользователь", "края" → "край"
        nominatives = [stem + "е"] if stem.endswith("и") else [stem + "ь", stem + "й"]
    for nominative in nominatives:
        if nominative in written or nominative in _ru_vocabulary_heads():
            return " ".join([_case_as(nominative, first), *words[1:]])
    return ""


def _case_as(word: str, model: str) -> str:
    """``word`` with a capital first letter when ``model`` has one."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word[:1].lower() + word[1:]


# --- French and Spanish -------------------------------------------------------------------

_ELIDED = re.compile(r"^[lL]['’](?=\w)")
#: Relative pronouns: a phrase holding one is a clause ("Téléphones qui dorment").
_RELATIVE = {
    "fr": frozenset({"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}),
    "es": frozenset({"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas"}),
}
#: Words kept whole when a phrase's words are read for a relative pronoun ("d'en").
_BEFORE_INFINITIVE = {
    "fr": frozenset({"de", "d'", "d’", "à", "pour", "sans", "d'en", "d’en", "d'y", "d’y"}),
    "es": frozenset({"de", "a", "para", "por", "sin"}),
}
#: Nouns ending as an infinitive does ("pouvoir", "lugar", "danger"): a phrase ending on
#: any other word so ends on a verb's complement.
_INFINITIVE_NOUNS = _words(
    """avenir pouvoir dossier atelier fichier quartier métier premier loisir savoir devoir
    courrier hiver plaisir désir lugar hogar bienestar poder mujer taller deber carácter
    militar popular nuclear celular similar regular escolar solar alquiler mayor menor
    familiar particular titular auxiliar par mar radar dólar azúcar pilar láser líder hangar
    collar bar máster ámbar cráter chófer placer ser danger foyer loyer étranger hacker router
    cluster laser levier pilier chantier papier clavier cahier dollar souvenir panier"""
)
#: Spanish nouns in -en or -an (no accent), which a verb in the third person plural ends
#: with too ("necesitan", "venden").
_ES_EN_NOUNS = _words(
    """examen origen imagen volumen régimen crimen orden desorden joven resumen margen
    dictamen certamen abdomen germen polen gravamen virgen plan clan aborigen espécimen
    gluten token yemen"""
)


def _romance(phrase: str, language: str) -> str | None:
    text = phrase.strip()
    if _ELIDED.match(text):  # "L'État ...": a heading takes no article
        text = _ELIDED.sub("", text)
        text = text[:1].upper() + text[1:]
    words = [w.casefold().strip('.,;:!?"()') for w in text.split()]
    tokens = [
        t for w in words for t in ([w] if w in _BEFORE_INFINITIVE[language] else _split_elision(w))
    ]
    if any(w in _RELATIVE[language] for w in tokens[1:]):
        return None
    last = words[-1] if words else ""
    endings = ("er", "ir") if language == "fr" else ("ar", "er", "ir")
    if len(words) > 1 and last.endswith(endings) and last not in _INFINITIVE_NOUNS:
        return None  # "Fabricants de fournir", "Pide enseñar": a verb's complement
    if language == "es" and len(words) > 1:
        for w in words:
            if len(w) > 4 and w.endswith(("an", "en")) and w not in _ES_EN_NOUNS:
                return None  # "Extranjeras necesitan", "Necesitan reglas claras": a verb
    return text


def _split_elision(word: str) -> list[str]:
    """ "qu'il" → ["qu'", "il"]; other words whole."""
    m = re.match(r"^(\w+['’])(\w.*)$", word)
    return [m.group(1).replace("’", "'"), m.group(2)] if m else [word]


# --- Arabic and Chinese -------------------------------------------------------------------

#: Possessive pronouns written onto a noun ("ابنها", her son): a heading names no one's.
_AR_POSSESSIVE = ("ها", "هم", "هن", "هما")
#: Words that open a clause: "because", "that", relative pronouns, "where", "when".
_AR_CLAUSE = frozenset(
    {
        "لأن",
        "لان",
        "أن",
        "إن",
        "التي",
        "الذي",
        "الذين",
        "اللواتي",
        "حيث",
        "عندما",
        "لكن",
        "كي",
        "لكي",
    }
)


#: What follows a definite noun inside a noun phrase: a definite adjective or noun (with a
#: conjunction or preposition written onto it), a word opening with a preposition
#: ("لمجتمع"), a preposition, or a noun that takes the one after it ("الأشخاص ذوي الإعاقة",
#: "الجهات غير الحكومية").
_AR_DEFINITE = ("ال", "لل", "وال", "بال", "فال", "كال", "و", "ل", "ب")
_AR_AFTER = _words(
    """في من على عن إلى الى بين عبر تحت فوق مع حول ضد دون لدى عند خلال بعد قبل نحو أمام
    وراء ضمن حتى منذ بشأن حسب وفق ذوي ذات غير"""
)


def _arabic(phrase: str) -> str | None:
    words = [w.strip('.,;:!?"()«»،؛؟') for w in phrase.split()]
    if any(len(w) > 4 and w.endswith(_AR_POSSESSIVE) for w in words):
        return None
    if any(w in _AR_CLAUSE for w in words):
        return None
    for a, b in itertools.pairwise(words):
        if (
            a.startswith("ال")
            and len(a) > 3
            and not b.startswith(_AR_DEFINITE)
            and b not in _AR_AFTER
        ):
            return None  # "النظام يرفض": a definite noun and a verb or a predicate, a clause
    if len(words) > 1 and len(words[-1]) > 4 and words[-1].startswith("لت"):
        return None  # "... لتلقي": a clause of purpose, not a subject
    return phrase


#: Chinese verbs that name an act, not a subject, standing alone (办理, to see to).
_ZH_VERBS = frozenset({"办理", "解决", "保留", "取消", "采取", "鼓励", "利用", "避免"})


def _chinese(phrase: str) -> str | None:
    text = phrase.strip()
    if text in _ZH_VERBS:
        return None
    if len(text) == 1 and "\u4e00" <= text <= "\u9fff":
        return None  # one character: a word cut out of a compound ("水")
    return phrase


# --- English ------------------------------------------------------------------------------

#: Words after an "-ing" form that make it a verb with its object or complement ("paying for
#: it", "paying the fee", "paying them"): determiners, object pronouns, prepositions.
_EN_AFTER_VERB = _words(
    """for the a an their his her its our your my them it us him me to back off up out
    into with"""
)
#: Words before an "-ing" form that make it a verb: a preposition that opens a clause of
#: manner or time ("on paying cash", "without paying for it", "like paying"; not "of", "for"
#: or "in", after which a heading's noun stands: "the cost of manufacturing"), a form of
#: "be" and verbs taking an "-ing" form.
_EN_BEFORE_VERB = _words(
    """on without by after before about like from while when are is was were be been am keep
    keeps kept start starts started stop stops stopped avoid avoids"""
)
#: Words before an "-ing" form that make it a noun ("the manufacturing"): determiners.
_EN_BEFORE_NOUN = _words("the a an this that its their our his her")


def _english(phrase: str, texts: Sequence[str]) -> str | None:
    """An "-ing" word standing alone ("Paying") that the ``texts`` use as a verb (before its
    object, ``_EN_AFTER_VERB``, or after a word that makes it one, ``_EN_BEFORE_VERB``: "on
    paying cash") and never after a determiner (as a noun: "the manufacturing of") is
    refused; a word of the vocabulary ("Funding", "Computing") or of ``title_form``'s nouns
    in "-ing" is kept, and so is any when the texts do not use it (its use cannot be
    told)."""
    from forum_messages.synth.title_form import ing_noun
    from forum_messages.synth.topic_vocab import vocabulary_words

    word = phrase.strip().casefold()
    if " " in word or len(word) < 6 or not word.endswith("ing"):
        return phrase
    if word in vocabulary_words() or ing_noun(word):
        return phrase
    verb = noun = False
    for text in texts:
        tokens = _tokens(text)
        for i, tok in enumerate(tokens):
            if tok != word:
                continue
            before = tokens[i - 1] if i else ""
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            verb = verb or after in _EN_AFTER_VERB or before in _EN_BEFORE_VERB
            noun = noun or before in _EN_BEFORE_NOUN
    return None if verb and not noun else phrase


# --- the rule -----------------------------------------------------------------------------


def mended(phrase: str, language: str, texts: Sequence[str] = ()) -> str | None:
    """``phrase`` in its language's heading form: the same phrase when it is in it or its
    form cannot be told, the mended one where it is sure (``texts``: where to find the same
    words written in the nominative), None when it is in a form no heading takes and cannot
    be mended (``refused``)."""
    if not FORM_RULE or not phrase.strip():
        return phrase
    if language == "ru":
        return _russian(phrase, texts)
    if language in ("fr", "es"):
        return _romance(phrase, language)
    if language == "ar":
        return _arabic(phrase)
    if language == "zh":
        return _chinese(phrase)
    if language == "en" and GENITIVE_ING_RULE:
        return _english(phrase, texts)
    return phrase


def refused(phrase: str, language: str, texts: Sequence[str] = ()) -> bool:
    """Whether a phrase is in a form no heading takes and no rule mends (``mended`` gives
    None; ``texts``: where the same words may be written in the nominative): a fragment."""
    return FORM_RULE and mended(phrase, language, texts) is None
