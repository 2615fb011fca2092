"""Word-level diffs, and what became of each draft message in the final text."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

#: Spaces, one Chinese character (Chinese has no spaces between words), or a run of anything
#: else: a diff of Chinese text shows the characters that changed.
_TOKEN = re.compile(r"\s+|[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class Piece:
    op: str  # same | del | ins
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(Piece("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(Piece("del", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(Piece("ins", "".join(b[j1:j2])))
    return out


def _messages(snap: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for th in snap["themes"]:
        for tp in th["topics"]:
            for m in tp["messages"]:
                out[m["uid"]] = {**m, "theme": th["key"], "topic": tp["title"]}
    return out


@dataclass(frozen=True)
class MessageChange:
    uid: str
    status: str  # unchanged | changed | merged | removed | new
    theme: str
    topic: str
    draft_text: str
    final_text: str
    successor: str
    pieces: list[Piece]


def draft_to_final(draft_snap: dict[str, Any], final_snap: dict[str, Any]) -> list[MessageChange]:
    """What became of each draft message in the final text, and which messages are new."""
    old, new = _messages(draft_snap), _messages(final_snap)
    removed = final_snap.get("removed", {})
    out: list[MessageChange] = []
    for uid, m in old.items():
        if uid in new:
            f = new[uid]
            status = "unchanged" if f["text"] == m["text"] else "changed"
            out.append(
                MessageChange(
                    uid,
                    status,
                    f["theme"],
                    f["topic"],
                    m["text"],
                    f["text"],
                    "",
                    word_diff(m["text"], f["text"]),
                )
            )
            continue
        succ = removed.get(uid, "")
        while succ and succ not in new and removed.get(succ):
            succ = removed[succ]
        if succ and succ in new:
            f = new[succ]
            out.append(
                MessageChange(
                    uid,
                    "merged",
                    f["theme"],
                    f["topic"],
                    m["text"],
                    f["text"],
                    succ,
                    word_diff(m["text"], f["text"]),
                )
            )
        else:
            out.append(
                MessageChange(
                    uid,
                    "removed",
                    m["theme"],
                    m["topic"],
                    m["text"],
                    "",
                    "",
                    [Piece("del", m["text"])],
                )
            )
    for uid, f in new.items():
        if uid not in old:
            out.append(
                MessageChange(
                    uid, "new", f["theme"], f["topic"], "", f["text"], "", [Piece("ins", f["text"])]
                )
            )
    return out
