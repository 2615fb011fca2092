"""A statement whose likeliest same-point partners of other sessions sit in another theme
joins them there (``theme_partners.partner_themes``; docs/quality.md, themes step 29), with
the real embedder and the shipped pair model."""

from __future__ import annotations

from typing import Any

import pytest

from forum_messages.synth import theme_partners
from forum_messages.synth.theme_partners import partner_themes

TEXTS = [
    # S1, declared under trust: the point two other sessions make under access
    "Governments should stop switching off mobile internet during election periods.",
    "Authorities must not cut off internet access while elections are under way.",
    "Les gouvernements ne doivent pas couper l'accès à Internet pendant les élections.",
    "Election authorities should keep networks running and never order internet shutdowns "
    "during a vote.",
    "Platforms should label political advertisements made with generative AI.",
    # S1 again: its session's other subject, staying where it is
    "Small businesses need cheaper cloud services to adopt AI tools.",
]
LANGS = ["en", "en", "fr", "en", "en", "en"]
THEMES = ["trust", "access", "access", "access", "trust", "trust"]
DECLARED: list[str | None] = ["trust", None, None, None, None, "trust"]
SESSIONS = ["S1", "S2", "S3", "S4", "S5", "S1"]


@pytest.fixture(scope="module")
def x(use_embedder: Any) -> Any:
    return use_embedder.embed(TEXTS)


def _moved(x: Any, **kw: Any) -> dict[int, tuple[str, float]]:
    args: dict[str, Any] = {
        "themes": THEMES,
        "declared": DECLARED,
        "sessions": SESSIONS,
        "live": list(range(len(TEXTS))),
        "texts": TEXTS,
        "langs": LANGS,
        "kinds": ["call_to_action"] * len(TEXTS),
        "attributions": [False] * len(TEXTS),
        "bar": 0.5,
    }
    args.update(kw)
    return partner_themes(x, **args)


def test_a_declared_statement_joins_the_theme_of_two_sessions_making_its_point(x: Any) -> None:
    moved = _moved(x)
    assert list(moved) == [0]
    theme, p = moved[0]
    assert theme == "access" and p >= 0.5
    # the other statements stay: their partners are where they are, or they have none
    assert _moved(x, movers="all") == moved
    assert _moved(x, movers="undeclared") == {}


def test_one_other_session_or_a_high_bar_is_not_enough(x: Any) -> None:
    assert _moved(x, needed=3) == {}
    # the French statement given to the English one's session: one other session only
    assert _moved(x, sessions=["S1", "S2", "S2", "S4", "S5", "S1"]) == {}
    # its own session's statements never count
    assert _moved(x, sessions=["S1", "S1", "S1", "S4", "S5", "S1"]) == {}
    # nothing is at 0.95 with it
    assert _moved(x, bar=0.95) == {}


def test_an_undeclared_statement_moves_only_when_asked_and_off_by_default(x: Any) -> None:
    undeclared: list[str | None] = [None, None, None, None, None, "trust"]
    assert _moved(x, declared=undeclared) == {}
    assert list(_moved(x, declared=undeclared, movers="undeclared")) == [0]
    assert list(_moved(x, declared=undeclared, movers="all")) == [0]
    assert theme_partners.PARTNER_BAR == 0  # the step is off in the pipeline
    assert _moved(x, bar=None) == {}


def test_the_order_of_the_statements_does_not_matter(x: Any) -> None:
    order = [5, 3, 1, 0, 4, 2]
    moved = _moved(
        x[order],
        themes=[THEMES[i] for i in order],
        declared=[DECLARED[i] for i in order],
        sessions=[SESSIONS[i] for i in order],
        texts=[TEXTS[i] for i in order],
        langs=[LANGS[i] for i in order],
    )
    assert {order[k]: v for k, v in moved.items()} == _moved(x)
