"""A whole draft written through the LLM writer and the fake endpoint; the cache reproduces it
byte for byte once the endpoint is gone."""

from __future__ import annotations

import html
import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from forum_messages.cli import main, sample_paths
from forum_messages.export import print_model, write_outputs
from forum_messages.export.jsonread import load_draft_json
from forum_messages.model import Draft, Topic
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.llm.titles import LLMSummariser, LLMTitler, extractive_summary
from forum_messages.synth.llm.writer import edited, llm_writer
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings
from synth.helpers import corpus

from .fake_server import Reply, completion, fake_llm, sentences_reply, statements_of

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema" / "messages.schema.json").read_text(encoding="utf-8"))

ROWS = [
    (
        "OF #10",
        "trust",
        "en",
        [
            "Ransomware attacks on hospitals call for joint incident response across borders.",
            "Victims of online fraud need simple ways to report it to the police.",
        ],
    ),
    (
        "OF #11",
        "trust",
        "en",
        [
            "Hospitals hit by ransomware need incident response teams that work across borders.",
            "Reporting online fraud to the police should be simple for its victims.",
        ],
    ),
    (
        "OF #12",
        "access",
        "en",
        [
            "Public libraries can offer free connectivity and digital skills training.",
            "Mobile data remains too expensive for low-income households.",
        ],
    ),
    (
        "OF #13",
        "access",
        "en",
        [
            "Libraries should provide free internet access and teach digital skills.",
            "Low-income households cannot afford mobile data at current prices.",
        ],
    ),
]


#: the fake model's title for a sub-topic, by a word of its messages
TITLES = {
    "ransomware": "Ransomware and online fraud",
    "libraries": "Free connectivity and mobile data",
}


def _echo(request: dict[str, Any]) -> Reply:
    """A faithful model: the first statement or message it is shown, as its one sentence; a
    planted title for a sub-topic."""
    if "You title one sub-topic" in request["messages"][0]["content"]:
        shown = " ".join(statements_of(request)).casefold()
        title = next((t for word, t in TITLES.items() if word in shown), "Other subjects")
        return completion(json.dumps({"title": title}))
    return sentences_reply(statements_of(request)[0])


def _draft(use_embedder, small_edition, url: str, cache: Path):  # type: ignore[no-untyped-def]
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    writer = llm_writer(url, "fake-model", cache)
    comps.writer = writer
    comps.titler = LLMTitler(writer)
    comps.summariser = LLMSummariser(writer)
    return run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)


@pytest.mark.slow
def test_whole_draft_written_and_reproduced_from_the_cache(  # type: ignore[no-untyped-def]
    use_embedder, small_edition, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    with fake_llm(_echo) as fake:
        draft = _draft(use_embedder, small_edition, fake.url, cache)
        calls = len(fake.requests)
    messages = draft.messages()
    topics = [tp for th in draft.themes for tp in th.topics]
    summarised = [th for th in draft.themes if th.topics]
    assert messages and calls == len(messages) + len(topics) + len(summarised)
    for m in messages:
        assert m.writing is not None and m.writing.status == "written", m.writing
        assert m.writing.model == "fake-model" and m.sources
        assert {c.source for c in m.writing.sentences} <= {s.statement for s in m.sources}
    for tp in topics:  # each title written from its messages, or the extractive one and why
        assert tp.title_writing is not None and tp.title_writing.model == "fake-model"
        [check] = tp.title_writing.sentences
        if tp.title_writing.status == "written":
            assert tp.title == check.text and check.kept
        else:
            assert check.problems and tp.title != check.text
    assert {tp.title for tp in topics if tp.title_writing and tp.title_writing.status == "written"}
    for th in summarised:  # the summary is the lead message its model was shown
        assert th.summary_writing is not None and th.summary_writing.status == "written"
        assert th.summary == th.topics[0].messages[0].text
        ids = {s.statement for tp in th.topics for m in tp.messages for s in m.sources}
        assert {c.source for c in th.summary_writing.sentences} <= ids
    roles = [c.role for c in draft.pipeline]
    assert roles[-2:] == ["titles", "summaries"]
    [text] = [c for c in draft.pipeline if c.role == "text"]
    assert text.name == "llm" and text.params["model"] == "fake-model"
    assert text.params["temperature"] == 0.0 and text.params["seed"] == 0
    first = write_outputs(draft, tmp_path / "one", ("json", "md", "html", "docx"))
    doc = json.loads(first[0].read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    assert load_draft_json(first[0]).messages() == messages  # the record reads back
    md = first[1].read_text(encoding="utf-8")
    note = "Written by a language model (fake-model); each sentence checked against the sources."
    assert md.count(note) == len(messages)
    assert md.count("Summary written by a language model (fake-model)") == len(summarised)
    assert "Sub-topic titles written by a language model (fake-model)" in md
    for th in summarised:
        assert f"\n{th.summary}\n" in md
    page = first[2].read_text(encoding="utf-8")
    for th in summarised:
        assert f'<p class="summary" dir="auto">{html.escape(th.summary)}</p>' in page
    assert page.count("Summary written by a language model (fake-model)") == len(summarised)
    for m in messages:  # model text is shown as is, never quoted
        assert f"- {m.text}" in md and f"“{m.text}" not in md and f'"{m.text}' not in md
    # as the pipeline wrote it, no text or title is marked as changed by the editors
    assert '"edited"' not in first[0].read_text(encoding="utf-8")
    assert not any(edited(m.writing, m.text, "en") for m in messages)
    assert not any(edited(tp.title_writing, tp.title, "en") for tp in topics)
    _edited_marks(draft, tmp_path / "edited")
    # the endpoint is gone: every answer comes from the cache, the bytes are the same
    again = _draft(use_embedder, small_edition, fake.url, cache)
    second = write_outputs(again, tmp_path / "two", ("json", "md", "html", "docx"))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    # without the cache, every message falls back to its extractive text and says why
    gone = _draft(use_embedder, small_edition, fake.url, tmp_path / "empty")
    for m in gone.messages():
        assert m.writing is not None and m.writing.status == "fallback"
        assert m.writing.reason.startswith("call failed: endpoint unreachable")
    for th in gone.themes:
        for tp in th.topics:
            assert tp.title_writing is not None and tp.title_writing.status == "fallback"
            assert tp.title_writing.reason.startswith("call failed: endpoint unreachable")
        if th.topics:  # the extractive summary: the lead message of the largest sub-topics
            assert th.summary_writing is not None and th.summary_writing.status == "fallback"
            assert th.summary == extractive_summary(th.topics, "en") and th.summary


EDITED = (
    "Drafted by a language model (fake-model), then edited by the editors; the model's "
    "sentences were checked against the sources."
)
TITLES_EDITED = (
    "Sub-topic titles proposed by a language model (fake-model) and checked against their "
    "messages; the editors have changed some of them since."
)


def _edited_marks(draft: Draft, out: Path) -> None:
    """A message's text and a sub-topic's title changed by the editors after the model wrote
    them (as the review site records it): every format says so, and the JSON reads back."""
    th = next(th for th in draft.themes if any(_titled(tp) for tp in th.topics))
    k = next(k for k, tp in enumerate(th.topics) if _titled(tp))
    tp = th.topics[k]
    m = replace(tp.messages[0], text="Editors rewrote this message.")
    assert m.writing is not None and tp.title_writing is not None
    m = replace(m, writing=replace(m.writing, edited=edited(m.writing, m.text, "en")))
    tp = replace(
        tp,
        title="Editors' own title",
        messages=(m, *tp.messages[1:]),
        title_writing=replace(tp.title_writing, edited=True),
    )
    th = replace(th, topics=(*th.topics[:k], tp, *th.topics[k + 1 :]))
    changed = replace(draft, themes=tuple(th if t.key == th.key else t for t in draft.themes))
    files = write_outputs(changed, out, ("json", "md", "html", "docx"))
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    [json_m] = [
        x for t in doc["themes"] for p in t["topics"] for x in p["messages"] if x["id"] == m.id
    ]
    assert json_m["writing"]["edited"] is True and json_m["text"] == m.text
    [json_t] = [p for t in doc["themes"] for p in t["topics"] if p["id"] == tp.id]
    assert json_t["title_writing"]["edited"] is True
    assert (
        sum(
            '"edited"' in json.dumps(x)
            for t in doc["themes"]
            for p in t["topics"]
            for x in p["messages"]
        )
        == 1
    )
    assert load_draft_json(files[0]) == changed
    md = files[1].read_text(encoding="utf-8")
    assert md.count(EDITED) == 1 and TITLES_EDITED in md
    page = files[2].read_text(encoding="utf-8")
    assert page.count(html.escape(EDITED)) == 1 and html.escape(TITLES_EDITED) in page
    with zipfile.ZipFile(files[3]) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert body.count("then edited by the editors") == 1 and "have changed some of them" in body
    printed = print_model.build(changed)
    notes = [pm.note for pt in printed.themes for ptp in pt.topics for pm in ptp.messages]
    assert sum(EDITED in n for n in notes) == 1
    assert any(TITLES_EDITED in n for pt in printed.themes for n in pt.notes)


def _titled(tp: Topic) -> bool:
    return tp.title_writing is not None and tp.title_writing.status == "written"


@pytest.mark.slow
def test_failed_calls_leave_a_complete_draft(use_embedder, small_edition, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A call refused for some messages, a malformed answer for others: those keep their
    extractive text and say why, the rest is written, and the draft has every message, source,
    title and statement the extractive draft has."""

    def answer(request: dict[str, Any]) -> Reply:
        shown = " ".join(statements_of(request)).casefold()
        if "You title one sub-topic" in request["messages"][0]["content"]:
            return Reply(404) if "libraries" in shown else _echo(request)
        if "fraud" in shown:
            return Reply(400)  # refused: not retried
        if "libraries" in shown:
            return completion("Here is the message you asked for.")
        return _echo(request)

    with fake_llm(answer) as fake:
        mixed = _draft(use_embedder, small_edition, fake.url, tmp_path / "cache")
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    plain = run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)
    extractive = {m.id: m for m in plain.messages()}
    assert [m.id for m in mixed.messages()] == list(extractive)
    reasons = set()
    for m in mixed.messages():
        base = extractive[m.id]
        assert m.sources == base.sources and m.tags == base.tags and m.ledger == base.ledger
        assert m.writing is not None and m.text
        if m.writing.status == "fallback":
            assert m.text == base.text and m.writing.sentences == ()
            reasons.add(m.writing.reason)
        else:
            assert m.writing.status == "written"
    assert reasons == {"call failed: refused: HTTP 400", "malformed answer: not JSON"}
    assert any(m.writing and m.writing.status == "written" for m in mixed.messages())
    plain_topics = [(tp.id, tp.title) for th in plain.themes for tp in th.topics]
    mixed_topics = [tp for th in mixed.themes for tp in th.topics]
    assert [tp.id for tp in mixed_topics] == [i for i, _ in plain_topics]
    for tp, (_id, title) in zip(mixed_topics, plain_topics, strict=True):
        assert tp.title_writing is not None
        if tp.title_writing.status == "fallback":
            assert tp.title == title
    assert any(
        tp.title_writing and tp.title_writing.reason == "call failed: refused: HTTP 404"
        for tp in mixed_topics
    )
    assert mixed.not_reflected == plain.not_reflected
    assert [a.message for a in mixed.statements] == [a.message for a in plain.statements]
    files = write_outputs(mixed, tmp_path / "out", ("json", "md"))
    jsonschema.validate(json.loads(files[0].read_text(encoding="utf-8")), SCHEMA)


def test_cli_writes_with_the_model_and_reruns_from_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = next(p for p in sample_paths() if p.name.startswith("sessions-trust"))
    lines = sample.read_text(encoding="utf-8").splitlines()[:12]
    (tmp_path / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths = [str(tmp_path / "reports.jsonl")]

    def draft(url: str, out: Path) -> bytes:
        args = ["draft", *paths, "-e", "igf2025", "-o", str(out), "--format", "json"]
        args += ["--embedder", "hash", "--writer", "llm", "--llm-url", url, "--llm-summaries"]
        assert main([*args, "--llm-model", "fake-model", "--llm-cache", str(tmp_path / "c")]) == 0
        return (out / "messages.json").read_bytes()

    with fake_llm(_echo) as fake:
        first = draft(fake.url, tmp_path / "one")
    assert "Model text:" in capsys.readouterr().out
    assert draft(fake.url, tmp_path / "two") == first
    assert "answers from the cache" in capsys.readouterr().out
    doc = json.loads(first)
    jsonschema.validate(doc, SCHEMA)
    written = [m for t in doc["themes"] for tp in t["topics"] for m in tp["messages"]]
    assert written and all("writing" in m for m in written)
    assert all("title_writing" in tp for t in doc["themes"] for tp in t["topics"])
    assert all("summary_writing" in t for t in doc["themes"] if t["topics"])
    roles = [c["role"] for c in doc["pipeline"]]
    assert "titles" in roles and "summaries" in roles


def test_cli_needs_an_address_and_a_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in sample_paths()]
    code = main(["draft", *paths, "-e", "igf2025", "-o", str(tmp_path), "--writer", "llm"])
    assert code == 1
    assert "--writer llm needs --llm-url and --llm-model" in capsys.readouterr().err
    code = main(["draft", *paths, "-e", "igf2025", "-o", str(tmp_path), "--llm-summaries"])
    assert code == 1 and "--llm-summaries needs --writer llm" in capsys.readouterr().err
