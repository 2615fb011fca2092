"""Cue patterns for drafting takeaways from transcripts, in the six UN languages.

Calls to action (modal and imperative forms), chatter (greetings,
thanks, the floor, the clock), fillers that open a sentence without carrying a point, signposts
about the talk itself, self-introductions and first-person stories.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
#: Calls to action: modal and imperative forms in the six languages.
CALL_CUES = re.compile(
    r"\b(?:should|must|need(?:s)? to|have to|has to|ought to|we call (?:on|for|upon)|"
    r"we urge|let us|let's|it is (?:essential|crucial|urgent|necessary|vital|time) (?:to|that)|"
    r"(?:governments|states|platforms|companies|donors|we|they|everyone) (?:need|must)|"
    r"il faut|doi(?:t|vent)|devr(?:ait|aient|ions|ons)|il est (?:essentiel|urgent|nécessaire|"
    r"indispensable) de|nous appelons|appelons|exhortons|"
    r"hay que|es (?:necesario|urgente|esencial|fundamental|imprescindible) (?:que|\w+ar|\w+er|"
    r"\w+ir)|debe(?:n|mos|ría|rían|ríamos)?|tiene(?:n)? que|tenemos que|instamos|hacemos un "
    r"llamado|pedimos|"
    r"необходимо|нужно|надо|следует|должн\w*|призыва\w*|важно \w+ть)\b|"
    r"(?:应当|应该|必须|亟需|呼吁|务必|要把|要加强|要推动|要确保)|"
    r"(?:يجب|ينبغي|يتعين|لا بد|ندعو|نطالب|من الضروري)|"
    # "we/they have to", "governments/platforms ... must": على ... أن
    r"(?:علينا|عليهم|عليها|عليكم) أن|"
    r"على (?:الحكومات|الدول|المنصات|الشركات|المانحين|الجميع) أن",
    _I,
)
#: Modal forms that describe rather than call: a requirement reported ("some countries require
#: that data must be stored locally", "要求数据必须在本地存储"), an obligation denied ("we do
#: not have to", "并不是要把数据锁起来").
REPORTED_MODAL = re.compile(
    r"\b(?:requires?|required|requiring|exige|exigen|exigent|impose|imposent|требу\w+)\b"
    r"[^,;:.，。；：]{0,50}?\b(?:must|should|has to|have to|doi(?:t|vent)|deben?|должн\w*)\b|"
    r"\b(?:do not|don't|does not|doesn't|did not|didn't) (?:have|need) to\b|"
    r"\bno (?:tiene(?:n)?|tenemos) que\b|"
    r"要求[^，。；：,;:]{0,30}?(?:必须|应当|应该)|(?:并不是|不是|不)要(?:把|加强|推动|确保)",
    _I,
)


def is_call(text: str) -> bool:
    """Does the sentence call for action: a modal or imperative form that is not only part of
    a reported requirement or a denied obligation?"""
    return bool(CALL_CUES.search(REPORTED_MODAL.sub(" ", text)))


#: Turns and sentences about the session itself: greetings, thanks, the floor, the clock.
CHATTER = re.compile(
    r"\b(?:thank(?:s| you)|good (?:morning|afternoon|evening)|my name is|can you hear|"
    r"hear me|next slide|the floor|over to you|pass (?:it|the mic)|microphone|\bmic\b|"
    r"minutes? left|out of time|running (?:out of|short on) time|time is up|coffee|lunch|"
    r"i'?m from|i work (?:for|at)|housekeeping|raise your hand|in the chat|zoom|"
    r"merci|bonjour|je m'appelle|la parole|diapositive|gracias|buen(?:os|as) (?:días|tardes)|"
    r"me llamo|la palabra|diapositiva|micrófono|спасибо|благодар\w*|добрый день|меня зовут|"
    r"слово (?:предоставляется|передаю)|слайд|микрофон)\b|"
    r"(?:谢谢|感谢|大家好|我叫|下一张|幻灯片|麦克风|发言时间|有请|请.{0,6}发言)|"
    r"(?:شكرا|شكراً|صباح الخير|مساء الخير|اسمي|الكلمة ل|الميكروفون|الشريحة)",
    _I,
)
#: Openings that carry no point: "So,", "Well,", "I think that", "Donc", "Bueno", "所以", and
#: stances on what follows ("I agree that", "Estoy de acuerdo en que", "كنت أقول إن"); "No,",
#: "Yes,", "Right," and "Look," only before a comma ("No one should ...", "No sabemos ...",
#: "Right to repair ..." keep their first word). Chinese openings need no space after them,
#: those that also begin other words ("那些", "第一次") a comma.
FILLER = re.compile(
    r"^(?:(?:yes|no|okay|ok|right|look)\s*,\s+|"
    r"(?:所以|我觉得|我认为|我想强调|我想说|其实|首先|其次|最后|我同意|我的回答是|我坚持认为)[，,、]?\s*|"
    r"(?:那么|然后|那|嗯|第一|第二|第三)[，,、]\s*|"
    r"(?:so|and|but|well|yeah|now|you know|i mean|basically|"
    r"actually|honestly|again|also|i think|i believe|i would say|i'd say|i guess|"
    r"(?:i (?:want|would like|wish) to|let me) (?:stress|emphasi[sz]e|underline|say|add)|"
    r"first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|and the last point|"
    r"(?:i would |i'd )?add that|agrego que|añado que|j'ajoute que|"
    r"(?:nosotros )?(?:creemos|pensamos|decimos) que|nous (?:pensons|croyons) que|"
    r"we (?:think|believe) that|"
    # stances: "I agree (with Amina) that", "I insist that", "my answer is that" ...
    r"i (?:fully |completely )?agree(?: with \w+)? that|i insist that|my answer is that|"
    r"i was saying that|i(?: am|'m) convinced that|"
    r"je suis (?:tout à fait )?d'accord(?: avec \w+)? (?:pour dire )?que|j'insiste sur le fait que|"
    r"ma réponse est que|je disais que|je suis convaincue? que|"
    r"estoy (?:totalmente )?de acuerdo(?: con \w+)? (?:en )?que|(?:por eso )?insisto en que|"
    r"mi respuesta es que|decía que|estoy convencid[oa] de que|"
    r"я (?:полностью )?соглас(?:ен|на)(?: с \w+)?,? что|я настаиваю(?: на том)?,? что|"
    r"мой ответ(?: такой)?:? что|я говорил[аи]?,? что|я убежд[её]н[аы]?,? что|"
    r"أتفق(?: تماما| تماماً)?(?: مع \S+)?(?: في| على)? أن|جوابي أن|كنت أقول إن|أصر على أن|"
    r"أنا مقتنع(?:ة)? بأن|"
    r"premièrement|deuxièmement|troisièmement|enfin|primero|segundo|tercero|por último|"
    r"во-первых|во-вторых|в-третьих|наконец|أولا|ثانيا|ثالثا|أخيرا|"
    r"what i (?:want|would like) to (?:say|stress) is|je (?:voudrais|veux) (?:souligner|dire)|"
    r"quiero (?:subrayar|destacar|decir)|me gustaría (?:subrayar|destacar|decir)|"
    r"хочу (?:подчеркнуть|сказать)|أود أن أؤكد|"
    r"in my view|for me|to me|alors|donc|et|mais|bon|eh bien|voilà|je pense|je crois|"
    r"bueno|pues|entonces|y|pero|mira|o sea|creo|yo creo|pienso|bon|ну|итак|вот|так|"
    r"и|но|я думаю|я считаю|думаю|"
    r"و|لكن|إذن|أعتقد|أظن)(?:,?\s+(?:that|que|что|أن|إن|بأن))?\s*[,，、]?\s+)+",
    _I,
)
QUESTION = re.compile(r"[?？؟]\s*$")
#: A speaker introducing themself: "Soy Beatriz, trabajo en ...", "Je m'appelle Fatou".
INTRODUCTION = re.compile(
    r"^(?:(?i:soy|je suis|i am|i'm|me llamo|je m'appelle|my name is|mi nombre es|меня зовут)"
    r"\s+[A-ZÀ-ÖØ-ÞА-Я]\w+\s*[,.]|我叫|我是.{1,6}，)"
)
#: First person singular: a story or an opinion of the speaker's rather than a point.
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|my|me|je|j'|moi|mon|ma|mes|yo|mi|mis|я|мне|мой|моя)\b|我(?!们)", _I
)
#: A point introduced with its number before a colon: "Deuxième point, et je veux être
#: très claire là-dessus : ..." keeps what follows the colon.
NUMBERED_LEAD = re.compile(
    r"^[^:：]{0,60}\b(?:point|punto|thing|chose|cosa|tema|issue|aspect|aspecto|simple|clear|"
    r"clair|claro|clave|key|importante?|"
    r"пункт|момент|вещь|вопрос|аспект|прост\w*|ясн\w*|ключев\w*|главн\w*|важн\w*|"
    r"(?:первое|второе|третье|последнее),? что|"
    r"نقطة|النقطة|الشيء|مسألة|المسألة|جانب|بسيط|بسيطة|واضح|واضحة|مهم|مهمة|المهم|الأهم)"
    r"\b[^:：]{0,40}[:：]\s*",
    _I,
)
#: Sentences about the talk itself: "The second thing I want to say is about women.",
#: "Let me start with a story.", "I will stop here."
SIGNPOST = re.compile(
    r"\b(?:(?:thing|point|issue|remark|comment)s? (?:i|that i) (?:want|would like|wanted) to "
    r"(?:say|make|raise|mention|add)|i (?:want|would like) to (?:start|begin|end|finish|"
    r"close|speak|talk|share|build|bring|come back)|let me (?:start|begin|end|explain|"
    r"give|share|come back|quickly)|i(?: will|'ll) (?:stop|leave it|end) (?:here|there)|"
    r"happy to go into|my (?:comment|question|point) is (?:not|for|about|directly)|"
    r"(?:this|that) is (?:a|my) (?:question|comment) for|quelques mots|"
    r"je vais (?:commencer|m'arrêter|parler)|"
    r"(?:el|la) (?:primer|segundo|tercer|último) (?:punto|tema) (?:es|tiene)|"
    r"(?:un|una) (?:comentario|pregunta) (?:muy )?(?:breve|corta|rápida)|"
    r"je voulais (?:revenir|ajouter|juste|dire|demander)|quería (?:volver|agregar|decir|preguntar)|"
    r"i wanted to (?:add|say|come back|ask)|(?:come|go) back to what|"
    r"我想(?:谈一下|补充|说一下|回应)|"
    r"voy a (?:empezar|terminar|hablar)|quiero (?:empezar|comenzar|terminar|hablar)|"
    r"я (?:хочу|хотел[аи]?) (?:начать|сказать несколько)|我想先|我就说到这里|أود أن أبدأ|"
    # Russian and Arabic: the same signposts as the English, French and Spanish ones above.
    r"(?:вещ\w*|пункт\w*|момент\w*|замечани\w*),? (?:котор\w+|что) я (?:хочу|хотел[аи]?"
    r"(?: бы)?) (?:сказать|отметить|поднять|упомянуть|добавить)|"
    r"я (?:хочу|хотел[аи]?(?: бы)?) (?:начать|закончить|завершить|поговорить|рассказать|"
    r"поделиться|вернуться)|позвольте (?:мне )?(?:начать|закончить|объяснить|поделиться|"
    r"вернуться)|давайте я (?:начну|объясню|вернусь)|(?:на этом|здесь) я (?:остановлюсь|"
    r"закончу)|мой (?:вопрос|комментарий) (?:к|для|адресован|о)|(?:короткий|краткий|"
    r"быстрый) (?:вопрос|комментарий)|я хотел[аи]? (?:добавить|сказать|вернуться|спросить)|"
    r"вернуться к (?:тому|сказанному)|я (?:начну|расскажу) (?:с|о|про)|несколько слов|"
    r"(?:النقطة|الشيء|المسألة|الملاحظة) (?:التي|الذي) (?:أريد|أود|أردت) أن (?:أقول\w*|"
    r"أثير\w*|أذكر\w*|أضيف\w*)|[وف]?(?:أريد|أود) أن (?:أبدأ|أنهي|أختم|أتحدث|أتكلم|أشارك|"
    r"أعود)|(?:اسمحوا|اسمح|اسمحي) لي (?:أن )?(?:أبدأ|أختم|أشرح|أعود)|دعوني (?:أبدأ|أختم|"
    r"أشرح|أعود)|سأتوقف هنا|أتوقف هنا|سأكتفي بهذا|(?:سؤالي|تعليقي) (?:موجه )?(?:إلى|عن)|"
    r"(?:سؤال|تعليق) (?:سريع|قصير)|[وف]?(?:أردت|كنت أريد|كنت أود) أن (?:أضيف|أقول|أعود|"
    r"أسأل)|أعود إلى ما|سأبدأ ب|سأتحدث عن|سأتكلم عن|بضع كلمات)\b",
    _I,
)
