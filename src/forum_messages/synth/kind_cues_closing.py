"""A call that closes a session, and a unanimous view, kept as points (``kinds``' rewrites).

"The session concluded with ..." is how a report says how a session ended, and the kinds step
sets such a sentence aside as a description. When what it ended with is a call, with its object
after it, the call is a point of the meeting's and the sentence is a framed point:

- "The session concluded with a call for X" -> "There is a need for X" (which the message text
  states as "X is needed"), "... with an appeal to publish X" -> "There is a need to publish X";
- "La séance s'est achevée sur un appel à publier X" -> "Il faut publier X";
- "La sesión concluyó con un llamado a publicar X" -> "Es necesario publicar X";
- "Заседание завершилось призывом сохранить X" -> "Следует сохранить X";
- "واختتمت الجلسة بدعوة إلى نشر X" -> "ينبغي نشر X" (an indefinite verbal noun: the call's object
  is an action);

and a unanimous view with its content: "Participants were unanimous that X" -> "X",
"Participants were unanimous in calling for X" -> "There is a need for X".

A point must follow: a session that ended with remarks, thanks or a call for questions,
proposals or a vote stays a description, and a call on a noun that would need the noun's own
verb ("призывом к созданию X", "un appel en faveur de X") is left as it was. Chinese needs no
rule: "会议最后呼吁……" is read by ``kind_cues_voice6``.
"""

from __future__ import annotations

#: Whether ``kinds`` reads these shapes (off: such a sentence is set aside, as before).
ON = True

#: What a session's closing call may not be for: the running of the session itself.
_EN_NOT = (
    r"(?!(?:further |more |any )?(?:questions?|comments?|proposals?|submissions?|papers?|"
    r"volunteers?|nominations?|applications?|a vote|votes?|a break|lunch|order)\b)"
)
_EN_EVENT = (
    r"^(?:the |this )?(?:session|meeting|discussion|debate|panel|workshop|dialogue|exchange|"
    r"forum|round ?table) (?:concluded|ended|closed|wrapped up) (?:with|on) (?:a |an )?"
    r"(?:(?:strong|clear|joint|common|unanimous|urgent|collective|final|shared|firm) )?"
    r"(?:call|appeal|plea) "
)
_EN_GROUP = (
    r"^(?:the |all (?:the )?)?(?:participants|speakers|delegates|panel+ists|members|experts|"
    r"attendees|discussants)(?: [\w-]+){0,3}? were (?:all )?unanimous "
)
_FR_EVENT = (
    r"^(?:la |cette |le |l['’])?(?:séance|session|réunion|discussion|table ronde|atelier|débat|"
    r"rencontre|échange) (?:s['’]est (?:conclue?|achevée?|terminée?|clôturée?)|a pris fin) "
    r"(?:par|sur) (?:un |une )?(?:(?:vibrant|ferme|dernier|nouvel|pressant) )?"
    r"(?:appel|plaidoyer) à (?=\w+(?:er|ir|re)\b)"
)
_ES_EVENT = (
    r"^(?:la |el |este |esta )?(?:sesión|reunión|debate|discusión|mesa redonda|taller|encuentro|"
    r"panel|diálogo) (?:concluyó|terminó|finalizó|cerró|se cerró|culminó) con (?:un |una )?"
    r"(?:(?:firme|claro|enérgico|último|urgente) )?(?:llamado|llamamiento|exhortación) a "
    r"(?=\w+(?:ar|er|ir)\b)"
)
_RU_EVENT = (
    r"^(?:участники|заседание|сессия|обсуждение|дискуссия|встреча|семинар|круглый стол)\s+"
    r"(?:завершил[аио]?|закончил[аио]?|завершилась|завершился|завершилось|закончилась|"
    r"закончился|закончилось)(?:\s+(?:обсуждение|работу|дискуссию|заседание|сессию|встречу))?"
    r"\s+(?:общим\s+|настоятельным\s+)?призывом\s+(?=\w+(?:ть|ти)(?:ся)?\b)"
)
_AR_EVENT = (
    r"^و?(?:اختتمت|اختتم|انتهت|انتهى|ختمت|ختم)\s+(?:الجلسة|الاجتماع|النقاش|المناقشة|الندوة|"
    r"الورشة|الحلقة)\s+ب(?:دعوة|الدعوة|نداء)\s+(?:إلى|الى)\s+(?!ال|أن|ضرورة)(?=\S{3,}\s)"
)

#: Per language: (pattern at the sentence's start, what replaces it), as ``kinds`` applies them.
CLOSING_REWRITES: dict[str, list[tuple[str, str]]] = {
    "en": [
        (_EN_EVENT + r"for " + _EN_NOT, "There is a need for "),
        (_EN_EVENT + r"to (?=[a-z]+ )(?!(?:order|vote|ask|thank)\b)", "There is a need to "),
        (_EN_GROUP + r"(?:in (?:the |their )?view )?that,? ", ""),
        (_EN_GROUP + r"in (?:calling|pressing|asking|pushing) for ", "There is a need for "),
    ],
    "fr": [(_FR_EVENT, "Il faut ")],
    "es": [(_ES_EVENT, "Es necesario ")],
    "ru": [(_RU_EVENT, "Следует ")],
    "ar": [(_AR_EVENT, "ينبغي ")],
    "zh": [],
}
