"""bench/set_aside_trace.py: its settings, and where it says two drafts first differ (on
events made here, no draft)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.synth import kind_cues_compiled, single_points


@pytest.fixture(scope="module")
def trace(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("set_aside_trace")


def test_settings_by_name_and_by_module_are_set_and_put_back(trace: ModuleType) -> None:
    given = trace._settings(["compiled", 'single_points.ROOM="described"'])
    assert [(m.__name__.rsplit(".", 1)[1], n, v) for m, n, v in given] == [
        ("kind_cues_compiled", "COMPILED", True),
        ("kind_cues_compiled", "CHAIR", True),
        ("single_points", "ROOM", "described"),
    ]
    was = (kind_cues_compiled.COMPILED, single_points.ROOM)
    with trace._set(given):
        assert kind_cues_compiled.COMPILED is True and single_points.ROOM == "described"
    assert was == (kind_cues_compiled.COMPILED, single_points.ROOM)
    with pytest.raises(SystemExit, match=r"no setting single_points\.NOPE"):
        trace._settings(["single_points.NOPE=1"])


def test_a_held_out_file_is_not_drafted(
    trace: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert trace.main(["test-bata", "compiled"]) == 2
    assert "held out" in capsys.readouterr().out


def test_each_stage_names_its_first_difference(
    trace: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    off = {
        "kinds": [
            ("s1", ("point", False, "Fibre for every village.")),
            ("s2", ("framed", False, "x")),
        ],
        "themes": [("s1", ("access", 0.9, "")), ("s2", ("access", 1.0, ""))],
        "room": [("access", (10, 40)), ("trust", (30, 40))],
        "groups": [("access", {"groups": [("s1", "s3")], "single": [("s2",)]})],
        "draft": [("access", ("access-1", ("s1", "s3")))],
        "rows": [("points: reflected", 1.0), ("kinds: descriptive recall", 0.5)],
    }
    on = {
        "kinds": [
            ("s1", ("point", False, "Fibre for every village.")),
            ("s2", ("descriptive", False, "y")),
        ],
        "themes": [("s1", ("access", 0.9, "")), ("s2", ("trust", 1.0, "descriptive"))],
        "room": [("access", (10, 39)), ("trust", (29, 39))],
        "groups": [("access", {"groups": [("s1", "s3")], "single": []})],
        "draft": [("access", ("access-1", ("s1", "s3")))],
        "rows": [("points: reflected", 1.0), ("kinds: descriptive recall", 1.0)],
    }
    trace.compare(off, on, {"s1": "Fibre for every village.", "s2": "The chair opened it."})
    out = capsys.readouterr().out
    assert "[kinds] 1 statement(s) read otherwise" in out
    assert "s2: ('framed', False) -> ('descriptive', False)" in out
    assert "of them 1 with another theme" in out
    assert "[room] first difference at event 0 of 2 / 2" in out and "(10, 40)" in out
    assert "every event that differs, by theme: ['access', 'trust']" in out
    assert "single: only here [('s2',)]" in out  # only what differs of a group's record
    assert "[draft] the same" in out
    assert "[rows] 1 row(s)" in out and "kinds: descriptive recall: 0.5 -> 1.0" in out
