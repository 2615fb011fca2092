"""The command line end to end: demo, draft, validate, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from forum_messages.cli import main, sample_paths

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "schema" / "messages.schema.json").read_text(encoding="utf-8"))
GOLDEN = Path(__file__).parent / "golden" / "sample-hash-embedder.md"
ZH_ONLY = Path(__file__).parent / "fixtures" / "zh-only.jsonl"


def _accounted(doc: dict) -> None:  # type: ignore[type-arg]
    """Every statement is in exactly one message or in not_reflected."""
    in_messages = [
        s["statement"]
        for t in doc["themes"]
        for tp in t["topics"]
        for m in tp["messages"]
        for s in m["sources"]
    ]
    left = [n["statement"] for n in doc["not_reflected"]]
    ids = [s["id"] for s in doc["statements"]]
    assert len(set(ids)) == len(ids)
    assert sorted(in_messages + left) == sorted(ids)


@pytest.mark.slow
def test_demo_writes_three_valid_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert str(out.resolve()) in printed.replace("\n", "")
    assert {p.name for p in out.iterdir()} == {"messages.md", "messages.html", "messages.json"}
    doc = json.loads((out / "messages.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    _accounted(doc)
    assert len(doc["statements"]) == 537
    assert [t["key"] for t in doc["themes"]] == ["trust", "innovation", "access", "cooperation"]
    for theme in doc["themes"]:
        assert theme["topics"], theme["key"]
        assert theme["frameworks"]["line"].startswith("[GDC ")
    md = (out / "messages.md").read_text(encoding="utf-8")
    assert md.startswith("# ")
    assert "Building Digital Trust and Resilience" in md
    html = (out / "messages.html").read_text(encoding="utf-8")
    assert "<details" in html and "<script" not in html
    # the messages kept in a source's own language are counted for the secretariat, by
    # language, as the outputs mark them
    foreign: dict[str, int] = {}
    for theme in doc["themes"]:
        for topic in theme["topics"]:
            for m in topic["messages"]:
                if m["language"] != doc["language"]:
                    foreign[m["language"]] = foreign.get(m["language"], 0) + 1
    assert foreign  # the sample keeps a few
    said = " ".join(printed.split())
    counts = ", ".join(f"{n} {lang}" for lang, n in sorted(foreign.items()))
    assert f"{sum(foreign.values())} messages left in another language than the draft's " in said
    assert f"({counts})" in said
    assert all(f"[{lang}]" in md for lang in foreign)


@pytest.mark.slow
def test_draft_is_byte_identical_across_runs(tmp_path: Path) -> None:
    args = ["draft", *[str(p) for p in sample_paths()], "--edition", "igf2025"]
    assert main([*args, "-o", str(tmp_path / "a")]) == 0
    assert main([*args, "-o", str(tmp_path / "b")]) == 0
    for name in ("messages.md", "messages.html", "messages.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.slow
def test_chinese_only_input_without_themes_gives_a_chinese_draft(tmp_path: Path) -> None:
    assert (
        main(
            ["draft", str(ZH_ONLY), "--edition", "igf2025", "--language", "zh", "-o", str(tmp_path)]
        )
        == 0
    )
    doc = json.loads((tmp_path / "messages.json").read_text(encoding="utf-8"))
    _accounted(doc)
    assert len(doc["statements"]) == 100
    assert all(s["theme_inferred"] and s["needs_review"] for s in doc["statements"])
    assert all(s["language"] == "zh" for s in doc["statements"])
    messages = [m for t in doc["themes"] for tp in t["topics"] for m in tp["messages"]]
    assert messages
    assert all(m["language"] == "zh" and m["translated"] for m in messages)
    titles = [tp["title"] for t in doc["themes"] for tp in t["topics"]]
    assert titles and all(any("\u4e00" <= ch <= "\u9fff" for ch in title) for title in titles)
    md = (tmp_path / "messages.md").read_text(encoding="utf-8")
    assert "建立数字信任" in md or "数字信任" in md


def test_golden_markdown_with_the_fake_embedder(tmp_path: Path) -> None:
    """The whole path with the deterministic fake embedder against a reviewed golden file.

    Regenerate after an intended change with UPDATE_GOLDEN=1 and review the diff.
    """
    args = [
        "draft",
        *[str(p) for p in sample_paths()],
        "--edition",
        "igf2025",
        "--embedder",
        "hash",
        "--format",
        "md",
        "-o",
        str(tmp_path),
    ]
    assert main(args) == 0
    text = (tmp_path / "messages.md").read_text(encoding="utf-8")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_validate_reports_problems_with_file_line_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"session": "WS #1", "key_takeaways": ["A point."]}\n'
        '{"session": "WS #2", "theme": "nope", "key_takeaways": ["Another point."]}\n',
        encoding="utf-8",
    )
    assert main(["validate", str(bad), "--edition", "igf2025"]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:2" in err and "theme" in err and "trust" in err
    assert "Traceback" not in err


def test_draft_refuses_bad_input_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"session": "WS #1", "key_takeaways": "not a list"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["draft", str(bad), "--edition", "igf2025", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err
    assert not out.exists()


def test_unknown_edition_names_the_presets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ZH_ONLY), "--edition", "no-such-edition"]) == 1
    assert "igf2025" in capsys.readouterr().err


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no-such-edition"):
        main(["--debug", "validate", str(ZH_ONLY), "--edition", "no-such-edition"])


def test_settings_lists_every_setting(capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import fields

    from forum_messages.synth.settings import Settings

    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for f in fields(Settings):
        assert f.name in out
        assert f"`{f.name}`" in readme, f"setting {f.name} is not documented in README.md"


def test_every_command_is_documented_in_the_readme() -> None:
    from forum_messages.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"forum-messages {name}" in readme, name


def test_python_dash_m_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "forum_messages", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and "forum-messages" in proc.stdout


def test_setting_help_is_each_attribute_docstring_whole() -> None:
    from dataclasses import fields

    from forum_messages.synth.settings import Settings, setting_docs

    docs = setting_docs()
    assert list(docs) == [f.name for f in fields(Settings)]
    assert all(docs.values())
    assert docs["attach_similarity"] == (
        "A lone statement joins the nearest message if at least this similar to it."
    )
    # a docstring over several lines is kept whole, without its quotes
    assert docs["messages_max"].startswith("Messages the draft aims at, high end:")
    assert docs["messages_max"].endswith("(0: eight times the square root of the sessions).")
    assert '"' not in docs["min_sessions"]
