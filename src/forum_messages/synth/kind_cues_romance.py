"""Cue patterns of statement kinds in French and Spanish (see ``synth.kinds``)."""

from __future__ import annotations

from forum_messages.synth.kind_cues_en import name_pattern

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
    # "Les réunions tenues en anglais excluent ...": a plural meeting and its participle are the
    # subject of a point, not a description
    rf"^(?!(?:les|des|ces) \w+s tenu(?:e|es|s) ){_FR_EVENT}"
    rf"(?: (?:(?!\bqu(?:e\b|['’]))[^.;]){{0,80}}?)?,? (?:a |avait |s'est |s’est |"
    r"était |est |a été |ont |se sont |ont été |sont |étaient |avaient )?(?:ensuite |"
    r"également |aussi |d['’]abord |notamment |principalement |surtout )?"
    # "Les programmes ... restent concentrés à ...": a state, not what a session did
    r"(?<!restent )(?<!reste )(?<!demeurent )(?<!demeure )(?<!semblent )(?<!semble )(?:"
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
    # "... et sur le rôle qu'il devrait jouer": a relative clause after a noun of a role
    r"(?![^.]*(?<!rôle )(?<!place )(?<!fonction )\b(?:que|qu['’])\b[^.]*\b(?:doit|doivent|"
    r"devrait|devraient|est|sont|reste|"
    r"restent|peut|peuvent|faut|nécessite|nécessitent|exige|exigent|manque|manquent|"
    r"montrent|révèlent|démontrent|indiquent|confirment|montré|révélé|démontré)\b)"
    r"(?![^.]*\b(?:consensus|conclusion|constat|accord)\b)"
    # "Les discussions ont permis de dégager une priorité : ...": what they found (a frame)
    r"(?!(?<=permis) de (?:dégager|faire (?:émerger|ressortir)|retenir|identifier) [^.:]{1,40}:)",
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
    rf"^(?:(?:ensuite|puis|enfin|par la suite|après quoi),? )?{_FR_NAME}"
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
    # le cadre de la réunion : présidence, programme, attention, lancement, notes, question posée
    r"^(?:les travaux|la séance|la session|l['’]atelier|la table ronde|la rencontre|les débats) "
    r"(?:étai(?:en)?t|ont été|a été) (?:présidée?s?|accueillie?s?|co-?présidée?s?)\b",
    r"^(?:le|son) programme (?:comprenait|comportait|prévoyait|incluait)\b",
    r"^(?:l['’]attention|la discussion|le débat|la conversation) s['’]est (?:ensuite |alors |"
    r"ensuite )?(?:portée|tournée|déplacée|orientée)\b(?![^.]*\bque\b)",
    r"^(?:plusieurs|différents|divers|de nombreux|les) (?:thèmes|sujets|points|aspects|enjeux) "
    r"ont été (?:abordés|évoqués|traités|examinés|discutés)\b(?![^.]*\bque\b)",
    r"^(?:plusieurs|des|les|certains) (?:participants|intervenants|panélistes|participantes) ont "
    r"fait part de (?:leurs|leur) (?:expériences?|témoignages?|pratiques)\b(?![^.]*\bque\b)",
    r"^les organisat(?:eurs|rices) en ont profité pour (?:lancer|présenter|annoncer)\b",
    r"^(?:le|la) (?:modérat(?:eur|rice)|président|présidente|animat(?:eur|rice)) a (?:clos|"
    r"clôturé|levé) (?:la séance|la session|les travaux|l['’]atelier)\b",
    r"^(?:on trouvera|vous trouverez|figurent) ci-(?:dessous|après)\b",
    r"^les (?:panélistes|intervenants|participants|orateurs) ont été invités à (?:dire|"
    r"indiquer|expliquer|préciser) (?:si|comment|pourquoi)\b",
]
FR_FRAMES = [
    # "Le groupe de travail sur la santé a retenu une priorité : ..."
    r"^(?=[^:;.]{8,120}:)"
    r"(?:le|la|les|l['’]|un|une|chaque)\b[^:;.]{2,80}? (?:a|ont|avait|avaient) "
    r"(?:permis de (?:dégager|retenir|identifier|définir|formuler|tirer)|retenu|fixé|"
    r"dégagé|identifié|désigné|défini|adopté|formulé|tiré) (?:une|deux|trois|sa|leur|la|les|"
    r"ses|leurs) (?:\w+ )?(?:priorités?|recommandations?|leçons?|messages?|conclusions?|"
    r"demandes?|enseignements?)\s?: ",
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
    r"mesas?(?: redondas?| de trabajo)?|plenari[oa]|taller|talleres|discusi[oó]n|discusiones|"
    r"debates?|diálogos?|panel|"
    r"reuni[oó]n|encuentros?|foro(?: abierto)?|intercambios?|conferencias?|plenaria|"
    r"presentaci[oó]n|evento|informe|transcripción|resumen|conversatorio|conversaci[oó]n|"
    r"conversaciones|charla|jornadas?|edición|relatoría)\b|(?:[\w.ºª-]+ )?edición\b|"
    r"(?:(?-i:[A-Z][\w-]*) )?(?-i:IGF|FGI|LACIGF)\b(?: [\w-]+){0,3})"
)
# a person, with a title or role before the name ("la Sra. Lucía Herrera", "el comisionado X")
_ES_WHO = (
    r"(?:(?:el|la) )?(?:(?:señor|señora|señorita|comisionad[oa]|ministr[oa]|viceministr[oa]|"
    r"director[a]?|"
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
    r"presentó|repasó|revisó|destacó varios|puso sobre la mesa|dio inicio|titulad[oa]|"
    r"reunía|congregaba|abordaba|centraba|exploraba)\b"
    # "... y en el papel que debería cumplir": a relative clause after a noun of a role
    r"(?![^.]*(?<!papel )(?<!rol )(?<!lugar )(?<!función )\bque\b[^.]*\b(?:debe|deben|"
    r"debería|deberían|es|son|sigue|siguen|puede|pueden|"
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
    rf"^(?:(?:luego|después|a continuación|posteriormente|seguidamente|más tarde),? )?"
    rf"{_ES_NAME}(?:,? (?:de|del|de la|representante de|en representación de|"
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
    r"(?![^.]*\b\w+(?:ron|ó)(?: \w+)? que\b)",  # "... que llegan al Perú" is no frame
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
    # el marco de la reunión: quién presidió o acogió, el programa, la atención, un lanzamiento,
    # las notas, una pregunta a los panelistas
    r"^(?:la sesión|el taller|la mesa redonda|el encuentro|el panel|el foro abierto) (?:fue|"
    r"estuvo) (?:acogid[oa]|presidid[oa]|auspiciad[oa]|albergad[oa])\b",
    r"^presidi(?:ó|eron) (?:la sesión|el taller|la mesa|el encuentro|el panel)\b",
    r"^entre (?:los|las) (?:participantes|panelistas|ponentes|oradores|expositores) (?:había|"
    r"hubo|estuvieron|figuraban|se encontraban)\b",
    r"^(?:la sesión|el taller|la mesa redonda|el encuentro|el panel|la reunión) tuvo lugar\b",
    r"^el programa (?:incluyó|comprendió|contempló|constó)\b",
    r"^(?:luego|después|a continuación|más tarde),? (?:la atención|el foco|la conversación|el "
    r"debate) se (?:centró|desplazó|trasladó|dirigió|orientó)\b(?![^.]*\bque\b)",
    r"^(?:varios|algunos|los|las|varias) (?:participantes|panelistas|ponentes) (?:relataron|"
    r"compartieron|narraron|contaron) (?:sus|su) (?:experiencias?|vivencias?|testimonios?)\b"
    r"(?![^.]*\bque\b)",
    r"^los organizadores aprovecharon (?:la ocasión|la oportunidad) para (?:lanzar|presentar|"
    r"anunciar)\b",
    r"^(?:el|la) (?:moderador[a]?|president[ea]) cerró (?:la sesión|el taller|el encuentro|"
    r"la mesa)\b",
    r"^(?:a continuación|más abajo) se (?:recogen|presentan|resumen|incluyen)\b",
    r"^se (?:preguntó|consultó) a (?:los|las) (?:panelistas|ponentes|participantes|oradores) "
    r"(?:si|cómo|qué|por qué)\b",
]
ES_FRAMES = [
    # "El grupo de trabajo sobre salud fijó una prioridad: ..."
    r"^(?=[^:;.]{8,120}:)"
    r"(?:el|la|los|las|un|una|cada)\b[^:;.]{2,80}? (?:fijó|fijaron|identificó|identificaron|"
    r"definió|definieron|estableció|establecieron|acordó|acordaron|adoptó|adoptaron|formuló|"
    r"formularon|extrajo|extrajeron|dejó|dejaron) (?:una|dos|tres|su|sus|la|las) (?:\w+ )?"
    r"(?:prioridad(?:es)?|recomendaci(?:ón|ones)|lecci(?:ón|ones)|mensajes?|conclusi(?:ón|ones)|"
    r"demandas?|enseñanzas?)\s?: ",
    # "Al cierre del panel se recordó que ...": when, then the frame
    r"^(?:(?:al|en el|hacia el|durante el) (?:cierre|final|término|inicio|comienzo|transcurso) "
    r"(?:del?|de la) [^,.;]{1,40}?,? |(?:a lo largo|en el curso) (?:del?|de la) [^,.;]{1,40}?,? )?"
    r"se (?:\w+ )?(?:destacó|señaló|subrayó|concluyó|acordó|reconoció|observó|enfatizó|"
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
    r"ministre|ancien ministre|fondateur|fondatrice|avocat|avocate|médecin|maire|parlementaire|"
    r"porte-parole|infirmière|infirmier|sage-femme)"
)
#: A participle clause before the speaker: "Interrogée sur le financement, ..."
_FR_LEAD = (
    r"(?:(?!résumant|concluant|synthétisant)(?:interrogée?s?|[\w'’]+ant|questionnée?s?|"
    r"au nom d[eu]s?|au nom de l['’])[^,]{0,80}, )?"
)
_FR_ROLE_MORE = (
    r"(?:coordinatrice|coordonnatrice|coordinateur|coordonnateur|professeur|professeure|"
    r"président|présidente|ambassadeur|ambassadrice|secrétaire|conseiller|conseillère|"
    r"analyste|développeur|développeuse|fonctionnaire|opérateur|modérateur|modératrice|"
    r"panéliste|membre|élue?|habitante?|mère|père|survivante?|agente?|économiste)"
)
FR_ATTRIBUTION = [
    # "Selon Mme X, ...", "D'après la représentante du régulateur, ...", "Pour le professeur X"
    rf"^(?:selon|d['’]après|pour|de l['’]avis d[eu]|aux yeux d[eu]|à en croire) (?:{_FR_NAME}|"
    rf"(?:(?:le|la|l['’]|un|une|cette|ce|cet) ?)?(?:[\w-]+ ){{0,2}}(?:{_FR_ROLE}|"
    rf"{_FR_ROLE_MORE})\b)",
    rf"^{_FR_LEAD}(?:{_FR_NAME}|(?:un|une|le|la|l['’]) ?(?:[\w-]+ ){{0,3}}?(?:{_FR_ROLE}|"
    rf"{_FR_ROLE_MORE})\b)[^.]{{0,120}}? (?:a|avait) (?:\w+ )?(?:reconnu|plaidé|appelé|proposé|"
    r"suggéré|regretté|dénoncé|prévenu|précisé|admis|observé|fait observer|fait remarquer|"
    r"constaté|jugé|considéré|assuré|soutenu|déploré|invité|exhorté|réclamé|demandé|confirmé)\b",
    rf"^{_FR_LEAD}(?:{_FR_NAME}|(?:un|une|le|la|l['’])(?: [\w-]+){{0,3}}? (?:{_FR_ROLE}|"
    rf"{_FR_ROLE_MORE})\b)"
    r"[^.]{0,120}? (?:a|avait|ont) (?:\w+ )?(?:expliqué|raconté|témoigné|rappelé|souligné|"
    r"décrit|cité|présenté|évoqué|relaté|partagé|indiqué|montré|noté|affirmé|estimé|déclaré|averti|ajouté|"
    r"fait valoir|insisté|illustré|confié|signalé|mis en garde)\b",
    rf"^(?:selon|pour reprendre) les (?:mots|termes|propos) d(?:e |['’]|u )(?:{_FR_NAME}|"
    rf"(?:la |l['’])?(?:[\w-]+ ){{0,2}}(?:{_FR_ROLE}|{_FR_ROLE_MORE})\b)",
    rf"^[^.:;]{{0,80}}{_FR_NAME}[^.:;]{{0,60}}? l['’]a (?:dit|résumé|formulé|exprimé)\b",
    # one person told by the article: "Une infirmière d'un hôpital a raconté comment ..."
    r"^(?:un|une) (?!(?:étude|rapport|enquête|analyse|document|session|atelier|panel|débat|"
    r"forum|évaluation)\b)[\w'’-]+(?: [\w'’-]+){0,8}? a (?:raconté|relaté|décrit|expliqué|"
    r"rappelé|confié|témoigné|admis|reconnu|partagé|regretté)\b",
]

_ES_ROLE = (
    r"(?:representante|lideresa|líder|ingenier[oa]|comisionad[oa]|investigador[a]?|estudiante|"
    r"docente|maestr[oa]|comerciante|periodista|activista|abogad[oa]|director[a]?|joven|"
    r"delegad[oa]|funcionari[oa]|expert[oa]|participante|ponente|panelista|campesin[oa]|"
    r"productor[a]?|ministr[oa]|exministr[oa]|fundador[a]?|médic[oa]|alcalde|alcaldesa|"
    r"expositor[a]?|exfuncionari[oa]|dirigente|coordinador[a]?|integrante|vocer[oa]|"
    r"president[ea]|secretari[oa]|responsable|vecin[oa]|madre|padre|portavoz|enfermer[oa]|"
    r"partera)"
)
#: A participle clause before the speaker: "Consultada sobre la brecha, ..."
_ES_LEAD = (
    r"(?:(?:consultad[oa]s?|preguntad[oa]s?|interrogad[oa]s?|al referirse|refiriéndose|"
    r"(?!resumiendo|concluyendo|sintetizando)\w+(?:ando|iendo)|en nombre de|"
    r"en representación de)[^,]{0,80}, )?"
)
ES_ATTRIBUTION = [
    # "Según la Sra. X, ...", "De acuerdo con el Dr. X, ...", "A juicio del embajador X, ..."
    rf"^(?:según|de acuerdo con|en palabras de|a juicio de|para|en opinión de|a criterio de|"
    rf"a decir de)(?: (?:el|la|un|una)|(?<=de)l)? (?:{_ES_NAME}|(?:[\w-]+ ){{0,2}}{_ES_ROLE}\b)",
    rf"^{_ES_LEAD}(?:{_ES_NAME}|(?:(?:el|la|un|una|don|doña)(?: [\w-]+){{0,3}}? )?{_ES_ROLE}\b)"
    r"[^.]{0,120}? (?:contó|relató|recordó|compartió|mostró|explicó|describió|narró|señaló|"
    r"afirmó|advirtió|dijo|comentó|destacó|subrayó|presentó|citó|ilustró|testimonió|"
    r"reconoció|denunció|aseguró|propuso|planteó|pidió|instó|llamó|sostuvo|insistió|lamentó|"
    r"alertó|admitió|indicó|precisó|añadió|agregó|consideró|estimó|opinó|criticó|reclamó|"
    r"exigió|sugirió)\b",
    # one person told by the article: "Una enfermera de un hospital rural relató que ..."
    r"^(?:un|una) (?!(?:estudio|informe|encuesta|análisis|documento|sesión|taller|panel|"
    r"debate|foro|reporte|investigación|evaluación)\b)[\w-]+(?: [\w-]+){0,8}?"
    r"(?:, [^,.;]{2,80},)? (?:relató|contó|"
    r"narró|describió|explicó|recordó|dijo|admitió|reconoció|confesó|lamentó|compartió)\b",
    rf"^(?:tal )?como (?:advirtió|dijo|señaló|explicó|recordó|subrayó|afirmó|indicó|sostuvo|"
    rf"destacó|"
    rf"planteó|expresó|resumió|apuntó|reconoció) (?:el |la )?(?:[\w-]+ ){{0,2}}?"
    rf"(?:{_ES_NAME}|{_ES_ROLE}\b)",
    rf"^[^.:;]{{0,80}}{_ES_NAME}[^.:;]{{0,60}}? lo (?:dijo|resumió|expresó|planteó|puso)\b",
]
