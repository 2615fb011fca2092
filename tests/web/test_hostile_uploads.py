"""The site's upload forms (reports, consultation exports, edition files) given hostile files
through the test client: a message naming the file, and nothing of it (or of the files given
with it) imported; a consultation export with a quote left open loses only that row."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum_messages.ingest.yamlfile import MAX_LINE_CHARS
from forum_messages.web.models import Comment, ConsultationImport, Edition

from .conftest import client_for

GOOD_REPORT = json.dumps(
    {"session": "WS #1", "language": "fr", "key_takeaways": ["Les réseaux communautaires."]}
).encode()
LONG_LINE = "Los gobiernos deben financiar la conectividad. " * (MAX_LINE_CHARS // 47 + 1)

# (file name, bytes, what the message says besides the file's name)
HOSTILE_REPORTS = [
    ("junk.csv", bytes(range(256)) * 4, "NUL characters"),
    ("latin1.csv", "session,key_takeaways\nWS 1,Les États\n".encode("latin-1"), "not valid UTF-8"),
    ("utf16.jsonl", GOOD_REPORT.decode().encode("utf-16-le"), "NUL characters"),
    ("cut.json", GOOD_REPORT[:30], "not valid JSON"),
    ("sheet.csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "the file is a zip archive"),
    (
        "quote.csv",
        b'session,title,key_takeaways\nWS 1,"Datos,X\nWS 2,Cap,Y\nWS 3,Rural",Z\n',
        "the quote opened on this line is not closed",
    ),
    (
        "long.yaml",
        f"session: WS 1\nkey_takeaways:\n  - {LONG_LINE}\n".encode(),
        "a line of a YAML report may be at most 1,000,000",
    ),
    (
        "bomb.yaml",
        b"a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + b"".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n".encode()
            for p, c in zip("abcdefg", "bcdefgh", strict=True)
        ),
        "too many",
    ),
]


def _reports_page(c: Any, slug: str, files: list[SimpleUploadedFile]) -> str:
    r = c.post(f"/staff/e/{slug}/import/", {"reports": files})
    assert r.status_code == 302
    return str(c.get(r["Location"]).content.decode())


@pytest.mark.parametrize(("name", "raw", "words"), HOSTILE_REPORTS)
def test_a_hostile_report_upload_imports_nothing_of_any_file(
    users: dict[str, Any], name: str, raw: bytes, words: str
) -> None:
    c = client_for(users["editor"])
    c.post("/staff/new/", {"preset": "minimal", "slug": "hostile"})
    good = SimpleUploadedFile("good.json", GOOD_REPORT)
    page = _reports_page(c, "hostile", [good, SimpleUploadedFile(name, raw)])
    assert "nothing was imported" in page and name in page, page
    assert words.replace("'", "&#x27;") in page
    assert Edition.objects.get(slug="hostile").statements.count() == 0  # good.json neither


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".json", ".yaml", ".md"]))
def test_any_bytes_uploaded_as_reports(users: dict[str, Any], raw: bytes, suffix: str) -> None:
    """Any bytes: imported whole, or nothing imported and the file named (no server error)."""
    c = client_for(users["editor"])
    if not Edition.objects.filter(slug="anybytes").exists():
        c.post("/staff/new/", {"preset": "minimal", "slug": "anybytes"})
    before = Edition.objects.get(slug="anybytes").statements.count()
    page = _reports_page(c, "anybytes", [SimpleUploadedFile(f"r{suffix}", raw)])
    after = Edition.objects.get(slug="anybytes").statements.count()
    if "nothing was imported" in page:
        assert after == before and f"r{suffix}" in page
    else:
        assert "Imported" in page and after >= before, page


EXPORT = (
    "ID,Q1,Type\n"
    'R1,"Las redes comunitarias necesitan espectro asequible.",Individual\n'
    'R2,"Rural schools should be connected before the next budget cycle,Business\n'
    "R3,Les données personnelles doivent être protégées.,Academia\n"
    'R4,"各国政府应当保护公民的个人数据。",Individual\n'
)


def test_a_consultation_export_with_a_quote_left_open(
    published: Any, users: dict[str, Any]
) -> None:
    # before: R3 and R4 were inside R2's answer, one reject, and imported with --keep-going
    # as nothing at all
    c = client_for(users["editor"])
    url = f"/staff/e/{published.slug}/consultation/"
    upload = SimpleUploadedFile("export.csv", EXPORT.encode())
    r = c.post(url, {"file": upload, "columns": "id=ID,text=Q1,group=Type"})
    page = r.content.decode()
    assert r.status_code == 400 and "export.csv:3: field &#x27;Q1&#x27;: the quote opened" in page
    assert not Comment.objects.filter(edition=published).exists()
    upload = SimpleUploadedFile("export.csv", EXPORT.encode())
    r = c.post(url, {"file": upload, "columns": "id=ID,text=Q1,group=Type", "keep_going": "1"})
    assert r.status_code == 200, r.content.decode()
    assert "reading goes on at line 4" in r.content.decode()
    ids = set(Comment.objects.filter(edition=published).values_list("response_id", flat=True))
    assert ids == {"R1", "R3", "R4"}


HOSTILE_EXPORTS = [
    ("junk.csv", bytes(range(256)) * 4, "NUL characters"),
    ("latin1.csv", "ID,Q1\nR1,Les États\n".encode("latin-1"), "not valid UTF-8"),
    ("cut.xlsx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "not a readable XLSX workbook"),
    ("sheet.csv", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "the file is a zip archive"),
    ("lines.jsonl", b'{"ID": "R1", "Q1": "x"}\n[1, 2]\n', "not a JSON object"),
    ("header.csv", b"Id;Answer\nR1;x\n", "no column"),
]


@pytest.mark.parametrize(("name", "raw", "words"), HOSTILE_EXPORTS)
def test_a_hostile_consultation_export_imports_nothing(
    published: Any, users: dict[str, Any], name: str, raw: bytes, words: str
) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{published.slug}/consultation/"
    r = c.post(url, {"file": SimpleUploadedFile(name, raw), "columns": "id=ID,text=Q1"})
    page = r.content.decode()
    assert r.status_code == 400 and name in page and words in page, page
    assert not Comment.objects.filter(edition=published).exists()
    assert not ConsultationImport.objects.filter(edition=published, finished=True).exists()


HOSTILE_EDITIONS = [
    ("junk.yaml", bytes(range(256)), "junk.yaml:1: the file contains NUL characters"),
    (
        "latin1.yaml",
        "name: Forum\nyear: 2026\nplace: Genève\n".encode("latin-1"),
        "latin1.yaml:3: the file is not valid UTF-8 (byte 0xE8 on this line)",
    ),
    ("list.yaml", b"- a\n- b\n", "mapping"),
    ("bomb.yaml", HOSTILE_REPORTS[-1][1], "too many"),
    ("long.yaml", f"name: Forum\nintro: {LONG_LINE}\n".encode(), "long.yaml"),
]


@pytest.mark.parametrize(("name", "raw", "words"), HOSTILE_EDITIONS)
def test_a_hostile_edition_file_creates_no_edition(
    users: dict[str, Any], name: str, raw: bytes, words: str
) -> None:
    c = client_for(users["editor"])
    count = Edition.objects.count()
    r = c.post("/staff/new/", {"file": SimpleUploadedFile(name, raw), "slug": "hostile-ed"})
    assert r.status_code in (200, 302, 400)
    page = c.get(r["Location"]).content.decode() if r.status_code == 302 else r.content.decode()
    assert name in page and words in page, page
    assert Edition.objects.count() == count


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(0, 8), st.binary(max_size=8)),
        min_size=1,
        max_size=4,
    ),
    fmt=st.sampled_from(["xliff", "po"]),
)
def test_a_damaged_translation_file_is_taken_in_whole_or_not_at_all(
    edition: Any, users: dict[str, Any], changes: list[tuple[int, int, bytes]], fmt: str
) -> None:
    """The site's own file, filled in and damaged anywhere: taken in (every unit), or an
    error naming the file with no unit changed."""
    from forum_messages.translation.exchange import read_po, read_xliff, write_po, write_xliff
    from forum_messages.translation.segments import REVIEWED, set_target
    from forum_messages.web.models import Translation, TranslationUnit

    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}/translate/fr"
    if not Translation.objects.filter(edition=edition, language="fr").exists():
        c.post(f"/staff/e/{edition.slug}/translations/start/", {"language": "fr"})
    fr = Translation.objects.get(edition=edition, language="fr")
    text = c.get(f"{base}/file.{fmt}").content.decode()
    t = read_xliff(text) if fmt == "xliff" else read_po(text)
    for u in t.units:
        t = set_target(t, u.id, "FR : " + u.source, REVIEWED)
    raw = bytearray((write_xliff(t) if fmt == "xliff" else write_po(t)).encode())
    for position, length, insert in changes:
        at = position % (len(raw) + 1)
        raw[at : at + length] = insert
    name = "fr.xlf" if fmt == "xliff" else "fr.po"
    before = list(TranslationUnit.objects.filter(translation=fr).values_list("target", "state"))
    r = c.post(f"{base}/upload/", {"file": SimpleUploadedFile(name, bytes(raw))}, follow=True)
    page = r.content.decode()
    assert r.status_code == 200
    after = list(TranslationUnit.objects.filter(translation=fr).values_list("target", "state"))
    if "File taken in" not in page:
        assert 'class="flash error"' in page and name in page, page
        assert after == before
