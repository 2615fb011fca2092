"""Statement kinds: a point, a point behind a reporting frame, or a description of the session.

Real reports mix three kinds of sentences:

- **points**, which a Messages bullet can state ("Governments should publish open standards.");
- **framed points**, a point behind a reporting frame ("The discussion revealed that ...",
  "Il a été souligné que ...", "与会者一致认为……"): the frame is removed, the point kept;
- **descriptions** of the session itself: what it focused on, who organised, moderated or
  presented what, its agenda and format, "this transcript captures ...", or generalities such
  as "Participants emphasised several key challenges and opportunities.". They make no point
  and are set aside with the reason ``descriptive`` (listed, never dropped).

Sentences are classified one by one with cue patterns written for each of the six UN
languages; a statement is descriptive when every sentence in it is, and otherwise keeps its
non-descriptive sentences, frames removed. ``attribution`` marks statements that tell who said
or presented what ("Ms X, from Y, described how ..."): they may carry a point, but make a poor
bullet as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from forum_messages.nlp.base import Embedder
from forum_messages.nlp.segment import sentences

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------- English
_EN_EVENT = (
    r"(?:(?:this|the|that|our|today's|each|a|one) )?(?:(?:high[- ]level|main|parallel|"
    r"interactive|hybrid|closing|opening|open|final|first|second|third|youth|nri|"
    r"collaborative|joint|\d+-minute) )*"
    r"(?:session|workshop|panel(?: discussion)?|discussion|dialogue|debate|roundtable|"
    r"round table|town hall|open forum|lightning talk|forum|meeting|event|conversation|"
    r"exchange|transcript|report|presentation|talk|launch|networking session|"
    r"dynamic coalition|day zero event|segment|part|programme|program|agenda|summary)"
)
_EN_INTRO = r"(?:(?:in|during|throughout|at|over|across|overall|in short|to begin)[^,]{0,40}, )?"
# words between the subject and its verb, never a modal or a copula (that would be a point)
_EN_GAP = (
    r"(?:,? (?:(?!\b(?:should|must|need|needs|can|cannot|will|would|is|are|were|has|have|"
    r"remains?|requires?)\b)[^.;]){0,120}?)?"
)
_EN_FOCUS_VERB = (
    r"(?:focus(?:ed|ses|sed|es)?|centred|centered|revolved|explored?|examined?|addressed|"
    r"discuss(?:ed|es)|covered|covers|looked(?: closely)? at|looks at|considered|considers|"
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


def _name(title: str, capital: str, particles: str = "", *, most: int = 4) -> str:
    """A person's name: a title and a capitalised word, or two capitalised words or more.

    Capitals are matched as such inside case-insensitive patterns; a sentence's first word is
    capitalised anyway, so one word alone ("Participants") is not a name.
    """
    word = rf"(?-i:{capital})[\w'’.-]+"
    more = rf"(?: (?:{word}{'|' + particles if particles else ''}))"
    return rf"(?:(?:{title})\.? {word}{more}{{0,{most}}}|{word}{more}{{1,{most}}})"


_EN_NAME = _name(
    r"mr|ms|mrs|dr|prof|professor|ambassador|minister|h\.?e\.?|sir|dame|senator|judge",
    "[A-Z]",
    "de|da|van|von|al|el|bin|ben|la|le",
)
_EN_AFFIL = (
    r"(?:,? (?:from|of|at|with|representing|speaking for|on behalf of|an? |the )[^,;]{2,100}?,?)?"
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
    rf"^{_EN_INTRO}{_EN_EVENT}{_EN_GAP},? (?:also |then |first |further |"
    rf"mainly |primarily |largely |specifically |particularly |briefly )?{_EN_FOCUS_VERB}\b"
    r"(?![^.]*\b(?:that|whether)\b[^.]*\b(?:must|should|need|needs|is|are|was|were|can|"
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
    r"(?:(?:cette|la|le|l'|l’|ce|cet|notre|une|un) ?)?(?:(?:séance|session|atelier|table ronde|"
    r"discussion|débat|dialogue|panel|réunion|rencontre|forum(?: ouvert)?|échange|"
    r"conférence|plénière|intervention|présentation|événement|évènement|rapport|"
    r"transcription|résumé|programme)s?)"
)
_FR_NAME = _name(r"m|mme|dr|pr|s\.e\.|son excellence", "[A-ZÉÈ]", "de|du|la|le", most=3)
FR_DESCRIPTIVE = [
    rf"^{_FR_EVENT}(?: [^.;]{{0,80}}?)?,? (?:a |avait |s'est |s’est |était |est |a été |"
    r"ont |se sont )?(?:porté|portait|porte|centrée?|concentrée?|consacrée?|organisée?|"
    r"co-?organisée?|conjointement organisée?|modérée?|animée?|présidée?|réuni|réunissait|"
    r"rassemblé|rassemblait|examiné|exploré|abordé|abordait|traité|visait|vise|visé|"
    r"proposé|proposait|offert|permis|ouvert|ouverte|débuté|commencé|terminé|terminée|"
    r"achevé|achevée|conclu|conclue|déroulé|déroulée|tenu|tenue|structuré|structurée|"
    r"divisé|divisée|articulé|articulée|accueilli|invité|donné lieu|fait intervenir|"
    r"mis en lumière plusieurs|passé en revue|présenté|présentait|intitulée?)\b"
    r"(?![^.]*\b(?:que|qu['’])\b)",
    r"^(?:les |des |plusieurs )?(?:participants|intervenants|intervenantes|panélistes|"
    r"orateurs|oratrices|experts|expertes|contributeurs|modérateurs?|organisateurs)"
    r"(?: \w+){0,2} (?:ont |avaient )?(?:discuté|abordé|évoqué|échangé|examiné|exploré|"
    r"identifié|souligné|mis en avant|mis en évidence|relevé|partagé|soulevé|passé en "
    r"revue)(?: sur)? (?:de |des |d['’])?(?:plusieurs|divers|diverses|nombreux|nombreuses|"
    r"différents|différentes|multiples|quelques|certains|certaines|un certain nombre de|"
    r"une série de|un large éventail de|les principaux|les principales|les différents|"
    r"les différentes)(?: \w+){0,2} (?:défis|enjeux|aspects|sujets|thèmes|questions|"
    r"problèmes|perspectives|opportunités|points|expériences|exemples|pistes|"
    r"préoccupations|dimensions|initiatives)\b(?:[^.;:]{0,60})[.!]?$",
    r"^(?:parmi )?(?:les )?(?:intervenants|intervenantes|panélistes|orateurs|participants)"
    r"(?: \w+){0,2} (?:étaient|comprenaient|figuraient|venaient|représentaient|incluaient)\b",
    rf"^{_FR_NAME}"
    r"(?:,? (?:de|du|de la|des|d['’]|représentant|représentante)[^,;]{2,100}?,?)? (?:a |avait )?"
    r"(?:présenté|introduit|ouvert|modéré|animé|partagé|exposé|donné un aperçu|"
    r"décrit|accueilli|clôturé|lancé|pris la parole)\b(?![^.]*\b(?:que|qu['’])\b)",
    r"^(?:après|à la suite d['’]|suite à) (?:les |la |le |l['’]|des |une |un )?"
    r"(?:mots?|discours|remarques|allocutions?|propos|présentations?) (?:d['’]ouverture|"
    r"de bienvenue|liminaires|introductives?)\b(?![^.]*\b(?:que|qu['’])\b)",
    r"^(?:la |une )?séance de questions(?:-| et )réponses\b",
    r"^(?:ce|le) (?:document|texte|résumé|compte rendu|rapport) (?:présente|résume|rend compte)",
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
    r"(?:(?:esta|la|el|este|nuestra|una|un) )?(?:sesión|mesa redonda|taller|discusión|debate|"
    r"diálogo|panel|reunión|encuentro|foro(?: abierto)?|intercambio|conferencia|plenaria|"
    r"presentación|evento|informe|transcripción|resumen|conversatorio|conversación|charla)"
)
_ES_NAME = _name(r"sr|sra|dr|dra|prof", "[A-ZÁÉÍÓÚÑ]", "de|del|la|y")
ES_DESCRIPTIVE = [
    rf"^{_ES_EVENT}(?: [^.;]{{0,80}}?)?,? (?:se |fue |estuvo |ha |había |tuvo |estaba )?"
    r"(?:centró|centra|enfocó|enfoca|concentró|abordó|aborda|exploró|explora|examinó|"
    r"analizó|analiza|reunió|reúne|congregó|convocó|contó con|cuenta con|organizad[oa]|"
    r"co-?organizad[oa]|conjuntamente organizad[oa]|moderad[oa]|presidid[oa]|facilitad[oa]|"
    r"celebrad[oa]|realizad[oa]|dedicad[oa]|dividid[oa]|estructurad[oa]|propuso|"
    r"buscó|busca|tuvo como (?:objetivo|propósito|fin)|tiene como objetivo|pretendió|"
    r"comenzó|empezó|inició|abrió|concluyó con|terminó|cerró|giró|versó|trató|ofreció|"
    r"presentó|repasó|revisó|destacó varios|puso sobre la mesa|dio inicio|titulad[oa])\b"
    r"(?![^.]*\bque\b)",
    r"^(?:los |las |varios |varias |diversos )?(?:participantes|ponentes|panelistas|"
    r"oradores|oradoras|expertos|expertas|intervinientes|moderador(?:a|es)?|organizadores)"
    r"(?: \w+){0,2} (?:discutieron|abordaron|debatieron|analizaron|examinaron|exploraron|"
    r"identificaron|destacaron|señalaron|compartieron|plantearon|repasaron|conversaron sobre|"
    r"reflexionaron sobre|intercambiaron)(?: sobre)? (?:varios|varias|diversos|diversas|"
    r"numerosos|numerosas|distintos|distintas|múltiples|algunos|algunas|una serie de|"
    r"un conjunto de|una amplia gama de|los principales|las principales|diferentes|"
    r"muchos|muchas)(?: \w+){0,2} (?:desafíos|retos|temas|aspectos|cuestiones|problemas|"
    r"perspectivas|oportunidades|puntos|experiencias|ejemplos|preocupaciones|dimensiones|"
    r"iniciativas|asuntos)\b(?:[^.;:]{0,60})[.!]?$",
    r"^(?:entre )?(?:los |las )?(?:ponentes|panelistas|oradores|participantes)"
    r"(?: \w+){0,2} (?:fueron|incluyeron|estuvieron|figuraron|provenían|representaban|"
    r"participaron)\b(?![^.]*\bque\b)",
    rf"^{_ES_NAME}(?:,? (?:de|del|de la|representante de|en representación de)[^,;]{2, 100}?,?)?"
    r" (?:presentó|introdujo|abrió|moderó|compartió|expuso|describió|dio la bienvenida|"
    r"cerró|lanzó|tomó la palabra|ofreció una visión|ofreció un panorama|habló sobre)\b"
    r"(?![^.]*\bque\b)",
    r"^(?:tras|después de|luego de) (?:las |los |la |el |unas |unos )?(?:palabras|discurso|"
    r"comentarios|intervenciones?) (?:de apertura|de bienvenida|iniciales|introductorias)\b"
    r"(?![^.]*\bque\b)",
    r"^(?:la |una )?(?:ronda|sesión) de preguntas(?: y respuestas)?\b",
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
    rf"^{_ES_NAME}(?:,? (?:de|del|de la|representante de|en representación de)[^,;]{2, 100}?,?)?"
    r" (?:también |además )?(?:afirmó|señaló|destacó|subrayó|advirtió|explicó|indicó|"
    r"sostuvo|argumentó|recordó|observó|insistió en|dijo|agregó|añadió|comentó|"
    r"mencionó|planteó|enfatizó|manifestó) que ",
    r"^(?:según|de acuerdo con|para) (?:los |las |varios |algunos )?(?:participantes|"
    r"ponentes|panelistas|expertos|oradores)[^,]{0,40}, ",
    r"^(?:hubo|existió|existe|hay) (?:un |una )?(?:amplio |amplia |claro |clara |general )?"
    r"(?:consenso|acuerdo|coincidencia|preocupación|reconocimiento) (?:\w+ ){0,4}en que ",
]

# ---------------------------------------------------------------------------------- Russian
_RU_EVENT = (
    r"(?:(?:эта|данная|наша|настоящая|сама|эта же|ключевая|пленарная|"
    r"главная|молодёжная|молодежная|открытая|итоговая|заключительная|первая|вторая) )?"
    r"(?:сессия|секция|дискуссия|панель|панельная дискуссия|семинар|встреча|круглый стол|"
    r"мастерская|мастер-класс|воркшоп|форум|конференция|заседание|обсуждение|мероприятие|"
    r"программа|транскрипт|стенограмма|резюме|доклад|презентация|часть|сессии|дискуссии)"
)
_RU_NAME = _name(r"г-н|г-жа|д-р|проф", "[А-ЯЁ]", most=3)
RU_DESCRIPTIVE = [
    rf"^(?:в ходе |на )?{_RU_EVENT}(?: [^.;]{{0,80}}?)?,? (?:была |было |были |стала |"
    r"также |в основном |главным образом )?(?:посвящена|посвящён|посвящен|посвящено|"
    r"посвящалась|организована|организовано|организован|проведена|проведён|проведен|"
    r"собрала|собрал|объединила|объединил|сосредоточилась|была сосредоточена|"
    r"сфокусировалась|рассмотрела|рассматривала|затронула|охватила|"
    r"началась|начался|открылась|открылся|завершилась|завершился|закончилась|прошла|"
    r"прошёл|прошел|проходила|модерировал[аи]?|модерировалась|была разделена|состояла|"
    r"включала|была построена|была направлена|имела целью|ставила целью|"
    r"предоставила|представила|обсуждала|обсудила|открыла|"
    r"посвящалась|стремилась|была нацелена|нацелена|касалась|ставила своей целью)\b"
    r"(?![^.]*[,\s]что\s)",
    r"^(?:модератором|ведущим|ведущей|модератором и ведущим|организатором|организаторами|"
    r"спикерами|докладчиками|участниками дискуссии) (?:\w+ )?(?:выступил[аи]?|был[аи]?|"
    r"стал[аи]?|являлись|являлся|являлась)\b",
    r"^в (?:сессии|дискуссии|обсуждении|работе секции|мероприятии|панели|семинаре) "
    r"(?:приняли участие|участвовали|выступили)\b",
    r"^(?:участники|докладчики|спикеры|эксперты|выступающие|панелисты)(?: \w+){0,2} "
    r"(?:также )?(?:обсудили|рассмотрели|затронули|обозначили|выделили|подняли|"
    r"поделились|проанализировали|определили|отметили|перечислили|коснулись) "
    r"(?:ряд|целый ряд|несколько|различные|многочисленные|множество|разные|основные|"
    r"ключевые|широкий круг|широкий спектр|некоторые|многие)(?: \w+){0,3} "
    r"(?:вызовов|проблем|вопросов|аспектов|тем|направлений|возможностей|вызовы|проблемы|"
    r"вопросы|аспекты|темы|возможности|примеров|примеры|опыт|идей|идеи|подходов|подходы|"
    r"инициатив|инициативы|рисков|риски|измерений)\b(?:[^.;:]{0,60})[.!]?$",
    rf"^{_RU_NAME}(?:,? (?:из|от|представитель|представительница|"
    r"руководитель)[^,;]{2,100}?,?)? (?:представил[аи]?|рассказал[аи]? о|открыл[аи]?|"
    r"модерировал[аи]?|поделил(?:ся|ась|ись)|выступил[аи]? с (?:докладом|презентацией|"
    r"приветствием|вступительным словом)|презентовал[аи]?|привёл|привел[аи]?|"
    r"познакомил[аи]?|подвёл итоги|подвел[аи]? итоги)\b(?![^.]*[,\s]что\s)",
    r"^(?:после|по итогам|вслед за) (?:вступительн\w+|приветственн\w+) "
    r"(?:слов\w*|выступлени\w+|речи|замечани\w+)\b(?![^.]*[,\s]что\s)",
    r"^(?:сессия|дискуссия) (?:вопросов и ответов|завершилась вопросами)\b",
    r"^(?:данный|настоящий|этот) (?:документ|текст|транскрипт|отчёт|отчет|обзор) "
    r"(?:содержит|представляет|отражает|излагает|фиксирует)\b",
]
RU_FRAMES = [
    r"^(?:как (?:отмечалось|подчёркивалось|подчеркивалось|было отмечено|говорилось)),\s*",
    r"^(?:участники|докладчики|спикеры|эксперты|выступающие|панелисты|представители|делегаты)"
    r"(?: [\w-]+){0,3}? (?:также )?(?:призвали|подчеркнули необходимость|указали на "
    r"необходимость|отметили необходимость|рекомендовали|предложили|выступили за)\s+",
    r"^(?:(?:в заключение|в ходе \w+|в целом|по итогам \w+|в ходе обсуждения|в итоге),? )?"
    r"(?:было|была|были) (?:также |особо |неоднократно )?(?:отмечено|подчёркнуто|"
    r"подчеркнуто|признано|указано|констатировано|выявлено),? что ",
    r"^(?:участники|докладчики|спикеры|эксперты|выступающие|панелисты)(?: [\w-]+){0,3}? "
    r"(?:согласились|сошлись) (?:с тем|в том),? что ",
    r"^(?:было|была|были) (?:также |особо |неоднократно )?(?:отмечено|подчёркнуто|"
    r"подчеркнуто|признано|указано|высказано мнение|констатировано|сказано|"
    r"выражено мнение|выражена обеспокоенность тем|отмечен[оа] тот факт),? что ",
    r"^(?:участники|докладчики|спикеры|эксперты|выступающие|панелисты|представители|"
    r"делегаты|многие|несколько|ряд|большинство|некоторые|молодые участники|молодёжь|"
    r"молодежь|организаторы)(?: [\w-]+){0,4}? (?:также |особо |единогласно |неоднократно |"
    r"вновь )?(?:подчеркнули|отметили|согласились|сошлись во мнении|пришли к выводу|"
    r"указали|заявили|признали|предупредили|констатировали|напомнили|считают|считали|"
    r"полагают|полагали|уверены|выразили мнение|выразили обеспокоенность тем|"
    r"обратили внимание на то|указали на то|высказали мнение|акцентировали внимание на "
    r"том|отмечали|подчёркивали|подчеркивали|говорили о том|высказались за то|"
    r"настаивали на том|пояснили|объяснили|сообщили),? что ",
    rf"^(?:в ходе |на )?{_RU_EVENT}(?: [^.;]{{0,60}}?)? (?:также |наглядно |ясно )?"
    r"(?:показала|показало|показал|выявила|выявило|продемонстрировала|"
    r"подтвердила|подтвердило|выявлено|было отмечено|было подчёркнуто|было подчеркнуто|"
    r"прозвучала мысль о том|прозвучало мнение|пришла к выводу|отмечалось|"
    r"подчёркивалось|подчеркивалось|констатировалось|указывалось|звучала мысль),? что ",
    rf"^{_RU_NAME}(?:,? (?:из|от|представитель|представительница|"
    r"руководитель)[^,;]{2,100}?,?)? (?:также )?(?:подчеркнул[аи]?|отметил[аи]?|заявил[аи]?|"
    r"указал[аи]?|предупредил[аи]?|напомнил[аи]?|считает|пояснил[аи]?|сообщил[аи]?|"
    r"добавил[аи]?|признал[аи]?|констатировал[аи]?|уверен[аы]?),? что ",
    r"^по (?:мнению|словам|оценкам) (?:участников|экспертов|докладчиков|спикеров|"
    r"выступающих|(?-i:[А-ЯЁ])[\w.-]+(?: (?-i:[А-ЯЁ])[\w.-]+)?)[^,]{0,60}, ",
    r"^(?:был достигнут|сложился|прозвучал) (?:общий |широкий )?(?:консенсус|вывод|"
    r"призыв)(?: \w+){0,3},? (?:что|о том, что) ",
]

# ---------------------------------------------------------------------------------- Chinese
_ZH_EVENT = (
    r"(?:本|该|这|此|这一|此次|本次|这次|该次)?(?:场|次|个|期)?(?:会议|研讨会|分论坛|论坛|"
    r"讨论|对话|环节|工作坊|开放论坛|圆桌(?:会议|论坛|讨论)?|座谈会|专题会|边会|闪电演讲|"
    r"主题会议|高级别会议|会谈|活动|记录|文字记录|纪要|报告|讲座|研讨)"
)
ZH_DESCRIPTIVE = [
    rf"^{_ZH_EVENT}(?:上|中)?[，,]?(?:主要|重点|着重|集中|也|还|首先|随后)?"
    r"(?:聚焦|聚焦于|围绕|关注|探讨|讨论了|讨论|审视|回顾|介绍|梳理|分析了|分析|"
    r"汇聚|汇集|吸引|邀请|由|分为|旨在|以|于|在|共有|包括|涵盖|设置|安排|开场|开始|"
    r"结束|闭幕|开幕|举行|举办|召开|采用|邀集|集结|探究|考察|检视|着眼|展示|呈现|"
    r"记录了|记录|概述|总结了|涉及)"
    r"(?![^。]*(?:认为|指出|强调|表明|显示|表示)[^。]*(?:应|应当|应该|必须|需要|要|是|能|可以|将))",
    r"^(?:与会者|与会嘉宾|与会专家|发言者|发言嘉宾|嘉宾|专家|代表|参与者|各方)(?:们)?"
    r"(?:围绕|就)?[^。，,]{0,10}(?:讨论了|探讨了|交流了|分享了|提出了|分析了|指出了|强调了|"
    r"梳理了|列举了)(?:若干|多个|一系列|诸多|许多|各种|多种|不同|若干个|几个|一些|多项|"
    r"主要|关键|诸项)[^。]{0,12}(?:挑战|问题|议题|方面|机遇|机会|观点|经验|案例|视角|"
    r"维度|领域|话题|主题|看法|思路|做法)[^。]{0,12}[。！]?$",
    r"^(?:发言嘉宾|发言人|嘉宾|与会嘉宾|主讲人|讲者|发言者)(?:包括|有|来自|分别来自|涵盖)",
    r"^(?:会议|本场会议|该会议|本次会议|论坛|研讨会|讨论|活动)?(?:由)[^。，,]{2,60}"
    r"(?:主持|主办|组织|举办|承办|联合主办|共同主办|发起|召集)",
    r"^[^。，,]{1,30}(?:主持|主办|组织|举办|联合主办|共同主办)了?(?:本场|本次|该|这场|此次)"
    r"?(?:会议|研讨会|分论坛|论坛|讨论|对话|环节|工作坊)",
    r"^[^。，,：:]{2,40}(?:介绍了|展示了|分享了|讲述了|发布了|作了|做了)(?!.*(?:认为|指出|强调|表明))"
    r"[^。]{0,40}(?:项目|倡议|计划|经验|做法|报告|研究|成果|案例|主旨发言|演讲|发言|情况|工作)"
    r"[^。]{0,20}[。]?$",
    r"^(?:会议|研讨会|本场会议|论坛)?(?:最后|随后|接着|首先|开场时|开始时)?[，,]?"
    r"(?:进行了|设有|安排了)?(?:问答|互动|提问)环节",
    r"^(?:以下|本文|本记录|本纪要)(?:为|是|记录|总结|概述)",
]
ZH_FRAMES = [
    r"^(?:与会者|与会嘉宾|与会专家|与会代表|发言者|发言嘉宾|嘉宾|专家|代表|参与者|参会者|"
    r"多位(?:发言者|嘉宾|专家|代表|与会者)|不少(?:嘉宾|专家|与会者)|部分(?:嘉宾|专家|与会者)|"
    r"青年代表|各方|大家|会议|本次会议|本场会议|该会议|讨论|会议讨论|与会各方)(?:们)?"
    r"(?:普遍|一致|均|都|也|还|进一步|特别|再次|同时)?(?:认为|指出|强调|表示|提到|注意到|"
    r"认识到|同意|达成共识|主张|警告|提醒|坦言|谈到|总结道|总结|得出结论|表明|显示|发现|"
    r"重申|提出|建议|呼吁|表示关切|关切|倡议|主张|发现)[，,：:]?(?:认为)?",
    r"^(?:据介绍|据悉|据了解|据统计|我们的讨论发现|讨论发现|我们发现)[，,：:]?",
    r"^(?:讨论|会议讨论|对话|交流|本场讨论|本次讨论)(?:表明|显示|揭示|反映出|说明)[，,：:]?",
    r"^[^。，,：:]{1,24}(?:认为|指出|强调|表示|提到|坦言|警告|提醒)[，,：:]",
    r"^(?:据|根据)[^。，,]{1,30}(?:介绍|表示|所说|称)[，,]",
    r"^(?:与会者|与会各方|各方|嘉宾们|专家们)(?:就此|对此)?达成(?:了)?(?:共识|一致)[，,：:]?"
    r"(?:认为)?",
]
ZH_ATTRIBUTION = [
    r"^[^。，,：:]{2,30}(?:讲述了|介绍了|分享了|举例说|回忆|谈到|提到)",
    r"^(?:一位|另一位|某位|有)(?:发言者|嘉宾|专家|代表|与会者|青年代表)",
]

# ----------------------------------------------------------------------------------- Arabic
_AR_EVENT = (
    r"(?:هذه |تلك )?(?:ال)?(?:جلسة|ورشة(?: العمل)?|ورشة عمل|حلقة(?: النقاش)?|مناقشة|ندوة|"
    r"منتدى|جلسات|اجتماع|حوار|فعالية|نقاش|طاولة مستديرة|المائدة المستديرة|مائدة مستديرة|"
    r"عرض|محاضرة|تقرير|نص|محضر|ملخص)(?: (?:الحالية|المفتوحة|الرئيسية|الختامية|الافتتاحية|"
    r"رفيعة المستوى))?"
)
_AR_PREFIX = r"(?:و|ف)?"
AR_DESCRIPTIVE = [
    # verb-first: "ركزت الجلسة على ..."
    rf"^{_AR_PREFIX}(?:ركزت|ركّزت|تركزت|تناولت|ناقشت|استعرضت|جمعت|بحثت|هدفت|سعت|تطرقت|"
    r"تطرّقت|سلطت|سلّطت|ألقت|افتتحت|اختتمت|انطلقت|بدأت|انتهت|عقدت|عُقدت|نُظمت|نظمت|"
    r"شهدت|ضمت|ضمّت|استضافت|قدمت|قدّمت|تمحورت|دارت|انقسمت|تضمنت|تضمّنت|استكشفت|"
    r"عالجت|توزعت|خصصت|خُصصت|أدار|أدارت|أدير|أديرت|يتناول|تتناول|تستعرض|يستعرض|يلخص|"
    rf"تلخص|يوثق|يسجل|يضم|افتتح|اختتم|ترأس|ترأست|يهدف|تهدف)(?: [^.؛]{{0,15}})? {_AR_EVENT}\b"
    r"(?![^.]*\b(?:أن|أنّ|إلى أن)\b)",
    # subject-first: "الجلسة ركزت على ...", "نظمت الجلسة ..."
    rf"^{_AR_PREFIX}{_AR_EVENT}(?: [^.؛]{{0,60}})? (?:ركزت|تركزت|تناولت|ناقشت|استعرضت|جمعت|"
    r"بحثت|هدفت|سعت|تطرقت|سلطت|افتتحت|اختتمت|بدأت|انتهت|عقدت|نظمت|شهدت|ضمت|استضافت|"
    r"تمحورت|دارت|انقسمت|تضمنت|استكشفت|تهدف|تتناول|كانت|جاءت)\b"
    r"(?![^.]*\b(?:أن|أنّ|إلى أن)\b)",
    # "ناقش المشاركون عدداً من التحديات"
    rf"^{_AR_PREFIX}(?:ناقش|تناول|استعرض|تبادل|طرح|أبرز|حدد|حدّد|تطرق|بحث|عرض|سلط)"
    r"(?: \S+)? (?:ال)?(?:مشاركون|متحدثون|متحدثين|مشاركين|خبراء|متدخلون|حاضرون|"
    r"مشاركات|متحدثات)(?: [^.؛]{0,30})? (?:عددا|عدداً|عدد|مجموعة|جملة|سلسلة|طائفة|"
    r"العديد|الكثير|بعض|مختلف|أبرز|أهم|عدة)(?: \S+){0,3} (?:من )?(?:ال)?(?:تحديات|"
    r"قضايا|مسائل|موضوعات|مواضيع|جوانب|فرص|أفكار|تجارب|نقاط|أسئلة|محاور|مخاوف|رؤى|"
    r"إشكاليات|قضايا|الأسئلة|المحاور)\b(?:[^.؛:]{0,60})[.!]?$",
    r"^(?:من بين|ضمت قائمة|شارك في الجلسة|شارك فيها|تحدث في الجلسة|شارك في النقاش|"
    r"ضم النقاش|ضمّ الفريق)\b",
    r"^(?:قدم|قدّم|قدمت|قدّمت|عرض|عرضت|استعرض|استعرضت|افتتح|افتتحت|أدار|أدارت|رحب|رحّب|"
    r"رحبت)(?: \S+){1,6}?(?:،? (?:من|ممثل|ممثلة|مدير|مديرة|رئيس|رئيسة) [^،؛.]{2,80}،?)? "
    r"(?:عرضا|عرضاً|لمحة|نظرة|مبادرة|مشروع|تجربة|دراسة|نتائج|الجلسة|المتحدثين|المشاركين|"
    r"كلمة|مداخلة|ورقة|تقرير|إطار|برنامج)\b(?![^.]*\b(?:أن|أنّ)\b)",
    r"^(?:بعد|عقب|إثر) (?:ال)?(?:كلمة|كلمات|الكلمات|الكلمة) (?:ال)?(?:افتتاحية|ترحيبية)\b",
    r"^(?:اختتمت|انتهت|تلت ذلك) (?:الجلسة )?(?:ب)?(?:جلسة|فقرة) (?:أسئلة|الأسئلة|نقاش مفتوح)",
]
AR_FRAMES = [
    rf"^{_AR_PREFIX}(?:شدد|شدّد|شددت|أكد|أكّد|أكدت|دعا|دعت|أوصى|أوصت|طالب|طالبت|حث|حثّ|حثت|"
    r"تبين|تبيّن|اتضح|يتضح|اتفق|اتفقت)(?: \S+){0,3}? (?:ال)?(?:مشاركون|متحدثون|خبراء|"
    r"مشاركين|متحدثين|متدخلون|نقاش|مناقشة|جلسة|منتدى|ورشة|حاضرون)\S*\s+",
    r"^(?:من وجهة نظر|في رأي|بحسب رأي) [^،]{2,60}،\s*",
    rf"^{_AR_PREFIX}(?:أكد|أكّد|أكدت|شدد|شدّد|شددت|أشار|أشارت|رأى|رأت|اتفق|اتفقت|لاحظ|لاحظت|"
    r"أوضح|أوضحت|حذر|حذّر|حذرت|اعتبر|اعتبرت|أجمع|أقر|أقرّ|أقرت|ذكر|ذكرت|نبه|نبّه|نبهت|"
    r"أضاف|أضافت|يرى|ترى|خلص|خلصت|بيّن|بين|بينت|كشف|كشفت|أظهر|أظهرت|استنتج|لفت|لفتت)"
    r"(?: \S+){0,8}? (?:(?:على|إلى) )?(?:أن|أنّ|بأن|بأنّ)\s+",
    r"^(?:تم|جرى) (?:التأكيد|التشديد|الإشارة|الاتفاق|التنبيه|الإقرار) (?:على|إلى) "
    r"(?:أن|أنّ)\s+",
    rf"^{_AR_PREFIX}(?:ال)?(?:مشاركون|متحدثون|خبراء|مشاركين|متحدثين|متدخلون)(?: [^.؛]{{0,30}})? "
    r"(?:أكدوا|شددوا|أشاروا|رأوا|اتفقوا|لاحظوا|أوضحوا|حذروا|اعتبروا|أجمعوا|يرون|خلصوا)"
    r"(?: \S+){0,3}? (?:(?:على|إلى) )?(?:أن|أنّ)\s+",
    r"^(?:وفقا|وفقاً|بحسب|حسب|وبحسب|ووفقاً|ووفقا) (?:ل)?[^،]{2,60}،\s*",
    r"^(?:كان|ساد|برز) (?:هناك )?(?:إجماع|اتفاق|توافق|قلق|إدراك|شعور) (?:\S+ ){0,4}(?:على|"
    r"بأن|بأنّ|من أن) (?:أن|أنّ)?\s*",
]

_REWRITES: dict[str, list[tuple[str, str]]] = {"en": EN_REWRITES}

_PATTERNS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (EN_DESCRIPTIVE, EN_FRAMES, EN_ATTRIBUTION),
    "fr": (FR_DESCRIPTIVE, FR_FRAMES, []),
    "es": (ES_DESCRIPTIVE, ES_FRAMES, []),
    "ru": (RU_DESCRIPTIVE, RU_FRAMES, []),
    "zh": (ZH_DESCRIPTIVE, ZH_FRAMES, ZH_ATTRIBUTION),
    "ar": (AR_DESCRIPTIVE, AR_FRAMES, []),
}


Compiled = list[re.Pattern[str]]


@cache
def _rewrites(lang: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, _I), t) for p, t in _REWRITES.get(lang, [])]


@cache
def _compiled(lang: str) -> tuple[Compiled, Compiled, Compiled]:
    """The patterns of a language; capitals of names are matched as such ``(?-i:...)``."""
    desc, frames, attrib = _PATTERNS[lang]
    return (
        [re.compile(p, _I) for p in desc],
        [re.compile(p, _I) for p in frames],
        [re.compile(p, _I) for p in attrib],
    )


_LEADING = re.compile(r"^[\s\"'“”«»„‘’()\[\]—–-]+")
_SCRIPTS = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}


@dataclass(frozen=True)
class Kind:
    """The kind of a statement and, unless descriptive, its point without reporting frames."""

    kind: str  # "point" | "framed" | "descriptive"
    point: str  # "" when descriptive
    attribution: bool = False


def _languages(text: str, lang: str) -> list[str]:
    """The statement's language first, then any other whose script the text is written in."""
    out = [lang if lang in _PATTERNS else "en"]
    for other, script in _SCRIPTS.items():
        if other not in out and script.search(text):
            out.append(other)
    if out[0] not in _SCRIPTS and "en" not in out:
        out.append("en")
    return out


def _capitalise(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def sentence_kind(sentence: str, lang: str) -> tuple[str, str, bool]:
    """("descriptive" | "framed" | "point", the point, attribution) of one sentence."""
    s = _LEADING.sub("", sentence).strip()
    attribution = False
    for code in _languages(s, lang):
        desc, frames, attrib = _compiled(code)
        for pattern, template in _rewrites(code):
            m = pattern.match(s)
            if m and len(s) - m.end() >= 8:
                head = m.expand(template)
                return "framed", _capitalise(head + s[m.end() :]), False
        for frame in frames:
            m = frame.match(s)
            if m and len(s) - m.end() >= (4 if code == "zh" else 12):
                rest = _capitalise(s[m.end() :])
                # a frame around a description is still a description ("It was noted that the
                # session focused on ...")
                if any(p.match(rest) for p in desc):
                    return "descriptive", "", False
                if code == "ar":
                    # after أنّ the subject takes the accusative ("العاملين"): without the frame
                    # the sentence would be ungrammatical, so Arabic keeps its frame
                    rest = s
                return "framed", rest, bool(attrib and any(p.match(s) for p in attrib))
        if any(p.search(s) for p in desc):
            return "descriptive", "", False
        attribution = attribution or any(p.match(s) for p in attrib)
    return "point", s, attribution


def classify(text: str, lang: str | None) -> Kind:
    """The kind of a statement: descriptive if every sentence is, else its points."""
    lang = lang if lang in _PATTERNS else "en"
    parts = sentences(text, lang) or [text]
    kept: list[str] = []
    framed = False
    attribution = False
    for sent in parts:
        kind, point, attrib = sentence_kind(sent, lang)
        if kind == "descriptive":
            framed = True  # something was removed
            continue
        framed = framed or kind == "framed"
        attribution = attribution or attrib
        kept.append(point)
    if not kept:
        return Kind("descriptive", "", False)
    joiner = "" if lang == "zh" else " "
    return Kind("framed" if framed else "point", joiner.join(kept), attribution)


# ------------------------------------------------------------------- learned descriptions
# Cue patterns are precise but cannot list every way of describing a session. A logistic
# regression over the statement embeddings, trained on our labelled development material
# (editions/evaluation/kinds/dev.yaml and the answers of editions/evaluation/reports/dev-*),
# catches the rest. The held-out material (test-*) is never trained on.

#: Words that make a statement a point whatever its wording around them (modal verbs and
#: the like); the learned model never sets such a statement aside.
POLICY_CUES = re.compile(
    r"\b(?:should|must|need(?:s|ed)? to|the need for|ought|have to|has to|call(?:s|ed)? (?:on|for)|"
    r"doi(?:t|vent)|devr(?:ait|aient|ions)|faut|nécessaire|debe(?:n|ría|rían)?|necesario|"
    r"hay que|es preciso|должн\w*|следует|необходимо|нужно|надо)\b|"
    r"(?:应当|应该|必须|需要|亟需|呼吁|应)|(?:يجب|ينبغي|يتعين|لا بد|ضرورة)",
    _I,
)
#: Words of the event and its people, in the six languages. A description of a session speaks
#: of the session, its speakers or its audience; a statement with none of these words is a
#: point, whatever the learned model says of it.
EVENT_CUES = re.compile(
    r"\b(?:session|workshop|panel discussion|panel+ist|speaker|participant|moderat|"
    r"organi[sz]er|organi[sz]ed|presenter|presented|presentation|round ?table|audience|"
    r"attendee|q&a|transcript|agenda|lightning talk|open forum|(?:the|this) (?:discussion|"
    r"debate|conversation|exchange|forum)|séance|atelier|table ronde|intervenant|panéliste|"
    r"modérat|organisat(?:eur|rice)|organisé|présenté|les échanges|la discussion|le débat|"
    r"sesión|taller|mesa redonda|ponente|panelista|participante|moderad|organizad|"
    r"presentó|expositor|relatoría|la discusión|el debate|la conversación|el intercambio|"
    r"сесси|секци|дискусси|панел|семинар|круглый стол|докладчик|спикер|участник|модератор|"
    r"организатор|выступающ|представил|стенограм)|"
    r"(?:会议|研讨会|分论坛|讨论|环节|嘉宾|发言|与会|主持|主办|承办|现场|线上|提问|问答|演讲)|"
    r"(?:الجلسة|جلسة|ورشة|حلقة النقاش|النقاش|المناقشة|ندوة|المتحدث|المشارك|أدار|نظّم|المنظم|"
    r"الحضور|الأسئلة)",
    _I,
)
_TRAINING = (
    "kinds/dev.yaml",
    "reports/dev-en-summaries.yaml",
    "reports/dev-fr.yaml",
    "reports/dev-es.yaml",
)


def training_examples() -> list[tuple[str, bool]]:
    """(text, is descriptive) of the labelled development material shipped with the package."""
    from importlib import resources

    from forum_messages.yamlsrc import load_yaml

    out: list[tuple[str, bool]] = []
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    for name in _TRAINING:
        data = load_yaml((base / name).read_text(encoding="utf-8"))
        if isinstance(data, list):  # a statement-kind set
            out.extend((str(it["text"]), it["kind"] == "descriptive") for it in data)
            continue
        for report in data.get("sessions") or []:
            for key in ("key_takeaways", "calls_to_action", "messages"):
                for item in report.get(key) or []:
                    out.append((str(item["text"]), bool(item.get("descriptive"))))
    return out


class DescriptiveModel:
    """Logistic regression over embeddings: the probability that a statement only describes.

    Trained once per embedder and process by full-batch gradient descent in float64 with
    balanced class weights (deterministic: fixed steps, no random start).
    """

    name = "descriptive-logistic"

    def __init__(self, threshold: float = 0.6, l2: float = 1e-3, steps: int = 3000) -> None:
        self.threshold = threshold
        self.l2 = l2
        self.steps = steps

    def params(self) -> dict[str, object]:
        return {"threshold": self.threshold, "l2": self.l2, "steps": self.steps}

    def fit(self, embedder: Embedder) -> tuple[np.ndarray, float]:
        key = (
            embedder.name,
            repr(sorted(embedder.params().items())),
            self.l2,
            self.steps,
        )
        cached = _FITTED.get(key)
        if cached is not None:
            return cached
        examples = training_examples()
        x = np.asarray(embedder.embed([t for t, _ in examples]), dtype=np.float64)
        x = np.round(x, 5)
        y = np.array([d for _, d in examples], dtype=np.float64)
        pos = float(y.mean())
        weight = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))
        w = np.zeros(x.shape[1])
        b = 0.0
        for _ in range(self.steps):
            p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
            g = (p - y) * weight
            w -= 0.5 * (x.T @ g / len(y) + self.l2 * w)
            b -= 0.5 * float(g.mean())
        _FITTED[key] = (w, b)
        return w, b

    def descriptive(
        self, x: np.ndarray, texts: Sequence[str], kinds: Sequence[Kind], embedder: Embedder
    ) -> list[bool]:
        """True where the model, and not only the cue patterns, says 'descriptive'."""
        if len(texts) == 0:
            return []
        w, b = self.fit(embedder)
        z = np.round(np.asarray(x, dtype=np.float64), 5) @ w + b
        prob = np.round(1.0 / (1.0 + np.exp(-z)), 6)
        return [
            bool(p > self.threshold)
            and k.kind == "point"
            and not POLICY_CUES.search(t)
            and bool(EVENT_CUES.search(t))
            for p, t, k in zip(prob.tolist(), texts, kinds, strict=True)
        ]


_FITTED: dict[tuple[object, ...], tuple[np.ndarray, float]] = {}
