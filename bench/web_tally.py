"""What the kept counts (services/commenttally) cost the writes: ``--comments``
rows inserted in one statement (``INSERT ... SELECT``, as an import's last transaction
does) and then all set visible (one ``UPDATE``, as a group action does), first with the
database triggers that keep the counts, then without them, in one process. On SQLite
(the default) the CPU time includes the database's work; with ``DATABASE_URL`` set to a
PostgreSQL database only the wall time tells (the server's CPU is not this process's).
Figures in docs/benchmarks.md.

    .venv/bin/python bench/web_tally.py --comments 130000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import web_consultation

COLUMNS = (
    "edition_id, publication_id, target, theme_key, text, name, email, stakeholder_group, "
    "region, country, language, state, created, client, token, fingerprint, campaign_id, "
    "addition, response_id, question"
)
GROUPS = ("Private sector", "Civil society", "Government", "Academia", "Individual", "")


def stage_rows(ed: Any, n: int, campaigns: int) -> list[Any]:
    """``campaigns`` campaigns and a temporary table ``bench_rows`` of ``n`` pending comments
    of ``ed`` (every second one in a campaign, respondent groups and themes in turn, the
    same instant), ready to be inserted with one ``INSERT ... SELECT``; the campaigns."""
    from django.db import connection
    from django.utils import timezone

    from forum_messages.web.models import Campaign, Publication

    pub = Publication.objects.filter(edition=ed).first()
    assert pub is not None
    camps = Campaign.objects.bulk_create(
        [Campaign(edition=ed, base_text=f"campaign {i}") for i in range(campaigns)]
    )
    themes = [t.key for t in ed.core().themes] + [""]  # "": on the whole draft
    now = connection.ops.adapt_datetimefield_value(timezone.now())

    def row(i: int, camp: int | None) -> tuple[object, ...]:
        group, theme = GROUPS[i % len(GROUPS)], themes[(i // 7) % len(themes)]
        return (
            *(ed.pk, pub.pk, "draft", theme, f"text {i}", "", "", group, "", "", ""),
            *("pending", now, "", f"t{i}", f"f{i}", camp, "", f"R{i}", "Q1"),
        )

    n_cols = COLUMNS.count(",") + 1
    with connection.cursor() as cur:
        cur.execute("CREATE TEMP TABLE bench_rows AS SELECT * FROM fm_comment WHERE 1 = 0")
        cur.executemany(
            f"INSERT INTO bench_rows ({COLUMNS}) VALUES ({', '.join(['%s'] * n_cols)})",
            [
                row(i, camp)
                for i, camp in enumerate(
                    (camps[i % len(camps)].pk if i % 2 else None) for i in range(n)
                )
            ],
        )
    return camps


def comments_parser(doc: str | None, campaigns: int) -> argparse.ArgumentParser:
    """The command line of the benches that stage comments (``stage_rows``): ``--comments``
    of them, every second one in one of ``--campaigns`` campaigns."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=130_000)
    parser.add_argument("--campaigns", type=int, default=campaigns)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = comments_parser(__doc__, 2000)
    parser.add_argument("--no-baseline", action="store_true", help="only with the triggers")
    args = parser.parse_args(argv)
    with web_consultation.fresh_site("fm-tally-bench-"):
        from django.db import connection, transaction

        from forum_messages.web.services import commenttally

        try:
            from forum_messages.web.services.commenttriggers import drop
        except ImportError:  # the code before migration 0016, for comparisons
            from forum_messages.web.services.commenttally import drop  # type: ignore[attr-defined,no-redef]

        ed, _admin = web_consultation._site()
        stage_rows(ed, args.comments, args.campaigns)

        def run(label: str) -> None:
            times = []
            for sql, params in (
                (f"INSERT INTO fm_comment ({COLUMNS}) SELECT {COLUMNS} FROM bench_rows", []),
                ("UPDATE fm_comment SET state = 'visible' WHERE edition_id = %s", [ed.pk]),
            ):
                with transaction.atomic(), connection.cursor() as cur:
                    start, cpu = time.perf_counter(), time.process_time()
                    cur.execute(sql, params)
                    times.append((time.perf_counter() - start, time.process_time() - cpu))
            (iw, ic), (uw, uc) = times
            print(
                f"{connection.vendor}, {label}: insert {args.comments:,} comments {iw:.2f} s "
                f"({ic:.2f} s CPU), set all visible {uw:.2f} s ({uc:.2f} s CPU)",
                flush=True,
            )

        run("with the triggers")
        assert commenttally.stored(ed) == commenttally.recount(ed)
        if args.no_baseline:
            return 0
        with connection.cursor() as cur:
            cur.execute("DELETE FROM fm_comment")
        with connection.schema_editor() as editor:
            drop(editor)
        run("without them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
