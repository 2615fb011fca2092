"""The same-point check leaves the sub-topics of the messages it does not change as they were."""

from __future__ import annotations

from functools import cache
from itertools import combinations

from forum_messages.cli import sample_paths
from forum_messages.edition import load_edition
from forum_messages.ingest import validate_reports
from forum_messages.model import Draft
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.same_point import PointModel
from forum_messages.synth.settings import Settings

#: A core model that reads shared content terms only: a source sharing none with its
#: message's core is taken out, a pair sharing none is dissolved.
TERMS_ONLY = PointModel(("terms",), (0.0,), (1.0,), (10.0,), -2.0)


@cache
def _draft(**options: object) -> Draft:
    """The sample drafted with these grouper options (made once a process: the same options
    give the same draft, and the tests only read it)."""
    edition = load_edition("igf2025")
    corpus = validate_reports([str(p) for p in sample_paths()], edition).corpus
    settings = Settings()
    grouper = ThresholdGrouper(
        settings.message_distance,
        settings.min_sessions,
        settings.attach_similarity,
        seed=settings.seed,
        **options,  # type: ignore[arg-type]
    )
    comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector(), grouper=grouper)
    return run_pipeline(corpus, edition, settings, components=comps)


def _topic_of(draft: Draft) -> dict[frozenset[str], str]:
    return {
        frozenset(r.statement for r in m.sources): tp.id
        for th in draft.themes
        for tp in th.topics
        for m in tp.messages
    }


def test_messages_the_check_leaves_alone_keep_their_sub_topics() -> None:
    before = _topic_of(_draft(same_point=0))
    after = _topic_of(_draft(same_point=0.5, point_pairs=True, core_model=TERMS_ONLY, check="core"))
    shared = sorted(set(before) & set(after), key=sorted)
    assert set(before) != set(after)  # the check changed some messages
    assert len(shared) >= 10
    for a, b in combinations(shared, 2):
        assert (before[a] == before[b]) == (after[a] == after[b]), (sorted(a), sorted(b))


def _in_messages(draft: Draft) -> tuple[set[str], set[str]]:
    """The statements in messages of several sessions, and in messages of one."""
    many: set[str] = set()
    one: set[str] = set()
    for th in draft.themes:
        for tp in th.topics:
            for m in tp.messages:
                ids = {r.statement for r in m.sources}
                (many if len({r.session for r in m.sources}) > 1 else one).update(ids)
    return many, one


def test_the_check_frees_no_room_for_other_one_session_points() -> None:
    plain = _draft(same_point=0)
    checked = _draft(
        same_point=0.5, point_pairs=True, core_model=TERMS_ONLY, check="core", halves=False
    )
    was, _ = _in_messages(plain)
    many, one = _in_messages(checked)
    taken = was - many
    assert taken  # the check took sources out of messages
    # what it took out is accounted for: a message of its own or out as ``detached``
    out = {n.statement: n.reason for n in checked.not_reflected}
    for statement in sorted(taken):
        assert statement in one or out.get(statement) == "detached", statement
    # and the room it made is not given to more one-session points: as many as before
    assert _one_session(checked) == _one_session(plain)


def _one_session(draft: Draft) -> dict[str, int]:
    """Each theme's number of messages resting on one session."""
    return {
        th.key: sum(
            len({r.session for r in m.sources}) == 1 for tp in th.topics for m in tp.messages
        )
        for th in draft.themes
    }


def _messages_per_theme(draft: Draft) -> dict[str, int]:
    return {th.key: sum(len(tp.messages) for tp in th.topics) for th in draft.themes}


def test_a_dissolved_message_of_two_keeps_its_room_for_one_of_its_statements() -> None:
    plain = _draft(same_point=0)
    checked = _draft(
        same_point=0.5, point_pairs=True, core_model=TERMS_ONLY, check="core", halves=True
    )
    many, one = _in_messages(checked)
    pairs = [
        {r.statement for r in m.sources}
        for th in plain.themes
        for tp in th.topics
        for m in tp.messages
        if len(m.sources) == 2 and len({r.session for r in m.sources}) == 2
    ]
    dissolved = [p for p in pairs if not p & many]
    assert dissolved  # the check dissolved messages of two
    for pair in dissolved:  # one of its statements at least is a one-session message
        assert pair & one, sorted(pair)
    # each theme keeps the size it had without the check
    assert _messages_per_theme(checked) == _messages_per_theme(plain)
    without = _draft(
        same_point=0.5, point_pairs=True, core_model=TERMS_ONLY, check="core", halves=False
    )
    assert sum(_messages_per_theme(without).values()) < sum(_messages_per_theme(plain).values())
