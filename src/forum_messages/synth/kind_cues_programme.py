"""Descriptions of the programme around a session, by their form, in the six languages
(``synth.kinds``): what a session will do, announced in the future ("This workshop will bring
together ...", "Il s'agira d'examiner ...", "Se buscará analizar ..."); a photo report's
heading ("Retour en images ...", "Фоторепортаж ..."); breaks and meals announced ("Lunch will be
served in the foyer"); how many came ("Attendance was lower than expected ..."); and how long
the talk went on and what about ("The hour-long conversation explored ...", "В течение часа
речь шла о ..."). Each says something about the meeting, nothing about the world.
"""

from __future__ import annotations

_EN_EVENT = r"(?:session|workshop|panel|meeting|discussion|dialogue|roundtable|event|forum)"
_EN_SPAN = r"(?:hour-long|half-hour|\w+-hour|\w+-minute|day-long|\w+-day)"

PROGRAMME: dict[str, list[str]] = {
    "en": [
        rf"^(?:this|the|our) {_EN_EVENT} will (?:bring together|explore|examine|discuss|map|look "
        r"at|address|gather|feature|showcase|review|invite)\b",
        r"^(?:in pictures|photo ?(?:recap|report|gallery|story))\b",
        r"^(?:lunch|coffee|refreshments|tea|snacks|the (?:coffee|lunch) break)\b[^.]{0,40} will be "
        r"(?:served|provided|available|offered)\b",
        r"^attendance (?:was|were) (?:lower|higher|smaller|larger|better|weaker|below|above)\b",
        rf"^(?:the|this|our) {_EN_SPAN} (?:conversation|discussion|exchange|debate|session|panel)"
        r" (?:explored|examined|looked at|focused on|covered|discussed|dealt with|turned to)\b",
    ],
    "fr": [
        r"^il s['’]agira (?:de|d['’])\b",
        r"^(?:(?:cet |l['’])(?:atelier|événement)|(?:cette|la) (?:séance|session|table ronde|"
        r"réunion)) (?:réunira|examinera|explorera|abordera|permettra de|donnera la parole)\b",
        r"^(?:retour en images|en images|album photo|reportage photo)\b",
        r"^(?:les |la )?(?:pauses?-café|pause déjeuner|déjeuner|café|rafraîchissements)\b"
        r"[^.;]{0,40} (?:auront lieu|aura lieu|sera servi|seront servis|sera offert|est prévu)\b",
        r"^(?:l['’]affluence|la participation|l['’]assistance) (?:a été|était|fut) "
        r"(?:plus |moins )?(?:faible|forte|importante|modeste|inférieure|supérieure)\b",
        r"^(?:pendant|durant) (?:une|deux|trois|une demi-)?\s?(?:heures?|heure|minutes)\b[^.]{0,10}"
        r"(?:les échanges|la discussion|le débat|il) (?:ont|a) (?:porté|été question)\b",
    ],
    "es": [
        r"^se (?:buscará|pretende|analizará|abordará|discutirá|examinará|explorará|reunirá)\b",
        r"^(?:(?:este|el) (?:taller|panel|conversatorio|diálogo)|(?:esta|la) (?:sesión|mesa|"
        r"reunión)) (?:reunirá|analizará|explorará|abordará|examinará|permitirá)\b",
        r"^(?:así vivimos|en imágenes|galería de fotos|fotogalería|las fotos de)\b",
        r"^(?:el |la )?(?:café|almuerzo|refrigerio|pausa para el café|comida)\b[^.;]{0,30} se "
        r"(?:servirá|ofrecerá|servirán)\b",
        r"^(?:la )?(?:asistencia|participación|afluencia) (?:fue|resultó) (?:menor|mayor|escasa|"
        r"inferior|superior|baja|alta)\b",
        r"^(?:a lo largo de|durante) (?:una|dos|tres|media|\d+) (?:horas?|minutos)\b[^.]{0,10} se "
        r"(?:conversó|habló|discutió|debatió|dialogó)\b",
    ],
    "ru": [
        r"^(?:предполагается|планируется) (?:рассмотреть|обсудить|обсуждение|рассмотрение|"
        r"обсуждать)\b",
        r"^(?:семинар|сессия|встреча|дискуссия|круглый стол) (?:соберёт|соберет|рассмотрит|"
        r"обсудит|позволит)\b",
        r"^(?:фоторепортаж|фотоотч[её]т|в фотографиях|фотогалерея)\b",
        r"^(?:кофе-брейк|обед|перерыв на кофе|кофе)\b[^.;]{0,30} (?:пройдёт|пройдет|будет "
        r"(?:подан|организован|проходить))\b",
        r"^(?:явка|посещаемость) (?:была|оказалась) (?:ниже|выше|низкой|высокой)\b",
        r"^(?:в течение|на протяжении) (?:часа|получаса|\S+ (?:часов|часа|минут))\b[^.]{0,10} "
        r"(?:речь шла|говорили|обсуждали)\b",
    ],
    "zh": [
        r"^(?:本场|本次|该)(?:会议|研讨会|讨论|对话|工作坊)?将(?:汇聚|邀请|探讨|讨论|聚焦|围绕)",
        r"^(?:本场|本次)(?:会议|讨论|对话)?(?:聚焦|围绕|关注)",
        r"^(?:图片回顾|图集|组图|精彩瞬间)",
        r"^(?:午餐|茶歇|咖啡)[^。]{0,20}(?:将在|在)[^。]{0,10}(?:提供|进行|举行)",
        r"^(?:交流|讨论|对话|发言)(?:主要|重点)?集中(?:在|于)",
        r"^(?:讨论|涉及|涵盖)的?(?:议题|话题|主题)(?:从|包括|涵盖)",
        r"^议程第[一二三四五六七八九十\d]+项",
        r"(?:会议|论坛|研讨会|峰会|年会|活动|工作坊|IGF|对话|大会)[^。]{0,15}于[^。]{0,30}在[^。]{2,30}"
        r"(?:举行|召开|举办)",
    ],
    "ar": [
        r"^(?:ستجمع|ستناقش|ستبحث|ستستعرض) (?:الجلسة|الورشة|حلقة النقاش|الندوة)\b",
        r"^(?:بالصور|صور من|ألبوم صور|في صور)\b",
        r"\b(?:استراحة القهوة|استراحة الغداء|الغداء|القهوة) (?:تقدم|ستقدم|يقدم|سيقدم)\b",
        r"^(?:جاء|كان) عدد (?:الحاضرين|المشاركين) (?:أقل|أكثر)\b",
        r"^على مدى (?:ساعة|ساعتين|\S+ ساعات|\S+ دقيقة)،? دار (?:الحديث|النقاش|الحوار)\b",
    ],
}
