"""The fields of the record shape, their aliases, typo suggestions and statement ids."""

from __future__ import annotations

import difflib
import hashlib
import re

from forum_messages.ingest.text import fold

# fmt: off
SESSION_FIELDS = (
    "session", "title", "type", "theme", "language", "organisers", "key_takeaways",
    "calls_to_action", "source", "transcript", "turns",
)
#: Where a session report comes from: written by its organisers, or drafted by
#: ``forum-messages takeaways`` from the session's transcript.
SOURCES = ("report", "transcript")
NRI_FIELDS = (
    "nri", "kind", "title", "country", "region", "language", "theme", "organisers", "messages",
)
KNOWN_FIELDS = tuple(dict.fromkeys(SESSION_FIELDS + NRI_FIELDS))
#: Statement fields -> statement kind, in the order statements are listed in the corpus.
STATEMENT_FIELDS = {
    "key_takeaways": "key_takeaway",
    "calls_to_action": "call_to_action",
    "messages": "nri_message",
}
ORGANISER_FIELDS = ("name", "stakeholder_group", "region", "country")
FIELD_ALIASES = {"organizers": "organisers", "nri_kind": "kind"}
ORGANISER_ALIASES = {"regional_group": "region"}
SG = "stakeholder_group"
MAX_STATEMENT_CHARS = 5000
MAX_CODE_CHARS = 200

_SESSION_TYPES = (
    ("ws", "Workshop"), ("workshop", "Workshop"), ("open forum", "Open Forum"),
    ("of", "Open Forum"), ("lightning talk", "Lightning Talk"), ("lt", "Lightning Talk"),
    ("networking session", "Networking Session"), ("ns", "Networking Session"),
    ("dc", "Dynamic Coalition"), ("dynamic coalition", "Dynamic Coalition"),
    ("main session", "Main Session"), ("high level session", "High-level Session"),
    ("day 0", "Day 0 Event"),
)
# fmt: on


def canonical_key(key: object) -> str:
    """``"Key Takeaways"`` -> ``"key_takeaways"``; aliases such as ``organizers`` resolved."""
    out = re.sub(r"[\s\-]+", "_", str(key).strip().casefold())
    return FIELD_ALIASES.get(out, out)


def suggest(key: str, known: tuple[str, ...]) -> str | None:
    """The known field an unknown one looks like a typo of, or None."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
    if close:
        return close[0]
    if "takeaway" in key and "key_takeaways" in known:
        return "key_takeaways"
    if "call" in key and "action" in key and "calls_to_action" in known:
        return "calls_to_action"
    if key.startswith("organi") and "organisers" in known:
        return "organisers"
    return None


def statement_id(session: str, kind: str, text: str, occurrence: int = 0) -> str:
    """Stable id: a hash of session code, kind and text (+ the occurrence, for repeats)."""
    payload = "\x1f".join((session, kind, text))
    if occurrence:
        payload += f"\x1f{occurrence}"
    return "st-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def infer_type(code: str) -> str:
    """A session type guessed from the code ("WS #12" -> "Workshop"), or ""."""
    folded = fold(code)
    for prefix, name in _SESSION_TYPES:
        rest = folded[len(prefix) :].strip()
        if not folded.startswith(prefix) or folded[len(prefix) : len(prefix) + 1].isalpha():
            continue
        if not rest or rest[0].isdigit() or len(prefix) > 2:  # "WS 12", not "of course"
            return name
    return ""
