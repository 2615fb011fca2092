"""Cue patterns of statement kinds in English, French and Spanish (see ``synth.kinds``).

Each language has three lists: patterns of sentences that only describe the session, reporting
frames to remove from the front of a point, and attributions (who said or presented what).
Patterns are matched case-insensitively from the start of a sentence.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------- English
_EN_EVENT = (
    r"(?:(?:this|the|that|our|today's|each|a|one) )?(?:(?:high[- ]level|main|parallel|"
    r"interactive|hybrid|closing|opening|open|final|first|second|third|youth|nri|"
    r"collaborative|joint|coalition|\d+-minute) )*"
    r"(?:session|workshop|panel(?: discussion)?|discussion|dialogue|debate|roundtable|"
    r"round table|town hall|open forum|lightning talk|forum|meeting|event|conversation|"
    r"exchange|transcript|report|presentation|talk|launch|networking session|"
    r"dynamic coalition|coalition|day zero event|segment|part|programme|program|agenda|"
    r"summary)s?"
)
_EN_INTRO = r"(?:(?:in|during|throughout|at|over|across|overall|in short|to begin)[^,]{0,40}, )?"
# words between the subject and its verb, never a modal or a copula (that would be a point)
_EN_GAP = (
    r"(?:,? (?:(?!\b(?:should|must|need|needs|can|cannot|will|would|is|are|were|has|have|"
    r"remains?|requires?|who|which|where|whose)\b)[^.;]){0,120}?)?"
)
_EN_FOCUS_VERB = (
    r"(?:focus(?:ed|ses|sed|es)?|centred|centered|revolved|explored?|examined?|addressed|"
    r"discuss(?:ed|es)?|compared|asked|brought|attracted|drew|concluded with|turned to|"
    r"moved (?:on )?to|shifted to|touched upon|covered|covers|looked(?: closely)? at|looks at|"
    r"considered|considers|"
    r"delved|dove|brought together|brings together|gathered|convened|featured|features|"
    r"included|includes|opened|began|begins|started|closed|ended|wrapped up|kicked off|"
    r"aimed|aims|sought|seeks|set out|sets out|provided|provides|offered|offers|served|"
    r"serves|showcased|presented|introduced|tackled|unpacked|reviewed|analy[sz]ed|"
    r"touched on|touches on|investigated|took stock|takes stock|assessed|"
    r"engaged|invited|hosted|consisted|comprised|was structured|is structured|"
    r"was divided|is divided|was organi[sz]ed|was co-organi[sz]ed|was jointly organi[sz]ed|"
    r"was moderated|was chaired|was hosted|was facilitated|was convened|was held|"
    r"was opened|was closed|was attended|was livestreamed|was recorded|took place|"
    r"captures|captured|documents|records|summari[sz]es|contains|was designed|"
    r"set the stage|set the scene|framed)"
)
_EN_GENERIC_OBJECT = (
    r"(?:several|various|a (?:number|range|variety|series|host|set) of|a wide range of|"
    r"a broad range of|many|numerous|different|multiple|key|important|critical|major|"
    r"the (?:main|key|various|many|different|following)|both|two|three|four|five)"
    r"(?: \w+){0,3} (?:challenges|opportunities|issues|topics|themes|aspects|dimensions|"
    r"perspectives|questions|concerns|areas|points|ideas|insights|experiences|examples|"
    r"approaches|initiatives|considerations|priorities|trends|developments|lessons|"
    r"recommendations|tensions|trade-offs|angles|facets|elements)"
)


def name_pattern(title: str, capital: str, particles: str = "", *, most: int = 4) -> str:
    """A person's name: a title and a capitalised word, or two capitalised words or more.

    Capitals are matched as such inside case-insensitive patterns; a sentence's first word is
    capitalised anyway, so one word alone ("Participants") is not a name.
    """
    word = rf"(?-i:{capital})[\w'’.-]+"
    more = rf"(?: (?:{word}{'|' + particles if particles else ''}))"
    return rf"(?:(?:{title})\.? {word}{more}{{0,{most}}}|{word}{more}{{1,{most}}})"


_EN_NAME = name_pattern(
    r"mr|ms|mrs|dr|prof|professor|ambassador|minister|h\.?e\.?|sir|dame|senator|judge",
    "[A-Z]",
    "de|da|van|von|al|el|bin|ben|la|le",
)
_EN_AFFIL = (
    r"(?:,? (?:from|of|at|with|representing|speaking for|on behalf of|an? |the |who )"
    r"[^,;]{2,100}?,?)?"
)
_EN_PRESENT_VERB = (
    r"(?:presented|introduced|shared|gave|offered|showcased|outlined|walked (?:participants|"
    r"the audience|attendees) through|opened|moderated|chaired|welcomed|closed|launched|"
    r"provided an overview|gave an overview|delivered|made (?:a|the) (?:presentation|case)|"
    r"spoke about|spoke on|talked about|discussed|reflected on|joined|took the floor|"
    r"set the scene|framed the discussion|kicked off|wrapped up|concluded the session|"
    r"presented a (?:\w+ )?perspective|offered a (?:\w+ )?perspective|brought a (?:\w+ )?"
    r"perspective)"
)
EN_DESCRIPTIVE = [
    # "This workshop focused on ...", "The session was jointly organised by ..."
    rf"^{_EN_INTRO}{_EN_EVENT}{_EN_GAP},? (?:also |then |first |further |will |"
    rf"mainly |primarily |largely |specifically |particularly |briefly )?{_EN_FOCUS_VERB}\b"
    r"(?![^.]*,\s*which\b)(?![^.]*\b(?:that)\b[^.]*\b(?:must|should|need|needs|is|are|was|were|can|"
    r"cannot|will|would|remain|remains|has|have|had)\b)",
    # "Speakers included ...", "Panellists were ...", "The panel consisted of ..."
    r"^(?:the )?(?:speakers|panel+ists|presenters|participants|discussants|moderators?|"
    r"organi[sz]ers|contributors|attendees|co-organi[sz]ers|hosts?|experts)"
    r"(?: [\w-]+){0,3} (?:included|were|came from|represented|ranged from|consisted of|"
    r"comprised|joined|gathered|attended|introduced themselves|were invited|took turns)\b",
    # "Participants discussed several key challenges and opportunities."
    rf"^(?:throughout (?:the|this) \w+,? |during (?:the|this) \w+,? |overall,? |in (?:the|this) "
    rf"\w+,? )?(?:the )?(?:speakers|panel+ists|participants|discussants|contributors|"
    rf"attendees|experts|stakeholders|presenters)(?: \w+){{0,2}} (?:also )?(?:discussed|"
    rf"explored|examined|addressed|identified|highlighted|emphasi[sz]ed|raised|shared|"
    rf"considered|touched on|reflected on|exchanged|debated|noted|outlined|underscored|"
    rf"stressed|pointed to|brought up) {_EN_GENERIC_OBJECT}\b(?:[^.;:]{{0,60}})[.!]?$",
    # "<Name>, from <organisation>, presented ..." with no "that"-clause
    rf"^{_EN_NAME}{_EN_AFFIL} (?:also |then |first |briefly )?{_EN_PRESENT_VERB}\b"
    r"(?![^.]*\b(?:that|showing|finding|arguing|warning|noting)\b)",
    # "The session opened with remarks by ...", "After opening remarks, ..."
    r"^(?:after|following|in) (?:the |her |his |their )?(?:opening|welcome|welcoming|"
    r"introductory|initial|keynote) (?:remarks|address|words|statement|presentation)s?\b"
    r"(?![^.]*\bthat\b)",
    r"^(?:the )?(?:first|second|third|final|last|next) (?:part|segment|half|round|block|"
    r"section) of (?:the|this) (?:session|workshop|panel|discussion)\b",
    r"^(?:a |the )?(?:q&a|question(?:s)? and answer(?:s)?|questions from the (?:floor|"
    r"audience)|open floor|audience questions)\b",
    r"^(?:this|the following) (?:is|was) (?:a |an )?(?:summary|transcript|report|record|"
    r"overview)\b",
    r"^(?:the )?(?:session|workshop|panel|discussion|meeting) (?:was|is) (?:part of|one of|"
    r"held|organi[sz]ed|co-organi[sz]ed|moderated|hosted|chaired|attended|open to|"
    r"streamed|conducted|run|delivered) ",
    r"^(?:the )?(?:moderator|chair|facilitator|host|rapporteur)(?:,? [^,]{2,60},?)? "
    r"(?:opened|closed|welcomed|introduced|invited|thanked|summari[sz]ed|asked|began|"
    r"started|concluded|wrapped up|framed|set)\b(?![^.]*\bthat\b)",
    r"^we (?:organi[sz]ed|convened|hosted|held|ran|designed|brought together|invited|"
    r"launched|put together|wanted)\b",
    r"^(?:the |many |several |some |most |all |other |a few |various |both )?(?:\w+ )?"
    r"(?:speakers|panel+ists|participants|discussants|presenters|experts|contributors|"
    r"countries|delegations) (?:also )?(?:shared|exchanged|presented|described) (?:their |"
    r"national |country |own )*(?:\w+ )?(?:experiences|perspectives|views|insights|stories|"
    r"practices|lessons)\b(?:[^.;:]{0,90})[.!]?$",
    r"^(?:various|several|many|different|diverse|a range of|a variety of|multiple) (?:\w+ )?"
    r"(?:perspectives|views|experiences|insights|examples|ideas|approaches) were (?:shared|"
    r"offered|presented|exchanged|heard|voiced|expressed)\b",
    r"^(?:a |an )?(?:\w+ ){0,2}(?:debate|discussion|exchange|conversation|q&a|"
    r"question-and-answer session|dialogue) (?:followed|ensued)\b",
    r"^(?:the |many |several |some |other )?(?:speakers|panel+ists|participants|discussants|"
    r"presenters|experts) (?:also |then )?(?:reflected on|debated|discussed|asked|considered|"
    r"explored|examined|wondered|pondered|deliberated on) (?:the question (?:of )?)?(?:whether|"
    r"how|what|if|why|which)\b",
    r"^(?:the |other )?(?:key |main |major |other )?(?:issues|topics|themes|questions|points|"
    r"areas)(?: \w+){0,2} (?:raised|discussed|covered|addressed|explored|touched upon|"
    r"highlighted) (?:included|were|ranged)\b",
    r"^[^.]{0,60}\b(?:highlighted|stressed|emphasi[sz]ed|underlined|underscored|noted) the "
    r"(?:importance|value|need) of (?:a )?multi-?stakeholder (?:collaboration|cooperation|"
    r"approach(?:es)?|engagement|dialogue|partnerships?)(?: (?:in|for|to) (?:addressing|"
    r"tackling|address|tackle|solving|responding to) (?:these|such|the) (?:\w+ ){0,2}"
    r"(?:issues|challenges|problems|questions))?[.!]?$",
]
EN_FRAMES = [
    r"^(?:it was|it is|it has been) (?:\w+ )?(?:noted|stressed|highlighted|emphasi[sz]ed|"
    r"agreed|underlined|underscored|observed|recogni[sz]ed|acknowledged|argued|suggested|"
    r"pointed out|concluded|mentioned|recalled|reiterated|felt|said|explained|"
    r"warned|cautioned|clear|evident|understood) that,? ",
    r"^there (?:was|is) (?:a |an )?(?:broad|general|strong|wide|widespread|clear|shared|"
    r"growing|common|overall)? ?(?:agreement|consensus|recognition|understanding|concern|"
    r"sense|view|feeling|conviction|acknowledg(?:e)?ment) (?:among [^,]{2,60} )?that,? ",
    rf"^{_EN_INTRO}{_EN_EVENT}{_EN_GAP} (?:also |further |clearly |"
    r"strongly |repeatedly |collectively )?(?:revealed|showed|shown|demonstrated|highlighted|"
    r"underscored|underlined|emphasi[sz]ed|stressed|noted|concluded|found|made (?:it )?clear|"
    r"confirmed|illustrated|reaffirmed|recogni[sz]ed|acknowledged|suggested|indicated|"
    r"established|brought out|pointed out|observed|agreed) that,? ",
    r"^(?:the |many |several |some |most |all |other |a few |various |both |two |three )?"
    r"(?:\w+ )?(?:speakers?|panel+ists?|participants?|discussants?|presenters?|experts?|"
    r"contributors?|attendees?|organi[sz]ers?|stakeholders?|delegates?|representatives?|"
    r"respondents?|members?|voices?|youth|young people|researchers?|advocates?)"
    r"(?: [\w-]+){0,4}? (?:also |further |clearly |strongly |repeatedly |broadly |"
    r"generally |unanimously |collectively |largely |widely )?"
    r"(?:highlighted|noted|stressed|emphasi[sz]ed|agreed|underlined|underscored|observed|"
    r"concluded|recogni[sz]ed|acknowledged|found|showed|argued|pointed out|warned|"
    r"cautioned|suggested|insisted|affirmed|reaffirmed|reiterated|recalled|explained|"
    r"maintained|believed|felt|said|stated|shared|expressed concern|cautioned|"
    r"emphasi[sz]ed|observed|contended|asserted|mentioned|added|remarked|indicated|"
    r"were of the view|were concerned|agreed with|expressed the view|made the point|"
    r"made clear|raised concerns?|noted with concern|highlighted the fact) that,? ",
    rf"^{_EN_NAME}{_EN_AFFIL} (?:also |further |then |later )?(?:said|argued|noted|stressed|"
    r"highlighted|emphasi[sz]ed|observed|warned|cautioned|pointed out|explained|suggested|"
    r"insisted|added|remarked|stated|maintained|recalled|reminded participants|told "
    r"participants|underlined|underscored|concluded|affirmed|believed|shared|mentioned|"
    r"contended|asserted|acknowledged|recogni[sz]ed) that,? ",
    r"^(?:according to|as (?:noted|stressed|highlighted|pointed out|explained) by) "
    r"[^,]{2,100}, ",
    r"^(?:the )?(?:discussions?|debate|exchange|conversation|dialogue|panel|session) "
    r"(?:also )?(?:led to|reached|arrived at) (?:the |a )?(?:conclusion|consensus|agreement|"
    r"understanding) that,? ",
]
# "Participants stressed the need for X" -> "There is a need for X";
# "Speakers called on X to Y" -> "X should Y"
_EN_SUBJECT = (
    r"^(?:(?:the |many |several |some |most |all |other |a few |various |both )?(?:\w+ )?"
    r"(?:speakers?|panel+ists?|participants?|discussants?|presenters?|experts?|contributors?|"
    r"organi[sz]ers?|stakeholders?|delegates?|representatives?|youth|young people|"
    r"researchers?|advocates?|members?)|"
    rf"{_EN_INTRO}{_EN_EVENT}|(?:it|there) was)(?: [\w-]+){{0,3}}? (?:also |further |strongly |"
    r"repeatedly |collectively |clearly |unanimously )?"
)
EN_REWRITES = [
    (
        _EN_SUBJECT + r"(?:stressed|highlighted|emphasi[sz]ed|underlined|underscored|noted|"
        r"reiterated|recogni[sz]ed|acknowledged|pointed to|agreed on|raised|identified|"
        r"discussed) (?:the |an? )?(?:urgent |pressing |clear |critical |growing )?"
        r"(?:need|necessity) (?P<prep>for|to) ",
        r"There is a need \g<prep> ",
    ),
    (
        _EN_SUBJECT + r"(?:called|appealed) on (?P<who>[^.;]{2,80}?) to ",
        r"\g<who> should ",
    ),
    (
        _EN_SUBJECT + r"(?:called|pressed|pushed|argued|advocated) for ",
        "There is a need for ",
    ),
]
EN_ATTRIBUTION = [
    r"^(?:the|a|an|one) (?:[\w-]+ ){0,3}(?:speaker|minister|journalist|member of parliament|"
    r"regulator|official|engineer|researcher|teacher|student|activist|lawyer|founder|director|"
    r"representative|delegate|editor|entrepreneur|farmer|doctor|nurse|mayor|ambassador)"
    r"(?:,? (?:[^,]{2,60}),)?(?: (?:from|of|at) [^,;]{2,80}?)? (?:also |then )?(?:said|explained|"
    r"told|showed|demonstrated|described|recounted|presented|shared|recalled|noted|warned|"
    r"argued|stressed|walked)\b",
    rf"^{_EN_NAME}{_EN_AFFIL} (?:also |then |later )?(?:showed|demonstrated|walked|"
    r"explained that)\b",
    rf"^{_EN_NAME}{_EN_AFFIL} (?:also |then |later )?(?:described|recounted|told|shared|"
    r"recalled|gave an example|explained how|illustrated|cited|spoke|presented|offered|"
    r"introduced|showcased|outlined|reported|highlighted|noted|said|argued|warned|stressed|"
    r"emphasi[sz]ed|pointed out|observed|suggested|added|remarked|stated)\b",
    r"^(?:one|another|a) (?:speaker|panel+ist|participant|presenter|delegate|representative|"
    r"youth delegate|young participant|researcher|expert)\b",
    r"^(?:panel+ist|speaker|participant|presenter) [a-z0-9]\b",
]

# ----------------------------------------------------------------------------------- French
_FR_EVENT = (
    r"(?:(?:cette|la|le|l'|l’|ce|cet|ces|les|notre|une|un) ?)?(?:(?:séance|session|atelier|"
    r"table ronde|discussion|débat|dialogue|panel|réunion|rencontre|forum(?: ouvert)?|échange|"
    r"conférence|plénière|intervention|présentation|événement|évènement|rapport|"
    r"transcription|résumé|programme|compte rendu|journée|édition)s?\b|"
    r"(?:[\w.-]+ )?édition\b|(?-i:FGI|IGF)\b(?: [\w-]+){0,3})"
)
_FR_NAME = (
    r"(?:(?:le|la) )?(?:(?:ministre|directeur|directrice|président|présidente|"
    + (
        r"ambassadeur|ambassadrice|professeur|professeure|chercheur|chercheuse|journaliste|"
        r"représentant|représentante|coordonnateur|coordonnatrice|député|députée|sénateur|"
        r"sénatrice|commissaire|fondateur|fondatrice) )?"
    )
    + name_pattern(r"m|mme|dr|pr|s\.e\.|son excellence", "[A-ZÉÈ]", "de|du|la|le", most=3)
)
FR_DESCRIPTIVE = [
    rf"^{_FR_EVENT}(?: (?:(?!\bqu(?:e\b|['’]))[^.;]){{0,80}}?)?,? (?:a |avait |s'est |s’est |"
    r"était |est |a été |ont |se sont |ont été |sont |étaient |avaient )?(?:ensuite |"
    r"également |aussi |d['’]abord |notamment |principalement |surtout )?(?:"
    r"s['’]inscri(?:vait|t)|porté|portait|porte|centrée?|concentrée?|consacrée?|organisée?|"
    r"co-?organisée?|conjointement organisée?|modérée?|animée?|présidée?|réuni|réunissait|"
    r"rassemblé|rassemblait|examiné|exploré|abordé|abordait|traité|visait|vise|visé|"
    r"proposé|proposait|offert|permis|ouvert|ouverte|débuté|commencé|terminé|terminée|"
    r"achevé|achevée|conclu|conclue|déroulé|déroulée|tenu|tenue|structuré|structurée|"
    r"divisé|divisée|articulé|articulée|accueilli|invité|donné lieu|fait intervenir|"
    r"mis en lumière plusieurs|passé en revue|présenté|présentait|intitulée?|penché|"
    r"intéressé|attaché|marqué|demandé|interrogé|retrace|récapitule|synthétise|résume|"
    r"présente|rend compte|comparé|mis en regard|permis d['’]échanger|"
    r"déroulée? en|penchera|portera|examinera|explorera|réunira|rassemblera)(?:e?s?)\b"
    r"(?![^.]*\b(?:que|qu['’])\b[^.]*\b(?:doit|doivent|devrait|devraient|est|sont|reste|"
    r"restent|peut|peuvent|faut|nécessite|nécessitent|exige|exigent|manque|manquent|"
    r"montrent|révèlent|démontrent|indiquent|confirment|montré|révélé|démontré)\b)"
    r"(?![^.]*\b(?:consensus|conclusion|constat|accord)\b)",
    r"^(?:les |des |plusieurs )?(?:participants|intervenants|intervenantes|panélistes|"
    r"orateurs|oratrices|experts|expertes|contributeurs|modérateurs?|organisateurs)"
    r"(?: \w+){0,2} (?:ont |avaient )?(?:discuté|abordé|évoqué|échangé|examiné|exploré|"
    r"identifié|souligné|mis en avant|mis en évidence|relevé|partagé|soulevé|passé en "
    r"revue)(?: sur)? (?:de |des |d['’])?(?:leurs|les|plusieurs|divers|diverses|nombreux|"
    r"nombreuses|"
    r"différents|différentes|multiples|quelques|certains|certaines|un certain nombre de|"
    r"une série de|un large éventail de|les principaux|les principales|les différents|"
    r"les différentes)(?: \w+){0,2} (?:défis|enjeux|aspects|sujets|thèmes|questions|"
    r"problèmes|perspectives|opportunités|points|expériences|exemples|pistes|"
    r"préoccupations|dimensions|initiatives)\b(?:[^.;:]{0,90})[.!]?$",
    r"^(?:parmi )?(?:les )?(?:intervenants|intervenantes|panélistes|orateurs|participants)"
    r"(?: \w+){0,2} (?:étaient|comprenaient|figuraient|venaient|représentaient|incluaient)\b",
    rf"^{_FR_NAME}"
    r"(?:,? (?:de|du|de la|des|d['’]|représentant|représentante|qui)[^,;]{2,100}?,?)? "
    r"(?:a |avait )?(?:ensuite |également |aussi |d['’]abord |enfin )?(?:présenté|introduit|ouvert|"
    r"modéré|animé|partagé|exposé|donné un aperçu|"
    r"décrit|accueilli|clôturé|lancé|pris la parole)\b(?![^.]*\b(?:que|qu['’])\b)(?![^.]*:)",
    r"^(?:après|à la suite d['’]|suite à) (?:les |la |le |l['’]|des |une |un )?"
    r"(?:mots?|discours|remarques|allocutions?|propos|présentations?) (?:d['’]ouverture|"
    r"de bienvenue|liminaires|introductives?)\b(?![^.]*\b(?:que|qu['’])\b)",
    r"^(?:la |une )?séance de questions(?:-| et )réponses\b",
    r"^(?:ce|le|le présent|la présente|cette) (?:document|texte|résumé|compte rendu|rapport|"
    r"synthèse|"
    r"note) (?:présente|résume|rend compte|retrace|récapitule|synthétise|rassemble|reprend)",
    # questions asked, not answered: "La session s'est demandé s'il fallait ..."
    r"^(?:les |des |plusieurs |certains )?(?:participants|participantes|intervenants|"
    r"intervenantes|panélistes|orateurs|oratrices|experts|expertes|jeunes)(?: \w+){0,2} "
    r"(?:se sont demandé|se sont interrogés|ont débattu de la question de savoir|ont discuté|"
    r"ont débattu|ont réfléchi|ont examiné|ont exploré|ont échangé)(?: sur| de| à)? "
    r"(?:la (?:manière|façon) dont|si|s['’]il|s['’]ils|comment|quels?|quelles?|pourquoi|"
    r"dans quelle mesure)\b",
    r"^(?:la |le |l['’]|une |un )?(?:première|premier|deuxième|seconde|second|troisième|"
    r"dernière|dernier) (?:partie|moitié|séquence|table ronde|session|phase|panel|temps|volet)"
    r"\b(?![^.]*\b(?:que|qu['’])\b)",
    r"^(?:plusieurs |des |de nombreuses |quelques )?(?:questions|recommandations|propositions|"
    r"pistes) (?:\w+ ){0,4}ont été (?:posées|formulées|émises|faites|proposées|présentées)"
    r"(?: [^.;:]{0,50})?(?:[.;]|$)",
    r"\b(?:figurent|sont présentées|sont reprises|sont résumées|sont détaillées) ci-(?:dessous|"
    r"après)\b",
    r"^(?:près de |plus de |environ |quelque |une |un )?(?:\d+|\w+aine) (?:de )?(?:personnes|"
    r"participants|participantes|étudiants|jeunes|inscrits)(?: [\w-]+){0,3} (?:ont suivi|ont "
    r"participé|ont assisté|étaient présents|ont pris part|se sont connectés)\b",
    r"^(?:les |parmi les )?(?:principaux |principales |autres )?(?:thèmes|sujets|questions|"
    r"enjeux|points)(?: \w+){0,2} (?:abordés|évoqués|discutés|traités|examinés|soulevés)\b",
    rf"^{_FR_EVENT} (?:ont été|a été|était|étaient|fut|se sont révélés?) (?:très |"
    r"particulièrement |fort |extrêmement )?(?:riches?|constructi|fructueu|animée?s?|"
    r"dynamiques?|intéressante?s?|enrichissante?s?|stimulante?s?|vivante?s?|denses?|"
    r"passionnante?s?|productive?s?|intenses?|nourrie?s?)",
    r"^(?:les |des |plusieurs )?(?:participants|intervenants|intervenantes|panélistes|"
    r"orateurs|oratrices|experts|expertes|jeunes) (?:se sont |s['’]est )interrog\w* sur\b",
    r"\bla parole (?:a été|fut) (?:donnée|passée|laissée|ouverte)\b",
    r"^(?:plusieurs|certains|de nombreux|quelques|divers|les) (?:pays|intervenants|"
    r"participants|acteurs|organisations|délégations|panélistes) ont (?:partagé|présenté|exposé|"
    r"décrit) (?:leur|leurs) (?:expérience|expériences|pratiques|initiatives|travaux)\b",
    r"^(?:nous avons|j['’]ai) (?:organisé|conçu|préparé|réuni|invité|animé|proposé)\b",
    r"^(?:à la fin|ensuite|puis|enfin|pour conclure|en fin de séance),? (?:une |un )?"
    r"(?:séance|temps|moment|échange|débat|session) (?:de |d['’])?(?:questions|échanges|"
    r"débat)\b",
]
FR_FRAMES = [
    r"^il (?:a été|est|avait été|fut) (?:\w+ )?(?:souligné|noté|rappelé|relevé|convenu|"
    r"reconnu|observé|constaté|affirmé|estimé|mentionné|indiqué|admis|clair|évident|"
    r"largement admis|mis en avant|mis en évidence|proposé|suggéré) (?:que|qu['’]) ?",
    r"^(?:les |des |plusieurs |certains |de nombreux |nombre d['’]|la plupart des |"
    r"d['’]autres |tous les |quelques )?(?:participants|participantes|intervenants|"
    r"intervenantes|panélistes|orateurs|oratrices|experts|expertes|délégués|"
    r"représentants|jeunes|membres|acteurs|contributeurs)(?: [\w-]+){0,4}? (?:ont |avaient |"
    r"sont |se sont |étaient )?(?:également |aussi |unanimement |largement |tous |"
    r"clairement |fortement )?(?:souligné|noté|rappelé|estimé|constaté|convenu|insisté sur "
    r"le fait|affirmé|relevé|observé|averti|reconnu|mis en évidence|mis en avant|fait "
    r"valoir|indiqué|expliqué|souligné|considéré|jugé|admis|déclaré|accordés? à dire|"
    r"accordé|d['’]accord pour dire|d['’]avis|convaincus|préoccupés|mis en garde contre "
    r"le fait|fait remarquer|fait observer|signalé|rappelé|conclu|ajouté|partagé l['’]avis) "
    r"(?:que|qu['’]) ?",
    rf"^{_FR_EVENT}(?: [^.;]{{0,60}}?)? (?:a |ont |avait )?(?:également |aussi |clairement )?"
    r"(?:montré|révélé|mis en évidence|mis en lumière|souligné|confirmé|démontré|fait "
    r"ressortir|permis de constater|conclu|établi|rappelé|illustré) (?:que|qu['’]) ?",
    rf"^{_FR_NAME}"
    r"(?:,? (?:de|du|de la|des|d['’]|représentant|représentante)[^,;]{2,100}?,?)? (?:a |avait )?"
    r"(?:également |aussi )?(?:souligné|noté|rappelé|estimé|affirmé|expliqué|averti|"
    r"déclaré|indiqué|observé|fait valoir|insisté sur le fait|ajouté|relevé|signalé) "
    r"(?:que|qu['’]) ?",
    r"^(?:selon|d['’]après|pour) (?:les |des |plusieurs |certains )?(?:participants|"
    r"intervenants|panélistes|experts|orateurs)[^,]{0,40}, ",
    r"^un (?:consensus|accord) (?:s['’]est dégagé|a émergé) (?:sur le fait |pour dire )?"
    r"(?:que|qu['’]) ?",
]

# ---------------------------------------------------------------------------------- Spanish
_ES_EVENT = (
    r"(?:(?:esta|estas|la|las|el|los|este|nuestra|nuestro|una|un) )?(?:(?:sesi[oó]n|sesiones|"
    r"mesas? redondas?|taller|talleres|discusi[oó]n|discusiones|debates?|diálogos?|panel|"
    r"reuni[oó]n|encuentros?|foro(?: abierto)?|intercambios?|conferencias?|plenaria|"
    r"presentaci[oó]n|evento|informe|transcripción|resumen|conversatorio|conversaci[oó]n|"
    r"conversaciones|charla|jornadas?|edición|relatoría)\b|(?:[\w.ºª-]+ )?edición\b|"
    r"(?-i:IGF|FGI|LACIGF)\b(?: [\w-]+){0,3})"
)
# a person, with a title or role before the name ("la Sra. Lucía Herrera", "el comisionado X")
_ES_WHO = (
    r"(?:(?:el|la) )?(?:(?:comisionad[oa]|ministr[oa]|viceministr[oa]|director[a]?|"
    r"president[ea]|embajador[a]?|secretari[oa]|coordinador[a]?|investigador[a]?|"
    r"profesor[a]?|periodista|representante|alcaldes?a?|jef[ea]|gerente|fundador[a]?|"
    r"diputad[oa]|senador[a]?|consejer[oa]|especialista|abogad[oa]|ingenier[oa]) )?"
)
_ES_NAME = _ES_WHO + name_pattern(r"sr|sra|dr|dra|prof", "[A-ZÁÉÍÓÚÑ]", "de|del|la|y")
ES_DESCRIPTIVE = [
    rf"^{_ES_EVENT}(?: (?:(?!\bque\b)[^.;]){{0,80}}?)?,? (?:se |fue |fueron |estuvo |ha |había |"
    rf"tuvo |estaba |"
    r"también )?(?:se )?"
    r"(?:centrará|abordará|explorará|examinará|analizará|reunirá|comparó|compara|preguntó|"
    r"preguntó|planteó (?:la pregunta|preguntas)|realizó|celebró|llevó a cabo|desarrolló|"
    r"organizó|dividió|inaugurad[oa]|clausurad[oa]|integrad[oa]|compuest[oa]|conformad[oa]|"
    r"a cargo de|resume|recoge|sintetiza|documenta|describe|presenta|penetró|marcad[oa]|"
    r"pasó revista|recorrió|mapeó|dio voz|permitió conocer|"
    r"centró|centra|enfocó|enfoca|concentró|abordó|aborda|exploró|explora|examinó|"
    r"analizó|analiza|reunió|reúne|congregó|convocó|contó con|cuenta con|organizad[oa]|"
    r"co-?organizad[oa]|conjuntamente organizad[oa]|moderad[oa]|presidid[oa]|facilitad[oa]|"
    r"celebrad[oa]|realizad[oa]|dedicad[oa]|dividid[oa]|estructurad[oa]|propuso|"
    r"buscó|busca|tuvo como (?:objetivo|propósito|fin)|tiene como objetivo|pretendió|"
    r"comenzó|empezó|inició|abrió|concluyó con|terminó|cerró|giró|versó|trató|ofreció|"
    r"presentó|repasó|revisó|destacó varios|puso sobre la mesa|dio inicio|titulad[oa])\b"
    r"(?![^.]*\bque\b[^.]*\b(?:debe|deben|debería|deberían|es|son|sigue|siguen|puede|pueden|"
    r"requiere|requieren|necesita|necesitan|hay|existe|existen|falta|faltan|documentaron|"
    r"demostraron|mostraron|revelaron|confirmaron|encontraron|muestran|revelan|demuestran|"
    r"indican|evidencian)\b)",
    r"^(?:los |las |varios |varias |diversos |algunas |algunos )?(?:personas )?(?:participantes|"
    r"ponentes|panelistas|expositor(?:a|es|as)|"
    r"oradores|oradoras|expertos|expertas|intervinientes|moderador(?:a|es)?|organizadores)"
    r"(?: \w+){0,2} (?:discutieron|abordaron|debatieron|analizaron|examinaron|exploraron|"
    r"identificaron|destacaron|señalaron|compartieron|plantearon|repasaron|conversaron sobre|"
    r"reflexionaron sobre|intercambiaron|subrayaron|enfatizaron|resaltaron|mencionaron|"
    r"trataron)(?: sobre)? (?:sus|las|los|varios|varias|diversos|diversas|"
    r"numerosos|numerosas|distintos|distintas|múltiples|algunos|algunas|una serie de|"
    r"un conjunto de|una amplia gama de|los principales|las principales|diferentes|"
    r"muchos|muchas)(?: \w+){0,2} (?:desafíos|retos|temas|aspectos|cuestiones|problemas|"
    r"perspectivas|oportunidades|puntos|experiencias|ejemplos|preocupaciones|dimensiones|"
    r"iniciativas|asuntos)\b(?:[^.;:]{0,90})[.!]?$",
    r"^(?:entre )?(?:los |las )?(?:ponentes|panelistas|oradores|participantes)"
    r"(?: \w+){0,2} (?:fueron|incluyeron|estuvieron|figuraron|provenían|representaban|"
    r"participaron)\b(?![^.]*\bque\b)",
    rf"^{_ES_NAME}(?:,? (?:de|del|de la|representante de|en representación de|"
    rf"quien)[^,;]{{2,100}}?,?)?"
    r" (?:también )?(?:presentó|introdujo|dio a conocer|mostró|abrió|moderó|compartió|expuso|"
    r"describió|dio la bienvenida|"
    r"cerró|lanzó|tomó la palabra|ofreció una visión|ofreció un panorama|habló sobre)\b"
    r"(?![^.]*\bque\b)(?![^.]*:)",
    r"^(?:tras|después de|luego de) (?:las |los |la |el |unas |unos )?(?:palabras|discurso|"
    r"comentarios|intervenciones?) (?:de apertura|de bienvenida|iniciales|introductorias)\b"
    r"(?![^.]*\bque\b)",
    r"^(?:la |una )?(?:ronda|sesión) de preguntas(?: y respuestas)?\b",
    # questions asked, not answered: "Los panelistas debatieron si ..."
    r"^(?:los |las |varios |varias |algunos |algunas )?(?:personas )?(?:participantes|ponentes|"
    r"panelistas|expositor(?:a|es|as)|oradores|oradoras|expertos|expertas|asistentes|"
    r"intervinientes|jóvenes)(?: \w+){0,2} "
    r"(?:también )?(?:debatieron|discutieron|se preguntaron|analizaron|examinaron|exploraron|"
    r"reflexionaron sobre|conversaron sobre|dialogaron sobre|intercambiaron ideas sobre) "
    r"(?:si|cómo|qué|cuál|cuáles|cuándo|de qué (?:manera|forma|modo)|en qué medida|por qué|"
    r"hasta qué punto)\b",
    rf"^{_ES_EVENT}(?: [^.;]{{0,60}}?)? (?:se preguntó|preguntó|planteó) (?:si|cómo|qué|cuál|"
    r"cuáles|de qué (?:manera|forma|modo)|en qué medida|por qué)\b",
    # "Se realizaron cuatro mesas ...", "Se presentó un video ...", "Se discutieron temas ..."
    r"^(?:(?:a continuación|luego|después|posteriormente|finalmente|al final|en total),? )?"
    r"se (?:resum|gener|abri|produj|realiz|celebr|organiz|llev|desarroll|present|proyect|discut|"
    r"abord|debat|analiz|"
    r"compart|expus|expuso|revis|explor|examin|trat|mostr|inaugur|clausur|form|conform|"
    r"dividi|habl|convers|reflexion|dialog|repas|formul)\w* (?!la necesidad|la importancia|"
    r"la urgencia)(?![^.]*\bque\b)",
    # "Participaron coordinadores de ...", "Moderó la periodista ..."
    r"^(?:participaron|intervinieron|asistieron|expusieron|tomaron la palabra|moderó|"
    r"moderaron|inauguró|inauguraron|clausuró|abrió la sesión|cerró la sesión)\b"
    r"(?![^.]*\bque\b)",
    r"^(?:la |el )?(?:moderación|organización|apertura|relatoría|facilitación|coordinación|"
    r"conducción|bienvenida|inauguración|clausura|cierre) (?:\w+ )?(?:estuvo|corrió|quedó|"
    r"estuvieron) a cargo de\b",
    r"^(?:en )?(?:la |el )?(?:primera|primer|segunda|segundo|tercera|tercer|cuarta|última|"
    r"último|siguiente) (?:ronda|parte|bloque|segmento|etapa|mitad|sección|mesa|momento)\b"
    r"(?![^.]*\bque\b)",
    r"^(?:los |las )?(?:participantes|ponentes|panelistas|oradores|expertos)(?: \w+){0,3} "
    r"(?:respondieron|contestaron) (?:a )?(?:las |unas |varias )?preguntas\b",
    rf"^{_ES_EVENT} (?:fue|resultó) (?:muy |sumamente |especialmente |realmente )?"
    r"(?:enriquecedor|productiv|interesante|dinámic|animad|fructífer|ric[oa]\b|valios|"
    r"inspirador|intens|participativ|estimulante)",
    r"^(?:organizamos|convocamos|preparamos|diseñamos|realizamos|celebramos|presentamos|"
    r"quisimos) (?:est|el |la |nuestr|un |una )",
    r"^(?:al final|luego|después|a continuación|finalmente|posteriormente|para cerrar),? "
    r"(?:hubo|se abrió|siguió|tuvo lugar|vino) (?:una |un )?(?:ronda|espacio|sesión|turno|"
    r"debate|intercambio|diálogo|conversación)\b",
    r"^entre (?:los|las) (?:temas|asuntos|cuestiones|puntos|aspectos|ejes)(?: \w+){0,2} "
    r"(?:tratad|abordad|discutid|debatid|analizad|mencionad|planteado|planteada|destacad)\w*",
]
ES_FRAMES = [
    r"^se (?:\w+ )?(?:destacó|señaló|subrayó|concluyó|acordó|reconoció|observó|enfatizó|"
    r"mencionó|indicó|afirmó|insistió en|advirtió|recordó|planteó|constató|puso de "
    r"(?:relieve|manifiesto)|hizo hincapié en) (?:que|el hecho de que) ",
    r"^(?:los |las |varios |varias |algunos |algunas |muchos |muchas |diversos |la mayoría de "
    r"los |otros |otras |todos los )?(?:participantes|ponentes|panelistas|oradores|oradoras|"
    r"expertos|expertas|intervinientes|delegados|representantes|jóvenes|miembros|actores)"
    r"(?: [\w-]+){0,4}? (?:también |además |unánimemente |ampliamente )?(?:destacaron|"
    r"señalaron|subrayaron|coincidieron en|concluyeron|afirmaron|advirtieron|reconocieron|"
    r"indicaron|insistieron en|observaron|recordaron|enfatizaron|mencionaron|sostuvieron|"
    r"argumentaron|plantearon|consideraron|estuvieron de acuerdo en|acordaron|"
    r"expresaron su preocupación (?:por|de)|hicieron hincapié en|pusieron de (?:relieve|"
    r"manifiesto)|explicaron|alertaron|manifestaron|compartieron la opinión de) "
    r"(?:el hecho de )?que ",
    rf"^{_ES_EVENT}(?: [^.;]{{0,60}}?)? (?:también |claramente )?(?:mostró|reveló|puso de "
    r"(?:manifiesto|relieve)|demostró|evidenció|confirmó|dejó claro|concluyó|destacó|"
    r"subrayó|permitió constatar|señaló|reflejó) (?:el hecho de )?que ",
    rf"^{_ES_NAME}(?:,? (?:de|del|de la|representante de|en representación de|"
    rf"quien)[^,;]{{2,100}}?,?)?"
    r" (?:también |además )?(?:afirmó|señaló|destacó|subrayó|advirtió|explicó|indicó|"
    r"sostuvo|argumentó|recordó|observó|insistió en|dijo|agregó|añadió|comentó|"
    r"mencionó|planteó|enfatizó|manifestó) que ",
    r"^(?:según|de acuerdo con|para) (?:los |las |varios |algunos )?(?:participantes|"
    r"ponentes|panelistas|expertos|oradores)[^,]{0,40}, ",
    r"^(?:hubo|existió|existe|hay) (?:un |una )?(?:amplio |amplia |claro |clara |general )?"
    r"(?:consenso|acuerdo|coincidencia|preocupación|reconocimiento) (?:\w+ ){0,4}en que ",
]

# who said or presented what (a point may follow, but not as a bullet would state it)
_FR_ROLE = (
    r"(?:représentant|représentante|commissaire|élève|étudiant|étudiante|enseignant|"
    r"enseignante|commerçant|commerçante|responsable|directeur|directrice|militant|militante|"
    r"chercheur|chercheuse|juriste|journaliste|ingénieur|ingénieure|agricultrice|agriculteur|"
    r"délégué|déléguée|participant|participante|intervenant|intervenante|jeune|expert|experte|"
    r"ministre|ancien ministre|fondateur|fondatrice|avocat|avocate|médecin|maire|parlementaire)"
)
FR_ATTRIBUTION = [
    rf"^(?:{_FR_NAME}|(?:un|une|le|la|l['’])(?: [\w-]+){{0,3}}? {_FR_ROLE}\b)[^.]{{0,120}}? "
    r"(?:a|avait|ont) (?:\w+ )?(?:expliqué|raconté|témoigné|rappelé|souligné|décrit|cité|"
    r"présenté|évoqué|relaté|partagé|indiqué|montré|noté|affirmé|estimé|déclaré|averti|ajouté|"
    r"fait valoir|insisté|illustré|confié|signalé|mis en garde)\b",
]
_ES_ROLE = (
    r"(?:representante|lideresa|líder|ingenier[oa]|comisionad[oa]|investigador[a]?|estudiante|"
    r"docente|maestr[oa]|comerciante|periodista|activista|abogad[oa]|director[a]?|joven|"
    r"delegad[oa]|funcionari[oa]|expert[oa]|participante|ponente|panelista|campesin[oa]|"
    r"productor[a]?|ministr[oa]|exministr[oa]|fundador[a]?|médic[oa]|alcalde|alcaldesa|"
    r"expositor[a]?|exfuncionari[oa]|dirigente|coordinador[a]?|integrante|vocer[oa]|"
    r"president[ea]|secretari[oa])"
)
ES_ATTRIBUTION = [
    rf"^(?:{_ES_NAME}|(?:(?:el|la|un|una|don|doña)(?: [\w-]+){{0,3}}? )?{_ES_ROLE}\b)"
    r"[^.]{0,120}? (?:contó|relató|recordó|compartió|mostró|explicó|describió|narró|señaló|"
    r"afirmó|advirtió|dijo|comentó|destacó|subrayó|presentó|citó|ilustró|testimonió|"
    r"reconoció|denunció|aseguró)\b",
]
