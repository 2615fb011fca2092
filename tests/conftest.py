"""Shared fixtures: the real embedder is loaded once per test run."""

from __future__ import annotations

import pytest

from forum_messages.edition import parse_edition
from forum_messages.model import Edition


@pytest.fixture(scope="session")
def use_embedder():  # type: ignore[no-untyped-def]
    from forum_messages.nlp.use import USEEmbedder

    emb = USEEmbedder()
    emb.load()
    return emb


@pytest.fixture(scope="session")
def small_edition() -> Edition:
    return parse_edition(
        {
            "name": "Test Forum 2025",
            "year": 2025,
            "language": "en",
            "themes": [
                {
                    "key": "trust",
                    "title": {"en": "Digital Trust", "zh": "数字信任"},
                    "description": "Cybersecurity, online safety, incident response and trust.",
                },
                {
                    "key": "access",
                    "title": {"en": "Universal Access", "zh": "普遍接入"},
                    "description": "Affordable connectivity, community networks, inclusion.",
                },
            ],
            "global_south": {"regions": ["African Group", "Asia-Pacific Group"]},
        }
    )
