"""The headings of one theme's run (``theme_run._Run``): what names each set of message groups,
the titles of its sub-topics and of the topics above them, and the sub-topics themselves as
they are written out (their messages in order, their titles, where each statement went)."""

from __future__ import annotations

from collections.abc import Sequence

from forum_messages.engine.vectors import take_rows
from forum_messages.model import (
    Edition,
    Message,
    Statement,
    ThemeSpec,
    Topic,
    TopicLevel,
    Writing,
)
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import centroid, decision_scores, ranking
from forum_messages.synth.components import Components
from forum_messages.synth.distinct import Candidate
from forum_messages.synth.labels import Phrases, TopicText, event_words
from forum_messages.synth.sidebyside import Levels

LABEL_TEXTS = 200  # most statements whose keyphrases may title one sub-topic


class Headings:
    """The headings part of ``theme_run._Run`` (a base of it: these are its own fields)."""

    statements: Sequence[Statement]
    edition: Edition
    out_lang: str
    c: Components
    fixed: Embedder
    x: Vectors
    texts: Sequence[str]
    langs: list[str]
    vocabulary: list[str]
    topic_of: list[str | None]
    message_of: list[str | None]

    def _topic_texts(
        self, topic_groups: list[list[int]], groups: list[list[int]]
    ) -> list[TopicText]:
        """What names each set of message groups: its own-language statements nearest its
        centre, the centre, and each group's texts and centre."""
        x = self.x
        topic_texts = []
        for gs in topic_groups:
            members = [i for g in gs for i in groups[g]]
            rows = take_rows(x, members)
            centre = centroid(rows)
            # keyphrases come from the statements nearest the centre (enough to name it)
            near = [members[j] for j in ranking(decision_scores(rows, centre), members)]
            del rows
            own = [self.texts[i] for i in near if self.langs[i] == self.out_lang][:LABEL_TEXTS]
            parts = [
                ([self.texts[i] for i in groups[g]], centroid(take_rows(x, groups[g]))) for g in gs
            ]
            topic_texts.append(TopicText(own, centre, parts))
        return topic_texts

    def _event(self) -> frozenset[str]:
        return event_words([*self.edition.name.values(), *self.edition.place.values()])

    def _titles(
        self,
        spec: ThemeSpec,
        topic_texts: list[TopicText],
        taken: Sequence[str] = (),
        phrases: Phrases | None = None,
    ) -> list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]]:
        """Title, keyphrases and ranked title candidates of each set of message groups (none
        of them ``taken``), from the ``phrases`` found in their texts when given."""
        return self.c.labeller.run(
            topic_texts,
            self.out_lang,
            self.vocabulary,
            spec.seeds.get(self.out_lang, ()),
            self.fixed,
            self._event(),
            taken,
            phrases,
        )

    def _plan_levels(
        self,
        paths: list[tuple[int, ...]],
        above: dict[tuple[int, ...], list[int]],
        groups: list[list[int]],
    ) -> Levels | None:
        """The topics above the sub-topics (``paths`` in output order), numbered in output
        order, and for each level its topics, their texts and the phrases found in them;
        None when there is no level above the sub-topics."""
        if not above:
            return None
        number: dict[tuple[int, ...], str] = {}
        for path in paths:
            for depth in range(1, len(path) + 1):
                node = path[:depth]
                if node not in number:
                    siblings = sum(1 for n in number if n[:-1] == node[:-1] and len(n) == depth)
                    prefix = number[node[:-1]] + "." if depth > 1 else ""
                    number[node] = f"{prefix}{siblings + 1}"
        depths = []
        for depth in sorted({len(n) for n in number}):
            nodes = [n for n in number if len(n) == depth]
            texts = self._topic_texts([above[n] for n in nodes], groups)
            depths.append((nodes, texts, self.c.labeller.phrases(texts, self.out_lang)))
        return number, depths

    def _levels(
        self, spec: ThemeSpec, paths: list[tuple[int, ...]], plan: Levels | None
    ) -> list[tuple[TopicLevel, ...]]:
        """The topics above each sub-topic (``paths`` in output order), titled level by
        level: ``<theme>-t1``, ``<theme>-t1.2`` ..."""
        if plan is None:
            return [() for _ in paths]
        number, depths = plan
        level: dict[tuple[int, ...], TopicLevel] = {}
        for nodes, texts, phrases in depths:
            higher = [lv.title for lv in level.values()]
            titles = self._titles(spec, texts, higher, phrases)
            for node, (title, found, _) in zip(nodes, titles, strict=True):
                level[node] = TopicLevel(f"{spec.key}-t{number[node]}", title, found)
        return [tuple(level[p[:d]] for d in range(1, len(p) + 1)) for p in paths]

    def _topics(
        self,
        spec: ThemeSpec,
        topic_groups: list[list[int]],
        groups: list[list[int]],
        messages: list[Message],
        parents: list[tuple[TopicLevel, ...]],
        topic_texts: list[TopicText],
        titles: list[tuple[str, tuple[str, ...]]],
    ) -> list[Topic]:
        order = [
            sorted(
                (messages[g] for g in gs),
                key=lambda m: (-m.ledger.weight, -m.ledger.statements, m.id),
            )
            for gs in topic_groups
        ]
        written: list[tuple[str, Writing | None]] = [(t, None) for t, _ in titles]
        if self.c.titler is not None and topic_groups:
            lines = [[m.text for m in ms] for ms in order]
            extractive = [t for t, _ in titles]
            written = list(
                self.c.titler.write_all(
                    topic_texts, lines, extractive, self.out_lang, self.fixed, self._event()
                )
            )
        topics: list[Topic] = []
        for k, gs in enumerate(topic_groups):
            topic_id = f"{spec.key}-{k + 1}"
            for g_index in gs:
                for i in groups[g_index]:
                    self.topic_of[i] = topic_id
                    self.message_of[i] = messages[g_index].id
            title, title_writing = written[k]
            topics.append(
                Topic(
                    topic_id,
                    title,
                    titles[k][1],
                    tuple(order[k]),
                    parents=parents[k],
                    title_writing=title_writing,
                )
            )
        return topics
