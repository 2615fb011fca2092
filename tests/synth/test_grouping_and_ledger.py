import numpy as np

from forum_messages.nlp.base import normalise_rows
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.ledger import build_ledger

from .helpers import corpus


def test_group_needs_two_sessions_and_lone_points_attach_or_stay_alone() -> None:
    rng = np.random.default_rng(0)
    a, b, far = normalise_rows(rng.normal(size=(3, 16)))
    x = normalise_rows(np.stack([a, a + 0.01, a + 0.05 * b, b, b + 0.01, far]))
    sessions = ["S1", "S2", "S3", "S4", "S4", "S5"]
    g = ThresholdGrouper(max_distance=0.2, min_sessions=2, attach_similarity=0.9).run(x, sessions)
    # rows 0-2 from three sessions are a message; rows 3-4 are one session only; 5 is alone
    assert [0, 1, 2] in g.groups
    assert 5 in g.alone and 3 in g.alone and 4 in g.alone
    covered = sorted([i for grp in g.groups for i in grp] + g.alone)
    assert covered == list(range(6))


def test_lone_statement_joins_a_close_message() -> None:
    rng = np.random.default_rng(1)
    a = normalise_rows(rng.normal(size=(1, 16)))[0]
    x = normalise_rows(np.stack([a, a + 0.01, a + 0.15 * rng.normal(size=16)]))
    g = ThresholdGrouper(max_distance=0.01, min_sessions=2, attach_similarity=0.5).run(
        x, ["S1", "S2", "S3"]
    )
    assert g.groups == [[0, 1, 2]] and g.attached == {2: 0} and g.alone == []


def test_ledger_counts_sessions_groups_regions_and_global_south(small_edition) -> None:  # type: ignore[no-untyped-def]
    c = corpus(
        [
            ("WS #1", "trust", "en", ["One.", "Two."]),
            ("WS #2", "trust", "fr", ["Trois."]),
            ("WS #3", "trust", "en", ["Four."]),
        ],
        regions={
            "WS #1": "African Group",
            "WS #2": "Western European and Others Group",
            "WS #3": "Asia-Pacific Group",
        },
    )
    langs = {s.id: s.language or "en" for s in c.statements}
    ledger = build_ledger(c.statements, langs, c.session_map(), small_edition)
    assert ledger.statements == 4 and ledger.sessions == 3 and ledger.nri_inputs == 0
    assert ledger.stakeholder_groups == {"Civil Society": 3}
    assert ledger.regions["African Group"] == 1
    assert ledger.languages == {"en": 3, "fr": 1}
    assert ledger.global_south_share == round(2 / 3, 4)


def test_a_runs_ledger_counts_each_statement_in_its_detected_language(small_edition) -> None:  # type: ignore[no-untyped-def]
    from forum_messages.synth.pipeline import _ledger

    c = corpus(
        [
            ("WS #1", "trust", "en", ["One.", "Two.", "Drei."]),
            ("WS #2", "trust", "fr", ["Trois.", "Four."]),
        ]
    )
    detected = ["en", "en", "de", "fr", "en"]  # what was detected, not what was declared
    ledger = _ledger(c.statements, detected, [0, 2, 3, 4], c.session_map(), small_edition)
    assert ledger.statements == 4 and ledger.sessions == 2
    assert ledger.languages == {"de": 1, "en": 2, "fr": 1}
    whole = _ledger(c.statements, detected, range(5), c.session_map(), small_edition)
    assert whole == build_ledger(
        c.statements,
        {st.id: lang for st, lang in zip(c.statements, detected, strict=True)},
        c.session_map(),
        small_edition,
    )


def test_an_edition_without_a_global_south_gives_no_share_rather_than_zero(small_edition) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from forum_messages.model import GlobalSouth

    c = corpus(
        [("WS #1", "trust", "en", ["One."]), ("WS #2", "trust", "en", ["Two."])],
        regions={"WS #1": "African Group", "WS #2": "Asia-Pacific Group"},
    )
    langs = {s.id: "en" for s in c.statements}
    defined = build_ledger(c.statements, langs, c.session_map(), small_edition)
    undefined = build_ledger(
        c.statements,
        langs,
        c.session_map(),
        dataclasses.replace(small_edition, global_south=GlobalSouth()),
    )
    assert defined.global_south_share == 1.0
    assert undefined.global_south_share is None
    assert undefined.regions == defined.regions
