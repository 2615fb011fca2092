"""Records of hearings, boards, juries and panels describing themselves, and one person's words
told after the point, by their form in several languages (``synth.kinds``; docs/quality.md, "a
thirty-second round"):

- **a record's title before its meeting**: "Summary of oral argument, Court of Appeal, ...",
  "..., Riverside Hospital: notes of the quarterly meeting, at which ...", "Crónica de la vista
  oral ante ...", "Procès-verbal de l'assemblée générale de ...", "庭审纪要：……" (no date
  needed, unlike ``kind_cues_minutes``);
- **an officer named in apposition who presents a document**: "The Director of Technology, Ms.
  Priya Raman, presented the draft plan ...", "La coordinadora TIC, doña X, expuso el
  inventario ...", "Le secrétaire ..., M. X, a présenté le bilan ...", "……馆长周建平汇报了……情况";
- **a body that heard parties in turn**: "the panel of three judges heard counsel for both
  sides", "Les jurés ... ont entendu successivement ...", "Двадцать присяжных ... заслушали
  представителей ...", "استمع المحلفون ... إلى ...";
- **a body that met for its sitting**: "Le jury citoyen ... s'est réuni pour sa troisième
  journée", "Гражданское жюри ... провело второе заседание";
- **members trying a tool on devices**: "Panel members tried the app on tablets ...", "Los
  miembros del consejo probaron la aplicación en sus propios teléfonos ...";
- **judgment reserved** and **materials sent later**: "Judgment was reserved", "l'affaire a été
  mise en délibéré", "Les supports seront mis en ligne ...", "The slides will be posted ...";
- **an organisation that organised a session on a subject**: "le barreau de Lyon a organisé une
  demi-journée sur ...", "The bar association organised a half-day seminar on ...".

None of them holds a clause ("that", "que", "что", "أن") or a modal: a record that states a
finding is a point.

``QUOTED_SAYERS`` (attributions): one person's words in quotation marks, or a point, followed
by a verb of saying and one person ("\"...,\" said our guest, who ...", "..., advirtió doña X",
"«...», contó el alcalde, X", "“……，”……嘉宾小林说。", "«...»، قال المدرب X"), "..., according to
panel member X", and a role, then a named person in apposition, then a verb of saying ("Counsel
for the appellant, Ms. X, argued that ...", "El letrado ..., Sr. X, sostuvo que ...").
``QUOTED`` (the same quotations) closes such statements to the learned model
(``kind_model.DescriptiveModel.open_to_model``): a person's quoted words are never a
description of the session.
"""

from __future__ import annotations

import re

from forum_messages.synth.kind_cues_en import _EN_NAME
from forum_messages.synth.kind_cues_romance import _ES_NAME, _FR_NAME

_EN_NO_POINT = r"(?![^.]*\b(?:that|should|must|need to|needs to|ought|has to|have to|unless|but)\b)"
_FR_NO_POINT = r"(?![^.]*\b(?:que|qu['’]|doit|doivent|devrait|devraient|faut|mais)\b)"
_ES_NO_POINT = r"(?![^.]*\b(?:que|debe|deben|debería|deberían|hay que|tiene que|tienen que|pero)\b)"
_RU_NO_POINT = r"(?![^.]*(?:[,\s]что\s|\bдолжн\w*|\bследует\b|\bнужно\b|\bнеобходимо\b|\bно\b))"
_ZH_NO_POINT = r"(?![^。]*(?:认为|指出|强调|表明|应当|应该|必须|需要|建议|呼吁|但))"
_AR_NO_POINT = r"(?![^.]*(?:\sأن\s|\sأنّ\s|\sبأن\s|يجب|ينبغي|يتعين|لا بد|لكن))"

# what a hearing, a board or a panel is, by language
_EN_SITTING = (
    r"(?:(?:oral )?argument|hearing|proceedings|meeting|sitting|session|deliberations|"
    r"assembly|agm|seminar|workshop|panel|jury|consultation)"
)
_ES_SITTING = (
    r"(?:vista|audiencia|juicio|sesión|reunión|asamblea|jornada|comparecencia|deliberación|"
    r"seminario|taller|pleno)"
)
_FR_SITTING = (
    r"(?:audience|plaidoiries|séance|réunion|assemblée|session|délibération|journée|séminaire|"
    r"atelier|conseil)"
)
# the members of a body that hears or meets
_FR_BODY = r"(?:jury|conseil|comité|commission|bureau|assemblée|collectif|panel|tribunal|cour)"
_FR_MEMBERS = (
    r"(?:jurés|membres|conseillers|conseillères|commissaires|juges|élus|députés|sénateurs|"
    r"administrateurs|participants|participantes)"
)
_RU_MEMBERS = r"(?:присяжн|член|депутат|участник|судь|эксперт|комисси|жюри|суд|совет|комитет)\w*"
_AR_MEMBERS = r"(?:المحلفون|المحلفين|الأعضاء|أعضاء|المشاركون|اللجنة|الهيئة|المحكمة|المجلس|القضاة)"

# a document an officer presents
_EN_DOC = (
    r"(?:plan|report|draft|budget|inventory|accounts|update|overview|proposal|strategy|"
    r"programme|program|timeline|calendar|roadmap|review|results|figures|minutes|audit)"
)
_ES_DOC = (
    r"(?:plan|informe|borrador|presupuesto|inventario|balance|memoria|cuentas|calendario|"
    r"programa|propuesta|estrategia|estado|resultados|cifras|acta)"
)
_FR_DOC = (
    r"(?:plan|rapport|projet|budget|inventaire|bilan|comptes|calendrier|programme|"
    r"proposition|stratégie|état|résultats|chiffres|procès-verbal)"
)
# a role, then a named person in apposition ("The Director of Technology, Ms. Priya Raman, ")
_EN_APPOSED = rf"^(?:the |our )?[\w'’-]+(?: [\w'’-]+){{0,6}}, {_EN_NAME}, "
_ES_APPOSED = (
    rf"^(?:el|la) [\w-]+(?: [\w-]+){{0,6}}, (?:(?:don|doña) (?-i:[A-ZÁÉÍÓÚÑ])[\w-]+"
    rf"(?: (?-i:[A-ZÁÉÍÓÚÑ])[\w-]+){{0,3}}|{_ES_NAME}), "
)
_FR_APPOSED = (
    rf"^(?:le |la |l['’])[\w'’-]+(?: [\w'’-]+){{0,6}}, (?:(?:me|maître) (?-i:[A-ZÉÈ])[\w-]+"
    rf"(?: (?-i:[A-ZÉÈ])[\w-]+){{0,3}}|{_FR_NAME}), "
)

RECORDS2: dict[str, list[str]] = {
    "en": [
        # "Summary of oral argument, Court of Appeal, ...", "X: notes of the quarterly meeting"
        r"^(?:[^.:;]{3,100}: )?(?:summary|minutes|notes|record|transcript|account|report) of "
        rf"(?:the |an? |its )?(?:[\w'’-]+ ){{0,3}}?{_EN_SITTING}\b{_EN_NO_POINT}",
        # "The Director of Technology, Ms. Priya Raman, presented the draft ... plan, ..."
        rf"{_EN_APPOSED}(?:also |then |briefly )?(?:presented|introduced|outlined|tabled|"
        rf"walked (?:the )?(?:board|members|panel|meeting) through) (?:the|a|an|her|his|its) "
        rf"(?:[\w'’-]+ ){{0,5}}?{_EN_DOC}\b{_EN_NO_POINT}",
        # "...; the panel of three judges heard counsel for both sides for ..."
        r"(?:^|; )(?:the )?(?:[\w'’-]+ ){0,2}?(?:panel|court|jury|jurors|committee|board|"
        r"members|trustees|commission|tribunal|judges)(?: of [^,.;]{1,30}?)?"
        r"(?:, [^,.;]{2,60},)? (?:then )?heard (?:from )?(?:counsel|evidence|submissions|"
        r"witnesses|testimony|representatives|the parties|both sides|(?:the |two |three |four )"
        rf"(?:[\w'’-]+ ){{0,2}}?(?:witnesses|experts|parties|speakers))\b{_EN_NO_POINT}",
        # "Panel members tried the app on tablets provided by the hospital and ..."
        r"^(?:the )?(?:[\w'’-]+ )?(?:members|participants|attendees|jurors|trustees|delegates)"
        r" (?:then |first )?(?:tried(?: out)?|tested) (?:the|a) (?:new )?(?:[\w'’-]+ )?"
        r"(?:app|application|portal|prototype|platform|tool|system|website|site|service)\b"
        r"[^.;]{0,40}? on (?:the |their (?:own )?)?(?:[\w'’-]+ )?(?:tablets|phones|"
        rf"smartphones|laptops|computers|devices|screens)\b{_EN_NO_POINT}",
        # "Judgment was reserved", "The court reserved judgment"
        r"^(?:judgment|the judgment|the decision|decision|the ruling|ruling) (?:was|is) "
        r"reserved\b",
        r"^the (?:court|panel|tribunal|bench|judge) reserved (?:its )?(?:judgment|decision|"
        r"ruling)\b",
        # "The slides will be posted ...; certificates will be emailed ..."
        r"^(?:the )?(?:slides|presentations|recordings?|materials|certificates|handouts|"
        r"attendance certificates|video)\b[^.;]{0,40}? will be (?:posted|emailed|sent|"
        r"circulated|shared|uploaded|made available)\b",
        # "The bar association organised a half-day seminar on ..."
        r"^(?:[^,]{2,60}, )?the (?:[\w'’-]+ ){1,4}?organi[sz]ed (?:a|an) (?:[\w'’-]+ ){0,3}?"
        rf"(?:seminar|workshop|training|course|session|half-day|day|webinar)\b[^.;]{{0,20}}? on\b"
        rf"{_EN_NO_POINT}",
    ],
    "es": [
        # "Crónica de la vista oral ante la Sala ...", "Resumen de la audiencia ..."
        r"^(?:crónica|acta|resumen|relatoría|notas|minuta|reseña) de (?:la |el |los |las )?"
        rf"(?:[\w-]+ ){{0,2}}?{_ES_SITTING}\b{_ES_NO_POINT}",
        # "La coordinadora TIC, doña Remedios Alarcón, expuso el inventario ..."
        rf"{_ES_APPOSED}(?:también )?(?:presentó|expuso|detalló|repasó|dio cuenta de) "
        rf"(?:el|la|los|las|un|una|su|sus) (?:[\w-]+ ){{0,3}}?{_ES_DOC}\b{_ES_NO_POINT}",
        # "Los miembros del consejo probaron la aplicación en sus propios teléfonos ..."
        r"^(?:los|las) (?:miembros|participantes|asistentes|integrantes|consejeros|consejeras|"
        r"jurados|vecinos)\b[^.;]{0,40}? (?:probaron|ensayaron) (?:la|el) (?:nueva |nuevo )?"
        r"(?:aplicación|app|portal|plataforma|prototipo|herramienta|sistema|web|servicio)\b"
        r"[^.;]{0,40}? en (?:sus |unos |unas |los |las )?(?:propios |propias )?(?:teléfonos|"
        rf"móviles|tabletas|portátiles|ordenadores|computadoras|dispositivos)\b{_ES_NO_POINT}",
        # "Las diapositivas se enviarán por correo ...", "Los certificados se publicarán ..."
        r"^(?:las|los) (?:diapositivas|presentaciones|grabaciones?|materiales|certificados|"
        r"constancias)\b[^.;]{0,40}? se (?:enviarán|publicarán|compartirán|subirán|"
        r"remitirán|colgarán)\b",
        # "El colegio de abogados organizó una jornada sobre ..."
        r"^(?:[^,]{2,60}, )?(?:el|la) (?:[\w-]+ ){1,5}?organizó (?:una|un) (?:[\w-]+ ){0,3}?"
        r"(?:jornada|taller|seminario|curso|sesión|charla|formación|capacitación)\b[^.;]{0,20}? "
        rf"(?:sobre|acerca de)\b{_ES_NO_POINT}",
    ],
    "fr": [
        # "Procès-verbal de l'assemblée générale ordinaire de la coopérative ..."
        r"^(?:procès-verbal|compte[ -]rendu|relevé de conclusions|synthèse|notes|résumé) "
        rf"(?:de la |du |de l['’]|des |d['’]une |d['’]un )(?:[\w-]+ ){{0,2}}?{_FR_SITTING}\b"
        rf"{_FR_NO_POINT}",
        # "Le secrétaire à l'information, M. Ousmane Faye, a présenté le bilan ..."
        rf"{_FR_APPOSED}a (?:ensuite |également |aussi )?(?:présenté|exposé|détaillé|dressé|"
        rf"passé en revue) (?:le|la|les|l['’]|un|une|son|sa|ses) ?(?:[\w-]+ ){{0,3}}?{_FR_DOC}\b"
        rf"{_FR_NO_POINT}",
        # "Les vingt-quatre jurés, tirés au sort ..., ont entendu successivement le ..."
        rf"^(?:les |le |la |l['’])(?:[\w-]+ ){{0,2}}?(?:{_FR_MEMBERS}|{_FR_BODY})\b"
        r"(?: (?:du|de la|de l['’]|des|de) ?[^,.;]{1,40}?)?(?:, [^.;]{2,80},)? (?:ont|a) "
        r"(?:ensuite |d['’]abord |successivement |tour à tour )?"
        r"entendu (?:successivement |tour à tour |ensuite )?(?:le |la |les |l['’]|des |deux |"
        rf"trois |quatre |cinq |plusieurs )(?!parler\b){_FR_NO_POINT}",
        # "Le jury citoyen de X s'est réuni pour sa troisième et dernière journée, ..."
        rf"^(?:le |la |l['’])(?:{_FR_BODY})\b[^.;]{{0,60}}?(?<!ne )(?<!n['’])s['’]est "
        r"réunie? (?:pour|en) (?:sa|son|une|un) [^,.;]{0,40}?(?:séance|journée|session|"
        rf"réunion|audience|fois)\b{_FR_NO_POINT}",
        # "L'affaire a été mise en délibéré ..."
        r"^(?:l['’]affaire|la décision|le jugement|le dossier) a été mise? en délibéré\b",
        # "Les supports de présentation seront mis en ligne ...; les attestations ..."
        r"^(?:les |le |la )?(?:supports?|diaporamas?|présentations|transparents|attestations|"
        r"certificats|enregistrements?|vidéos?|actes)\b[^.;]{0,40}? (?:seront|sera) "
        r"(?:mise?s? en ligne|envoyée?s?|transmise?s?|diffusée?s?|adressée?s?|partagée?s?)\b",
        # "..., le barreau de Lyon a organisé une demi-journée sur la preuve numérique ..."
        r"^(?:[^,]{2,80}, )?(?:le |la |l['’])(?:[\w'’-]+ ){0,5}?a organisé (?:une|un) "
        r"(?:[\w-]+ ){0,3}?(?:journée|demi-journée|atelier|séminaire|formation|session|"
        rf"conférence|matinée|soirée)\b[^.;]{{0,30}}? (?:sur|consacrée? à)\b{_FR_NO_POINT}",
    ],
    "ru": [
        # "Двадцать присяжных, отобранных жребием ..., заслушали представителей мэрии, ..."
        rf"^(?:[\w-]+ ){{0,3}}?{_RU_MEMBERS}(?:, [^.;]{{2,80}},)? (?:поочер[её]дно |затем )?"
        r"заслушал[аио]? (?:поочер[её]дно |затем )?(?:представител|свидетел|эксперт|"
        rf"сторон|специалист|жител|участник|доклад|выступлени)\w*{_RU_NO_POINT}",
        # "Гражданское жюри города X провело второе заседание, посвящённое ..."
        rf"^(?:[\w-]+ ){{0,2}}?{_RU_MEMBERS}\b[^.;]{{0,60}}?(?<!не )пров[её]л[аио]? "
        r"(?:[а-яё]+(?:ое|ую|ий|ой|ее|юю) )?(?:заседание|собрание|сессию|слушания|встречу)"
        rf"\b{_RU_NO_POINT}",
    ],
    "zh": [
        # "庭审纪要：……一案，于上午九时三十分……开庭审理。"
        rf"^[\u4e00-\u9fff（）()]{{2,16}}(?:纪要|记录|笔记|实录|摘要|简报)[：:]{_ZH_NO_POINT}",
        # "区电教馆馆长周建平汇报了各校……的进展情况。"
        r"^[^。，,：:]{0,20}?[\u4e00-\u9fff]{2,4}(?:汇报|通报)了[^。]{2,60}?(?:情况|进展|"
        r"工作|结果|计划|方案)[。]?$",
        # "……委员会季度会议在门诊楼五层召开，"
        r"^[^。，,：:]{2,30}(?:会议|例会|座谈会|听证会|大会|全会)(?:在|于)[^。，,：:]{2,24}"
        rf"(?:召开|举行)[，,。]{_ZH_NO_POINT}",
    ],
    "ar": [
        # "استمع المحلفون الثمانية عشر، الذين اختيروا بالقرعة، إلى مهندسي البلدية ..."
        rf"^و?(?:استمع|استمعت)\s+{_AR_MEMBERS}\s[^.]{{0,80}}?\sإلى\s[^.]*\sوإلى\s"
        rf"{_AR_NO_POINT}",
        # "وحُجزت القضية للحكم"
        r"^و?(?:حجزت|أرجئ|أرجأت)\s+(?:القضية|الدعوى|المحكمة)\s+[^.]{0,20}?(?:للحكم|"
        r"النطق بالحكم|للمداولة)",
    ],
}

# a verb of saying after the point, then one person
_EN_SAY_AFTER = (
    r"(?:said|says|told|recalled|explained|warned|added|noted|argued|admitted|insisted|"
    r"remarked|observed|laughed|joked|sighed)"
)
_ES_SAY_AFTER = (
    r"(?:dijo|contó|relató|advirtió|explicó|señaló|recordó|añadió|agregó|afirmó|lamentó|"
    r"insistió|comentó|resumió|apuntó|reconoció|admitió|bromeó)"
)
_AR_SAY_AFTER = r"(?:قال|قالت|أضاف|أضافت|أوضح|أوضحت|روى|روت|علق|علقت|ختم|ختمت)"
_AR_ONE = (
    r"(?:ال)?(?:مدرب|مدربة|معلم|معلمة|مزارع|مزارعة|طبيب|طبيبة|ممرض|ممرضة|صياد|طالب|طالبة|"
    r"ضيف|ضيفة|مهندس|مهندسة|سائق|تاجر|تاجرة|عامل|عاملة|موظف|موظفة|ناشط|ناشطة|صحفي|صحفية|"
    r"مزارع|أم|أب|جد|جدة|شيخ|شيخة|سيد|سيدة|محامي|محامية|باحث|باحثة|قاض|قاضية|مدير|مديرة)"
)
# a group that is no one person after the verb
_EN_NOT_ONE = (
    r"(?!(?:the )?(?:participants|speakers|panel+ists|members|delegates|several|many|some|"
    r"others|both|all|they|residents|parents|farmers|teachers)\b)"
)
_ES_NOT_ONE = (
    r"(?!(?:los|las|varios|varias|muchos|muchas|algunos|algunas|ambos|todos|ellos|ellas)\b)"
)

QUOTED_SAYERS: dict[str, list[str]] = {
    "en": [
        # "\"We had eleven seconds per post ...,\" said our guest, who ..."
        rf"^[\"“]?[^\"”]{{8,}}[\"”],? {_EN_SAY_AFTER} {_EN_NOT_ONE}(?:(?:our|the|a|an|one) )?"
        r"[\w'’-]+\b",
        # "..., according to panel member Gordon Feeney, who ..."
        rf"^.{{8,}}?,\s+according to (?:[\w'’-]+ ){{1,3}}?{_EN_NAME}",
        # "Counsel for the appellant, Ms. Okonjo-Reyes, argued that ..."
        rf"{_EN_APPOSED}(?:also |then )?(?:said|argued|stressed|warned|noted|explained|"
        r"insisted|contended|submitted|maintained|told|recalled|added|pointed out)\b",
    ],
    "es": [
        # "«Nos prometieron ...», contó el alcalde, Julián Peñalba."
        rf"^[«\"“]?[^»\"”]{{8,}}[»\"”],? {_ES_SAY_AFTER} {_ES_NOT_ONE}(?:(?:el|la|un|una|don|"
        r"doña|nuestro|nuestra) )?[\w-]+\b",
        # "Una letra tan pequeña es ilegible ..., advirtió doña Pilar Escobedo, presidenta ..."
        rf"^[^«»\"“”]{{8,}}?, {_ES_SAY_AFTER} (?:(?:el|la) [\w-]+,? )?(?:(?:don|doña) "
        r"(?-i:[A-ZÁÉÍÓÚÑ])[\w-]+|(?-i:[A-ZÁÉÍÓÚÑ])[\w-]+ (?-i:[A-ZÁÉÍÓÚÑ])[\w-]+)",
        # "El letrado de la asociación, Sr. Íñigo Sarasola, sostuvo que ..."
        rf"{_ES_APPOSED}(?:también )?(?:sostuvo|dijo|afirmó|señaló|advirtió|explicó|alegó|"
        r"argumentó|subrayó|insistió|recordó|defendió|planteó)\b",
    ],
    "fr": [
        # "Le conseil de l'association, Me X, a soutenu que ..."
        rf"{_FR_APPOSED}a (?:également |aussi |ensuite )?(?:soutenu|plaidé|affirmé|souligné|"
        r"rappelé|expliqué|estimé|fait valoir|averti|insisté|déclaré|indiqué)\b",
    ],
    "zh": [
        # "“最忙的时候，……，”曾在外包公司做了三年审核的嘉宾小林说。"
        r"^“?[^“”]{4,}”[^。“”]{0,40}?(?<!们)(?<!大家)(?:说|表示|介绍|坦言|回忆说|补充说|感叹)[。！]?$",
    ],
    "ar": [
        # "«لا نستطيع ...»، قال المدرب حسين الموسوي."
        rf"^«?[^«»]{{8,}}»،?\s*{_AR_SAY_AFTER}\s+{_AR_ONE}\s",
    ],
}

#: A quotation followed by a verb of saying and one person: never a description of the session.
QUOTED = re.compile(
    "|".join(p for code in ("en", "es", "zh", "ar") for p in QUOTED_SAYERS[code][:1]),
    re.IGNORECASE,
)
