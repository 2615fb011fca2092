"""Load benchmark: N concurrent clients post and read comments on the site over loopback.

::

    python -m forum_messages.web.loadtest [--clients 50] [--seconds 60] [--out FILE.json]

It makes a fresh data directory (SQLite), imports the sample edition and drafts it (hash
embedder), opens the review, starts ``forum-messages serve`` (waitress) on 127.0.0.1, and runs
the clients: each alternates between posting a comment on a message (a third of them are a
campaign text with a unique addition) and reading a public page (edition, theme, "how
comments were handled"). It then checks the database: every comment the site accepted is
stored exactly once. It reports throughput and p50/p95/p99 latency. Traffic goes only to
127.0.0.1, and every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

SLUG = "internet-governance-forum-2025"
WORDS = (
    "access", "affordable", "connectivity", "rural", "schools", "data", "protection",
    "cybersecurity", "capacity", "youth", "women", "inclusion", "spectrum", "community",
    "networks", "open", "standards", "trust", "resilience", "artificial", "intelligence",
    "governance", "rights", "privacy", "cooperation", "skills", "infrastructure",
)  # fmt: skip
CAMPAIGN = (
    "We urge the IGF to recognise community networks as essential infrastructure. "
    "Spectrum should be available to them at no cost. "
    "Universal service funds must support local operators."
)


@dataclass
class ClientResult:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"post": [], "read": []})
    accepted: list[str] = field(default_factory=list)
    refused: int = 0
    errors: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int) -> None:
    """Until the server on 127.0.0.1:``port`` takes connections (30 s at most)."""
    for _ in range(150):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    env.pop("DATABASE_URL", None)
    return {**env, "FORUM_MESSAGES_DATA_DIR": str(data), "FORUM_MESSAGES_RATE_LIMIT": "0"}


def prepare(data: Path) -> list[str]:
    """Import and draft the sample, open the review now; return the message ids."""
    subprocess.run(
        [sys.executable, "-m", "forum_messages.web", "import", "--sample", "--draft",
         "--embedder", "hash"],
        env=_env(data), check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    os.environ.update(_env(data))
    os.environ.pop("DATABASE_URL", None)  # the benchmark is of the SQLite site
    from forum_messages.web.commands import setup

    setup(str(data))
    from datetime import timedelta

    from django.db import connections
    from django.utils import timezone

    from forum_messages.web.models import Edition
    from forum_messages.web.services import publishing

    ed = Edition.objects.get(slug=SLUG)
    ed.premoderate = False
    ed.save()
    now = timezone.now()
    pub = publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=1), None)
    uids = [m["uid"] for t in pub.version.snapshot["themes"] for tp in t["topics"]
            for m in tp["messages"]]  # fmt: skip
    connections.close_all()
    return uids


class Client:
    def __init__(self, port: int, uids: list[str], seed: int) -> None:
        self.port = port
        self.uids = uids
        self.rng = random.Random(seed)
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str, str]:
        headers = {
            "Host": "127.0.0.1",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
        try:
            self.conn.request(method, path, body=body, headers=headers)
            resp = self.conn.getresponse()
            data = resp.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            raise
        for h, v in resp.getheaders():
            if h.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return resp.status, resp.getheader("Location", "") or "", data

    def start(self) -> None:
        status, _loc, page = self.request("GET", f"/e/{SLUG}/comment/message/{self.uids[0]}/")
        m = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not m:
            raise RuntimeError(f"comment form: HTTP {status}")
        self.csrf = m.group(1)

    def text(self) -> str:
        words = " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(12, 40)))
        if self.rng.random() < 1 / 3:
            return f"{CAMPAIGN} In our district {' '.join(words.split()[:6])}."
        return f"Comment {self.rng.getrandbits(48):x}: {words}."

    def post(self, result: ClientResult) -> None:
        token = f"{self.rng.getrandbits(128):032x}"
        uid = self.rng.choice(self.uids)
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": self.csrf, "token": token, "text": self.text(),
             "name": f"Bench {token[:6]}", "stakeholder_group": "Civil Society"}
        )  # fmt: skip
        t = time.perf_counter()
        status, location, _ = self.request("POST", f"/e/{SLUG}/comment/message/{uid}/", body)
        result.latencies["post"].append(time.perf_counter() - t)
        if status == 302 and "/thanks/" in location:
            result.accepted.append(token)
        else:
            result.refused += 1

    def read(self, result: ClientResult) -> None:
        path = self.rng.choice(
            [f"/e/{SLUG}/", f"/e/{SLUG}/theme/trust/", f"/e/{SLUG}/theme/access/",
             f"/e/{SLUG}/handled/"]
        )  # fmt: skip
        t = time.perf_counter()
        status, _loc, _page = self.request("GET", path)
        result.latencies["read"].append(time.perf_counter() - t)
        if status != 200:
            result.errors.append(f"GET {path}: {status}")


def run_client(
    port: int, uids: list[str], seed: int, deadline: float, out: ClientResult, think_ms: float
) -> None:
    client = Client(port, uids, seed)
    try:
        client.start()
    except Exception as exc:
        out.errors.append(f"start: {exc}")
        return
    i = 0
    # at least one post and one read each, however slowly the server started answering
    while i < 2 or time.monotonic() < deadline:
        try:
            (client.post if i % 2 == 0 else client.read)(out)
        except Exception as exc:
            out.errors.append(f"{type(exc).__name__}: {exc}")
        i += 1
        if think_ms > 0:
            time.sleep(min(client.rng.expovariate(1000 / think_ms), 10 * think_ms / 1000))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * len(values) + 0.5) - 1))
    return values[k]


def verify(accepted: list[str]) -> dict[str, int]:
    from django.db.models import Count

    from forum_messages.web.models import Comment

    stored: dict[str, int] = {}
    for start in range(0, len(accepted), 500):
        chunk = accepted[start : start + 500]
        for token, n in (
            Comment.objects.filter(token__in=chunk).values("token").annotate(n=Count("id"))
            .values_list("token", "n")
        ):  # fmt: skip
            stored[token] = n
    total = Comment.objects.count()
    return {
        "accepted": len(accepted),
        "stored": total,
        "lost": sum(1 for t in accepted if t not in stored),
        "duplicated": sum(1 for n in stored.values() if n > 1),
        "stored_not_acknowledged": total - len(stored),
        "campaign_members": Comment.objects.filter(campaign__isnull=False).count(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m forum_messages.web.loadtest")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--threads", type=int, default=16, help="waitress threads per process")
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    ap.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="mean pause of a client between requests (0: none, the server is saturated)",
    )
    ap.add_argument("--out", default="", help="write the figures as JSON here")
    ap.add_argument("--keep", action="store_true", help="keep the data directory")
    args = ap.parse_args(argv)
    if not 1 <= args.clients <= 500 or not 1 <= args.seconds <= 600:
        ap.error("clients must be 1..500 and seconds 1..600")
    data = Path(tempfile.mkdtemp(prefix="fm-bench-"))
    print(f"preparing the sample edition in {data} ...", flush=True)
    uids = prepare(data)
    port = _free_port()
    log = (data / "server.log").open("wb")  # a pipe nobody reads would block the server
    server = subprocess.Popen(
        [sys.executable, "-m", "forum_messages.web", "serve", "--port", str(port),
         "--threads", str(args.threads), "--workers", str(args.workers)],
        env=_env(data), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for(port)
        print(
            f"{args.clients} clients for {args.seconds:.0f} s on 127.0.0.1:{port} ...", flush=True
        )
        results = [ClientResult() for _ in range(args.clients)]
        start = time.monotonic()
        deadline = start + args.seconds
        threads = [
            threading.Thread(
                target=run_client, args=(port, uids, i, deadline, results[i], args.think_ms)
            )
            for i in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.seconds + 60)
        elapsed = time.monotonic() - start
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    posts = [x for r in results for x in r.latencies["post"]]
    reads = [x for r in results for x in r.latencies["read"]]
    both = posts + reads
    accepted = [t for r in results for t in r.accepted]
    errors = [e for r in results for e in r.errors]
    check = verify(accepted)

    def ms(values: list[float]) -> dict[str, float]:
        return {
            "p50_ms": round(1000 * percentile(values, 50), 1),
            "p95_ms": round(1000 * percentile(values, 95), 1),
            "p99_ms": round(1000 * percentile(values, 99), 1),
            "mean_ms": round(1000 * statistics.fmean(values), 1) if values else 0.0,
        }

    report = {
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "server_threads": args.threads,
        "server_workers": args.workers,
        "think_ms": args.think_ms,
        "requests": len(both),
        "throughput_rps": round(len(both) / elapsed, 1),
        "posts": len(posts),
        "reads": len(reads),
        "all": ms(both),
        "post": ms(posts),
        "read": ms(reads),
        "refused_posts": sum(r.refused for r in results),
        "errors": len(errors),
        "first_errors": errors[:5],
        "check": check,
        "ok": check["lost"] == 0 and check["duplicated"] == 0,
    }
    print(json.dumps(report, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if not args.keep:
        shutil.rmtree(data, ignore_errors=True)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
