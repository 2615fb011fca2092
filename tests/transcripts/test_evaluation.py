"""Scoring drafted takeaways against written ones, with calibrated threshold and baselines."""

from __future__ import annotations

import shutil
from pathlib import Path

from forum_messages.evaluation.transcripts import (
    calibrate,
    evaluate_transcripts,
    is_transcript_material,
    match,
)
from forum_messages.nlp.base import HashEmbedder

DATA = Path(__file__).parent / "data"


def test_calibration_splits_known_pairs() -> None:
    pairs = [
        ("open spectrum for villages", "open spectrum for villages now", True),
        ("fund rural networks", "fund rural networks today", True),
        ("open spectrum for villages", "deepfakes spread before elections", False),
        ("fund rural networks", "teach media literacy in schools", False),
    ]
    threshold, accuracy = calibrate(pairs, HashEmbedder())
    assert accuracy == 1.0
    emb = HashEmbedder()
    for a, b, same in pairs:
        sim = float((emb.embed([a]) @ emb.embed([b]).T)[0, 0])
        assert (sim >= threshold) == same


def test_match_shares() -> None:
    emb = HashEmbedder()
    written = ["open spectrum for villages", "fund rural networks"]
    got, stray = match(["open spectrum for villages", "a song about the sea"], written, emb, 0.9)
    assert (got, stray) == (0.5, 0.5)
    assert match([], written, emb, 0.9) == (0.0, 0.0)


def _material(folder: Path, answers: str) -> None:
    """A folder with the test transcript ws7, its sidecar, ``answers`` and two pairs."""
    for name in ("ws7.txt", "ws7.yaml"):
        shutil.copy(DATA / name, folder / name)
    (folder / "answers.yaml").write_text(answers, encoding="utf-8")
    (folder / "pairs.yaml").write_text(
        "pairs:\n"
        "  - {a: fund rural networks, b: fund rural networks now, same: true}\n"
        "  - {a: fund rural networks, b: deepfakes spread fast, same: false}\n",
        encoding="utf-8",
    )


def test_evaluation_runs_on_a_folder(tmp_path: Path) -> None:
    _material(
        tmp_path,
        "transcripts:\n"
        "  - file: ws7.txt\n"
        "    key_takeaways: [Spectrum licence fees are out of reach for rural operators.]\n"
        "    calls_to_action: [Universal service funds must finance community networks.]\n",
    )
    assert is_transcript_material(tmp_path) and not is_transcript_material(DATA)
    ev = evaluate_transcripts(tmp_path, HashEmbedder())
    assert ev.counts == {"transcripts": 1, "reports": 1, "written_items": 2}
    tasks = {r.task for r in ev.rows}
    assert tasks == {"ws7 (en, 229 words)", "all transcripts"}
    for r in ev.rows:
        assert set(r.baselines) == {"first_sentences", "central"}
        assert 0.0 <= r.ours <= 1.0
    assert 0.0 < float(ev.params["threshold"]) < 1.0  # type: ignore[arg-type]


def test_shipped_material_is_complete() -> None:
    from importlib import resources

    from forum_messages.evaluation.transcripts import load_pairs, load_written
    from forum_messages.ingest.transcript import read_transcript
    from forum_messages.ingest.transcript_meta import sidecar_of

    folder = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    folder = folder / "transcripts"
    written = load_written(folder)
    languages = set()
    for w in written:
        assert sidecar_of(w.file) is not None
        assert 5 <= len(w.items) <= 9
        t = read_transcript(w.file)
        assert t.words >= (2500 if "held out" in w.note else 7500) and len(t.speakers()) >= 6
        assert any(turn.chair for turn in t.turns)
        languages.add(w.file.name[:2])
    assert languages == {"en", "es", "fr", "zh", "ru", "ar"}
    pairs = load_pairs(folder)
    assert sum(p[2] for p in pairs) == sum(not p[2] for p in pairs) >= 15


def test_held_out_reports_are_totalled_apart(tmp_path: Path) -> None:
    _material(
        tmp_path,
        "transcripts:\n"
        "  - file: ws7.txt\n"
        "    key_takeaways: [Spectrum licence fees are out of reach for rural operators.]\n"
        "  - file: ws7.txt\n"
        "    note: held out\n"
        "    key_takeaways: [Universal service funds must finance community networks.,\n"
        "                    Deepfakes spread faster than corrections.]\n",
    )
    ev = evaluate_transcripts(tmp_path, HashEmbedder())
    matched = {r.task: r for r in ev.rows if r.metric.startswith("written matched")}
    assert set(matched) == {
        "ws7 (en, 229 words)",
        "ws7 (en, 229 words); held out",
        "all transcripts",
        "development transcripts",
        "held-out transcripts",
    }
    dev, held = matched["development transcripts"], matched["held-out transcripts"]
    assert dev.ours == matched["ws7 (en, 229 words)"].ours
    assert held.ours == matched["ws7 (en, 229 words); held out"].ours
    # the whole is the mean of the parts weighted by their written items (1 and 2)
    assert abs(matched["all transcripts"].ours - (dev.ours + 2 * held.ours) / 3) < 1e-3
