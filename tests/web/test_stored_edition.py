"""An edition stored before edition files refused control characters, holding one written as
a YAML escape (``"\\u0001"``), is read without it: its pages and downloads work, the log
names the fields, and saving its details stores the file clean."""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from forum_messages.edition import drop_unprintable, parse_edition, preset_path
from forum_messages.errors import EditionError
from forum_messages.web.models import Edition
from forum_messages.web.models.inputs import _parsed
from forum_messages.yamlsrc import load_yaml

from .conftest import client_for
from .test_edition_details import form_of

#: An edition file as one could be stored before: YAML escapes, refused by the loader now.
STORED = (
    'name: "Kenya IGF\\u0001 2026"\n'
    "year: 2026\n"
    "language: en\n"
    'stakeholder_groups: [Government, "Civil\\vSociety"]\n'
    "themes:\n"
    "  - key: connectivity\n"
    '    title: {en: "Connecting\\x02 Everyone", fr: "Connecter tout le monde"}\n'
    '    description: {en: "Affordable access\\ufffe for all."}\n'
)


def test_the_loader_still_refuses_it() -> None:
    with pytest.raises(EditionError, match=r"4: field 'stakeholder_groups\[1\]'"):
        parse_edition(load_yaml(STORED), "kenya.yaml")


def test_the_texts_lose_the_characters_and_the_fields_are_named() -> None:
    data = load_yaml(STORED)
    assert drop_unprintable(data) == [
        "name",
        "stakeholder_groups[1]",
        "themes[0].title.en",
        "themes[0].description.en",
    ]
    ed = parse_edition(data, "kenya.yaml")
    assert ed.name == {"en": "Kenya IGF 2026"}
    assert ed.stakeholder_groups == ("Government", "CivilSociety")
    assert ed.theme("connectivity").title["en"] == "Connecting Everyone"
    assert drop_unprintable(data) == []


def stored(edition: Any, spec: str, title: str) -> Any:
    """Write the row as an older version could have left it (no check on the way)."""
    Edition.objects.filter(pk=edition.pk).update(spec_yaml=spec, title=title)
    _parsed.cache_clear()
    return Edition.objects.get(pk=edition.pk)


def test_the_site_reads_it_and_saving_the_details_stores_it_clean(
    published: Any, users: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Every page that reads the edition failed with a server error (an EditionError)."""
    spec = published.spec_yaml.replace(
        '  en: "Internet Governance Forum 2025"', '  en: "Internet Governance\\u0001 Forum 2025"'
    )
    assert spec != published.spec_yaml
    ed = stored(published, spec, "Internet Governance\x01 Forum 2025")
    assert ed.title == "Internet Governance Forum 2025"
    c = client_for(users["editor"])
    with caplog.at_level(logging.WARNING, logger="forum_messages.web"):
        for url in (
            f"/e/{ed.slug}/",
            f"/e/{ed.slug}/comments.xlsx",
            f"/staff/e/{ed.slug}/",
            f"/staff/e/{ed.slug}/curate/",
            f"/staff/e/{ed.slug}/details/",
        ):
            r = c.get(url)
            assert r.status_code == 200, url
            if not r.streaming:  # the pages; the workbook is a zip
                assert b"\x01" not in r.content, url
    assert "name.en" in caplog.text and "control characters" in caplog.text
    r = c.get(f"/e/{ed.slug}/export/current.docx")
    assert r.status_code == 200
    first = docx.Document(io.BytesIO(r.content)).paragraphs[0].text
    assert "Internet Governance Forum 2025" in first
    r = c.post(f"/staff/e/{ed.slug}/details/", form_of(ed))
    assert r.status_code == 302
    ed.refresh_from_db()
    assert "\\u0001" not in ed.spec_yaml and "Internet Governance Forum 2025" in ed.spec_yaml
    parse_edition(load_yaml(ed.spec_yaml), "saved")  # the loader takes it as it is now


def test_a_site_database_on_disk_reads_it_from_the_command_line(tmp_path: Path) -> None:
    """A data directory's SQLite file, changed behind the site's back as an older version
    could have left it: importing more reports into the edition stopped with the loader's
    error; it now goes on, and says which fields lost characters."""
    data = tmp_path / "site"
    report = tmp_path / "r1.jsonl"
    report.write_text(
        '{"session": "WS #1", "theme": "connectivity", '
        '"key_takeaways": ["Community networks need affordable spectrum licences."]}\n',
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("FORUM_MESSAGES_DATA_DIR", None)
    env.pop("DATABASE_URL", None)  # the data directory's SQLite file, even in a PostgreSQL run
    base = [sys.executable, "-m", "forum_messages", "import", "--data-dir", str(data)]
    first = [*base, str(report), "--edition", str(preset_path("minimal")), "--slug", "national"]
    r = subprocess.run(first, capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    db = sqlite3.connect(data / "forum-messages.sqlite3")
    with db:
        (spec,) = db.execute("SELECT spec_yaml FROM fm_edition WHERE slug='national'").fetchone()
        bad = spec.replace('"Example National IGF 2025"', '"Example\\u0001 National IGF 2025"')
        assert bad != spec
        db.execute("UPDATE fm_edition SET spec_yaml=? WHERE slug='national'", (bad,))
    db.close()
    report.write_text(report.read_text(encoding="utf-8").replace("WS #1", "WS #2"), "utf-8")
    r = subprocess.run(
        [*base, str(report), "--slug", "national"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert "imported 1 sessions" in r.stdout
    assert "field(s) name" in r.stderr and "Traceback" not in r.stderr
