"""The public "how comments were handled" table and the staff group page with many comments:
the first, a middle and the last page of each, timed through Django's test client (the whole
request), each the median of ``--repeat`` loads, with the number of queries it made. A fresh
site (SQLite, or PostgreSQL with ``DATABASE_URL``) with the sample edition drafted and
published; ``--comments`` comments inserted in one statement (bench/web_tally.py: respondent
groups and themes in turn, every second one in one of ``--campaigns`` campaigns), nine in ten
set visible, one respondent type answered. Pages are asked for from a key (``after=``,
``last=1``), or with ``--offset`` as ``?page=N`` (the code before the table was read from a
key). Prints JSON lines; figures in docs/benchmarks.md.

    .venv/bin/python bench/web_handled.py --comments 130000
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import web_consultation
import web_tally


def _offset_pages(url: str, qs: Any, per_page: int) -> list[tuple[str, str]]:
    """(label, address) of the first, a middle and the last page of ``qs`` shown
    ``per_page`` at a time, numbered (``?page=N``)."""
    last = max(1, math.ceil(qs.count() / per_page))
    middle = max(1, last // 2)
    return [(f"page {n} of {last}", f"{url}&page={n}") for n in dict.fromkeys((1, middle, last))]


def main(argv: list[str] | None = None) -> int:
    parser = web_tally.comments_parser(__doc__, 10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--offset", action="store_true", help="ask for pages as ?page=N")
    args = parser.parse_args(argv)
    with web_consultation.fresh_site("fm-handled-bench-"):
        from django.db import connection, transaction
        from django.test import Client

        from forum_messages.web.models import Comment, CommentTally
        from forum_messages.web.services import answers, commentgroups

        ed, admin = web_consultation._site()
        web_tally.stage_rows(ed, args.comments, args.campaigns)
        cols = web_tally.COLUMNS
        with transaction.atomic(), connection.cursor() as cur:
            cur.execute(f"INSERT INTO fm_comment ({cols}) SELECT {cols} FROM bench_rows")
        everyone = Comment.objects.filter(edition=ed)
        ids = list(everyone.order_by("pk").values_list("pk", flat=True))
        commentgroups.moderate_all(everyone.exclude(pk__in=ids[::10]), Comment.VISIBLE, admin)
        answered = everyone.filter(stakeholder_group=web_tally.GROUPS[0])
        commentgroups.answer_all(answered, "noted", "Noted, thank you.", admin)
        theme = ed.core().themes[0].key
        web_consultation._say(
            stage="site",
            comments=everyone.count(),
            visible=everyone.filter(state=Comment.VISIBLE).count(),
            answered=answered.filter(state=Comment.VISIBLE).count(),
            database=connection.vendor,
            tally_rows=CommentTally.objects.filter(edition=ed).count(),
            tally_rows_every_campaign=CommentTally.objects.filter(edition=ed, campaign=-1).count(),
        )
        c = Client()
        c.force_login(admin)
        table = answers.HandledTable(ed)
        top = [g.first.comment.campaign_id for g in table.campaigns]
        visible = answers.visible_comments(ed)
        singles = visible.exclude(campaign_id__in=top)
        handled = f"/e/{ed.slug}/handled/"
        group = f"/staff/e/{ed.slug}/group/"
        members = commentgroups.members
        GF = commentgroups.GroupFilters
        lists = [
            ("handled table", f"{handled}?", singles, 50),
            (
                "handled table, not answered",
                f"{handled}?disposition=none",
                singles.filter(disposition__isnull=True),
                50,
            ),
            (
                "handled table, one theme",
                f"{handled}?theme={theme}",
                singles.filter(theme_key=theme),
                50,
            ),
            ("group page, every comment", f"{group}?", members(ed, GF()), 100),
            (
                "group page, one respondent type",
                f"{group}?group=Civil+society",
                members(ed, GF(group="Civil society")),
                100,
            ),
            (
                "group page, one theme",
                f"{group}?theme={theme}",
                members(ed, GF(theme=theme)),
                100,
            ),
        ]
        for label, url, qs, per in lists:
            order = ("created", "id") if label.startswith("handled") else ("id",)
            if args.offset and label.startswith("handled"):
                pages = _offset_pages(url, qs, per)
            else:
                pages = list(web_consultation.deep_pages(url, [(qs, order)], per))
            for where, page_url in pages:
                c.get(page_url)  # the published text is read once per process
                web_consultation._say(
                    stage="page",
                    list=label,
                    where=where,
                    **web_consultation._time_page(c, page_url, args.repeat),
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
