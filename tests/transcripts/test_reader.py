"""Reading transcripts: captions, WebVTT, SRT and summaries; metadata; bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.errors import Problem
from forum_messages.ingest.transcript import (
    TranscriptError,
    clean_caption,
    parse_transcript,
    read_transcript,
)
from forum_messages.ingest.transcript_meta import SessionList, find_meta

DATA = Path(__file__).parent / "data"


def test_captions_turns_speakers_chairs_and_noise() -> None:
    t = read_transcript(DATA / "ws7.txt")
    assert t.format == "captions"
    assert [turn.speaker for turn in t.turns] == [
        "MODERATOR",
        "ANA PEREZ",
        "DAVID OSEI",
        "MODERATOR",
        "LINA HASSAN",
        "ANA PEREZ",
        "MODERATOR",
    ]
    assert [turn.chair for turn in t.turns] == [True, False, False, True, False, False, True]
    assert [turn.position for turn in t.turns] == list(range(1, 8))
    text = " ".join(turn.text for turn in t.turns)
    for noise in ("RAW FILE", "CART", "verbatim", "10:02", "(Applause)", "(Inaudible)", "the the"):
        assert noise not in text
    assert t.turns[1].line == 7  # where the turn starts in the file
    assert t.speakers() == ["MODERATOR", "ANA PEREZ", "DAVID OSEI", "LINA HASSAN"]


def test_chairs_from_metadata() -> None:
    t = read_transcript(DATA / "ws7.txt", chairs=("Lina Hassan",))
    assert [turn.chair for turn in t.turns if turn.speaker == "LINA HASSAN"] == [True]


def test_webvtt_voices_cue_ids_and_timings() -> None:
    t = read_transcript(DATA / "ws8.vtt")
    assert t.format == "vtt"
    assert [(turn.speaker, turn.chair) for turn in t.turns] == [
        ("Modératrice", True),
        ("Paul Martin", False),
        ("Paul Martin", False),
        ("Chloé Durand", False),
    ]
    assert t.turns[2].text == "Il faut que les fonds de service universel les financent."
    assert t.turns[3].text == "Les techniciens formés au village font vivre le réseau."
    assert all("-->" not in turn.text and "NOTE" not in turn.text for turn in t.turns)


def test_srt_joins_lines_of_a_cue_and_drops_directions() -> None:
    t = read_transcript(DATA / "ws9.srt")
    assert t.format == "srt"
    assert [turn.speaker for turn in t.turns] == ["MODERADORA", "LUIS GÓMEZ", "SOFÍA RUIZ"]
    assert t.turns[0].chair and not t.turns[1].chair
    assert t.turns[1].text == (
        "Las redes comunitarias necesitan espectro a precios accesibles para las cooperativas "
        "rurales."
    )
    assert "Risas" not in " ".join(turn.text for turn in t.turns)


def test_a_file_without_turns_is_a_summary() -> None:
    t = read_transcript(DATA / "summary.txt")
    assert t.format == "summary"
    assert [turn.speaker for turn in t.turns] == ["", "", ""]
    assert t.turns[1].text.startswith("Speakers agreed that shared digital identity")
    assert "#" not in " ".join(turn.text for turn in t.turns)


def test_chinese_turns_with_full_width_colon() -> None:
    t = parse_transcript(
        ">> 主持人：欢迎各位。\n>> 王芳：数据跨境流动\n需要明确的规则。\n", "x.txt"
    )
    assert [(turn.speaker, turn.chair) for turn in t.turns] == [("主持人", True), ("王芳", False)]
    assert t.turns[1].text == "数据跨境流动需要明确的规则。"


def test_clean_caption() -> None:
    assert clean_caption("we we need to to act (Inaudible) now") == "we need to act now"
    assert (
        clean_caption("I -- I think the GDPR (GDPR) matters") == "I think the GDPR (GDPR) matters"
    )
    assert clean_caption("[Laughter] 掌声（掌声）好") == "掌声好"


def test_a_long_sentence_with_a_colon_is_not_a_name() -> None:
    t = parse_transcript(
        ">> ANA: Hello.\n>> and then the minister said something important to all of us: act now\n",
        "x.txt",
    )
    assert t.turns[1].speaker == ""
    assert t.turns[1].text.endswith("to all of us: act now")


@pytest.mark.parametrize(
    ("name", "text", "line", "field", "words"),
    [
        ("a.vtt", "1\n00:00:01.000 --> 00:00:02.000\nhello\n", 1, "header", "WEBVTT"),
        (
            "b.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n00:00 --> soon\nx\n",
            6,
            "timing",
            "",
        ),
        ("c.srt", "just some text\n", 1, "timing", "timing lines"),
        ("d.txt", "RAW FILE\n10:00 AM\n(Applause)\n", 0, "", "no speech"),
    ],
)
def test_bad_transcripts_name_line_and_field(
    tmp_path: Path, name: str, text: str, line: int, field: str, words: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert (caught.value.line, caught.value.field) == (line, field)
    assert words in caught.value.message


def test_metadata_from_sidecar_and_session_list(tmp_path: Path) -> None:
    problems: list[Problem] = []
    meta = find_meta(DATA / "ws7.txt", None, problems)
    assert meta is not None and not problems
    assert meta.record.data["session"] == "WS #7"
    listing = tmp_path / "sessions.yaml"
    listing.write_text(
        "- {session: 'OF #3', transcript: ws9.srt, chairs: [Luis Gómez]}\n"
        "- {session: 'WS #8', title: Réseaux}\n",
        encoding="utf-8",
    )
    sessions = SessionList.load(listing, problems)
    by_name = find_meta(DATA / "ws9.srt", sessions, problems)
    by_code = find_meta(DATA / "ws8.vtt", sessions, problems)
    assert not problems
    assert by_name is not None and by_name.chairs == ("Luis Gómez",)
    assert "chairs" not in by_name.record.data
    assert by_code is not None and by_code.record.data["title"] == "Réseaux"


def test_missing_and_bad_metadata(tmp_path: Path) -> None:
    problems: list[Problem] = []
    (tmp_path / "x.txt").write_text(">> A: Hello there.\n", encoding="utf-8")
    assert find_meta(tmp_path / "x.txt", None, problems) is None
    assert problems[-1].file.endswith("x.txt") and "x.yaml" in problems[-1].message
    (tmp_path / "x.yaml").write_text("session: S1\nchairs: {a: 1}\n", encoding="utf-8")
    assert find_meta(tmp_path / "x.txt", None, problems) is None
    assert (problems[-1].line, problems[-1].field) == (2, "chairs")
    (tmp_path / "x.yaml").write_text("session: S1\nkey_takeaways: [a]\n", encoding="utf-8")
    assert find_meta(tmp_path / "x.txt", None, problems) is None
    assert (problems[-1].line, problems[-1].field) == (2, "key_takeaways")


@pytest.mark.parametrize(
    ("chair", "speaker", "text"),
    [
        ("MODERATOR", "ANA", "Open data helps small firms."),
        ("MODÉRATRICE", "PAUL", "Les données ouvertes aident les petites entreprises."),
        ("MODERADOR", "LUIS", "Los datos abiertos ayudan a las pequeñas empresas."),
        ("الميسر", "سارة", "البيانات المفتوحة تساعد الشركات الصغيرة."),
        ("Модератор", "Иван", "Открытые данные помогают малому бизнесу."),
        ("主持人", "王芳", "开放数据帮助小企业。"),
    ],
)
def test_chairs_and_speakers_in_six_languages(chair: str, speaker: str, text: str) -> None:
    t = parse_transcript(f">> {chair}: (Applause) 10:00\n>> {speaker}: {text}\n", "x.txt")
    assert [(turn.speaker, turn.chair) for turn in t.turns] == [(chair, True), (speaker, False)]
    assert t.turns[1].text == text
