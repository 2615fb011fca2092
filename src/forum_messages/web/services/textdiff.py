"""Word-level diffs, and what became of each draft message in the final text."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

#: Spaces, one Chinese character (Chinese has no spaces between words), or a run of anything
#: else: a diff of Chinese text shows the characters that changed.
_TOKEN = re.compile(r"\s+|[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class Piece:
    op: str  # same | del | ins
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    """The words ``new`` keeps, drops and adds from ``old``, in order (every character of
    both is in some piece)."""
    if old == new:  # most messages of a long draft: no matching to do
        return [Piece("same", old)] if old else []
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
                place = (th["key"], tp.get("uid", tp["title"]))  # a renamed sub-topic stays
                out[m["uid"]] = {**m, "theme": th["key"], "topic": tp["title"], "place": place}
    return out


@dataclass(frozen=True)
class MessageChange:
    """What became of one message between two snapshots.

    ``status``: unchanged | changed | moved | sources | merged | removed | new. A merged
    message names its ``successor`` and carries the successor's text as ``final_text``: it is
    shown as "merged with", never as a word diff. ``absorbed`` lists the texts of the messages
    merged into this one.

    The word diff (``pieces``) is made when it is first asked for, from the two texts and the
    status: finding which messages changed and cutting a page of them takes no diff, and only
    the rows a page shows are diffed (a version of 3,058 messages made 3,058 diffs a page).
    """

    uid: str
    status: str
    theme: str
    topic: str
    draft_text: str
    final_text: str
    successor: str
    absorbed: tuple[str, ...] = ()
    sources_added: int = 0
    sources_removed: int = 0

    @cached_property
    def pieces(self) -> list[Piece]:
        """The words of the draft text kept, dropped and added (a merged message: its own text,
        a removed one: all dropped, a new one: all added)."""
        if self.status == "merged":
            return [Piece("same", self.draft_text)]
        if self.status == "removed":
            return [Piece("del", self.draft_text)]
        if self.status == "new":
            return [Piece("ins", self.final_text)]
        return word_diff(self.draft_text, self.final_text)

    @property
    def before(self) -> list[Piece]:
        """The left column: the old text with its deleted words."""
        return [p for p in self.pieces if p.op != "ins"]

    @property
    def after(self) -> list[Piece]:
        """The right column: the new text with its inserted words."""
        return [p for p in self.pieces if p.op != "del"]


def _successor(uid: str, removed: dict[str, str], new: dict[str, Any]) -> str:
    succ, seen = removed.get(uid, ""), {uid}
    while succ and succ not in new and succ not in seen:
        seen.add(succ)
        succ = removed.get(succ, "")
    return succ if succ in new else ""


def _sources(m: dict[str, Any]) -> set[str]:
    return {str(s[0]) for s in m.get("sources", [])}


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[MessageChange]:
    """What became of each message of ``before`` in ``after``, then the messages that are new.

    Used for the draft-to-final changes and for the difference a version made."""
    old, new = _messages(before), _messages(after)
    removed = after.get("removed", {})
    merged = {uid: _successor(uid, removed, new) for uid in old if uid not in new}
    absorbed: dict[str, list[str]] = {}
    for uid, succ in merged.items():
        if succ:
            absorbed.setdefault(succ, []).append(old[uid]["text"])
    out: list[MessageChange] = []
    for uid, m in old.items():
        if uid in new:
            f = new[uid]
            gained, lost = _sources(f) - _sources(m), _sources(m) - _sources(f)
            if f["text"] != m["text"]:
                status = "changed"
            elif f["place"] != m["place"]:
                status = "moved"
            elif gained or lost or uid in absorbed:
                status = "sources"
            else:
                status = "unchanged"
            out.append(
                MessageChange(
                    uid,
                    status,
                    f["theme"],
                    f["topic"],
                    m["text"],
                    f["text"],
                    "",
                    tuple(absorbed.get(uid, ())),
                    len(gained),
                    len(lost),
                )
            )
        elif merged[uid]:
            f = new[merged[uid]]
            out.append(
                MessageChange(
                    uid,
                    "merged",
                    f["theme"],
                    f["topic"],
                    m["text"],
                    f["text"],
                    merged[uid],
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
                )
            )
    for uid, f in new.items():
        if uid not in old:
            out.append(
                MessageChange(
                    uid,
                    "new",
                    f["theme"],
                    f["topic"],
                    "",
                    f["text"],
                    "",
                    tuple(absorbed.get(uid, ())),
                )
            )
    return out


def draft_to_final(draft_snap: dict[str, Any], final_snap: dict[str, Any]) -> list[MessageChange]:
    """What became of each draft message in the final text, and which messages are new."""
    return compare(draft_snap, final_snap)


def changed_only(rows: Iterable[MessageChange]) -> list[MessageChange]:
    return [r for r in rows if r.status != "unchanged"]
