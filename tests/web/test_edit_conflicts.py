"""Two people saving the same text at once: a message's text, a sub-topic's title, a model's
written version accepted over a hand edit, a comment's disposition. The later save, made from
a page opened before the earlier one, is refused with "changed after you opened the page" and
the text typed is given back; nothing of the earlier save is lost. A save without the page's
fingerprint (a script) is not checked, as before."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from django.test import Client

from forum_messages.web.models import Comment, Disposition, Message, Topic, Version
from forum_messages.web.services import answers, comments, curation, versions

from .conftest import client_for
from .test_writing import _ask, _message, _written, endpoint

CHANGED = "changed after you opened the page"


def _seen(page: str, action: str) -> str:
    """The ``seen`` fingerprint of the form posting to ``action`` on a page."""
    form = re.search(re.escape(f'action="{action}"') + r".*?</form>", page, re.S)
    assert form is not None, action
    value = re.search(r'name="seen" value="([0-9a-f]{16})"', form.group(0))
    assert value is not None, form.group(0)[:300]
    return value.group(1)


def _flash(c: Client, r: Any) -> str:
    assert r.status_code == 302, r.status_code
    return html.unescape(c.get(r["Location"]).content.decode())


def test_a_message_text_saved_from_an_older_page_is_refused(
    edition: Any, users: dict[str, Any]
) -> None:
    m = Message.objects.filter(draft=edition.draft, removed=False).order_by("id").first()
    assert m is not None
    url = f"/staff/e/{edition.slug}/m/{m.uid}/"
    action = f"{url}edit/"
    a, b = client_for(users["editor"]), client_for(users["admin"])
    seen_a = _seen(a.get(url).content.decode(), action)
    seen_b = _seen(b.get(url).content.decode(), action)
    assert seen_a == seen_b == versions.fingerprint(m.text)
    n = edition.draft.versions.count()
    first = "Les écoles rurales manquent de connexion stable et abordable."
    a.post(action, {"text": first, "seen": seen_a})
    m.refresh_from_db()
    assert m.text == first and edition.draft.versions.count() == n + 1
    second = "Сельские школы нуждаются в стабильном и доступном подключении."
    page = _flash(b, b.post(action, {"text": second, "seen": seen_b}))
    assert f"the text of {m.uid} {CHANGED}" in page
    assert f"here it is to paste again: {second}" in page  # the second editor's text kept
    m.refresh_from_db()
    assert m.text == first and edition.draft.versions.count() == n + 1  # not lost, not saved
    # opened again, the page shows the first text and its fingerprint: the save goes through
    again = _seen(b.get(url).content.decode(), action)
    assert again == versions.fingerprint(first)
    b.post(action, {"text": second, "seen": again})
    m.refresh_from_db()
    assert m.text == second and edition.draft.versions.count() == n + 2
    # without a fingerprint (a script, an older page) the save is not checked
    curation.edit_text(m, "农村学校需要稳定的网络连接。")
    m.refresh_from_db()
    assert m.text == "农村学校需要稳定的网络连接。"


def test_a_message_removed_meanwhile_is_not_edited(edition: Any, users: dict[str, Any]) -> None:
    msgs = list(Message.objects.filter(draft=edition.draft, removed=False).order_by("id")[:2])
    m = msgs[0]
    stale = Message.objects.get(pk=m.pk)  # the object a request loaded before the removal
    curation.merge(msgs[1], [m])
    try:
        curation.edit_text(stale, "Un texte pour un message fusionné.", seen=None)
    except curation.CurationError as exc:
        assert "was removed after you opened the page" in str(exc)
    else:
        raise AssertionError("a removed message was edited")


def test_a_sub_topic_title_saved_from_an_older_page_is_refused(
    edition: Any, users: dict[str, Any]
) -> None:
    tp = Topic.objects.filter(draft=edition.draft, removed=False).order_by("id").first()
    assert tp is not None
    url = f"/staff/e/{edition.slug}/curate/?theme={tp.theme.key}"
    action = f"/staff/e/{edition.slug}/t/{tp.uid}/rename/"
    a, b = client_for(users["editor"]), client_for(users["admin"])
    seen_a = _seen(a.get(url).content.decode(), action)
    seen_b = _seen(b.get(url).content.decode(), action)
    a.post(action, {"title": "Conectividad en zonas rurales", "seen": seen_a})
    tp.refresh_from_db()
    assert tp.title == "Conectividad en zonas rurales"
    page = _flash(b, b.post(action, {"title": "الاتصال في المناطق الريفية", "seen": seen_b}))
    assert CHANGED in page and "here it is to paste again: الاتصال في المناطق الريفية" in page
    tp.refresh_from_db()
    assert tp.title == "Conectividad en zonas rurales"


def test_accepting_a_written_version_over_a_hand_edit_made_since_is_refused(
    edition: Any, users: dict[str, Any], tmp_path: Path
) -> None:
    c = client_for(users["editor"])
    m = _message(edition)
    with endpoint(tmp_path):
        w = _written(_ask(c, edition, message=m.uid))
    url = f"/staff/e/{edition.slug}/written/{w.pk}/"
    action = f"{url}accept/"
    seen = _seen(c.get(url).content.decode(), action)
    assert seen == versions.fingerprint(m.text)
    hand = "Las escuelas rurales necesitan una conexión estable y asequible."
    other = client_for(users["admin"])
    page_url = f"/staff/e/{edition.slug}/m/{m.uid}/"
    other.post(
        f"{page_url}edit/",
        {"text": hand, "seen": _seen(other.get(page_url).content.decode(), f"{page_url}edit/")},
    )
    m.refresh_from_db()
    assert m.text == hand
    page = _flash(c, c.post(action, {"text": w.text, "seen": seen}))
    assert f"the text of {m.uid} {CHANGED}" in page
    m.refresh_from_db()
    w.refresh_from_db()
    assert m.text == hand and w.state == w.PENDING  # the hand edit kept, nothing decided
    # the page opened again shows the hand edit beside the model's text: accepting it then is
    # the editor's choice
    seen = _seen(c.get(url).content.decode(), action)
    c.post(action, {"text": w.text, "seen": seen})
    m.refresh_from_db()
    assert m.text == w.text
    assert edition.draft.latest_version().kind == Version.EDIT


def test_a_disposition_saved_from_an_older_page_is_refused(
    published: Any, users: dict[str, Any]
) -> None:
    com = comments.submit(
        published,
        comments.Target("draft"),
        {"text": "Veuillez mentionner les écoles rurales.", "name": "Amal"},
        "10.1.1.1",
        comments.new_token(),
    )
    Comment.objects.filter(pk=com.pk).update(state=Comment.VISIBLE)
    url = f"/staff/e/{published.slug}/answers/"
    action = f"/staff/e/{published.slug}/answers/set/"
    a, b = client_for(users["editor"]), client_for(users["admin"])

    def seen_of(c: Client) -> str:
        page = c.get(url, {"show": "all"}).content.decode()
        found = re.search(rf'name="seen" value="{com.pk}:([0-9a-f]{{16}})"', page)
        assert found is not None
        return f"{com.pk}:{found.group(1)}"

    seen_a, seen_b = seen_of(a), seen_of(b)
    assert seen_a == seen_b == f"{com.pk}:{answers.answer_seen()}"
    a.post(
        action,
        {"comments": [com.pk], "seen": [seen_a], "kind": "accepted", "response": "Ajouté."},
    )
    d = Disposition.objects.get(comment=com)
    assert (d.kind, d.response, d.author) == ("accepted", "Ajouté.", users["editor"])
    r = b.post(
        action,
        {
            "comments": [com.pk],
            "seen": [seen_b],
            "kind": "noted",
            "response": "Принято к сведению.",
        },
    )
    page = _flash(b, r)
    assert f"comment {com.pk} was answered by someone else after you opened the page" in page
    assert "here is your response to paste again: Принято к сведению." in page
    d.refresh_from_db()
    assert (d.kind, d.response, d.author) == ("accepted", "Ajouté.", users["editor"])
    # opened again (the answer now shown), the second editor may replace it
    again = seen_of(b)
    assert again == f"{com.pk}:{answers.answer_seen('accepted', 'Ajouté.')}"
    b.post(action, {"comments": [com.pk], "seen": [again], "kind": "noted", "response": "Noté."})
    d.refresh_from_db()
    assert (d.kind, d.response, d.author) == ("noted", "Noté.", users["admin"])


def test_edition_details_saved_from_an_older_page_are_refused(users: dict[str, Any]) -> None:
    """Two editors on the details page (themes' titles, the name): the later save was the
    whole form of before, undoing the earlier one's changes without a word."""
    from forum_messages.edition import parse_edition
    from forum_messages.yamlsrc import load_yaml

    from .test_edition_details import form_of, minimal

    ed = minimal(None)
    url = f"/staff/e/{ed.slug}/details/"
    a, b = client_for(users["editor"]), client_for(users["admin"])
    seen_a = _seen(a.get(url).content.decode(), url)
    seen_b = _seen(b.get(url).content.decode(), url)
    first = form_of(ed) | {"theme-0-title-fr": "Connecter tout le monde", "seen": seen_a}
    assert a.post(url, first).status_code == 302
    second = form_of(ed) | {"name-es": "Foro Nacional de Ejemplo 2025", "seen": seen_b}
    r = b.post(url, second)
    assert r.status_code == 400
    page = html.unescape(r.content.decode())
    assert "the edition's details changed after you opened the page" in page
    assert 'value="Foro Nacional de Ejemplo 2025"' in page  # the entries kept in the form
    ed.refresh_from_db()
    core = parse_edition(load_yaml(ed.spec_yaml), "saved")
    assert core.theme("connectivity").title["fr"] == "Connecter tout le monde"
    assert "es" not in core.name
    # the form shown again carries the file as it is now: saving it goes through
    again = _seen(page, url)
    assert again == versions.fingerprint(ed.spec_yaml)
    assert b.post(url, form_of(ed) | {"name-es": "Foro 2025", "seen": again}).status_code == 302
    ed.refresh_from_db()
    core = parse_edition(load_yaml(ed.spec_yaml), "saved")
    assert core.name["es"] == "Foro 2025"
    assert core.theme("connectivity").title["fr"] == "Connecter tout le monde"
