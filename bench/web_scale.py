"""A large edition on the site: ``--statements`` synthetic statements (bench/synthetic.py)
imported into a fresh site through the command line (``forum_messages.web import``) and
through the staff page's upload (Django's test client, the whole request), each in a process
of its own so that its peak memory is its own; then drafted with the hash embedder and the
staff pages that list messages (the curation overview, one theme open, every theme open, a
search; each a page of ``FORUM_MESSAGES_PAGE_SIZE`` messages at most), the first version,
*Not reflected*, a written theme summary and sub-topic title, the public pages and (once the
final text is published) what changed since the draft timed, each the median of
``--repeat`` loads, with the page's size and queries.
Prints JSON lines; figures in docs/benchmarks.md.

    .venv/bin/python bench/web_scale.py --statements 50000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))


def _say(**fields: Any) -> None:
    print(json.dumps({**fields, "load": [round(x, 1) for x in os.getloadavg()]}), flush=True)


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _child_peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def write_reports(n: int, path: Path) -> dict[str, int]:
    from synthetic import generate_reports

    reports = generate_reports(n, seed=0)
    with path.open("w", encoding="utf-8") as f:
        for r in reports:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return {"reports": len(reports), "bytes": path.stat().st_size}


def _setup(data: str) -> None:
    os.environ["FORUM_MESSAGES_DATA_DIR"] = data
    os.environ.setdefault("FORUM_MESSAGES_SECRET_KEY", "bench-" + "x" * 40)
    os.environ["FORUM_MESSAGES_PUBLIC_CACHE"] = "0"
    from forum_messages.web.commands import setup

    setup(None)


def stage_upload(data: str, reports: str) -> None:
    """In this process: a fresh site, its admin, the file posted to the import page."""
    _setup(data)
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from forum_messages.web.models import Statement
    from forum_messages.web.services import importing

    ed = importing.edition_from_spec("igf2025")
    admin = get_user_model().objects.create_superuser("bench", password="bench-password-1")
    c = Client()
    c.force_login(admin)
    raw = Path(reports).read_bytes()
    before = _peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    r = c.post(
        f"/staff/e/{ed.slug}/import/",
        {"reports": SimpleUploadedFile("reports.jsonl", raw, "application/jsonl")},
    )
    _say(
        stage="site upload",
        status=r.status_code,
        seconds=round(time.perf_counter() - start, 1),
        cpu=round(time.process_time() - cpu, 1),
        statements=Statement.objects.filter(session__edition=ed).count(),
        peak_mb_before=before,
        peak_mb=_peak_mb(),
    )


def _time(client: Any, url: str, repeat: int) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    size = queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            r = client.get(url)
            times.append(time.perf_counter() - start)
        if r.status_code != 200:  # a page the code timed does not have
            return {"status": r.status_code}
        size, queries = len(r.content), len(ctx.captured_queries)
    return {
        "first_s": round(times[0], 3),  # a page made once per version is made here
        "median_s": round(statistics.median(times), 3),
        "kb": size // 1024,
        "queries": queries,
    }


def stage_pages(data: str, repeat: int) -> None:
    """In this process: draft the imported edition (hash embedder), time the pages."""
    _setup(data)
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.db.models import Count, Q
    from django.test import Client
    from django.utils import timezone

    from forum_messages.web.models import Draft, Edition, Message, Topic, WrittenText
    from forum_messages.web.services import drafting, publishing

    ed = Edition.objects.get()
    drafted = Draft.objects.filter(edition=ed).exists()  # a site kept by --keep: drafted once
    start = time.perf_counter()
    if not drafted:
        drafting.run_draft(ed, "hash")
    draft = Draft.objects.get(edition=ed)
    live = Message.objects.filter(draft=draft, removed=False)
    _say(
        stage="draft (hash embedder)" if not drafted else "drafted before",
        seconds=round(time.perf_counter() - start, 1),
        messages=live.count(),
        topics=Topic.objects.filter(draft=draft, removed=False).count(),
        peak_mb=_peak_mb(),
    )
    admin, _made = get_user_model().objects.get_or_create(
        username="pages", defaults={"is_superuser": True, "is_staff": True}
    )
    if not drafted:
        now = timezone.now()
        publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), admin)
    c = Client()
    c.force_login(admin)
    biggest = max(
        draft.themes.all(), key=lambda th: live.filter(topic__theme=th).count(), default=None
    )
    assert biggest is not None
    most = max(
        live.filter(topic__theme=biggest).annotate(n=Count("sources")), key=lambda m: (m.n, m.uid)
    )
    summary, _new = WrittenText.objects.get_or_create(  # a theme summary to judge
        theme=biggest,
        defaults={
            "text": "A summary.",
            "writing": {"model": "bench", "status": "partial", "sentences": []},
            "base_text": biggest.summary,
        },
    )
    s = ed.slug
    pages = [
        ("curation overview, themes closed", f"/staff/e/{s}/curate/"),
        (
            f"curation overview, largest theme open ({live.filter(topic__theme=biggest).count()})",
            f"/staff/e/{s}/curate/?theme={biggest.key}",
        ),
        (
            "curation overview, largest theme open, its last page",
            f"/staff/e/{s}/curate/?theme={biggest.key}&page=999999",
        ),
        ("curation overview, every theme open", f"/staff/e/{s}/curate/?theme=all"),
        ("curation overview, a search", f"/staff/e/{s}/curate/?q=access"),
        ("not reflected", f"/staff/e/{s}/not-reflected/"),
        ("public edition page", f"/e/{s}/"),
        (f"public theme page ({biggest.key})", f"/e/{s}/theme/{biggest.key}/"),
        (
            f"public theme page, its message of the most sources ({most.sources.count()})",
            f"/e/{s}/theme/{biggest.key}/m/{most.uid}/",
        ),
        ("version 1", f"/staff/e/{s}/versions/1/"),
        ("version 1, the whole draft", f"/staff/e/{s}/versions/1/text/"),
        ("version 1, the whole draft, last page", f"/staff/e/{s}/versions/1/text/?page=999999"),
        ("version 1, the whole draft on one page", f"/staff/e/{s}/versions/1/text/?whole=1"),
        ("not reflected, a search", f"/staff/e/{s}/not-reflected/?find=access"),
        (f"written summary of {biggest.key}", f"/staff/e/{s}/written/{summary.pk}/"),
    ]
    largest = max(  # a title to judge for the sub-topic of the most messages
        Topic.objects.filter(draft=draft, removed=False).annotate(
            n=Count("messages", filter=Q(messages__removed=False))
        ),
        key=lambda tp: (tp.n, tp.uid),
    )
    title, _new = WrittenText.objects.get_or_create(
        topic=largest,
        defaults={
            "text": "A title.",
            "writing": {"model": "bench", "status": "written", "sentences": []},
            "base_text": largest.title,
        },
    )
    pages.append(
        (f"written title of a sub-topic ({largest.n})", f"/staff/e/{s}/written/{title.pk}/")
    )
    for label, url in pages:
        _say(stage="page", page=label, **_time(c, url, repeat))
    if publishing.final_publication(ed) is None:  # last: the pages above show the draft
        pub = publishing.current_draft_publication(ed)
        assert pub is not None
        pub.closes = timezone.now() - timedelta(seconds=1)
        pub.save()
        publishing.publish_final(ed, admin)
    for label, url in (
        ("what changed since the draft", f"/e/{s}/changes/"),
        ("what changed since the draft, every message", f"/e/{s}/changes/?all=1"),
        (
            "what changed since the draft, every message, last page",
            f"/e/{s}/changes/?all=1&page=999999",
        ),
        ("final text", f"/e/{s}/final/"),
        ("final text, last page", f"/e/{s}/final/?page=999999"),
        ("final text, whole", f"/e/{s}/final/?whole=1"),
    ):
        _say(stage="page", page=label, **_time(c, url, repeat))
    _theme_pages(c, f"/e/{s}/theme/{biggest.key}/?text=draft", biggest.key)
    if not draft.versions.filter(number=2).exists():  # one message edited: version 2
        from forum_messages.web.services import curation

        m = live.order_by("uid").first()
        assert m is not None
        curation.edit_text(m, m.text + " (edited)", admin)
    for label, url in (
        ("version 2 (one message edited)", f"/staff/e/{s}/versions/2/"),
        ("version 2, every message", f"/staff/e/{s}/versions/2/?all=1"),
        ("version 2, every message, last page", f"/staff/e/{s}/versions/2/?all=1&page=999999"),
        ("version 1, last page", f"/staff/e/{s}/versions/1/?page=999999"),
    ):
        _say(stage="page", page=label, **_time(c, url, repeat))


def _theme_pages(client: Any, url: str, key: str) -> None:
    """Every page of a public theme page: how many, their sizes (one load each)."""
    import re

    first = client.get(url).content
    found = re.search(r"page 1 of (\d+)", first.decode())
    count = int(found.group(1)) if found else 1
    sizes = [len(first)]
    for n in range(2, count + 1):
        sizes.append(len(client.get(f"{url}&page={n}").content))
    _say(
        stage="page",
        page=f"public theme page ({key}), every page",
        pages=count,
        kb_min=min(sizes) // 1024,
        kb_max=max(sizes) // 1024,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stage", choices=["upload", "pages"], default=None)
    parser.add_argument("--data", default="")
    parser.add_argument("--reports", default="")
    parser.add_argument(
        "--keep",
        default="",
        help="make the sites in this folder and keep them; "
        "then --stage pages --data FOLDER/cli times the pages again without drafting",
    )
    args = parser.parse_args(argv)
    if args.stage == "upload":
        stage_upload(args.data, args.reports)
        return 0
    if args.stage == "pages":
        stage_pages(args.data, args.repeat)
        return 0
    me, py = str(Path(__file__).resolve()), sys.executable
    with tempfile.TemporaryDirectory(prefix="fm-scale-bench-") as scratch:
        tmp = args.keep or scratch
        Path(tmp).mkdir(parents=True, exist_ok=True)
        reports = Path(tmp) / "reports.jsonl"
        _say(stage="reports", statements=args.statements, **write_reports(args.statements, reports))
        cli_data, site_data = Path(tmp) / "cli", Path(tmp) / "site"
        env = {**os.environ, "FORUM_MESSAGES_SECRET_KEY": "bench-" + "x" * 40}
        start = time.perf_counter()
        command = [py, "-m", "forum_messages.web", "import", "--data-dir", str(cli_data)]
        out = subprocess.run(
            [*command, "-e", "igf2025", str(reports)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        _say(
            stage="command line import",
            seconds=round(time.perf_counter() - start, 1),
            said=" ".join(out.stdout.split()),
            peak_mb=_child_peak_mb(),
        )
        for stage, data in (("upload", site_data), ("pages", cli_data)):
            command = [py, me, "--stage", stage, "--data", str(data), "--reports", str(reports)]
            subprocess.run(
                [*command, "--repeat", str(args.repeat)],
                env=env,
                check=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
