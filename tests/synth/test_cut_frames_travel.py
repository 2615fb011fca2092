"""The frame the kinds step cuts before a point travels with the point to the message text
(``kinds.sentence_reading``, ``Kind.cuts``, ``kinds.voiced(..., cut)``): nothing is kept
between editions. Two editions whose statements share a point written after different frames
("Los participantes recordaron que X, y pidieron que Y", where the second verb agrees with the
frame, and "Se recordó que X, y pidieron que Y", where it does not) are drafted one after the
other in one process, and each gives what it gives drafted alone in a fresh process."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from forum_messages.model import Corpus, Location, Organiser, Session, Statement
from forum_messages.synth import kinds
from forum_messages.synth.text import clean_sentence

from .helpers import voiced_point

POINT = (
    "los comedores escolares cierran en la temporada seca, y pidieron que el distrito pague a "
    "las cocineras todo el año."
)
#: the frame's verb agrees with the second clause's: the second clause is a sentence of its own
AGREES = "Los participantes recordaron que " + POINT
#: an impersonal frame: "pidieron" has no subject the text could name, the sentence stays
IMPERSONAL = "Se recordó que " + POINT
#: what the message text states for AGREES
SPLIT = (
    "Los comedores escolares cierran en la temporada seca. El distrito debería pagar a las "
    "cocineras todo el año."
)


def test_each_sentence_reads_its_own_frame_in_either_order(fresh: None) -> None:
    assert clean_sentence(AGREES, "es") == SPLIT
    assert clean_sentence(IMPERSONAL, "es") == IMPERSONAL
    kinds.clear_caches()
    assert clean_sentence(IMPERSONAL, "es") == IMPERSONAL
    assert clean_sentence(AGREES, "es") == SPLIT
    # the same through the kinds step's reading of a whole statement
    assert voiced_point(IMPERSONAL, "es").endswith(
        "y pidieron que el distrito pague a las cocineras todo el año."
    )
    assert voiced_point(AGREES, "es") == SPLIT


def test_the_frame_cut_is_part_of_the_reading(fresh: None) -> None:
    kind, point, _attribution, cut = kinds.sentence_reading(AGREES, "es")
    assert (kind, cut) == ("framed", "Los participantes recordaron que ")
    assert point == POINT[0].upper() + POINT[1:]
    assert kinds.sentence_reading(IMPERSONAL, "es")[3] == "Se recordó que "
    read = kinds.classify(AGREES + " Las familias no pueden pagar el almuerzo.", "es")
    assert read.cuts == ((point, "Los participantes recordaron que "),)
    assert kinds.sentence_reading("Las familias no pueden pagar el almuerzo.", "es")[3] == ""
    # a point's text read with no frame given is read as written
    assert kinds.voiced(point, "es") == point
    assert kinds.voiced(point, "es", "Los participantes recordaron que ") == SPLIT


def _corpus(frame: str, tag: str) -> Corpus:
    """Three sessions of one edition, each making the point after ``frame``."""
    sessions = []
    statements = []
    others = (
        "Las familias rurales no pueden pagar el almuerzo de sus hijos.",
        "Las escuelas rurales necesitan cocinas con gas y agua corriente.",
        "Los huertos escolares dan verduras frescas a los comedores.",
    )
    for line, code in enumerate((f"{tag}-1", f"{tag}-2", f"{tag}-3"), 1):
        sessions.append(
            Session(
                code=code,
                title=f"Comedores escolares {code}",
                type="Workshop",
                theme="access",
                language="es",
                organisers=(Organiser("A. Persona", "Civil Society", "African Group", None),),
                location=Location(f"{tag}.jsonl", line),
            )
        )
        for i, text in enumerate((frame + POINT, others[line - 1])):
            sid = "st-" + hashlib.sha256(f"{code}|{i}|{text}".encode()).hexdigest()[:12]
            statements.append(
                Statement(sid, code, "key_takeaway", i, text, "es", "access", Location("t", line))
            )
    return Corpus(tuple(sessions), tuple(statements))


def draft_markdown(frame: str, tag: str) -> str:
    """The Markdown of a small Spanish edition drafted with the fake embedder."""
    from forum_messages.edition import parse_edition
    from forum_messages.export import render_bytes
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    edition = parse_edition(
        {
            "name": "Foro de prueba 2025",
            "year": 2025,
            "language": "es",
            "themes": [
                {
                    "key": "access",
                    "title": {"es": "Acceso universal", "en": "Universal Access"},
                    "description": "Conectividad asequible, escuelas rurales, inclusión.",
                }
            ],
        }
    )
    components = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
    draft = run_pipeline(_corpus(frame, tag), edition, Settings(), components=components)
    return render_bytes(draft, "md").decode("utf-8")


def _alone(frame: str, tag: str) -> str:
    """``draft_markdown`` in a fresh Python process."""
    here = Path(__file__).resolve().parent
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from synth.test_cut_frames_travel import draft_markdown; "
        "sys.stdout.write(draft_markdown(sys.argv[2], sys.argv[3]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(here.parent), frame, tag],
        capture_output=True,
        check=True,
        encoding="utf-8",
    )
    return done.stdout


@pytest.mark.parametrize("order", [("agrees", "impersonal"), ("impersonal", "agrees")])
def test_two_editions_in_one_process_draft_as_each_alone(
    fresh: None, order: tuple[str, str]
) -> None:
    frames = {"agrees": "Los participantes recordaron que ", "impersonal": "Se recordó que "}
    in_turn = {name: draft_markdown(frames[name], name) for name in order}
    for name in order:
        assert in_turn[name] == _alone(frames[name], name), name
    # the point reached the text of both drafts, each with its own frame's reading
    assert "El distrito debería pagar a las cocineras" in in_turn["agrees"]
    assert "y pidieron que el distrito pague" in in_turn["impersonal"]
    assert "El distrito debería pagar" not in in_turn["impersonal"]
