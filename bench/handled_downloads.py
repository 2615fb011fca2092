"""Timing of the comments download under load: twelve concurrent XLSX downloads of 3,200
comments, and how long the comment form takes to load meanwhile.

    .venv/bin/python bench/handled_downloads.py [--comments 3200] [--downloads 12]

It makes a fresh SQLite site with the sample edition (hash embedder), stores the comments
(half of them answered), starts ``forum-messages serve`` on 127.0.0.1 and measures: the
comment form alone; then twice twelve downloads at once while one client keeps loading the
comment form: "cold" just after a new comment (the file must be made again) and "warm" (the
comments unchanged since). Traffic goes only to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from forum_messages.web.loadtest import SLUG, _env, _free_port, prepare, wait_for

FORM = f"/e/{SLUG}/comment/draft/"
XLSX = f"/e/{SLUG}/comments.xlsx"


def store_comments(n: int) -> None:
    from django.db import connections

    from forum_messages.web.models import Comment, Disposition, Edition
    from forum_messages.web.services import publishing

    ed = Edition.objects.get(slug=SLUG)
    pub = publishing.current_draft_publication(ed)
    rows = [
        Comment(
            edition=ed,
            publication=pub,
            target="draft",
            text=f"Comment {i}: connectivity for rural schools needs affordable spectrum.",
            name=f"Reader {i}",
            state=Comment.VISIBLE,
            token=f"bench-{i}",
            fingerprint=f"{i:064x}",
        )
        for i in range(n)
    ]
    made = Comment.objects.bulk_create(rows, batch_size=500)
    Disposition.objects.bulk_create(
        [Disposition(comment=c, kind="noted", response="Noted with thanks.") for c in made[::2]],
        batch_size=500,
    )
    connections.close_all()


def get(port: int, path: str) -> tuple[float, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    t = time.perf_counter()
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    resp = conn.getresponse()
    resp.read()
    conn.close()
    return time.perf_counter() - t, resp.status


def under_load(port: int, downloads: int) -> dict[str, float]:
    """``downloads`` downloads at once; the comment form loaded over and over meanwhile."""
    took: list[float] = []
    form: list[float] = []
    done = threading.Event()

    def download() -> None:
        seconds, status = get(port, XLSX)
        assert status == 200, status
        took.append(seconds)

    def reader() -> None:
        while not done.is_set():
            form.append(get(port, FORM)[0])

    threads = [threading.Thread(target=download) for _ in range(downloads)]
    watcher = threading.Thread(target=reader)
    watcher.start()
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    done.set()
    watcher.join()
    return {
        "all_downloads_s": round(wall, 2),
        "download_max_s": round(max(took), 2),
        "form_median_s": round(statistics.median(form), 3),
        "form_max_s": round(max(form), 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser(prog="bench/handled_downloads.py")
    ap.add_argument("--comments", type=int, default=3200)
    ap.add_argument("--downloads", type=int, default=12)
    args = ap.parse_args()
    data = Path(tempfile.mkdtemp(prefix="fm-bench-xlsx-"))
    server = None
    try:
        prepare(data)
        store_comments(args.comments)
        port = _free_port()
        log = (data / "server.log").open("wb")
        server = subprocess.Popen(
            [sys.executable, "-m", "forum_messages.web", "serve", "--port", str(port)],
            env=_env(data) | {"FORUM_MESSAGES_PUBLIC_CACHE": "0"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for(port)
        alone = [get(port, FORM)[0] for _ in range(20)]
        report = {
            "comments": args.comments,
            "downloads": args.downloads,
            "form_alone_median_s": round(statistics.median(alone), 3),
            "one_download_s": round(get(port, XLSX)[0], 2),
            "cold": {},
            "warm": {},
        }
        store_comments_one_more()
        report["cold"] = under_load(port, args.downloads)
        report["warm"] = under_load(port, args.downloads)
        print(json.dumps(report, indent=2))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)
    return 0


def store_comments_one_more() -> None:
    """A new comment, so the next download finds the comments changed."""
    from django.db import connections

    from forum_messages.web.models import Comment

    last = Comment.objects.order_by("-pk").first()
    assert last is not None
    last.pk = None
    last.token = "bench-one-more"
    last.save()
    connections.close_all()


if __name__ == "__main__":
    sys.exit(main())
