"""Searches through the text index of the comments (services/commentindex): the same comments
as a substring match over every comment, found from the index; imported comments searchable
before and after they are indexed; the index follows deletions."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.db.models import Count

from forum_messages.web.models import (
    Comment,
    CommentKey,
    ConsultationImport,
    Disposition,
    StagedComment,
    StagedKey,
)
from forum_messages.web.services import commentindex, comments, consultimport, consultstage

from .test_consultation_import import COLUMNS, consultation

QUERIES = ("spectrum", "SPECTRUM", "rum for comm", "Firm 6", "fr", "x", "农村", '"quoted"', "noted")


def post(ed: Any, text: str, name: str = "", country: str = "") -> Comment:
    data = {"text": text, "name": name, "country": country}
    return comments.submit(ed, comments.Target("draft"), data, "10.0.0.9", comments.new_token())


@pytest.fixture
def mixed(published: Any, tmp_path: Path) -> Any:
    """An import (campaign, authors) and comments posted on the site, one answered."""
    consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    post(published, "农村地区需要负担得起的网络接入。", "Li", "China")
    post(published, 'A "quoted" word and spectrum sharing.', "Ana", "France")
    answered = post(published, "Please cover backhaul costs.", "Bo", "Kenya")
    Disposition.objects.create(comment=answered, kind="noted", response="Noted, thank you.")
    return published


def plain(ed: Any, q: str) -> set[int]:
    return set(
        Comment.objects.filter(commentindex._plain(q), edition=ed).values_list("pk", flat=True)
    )


def indexed(ed: Any, q: str) -> set[int]:
    return set(
        Comment.objects.filter(commentindex.matching(q), edition=ed).values_list("pk", flat=True)
    )


def test_the_index_finds_what_a_substring_search_finds(mixed: Any) -> None:
    assert commentindex.kind() in ("fts5", "trigram")  # both test databases have an index
    found = {q: indexed(mixed, q) for q in QUERIES}
    assert found == {q: plain(mixed, q) for q in QUERIES}
    assert len(found["spectrum"]) >= 5 and found["spectrum"] == found["SPECTRUM"]
    assert len(found["农村"]) == 1 and len(found["noted"]) == 1  # in an answer's response


def test_searches_read_the_index_not_every_comment(mixed: Any) -> None:
    qs = Comment.objects.filter(commentindex.matching("spectrum"), edition=mixed)
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " ".join(str(r) for r in cursor.fetchall())
            assert "VIRTUAL TABLE INDEX" in plan and commentindex.TABLE in plan
        else:
            cursor.execute("SET LOCAL enable_seqscan = off")  # a few rows: make it choose
            cursor.execute("EXPLAIN " + sql, params)
            plan = " ".join(str(r[0]) for r in cursor.fetchall())
            assert "fm_comment_text_trgm" in plan


def test_imported_comments_are_found_before_and_after_indexing(
    published: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commentindex, "after_import", lambda batch, pause=0.0: None)
    result = consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    batch = ConsultationImport.objects.get(pk=result.batch.pk)
    assert not batch.indexed  # as after a process killed just after the last transaction
    assert not CommentKey.objects.exists() and StagedKey.objects.exists()
    before = indexed(published, "spectrum")
    assert len(before) == 4 and before == plain(published, "spectrum")
    monkeypatch.undo()
    monkeypatch.setattr(consultstage, "write_keys", partial(consultstage.write_keys, chunk=2))
    assert commentindex.resume() == 1
    batch.refresh_from_db()
    assert batch.indexed
    # the keys of the heads (the campaign's first and the 6 answers of no campaign)
    keyed = set(CommentKey.objects.values_list("comment_id", flat=True))
    assert len(keyed) == 7 and not StagedKey.objects.exists() and not StagedComment.objects.exists()
    assert indexed(published, "spectrum") == before
    if commentindex.kind() == "fts5":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {commentindex.TABLE}")
            assert cursor.fetchone()[0] == Comment.objects.count()


def test_deleted_comments_leave_the_index(mixed: Any) -> None:
    gone = Comment.objects.filter(edition=mixed, country="France").get()
    assert gone.pk in indexed(mixed, "quoted")
    gone.delete()
    assert indexed(mixed, "quoted") == set()
    if commentindex.kind() == "fts5":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {commentindex.TABLE} WHERE rowid = %s", [gone.pk])
            assert cursor.fetchone()[0] == 0


def test_queue_counts_are_read_from_indexes_alone(mixed: Any) -> None:
    from forum_messages.web.services import commentsearch

    if connection.vendor != "sqlite":
        pytest.skip("the plan is checked on SQLite")
    base = Comment.objects.filter(edition=mixed, state=Comment.PENDING)
    filters = commentsearch.Filters()
    themes = filters.apply(base, theme=False).exclude(theme_key="").order_by()
    groups = Comment.objects.filter(edition=mixed).exclude(state=Comment.SPAM)
    for qs, index in (
        (base, "fm_comment_queue"),
        (themes.values("theme_key").annotate(n=Count("id")), "fm_comment_theme"),
        (
            groups.exclude(stakeholder_group="")
            .order_by()
            .values("stakeholder_group")
            .annotate(n=Count("id")),
            "fm_comment_group_state",
        ),
    ):
        sql, params = (
            qs.values("pk").query.sql_with_params() if qs is base else qs.query.sql_with_params()
        )
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " ".join(str(r) for r in cursor.fetchall())
        assert f"COVERING INDEX {index}" in plan, plan
