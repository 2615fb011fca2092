"""A source of a message of three or more that most of the message does not back
(``point_check.off_support``, ``ThresholdGrouper(support_bar=...)``), and the last merge of a
message's dendrogram (``point_check.last_merge``); docs/quality.md, step 39."""

import numpy as np
import pytest

from forum_messages.nlp.base import normalise_rows
from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, shipped_model

from .test_off_rest import TEXTS, _accepts, _core_first, _shared

SESSIONS = ["S1", "S2", "S3", "S4"]

# row 0 the core; 1 and 2 make its point; 3 is near the core but off the two others
PROB = {
    (0, 1): 0.95,
    (0, 2): 0.9,
    (0, 3): 0.55,
    (1, 2): 0.85,
    (1, 3): 0.1,
    (2, 3): 0.2,
}


def test_the_least_supported_member_below_the_bar_is_taken_out() -> None:
    rows = [0, 1, 2, 3]
    # 3's support: (0.55 + 0.1 + 0.2) / 3 = 0.283; the others' are far above
    assert point_check.off_support(rows, 0, PROB, 0.3, SESSIONS, 2) == [3]
    assert rows == [0, 1, 2]
    rows = [0, 1, 2, 3]
    assert point_check.off_support(rows, 0, PROB, 0.28, SESSIONS, 2) == []
    assert rows == [0, 1, 2, 3]


def test_either_order_is_read_and_the_rest_keeps_two_sessions() -> None:
    flipped = {(b, a): p for (a, b), p in PROB.items()}
    rows = [0, 1, 2, 3]
    assert point_check.off_support(rows, 0, flipped, 0.3, SESSIONS, 2) == [3]
    rows = [0, 1, 2, 3]
    assert point_check.off_support(rows, 0, PROB, 0.3, ["S1", "S1", "S1", "S2"], 2) == []
    rows = [0, 3]  # a message of two is never judged by its support
    assert point_check.off_support(rows, 0, PROB, 0.9, SESSIONS, 2) == []


def test_the_core_stays_and_the_message_is_read_again_after_each() -> None:
    # 2 and 3 hold each other: 3 is backed at 0.517 at first, 2 at 0.367 goes; read again
    # without 2, 3 is at 0.325 and goes too; the core is never taken out
    prob = PROB | {(2, 3): 0.9, (0, 2): 0.1, (1, 2): 0.1}
    rows = [0, 1, 2, 3]
    assert point_check.off_support(rows, 0, prob, 0.4, SESSIONS, 2) == [2, 3]
    assert rows == [0, 1]
    # a core the others do not back (0.1 with each) is not judged: the least supported
    # other member goes (1, at 0.475), the core stays
    low = {k: 0.1 if 0 in k else v for k, v in PROB.items()}
    rows = [0, 1, 2]
    assert point_check.off_support(rows, 0, low, 0.5, SESSIONS, 2) == [1]
    assert rows == [0, 2]


def test_with_a_second_reading_only_the_members_it_doubts_are_judged() -> None:
    rows = [0, 1, 2, 3]
    assert point_check.off_support(rows, 0, PROB, 0.3, SESSIONS, 2, only={1, 2}) == []
    assert rows == [0, 1, 2, 3]
    assert point_check.off_support(rows, 0, PROB, 0.3, SESSIONS, 2, only={3}) == [3]


def test_the_last_merge_parts_a_message_into_its_two_subgroups() -> None:
    rng = np.random.default_rng(5)
    a, b = normalise_rows(rng.normal(size=(2, 48)))
    x = normalise_rows(np.stack([a, b, a, b + 0.05 * rng.normal(size=48), a]))
    assert point_check.last_merge(x, [4, 3, 2, 1, 0]) == ([0, 2, 4], [1, 3])
    assert point_check.last_merge(x, [3, 1]) == ([1], [3])


@pytest.mark.parametrize("keep", [True, False])
def test_the_grouper_keeps_the_member_apart_or_returns_it_to_the_candidates(keep: bool) -> None:
    x = _core_first()
    ev = TermEvidence(TEXTS, ["en"] * 4)
    common = {"same_point": 0.5, "core_model": _accepts(), "point_model": _shared()}
    off = ThresholdGrouper(0.6, 2, 0.5, **common).run(x, SESSIONS, ev)  # type: ignore[arg-type]
    assert off.groups == [[0, 1, 2, 3]] and off.halves == [] and off.before is None
    on = ThresholdGrouper(0.6, 2, 0.5, support_bar=0.5, support_keep=keep, **common)  # type: ignore[arg-type]
    out = on.run(x, SESSIONS, ev)
    assert out.groups == [[0, 1, 2]] and out.detached == [3] and 3 in out.alone
    assert out.halves == ([[3]] if keep else [])  # nothing dropped: a message, or a candidate
    assert out.before == ([[0, 1, 2, 3]], [])
    assert on.params()["support_bar"] == 0.5 and on.params()["support_keep"] is keep
    # a second model that does not doubt the member keeps it in
    both = ThresholdGrouper(0.6, 2, 0.5, support_bar=0.5, support_second=0.5, **common)  # type: ignore[arg-type]
    assert both.run(x, SESSIONS, ev).groups == [[0, 1, 2, 3]]
    assert both.params()["support_second"] == 0.5


def test_the_support_rule_is_off_by_default() -> None:
    assert grouping.SUPPORT_BAR == 0.0
    assert "support_bar" not in ThresholdGrouper(0.6, 2, 0.5).params()


FILLER = [
    "Subsea cable repair ships take weeks to reach the Pacific islands.",
    "Community networks connect villages that commercial operators ignore.",
    "Donors should give the IGF predictable funding for several years.",
    "Internet shutdowns during elections leave voters without reliable information.",
    "Data centres are drawing on scarce water in dry regions.",
    "Women are less likely than men to own a smartphone in low-income countries.",
    "Schools should teach children to recognise manipulated images.",
]

MESSAGES = {
    # English: two statements of AI frameworks, a data-protection call beside them
    "en off": (
        "en",
        [
            "Governments and standards bodies should work toward interoperable frameworks for "
            "governing artificial intelligence, built on shared risk categories.",
            "Frameworks for governing artificial intelligence should be interoperable across "
            "jurisdictions, so that shared risk categories apply everywhere.",
            "Governments should make their national data protection regimes interoperable so "
            "that personal data can cross borders with safeguards.",
        ],
        [2],
    ),
    # Spanish: two statements of paid teacher training, rural schools' connection beside them
    "es off": (
        "es",
        [
            "Los docentes necesitan formación continua y pagada para usar la tecnología en el "
            "aula.",
            "Los profesores deben recibir formación pagada para enseñar con herramientas "
            "digitales.",
            "Las escuelas rurales necesitan una conexión a internet estable y asequible.",
        ],
        [2],
    ),
    # Spanish: three wordings of one point: the message is left as it is
    "es one point": (
        "es",
        [
            "Los docentes necesitan formación continua y pagada para usar la tecnología en el "
            "aula.",
            "Los profesores deben recibir formación pagada para enseñar con herramientas "
            "digitales.",
            "La formación de los maestros en competencias digitales debe ser permanente y "
            "remunerada.",
        ],
        [],
    ),
}


def off_point_alone(embedder, lang: str, texts: list[str], **rule):  # type: ignore[no-untyped-def]
    """``point_check.off_point`` on a message of ``texts`` (its first the core) beside
    ``FILLER``, with the real embedder and pair model, the core model never rejecting: only
    ``rule`` (``support=`` or ``topics=``) can take a source out. What it took out, the message
    left and what was kept apart."""
    rows = texts + FILLER
    x = embedder.embed(rows)
    points = PairFeatures(x, TermEvidence(rows, [lang] * 3 + ["en"] * len(FILLER)), None, None)
    sessions = [f"S{i}" for i in range(len(rows))]
    assert point_check.core(x, [0, 1, 2]) == 0
    groups = [[0, 1, 2]]
    apart: list[list[int]] = []
    out = point_check.off_point(
        shipped_model(core=True), x, groups, sessions, points, 0.0, 2, True, apart=apart, **rule
    )
    return out, groups, apart


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_the_support_rule_with_the_real_embedder_and_shipped_pair_model(  # type: ignore[no-untyped-def]
    use_embedder, case: str
) -> None:
    lang, texts, taken = MESSAGES[case]
    out, groups, apart = off_point_alone(
        use_embedder, lang, texts, support=(shipped_model(), 0.4, True)
    )
    assert out == taken
    assert groups == [[r for r in (0, 1, 2) if r not in taken]]
    assert apart == [[r] for r in taken]  # a source taken out keeps a message of its own
