"""Attributions in Chinese and Russian report grammar (``synth.kind_cues_zhattr``): a
transliterated name, a body or nothing before one office and a verb of saying, an office of the
minutes after a surname, a named institution or its envoy as the speaker, "正如……所说",
"按照……的说法", one person giving an example, a quotation with its speaker after it; "По
словам <surname>", "Как выразился один из ...", "С точки зрения <one person>", a surname alone
with a verb of saying, a named body as the speaker; "وبحسب ما أوضحه ..."; and the look-alike
points that name no speaker."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import kind_cues_zhattr as zhattr
from forum_messages.synth.kinds import classify

from .helpers import attribution_switch_tests

# Sessions on water: wells run by solar pumps, weather stations on schools, river ferries.
ONE_SPEAKER = [
    ("zh", "巴伦西亚市长指出，太阳能水泵在雨季也要有人看管。"),
    ("zh", "水利部副部长在回答提问时承认，北部的水井有一半已经停用。"),
    ("zh", "部长说：“每所学校都要有一个气象站。”"),
    ("zh", "谈到渡轮安全，基西马尔港务局局长表示，救生衣必须按乘客人数配齐。"),
    ("zh", "刘委员提出，应当把水井维修费列入乡镇预算。"),
    ("zh", "东非水资源联盟呼吁，各国公开跨境河流的水位数据。"),
    ("zh", "世界气象组织非洲办事处驻地代表表示，学校气象站的数据可以补上空白。"),
    ("zh", "正如巴尔加斯女士所说，一口井坏了，全村的女孩就要多走两个小时。"),
    ("zh", "按照巴伦西亚教授的说法，渡轮时刻表应当跟着潮水走。"),
    ("zh", "卡马乌校长以自己学校的气象站为例，说明学生如何记录每天的雨量。"),
    ("zh", "恩德雷部长的看法是，水费补贴应当直接发给家庭。"),
    ("zh", "“水泵坏了没人修，”卡马乌校长说，“我们只好又去河边打水。”"),
    ("zh", "巴尔加斯还表示，市里将培训二十名水泵维修员。"),
    ("zh", "水利局局长巴尔加斯在回答提问时表示，北部的水井明年全部修好。"),
    ("zh", "巴伦西亚（国家气象局）指出，学校气象站的数据已经接入全国网络。"),
    ("zh", "巴伦西亚委员：渡轮的救生衣应当每年检查一次。"),
    ("zh", "巴尔加斯在接受采访时表示，渡轮票价不会上涨。"),
    ("zh", "会上，巴伦西亚局长提醒与会者，雨季前要把水泵检修一遍。"),
    ("zh", "埃索诺认为，学校的气象站应当由学生轮流值班。"),
    ("zh", "谈到水价，恩东戈指出，补贴应当直接发给家庭。"),
    ("ru", "Оконкво (министерство водных ресурсов): колодцы починят до сезона дождей."),
    ("ru", "В министерстве водных ресурсов заявили, что колодцы починят до сезона дождей."),
    (
        "ru",
        "Глава метеослужбы Х. Нсуэ обратил внимание на то, что школьные станции дают точные "
        "данные.",
    ),
    ("ru", "По мнению г-жи Диалло, воду в школах нужно проверять каждую неделю."),
    ("ru", "По словам Оконкво, насосы ломаются чаще всего в сухой сезон."),
    ("ru", "По словам одной из учительниц, дети сами снимают показания метеостанции."),
    ("ru", "Как выразился один из паромщиков, расписание пишут люди, которые не видели реку."),
    ("ru", "С точки зрения директора водоканала, счётчики нужны в каждом дворе."),
    ("ru", "На взгляд Амины Диалло, воду в школах нужно проверять каждую неделю."),
    ("ru", "Диалло подчеркнула, что девочки пропускают уроки, когда колодец далеко."),
    ("ru", "Ассоциация паромщиков потребовала установить спасательные жилеты на каждом пароме."),
    ("ar", "وبحسب ما قاله مدير محطة الأرصاد، فإن نصف المدارس لا تسجل الأمطار."),
]

LOOK_ALIKES = [
    ("zh", "据统计，北部地区仍有三成水井无法使用。"),
    ("zh", "根据规定，渡轮必须配备足够的救生衣。"),
    ("zh", "正如数据显示，雨季的水井故障最多。"),
    ("zh", "正如俗话所说，饮水不忘挖井人。"),
    ("zh", "部长应当亲自检查渡轮的安全设施。"),
    ("zh", "市长们不能只看新打了多少口井。"),
    ("zh", "各国部长表示，跨境河流的数据应当共享。"),
    ("zh", "《北部水井维护办法》规定，每口井每年检修一次。"),
    ("zh", "国家供水三年计划提出，到二〇二八年每个村都要有一口能用的井。"),
    ("zh", "会议建议，各国加强河流数据共享。"),
    ("zh", "工作组认为，气象站应当由学校负责维护。"),
    ("zh", "居民协会强调，渡轮票价不能再涨。"),
    ("zh", "报告还指出，一半的水泵缺少零件。"),
    ("zh", "以基西马尔为例，渡轮已经全部配齐救生衣。"),
    ("zh", "“人人有水喝”的口号应当写进预算。"),
    ("ru", "По данным водоканала, треть колодцев не работает."),
    ("ru", "Как показывает практика, насосы чаще всего ломаются в сухой сезон."),
    ("ru", "Как говорится, вода камень точит."),
    ("ru", "Согласно правилам, на каждом пароме должны быть спасательные жилеты."),
    ("ru", "По словам участников, расписание паромов не соблюдается."),
    ("ru", "Министр должен лично проверять паромы."),
    ("ru", "Делегация подчеркнула, что данные о реке должны быть открытыми."),
    ("ru", "Министерства должны делиться данными о воде."),
    ("ru", "Члены комитета отметили, что паромы переполнены."),
    ("ru", "Водоснабжение (данные за 2025 год): треть колодцев не работает."),
    ("ru", "В докладе министерства говорится, что колодцы починят до сезона дождей."),
    ("zh", "会议议程（草案）：一、水井维护；二、渡轮安全。"),
    ("zh", "委员们认为，渡轮票价太高。"),
    ("zh", "美国人认为，瓶装水比井水安全。"),
    ("zh", "三名工程师指出，水泵的零件要从国外进口。"),
    ("zh", "中国政府认为，跨境河流的数据应当共享。"),
    ("zh", "与会委员一致认为，水井维护经费应当列入预算。"),
    ("zh", "经讨论，会议认为，应当公开河流的水位数据。"),
    ("ar", "ووفقاً للإحصاءات، فإن ثلث الآبار معطل."),
]


(
    switch,
    _turn,
    test_shipped_on,
    test_one_speaker_in_report_grammar,
    test_no_speaker_is_no_attribution,
) = attribution_switch_tests(zhattr, ONE_SPEAKER, LOOK_ALIKES)


def test_the_kinds_do_not_move(switch: None) -> None:
    """Only the attribution flag is read: the kind and the point stay as they were."""
    for lang, text in ONE_SPEAKER + LOOK_ALIKES:
        _turn(False)
        before = classify(text, lang)
        _turn(True)
        after = classify(text, lang)
        assert (after.kind, after.point) == (before.kind, before.point)


def test_the_development_set_gains_and_marks_no_look_alike(switch: None) -> None:
    """On kinds/dev43-attr.yaml the patterns newly mark none of the statements labelled no
    attribution, and read more of the attributions than the cues without them."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / "dev43-attr.yaml")
    said = {}
    for on in (False, True):
        _turn(on)
        said[on] = [classify(it.text, it.language).attribution for it in items]
    added = [it for it, a, b in zip(items, said[False], said[True], strict=True) if b and not a]
    assert added
    assert all(it.attribution for it in added)
    assert not [it for it, a, b in zip(items, said[False], said[True], strict=True) if a and not b]
