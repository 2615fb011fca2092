"""Editions without YAML: the details page edits name, year, dates, place, drafting language
and themes, checked by the edition file's own loader; an edition made from the `minimal`
preset can be renamed; themes of a drafted edition keep their keys."""

from __future__ import annotations

from typing import Any

from forum_messages.edition import parse_edition, preset_path
from forum_messages.model import UN_LANGUAGES
from forum_messages.web.services import editiondetails, importing
from forum_messages.yamlsrc import load_yaml

from .conftest import client_for


def form_of(edition: Any) -> dict[str, str]:
    """The details form as the page fills it in."""
    d = editiondetails.details_of(edition)
    data = {
        "year": str(d.year),
        "start": d.start,
        "end": d.end,
        "language": d.language,
        "themes": str(len(d.themes)),
    }
    for lang in UN_LANGUAGES:
        data[f"name-{lang}"] = d.name.get(lang, "")
        data[f"place-{lang}"] = d.place.get(lang, "")
        for i, th in enumerate(d.themes):
            data[f"theme-{i}-title-{lang}"] = th.title.get(lang, "")
            data[f"theme-{i}-description-{lang}"] = th.description.get(lang, "")
    return data


def minimal(db: None) -> Any:
    text = preset_path("minimal").read_text(encoding="utf-8")
    return importing.create_edition(text, "national", "minimal")


def test_minimal_edition_renamed_and_themed_in_forms(users: dict[str, Any]) -> None:
    ed = minimal(None)
    c = client_for(users["editor"])
    url = f"/staff/e/{ed.slug}/details/"
    page = c.get(url).content.decode()
    assert 'value="Example National IGF 2025"' in page and '<option value="ar"' in page
    data = form_of(ed)
    data.update(
        {
            "name-en": "Kenya Internet Governance Forum 2026",
            "name-fr": "Forum kényan sur la gouvernance de l'Internet 2026",
            "place-en": "Nairobi",
            "year": "2026",
            "start": "2026-05-12",
            "end": "2026-05-13",
            "theme-0-title-ar": "ربط الجميع",
            "theme-1-remove": "1",
            "theme-new-title-en": "Data Governance",
            "theme-new-description-en": "Who holds data, and on what terms.",
        }
    )
    r = c.post(url, data)
    assert r.status_code == 302 and r["Location"] == url
    ed.refresh_from_db()
    assert ed.title == "Kenya Internet Governance Forum 2026"
    core = parse_edition(load_yaml(ed.spec_yaml), "saved")  # the file the form wrote loads
    assert core.name["fr"].startswith("Forum kényan") and core.place == {"en": "Nairobi"}
    assert core.year == 2026 and core.dates == ("2026-05-12", "2026-05-13")
    assert core.theme_keys() == ("connectivity", "data-governance")
    assert core.theme("connectivity").title == {"en": "Connecting Everyone", "ar": "ربط الجميع"}
    assert core.theme("data-governance").description == {"en": "Who holds data, and on what terms."}
    dash = c.get("/staff/").content.decode()
    assert "Kenya Internet Governance Forum 2026" in dash


def test_details_checked_by_the_edition_loader(users: dict[str, Any]) -> None:
    ed = minimal(None)
    before = ed.spec_yaml
    c = client_for(users["editor"])
    url = f"/staff/e/{ed.slug}/details/"
    data = form_of(ed)
    data.update({"start": "12/05/2026", "theme-0-title-en": "", "name-en": ""})
    r = c.post(url, data)
    assert r.status_code == 400
    page = r.content.decode().replace("&#x27;", "'")
    assert "edition details: field 'dates.start': must be a date written YYYY-MM-DD" in page
    assert "field 'themes[0].title': is required" in page
    assert "field 'name': is required" in page
    assert 'value="12/05/2026"' in page  # what was typed is shown again
    ed.refresh_from_db()
    assert ed.spec_yaml == before
    bad_lang = form_of(ed) | {"language": "de"}
    assert c.post(url, bad_lang).status_code == 400  # the list holds the six UN languages
    dup = form_of(ed) | {"theme-new-key": "safety", "theme-new-title-en": "Again"}
    assert "same key" in c.post(url, dup).content.decode()
    assert client_for(users["moderator"]).post(url, form_of(ed)).status_code == 403


def test_drafted_edition_keeps_theme_keys(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/details/"
    data = form_of(edition)
    key = editiondetails.details_of(edition).themes[0].key
    data["theme-0-title-en"] = "Digital Trust, Renamed"
    r = c.post(url, data)
    assert r.status_code == 302
    assert edition.draft.themes.get(key=key).title == "Digital Trust, Renamed"
    refused = c.post(url, form_of(edition) | {"theme-0-remove": "1"})
    assert "can no longer be added or removed" in refused.content.decode()
    assert edition.draft.themes.filter(key=key).exists()
    other = "fr" if edition.draft.language != "fr" else "en"
    moved = c.post(url, form_of(edition) | {"language": other}).content.decode()
    assert "the drafting language can no longer change" in moved
    assert editiondetails.details_of(edition).themes[0].key == key
