"""Read session transcripts: live captions (plain text), WebVTT and SRT subtitle files.

A transcript becomes a :class:`Transcript`: numbered speaker turns, each with the speaker's
name as captioned and whether the speaker chairs the session (moderator, chair, host), and the
text with the caption noise removed: the caption service's disclaimer, timing lines and cue
numbers, stage directions such as "(Applause)" or "(Inaudible)", and the words live captioning
repeats ("the the", "we -- we").

Turns start at ``>> NAME:`` (or ``>>`` alone: a new, unnamed speaker), at a WebVTT voice tag
``<v NAME>``, or at a subtitle line ``- NAME:``. A file without any of these is a third-person
summary of the session: each paragraph is one turn without a speaker.

Session metadata (code, title, theme, language, organisers, who chairs) comes from
:mod:`forum_messages.ingest.transcript_meta`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from forum_messages.errors import Problem
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.text import clean_text, decode
from forum_messages.limits import InputTooLarge, read_input

#: File suffixes read as transcripts.
TRANSCRIPT_SUFFIXES: tuple[str, ...] = (".txt", ".vtt", ".srt")
MAX_TRANSCRIPT_BYTES = 20_000_000

_TIMING = re.compile(
    r"^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*(?:[AaPp]\.?[Mm]\.?)?\]?\)?"
    r"(?:\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?.*)?\s*$"
)
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_TURN = re.compile(r"^\s*>>\s*(?:(?P<name>[^:：>?!。]{1,60}?)\s*(?::(?!\S)|：))?\s*(?P<text>.*)$")
_VOICE = re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+(?P<name>[^>]{1,80})>\s*(?P<text>.*)$")
_DASH_TURN = re.compile(r"^\s*[-–]\s*(?P<name>[A-Z][A-Z .'’-]{1,60})\s*:\s*(?P<text>.*)$")
_TAGS = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[^>]*>")
# Stage directions, in the six languages: "(Applause)", "[Laughter]", "(Speaking Spanish)".
_DIRECTION_WORDS = (
    r"applause|applauding|laughter|laughs|inaudible|indiscernible|unintelligible|crosstalk|"
    r"cross-talk|off mic|off-mic|no audio|audio (?:cuts out|breaks up|lost)|silence|pause|music|"
    r"video(?: plays| playing)?|break|recess|background noise|speaking (?:in )?\w+|"
    r"speaks (?:in )?\w+|interpret\w*|captioner\w*|technical difficulties|muted|end of session|"
    r"session (?:ends|concluded)|applaudissements|rires|inaudible|silence|musique|pause|"
    r"aplausos|risas|inaudible|ininteligible|silencio|música|pausa|аплодисменты|смех|"
    r"неразборчиво|пауза|музыка|掌声|笑声|听不清|无法听清|音乐|停顿|تصفيق|ضحك|غير مسموع|"
    r"صمت|موسيقى"
)
_DIRECTION = re.compile(
    rf"[(\[（【]\s*(?:{_DIRECTION_WORDS})(?:[\s,;.:]+[^()\[\]（）【】]{{0,40}})?\s*[)\]）】]",
    re.IGNORECASE,
)
# The caption service's disclaimer ("This text, document, or file is based on live
# transcription. Communication Access Realtime Translation (CART), captioning, and/or live
# transcription are provided in order to facilitate communication accessibility and may not be a
# totally verbatim record of the proceedings ...").
_DISCLAIMER = re.compile(
    r"based on live transcription|realtime translation|real-time translation|\bCART\b|"
    r"not be a totally verbatim|verbatim record|communication accessibility|"
    r"rough draft (?:format|transcript)|raw (?:file|transcript|captioning)|"
    r"transcription en direct|transcripción en (?:vivo|directo)|subtitulado en vivo|"
    r"синхронн\w* расшифровк|прямой транскрипци|实时(?:字幕|转录|转写)|非逐字|"
    r"النسخ المباشر|ليست نسخة حرفية",
    re.IGNORECASE,
)
# Live-captioning repeats: "the the", "we we we", "I -- I", "we, we".
_REPEAT = re.compile(r"\b(\w+)(?:(?:\s*(?:--|—|–|,|\.\.\.)\s*|\s+)\1\b)+", re.IGNORECASE)
_BEFORE_STOP = re.compile(r"\s+([.,。，])")
_DASHES = re.compile(r"\s+--\s+|\s+-\s+(?=\w)")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")
#: Speaker names that chair the session, in the six languages.
CHAIR_NAMES = re.compile(
    r"\b(?:moderat\w*|chair\w*|co-chair\w*|host|facilitator|mc|master of ceremonies|"
    r"présidente?|animat(?:eur|rice)|modérat(?:eur|rice)|moderador[a]?|presidente?|"
    r"relator[a]?|модератор\w*|ведущ\w*|председател\w*)\b|主持人?|会议主席|"
    r"(?:الميسر|المنسق|مدير الجلسة|رئيس الجلسة|رئيسة الجلسة|مديرة الجلسة)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: ``position`` counts turns from 1; ``line`` is where it starts."""

    position: int
    speaker: str
    chair: bool
    text: str
    line: int


@dataclass(frozen=True)
class Transcript:
    file: str
    format: str  # captions | vtt | srt | summary
    turns: tuple[Turn, ...]

    @property
    def words(self) -> int:
        """Words spoken: Latin-script words, plus each Chinese character as one."""
        return sum(
            len(_HAN.findall(t.text)) + len(_HAN.sub(" ", t.text).split()) for t in self.turns
        )

    def speakers(self) -> list[str]:
        return list(dict.fromkeys(t.speaker for t in self.turns if t.speaker))


class TranscriptError(SourceProblem):
    """A transcript that cannot be read (names its line)."""


def read_transcript(path: Path, chairs: tuple[str, ...] = ()) -> Transcript:
    """The transcript in ``path``; ``chairs`` adds speaker names that chair the session.

    Raises :class:`TranscriptError` for a file that cannot be used."""
    try:
        text = decode(read_input(path, MAX_TRANSCRIPT_BYTES))  # a file, or a pipe
    except InputTooLarge as exc:
        raise TranscriptError(
            0, f"the file is {exc.size_text}, over {MAX_TRANSCRIPT_BYTES:,}"
        ) from None
    except OSError as exc:
        raise TranscriptError(0, f"cannot read the file: {exc.strerror or exc}") from exc
    except SourceProblem as exc:  # not UTF-8, UTF-16 without a byte-order mark, binary
        raise TranscriptError(exc.line, exc.message, exc.field) from exc
    return parse_transcript(text, str(path), path.suffix.lower(), chairs)


def parse_transcript(
    text: str, file: str, suffix: str = ".txt", chairs: tuple[str, ...] = ()
) -> Transcript:
    """Turns of a transcript given as text (``suffix`` picks the format)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fmt = {".vtt": "vtt", ".srt": "srt"}.get(suffix, "captions")
    if fmt == "vtt":
        if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
            raise TranscriptError(1, "a WebVTT file starts with the line 'WEBVTT'", "header")
        body = _vtt_lines(lines)
    elif fmt == "srt":
        body = _srt_lines(lines, file)
    else:
        body = list(enumerate(lines, start=1))
    chair_keys = {_key(c) for c in chairs}
    turns = _turns(body, chair_keys)
    if not turns:
        turns = _paragraphs(body)
        fmt = "summary" if turns else fmt
    if not turns:
        raise TranscriptError(
            0,
            "no speech found: the transcript is empty once captions' "
            "timings, disclaimers and stage directions are removed",
        )
    return Transcript(file=file, format=fmt, turns=tuple(turns))


def with_chairs(transcript: Transcript, chairs: tuple[str, ...]) -> Transcript:
    """The transcript with the turns of the speakers named in ``chairs`` marked as chairing."""
    keys = {_key(c) for c in chairs}
    turns = tuple(
        replace(t, chair=True) if _key(t.speaker) in keys and t.speaker else t
        for t in transcript.turns
    )
    return replace(transcript, turns=turns)


def _vtt_lines(lines: list[str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    skipping = True  # the header block, and NOTE/STYLE/REGION blocks
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            skipping = False
            out.append((number, ""))
            continue
        if number == 1 or skipping or line.split(" ", 1)[0] in {"NOTE", "STYLE", "REGION"}:
            skipping = True
            continue
        if "-->" in line:
            if out and out[-1][1] and not _TIMING.match(line):
                out.pop()  # the cue identifier before the timing line
            continue
        out.append((number, line))
    return out


def _srt_lines(lines: list[str], file: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    previous = ""
    for number, raw in enumerate(lines, start=1):
        line = raw.strip().lstrip("\ufeff")
        if "-->" in line:
            if not _TIMING.match(line):
                raise TranscriptError(
                    number, f"not a subtitle timing line: {line[:60]!r}", "timing"
                )
            if out and _CUE_NUMBER.match(previous):
                out.pop()
        else:
            out.append((number, line))
        previous = line
    if not any("-->" in raw for raw in lines):
        raise TranscriptError(1, "no subtitle timing lines ('00:00:01,000 --> ...')", "timing")
    return out


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def clean_caption(text: str) -> str:
    """A caption line without stage directions, tags, repeats and stray dashes."""
    text = _TAGS.sub("", text)
    text = _DIRECTION.sub(" ", text)
    text = _BEFORE_STOP.sub(r"\1", text)
    text = _REPEAT.sub(r"\1", text)
    text = _DASHES.sub(" ", text)
    return clean_text(_CJK_SPACE.sub("", text))


def _noise(line: str) -> bool:
    return bool(_TIMING.match(line) or _CUE_NUMBER.match(line) or _DISCLAIMER.search(line))


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and not (_CJK.search(out[-1]) and _CJK.search(part[0])):
            out += " "
        out += part
    return clean_text(_REPEAT.sub(r"\1", out))


def _turns(body: list[tuple[int, str]], chair_keys: set[str]) -> list[Turn]:
    turns: list[Turn] = []
    name: str | None = None
    start = 0
    parts: list[str] = []

    def close() -> None:
        text = _join(parts)
        if name is not None and text:
            chair = bool(CHAIR_NAMES.search(name)) or _key(name) in chair_keys
            turns.append(Turn(len(turns) + 1, name, chair, text, start))

    for number, raw in body:
        match = _TURN.match(raw) or _VOICE.match(raw) or _DASH_TURN.match(raw)
        if match:
            close()
            found = (match.group("name") or "").strip()
            raw = match.group("text")
            if len(found.split()) > 8:  # a sentence with a colon, not a name
                found, raw = "", raw if not found else f"{found}: {raw}"
            name = clean_text(_TAGS.sub("", found))
            start, parts = number, []
        if name is None or not raw.strip() or _noise(raw):
            continue
        piece = clean_caption(raw)
        if piece:
            parts.append(piece)
    close()
    return turns


def _paragraphs(body: list[tuple[int, str]]) -> list[Turn]:
    """A summary: each paragraph one turn without a speaker (headings dropped)."""
    turns: list[Turn] = []
    parts: list[str] = []
    start = 0
    for number, raw in [*body, (0, "")]:
        line = raw.strip()
        if line and not _noise(line):
            piece = clean_caption(line.lstrip("#*- ").strip())
            if piece:
                start = start or number
                parts.append(piece)
            continue
        text = _join(parts)
        if text and (len(parts) > 1 or text[-1:] in ".!?。！？؟"):
            turns.append(Turn(len(turns) + 1, "", False, text, start))
        parts, start = [], 0
    return turns


def problem(file: str, exc: SourceProblem) -> Problem:
    return Problem(file, exc.line, exc.field, exc.message)
