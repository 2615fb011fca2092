"""A real browser on the organiser's page: the turns an item cites open on demand, and the
organiser confirms one item, corrects another and confirms the rest. Skipped when chromium or
playwright is absent (scripts/web-browser-test.sh installs both)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from .browser_site import MARKS, PASSWORD, chromium, cli, serve, sign_in

pytestmark = MARKS

SAID = "Our biggest bill is backhaul: more than power, more than staff, every single month."
RECORD = {
    "session": "WS #901",
    "title": "Community networks and the last mile",
    "theme": "connectivity",
    "language": "en",
    "source": "transcript",
    "key_takeaways": [
        "Community networks in rural Ghana pay more for backhaul than for anything else.",
        "Spectrum set aside for local operators lets small villages build their own networks.",
    ],
    "calls_to_action": ["Regulators should create a licence category for community networks."],
    "turns": {
        "key_takeaways": [
            [{"speaker": "AMA OWUSU", "turn": 3, "text": SAID}],
            [{"speaker": "LINA HASSAN", "turn": 8, "text": "Spectrum matters for villages."}],
        ],
        "calls_to_action": [[{"speaker": "AMA OWUSU", "turn": 9, "text": "Licences, please."}]],
    },
}
SETUP = f"""
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth import get_user_model
from forum_messages.web import rules
from forum_messages.web.models import Session
from forum_messages.web.services import importing
importing.import_paths(importing.edition_from_spec("minimal", "org"), [sys.argv[-1]])
user = get_user_model().objects.create_user("org-a", password="{PASSWORD}")
rules.set_role(user, "organiser")
Session.objects.filter(code="WS #901").update(organiser=user)
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("organiser-site")
    records = data / "drafted.jsonl"
    records.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    # one command: the edition, the drafted record, an organiser account assigned the session
    cli(data, "manage", "shell", "-c", SETUP.replace("sys.argv[-1]", repr(str(records))))
    with serve(data) as url:
        yield url


def test_the_organiser_checks_and_confirms_in_the_browser(site: str) -> None:
    with chromium() as browser:
        page: Any = browser.new_page()
        sign_in(page, site, "org-a")
        page.click("text=WS #901")
        turns = page.locator("details.turns").first
        said = turns.locator("blockquote")
        assert not said.is_visible()  # collapsed until opened
        turns.locator("summary").click()
        assert said.inner_text() == SAID and "AMA OWUSU" in turns.inner_text()

        page.locator("div.item").first.locator("button[value=confirm]").click()
        assert "the item now counts as your session" in page.inner_text(".flash")
        second = page.locator("div.item").nth(1)
        second.locator("textarea").fill("Spectrum for local operators lets villages connect.")
        second.locator("button[value=save]").click()
        assert "Saved" in page.inner_text(".flash")
        page.click("button[value=confirm_all]")
        assert "now your session's report" in page.inner_text(".flash")
        page.wait_for_load_state()  # the items below the message may still be arriving
        assert page.locator("text=machine-drafted, to confirm").count() == 0
        page.click("summary >> text=Changes made to these items")
        log = page.inner_text("details:has(table)")
        assert log.count("confirmed") == 2 and "edited" in log and "org-a" in log
