"""Word diffs (characters for Chinese) as the translation editor and the changes page show them."""

from __future__ import annotations

from typing import Any

from forum_messages.web.services.textdiff import changed_only, compare, word_diff


def _show(old: str, new: str) -> str:
    marks = {"same": "{}", "del": "[-{}-]", "ins": "{{+{}+}}"}
    return "".join(marks[p.op].format(p.text) for p in word_diff(old, new))


def test_words_that_changed() -> None:
    assert _show(
        "Governments should fund networks.", "Governments and donors should fund networks."
    ) == ("Governments{+ and donors+} should fund networks.")
    assert "".join(p.text for p in word_diff("a b", "a b") if p.op == "same") == "a b"


def test_the_same_text_is_one_piece_as_the_matching_gives_it() -> None:
    from forum_messages.web.services.textdiff import Piece

    texts = ["a b", "Governments should fund networks.", "各国政府应资助社区网络。", " x  y "]
    for text in texts:
        assert word_diff(text, text) == [Piece("same", text)]
        assert word_diff(text + "\n", text + "\n") == [Piece("same", text + "\n")]
    for text in texts[:3]:
        # the matching, for a text that only grows, keeps the same text as one piece too
        assert word_diff(text, text + " z") == [Piece("same", text), Piece("ins", " z")]
    assert word_diff("", "") == []
    assert word_diff("", "a") == [Piece("ins", "a")]


def test_chinese_characters_that_changed() -> None:
    assert _show("各国政府应资助社区网络。", "各国政府和捐助方应资助农村社区网络。") == (
        "各国政府{+和捐助方+}应资助{+农村+}社区网络。"
    )


def _snap(*topics: tuple[str, str, list[tuple[str, str, list[str]]]], removed: Any = None) -> Any:
    themes: dict[str, Any] = {}
    for key, title, msgs in topics:
        th = themes.setdefault(key, {"key": key, "topics": []})
        th["topics"].append(
            {
                "title": title,
                "messages": [
                    {"uid": u, "text": t, "sources": [[s, 0.5] for s in src]} for u, t, src in msgs
                ],
            }
        )
    return {"themes": list(themes.values()), "removed": removed or {}}


def test_compare_names_each_kind_of_change() -> None:
    before = _snap(
        ("a", "One", [("m1", "Keep me.", ["s1"]), ("m2", "Absorb me.", ["s2"])]),
        ("a", "Two", [("m3", "Move me.", ["s3"]), ("m4", "Edit me please.", ["s4"])]),
        ("b", "Three", [("m5", "Drop me.", ["s5"])]),
    )
    after = _snap(
        ("a", "One", [("m1", "Keep me.", ["s1", "s2"])]),
        ("a", "Two", [("m4", "Edit me now please.", ["s4"])]),
        ("b", "Three", [("m3", "Move me.", ["s3"]), ("m6", "New here.", ["s5"])]),
        removed={"m2": "m1", "m5": ""},
    )
    rows = {r.uid: r for r in compare(before, after)}
    assert {u: r.status for u, r in rows.items()} == {
        "m1": "sources",
        "m2": "merged",
        "m3": "moved",
        "m4": "changed",
        "m5": "removed",
        "m6": "new",
    }
    assert rows["m2"].successor == "m1" and rows["m2"].final_text == "Keep me."
    assert rows["m1"].absorbed == ("Absorb me.",) and rows["m1"].sources_added == 1
    assert "".join(p.text for p in rows["m4"].before) == "Edit me please."
    assert "".join(p.text for p in rows["m4"].after if p.op == "ins").strip() == "now"
    assert [r.uid for r in changed_only(list(rows.values()))] == sorted(rows)
    same = compare(before, before)
    assert changed_only(same) == [] and len(same) == 5
