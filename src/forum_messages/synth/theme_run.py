"""One theme's messages, worked out on the run of its own statements: message groups (and the
salient points made by one session), sub-topics and the topics above them, their titles
(``theme_headings``, a base of ``_Run``), each message's text and framework tags, and the
ledgers; where each statement went is written back to the whole run (``_Run``).
``sidebyside.theme_fronts`` makes the fronts of several themes at once, each in the process it
gives it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, overload

import numpy as np

from forum_messages.engine.vectors import release, take_rows
from forum_messages.model import (
    DraftTheme,
    Edition,
    Ledger,
    Message,
    Session,
    SourceRef,
    Statement,
    Tag,
    ThemeSpec,
    Writing,
    pick,
)
from forum_messages.nlp.base import Embedder, MemoEmbedder, Vectors
from forum_messages.nlp.decide import DECIMALS, centroid, decision_scores, ranking
from forum_messages.nlp.forked import Background, can_fork
from forum_messages.synth import message_themes, single_points, text_soft
from forum_messages.synth import topics as topic_step
from forum_messages.synth.components import Components
from forum_messages.synth.distinct import Candidate
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import Grouping
from forum_messages.synth.ledger import build_ledger
from forum_messages.synth.same_point import PairFeatures, shipped_model
from forum_messages.synth.sidebyside import Front, Made, made
from forum_messages.synth.text import ExtractiveWriter, Written
from forum_messages.synth.theme_headings import LABEL_TEXTS as LABEL_TEXTS
from forum_messages.synth.theme_headings import Headings
from forum_messages.synth.topic_vocab import MAX_TEXTS
from forum_messages.synth.topics import carried, hierarchy, learned_features, with_sessions
from forum_messages.tables import Picked

if TYPE_CHECKING:
    pass

_Written = Made  # each message group's text and framework tags


def _named(writing: Writing | None, statements: Sequence[Statement]) -> Writing | None:
    """A model-written text's record, with statement ids in place of row numbers."""
    if writing is None:
        return None
    from forum_messages.synth.llm.writer import name_sources

    return name_sources(writing, lambda row: statements[row].id)


def _ledger(
    statements: Sequence[Statement],
    langs: Sequence[str],
    rows: Iterable[int],
    sessions: Mapping[str, Session],
    edition: Edition,
) -> Ledger:
    """The ledger of some rows' statements, each counted in its detected language: the
    language of the statement being counted is the only one held (``build_ledger`` looks it
    up as soon as it gets the statement), not a mapping of every statement's id."""
    current: dict[str, str] = {}

    def read() -> Iterator[Statement]:
        for i in rows:
            st = statements[i]  # a consultation's record, made once here
            current.clear()
            current[st.id] = langs[i]
            yield st

    return build_ledger(read(), current, sessions, edition)


def _kept_apart(
    found: Grouping,
    apart: frozenset[int],
    sessions: Sequence[str],
    min_sessions: int,
    keep: bool = False,
) -> Grouping:
    """``found`` with the rows of ``apart`` taken out of their groups (each a one-session
    candidate of its own, ``detached``; with ``keep`` a one-session message of its own, as
    ``halves``), a group's together, and none of a group whose other rows would not rest on
    ``min_sessions`` sessions. The groups before are kept as ``before`` (when the same-point
    check took none out), so the sub-topics are found on them."""
    groups = [list(g) for g in found.groups]
    out: list[int] = []
    for g, rows in enumerate(groups):
        leaving = [r for r in rows if r in apart]
        rest = [r for r in rows if r not in apart]
        if leaving and len({sessions[r] for r in rest}) >= min_sessions:
            groups[g] = rest
            out.extend(leaving)
    if not out:
        return found
    before = found.before or ([list(g) for g in found.groups], [list(g) for g in found.single])
    return replace(
        found,
        groups=groups,
        attached={r: g for r, g in found.attached.items() if r not in out},
        alone=sorted(found.alone + out),
        single=found.single + [[r] for r in sorted(out)],
        detached=sorted(found.detached + out),
        before=before,
        halves=found.halves + [[r] for r in sorted(out)] if keep else found.halves,
    )


def _hash_id(prefix: str, parts: Sequence[str]) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:10]}"


class _AsWritten(Sequence[str]):
    """The statements' texts as written, by row, read when asked (no list of them made)."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self._statements = statements

    def __len__(self) -> int:
        return len(self._statements)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        if isinstance(i, slice):
            return [st.text for st in self._statements[i]]
        return self._statements[i].text


@dataclass
class _Run(Headings):
    """What one run shares between themes, and where each statement went."""

    statements: Sequence[Statement]
    sessions: Mapping[str, Session]
    edition: Edition
    out_lang: str
    c: Components
    fixed: Embedder
    x: Vectors
    texts: Sequence[str]  # a theme's run: a list; the whole run's: in a file when many
    langs: list[str]
    vocabulary: list[str]
    reason: dict[int, str]
    attribution: list[bool] = field(default_factory=list)
    #: the marks the choice of each message's text reads, when they differ from
    #: ``attribution`` (``held_marks``, "text"; empty: ``attribution``)
    said: list[bool] = field(default_factory=list)
    #: messages the draft aims at (salience.target_range; None: the consultation rule) and
    #: the statements in play (not set aside) whose share of it each theme gets
    target: tuple[float, float] | None = None
    in_play: int = 0
    #: the statements set aside as descriptions, and those set aside for any reason
    #: (``single_points.ROOM``): the whole run's, and in a theme's part the theme's own
    described_all: int = 0
    described_theme: int = 0
    aside_all: int = 0
    aside_theme: int = 0
    #: each statement's sub-topic and message (None: in none), by row: lists, not dicts of
    #: ints, as they hold every statement of a large input
    topic_of: list[str | None] = field(default_factory=list)
    message_of: list[str | None] = field(default_factory=list)
    #: each sub-topic's title candidates, by its id (``synth/distinct.py``)
    candidates: dict[str, tuple[Candidate, ...]] = field(default_factory=dict)
    #: rows kept out of every message group (``message_themes.source_leaves``, "alone"): each
    #: leaves the group the grouper put it in when the rest rests on enough sessions
    apart: frozenset[int] = frozenset()

    def ledger(self, rows: Iterable[int]) -> Ledger:
        return _ledger(self.statements, self.langs, rows, self.sessions, self.edition)

    def theme(self, spec: ThemeSpec, theme_rows: list[int]) -> DraftTheme:
        """Message groups, sub-topics, titles, texts, tags and ledgers of one theme.

        Worked out on a run of the theme's own statements (those with no reason to be set
        aside), whose vectors are taken out of the whole run's into an array of their own
        (a file when large): the theme holds its rows only, and the whole run's vectors
        are not read again. Where each statement went is written back here."""
        part, rows = self.part(theme_rows)
        return self.finish(spec, part, rows, part._front(spec), theme_rows)

    def part(self, theme_rows: list[int]) -> tuple[_Run, list[int]]:
        """The run of a theme's statements that have no reason to be set aside, and their
        rows in this run."""
        rows = [i for i in theme_rows if i not in self.reason]
        st, texts, langs, said = self.statements, self.texts, self.langs, self.attribution
        part = replace(
            self,
            statements=Picked(st, rows),
            x=take_rows(self.x, rows),
            texts=[texts[i] for i in rows],
            langs=[langs[i] for i in rows],
            reason={},
            attribution=[said[i] for i in rows],
            said=[self.said[i] for i in rows] if self.said else [],
            described_theme=sum(1 for i in theme_rows if self.reason.get(i) == "descriptive"),
            aside_theme=len(theme_rows) - len(rows),
            topic_of=[None] * len(rows),
            message_of=[None] * len(rows),
            apart=frozenset(j for j, i in enumerate(rows) if i in self.apart)
            if self.apart
            else frozenset(),
        )
        return part, rows

    def front(self, spec: ThemeSpec, theme_rows: list[int]) -> Front:
        """``_front`` of a theme's part, its message texts and tags made (for
        ``sidebyside.theme_fronts``)."""
        front = self.part(theme_rows)[0]._front(spec)
        front.written = made(front.written)
        return front

    def finish(
        self,
        spec: ThemeSpec,
        part: _Run,
        rows: list[int],
        front: Front,
        theme_rows: list[int],
    ) -> DraftTheme:
        """The theme of ``front`` (made by ``part``'s ``_front``, here or in a child), and
        where each of its statements went written back here."""
        theme = part._finish(spec, front, self.ledger(theme_rows))
        self.candidates.update(part.candidates)
        for j, i in enumerate(rows):
            self.topic_of[i] = part.topic_of[j]
            self.message_of[i] = part.message_of[j]
        for j, why in part.reason.items():
            self.reason[rows[j]] = why
        return theme

    def _grouping(self) -> tuple[Grouping, TermEvidence | None]:
        """The message grouper's groups of this run's rows, and the shared terms it read."""
        c = self.c
        assert c.grouper
        wanted = c.grouper.wants_terms(len(self.texts))
        evidence = TermEvidence(self.texts, self.langs) if wanted else None
        read = [(st.session, st.kind) for st in self.statements]  # each record made once
        found = c.grouper.run(
            self.x, [s for s, _ in read], evidence, [k for _, k in read], self.attribution
        )
        if self.apart:
            need = getattr(c.grouper, "min_sessions", 2)
            keep = message_themes.SOURCE_KEEP
            found = _kept_apart(found, self.apart, [s for s, _ in read], need, keep)
        return found, evidence

    def _writer(self) -> ExtractiveWriter:
        c = self.c
        return c.writer if isinstance(c.writer, ExtractiveWriter) else ExtractiveWriter()

    def message_groups(self, theme_rows: list[int]) -> list[tuple[list[int], int]]:
        """The message groups of two or more sessions the grouper makes of a theme's
        statements (as ``_front`` does), each with the row its text would be taken from, by
        row of this run (``message_themes``)."""
        part, rows = self.part(theme_rows)
        writer = part._writer()
        out = []
        for g in part._grouping()[0].groups:
            core = writer.representative(
                g, part.x, part.texts, part.langs, part.out_lang, part.attribution
            )
            out.append(([rows[i] for i in g], rows[core]))
        release(part.x)
        return out

    def message_support(
        self, theme_rows: list[int]
    ) -> list[tuple[list[int], int, dict[int, float]]]:
        """``message_groups`` with each other source's pair-model probability with the core
        (the shipped model, on the theme's own rows, rounded; ``message_themes.source_leaves``)."""
        part, rows = self.part(theme_rows)
        writer = part._writer()
        grouping = part._grouping()[0]
        feats = PairFeatures(
            part.x,
            TermEvidence(part.texts, part.langs),
            [st.kind for st in part.statements],
            part.attribution,
        )
        model = shipped_model()
        out = []
        for g in grouping.groups:
            core = writer.representative(
                g, part.x, part.texts, part.langs, part.out_lang, part.attribution
            )
            others = [i for i in g if i != core]
            probs: list[float] = (
                model.probability(feats.pairs([(i, core) for i in others])).tolist()
                if others
                else []
            )
            with_core = {
                rows[i]: round(float(p), DECIMALS) for i, p in zip(others, probs, strict=True)
            }
            out.append(([rows[i] for i in g], rows[core], with_core))
        release(part.x)
        return out

    def _front(self, spec: ThemeSpec) -> Front:
        """What ``theme`` works out on a run of the theme's statements (every row of it)
        before the titles are scored: nothing of it reads or changes what the run shares
        between themes (the memo of fixed texts' vectors), so the fronts of several themes
        may be made at once, each in the process that ``sidebyside.theme_fronts`` gives it."""
        c, x = self.c, self.x
        assert c.grouper and c.writer and c.tagger
        reason: dict[int, str] = {}
        grouping, evidence = self._grouping()
        # a message of two the same-point check dissolved keeps its room for the statement
        # its text would have been taken from, as a one-session message (``halves``)
        writer = self._writer()
        halves = [
            [writer.representative(g, x, self.texts, self.langs, self.out_lang, self.attribution)]
            for g in grouping.halves
        ]
        held = {i for g in halves for i in g}
        release(x)
        groups = [list(g) for g in grouping.groups]
        detached = set(grouping.detached)
        single = [kept for g in grouping.single if (kept := [i for i in g if i not in held])]
        # a campaign is one session standing for many responses: its point is always kept.
        # When the same-point check took sources out, the theme keeps the size it had before
        # (its groups then): a message of two dissolved frees no room for another point, and
        # what the check took out competes for the same room as any one-session point
        campaigns, salient = single_points.kept(
            self, single, groups, None if grouping.before is None else len(grouping.before[0])
        )
        singles = campaigns + halves + salient
        # the one-session points as they were before any of them was read as a description or
        # an account: the sub-topics are formed on them (``topics.FORMED_FIRST``; the readings
        # are made with report sessions only, never of a consultation's responses)
        first = None
        if (
            topic_step.FORMED_FIRST
            and grouping.before is None
            and self.target is not None
            and (single_points.DESCRIBED or single_points.ACCOUNT)
        ):
            _, unread = single_points.kept(self, single, groups, None, readings=False)
            if unread != salient:
                first = [list(g) for g in grouping.groups] + campaigns + halves + unread
        kept_single = {i for g in singles for i in g}
        # a statement salience held back as reading like a description says so, even when
        # the same-point check took it out of a message first
        lone = single_points.lone_reasons(self, single)
        for row in grouping.alone:
            if row not in kept_single:
                reason[row] = lone.get(row) or ("detached" if row in detached else "single_session")
        groups += singles
        # messages making one point (two sessions in two languages, a one-session point
        # beside the message already making it) are made one
        if c.grouper.merges:
            sessions = [st.session for st in self.statements]
            kinds = [st.kind for st in self.statements]
            groups = c.grouper.merge(x, groups, sessions, evidence, kinds, self.attribution)
            if first is not None:
                first = c.grouper.merge(x, first, sessions, evidence, kinds, self.attribution)
        if first is None:
            first = groups
        # a message resting on accounts alone is not made: its statements go to the annex or
        # join the message nearest them (a row that joined another message does not move that
        # message's sub-topic, ``topics.carried``'s ``lesser``)
        lesser = self._joining(groups) if topic_step.FORMED_FIRST else frozenset()
        groups, out = single_points.resting_on_accounts(self, groups)
        reason.update(out)
        if not topic_step.FORMED_FIRST:
            first = groups
        centres = (
            np.stack([centroid(take_rows(x, g)) for g in groups])
            if groups
            else np.zeros((0, x.shape[1]), dtype=np.float32)
        )
        release(x)
        # the message texts and tags are made (in a child process when worth it) while the
        # sub-topics are found and titled here
        written = self._write(groups, centres)
        ledgers = [self.ledger(g) for g in groups]
        leaves = (
            self._formed_first(first, groups, centres, lesser)
            if grouping.before is None
            # (a statement parted below the pair bar goes where its own reading puts it)
            else self._carried(
                grouping.before,
                groups,
                centres,
                held - set(grouping.placed),
                grouping.placed,
                lesser,
            )
        )

        def weight(gs: list[int]) -> tuple[int, int]:
            return (-sum(ledgers[g].weight for g in gs), min(gs))

        # heaviest first at every level: a sub-topic's key is its topics' keys, then its own
        above: dict[tuple[int, ...], list[int]] = {}
        for path, gs in leaves:
            for depth in range(1, len(path) + 1):
                above.setdefault(path[:depth], []).extend(gs)
        leaves.sort(
            key=lambda leaf: (
                [weight(above[leaf[0][:d]]) for d in range(1, len(leaf[0]) + 1)],
                weight(leaf[1]),
            )
        )
        topic_groups = [gs for _path, gs in leaves]
        paths = [path for path, _gs in leaves]
        plan = self._plan_levels(paths, above, groups)
        topic_texts = self._topic_texts(topic_groups, groups)
        release(x)
        phrases = c.labeller.phrases(topic_texts, self.out_lang)
        return Front(
            groups,
            reason,
            centres,
            written,
            ledgers,
            topic_groups,
            paths,
            plan,
            topic_texts,
            phrases,
        )

    def _finish(self, spec: ThemeSpec, front: Front, ledger: Ledger) -> DraftTheme:
        """The theme of ``front``: the titles of its topics and sub-topics scored (their
        candidates embedded through the run's memo, so themes are finished in order), its
        messages and sub-topics made."""
        c, x = self.c, self.x
        assert c.tagger
        self.reason.update(front.reason)
        groups, centres, ledgers = front.groups, front.centres, front.ledgers
        topic_groups, topic_texts = front.topic_groups, front.topic_texts
        parents = self._levels(spec, front.paths, front.plan)
        # a sub-topic is not titled like a topic above it
        higher = list(dict.fromkeys(lv.title for levels in parents for lv in levels))
        ranked = self._titles(spec, topic_texts, higher, front.phrases)
        titles = [(title, phrases) for title, phrases, _ in ranked]
        messages = self._messages(groups, centres, ledgers, *made(front.written))
        release(x)
        topics = self._topics(spec, topic_groups, groups, messages, parents, topic_texts, titles)
        if c.titler is None:  # a language model's titles are its own
            self.candidates.update((tp.id, r[2]) for tp, r in zip(topics, ranked, strict=True))
        frameworks = c.tagger.theme_line(
            [(m.tags, m.ledger.weight) for tp in topics for m in tp.messages]
        )
        theme = DraftTheme(
            key=spec.key,
            title=pick(spec.title, self.out_lang),
            description=pick(spec.description, self.out_lang) if spec.description else "",
            issue_areas=tuple(spec.issue_areas.get(self.out_lang, ())),
            frameworks=frameworks,
            topics=tuple(topics),
            ledger=ledger,
        )
        if c.summariser is None:
            return theme
        members = {m.id: g for m, g in zip(messages, groups, strict=True)}
        text, writing = c.summariser.write(
            topics, members, x, self.texts, self.langs, self.out_lang, c.embedder
        )
        return replace(theme, summary=text, summary_writing=_named(writing, self.statements))

    def _carried(
        self,
        before: tuple[list[list[int]], list[list[int]]],
        groups: list[list[int]],
        centres: Vectors,
        held: set[int] | frozenset[int] = frozenset(),
        placed: Sequence[int] = (),
        lesser: frozenset[int] = frozenset(),
    ) -> list[tuple[tuple[int, ...], list[int]]]:
        """The sub-topics of ``groups``, found on the groups as they were before the
        same-point check took sources out (``before``: its groups and lone rows, with the
        salient one-session points chosen for them as without the check) and carried over
        (``topics.carried``): the messages the check left alone keep their sub-topics, and so
        does the statement of a dissolved message of two that keeps its room (``held``); a
        statement of ``placed`` (a point of its own, ``Grouping.placed``) goes to the sub-topic
        of the nearest message that keeps a statement (``topics.carried``'s ``own``). With
        ``FORMED_FIRST`` the one-session points beside them are those chosen before any was
        read as a description or an account, and a row of ``lesser`` (a message resting on
        accounts that joined another) does not move the message it joined."""
        x = self.x
        campaigns, salient = single_points.kept(
            self, before[1], before[0], readings=not topic_step.FORMED_FIRST
        )
        was = before[0] + campaigns + salient
        was_centres = np.stack([centroid(take_rows(x, g)) for g in was])
        # a group no row of which was placed goes where the sub-topics' own reading puts it
        both = np.vstack([was_centres, centres])
        if self.target is not None:
            sessions = [[self.statements[i].session for i in g] for g in was + groups]
            both = with_sessions(both, sessions)
        n = len(was)
        # a row the check took out does not say where its group goes: the message it makes
        # on its own goes to the nearest sub-topic, not to the one of the point it was not
        # making
        # (``groups`` holds the one-session messages too: a row taken out is one whose message
        # keeps no other row of the group it was in)
        where = {i: k for k, g in enumerate(groups) for i in g}
        out = {
            i
            for g in before[0]
            for i in g
            if i in where
            and i not in held
            and not any(where.get(j) == where[i] for j in g if j != i)
        }
        reference = [[i for i in g if i not in out] for g in was]
        own = [k for k, g in enumerate(groups) if g and set(g) <= set(placed)]
        return carried(
            self._subtopics(was, was_centres), reference, both[:n], groups, both[n:], own, lesser
        )

    def _joining(self, groups: list[list[int]]) -> frozenset[int]:
        """The rows of the messages of ``groups`` that rest on accounts alone and may join
        another message (``single_points.ACCOUNTS_ONLY`` "join"; none otherwise)."""
        if single_points.ACCOUNTS_ONLY != "join":
            return frozenset()
        flags = single_points.accounts_only(self, groups)
        return frozenset(i for g, f in zip(groups, flags, strict=True) if f for i in g)

    def _formed_first(
        self,
        first: list[list[int]],
        groups: list[list[int]],
        centres: Vectors,
        lesser: frozenset[int] = frozenset(),
    ) -> list[tuple[tuple[int, ...], list[int]]]:
        """The sub-topics of ``groups``: found on ``first`` (the messages before a reading took
        one out or moved it, ``topics.FORMED_FIRST``) and carried over (``topics.carried``);
        found on ``groups`` themselves when they are those messages."""
        if first == groups or not first:
            return self._subtopics(groups, centres)
        x = self.x
        first_centres = np.stack([centroid(take_rows(x, g)) for g in first])
        both = np.vstack([first_centres, centres])
        if self.target is not None:
            sessions = [[self.statements[i].session for i in g] for g in first + groups]
            both = with_sessions(both, sessions)
        n = len(first)
        return carried(
            self._subtopics(first, first_centres), first, both[:n], groups, both[n:], (), lesser
        )

    def _subtopics(
        self, groups: list[list[int]], centres: Vectors
    ) -> list[tuple[tuple[int, ...], list[int]]]:
        """The sub-topics of ``groups`` (``topics.hierarchy``), by their centres."""
        assert self.c.topics
        # each statement's words read in its own language, not the draft's: the sub-topics
        # are the same whatever the output language
        group_texts = [tuple((self.texts[i], self.langs[i]) for i in g[:MAX_TEXTS]) for g in groups]
        # messages sharing a session mostly share a subject (reports only: a consultation's
        # responses are sessions of one statement or a few)
        shaped = centres
        sessions = None
        if self.target is not None and len(groups) > 1:
            sessions = [[self.statements[i].session for i in g] for g in groups]
            shaped = with_sessions(centres, sessions)
        features = learned_features(self.c.topics, centres, group_texts, sessions)
        return hierarchy(self.c.topics, shaped, group_texts, self.out_lang, features=features)

    def _write(self, groups: list[list[int]], centres: Vectors) -> Background[_Written]:
        """Each group's message text and framework tags: made in a forked child while this
        process goes on, when the writer and embedder keep no state between calls (the
        extractive writer, an encoder without a memo) and the texts are worth a fork."""
        c, st = self.c, self.statements
        assert c.writer and c.tagger
        tagger, writer = c.tagger, c.writer
        grouped = sorted(i for g in groups for i in g)
        said = self.said or self.attribution  # what the text's choice reads (``held_marks``)
        # what the tagger loads on first use (its keyword index; its item vectors, which may
        # go through the shared memo) is loaded here, once, and not in every child
        tagger.keyword_hits([])
        _ = tagger.vectors
        # the learned readings below the kinds step's bars, as soft evidence in the choice of
        # each text's source only (``text_soft``; None when off)
        soft = text_soft.penalties(
            groups, self.x, self.texts, _AsWritten(st), said, self.fixed, c.descriptive
        )

        kinds = [s.kind for s in st]  # what the writer's same-point check reads

        def make() -> _Written:
            hits = np.zeros((len(st), len(tagger.items)), dtype=bool)
            if grouped:
                hits[grouped] = tagger.keyword_hits([st[i].text for i in grouped])
            texts = writer.write_all(
                groups,
                self.x,
                self.texts,
                self.langs,
                self.out_lang,
                c.embedder,
                said,
                _AsWritten(st),
                soft,
                kinds,
            )
            tags = [
                tagger.tag(centre, share=hits[g].mean(axis=0))
                for g, centre in zip(groups, centres, strict=True)
            ]
            return texts, tags

        stateless = type(writer) is ExtractiveWriter and not isinstance(c.embedder, MemoEmbedder)
        fork = stateless and can_fork(sum(len(self.texts[i]) for i in grouped), len(groups))
        return Background(make, fork)

    def _messages(
        self,
        groups: list[list[int]],
        centres: Vectors,
        ledgers: list[Ledger],
        written: list[Written],
        tags: list[tuple[Tag, ...]],
    ) -> list[Message]:
        x, st = self.x, self.statements
        messages = []
        for g, centre, w, ledger, tagged in zip(
            groups, centres, written, ledgers, tags, strict=True
        ):
            sims = decision_scores(take_rows(x, g), centre)
            sources = [
                SourceRef(st[g[j]].id, st[g[j]].session, round(float(sims[j]), 4))
                for j in ranking(sims, [st[i].id for i in g])
            ]
            messages.append(
                Message(
                    id=_hash_id("m", sorted(st[i].id for i in g)),
                    text=w.text,
                    language=w.language,
                    translated=w.translated,
                    sources=tuple(sources),
                    tags=tagged,
                    ledger=ledger,
                    writing=_named(w.writing, st),
                )
            )
        return messages
