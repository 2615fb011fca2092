"""Every example in docs/input-formats.md loads, and the documented vocabulary matches the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from forum_messages.edition import parse_edition, preset_path
from forum_messages.ingest import SUPPORTED_EXTENSIONS, load_reports

from .conftest import Writer, make_edition

DOC = Path(__file__).parents[2] / "docs" / "input-formats.md"
BLOCK = re.compile(r"^```(json|yaml|csv|markdown)\n(.*?)^```", re.S | re.M)
PRESET = preset_path("minimal")
SUFFIX = {"json": ".json", "yaml": ".yaml", "csv": ".csv", "markdown": ".md"}


def edition_fragments() -> list[str]:
    """Blocks that show part of an edition file (a top-level key of the edition), not a report."""
    return [b for lang, b in BLOCK.findall(DOC.read_text(encoding="utf-8")) if _fragment(lang, b)]


def _fragment(lang: str, body: str) -> bool:
    return lang == "yaml" and body.startswith("consultation:")


def examples() -> list[tuple[str, str]]:
    out = []
    for lang, body in BLOCK.findall(DOC.read_text(encoding="utf-8")):
        if _fragment(lang, body):
            continue  # checked as part of an edition file below
        suffix = SUFFIX[lang]
        if lang == "json" and body.startswith("{") and body.count("\n{") >= 1:
            suffix = ".jsonl"  # one report per line
        out.append((suffix, body))
    return out


@pytest.mark.parametrize("body", edition_fragments())
def test_documented_edition_fragment_is_read_by_the_edition_loader(body: str) -> None:
    base = yaml.safe_load(PRESET.read_text(encoding="utf-8"))
    edition = parse_edition(base | yaml.safe_load(body), "docs/input-formats.md")
    assert edition.consultation, "the documented map is kept"


@pytest.mark.parametrize(("suffix", "body"), examples())
def test_documented_example_loads(write: Writer, suffix: str, body: str) -> None:
    corpus = load_reports([write("example" + suffix, body)], make_edition())
    assert corpus.statements


def test_examples_cover_every_format() -> None:
    assert {suffix for suffix, _ in examples()} == {".jsonl", ".json", ".yaml", ".csv", ".md"}


def test_every_extension_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for ext in SUPPORTED_EXTENSIONS:
        assert f"`{ext}`" in text
