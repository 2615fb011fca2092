"""Does a sub-topic title read as a policy topic (a noun phrase), in its language?

Evaluation only: these word lists are written for the measure and kept apart from the lists
the pipeline uses (``synth/headings.py``, ``synth/title_form.py``, the topic vocabulary), so
the measure does not simply repeat the code's own rules. A title is split into the phrases
it was joined from ("A and B"); each phrase is checked for what a heading does not end or
open with (a verb, a bare adjective, a function word), for a bare generic noun of actors
("Countries", "Governments and operators") and for an activity in place of a subject
("Producing misleading content"), for a finite verb after a first word ("Maps show",
"Compran estos minerales": a word followed straight by an article or demonstrative is a
verb in French and Spanish) and for a bare single word that names no policy subject
("Border", "Persona", "Региона": a common noun of no abstract form and not one of the
one-word subjects listed here). ``problem`` names the first fault found, or "" when the
title reads as a topic.
"""

from __future__ import annotations

import re

_AND = {"en": " and ", "fr": " et ", "es": " y ", "ru": " и ", "ar": " و", "zh": "与"}

_FUNCTION = {
    "en": "the a an of and or for to in on with by at from as that this these those their its "
    "our your his her which who whom whose while when where than into about across over",
    "fr": "le la les un une des de du d' et ou à au aux en pour par sur dans avec que qui dont "
    "ce cette ces leur leurs son sa ses entre sans sous vers",
    "es": "el la los las un una unos unas de del al y o e u en para por con sin sobre que quien "
    "cuyo su sus entre hacia este esta estos estas",
    "ru": "и или в во на с со для по о об к ко от из у за при что как это эти его их её",
    "ar": "في من على إلى عن مع أو التي الذي الذين هذه هذا ذلك تلك بين حول",
    # single characters that end or open no heading ("在线", "平等" are words: not listed)
    "zh": "的 了 和 与 及 或 对 把 被 将 也 都",
}
_VERBS = {
    "en": "is are was were be been remain remains require requires need needs adapt adapts "
    "include includes ensure ensures make makes support supports help helps provide provides "
    "enable enables allow allows face faces use uses become becomes continue continues lack "
    "lacks depend depends rely relies call calls say says show shows mean means must should "
    "can could will would may might has have had do does did get gets keep keeps take takes "
    "give gives want wants seem seems grow grows work works go goes lead leads exist exists "
    "agree agreed noted stressed argued suggested warned explained described find finds found "
    "highlight highlights reveal reveals indicate indicates demonstrate demonstrates",
    "fr": "est sont était doit doivent peut peuvent permet permettent reste restent nécessite "
    "nécessitent exige exigent faut a ont font fait devrait devraient demeure semble",
    "es": "es son era debe deben puede pueden permite permiten sigue siguen requiere requieren "
    "exige exigen hay ha han hace hacen debería deberían parece queda quedan use usen usa usan "
    "compra compran muestra muestran",
    "ru": "является являются должен должна должны может могут нужно надо требует требуют "
    "остаётся остается остаются позволяет позволяют есть был была были",
    "ar": "يجب ينبغي يمكن تحتاج يحتاج تتطلب يتطلب تبقى يبقى تظل يظل أكد أكدت دعا دعت شدد "
    "يعد تعد كان كانت ليس ليست",
    "zh": "推动 促进 加强 提高 支持 确保 实现 需要 提供 发挥 强调 指出 认为 表示 应该 必须 可以",
}
#: English -ing words that are nouns in a heading ("funding", "training"), not activities.
_ING_NOUNS = set(
    [
        "funding",
        "training",
        "computing",
        "building",
        "financing",
        "networking",
        "hosting",
        "licensing",
        "reporting",
        "learning",
        "policing",
        "roaming",
        "screening",
        "mapping",
        "planning",
        "programming",
        "engineering",
        "processing",
        "fact-checking",
        "phishing",
        "banking",
        "marketing",
        "peering",
        "rulemaking",
        "standard-setting",
        "capacity-building",
        "cyberbullying",
        "grooming",
        "wellbeing",
        "well-being",
        "functioning",
    ]
)
_EN_ADJ_WORDS = set(
    [
        "accessible",
        "available",
        "affordable",
        "digital",
        "global",
        "local",
        "national",
        "regional",
        "international",
        "public",
        "private",
        "open",
        "safe",
        "secure",
        "new",
        "key",
        "main",
        "social",
        "political",
        "economic",
        "human",
        "sustainable",
        "responsible",
        "meaningful",
        "inclusive",
        "resilient",
        "small",
        "large",
        "many",
        "more",
        "other",
        "such",
        "different",
        "important",
        "effective",
        "ethical",
        "legal",
        "technical",
        "cultural",
        "rural",
        "urban",
        "remote",
        "free",
        "fair",
        "equitable",
        "transparent",
        "accountable",
        "multilingual",
        "multistakeholder",
        "young",
        "old",
    ]
)
_EN_AL_NOUNS = set(
    [
        "proposal",
        "capital",
        "portal",
        "signal",
        "journal",
        "material",
        "potential",
        "tribunal",
        "approval",
        "renewal",
        "removal",
        "arrival",
        "referral",
        "trial",
        "rival",
        "individual",
        "professional",
        "official",
        "criminal",
        "terminal",
        "manual",
        "interval",
        "festival",
        "hospital",
        "animal",
        "principal",
        "rental",
        "survival",
        "withdrawal",
        "disposal",
        "credential",
    ]
)
_EN_IVE_NOUNS = set(
    [
        "initiative",
        "objective",
        "perspective",
        "incentive",
        "alternative",
        "representative",
        "collective",
        "archive",
        "directive",
        "narrative",
        "executive",
        "detective",
        "native",
    ]
)
_GENERIC = {
    "en": "countries governments operators people users stakeholders companies states "
    "communities organisations organizations participants actors providers citizens members "
    "experts women men children youth young people civil society platforms businesses",
    "fr": "pays gouvernements opérateurs personnes utilisateurs parties prenantes entreprises "
    "états communautés organisations participants acteurs fournisseurs citoyens experts femmes "
    "jeunes enfants société civile plateformes",
    "es": "países gobiernos operadores personas usuarios partes interesadas empresas estados "
    "comunidades organizaciones participantes actores proveedores ciudadanos expertos mujeres "
    "jóvenes niños sociedad civil plataformas",
    "ru": "страны правительства операторы люди пользователи заинтересованные стороны компании "
    "государства сообщества организации участники провайдеры граждане эксперты женщины "
    "молодёжь молодежь дети гражданское общество платформы",
    "ar": "الدول البلدان الحكومات المشغلين المشغلون الناس المستخدمين المستخدمون أصحاب المصلحة "
    "الشركات المجتمعات المنظمات المشاركين المواطنين الخبراء النساء الشباب الأطفال "
    "المجتمع المدني المنصات",
    "zh": "国家 各国 政府 运营商 人们 用户 利益攸关方 企业 公司 社区 组织 参与者 公民 专家 妇女 "
    "青年 儿童 民间社会 平台",
}
_GENERIC_PHRASES = {
    "en": {"young people", "civil society"},
    "fr": {"parties prenantes", "société civile"},
    "es": {"partes interesadas", "sociedad civil"},
    "ru": {"заинтересованные стороны", "гражданское общество"},
    "ar": {"أصحاب المصلحة", "المجتمع المدني"},
}
#: Endings of a lone adjective (French, Spanish, Russian), and the nouns that merely end so.
_ADJ_END = {
    "fr": ("ique", "ique", "elle", "ale", "aux", "ive", "able", "ible", "euse", "eux"),
    "es": ("ico", "ica", "ivo", "iva", "able", "ible", "oso", "osa", "al", "ales"),
    "ru": ("ый", "ой", "ая", "ые", "ский", "ская", "ское", "ские", "ные", "ное", "ная"),
}
_ADJ_NOUNS = {
    "fr": {"politique", "éthique", "technique", "musique", "république", "clinique", "pratique"},
    "es": {
        "política",
        "ética",
        "técnica",
        "práctica",
        "capital",
        "portal",
        "señal",
        "material",
        "hospital",
        "hospitales",
        "canal",
        "canales",
        "señales",
        "materiales",
    },
    "ru": {"рабочая"},
}
#: French and Spanish infinitives that are nouns ("avenir", "poder").
_INF_NOUNS = {
    "fr": {
        "avenir",
        "pouvoir",
        "dossier",
        "atelier",
        "cahier",
        "fichier",
        "papier",
        "quartier",
        "métier",
        "clavier",
        "premier",
        "loisir",
        "plaisir",
        "savoir",
        "devoir",
        "courrier",
        "cavalier",
        "hiver",
        "fer",
        "mer",
    },
    "es": {
        "lugar",
        "hogar",
        "mar",
        "bienestar",
        "poder",
        "mujer",
        "taller",
        "placer",
        "deber",
        "ser",
        "carácter",
        "porvenir",
        "militar",
        "popular",
        "particular",
        "familiar",
        "nuclear",
        "celular",
        "titular",
        "auxiliar",
        "similar",
        "regular",
        "escolar",
        "solar",
        "par",
        "alquiler",
        "menor",
        "mayor",
    },
}
_RU_VERB_END = (
    "ать",
    "ять",
    "еть",
    "ить",
    "уть",
    "ыть",
    "оть",
    "ться",
    "ется",
    "ются",
    "ится",
    "ятся",
    "ает",
    "яет",
    "ют",
    "ует",
)
_AR_CLITIC_OPEN = ("وال", "ولل", "لل", "بال", "فال", "كال")


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s,;:]+", phrase.casefold().strip(" .")) if w]


def parts(title: str, language: str) -> list[str]:
    """The phrases a title was joined from."""
    sep = _AND.get(language, " and ")
    return [p.strip() for p in title.split(sep) if p.strip()] or [title]


def _function(language: str) -> set[str]:
    return set(_FUNCTION.get(language, "").split())


#: Words of a person speaking for themselves: a title in the first person quotes a speaker
#: ("Soy de Huanta", "Our digital lives"), it names no topic.
_SPEAKER = {
    "en": "i we our my",
    "fr": "je nous notre nos mon mes",
    "es": "yo soy somos mi mis nuestro nuestra nuestros nuestras nosotros nosotras",
    "ru": "я мы наш наша наши мой моя",
    "ar": "أنا نحن",
}


def _speaker(phrase: str, language: str) -> str:
    """The first-person word of a phrase ("我们" anywhere in Chinese), or ""."""
    if language == "zh":
        return "我" if "我" in phrase else ""
    return next((w for w in _words(phrase) if w in _SPEAKER.get(language, "").split()), "")


def _verbs(language: str) -> set[str]:
    return set(_VERBS.get(language, "").split())


def _generic(phrase: str, language: str) -> bool:
    low = phrase.casefold().strip()
    if low in _GENERIC_PHRASES.get(language, set()):
        return True
    return low in set(_GENERIC.get(language, "").split())


def _english(words: list[str]) -> str:
    last, first = words[-1], words[0]
    if first.endswith("ing") and first not in _ING_NOUNS and len(words) > 1:
        return f"activity ({first})"
    if last in _EN_ADJ_WORDS:
        return f"ends in an adjective ({last})"
    if last.endswith(("able", "ible", "ous", "ful", "less")):
        return f"ends in an adjective ({last})"
    if last.endswith("al") and last not in _EN_AL_NOUNS and len(last) > 4:
        return f"ends in an adjective ({last})"
    if last.endswith("ive") and last not in _EN_IVE_NOUNS:
        return f"ends in an adjective ({last})"
    return ""


def _romance(words: list[str], language: str) -> str:
    first = words[0]
    endings = ("er", "ir") if language == "fr" else ("ar", "er", "ir")
    if first.endswith(endings) and first not in _INF_NOUNS[language] and len(first) > 4:
        return f"opens with a verb ({first})"
    lone = len(words) == 1 and words[0].endswith(_ADJ_END[language])
    if lone and words[0] not in _ADJ_NOUNS[language]:
        return f"lone adjective ({words[0]})"
    return ""


def _russian(words: list[str]) -> str:
    for w in words:
        if w.endswith(_RU_VERB_END) and len(w) > 4:
            return f"verb ({w})"
    if len(words) == 1 and words[0].endswith(_ADJ_END["ru"]) and words[0] not in _ADJ_NOUNS["ru"]:
        return f"lone adjective ({words[0]})"
    if words[0].endswith(("ого", "его", "ому", "ыми", "ими", "ых", "их", "ческой", "ов")):
        return f"opens in an oblique case ({words[0]})"
    last = words[-1]
    if len(words) > 1 and last.endswith(("ной", "ской", "ные", "ский")) and last != "данные":
        return f"ends in an adjective ({last})"
    return ""


def _chinese(phrase: str) -> str:
    for word in _FUNCTION["zh"].split():
        if phrase.endswith(word) or phrase.startswith(word):
            return f"function word ({word})"
    for verb in _verbs("zh"):
        if phrase.endswith(verb) or phrase.startswith(verb):
            return f"verb ({verb})"
    if len(phrase) < 2:
        return "one character"
    return ""


def _arabic(words: list[str]) -> str:
    if words[0].startswith(_AR_CLITIC_OPEN):
        return f"opens with a conjunction or preposition ({words[0]})"
    return ""


def _list(text: str) -> list[str]:
    return text.split()


#: Endings of an abstract noun, which names a subject or issue on its own ("Encryption",
#: "Connectivité", "Ciberseguridad", "Безопасность"), per language.
_ABSTRACT_END = {
    "en": _list(
        "tion sion ity ism ment ness ance ence acy cy ship age ing ure ics ogy hood dom ware ery"
    ),
    "fr": _list("tion sion té isme ment ance ence age ure ie ique ogie"),
    "es": _list("ción sión dad ismo miento ncia cia ía ura aje ica ogía"),
    "ru": _list("ость ние ство ция изм ика ура"),
}
#: One-word policy subjects that end otherwise ("Cybercrime", "Données", "Salud").
_ONE_WORD_SUBJECTS = {
    "en": set(
        _list(
            "cybercrime deepfakes spam broadband health education energy agriculture trade data "
            "spectrum elections media blockchain fintech e-commerce e-waste e-government "
            "telemedicine misinformation disinformation"
        )
    ),
    "fr": set(_list("données commerce spam cybercriminalité hypertrucages médias élections")),
    "es": set(_list("datos comercio salud spam medios elecciones ciberdelito")),
    "ru": set(_list("данные спам сми выборы киберпреступность программы-вымогатели")),
}
#: Words that follow a verb, never the first noun of a heading ("Compran estos minerales",
#: "Achètent ces terminaux"): articles and demonstratives ("des", "du" follow nouns too).
_AFTER_VERB = {
    "fr": set(_list("le la les un une ces cette ce cet leurs leur ses son sa nos notre")),
    "es": set(
        _list(
            "el la los las un una unos unas estos estas este esta esos esas sus su nuestro nuestra"
        )
    ),
}


def _bare_word(title: str, language: str) -> str:
    """A title of one common word that names no policy subject ("Border", "Persona"):
    not an acronym, of no abstract form, not a listed one-word subject."""
    words = title.strip(" .").split()
    if len(words) != 1 or language not in _ABSTRACT_END:
        return ""
    word = words[0]
    if sum(ch.isupper() for ch in word) >= 2 or any(ch.isdigit() for ch in word):
        return ""  # an acronym ("IPv6", "ЕАЭС")
    low = word.casefold()
    if low in _ONE_WORD_SUBJECTS[language]:
        return ""
    stem = low[:-1] if low.endswith("s") and language != "ru" else low
    if stem.endswith(tuple(_ABSTRACT_END[language])):
        return ""
    return f"bare word ({low})"


def problem_of_phrase(phrase: str, language: str) -> str:
    speaker = _speaker(phrase, language)
    if speaker:
        return f"a speaker's words ({speaker})"
    if language == "zh":
        if _generic(phrase, language):
            return f"generic ({phrase})"
        return _chinese(phrase)
    words = _words(phrase)
    if not words:
        return "empty"
    if any(ch.isdigit() for ch in phrase) and len(words) == 1 and phrase.isdigit():
        return "no title"
    if words[-1] in _function(language) or words[0] in _function(language):
        return f"function word ({words[-1] if words[-1] in _function(language) else words[0]})"
    verb = next((w for w in words if w in _verbs(language)), "")
    if verb:
        return f"verb ({verb})"
    if len(words) > 2 and words[1] in _AFTER_VERB.get(language, set()):
        return f"verb ({words[0]})"
    if _generic(phrase, language):
        return f"generic ({phrase.casefold()})"
    if language == "en":
        return _english(words)
    if language in ("fr", "es"):
        return _romance(words, language)
    if language == "ru":
        return _russian(words)
    if language == "ar":
        return _arabic(words)
    return ""


#: The forum's own name in each language: a title names a policy topic, not the event.
_EVENT = re.compile(
    r"\b(igf|fgi|nri|nris)\b|internet governance forum|forum sur la gouvernance|"
    r"foro de gobernanza|форум|фуи|论坛|منتدى",
    re.IGNORECASE,
)


#: The words of the event's and the document's own making: what a session or the draft
#: itself is, not what it is about.
_DOCUMENT = re.compile(
    r"\b(key )?(messages?|takeaways?|reports?|outcomes?|sessions?)\b|"
    r"\bmessages clés\b|points à retenir|\brapports?\b|\bséances?\b|\brésultats\b|"
    r"\bmensajes?\b|\bconclusiones\b|\binformes?\b|\bresultados\b|\bsesi(ón|ones)\b|"
    r"послани|\bвыводы\b|\bитоги\b|\bсесси[яи]\b|"
    r"关键信息|要点|成果|报告|会议|"
    r"رسائل|تقرير|النتائج|جلسة|جلسات",
    re.IGNORECASE,
)


def problem(title: str, language: str) -> str:
    """The first fault that keeps a title from reading as a policy topic, or ""."""
    if not title.strip() or title.strip().isdigit():
        return "no title"
    event = _EVENT.search(title)
    if event:
        return f"the event's name ({event.group(0)})"
    document = _DOCUMENT.search(title)
    if document:
        return f"a word of the document ({document.group(0)})"
    bare = _bare_word(title, language)
    if bare:
        return bare
    phrases = parts(title, language)
    for n, phrase in enumerate(phrases):
        found = problem_of_phrase(phrase, language)
        if found.startswith("lone adjective") and (
            (n > 0 and _coordinated(phrases[n - 1], phrase))
            or (n + 1 < len(phrases) and _opens_with_adjective(phrases[n + 1], language))
        ):
            continue  # "Iniciativas nacionales y regionales", "Малый и средний бизнес"
        if found:
            return found
    return ""


def _opens_with_adjective(after: str, language: str) -> bool:
    words = after.casefold().split()
    return len(words) > 1 and words[0].endswith((*_ADJ_END.get(language, ()), "ий"))


def _coordinated(before: str, adjective: str) -> bool:
    words = before.casefold().split()
    return len(words) > 1 and words[-1][-3:] == adjective.casefold()[-3:]


_TOKEN = re.compile(r"[^\W\d_]+")


def _stems(title: str, language: str) -> set[str]:
    """Content words of a title, cut to a stem of five letters (four in Arabic, without the
    article); in Chinese, every two-character sequence."""
    low = title.casefold()
    if language == "zh":
        han = "".join(ch for ch in low if "\u4e00" <= ch <= "\u9fff")
        return {han[i : i + 2] for i in range(len(han) - 1)} - {"数字", "互联"}
    out = set()
    for word in _TOKEN.findall(low):
        if language == "ar":
            word = re.sub(r"^(?:[وفبكل]?ال|لل)", "", word)
            if len(word) >= 3:
                out.add(word[:4])
        elif len(word) >= 4 and word not in _function(language):
            out.add(word[:5])
    return out - {"digit", "numér", "цифр", "цифро", "رقمي"}


def shares_word(title: str, heading: str, language: str) -> bool:
    """Whether our title and the editor's heading share a content word ("digital" aside)."""
    return bool(_stems(title, language) & _stems(heading, language))
