"""check_units: each kind of error planted in a Chinese or French translation is found at its
segment id, and the clean translations give no finding."""

from __future__ import annotations

import pytest

from forum_messages.translation.checks import KINDS as DOCUMENT_KINDS
from forum_messages.translation.glossary import Glossary, parse_glossary
from forum_messages.translation.segments import DRAFT, REVIEWED, UNTRANSLATED, Translation, Unit
from forum_messages.translation.unitchecks import KINDS, all_findings, check_units, placeholders

SOURCE = {
    "edition/intro": "The {sessions} sessions held in {place} made {statements} statements.",
    "topic/t1/title": "Submarine cables",
    "message/m1": "About 30 countries still lack a national CERT.",
    "message/m2": "The meeting took place on 23 June 2025 in Lillestrøm.",
    "message/m3": "The Internet Governance Forum should support SDG 16 and WSIS C5.",
    "message/m4": "Lillestrøm hosted the meeting.",
    "message/m5": "Governments should protect submarine cables.",
    "message/m6": "应加强区域合作。",  # a statement kept in Chinese in the English draft
}
ZH = {
    "edition/intro": "在{place}举行的{sessions}场会议提出了{statements}项陈述。",
    "topic/t1/title": "海底光缆",
    "message/m1": "约有30个国家仍缺少国家计算机应急响应小组。",
    "message/m2": "会议于2025年6月23日在利勒斯特罗姆举行。",
    "message/m3": "互联网治理论坛应支持可持续发展目标16和信息社会世界峰会C5。",
    "message/m4": "利勒斯特罗姆主办了这次会议。",
    "message/m5": "各国政府应保护海底光缆。",
    "message/m6": "应加强区域合作。",  # copied as it is: not "untranslated"
}
FR = {
    "edition/intro": "Les {sessions} sessions tenues à {place} ont produit {statements} "
    "déclarations.",
    "topic/t1/title": "Câbles sous-marins",
    "message/m1": "Environ 30 pays n'ont toujours pas de CERT national.",
    "message/m4": "Lillestrøm a accueilli la réunion.",
    "message/m5": "Les gouvernements devraient protéger les câbles sous-marins.",
}
GLOSSARY = {
    "pairs": {
        "en-zh": [
            {"term": "submarine cables", "translation": "海底光缆", "forbidden": ["海底电缆"]},
        ],
        "en-fr": [
            {
                "term": "submarine cables",
                "translation": "câbles sous-marins",
                "forbidden": ["câbles immergés"],
                "note": "terminologie UIT",
            },
        ],
    }
}


def translation(lang: str, targets: dict[str, str], **changed: str) -> Translation:
    """A translation of SOURCE into ``lang``; ``changed`` replaces targets (ids with ``__``
    for ``/``: ``message__m1``)."""
    texts = {**targets, **{k.replace("__", "/"): v for k, v in changed.items()}}
    units = tuple(
        Unit(seg_id, src, texts.get(seg_id, ""), REVIEWED if seg_id in texts else UNTRANSLATED)
        for seg_id, src in SOURCE.items()
    )
    return Translation("en", lang, units)


def glossary(lang: str) -> Glossary:
    return parse_glossary(GLOSSARY, "glossary.yaml", "en", lang)


def found(t: Translation, with_glossary: bool = False) -> set[tuple[str, str]]:
    result = check_units(t, glossary(t.language) if with_glossary else None)
    for seg_id, findings in result.items():
        assert all(f.location == seg_id for f in findings)
    return {(f.kind, f.location) for f in all_findings(result)}


@pytest.mark.parametrize(("lang", "targets"), [("zh", ZH), ("fr", FR)])
def test_clean_translation_gives_no_finding(lang: str, targets: dict[str, str]) -> None:
    assert check_units(translation(lang, targets), glossary(lang)) == {}


def test_untranslated_units_are_not_checked() -> None:
    t = Translation("en", "zh", (Unit("message/m1", SOURCE["message/m1"]),))
    assert check_units(t) == {}


def test_kinds_are_the_document_checks_plus_placeholder() -> None:
    assert set(KINDS) - {"placeholder"} <= set(DOCUMENT_KINDS)


@pytest.mark.parametrize(
    ("lang", "seg_id", "target"),
    [
        ("zh", "message/m5", SOURCE["message/m5"]),  # identical to the source
        ("zh", "message/m5", "Governments must protect 海底光缆."),  # in the source's script
        ("fr", "message/m4", SOURCE["message/m4"]),
    ],
)
def test_untranslated(lang: str, seg_id: str, target: str) -> None:
    base = ZH if lang == "zh" else FR
    t = translation(lang, base, **{seg_id.replace("/", "__"): target})
    assert found(t) == {("untranslated", seg_id)}


def test_placeholder_missing_and_added() -> None:
    zh = translation("zh", ZH, edition__intro="在{place}举行的{sessions}场会议提出了多项陈述。")
    assert found(zh) == {("placeholder", "edition/intro")}
    (f,) = check_units(zh)["edition/intro"]
    assert "{statements}" in f.evidence
    fr = translation(
        "fr",
        FR,
        edition__intro="Les {séances} sessions tenues à {place} ont produit {statements} "
        "déclarations.",
    )
    (f,) = check_units(fr)["edition/intro"]
    assert f.kind == "placeholder"
    assert "lacks {sessions}" in f.evidence and "{séances}" in f.evidence


def test_placeholders() -> None:
    assert placeholders("{a} et {b_c} {a} { x } {}") == {"{a}", "{b_c}"}


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("zh", "约有40个国家仍缺少国家计算机应急响应小组。"),
        ("fr", "Environ 40 pays n'ont pas de CERT."),
    ],
)
def test_number(lang: str, target: str) -> None:
    t = translation(lang, ZH if lang == "zh" else FR, message__m1=target)
    assert found(t) == {("number", "message/m1")}
    assert "source has 30" in check_units(t)["message/m1"][0].evidence


def test_acronym() -> None:
    t = translation("zh", ZH, message__m1="约有30个国家仍缺少国家团队。")
    assert found(t) == {("acronym", "message/m1")}


def test_framework() -> None:
    t = translation(
        "zh", ZH, message__m3="互联网治理论坛应支持可持续发展目标17和信息社会世界峰会C5。"
    )
    assert found(t) == {("framework", "message/m3")}
    (f,) = check_units(t)["message/m3"]
    assert "SDG 16" in f.suggestion


def test_date() -> None:
    t = translation("zh", ZH, message__m2="会议于2025年6月24日在利勒斯特罗姆举行。")
    assert found(t) == {("date", "message/m2")}


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("zh", "各国政府应保护海底电缆。"),  # forbidden variant, approved term missing
        ("fr", "Les gouvernements devraient protéger les câbles immergés."),
    ],
)
def test_glossary(lang: str, target: str) -> None:
    t = translation(lang, ZH if lang == "zh" else FR, message__m5=target)
    assert found(t, with_glossary=True) == {("glossary", "message/m5")}
    evidence = " ".join(f.evidence for f in check_units(t, glossary(lang))["message/m5"])
    assert "forbidden variant" in evidence and "lacks" in evidence
    assert found(t) == set()  # without a glossary nothing is wrong


def test_name_spelled_two_ways_across_units() -> None:
    t = translation("zh", ZH, message__m4="利勒斯特洛姆主办了这次会议。")
    ((kind, seg_id),) = found(t)
    assert kind == "name_spelling" and seg_id in ("message/m2", "message/m4")
    (f,) = check_units(t)[seg_id]
    assert "利勒斯特罗姆" in f.evidence and "利勒斯特洛姆" in f.evidence
    assert "message/m2" in f.evidence and "message/m4" in f.evidence


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("zh", "各国政府应保护保护海底光缆。"),
        ("fr", "Les gouvernements devraient protéger les les câbles sous-marins."),
    ],
)
def test_repeated_word(lang: str, target: str) -> None:
    t = translation(lang, ZH if lang == "zh" else FR, message__m5=target)
    assert found(t, with_glossary=True) == {("repeated_word", "message/m5")}


def test_findings_keep_the_translation_order() -> None:
    t = translation(
        "zh",
        ZH,
        message__m5=SOURCE["message/m5"],
        message__m1="约有40个国家仍缺少国家计算机应急响应小组。",
        edition__intro="{sessions}场会议。",
    )
    assert list(check_units(t)) == ["edition/intro", "message/m1", "message/m5"]


def test_draft_and_outdated_units_are_checked_too() -> None:
    t = translation("zh", ZH, message__m1="约有40个国家仍缺少国家计算机应急响应小组。")
    units = tuple(
        Unit(u.id, u.source, u.target, DRAFT) if u.id == "message/m1" else u for u in t.units
    )
    t = Translation("en", "zh", units)
    assert ("number", "message/m1") in found(t)


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("fr", "Le FGI et le SMSI soutiennent l'ODD 16 ; l'IA aussi."),
        ("es", "El FGI y la CMSI apoyan el ODS 16; la IA también."),
        ("ru", "ФУИ и ВВУИО поддерживают ЦУР 16; ИИ тоже."),
        (
            "ar",
            "يدعم منتدى إدارة الإنترنت والقمة العالمية لمجتمع المعلومات "
            "أهداف التنمية المستدامة 16 والذكاء الاصطناعي.",
        ),
    ],
)
def test_un_localised_acronyms_are_not_findings(lang: str, target: str) -> None:
    src = "The IGF and WSIS support SDG 16; AI too."
    t = Translation("en", lang, (Unit("message/m1", src, target, REVIEWED),))
    assert [f.kind for f in all_findings(check_units(t))] == []
    planted = Translation("en", lang, (Unit("message/m1", src, target + " XYZ", REVIEWED),))
    found = all_findings(check_units(planted))
    assert [f.kind for f in found] == ["acronym"] and "XYZ" in found[0].evidence


@pytest.mark.parametrize(
    ("lang", "right", "wrong"),
    [
        ("fr", "La réunion s'est tenue du 23 au 27 juin 2025.", "du 23 au 28 juin 2025"),
        (
            "es",
            "La reunión se celebró del 23 al 27 de junio de 2025.",
            "del 23 al 27 de julio de 2025",
        ),
        ("ru", "Совещание прошло 23–27 июня 2025 г.", "23–27 июля 2025 г."),
        ("ar", "عقد الاجتماع في 23-27 يونيو 2025.", "23-27 مايو 2025"),
        ("zh", "会议于2025年6月23日至27日举行。", "2025年6月23日至28日"),
    ],
)
def test_dates_in_every_language(lang: str, right: str, wrong: str) -> None:
    src = "The meeting took place on 23-27 June 2025."
    ok = Translation("en", lang, (Unit("message/m1", src, right, REVIEWED),))
    assert all_findings(check_units(ok)) == []
    bad = Translation("en", lang, (Unit("message/m1", src, wrong, REVIEWED),))
    assert "date" in [f.kind for f in all_findings(check_units(bad))]
