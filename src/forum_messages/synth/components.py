"""The draft's components: the swappable parts each stage runs (the embedder, the language
detector, the theme assigner, the message grouper, the writer, the tagger...), the defaults
filled in from the settings, and each one's name and parameters as ``Draft.pipeline``
records them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from forum_messages.engine import Engine, LocalEngine
from forum_messages.model import Component
from forum_messages.nlp.base import Embedder, LanguageDetector, memo_for
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.kinds import DescriptiveModel
from forum_messages.synth.labels import KeyphraseLabeller
from forum_messages.synth.procedural import ProceduralFilter
from forum_messages.synth.settings import Settings
from forum_messages.synth.tags import FrameworkTagger
from forum_messages.synth.text import ExtractiveWriter, TextWriter
from forum_messages.synth.themes import NearestThemeAssigner
from forum_messages.synth.topics import SilhouetteTopicFinder

if TYPE_CHECKING:
    from forum_messages.synth.llm.titles import LLMSummariser, LLMTitler


@dataclass
class Components:
    embedder: Embedder
    detector: LanguageDetector
    themes: NearestThemeAssigner = field(default_factory=NearestThemeAssigner)
    procedural: ProceduralFilter = field(default_factory=ProceduralFilter)
    descriptive: DescriptiveModel = field(default_factory=DescriptiveModel)
    grouper: ThresholdGrouper | None = None
    topics: SilhouetteTopicFinder | None = None
    labeller: KeyphraseLabeller = field(default_factory=KeyphraseLabeller)
    writer: TextWriter | None = None  # extractive by default; llm.LLMWriter (--writer llm)
    tagger: FrameworkTagger | None = None
    #: where language detection, embedding and clustering partitions run (not recorded in
    #: the draft: every engine gives the same draft)
    engine: Engine = field(default_factory=LocalEngine)
    titler: LLMTitler | None = None  # sub-topic titles asked of a model (--writer llm)
    summariser: LLMSummariser | None = None  # theme summaries asked of a model (--llm-summaries)


def default_components(settings: Settings) -> Components:
    """The real components: multilingual USE embeddings and py3langid."""
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.nlp.use import USEEmbedder

    return Components(embedder=USEEmbedder(), detector=UNLanguageDetector())


def _complete(c: Components, settings: Settings) -> Components:
    if c.grouper is None:
        c.grouper = ThresholdGrouper(
            settings.message_distance,
            settings.min_sessions,
            settings.attach_similarity,
            seed=settings.seed,
            engine=c.engine,
        )
    if c.topics is None:
        c.topics = SilhouetteTopicFinder(settings.max_topics, seed=settings.seed)
    if c.writer is None:
        c.writer = ExtractiveWriter(max_sentences_from=settings.message_sentences)
    if c.tagger is None:
        c.tagger = FrameworkTagger(memo_for(c.embedder), max_tags=settings.max_tags)
    return c


def _record(role: str, component: object) -> Component:
    params = component.params() if hasattr(component, "params") else {}
    return Component(
        role=role,
        name=str(getattr(component, "name", type(component).__name__)),
        params=dict(params),
    )
