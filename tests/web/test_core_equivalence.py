"""(a) The site persists the core's records and renders them with the core: its exports are
byte-identical to the CLI's for the same inputs and embedder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from forum_messages.cli import main as cli_main

from .conftest import client_for
from .helpers import placed_once


@pytest.fixture(scope="module")
def cli_outputs(tmp_path_factory: pytest.TempPathFactory, sample_paths: list[str]) -> Path:
    out = tmp_path_factory.mktemp("cli")
    assert (
        cli_main(["draft", *sample_paths, "-e", "igf2025", "-o", str(out), "--embedder", "hash"])
        == 0
    )
    return out


def test_site_exports_equal_cli_outputs(
    edition: Any, users: dict[str, Any], cli_outputs: Path
) -> None:
    c = client_for(users["editor"])
    for fmt in ("md", "html", "json"):
        r = c.get(f"/e/{edition.slug}/export/current.{fmt}")
        assert r.status_code == 200
        assert r.content == (cli_outputs / f"messages.{fmt}").read_bytes(), fmt


def test_rows_hold_every_statement_once(edition: Any) -> None:
    placed_once(edition)
    assert edition.statements.count() == 537
    assert edition.draft.messages.filter(removed=False).count() > 10


def test_current_export_is_for_editors_only(edition: Any, users: dict[str, Any]) -> None:
    assert (
        client_for(users["public"]).get(f"/e/{edition.slug}/export/current.md").status_code == 404
    )
    assert (
        client_for(None).get(f"/e/{edition.slug}/export/draft.md").status_code == 404
    )  # unpublished


def test_unknown_exports_are_not_found(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    assert c.get(f"/e/{edition.slug}/export/current.exe").status_code == 404
    assert c.get(f"/e/{edition.slug}/export/other.md").status_code == 404
