"""Whether a keyphrase reads as a sub-topic heading, in each output language."""

from __future__ import annotations

#: English words that do not end a heading: relative pronouns (a clause, "people who
#: speak"), and adjectives or quantifiers that keyphrase extraction returns alone ("small").
_CLAUSE = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "while"})
_LONE = frozenset(
    [
        "small",
        "large",
        "new",
        "local",
        "global",
        "national",
        "regional",
        "international",
        "many",
        "more",
        "most",
        "other",
        "such",
        "key",
        "main",
        "public",
        "private",
        "digital",
        "open",
        "high",
        "low",
        "free",
        "safe",
        "social",
        "political",
        "economic",
        "different",
        "important",
        "significant",
        "meaningful",
        "affordable",
        "sustainable",
        "responsible",
        "human",
        "online",
        "several",
        "various",
        "whole",
        "entire",
        "current",
        "existing",
    ]
)
_LY_NOUNS = frozenset(
    [
        "family",
        "supply",
        "assembly",
        "italy",
        "july",
        "anomaly",
        "ally",
        "monopoly",
        "rally",
        "reply",
        "butterfly",
    ]
)


#: Adjectives that keyphrase extraction returns alone ("Mondial", "Electoral") in French and
#: Spanish: a heading names a subject, not a quality.
_LONE_OTHER = {
    "fr": frozenset(
        [
            "mondial",
            "mondiale",
            "mondiaux",
            "national",
            "nationale",
            "nationaux",
            "régional",
            "régionale",
            "régionaux",
            "local",
            "locale",
            "locaux",
            "numérique",
            "numériques",
            "électoral",
            "électorale",
            "public",
            "publique",
            "ouvert",
            "ouverte",
            "social",
            "sociale",
            "nouveau",
            "nouvelle",
            "international",
            "internationale",
            "durable",
            "sûr",
            "sûre",
            "important",
            "importante",
            "humain",
            "humaine",
            "économique",
            "européen",
            "européenne",
            "africain",
            "africaine",
            "arabe",
            "communautaire",
            "rural",
            "rurale",
            "ruraux",
        ]
    ),
    "es": frozenset(
        [
            "mundial",
            "nacional",
            "nacionales",
            "regional",
            "regionales",
            "local",
            "locales",
            "digital",
            "digitales",
            "público",
            "pública",
            "abierto",
            "abierta",
            "social",
            "nuevo",
            "nueva",
            "internacional",
            "sostenible",
            "seguro",
            "segura",
            "importante",
            "humano",
            "humana",
            "económico",
            "económica",
            "electoral",
            "comunitario",
            "comunitaria",
            "rural",
            "rurales",
        ]
    ),
}
#: Russian endings of a word in an oblique case ("родительского", "языках"): a heading opens
#: in the nominative ("Родительский контроль").
_RU_OBLIQUE = ("ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ах", "ях", "ами", "ями")
#: Chinese function words and adverbs that do not belong in a heading ("往往", "每年").
_ZH_FUNCTION = (
    "往往",
    "每年",
    "已经",
    "非常",
    "可以",
    "需要",
    "应该",
    "应当",
    "以及",
    "进行",
    "通过",
    "目前",
    "其中",
    "这些",
    "我们",
    "他们",
)
#: Arabic words that open with a conjunction or preposition ("ولسرقة", "للأطفال"), and the
#: nouns that merely look so.
_AR_CLITIC = ("وال", "ولل", "لل", "بال", "فال", "كال", "ول", "وب")
_AR_NOUNS = frozenset({"ولاية", "ولايات", "وباء", "وبائية"})


def headline(phrase: str, language: str = "en") -> bool:
    """Whether a keyphrase can stand as a sub-topic heading. English: no clause ("people who
    speak"), no adverb ("sharply limits", "world roughly"), not a lone adjective ("small");
    French and Spanish: not a lone adjective ("Mondial"); Russian: not opening in an oblique
    case ("Родительского контроля"); Chinese: no adverb or function word ("捐款每年");
    Arabic: not opening with a conjunction or preposition ("ولسرقة رموز")."""
    words = phrase.lower().split()
    if not words:
        return False
    if language == "en":
        if any(w in _CLAUSE for w in words):
            return False
        if any(len(w) > 4 and w.endswith("ly") and w not in _LY_NOUNS for w in words):
            return False
        return not (len(words) == 1 and words[0] in _LONE)
    if language in _LONE_OTHER:
        return not (len(words) == 1 and words[0] in _LONE_OTHER[language])
    if language == "ru":
        return not (len(words[0]) > 3 and words[0].endswith(_RU_OBLIQUE))
    if language == "zh":
        return not any(w in phrase for w in _ZH_FUNCTION)
    if language == "ar":
        return words[0] in _AR_NOUNS or not words[0].startswith(_AR_CLITIC)
    return True
