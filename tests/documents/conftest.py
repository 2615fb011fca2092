"""Shared helpers for the document tests: a file writer, a small hand-built draft, and the
evaluation documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from forum_messages.model import (
    Draft,
    DraftTheme,
    Edition,
    Frameworks,
    Ledger,
    Message,
    ThemeSpec,
    Topic,
)

EVALUATION = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/evaluation"
HOSTILE = (
    "Stop <script>alert(1)</script> | pipes | *stars* _under_ `code` [x](javascript:y) &amp; #"
)

Writer = Callable[[str, str], Path]


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write


def _ledger() -> Ledger:
    return Ledger(1, 1, 0, {}, {}, {}, None)


def _message(mid: str, text: str, lang: str = "en") -> Message:
    return Message(mid, text, lang, lang == "en", (), (), _ledger())


def make_draft() -> Draft:
    edition = Edition(
        name={"en": "Test Forum 2025"},
        year=2025,
        language="en",
        themes=(ThemeSpec("trust", {"en": "Digital Trust"}), ThemeSpec("access", {"en": "Access"})),
    )
    trust = DraftTheme(
        key="trust",
        title="Building Digital Trust and Resilience",
        description="Trust and resilience underpin the digital economy.",
        issue_areas=("cybersecurity", "information integrity"),
        frameworks=Frameworks(gdc=("3",), wsis=("C5",), sdg=("9", "16")),
        topics=(
            Topic(
                "t1",
                "Cyber capacity building",
                (),
                (
                    _message("m1", "Countries need sustained support for national CERTs."),
                    _message("m2", "1. Numbered-looking text is kept as written."),
                ),
            ),
            Topic("t2", "Platforms & *information* integrity", (), (_message("m3", HOSTILE),)),
        ),
        ledger=_ledger(),
    )
    access = DraftTheme(
        key="access",
        title="Building Universal Access and Digital Rights",
        description="",
        issue_areas=(),
        frameworks=Frameworks(sdg=("9",)),
        topics=(
            Topic("t3", "Community networks", (), (_message("m4", "应加强区域合作。", "zh"),)),
        ),
        ledger=_ledger(),
    )
    return Draft(edition, "en", (trust, access), (), (), (), _ledger(), ())


@pytest.fixture
def draft() -> Draft:
    return make_draft()
