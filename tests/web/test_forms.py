"""Every field of every staff form is checked before anything changes: an over-long, null or
wrongly typed value gives 400 and the reasons, never a 500 and never a half-applied action."""

from __future__ import annotations

import hashlib
import html
import itertools
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, override_settings
from django.utils import timezone

from forum_messages.web.models import NotReflected, WrittenText
from forum_messages.web.services import comments, translating
from forum_messages.web.urls import fm

LONG = "x" * 2_100_000  # longer than any field takes (the edition file takes 2,000,000)
NUL = "ok\x00"
NOT_NUMBERS = ["²", "-1", "9" * 25, "1.5", "x"]
ADDRESSES = itertools.count()


def state() -> str:
    """A digest of every row the site stores (staff accounts and roles included)."""
    h = hashlib.sha256()
    models = [*apps.get_app_config("fm").get_models(), get_user_model(), Group]
    for model in models:
        for row in model.objects.order_by("pk").values_list():
            h.update(repr(row).encode())
    for row in get_user_model().groups.through.objects.order_by("pk").values_list():
        h.update(repr(row).encode())
    return h.hexdigest()


class Case:
    """One staff form: its URL, a valid filling that would change something, and which of its
    fields take whole numbers or one of a few choices."""

    def __init__(self, url: str, data: dict[str, Any], typed: tuple[str, ...] = ()) -> None:
        self.url, self.data, self.typed = url, data, typed


def when(days: int) -> str:
    """A datetime-local value ``days`` from now (the window stays open around now)."""
    return (timezone.localtime() + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def cases(ed: Any) -> dict[str, Case]:
    s = f"/staff/e/{ed.slug}"
    msgs = [m for m in ed.draft.messages.filter(removed=False) if m.sources.count() > 1]
    m, other = msgs[0], msgs[1]
    sid = m.sources.first().statement.sid
    topic = ed.draft.topics.exclude(pk=m.topic_id).filter(removed=False).first()
    left = NotReflected.objects.filter(draft=ed.draft).first().statement.sid
    address = f"10.1.{next(ADDRESSES)}.1"  # a new one each time: no rate limit
    pending = comments.submit(
        ed, comments.Target("draft"), {"text": "A comment."}, address, comments.new_token()
    )
    seg = translating.current(ed.translations.get(language="fr")).segments[0].id
    mm, tt = f"{s}/m/{m.uid}", f"{s}/t/{m.topic.uid}"
    mod = get_user_model().objects.get(username="moderator1")
    organiser = get_user_model().objects.get(username="organiser1")
    session = ed.sessions.filter(kind="session").first()
    themes = list(ed.draft.themes.all())
    written = WrittenText.objects.create(  # a model-written text waiting for a decision
        message=other,
        text="A written text.",
        writing={"model": "probe-model", "status": "written", "reason": "", "sentences": []},
        base_text=other.text,
        sources=sorted(other.sources.values_list("statement__sid", flat=True)),
    )
    details = {"year": "2026", "language": "en", "name-en": "Renamed", "themes": len(themes)}
    details |= {f"theme-{i}-title-en": f"Theme {i}" for i in range(len(themes))}
    return {
        "edition_details": Case(f"{s}/details/", details, ("year", "themes")),
        "invite_user": Case(
            "/staff/users/invite/",
            {"email": "probe@example.org", "username": "probe", "role": "translator"}
            | {"languages": "fr"},
            ("role",),
        ),
        "user_active": Case(f"/staff/users/{mod.pk}/active/", {"active": "0"}, ("active",)),
        "glossary_table": Case(
            f"{s}/glossary/fr/table/",
            {"rows": "1", "row-0-term": "should", "row-0-translations": "devraient"},
            ("rows",),
        ),
        "glossary_import": Case(
            f"{s}/glossary/fr/import/",
            {"yaml": "pairs:\n  en-fr:\n    - term: should\n      translation: devraient\n"},
        ),
        "moderate": Case(
            f"{s}/moderate/set/",
            {"comments": [pending.pk], "to": "visible", "back": "pending"},
            ("comments", "to", "back"),
        ),
        "answer": Case(
            f"{s}/answers/set/",
            {"comments": [pending.pk], "kind": "noted", "response": "Thanks.", "back": "all"},
            ("comments", "kind", "back", "template", "whole_campaigns"),
        ),
        "template_save": Case(
            f"{s}/answers/template/", {"name": "T", "kind": "noted", "text": "Thanks."}, ("kind",)
        ),
        "group_moderate": Case(
            f"{s}/group/moderate/",
            {"filters": "state=pending", "to": "visible", "count": ""},
            ("to", "count"),
        ),
        "group_answer": Case(
            f"{s}/group/answer/",
            {"filters": "state=visible", "kind": "noted", "response": "Thanks.", "count": ""},
            ("kind", "template", "count"),
        ),
        "edition_create": Case("/staff/new/", {"preset": "minimal", "slug": "probe", "yaml": ""}),
        "draft_start": Case(f"{s}/run/", {"embedder": "hash"}, ("embedder", "writer")),
        "edition_settings": Case(
            f"{s}/settings/", {"time_zone": "Asia/Tokyo", "allow_anonymous": "1"}, ("premoderate",)
        ),
        "publish_draft": Case(
            f"{s}/publish/draft/",
            {"opens": when(days=-2), "closes": when(days=20)},
        ),
        "window_extend": Case(f"{s}/window/extend/", {"days": "3"}, ("days",)),
        "users": Case(
            "/staff/users/",
            {"username": "probe", "role": "translator", "password": "a-long-pass-phrase"}
            | {"languages": "fr"},
            ("role",),
        ),
        "message_edit": Case(f"{mm}/edit/", {"text": "A new text."}),
        "message_merge": Case(f"{mm}/merge/", {"others": [other.uid]}),
        "message_split": Case(f"{mm}/split/", {"statements": [sid], "text": "Split."}),
        "message_move": Case(f"{mm}/move/", {"topic": topic.uid}),
        "message_attach": Case(f"{mm}/attach/", {"statements": left}),
        "message_detach": Case(f"{mm}/detach/", {"statement": sid}),
        "topic_add": Case(f"{s}/t/{m.topic.theme.key}/add/", {"title": "New sub-topic"}),
        "topic_rename": Case(f"{tt}/rename/", {"title": "Renamed"}),
        "topic_remove": Case(f"{tt}/remove/", {"into": topic.uid}),
        "topic_add_message": Case(f"{tt}/add_message/", {"text": "By hand.", "statements": left}),
        "nr_move": Case(f"{s}/not-reflected/move/", {"message": m.uid, "statements": [left]}),
        "translation_start": Case(f"{s}/translations/start/", {"language": "es"}, ("language",)),
        "translation_settings": Case(
            f"{s}/translate/fr/settings/", {"credit": "Translated by us.", "glossary": ""}
        ),
        "organisers": Case(
            f"{s}/organisers/",
            {"session": [session.pk], "organiser": [str(organiser.pk)]},
            ("session", "organiser"),
        ),
        "translate_save": Case(
            f"{s}/translate/fr/save/",
            {"segment": seg, "target": "Texte", "state": "draft", "back": "?page=1", "n": "3"},
            ("state", "n"),
        ),
        "written_ask": Case(f"{s}/written/ask/", {"theme": m.topic.theme.key, "message": ""}),
        "written_decide": Case(f"{s}/written/{written.pk}/accept/", {"text": "Accepted."}),
    }


@pytest.fixture
def probe(published: Any, users: dict[str, Any]) -> Iterator[tuple[Any, Client]]:
    translating.start(published, "fr")
    admin = Client(raise_request_exception=False)
    admin.force_login(users["admin"])
    # a model endpoint that is never called: a request's thread starts only on commit
    with override_settings(LLM_URL="http://127.0.0.1:9/v1", LLM_MODEL="probe-model"):
        yield published, admin


def refused(c: Client, url: str, data: dict[str, Any], why: str, before: str) -> None:
    r = c.post(url, data)
    assert r.status_code == 400, f"{why}: {r.status_code}"
    assert "Nothing was changed" in r.content.decode(), why
    assert state() == before, f"{why}: something changed"


NAMES = [
    "edition_details",
    "invite_user",
    "user_active",
    "glossary_table",
    "glossary_import",
    "moderate",
    "answer",
    "template_save",
    "group_moderate",
    "group_answer",
    "edition_create",
    "draft_start",
    "edition_settings",
    "publish_draft",
    "window_extend",
    "users",
    "message_edit",
    "message_merge",
    "message_split",
    "message_move",
    "message_attach",
    "message_detach",
    "topic_add",
    "topic_rename",
    "topic_remove",
    "topic_add_message",
    "nr_move",
    "translation_start",
    "translation_settings",
    "translate_save",
    "organisers",
    "written_ask",
    "written_decide",
]
# Staff URLs whose forms have no field to check (a button, or files checked by the importers),
# and the pages that only show something.
BUTTONS = {"publish_final", "restore", "translate_fill", "translation_publish", "reset_user"}
UPLOADS = {"import", "translation_upload", "consultation"}
PAGES = {
    "glossary",
    "glossary_download",
    "dashboard",
    "staff_edition",
    "run",
    "curate",
    "message",
    "not_reflected",
    "versions",
    "version",
    "version_text",
    "translations",
    "translate",
    "translation_download",
    "translation_preview",
    "moderation",
    "answers",
    "organise_home",
    "written_index",
    "writing_job",
    "written",
    "campaigns",
    "group",
    "comments_export",
}
# Forms only an organiser may send, probed with its own client in test_organisers.py and
# test_takeaway_items.py.
OWN = {"organise_session", "organise_item"}
FORMS = {  # URL name: the cases above it serves
    "edition_details": ["edition_details"],
    "invite_user": ["invite_user"],
    "user_active": ["user_active"],
    "glossary_table": ["glossary_table"],
    "glossary_import": ["glossary_import"],
    "moderate": ["moderate"],
    "answer": ["answer"],
    "template_save": ["template_save"],
    "group_moderate": ["group_moderate"],
    "group_answer": ["group_answer"],
    "edition_create": ["edition_create"],
    "draft_start": ["draft_start"],
    "edition_settings": ["edition_settings"],
    "publish_draft": ["publish_draft"],
    "window": ["window_extend"],
    "users": ["users"],
    "message_action": [n for n in NAMES if n.startswith("message_")],
    "topic_action": [n for n in NAMES if n.startswith("topic_")],
    "nr_move": ["nr_move"],
    "translation_start": ["translation_start"],
    "translation_settings": ["translation_settings"],
    "translate_save": ["translate_save"],
    "organisers": ["organisers"],
    "written_ask": ["written_ask"],
    "written_decide": ["written_decide"],
}


def test_every_staff_url_is_probed_or_has_no_field() -> None:
    staff = {p.name for p in fm if str(p.pattern).startswith("staff/")}
    assert staff == set(FORMS) | BUTTONS | UPLOADS | PAGES | OWN
    assert sorted(n for names in FORMS.values() for n in names) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_bad_fields_are_refused_before_any_change(name: str, probe: tuple[Any, Client]) -> None:
    ed, c = probe
    case = cases(ed)[name]
    fields = set(case.data) | set(case.typed)
    before = state()  # each refusal is checked against it: nothing may change at any step
    for f in sorted(fields):
        refused(c, case.url, case.data | {f: LONG}, f"{name}: {f} over-long", before)
        refused(c, case.url, case.data | {f: NUL}, f"{name}: {f} with a null character", before)
        if f in case.typed:
            for bad in NOT_NUMBERS:
                refused(c, case.url, case.data | {f: bad}, f"{name}: {f}={bad!r}", before)


def test_the_valid_fillings_do_change_something(probe: tuple[Any, Client]) -> None:
    """The probes above are meaningful: each valid filling on its own is taken."""
    ed, c = probe
    for name in NAMES:
        if name == "draft_start":
            continue  # a published draft is not drafted again
        case = cases(ed)[name]  # afresh: the changes before may have taken its message
        before = state()
        r = c.post(case.url, case.data)
        assert r.status_code == 302, name
        assert state() != before, name


def test_odd_query_strings_do_not_break_pages(probe: tuple[Any, Client]) -> None:
    ed, c = probe
    s, odd = f"/staff/e/{ed.slug}", "x" * 10_000
    for url in (
        f"{s}/moderate/",
        f"{s}/answers/",
        f"{s}/translate/fr/",
        f"{s}/not-reflected/",
        f"{s}/versions/",
        f"{s}/versions/1/",
        f"{s}/curate/",
        f"/e/{ed.slug}/handled/",
        f"/e/{ed.slug}/theme/trust/",
        f"{s}/group/",
        f"{s}/campaigns/",
    ):
        for value in (odd, *NOT_NUMBERS, NUL):
            query = {"page": value, "state": value, "show": value, "q": value, "reason": value}
            query["merge_q"] = value
            query["find"] = value
            query |= {"group": value, "campaign": value}
            r = c.get(url, query | {"text": value})
            assert r.status_code == 200, (url, value[:20], r.status_code)
    answers = c.get(f"{s}/answers/", {"show": '"><b>'}).content.decode()
    assert 'name="back" value="unanswered"' in answers


def test_refusals_follow_the_language_menu(probe: tuple[Any, Client]) -> None:
    ed, c = probe
    c.cookies["django_language"] = "fr"
    r = c.post(f"/staff/e/{ed.slug}/moderate/set/", {"to": "gone", "back": "x" * 11})
    page = html.unescape(r.content.decode())
    assert r.status_code == 400 and "Formulaire refusé" in page
    assert "to: doit être l'une des valeurs : pending, visible, hidden, spam" in page
    assert "back: " in page
