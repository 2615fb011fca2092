"""(e) The review window, public pages, comments, moderation, spam defences, campaigns."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from forum_messages.nlp import minhash as campaigns
from forum_messages.web.models import Comment, CommentKey
from forum_messages.web.services import comments, publishing

from .conftest import client_for

TEXT = "The draft should say more about affordable connectivity in rural areas."


def post(c: Client, url: str, **fields: str) -> Any:
    data = {"token": comments.new_token(), "text": TEXT, **fields}
    return c.post(url, data)


def first_message(ed: Any) -> str:
    snap = publishing.current_draft_publication(ed).version.snapshot
    return str(snap["themes"][0]["topics"][0]["messages"][0]["uid"])


def test_public_pages_need_no_javascript(published: Any) -> None:
    c = client_for(None)
    for url in (
        f"/e/{published.slug}/",
        f"/e/{published.slug}/theme/trust/",
        f"/e/{published.slug}/comment/draft/",
        "/privacy/",
    ):
        page = c.get(url).content.decode()
        assert "<script" not in page
        assert 'name="viewport"' in page  # phones
    theme = c.get(f"/e/{published.slug}/theme/trust/").content.decode()
    assert "Comment on this message" in theme and "<details>" in theme


def test_unpublished_edition_is_not_public(edition: Any) -> None:
    assert client_for(None).get(f"/e/{edition.slug}/").status_code == 404


@pytest.mark.parametrize("kind", ["draft", "theme", "topic", "message"])
def test_comment_on_every_target(published: Any, kind: str) -> None:
    snap = publishing.current_draft_publication(published).version.snapshot
    key = {
        "draft": "",
        "theme": "trust",
        "topic": snap["themes"][0]["topics"][0]["uid"],
        "message": first_message(published),
    }[kind]
    url = (
        f"/e/{published.slug}/comment/draft/"
        if kind == "draft"
        else (f"/e/{published.slug}/comment/{kind}/{key}/")
    )
    c = client_for(None)
    assert c.get(url).status_code == 200
    r = post(
        c,
        url,
        name="Ana",
        email="ana@example.org",
        stakeholder_group="Civil Society",
        region="African Group",
        country="Kenya",
    )
    assert r.status_code == 302, r.content[:500]
    com = Comment.objects.get(edition=published)
    assert com.target == kind and com.state == Comment.PENDING
    assert (com.name, com.country, com.stakeholder_group) == ("Ana", "Kenya", "Civil Society")
    if kind == "message":
        assert com.message.uid == key
    assert "A moderator will check it" in c.get(r["Location"]).content.decode()


def test_window_is_enforced_on_the_server(published: Any) -> None:
    pub = publishing.current_draft_publication(published)
    url = f"/e/{published.slug}/comment/draft/"
    now = timezone.now()
    for opens, closes in (
        (now + timedelta(hours=1), now + timedelta(days=1)),
        (now - timedelta(days=2), now - timedelta(seconds=1)),
    ):
        pub.opens, pub.closes = opens, closes
        pub.save()
        r = post(client_for(None), url)
        assert r.status_code == 400
        assert "review is not open" in r.content.decode()
    assert not Comment.objects.filter(edition=published).exists()


def test_window_times_are_time_zone_aware(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    edition.time_zone = "Europe/Oslo"
    edition.save()
    r = c.post(
        f"/staff/e/{edition.slug}/publish/draft/",
        {"opens": "2025-06-27T18:00", "closes": "2025-07-14T23:59"},
    )
    assert r.status_code == 302
    pub = publishing.current_draft_publication(edition)
    assert pub.opens.isoformat() == "2025-06-27T16:00:00+00:00"  # 18:00 in Oslo (UTC+2)
    assert pub.closes.isoformat() == "2025-07-14T21:59:00+00:00"
    with pytest.raises(publishing.PublishError, match="close after it opens"):
        publishing.publish_draft(edition, pub.closes, pub.opens, users["editor"])


def test_named_only_editions_refuse_anonymous(published: Any) -> None:
    published.allow_anonymous = False
    published.save()
    r = post(client_for(None), f"/e/{published.slug}/comment/draft/")
    assert r.status_code == 400 and "please give your name" in r.content.decode()
    assert (
        post(client_for(None), f"/e/{published.slug}/comment/draft/", name="Bo").status_code == 302
    )


def test_script_and_html_are_inert(published: Any, users: dict[str, Any]) -> None:
    published.premoderate = False
    published.save()
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)> Real point here. <b>bold</b>'
    r = post(
        client_for(None),
        f"/e/{published.slug}/comment/draft/",
        text=payload,
        name="<script>alert(2)</script>Eve",
    )
    assert r.status_code == 302
    com = Comment.objects.get(edition=published)
    assert "<" not in com.text and "<" not in com.name
    for page in (
        client_for(None).get(f"/e/{published.slug}/handled/"),
        client_for(users["moderator"]).get(f"/staff/e/{published.slug}/moderate/?state=visible"),
    ):
        html = page.content.decode()
        assert "<script>alert" not in html and "onerror=alert" not in html
        assert "Real point here." in html


def test_markup_that_survives_is_escaped(published: Any) -> None:
    published.premoderate = False
    published.save()
    post(client_for(None), f"/e/{published.slug}/comment/draft/", text='5 < 6 and "quotes" & more')
    html = client_for(None).get(f"/e/{published.slug}/handled/").content.decode()
    assert "5 &lt; 6 and &quot;quotes&quot; &amp; more" in html


def test_sql_metacharacters_are_just_text(published: Any) -> None:
    text = "Robert'); DROP TABLE fm_comment;-- and 1=1 OR '1'='1' %_\\"
    assert (
        post(client_for(None), f"/e/{published.slug}/comment/draft/", text=text).status_code == 302
    )
    assert Comment.objects.get(edition=published).text == text
    assert client_for(None).get(f"/e/{published.slug}/handled/").status_code == 200


def test_oversized_and_malformed_input_refused_clearly(published: Any) -> None:
    url = f"/e/{published.slug}/comment/draft/"
    cases = [
        ({"text": "x" * 5001}, "too long"),
        ({"text": ""}, "please write your comment"),
        ({"email": "not-an-address"}, "e-mail address does not look right"),
        ({"stakeholder_group": "Martians"}, "choose a stakeholder group"),
        ({"token": "../../etc"}, "form has expired"),
    ]
    for fields, message in cases:
        r = post(client_for(None), url, **fields)
        assert r.status_code == 400 and message in r.content.decode(), fields
    assert client_for(None).get(f"/e/{published.slug}/comment/message/m-nope/").status_code == 404
    assert post(client_for(None), f"/e/{published.slug}/comment/message/m-nope/").status_code == 404
    assert not Comment.objects.filter(edition=published).exists()


def test_csrf_is_required(published: Any) -> None:
    c = Client(enforce_csrf_checks=True)
    r = c.post(f"/e/{published.slug}/comment/draft/", {"text": TEXT, "token": "a" * 32})
    assert r.status_code == 403
    assert not Comment.objects.exists()


def test_honeypot_keeps_spam_out_of_sight(published: Any, users: dict[str, Any]) -> None:
    r = post(client_for(None), f"/e/{published.slug}/comment/draft/", website="http://spam.example")
    assert r.status_code == 302  # the bot sees success
    com = Comment.objects.get(edition=published)
    assert com.state == Comment.SPAM
    page = client_for(users["moderator"]).get(f"/staff/e/{published.slug}/moderate/?state=spam")
    assert TEXT in page.content.decode()


@override_settings(RATE_LIMIT=3)
def test_rate_limit(published: Any) -> None:
    url = f"/e/{published.slug}/comment/draft/"
    codes = [post(client_for(None), url, text=f"{TEXT} number {i}").status_code for i in range(5)]
    assert codes == [302, 302, 302, 429, 429]
    assert Comment.objects.filter(edition=published).count() == 3


def test_double_submit_is_stored_once(published: Any) -> None:
    c = client_for(None)
    data = {"token": comments.new_token(), "text": TEXT}
    c.post(f"/e/{published.slug}/comment/draft/", data)
    c.post(f"/e/{published.slug}/comment/draft/", data)
    assert Comment.objects.filter(edition=published).count() == 1


def test_moderation_states_never_delete(published: Any, users: dict[str, Any]) -> None:
    for i in range(3):
        post(client_for(None), f"/e/{published.slug}/comment/draft/", text=f"Point {i}: {TEXT}")
    ids = list(Comment.objects.values_list("pk", flat=True))
    c = client_for(users["moderator"])
    for state in ("visible", "hidden", "spam", "pending", "visible"):
        r = c.post(f"/staff/e/{published.slug}/moderate/set/", {"comments": ids[:2], "to": state})
        assert r.status_code == 302
        assert Comment.objects.filter(state=state, pk__in=ids[:2]).count() == 2
    assert Comment.objects.count() == 3
    assert Comment.objects.get(pk=ids[0]).moderated_by == users["moderator"]
    public = client_for(None).get(f"/e/{published.slug}/handled/").content.decode()
    assert "Point 0" in public and "Point 2" not in public  # pending is not shown


CAMPAIGN = (
    "We ask the IGF to recognise community networks as essential infrastructure. "
    "Spectrum should be made available to them at no cost. "
    "Governments must include them in universal service funds."
)


def test_campaigns_grouped_with_unique_additions(published: Any, users: dict[str, Any]) -> None:
    published.premoderate = False
    published.save()
    url = f"/e/{published.slug}/comment/draft/"
    for i in range(5):
        post(client_for(None), url, text=CAMPAIGN, name=f"Sender {i}")
    post(
        client_for(None),
        url,
        text=CAMPAIGN.replace("no cost", "no cost,")
        + " In our valley, the nearest fibre point is 80 km away.",
        name="Valley",
    )
    post(client_for(None), url, text="A different point about data protection rules.")
    camp = {c.campaign_id for c in Comment.objects.filter(name__startswith="Sender")}
    assert len(camp) == 1 and None not in camp
    valley = Comment.objects.get(name="Valley")
    assert valley.campaign_id in camp
    assert valley.addition == "In our valley, the nearest fibre point is 80 km away."
    assert Comment.objects.get(text__startswith="A different").campaign_id is None
    page = client_for(None).get(f"/e/{published.slug}/handled/").content.decode()
    assert "6 near-identical comments" in page
    assert "the nearest fibre point is 80 km away" in page
    assert page.count("recognise community networks") == 1  # shown once


ADDED = (
    "Our cooperative has connected twelve mountain villages since 2019 and trained forty "
    "local technicians who now run the network themselves, without any public money."
)


def test_campaign_copies_with_sentences_added_or_removed_are_grouped(
    published: Any, users: dict[str, Any]
) -> None:
    published.premoderate = False
    published.save()
    url = f"/e/{published.slug}/comment/draft/"
    for i in range(2):
        post(client_for(None), url, text=CAMPAIGN, name=f"Sender {i}")
    longer = CAMPAIGN + " " + ADDED
    assert campaigns.similarity(longer, CAMPAIGN) < campaigns.JOIN_AT  # not close in Jaccard
    post(client_for(None), url, text=longer, name="Longer")
    shorter = CAMPAIGN.split(". ", 1)[1]  # the first sentence taken away
    post(client_for(None), url, text=shorter, name="Shorter")
    changed = CAMPAIGN.replace("at no cost", "at a very low cost")
    post(client_for(None), url, text=changed, name="Changed")
    post(client_for(None), url, text=ADDED, name="Own words")  # a text of its own
    camp = Comment.objects.get(name="Sender 0").campaign_id
    assert camp is not None
    by_name = {c.name: c for c in Comment.objects.filter(edition=published)}
    assert {n for n, c in by_name.items() if c.campaign_id == camp} == {
        "Sender 0",
        "Sender 1",
        "Longer",
        "Shorter",
        "Changed",
    }
    assert by_name["Own words"].campaign_id is None
    assert by_name["Longer"].addition == ADDED
    assert by_name["Shorter"].addition == ""  # nothing new, only less
    # the changed sentence whole, as the copy words it (its new words alone say nothing)
    own = "Spectrum should be made available to them at a very low cost."
    assert by_name["Changed"].addition == own
    keyed = set(CommentKey.objects.values_list("comment__name", flat=True))
    assert keyed == {"Sender 0", "Own words"}  # a campaign is found through its first comment
    queue = client_for(users["moderator"]).get(f"/staff/e/{published.slug}/moderate/?state=visible")
    page = queue.content.decode()
    assert page.count("5 near-identical comments") == 5
    assert f'<strong>adds</strong> <span dir="auto">{own}</span>' in page


def test_additions_quote_the_sentences_that_are_new_or_changed() -> None:
    base = "Data must stay in the region. Courts should review every request. 数据应当留在本地。"
    assert campaigns.addition(base + " Also train judges.", base) == "Also train judges."
    # a changed sentence is quoted whole: its new word alone ("each") says nothing
    changed = "Courts should review each request."
    assert campaigns.addition(base.replace("every", "each"), base) == changed
    assert campaigns.addition(base.replace("本地", "国内"), base) == "数据应当留在国内。"
    two = base + " First new point here. Second new point here."
    assert campaigns.addition(two, base) == "First new point here. Second new point here."
    both = base.replace("every", "each") + " First new point here."
    assert campaigns.addition(both, base) == changed + " … First new point here."
    # sentences next to each other are one run; words only taken away add nothing
    near = base.replace("every", "each").replace("数据应当留在本地。", "Train judges.")
    assert campaigns.addition(near, base) == changed + " Train judges."
    assert campaigns.addition(base.replace("the region", "region"), base) == ""
    # an edit that puts a stray word in a sentence gives the whole sentence as the copy has it
    odd = base.replace("should review", "truly review")
    assert campaigns.addition(odd, base) == "Courts truly review every request."


def test_campaign_keys_are_the_same_in_every_process() -> None:
    import subprocess
    import sys

    code = "import sys; from forum_messages.nlp import minhash as c; print(c.keys(sys.argv[1]))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code, CAMPAIGN], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    }
    assert runs == {str(campaigns.keys(CAMPAIGN))}
    assert len(campaigns.keys(CAMPAIGN)) == campaigns.BANDS + 3  # 16 bands, 3 long sentences


def test_migration_indexes_comments_that_stand_alone_or_start_a_campaign(published: Any) -> None:
    import importlib

    from django.apps import apps

    migration = importlib.import_module("forum_messages.web.migrations.0006_comment_keys")
    published.premoderate = False
    published.save()
    url = f"/e/{published.slug}/comment/draft/"
    for i in range(3):
        post(client_for(None), url, text=CAMPAIGN, name=f"Sender {i}")
    post(client_for(None), url, text="A different point about data protection rules.", name="D")
    post(client_for(None), url, text=CAMPAIGN, website="x", name="Bot")  # spam
    CommentKey.objects.all().delete()  # as before the migration
    migration.index_comments(apps, None)
    keyed = set(CommentKey.objects.values_list("comment__name", flat=True))
    assert keyed == {"Sender 0", "D"}
    sender = Comment.objects.get(name="Sender 0")
    assert sorted(sender.keys.values_list("key", flat=True)) == campaigns.keys(CAMPAIGN)
