"""Does a keyphrase name a policy subject, or is it a piece cut out of a sentence?

Keyphrases cut out of statements can end in a verb ("Digital divide requires", "Maps show"),
open with one ("adapt the toolkit", "Producing misleading content", "Compran estos
minerales"), stand as a bare adjective ("accessible") or as a bare common word that names no
policy subject ("Border", "Persona"), start or end on a function word, name only actors
("Countries", "Governments and operators"), or quote a speaker ("Soy de Huanta", "Молодёжь
просит": ``speaker_words``). ``faulty`` says so, per output language (and
``bare_word`` of a bare word); the labeller ranks such phrases below those that name a
subject (``synth/labels.py``), so they title a sub-topic only when nothing better fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from forum_messages.nlp.keyphrases import stopwords
from forum_messages.synth.headings import headline
from forum_messages.synth.title_grammar import refused


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: English verbs met in policy statements that are not also nouns ("use", "harm", "fund" are
#: left out: "Energy use", "Online harms", "Universal service funds" are subjects). Base
#: forms; "-s", "-ed" and "-ing" forms are derived.
_EN_VERBS = _split(
    "remain require adapt ensure include provide enable allow help continue become make take "
    "give create promote strengthen reduce improve develop prevent govern protect publish "
    "invest adopt deliver depend rely say grow exist agree argue suggest warn explain "
    "describe keep seem expand undermine encourage consider recognise recognize apply "
    "implement establish involve engage connect tackle assess collect respond contribute "
    "participate coordinate cooperate collaborate deploy operate maintain sustain empower "
    "inform educate regulate enforce struggle fail want try get go produce show find "
    "highlight reveal indicate demonstrate stress emphasise emphasize underline"
)
_EN_AUX = _split(
    "is are was were be been being has have had do does did can could will would may "
    "might must should"
)
#: -ing words that are nouns in a heading ("funding", "capacity building" ends on one).
_EN_ING_NOUNS = _split(
    "funding training financing networking hosting licensing reporting learning policing "
    "roaming mapping planning engineering processing banking marketing peering computing "
    "fact-checking wellbeing"
)


def ing_noun(word: str) -> bool:
    """Whether an English word in "-ing" is one of the nouns so written ("funding")."""
    return word.casefold() in _EN_ING_NOUNS


_EN_ADJ_ENDINGS = ("able", "ible", "ous", "ful")
_EN_ADJ_NOUNS = _split("table cable variable vegetable")

#: Words that name who acts, not what about: a title of only these names no subject.
_ACTORS = {
    "en": """countries country governments government states operators companies users people
    stakeholders participants women men youth children citizens platforms communities
    organisations organizations actors providers experts regulators policymakers donors
    funders industry businesses manufacturers developers speakers member authors
    civil society young""",
    "fr": """pays gouvernements gouvernement états opérateurs entreprises utilisateurs
    personnes parties prenantes participants femmes jeunes enfants citoyens plateformes
    communautés organisations acteurs fournisseurs experts régulateurs décideurs donateurs
    bailleurs industrie fabricants auteurs société civile les des""",
    "es": """países país gobiernos gobierno estados operadores empresas usuarios personas
    partes interesadas participantes mujeres jóvenes niños ciudadanos plataformas
    comunidades organizaciones actores proveedores expertos reguladores donantes industria
    fabricantes autores sociedad civil los las""",
    "ru": """страны страна правительства государства операторы компании пользователи люди
    заинтересованные стороны участники женщины молодежь молодёжь дети граждане платформы
    сообщества организации провайдеры эксперты регуляторы доноры производители
    гражданское общество""",
    "zh": "各国 国家 发展中国家 发达国家 政府 运营商 用户 人们 利益攸关方 参与者 妇女 青年 "
    "儿童 公民 平台 企业 组织 专家 监管机构",
    "ar": """الدول البلدان الحكومات المشغلين المشغلون الشركات المستخدمين المستخدمون الناس أصحاب
    المصلحة المشاركين النساء الشباب الأطفال المواطنين المنصات المجتمعات المنظمات الخبراء
    المجتمع المدني""",
}
#: Conjugated verbs that cannot sit in a heading.
_FINITE = {
    "fr": """est sont doit doivent peut peuvent permet permettent reste restent a ont faut
    nécessite nécessitent exige exigent devrait devraient semble""",
    "es": """es son debe deben puede pueden permite permiten hay sigue siguen requiere
    requieren exige exigen debería deberían parece use usen usan compran muestran""",
    "ru": """является являются может могут должен должна должны следует нужно надо требует
    требуют остается остаётся позволяет позволяют""",
    "ar": "يجب ينبغي يمكن تحتاج يحتاج تتطلب يتطلب يظل تظل يبقى تبقى تعزز يعزز يسهم تسهم",
}
#: A speaker's own words: first-person pronouns, possessives and verbs, and the verbs of a
#: report of what someone asked, which no heading holds ("Soy de Huanta", "We ask",
#: "Молодёжь просит", "Поддерживали университеты"). "us" is left out (the country).
_FIRST_PERSON = {
    "en": "i we our ours my me",
    "fr": "je j' nous notre nos mon ma mes moi suis sommes demandons",
    "es": """yo soy somos estoy estamos nosotros nosotras mi mis nuestro nuestra nuestros
    nuestras pedimos exigimos queremos necesitamos proponemos""",
    "ru": "я мы наш наша наше наши нас нам мой моя мои просим просит просят требуем хотим",
    "ar": "أنا نحن نطالب ندعو نريد نحتاج",
}
#: Russian past-tense plurals of imperfective verbs ("поддерживали", "использовали"): no
#: noun ends so.
_RU_PAST = ("ивали", "ывали", "овали", "евали")
#: Chinese first-person pronouns (the script has no spaces: found anywhere in a phrase).
_ZH_FIRST = ("我们", "我")
_ZH_VERB_END = (
    "推动",
    "促进",
    "加强",
    "支持",
    "提高",
    "确保",
    "需要",
    "实现",
    "提供",
    "发挥",
    "开展",
)
_RU_VERB_ENDINGS = (
    "ать",
    "ять",
    "ить",
    "еть",
    "ться",
    "ается",
    "яется",
    "ают",
    "яют",
    "уют",
    "ует",
    "ает",
    "яет",
)
#: French and Spanish nouns that end like an infinitive.
_INFINITIVE_NOUNS = _split(
    "avenir pouvoir dossier atelier fichier quartier métier premier loisir savoir devoir "
    "courrier hiver lugar hogar bienestar poder mujer taller deber carácter militar "
    "popular nuclear celular similar regular escolar solar alquiler mayor menor familiar"
)


#: Articles and demonstratives: in French and Spanish they follow a verb ("Compran estos
#: minerales"), never a heading's first noun, which takes a preposition first ("de la").
_DETERMINERS = _split(
    "le la les un une ces cette ce cet leur leurs ses son sa el los las unos unas estos "
    "estas este esta esos esas su sus"
)
#: Quantifiers that follow a verb as its object opens ("Contesta cualquier cosa", "Offre
#: chaque jour"), never a heading's first noun: with ``SPEAKER_RULE`` on.
_QUANTIFIERS = _split(
    "chaque tout toute tous toutes aucun aucune plusieurs quelque quelques cualquier "
    "cualquiera todo toda todos todas algún alguna algunos algunas ningún ninguna cada"
)
#: Endings of a noun that names an issue or a field on its own ("Encryption",
#: "Connectivité", "Ciberseguridad", "Безопасность"): a one-word title of another form
#: ("Border", "Persona", "Региона") names a thing, not a policy subject, unless the topic
#: vocabulary has it as a wording ("Cybercrime", "Deepfakes").
_SUBJECT_ENDINGS = {
    "en": tuple(_split("tion sion ity ism ment ness ance ence cy ship age ing ure ics ogy ware")),
    "fr": tuple(_split("tion sion té isme ment ance ence age ure ie ique")),
    "es": tuple(_split("ción sión dad ismo miento ncia cia ía ura aje ica")),
    "ru": tuple(_split("ость ости ние ния нии ство ства ция ции изм ика ики")),
}

#: One-word fields that end otherwise and that the vocabulary has only inside longer names.
_FIELDS = _split(
    "energy health data broadband spam trade agriculture media données commerce médias "
    "salud datos comercio medios данные сми здоровье"
)


def bare_word(text: str, language: str) -> bool:
    """A one-word phrase that names no policy subject ("Border", "Persona", "Региона"): not
    an acronym ("IPv6", "ЕАЭС"), not of a subject's form, not a field, not a wording of the
    topic vocabulary. Such a word titles a sub-topic only when no other phrase fits as many
    of its messages (``synth/labels.py``); beside another, in a joined title, it may stand
    ("Énergie solaire et réseaux")."""
    words = [w.strip(".,;:!?'\"()") for w in text.strip().lower().split()]
    if len(words) != 1 or language not in _SUBJECT_ENDINGS:
        return False
    if sum(ch.isupper() for ch in text) >= 2 or any(ch.isdigit() for ch in text):
        return False
    word = words[0]
    if word in _FIELDS:
        return False
    stem = word[:-1] if word.endswith("s") and language != "ru" else word
    if stem.endswith(_SUBJECT_ENDINGS[language]):
        return False
    from forum_messages.synth.topic_vocab import named

    return not named(text)


@cache
def _words(kind: str, language: str) -> frozenset[str]:
    table = {"actors": _ACTORS, "finite": _FINITE, "first": _FIRST_PERSON}[kind]
    return frozenset(table.get(language, "").split())


def _actors_only(words: list[str], language: str) -> bool:
    actors = _words("actors", language)
    joiners = {"and", "et", "y", "и", "و", "or", "ou", "o", "или"}
    if language == "ar":  # "الحكومات والمشغلين": the conjunction is written onto the word
        words = [w[1:] if w.startswith("و") and w[1:] in actors else w for w in words]
    return all(w in actors or w in joiners for w in words)


def _english(words: list[str]) -> bool:
    first, last = words[0], words[-1]

    def verb(w: str) -> bool:
        if w in _EN_VERBS or w in _EN_AUX:
            return True
        return any(w.endswith(c) and w[: -len(c)] in _EN_VERBS for c in ("es", "s", "ed", "d"))

    if verb(last) or (len(words) > 1 and verb(first) and first not in _EN_ING_NOUNS):
        return True
    if first.endswith("ing") and first not in _EN_ING_NOUNS and len(words) > 1:
        stem = first[:-3]
        if stem in _EN_VERBS or stem + "e" in _EN_VERBS or stem[:-1] in _EN_VERBS:
            return True  # "Producing misleading content": an activity, not a subject
    return last.endswith(_EN_ADJ_ENDINGS) and last not in _EN_ADJ_NOUNS


def speaker_words(phrase: str, language: str) -> bool:
    """Whether a phrase is a speaker's own words rather than a subject: it holds a word in
    the first person ("Soy de Huanta", "Nuestras comunidades", "我们的网络") or a verb of
    asking said of someone ("Молодёжь просит"), or, in Russian, a verb in the past
    ("Поддерживали университеты"). Only when ``SPEAKER_RULE`` is on."""
    if not SPEAKER_RULE:
        return False
    if language == "zh":
        return any(w in phrase for w in _ZH_FIRST)
    words = [w.strip(".,;:!?'\"()«»") for w in phrase.lower().split()]
    if any(w in _words("first", language) for w in words):
        return True
    return language == "ru" and any(len(w) > 7 and w.endswith(_RU_PAST) for w in words)


#: Whether a phrase in the first person or a report of what someone asked is a fragment
#: (``speaker_words``): on (docs/quality.md, step 46).
SPEAKER_RULE = True


def faulty(phrase: str, language: str, texts: Sequence[str] = ()) -> bool:
    """Whether a candidate title is a fragment of a sentence rather than a subject: a verb
    at either end (any finite verb in it; in French and Spanish, a first word followed by
    an article), a bare adjective, a function word at either end, nothing but actors
    ("Governments and operators"), a speaker's own words (``speaker_words``), or a form no
    heading takes and no rule mends (``title_grammar.refused``: "Ресурсы на малых",
    "Fabricants de fournir"; ``texts``: where the same words may be written in the
    nominative)."""
    text = phrase.strip()
    if not text or not headline(text, language):
        return True
    if speaker_words(text, language) or refused(text, language, texts):
        return True
    if language == "zh":
        return text.endswith(_ZH_VERB_END) or _actors_only([text], "zh")
    words = [w.strip(".,;:!?'\"()") for w in text.lower().split()]
    words = [w for w in words if w]
    if not words:
        return True
    stop = stopwords(language)
    if words[0] in stop or words[-1] in stop:
        return True
    if _actors_only(words, language):
        return True
    if any(w in _words("finite", language) for w in words):
        return True
    if language in ("fr", "es") and len(words) > 2 and words[1] in _DETERMINERS:
        return True
    if SPEAKER_RULE and language in ("fr", "es") and len(words) > 2 and words[1] in _QUANTIFIERS:
        return True
    if language == "es" and any(w.endswith(("arse", "erse", "irse")) for w in words):
        return True  # a reflexive infinitive: "Poder revisarse"
    if language == "en":
        return _english(words)
    if language in ("fr", "es"):
        endings = ("er", "ir") if language == "fr" else ("ar", "er", "ir")
        first = words[0]
        return len(words) > 1 and first.endswith(endings) and first not in _INFINITIVE_NOUNS
    if language == "ru":
        return any(len(w) > 4 and w.endswith(_RU_VERB_ENDINGS) for w in words)
    return False
