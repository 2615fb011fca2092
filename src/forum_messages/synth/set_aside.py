"""Each statement's theme, and the statements set aside before the themes' messages are
made, with the reason a reader is given: empty, procedural (thanks, logistics: the
procedural filter, or a description near its prototypes) or descriptive (a description of
the session: its kind, or the description model's scores, worked out in a forked child while
the themes are assigned)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from forum_messages.engine.vectors import release, take_rows
from forum_messages.errors import ConfigError
from forum_messages.model import Corpus, Edition, NotReflected, Session, Statement
from forum_messages.nlp.base import Embedder, Vectors, memo_for
from forum_messages.synth import kind_attr_model, theme_partners, themes
from forum_messages.synth.components import Components
from forum_messages.synth.kind_model import first_of_session
from forum_messages.synth.kind_session import statement_places
from forum_messages.synth.kinds import Kind
from forum_messages.synth.reading import Progress
from forum_messages.synth.salience import report_sessions
from forum_messages.synth.sidebyside import descriptions, preload
from forum_messages.synth.themes import ThemeResult, Written

REASONS = {
    "empty": "The statement has no text once list numbering is removed.",
    "descriptive": "The statement describes the session (its focus, format, organisers or "
    "speakers) and makes no point of its own.",
    "procedural": "The statement is about the session itself (attendance, thanks, logistics), "
    "not a point on the subject.",
    "single_session": "The draft grouped no other session's statement with this one (the same "
    "point in other words or another language can be missed), and it was not among the most "
    "salient points made by one session that the draft's size leaves room for.",
    "reads_descriptive": "Only one session made the statement, and it reads like a description "
    "of the session (words of a meeting, and a description model leaning that way) rather than "
    "a point, so no message rests on it alone.",
    "reads_account": "Only one session made the statement, and it reads as one person's "
    "account (an attribution model leaning that way, no claim of its own) rather than a point, "
    "so no message rests on it alone.",
    "accounts_only": "The draft grouped the statement only with statements that, like it, read "
    "as one person's account (marked so, or an attribution model leaning that way, and no claim "
    "of its own) rather than a point, so no message rests on them alone.",
    "detached": "The statement sat near a message, but the same-point check could not "
    "confirm that it makes that message's point, and no other message takes it.",
}


def themes_and_set_aside(
    corpus: Corpus,
    edition: Edition,
    c: Components,
    x: Vectors,
    texts: Sequence[str],
    kinds: list[Kind],
    langs: list[str],
    out_lang: str,
    progress: Progress,
) -> tuple[ThemeResult, dict[int, str], Embedder]:
    """Each statement's theme (its similarity to the themes dropped once the procedural
    filter has used it), the reason each statement set aside is (by row), and the memo of
    fixed texts' vectors (profiles, prototypes, vocabulary) the later stages share."""
    assert c.tagger
    statements = corpus.statements
    n = len(statements)
    progress("themes", 0, 1)
    valid = set(edition.theme_keys())
    declared: list[str | None] = []
    # a session report mostly keeps to one subject (``themes.run``); an NRI's report covers
    # its whole meeting, and a consultation's responses answer questions on several subjects
    reports = report_sessions(corpus.sessions)
    one_subject = {s.code for s in corpus.sessions if s.kind == "session"} if reports else set()
    session_of: list[str | None] = []
    # the first statement of each session's report, in the organisers' order (a report opens
    # with a description more often than not; ``kind_model.OPENING_THRESHOLD``); a
    # consultation's responses are read alone, as every statement was before
    codes: list[str] = []
    for st in statements:  # one pass: a consultation's records are made when read
        declared.append(st.theme if st.theme in valid else None)
        session_of.append(st.session if st.session in one_subject else None)
        if reports:
            codes.append(st.session)
    first = first_of_session(codes) if reports else None
    # the statements naming their session's own type of meeting ("This workshop covered ...",
    # anywhere in the session; ``kind_model.ANYWHERE_THRESHOLD``), read only when asked for
    own = None
    if reports and c.descriptive.anywhere is not None:
        own = _own_type(statements, corpus.sessions, texts, langs)
    fixed = memo_for(c.embedder)  # fixed texts (profiles, prototypes, vocabulary) once
    described = descriptions(c.descriptive, x, texts, kinds, fixed, langs, first, own)
    if themes.IN_PLAY not in ("", "means", "all"):
        raise ConfigError(f"themes.IN_PLAY must be '', 'means' or 'all', not {themes.IN_PLAY!r}")
    # the statements set aside as descriptions, left out of the theme step's means (step 66)
    in_play: dict[str, Any] = (
        {"aside": _described(statements, kinds), "aside_votes_out": themes.IN_PLAY == "all"}
        if themes.IN_PLAY
        else {}
    )
    _vote_reading()  # ``themes.EVIDENCE`` checked before anything is read
    if themes.EVIDENCE != "point":  # the figures every statement shares, read as written
        in_play.update(_shared(statements, x, texts, c.embedder))
    themed = c.themes.run(
        x,
        declared,
        edition,
        fixed,
        languages=langs,
        sessions=session_of if reports else None,
        texts=texts,
        written=_as_written(statements, texts, declared, session_of, c.embedder)
        if reports
        else None,
        **in_play,
    )
    procedural = c.procedural.run(x, themed.similarity, fixed)
    if described.forked:  # nothing goes through the memo meanwhile: loaded while it works
        preload(c.tagger, c.labeller, out_lang)
    learned = described.result()
    if kind_attr_model.ON:  # the learned reading of attributions, beside the cues' (in place)
        kinds[:] = _attributions(statements, x, kinds, learned, fixed)
    progress("themes", 1, 1)
    release(x)  # the stages over every vector are done; each theme reads its own rows
    themed = replace(themed, similarity=np.zeros((0, 0)))  # what ``procedural`` needed

    reason: dict[int, str] = {}
    for i in range(n):
        if not texts[i].strip():
            reason[i] = "empty"
        elif procedural[i]:  # thanks and logistics are the more specific label
            reason[i] = "procedural"
        elif (kinds[i].kind == "descriptive" or learned[i]) and not statements[i].addition:
            # what a respondent adds to a campaign's text is their own point, never a
            # description of a session (the additions are often fragments: "... and report
            # on progress every year", which read to the model like a report of a meeting)
            reason[i] = "descriptive"
    as_told = [i for i in sorted(reason) if reason[i] == "descriptive"]
    if as_told:  # thanks, a late start, the slides: the session's organisation
        near = c.procedural.housekeeping(take_rows(x, as_told), fixed)
        for i, hit in zip(as_told, near.tolist(), strict=True):
            if hit:
                reason[i] = "procedural"
    if theme_partners.PARTNER_BAR > 0 and reports:
        themed = _partnered(themed, statements, declared, x, texts, kinds, langs, reason)
    return themed, reason, fixed


def _described(statements: Sequence[Statement], kinds: Sequence[Kind]) -> list[bool]:
    """Which statements the kinds step sets aside as descriptions (a respondent's addition
    never is one), for the theme step to leave out of what it computes from the statements
    (``themes.IN_PLAY``)."""
    return [
        k.kind == "descriptive" and not st.addition for k, st in zip(kinds, statements, strict=True)
    ]


def _vote_reading() -> str:
    """What the session vote reads: ``themes.SESSION_READING``, or "unlabelled" (every
    statement as written) with ``themes.EVIDENCE`` "written"."""
    if themes.EVIDENCE not in ("point", "means", "written"):
        raise ConfigError(
            f"themes.EVIDENCE must be 'point', 'means' or 'written', not {themes.EVIDENCE!r}"
        )
    return "unlabelled" if themes.EVIDENCE == "written" else themes.SESSION_READING


def _shared(
    statements: Sequence[Statement], x: Vectors, texts: Sequence[str], embedder: Embedder
) -> dict[str, Any]:
    """What the theme step's shared figures read with ``themes.EVIDENCE`` "written": each
    statement's text as written (list numbering and a turn's label off) and its vector (its
    point's where the two are the same text), whatever the kinds step read."""
    from forum_messages.nlp.segment import strip_numbering

    written = [unlabelled(strip_numbering(st.text)) for st in statements]
    rows = [i for i in range(len(statements)) if written[i] != texts[i]]
    shared = np.array(x, dtype=np.float32)
    if rows:
        shared[rows] = np.asarray(embedder.embed([written[i] for i in rows]), dtype=np.float32)
    return {"shared": shared, "shared_texts": written}


def _as_written(
    statements: Sequence[Statement],
    texts: Sequence[str],
    declared: Sequence[str | None],
    session_of: Sequence[str | None],
    embedder: Embedder,
) -> Written | None:
    """What the session vote reads (``themes.SESSION_READING``): each statement as written
    (list numbering off) whatever its kind ("written"), the same with a turn's label off
    ("unlabelled"), or a turn after its label and the others by their points ("turns");
    the statements of a voting session whose point differs from that (a framed point, a
    labelled turn) embedded again, the others' vectors (a point that is its whole text, a
    description) those of their points. None with "point" (the vote reads the points)."""
    from forum_messages.nlp.segment import strip_numbering

    if themes.SESSION_READING not in ("point", "written", "unlabelled", "turns"):
        raise ConfigError(
            "themes.SESSION_READING must be 'point', 'written', 'unlabelled' or 'turns', not "
            f"{themes.SESSION_READING!r}"
        )
    reading = _vote_reading()
    if reading == "point":
        return None
    written = [strip_numbering(st.text) for st in statements]
    if reading == "unlabelled":
        written = [unlabelled(t) for t in written]
    elif reading == "turns":  # a turn after its label; the others by their point
        written = [
            said if said != whole else point
            for whole, said, point in zip(
                written, (unlabelled(t) for t in written), texts, strict=True
            )
        ]
    rows = [
        i
        for i in range(len(statements))
        if session_of[i] is not None and declared[i] is None and written[i] != texts[i]
    ]
    vectors = embedder.embed([written[i] for i in rows]) if rows else np.zeros((0, 0), np.float32)
    return Written(rows, vectors, written)


#: A turn's label at the start of a text: at most four words of at most 16 characters each
#: (no sentence's punctuation; a longer Chinese lead is a clause of the point), a name or an
#: affiliation in brackets allowed, a colon ("Модератор (Анна ..., оргкомитет):", "Participant
#: from Mombasa:", "来自X的果农：", "مشارك من X:").
_LABEL = re.compile(
    r"^\s*(?:[^\s:：()（）.,;!?。，；！？،؛]{1,16}\s+){0,3}[^\s:：()（）.,;!?。，；！？،؛]{1,16}\s*"
    r"(?:[(（][^()（）]{0,80}[)）])?\s*[:：]\s*(?=\S)"
)


def unlabelled(text: str) -> str:
    """``text`` without a turn's label at its start (who speaks says nothing of the
    subject: "Модератор:" is no word of a theme on content moderators)."""
    return _LABEL.sub("", text, count=1)


def _attributions(
    statements: Sequence[Statement],
    x: Vectors,
    kinds: list[Kind],
    learned: Sequence[bool],
    fixed: Embedder,
) -> list[Kind]:
    """``kinds`` with the attributions the learned reading adds (``kind_attr_model``): read
    on the statements as written, numbering removed, with their points' vectors."""
    from forum_messages.nlp.segment import strip_numbering

    rows = [i for i, k in enumerate(kinds) if kind_attr_model.open_to_model(k) and not learned[i]]
    if not rows:
        return kinds
    read = kind_attr_model.read_attributions(
        np.asarray(take_rows(x, rows)),
        [strip_numbering(statements[i].text) for i in rows],
        [kinds[i] for i in rows],
        [False] * len(rows),
        fixed,
    )
    out = list(kinds)
    for i, kind in zip(rows, read, strict=True):
        out[i] = kind
    return out


def _own_type(
    statements: Sequence[Statement],
    sessions: Sequence[Session],
    texts: Sequence[str],
    langs: Sequence[str],
) -> list[bool]:
    """For each statement, whether it names its session's own type of meeting
    (``kind_session.session_places``; never in an NRI's report)."""
    return [p.own for p in statement_places(statements, sessions, texts, langs)]


def _partnered(
    themed: ThemeResult,
    statements: Sequence[Statement],
    declared: Sequence[str | None],
    x: Vectors,
    texts: Sequence[str],
    kinds: Sequence[Kind],
    langs: Sequence[str],
    reason: Mapping[int, str],
) -> ThemeResult:
    """``themed`` with the statements whose likeliest same-point partners sit in another
    theme moved there (``theme_partners``)."""
    read = [(st.session, st.kind) for st in statements]
    moved = theme_partners.partner_themes(
        x,
        themed.theme,
        declared,
        [s for s, _ in read],
        [i for i in range(len(statements)) if i not in reason],
        texts,
        langs,
        [k for _, k in read],
        [k.attribution for k in kinds],
    )
    if not moved:
        return themed
    theme, conf, inferred = list(themed.theme), list(themed.confidence), list(themed.inferred)
    for i, (key, p) in moved.items():
        theme[i], conf[i], inferred[i] = key, round(p, 4), True
    return replace(themed, theme=theme, confidence=conf, inferred=inferred)


def not_reflected(
    statements: Sequence[Statement], themes: Sequence[str], reason: Mapping[int, str]
) -> tuple[NotReflected, ...]:
    """Each statement set aside (in row order) with its theme, its reason and what the
    reason means."""
    return tuple(
        NotReflected(
            statement=statements[i].id,
            session=statements[i].session,
            theme=themes[i],
            reason=reason[i],
            detail=REASONS[reason[i]],
        )
        for i in sorted(reason)
    )
