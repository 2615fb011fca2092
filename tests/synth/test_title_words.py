"""Words of the event and of the document never title a sub-topic, in any language."""

from __future__ import annotations

import pytest

from forum_messages.synth.labels import event_words, generic

WORDS = event_words(["Internet Governance Forum 2025", "Lillestrøm, Norway"])


@pytest.mark.parametrize(
    "title",
    [
        "Messages",
        "Key messages",
        "NRIs",
        "Takeaways",
        "Session outcomes",
        "Report",
        "Messages clés",
        "Points à retenir",
        "Mensajes clave",
        "Conclusiones",
        "Ключевые послания",
        "Итоги",
        "关键信息",
        "会议成果",
        "الرسائل الرئيسية",
        "تقرير",
    ],
)
def test_a_word_of_the_document_is_no_title(title: str) -> None:
    assert generic(title, WORDS)


@pytest.mark.parametrize(
    "title",
    [
        "Information integrity",
        "信息完整性",
        "Подотчетность",
        "Transparency reporting",
        "Messaging encryption",
        "Intégrité de l'information",
        "النزاهة المعلوماتية",
    ],
)
def test_policy_topics_holding_such_letters_stay_titles(title: str) -> None:
    assert not generic(title, WORDS)


def test_the_event_after_an_elided_article_is_no_title() -> None:
    words = event_words(["Internet Governance Forum", "IGF", "Oslo, Norway"])
    assert generic("L’IGF", words) and generic("de l'IGF", words)
    assert not generic("Coupures d'Internet", words)  # "Internet" in a policy title
