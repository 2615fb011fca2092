"""The gate's name check in scripts without capital letters (Chinese, Arabic) and across
languages: known countries and organisations, jieba's proper nouns, names after a title."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from forum_messages.synth.llm.entities import arabic_names, entities, fold, han_names, key_of
from forum_messages.synth.llm.gate import fact_problems

ZH_SOURCE = "发展中国家需要持续的资金来加强网络安全能力建设。"
AR_SOURCE = "تحتاج البلدان النامية إلى تمويل مستدام لبناء قدراتها في مجال الأمن السيبراني."


@pytest.mark.parametrize(
    ("sentence", "sources", "problems"),
    [
        # an invented organisation, a person, a country: none in the sources
        ("据瓦尔孔研究所，" + ZH_SOURCE, [ZH_SOURCE], ["name: 瓦尔孔研究所"]),
        ("张伟指出，" + ZH_SOURCE, [ZH_SOURCE], ["name: 张伟"]),
        ("肯尼亚" + ZH_SOURCE, [ZH_SOURCE], ["name: 肯尼亚"]),
        ("肯尼亚" + ZH_SOURCE, ["尼日利亚" + ZH_SOURCE], ["name: 肯尼亚"]),
        # held: the same name, or the same country or organisation in another language
        ("肯尼亚" + ZH_SOURCE, ["肯尼亚" + ZH_SOURCE], []),
        ("肯尼亚" + ZH_SOURCE, ["Kenya needs sustained funding."], []),
        ("世界卫生组织呼吁提供资金。", ["The World Health Organization asked for funds."], []),
        ("这与UNESCO有关。", ["联合国教科文组织"], []),
        # "中国" is not read inside "发展中国家"
        (ZH_SOURCE, [ZH_SOURCE], []),
    ],
)
def test_chinese_names_must_be_in_a_source(
    sentence: str, sources: list[str], problems: list[str]
) -> None:
    assert fact_problems(sentence, "zh", sources) == problems


@pytest.mark.parametrize(
    ("sentence", "sources", "problems"),
    [
        ("وفقاً لمعهد فاركون، " + AR_SOURCE, [AR_SOURCE], ["name: لمعهد فاركون"]),
        ("قال الدكتور سالم إن " + AR_SOURCE, [AR_SOURCE], ["name: الدكتور سالم"]),
        ("تحتاج كينيا إلى تمويل مستدام.", [AR_SOURCE], ["name: كينيا"]),
        # with and without vowel marks, alef forms and clitic prefixes, the same name
        ("تحتاج كِينِيَا إلى تمويل مستدام.", ["وتحتاج كينيا إلى تمويل."], []),
        ("وفقاً لمعهد فاركون، " + AR_SOURCE, ["أعلن معهدُ فارْكون ذلك. " + AR_SOURCE], []),
        ("للمغرب حاجة إلى التمويل.", ["المغرب يحتاج إلى التمويل."], []),
        # another language's name for the same country or organisation
        ("تحتاج كينيا إلى تمويل مستدام.", ["Kenya needs sustained funding."], []),
        ("دعت منظمة الصحة العالمية إلى التمويل.", ["The WHO called for funding."], []),
        # a title followed by an ordinary word names nobody
        ("قال الرئيس في كلمته إن " + AR_SOURCE, [AR_SOURCE], []),
    ],
)
def test_arabic_names_must_be_in_a_source(
    sentence: str, sources: list[str], problems: list[str]
) -> None:
    assert fact_problems(sentence, "ar", sources) == problems


def test_cased_languages_accept_a_known_name_written_in_another_language() -> None:
    assert fact_problems("The African Union asks for funding.", "en", ["L'Union africaine."]) == []
    assert fact_problems("Kenya asks for funding.", "en", ["肯尼亚要求资金。"]) == []
    assert fact_problems("Kenya asks for funding.", "en", ["尼日利亚要求资金。"]) == ["name: Kenya"]
    assert fact_problems("La Banque mondiale aide.", "fr", ["Help."]) == [
        "name: Banque",
    ]


def test_entities_and_names_are_found_by_script() -> None:
    assert key_of("Kenya") == key_of("肯尼亚") == key_of("كينيا") == key_of("Кения") == "KE"
    assert key_of("ЮНЕСКО") == key_of("اليونسكو") == "UNESCO"
    assert set(entities("Le Maroc et l'UIT; 肯尼亚；والمغرب").values()) == {"MA", "ITU", "KE"}
    assert "瓦尔孔研究所" in han_names("据瓦尔孔研究所，资金很重要。")
    assert arabic_names("وفقاً لمعهد فاركون") == {"لمعهد فاركون": "فاركون"}
    assert fold("إِنّ أحمدَ") == fold("ان احمد")


def test_the_hand_written_name_cases_of_the_bench() -> None:
    """bench/llm_pairs.yaml ``names``: each bad case flagged for a name, no good case."""
    pairs = Path(__file__).parents[2] / "bench" / "llm_pairs.yaml"
    cases = yaml.safe_load(pairs.read_text(encoding="utf-8"))["names"]
    assert {lang for lang, *_ in cases} == {"zh", "ar"}
    for lang, sentence, source, bad in cases:
        problems = [p for p in fact_problems(sentence, lang, [source]) if p.startswith("name:")]
        assert bool(problems) == bad, (sentence, problems)
