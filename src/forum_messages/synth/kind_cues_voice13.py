"""The frames the readable report files keep in their message texts, read for the text
(docs/quality.md, "Statement kinds: a sixty-second round, the frames the readable files
keep"); only the text changes, never a statement's kind or the point it is read and grouped by:

- a speaker's opening sentence in a transcript (``OPENERS``), left out before the point as the
  courtesies are (``kind_cues_voice8.without_courtesies``): a filler or an apology for the
  microphone ("Sorry, is my microphone on?", "Эээ… да, извините, микрофон.", "嗯……不好意思，
  麦克风。"), a request to speak cut short ("Pardon, je peux juste… — Oui, allez-y,
  rapidement."), the speaker's self-introduction ("I represent the herders' association of
  the eastern steppe.", "Я представляю центр ...", "أمثّل جمعية ..."), a rapporteur's "What we
  heard..." on its own;
- a spoken frame before the point (``SPOKEN``): "I just want to add that X", "Я хотела
  сказать, что X", "أريد فقط أن أضيف أن X", "Je voudrais rebondir : X", "What we heard: X",
  "So what we heard, and this is my summary, is that X", "Если коротко, X", "باختصار: X" -> X
  (read again: it may hold a frame of its own); read before the older rules, whose frames
  would otherwise take a part of it;
- a body named with words after it calling on a party (``NAMED_BODY``): "The national lake
  forum of Malawi calls on X to Y", "El foro nacional ribereño pide a X que Y", "Le forum
  national malgache appelle X à Y" read as the body's call the older rules read ("X should
  Y"); in Arabic "يدعو المنتدى الوطني اللبناني X إلى <مصدر>" and "دعا المشاركون X إلى <مصدر>"
  -> "على X <مصدر>", the party kept as written (its accusative and the genitive after "على"
  are written alike, a word in "اً" refused);
- an Arabic proposal on a verbal noun (``AR_PROPOSAL``): "اقترح المشاركون تخصيص X" ->
  "ينبغي تخصيص X", read as the recommendation "أوصى المشاركون بتخصيص X" the older rules read;
  a noun that is no verbal noun ("آلية", "برامج") stays.

Precision first: what the patterns cannot read gives None and the sentence stays as written;
an opening sentence is left out only when a sentence follows it and it carries no clause of
its own ("I represent a district where no clinic has opened" stays).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import kind_cues_voice2 as voice2
from forum_messages.synth import kind_cues_voice11 as voice11

#: a speaker's opening sentence left out before the point (off: as before)
OPENERS = True
#: a spoken frame before the point (off: as before)
SPOKEN = True
#: a body named with words after it calling on a party (off: as before)
NAMED_BODY = True
#: an Arabic proposal on a verbal noun (off: as before)
AR_PROPOSAL = True
#: an Arabic group's report frame before a clause on an indefinite noun (off: as before)
AR_INDEFINITE = True
#: an Arabic group agreeing on a necessity (off: as before)
AR_NEED = True
#: ``AR_NEED``'s second "وعلى أن" read only before a verb in the imperfect (the sixty-third
#: round; off: as before, "وينبغي أن المحطات ...")
SECOND_VERB = True
#: the settings above by name
SETTINGS = (
    "OPENERS",
    "SPOKEN",
    "NAMED_BODY",
    "AR_PROPOSAL",
    "AR_INDEFINITE",
    "AR_NEED",
    "SECOND_VERB",
)

_I = re.IGNORECASE

#: a sentence's message text as the kinds step gives it (``kinds.voiced``)
Reread = Callable[[str], str]

_at = voice11._at
_size = voice11._size
_cap = voice11._cap


# ------------------------------------------------------------------ a speaker's opening sentence

#: one part of an opening sentence (the parts joined by a dash): a filler or an apology for the
#: microphone, a request to speak cut short, the chair's "yes, go ahead", the speaker's
#: self-introduction (no clause of its own), a rapporteur's "What we heard..." alone
_OPENER: dict[str, str] = {
    "en": (
        r"(?:(?:um+|uh+|er+|erm)\W*\s*)?(?:(?:yes|ok|okay|right),?\s*)?(?:(?:sorry|apologies|"
        r"excuse me),?\s*)?(?:(?:is )?(?:my |the )?(?:microphone|mic)(?: is)?(?: on| working)?"
        r"|(?:can|may) i (?:just|quickly)…?|one moment)"
        r"|(?:hi|hello),? everyone|(?:sorry|apologies|excuse me),? (?:can|could|do) you hear me"
        r"(?: now)?|yes,? thank you(?: (?:chair|madam chair|mr\.? chair))?"
        r"|(?:yes,? )?(?:go ahead|please go ahead)(?:,? (?:briefly|quickly))?"
        r"|i(?: am|'m|’m)? (?:represent|representing|from) (?:the |a |an |our )?[^,;:]{3,80}?"
        r"|(?:so,? )?what we heard(?: (?:today|here))?…?"
    ),
    "es": (
        r"(?:(?:eh+|em+|este)\W*\s*)?(?:(?:sí|bueno|vale),?\s*)?(?:(?:perdón|disculpen?),?\s*)?"
        r"(?:(?:el|mi) micr(?:ófono|o)(?: está (?:encendido|abierto))?|(?:puedo|me permite) "
        r"(?:solo|rápidamente)?…?)"
        r"|(?:sí,? )?adelante(?:,? (?:brevemente|rápido))?|sí,? gracias"
        r"|(?:perdón|disculpen?),? ¿?(?:se me escucha|me escuchan|me oyen)\??"
        r"|represento a (?:la |el |los |las |una |un |nuestra |nuestro )?[^,;:]{3,80}?"
        r"|(?:entonces,? )?lo que escuchamos…?"
    ),
    "fr": (
        r"(?:(?:euh+|heu+|bon)\W*\s*)?(?:(?:oui|bon|alors),?\s*)?(?:(?:pardon|excusez-moi|"
        r"désolée?),?\s*)?(?:(?:le|mon) micro(?:phone)?(?: est (?:allumé|ouvert))?|je peux "
        r"(?:juste|rapidement)…?|puis-je (?:juste)?…?)"
        r"|(?:oui,? )?(?:allez-y|je vous en prie)(?:,? (?:brièvement|rapidement))?"
        r"|(?:oui|bien),? merci|(?:pardon|excusez-moi),? vous m['’]entendez"
        r"|je représente (?:l['’]|la |le |les |une |un |notre )?[^,;:]{3,80}?"
        r"|(?:donc,? )?ce que nous avons entendu…?"
    ),
    "ru": (
        r"(?:(?:э+|э-э|ну|м-м)\W*\s*)?(?:(?:да|так),?\s*)?(?:(?:извините|простите),?\s*)?"
        r"(?:(?:мой |мой )?микрофон(?: включён| работает)?|можно (?:я )?(?:коротко|быстро)?…?)"
        r"|(?:да,? )?(?:пожалуйста|прошу)(?:,? (?:коротко|кратко))?|да,? спасибо"
        r"|(?:извините|простите),? (?:меня )?слышно"
        r"|я представляю [^,;:]{3,80}?"
        r"|(?:итак,? )?что мы услышали(?:\.\.\.|…)?"
    ),
    "zh": (
        r"(?:(?:嗯|呃|那个)+(?:……|…|，)?)?(?:(?:不好意思|抱歉|对不起)[，,]?)?(?:我的)?(?:麦克风|话筒)"
        r"(?:开了吗|好了吗)?"
        r"|(?:好的?[，,]?)?请(?:讲|说)(?:[，,]?(?:简短|简要)(?:一些|一点)?)?|好的?[，,]?谢谢"
        r"|我代表[^，,；;：:]{2,30}"
        r"|(?:所以[，,]?)?我们听到的(?:是)?(?:……|…)?"
    ),
    "ar": (
        r"(?:(?:آ+|ا+ه|اه+|ام+)\W*\s*)?(?:(?:نعم|حسنا)،?\s*)?(?:(?:عذرا|آسف|آسفة)،?\s*)?"
        r"(?:الميكروفون|المايكروفون|الميكرفون)(?: يعمل)?"
        r"|(?:نعم،?\s*)?(?:تفضل|تفضلي)(?:،?\s*باختصار)?|نعم،?\s*شكرا"
        r"|شكرا(?:\s+جزيلا)?،?\s+(?:سيدتي|سيدي)\s+(?:الرئيسة|الرئيس|المديرة|المدير|المنسقة|المنسق)"
        r"|(?:أنا\s+)?(?:أمثل|امثل)\s+[^،:؛]{3,80}?"
        r"|(?:إذن،?\s*)?ما سمعناه(?:\.\.\.|…)?"
    ),
}
#: a clause inside a self-introduction: it carries a point of its own and stays
_CLAUSE = {
    "en": r"\b(?:where|which|who|whose|that|and|but|because)\b",
    "es": r"\b(?:donde|que|quien|cuyo|cuya|y|pero|porque)\b",
    "fr": r"\b(?:où|qui|que|qu['’]|dont|et|mais|car|parce)\b",
    "ru": r"(?:\b(?:где|который|которая|которое|которые|которых|и|но|потому)\b|,)",
    "zh": r"(?:的这个|那里|哪里|而且|但是|因为|，)",
    "ar": r"(?:\s(?:التي|الذي|اللذين|اللتين|الذين|حيث|لكن|لأن)\s|،)",
}


@cache
def _opener(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{_OPENER[lang]})\s*(?:[.!?。！？…]|\.\.\.)*$", _I)


def opener(sentence: str, lang: str) -> bool:
    """Whether a sentence only opens a speaker's turn (``OPENERS``): each of its parts (split
    at a dash) a filler, an apology for the microphone, a request to speak cut short, the
    chair's "go ahead", the speaker's self-introduction with no clause of its own or a
    rapporteur's "What we heard..." alone."""
    if not OPENERS or lang not in _OPENER:
        return False
    text = sentence.strip().strip("—–- ").strip().lstrip("….。 ")
    if lang == "ar":
        text = arabic_plain(text)
    parts = [p.strip(" ,，،") for p in re.split(r"\s+[—–]\s+|\s*——\s*", text) if p.strip()]
    if not parts:
        return False
    pattern = _opener(lang)
    for part in parts:
        if not pattern.match(part):
            return False
        intro = re.match(
            r"^(?:i(?: am|'m|’m)? |represento|je représente|я представляю|我代表|"
            r"(?:أنا\s+)?أمثل)",
            part,
            _I,
        )
        if intro and re.search(_CLAUSE[lang], part[intro.end() :], _I):
            return False
    return True


# ------------------------------------------------------------------ a spoken frame

_SPOKEN: dict[str, list[str]] = {
    "en": [
        r"^(?:(?:so|and|well),? )?i (?:just |only )?(?:want(?:ed)?|would|'d)(?: just| only)?"
        r"(?: like)? to "
        r"(?:add|say|stress|point out)(?:,? (?:very )?(?:briefly|quickly),?)? that ",
        r"^(?:let me (?:just )?add|just to add(?: to what [^,—:]{2,40} said)?)"
        r"(?: that |\s*[—:]\s*)",
        r"^(?:(?:so|and),? )?what we heard(?: (?:today|here|from [^,:]{2,40}))?"
        r"(?:,? (?:and )?[^,:]{2,80},)? (?:is|was) that ",
        r"^(?:(?:so|and),? )?what we heard(?: (?:today|here))?\s*(?::|—)\s*",
        r"^(?:in short|briefly|in a word)\s*:\s*",
        r"^so\s*:\s*",
    ],
    "es": [
        r"^(?:(?:entonces|bueno|y),? )?(?:solo |solamente )?(?:quiero|quería|quisiera|me "
        r"gustaría) (?:solo |solamente )?(?:añadir|agregar|decir|subrayar)(?:,? (?:muy )?"
        r"(?:brevemente|rápidamente),?)? que ",
        r"^(?:(?:entonces|y),? )?lo que escuchamos(?: (?:hoy|aquí|de [^,:]{2,40}))?"
        r"(?:,? (?:y )?[^,:]{2,80},)? (?:es|fue) que ",
        r"^(?:(?:entonces|y),? )?lo que escuchamos(?: (?:hoy|aquí))?\s*(?::|—)\s*",
        r"^(?:en resumen|en pocas palabras|brevemente)\s*:\s*",
    ],
    "fr": [
        r"^(?:(?:donc|alors|et),? )?je (?:voudrais|voulais|souhaiterais|veux) (?:juste |"
        r"simplement |seulement )?(?:ajouter|dire|souligner|rappeler)(?:,? (?:très )?"
        r"(?:brièvement|rapidement),?)? qu(?:e |['’])",
        r"^(?:(?:donc|alors),? )?je (?:voudrais|voulais|veux) (?:juste )?rebondir"
        r"(?: sur [^:]{2,60})?\s*:\s*",
        r"^(?:(?:donc|alors|et),? )?ce que nous avons entendu(?: (?:aujourd['’]hui|ici|de "
        r"[^,:]{2,40}))?(?:,? (?:et )?[^,:]{2,80},)? (?:c['’]est|c['’]était|est|était) "
        r"qu(?:e |['’])",
        r"^(?:(?:donc|alors|et),? )?ce que nous avons entendu(?: (?:aujourd['’]hui|ici))?"
        r"\s*(?::|—)\s*",
        r"^(?:en bref|bref|en résumé)\s*:\s*",
    ],
    "ru": [
        r"^(?:(?:итак|так вот|и),? )?я (?:только |просто )?(?:хотел(?:а)?|хочу) (?:бы )?"
        r"(?:только |просто )?(?:добавить|сказать|подчеркнуть|напомнить)(?:,? (?:очень )?"
        r"(?:коротко|кратко),?)?,? что ",
        r"^(?:(?:итак|так вот|и),? )?что мы услышали(?: (?:сегодня|здесь))?"
        r"(?:,? (?:и )?[^,:]{2,80})?\s*(?::|—)\s*",
        r"^(?:если коротко|короче говоря|вкратце)\s*[,:]\s*",
        r"^так вот\s*:\s*",
    ],
    "zh": [
        r"^(?:所以|那么|好的?)?[，,]?我(?:只|就)?(?:想|要)(?:再)?(?:补充|强调|说)(?:一点|一下|一句|的是)?"
        r"(?:[，,：:]|就是)",
        r"^(?:所以|那么)?[，,]?我们听到的(?:[，,](?:这|这是)[^，,：:]{2,20}[，,])?(?:是|就是)[，,：:]?",
        r"^(?:简单来说|简而言之|总之)[，,：:]",
    ],
    "ar": [
        r"^(?:و)?(?:أريد|أود|أردت|اريد|اود)\s+(?:فقط\s+)?(?:أن\s+)?(?:أضيف|أقول|أؤكد|أشير إلى)"
        r"\s+(?:فقط\s+)?(?:أن|إن)\s+",
        r"^(?:إذن،?\s*)?ما سمعناه(?:\s+(?:اليوم|هنا))?(?:،\s*[^،:]{2,80}،)?\s*(?::|—|هو أن\s)\s*",
        r"^(?:باختصار|بإيجاز)\s*[:،]\s*",
    ],
}


@cache
def _spoken(lang: str) -> list[re.Pattern[str]]:
    return [re.compile(p, _I) for p in _SPOKEN.get(lang, [])]


def spoken(sentence: str, lang: str, reread: Reread) -> str | None:
    """The point after a spoken frame (``SPOKEN``), read again, or None. An Arabic point after
    "أن" is taken only where it stands without it (``kind_cues_voice2.ar_point``)."""
    if not SPOKEN or lang not in _SPOKEN:
        return None
    plain = arabic_plain(sentence) if lang == "ar" else sentence
    for pattern in _spoken(lang):
        m = pattern.match(plain)
        if not m:
            continue
        rest = sentence[_at(sentence, m.end()) if lang == "ar" else m.end() :]
        if _size(rest, lang) < 4:
            return None
        if lang == "ar" and re.search(r"(?:أن|إن)\s*$", arabic_plain(m.group(0))):
            stands = voice2.ar_point(m.group(0), rest)
            if not stands:
                return None
            rest = stands
        rest = _cap(rest, lang)
        return reread(rest) or rest
    return None


# ------------------------------------------------------------------ a body named, its call

_BODY = {
    "en": r"(?:forum|network|coalition|alliance|initiative|committee|council|platform|"
    r"association|federation|union)",
    "es": r"(?:foro|red|coalición|alianza|iniciativa|comité|consejo|plataforma|asociación|"
    r"federación)",
    "fr": r"(?:forum|réseau|coalition|alliance|initiative|comité|conseil|plateforme|association|"
    r"fédération)",
}
#: the body named with words after it (an adjective, a place), then its call; the canonical
#: call the older rules read ("Participants called on", "El foro pide a", "Le forum appelle")
_NAMED: dict[str, tuple[str, str]] = {
    "en": (
        rf"^(?:the|our) (?:[a-z][\w-]* ){{0,3}}{_BODY['en']}(?: (?:of|in|for) (?:the )?"
        r"[\w' -]{2,40}?)? (?P<verb>calls on|calls upon|urges|called on|called upon|urged) ",
        "Participants called on ",
    ),
    "es": (
        rf"^(?:el|la|nuestro|nuestra) {_BODY['es']}(?: [a-záéíóúñ]+){{1,3}}?"
        r"(?: de [A-ZÁÉÍÓÚÑ][\w-]+)? (?P<verb>pide a|pidió a|exhorta a|exhortó a|insta a|instó a) ",
        "El foro {verb} ",
    ),
    "fr": (
        rf"^(?:le|la|l['’]|notre) ?{_BODY['fr']}(?: [a-zàâçéèêëîïôûùüÿœ-]+){{1,3}}?"
        r"(?: (?:de|du|d['’]) ?[A-ZÀ-Þ][\w-]+)? "
        r"(?P<verb>appelle|a appelé|exhorte|invite|demande à) ",
        "Le forum {verb} ",
    ),
}


@cache
def _named(lang: str) -> tuple[re.Pattern[str], str]:
    pattern, head = _NAMED[lang]
    return re.compile(pattern, _I), head


#: an Arabic body or group calling on a party: "يدعو المنتدى الوطني اللبناني X إلى Y",
#: "دعا المشاركون X إلى Y"
_AR_CALL = re.compile(
    r"^(?:و)?(?:يدعو|دعا|تدعو|دعت|دعوا)\s+(?:(?:المنتدى|التحالف|الائتلاف)(?P<adj>(?:\s+ال\S+ي(?!\S))*+)|"
    r"الشبكة(?P<adjf>(?:\s+ال\S+ية(?!\S))*+)|المشاركون|المشاركات|المتحدثون|المتحدثات|الحاضرون|"
    r"المتدخلون)(?:\s+(?P<party>(?:\S+\s+){0,5}?\S+))?\s+إلى\s+(?P<rest>\S.*)$"
)
#: a verbal noun at the head of what is asked or proposed (the forms of the derived verbs:
#: تفعيل, إفعال, افتعال, استفعال, تفاعل, تفعّل), or "أن" before a verb
_AR_MASDAR = re.compile(
    r"^(?:ال)?(?:ت\S\S?ي\S|ت\S\S?ي\S\S|إ\S\Sا\S|إ\S\Sا\S\S|ا\Sت\Sا\S|است\S\S?ا\S|ت\Sا\S\S)"
    r"(?:\s|$)|^أن\s"
)


#: a Chinese body named with words before it calling on a party, the party up to the word that
#: opens what it is asked to do ("马拉维国家湖区论坛呼吁渡轮运营方在每个码头张贴时刻表")
_ZH_CALL = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:论坛|网络|联盟|协会|委员会)(?:呼吁|敦促|要求)"
    rf"(?P<party>[\u4e00-\u9fff]{{2,10}}?)(?P<rest>{voice2._ZH_NEXT}.+)$"
)
#: a verbal noun of three letters after a call's "إلى" ("نشر", "دعم", "وضع")
_AR_SHORT = re.compile(r"^(?:ال)?\S{3}(?:\s|$)")


def named_body(sentence: str, lang: str, reread: Reread) -> str | None:
    """A body named with words after it calling on a party, read as the body's call the older
    rules read (``NAMED_BODY``); Arabic: "على X Y". None when the reading keeps a frame."""
    if not NAMED_BODY:
        return None
    if lang == "ar":
        plain = arabic_plain(sentence)
        m = _AR_CALL.match(plain)
        if not m or not (_AR_MASDAR.match(m.group("rest")) or _AR_SHORT.match(m.group("rest"))):
            return None
        if not m.group("party"):
            # "يدعو المنتدى الوطني إلى إنشاء X": no party named (with no adjective, the older
            # rules read it)
            if not (m.group("adj") or m.group("adjf")):
                return None
            return f"ينبغي {sentence[_at(sentence, m.start('rest')) :].strip()}"
        party = m.group("party")
        if re.search(r"(?:^|\s)(?:أن|إلى|على|من|في|التي|الذي)(?:\s|$)|،", party) or re.search(
            r"ا(?:\s|$)", party + " "
        ):
            return None  # a clause or a word in "ا" (an accusative that shows) in the party
        if _size(m.group("rest"), lang) < 3:
            return None
        party_text = sentence[_at(sentence, m.start("party")) : _at(sentence, m.end("party"))]
        return f"على {party_text.strip()} {sentence[_at(sentence, m.start('rest')) :].strip()}"
    if lang == "zh":
        m = _ZH_CALL.match(sentence)
        if not m or len(m.group("rest")) < 6:
            return None
        return f"{m.group('party')}应{m.group('rest')}"
    if lang not in _NAMED:
        return None
    pattern, head = _named(lang)
    m = pattern.match(sentence)
    if not m or _size(sentence[m.end() :], lang) < 4:
        return None
    asked = head.format(verb=m.group("verb")) + sentence[m.end() :]
    out = reread(asked)
    if not out or out.strip() == asked.strip() or out.casefold().startswith(head[:6].casefold()):
        return None
    return out


# ------------------------------------------------------------------ an Arabic proposal

_AR_PROPOSE = re.compile(
    r"^(?:و)?(?:اقترح|اقترحت|اقترحوا|يقترح)\s+(?:المشاركون|المشاركات|المتحدثون|المتحدثات|"
    r"الحاضرون|المتدخلون|المتدخلات|الخبراء)\s+"
)


def ar_proposal(sentence: str, lang: str, reread: Reread) -> str | None:
    """ "اقترح المشاركون تخصيص X" read as "أوصى المشاركون بتخصيص X" (``AR_PROPOSAL``), taken
    when the reading takes the frame off; a noun that is no verbal noun stays."""
    if not AR_PROPOSAL or lang != "ar":
        return None
    m = _AR_PROPOSE.match(arabic_plain(sentence))
    if not m:
        return None
    rest = sentence[_at(sentence, m.end()) :]
    if _size(rest, lang) < 3 or not _AR_MASDAR.match(arabic_plain(rest)) or rest.startswith("أن"):
        return None
    asked = "أوصى المشاركون ب" + rest
    out = reread(asked)
    if not out or out.strip() == asked.strip() or arabic_plain(out).startswith("أوصى"):
        return None
    return out


# ------------------------------------------------------------------ an Arabic indefinite subject

#: a group's report frame ending in "أنّ": the group plural or "بعض / عدد من" a plural
_AR_REPORT = re.compile(
    r"^(?:و)?(?:أوضح|أوضحت|أكد|أكدت|أشار|أشارت|لفت|لفتت|خلص|خلصت|رأى|رأت|يرى|ترى|بين|بينت|"
    r"لاحظ|لاحظت|حذر|حذرت|نبه|نبهت)\s+(?:(?:بعض|عدد من|كثير من|معظم)\s+)?"
    r"(?:ال\S+(?:ون|ين|ات))(?:\s+ال\S+(?:ون|ين|ات))?\s+(?:(?:إلى|من)\s+)?أن\s+"
)
#: words that open no nominal clause of their own after "أنّ"
_AR_NOT_NOUN = voice2._set("""لا لم لن قد ما ليس ليست كان كانت هو هي هم هن إن أن""")


def _indefinite(words: list[str]) -> bool:
    """Whether a clause after "أنّ" opens on an indefinite noun whose case does not show
    ("مركز بيانات", "تجارب دول", "صاحبة مشروع", "مواد فضفاضة"): two words or more, the first
    no article, no particle, no ending of an accusative or a sound plural ("ا", "ين", "ون",
    "ان"), nor the second "ا"."""
    if len(words) < 3 or words[0].startswith("ال") or words[0] in _AR_NOT_NOUN:
        return False
    if words[0].endswith(("ا", "ين", "ون", "ان", "ى")) or words[1].endswith("ا"):
        return False
    return not words[0].startswith(("ب", "ل", "ك", "و", "ف")) or len(words[0]) > 4


def _clause_stands(words: list[str]) -> bool:
    return voice2._ar_stands(words) or (AR_INDEFINITE and _indefinite(words))


def ar_indefinite(sentence: str, lang: str) -> str | None:
    """An Arabic group's report frame before a clause the older reading refused because it
    opens on an indefinite noun (``AR_INDEFINITE``): "أوضح المتحدثون أن مركز بيانات ... قد
    يستهلك X" -> "مركز بيانات ... قد يستهلك X"; a second clause ("، وأن ...", a participle's
    "، مشيرين إلى أن ...") kept as "، و..." where its subject stands, else None."""
    if not AR_INDEFINITE or lang != "ar":
        return None
    plain = arabic_plain(sentence)
    m = _AR_REPORT.match(plain)
    if not m:
        return None
    rest = voice2._ar_participles(sentence[_at(sentence, m.end()) :])
    words = arabic_plain(rest).split()
    if not _clause_stands(words) or (voice2._ar_stands(words) and "،" not in rest):
        return None  # the older reading took (or refused) it for another reason
    out = rest
    for a in reversed(list(voice2._AR_AND_THAT.finditer(rest))):
        after = arabic_plain(rest[a.end() :]).split()
        if not _clause_stands(after):
            return None
        out = out[: a.start(1)] + out[a.end() :]
    if re.search(r"(?:^|\s)(?:ف|و)?(?:ب|إلى |من )أن\s|مشير|لافت", arabic_plain(out)):
        return None
    return out if _size(out, lang) >= 4 else None


# ------------------------------------------------------------------ an Arabic necessity

#: a group agreeing on, stressing or calling for a necessity: "أجمع المتحدثون على ضرورة"
_AR_NEED = re.compile(
    r"^(?:و)?(?:أجمع|أجمعت|اتفق|اتفقت|شدد|شددت|أكد|أكدت)\s+(?:(?:معظم|جميع|عدد من|بعض)\s+)?"
    r"ال\S+(?:ون|ين|ات)(?:\s+ال\S+(?:ون|ين|ات))?\s+على\s+ضرورة\s+"
)
#: a second clause of the agreement: "، وعلى أن <verb>", "، وعلى ضرورة <noun>"
_AR_NEED_MORE = re.compile(r"،\s*و\s?على\s+(?:(أن)|ضرورة)\s+")


def ar_need(sentence: str, lang: str) -> str | None:
    """ "أجمع المتحدثون على ضرورة X، وعلى أن Y" -> "لا بد من X، وينبغي أن Y" (``AR_NEED``): the
    noun after "ضرورة" and after "من" are both in the genitive; a "وعلى أن" before no verb in
    the imperfect (a clause of report: "وعلى أن المحطات بلا إنارة") or any other "على" left in
    a second clause gives None."""
    if not AR_NEED or lang != "ar":
        return None
    m = _AR_NEED.match(arabic_plain(sentence))
    if not m:
        return None
    rest = sentence[_at(sentence, m.end()) :]
    if _size(rest, lang) < 2:
        return None
    plain = arabic_plain(rest)
    out, last = [], 0
    for a in _AR_NEED_MORE.finditer(plain):
        after = plain[a.end() :].split()
        if a.group(1) and SECOND_VERB and not (after and voice2.ar_imperfect(after[0])):
            return None
        out.append(rest[last : _at(rest, a.start())])
        out.append("، وينبغي أن " if a.group(1) else "، ولا بد من ")
        last = _at(rest, a.end())
    out.append(rest[last:])
    point = "لا بد من " + "".join(out)
    if re.search(r"(?:^|\s)و?على\s+(?:أن|ضرورة)\s", arabic_plain(point)):
        return None
    return point


def read_first(sentence: str, lang: str, reread: Reread) -> str | None:
    """A spoken frame, or an Arabic body's call whose body has an adjective (which the older
    call rule would take for the party: "يدعو المنتدى الوطني X إلى" -> "يجب على الوطني X"),
    read before the older rules, or None."""
    found = spoken(sentence, lang, reread)
    if found or lang != "ar" or not NAMED_BODY:
        return found
    m = _AR_CALL.match(arabic_plain(sentence))
    if m and (m.group("adj") or m.group("adjf")):
        # read here, or kept as written when its call does not stand (never the older cut)
        return named_body(sentence, lang, reread) or sentence
    return None


def read(sentence: str, lang: str, reread: Reread) -> str | None:
    """The first of this round's later shapes that reads the sentence (after the older
    rules), or None."""
    return (
        named_body(sentence, lang, reread)
        or ar_proposal(sentence, lang, reread)
        or ar_indefinite(sentence, lang)
        or ar_need(sentence, lang)
    )
