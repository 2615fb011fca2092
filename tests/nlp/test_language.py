import pytest

from forum_messages.nlp.language import UNLanguageDetector, script_counts

CASES = [
    ("Governments should invest in affordable connectivity for rural areas.", "en"),
    ("Les gouvernements doivent investir dans une connectivité abordable.", "fr"),
    ("Los gobiernos deben invertir en conectividad asequible en zonas rurales.", "es"),
    ("ينبغي للحكومات الاستثمار في الاتصال الميسور التكلفة في المناطق الريفية.", "ar"),
    ("Правительствам следует инвестировать в доступное подключение в сельских районах.", "ru"),
    ("各国政府应投资于农村地区可负担的互联网连接。", "zh"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects_each_un_language(text: str, expected: str) -> None:
    lang, conf = UNLanguageDetector().detect(text)
    assert lang == expected
    assert 0.5 < conf <= 1.0


def test_mixed_script_goes_to_majority_and_lowers_confidence() -> None:
    lang, conf = UNLanguageDetector().detect("人工智能治理需要国际合作 AI governance")
    assert lang == "zh"
    assert conf < 1.0


def test_no_letters_gives_default_with_zero_confidence() -> None:
    assert UNLanguageDetector(default="fr").detect("123 -- !!") == ("fr", 0.0)


def test_script_counts() -> None:
    counts = script_counts("abc абв 中文 عربي")
    assert counts == {"latin": 3, "cyrillic": 3, "han": 2, "arabic": 4}
