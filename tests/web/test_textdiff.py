"""Word diffs (characters for Chinese) as the translation editor and the changes page show them."""

from __future__ import annotations

from forum_messages.web.services.textdiff import word_diff


def _show(old: str, new: str) -> str:
    marks = {"same": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    return "".join(marks[p.op].format(p.text) for p in word_diff(old, new))


def test_words_that_changed() -> None:
    assert _show(
        "Governments should fund networks.", "Governments and donors should fund networks."
    ) == ("Governments{+ and donors+} should fund networks.")
    assert "".join(p.text for p in word_diff("a b", "a b") if p.op == "same") == "a b"


def test_chinese_characters_that_changed() -> None:
    assert _show("各国政府应资助社区网络。", "各国政府和捐助方应资助农村社区网络。") == (
        "各国政府{+和捐助方+}应资助{+农村+}社区网络。"
    )
