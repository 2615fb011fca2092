"""The helpers the bench scripts share (bench/common.py, and the drafting ones of
bench/grouping_terms.py)."""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import numpy as np
import pytest


@pytest.fixture(scope="module")
def common(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("common")


def _ran(common: ModuleType, argv: list[str], **how: Any) -> tuple[int | None, list[Any]]:
    """The exit status ``entry`` gives and the arguments it passed ``main`` (none: not run)."""
    seen: list[Any] = []

    def main(*args: Any) -> int:
        seen.extend(args)
        return 3

    with pytest.raises(SystemExit) as stop:
        common.entry(main, "the doc", argv=argv, **how)
    return stop.value.code, seen


def test_entry_passes_fixed_arguments_then_the_rest_as_a_list(common: ModuleType) -> None:
    assert _ran(common, ["{}", "a.yaml", "b.yaml"], fixed=1) == (3, ["{}", ["a.yaml", "b.yaml"]])
    assert _ran(common, ["out", "", "a.yaml"], fixed=2) == (3, ["out", "", ["a.yaml"]])
    assert _ran(common, ["a.yaml"]) == (3, [["a.yaml"]])
    assert _ran(common, ["folder"], fixed=1, rest=None) == (3, ["folder"])


def test_entry_takes_its_flags_out_wherever_they_stand(common: ModuleType) -> None:
    assert _ran(common, ["-v", "{}", "a.yaml"], fixed=1, flags=("-v",)) == (
        3,
        ["{}", ["a.yaml"], True],
    )
    assert _ran(common, ["a.yaml"], flags=("--answers",)) == (3, [["a.yaml"], False])


@pytest.mark.parametrize(
    ("argv", "how"),
    [
        (["{}"], {"fixed": 1}),  # no report file
        ([], {}),
        (["a.yaml"], {"rest": 2}),
        (["folder", "extra"], {"fixed": 1, "rest": None}),  # exactly one
        (["-v", "{}"], {"fixed": 1, "flags": ("-v",)}),  # a flag is not an argument
    ],
)
def test_entry_prints_the_doc_and_exits_2_on_too_few_arguments(
    common: ModuleType, argv: list[str], how: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _ran(common, argv, **how) == (2, [])
    assert capsys.readouterr().out == "the doc\n"


def test_file_name_json_and_status(common: ModuleType, tmp_path: Path) -> None:
    assert common.file_name("src/x/reports/dev-es.yaml") == "dev-es"
    assert common.file_name(Path("dev-fr.yaml")) == "dev-fr"
    out = tmp_path / "new" / "figures.json"
    common.write_json(out, {"é": 1})
    assert out.read_bytes() == b'{\n "\\u00e9": 1\n}'
    common.write_json(out, ["é"], ascii_only=False, end="\n")
    assert out.read_text(encoding="utf-8") == '[\n "é"\n]\n'
    assert json.loads(out.read_text(encoding="utf-8")) == ["é"]
    if Path("/proc/self/status").exists():
        assert common.status_kb("VmRSS") > 1000  # this process holds more than a megabyte
    assert common.status_kb("NoSuchField") == 0


def test_tables_and_runs(common: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    from collections import Counter

    table = {"dev-en-summaries": Counter(a=2, b=1), "dev-fr": Counter(b=4)}
    common.counts_table("by class", table, ["a", "b"], 10, 8)
    common.row("rule", ["1/2", 3], 10, 8)
    assert capsys.readouterr().out.splitlines() == [
        "by class    dev-en  dev-fr   all",  # names cut to a cell less two
        "a                2       0     2",
        "b                1       4     5",
        "all              3       4     7",
        "rule           1/2       3",
    ]
    assert common.runs_ms([0.0204, 0.0121]) == "best 12 ms  runs 20 12 ms"
    assert common.runs_ms([0.5], 2.0, "ms per 10k") == "best 1000 ms per 10k  runs 500 ms"


@pytest.fixture(scope="module")
def drafting(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("grouping_terms")


def test_replaced_puts_the_original_back_even_on_an_error(drafting: ModuleType) -> None:
    owner = types.SimpleNamespace(f=lambda: "plain")
    with pytest.raises(RuntimeError), drafting.replaced(owner, "f", lambda: "mine"):
        assert owner.f() == "mine"
        raise RuntimeError
    assert owner.f() == "plain"


def test_core_pairs_and_majority(drafting: ModuleType) -> None:
    # rows 0, 1, 2 close together, row 1 in the middle: the core
    x = np.array([[1.0, 0.1], [1.0, 0.0], [1.0, -0.1], [0.0, 1.0]])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assert drafting.core_pairs(x, [0, 1, 2], lambda i: True) == [(1, 0), (1, 2)]
    assert drafting.core_pairs(x, [0, 1, 2], lambda i: i != 2) == [(1, 0)]
    assert drafting.core_pairs(x, [0, 1, 2], lambda i: i != 1) == []  # the core has no point
    assert drafting.core_pairs(x, [3], lambda i: True) == []
    answers = {
        "s1": SimpleNamespace(point="cost"),
        "s2": SimpleNamespace(point=None),
        "s3": SimpleNamespace(point="reach"),
        "s4": SimpleNamespace(point="reach"),
    }
    material = SimpleNamespace(answers=answers)
    labels, top = drafting.majority(material, frozenset(answers))
    assert labels["s2"] == "(descriptive)" and top == "reach"
    assert drafting.majority(material, {"s3", "s1"})[1] == "cost"  # a tie: the first id's
    assert drafting.grouper_params("  ") == {}
    assert drafting.grouper_params('{"merge": 0.8}') == {"merge": 0.8}
