"""One person's words told by the grammar in Chinese and Arabic, and points the description
patterns used to take for descriptions."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_zh import zh_named_speaker
from forum_messages.synth.kinds import classify


@pytest.mark.parametrize(
    "text",
    [
        # a foreign name with its middle dot, a role before it
        "人权律师玛丽亚·桑托斯提醒，面部识别系统在公共交通中的使用缺乏法律依据。",
        # a Chinese name the tagger knows, a phrase between the name and the verb
        "工信厅副厅长赵国强向在场企业表示，明年将开放更多频段用于农村网络。",
        "程序员刘晓东说，他开发的应用已帮助三百户农民在线销售茶叶。",
    ],
)
def test_a_named_chinese_speaker_is_an_attribution(text: str) -> None:
    assert zh_named_speaker(text)
    kind = classify(text, "zh")
    assert kind.kind != "descriptive" and kind.attribution


@pytest.mark.parametrize(
    "text",
    [
        "与会者们表示，农村地区的网速仍然太慢。",
        "多位专家指出，跨境数据流动需要共同规则。",
        "平台应当用简单的语言说明其推荐算法。",
        "监管机构认为，频谱拍卖应当公开透明。",
    ],
)
def test_many_people_a_call_or_an_institution_are_no_named_speaker(text: str) -> None:
    assert not zh_named_speaker(text)
    assert not classify(text, "zh").attribution


def test_a_story_told_by_one_person_is_no_presentation() -> None:
    # "讲述了……如何……" is what happened to someone, not a project presented to the room
    kind = classify("一位来自云南的乡村教师讲述了一台旧投影仪如何改变了她的课堂。", "zh")
    assert kind.kind != "descriptive" and kind.attribution
    # a project presented is still a description
    assert classify("来自肯尼亚的代表介绍了该国的数字身份项目。", "zh").kind == "descriptive"


def test_several_participants_who_then_make_a_point_are_no_head_count() -> None:
    kind = classify("多位与会者强调，农村学校的网络费用应由普遍服务基金承担。", "zh")
    assert kind.kind == "framed" and kind.point.startswith("农村学校")
    assert classify("约八十人现场出席，另有两百人在线观看。", "zh").kind == "descriptive"


def test_a_description_then_a_frame_then_the_point_in_one_chinese_sentence() -> None:
    kind = classify("会议以线上线下相结合的方式举行，与会者普遍认为，县域数字人才严重不足。", "zh")
    assert kind.kind == "framed"
    assert kind.point == "县域数字人才严重不足。"
    # a description all through stays one
    assert classify("会议以线上线下相结合的方式举行，约两百人参加。", "zh").kind == "descriptive"


@pytest.mark.parametrize(
    "text",
    [
        # an opening phrase before the verb and the speaker
        "وفي كلمتها، أكدت البروفيسورة هالة منصور أن الجامعات تحتاج إلى مراكز بيانات مشتركة.",
        "متحدثًا باسم النقابات، طالب السيد كريم بن علي بحماية عمال المنصات الرقمية.",
        # "as for ..., ..." and a role the list did not have
        "بالنسبة إلى المطورة سارة الخطيب، يصعب على الشركات الناشئة الحصول على التمويل.",
    ],
)
def test_arabic_speakers_after_an_opening_phrase_are_attributions(text: str) -> None:
    kind = classify(text, "ar")
    assert kind.kind != "descriptive" and kind.attribution


def test_an_arabic_point_about_video_consultations_is_no_description() -> None:
    point = classify("تتيح الاستشارات الطبية عبر الفيديو لسكان القرى الوصول إلى الأطباء.", "ar")
    assert point.kind == "point"
    joined = classify("انضم خبراء من تونس وعمّان إلى الجلسة عبر الاتصال المرئي.", "ar")
    assert joined.kind == "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a title and a name before a verb of speech, an opening phrase or an apposition
        (
            "en",
            "During the closing panel, Senator Amal Haddad warned that spyware escapes oversight.",
        ),
        (
            "en",
            "The Minister of Health, Dr. Ana Costa, announced that clinics will get fibre first.",
        ),
        (
            "fr",
            "La professeure Claire Dubois a rappelé que les bibliothèques sont des lieux d'accès.",
        ),
        (
            "es",
            "La alcaldesa de Cuenca, Rosa Pérez, anunció que los parques tendrán wifi gratuito.",
        ),
        ("ru", "Ректор Иван Соколов напомнил, что выпускники уезжают работать за границу."),
        ("ru", "Как подчеркнул инженер Олег Ким, в сёлах нет резервного питания для вышек."),
        ("ru", "Анна Белова из ассоциации провайдеров рассказала, что тарифы выросли вдвое."),
    ],
)
def test_a_title_or_a_full_name_before_a_verb_of_speech_is_one_person(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive" and kind.attribution


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Participants warned that spyware escapes oversight."),
        ("ru", "Участники напомнили, что выпускники уезжают работать за границу."),
        ("es", "Los asistentes señalaron que los parques necesitan wifi gratuito."),
    ],
)
def test_groups_have_neither_title_nor_name(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution
