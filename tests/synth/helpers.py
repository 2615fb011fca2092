"""Build small corpora in tests without going through the readers."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from forum_messages.model import Corpus, Location, Organiser, Session, Statement


def corpus(
    rows: Sequence[tuple[str, str | None, str | None, Sequence[str]]],
    regions: dict[str, str] | None = None,
) -> Corpus:
    """rows: (session code, theme, language, statements)."""
    sessions = []
    statements = []
    for line, (code, theme, lang, texts) in enumerate(rows, 1):
        region = (regions or {}).get(code, "African Group")
        sessions.append(
            Session(
                code=code,
                title=f"Session {code}",
                type="Workshop",
                theme=theme,
                language=lang,
                organisers=(Organiser("A. Person", "Civil Society", region, None),),
                location=Location("test.jsonl", line),
            )
        )
        for i, text in enumerate(texts):
            sid = "st-" + hashlib.sha256(f"{code}|{i}|{text}".encode()).hexdigest()[:12]
            statements.append(
                Statement(sid, code, "key_takeaway", i, text, lang, theme, Location("t", line))
            )
    return Corpus(tuple(sessions), tuple(statements))
