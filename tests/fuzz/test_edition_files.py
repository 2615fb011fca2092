"""Edition files: any input gives an Edition or an EditionError naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from forum_messages.edition import load_edition, preset_path
from forum_messages.model import Edition

from .support import bounded, deep, edits, hostile_text, json_values, mutate

# The small preset: the full igf2025 one takes a second a load under tracemalloc.
MINIMAL = preset_path("minimal")
FIELDS = [
    "name",
    "year",
    "language",
    "themes",
    "place",
    "dates",
    "overarching_theme",
    "review",
    "stakeholder_groups",
    "regional_groups",
    "global_south",
    "intro",
    "disclaimer",
    "settings",
]


def check(path: Path) -> None:
    result = bounded(lambda: load_edition(path), str(path))
    assert isinstance(result, Edition | Exception)


@given(raw=st.binary(max_size=2000))
@example(raw=b"\xef\xbb\xbf")
@example(raw=b"a: &x [*x]")
@example(raw=b"- " * 5000)
def test_random_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "edition.yaml"
    path.write_bytes(raw)
    check(path)


@given(changes=edits)
@example(changes=[(10**9, 0, b"\n  - *")])
def test_mutated_presets(tmp_path: Path, changes: list[Any]) -> None:
    path = tmp_path / "edition.yaml"
    path.write_bytes(mutate(MINIMAL.read_bytes(), changes))
    check(path)


@given(changes=st.dictionaries(st.sampled_from(FIELDS) | hostile_text, json_values, max_size=4))
@example(changes={"themes": deep(200)})
@example(changes={"year": 2**70, "dates": ["2025-02-30", None]})
def test_presets_with_hostile_values(tmp_path: Path, changes: dict[str, Any]) -> None:
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "edition.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    check(path)
