import pytest

from forum_messages.nlp.segment import sentences, strip_numbering, words


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("1. Governments should act.", "Governments should act."),
        ("a) Governments should act.", "Governments should act."),
        ("(iv) Governments should act.", "Governments should act."),
        ("- • Governments should act.", "Governments should act."),
        ("一、各国应加强合作。", "各国应加强合作。"),
        ("２．各国应加强合作。", "各国应加强合作。"),
        ("3) 5G networks matter.", "5G networks matter."),
        ("2025 was a turning point.", "2025 was a turning point."),
        ("A strong case was made.", "A strong case was made."),
    ],
)
def test_strip_numbering(raw: str, clean: str) -> None:
    assert strip_numbering(raw) == clean


def test_chinese_sentences_and_words() -> None:
    text = "人工智能治理需要国际合作。能力建设很重要！"
    assert sentences(text, "zh") == ["人工智能治理需要国际合作。", "能力建设很重要！"]
    toks = words("人工智能治理需要国际合作", "zh")
    assert "人工智能" in toks and "治理" in toks and "国际" in toks


def test_arabic_sentences_and_words_drop_diacritics() -> None:
    text = "الوصول إلى الإنترنت حق. يجب على الحكومات العمل؟"
    assert len(sentences(text, "ar")) == 2
    assert words("الحُكومات", "ar") == ["الحكومات"]


def test_english_abbreviations_do_not_split() -> None:
    assert len(sentences("Dr. Smith spoke. The U.N. agreed.", "en")) == 2
