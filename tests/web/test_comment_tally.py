"""The counts kept by database triggers (campaign sizes, the group summaries' tally) stay
equal to the counts worked out from the comments after every kind of write."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from forum_messages.web.models import Campaign, Comment, CommentTally, Disposition
from forum_messages.web.services import (
    answers,
    commentgroups,
    comments,
    commentsearch,
    commenttally,
    consultimport,
)

from .test_consultation_import import COLUMNS, consultation


def same(ed: Any) -> tuple[dict[Any, int], dict[int, Any]]:
    """The kept counts, checked against a recount from the comments."""
    kept = commenttally.stored(ed)
    assert kept == commenttally.recount(ed)
    return kept


def test_counts_follow_imports_moderation_answers_and_deletions(
    published: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    admin = users["admin"]
    consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    tally, camps = same(published)
    (cid,) = camps
    assert camps[cid] == (4, 0, 0)
    assert tally[(cid, "Individual", "pending", False, "")] == 4
    trust = Comment.objects.get(edition=published, response_id="R5", question="Q1").theme_key
    assert trust and tally[(0, "Business", "pending", False, trust)] == 6
    # a second import: copies join the campaign
    second = tmp_path / "second"
    second.mkdir()
    consultimport.import_file(published, consultation(second, 3, 1, start=50), COLUMNS)
    assert same(published)[1][cid] == (7, 0, 0)
    # a comment posted on the site
    posted = comments.submit(
        published, comments.Target("draft"), {"text": "A comment of my own."}, "10.0.0.9", "a" * 32
    )
    same(published)
    # moved to another theme (and back)
    Comment.objects.filter(pk=posted.pk).update(theme_key=trust)
    assert same(published)[0][(0, "", "pending", False, trust)] == 1
    Comment.objects.filter(pk=posted.pk).update(theme_key="")
    same(published)
    # moderated one by one, then a group at a time (one UPDATE)
    comments.moderate([posted], Comment.VISIBLE, admin)
    group = Comment.objects.filter(edition=published, campaign_id=cid)
    commentgroups.moderate_all(group, Comment.VISIBLE, admin)
    assert same(published)[1][cid] == (7, 7, 0)
    # answered as a group, then one answer replaced and one removed
    n = commentgroups.answer_all(group, "noted", "Thank you.", admin)
    assert n == 7
    assert same(published)[1][cid] == (7, 7, 7)
    answers.answer([posted], "accepted", "Done.", admin)
    answers.answer(list(group[:1]), "accepted", "Replaced.", admin)
    assert same(published)[1][cid] == (7, 7, 7)
    Disposition.objects.filter(comment__in=group[:2]).delete()
    assert same(published)[1][cid] == (7, 7, 5)
    # an answered comment hidden, then marked spam: still answered, no longer visible
    one = group.filter(disposition__isnull=False).first()
    assert one is not None
    comments.moderate([one], Comment.SPAM, admin)
    assert same(published)[1][cid] == (7, 6, 5)
    # deleted (with its answer), and a campaign deleted: its comments stand alone
    one.delete()
    assert same(published)[1][cid] == (6, 6, 4)
    Campaign.objects.filter(pk=cid).delete()
    tally, camps = same(published)
    assert camps == {} and not any(k[0] == cid for k in tally)
    # every comment deleted (their answers with them): nothing left counted
    Comment.objects.filter(edition=published).delete()
    assert same(published) == ({}, {})
    assert not CommentTally.objects.exclude(n=0).exists()


def test_repair_rebuilds_the_counts(published: Any, tmp_path: Path) -> None:
    consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    before = same(published)
    CommentTally.objects.all().update(n=99)
    Campaign.objects.all().update(size=0)
    commenttally.repair()
    assert same(published) == before


def test_kept_summary_equals_the_counted_one(
    published: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    biz = Comment.objects.filter(edition=published, stakeholder_group="Business")
    ids = list(biz.values_list("pk", flat=True))
    commentgroups.moderate_all(biz.filter(pk__in=ids[:4]), Comment.VISIBLE, users["admin"])
    answers.answer(list(biz.filter(pk=ids[0])), "noted", "Noted.", users["admin"])
    commentgroups.moderate_all(biz.filter(pk=ids[5]), Comment.SPAM, None)
    cid = Campaign.objects.get(edition=published).pk
    trust = biz.values_list("theme_key", flat=True).first()
    assert trust
    # a comment on another theme, one on the whole draft
    first = Comment.objects.filter(edition=published, stakeholder_group="Individual")[0]
    other = next(t.key for t in published.core().themes if t.key != trust)
    Comment.objects.filter(pk=first.pk).update(theme_key=other)
    for filters in (
        commentgroups.GroupFilters(),
        commentgroups.GroupFilters(group="Business"),
        commentgroups.GroupFilters(group="Business", disposition="none"),
        commentgroups.GroupFilters(state=Comment.SPAM),
        commentgroups.GroupFilters(campaign=str(cid), state=Comment.PENDING),
        commentgroups.GroupFilters(theme=trust),
        commentgroups.GroupFilters(theme=other, group="Individual"),
        commentgroups.GroupFilters(theme=trust, q="firm"),  # counted: a search
    ):
        counted = commentgroups.summary(commentgroups.members(published, filters))
        got = commentgroups.summary_of(published, filters)
        assert got == counted, filters
        groups = Counter(
            commentgroups.members(published, filters)
            .exclude(stakeholder_group="")
            .values_list("stakeholder_group", flat=True)
        )
        assert commentgroups.group_counts(published, filters) == sorted(
            groups.items(), key=lambda kv: (-kv[1], kv[0])
        )
        # per theme: the group's comments whatever its theme, those on the draft left out
        themes = Counter(
            commentgroups.members(published, replace(filters, theme=""))
            .exclude(theme_key="")
            .values_list("theme_key", flat=True)
        )
        got_themes = commentgroups.theme_counts(published, filters, "en")
        assert [t.key for t in got_themes] == [t.key for t in published.core().themes]
        assert {t.key: t.count for t in got_themes if t.count} == dict(themes), filters
    assert {t.key: t.count for t in commentgroups.theme_counts(published, filters, "en")}[
        other
    ] == 0  # a theme with no comment among the group's: shown with 0
    assert commentgroups.summary_of(published, commentgroups.GroupFilters()).answered == 1


def test_public_table_counts_from_the_kept_counts(
    published: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    """The public table's counts, campaigns and themes, read from the kept counts, equal
    those counted over its comments (a message's page, which counts them)."""
    consultimport.import_file(published, consultation(tmp_path, 5, 4), COLUMNS)
    everyone = Comment.objects.filter(edition=published)
    ids = list(everyone.order_by("pk").values_list("pk", flat=True))
    commentgroups.moderate_all(everyone.exclude(pk=ids[-1]), Comment.VISIBLE, users["admin"])
    answers.answer(list(everyone.filter(pk__in=ids[:2])), "noted", "Noted.", users["admin"])
    visible = everyone.filter(state=Comment.VISIBLE)
    for filters in (
        commentsearch.Filters(),
        commentsearch.Filters(disposition="none"),
        commentsearch.Filters(theme=visible.exclude(theme_key="")[0].theme_key),
    ):
        table = answers.HandledTable(published, filters=filters)
        shown = filters.apply(visible)
        assert (table.total, table.answered) == (
            visible.count(),
            visible.filter(disposition__isnull=False).count(),
        )
        assert table.found == shown.count()
        themes = Counter(
            filters.apply(visible, theme=False)
            .exclude(theme_key="")
            .values_list("theme_key", flat=True)
        )
        assert {t.key: t.count for t in table.theme_counts if t.count} == dict(themes)
        camps = Counter(shown.exclude(campaign=None).values_list("campaign_id", flat=True))
        assert [(g.first.comment.campaign_id, g.size) for g in table.campaigns] == [
            (k, n) for k, n in sorted(camps.items(), key=lambda kv: (-kv[1], kv[0])) if n > 1
        ]
        for g in table.campaigns:  # its first comment, and those adding to its text
            members = shown.filter(campaign_id=g.first.comment.campaign_id).order_by(
                "created", "id"
            )
            assert g.first.comment == members.first()
            assert g.additions == list(members.exclude(addition="")[: table.MAX_ADDITIONS])
            assert g.additions or not filters.active()
