"""Which points made by one session become messages of a theme (``theme_run._Run``): a
consultation campaign's always (one session standing for many responses); of the others, the
most salient, as many as the theme's share of the draft's size leaves room for
(``salience``), or, without report sessions (a consultation's responses), those scoring
``SALIENT`` or more, at most ``SINGLE_SHARE`` of the theme's other messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from forum_messages.engine.vectors import take_rows
from forum_messages.errors import ConfigError
from forum_messages.nlp.decide import centroid, decision_scores
from forum_messages.synth import soft_kinds, text_soft
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kinds import POLICY_CUES
from forum_messages.synth.salience import apart, choose, cues_of, salience, theme_share

if TYPE_CHECKING:
    from forum_messages.synth.theme_run import _Run

#: What a theme's one-session room (``salience.theme_share``: the draft's range times the
#: theme's share of the statements) counts: "in_play", the statements not set aside (as
#: before); "described", those and the statements set aside as descriptions, the theme's over
#: the run's, so that one more description found by the kinds step does not shrink the room
#: (thanks, logistics and empty statements still do not count); "all", every statement of the
#: theme over every statement of the run. Off: both move every theme's share, and lower
#: test-en-main's and test-ru's points reflected (docs/quality.md, step 54). With "in_play" a
#: description set aside that no message used still moves the other themes' rooms (the run's
#: count falls by one): test-tromso's cards exercise takes a room across a rounding edge and
#: re-cuts a theme's sub-topics; with "described" the draft stays as it was (step 65).
ROOM = "in_play"
#: The similarity of two candidates' centres, rounded to two places, from which a candidate of
#: the same session counts as making the same point (``salience.salience``'s ``agree``): the
#: stress of a point becomes the candidate's own mean similarity plus the similarity of each
#: such candidate of its session (an account, a second takeaway), so that a point a session
#: makes in three statements or more weighs more than one it makes in two; 0: the nearest
#: one's similarity alone, as before. 0.45: on test-es-national a session's two takeaways and
#: call on one point make a message, and no row of the common evaluation goes down; 0.4 lowers
#: dev-es's and test-colon's sub-topic counts (docs/quality.md, step 57).
AGREE = 0.45
#: Whether a later candidate of a session as close as ``AGREE`` to a kept one repeats it (is
#: not kept, ``salience.choose``), as one closer than ``salience.REPEAT`` does.
AGREE_REPEATS = False
#: without report sessions (a consultation's responses): salience a one-response point needs
#: to become a message, and most such messages per theme as a share of its other messages
SALIENT = 1.8
SINGLE_SHARE = 0.35
#: Which one-session candidates of one statement are read for a description the kinds step
#: left below its bars (``soft_kinds.reads_described``; such a candidate comes after every
#: other one, ``salience.choose``, and when left out goes to the annex as
#: ``reads_descriptive``): "main", a main or high-level session's (whose salience lifts a
#: description of the session above the points), "all", or "" (none: as before, byte for
#: byte). "main": it takes the descriptions out of test-cartagena's and test-asia-transcripts'
#: messages and lowers no count of any file; five rates per message move the wrong way by their
#: denominator alone (docs/quality.md, step 43, "Turned on").
DESCRIBED = "main"
#: Whether the room such a candidate would have taken goes to the next one that does not read
#: so (the theme keeps its size; ``salience.choose``), or is left empty (measured: the room
#: kept lowers test-asia-transcripts' sub-topic ARI, 0.572 to 0.520).
DESCRIBED_ROOM = False
#: Which one-session candidates of one statement are read for one person's account
#: (``accounts``: the attribution regression, ``kind_attr_model``, reads it as an account from
#: ``ACCOUNT_FLOOR``, rounded, and it says nothing beyond the account, no words nor form of a
#: call; never a call to action nor a statement the cues already mark). Such a candidate comes
#: after every other one, as a description does (``salience.choose``), and when left out goes
#: to the annex as ``reads_account``: "main", a main or high-level session's, "all", or ""
#: (none: as before, byte for byte). Off: "main" takes test-asia-transcripts' family story and
#: a held-out file's text out of the messages but lowers both files' sub-topic ARI
#: (docs/quality.md, step 49).
ACCOUNT = ""
#: From 0.9, on the readable files, the lone candidates the cues leave are all one named person's
#: or group's account; from 0.6 to 0.9 most are group frames around a point.
ACCOUNT_FLOOR = 0.9
#: The places the account probability is rounded to before it is compared with its floor.
ACCOUNT_PLACES = 2
#: What becomes of a message of two statements or more every one of which reads as one
#: person's account (``accounts_only``: marked so by the cues, or read so by the attribution
#: regression from ``ACCOUNTS_ONLY_FLOOR``, and none saying more than the account):
#: "annex", it is not made and its statements go to the annex as ``accounts_only``; "join",
#: its statements join the nearest message that does not rest on accounts (its centre's cosine
#: ``ACCOUNTS_JOIN`` or more), which then shows a point and has the accounts among its sources;
#: "" (off), nothing of it runs (docs/quality.md, step 52).
ACCOUNTS_ONLY = ""
#: The cosine, rounded, of the two centres from which the accounts join a message ("join").
ACCOUNTS_JOIN = 0.5
#: The attribution regression's probability, rounded, from which a source of such a message
#: reads as an account when the cues do not mark it.
ACCOUNTS_ONLY_FLOOR = 0.9


def kept(
    run: _Run,
    single: list[list[int]],
    groups: list[list[int]],
    size: int | None = None,
    readings: bool = True,
) -> tuple[list[list[int]], list[list[int]]]:
    """The groups of ``single`` (each of one session's statements) that become messages
    beside ``groups``: (those of a campaign, all of them; the most salient of the others,
    most salient first, counting ``size`` messages already made: ``salient``; without
    ``readings``, as if no candidate read as a description or an account)."""
    campaigns = [g for g in single if campaign(run, g)]
    others = [g for g in single if not campaign(run, g)]
    return campaigns, salient(run, others, groups, size, readings)


def campaign(run: _Run, rows: list[int]) -> bool:
    """True when a statement of ``rows`` is a consultation campaign's (2 responses or more)."""
    st = run.statements
    return any(
        (session := run.sessions.get(st[i].session)) is not None and session.responses > 1
        for i in rows
    )


def main_session(run: _Run, row: int) -> bool:
    """Whether the statement of ``row`` comes from a main or high-level session."""
    session = run.sessions.get(run.statements[row].session)
    kind = session.type.casefold() if session else ""
    return "main" in kind or "high" in kind


def salient(
    run: _Run,
    candidates: list[list[int]],
    groups: list[list[int]],
    size: int | None = None,
    readings: bool = True,
) -> list[list[int]]:
    """The points made by one session that a reader should still see, most salient first:
    as many as the theme's share of the draft's size asks (``salience``), counting
    ``size`` messages already made (default: ``groups``). Without ``readings`` no candidate
    is read as a description (``described``) or an account (``accounts``): the points as
    they were before either reading (the sub-topics' reference, ``topics.FORMED_FIRST``)."""
    if not candidates:
        return []
    if run.target is None:
        return salient_responses(run, candidates, groups)
    st, sessions = run.statements, [s.session for s in run.statements]
    candidates = apart(candidates, lambda i: st[i].kind)
    cues = cues_of(
        candidates,
        lambda i: main_session(run, i),
        lambda i: st[i].kind == "call_to_action",
        lambda i: bool(POLICY_CUES.search(run.texts[i])),
        lambda i: run.attribution[i],
    )
    if readings:
        lone = [
            d or a
            for d, a in zip(described(run, candidates), accounts(run, candidates), strict=True)
        ]
        cues = replace(cues, described=lone)
    ranked = salience(run.x, candidates, sessions, groups, cues, AGREE)
    share = theme_share(run.target, *room_counts(run))
    chosen = choose(
        candidates,
        sessions,
        ranked,
        cues,
        len(groups) if size is None else size,
        share,
        DESCRIBED_ROOM,
        AGREE if AGREE_REPEATS else 0.0,
    )
    return [candidates[k] for k in chosen]


def room_counts(run: _Run) -> tuple[int, int]:
    """The theme's statements and the run's whose ratio gives the theme's one-session room
    (``ROOM``): those in play; those and those set aside as descriptions; or all."""
    if ROOM == "in_play":
        return len(run.texts), run.in_play
    if ROOM == "described":
        return len(run.texts) + run.described_theme, run.in_play + run.described_all
    if ROOM == "all":
        return len(run.texts) + run.aside_theme, run.in_play + run.aside_all
    raise ConfigError(f"single_points.ROOM must be 'in_play', 'described' or 'all', not {ROOM!r}")


def described(run: _Run, candidates: list[list[int]]) -> list[bool]:
    """For each candidate (as ``salience.apart`` cuts them), whether it is one statement that
    reads like a description of its session (``soft_kinds.reads_described``, by the wide
    regression of the run's description model), of a session ``DESCRIBED`` reads; never a
    call to action."""
    model = run.c.descriptive
    if not DESCRIBED or not isinstance(model, DescriptiveModel):
        return [False] * len(candidates)
    # the wide regression's weights are read, never fitted here (a theme's front may be made
    # in a child process, which must not add to the shared memo of fixed texts)
    wide_model = model.widened()
    if not wide_model.ready(run.fixed):
        return [False] * len(candidates)
    st = run.statements
    read = [
        k
        for k, g in enumerate(candidates)
        if len(g) == 1
        and st[g[0]].kind != "call_to_action"
        and (DESCRIBED == "all" or main_session(run, g[0]))
        and soft_kinds.meeting_words(
            run.texts[g[0]] if soft_kinds.DESCRIBED_POINT else st[g[0]].text
        )
    ]
    out = [False] * len(candidates)
    if not read:
        return out
    rows = [candidates[k][0] for k in read]
    wide = soft_kinds.probabilities(
        wide_model, take_rows(run.x, rows), [run.texts[i] for i in rows], run.fixed
    )
    for k, i, p in zip(read, rows, wide.tolist(), strict=True):
        out[k] = soft_kinds.reads_described(st[i].text, p, run.texts[i], run.langs[i])
    return out


def accounts(run: _Run, candidates: list[list[int]]) -> list[bool]:
    """For each candidate (as ``salience.apart`` cuts them), whether it is one statement of a
    session ``ACCOUNT`` reads that reads as one person's account: the attribution regression's
    probability, rounded to ``ACCOUNT_PLACES``, at ``ACCOUNT_FLOOR`` or more, and nothing
    beyond the account in its point (``soft_kinds.calls``: no words nor form of a call); never
    a call to action nor a statement the cues mark as an attribution (never kept anyway)."""
    out = [False] * len(candidates)
    if not ACCOUNT:
        return out
    st = run.statements
    read = [
        k
        for k, g in enumerate(candidates)
        if len(g) == 1
        and st[g[0]].kind != "call_to_action"
        and not run.attribution[g[0]]
        and (ACCOUNT == "all" or main_session(run, g[0]))
        and not soft_kinds.calls(run.texts[g[0]], run.langs[g[0]])
    ]
    if not read:
        return out
    found = _read_as_accounts(run, [candidates[k][0] for k in read], ACCOUNT_FLOOR)
    if found is None:
        return out
    for k in read:
        out[k] = found[candidates[k][0]]
    return out


def _read_as_accounts(run: _Run, rows: Sequence[int], floor: float) -> dict[int, bool] | None:
    """For each of ``rows``, whether the attribution regression reads the statement as written
    as one person's account (its probability, rounded to ``ACCOUNT_PLACES``, at ``floor`` or
    more); None when the regression is not at hand."""
    probs = text_soft.attribution_probabilities(
        np.asarray(take_rows(run.x, rows)), [run.statements[i].text for i in rows], run.fixed
    )
    if probs is None:
        return None
    return {
        i: round(float(p), ACCOUNT_PLACES) >= floor
        for i, p in zip(rows, probs.tolist(), strict=True)
    }


def accounts_only(run: _Run, groups: Sequence[Sequence[int]]) -> list[bool]:
    """For each message group, whether it is two statements or more every one of which reads
    as one person's account: marked as an attribution by the cues, or read as an account by
    the attribution regression (probability of the statement as written, rounded to
    ``ACCOUNT_PLACES``, at ``ACCOUNTS_ONLY_FLOOR`` or more); none listed as a call to action nor
    saying more than the account (``soft_kinds.calls``). Only with ``ACCOUNTS_ONLY`` on and
    report sessions (``run.target``)."""
    out = [False] * len(groups)
    if ACCOUNTS_ONLY not in ("annex", "join") or run.target is None:
        return out
    st = run.statements
    read = [
        k
        for k, g in enumerate(groups)
        if len(g) > 1
        and all(
            st[i].kind != "call_to_action" and not soft_kinds.calls(run.texts[i], run.langs[i])
            for i in g
        )
    ]
    rows = sorted({i for k in read for i in groups[k] if not run.attribution[i]})
    account = {i: True for k in read for i in groups[k] if run.attribution[i]}
    if rows:
        found = _read_as_accounts(run, rows, ACCOUNTS_ONLY_FLOOR)
        if found is None:
            return out
        account.update(found)
    for k in read:
        out[k] = all(account[i] for i in groups[k])
    return out


def resting_on_accounts(
    run: _Run, groups: list[list[int]]
) -> tuple[list[list[int]], dict[int, str]]:
    """``groups`` without the messages resting on accounts alone (``accounts_only``), and the
    annex reason of each statement taken out: with "annex", every such message is taken out;
    with "join", each joins the nearest other message (``ACCOUNTS_JOIN``) and is taken out
    only then, its statements becoming that message's sources."""
    flags = accounts_only(run, groups)
    if not any(flags):
        return groups, {}
    if ACCOUNTS_ONLY == "annex":
        gone = [g for g, f in zip(groups, flags, strict=True) if f]
        return [g for g, f in zip(groups, flags, strict=True) if not f], {
            i: "accounts_only" for g in gone for i in g
        }
    keep = [k for k, f in enumerate(flags) if not f]
    if not keep:
        return groups, {}
    centres = np.stack([centroid(take_rows(run.x, groups[k])) for k in keep])
    out = [list(g) for g in groups]
    joined: set[int] = set()
    for k, f in enumerate(flags):
        if not f:
            continue
        near = decision_scores(centroid(take_rows(run.x, groups[k])), centres)  # rounded
        j = int(np.argmax(near))
        if float(near[j]) >= ACCOUNTS_JOIN:
            out[keep[j]] = sorted(out[keep[j]] + list(groups[k]))
            joined.add(k)
    return [g for k, g in enumerate(out) if k not in joined], {}


def lone_reasons(run: _Run, single: list[list[int]]) -> dict[int, str]:
    """The rows of ``single`` (one session's statements, as clustered) that make a candidate
    of their own reading like a description (``described``: ``reads_descriptive``) or as one
    person's account (``accounts``: ``reads_account``), when salience reads them: the annex
    reason each is given when it is left out."""
    if run.target is None or not (DESCRIBED or ACCOUNT):
        return {}
    cut = apart([g for g in single if not campaign(run, g)], lambda i: run.statements[i].kind)
    out: dict[int, str] = {}
    for g, d, a in zip(cut, described(run, cut), accounts(run, cut), strict=True):
        if d or a:
            out[g[0]] = "reads_descriptive" if d else "reads_account"
    return out


def salient_responses(
    run: _Run, candidates: list[list[int]], groups: list[list[int]]
) -> list[list[int]]:
    """One-response points of a consultation, most salient first.

    Salience: a main or high-level session (+2), a call to action (+1), a policy-bearing
    wording (+0.5), a subject no message covers yet (+ 1 - similarity to the nearest
    message), an attribution (-1). Points scoring at least ``SALIENT`` are kept, at most
    ``SINGLE_SHARE`` of the theme's other messages (and at least one).
    """
    x, st = run.x, run.statements
    centres = np.stack([centroid(take_rows(x, g)) for g in groups]) if groups else None
    scored: list[tuple[float, int, list[int]]] = []
    for g in candidates:
        rows = sorted(g)
        head = rows[0]
        score = 2.0 if main_session(run, head) else 0.0
        score += 1.0 if any(st[i].kind == "call_to_action" for i in rows) else 0.0
        score += 0.5 if any(POLICY_CUES.search(run.texts[i]) for i in rows) else 0.0
        score -= 1.0 if all(run.attribution[i] for i in rows) else 0.0
        if centres is not None:
            near = float(decision_scores(centroid(take_rows(x, rows)), centres).max())
            score += 1.0 - near
        else:
            score += 1.0
        scored.append((round(score, 6), head, rows))
    scored.sort(key=lambda t: (-t[0], t[1]))
    budget = max(1, int(SINGLE_SHARE * len(groups)))
    return [rows for score, _, rows in scored if score >= SALIENT][:budget]
