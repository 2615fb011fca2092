"""Every example in docs/input-formats.md loads, and the documented vocabulary matches the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from forum_messages.ingest import SUPPORTED_EXTENSIONS, load_reports

from .conftest import Writer, make_edition

DOC = Path(__file__).parents[2] / "docs" / "input-formats.md"
BLOCK = re.compile(r"^```(json|yaml|csv|markdown)\n(.*?)^```", re.S | re.M)
SUFFIX = {"json": ".json", "yaml": ".yaml", "csv": ".csv", "markdown": ".md"}


def examples() -> list[tuple[str, str]]:
    out = []
    for lang, body in BLOCK.findall(DOC.read_text(encoding="utf-8")):
        suffix = SUFFIX[lang]
        if lang == "json" and body.startswith("{") and body.count("\n{") >= 1:
            suffix = ".jsonl"  # one report per line
        out.append((suffix, body))
    return out


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
