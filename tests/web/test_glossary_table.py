"""The glossary edited as a table (term, approved translations, forbidden variants, note),
checked by the glossary reader, still importable and downloadable as YAML."""

from __future__ import annotations

from typing import Any

import pytest

from forum_messages.translation.glossary import read_glossary
from forum_messages.web.models import Translation
from forum_messages.web.services import translating

from .conftest import client_for


@pytest.fixture
def fr(edition: Any) -> Translation:
    return translating.start(edition, "fr")


def table(rows: list[tuple[str, str, str, str]], remove: tuple[int, ...] = ()) -> dict[str, Any]:
    data: dict[str, Any] = {"rows": str(len(rows))}
    for i, (term, approved, forbidden, note) in enumerate(rows):
        data |= {
            f"row-{i}-term": term,
            f"row-{i}-translations": approved,
            f"row-{i}-forbidden": forbidden,
            f"row-{i}-note": note,
        }
        if i in remove:
            data[f"row-{i}-remove"] = "1"
    return data


def test_table_saved_as_a_glossary_the_checks_read(
    edition: Any, fr: Translation, users: dict[str, Any]
) -> None:
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}/glossary/fr"
    page = c.get(f"{base}/").content.decode()
    assert page.count('name="row-') == 5 * 5 - 5  # five empty rows, no remove box yet
    rows = [
        ("should", "devraient; devrait", "doivent", "a recommendation, not an order"),
        ("Internet Governance Forum", "Forum sur la gouvernance de l'Internet", "", ""),
        ("", "", "", ""),
    ]
    r = c.post(f"{base}/table/", table(rows))
    assert r.status_code == 302
    fr.refresh_from_db()
    g = read_glossary(fr.glossary, "saved", "en", "fr")
    assert g.pair == "en-fr" and [e.term for e in g.entries] == [
        "should",
        "Internet Governance Forum",
    ]
    assert g.entries[0].translations == ("devraient", "devrait")
    assert g.entries[0].forbidden == ("doivent",) and g.entries[0].note.startswith("a recomm")
    shown = c.get(f"{base}/").content.decode().replace("&#x27;", "'")
    assert (
        'value="devraient; devrait"' in shown and "Forum sur la gouvernance de l'Internet" in shown
    )
    c.post(f"{base}/table/", table(rows[:2], remove=(0,)))
    fr.refresh_from_db()
    assert [e.term for e in read_glossary(fr.glossary, "s", "en", "fr").entries] == [
        "Internet Governance Forum"
    ]
    download = c.get(f"{base}/glossary.yaml")
    assert download["Content-Disposition"].endswith('-glossary-en-fr.yaml"')
    assert download.content.decode() == fr.glossary


def test_bad_rows_and_yaml_refused_and_yaml_imported(
    edition: Any, fr: Translation, users: dict[str, Any]
) -> None:
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}/glossary/fr"
    r = c.post(f"{base}/table/", table([("", "devraient", "", "")]))
    assert r.status_code == 400 and "row 1: the term is empty" in r.content.decode()
    long_term = table([("x" * 300, "y", "", "")])
    refused = c.post(f"{base}/table/", long_term).content.decode()
    assert "pairs.en-fr[0]: term: 300 characters long; at most 200" in refused
    yaml_text = "pairs:\n  en-fr:\n    - term: multistakeholder\n      translation: multipartite\n"
    r = c.post(f"{base}/import/", {"yaml": yaml_text})
    assert r.status_code == 302
    fr.refresh_from_db()
    assert fr.glossary == yaml_text
    assert 'value="multipartite"' in c.get(f"{base}/").content.decode()
    bad = c.post(f"{base}/import/", {"yaml": "pairs: [unclosed"}, follow=True)
    assert "not valid YAML" in bad.content.decode()
    other_pair = "pairs:\n  en-zh: []\n  en-ar: []\n"
    wrong = c.post(f"{base}/import/", {"yaml": other_pair}, follow=True).content.decode()
    assert "no pair &#x27;en-fr&#x27;" in wrong
    fr.refresh_from_db()
    assert fr.glossary == yaml_text
    assert client_for(users["translator"]).get(f"{base}/").status_code == 403
