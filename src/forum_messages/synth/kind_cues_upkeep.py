"""How a record keeps house and how it was made, in French and Spanish (``synth.kinds``).

Records of many kinds (mailing lists, chat recaps, consultation summaries, annual reviews,
minutes, event pages) carry sentences that make no point and that the first lists did not
hold, measured on every development set (docs/quality.md, "a twenty-first round"); each
written here as a form of the language:

- what the reader is asked to do on the list or channel: "Pour vous désabonner ...", "Merci
  de répondre en fil", "Para darse de baja ...", "si no tienes acceso, escríbele a ...", "Si
  vous souhaitez encore commenter ...", "tiene plazo hasta el 15 de mayo";
- the venue and the badge: "Les badges sont à retirer ...", "Las credenciales se entregan
  ...", "Le lieu est entièrement accessible en fauteuil roulant", "¿Dónde recojo mi
  credencial?", a speaker who "a fait le point sur l'hébergement et les visas";
- how the record was made: "Note de la traductrice :", "Nota del traductor:", "Version 2 —
  corrige ...", "Ce résumé est publié en application de ...", "Este informe se publica
  conforme a ...", contributions "anonymisées", interventions "résumées plutôt que
  traduites", "La coalition remercie ...";
- how the meeting ran: "Ont pris la parole ...", "Tomaron la palabra ...", questions "qui
  n'ont pu être traitées", "Une quarantaine de questions ont été posées", "se dividieron en
  cuatro grupos", "Chaque délégation a présenté ...", "El primer ponente expuso ...", "La
  lista de inscritos se cierra con 85 personas", workshops that "se tiendront / se
  celebrarán", "En marge du forum, un hackathon a rassemblé ...".
"""

from __future__ import annotations

_FR_SPEAKER = (
    r"(?:intervenant|intervenante|orateur|oratrice|panéliste|invitée?|conférencier|"
    r"conférencière)"
)
_ES_SPEAKER = r"(?:ponente|orador|oradora|panelista|expositor|expositora|invitad[oa]|conferencista)"

UPKEEP: dict[str, list[str]] = {
    "fr": [
        # the reader and the list or channel
        r"^pour (?:vous )?(?:désabonner|désinscrire|ne plus recevoir|vous (?:inscrire|abonner) à "
        r"(?:cette|la|notre) (?:liste|lettre))\b",
        r"^(?:merci de|prière de|veuillez|nous vous prions de|n['’]oubliez pas de) (?:bien )?"
        r"(?:répondre|réagir|écrire|commenter|signer|renvoyer|retourner|vous inscrire|confirmer|"
        r"remplir|télécharger|consulter|rejoindre)\b",
        r"\brépond(?:re|ez) (?:dans le|en) fil\b",
        r"\bsi vous n['’]avez pas (?:encore )?(?:accès|reçu|les droits)\b",
        r"^si vous (?:souhaitez|voulez|désirez) (?:encore |toujours )?(?:commenter|réagir|"
        r"participer|vous inscrire|contribuer|envoyer|donner votre avis)\b",
        r"\bvous avez jusqu['’](?:au|à) (?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
        r"dimanche|la fin)",
        # the venue and the badge
        r"\b(?:badges?|accréditations?) (?:sont|est|seront|sera) (?:à retirer|remise?s?|"
        r"délivrée?s?|disponibles?)\b",
        r"^(?:comment|où|quand|à quelle heure|puis-je|dois-je|faut-il) [^?]{0,60}\b(?:badge|"
        r"accréditation|inscription|navette|wi-?fi|vestiaire|visa)s?\b[^?]{0,40}\?$",
        r"^(?:le lieu|la salle|le site|le bâtiment|le centre de conférences|les locaux|l['’]espace)"
        r"(?: [\w'’-]+){0,3} (?:est|sont) (?:entièrement |totalement |parfaitement )?accessibles? "
        r"(?:en fauteuil|aux personnes)",
        r"\b(?:a|ont) (?:fait le point|donné des informations|informé les participants) sur "
        r"(?:l['’]hébergement|la logistique|les visas|le transport|les navettes|"
        r"l['’]accréditation|les badges)\b",
        # how the record was made
        r"^note (?:de la |du |de l['’])(?:traductrice|traducteur|rédaction|rapporteur|"
        r"rapporteuse|secrétariat|éditeur|éditrice)\s?:",
        r"^version \d+(?:\.\d+)?\s?[—–:-]\s?(?:corrige|remplace|met à jour|ajoute|complète)\b",
        r"^(?:le présent|la présente|ce|cette) (?:rapport|résumé|compte rendu|note|synthèse|"
        r"document|bilan)(?: [\w'’-]+){0,3} (?:est|a été|sera) (?:publiée?|transmise?|soumise?|"
        r"établie?|rédigée?|adressée?|diffusée?)\b",
        r"\b(?:contributions|réponses|commentaires|témoignages|citations)(?: [\w'’-]+){0,3} "
        r"(?:ont été|sont|seront) anonymisée?s\b",
        r"\bles noms (?:des \w+ )?(?:ont été|sont) (?:retirés|supprimés|omis)\b",
        r"\b(?:interventions|propos|citations)(?: [\w'’-]+){0,3} (?:ont été|sont) (?:résumée?s|"
        r"traduite?s|transcrite?s) (?:plutôt qu['’]|au lieu d['’]|à partir d)",
        r"^(?:le|la|l['’]|les) ?[\w'’ -]{1,50}? (?:remercie|remercient|tient à remercier|"
        r"tiennent à remercier|adresse ses remerciements)\b",
        r"^nous (?:remercions|tenons à remercier)\b",
        # how the meeting ran
        r"^(?:ont pris la parole|sont intervenue?s|ont participé au panel)\b",
        r"\b(?:toutes les |les )?questions n['’]ont (?:pas )?pu (?:toutes )?être (?:traitées|"
        r"abordées)\b",
        r"^(?:une \w+aine|\d+|plus de \d+|près de \d+|quelque \d+) (?:de )?questions (?:ont été|"
        r"avaient été) (?:posées|reçues|soumises)\b",
        r"\bse sont (?:répartie?s|divisée?s) en (?:\w+ )?(?:groupes|ateliers|sous-groupes|"
        r"tables)\b",
        r"^(?:[^,]{1,40}, )?chaque (?:délégation|participant|participante|pays|intervenant|"
        r"intervenante|panéliste|orat(?:eur|rice)|équipe)(?: [\w'’-]+){0,2} a (?:exposé|présenté|"
        r"raconté|décrit|partagé|résumé|fait le point)\b",
        rf"^(?:le|la) (?:premier|première|deuxième|second|seconde|troisième|dernier|dernière) "
        rf"{_FR_SPEAKER} a (?:présenté|exposé|décrit|ouvert|pris la parole)\b",
        r"^la liste des (?:inscrits|inscrites|participants) (?:se clôt|est close|compte|comptait|"
        r"s['’]arrête)\b",
        r"\b(?:ateliers|sessions|séances|tables rondes|panels) se tiendront\b",
        r"^le programme(?: détaillé| complet| définitif)?(?:, [^,]{1,60},)? sera (?:publié|mis en "
        r"ligne|disponible|diffusé)\b",
        r"^en marge (?:du|de la|de l['’]|des) [^,]{1,50}, (?:un|une|le|la|les|des|plusieurs) "
        r"[^,.;]{1,60}? (?:a|ont) (?:rassemblé|réuni|accueilli|eu lieu|été organisée?s?)\b",
        r"\b(?:équipes|participants|participantes) se sont affrontée?s\b",
        # attendance, registration and the record's own timeline, motion and mail
        r"\b(?:ont|a) (?:accueilli|réuni|rassemblé|attiré) (?:plus de |près de |quelque |"
        r"environ )?\d[\d  ]* (?:personnes|participants|participantes|inscrits|visiteurs|"
        r"élèves|jeunes)\b",
        r"\b\d+ ?% des (?:personnes inscrites|inscrits|inscrites)\b",
        r"^\d{4}\s?:\s[^;]{2,80};\s?\d{4}\s?:",
        r"^la motion (?:soumise au vote|débattue|mise aux voix|retenue pour le débat)\b",
        r"^(?:re|tr|fwd?)\s?:\s",
        r"^(?:une|la) note conceptuelle\b[^.]{0,80}\b(?:a (?:cadré|encadré|orienté|guidé)|"
        r"cadrait|encadrait)\b",
    ],
    "es": [
        r"^para (?:darse de baja|dejar de recibir|desuscribirse|suscribirse a (?:esta|la|nuestra) "
        r"(?:lista|boletín))\b",
        r"\b(?:responde|responda|respondan|contesta|conteste|contesten) en (?:el )?hilo\b",
        r"\bsi no (?:tienes|tiene|tienen) (?:acceso|permisos)\b",
        r"^si (?:todavía |aún )?(?:quiere|desea|quieres|deseas|quieren|desean) (?:opinar|comentar|"
        r"participar|inscribirse|contribuir|enviar|dar su opinión)\b",
        r"\b(?:tiene|tienen|tienes) (?:plazo|tiempo) hasta el (?:\d|lunes|martes|miércoles|"
        r"jueves|viernes|sábado|domingo|fin)",
        r"\b(?:credenciales?|acreditaciones?|gafetes?) se (?:entregan?|retiran?|recogen?)\b|"
        r"\b(?:credenciales?|acreditaciones?|gafetes?) (?:están|estarán) disponibles\b",
        r"^¿?(?:cómo|dónde|cuándo|a qué hora|puedo|debo|hay que) [^?]{0,60}\b(?:credencial|"
        r"acreditación|inscripción|traslado|wi-?fi|guardarropa|visa)(?:es|s)?\b[^?]{0,40}\?$",
        r"^(?:el recinto|la sede|la sala|el lugar|el edificio|el centro de convenciones|el local)"
        r"(?: [\w-]+){0,3} (?:es|está) (?:totalmente |plenamente |completamente )?accesible "
        r"(?:en silla|para personas)",
        r"\binformó (?:sobre|acerca de) (?:el |los |la |las )?(?:alojamiento|logística|visados|"
        r"visas|transporte|traslados|acreditación)\b",
        r"^nota (?:del|de la) (?:traductor|traductora|redacción|relator|relatora|secretaría|"
        r"editor|editora)\s?:",
        r"^versión \d+(?:\.\d+)?\s?[—–:-]\s?(?:corrige|reemplaza|sustituye|actualiza|añade|"
        r"agrega|completa)\b",
        r"^(?:el presente|la presente|este|esta) (?:informe|resumen|acta|nota|síntesis|documento|"
        r"balance)(?: [\w-]+){0,3} (?:se publica|se remite|se presenta|se transmite|se difunde|"
        r"fue (?:elaborad[oa]|redactad[oa]|publicad[oa])|ha sido (?:elaborad[oa]|redactad[oa]))\b",
        r"\b(?:aportes|contribuciones|respuestas|comentarios|testimonios|citas)(?: [\w-]+){0,3} "
        r"(?:fueron|son|han sido|serán) anonimizad[oa]s\b",
        r"\bse (?:retiraron|eliminaron|suprimieron) (?:de (?:los|las) [\w ]{1,30} )?los nombres\b",
        r"\bse (?:resumieron|tradujeron|transcribieron) (?:en lugar de|a partir de)\b",
        r"^(?:el|la|los|las) [\w -]{1,50}? (?:agradece|agradecen|quiere agradecer|desea "
        r"agradecer)\b",
        r"^(?:agradecemos|queremos agradecer)\b",
        r"^(?:tomaron la palabra|intervinieron|hicieron uso de la palabra|participaron en el "
        r"panel)\b",
        r"\bno (?:hubo|alcanzó el|quedó) tiempo (?:para|de) (?:responder|atender|abordar) "
        r"(?:todas )?las preguntas\b|\bpreguntas quedaron sin (?:respuesta|responder)\b",
        r"^(?:unas |más de |cerca de )?(?:\d+|una \w+ena) (?:de )?preguntas (?:fueron|se) "
        r"(?:formuladas|recibidas|planteadas|recibieron|formularon)\b",
        r"\bse (?:dividieron|repartieron|separaron) en (?:\w+ )?(?:grupos|mesas|subgrupos)\b",
        r"^(?:[^,]{1,40}, )?cada (?:delegación|participante|país|ponente|panelista|orador[a]?|"
        r"equipo)(?: [\w-]+){0,2} (?:expuso|presentó|contó|describió|compartió|resumió)\b",
        rf"^(?:el|la) (?:primer|primera|segund[oa]|tercer[oa]?|últim[oa]) {_ES_SPEAKER} "
        r"(?:presentó|expuso|describió|abrió|tomó la palabra)\b",
        r"^la lista de (?:inscritos|inscritas|inscripciones|participantes) (?:se cierra|se cerró|"
        r"cuenta|contaba|quedó)\b",
        r"\bse (?:celebrarán|realizarán|desarrollarán|llevarán a cabo) (?:\w+ )?(?:talleres|"
        r"sesiones|paneles|mesas)\b|\b(?:talleres|sesiones|paneles|mesas)(?: [\w-]+){0,3} se "
        r"(?:celebrarán|realizarán|desarrollarán)\b",
        r"^el programa(?: detallado| completo| definitivo)?(?:, [^,]{1,60},)? (?:se publicará|"
        r"estará disponible|será publicado)\b",
        r"^al margen (?:del|de la|de los|de las) [^,]{1,50}, (?:un|una|el|la|los|las|varios|"
        r"varias) [^,.;]{1,60}? (?:reunió|congregó|convocó|se celebró|tuvo lugar)\b",
        r"\bequipos (?:compitieron|se enfrentaron)\b",
        r"\b(?:sumaron|reunieron|reunió|congregaron|congregó|convocaron|convocó|atrajeron|"
        r"atrajo) (?:a )?(?:más de |cerca de |unas? |unos )?\d[\d  ]* (?:asistentes|personas|"
        r"participantes|inscritos|visitantes|estudiantes|jóvenes)\b",
        r"\b\d+ ?% de (?:las personas inscritas|los inscritos|las inscritas)\b",
        r"^\d{4}\s?:\s[^;]{2,80};\s?\d{4}\s?:",
        r"^la moción (?:sometida a votación|debatida|puesta a votación)\b",
        r"^(?:re|rv|fwd?)\s?:\s",
        r"^(?:una|la) nota conceptual\b[^.]{0,80}\b(?:enmarcó|orientó|guió|encuadró)\b",
    ],
}
