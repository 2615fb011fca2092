"""docs/web.md documents every command and every setting of the site."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from forum_messages.web import commands, settings

DOC = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    handlers = commands.register(argparse.ArgumentParser().add_subparsers())
    for name in handlers:
        assert f"forum-messages {name}" in DOC or f"`{name}`" in DOC, name


def test_every_setting_is_documented() -> None:
    names = set(re.findall(r"\b(FORUM_MESSAGES_[A-Z_]+|DATABASE_URL)\b", settings.__doc__ or ""))
    names |= set(re.findall(r'"(FORUM_MESSAGES_[A-Z_]+)"', Path(settings.__file__).read_text()))
    assert names
    missing = sorted(n for n in names if f"`{n}`" not in DOC)
    assert not missing, missing
