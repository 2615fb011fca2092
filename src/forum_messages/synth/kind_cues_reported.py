"""One person's words told with the reporting verb after them, as news items, press releases
and meeting summaries credit a speaker (``synth.kinds``, added to ``SPEAKERS``):

- the verb after the words, then the speaker: "..., said the deputy minister", "« ... », a
  souligné le ministre", "..., a-t-elle ajouté", "« ... », s'est réjoui le représentant ...",
  "«...», señaló una de las organizadoras", "..., заявил на открытии форума заместитель
  министра ...", "«...», — подчеркнул руководитель центра ...", "……，该局局长说。";
- an opening that names one person's own turn: "In her remarks, the minister warned ...",
  "Dans son allocution, le ministre a souligné ...", "En su intervención, la ministra señaló
  ...", "В своём выступлении министр подчеркнул ...", "من جهته، شدد ..." / "بدورها، لفتت ...",
  "وأضاف الخطيب خلال كلمته أن ...".

A verb in the singular and a speaker in the singular say it is one person: "..., said
participants", "..., заявили эксперты", "..., the report said" are not.
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_en import _EN_NAME, _EN_ROLE
from forum_messages.synth.kind_cues_romance import (
    _ES_NAME,
    _ES_ROLE,
    _FR_NAME,
    _FR_ROLE,
    _FR_ROLE_MORE,
)
from forum_messages.synth.kind_cues_ru import _RU_NAME, _RU_PERSON
from forum_messages.synth.kind_cues_zh import _ZH_ROLE

# what was said, then the end of the quotation or the clause
_SAID = r"^.{8,}?(?:[,»\"”]\s*)+(?:[—–-]\s*)?"

_EN_VERB = (
    r"(?:said|says|stressed|added|noted|warned|argued|explained|insisted|recalled|observed|"
    r"remarked|pointed out|cautioned|admitted|acknowledged|told (?:the |a )?[\w-]+(?: [\w-]+)?)"
)
_EN_WHO = rf"(?:(?:the|a|an|one) (?:[\w'’-]+ ){{0,4}}?{_EN_ROLE}\b|{_EN_NAME})"
_EN_OWN = (
    r"(?:speech|remarks|address|intervention|keynote|statement|presentation|opening remarks|"
    r"closing remarks|welcome|message)"
)

_FR_VERB = (
    r"(?:souligné|déclaré|rappelé|expliqué|averti|insisté|affirmé|estimé|ajouté|indiqué|"
    r"observé|noté|précisé|relevé|reconnu|dit|lancé|martelé|plaidé|regretté|assuré|"
    r"fait valoir|mis en garde|confié|résumé)"
)
_FR_PRESENT = (
    r"(?:souligne|déclare|rappelle|explique|avertit|insiste|affirme|estime|ajoute|indique|"
    r"observe|note|précise|relève|reconnaît|dit|assure|plaide|regrette|résume|confie)"
)
_FR_FEEL = r"(?:réjoui|félicité|inquiété|indigné|exclamé|alarmé|désolé|interrogé)e?"
_FR_WHO = (
    rf"(?:{_FR_NAME}|(?:le|la|l['’]|un|une|cette|ce|cet) ?(?:[\w'’-]+ ){{0,3}}?"
    rf"(?:{_FR_ROLE}|{_FR_ROLE_MORE})\b)"
)
_FR_OWN = (
    r"(?:allocution|intervention|discours|mot d['’]ouverture|mot de bienvenue|exposé|"
    r"présentation|message|propos liminaires?)"
)

_ES_VERB = (
    r"(?:señaló|subrayó|afirmó|explicó|advirtió|recordó|insistió|destacó|dijo|sostuvo|añadió|"
    r"agregó|indicó|aseguró|planteó|reconoció|alertó|precisó|comentó|apuntó|resumió|expresó|"
    r"enfatizó|remarcó|manifestó|lamentó|opinó|declaró|reiteró|aseveró|concluyó|recalcó|"
    r"puntualizó|sentenció|subrayó|advirtió)"
)
_ES_PRESENT = (
    r"(?:señala|subraya|afirma|explica|advierte|recuerda|insiste|destaca|dice|sostiene|añade|"
    r"agrega|indica|asegura|plantea|reconoce|alerta|precisa|comenta|apunta|resume|opina|"
    r"considera|estima|declara|concluye)"
)
_ES_WHO = (
    rf"(?:{_ES_NAME}|(?:el|la|un|una) (?:[\w-]+ ){{0,3}}?{_ES_ROLE}\b|"
    r"(?:uno|una) de (?:los|las) [\w-]+)"
)
_ES_OWN = r"(?:intervención|discurso|ponencia|presentación|exposición|mensaje|alocución|saludo)"

_RU_VERB = (
    r"(?:сказал|подчеркнул|отметил|заявил|напомнил|предупредил|рассказал|пояснил|объяснил|"
    r"сообщил|добавил|указал|признал|уверен|считает|убежд[её]н|резюмировал|констатировал|"
    r"уточнил|заметил)(?:а|ась)?\b"
)
_RU_OWN = r"(?:выступлении|докладе|обращении|приветствии|приветственном слове|слове)"

_ZH_VERB = r"(?:说|表示|指出|强调|称|补充说|补充道|坦言|告诉记者)"

_AR_SAY = (
    r"(?:قال|قالت|أضاف|أضافت|أكد|أكدت|شدد|شددت|أوضح|أوضحت|أشار|أشارت|لفت|لفتت|رأى|رأت|"
    r"اعتبر|اعتبرت|دعا|دعت|حذر|حذرت|ذكر|ذكرت|نبه|نبهت|بين|بينت|أفاد|أفادت|كشف|كشفت|"
    r"أعرب|أعربت|طالب|طالبت)"
)
_AR_OWN = (
    r"(?:كلمته|كلمتها|مداخلته|مداخلتها|حديثه|حديثها|تصريحه|تصريحها|عرضه|عرضها|محاضرته|"
    r"محاضرتها|خطابه|خطابها|تصريحات له|تصريحات لها)"
)

REPORTED: dict[str, list[str]] = {
    "en": [
        rf"{_SAID}(?:he |she )?{_EN_VERB} {_EN_WHO}",
        rf"{_SAID}{_EN_WHO} {_EN_VERB}\W*$",
        rf"{_SAID}(?:he|she) {_EN_VERB}\W*$",
        rf"^(?:in|during) (?:his|her) (?:own )?{_EN_OWN}\b[^.]{{0,160}}? {_EN_VERB}\b",
    ],
    "fr": [
        rf"{_SAID}(?:a|avait) (?:\w+ )?{_FR_VERB} {_FR_WHO}",
        rf"{_SAID}(?:a|avait)-t-(?:il|elle) (?:\w+ )?{_FR_VERB}\b",
        rf"{_SAID}s['’]est(?:-(?:il|elle))? {_FR_FEEL}\b",
        rf"{_SAID}{_FR_PRESENT}(?:-t-(?:il|elle)\b| {_FR_WHO})",
        # "..., selon Hélène Costa, chercheuse à ...": one person named or one role after the
        # point ("selon les participants", "selon le rapport" are no one)
        rf"{_SAID}(?:selon|d['’]après) {_FR_WHO}",
        rf"^(?:dans|lors de|au cours de) (?:son|sa) {_FR_OWN}\b[^.]{{0,160}}? (?:a|avait) "
        rf"(?:\w+ )?{_FR_VERB}\b",
    ],
    "es": [
        rf"{_SAID}{_ES_VERB} {_ES_WHO}",
        rf"{_SAID}{_ES_PRESENT} {_ES_WHO}",
        rf"{_SAID}(?:según|de acuerdo con) {_ES_WHO}",
        rf"^(?:en|durante) su {_ES_OWN}\b[^.]{{0,160}}? {_ES_VERB}\b",
    ],
    "ru": [
        rf"{_SAID}{_RU_VERB}(?: [^,.;«»]{{1,40}}?)? (?:{_RU_NAME}|{_RU_PERSON})",
        rf"^в сво[её]м {_RU_OWN}\b[^.]{{0,160}}? {_RU_VERB}",
    ],
    "zh": [
        rf"^.{{6,}}?[，,](?:他|她|(?![^，,。；;]{{0,20}}?(?:与会|各|多位|部分|不少|一些|众多|诸位))"
        rf"[^，,。；;]{{0,20}}?(?:{_ZH_ROLE})){_ZH_VERB}[。！]?$",
        rf"^.{{6,}}?[”」][，,]?(?:他|她){_ZH_VERB}",
    ],
    "ar": [
        rf"^(?:و)?(?:من جهت|من جانب|من ناحيت|بدور)(?:ه|ها)، (?:و)?{_AR_SAY}\b",
        rf"^(?:و)?{_AR_SAY} \S+(?: \S+){{0,3}} (?:خلال|في|ضمن) {_AR_OWN}",
    ],
}
