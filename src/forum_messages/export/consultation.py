"""What became of every consultation response: rejects.jsonl, responses.jsonl, campaigns.json.

- ``rejects.jsonl``: one line a rejected row (file, row, field, reason, id);
- ``responses.jsonl``: one line an answer of an accepted response (or one line for a response
  with no answer text): its campaign, its own statement, and the message each of them is in
  or why it is not reflected;
- ``campaigns.json``: the counts, and each campaign with its size, text, statement, message
  and members (with what each copy added).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from forum_messages.atomic import temp_name
from forum_messages.errors import OutputError
from forum_messages.ingest.campaigns import Consultation
from forum_messages.model import Draft

REJECTS = "rejects.jsonl"
RESPONSES = "responses.jsonl"
CAMPAIGNS = "campaigns.json"


def write_consultation(c: Consultation, draft: Draft, folder: Path) -> list[Path]:
    """Write the three files into ``folder``; their paths."""
    where = _where(draft)
    counts = summary(c)
    campaigns: dict[str, Any] = {
        "counts": counts,
        "campaigns": [
            {
                "id": camp.id,
                "size": camp.size,
                "text": camp.text,
                "statement": camp.statement,
                **where.get(camp.statement, {}),
                "members": [
                    {"id": rid, "column": col}
                    | (
                        {"addition": camp.additions[(rid, col)]}
                        if (rid, col) in camp.additions
                        else {}
                    )
                    for rid, col in camp.members
                ],
            }
            for camp in c.campaigns
        ],
    }
    out = [
        _write(folder, REJECTS, (json.dumps(r.as_dict(), ensure_ascii=False) for r in c.rejects)),
        _write(folder, RESPONSES, _responses(c, where)),
        _write(folder, CAMPAIGNS, [json.dumps(campaigns, ensure_ascii=False, indent=1)]),
    ]
    return out


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


def _where(draft: Draft) -> dict[str, dict[str, Any]]:
    """Statement id -> its message, or why it is not reflected."""
    out: dict[str, dict[str, Any]] = {
        a.id: {"message": a.message} for a in draft.statements if a.message
    }
    for nr in draft.not_reflected:
        out[nr.statement] = {"message": None, "not_reflected": nr.reason}
    return out


def _responses(c: Consultation, where: dict[str, dict[str, Any]]) -> Iterator[str]:
    rows: list[tuple[str, str, dict[str, Any]]] = []
    for camp in c.campaigns:
        for rid, col in camp.members:
            line: dict[str, Any] = {"campaign": camp.id, **where.get(camp.statement, {})}
            own = c.placed.get((rid, col))
            if own is not None:
                line["addition"] = {"statement": own, **where.get(own, {})}
            rows.append((rid, col, line))
    in_campaign = {(rid, col) for rid, col, _line in rows}
    for (rid, col), statement in c.placed.items():
        if (rid, col) not in in_campaign:
            rows.append((rid, col, {"statement": statement, **where.get(statement, {})}))
    rows.extend((rid, "", {"empty": True}) for rid in c.empty)
    rows.sort(key=lambda r: (r[0], r[1]))
    for rid, col, line in rows:
        yield json.dumps({"id": rid, "column": col, **line}, ensure_ascii=False)


def _write(folder: Path, name: str, lines: Any) -> Path:
    final = folder / name
    tmp = folder / temp_name(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line)
                fh.write("\n")
        os.replace(tmp, final)
    except OSError as exc:
        raise OutputError(f"{final}: cannot write: {exc.strerror or exc}") from exc
    return final
