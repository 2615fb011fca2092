"""Comments from one address sent at the same moment: the rate limit counts them and stores
each in one transaction, one address at a time, so no more than the limit are stored however
many arrive together. Before, each counted the comments already stored, then looked for its
campaign, then stored itself: all those in flight passed the limit.

The campaign look-up (between the early count and the store) is slowed down so that every
comment has counted before any is stored. On a real SQLite file, in a process of its own
(the other web tests use an in-memory database); and, in the PostgreSQL run
(scripts/web-postgres-test.sh), on PostgreSQL too, in threads of this process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections
from django.test import override_settings
from django.utils import timezone

from forum_messages.web.models import Comment
from forum_messages.web.services import comments

AT_ONCE = 6
LIMIT = 2
TEXTS = [
    "Le coût de la liaison de collecte freine les réseaux communautaires {i}.",
    "El espectro asequible debe reservarse para las redes comunitarias {i}.",
    "Сообществу нужны недорогие каналы связи в сельских районах {i}.",
    "社区网络需要负担得起的频谱和回程线路 {i}。",
    "يجب أن تكون شبكات المجتمع المحلي جزءًا من خطط النطاق العريض {i}.",
    "Community networks need a line of their own in broadband plans {i}.",
]


def send_together(ed: Any, pause: float) -> list[str]:
    """AT_ONCE comments from one address, each in its own thread, let go at once; what each
    got: "stored" or "limited"."""
    real = comments._best_match
    gate = threading.Barrier(AT_ONCE)
    said: list[str] = []

    def slow(comment: Comment, keys: list[int]) -> Comment | None:
        time.sleep(pause)  # every comment counts before any is stored
        return real(comment, keys)

    def send(i: int) -> None:
        try:
            gate.wait()
            data = {"text": TEXTS[i % len(TEXTS)].format(i=i), "name": f"N{i}"}
            comments.submit(ed, comments.Target("draft"), data, "10.9.9.9", f"race{i:02d}")
            said.append("stored")
        except comments.RateLimited:
            said.append("limited")
        except BaseException as exc:  # reported to the test
            said.append(repr(exc))
        finally:
            connections.close_all()

    comments._best_match = slow  # type: ignore[assignment]
    try:
        threads = [threading.Thread(target=send, args=(i,)) for i in range(AT_ONCE)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    finally:
        comments._best_match = real  # type: ignore[assignment]
    return sorted(said)


SCENARIO = textwrap.dedent(
    """
    import json, sys
    from datetime import timedelta
    from pathlib import Path
    from forum_messages.web.commands import setup
    setup(sys.argv[1])
    from django.db import connection
    from django.utils import timezone
    from forum_messages.web.models import Comment
    from forum_messages.web.services import drafting, importing, publishing
    from tests.web.test_rate_race import send_together

    report = Path(sys.argv[1]) / "r.jsonl"
    report.write_text("".join(
        f'{{"session": "WS #{i}", "title": "T", "type": "Workshop", "theme": '
        f'"connectivity", "key_takeaways": ["Point {i}: community networks need '
        f'affordable spectrum and backhaul."]}}\\n' for i in range(1, 4)
    ), encoding="utf-8")
    ed = importing.edition_from_spec("minimal", "site")
    importing.import_paths(ed, [report])
    drafting.run_draft(ed, "hash")
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), None)
    said = send_together(ed, 0.5)
    print("RESULT " + json.dumps({"said": said, "vendor": connection.vendor,
                                  "stored": Comment.objects.filter(edition=ed).count()}))
    """
)


def test_a_real_sqlite_file_stores_no_more_than_the_limit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    env.pop("DATABASE_URL", None)
    env["FORUM_MESSAGES_RATE_LIMIT"] = str(LIMIT)
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(root), *sys.path])
    data = tmp_path / "site"
    data.mkdir()
    r = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(data)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = next((x for x in r.stdout.splitlines() if x.startswith("RESULT ")), "")
    assert r.returncode == 0 and line, r.stdout + r.stderr
    out = json.loads(line[len("RESULT ") :])
    assert out["vendor"] == "sqlite"
    assert out["said"] == ["limited"] * (AT_ONCE - LIMIT) + ["stored"] * LIMIT, out
    assert out["stored"] == LIMIT


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQLite run is the one above")
@override_settings(RATE_LIMIT=LIMIT)
def test_postgresql_stores_no_more_than_the_limit(transactional_db: None) -> None:
    from forum_messages.web.services import drafting, importing, publishing

    ed = importing.edition_from_spec("minimal", "rate-race")
    try:
        from forum_messages.cli import sample_paths

        importing.import_paths(ed, [str(p) for p in sample_paths()][:1])
        drafting.run_draft(ed, "hash")
        now = timezone.now()
        publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), None)
        said = send_together(ed, 0.5)
        assert said == ["limited"] * (AT_ONCE - LIMIT) + ["stored"] * LIMIT, said
        assert Comment.objects.filter(edition=ed).count() == LIMIT
    finally:
        Comment.objects.filter(edition=ed).delete()  # before the publication they refer to
