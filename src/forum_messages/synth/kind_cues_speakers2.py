"""Attributions in a forum's own register (``synth.kinds``, added to the attribution cues when
``ON``): one named or described speaker, an office of state or of a platform, who presents
figures, a study, a national initiative or a pilot, or who speaks on behalf of a group:

- a transcript turn opening on a titled name and a colon: "Dr X Y: ...", "M. X Y : ...",
  "Sr. X Y: ...", "Олег Малышев: ...", "الدكتور ... :", "陈志强博士：";
- an office (a minister, a deputy minister, a member of parliament, a platform's policy lead,
  a moderator) as the subject of a verb of presenting, the thing presented being a study,
  figures, results, an initiative, a pilot or one's experience ("The deputy minister introduced
  the national digital identity initiative", "La députée X a fait part de l'expérience de",
  "El viceministro presentó la iniciativa", "Депутат X поделилась опытом"), also after an
  opening phrase ("In her intervention, ", "Al abrir la sesión, ", "В своём выступлении ",
  "Открывая сессию, ");
- one person's words opened by "as ... put it" ("As the regulator's chief counsel put it, ",
  "Как выразилась юрисконсульт регулятора, ", "وكما قالت المستشارة ...");
- one person speaking on behalf of a group ("وتحدثت ... باسم تحالف الشباب").

Offices in the plural ("Ministers should publish ...", "Youth delegates need travel funds ...")
are the topic of a point, not a speaker, and are never read here.
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_presenters import _AR_ONE

#: Whether these patterns mark attributions: on since "a fifty-first round" (docs/quality.md).
#: At the cue layer they find 19 more of kinds/dev31-attr.yaml's 82 attributions (54 to 73) and
#: one more of dev23-frames', and mark no other statement of any readable statement set or
#: report file; the common evaluation moves none of its 1,189 rows.
ON = True

# ---------------------------------------------------------------- English
_EN_TITLED = (
    r"(?-i:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Minister|Ambassador|Senator|Hon)\.? "
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)
_EN_OFFICE = (
    r"(?:(?:deputy |vice[- ]|junior |state )?minister|member of parliament|mp|parliamentarian|"
    r"senator|(?:public |global )?(?:policy|programme|program|project|research|product|safety) "
    r"lead|head of (?:policy|public policy|research|safety)|moderator|rapporteur|"
    r"(?:chief |general |legal )?counsel|regulator's (?:\w+ )?(?:head|chief|counsel))"
)
#: what an office presents: a study, figures, an initiative, a pilot, its experience
_EN_THING = (
    r"(?:figures|results|findings|data|study|survey|research|initiative|pilot|programme|program|"
    r"strategy|experience|lessons|report|project|framework|plan|statistics)"
)
_EN_NAME2 = r"(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)"
_EN_PERSON = (
    rf"(?:the|a|an|one|its|their) (?:(?!(?:of|for|from|at|to|by|with|in|on)\b)[\w'’-]+ ){{0,3}}?"
    rf"{_EN_OFFICE}(?: (?:of|for|from|at) (?:the |a |an )?[\w'’-]+(?: [\w'’-]+){{0,4}}?)?"
    rf"(?:, {_EN_NAME2},)?"
)

# ---------------------------------------------------------------- French
_FR_TITLED = r"(?-i:(?:M\.|Mme|Dr|Pr|Me) [A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2})"
_FR_OFFICE = (
    r"(?:vice-ministre|ministre|secrétaire d['’]état|députée?|sénat(?:eur|rice)|"
    r"modérat(?:eur|rice)|responsable (?:des|de la) (?:politiques?|affaires) "
    r"[\w'’ -]{1,30}?|conseill(?:er|ère) juridique)"
)
_FR_NAME2 = r"(?-i:[A-ZÀ-Þ][\w'’-]+ [A-ZÀ-Þ][\w'’-]+)"
_FR_THING = (
    r"(?:expérience|résultats|initiative|projet|pilote|étude|enquête|chiffres|données|"
    r"stratégie|programme|bilan|leçons|rapport|plan|statistiques)"
)

# ---------------------------------------------------------------- Spanish
_ES_TITLED = r"(?-i:(?:Sr|Sra|Dr|Dra|Prof)\.? [A-ZÁÉÍÓÚÑ][\w'’-]+(?: [A-ZÁÉÍÓÚÑ][\w'’-]+){0,2})"
_ES_OFFICE = (
    r"(?:viceministr[oa]|ministr[oa]|secretari[oa] de estado|diputad[oa]|senador[a]?|"
    r"moderador[a]?|responsable de (?:políticas|asuntos) [\w'’ -]{1,30}?|"
    r"asesor[a]? jurídic[oa])"
)
_ES_NAME2 = r"(?-i:[A-ZÁÉÍÓÚÑ][\w'’-]+ [A-ZÁÉÍÓÚÑ][\w'’-]+)"
_ES_THING = (
    r"(?:experiencia|resultados|iniciativa|proyecto|piloto|estudio|encuesta|cifras|datos|"
    r"estrategia|programa|balance|lecciones|informe|plan|estadísticas)"
)

# ---------------------------------------------------------------- Russian
_RU_NAME2 = r"(?-i:[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
_RU_OFFICE = (
    r"(?:заместитель министра|замминистра|министр|депутат|сенатор|модератор|"
    r"юрисконсульт|советник|представител[ья]|руководител[ья]|исследовател[ья]|делегат)"
)
_RU_PRESENT = (
    r"(?:представил|представила|изложил|изложила|описал|описала|презентовал|презентовала|"
    r"озвучил|озвучила|поделился|поделилась)"
)
_RU_THING = (
    r"(?:опыт|результат|данн|итог|инициатив|пилот|исследовани|опрос|цифр|стратеги|программ|"
    r"проект|доклад|план|статистик)"
)

#: the meeting's own matter after what is presented ("the draft conclusions of the session"):
#: conduct of the meeting, not one person's
_NOT_MEETING = (
    r"(?![^.;]{0,30}\b(?:session|meeting|conclusions|séance|réunion|relevé|sesión|reunión|"
    r"conclusiones|сессии|заседания|выводов)\b)"
)

PATTERNS: dict[str, list[str]] = {
    "en": [
        # "Dr Omar Haddad: the registry lost ..."
        rf"^{_EN_TITLED} ?: \S",
        # "In her intervention, the Minister of X presented the figures of ..."
        rf"^(?:[^,.;:]{{1,40}}, )?{_EN_PERSON} (?:also |then |briefly )?(?:presented|introduced|"
        r"described|outlined|shared|set out|unveiled|reported on|walked (?:the room|participants|"
        r"the audience) through) (?:the |a |an |its |his |her |their |some |new |first )?"
        rf"(?:[\w'’-]+ ){{0,4}}?{_EN_THING}\b{_NOT_MEETING}",
        # "As the regulator's chief counsel put it, ..."
        rf"^as (?:the|a|an|one) (?:[\w'’-]+ ){{0,4}}?{_EN_OFFICE} (?:[\w'’-]+ ){{0,4}}?"
        r"(?:put it|said|noted|observed|remarked|explained|stressed|pointed out),",
    ],
    "fr": [
        rf"^{_FR_TITLED} ?: \S",
        # "La députée X a fait part de l'expérience de sa commission ..."
        rf"^(?:[^,.;:]{{1,40}}, )?(?:le|la|l['’]|un|une) ?{_FR_OFFICE}"
        rf"(?: (?:de|du|des|d['’])[^,.;:]{{1,50}}?)?(?: {_FR_NAME2}|, {_FR_NAME2},)? "
        r"(?:a|avait) (?:aussi |également )?(?:fait part d[eu]s?|partagé|présenté|exposé|décrit|"
        r"détaillé) (?:l['’]|les?|la|une?|des|son|sa|ses) ?(?:[\w'’-]+ ){0,3}?"
        rf"{_FR_THING}\b{_NOT_MEETING}",
        # "Comme l'a dit la conseillère juridique du régulateur, ..."
        rf"^comme l['’]a (?:dit|résumé|souligné|rappelé|expliqué|relevé) (?:le|la|l['’]|un|une) ?"
        rf"(?:[\w'’-]+ ){{0,2}}?{_FR_OFFICE}",
    ],
    "es": [
        rf"^{_ES_TITLED} ?: \S",
        # "El viceministro presentó la iniciativa nacional ...", "Al abrir la sesión, la
        # moderadora, X, expuso los resultados ..."
        rf"^(?:[^,.;:]{{1,40}}, )?(?:el|la|un|una) {_ES_OFFICE}"
        rf"(?: (?:de|del)[^,.;:]{{1,50}}?)?(?: {_ES_NAME2}|, {_ES_NAME2},)? "
        r"(?:también )?(?:presentó|expuso|compartió|describió|detalló|resumió|dio a conocer) "
        rf"(?:el |la |los |las |un |una |su |sus )?(?:[\w'’-]+ ){{0,3}}?{_ES_THING}{_NOT_MEETING}",
        # "En palabras de ...", "Como dijo la asesora jurídica del regulador, ..."
        rf"^como (?:dijo|resumió|señaló|explicó|recordó) (?:el|la|un|una) (?:[\w'’-]+ ){{0,2}}?"
        rf"{_ES_OFFICE}",
    ],
    "ru": [
        # "Олег Малышев: реестр потерял ..."
        rf"^{_RU_NAME2} ?: \S",
        # "В своём выступлении министр связи X представила данные ...", "Открывая сессию,
        # модератор X представил результаты ...", "Депутат X поделилась опытом ..."
        r"^(?:(?:в своём|в своем|во своём) (?:выступлении|докладе|сообщении),? |"
        r"(?:открывая|начиная) (?:сессию|заседание|дискуссию|обсуждение),? )?"
        rf"{_RU_OFFICE}(?: [а-яё-]+){{0,3}}?(?: {_RU_NAME2})? (?:также |подробно |кратко )?"
        rf"{_RU_PRESENT} (?:[а-яё-]+ ){{0,2}}?{_RU_THING}[а-яё]*{_NOT_MEETING}",
        # "Как выразилась юрисконсульт регулятора, ..."
        r"^как (?:выразился|выразилась|сказал|сказала|отметил|отметила|пояснил|пояснила|"
        rf"заметил|заметила|подчеркнул|подчеркнула) (?:[а-яё-]+ ){{0,2}}?{_RU_OFFICE}",
    ],
    "ar": [
        # "الدكتور سامي العلي: ..."
        r"^(?:ال)?(?:دكتور|دكتورة|سيد|سيدة|أستاذ|أستاذة|وزير|وزيرة|نائب|نائبة|د\.)\s+"
        r"[^\s:،.]+(?:\s+[^\s:،.]+){0,2}\s*:\s*\S",
        # "وتحدثت ... باسم تحالف الشباب، ..."
        r"^و?(?:تحدث|تحدثت)\s+[^،.]{1,60}?\s(?:باسم|بالنيابة عن)\s",
        # "وكما قالت المستشارة القانونية ..."
        r"^و?كما\s+(?:قال|قالت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|عبر|عبرت|لاحظ|لاحظت)\s+"
        rf"{_AR_ONE}",
    ],
    "zh": [
        # "陈志强博士：……"
        r"^[\u4e00-\u9fff]{2,4}(?:博士|教授|先生|女士|部长|议员|主任|大使)[：:]\s*\S",
    ],
}
