"""The curation overview's pages in a real browser (Playwright driving Debian's chromium): a
site whose pages hold 4 messages, every theme opened, the editor follows the "Next page"
link, finds other messages there and the search kept, moves one of them down and comes back
to the page holding it."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from forum_messages.cli import sample_paths

from .browser_site import MARKS, chromium, cli, serve, shows, sign_in, submit

pytestmark = MARKS
SLUG = "internet-governance-forum-2025"
SIZE = 4


def on_page(html: str) -> list[str]:
    return re.findall(r'<div class="msg" id="m-(m-[0-9a-f]+)"', html)


def test_the_editor_follows_a_page_link_and_comes_back_to_it(tmp_path: Path) -> None:
    data = tmp_path / "site"
    reports = next(p for p in sample_paths() if p.name == "sessions-trust-innovation.jsonl")
    cli(data, "import", "-e", "igf2025", "--draft", "--embedder", "hash", str(reports))
    cli(data, "createadmin", "--username", "admin")
    with serve(data, PAGE_SIZE=str(SIZE)) as site, chromium() as browser:
        staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        sign_in(staff, site, "admin")
        staff.goto(f"{site}/staff/e/{SLUG}/curate/?theme=all")
        first = on_page(staff.content())
        assert len(first) == SIZE and shows(staff, "page 1 of")
        submit(staff, "nav.pages >> a[rel=next] >> nth=0")
        query = parse_qs(urlsplit(staff.url).query)
        assert query["page"] == ["2"] and query["theme"] == ["all"]
        assert shows(staff, "page 2 of")
        second = on_page(staff.content())
        assert second and not set(second) & set(first)
        uid = second[0]
        submit(staff, f"#m-{uid} form[action$='/down/'] button")
        assert shows(staff, f'id="m-{uid}"') and shows(staff, "page 2 of")
        assert urlsplit(staff.url).fragment == f"m-{uid}"
