"""The running of a meeting as records and transcripts tell it, in the six languages (see
``synth.kinds``).

Constructions that recur in the records of virtual consultations, moderated panels and
national forums' reports, whatever the subject: the time left announced without a discourse
marker before it ("We have about ten minutes left, so ..."), the request to use the speaking
queue or the chat, a reporting service's notice that its summary is not the official record,
the forum held in hybrid format, the panel moving on to its next question, and a review of
approaches that ends "without firm conclusions". None of them carries a point; none matches
where a clause could carry one ("that", "que", "что", "表明", "أن").
Added to the descriptions of ``synth.kind_cues_conduct``.
"""

from __future__ import annotations

_EN_NUM = r"(?:\d+|a few|one|two|three|four|five|ten|fifteen|twenty|thirty)"
_FR_NUM = (
    r"(?:\d+|quelques|une dizaine de|une quinzaine de|une vingtaine de|deux|trois|cinq|dix|"
    r"quinze|vingt)"
)
_ES_NUM = r"(?:\d+|unos|unos pocos|pocos|dos|tres|cinco|diez|quince|veinte)"
_RU_NUM = (
    r"(?:\d+|несколько|нескольких|пара|две|двух|три|тр[её]х|пять|пяти|десять|десяти|"
    r"пятнадцать|пятнадцати|двадцать|двадцати)"
)

PROCEEDINGS = {
    "en": [
        # the time left, opening the sentence: "We have about ten minutes left, so ..."
        rf"^(?:so,? )?we (?:only )?have (?:about |around |roughly |just |only )?{_EN_NUM} "
        r"(?:more )?minutes? (?:left|remaining)(?=\s*(?:[,.;:!]|so\b|$))(?![^.]*\b(?:that|must|"
        r"should)\b)",
        # the speaking queue or the chat, asked for
        r"^(?:please|kindly)\b[^.]{0,40}\b(?:speaking queue|speakers['’]? (?:queue|list)|"
        r"queue to (?:speak|take the floor)|(?:in|into) the chat|raise (?:your|a) hand)\b",
        # a reporting service's notice
        r"^(?:disclaimer|note|please note)\s*:[^.]{0,120}\b(?:not (?:an?|the) (?:official|"
        r"authoritative)|generated automatically|automatically generated)\b",
        # (each starts with a literal the search skips to, the auxiliary checked behind it:
        # a verb alternation at every position of every sentence cost 6-8 ms a pattern on the
        # 2,300 English sentences of bench/synthetic.py)
        r"not(?:(?<=\bis not)|(?<=\bare not)) (?:an?|the) (?:official|authoritative) (?:record|"
        r"transcript|minutes|account)\b(?! (?:but|yet))[^.]{0,40}[.]?$",
        # held in hybrid format
        r"held(?:(?<=\bwas held)|(?<=\bwere held)|(?<=\bis held)|(?<=\bbeen held)|"
        r"(?<=\bbe held)) (?:\w+ ){0,6}(?:in|as an?) (?:a )?hybrid (?:format|mode|meeting|event)\b"
        r"(?![^.]*\b(?:that|should|must)\b)",
        r"organi[sz]ed(?:(?<=\bwas organi[sz]ed)|(?<=\bwere organi[sz]ed)|"
        r"(?<=\bbeen organi[sz]ed)) (?:\w+ ){0,6}(?:in|as an?) (?:a )?hybrid "
        r"(?:format|mode|meeting|event)\b(?![^.]*\b(?:that|should|must)\b)",
        # the panel moving on to its next question
        r"^(?:the )?(?:panel|panel+ists|discussion|debate|session|speakers|conversation) "
        r"(?:then |next |later )?(?:moved on|turned|passed|went on) to (?:the|a|its) (?:second|"
        r"third|next|last|final|following) (?:question|topic|segment|part|block|theme)\b",
        # a review of approaches without a conclusion
        r"without (?:reaching|drawing|coming to) (?:any )?(?:firm|definite|clear|final) "
        r"conclusions?\W*$",
    ],
    "fr": [
        rf"^(?:alors,? )?(?:il )?nous (?:ne )?(?:reste|restent) (?:plus )?(?:qu['’])?"
        rf"(?:environ )?{_FR_NUM} minutes(?=\s*(?:[,.;:!]|donc\b|$))(?![^.]*\b(?:doit|doivent|"
        r"devons|faut)\b)",
        r"^merci d['’](?:utiliser|indiquer|écrire|lever)\b[^.]{0,60}\b(?:file d['’]attente|"
        r"liste des orateurs|chat|fil de discussion|la main)\b",
        r"^(?:avertissement|avis|note)\s*:[^.]{0,120}\b(?:produit|généré|rédigé) "
        r"automatiquement\b",
        r"\bne (?:constitue|constituent|remplace) pas (?:le|un) (?:compte rendu|procès-verbal|"
        r"relevé) officiel\b",
        r"^(?=.*\bhybride\b).*?"
        r"\b(?:s['’]est (?:tenu|tenue|déroulé|déroulée)|a été (?:organisé|organisée|tenu|tenue)|"
        r"se tiendra) (?:\S+ ){0,6}(?:en|sous) (?:un )?(?:format|forme|mode) hybride\b"
        r"(?![^.]*\b(?:que|doit|devrait)\b)",
        r"^(?:le |la |les )?(?:panel|panélistes|discussion|débat|séance|intervenants|échanges) "
        r"(?:est|sont|s['’]est|se sont) (?:ensuite |alors )?(?:passés?|tournés?|poursuivis?) "
        r"(?:à|vers|sur) (?:la|le) (?:deuxième|seconde|troisième|question suivante|dernière|"
        r"suivante|sujet suivant)\b",
        r"^ont (?:pris part|participé) (?:aux|à la|au) (?:échanges|débat|discussion|table ronde|"
        r"panel|séance)\b",
        r"sans (?:tirer|dégager|parvenir à) (?:de |des |à des )?conclusions? (?:ferme|fermes|"
        r"définitive|définitives|claire|claires)\W*$",
    ],
    "es": [
        rf"^(?:bueno,? )?(?:nos |solo nos |sólo nos )?(?:quedan|queda) (?:apenas |unos )?"
        rf"{_ES_NUM} minutos(?=\s*(?:[,.;:!]|$))(?![^.]*\b(?:debe|deben|debemos|hay que)\b)",
        r"^por favor,? (?:usen|use|utilicen|utilice|escriban|escriba|levanten|levante)\b"
        r"[^.]{0,60}\b(?:fila de oradores|lista de oradores|cola|chat|la mano)\b",
        r"^(?:aviso|nota|descargo de responsabilidad)\s*:[^.]{0,120}\b(?:se generó|generado|"
        r"generada|elaborado|elaborada) automáticamente\b",
        r"\bno (?:es|constituye) (?:el|un|la) (?:registro|acta|relato) oficial\b",
        r"^(?=.*\bhíbrid[oa]\b).*?"
        r"\b(?:se (?:realizó|celebró|llevó a cabo|realiza|celebra|realizará)|fue (?:organizado|"
        r"organizada|celebrado|celebrada)) (?:\S+ ){0,6}(?:en|bajo) (?:un )?(?:formato|modalidad) "
        r"híbrid[oa]\b(?![^.]*\b(?:que|debe|debería)\b)",
        r"^(?:luego |después |entonces )?(?:el |la |los |las )?(?:panel|panelistas|debate|"
        r"conversación|sesión|mesa|oradores) (?:luego |después |entonces )?(?:pasó|pasaron|"
        r"se centró|giró) (?:a|hacia) (?:la|el) (?:segunda|segundo|tercera|tercer|siguiente|"
        r"última|último)\b",
        r"sin (?:llegar|alcanzar) a conclusiones (?:firmes|definitivas|claras)\W*$",
    ],
    "ru": [
        rf"^(?:итак,? )?(?:у нас )?(?:осталось|остается|остаётся) (?:около |примерно |всего |"
        rf"ещё |еще )?{_RU_NUM} минут\w*(?=\s*(?:[,.;:!]|$))(?![^.]*\b(?:что|должны|нужно)\b)",
        r"^просим (?:вас )?(?:пользоваться|использовать|записываться|писать)\b[^.]{0,60}"
        r"(?:очеред\w* выступающих|очеред\w*|чат\w*)\b",
        r"\bне является (?:официальн\w+ (?:протокол\w*|записью|отч[её]том|стенограммой))\b",
        r"^(?=.*(?:гибридном|смешанном) формате).*?"
        r"\b(?:прош[её]л|прошла|проходит|пройд[её]т|состоялся|состоялась|проводится|был проведён|"
        r"была проведена) (?:\S+ ){0,5}в (?:гибридном|смешанном) формате\b"
        r"(?![^.]*\b(?:что|должен|должна|нужно)\b)",
        r"не (?:придя|сделав) (?:к )?(?:окончательн|однозначн|тв[её]рд)\w* вывод\w*\W*$",
    ],
    "zh": [
        r"^(?:时间|我们)?(?:还剩|只剩)(?:下)?(?:大约|约|不到)?(?:\d+|[一二三四五六七八九十几]+)分钟",
        r"^(?:如需发言|如果要发言|想发言的)[^。]{0,10}[，,]?请[^。]{0,20}"
        r"(?:发言队列|发言名单|聊天框|聊天区|举手)",
        r"(?:并非|不是|不构成|不能视为)(?:本场|该场|本次)?(?:会议)?(?:的)?(?:正式|官方)"
        r"(?:记录|纪要)",
        r"以(?:线上线下相结合|线上线下结合|混合)(?:的)?(?:方式|形式)(?:举行|召开|进行)"
        r"[^。]{0,40}[。]?$",
        r"(?:未|没有|未能)(?:形成|得出|达成)(?:明确|最终|一致)?(?:的)?结论[。]?$",
    ],
    "ar": [
        r"^(?:بقيت|بقي|تبقى|تبقّى) (?:لدينا |لنا )?(?:نحو |حوالي |قرابة )?(?:\d+|بضع|خمس|عشر|"
        r"دقيقتان|دقيقتين)(?: دقائق| دقيقة)?\b(?![^.]*\b(?:أن|أنّ)\b)",
        r"^(?:يرجى|يُرجى|نرجو)\b[^.]{0,60}(?:قائمة طالبي الكلمة|قائمة المتحدثين|نافذة الدردشة|"
        r"الدردشة|رفع اليد)",
        r"(?:لا يُعدّ|لا يعد|لا يُعد|ليس|لا يمثل|لا يشكل) (?:ال)?(?:محضر|سجل|تقرير)(?: ال)?رسمي",
        r"^(?:و|ف)?(?:انعقد|عُقد|عقد|نُظّم|نظم|أقيم|جرى|تنعقد|يُعقد|يعقد)\b[^.]{0,60}"
        r"بصيغة هجينة\b"
        r"(?![^.]*\b(?:أن|أنّ|يجب|ينبغي)\b)",
        r"(?:من دون|دون) (?:التوصل|الوصول) إلى (?:استنتاجات|نتائج|خلاصات) (?:حاسمة|نهائية|واضحة)"
        r"\W*$",
    ],
}
