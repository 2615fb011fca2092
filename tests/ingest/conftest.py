"""Shared fixtures for the ingest tests: an edition built in the test, and a file writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from forum_messages.edition import parse_edition
from forum_messages.model import Edition

FIXTURES = Path(__file__).parent / "fixtures"

STAKEHOLDER_GROUPS = [
    "Government",
    "Intergovernmental Organization",
    "Private Sector",
    "Civil Society",
    "Technical Community",
]
REGIONAL_GROUPS = [
    "African Group",
    "Asia-Pacific Group",
    "Eastern European Group",
    "Latin American and Caribbean Group",
    "Western European and Others Group",
]


def make_edition(**overrides: object) -> Edition:
    data: dict[str, object] = {
        "name": {"en": "IGF 2025"},
        "year": 2025,
        "themes": [
            {
                "key": "trust",
                "title": {
                    "en": "Building Digital Trust and Resilience",
                    "fr": "Renforcer la confiance et la résilience numériques",
                },
            },
            {"key": "innovation", "title": "Building Sustainable and Responsible Innovation"},
            {
                "key": "access",
                "title": {
                    "en": "Building Universal Access and Digital Rights",
                    "zh": "实现普遍接入和数字权利",
                },
            },
            {"key": "cooperation", "title": "Building Digital Cooperation"},
        ],
        "stakeholder_groups": STAKEHOLDER_GROUPS,
        "regional_groups": REGIONAL_GROUPS,
    }
    data.update(overrides)
    return parse_edition(data, "test-edition")


@pytest.fixture
def edition() -> Edition:
    return make_edition()


Writer = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """write("a.jsonl", text) -> path; bytes are written as is; folders are created."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode(encoding))
        return path

    return _write
