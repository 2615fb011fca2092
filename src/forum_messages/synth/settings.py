"""Settings of the draft pipeline, declared once: name, default, help."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from forum_messages.errors import ConfigError
from forum_messages.model import Corpus


@dataclass(frozen=True)
class Settings:
    """Every knob of the draft pipeline; recorded in the output with each stage."""

    language: str | None = None
    """Output language (en fr es ar ru zh); default: the edition's."""
    min_sessions: int = 2
    """A message rests on statements from at least this many sessions or NRI reports, except
    the most salient points made by one session (main sessions, calls to action, subjects no
    other message covers, points a session stresses), kept as the draft's size asks
    (messages_min, messages_max)."""
    message_distance: float = 0.6
    """Largest average cosine distance inside one message group (lower: tighter messages)."""
    attach_similarity: float = 0.5
    """A lone statement joins the nearest message if at least this similar to it."""
    messages_min: int = 0
    """Messages the draft aims at, low end: a theme with fewer message groups than its share
    is filled with its most salient points made by one session (0: five times the square root
    of the number of sessions; the 20th IGF made 88 bullets from 262 sessions)."""
    messages_max: int = 0
    """Messages the draft aims at, high end: beyond the low end, points made by one session
    join only when salient, up to this (0: eight times the square root of the sessions)."""
    max_topics: int = 7
    """Most sub-topics per theme (the number follows the theme's size: about the square root of
    its messages, two or more for three messages, as people make them)."""
    max_tags: int = 3
    """Most framework tags per framework on one message."""
    message_sentences: int = 2
    """Most source statements whose sentences make up one message's text (1 or 2)."""
    seed: int = 0
    """Seed for the few randomised steps (partitioning of very large editions)."""
    transcripts: str = "include"
    """Statements machine-drafted from session transcripts (forum-messages takeaways):
    include (marked as such) or exclude (left out of the draft)."""

    def __post_init__(self) -> None:
        if self.min_sessions < 1:
            raise ConfigError("min_sessions must be 1 or more")
        if not 0.0 < self.message_distance < 2.0:
            raise ConfigError("message_distance must be between 0 and 2 (cosine distance)")
        if not -1.0 <= self.attach_similarity <= 1.0:
            raise ConfigError("attach_similarity must be between -1 and 1")
        if self.messages_min < 0 or self.messages_max < 0:
            raise ConfigError("messages_min and messages_max must be 0 (from the sessions) or more")
        if 0 < self.messages_max < self.messages_min:
            raise ConfigError("messages_min must not be above messages_max")
        if self.max_topics < 1:
            raise ConfigError("max_topics must be 1 or more")
        if self.message_sentences not in (1, 2):
            raise ConfigError("message_sentences must be 1 or 2")
        if self.max_tags < 0:
            raise ConfigError("max_tags must be 0 or more")
        if self.transcripts not in ("include", "exclude"):
            raise ConfigError("transcripts must be include or exclude")

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def keep_transcripts(corpus: Corpus, settings: Settings) -> Corpus:
    """The corpus without the statements machine-drafted from transcripts when the setting
    excludes them (those their organisers confirmed stay, and so do their sessions)."""
    if settings.transcripts == "include":
        return corpus
    sessions = corpus.session_map()
    kept = tuple(st for st in corpus.statements if not sessions[st.session].drafted(st.id))
    codes = {st.session for st in kept}
    return Corpus(
        tuple(s for s in corpus.sessions if s.source != "transcript" or s.code in codes),
        kept,
    )


def setting_docs() -> dict[str, str]:
    """Help text of every setting, read from the attribute docstrings above.

    This module's file is read with ``tokenize``, not ``ast`` nor ``inspect.getsource``
    (which parses the module with ``ast`` to find a class): CPython 3.11's AST constructor
    keeps its recursion count per interpreter, and a parse in another thread can make it
    fail with "AST constructor recursion depth mismatch"."""
    import io
    import itertools
    import tokenize
    from pathlib import Path

    skip = {tokenize.NL, tokenize.COMMENT, tokenize.ENCODING}
    lines: list[tuple[int, list[tokenize.TokenInfo]]] = []  # (depth, tokens) per logical line
    depth = 0
    line: list[tokenize.TokenInfo] = []
    inside = False  # in the body of ``class Settings``
    source = Path(__file__).read_text(encoding="utf-8")
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.INDENT:
            depth += 1
        elif tok.type == tokenize.DEDENT:
            depth -= 1
        elif tok.type == tokenize.NEWLINE:
            if depth == 0:
                inside = [t.string for t in line[:2]] == ["class", Settings.__name__]
            elif inside:
                lines.append((depth, line))
            line = []
        elif tok.type not in skip and tok.type != tokenize.ENDMARKER:
            line.append(tok)
    docs: dict[str, str] = {}
    for (d1, first), (d2, nxt) in itertools.pairwise(lines):
        if (
            d1 == d2 == 1
            and len(first) >= 2
            and first[0].type == tokenize.NAME
            and first[1].string == ":"
            and len(nxt) == 1
            and nxt[0].type == tokenize.STRING
        ):
            docs[first[0].string] = _string_value(nxt[0].string).strip()
    return {f.name: docs.get(f.name, "") for f in fields(Settings)}


def _string_value(token: str) -> str:
    """The text of a plain string literal's token (no prefix, no escapes: the docstrings
    above use none)."""
    quote = token[:3] if token[:3] in ('"""', "'''") else token[:1]
    return token[len(quote) : len(token) - len(quote)]
