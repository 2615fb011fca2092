"""Benchmark of the review site with a large consultation (figures in docs/benchmarks.md).

A fresh SQLite site in a temporary data directory: the sample edition drafted with the hash
embedder and its draft published for review; then a synthetic consultation export (our
generator: six languages, ``--share`` of the responses in 1-20 campaigns with edits) is
imported as comments while another thread keeps writing to the site (a moderation every
half second: how long each waits for the import shows whether reviewers can work meanwhile),
then the staff pages are timed through Django's test client (the whole request: middleware,
queries, template), each the median of ``--repeat`` loads, with the number of queries it
made. Then the group actions (one answer for the largest campaign, all comments set
visible), the streamed staff CSV export of every comment and the public CSV and XLSX files
of the handled comments. Prints JSON lines, with the load average of the machine (shared).

    .venv/bin/python bench/web_consultation.py --responses 100000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

DATED = ("created", "id")
COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000)


def _say(**fields: Any) -> None:
    print(json.dumps({**fields, "load": [round(x, 1) for x in os.getloadavg()]}), flush=True)


class _Writer(threading.Thread):
    """Moderates one comment every half second until stopped; how long each write took."""

    def __init__(self, comment_id: int, user: Any) -> None:
        super().__init__(daemon=True)
        self.comment_id, self.user = comment_id, user
        self.waits: list[float] = []
        self.failed = 0
        self.done = threading.Event()

    def run(self) -> None:
        from django.db import connection

        from forum_messages.web.models import Comment
        from forum_messages.web.services import comments
        from forum_messages.web.services.dblock import DatabaseBusy, retry_locked

        states = (Comment.VISIBLE, Comment.PENDING)
        while not self.done.wait(0.5):
            chosen = list(Comment.objects.filter(pk=self.comment_id))
            start = time.perf_counter()
            try:
                state = states[len(self.waits) % 2]
                retry_locked(partial(comments.moderate, chosen, state, self.user))
            except DatabaseBusy:
                self.failed += 1
            self.waits.append(time.perf_counter() - start)
        connection.close()

    def summary(self) -> dict[str, Any]:
        w = sorted(self.waits) or [0.0]
        return {
            "writes": len(self.waits),
            "refused": self.failed,
            "median_ms": round(statistics.median(w) * 1000),
            "max_ms": round(w[-1] * 1000),
        }


def _setup(data: str) -> None:
    os.environ["FORUM_MESSAGES_DATA_DIR"] = data
    os.environ.setdefault("FORUM_MESSAGES_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["FORUM_MESSAGES_PUBLIC_CACHE"] = "0"
    from forum_messages.web.commands import setup

    setup(None)


@contextmanager
def fresh_site(prefix: str) -> Iterator[str]:
    """A new site's data folder (a temporary one, removed after the block), set up."""
    with tempfile.TemporaryDirectory(prefix=prefix) as data:
        _setup(data)
        yield data


def _site() -> tuple[Any, Any]:
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from forum_messages.cli import sample_paths
    from forum_messages.web.services import drafting, importing, publishing

    ed = importing.edition_from_spec("igf2025")
    importing.import_paths(ed, [str(p) for p in sample_paths()])
    drafting.run_draft(ed, "hash")
    admin = get_user_model().objects.create_superuser("bench", password="bench-password-1")
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), admin)
    return ed, admin


def _time_page(client: Any, url: str, repeat: int) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, cpus = [], []
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start, cpu = time.perf_counter(), time.process_time()
            r = client.get(url)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        assert r.status_code == 200, (url, r.status_code)
        queries = len(ctx.captured_queries)
    return {
        "page": url.split("/", 4)[-1],
        "ms": round(statistics.median(times) * 1000),
        "cpu_ms": round(statistics.median(cpus) * 1000),
        "queries": queries,
    }


def deep_pages(
    url: str, segments: list[tuple[Any, tuple[str, ...]]], per_page: int
) -> Iterator[tuple[str, str]]:
    """The first, a middle and the last page of a list read from a key: the middle page's
    key is that of the row just before it (found here with an offset, as following the
    "next" links from the first page would give it)."""
    from forum_messages.web.services.commentpages import Keyset, Segment

    keyset = Keyset([Segment(qs, fields) for qs, fields in segments], per_page)
    total = sum(qs.count() for qs, _f in segments)
    last = max(1, (total + per_page - 1) // per_page)
    middle = max(1, last // 2)
    yield f"page 1 of {last}", url
    if middle > 1:
        key = urlencode({"after": keyset.cursor_at((middle - 1) * per_page - 1)})
        yield f"page {middle} of {last}", f"{url}&{key}"
    yield f"page {last} of {last}", f"{url}&last=1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--share", type=float, default=0.5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    with fresh_site("fm-web-bench-") as data:
        from django.db.models import Count
        from django.test import Client

        from forum_messages.evaluation.consultations import generate, write_csv
        from forum_messages.ingest.consultation import parse_columns
        from forum_messages.web.models import Campaign, Comment
        from forum_messages.web.services import commentgroups, consultimport

        ed, admin = _site()
        export = Path(data) / f"consultation-{args.responses}.csv"
        write_csv(export, generate(args.responses, args.share, 20, seed=1))
        size_mb = round(export.stat().st_size / 1e6, 1)
        from forum_messages.web.services import commentindex, comments

        early = comments.submit(
            ed, comments.Target("draft"), {"text": "An early comment."}, "10.0.0.1", "t" * 32
        )
        indexing: dict[str, float] = {}
        real_index = commentindex.index_import

        def timed_index(batch: Any, pause: float = 0.0) -> int:
            t, c = time.perf_counter(), time.process_time()
            n = real_index(batch, pause)
            indexing.update(seconds=time.perf_counter() - t, cpu=time.process_time() - c)
            return n

        commentindex.index_import = timed_index  # type: ignore[assignment]
        writer = _Writer(early.pk, admin)
        writer.start()
        start, cpu = time.perf_counter(), time.process_time()
        result = consultimport.import_file(ed, export, parse_columns(COLUMNS))
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        writer.done.set()
        writer.join()
        _say(
            stage="import",
            responses=result.responses,
            comments=result.comments,
            campaigns=result.campaigns,
            file_mb=size_mb,
            seconds=round(wall - indexing["seconds"], 1),
            cpu_seconds=round(cpu - indexing["cpu"], 1),
            peak_mb=_peak_mb(),
        )
        _say(
            stage="text index of the imported comments",
            seconds=round(indexing["seconds"], 1),
            cpu_seconds=round(indexing["cpu"], 1),
        )
        _say(stage="site writes during the import", **writer.summary())
        c = Client()
        c.force_login(admin)
        s = f"/staff/e/{ed.slug}"
        largest = (
            Comment.objects.filter(edition=ed, campaign__isnull=False)
            .values("campaign_id")
            .order_by()
            .annotate(n=Count("id"))
            .order_by("-n")
            .values_list("campaign_id", flat=True)
            .first()
        )
        from forum_messages.web.services.commentgroups import GroupFilters, members

        def group(**f: str) -> list[tuple[Any, tuple[str, ...]]]:
            return [(members(ed, GroupFilters(**f)), ("id",))]

        pending = Comment.objects.filter(edition=ed, state=Comment.PENDING)
        search = GroupFilters(q="spectrum").apply(pending)
        camps = Campaign.objects.filter(edition=ed, size__gt=0)
        queues = [
            ("moderation queue", f"{s}/moderate/?state=pending", [(pending, DATED)], 100),
            ("moderation queue, search", f"{s}/moderate/?q=spectrum", [(search, DATED)], 100),
            ("group page, every comment", f"{s}/group/?", group(), 100),
            ("group page, search", f"{s}/group/?q=spectrum", group(q="spectrum"), 100),
            (
                "group page, one respondent type",
                f"{s}/group/?group=Private+sector",
                group(group="Private sector"),
                100,
            ),
            (
                "group page, largest campaign",
                f"{s}/group/?campaign={largest}",
                group(campaign=str(largest)),
                100,
            ),
            ("campaigns list", f"{s}/campaigns/?", [(camps, ("-size", "id"))], 50),
        ]
        for label, url, segments, per in queues:
            for where, page_url in deep_pages(url, segments, per):
                c.get(page_url)  # the published text is read once per process
                _say(stage="page", queue=label, where=where, **_time_page(c, page_url, args.repeat))
        campaign = Comment.objects.filter(edition=ed, campaign_id=largest)
        campaign.update(state=Comment.VISIBLE)
        for label, action in (
            (
                "answer largest campaign",
                partial(commentgroups.answer_all, campaign, "noted", "Thank you: noted.", admin),
            ),
            (
                "set all visible",
                partial(
                    commentgroups.moderate_all, Comment.objects.filter(edition=ed), "visible", admin
                ),
            ),
        ):
            start, cpu = time.perf_counter(), time.process_time()
            n = action()
            _say(
                stage=label,
                comments=n,
                seconds=round(time.perf_counter() - start, 2),
                cpu_seconds=round(time.process_time() - cpu, 2),
            )
        visible = Comment.objects.filter(edition=ed, state=Comment.VISIBLE)
        for label, url, qs in (
            ("answers queue, all visible", f"{s}/answers/?show=all", visible),
            (
                "answers queue, not answered",
                f"{s}/answers/?show=unanswered",
                visible.filter(disposition__isnull=True),
            ),
        ):
            segments = [
                (qs.filter(campaign__isnull=True), DATED),
                (qs.filter(campaign__isnull=False), ("campaign_id", *DATED)),
            ]
            for where, page_url in deep_pages(url, segments, 100):
                _say(stage="page", queue=label, where=where, **_time_page(c, page_url, args.repeat))
        for label, url in (
            ("staff export csv", f"{s}/comments.csv"),
            ("public csv", f"/e/{ed.slug}/comments.csv"),
            ("public xlsx", f"/e/{ed.slug}/comments.xlsx"),
            ("public xlsx again (made already: sent from the file)", f"/e/{ed.slug}/comments.xlsx"),
        ):
            start, cpu = time.perf_counter(), time.process_time()
            r = c.get(url)
            first = time.perf_counter() - start
            size = sum(len(b) for b in r.streaming_content)
            r.close()
            _say(
                stage=label,
                first_bytes_ms=round(first * 1000),
                seconds=round(time.perf_counter() - start, 2),
                cpu_seconds=round(time.process_time() - cpu, 2),
                mb=round(size / 1e6, 1),
                peak_mb=_peak_mb(),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
