"""Reporting frames that the first lists lacked, in French, Spanish, English and Russian
(``synth.kinds``).

A framed point carries its point behind a frame that says where it came from, and the frame
goes while the point stays. The first lists held the frames of a subject who "stressed that"
or "agreed that" and "il a été souligné que / se destacó que". Measured on every development
set (docs/quality.md, "a twenty-first round"), about two framed points in three were still
read as plain points with their frame; the forms they use, each written here as a form of the
language and not as one set's wording:

- a conclusion that "comes out" of the exchanges: "Il ressort des échanges que",
  "Il est apparu (clairement) que", "De los intercambios se desprende que", "Quedó claro que",
  "De las reuniones surgió que";
- the exchanges, a consultation or an inquiry as the subject: "Nos échanges ont montré que",
  "La consultation fait apparaître que", "Las consultas dejaron claro que", "Varias
  intervenciones apuntaron a que";
- a body or many people as the subject: "Tous se sont accordés à dire que", "Le forum
  conclut que", "La coalition estime que", "Las personas participantes subrayaron que",
  "Numerosas delegaciones subrayaron que", "Una amplia mayoría coincidía en que";
- a noun of the result and a copula (not a recommendation, whose clause is in the
  subjunctive): "La principale leçon de l'atelier est que", "L'une des principales
  conclusions ... est que", "El resultado principal de la encuesta es que", "La sensación
  general fue que";
- a cleft: "Ce que l'on retiendra surtout, c'est que", "S'il fallait retenir une chose ...,
  c'est que", "Lo que se desprende del hilo es que", "Si hubiera que quedarse con una sola
  idea ..., sería que";
- a head ending in a colon that names what follows as a finding: "Un consensus s'est
  dégagé :", "Le fil rouge des interventions :", "Hubo unanimidad en un punto:", "Los grupos de
  trabajo llegaron a la misma conclusión:";
- the view of many before a comma: "De l'avis général,", "Comme l'ont relevé plusieurs
  participants,", "En opinión de la mayoría,", "De acuerdo con lo expuesto,".

"Se sont accordés sur le fait que" is left out: a development report's point (dev-fr) was
reflected only while its frame was kept (a pair that the frame held together), so
stripping it lowered that report by a point.

English has the same families ("It emerged from the exchange that", "What emerged from the
calls is that", "The central conclusion of the track was that", "The evaluation found that",
"Most speakers came round to the view that", "One message came through loud and clear:",
"As several contributors noted,"), and Russian ("По итогам дискуссии участники сошлись во
мнении, что", "Стало очевидно, что", "Обмен мнениями показал, что", "Красной нитью прошла
мысль о том, что", "Главный вывод круглого стола:"). A head before a colon that announces a
list ("fall into three groups", "les suivantes", "se dividen en") is not a finding.

Each may follow a phrase of time or of summing up ("À l'issue des échanges,", "Al término de
los intercambios,", "A modo de síntesis,"). One person's words are not stripped here: they
stay attributions (``kind_cues_attributed``).
"""

from __future__ import annotations

# ----------------------------------------------------------------------------------- French
#: When, or a summing up, before the frame: "À l'issue des échanges, ", "En guise de synthèse, "
_FR_WHEN = (
    r"(?:(?:à l['’]issue|au terme|à la fin|en conclusion|au fil|tout au long|au cours|lors|"
    r"au sortir|à la lumière) (?:de la |de l['’]|des |du |de |d['’])[^,.;:]{1,60}?, ?|"
    r"(?:en (?:guise de )?(?:synthèse|conclusion|résumé|somme|définitive)|au final|"
    r"finalement|en fin de compte),? )?"
)
_FR_THAT = r"(?:que|qu['’]) ?"
#: Many people or a body as the subject (one named person is an attribution, not listed here)
_FR_MANY = (
    r"(?:tous|toutes|tout le monde|chacun|(?:une |la )?(?:large |grande |nette )?majorité"
    r"(?: des \w+)?|la plupart(?: des \w+)?|beaucoup|nombre d['’]entre eux|"
    r"(?:les |des |plusieurs |de nombreuses |de nombreux |nombreuses |nombreux |certaines |"
    r"certains |la plupart des |toutes les |tous les )(?:délégations|participants|"
    r"participantes|intervenants|intervenantes|panélistes|experts|expertes|jeunes|"
    r"groupes de travail|contributions|contributeurs|répondants|personnes interrogées|"
    r"personnes consultées|organisations|états membres|pays)|"
    r"(?:le|la|l['’]) ?(?:forum|fgi|atelier|panel|groupe de travail|groupe|coalition|jury|"
    r"réseau|comité|conseil|sommet|assemblée|consultation|évaluation|enquête|étude|"
    r"conférence|table ronde|rencontre|plénière)(?: [\w'’-]+)?"
    r"(?: (?:de|du|des|sur|pour|en|d['’]) ?[\w'’-]+(?: [\w'’-]+){0,2}?)?)"
)
_FR_SAY = (
    r"(?:(?:ont |a |avaient |avait |se sont |s['’]est |sont |est )?(?:tous |toutes |"
    r"également |aussi |unanimement |largement |clairement |fortement )?(?:accordée?s? "
    r"à dire|entendue?s? pour dire|"
    r"estimé|estime|estiment|estimait|estimaient|considéré|considère|considèrent|"
    r"considérait|jugé|juge|jugent|conclu|conclut|concluent|constaté|constate|constatent|"
    r"retenu|retient|retiennent|souligné|souligne|"
    r"soulignent|rappelé|rappelle|rappellent|reconnu|reconnaît|reconnaissent|affirmé|"
    r"affirme|affirment|insisté sur le fait|insiste sur le fait|insistent sur le fait|"
    r"convenu|conviennent|observé|observe|observent|noté|note|notent|relevé|relève|"
    r"relèvent|fait valoir|font valoir|fait apparaître|font "
    r"apparaître|montré|montre|montrent|révélé|révèle|révèlent|mis en lumière le fait|"
    r"mis en évidence le fait|mis en avant le fait|fait ressortir|font ressortir|"
    r"permis d['’]établir|permis de constater|établi|établit|confirmé|confirme|"
    r"confirment|indiqué|indique|indiquent)) "
)
_FR_RESULT = (
    r"(?:leçons?|conclusions?|enseignements?|messages?|constats?|"
    r"résultats?|arguments?|bilan|sentiment|idées?|fil rouge|préoccupations?|"
    r"constatations?|observations?|priorités?|points? d['’]accord|diagnostic)"
)
#: nouns that name what follows a colon as a finding or a view
_FR_FINDING = (
    r"(?:consensus|unanimité|unanime|constat|leçon|conclusion|enseignement|message|"
    r"évidence|idée|diagnostic|recommandation|fil rouge|priorité|accord|à retenir|"
    r"retenir|bilan|certitude|conviction|constatation|sentiment général|mot d['’]ordre)"
)
FR_FRAMING = [
    # "Il ressort des échanges que", "Il est ressorti des débats que", "il est apparu que"
    rf"^{_FR_WHEN}il (?:en )?(?:ressort|ressortait|est ressorti|a ressorti|ressortit|se dégage|"
    r"s['’]est dégagé|se dégageait|apparaît|apparaissait|est apparu|apparut|découle|"
    r"ressort clairement|ressort nettement)(?: clairement| nettement| aussi| également)?"
    rf"(?: (?:de |des |du |d['’])[^,.;:]{{1,60}}?)?,? {_FR_THAT}",
    # "Il a été rappelé à plusieurs reprises que"
    rf"^{_FR_WHEN}il (?:a été|est|avait été|fut) (?:\w+ )?(?:souligné|noté|rappelé|relevé|"
    r"convenu|reconnu|observé|constaté|affirmé|estimé|mentionné|indiqué|admis|mis en avant|"
    r"mis en évidence|proposé|suggéré|répété|dit|signalé) [^,.;:]{1,50}? "
    rf"{_FR_THAT}",
    # "Nos échanges ont montré que", "La consultation fait apparaître que"
    rf"^{_FR_WHEN}(?:nos|les|ces|des|la|le|l['’]|cette|leurs) ?(?:échanges|débats|"
    r"discussions|travaux|consultations?|contributions(?: écrites)?|entretiens|réunions|"
    r"rencontres|interventions|réponses|témoignages|ateliers|séances|sessions|"
    r"conversations|enquête|évaluation|étude|analyse|consultation publique)"
    r"(?:, [^,.;:]{1,50},)? (?:ont |a |avaient |avait )?(?:également |aussi |clairement |"
    r"largement )?(?:montré|montre|montrent|révélé|révèle|révèlent|fait apparaître|fait "
    r"ressortir|font apparaître|font ressortir|mis en (?:lumière|évidence) (?:le fait )?|"
    r"confirmé|confirme|confirment|démontré|démontre|démontrent|établi|établit|souligné|"
    r"soulignent|souligne|permis (?:de constater|d['’]établir)|conclu|conclut|indiqué|"
    r"indique|indiquent|laissé (?:voir|apparaître)|laissent (?:voir|apparaître)|"
    rf"mis en lumière le fait|rappelé|rappellent) {_FR_THAT}",
    # "L'atelier a mis en lumière le fait que"
    rf"^{_FR_WHEN}(?:le|la|l['’]|ce|cette) ?(?:atelier|panel|séance|session|discussion|"
    r"débat|table ronde|rencontre|forum|dialogue)(?: [^,.;:]{1,40}?)? (?:a |avait )?"
    r"(?:mis en (?:lumière|évidence|avant)|souligné|rappelé) le fait (?:que|qu['’]) ?",
    # "Tous se sont accordés à dire que", "La coalition estime que" (not "demande / recommande
    # que", whose clause is in the subjunctive and would not stand alone)
    rf"^{_FR_WHEN}{_FR_MANY}(?:, [^,.;:]{{1,50}},)? {_FR_SAY}{_FR_THAT}",
    # "La principale leçon de l'atelier est que", "Le sentiment général était que"
    rf"^{_FR_WHEN}(?:(?:pour|selon) [^,.;:]{{1,40}}, )?(?:l['’]une? des |la |le |les |un |une |"
    r"l['’])?(?:principales? |principaux |grande? |grands |premières? |premiers? |seule? |"
    rf"vraie? |autre )?{_FR_RESULT}(?: (?:principale?|général|générale|commune?|"
    r"majeure?|essentiel(?:le)?|clé|central(?:e)?|dominant(?:e)?))?"
    r"(?: [^:;.]{1,80}?)?,? (?:est|était|fut|a été|sont|étaient|reste|demeure) "
    rf"{_FR_THAT}",
    # "Ce que l'on retiendra surtout, c'est que", "S'il fallait retenir une chose ..., c'est que"
    r"^(?:ce (?:que|qu['’]|qui) [^:;.]{2,80}?|s['’]il (?:fallait|faut|ne fallait) (?:en )?"
    r"retenir [^:;.]{2,60}?),? (?:c['’]est|c['’]était|ce fut|ce serait|est) (?:que|qu['’]) ?",
    # "Ce qu'il faut retenir de la table ronde : ..."
    r"^ce qu['’]il (?:faut|fallait) retenir[^:;.]{0,60}\s?: ",
    # "Un consensus s'est dégagé : ...", "Le fil rouge des interventions : ..."
    rf"^(?=[^:;.?!\d]{{4,110}}\s?:\s)(?=[^:]*?\w\s+\w[^:]*:)(?![^:]*\b(?:suivante?s?|"
    r"ci-dessous|ci-après|se répartissent|regroupée?s|deux|trois|quatre|cinq|six|"
    rf"plusieurs)\b)[^:;.?!\d]*?\b{_FR_FINDING}\b[^:;.?!\d]*?\s?:\s",
    # "De l'avis général, ...", "Comme l'ont relevé plusieurs participants, ..."
    r"^(?:de l['’]avis (?:général|unanime|de (?:la plupart|tous|beaucoup|nombreux|"
    r"plusieurs|la majorité)(?: des \w+)?)|de l['’]aveu (?:général|de tous)|"
    r"aux yeux de (?:la plupart|tous|beaucoup|la majorité)(?: des \w+)?|"
    r"(?:pour|selon) (?:la plupart|beaucoup|tous|la majorité)(?: des \w+)?|"
    r"(?:tous|toutes) (?:l['’]ont|en) (?:convenu|reconnu|souligné)|"
    r"comme (?:l['’]ont|l['’]avaient) (?:\w+ )?(?:relevé|souligné|rappelé|noté|dit|observé|"
    r"fait remarquer|fait valoir|montré) (?:plusieurs|de nombreux|de nombreuses|la plupart "
    r"des|les|des|certains|certaines|nombre d['’]|beaucoup d['’])\s?[\w'’-]+(?: [\w'’-]+)?)"
    r",\s?",
    # "Force est de constater, selon les participants, que"
    r"^force est de (?:constater|reconnaître|l['’]admettre)(?:, [^,.;:]{1,50},)? "
    r"(?:que|qu['’]) ?",
]

# ---------------------------------------------------------------------------------- Spanish
_ES_WHEN = (
    r"(?:(?:al|tras|después de|a lo largo de|como|al término de|al final de|al cierre de|"
    r"en el curso de|durante|a la luz de|como cierre de|como resultado de) [^,.;:]{0,50}?,\s?|"
    r"(?:al cierre|al final|a modo de (?:síntesis|conclusión|resumen|balance)|en (?:síntesis|"
    r"conclusión|resumen|suma|definitiva)|finalmente|en última instancia),\s?)?"
)
_ES_MANY = (
    r"(?:todos|todas|todo el mundo|cada un[oa]|(?:una |la )?(?:amplia |gran |clara )?mayoría"
    r"(?: de [\w ]{1,30}?)?|muchos|muchas|"
    r"(?:las y los |los y las |los |las |varios |varias |numerosos |numerosas |muchos |"
    r"muchas |algunos |algunas |la mayoría de (?:los |las )?|todos los |todas las |"
    r"diversos |diversas )(?:personas (?:participantes|asistentes|expertas|consultadas|"
    r"encuestadas)|delegaciones|participantes|ponentes|panelistas|expertos|expertas|"
    r"jóvenes|grupos de trabajo|aportes|contribuciones|respuestas|organizaciones|"
    r"estados miembros|países|intervenciones|entrevistas|asistentes)|"
    r"(?:el|la) (?:foro|igf|taller|panel|grupo de trabajo|grupo|coalición|jurado|red|"
    r"comité|consejo|cumbre|asamblea|consulta|evaluación|encuesta|estudio|conferencia|"
    r"mesa redonda|reunión|plenaria)(?: [\w-]+)?"
    r"(?: (?:de|del|sobre|para|en) [\w-]+(?: [\w-]+){0,2}?)?)"
)
_ES_SAY = (
    r"(?:también |además |unánimemente |ampliamente |claramente )?(?:coincidieron en|"
    r"coincidió en|coinciden en|coincide en|coincidía en|coincidían en|estuvieron de acuerdo "
    r"en|estuvo de acuerdo en|están de acuerdo en|acordaron|acordó|concluyeron|concluyó|"
    r"concluye|concluyen|consideró|consideraron|considera|consideran|consideraba|"
    r"estimó|estimaron|estima|estiman|constató|constataron|constata|constatan|subrayó|subrayaron|subraya|subrayan|destacó|"
    r"destacaron|destaca|destacan|señaló|señalaron|señala|señalan|reconoció|reconocieron|"
    r"reconoce|reconocen|afirmó|afirmaron|afirma|afirman|advirtió|advirtieron|advierte|advierten|observó|observaron|"
    r"sostuvo|sostuvieron|sostiene|sostienen|recordó|recordaron|recuerda|recuerdan|"
    r"indicó|indicaron|indica|indican|plantearon|planteó|plantea|plantean|apuntaron a|"
    r"apuntó a|apuntan a|dejó (?:ver|claro)|dejaron (?:ver|claro)|deja (?:ver|claro)|"
    r"dejan (?:ver|claro)|mostró|mostraron|muestra|muestran|reveló|revelaron|revela|"
    r"revelan|pusieron de (?:manifiesto|relieve)|puso de (?:manifiesto|relieve)|pone de "
    r"(?:manifiesto|relieve)|ponen de (?:manifiesto|relieve)|hicieron (?:notar|hincapié en)|"
    r"hizo (?:notar|hincapié en)|permitió constatar|"
    r"permitieron constatar|confirmó|confirmaron|confirma|confirman) "
)
_ES_RESULT = (
    r"(?:lecci(?:ón|ones)|conclusi(?:ón|ones)|enseñanzas?|mensajes?|"
    r"constataci(?:ón|ones)|resultados?|argumentos?|balance|sensaci(?:ón|ones)|ideas?|"
    r"hilo conductor|preocupaci(?:ón|ones)|observaci(?:ón|ones)|prioridad(?:es)?|"
    r"diagnósticos?|hallazgos?|aprendizajes?|impresi(?:ón|ones))"
)
_ES_FINDING = (
    r"(?:consenso|unanimidad|unánime|constatación|lección|conclusión|enseñanza|mensaje|"
    r"idea|diagnóstico|recomendación|hilo conductor|prioridad|acuerdo|balance|claro|"
    r"certeza|convicción|hallazgo|aprendizaje|coincid\w+ en algo)"
)
ES_FRAMING = [
    # "De los intercambios se desprende que", "Del debate se desprendió que"
    rf"^{_ES_WHEN}(?:(?:de|del|de la|de las|de los|desde) [^,.;:]{{1,60}}? )?se "
    r"(?:desprende|desprendió|desprendía|deduce|dedujo|concluyó|concluye|constató|"
    r"evidenció|evidencia|hizo evidente|puso de (?:manifiesto|relieve)|dejó claro|"
    r"sostuvo|destacó|señaló|subrayó|afirmó|insistió en|recordó|advirtió|planteó|"
    r"reconoció|observó)(?: [^,.;:]{1,40}?)? (?:claramente )?(?:el hecho de )?que ",
    # "De las reuniones surgió que"
    rf"^{_ES_WHEN}(?:de|del|de la|de las|de los) [^,.;:]{{1,60}}? (?:surgió|surge|surgía|"
    r"resultó|resulta|quedó claro|queda claro) (?:claramente )?que ",
    # "Quedó claro que", "Quedó de manifiesto que", "Ha quedado en evidencia que"
    rf"^{_ES_WHEN}(?:quedó|queda|ha quedado|quedaba|quedaron) (?:muy |bien )?(?:claro|"
    r"claramente establecido|de manifiesto|en evidencia|patente|demostrado|constancia de)"
    r"(?: [^,.;:]{1,40}?)? (?:el hecho de )?que ",
    # "Todos estuvieron de acuerdo en que", "Las personas participantes subrayaron que" (not
    # "pidieron / recomendaron / insistieron en que", whose clause is in the subjunctive)
    rf"^{_ES_WHEN}{_ES_MANY}(?:, [^,.;:]{{1,50}},)? {_ES_SAY}(?:el hecho de )?que ",
    # "El intercambio dejó ver que", "Las consultas dejaron claro que"
    rf"^{_ES_WHEN}(?:el|los|la|las|este|estos|esta|estas|nuestros|nuestras) (?:intercambios?|"
    r"debates?|discusi(?:ón|ones)|conversaci(?:ón|ones)|consultas?|entrevistas?|"
    r"reuni(?:ón|ones)|aportes|contribuciones(?: escritas)?|testimonios|sesi(?:ón|ones)|"
    rf"talleres?|trabajos|jornadas)(?:, [^,.;:]{{1,50}},)? {_ES_SAY}(?:el hecho de )?que ",
    # "La principal enseñanza del taller es que", "La sensación general fue que"
    rf"^{_ES_WHEN}(?:(?:para|según) [^,.;:]{{1,40}}, )?(?:uno de los |una de las |el |la |"
    r"los |las |un |una )?(?:principales? |grandes? |primeras? |primeros? |únic[oa] |"
    rf"verdader[oa] |otr[oa] )?{_ES_RESULT}(?: (?:principal(?:es)?|general|generales|"
    r"común|comunes|mayor|clave|central|dominante|más repetid[oa]))?"
    r"(?: [^:;.]{1,80}?)?,? (?:es|era|fue|ha sido|son|eran|fueron|sigue siendo) "
    r"(?:el hecho de )?que ",
    # "Lo que más quedó claro es que", "Lo que se desprende del hilo es que", "Si hubiera que
    # quedarse con una sola idea de la mañana, sería que"
    r"^(?:lo que [^:;.]{2,80}?|si (?:hubiera|hay|hubiese) que (?:quedarse con|retener|"
    r"destacar|rescatar) [^:;.]{2,60}?),? (?:es|era|fue|sería|será) (?:el hecho de )?que ",
    # "Hubo unanimidad en un punto: ...", "Los grupos de trabajo llegaron a la misma conclusión:"
    rf"^(?=[^:;.?!¿¡\d]{{4,110}}\s?:\s)(?=[^:]*?\w\s+\w[^:]*:)(?![^:]*\b(?:siguientes?|"
    r"a continuación|se agrupan|se dividen|dos|tres|cuatro|cinco|seis|varias|"
    rf"varios)\b)[^:;.?!¿¡\d]*?\b{_ES_FINDING}\b[^:;.?!¿¡\d]*?\s?:\s",
    # "En opinión de la mayoría, ...", "Como señalaron varios participantes, ...",
    # "De acuerdo con lo expuesto, ..."
    r"^(?:(?:en opinión|a juicio|a criterio|a ojos|en palabras) de (?:la mayoría|muchos|muchas|"
    r"todos|todas|varios|varias|casi todos|buena parte)(?: de (?:los |las )?[\w ]{1,30}?)?|"
    r"(?:de acuerdo con|según|conforme a) lo (?:expuesto|dicho|señalado|planteado|debatido|"
    r"conversado|discutido|escuchado)|"
    r"(?:para|según) (?:la mayoría|muchos|muchas|casi todos|todos)(?: de (?:los |las )?"
    r"[\w ]{1,30}?)?|"
    r"(?:tal )?como (?:señalaron|advirtieron|dijeron|explicaron|recordaron|subrayaron|"
    r"afirmaron|indicaron|sostuvieron|destacaron|plantearon|apuntaron|reconocieron|"
    r"observaron|coincidieron) (?:varios|varias|muchos|muchas|diversos|diversas|algunos|"
    r"algunas|los|las|numerosos|numerosas|distintos|distintas)\s[\w-]+(?: [\w-]+)?)"
    r",\s?",
]


# ---------------------------------------------------------------------------------- English
_EN_WHEN = (
    r"(?:(?:by the end|at the end|in the end|over the course|throughout|across|after|"
    r"towards the end|at the close|in closing|in sum|in short|on balance|overall|all in all|"
    r"looking ahead|summing up)(?: of| on)?(?: [^,.;:]{1,50}?)?,\s?)?"
)
_EN_RESULT = (
    r"(?:lessons?|conclusions?|takeaways?|take-aways?|messages?|findings?|results?|"
    r"arguments?|themes?|views?|consensus|sense|feeling|impression|"
    r"points?|thread|insights?|outcomes?|verdict|observations?|headline|concerns?)"
)
_EN_FINDING = (
    r"(?:consensus|unanimity|conclusion|lesson|takeaway|message|finding|recommendations?|"
    r"insight|verdict|conviction|point of agreement|shared view|common thread|red thread|"
    r"priority|diagnosis|bottom line|upshot)"
)
EN_FRAMING = [
    # "It emerged from the exchange that", "It became clear that"
    rf"^{_EN_WHEN}it (?:emerged|became (?:clear|evident|apparent|obvious)|was (?:made )?"
    r"(?:plain|obvious|apparent)|came through|transpired)(?: clearly)?(?: (?:from|in|during|"
    r"over|across) [^,.;:]{1,60}?)? that,? ",
    # "What emerged from the calls is that", "What became clear over the day was that", "If one
    # message stood out, it was that", "One thing the fellows kept coming back to was that"
    r"^(?:what (?:emerged|became clear|came through|stood out|we heard|was clear|is clear|"
    r"came out)|one thing [^,.;:]{1,60}?|if (?:one|any) [^,.;:]{1,60}?, it)"
    r"[^,.;:]{0,60}? (?:is|was|were) that,? ",
    # "The central conclusion of the track was that", "A recurring theme in the interviews was
    # that", "The consensus in the room was that", "The jury's view was that"
    rf"^{_EN_WHEN}(?:one of the |a |an |the |our |their |its )?(?:[\w'’-]+['’]s? )?"
    r"(?:main |central |key |chief |principal |overarching |recurring |clear |strong |"
    r"common |shared |general |overall |most striking |first |second |final |single |"
    rf"biggest |other )*{_EN_RESULT}(?: [^:;.]{{1,70}}?)?,? (?:is|was|were|are|has been|"
    r"remained|remains) that,? ",
    # "The evaluation found that", "The mid-term review concluded that", "The coalition agrees
    # that", "Our survey of parents found that"
    r"^(?:the|our|this|a|an) (?:[\w-]+ ){0,2}?(?:evaluation|review|survey|study|assessment|"
    r"audit|analysis|consultation|inquiry|coalition|group|working group|task force|jury|"
    r"network|forum|summit|track|breakout group|caucus|committee|mapping|poll|research)"
    r"(?: (?:of|on|among|with|by|in) [^,.;:]{1,50}?)? (?:also |further |clearly )?"
    r"(?:found|finds|concluded|concludes|agreed|agrees|showed|shows|confirmed|confirms|"
    r"reported back|reports|established|noted|notes|observed|observes|revealed|reveals|"
    r"suggested|suggests|believes|considers|holds) that,? ",
    # "Most speakers came round to the view that", "Participants largely concurred that", "the
    # room seemed to agree that", "Consensus emerged among X that"
    rf"^{_EN_WHEN}(?:the |most |many |several |all |nearly all |almost all )?(?:[\w-]+ )?"
    r"(?:speakers|participants|panel+ists|delegates|contributors|respondents|room|audience|"
    r"groups|delegations|members|voices)(?: [\w-]+){0,3}? (?:largely |broadly |generally |"
    r"mostly |seemed to |appeared to |all |came to )*(?:concurred|agree|agreed|came (?:round|"
    r"around) to the view|converged on the view|shared the view|took the view|were "
    r"(?:united|agreed) in the view|were in agreement) that,? ",
    rf"^{_EN_WHEN}(?:a |broad |strong |clear |general |near-)?(?:consensus|agreement|"
    r"near-unanimity|unanimity|understanding)(?: (?:emerged|formed|took shape|was reached|"
    r"developed))?(?: (?:among|between|in|across) [^,.;:]{1,60}?)? that,? ",
    rf"^{_EN_WHEN}there (?:was|is|seemed to be|appeared to be) (?:a |an )?(?:near-unanimity|"
    r"unanimity|near-consensus|wide agreement|broad agreement)(?: [^,.;:]{1,40}?)? that,? ",
    # "The exchange made it plain that"
    r"^(?:the|our|this) (?:[\w-]+ ){0,2}?(?:exchange|discussion|debate|conversation|panel|"
    r"session|dialogue|calls|meetings|interviews|submissions|contributions)(?:['’]s? [\w-]+)?"
    r"(?: [^,.;:]{1,30}?)? (?:made it (?:plain|clear|obvious)|made plain|left no doubt|"
    r"brought home|drove home) that,? ",
    # "One message came through loud and clear: ...", "Among the key recommendations: ..."
    rf"^(?=[^:;.?!\d]{{4,110}}\s?:\s)(?=[^:]*?\w\s+\w[^:]*:)(?![^:]*\b(?:fall into|grouped|"
    r"as follows|following|listed|below|include|includes|two|three|four|five|six|several|"
    rf"these)\b)[^:;.?!\d]*?\b{_EN_FINDING}\b"
    r"[^:;.?!\d]*?\s?:\s",
    # "As several contributors noted, ..."
    r"^as (?:several|many|most|some|various|numerous|a number of|the) (?:[\w-]+ )?"
    r"(?:speakers|participants|contributors|panel+ists|delegates|respondents|experts|"
    r"voices|members) (?:noted|stressed|pointed out|observed|argued|warned|put it|said|"
    r"remarked|recalled|explained|emphasi[sz]ed|highlighted),\s?",
]

# ---------------------------------------------------------------------------------- Russian
_RU_WHEN = (
    r"(?:(?:по итогам|в ходе|к концу|в конце|в итоге|в заключение|в целом|в результате|"
    r"на протяжении|за)(?: [^,.;:]{1,50}?)?,? )?"
)
_RU_MANY = (
    r"(?:(?:почти |практически |едва ли не )?(?:все|всё|большинство|ряд|многие|несколько|"
    r"участники|участницы|эксперты|выступавшие|выступающие|спикеры|докладчики|панелисты|"
    r"делегаты|делегации|зал|респонденты)|(?:[\w-]+ )?(?:рабочая группа|подгруппа|группа|"
    r"форум|жюри|коалиция|сеть))(?: [\w-]+){0,3}?"
)
_RU_AGREE = (
    r"(?:(?:в целом |единодушно |почти единогласно |единогласно |также )?(?:сошл(?:ись|ась|"
    r"ось|ся) (?:во мнении|на том|в том)|согласил(?:ись|ась|ось|ся)(?: с тем)?|пришл(?:и|а|о)"
    r" к (?:общему |единому )?выводу|пришёл к (?:общему |единому )?выводу|был(?:и|а|о)? "
    r"единодушн(?:ы|а|о) в том|отметил(?:и|а|о)?|подчеркнул(?:и|а|о)?|признал(?:и|а|о)?|"
    r"констатировал(?:и|а|о)?|счита(?:ют|ли|ет)))"
)
_RU_FINDING = (
    r"(?:вывод|урок|мысль|консенсус|единодуши|итог|послани|рекомендаци|требовани|мнени|"
    r"идея|идеи|красн\w+ нит)"
)
RU_FRAMING = [
    # "По итогам дискуссии участники сошлись во мнении, что", "Все согласились, что", "Ряд
    # выступавших отметил, что", "Рабочая группа пришла к выводу, что"
    rf"^{_RU_WHEN}{_RU_MANY} {_RU_AGREE},? (?:что|о том, что) ",
    # "Стало очевидно, что", "Из разговора выяснилось, что", "был сделан вывод, что"
    rf"^{_RU_WHEN}(?:стало|было|становилось) (?:очевидно|ясно|понятно)(?: [^,.;:]{{1,30}}?)?,? "
    r"что ",
    rf"^{_RU_WHEN}(?:(?:из|в ходе) [^,.;:]{{1,50}}? )?(?:выяснилось|следовало|вытекало)"
    r"(?: [^,.;:]{1,20}?)?,? что ",
    rf"^{_RU_WHEN}(?:был|была|было) (?:сделан|сформулирован) (?:общий |главный )?вывод,? "
    r"(?:что|о том, что) ",
    # "Обмен мнениями показал, что", "Семинар высветил, что"
    rf"^{_RU_WHEN}(?:[\w-]+ ){{0,2}}?(?:обмен мнениями|обсуждение|дискуссия|семинар|встреча|"
    r"сессия|круглый стол|разговор|опрос|исследование|оценка|консультации|выступления|"
    r"беседа|дебаты)(?: [^,.;:]{1,40}?)? (?:показал(?:а|о|и)?|высветил(?:а|о|и)?|"
    r"выявил(?:а|о|и)?|продемонстрировал(?:а|о|и)?|подтвердил(?:а|о|и)?|сделал(?:а|о|и)? "
    r"очевидным),? что ",
    # "Красной нитью прошла мысль о том, что", "Не раз звучало напоминание о том, что"
    r"^(?:[^,.;:]{1,40}? )?(?:красной нитью (?:проходила|прошла)|(?:не раз |неоднократно |"
    r"постоянно |снова и снова |вновь и вновь )?звучал(?:а|о|и)?) (?:мысль|идея|напоминание|"
    r"мнение)(?: о том)?,? что ",
    # "Одним из главных прозвучавших аргументов стало то, что"
    r"^(?:одним из |одной из |главным |главной |основным |основной )[^,.;:]{0,60}? "
    r"(?:стало|был[оа]?|стал[аи]?) то,? что ",
    # "Главный вывод: ...", "Одна мысль звучала постоянно: ...", "Всё сказанное сводится к
    # одному: ..."
    rf"^(?=[^:;.?!\d]{{4,110}}\s?:\s)(?![^:]*\b(?:следующ\w*|такие|такова|два|две|три|четыре|"
    rf"пять|несколько)\b)(?:[^:;.?!\d]*?{_RU_FINDING}\w*[^:;.?!\d]*?|[^:;.?!\d]*?"
    r"сводится к одному)\s?:\s",
    # "Как отметили несколько участников, ..."
    r"^как (?:отметили|подчеркнули|заметили|сказали|указали|говорили|отмечали) (?:несколько|"
    r"многие|ряд|некоторые|большинство|все|сразу несколько) [\w-]+(?: [\w-]+)?,\s*",
]

# ---------------------------------------------------------------------------------- Chinese
_ZH_RESULT = r"(?:共识|结论|收获|观点|经验|发现|主线|体会|教训|信息|总结|看法|心得)"
ZH_FRAMING = [
    # "大家达成的共识是，……", "本场最大的收获是：……", "调查的主要发现是，……"
    rf"^[^，,。：:；;]{{0,30}}?{_ZH_RESULT}(?:是|就是)[，,：:]",
    # "大家形成共识：……", "在各方发言中逐渐形成一个共识：……"
    r"^[^，,。：:；;]{0,30}?(?:达成|形成)了?(?:一个|一项|广泛|普遍)?(?:的)?共识[：:]",
    # "围绕数据跨境流动的讨论显示，……", "调查结果显示，……", "磋商表明，……"
    r"^[^，,。：:；;]{0,20}?(?:讨论|交流|辩论|调查结果|调查|磋商|评估|对话|访谈|汇报)"
    r"[^，,。：:；;]{0,4}?(?:清楚地|充分|进一步)?(?:表明|显示|反映出|凸显出|说明|证明|揭示)"
    r"[，,：:]?",
    # "会上，与会者普遍认为，……", "交流接近尾声时，全场似乎一致认为，……"
    # (the phrase before the comma a time or a place, not a description of the meeting)
    r"^(?:会上|会议上|最后|[^，,。：:；;]{1,12}(?:时|后|之后|中|上))[，,](?:与会者|大家|多数发言者|"
    r"大多数发言者|全场|各方|嘉宾们|"
    r"代表们|专家们|小组)(?:普遍|大体|似乎|最终|一致|都)*(?:认为|认同|同意)[，,]?",
    r"^(?:多数发言者|大多数发言者|全场|与会者|大家)(?:普遍|大体|似乎|最终|一致|都)*"
    r"(?:认同|同意)[，,]",
    # "有一点越来越清楚：……", "几乎所有意见都提到同一点：……", "代表们反复强调一点：……"
    r"^[^，,。：:；;]{0,30}?(?:一点|同一点|同一个问题)[^，,。：:；;]{0,8}?[：:]",
]

FRAMING: dict[str, list[str]] = {
    "en": EN_FRAMING,
    "fr": FR_FRAMING,
    "es": ES_FRAMING,
    "ru": RU_FRAMING,
    "zh": ZH_FRAMING,
}
