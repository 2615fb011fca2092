"""The message texts two versions write differently (bench/text_changes.py): messages paired by
their sources, every changed, new or lost text listed, the rest counted."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.synth import kind_rapporteurs


def _m(mid: str, text: str, *sources: str) -> dict[str, object]:
    return {"id": mid, "text": text, "sources": sorted(sources)}


def test_messages_paired_by_their_sources(bench_module: Callable[[str], ModuleType]) -> None:
    bench = bench_module("text_changes")
    old = [
        _m("a", "Les bibliothèques rurales manquent de connexion.", "s1", "s2"),
        _m("b", "Участники призвали открыть школы программирования.", "s3"),
        _m("c", "إن المجلس يدعو إلى حماية البيانات.", "s4", "s5"),
        _m("d", "A lost point on ferries.", "s9"),
    ]
    new = [
        _m("c2", "ينبغي حماية البيانات.", "s4", "s5", "s6"),
        _m("a", "Les bibliothèques rurales manquent de connexion.", "s1", "s2"),
        _m("b", "Необходимо открыть школы программирования.", "s3"),
        _m("e", "Solar kiosks for the markets.", "s7"),
    ]
    same, changed = bench.pair(old, new)
    assert same == 1
    assert [(a and a["id"], b and b["id"]) for a, b in changed] == [
        ("b", "b"),
        ("c", "c2"),
        ("d", None),
        (None, "e"),
    ]


def test_a_tie_goes_to_the_same_text(bench_module: Callable[[str], ModuleType]) -> None:
    bench = bench_module("text_changes")
    old = [_m("a", "Es necesario formar a los docentes.", "s1", "s2")]
    new = [
        _m("x", "Otra frase.", "s1", "s3"),
        _m("y", "Es necesario formar a los docentes.", "s2", "s4"),
    ]
    same, changed = bench.pair(old, new)
    assert same == 1 and changed == [(None, new[0])]


def test_a_setting_turned_off_by_name(
    bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    bench = bench_module("text_changes")
    monkeypatch.setattr(kind_rapporteurs, "SUBJECT", True)
    bench.turn_off("synth.kind_rapporteurs.SUBJECT")
    assert kind_rapporteurs.SUBJECT is False
    with pytest.raises(SystemExit, match="NO_SUCH"):
        bench.turn_off("synth.kind_rapporteurs.NO_SUCH")


def test_a_setting_given_a_value_by_name(
    bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.synth import text

    bench = bench_module("text_changes")
    monkeypatch.setattr(text, "REPORTED_CLAUSE", "off")
    monkeypatch.setattr(text, "ACCOUNT_CASE", False)
    bench.turn_off(*bench.given("synth.text.REPORTED_CLAUSE=said"))
    bench.turn_off(*bench.given("synth.text.ACCOUNT_CASE=True"))
    assert (text.REPORTED_CLAUSE, text.ACCOUNT_CASE) == ("said", True)
    with pytest.raises(SystemExit, match="NAME=VALUE"):
        bench.given("synth.text.ACCOUNT_CASE")
