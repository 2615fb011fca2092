"""Cue patterns of statement kinds in English (see ``synth.kinds``); names for every language.

Each language has three lists: patterns of sentences that only describe the session, reporting
frames to remove from the front of a point, and attributions (who said or presented what).
Patterns are matched case-insensitively from the start of a sentence.
"""

from __future__ import annotations

from forum_messages.synth.kind_cues_bodies import FINDING_AFTER

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
    r"(?![^.]*\b(?:that|showing|finding|arguing|warning|noting)\b)"
    # ... nor with the finding of what was presented ("an audit of 300 websites, only one in
    # ten of which ...", ``kind_cues_bodies.FINDING_AFTER``)
    rf"(?![^.]*{FINDING_AFTER['en']})",
    # "The session opened with remarks by ...", "After opening remarks, ..."; not one person's
    # words in his or her own address ("In his welcome address, Deputy Minister X said ...")
    r"^(?!in (?:his|her) [^,.]{1,40}, [^.]{0,80}\b(?:said|announced|pledged|promised|declared|"
    r"stressed|warned)\b)(?:after|following|in) (?:the |her |his |their )?(?:opening|welcome|"
    r"welcoming|introductory|initial|keynote) (?:remarks|address|words|statement|presentation)s?"
    r"\b(?![^.]*\bthat\b)",
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
    # the frame of the meeting: who chaired, what the programme held, where attention went,
    # what the organisers launched, the notes themselves, a question put to the panel
    r"^(?:chairing|moderating|hosting|opening|closing) (?:the|this) (?:session|workshop|panel|"
    r"meeting|discussion|roundtable) (?:was|were)\b",
    r"^(?:from there|then|next|later|after that|subsequently),? (?:the )?(?:attention|focus|"
    r"conversation|discussion) (?:shifted|turned|moved|switched)\b(?![^.]*\bthat\b)",
    r"^(?:the )?organi[sz]ers (?:also )?(?:used|took) (?:the|this) (?:occasion|opportunity) to "
    r"(?:launch|present|introduce|announce|share)\b(?![^.]*\b(?:that|showing|finding)\b)",
    r"^(?:what follows|below|the following) (?:are|is|summari[sz]es|sets out)\b",
    r"^(?:the )?(?:panel+ists|speakers|participants|presenters) (?:were|was) asked (?:whether|if|"
    r"how|what|why|to)\b",
]
EN_FRAMES = [
    # "The working group on health set one priority: ..." (the frame names what follows)
    r"^(?=[^:;.]{8,120}:)"
    r"(?:the|a|an|our|each|every)\b[^:;.]{2,80}? (?:set|identified|agreed on|singled out|named|"
    r"settled on|came back with|defined|retained|adopted|drew) (?:a|one|two|three|its|their|"
    r"the) (?:\w+ )?(?:priority|priorities|recommendation|recommendations|lesson|lessons|"
    r"message|ask|demand|takeaway|conclusion)\s?: ",
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
#: One person's role, in the singular ("the coordinator of the Malawi IGF", "a teacher").
_EN_ROLE = (
    r"(?:speaker|minister|journalist|member of parliament|regulator|official|engineer|"
    r"researcher|teacher|student|activist|lawyer|founder|co-founder|director|representative|"
    r"delegate|editor|entrepreneur|farmer|doctor|nurse|mayor|ambassador|operator|coordinator|"
    r"commissioner|panel+ist|chair|president|head|manager|professor|scientist|analyst|"
    r"advocate|economist|developer|pupil|fisher(?:man|woman)?|villager|parent|mother|father|"
    r"survivor|officer|executive|ceo|adviser|advisor|librarian|technician|moderator|"
    r"volunteer|grand(?:mother|father|parent)|worker|vendor|trader|driver|resident|"
    r"grower|herder|midwife|caregiver|retiree|pensioner|widow|owner)"
)
#: A participle clause before the speaker: "Asked about funding, ...", "Citing her figures, ..."
_EN_LEAD = (
    r"(?:(?!summing|summari[sz]ing|concluding|wrapping)(?:[a-z]+ing|asked|drawing on|"
    r"on behalf of)[^,]{0,80}, )?"
)
EN_ATTRIBUTION = [
    rf"^{_EN_LEAD}(?:the|a|an|one) (?:[\w-]+ ){{0,3}}{_EN_ROLE}"
    r"(?:,? (?:[^,]{2,60}),)?(?: (?:from|of|at|for) [^,;]{2,80}?)? (?:also |then )?(?:said|"
    r"explained|told|showed|demonstrated|described|recounted|presented|shared|recalled|noted|"
    r"warned|argued|stressed|walked|admitted|acknowledged|cautioned|insisted|claimed|confirmed|"
    r"estimated|reported|pointed out|suggested|called for|urged|proposed|observed|added)\b",
    # "According to Dr X, ...", "In the words of one registry operator, ...", "For Ms X, ..."
    rf"^(?:according to|in the words of|for|in the view of|in the opinion of|as) {_EN_NAME}",
    rf"^(?:according to|in the words of|for|in the view of|in the opinion of) (?:the|a|an|one) "
    rf"(?:[\w-]+ ){{0,3}}{_EN_ROLE}\b",
    rf"^{_EN_LEAD}{_EN_NAME}{_EN_AFFIL} (?:also |then |later )?(?:showed|demonstrated|walked|"
    r"explained that)\b",
    rf"^{_EN_LEAD}{_EN_NAME}{_EN_AFFIL} (?:also |then |later )?(?:admitted|acknowledged|"
    r"cautioned|insisted|claimed|confirmed|estimated|urged|proposed|called for|told)\b",
    rf"^{_EN_LEAD}{_EN_NAME}{_EN_AFFIL} (?:also |then |later )?(?:described|recounted|told|shared|"
    r"recalled|gave an example|explained how|illustrated|cited|spoke|presented|offered|"
    r"introduced|showcased|outlined|reported|highlighted|noted|said|argued|warned|stressed|"
    r"emphasi[sz]ed|pointed out|observed|suggested|added|remarked|stated)\b",
    r"^(?:one|another|a) (?:speaker|panel+ist|participant|presenter|delegate|representative|"
    r"youth delegate|young participant|researcher|expert)\b",
    r"^(?:panel+ist|speaker|participant|presenter) [a-z0-9]\b",
    # a named person, then how they phrased it: "Ms X put it bluntly: ..."
    rf"^[^.:;]{{0,80}}{_EN_NAME}[^.:;]{{0,60}}? (?:put it|said it|summed it up|phrased it)\b",
    # one person told by the article: "A nurse from a district hospital described how ..."
    r"^(?:a|an|one) (?!(?:study|report|survey|paper|analysis|review|document|session|workshop|"
    r"panel|debate|forum|assessment|evaluation|audit|article)\b)[\w-]+(?: [\w-]+){0,2} "
    r"(?:from|of|at|in|with|working|who) [^,;]{2,80}? (?:described|recounted|told|explained|said|"
    r"admitted|recalled|shared|related|testified|confessed|complained|acknowledged)\b",
    # one of a group, then the person's name: "One of the emergency managers, Mr X, recalled"
    r"^one of the (?:[\w-]+ ){0,3}[\w-]+, [^,;]{2,60}, (?:also )?(?:described|recounted|told|"
    r"explained|said|admitted|recalled|shared|warned|argued|stressed|noted|insisted|urged)\b",
]
