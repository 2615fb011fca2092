"""The same two reports written in every format give the same Corpus (ids, texts, organisers)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from forum_messages.ingest import load_reports
from forum_messages.model import Corpus, Location, Organiser

from .conftest import FIXTURES, make_edition

SAME = FIXTURES / "equivalent"
FORMS = [
    "sessions.jsonl",
    "sessions.json",
    "sessions.yaml",
    "sessions.csv",
    "sessions.tsv",
    "csv_numbered",
    "markdown",
]


def without_locations(corpus: Corpus) -> Corpus:
    nowhere = Location("")
    return Corpus(
        tuple(dataclasses.replace(s, location=nowhere) for s in corpus.sessions),
        tuple(dataclasses.replace(s, location=nowhere) for s in corpus.statements),
    )


@pytest.fixture(scope="module")
def reference() -> Corpus:
    return load_reports([SAME / "sessions.jsonl"], make_edition())


def test_reference_corpus_is_what_the_record_says(reference: Corpus) -> None:
    ws, nri = reference.sessions
    assert ws.code == "WS #12" and ws.kind == "session" and ws.type == "Workshop"
    assert ws.theme == "trust" and ws.language == "en"
    assert ws.organisers == (
        Organiser("Amina Odhiambo", "Civil Society", "African Group", "Kenya"),
        Organiser("Li Wei", "Technical Community", "Asia-Pacific Group", "China"),
    )
    assert (nri.code, nri.kind, nri.type, nri.nri_kind) == (
        "IGF Sénégal",
        "nri",
        "NRI report",
        "national",
    )
    assert (nri.country, nri.region, nri.language, nri.theme) == (
        "Sénégal",
        "African Group",
        "fr",
        None,
    )
    kinds = [(s.session, s.kind, s.index) for s in reference.statements]
    assert kinds == [
        ("WS #12", "key_takeaway", 0),
        ("WS #12", "key_takeaway", 1),
        ("WS #12", "key_takeaway", 2),
        ("WS #12", "call_to_action", 0),
        ("WS #12", "call_to_action", 1),
        ("IGF Sénégal", "nri_message", 0),
        ("IGF Sénégal", "nri_message", 1),
    ]
    ids = [s.id for s in reference.statements]
    assert len(set(ids)) == len(ids)  # the repeated takeaway has its own id
    assert all(re.fullmatch(r"st-[0-9a-f]{12}", i) for i in ids)
    assert reference.statements[0].text == reference.statements[2].text
    assert all(s.theme == "trust" and s.language == "en" for s in reference.statements[:5])
    assert all(s.theme is None and s.language == "fr" for s in reference.statements[5:])
    assert "1. design, 2. deploy." in reference.statements[1].text  # numbering kept


@pytest.mark.parametrize("form", FORMS)
def test_every_format_gives_the_same_corpus(form: str, reference: Corpus) -> None:
    corpus = load_reports([SAME / form], make_edition())
    assert without_locations(corpus) == without_locations(reference)


@pytest.mark.parametrize("form", FORMS)
def test_locations_point_into_the_file(form: str) -> None:
    corpus = load_reports([SAME / form], make_edition())
    locations = [s.location for s in corpus.sessions] + [s.location for s in corpus.statements]
    for location in locations:
        assert Path(location.file).exists()
        assert location.line >= 1
