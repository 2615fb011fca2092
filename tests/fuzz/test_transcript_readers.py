"""Transcripts (captions, WebVTT, SRT), their sidecars and session lists: any input gives a
transcript or a TranscriptError naming its line, metadata or problems naming the file, and the
whole ``takeaways`` run gives records or problems, never an exception."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from forum_messages.errors import Problem
from forum_messages.ingest.fields import KNOWN_FIELDS
from forum_messages.ingest.transcript import Transcript, TranscriptError, read_transcript
from forum_messages.ingest.transcript_meta import Meta, SessionList, find_meta
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.transcript_records import Outcome, draft_transcripts

from .support import bounded, dump, edits, hostile_text, json_values, mutate

DATA = Path(__file__).resolve().parents[1] / "transcripts/data"
TRANSCRIPTS = {
    p.suffix: p.read_bytes()[:4000] for p in sorted(DATA.iterdir()) if p.suffix != ".yaml"
}
SIDECAR = (DATA / "ws7.yaml").read_bytes()
SUFFIXES = [".txt", ".vtt", ".srt"]


DETECTOR = UNLanguageDetector()


def read(path: Path) -> Transcript | TranscriptError:
    def call() -> Transcript | TranscriptError:
        try:
            return read_transcript(path)
        except TranscriptError as exc:
            return exc

    got = bounded(call, str(path))
    assert isinstance(got, Transcript | TranscriptError), got
    if isinstance(got, TranscriptError):
        assert got.message and got.line >= 0, got
    else:
        assert got.turns and all(t.text for t in got.turns), got
    return got


def meta(transcript: Path) -> Meta | None:
    problems: list[Problem] = []
    got = bounded(lambda: find_meta(transcript, None, problems), str(transcript))
    assert got is None or isinstance(got, Meta), got
    assert (got is None) == bool(problems), problems
    names = {str(transcript), str(transcript.with_suffix(".yaml"))}
    for problem in problems:
        assert problem.file in names and problem.message, problem
    return got


@given(suffix=st.sampled_from(SUFFIXES), raw=st.binary(max_size=3000))
@example(suffix=".vtt", raw=b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v >")
@example(suffix=".srt", raw=b"1\n00:00:01,000 --> 00:00:02,000\n\n\n")
def test_random_bytes(tmp_path: Path, suffix: str, raw: bytes) -> None:
    path = tmp_path / f"ws1{suffix}"
    path.write_bytes(raw)
    read(path)


@given(suffix=st.sampled_from(SUFFIXES), changes=edits)
def test_mutated_transcripts(tmp_path: Path, suffix: str, changes: list[Any]) -> None:
    path = tmp_path / f"ws1{suffix}"
    path.write_bytes(mutate(TRANSCRIPTS[suffix], changes))
    read(path)


lines = st.tuples(
    st.sampled_from([">> ", ">> ANA PÉREZ: ", ">> 主持人：", "<v Lina>", "- JO:", "00:01:02", ""]),
    hostile_text,
).map("".join)


@given(suffix=st.sampled_from(SUFFIXES), body=st.lists(lines, max_size=30))
def test_hostile_captions(tmp_path: Path, suffix: str, body: list[str]) -> None:
    head = "WEBVTT\n\n" if suffix == ".vtt" else ""
    path = tmp_path / f"ws1{suffix}"
    path.write_text(head + "\n".join(body), encoding="utf-8", errors="surrogatepass")
    read(path)


@given(raw=st.binary(max_size=2000))
@example(raw=b"session: WS #1\n")  # cut by the comment
@example(raw=b"- session: a\n- session: b\n")
def test_sidecar_random_bytes(tmp_path: Path, raw: bytes) -> None:
    transcript = tmp_path / "ws1.txt"
    transcript.write_bytes(TRANSCRIPTS[".txt"])
    transcript.with_suffix(".yaml").write_bytes(raw)
    meta(transcript)


@given(changes=edits)
def test_mutated_sidecars(tmp_path: Path, changes: list[Any]) -> None:
    transcript = tmp_path / "ws1.txt"
    transcript.write_bytes(TRANSCRIPTS[".txt"])
    transcript.with_suffix(".yaml").write_bytes(mutate(SIDECAR, changes))
    meta(transcript)


fields = st.sampled_from([*KNOWN_FIELDS, "chairs", "transcript", "source"]) | hostile_text


@given(values=st.dictionaries(fields, json_values, max_size=4))
@example(values={"chairs": [None], "session": "WS 1"})
@example(values={"session": "WS 1", "key_takeaways": ["x"]})
def test_sidecars_with_hostile_values(tmp_path: Path, values: dict[str, Any]) -> None:
    transcript = tmp_path / "ws1.txt"
    transcript.write_bytes(TRANSCRIPTS[".txt"])
    transcript.with_suffix(".yaml").write_text(
        yaml.safe_dump(values, allow_unicode=True), encoding="utf-8"
    )
    meta(transcript)


@given(
    listing=st.lists(st.dictionaries(fields, json_values, max_size=4), max_size=3),
    form=st.sampled_from(["json", "yaml"]),
)
def test_session_lists_with_hostile_values(
    tmp_path: Path, listing: list[dict[str, Any]], form: str
) -> None:
    path = tmp_path / f"sessions.{form}"
    text = dump(listing) if form == "json" else yaml.safe_dump(listing, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    got = bounded(lambda: SessionList.load(path, problems), str(path))
    assert isinstance(got, SessionList)
    assert all(p.file == str(path) and p.message for p in problems), problems


@given(
    suffix=st.sampled_from(SUFFIXES),
    changes=edits,
    sidecar=st.sampled_from([None, "mutated", "valid"]),
)
def test_the_whole_takeaways_run(
    tmp_path: Path, suffix: str, changes: list[Any], sidecar: str | None
) -> None:
    """What ``forum-messages takeaways`` does with a damaged transcript and sidecar: records,
    or problems naming the files, never an exception; nothing is half done (a record only
    when there is no problem for its transcript)."""
    transcript = tmp_path / f"ws1{suffix}"
    transcript.write_bytes(mutate(TRANSCRIPTS[suffix], changes))
    if sidecar is not None:
        raw = mutate(SIDECAR, changes) if sidecar == "mutated" else SIDECAR
        transcript.with_suffix(".yaml").write_bytes(raw)
    names = {str(transcript), str(transcript.with_suffix(".yaml"))}
    run = bounded(
        lambda: draft_transcripts([transcript], HashEmbedder(), DETECTOR), str(transcript)
    )
    assert isinstance(run, Outcome), run
    assert all(p.file in names and p.message for p in run.problems), run.problems
    assert not (run.records and run.problems), run
    assert run.records or run.problems
