"""`forum-messages takeaways` writes report records that `draft` reads and marks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from forum_messages.cli import main
from forum_messages.config import resolve_settings
from forum_messages.errors import ConfigError
from forum_messages.export.common import Index
from forum_messages.export.jsonread import load_draft_json
from forum_messages.ingest import validate_reports
from forum_messages.synth.settings import keep_transcripts

DATA = Path(__file__).parent / "data"
REPORT = {
    "session": "WS #20",
    "title": "Rural connectivity",
    "language": "en",
    "key_takeaways": [
        "Spectrum licence fees keep community networks out of rural villages.",
        "Backhaul prices are the largest cost of small rural networks.",
    ],
    "calls_to_action": ["Regulators should license community networks at low cost."],
}


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("takeaways") / "reports.jsonl"
    code = main(["takeaways", str(DATA / "ws7.txt"), "-o", str(out), "--embedder", "hash"])
    assert code == 0
    return out


def test_records_are_marked_and_cite_turns(records: Path) -> None:
    lines = records.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["session"] == "WS #7" and record["source"] == "transcript"
    assert record["transcript"] == "ws7.txt" and record["language"] == "en"
    items = record["key_takeaways"] + record["calls_to_action"]
    cites = record["turns"]["key_takeaways"] + record["turns"]["calls_to_action"]
    assert items and len(cites) == len(items)
    assert all(c and all(set(x) == {"speaker", "turn", "text"} for x in c) for c in cites)
    # each cited turn carries what its speaker said there, as the transcript reads
    from forum_messages.ingest.transcript import read_transcript

    said = {t.position: (t.speaker, t.text) for t in read_transcript(DATA / "ws7.txt").turns}
    assert all(said[x["turn"]] == (x["speaker"], x["text"]) for c in cites for x in c)
    report = validate_reports([records])
    assert not report.problems
    assert report.corpus.sessions[0].source == "transcript"
    read = report.corpus.statements
    assert all(st.turns and st.turns[0].text == said[st.turns[0].turn][1] for st in read)


@pytest.mark.parametrize(
    "turns",
    [
        {"key_takeaways": "turn 3"},
        {"key_takeaways": [[{"speaker": "ANA", "turn": 2}]]},  # one list for two items
        {"key_takeaways": [[{"speaker": "ANA", "turn": 0}], []]},
        {"key_takeaways": [[{"speaker": "ANA", "turn": 2, "text": 5}], []]},
        {"key_takeaways": [["ANA"], []]},
    ],
)
def test_bad_citations_name_the_field(turns: object, tmp_path: Path) -> None:
    path = tmp_path / "drafted.json"
    record = REPORT | {"source": "transcript", "turns": turns}
    path.write_text(json.dumps(record, indent=1), encoding="utf-8")
    problems = validate_reports([path]).problems
    assert problems and all(p.field == "turns" and p.file == str(path) for p in problems)
    assert all(p.line == 13 for p in problems), [str(p) for p in problems]


def test_draft_marks_transcript_statements(records: Path, tmp_path: Path) -> None:
    other = tmp_path / "written.json"
    other.write_text(json.dumps(REPORT), encoding="utf-8")
    out = tmp_path / "out"
    args = ["draft", str(records), str(other), "-e", "minimal", "--embedder", "hash"]
    assert main([*args, "-o", str(out), "--format", "json,md"]) == 0
    data = json.loads((out / "messages.json").read_text(encoding="utf-8"))
    sources = {s["code"]: s.get("source", "report") for s in data["sessions"]}
    assert sources == {"WS #7": "transcript", "WS #20": "report"}
    drafted = [s for s in data["statements"] if s.get("machine_drafted")]
    assert drafted and {s["session"] for s in drafted} == {"WS #7"}
    assert data["ledger"]["transcript_statements"] == len(drafted)
    draft = load_draft_json(out / "messages.json")
    assert draft.ledger.transcript_statements == len(drafted)
    index = Index.of(draft)
    assert index.source_label("WS #7", "fr").endswith(
        "(rédigé automatiquement d'après la transcription)"
    )
    assert index.source_label("WS #20", "en") == "WS #20"
    cited = {ref.session for m in draft.messages() for ref in m.sources}
    if "WS #7" in cited:
        assert "machine-drafted from the transcript" in (out / "messages.md").read_text()


def test_the_transcripts_setting_keeps_them_out(records: Path, tmp_path: Path) -> None:
    other = tmp_path / "written.json"
    other.write_text(json.dumps(REPORT), encoding="utf-8")
    corpus = validate_reports([records, other]).corpus
    assert keep_transcripts(corpus, resolve_settings({}, {})) == corpus
    settings = resolve_settings({}, {"transcripts": "exclude"}, environ={})
    kept = keep_transcripts(corpus, settings)
    assert [s.code for s in kept.sessions] == ["WS #20"]
    assert {st.session for st in kept.statements} == {"WS #20"}
    with pytest.raises(ConfigError):
        resolve_settings({"transcripts": "sometimes"}, {}, environ={})


def test_bad_input_names_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "ws7.txt", tmp_path / "ws7.txt")
    (tmp_path / "ws7.yaml").write_text(
        "session: S7\ntheme: nowhere\norganisers: [{name: X, stakeholder_group: Aliens}]\n",
        encoding="utf-8",
    )
    (tmp_path / "none.srt").write_text("no timings here\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    code = main(["takeaways", str(tmp_path), "-o", str(out), "-e", "igf2025", "--embedder", "hash"])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert "none.srt:1: field 'timing'" in " ".join(err.split())
    assert "ws7.yaml:2: field 'theme'" in " ".join(err.split())
    assert "Traceback" not in err


@pytest.mark.parametrize("order", ["drafted first", "report first"])
def test_a_written_report_wins_over_drafted_takeaways(
    records: Path, tmp_path: Path, order: str
) -> None:
    written = tmp_path / "written.json"
    written.write_text(json.dumps({**REPORT, "session": "WS #7"}), encoding="utf-8")
    paths = [records, written] if order == "drafted first" else [written, records]
    report = validate_reports(paths)
    assert not report.problems
    assert [(s.code, s.source) for s in report.corpus.sessions] == [("WS #7", "report")]
    assert {st.text for st in report.corpus.statements} == {
        *REPORT["key_takeaways"],
        *REPORT["calls_to_action"],
    }
    (warning,) = report.warnings
    assert warning.file == str(records) and "drafted from its transcript" in warning.message


def test_a_folder_without_transcripts_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.jsonl"
    assert main(["takeaways", str(tmp_path), "-o", str(out), "--embedder", "hash"]) == 1
    assert "no transcripts" in capsys.readouterr().err and not out.exists()


def test_a_lone_surrogate_in_a_sidecar_is_dropped_from_the_records(tmp_path: Path) -> None:
    """A sidecar whose title and organiser hold a YAML ``\\ud800`` escape without its pair:
    ``takeaways`` stopped with ``internal error: UnicodeEncodeError`` writing its records.
    The records are written without it."""
    shutil.copy(DATA / "ws7.txt", tmp_path / "ws7.txt")
    side = (DATA / "ws7.yaml").read_text(encoding="utf-8")
    side = side.replace(
        "title: Community networks and the last mile", 'title: "Réseaux\\ud800 communautaires"'
    )
    side = side.replace("name: Rural Connect", 'name: "Сельская\\udc00 связь"')
    assert side.count("\\ud800") + side.count("\\udc00") == 2
    (tmp_path / "ws7.yaml").write_text(side, encoding="utf-8")
    out = tmp_path / "records.jsonl"
    code = main(["takeaways", str(tmp_path / "ws7.txt"), "-o", str(out), "--embedder", "hash"])
    assert code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["title"] == "Réseaux communautaires"
    assert record["organisers"][0]["name"] == "Сельская связь"
