"""How the talk went, without what it concluded, in the six languages (see ``synth.kinds``).

Summaries of a session often tell its course rather than its content: speakers ranged over
several subjects without settling on a common line, most of the hour went into one question,
each speaker had five minutes, half of the panel joined remotely and lost the connection, views
were exchanged, notes were taken and pooled into the report. Such a sentence makes no point.
The patterns are built on the construction, not on the subjects named: "without reaching a
common position" at the end of a sentence, "most of the time went into", "each speaker had N
minutes". None of them matches where a call or a finding could follow ("should", "que", "что").
Added to the descriptions of ``synth.kind_cues_conduct``.
"""

from __future__ import annotations

# ---------------------------------------------------------------- subjects named, no outcome
# a list of subjects, then "without settling on a common line" closing the sentence
_NO_OUTCOME = {
    "en": [
        # ending the sentence (a literal start: the search skips ahead to it)
        r"without (?:ever )?(?:settling on|reaching|arriving at|agreeing on|coming to|"
        r"converging on|finding) (?:a |any |one )?(?:common |shared |single |joint |clear )?"
        r"(?:line|position|view|conclusion|consensus|agreement|answer|stance)\W*$",
        r"^(?:the )?(?:panel|panel+ists|speakers|participants|group|discussion|debate|room)\b"
        r"[^.]{0,40} (?:did not|could not|failed to|never) (?:reach|agree on|settle on|arrive at) "
        r"(?:a |any )?(?:common |shared |single )?(?:consensus|agreement|position|line|"
        r"conclusion)\W*$",
    ],
    "fr": [
        r"sans (?:jamais )?(?:parvenir|aboutir|arriver|s['’]accorder) (?:à|sur) "
        r"(?:un|une) (?:\w+ )?(?:consensus|position|ligne|accord|conclusion|avis|réponse)"
        r"(?: commune?| partagée?| unique)?\W*$",
        r"sans (?:dégager|trouver) (?:de |d['’])(?:consensus|position commune|"
        r"ligne commune|accord)\W*$",
    ],
    "es": [
        r"sin (?:llegar|alcanzar|arribar|ponerse de acuerdo)(?: a| en)? (?:un|una) "
        r"(?:\w+ )?(?:consenso|posición|postura|acuerdo|conclusión|respuesta|línea)"
        r"(?: común| compartida| única)?\W*$",
    ],
    "ru": [
        r"не (?:придя|выработав|достигнув|сойдясь|найдя) (?:к |на |в )?"
        r"(?:общ|един|согласованн|какой-либо|консенсус)\w*(?: \w+)?\W*$",
        r"(?:консенсус\w*|общ\w+ позици\w+|единого мнения|общего мнения)[^.]{0,60} (?:так и )?"
        r"не (?:удалось|достигли|выработали|пришли)\b[^.]{0,10}\W*$",
    ],
    "zh": [
        r"(?:但|却|并|而|最终|始终)?(?:没有|未能|未|并未|没能)(?:就此)?(?:形成|达成|取得)"
        r"(?:统一|一致|共同)?的?(?:意见|看法|立场|共识|结论)[。！]?$",
    ],
    "ar": [
        r"(?:دون|بدون|من دون|من غير) (?:أن )?(?:التوصل|الوصول|الاتفاق|يتوصلوا|يتفقوا) "
        r"(?:إلى|على) (?:موقف|رأي|توافق|إجماع|خلاصة|اتفاق)(?: \S+)?[.!]?$",
    ],
}

# ---------------------------------------------------------------- how the time was used
_TIME = {
    "en": [
        r"^(?:much|most|a (?:large|good|great) (?:part|share|deal)|the bulk|half|a third) of the "
        r"(?:time|hour|session|meeting|discussion|morning|afternoon|ninety minutes)(?: \w+){0,2} "
        r"(?:went into|was spent|was taken up|went on|was devoted|was given over|was used)\b",
        r"^(?:each|every) (?:speaker|panel+ist|presenter|participant|intervention|contribution|"
        r"delegation)\b[^.]{0,30}\b(?:had|was given|was allotted|was allowed|was held to|"
        r"was limited to|got)\b[^.]{0,20}\bminutes?\b(?![^.]*\b(?:should|must|too|so that|which|"
        r"but|not enough)\b)",
    ],
    "fr": [
        r"^(?:l['’]essentiel|la majeure partie|la plus grande partie|une bonne partie|la moitié) "
        r"(?:du temps|de l['’]heure|de la (?:séance|session|réunion|matinée|discussion)) "
        r"(?:a été|fut) (?:consacrée?|passée?|employée?|absorbée?)\b",
        r"^chaque (?:intervenant|intervenante|panéliste|orateur|oratrice|intervention|"
        r"délégation)\b[^.]{0,30}\b(?:disposait|a disposé|avait|était limitée?|a eu|a reçu)\b"
        r"[^.]{0,20}\bminutes?\b(?![^.]*\b(?:devrait|doit|faudrait|trop|ce qui|mais)\b)",
    ],
    "es": [
        r"^(?:la mayor parte|buena parte|gran parte|la mitad) (?:del tiempo|de la hora|de la "
        r"(?:sesión|reunión|mañana|tarde|discusión)) (?:se dedicó|se fue|se destinó|se empleó|"
        r"se invirtió|se ocupó)\b",
        r"^cada (?:ponente|panelista|orador|oradora|intervención|participante|delegación)\b"
        r"[^.]{0,30}\b(?:tuvo|dispuso|contó con|tenía|disponía|recibió)\b[^.]{0,20}\bminutos?\b"
        r"(?![^.]*\b(?:debería|debe|demasiado|lo que|pero)\b)",
    ],
    "ru": [
        r"^(?:большая|значительная|основная|львиная) (?:часть|доля) (?:времени|часа|сессии|"
        r"встречи|обсуждения|дискуссии|заседания)[^.]{0,20} (?:ушла|ушло|ушли|была потрачена|"
        r"было потрачено|заняла|заняло|была посвящена|была отведена)\b",
        r"^(?:каждому|каждой) (?:выступающему|докладчику|спикеру|эксперту|участнику|"
        r"выступлению|делегации)\b[^.]{0,30}\b(?:давали|дали|отводилось|было отведено|отвели|"
        r"отводили|предоставлял\w*)\b[^.]{0,20}\bминут"
        r"(?![^.]*\b(?:следует|должн|нужно|слишком|что|но)\b)",
    ],
    "zh": [
        r"^(?:[^。，,]{0,12}(?:小时|分钟|会议|讨论|本场|研讨会|座谈|对话)[^。，,]{0,4})?"
        r"(?:大部分|大半|多半|一半|相当一部分)(?:的)?时间(?:都)?(?:花在|用在|用于|耗在)",
        r"(?:每位|每名|每个)(?:发言人|嘉宾|发言者|专家|讲者|代表团)(?:的)?(?:发言)?"
        r"(?:限时|时间(?:限定|限制)?为|各有|只有|有)[^。，,]{0,6}分钟"
        r"(?![^。]*(?:应|须|需要|必须|无法|不能|不足|太短|导致|让|使))",
    ],
    "ar": [
        r"^(?:استغرق|استغرقت|استأثر|استأثرت|خُصص|خصص|خُصصت|خصصت) (?:\S+ )?(?:معظم|أغلب|جل|نصف) "
        r"(?:وقت|الوقت|الساعة)",
        r"^(?:معظم|أغلب|جل|نصف) (?:وقت )?(?:الجلسة|النقاش|الساعة|الوقت|اللقاء) (?:خُصص|خصص|ذهب|"
        r"انصرف|استُغرق|استغرق|كُرس|كرس)",
        r"^(?:(?:خُصص|خصص|أُعطي|أعطي|مُنح|منح|أُتيح|أتيح)(?:ت)? )?لكل (?:متحدث|متدخل|مشارك|"
        r"خبير|وفد)(?:ة)? (?:\S+ ){0,2}(?:دقائق|دقيقة)(?![^.]*(?:ينبغي|يجب|لا يكفي|غير كاف))",
    ],
}

# ----------------------------------------------- joining remotely, views exchanged, the notes
_ROOM = {
    "en": [
        # the rare word first: most sentences are left after one look for it
        r"^(?=[^.]*\bnotes\b)[^.]*?\b(?:took|pooled|compiled|combined|put together) "
        r"(?:the |their |her |his )?notes\b"
        r"[^.]{0,60}\b(?:this|the present) (?:report|summary|write-up|record)\b",
    ],
    "fr": [
        r"\b(?:ont|a) pris (?:des |les )?notes\b[^.]{0,80}\b(?:ce|le présent|cette) "
        r"(?:rapport|compte rendu|synthèse|note)\b",
        r"\bpour (?:rédiger|établir|préparer) (?:ce|le présent|cette) (?:rapport|compte rendu|"
        r"synthèse|note)\W*$",
    ],
    "es": [
        r"\b(?:tomaron|tomó) (?:las |sus )?notas\b[^.]{0,80}\b(?:este|el presente|esta) "
        r"(?:informe|relatoría|resumen|nota|reporte)\b",
        r"\bpara (?:redactar|elaborar|preparar) (?:este|el presente|esta) (?:informe|relatoría|"
        r"resumen|nota|reporte)\W*$",
    ],
    "ru": [
        r"\b(?:вели|вёл|вела|делали|делал|делала) (?:записи|заметки|протокол)\b[^.]{0,80}"
        r"\b(?:этот|этого|настоящ\w+) (?:отч[её]т|обзор)\w*",
        r"\bдля (?:подготовки|составления|написания) (?:этого|настоящего) (?:отч[её]та|обзора)"
        r"\W*$",
    ],
    "zh": [
        r"查塔姆",
        r"(?:交换|交流)了?(?:[^，,。]{0,10}?的)?(?:意见|看法|观点)[。！]?$",
        # "一半嘉宾远程参会，其中两位……掉线": who joined from afar, the connection lost
        r"^[^。，,]{0,10}(?:嘉宾|发言人|发言者|与会者|专家|代表|讲者)[^。，,]{0,4}(?:远程|线上|在线|"
        r"通过视频)(?:参会|参加|出席|连线|接入|发言)(?![^。]*(?:应|须|需要|必须|无法|难以))",
        r"(?:掉线|断线|连接中断)了?[。！]?$",
        r"(?:做|负责)了?(?:会议)?(?:笔记|记录)[^。]{0,30}(?:本报告|本纪要|本综述|这份报告|本文)",
    ],
    "ar": [
        r"^(?=[^.]*ملاحظات)[^.]*?"
        r"(?:دوّن|دون|دونت|دونوا|سجل|سجلت|سجلوا|أخذ|أخذت|أخذوا) (?:\S+ ){0,2}(?:الملاحظات|"
        r"ملاحظات)[^.]{0,80}(?:هذا التقرير|هذه الخلاصة|هذا الملخص|هذه المذكرة)",
        r"لإعداد (?:هذا التقرير|هذه المذكرة|هذا الملخص|هذه الخلاصة)[.!]?$",
    ],
}

COURSE: dict[str, list[str]] = {
    lang: [*_NO_OUTCOME[lang], *_TIME[lang], *_ROOM[lang]] for lang in _NO_OUTCOME
}
