"""A real SQLite file, locked by a second connection: comments wait it out or come back with
their text; imports write in short transactions and stay all or nothing.

Each scenario runs in a fresh process whose site lives in a data directory of its own, a copy
of one migrated once for the file (the other web tests use an in-memory database, which cannot
be locked from outside)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

PRELUDE = textwrap.dedent(
    """
    import json, sqlite3, sys, threading, time
    from datetime import timedelta
    from pathlib import Path
    from forum_messages.web.commands import setup
    setup(sys.argv[1])
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone
    from forum_messages.web.models import Comment, Session, Statement
    from forum_messages.web.services import dblock, drafting, importing, publishing

    DB = settings.DATABASES["default"]["NAME"]
    REPORT = Path(sys.argv[1]) / "r.jsonl"
    out = {}

    def write_report(n, start=1):
        REPORT.write_text("".join(
            f'{{"session": "WS #{i}", "title": "T", "type": "Workshop", "theme": '
            f'"connectivity", "key_takeaways": ["Point {i}: community networks need '
            f'affordable spectrum and backhaul."]}}\\n'
            for i in range(start, start + n)
        ), encoding="utf-8")
        return REPORT

    def hold_lock(seconds):
        \"\"\"A second connection takes the write lock now and keeps it for ``seconds``.\"\"\"
        other = sqlite3.connect(DB, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        def release():
            time.sleep(seconds)
            other.execute("ROLLBACK")
            other.close()
        t = threading.Thread(target=release)
        t.start()
        return t

    def can_write_now():
        other = sqlite3.connect(DB, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
    """
)

COMMENTS = textwrap.dedent(
    """
    dblock.LOCK_WAIT_SECONDS = 0.3  # each attempt waits 0.3 s: about 3 s in all
    ed = importing.edition_from_spec("minimal", "site")
    importing.import_paths(ed, [write_report(3)])
    drafting.run_draft(ed, "hash")
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), None)
    c = Client()
    text = "Backhaul costs deserve a sentence of their own, please."

    def post(token):
        t0 = time.monotonic()
        r = c.post("/e/site/comment/draft/", {"text": text, "token": token})
        body = r.content.decode()
        return {"status": r.status_code, "seconds": time.monotonic() - t0,
                "text_kept": text in body, "token_kept": f'value="{token}"' in body,
                "busy": "is not saved yet" in body, "retry_after": r.get("Retry-After"),
                "stored": Comment.objects.filter(token=token).count()}

    holder = hold_lock(1.2)  # longer than one attempt, shorter than all of them
    out["short_lock"] = post("a" * 32)
    holder.join()
    holder = hold_lock(8)  # longer than every attempt together
    out["long_lock"] = post("b" * 32)
    holder.join()
    out["after"] = post("b" * 32)  # the same form, sent again
    print("RESULT " + json.dumps(out))
    """
)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    env.pop("DATABASE_URL", None)
    return env


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose database the migrations have made, once for this file: each
    scenario starts from a copy of it (the migrations are not what these tests are about)."""
    data = tmp_path_factory.mktemp("migrated") / "site"
    data.mkdir()
    make = "import sys\nfrom forum_messages.web.commands import setup\nsetup(sys.argv[1])\n"
    r = subprocess.run(
        [sys.executable, "-c", make, str(data)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    return data


def run_scenario(tmp_path: Path, body: str, migrated: Path) -> dict[str, Any]:
    data = tmp_path / "site"
    shutil.copytree(migrated, data)
    r = subprocess.run(
        [sys.executable, "-c", PRELUDE + body, str(data)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next((x for x in r.stdout.splitlines() if x.startswith("RESULT ")), "")
    assert r.returncode == 0 and line, r.stdout + r.stderr
    result: dict[str, Any] = json.loads(line[len("RESULT ") :])
    return result


def test_comments_wait_out_a_lock_or_come_back_with_their_text(
    tmp_path: Path, migrated: Path
) -> None:
    out = run_scenario(tmp_path, COMMENTS, migrated)
    short = out["short_lock"]
    assert short["status"] == 302 and short["stored"] == 1, short
    assert short["seconds"] >= 1.0  # it did wait for the other writer
    long = out["long_lock"]
    assert long["status"] == 503, long
    assert long["text_kept"] and long["token_kept"] and long["busy"], long
    assert long["retry_after"] == "5" and long["stored"] == 0
    assert long["seconds"] < 8  # bounded: it gave up before the lock was released
    after = out["after"]
    assert after["status"] == 302 and after["stored"] == 1, after


IMPORTS = textwrap.dedent(
    """
    import os
    from django.db import connections
    from forum_messages.web.services import staged

    staged.BATCH_ROWS = 2
    ed = importing.edition_from_spec("minimal", "site")
    importing.import_paths(ed, [write_report(3)])
    real_chunks = staged._chunks

    def visible():
        return Statement.objects.filter(edition=ed).count()

    def pending():
        return (Statement.all_objects.exclude(pending="").count()
                + Session.all_objects.exclude(pending="").count())

    # 1. Between two batches, another connection can write, and nobody sees the new rows.
    between = []
    def spying(rows):
        for batch in real_chunks(rows):
            yield batch
            between.append({"can_write": can_write_now(), "visible": visible()})
    staged._chunks = spying
    out["counts"] = importing.import_paths(ed, [write_report(10)])
    out["between"] = between
    out["visible_after"] = visible()

    # 2. An import that fails half way leaves nothing behind.
    def failing(rows):
        for i, batch in enumerate(real_chunks(rows)):
            if i == 2:
                raise RuntimeError("disk full")
            yield batch
    staged._chunks = failing
    try:
        importing.import_paths(ed, [write_report(20)])
        out["failed"] = False
    except RuntimeError:
        out["failed"] = True
    out["after_failure"] = {"visible": visible(), "pending": pending()}

    # 3. A process killed in the middle of an import: its rows stay hidden, and the next
    #    import clears them and succeeds.
    staged._chunks = real_chunks
    connections.close_all()
    pid = os.fork()
    if pid == 0:
        def dying(rows):
            for i, batch in enumerate(real_chunks(rows)):
                if i == 2:
                    os._exit(0)
                yield batch
        staged._chunks = dying
        importing.import_paths(ed, [write_report(20)])
        os._exit(1)
    os.waitpid(pid, 0)
    out["killed"] = {"visible": visible(), "pending": pending()}
    out["restart_counts"] = importing.import_paths(ed, [write_report(20)])
    out["restart"] = {"visible": visible(), "pending": pending()}
    print("RESULT " + json.dumps(out))
    """
)


def test_imports_write_in_short_transactions_all_or_nothing(tmp_path: Path, migrated: Path) -> None:
    out = run_scenario(tmp_path, IMPORTS, migrated)
    assert out["counts"] == {"sessions": 10, "statements": 10, "new": 7, "withdrawn": 0}
    # 7 new sessions and 7 new statements in batches of 2: 8 batches, each committed alone.
    assert len(out["between"]) == 8
    assert all(b["can_write"] for b in out["between"]), out["between"]
    assert all(b["visible"] == 3 for b in out["between"]), out["between"]
    assert out["visible_after"] == 10
    assert out["failed"] and out["after_failure"] == {"visible": 10, "pending": 0}
    assert out["killed"]["visible"] == 10 and out["killed"]["pending"] > 0
    assert out["restart_counts"]["new"] == 10
    assert out["restart"] == {"visible": 20, "pending": 0}


CONSULTATION = textwrap.dedent(
    """
    import os
    from django.db import connections
    from forum_messages.ingest.consultation import parse_columns
    from forum_messages.web.models import ConsultationImport, StagedComment
    from forum_messages.web.services import consultimport, consultstage

    consultimport.CHUNK = 2
    ed = importing.edition_from_spec("minimal", "site")
    importing.import_paths(ed, [write_report(3)])
    drafting.run_draft(ed, "hash")
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), None)
    cols = parse_columns("id=ID,text=Q1")

    def export(start, n):
        path = Path(sys.argv[1]) / f"export-{start}.csv"
        rows = [f"R{i},Answer number {i} about rural spectrum licences." for i in
                range(start, start + n)]
        path.write_text("ID,Q1\\n" + "\\n".join(rows) + "\\n", encoding="utf-8")
        return path

    def visible():
        return Comment.objects.filter(edition=ed).count()

    real_stage = consultstage.stage_chunk
    between = []
    def spying(batch, rows, keys):
        real_stage(batch, rows, keys)
        if rows:
            between.append({"can_write": can_write_now(), "visible": visible()})
    consultstage.stage_chunk = spying
    out["first"] = consultimport.import_file(ed, export(1, 8), cols).comments
    out["between"] = between
    consultstage.stage_chunk = real_stage

    # a process killed half way: its rows stay staged and unseen; the next import clears them
    connections.close_all()
    pid = os.fork()
    if pid == 0:
        def dying(batch, rows, keys):
            if StagedComment.objects.count() >= 4:
                os._exit(0)
            real_stage(batch, rows, keys)
        consultstage.stage_chunk = dying
        consultimport.import_file(ed, export(100, 10), cols)
        os._exit(1)
    os.waitpid(pid, 0)
    out["killed"] = {"visible": visible(), "staged": StagedComment.objects.count(),
                     "unfinished": ConsultationImport.objects.filter(finished=False).count()}
    out["again"] = consultimport.import_file(ed, export(100, 10), cols).comments
    out["after"] = {"visible": visible(), "staged": StagedComment.objects.count(),
                    "unfinished": ConsultationImport.objects.filter(finished=False).count()}
    print("RESULT " + json.dumps(out))
    """
)


def test_consultation_imports_stage_in_short_transactions_all_or_nothing(
    tmp_path: Path, migrated: Path
) -> None:
    out = run_scenario(tmp_path, CONSULTATION, migrated)
    assert out["first"] == 8
    assert len(out["between"]) == 4  # 8 answers in chunks of 2, each committed alone
    assert all(b["can_write"] and b["visible"] == 0 for b in out["between"]), out["between"]
    assert out["killed"] == {"visible": 8, "staged": 4, "unfinished": 1}
    assert out["again"] == 10
    assert out["after"] == {"visible": 18, "staged": 0, "unfinished": 0}
