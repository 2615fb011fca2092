"""Attributions in the grammar Chinese and Russian rapporteurs, reporting services, minutes and
press releases use for who said what (``synth.kinds``, added to the attribution cues when
``ON``; docs/quality.md, "a sixty-ninth round"):

- Chinese: a name the tagger does not read as a person's (a transliterated one: "马丁内斯部长表示，
  ……"), a body or nothing before one singular office and a verb of saying ("财政部副部长表示，",
  "部长在回答提问时承认，"), a surname before an office of the minutes ("张委员提出，"), the office
  first and the name after it ("通信部部长巴伦西亚表示，", "副局长巴尔加斯发言称，"), a name with
  its body in brackets ("巴尔加斯（电信监管局）指出，"), the minutes' speaker line ("巴尔加斯委
  员：", "张委员发言："), a name said to the press ("巴伦西亚对记者表示，"), any of these after a
  clause naming the topic or the moment ("谈到数据保护，", "会上，"); a named institution as the
  speaker ("……联盟建议，", "国家电信管理局表示，"), a body's envoy ("……计划署驻地代表表示，");
  "正如……所说，" and "按照/借用……的说法/话" before one person; one person giving an example
  ("……教授以……为例，说明"); "……的看法是，"; a quotation with its one speaker after it
  ("“……”部长说。"); a transliterated name alone going on ("马丁内斯还表示，");
- Russian: "По словам <surname>,", "По словам одного из ...,", "Как выразился один из ...,",
  "С точки зрения / На взгляд / По оценке / По мнению <one person>,", a name with a verb of
  saying the other cues do not list ("Эсоно подчеркнула, что ..."), one office with one of
  those verbs ("Глава регулятора ... обратил внимание"), the minutes' speaker line with the
  body in brackets ("Нгема (министерство связи): ..."), a named body as the speaker ("Союз
  журналистов потребовал ...") or where words came from ("В министерстве связи заявили, ...");
- Arabic: "وبحسب ما أوضحه مدير ...".

Look-alikes left: a regulation, a plan or a report as the subject ("《……办法》规定", "……计划提出",
"报告还指出", "据统计", "据报告显示", "根据规定", "正如数据显示", "по данным", "как показывает
практика", "Согласно закону", "В докладе ... говорится"), a title as the one addressed ("部长应当
……", "Министр должен ..."), offices in the plural or with a word of many ("局长们", "各国部长",
"委员们认为", "По словам участников", "Члены комитета отметили"), the associations and councils
of the people a session gathers ("居民协会强调"), the forum's own groups ("会议建议", "工作组认
为"), a saying ("正如俗话所说", "Как говорится"), a heading with a bracket ("会议议程（草案）：").
"""

from __future__ import annotations

import re

from forum_messages.synth.kind_cues_presenters import _AR_ONE
from forum_messages.synth.kind_cues_zh import _ZH_MANY, _ZH_ROLE

#: Whether these patterns mark attributions (docs/quality.md, "a sixty-ninth round").
ON = True

# ---------------------------------------------------------------- Chinese
#: one office held by one person, after a name, a body or nothing ("马丁内斯部长", "财政部副部长")
_ZH_TITLE = (
    r"(?:副|常务副)?(?:部长|市长|省长|州长|县长|局长|厅长|署长|司长|处长|所长|院长|校长|馆长|"
    r"主任|主席|总统|总理|大使|议员|教授|博士|女士|先生|委员|总干事|秘书长|首席执行官|"
    r"执行主任|总裁|董事长|总经理|总监|会长|理事长|行长|法官|村长|镇长|书记|参赞|特使|专员|"
    r"部长助理|首席代表|驻地代表)"
)
#: what one person does with words, before a comma or a colon
_ZH_SAY = (
    r"(?:表示|指出|认为|强调|提醒|坦言|透露|披露|称|说|呼吁|建议|提出|警告|谈到|提到|补充说|"
    r"补充道|直言|解释说|解释道|承认|坦承|回应说|回应称|回应道|问道|表态|主张|重申|宣布|"
    r"介绍说|举例说|说明|坦陈|感慨|告诫|透露说|说道|提议|要求|认定|判断|估计|指出说|回答说|"
    r"回答道|答复说|答复称|质询道|追问|反问道|发言称|提出质询|补充)"
)
#: the verb, whom it was said to, and the comma or colon after it ("提醒与会者，")
_ZH_SAID = rf"{_ZH_SAY}(?:与会者|与会代表|大家|各方|记者|委员们|媒体)?[，,：:]"
#: where in the meeting the person spoke ("在会上", "在回答提问时"), or a word that goes on
_ZH_WHEN = (
    r"(?:在[^。，,：:；;]{1,14}(?:中|上|时)|(?:在)?接受[^。，,：:；;]{0,8}采访时|"
    r"(?:发言|致辞|讲话|回答[^。，,：:；;]{0,6})(?:时|中)|对记者|向(?:记者|与会者|与会代表|媒体|会议))?"
    r"(?:还|也|则|随后|进一步|最后|再次|同时|接着|特别)?"
)
#: a clause naming the topic before the speaker ("谈到数据保护，", "针对青年失业问题，")
_ZH_TOPIC = (
    r"(?:(?:(?:谈到|谈及|说到|关于|对于|针对|就|在谈到|在谈及)[^。，,：:；;]{1,30}|会上|会议上|"
    r"讨论中|在讨论中|在会上|随后|此外|另外|对此|最后|[^。，,：:；;]{1,12}时)[，,])?"
)
#: not many people, and no word that joins two speakers
_ZH_NOT_MANY = (
    rf"{_ZH_MANY}(?![各多几诸众其另有])"
    # nor a number of people ("两位教授表示，")
    r"(?![^。，,：:]{0,8}?(?:[两二三四五六七八九十几数]|\d+)(?:位|名))"
)
_ZH_CHAR = r"(?:(?![和与及跟同、们])[\u4e00-\u9fff·•])"
#: a character of a name after its title ("部长巴伦西亚"): no word of a call, of a group, of
#: a body or of where and to whom it was said
_ZH_NAME = (
    r"(?:(?![和与及跟同、们应要须必将会局部署组团方还也则在对向发致讲回接员者人])[\u4e00-\u9fff·•])"
)
#: what a name in brackets tells: a body, a country or an office ("巴尔加斯（电信监管局）")
_ZH_BRACKET = (
    r"（[^）]{1,30}(?:局|部|署|会|委|院|所|中心|组织|联盟|大学|学院|公司|银行|集团|办公室|代表处|"
    r"办事处|政府|议会|国|长|员|任|授|士|席|表|人)）"
)
#: institutions that speak as one when named ("绿色电子联盟", "国家电信管理局", "卫生部"); not
#: the associations and councils of the people a session gathers ("居民协会强调", "合作社理事会
#: 认为": kinds/dev22.yaml labels them no attribution), which only "该" names as one body
_ZH_BODY = (
    r"(?:联盟|商会|基金会|办事处|管理局|监管局|研究所|研究院|研究中心|署|"
    r"(?<![全内大一东西南北中干外局])部|(?<![当])局|银行)"
)
_ZH_ANY_BODY = rf"(?:{_ZH_BODY}|协会|工会|委员会|理事会|联合会|学会|组织|机构|公司|企业)"
#: words that open a document, an event, a group or a body of many, not a person's name
_ZH_NOT_WORDS = (
    r"(?:报告|研究|调查|数据|文件|计划|规定|法律|法规|办法|战略|会议|论坛|讨论|小组|"
    r"工作组|政府|国家|企业|公司|社会|分析|结果|经验|实践|文章|项目|倡议|宣言|声明|共识|报道|"
    r"专家|代表|嘉宾|学者|官员|青年|妇女|民众|公众|用户|网民|发言|评估|指南|框架|方案|政策|"
    r"统计|实验|证据|案例|模型|系统|平台|机构|组织|部门|各方|业界|行业|市场|运营商|议程|草案|附件|"
    r"纪要|摘要|要点|名单|说明|主题|问题|结论|建议|背景|目标)"
)
_ZH_NOT_NAME = rf"[^。，,：:]{{0,4}}{_ZH_NOT_WORDS}"
#: a person named by a role or an office, with a name after it or none ("西宁大学教授黄志远")
_ZH_ONE = (
    rf"{_ZH_NOT_MANY}{_ZH_CHAR}{{0,16}}?(?:{_ZH_ROLE}|{_ZH_TITLE})(?!们)(?:{_ZH_CHAR}{{2,3}})?"
)

#: one person by a classifier ("一位老渔民说道"): ``kind_cues_presenters`` reads it
_NOT_PRESENTERS = r"(?!一位|一名|某位|另一位)"

ZH = [
    # "马丁内斯部长表示，", "财政部副部长表示，", "部长在回答提问时承认，", "张委员提出，",
    # "谈到数据保护，部长表示，", "部长说：“……”"
    rf"^{_ZH_TOPIC}{_ZH_NOT_MANY}(?<!国家){_ZH_CHAR}{{0,8}}?(?<!国家|各国|与会){_ZH_TITLE}(?!们|团|级)"
    rf"{_ZH_WHEN}{_ZH_SAID}",
    # the office first, then the name: "通信部部长巴伦西亚表示，", "副局长巴尔加斯发言称，"
    rf"^{_ZH_TOPIC}{_ZH_NOT_MANY}{_ZH_CHAR}{{0,12}}?(?<!国家|各国|与会){_ZH_TITLE}{_ZH_NAME}{{2,6}}?"
    rf"(?:{_ZH_BRACKET})?{_ZH_WHEN}{_ZH_SAID}",
    # a name with its body in brackets: "巴尔加斯（电信监管局）指出，", "巴尔加斯（电信监管局）："
    rf"^{_ZH_TOPIC}{_ZH_NOT_MANY}(?!{_ZH_NOT_NAME}){_ZH_NAME}{{2,8}}?(?:{_ZH_TITLE})?{_ZH_BRACKET}"
    rf"(?:{_ZH_WHEN}{_ZH_SAID}|[：:])",
    # the minutes' speaker line: "巴尔加斯委员：", "张委员发言：", "巴伦西亚副主任补充：" (a
    # name the tagger reads with "博士：", "教授：" ... is ``kind_cues_speakers2``'s turn)
    r"^(?![\u4e00-\u9fff]{2,4}(?:博士|教授|先生|女士|部长|议员|主任|大使)[：:])"
    rf"{_ZH_NOT_MANY}(?!{_ZH_NOT_WORDS}){_ZH_NAME}{{1,6}}?{_ZH_TITLE}(?!们|团)(?:发言|补充|回应|答复)?"
    r"[：:]",
    # a name alone, said to the press or to the room: "巴伦西亚对记者表示，"
    rf"^{_ZH_NOT_MANY}(?!{_ZH_NOT_NAME}){_ZH_NAME}{{2,6}}?(?:对记者|向记者|向与会者|(?:在)?接受"
    rf"[^。，,：:；;]{{0,8}}采访时)(?:还|也)?{_ZH_SAID}",
    # a named body as the speaker: "绿色电子联盟建议，", "国家电信管理局表示，", "该协会呼吁，"
    rf"^{_ZH_TOPIC}{_ZH_NOT_MANY}(?!会议|论坛|工作组|小组|讨论)(?:(?:该|这家|这个){_ZH_ANY_BODY}|"
    rf"{_ZH_CHAR}{{2,16}}?{_ZH_BODY})(?!们|长|门|分|委)(?:驻[\u4e00-\u9fff]{{0,6}}?(?:代表|办事处))?{_ZH_WHEN}"
    r"(?:建议|呼吁|认为|表示|指出|强调|警告|提醒|主张|要求|宣布|透露|称|回应称)[，,：:]",
    # a body's envoy: "联合国开发计划署驻地代表表示，"
    rf"^{_ZH_NOT_MANY}{_ZH_CHAR}{{2,16}}?{_ZH_BODY}(?:驻[\u4e00-\u9fff]{{0,6}})?(?:首席代表|代表|"
    rf"协调员|负责人|发言人)(?!们|团){_ZH_WHEN}{_ZH_SAID}",
    # "正如奥巴马女士所说，", "正如部长所说，" (not a saying, nor what the data show)
    rf"^正如(?!俗话|老话|古话|古人|人们|常言|[^。，,]{{0,12}}(?:所示|显示|表明)){_ZH_ONE}"
    r"(?:在[^。，,]{1,12}(?:中|上|时))?所(?:说|言|讲|指出|强调|提到|提醒|警告|描述|比喻)",
    # "按照马丁内斯部长的说法，", "借用阿约拉教授的一句话，"
    rf"^(?:按照|按|照|依照|借用|套用|引用|援引)(?!老百姓|群众|俗话|古人|人们){_ZH_ONE}的"
    r"(?:说法|话|一句话|原话|观点)",
    # one person giving an example: "阿约拉教授以自己的村庄为例，说明了……"
    rf"^{_ZH_ONE}(?:还|也|则|随后)?以[^。，,]{{2,30}}为例[，,]?(?:说明|介绍|讲述|解释|指出|强调|"
    r"展示|谈到|阐述|分析)",
    # "马丁内斯部长的看法是，"
    rf"^{_ZH_ONE}的(?:看法|观点|意见|判断|结论|主张)是[，,：:]",
    # a quotation with its one speaker after it: "“我们不能再等了，”埃松博士说，……" (the
    # opening quotation mark is taken off before the patterns read the sentence)
    rf"^[“\"「『]?[^”\"」』“「『。]{{2,120}}[”\"」』][，,]?{_NOT_PRESENTERS}(?:{_ZH_ONE}|[她他])(?:说|表示|强调|指出|"
    r"补充道|说道|坦言|感叹|呼吁|补充说)",
    # what is left of "“网络是新的道路。”部长说。" after the quotation: its speaker alone
    rf"^{_NOT_PRESENTERS}(?:{_ZH_ONE}|[她他])(?:说|说道|补充道|表示|强调|坦言|感叹)[。！!]?$",
    # a transliterated name alone after a full introduction, with a word that goes on
    # ("马丁内斯还表示，"): three to five characters, no document, event or group
    rf"^{_ZH_NOT_MANY}(?!{_ZH_NOT_NAME}){_ZH_CHAR}{{3,5}}(?:还|也|进一步|随后|接着|最后|同时)"
    rf"{_ZH_SAY}[，,：:]",
]

#: a name alone before the verb ("恩东戈指出，"), after a clause naming the topic or the moment
_ZH_BARE = re.compile(
    rf"^{_ZH_TOPIC}{_ZH_NOT_MANY}(?!{_ZH_NOT_NAME})((?:(?![国省市县区界队籍])"
    rf"{_ZH_NAME}){{3,6}}?){_ZH_WHEN}{_ZH_SAID}"
)


def named_speaker(sentence: str) -> bool:
    """Whether a Chinese sentence opens on a transliterated name alone and a verb of saying
    ("恩东戈指出，……", "埃索诺认为，……"): three to six characters that the tagger cuts into a
    place or person word of two characters or more and single characters it does not know (a
    name of a country, a city or a body is one word of its dictionary; a Chinese name the
    tagger reads as a person's is ``kind_cues_zh.zh_named_speaker``'s)."""
    if not ON:
        return False
    m = _ZH_BARE.match(sentence)
    if m is None:
        return False
    import rjieba

    tags = rjieba.tag(m.group(1))
    if len(tags) < 2:
        return False
    (first, tag), rest = tags[0], tags[1:]
    return (
        tag in ("ns", "nr", "nrt", "nz") and len(first) >= 2 and all(len(w) == 1 for w, _ in rest)
    )


# ---------------------------------------------------------------- Russian
#: one person in the genitive, by office or by first and last name
_RU_ONE_GEN = (
    r"(?:(?:[а-яё-]+ ){0,2}(?:министра|замминистра|мэра|губернатора|директора|профессора|главы|"
    r"председателя|председательницы|депутата|ректора|руководителя|руководительницы|"
    r"представителя|представительницы|посла|советника|советницы|координатора|модератора|"
    r"исследователя|исследовательницы|учителя|учительницы|врача|главврача|фермера|юриста|"
    r"аналитика|эксперта|специалиста|основателя|основательницы|президента|премьер-министра|"
    r"сенатора|заместителя|начальника|заведующего|заведующей|журналиста|журналистки|"
    r"активиста|активистки)\b|(?-i:[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)|"
    r"(?:г-жи|г-на|госпожи|господина) (?-i:[А-ЯЁ])[а-яё-]+)"
)
#: first words that are no person's name: groups, events, documents, pronouns, bodies
_RU_NOT_NAME = (
    r"(?!(?:молод|делегаци|групп|сесси|дискусси|встреч|панел|комисси|сторон|аудитори|"
    r"общественност|команд|секци|конференци|стран|статистик|практик|истори|работ|форум|"
    r"доклад|отч[её]т|опыт|анализ|обзор|семинар|зал|мир|рынок|кажд|кто|никто|один|одна|другой|"
    r"другая|ряд|он|она|оно|это|этот|эта|тот|та|всё|все|сам|сама|участни|эксперт|спикер|"
    r"докладчи|выступающ|организатор|исследовани|программ|платформ|сеть|систем|школ|"
    r"компани|министерств|правительств|ведомств|интернет|связь|тема|наука|жизнь|реформ|"
    r"политик|экономик|власт|молодеж)\w*\b)"
)
_RU_VERB = (
    r"(?:подчеркнул|отметил|указал|предложил|призвал|выразил уверенность|высказал мнение|"
    r"настаивал|признал|предостерёг|предостерег|обратил внимание|посетовал|констатировал|"
    r"заверил|пообещал|убеждена|уверена|заявил|сообщил|напомнил)"
)
#: one person by office, in the singular, as the subject
_RU_OFFICE = (
    r"(?:глава|министр|заместитель|замминистра|председатель|председательница|директор|"
    r"руководитель|руководительница|представитель|представительница|депутат|мэр|губернатор|посол|"
    r"советник|советница|ректор|профессор|президент|начальник|координатор|модератор)"
)
#: a body in the prepositional, as where words came from ("в министерстве связи")
_RU_BODY_AT = (
    r"(?:министерстве|ведомстве|ассоциации|союзе|мэрии|администрации|правительстве|агентстве|"
    r"комитете|управлении|департаменте|регуляторе|посольстве|компании|банке|фонде)"
)
_RU_THEY_SAID = r"(?:подчеркнули|отметили|заявили|сообщили|пояснили|уточнили|напомнили|считают)"
RU = [
    # "Нгема (министерство связи): ...": a speaker line of the minutes, the body in brackets
    rf"^{_RU_NOT_NAME}(?-i:[А-ЯЁ][а-яё]+)(?: (?-i:[А-ЯЁ][а-яё]+|[А-ЯЁ]\.)){{0,2}} \([^()]{{0,40}}"
    r"(?:министерств|ведомств|регулятор|ассоциаци|союз|комитет|университет|компани|банк|"
    r"агентств|служб|администраци|мэри|посольств|министр|директор|председател|представител|"
    r"депутат|мэр|посол|эксперт|ректор|профессор)[^()]{0,40}\):",
    # "Как подчеркнули в министерстве связи, ...", "В министерстве связи заявили, что ..."
    rf"^(?:как {_RU_THEY_SAID} в {_RU_BODY_AT}\b|"
    rf"в {_RU_BODY_AT}\b[^,.;:]{{0,40}}? {_RU_THEY_SAID}\b)",
    # "Глава регулятора Х. Нсуэ Обама обратил внимание на то, что ...": one office, up to six
    # words, and a verb of saying the other cues do not list
    rf"^{_RU_OFFICE}\b(?: [\w.-]+){{0,6}} (?:обратил(?:а)? внимание|предостерёг|предостерегла|"
    r"посетовал(?:а)?|констатировал(?:а)?|заверил(?:а)?|подчеркнул(?:а)?|указал(?:а)?)\b",
    # "По словам Нгемы, ...", "По словам одного из участников, ..."
    r"^по словам (?:(?-i:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?: (?-i:[А-ЯЁ][а-яё]+)){0,2},|"
    r"(?:одного|одной) из )",
    # "Как выразился один из фермеров, ..."
    r"^как (?:выразил(?:ся|ась)|сказал|сказала|заметил|заметила|отметил|отметила|пошутил|"
    r"пошутила|признал(?:ся|ась)|рассказал|рассказала) (?:один|одна) из ",
    # "С точки зрения профессора Айолы, ...", "На взгляд директора школы, ..."
    rf"^(?:с точки зрения|по мнению|на взгляд|по оценке|по убеждению|по признанию|по утверждению|"
    rf"по замечанию|по наблюдению|по наблюдениям) {_RU_ONE_GEN}",
    # "Эсоно подчеркнула, что ...": a name (one to three capitalised words) and a verb in the
    # singular
    rf"^{_RU_NOT_NAME}(?-i:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?: (?-i:[А-ЯЁ][а-яё]+)){{0,2}} "
    rf"(?:также |ещё |тоже |же |затем |в свою очередь |далее )?{_RU_VERB}а?\b",
    # a named body as the speaker: "Союз журналистов потребовал ...", "Министерство связи
    # сообщило, ..."
    r"^(?:(?-i:[А-ЯЁ])[а-яё-]+ )?(?:ассоциация|союз|министерство|ведомство|палата|федерация|"
    r"фонд|агентство|служба|комитет|профсоюз|коалиция|объединение|регулятор|альянс|банк|"
    r"управление|департамент|мэрия|администрация)\b[^,.;:!?«»]{0,60}? (?:призвал|потребовал|"
    r"сообщил|заявил|предупредил|предложил|подчеркнул|отметил|указал|объявил)(?:а|о)?\b",
]

# ---------------------------------------------------------------- Arabic
AR = [
    # "وبحسب ما أوضحه مدير الأرشيف الوطني ..."
    rf"^و?(?:ب?حسب|وفق|وفقا ل|كما|على حد|حسب) ما (?:أوضح|أوضحت|قال|قالت|ذكر|ذكرت|أكد|أكدت|"
    rf"أشار|أشارت|صرح|صرحت|بين|بينت|شرح|شرحت)(?:ه|ته)?(?: إليه| به)?\s+{_AR_ONE}",
]

PATTERNS: dict[str, list[str]] = {"zh": ZH, "ru": RU, "ar": AR}
