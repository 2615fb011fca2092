"""docs/documents.md documents every option, every file type and every kind of repair."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from forum_messages.documents.commands import register
from forum_messages.documents.importer import FORMATS
from forum_messages.documents.model import REPAIR_KINDS

SRC = Path(__file__).resolve().parents[2] / "src" / "forum_messages" / "documents"
DOC = (Path(__file__).resolve().parents[2] / "docs" / "documents.md").read_text(encoding="utf-8")


def test_every_option_is_documented() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    names = register(sub)
    assert set(names) == {"import-messages", "compare"}
    for name, command in sub.choices.items():
        assert f"forum-messages {name}" in DOC
        for action in command._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert f"`{flag}`" in DOC, (name, flag)


def test_every_file_type_is_documented() -> None:
    for ending in FORMATS:
        assert f"`{ending}`" in DOC, ending


def test_every_repair_kind_is_documented_and_declared() -> None:
    for kind in REPAIR_KINDS:
        assert f"| `{kind}` |" in DOC, kind
    source = "".join(p.read_text(encoding="utf-8") for p in SRC.glob("*.py"))
    used = set(re.findall(r'Repair\(\s*"(\w+)"', source))
    assert used == set(REPAIR_KINDS)
