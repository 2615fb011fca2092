"""The draft's stages that run side by side with a forked copy of the process
(``nlp/forked.py``), when the same draft is sure.

- The description model's scores (``descriptions``): in a child while the themes are
  assigned, when its weights are shipped (nothing to embed, so the memo of fixed texts'
  vectors is not touched).
- Each theme's front (``theme_fronts``): message groups, their texts, tags and ledgers, the
  sub-topics, the topics above them and their title candidates, for the last themes in a
  child while this process works out the first ones'. Nothing of a front reads or changes
  what the run shares between themes; the titles are then scored theme by theme in this
  process, in order (their candidates go through the memo, whose order decides the
  encoder's batches and so the vectors' last bits): those of the first themes while the
  child still works on the last fronts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from forum_messages.engine import chunks
from forum_messages.engine.vectors import release
from forum_messages.model import Ledger, Tag, ThemeSpec
from forum_messages.nlp.base import Embedder, MemoEmbedder, Vectors
from forum_messages.nlp.decide import SCORE_ROWS
from forum_messages.nlp.forked import Background, can_fork, map_in_order
from forum_messages.synth import same_point
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.kinds import DescriptiveModel, Kind
from forum_messages.synth.labels import KeyphraseLabeller, Phrases, TopicText
from forum_messages.synth.tags import FrameworkTagger
from forum_messages.synth.text import ExtractiveWriter, Written

if TYPE_CHECKING:
    from forum_messages.synth.pipeline import _Run

Made = tuple[list[Written], list[tuple[Tag, ...]]]
"""Each message group's text and framework tags."""

Levels = tuple[
    dict[tuple[int, ...], str], list[tuple[list[tuple[int, ...]], list[TopicText], Phrases]]
]
"""The topics above a theme's sub-topics: each one's number, and level by level the topics,
their texts and the phrases found in them (``_Run._plan_levels``)."""


@dataclass
class Front:
    """A theme worked out up to its titles (``_Run._front``), by rows of the theme's run."""

    groups: list[list[int]]
    reason: dict[int, str]  # rows set aside, and why
    centres: Vectors
    written: Background[Made] | Made  # each group's text and tags (or their making)
    ledgers: list[Ledger]
    topic_groups: list[list[int]]  # the groups of each sub-topic, in output order
    paths: list[tuple[int, ...]]  # each sub-topic's topics above it
    plan: Levels | None
    topic_texts: list[TopicText]
    phrases: Phrases  # the sub-topics' title candidates found in their texts


def made(written: Background[Made] | Made) -> Made:
    return written.result() if isinstance(written, Background) else written


def descriptions(
    model: DescriptiveModel,
    x: Vectors,
    texts: Sequence[str],
    kinds: list[Kind],
    fixed: Embedder,
    langs: Sequence[str] | None = None,
    first: Sequence[bool] | None = None,
    own: Sequence[bool] | None = None,
) -> Background[list[bool]]:
    """The statements the description model sets aside (``DescriptiveModel.descriptive``), a
    block of rows at a time (the model's float64 copies bounded): worked out in a forked child
    while this process assigns the themes, when the model's weights are known without
    fitting them (shipped with the package: nothing is embedded) and the texts are worth a
    fork; otherwise here, when asked for (after the themes, as the memo's order wants)."""

    def make() -> list[bool]:
        from forum_messages.synth.kind_model import record_register

        # the register is read from each language's statements as a whole, before the blocks
        record = record_register(texts, langs).tolist() if langs is not None else None
        learned: list[bool] = []
        for a, b in chunks(len(texts), SCORE_ROWS):
            part = record[a:b] if record is not None else None
            opening = first[a:b] if first is not None else None
            named = own[a:b] if own is not None else None
            tongues = langs[a:b] if langs is not None else None
            learned += model.descriptive(
                x[a:b], texts[a:b], kinds[a:b], fixed, part, opening, named, tongues
            )
            release(x)
        return learned

    ready = getattr(model, "ready", None)
    fork = ready is not None and can_fork(sum(map(len, texts)), 2) and bool(ready(fixed))
    return Background(make, fork, lazy=True)


def preload(tagger: FrameworkTagger, labeller: KeyphraseLabeller, language: str) -> None:
    """What the themes load on first use, loaded now, in the order a theme would load it: the
    tags' keyword index and item vectors (which may go through the memo of fixed texts
    before any title does), the keyphrases' sentence splitter, the policy-topic vocabulary."""
    tagger.keyword_hits([])
    _ = tagger.vectors
    labeller.load(language)


def before_vectors(
    tagger: FrameworkTagger | None,
    labeller: KeyphraseLabeller,
    grouper: ThresholdGrouper | None,
    language: str,
) -> None:
    """What the stages after the embedding load on first use without the encoder, loaded
    while the encoder's threads finish the statements' vectors (the thread that read the
    statements would only wait for them): the tags' keyword index, the keyphrases' sentence
    splitter, the policy-topic vocabulary and, when the same-point check runs, what its
    pair features use. Loaded once here, before any fork, for every process."""
    if tagger is not None:
        tagger.keyword_hits([])
    labeller.load(language)
    if grouper is not None and grouper.same_point > 0:
        same_point.load()


#: What finishing a theme (scoring its titles, making its messages) costs in this process,
#: against the cost of its front: the child takes a larger share of the fronts for it.
FINISH_SHARE = 0.2


def theme_fronts(
    run: _Run,
    specs: Sequence[ThemeSpec],
    theme_of: Sequence[str | None],
    rows_of: Callable[[int], list[int]],
) -> Iterator[Front] | None:
    """Every theme's front (``_Run.front``), in order, each made when asked for; those of the
    last themes (about half the statements, counting the finishing of the first themes,
    ``FINISH_SHARE``) made in a forked child meanwhile, when that is worth it (several
    themes, enough text) and the same draft is sure: the message texts and tags keep no
    state between calls (the extractive writer, an encoder without a memo), the work stays
    in this machine's processes (the local engine). None otherwise: each theme is then
    worked out whole, one after the other."""
    c = run.c
    assert c.writer and c.tagger
    stateless = type(c.writer) is ExtractiveWriter and not isinstance(c.embedder, MemoEmbedder)
    if not stateless or c.engine.name != "local" or len(specs) < 2:
        return None
    if not can_fork(sum(len(run.texts[i]) for i in range(len(run.texts))), len(specs)):
        return None
    preload(c.tagger, c.labeller, run.out_lang)  # here, once, for both processes
    counts = Counter(theme_of)
    return map_in_order(
        lambda k: run.front(specs[k], rows_of(k)),
        range(len(specs)),
        lambda k: counts[specs[k].key],
        FINISH_SHARE,
        True,
    )
