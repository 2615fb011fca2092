"""What became of every consultation response: rejects.jsonl, responses.jsonl, campaigns.json.

- ``rejects.jsonl``: one line a rejected row (file, row, field, reason, id);
- ``responses.jsonl``: one line an answer of an accepted response (or one line for a response
  with no answer text): its campaign (whose statements and messages ``campaigns.json`` gives,
  once for all its copies), its own statements, and the message each of them is in or why it
  is not reflected;
- ``campaigns.json``: the counts, and each campaign with its size, text, statement, message
  and members (with what each copy added).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from forum_messages.atomic import temp_name
from forum_messages.errors import OutputError
from forum_messages.export.jsondoc import LazyList
from forum_messages.ingest.campaigns import Consultation
from forum_messages.model import Draft

REJECTS = "rejects.jsonl"
RESPONSES = "responses.jsonl"
CAMPAIGNS = "campaigns.json"


def stage_consultation(c: Consultation, draft: Draft, folder: Path) -> list[tuple[Path, Path]]:
    """Write the three files into temporary files in ``folder`` (nothing is replaced yet):
    (temporary file, file it is to replace) pairs, for the caller to rename together with the
    draft's own files (:func:`forum_messages.export.write_outputs`), so that an interrupted
    draft leaves the folder's earlier files as they were, not some of them replaced."""
    where = _Where(draft)
    counts = summary(c)
    campaigns: dict[str, Any] = {
        "counts": counts,
        "campaigns": [
            {
                "id": camp.id,
                "size": camp.size,
                "text": camp.text,
                **where.points(camp.points, texts=True),
                "members": LazyList(camp.members, partial(_member, camp.additions)),
            }
            for camp in c.campaigns
        ],
    }
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1)
    out: list[tuple[Path, Path]] = []
    try:
        rejects = (json.dumps(r.as_dict(), ensure_ascii=False) for r in c.rejects)
        out.append(_write(folder, REJECTS, rejects))
        out.append(_write(folder, RESPONSES, _responses(c, where)))
        out.append(_write(folder, CAMPAIGNS, [encoder.iterencode(campaigns)]))
    except BaseException:
        for tmp, _ in out:
            tmp.unlink(missing_ok=True)
        raise
    return out


def _member(additions: Mapping[tuple[str, str], str], answer: tuple[str, str]) -> dict[str, str]:
    rid, col = answer
    extra = additions.get(answer)
    return {"id": rid, "column": col} | ({"addition": extra} if extra is not None else {})


def summary(c: Consultation) -> dict[str, int]:
    copies = sum(camp.size for camp in c.campaigns)
    return {
        "responses": c.responses,
        "rejected": sum(1 for r in c.rejects if r.row > 1),
        "answers": c.answers,
        "campaigns": len(c.campaigns),
        "campaign_copies": copies,
        "copies_with_additions": sum(len(camp.additions) for camp in c.campaigns),
        "statements": len(c.corpus.statements),
        "empty_responses": len(c.empty),
    }


class _Where:
    """Where each statement went: its message, or why it is not reflected (looked up by
    statement id in the draft, without a record a statement)."""

    def __init__(self, draft: Draft) -> None:
        self._message = {a.id: a.message for a in draft.statements if a.message}
        self._reason = {nr.statement: nr.reason for nr in draft.not_reflected}

    def get(self, statement: str, default: dict[str, Any]) -> dict[str, Any]:
        reason = self._reason.get(statement)
        if reason is not None:
            return {"message": None, "not_reflected": reason}
        message = self._message.get(statement)
        return {"message": message} if message else default

    def points(self, points: Sequence[tuple[str, str]], texts: bool = False) -> dict[str, Any]:
        """Where the statements of an answer or a campaign's text went: its ``statement`` and
        message when it is one, else ``points``, each a statement (with its ``text`` when
        ``texts``) and its message, in the text's order."""
        if len(points) == 1:
            return {"statement": points[0][0], **self.get(points[0][0], {})}
        return {
            "points": [
                {"statement": ident, **({"text": text} if texts else {}), **self.get(ident, {})}
                for ident, text in points
            ]
        }


def _responses(c: Consultation, where: _Where) -> Iterator[str]:
    """One line an answer, sorted by response id and column; the lines are made as they are
    written, from a sorted list of (id, column, where the answer is) keys."""
    placed, empty = -1, -2
    keys: list[tuple[str, str, int]] = []
    for number, camp in enumerate(c.campaigns):
        keys.extend((rid, col, number) for rid, col in camp.members)
    additions = {a for camp in c.campaigns for a in camp.additions}
    keys.extend((rid, col, placed) for rid, col in c.placed if (rid, col) not in additions)
    keys.extend((rid, "", empty) for rid in c.empty)
    keys.sort(key=lambda k: (k[0], k[1]))
    del additions
    for rid, col, at in keys:
        line: dict[str, Any]
        if at >= 0:
            # the campaign's statements and their messages are said once, in campaigns.json
            line = {"campaign": c.campaigns[at].id}
            own = c.placed.statements((rid, col))
            if own:
                line["addition"] = where.points([(ident, "") for ident in own])
        elif at == placed:
            line = where.points([(ident, "") for ident in c.placed.statements((rid, col))])
        else:
            line = {"empty": True}
        yield json.dumps({"id": rid, "column": col, **line}, ensure_ascii=False)


def _write(folder: Path, name: str, lines: Any) -> tuple[Path, Path]:
    """``lines`` written to a new temporary file for ``folder / name``: (it, the final path);
    nothing is left of it on failure."""
    final = folder / name
    tmp = folder / temp_name(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tmp.open("x", encoding="utf-8") as fh:
            for line in lines:  # a line, or the pieces of one
                fh.writelines([line] if isinstance(line, str) else line)
                fh.write("\n")
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{final}: cannot write: {exc.strerror or exc}") from exc
        raise
    return tmp, final
