"""Model-written versions on the site, through the fake OpenAI-compatible endpoint of tests/llm:
editors ask for one message or a theme, see the written text beside the current one with the
grounding gate's findings, and accept (as written or edited) or reject it, each as a version."""

from __future__ import annotations

import html
import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.test import Client, override_settings
from django.utils import timezone

from forum_messages.export import render
from forum_messages.nlp.segment import sentences
from forum_messages.web.models import Message, Topic, Version, WritingJob, WrittenText
from forum_messages.web.services import curation, publishing, writing
from forum_messages.web.services.snapshot import core_from_snapshot
from llm.fake_server import FakeLLM, Reply, completion, fake_llm, sentences_reply, statements_of

from .conftest import client_for

INVENTED = "987654"
MODEL = "fake-model"
WRITTEN_NOTE = f"Written by a language model ({MODEL}); each sentence checked against the sources."
EDITED_NOTE = (
    f"Drafted by a language model ({MODEL}), then edited by the editors; the model's sentences "
    "were checked against the sources."
)
SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schema" / "messages.schema.json").read_text("utf-8")
)


def _first_sentence(request: dict[str, Any]) -> str:
    """The first sentence of the first statement the model is shown (always supported)."""
    first = statements_of(request)[0]
    return (sentences(first, "en") or [first])[0]


def echo(request: dict[str, Any]) -> Reply:
    return sentences_reply(_first_sentence(request))


def with_invented_number(request: dict[str, Any]) -> Reply:
    bad = f"The forum counted {INVENTED} participants."
    return sentences_reply(_first_sentence(request), bad)


@contextmanager
def endpoint(tmp_path: Path, answer: Any = echo) -> Iterator[FakeLLM]:
    with (
        fake_llm(answer) as fake,
        override_settings(LLM_URL=fake.url, LLM_MODEL=MODEL, LLM_CACHE_DIR=tmp_path / "llm-cache"),
    ):
        yield fake


def _message(edition: Any) -> Message:
    """A live message with several sources, in the drafting language."""
    return next(
        m
        for m in Message.objects.filter(draft=edition.draft, removed=False).order_by("id")
        if m.sources.count() >= 2
    )


def _ask(c: Client, edition: Any, **what: str) -> WritingJob:
    r = c.post(f"/staff/e/{edition.slug}/written/ask/", what)
    assert r.status_code == 302 and "/written/job/" in r["Location"], r
    job_id = int(r["Location"].rstrip("/").split("/")[-1])
    # the job's thread starts when the request's transaction commits, which a test's
    # transaction never does: carry it out here
    writing.execute(job_id)
    return WritingJob.objects.get(pk=job_id)


def _page(c: Client, url: str) -> str:
    r = c.get(url)
    assert r.status_code == 200, r.status_code
    return r.content.decode()


def _written(job: WritingJob) -> WrittenText:
    return WrittenText.objects.get(job=job)


def test_accept_a_written_version(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    c = client_for(users["editor"])
    m = _message(edition)
    before = m.text
    with endpoint(tmp_path) as fake:
        job = _ask(c, edition, message=m.uid)
        assert job.state == WritingJob.DONE and job.done == job.total == 1
        assert len(fake.requests) == 1 and fake.requests[0]["model"] == MODEL
    w = _written(job)
    assert w.state == WrittenText.PENDING and w.writing["status"] == "written" and w.text
    assert w.base_text == before and m.text == before  # nothing changes before a decision
    page = _page(c, f"/staff/e/{edition.slug}/written/{w.pk}/")
    assert f"Written by a language model (<bdi>{MODEL}</bdi>), not a quotation" in page
    assert before in page  # the current text beside it
    shown = re.search(r'<p dir="auto" class="model-written">(.*?)</p>', page, re.S)
    assert shown is not None and shown.group(1).strip() == w.text.replace("'", "&#x27;")
    assert not re.search('["“”«»]' + re.escape(w.text[:20]), page)  # never in quotation marks
    assert _page(c, f"/staff/e/{edition.slug}/written/job/{job.pk}/").count(m.uid) >= 1
    n = edition.draft.versions.count()
    r = c.post(f"/staff/e/{edition.slug}/written/{w.pk}/accept/", {"text": w.text})
    assert r.status_code == 302 and r["Location"].endswith(f"/m/{m.uid}/#writing")
    m.refresh_from_db()
    w.refresh_from_db()
    assert m.text == w.text and m.text != before
    assert m.writing == w.writing and m.writing["model"] == MODEL
    v = edition.draft.latest_version()
    assert edition.draft.versions.count() == n + 1 and v.kind == Version.EDIT
    assert v.summary == f"accepted the text of {m.uid} written by {MODEL}"
    assert w.state == WrittenText.ACCEPTED and w.version == v and w.decided_by == users["editor"]
    # the version keeps the writing record, and so do the exports made from it
    [snap_m] = [
        x
        for th in v.snapshot["themes"]
        for tp in th["topics"]
        for x in tp["messages"]
        if x["uid"] == m.uid
    ]
    assert snap_m["writing"] == w.writing
    core = core_from_snapshot(edition, edition.draft, v.snapshot)
    [core_m] = [x for x in core.messages() if x.id == m.uid]
    assert core_m.writing is not None and core_m.writing.model == MODEL
    assert core_m.writing.sentences[0].text == w.writing["sentences"][0]["text"]
    page = _page(c, f"/staff/e/{edition.slug}/m/{m.uid}/")
    assert f"The text above was written by a language model (<bdi>{MODEL}</bdi>)." in page
    assert "An editor has changed it since." not in page
    # published, the public page marks the text as model-written (and never quotes it)
    now = timezone.now()
    publishing.publish_draft(
        edition, now - timedelta(hours=1), now + timedelta(days=7), users["admin"]
    )
    public = _page(client_for(None), f"/e/{edition.slug}/theme/{m.topic.theme.key}/")
    note = f"Written by a language model ({MODEL}); each sentence checked against the sources."
    assert public.count(note) == 1
    assert not re.search('["“”«»]' + re.escape(w.text[:20]), public)
    # a decided version cannot be decided again
    c.post(f"/staff/e/{edition.slug}/written/{w.pk}/reject/")
    assert edition.draft.versions.count() == n + 1


def test_edit_then_accept(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    c = client_for(users["editor"])
    m = _message(edition)
    with endpoint(tmp_path):
        w = _written(_ask(c, edition, message=m.uid))
    edited = w.text + " Editors added this."
    c.post(f"/staff/e/{edition.slug}/written/{w.pk}/accept/", {"text": edited})
    m.refresh_from_db()
    assert m.text == edited and m.writing["model"] == MODEL
    v = edition.draft.latest_version()
    assert v.summary == f"accepted the text of {m.uid} written by {MODEL}, edited"
    page = _page(c, f"/staff/e/{edition.slug}/m/{m.uid}/")
    assert "An editor has changed it since." in page
    # the version, and every export made from it, say the text is the editors' now
    assert _snap_message(v, m.uid)["writing"] == {**w.writing, "edited": True}
    core = core_from_snapshot(edition, edition.draft, v.snapshot)
    [core_m] = [x for x in core.messages() if x.id == m.uid]
    assert core_m.writing is not None and core_m.writing.edited and core_m.text == edited
    doc = json.loads(render(core, "json"))
    jsonschema.validate(doc, SCHEMA)
    [json_m] = [
        x for th in doc["themes"] for tp in th["topics"] for x in tp["messages"] if x["id"] == m.uid
    ]
    assert json_m["writing"]["edited"] is True and json_m["text"] == edited
    assert json_m["writing"]["sentences"][0]["text"] == w.writing["sentences"][0]["text"]
    md = str(render(core, "md"))
    assert EDITED_NOTE in md and WRITTEN_NOTE not in md
    assert html.escape(EDITED_NOTE) in str(render(core, "html"))
    outline = _page(c, f"/staff/e/{edition.slug}/versions/{v.number}/text/")
    assert f"text written by {MODEL}, edited by the editors" in outline
    # changed back to the model's text on the curation page, it is the model's again
    curation.edit_text(m, w.text, users["editor"])
    v = edition.draft.latest_version()
    assert _snap_message(v, m.uid)["writing"] == w.writing
    core = core_from_snapshot(edition, edition.draft, v.snapshot)
    assert WRITTEN_NOTE in str(render(core, "md")) and EDITED_NOTE not in str(render(core, "md"))
    assert "An editor has changed it since." not in _page(c, f"/staff/e/{edition.slug}/m/{m.uid}/")
    # and a later edit on the curation page marks it again, as does the published page
    curation.edit_text(m, "Editors wrote this text themselves.", users["editor"])
    v = edition.draft.latest_version()
    assert _snap_message(v, m.uid)["writing"]["edited"] is True
    now = timezone.now()
    publishing.publish_draft(
        edition, now - timedelta(hours=1), now + timedelta(days=7), users["admin"]
    )
    public = _page(client_for(None), f"/e/{edition.slug}/theme/{m.topic.theme.key}/")
    assert public.count(html.escape(EDITED_NOTE)) == 1 and WRITTEN_NOTE not in public


def _snap_message(v: Version, uid: str) -> dict[str, Any]:
    [found] = [
        x
        for th in v.snapshot["themes"]
        for tp in th["topics"]
        for x in tp["messages"]
        if x["uid"] == uid
    ]
    return found


def test_reject_keeps_the_text_as_a_version(
    edition: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    c = client_for(users["editor"])
    m = _message(edition)
    before, previous = m.text, edition.draft.latest_version()
    with endpoint(tmp_path):
        w = _written(_ask(c, edition, message=m.uid))
    r = c.post(f"/staff/e/{edition.slug}/written/{w.pk}/reject/")
    assert r.status_code == 302
    m.refresh_from_db()
    w.refresh_from_db()
    assert m.text == before and m.writing is None
    v = edition.draft.latest_version()
    assert v.number == previous.number + 1
    assert v.summary == f"rejected the text of {m.uid} written by {MODEL}; the text stays as it was"
    assert v.snapshot == previous.snapshot
    assert w.state == WrittenText.REJECTED and w.version == v


def test_a_sentence_the_gate_rejects_is_shown_with_why(
    edition: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    c = client_for(users["editor"])
    m = _message(edition)
    with endpoint(tmp_path, with_invented_number):
        w = _written(_ask(c, edition, message=m.uid))
    assert w.writing["status"] == "partial"
    kept, dropped = w.writing["sentences"]
    assert kept["kept"] and not dropped["kept"]
    assert f"number: {INVENTED}" in dropped["problems"]
    assert INVENTED not in w.text  # only the kept sentence is offered
    page = _page(c, f"/staff/e/{edition.slug}/written/{w.pk}/")
    assert f"The forum counted {INVENTED} participants." in page
    assert f"a number no source holds: <bdi>{INVENTED}</bdi>" in page
    assert "Some sentences were dropped by the grounding gate" in page
    assert page.count("<strong>rejected</strong>") == 1 and "<strong>kept</strong>" in page
    assert f"<td><small>{kept['source']}</small>" in page  # the closest source named


def test_endpoint_down_says_so(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = client_for(users["editor"])
    m = _message(edition)
    with override_settings(
        LLM_URL=f"http://127.0.0.1:{port}/v1", LLM_MODEL=MODEL, LLM_CACHE_DIR=tmp_path
    ):
        job = _ask(c, edition, message=m.uid)
    assert job.state == WritingJob.FAILED
    assert "endpoint unreachable" in job.detail
    page = _page(c, f"/staff/e/{edition.slug}/written/job/{job.pk}/")
    assert "The model could not be asked." in page and 'http-equiv="refresh"' not in page
    w = _written(job)
    assert w.text == "" and w.writing["status"] == "fallback"
    page = _page(c, f"/staff/e/{edition.slug}/written/{w.pk}/")
    assert "Accept this text" not in page and "endpoint unreachable" in page
    r = c.post(f"/staff/e/{edition.slug}/written/{w.pk}/accept/", {"text": "Anything."})
    assert r.status_code == 302
    m.refresh_from_db()
    assert m.text != "Anything."
    # the same for a theme's sub-topic titles and its summary: nothing can be accepted
    theme = m.topic.theme
    with override_settings(
        LLM_URL=f"http://127.0.0.1:{port}/v1", LLM_MODEL=MODEL, LLM_CACHE_DIR=tmp_path
    ):
        for kind, accept in (("titles", "Accept this title"), ("summary", "Accept this summary")):
            job = _ask(c, edition, theme=theme.key, kind=kind)
            assert job.state == WritingJob.FAILED, kind
            assert job.detail.startswith("the model could not be asked: endpoint unreachable")
            for w in WrittenText.objects.filter(job=job):
                assert w.text == "" and w.writing["status"] == "fallback"
                assert accept not in _page(c, f"/staff/e/{edition.slug}/written/{w.pk}/")
                c.post(f"/staff/e/{edition.slug}/written/{w.pk}/accept/", {"text": "Anything."})
    theme.refresh_from_db()
    assert theme.summary == "" and not theme.topics.filter(title="Anything.").exists()


def test_without_an_endpoint_or_a_message_nothing_is_asked(
    edition: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    c = client_for(users["editor"])
    m = _message(edition)
    with override_settings(LLM_URL="", LLM_MODEL=""):
        page = _page(c, f"/staff/e/{edition.slug}/m/{m.uid}/")
        assert "No language model is configured for this site" in page
        assert "for a written version</button>" not in page
        r = c.post(f"/staff/e/{edition.slug}/written/ask/", {"message": m.uid})
        assert r.status_code == 302 and "/written/job/" not in r["Location"]
        assert not WritingJob.objects.filter(edition=edition).exists()
        assert "FORUM_MESSAGES_LLM_URL" in _page(c, r["Location"])
    with endpoint(tmp_path) as fake:
        for what in ({"message": "no/such message"}, {"theme": "nope"}, {}):
            r = c.post(f"/staff/e/{edition.slug}/written/ask/", what)
            assert r.status_code == 302 and r["Location"].endswith("/written/")
            assert "there is no message to write here" in _page(c, r["Location"])
        theme = m.topic.theme.key
        for what, says in (
            ({"theme": "nope", "kind": "titles"}, "there is no sub-topic to title here"),
            ({"kind": "summary"}, "there is no message to summarise here"),
            ({"theme": theme, "kind": "poem"}, "ask for message texts, sub-topic titles or a"),
        ):
            r = c.post(f"/staff/e/{edition.slug}/written/ask/", what)
            assert says in _page(c, r["Location"])
        assert not fake.requests and not WritingJob.objects.filter(edition=edition).exists()


def test_a_whole_theme_as_one_job(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    c = client_for(users["editor"])
    theme = edition.draft.themes.first()
    live = Message.objects.filter(draft=edition.draft, removed=False, topic__theme=theme)
    with endpoint(tmp_path) as fake:
        assert (
            "Ask <bdi>fake-model</bdi> for a written version of every message of a theme"
            in _page(c, f"/staff/e/{edition.slug}/written/")
        )
        job = _ask(c, edition, theme=theme.key)
        assert job.state == WritingJob.DONE and job.total == job.done == live.count() > 1
        assert len(fake.requests) == live.count()
        again = _ask(c, edition, theme=theme.key)  # answered from the cache
        assert len(fake.requests) == live.count()
    first = {w.message_id: w for w in job.texts.all()}
    assert set(first) == set(live.values_list("pk", flat=True))
    assert all(w.state == WrittenText.REPLACED for w in job.texts.all())
    second = list(again.texts.all())
    assert all(w.state == WrittenText.PENDING for w in second)
    assert [w.text for w in second] == [first[w.message_id].text for w in second]
    page = _page(c, f"/staff/e/{edition.slug}/written/")
    assert all(f"/written/{w.pk}/" in page for w in second)


def test_only_editors(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    m = _message(edition)
    with endpoint(tmp_path) as fake:
        w = _written(_ask(client_for(users["admin"]), edition, message=m.uid))
        base = f"/staff/e/{edition.slug}/written"
        for role in ("moderator", "translator", "public"):
            c = client_for(users[role])
            assert c.get(f"{base}/").status_code == 403
            assert c.get(f"{base}/{w.pk}/").status_code == 403
            assert c.get(f"{base}/job/{w.job_id}/").status_code == 403
            assert c.post(f"{base}/ask/", {"message": m.uid}).status_code == 403
            assert c.post(f"{base}/{w.pk}/accept/", {"text": w.text}).status_code == 403
            assert c.post(f"{base}/{w.pk}/reject/").status_code == 403
        anonymous = client_for(None).post(f"{base}/{w.pk}/accept/", {"text": w.text})
        assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
        assert len(fake.requests) == 1
    w.refresh_from_db()
    m.refresh_from_db()
    assert w.state == WrittenText.PENDING and m.writing is None


def test_no_decision_once_the_sources_changed_or_the_message_is_gone(
    edition: Any, users: dict[str, Any], tmp_path: Path
) -> None:

    c = client_for(users["editor"])
    m = _message(edition)
    with endpoint(tmp_path):
        w = _written(_ask(c, edition, message=m.uid))
    curation.detach_statement(m, w.sources[-1], users["editor"])
    n = edition.draft.versions.count()
    r = c.post(f"/staff/e/{edition.slug}/written/{w.pk}/accept/", {"text": w.text})
    assert "sources changed since the model wrote this" in _page(c, r["Location"])
    assert edition.draft.versions.count() == n
    w.refresh_from_db()
    assert w.state == WrittenText.PENDING
    assert f"/written/{w.pk}/" in _page(c, f"/staff/e/{edition.slug}/written/")
    # a removed message's written version is no longer offered, nor can it be taken
    curation.remove_message(m, users["editor"])
    assert f"/written/{w.pk}/" not in _page(c, f"/staff/e/{edition.slug}/written/")
    r = c.post(f"/staff/e/{edition.slug}/written/{w.pk}/reject/")
    assert "removed since the model wrote this" in _page(c, r["Location"])
    assert edition.draft.versions.count() == n + 1  # the removal only


def test_a_draft_written_by_the_model_keeps_its_writing_record(
    db: None, tmp_path: Path, users: dict[str, Any]
) -> None:
    from forum_messages.errors import ConfigError
    from forum_messages.web.models import Edition

    from .test_commands import run

    report = tmp_path / "r.jsonl"
    lines = [
        f'{{"session": "WS #{i}", "title": "T", "type": "Workshop", "theme": "connectivity", '
        '"key_takeaways": ["Community networks need affordable spectrum and backhaul."]}'
        for i in range(1, 4)
    ]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = ["import", str(report), "--edition", "minimal", "--slug", "mini-llm", "--draft"]
    with endpoint(tmp_path) as fake:
        code, out = run([*argv, "--embedder", "hash", "--writer", "llm"])
        assert fake.requests
    ed = Edition.objects.get(slug="mini-llm")
    msgs = list(ed.draft.messages.filter(removed=False))
    assert code == 0 and f"Model text: {len(msgs)} messages written" in out
    # the sub-topic titles were asked for too (this model answers no title: each kept its own)
    topics = list(ed.draft.topics.filter(removed=False))
    assert f"titles: 0 written, {len(topics)} kept extractive" in out
    assert all(tp.title_writing["status"] == "fallback" for tp in topics)
    assert all("malformed answer" in tp.title_writing["reason"] for tp in topics)
    snap = ed.draft.latest_version().snapshot
    titled = [tp for th in core_from_snapshot(ed, ed.draft, snap).themes for tp in th.topics]
    assert titled and all(tp.title_writing is not None for tp in titled)
    assert msgs and all(m.writing and m.writing["model"] == MODEL for m in msgs)
    assert all(m.writing["status"] == "written" for m in msgs)
    snap = ed.draft.latest_version().snapshot
    core = core_from_snapshot(ed, ed.draft, snap)
    sids = set(ed.statements.values_list("sid", flat=True))
    for m in msgs:
        [cm] = [x for x in core.messages() if x.id == m.uid]
        assert cm.writing is not None and cm.writing.model == MODEL and cm.text == m.text
        assert [c.source for c in cm.writing.sentences] == [
            c["source"] for c in m.writing["sentences"]
        ]
        assert {c.source for c in cm.writing.sentences} <= sids  # statement ids, not rows
    page = _page(client_for(users["editor"]), f"/staff/e/{ed.slug}/m/{msgs[0].uid}/")
    assert f"The text above was written by a language model (<bdi>{MODEL}</bdi>)." in page
    with override_settings(LLM_URL="", LLM_MODEL=""), pytest.raises(ConfigError) as err:
        run(["run-draft", "--edition", "mini-llm", "--embedder", "hash", "--writer", "llm"])
    assert "FORUM_MESSAGES_LLM_URL" in str(err.value)


def test_a_running_request_refreshes_and_a_stopped_server_fails_it(
    edition: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    c = client_for(users["editor"])
    theme = edition.draft.themes.first()
    job = WritingJob.objects.create(
        edition=edition, theme=theme.key, model=MODEL, state=WritingJob.RUNNING, done=4, total=12
    )
    page = _page(c, f"/staff/e/{edition.slug}/written/job/{job.pk}/")
    assert 'http-equiv="refresh"' in page and "4/12" in page and 'value="33"' in page
    with endpoint(tmp_path):  # one request at a time per edition
        r = c.post(f"/staff/e/{edition.slug}/written/ask/", {"theme": theme.key})
        assert "already writing" in _page(c, r["Location"])
    assert writing.mark_interrupted() == 1
    job.refresh_from_db()
    assert job.state == WritingJob.FAILED and "interrupted" in job.detail
    assert 'http-equiv="refresh"' not in _page(c, f"/staff/e/{edition.slug}/written/job/{job.pk}/")


def test_the_request_runs_in_the_background(
    transactional_db: None, sample_edition_id: int, tmp_path: Path
) -> None:
    import time

    from forum_messages.web.models import Edition

    from .conftest import make_user

    ed = Edition.objects.get(pk=sample_edition_id)  # shared and committed: changed by no one
    editor = make_user("bg-writer", "editor")
    m = _message(ed)
    try:
        with endpoint(tmp_path) as fake:
            r = client_for(editor).post(f"/staff/e/{ed.slug}/written/ask/", {"message": m.uid})
            job_id = int(r["Location"].rstrip("/").split("/")[-1])
            end = time.monotonic() + 30
            while WritingJob.objects.get(pk=job_id).going() and time.monotonic() < end:
                time.sleep(0.05)
            job = WritingJob.objects.get(pk=job_id)
            assert job.state == WritingJob.DONE, job.detail
            assert len(fake.requests) == 1
        assert WrittenText.objects.get(job=job).state == WrittenText.PENDING
    finally:
        WrittenText.objects.filter(message__draft__edition=ed).delete()
        WritingJob.objects.filter(edition=ed).delete()
        editor.delete()


TITLES_NOTE = f"Sub-topic titles written by a language model ({MODEL})"
TITLES_EDITED = (
    f"Sub-topic titles proposed by a language model ({MODEL}) and checked against their "
    "messages; the editors have changed some of them since."
)


def _shared_word(tp: Topic, taken: set[str]) -> str:
    """A word of 7 letters or more that the statements of two of the sub-topic's messages hold
    and that no title of the theme has: a title the checks let through."""
    holders: dict[str, int] = {}
    for m in tp.messages.filter(removed=False):
        text = " ".join(m.sources.values_list("statement__text", flat=True)).casefold()
        for word in set(re.findall(r"[a-z]{7,}", text)):
            holders[word] = holders.get(word, 0) + 1
    shared = sorted(w for w, n in holders.items() if n >= 2 and w not in taken)
    return shared[-1].capitalize() if shared else ""


def test_sub_topic_titles_of_a_theme(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    from forum_messages.web.services.writtentitles import live_topics

    c = client_for(users["editor"])
    draft = edition.draft
    # one or two sub-topics of a theme get a title the checks let through, the others one
    # naming an institute that no statement names
    planted: dict[int, str] = {}
    for th in draft.themes.all():
        topics = live_topics(draft, th.key)
        taken = {w.casefold() for tp in topics for w in tp.title.split()}
        words = {tp.pk: _shared_word(tp, taken) for tp in topics}
        planted = {pk: word for pk, word in words.items() if word}
        planted = dict(list(planted.items())[: min(2, len(topics) - 1)])
        if planted:
            theme = th
            break
    good = [tp for tp in topics if tp.pk in planted]
    bad = next(tp for tp in topics if tp.pk not in planted)
    first_line = {
        " ".join(m.text.split()): planted.get(tp.pk, "Partnerships with Varkon")
        for tp in topics
        for m in tp.messages.filter(removed=False)
    }

    def titles(request: dict[str, Any]) -> Reply:
        assert "You title one sub-topic" in request["messages"][0]["content"]
        return completion(json.dumps({"title": first_line[statements_of(request)[0]]}))

    with endpoint(tmp_path, titles) as fake:
        job = _ask(c, edition, theme=theme.key, kind="titles")
        assert job.state == WritingJob.DONE and job.done == job.total == len(topics), job.detail
        assert len(fake.requests) == len(topics)
    assert (
        job.detail == f"{len(good)} titles passed their checks, {len(topics) - len(good)} did not"
    )
    made = {w.topic_id: w for w in WrittenText.objects.filter(job=job)}
    assert set(made) == {tp.pk for tp in topics} and all(w.message is None for w in made.values())
    for tp in good:
        w = made[tp.pk]
        assert w.writing["status"] == "written", w.writing
        assert w.text == planted[tp.pk] and w.base_text == tp.title
    w_bad = made[bad.pk]
    assert w_bad.writing["status"] == "fallback" and w_bad.text == ""
    assert "name: Varkon" in w_bad.writing["sentences"][0]["problems"], w_bad.writing
    jobs_page = _page(c, f"/staff/e/{edition.slug}/written/job/{job.pk}/")
    assert "titles the sub-topics of" in jobs_page and planted[good[0].pk] in jobs_page
    assert "The title did not pass its checks: the current title stays" in jobs_page
    # each proposal beside the current title, with the checks' findings
    page = _page(c, f"/staff/e/{edition.slug}/written/{made[good[0].pk].pk}/")
    assert f"Proposed by a language model (<bdi>{MODEL}</bdi>), not a quotation" in page
    assert html.escape(good[0].title) in page and "Accept this title" in page
    # the sub-topic's messages to judge the title against come in pages of PAGE_SIZE
    every = list(
        good[0]
        .messages.filter(removed=False)
        .order_by("position", "id")
        .values_list("uid", flat=True)
    )
    assert len(every) >= 2
    listed = re.compile(rf'<li><a href="/staff/e/{edition.slug}/m/([^/"]+)/">')
    with override_settings(PAGE_SIZE=1):
        seen = []
        for n in range(1, len(every) + 1):
            on = _page(c, f"/staff/e/{edition.slug}/written/{made[good[0].pk].pk}/?page={n}")
            assert f"page {n} of {len(every)}" in on and "Accept this title" in on
            seen += listed.findall(on)
        assert seen == every
        last = _page(c, f"/staff/e/{edition.slug}/written/{made[good[0].pk].pk}/?page=99")
        assert listed.findall(last) == every[-1:]
    page = _page(c, f"/staff/e/{edition.slug}/written/{w_bad.pk}/")
    assert "a name no source holds: <bdi>Varkon</bdi>" in page, page
    assert "Accept this title" not in page
    index = _page(c, f"/staff/e/{edition.slug}/written/")
    assert all(f"/written/{w.pk}/" in index for w in made.values())
    # accepted as written: the title is the model's and the documents say so
    n = draft.versions.count()
    tp = good[0]
    old = tp.title
    r = c.post(
        f"/staff/e/{edition.slug}/written/{made[tp.pk].pk}/accept/", {"text": made[tp.pk].text}
    )
    assert r.status_code == 302
    tp.refresh_from_db()
    assert tp.title == planted[tp.pk] and tp.title_writing == made[tp.pk].writing
    v = draft.latest_version()
    assert v.summary == (
        f"accepted the title of sub-topic '{old}' written by {MODEL}: '{planted[tp.pk]}'"
    )
    [snap_tp] = [x for th in v.snapshot["themes"] for x in th["topics"] if x["uid"] == tp.uid]
    assert snap_tp["title_writing"] == made[tp.pk].writing
    core = core_from_snapshot(edition, draft, v.snapshot)
    [core_tp] = [x for th in core.themes for x in th.topics if x.id == tp.uid]
    assert core_tp.title_writing is not None and not core_tp.title_writing.edited
    md = str(render(core, "md"))
    assert TITLES_NOTE in md and TITLES_EDITED not in md
    assert f"title written by {MODEL}" in _page(
        c, f"/staff/e/{edition.slug}/versions/{v.number}/text/"
    )
    # renamed by an editor afterwards: the record, the version and the documents say so
    curation.rename_topic(tp, "Editors' own title", users["editor"])
    v = draft.latest_version()
    [snap_tp] = [x for th in v.snapshot["themes"] for x in th["topics"] if x["uid"] == tp.uid]
    assert snap_tp["title_writing"] == {**made[tp.pk].writing, "edited": True}
    core = core_from_snapshot(edition, draft, v.snapshot)
    md = str(render(core, "md"))
    assert TITLES_EDITED in md
    doc = json.loads(render(core, "json"))
    jsonschema.validate(doc, SCHEMA)
    [json_tp] = [x for th in doc["themes"] for x in th["topics"] if x["id"] == tp.uid]
    assert json_tp["title_writing"]["edited"] is True and json_tp["title"] == "Editors' own title"
    version_page = _page(c, f"/staff/e/{edition.slug}/versions/{v.number}/text/")
    assert f"title written by {MODEL}, edited by the editors" in version_page
    # asked again and edited before accepting: recorded as such
    with endpoint(tmp_path, titles) as fake:
        again = _ask(c, edition, theme=theme.key, kind="titles")
        assert not fake.requests  # the sub-topics' messages did not change: from the cache
    w2 = WrittenText.objects.get(job=again, topic=tp)
    assert w2.text == planted[tp.pk] and w2.base_text == "Editors' own title"
    made[bad.pk].refresh_from_db()
    assert made[bad.pk].state == WrittenText.REPLACED  # by the new request's
    w_bad = WrittenText.objects.get(job=again, topic=bad)
    c.post(f"/staff/e/{edition.slug}/written/{w2.pk}/accept/", {"text": w2.text + " policy"})
    assert draft.latest_version().summary == (
        f"accepted the title of sub-topic 'Editors' own title' written by {MODEL}, edited: "
        f"'{w2.text} policy'"
    )
    tp.refresh_from_db()
    assert tp.title == w2.text + " policy" and tp.title_writing == w2.writing
    assert "edited by the editors" in _page(
        c, f"/staff/e/{edition.slug}/versions/{draft.latest_version().number}/text/"
    )
    # rejected: the title stays, the choice is a version
    before = bad.title
    c.post(f"/staff/e/{edition.slug}/written/{w_bad.pk}/reject/")
    bad.refresh_from_db()
    assert bad.title == before and bad.title_writing is None
    assert draft.latest_version().summary == (
        f"rejected the title of sub-topic '{before}' written by {MODEL}; the title stays as it was"
    )
    assert draft.versions.count() == n + 4
    assert Topic.objects.filter(pk=bad.pk, written__state=WrittenText.REJECTED).exists()


SUMMARY_NOTE = (
    f"Summary written by a language model ({MODEL}); each sentence checked against the sources."
)
SUMMARY_EDITED = (
    f"Summary drafted by a language model ({MODEL}), then edited by the editors; the model's "
    "sentences were checked against the sources."
)


def summary_answer(request: dict[str, Any]) -> Reply:
    """The first sentence of the theme's lead message (supported) and a sentence with an
    invented number."""
    assert "You write the summary of one theme" in request["messages"][0]["content"]
    lead = re.split(r"(?<=[.!?])\s+", statements_of(request)[0])[0]
    return sentences_reply(lead, f"The forum counted {INVENTED} people.")


def test_a_theme_summary(edition: Any, users: dict[str, Any], tmp_path: Path) -> None:
    from forum_messages.web.models import Theme
    from forum_messages.web.services import versions

    c = client_for(users["editor"])
    draft = edition.draft
    theme = next(th for th in draft.themes.all() if th.topics.filter(removed=False).count() >= 2)
    with endpoint(tmp_path, summary_answer) as fake:
        job = _ask(c, edition, theme=theme.key, kind="summary")
        assert job.state == WritingJob.DONE and job.done == job.total == 1, job.detail
        assert len(fake.requests) == 1
    w = WrittenText.objects.get(job=job)
    assert w.theme == theme and w.message is None and w.topic is None and w.base_text == ""
    assert w.writing["status"] == "partial" and w.text and INVENTED not in w.text
    [kept, dropped] = w.writing["sentences"]
    assert kept["kept"] and kept["text"] == w.text and kept["source"]
    assert not dropped["kept"] and f"number: {INVENTED}" in dropped["problems"]
    page = _page(c, f"/staff/e/{edition.slug}/written/{w.pk}/")
    assert "The theme has no summary." in page and "Accept this summary" in page
    assert f"a number no source holds: <bdi>{INVENTED}</bdi>" in page
    assert "summarises" in _page(c, f"/staff/e/{edition.slug}/written/job/{job.pk}/")
    assert f"/written/{w.pk}/" in _page(c, f"/staff/e/{edition.slug}/written/")
    # the theme's messages to judge it against come in pages of PAGE_SIZE
    every = list(
        Message.objects.filter(topic__theme=theme, removed=False, topic__removed=False)
        .order_by("topic__position", "topic_id", "position", "id")
        .values_list("uid", flat=True)
    )
    assert len(every) > 2
    listed = re.compile(rf'<li><a href="/staff/e/{edition.slug}/m/([^/"]+)/">')
    with override_settings(PAGE_SIZE=2):
        count, seen = -(-len(every) // 2), []
        for n in range(1, count + 1):
            on = _page(c, f"/staff/e/{edition.slug}/written/{w.pk}/?page={n}")
            assert f"page {n} of {count}" in on and "Accept this summary" in on
            seen += listed.findall(on)
        assert seen == every
    # accepted after an edit: the theme has the summary, marked as edited everywhere
    before = draft.latest_version()
    edited = w.text + " Editors added this."
    c.post(f"/staff/e/{edition.slug}/written/{w.pk}/accept/", {"text": edited})
    theme.refresh_from_db()
    assert theme.summary == edited and theme.summary_writing == w.writing
    v = draft.latest_version()
    assert v.summary == f"accepted the summary of theme {theme.key} written by {MODEL}, edited"
    [snap_th] = [th for th in v.snapshot["themes"] if th["key"] == theme.key]
    assert snap_th["summary"] == edited
    assert snap_th["summary_writing"] == {**w.writing, "edited": True}
    core = core_from_snapshot(edition, draft, v.snapshot)
    [core_th] = [th for th in core.themes if th.key == theme.key]
    assert core_th.summary == edited and core_th.summary_writing is not None
    doc = json.loads(render(core, "json"))
    jsonschema.validate(doc, SCHEMA)
    [json_th] = [th for th in doc["themes"] if th["key"] == theme.key]
    assert json_th["summary"] == edited and json_th["summary_writing"]["edited"] is True
    md = str(render(core, "md"))
    assert edited in md and SUMMARY_EDITED in md and SUMMARY_NOTE not in md
    version_page = _page(c, f"/staff/e/{edition.slug}/versions/{v.number}/text/")
    assert f"summary written by {MODEL}, edited by the editors" in version_page
    now = timezone.now()
    publishing.publish_draft(
        edition, now - timedelta(hours=1), now + timedelta(days=7), users["admin"]
    )
    public = _page(client_for(None), f"/e/{edition.slug}/theme/{theme.key}/")
    assert html.escape(edited) in public and html.escape(SUMMARY_EDITED) in public
    # asked again (from the cache): rejected, then accepted as written
    with endpoint(tmp_path, summary_answer) as fake:
        w2 = WrittenText.objects.get(job=_ask(c, edition, theme=theme.key, kind="summary"))
        w3 = WrittenText.objects.get(job=_ask(c, edition, theme=theme.key, kind="summary"))
        assert not fake.requests
    w2.refresh_from_db()
    assert w2.state == WrittenText.REPLACED and w3.base_text == edited
    c.post(f"/staff/e/{edition.slug}/written/{w3.pk}/reject/")
    theme.refresh_from_db()
    assert theme.summary == edited
    assert draft.latest_version().summary == (
        f"rejected the summary of theme {theme.key} written by {MODEL}; the summary stays as it was"
    )
    with endpoint(tmp_path, summary_answer):
        w4 = WrittenText.objects.get(job=_ask(c, edition, theme=theme.key, kind="summary"))
    c.post(f"/staff/e/{edition.slug}/written/{w4.pk}/accept/", {"text": w4.text})
    v = draft.latest_version()
    core = core_from_snapshot(edition, draft, v.snapshot)
    md = str(render(core, "md"))
    assert SUMMARY_NOTE in md and SUMMARY_EDITED not in md
    # restoring the version before the first accept takes the summary away again
    versions.restore(draft, before, users["editor"])
    theme = Theme.objects.get(pk=theme.pk)
    assert theme.summary == "" and theme.summary_writing is None
    [snap_th] = [th for th in draft.latest_version().snapshot["themes"] if th["key"] == theme.key]
    assert "summary" not in snap_th and "summary_writing" not in snap_th
