"""The frames test-colon keeps in its message texts, read for the text (docs/quality.md,
"Statement kinds: a fifty-ninth round, the frames test-colon keeps"); only the text changes,
never a statement's kind or the point it is read and grouped by:

- a frame after the point whose group no list names (``AFTER_GROUP``): "X, the regulators
  present concluded.", "X, was the message from the archivists on the panel.", "X,
  coincidieron artesanas y abogados.", "X, según coincidieron las delegaciones.", "X, ont
  conclu enseignantes et bibliothécaires.", "X, сошлись во мнении учителя и библиотекари.",
  "X，这是与会教师们的共识。", "X، كما أكد المعلمون." -> "X.";
- the forum's own call (``BODY_CALL``): "论坛建议，X" where X holds its verb of obligation
  ("应当") -> X; "يوصي المنتدى بألا X، وبألا Y" -> "ينبغي ألا X، وألا Y" (the verb supplied);
- a note's label or a hedge of the note-taker before a frame (``NOTE_HEDGE``): "Rapporteur's
  note: the main message of the panel, as I understood it, was that X" -> X (the rest read
  again, taken only when it loses a frame);
- the one thing the talk went round (``ROUND_SAME``): "The conversation kept going round the
  same thing, whether ...: X", "La conversación giraba siempre en torno a lo mismo: X" -> X;
- a body putting its point on record (``ON_RECORD``): "We wish to put on record that X",
  "Queremos dejar constancia de que X" -> X, never when X speaks of "we" or "our";
- a group named with where its members come from (``QUALIFIED``, English and French; the other
  four languages' rules read it): "Speakers from two banks and a mobile money provider
  acknowledged that X, and that their compliance teams Y" -> "X, and compliance teams Y" (the
  group's "their" goes with the group; "they" or a French "leur" left in the point keeps the
  sentence as written);
- an impersonal call split by an aside (``ASIDE_IMPERSONAL``, Spanish): "Se recomendó, con el
  acuerdo de la mayoría, que los Estados reconozcan X" -> "Los Estados deberían reconocer X"
  (the older rules read it without the aside; the aside rule refused it, the clause's verb
  changing mood; in English, French and Russian the aside rule reads the same shape, whose
  clause keeps its mood).

Precision first: what the patterns cannot read gives None and the sentence stays as written
(the point must be a clause of four words or more; a group after the point must be a plural
in lower case, never a name; one person after the point stays with their words).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import kind_cues_voice11 as voice11

#: a frame after the point whose group no list names (off: as before)
AFTER_GROUP = True
#: the forum's own call, Chinese and Arabic (off: as before)
BODY_CALL = True
#: a note's label or the note-taker's hedge before a frame (off: as before)
NOTE_HEDGE = True
#: the one thing the talk went round, before a colon (off: as before)
ROUND_SAME = True
#: a body putting its point on record (off: as before)
ON_RECORD = True
#: an impersonal frame split by an aside (off: as before)
ASIDE_IMPERSONAL = True
#: a group named with where its members come from, before its frame (off: as before)
QUALIFIED = True
#: the settings above by name (``bench/voiced_cost.py --colon`` turns them off together)
SETTINGS = (
    "AFTER_GROUP",
    "BODY_CALL",
    "NOTE_HEDGE",
    "ROUND_SAME",
    "ON_RECORD",
    "ASIDE_IMPERSONAL",
    "QUALIFIED",
)

_I = re.IGNORECASE

#: a sentence's message text as the kinds step gives it (``kinds.voiced``)
Reread = Callable[[str], str]


#: the same as ``kind_cues_voice11``'s: where a letter of the sentence without vowel marks
#: stands in it, a text's size in words (Chinese: pairs of characters), a point's capital
_at = voice11._at
_size = voice11._size
_cap = voice11._cap


def _past(frame: re.Pattern[str], sentence: str, lang: str) -> str | None:
    """The sentence past the ``frame`` it opens with (Arabic: matched without vowel marks), or
    None when it does not open with it."""
    m = frame.match(arabic_plain(sentence) if lang == "ar" else sentence)
    if not m:
        return None
    return sentence[_at(sentence, m.end()) if lang == "ar" else m.end() :]


def _reread(rest: str, lang: str, reread: Reread) -> str:
    """The point left past a frame, given its capital and read again."""
    rest = _cap(rest, lang)
    return reread(rest) or rest


# ------------------------------------------------------------------ a group after the point

_EN_PL = r"(?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]*[^su\W]s"
_ES_PL = r"(?:[a-záéíóúñ]+ ){0,1}[a-záéíóúñ]+[aeoáéíóú]s"
_FR_PL = r"(?:[a-zàâçéèêëîïôûùüÿœ-]+ ){0,1}[a-zàâçéèêëîïôûùüÿœ-]+[sx]"
_RU_PL = r"(?:[а-яё]+ ){0,1}[а-яё]+[иыя](?: [а-яё]+){0,2}"

#: the words after the point, to the sentence's end (case kept: a name is never a group)
_AFTER: dict[str, list[str]] = {
    "en": [
        rf", (?:the |most |all |many |several |some )?(?:of the )?{_EN_PL}(?: present| on the "
        rf"panel| in the room| at the session| taking part)?(?: and (?:the )?{_EN_PL})? "
        r"(?:concluded|agreed|said|stressed|insisted|warned|argued|noted|observed|maintained|"
        r"added|acknowledged|pointed out|felt|suggested)\.?$",
        r", (?:was|were) (?:the |their )?(?:(?:main|clear|common|shared|key|central|one) )?"
        r"(?:message|conclusion|view|verdict|advice|plea|call) (?:from|of) (?:the |most |all |"
        r"many |several )?(?:[a-z][a-z-]+ ){0,4}[a-z][a-z-]+\.?$",
    ],
    "es": [
        rf", (?:según )?(?:coincidieron|concluyeron|acordaron|señalaron|advirtieron|"
        rf"insistieron|subrayaron|afirmaron|sostuvieron|remarcaron|admitieron|reconocieron) "
        rf"(?:en ello )?(?:todos |todas |la mayoría de |varios |varias |muchos |muchas )?"
        rf"(?:los |las )?{_ES_PL}(?: (?:y|e) (?:los |las )?{_ES_PL})?(?: presentes| del panel|"
        rf" de la mesa| en la sala)?\.?$",
    ],
    "fr": [
        rf", (?:ont|avaient) (?:conclu|estimé|souligné|affirmé|insisté|rappelé|averti|reconnu|"
        rf"convenu|jugé) (?:la plupart des |tous les |toutes les |les |des |plusieurs |"
        rf"de nombreux |de nombreuses )?{_FR_PL}(?: (?:et|ou) (?:les |des )?{_FR_PL})?"
        rf"(?: présents| présentes| du panel| de la table ronde)?\.?$",
    ],
    "ru": [
        rf", (?:сошлись во мнении|заключили|подчеркнули|отметили|согласились|признали|"
        rf"настаивали|предупредили|констатировали) (?:все |многие |большинство )?{_RU_PL}"
        rf"(?: и {_RU_PL})?\.?$",
    ],
    "zh": [
        r"[，,]这是(?:与会|在场)?的?[\u4e00-\u9fff]{1,8}?(?:们|代表|专家|人士)的?"
        r"(?:一致|普遍|共同)?(?:结论|看法|共识|意见)。?$",
    ],
    "ar": [
        r"،\s*(?:كما|حسبما|على ما)\s+(?:أكد|رأى|خلص إليه|اتفق عليه|أجمع عليه|لاحظ)(?:ت)?\s+"
        r"(?:عدد من\s+|كثير من\s+|معظم\s+|جميع\s+)?(?:ال)?\S+(?:ون|ين|ات)"
        r"(?:\s+(?:و)?(?:ال)?\S+(?:ون|ين|ات)){0,2}\s*\.?$",
    ],
}

#: the end a sentence keeps once the words after its point are taken off
_STOP = {"zh": "。", "ar": "."}


@cache
def _after(lang: str) -> list[re.Pattern[str]]:
    # the Arabic and Chinese patterns may ignore case; a Latin or Cyrillic group must be in
    # lower case (a capital is a name: "X, said Ana and Luis")
    flags = _I if lang in ("ar", "zh") else 0
    return [re.compile(p, flags) for p in _AFTER.get(lang, [])]


#: plurals after a point that are a source, not a group of people ("X, the studies
#: concluded"): the point keeps its source
_NOT_PEOPLE = re.compile(
    r"\b(?:studies|figures|surveys|reports|results|findings|numbers|statistics|papers|"
    r"documents|records|data|estudios|cifras|encuestas|informes|resultados|datos|études|"
    r"chiffres|enquêtes|rapports|résultats|données|исследования|данные|цифры|опросы|доклады|"
    r"результаты|研究|数据|报告|الدراسات|الأرقام|البيانات|التقارير)\b",
    _I,
)


def after_group(sentence: str, lang: str, reread: Reread) -> str | None:
    """The point before a frame whose group no list names, or None (``AFTER_GROUP``)."""
    if not AFTER_GROUP:
        return None
    plain = arabic_plain(sentence) if lang == "ar" else sentence
    for pattern in _after(lang):
        m = pattern.search(plain)
        if not m or _NOT_PEOPLE.search(m.group(0)):
            continue
        cut = _at(sentence, m.start()) if lang == "ar" else m.start()
        point = sentence[:cut].rstrip(" ,،，")
        if _size(point, lang) < 4 or _first_person(point, lang):
            return None  # "We need X, the beekeepers said": "we" is who speaks
        point += _STOP.get(lang, ".")
        return reread(point) or point
    return None


# ------------------------------------------------------------------ the forum's own call

_ZH_BODY = re.compile(r"^(?:本届|这次|本次)?(?:论坛|大会|会议)(?:建议|呼吁|敦促|促请|主张)[，,]")
_ZH_MODAL = re.compile(r"应|必须|需要|要|须")
_AR_BODY = re.compile(
    r"^و?(?:يوصي|توصي|أوصى|أوصت|يطالب|تطالب|طالب|طالبت|يدعو|تدعو|دعا|دعت)\s+(?:ال)?(?:منتدى|"
    r"مؤتمر|مشاركون|مشاركات|متحدثون|متدخلون|ورشة|جلسة|اجتماع)(?:\s+\S+)?\s+بألا\s+"
)


def body_call(sentence: str, lang: str) -> str | None:
    """The forum's call as a call with no one making it: Chinese "论坛建议，X" where X has its
    verb of obligation ("应当"), Arabic "يوصي المنتدى بألا X" -> "ينبغي ألا X" (a second
    "وبألا" -> "وألا"); None for any other sentence (``BODY_CALL``)."""
    if not BODY_CALL:
        return None
    if lang == "zh":
        m = _ZH_BODY.match(sentence)
        rest = sentence[m.end() :] if m else ""
        return rest if m and len(rest) >= 8 and _ZH_MODAL.search(rest) else None
    if lang == "ar":
        past = _past(_AR_BODY, sentence, lang)
        if past is None or len(past.split()) < 3:
            return None
        rest = re.sub(r"(،\s*)وب(أن|ألا)(?=\s)", r"\1و\2", past)
        return "ينبغي ألا " + rest
    return None


# ------------------------------------------------------------------ a note's label, a hedge

_NOTE: dict[str, str] = {
    "en": r"^(?:the )?(?:rapporteur|moderator|note-taker|editor|chair)['’]s notes?: ",
    "es": r"^nota (?:de la relatoría|del relator|de la relatora|del moderador|de la moderadora)"
    r": ",
    "fr": r"^note (?:du rapporteur|de la rapporteuse|du modérateur|de la modératrice) ?: ",
    "ru": r"^(?:примечание|заметка) (?:докладчика|модератора|ведущего|секретаря): ",
    "zh": r"^(?:报告员|主持人|记录员)(?:注|按)[：:]",
    "ar": r"^ملاحظة\s+(?:ال)?(?:مقرر|مقررة|ميسر|ميسرة)\s*:\s*",
}
_HEDGE: dict[str, str] = {
    "en": r", (?:as I understood it|as I heard it|if I understood correctly|as far as I "
    r"could tell|as I read it),",
    "es": r", (?:según (?:lo )?entendí|tal como lo entendí|si entendí bien|a mi entender),",
    "fr": r", (?:si j['’]ai bien compris|tel que je l['’]ai compris|à ce que j['’]ai compris),",
    "ru": r", (?:как я понял|как я поняла|насколько я понял|насколько я поняла),",
    "zh": r"(?:据我理解|在我看来|我理解)[，,]",
    "ar": r"،\s*(?:كما فهمت|على ما فهمت)\s*،",
}


@cache
def _note(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_NOTE[lang], _I), re.compile(_HEDGE[lang], _I)


def note_hedge(sentence: str, lang: str, reread: Reread) -> str | None:
    """The sentence without a note's label at its start or the note-taker's hedge inside its
    frame, read again: taken only when the reading then takes a frame off (``NOTE_HEDGE``)."""
    if not NOTE_HEDGE or lang not in _NOTE:
        return None
    label, hedge = _note(lang)
    past = _past(label, sentence, lang)
    rest = sentence if past is None else past
    plain_rest = arabic_plain(rest) if lang == "ar" else rest
    h = hedge.search(plain_rest)
    if h:
        start = _at(rest, h.start()) if lang == "ar" else h.start()
        end = _at(rest, h.end()) if lang == "ar" else h.end()
        rest = rest[:start] + ("" if lang == "zh" else " ") + rest[end:].lstrip()
    if rest == sentence:
        return None
    rest = _cap(rest, lang)
    conclusion = _conclusion(lang)
    clause = _past(conclusion, rest, lang) if conclusion else None
    if clause is not None:  # "Главный вывод семинара был в том, что X", "كانت الخلاصة ... أن X"
        rest = (voice11._ar_rest(clause) or "") if lang == "ar" else _cap(clause, lang)
        if _size(rest, lang) < 4:
            return None
    out = reread(rest)
    if not out or (clause is None and out.strip() == rest.strip()) or _size(out, lang) < 4:
        return None
    return out


#: the meeting's conclusion named as the frame, in the languages whose older rules lack it
_CONCLUSION: dict[str, str] = {
    "ru": r"^(?:главный|основной|общий|ясный) (?:вывод|итог|посыл|смысл) (?:семинара|сессии|"
    r"дискуссии|обсуждения|панели|встречи) (?:был|состоял|заключался) в том, что ",
    "ar": r"^(?:كانت|كان)\s+(?:ال)?(?:خلاصة|رسالة|نتيجة|استنتاج)(?:\s+\S+){0,3}\s+(?=[أإ]ن\s)"
    r"[أإ]ن\s+",
}


@cache
def _conclusion(lang: str) -> re.Pattern[str] | None:
    return re.compile(_CONCLUSION[lang], _I) if lang in _CONCLUSION else None


# ------------------------------------------------------------------ the one thing gone round

_ROUND: dict[str, str] = {
    "en": r"^(?:the )?(?:conversation|discussion|debate|exchange|panel|session|room) (?:kept "
    r"(?:going|circling|turning|coming) (?:round|around|back to)|went (?:round|around)|"
    r"circled|kept to) (?:and round )?(?:the same|one|a single) (?:thing|idea|point|worry|"
    r"place)(?:, [^:;]{2,160})?: ",
    "es": r"^(?:la )?(?:conversación|discusión|charla|mesa|sesión) (?:giraba|giró|volvía|"
    r"volvió) (?:siempre |una y otra vez )?(?:en torno a|alrededor de|a) lo mismo"
    r"(?:, [^:;]{2,160})?: ",
    "fr": r"^(?:la )?(?:conversation|discussion|table ronde|séance) (?:tournait|a tourné|"
    r"revenait|est revenue) (?:sans cesse |toujours )?(?:autour de|à|sur) la même chose"
    r"(?:, [^:;]{2,160})? ?: ",
    "ru": r"^(?:разговор|обсуждение|дискуссия) (?:всё время |все время |постоянно )?"
    r"(?:крутился|вертелся|кружил|возвращался) (?:вокруг|к) одно(?:го|му) и то(?:го|му) же"
    r"(?:, [^:;]{2,160})?: ",
    "zh": r"^(?:讨论|谈话|交流)(?:始终|一直|总是)(?:绕着|围绕着?|回到)同一件事"
    r"(?:[，,][^：:]{2,60})?[：:]",
    "ar": r"^(?:ظل|بقي)\s+(?:النقاش|الحديث|الحوار)\s+يدور\s+حول\s+(?:الأمر|الشيء)\s+نفسه"
    r"(?:،[^:]{2,120})?\s*:\s*",
}


@cache
def _round(lang: str) -> re.Pattern[str]:
    return re.compile(_ROUND[lang], _I)


def round_same(sentence: str, lang: str, reread: Reread) -> str | None:
    """The point after the one thing the talk went round, before a colon (``ROUND_SAME``)."""
    if not ROUND_SAME or lang not in _ROUND:
        return None
    rest = _past(_round(lang), sentence, lang)
    if rest is None or _size(rest, lang) < 4:
        return None
    return _reread(rest, lang, reread)


# ------------------------------------------------------------------ a point put on record

_RECORD: dict[str, str] = {
    "en": r"^we (?:wish|want|would like|should like|need) to (?:put|place|go) (?:it )?on "
    r"record that ",
    "es": r"^(?:queremos|quisiéramos|deseamos) dejar constancia (?:de )?que ",
    "fr": r"^nous (?:tenons à|souhaitons|voulons) (?:qu['’]il soit (?:consigné|pris acte)|"
    r"faire consigner|faire inscrire au procès-verbal) (?:que |qu['’])",
    "ru": r"^(?:мы )?(?:хотим|хотели бы) (?:официально )?(?:заявить|зафиксировать|отметить) "
    r"для протокола, что ",
    "zh": r"^我们(?:希望|想|要)(?:郑重)?(?:记录在案|在记录中写明)[：:，,]",
    "ar": r"^(?:نود|نريد|نحب)\s+أن\s+نسجل\s+(?:للتاريخ\s+|في المحضر\s+)?أن\s+",
}
#: a first person plural left in the point: the body it speaks for would be cut away
_WE: dict[str, str] = {
    "en": r"\b(?:we|our|ours|us)\b",
    "es": r"\b(?:nosotr[oa]s|nuestr[oa]s?)\b",
    "fr": r"\b(?:nous|notre|nos)\b",
    "ru": r"(?<!\w)(?:мы|наш\w*|нас|нам|нами)(?!\w)",
    "zh": r"我们|我国",
    "ar": r"(?<!\S)(?:نحن|لنا)(?!\S)|نا(?=\s|$)",
}


def _first_person(text: str, lang: str) -> bool:
    """Whether a point speaks of "we" or "our" (Arabic: "نحن" alone, the suffix being too
    common to read)."""
    if lang == "ar":
        return bool(re.search(r"(?<!\S)نحن(?!\S)", arabic_plain(text)))
    return bool(_record(lang)[1].search(text)) if lang in _WE else False


@cache
def _record(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_RECORD[lang], _I), re.compile(_WE[lang], _I)


def on_record(sentence: str, lang: str, reread: Reread) -> str | None:
    """The point a body puts on record, when it does not speak of "we" (``ON_RECORD``)."""
    if not ON_RECORD or lang not in _RECORD:
        return None
    record, we = _record(lang)
    rest = _past(record, sentence, lang)
    if rest is None:
        return None
    if lang == "ar":  # the clause after "أنّ" as it stands without it
        rest = voice11._ar_rest(rest) or ""
    if _size(rest, lang) < 4 or we.search(arabic_plain(rest) if lang == "ar" else rest):
        return None
    return _reread(rest, lang, reread)


# ------------------------------------------------------------------ an impersonal frame's aside

_IMPERSONAL: dict[str, str] = {
    "es": r"^(?P<f>se (?:recomendó|propuso|pidió|acordó|sugirió|concluyó|reiteró|subrayó)), "
    r"(?P<a>[^,]{3,90}), (?P<q>que) ",
}
#: the verbs of a call, whose clause is in the subjunctive until a modal is supplied
_CALL_VERB = re.compile(r"recomendó|propuso|pidió|sugirió|acordó", _I)
#: a name in the aside: one person's words stay with them
_CAPITAL = re.compile(r"(?<!^)\b[A-ZÁÉÍÓÚÑ][\w-]")


@cache
def _impersonal(lang: str) -> re.Pattern[str]:
    return re.compile(_IMPERSONAL[lang], _I)


def aside_impersonal(sentence: str, lang: str, reread: Reread) -> str | None:
    """A Spanish impersonal frame split by an aside, read again without the aside and taken
    when the reading takes the frame off, a call's clause given its modal
    (``ASIDE_IMPERSONAL``)."""
    if not ASIDE_IMPERSONAL or lang not in _IMPERSONAL:
        return None
    m = _impersonal(lang).match(sentence)
    if not m or _CAPITAL.search(m.group("a")):
        return None
    frame = m.group("f")
    joined = f"{frame} {m.group('q')} {sentence[m.end() :]}"
    if _size(sentence[m.end() :], lang) < 4:
        return None
    out = reread(joined)
    if not out or out.strip() == joined.strip() or out.casefold().startswith(frame.casefold()):
        return None
    tail = _cap(sentence[m.end() :], lang)
    if out.strip() == tail.strip() and _CALL_VERB.search(m.group("f")):
        return None  # a call's clause left in the subjunctive ("que la reunión se celebre")
    return out


# ------------------------------------------------------------------ a group and its origin

_QUALIFIED: dict[str, tuple[str, str]] = {
    "en": (
        r"^(?:the )?(?:speakers|representatives|participants|delegates|experts|panellists|"
        r"panelists|officials) (?:from|of) (?:[\w'’-]+,? ){1,10}?(?P<verb>acknowledged|agreed|"
        r"said|stressed|noted|warned|argued|explained|admitted|conceded|recognised|recognized|"
        r"pointed out) (?P<that>that )",
        "Speakers {verb} {that}",
    ),
    "fr": (
        r"^(?:les |des )?(?:intervenants|intervenantes|représentants|représentantes|participants|"
        r"délégués|experts) (?:de |d['’]|du |des )(?:[\w'’-]+,? ){0,10}?(?P<verb>ont reconnu|"
        r"ont souligné|ont estimé|ont affirmé|ont expliqué|ont admis|ont rappelé|ont averti|"
        r"ont convenu) (?P<that>que |qu['’])",
        "Les intervenants {verb} {that}",
    ),
}
#: a pronoun of the group left in the point: the sentence stays as written
_GROUP_PRONOUN = {
    "en": re.compile(r"\b(?:they|themselves|we|our|us)\b", _I),
    "fr": re.compile(r"\b(?:ils|elles|leurs?|eux|nous|notre|nos)\b", _I),
}
#: the group's own possessive before a noun in the point, which goes with the group
_THEIR = re.compile(r"(^|, and |; | and )their (?!own\b)(?=\w)", _I)


@cache
def _qualified(lang: str) -> tuple[re.Pattern[str], str]:
    pattern, head = _QUALIFIED[lang]
    return re.compile(pattern, _I), head


def qualified(sentence: str, lang: str, reread: Reread) -> str | None:
    """A group named with where its members come from, read as the same group with no origin
    (``QUALIFIED``): taken when the reading takes the frame off; an English "their" at the
    head of a clause of the point dropped with the group; None when a pronoun of the group is
    left."""
    if not QUALIFIED or lang not in _QUALIFIED:
        return None
    pattern, head = _qualified(lang)
    m = pattern.match(sentence)
    if not m or _CAPITAL.search(sentence[1 : m.start("verb")]):
        return None  # a name among the origins: one body's words
    rest = sentence[m.end() :]
    asked = head.format(verb=m.group("verb").casefold(), that=m.group("that")) + rest
    out = reread(asked)
    if not out or out.strip() == asked.strip() or _size(out, lang) < 4:
        return None
    if lang == "en":
        out = _THEIR.sub(lambda t: t.group(1), out)
        out = out[:1].upper() + out[1:]
    if _GROUP_PRONOUN[lang].search(out) or out.casefold().startswith(head[:8].casefold()):
        return None
    return out


def read(sentence: str, lang: str, reread: Reread) -> str | None:
    """The first of this round's shapes that reads the sentence (after the older rules), or
    None."""
    return (
        after_group(sentence, lang, reread)
        or body_call(sentence, lang)
        or note_hedge(sentence, lang, reread)
        or round_same(sentence, lang, reread)
        or on_record(sentence, lang, reread)
        or aside_impersonal(sentence, lang, reread)
        or qualified(sentence, lang, reread)
    )
