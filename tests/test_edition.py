"""Edition files: the presets, the smallest accepted file, and errors with line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.config import resolve_settings
from forum_messages.edition import load_edition, preset_names
from forum_messages.errors import ConfigError, EditionError
from forum_messages.model import UN_LANGUAGES, pick


def test_igf2025_preset_has_four_themes_in_six_languages() -> None:
    ed = load_edition("igf2025")
    assert ed.year == 2025 and ed.language == "en"
    assert ed.theme_keys() == ("trust", "innovation", "access", "cooperation")
    for theme in ed.themes:
        assert set(theme.title) == set(UN_LANGUAGES)
        assert set(theme.description) == set(UN_LANGUAGES)
    assert pick(ed.theme("trust").title, "en") == "Building Digital Trust and Resilience"
    assert ed.dates == ("2025-06-23", "2025-06-27")
    assert ed.global_south.includes("African Group", "Kenya") is True
    assert ed.global_south.includes("Asia-Pacific Group", "Japan") is False
    assert ed.global_south.includes(None, None) is None


def test_presets_are_listed() -> None:
    assert {"igf2025", "minimal"} <= set(preset_names())


def test_smallest_edition_from_the_issue(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(
        "name: Example Forum 2025\nyear: 2025\nlanguage: en  # output language\nthemes:\n"
        "  - key: trust\n"
        '    title: {en: "Building Digital Trust and Resilience", zh: "建立数字信任与韧性"}\n'
        '    description: {en: "Cybersecurity."}\n',
        encoding="utf-8",
    )
    ed = load_edition(path)
    assert ed.name == {"en": "Example Forum 2025"}
    assert ed.theme("trust").title["zh"] == "建立数字信任与韧性"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("year: 2025\nthemes: [{key: a, title: A}]\n", ["name", "is required"]),
        ("name: X\nyear: twenty\nthemes: [{key: a, title: A}]\n", [":2", "year"]),
        ("name: X\nyear: 2025\nlanguage: de\nthemes: [{key: a, title: A}]\n", [":3", "language"]),
        ("name: X\nyear: 2025\nthemes: []\n", ["themes"]),
        (
            "name: X\nyear: 2025\nthemes:\n  - {key: a, title: A}\n  - {key: a, title: B}\n",
            [":5", "duplicate theme key 'a'"],
        ),
        ("name: X\nyear: 2025\nthemes:\n  - {key: Bad Key, title: A}\n", [":4", "key"]),
        ("name: X\nyear: 2025\nthemes:\n  - key: a\n", ["themes[0].title", "is required"]),
        (
            "name: X\nyear: 2025\ndates: {start: 23 June}\nthemes: [{key: a, title: A}]\n",
            [":3", "dates.start", "YYYY-MM-DD"],
        ),
        ("name: X\nyear: 2025\nthemes: [{key: a, title: A}\n", ["not valid YAML"]),
    ],
)
def test_bad_edition_files_name_line_and_field(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    path = tmp_path / "edition.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(EditionError) as info:
        load_edition(path)
    message = str(info.value)
    assert str(path) in message
    for part in expected:
        assert part in message


def test_edition_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "edition.yaml"
    path.write_bytes("name: Forum de la Société\n".encode("latin-1"))
    with pytest.raises(EditionError, match="not UTF-8"):
        load_edition(path)


def test_settings_precedence_cli_over_env_over_file() -> None:
    s = resolve_settings(
        cli={"min_sessions": 4},
        edition_settings={"min_sessions": 2, "max_topics": 5, "message_distance": 0.4},
        environ={"FORUM_MESSAGES_MAX_TOPICS": "6"},
    )
    assert (s.min_sessions, s.max_topics, s.message_distance) == (4, 6, 0.4)


def test_settings_errors_are_clear() -> None:
    with pytest.raises(ConfigError, match="unknown setting 'min_session'"):
        resolve_settings(edition_settings={"min_session": 2}, environ={})
    with pytest.raises(ConfigError, match="FORUM_MESSAGES_MIN_SESSIONS"):
        resolve_settings(environ={"FORUM_MESSAGES_MIN_SESSIONS": "two"})
    with pytest.raises(ConfigError, match="min_sessions"):
        resolve_settings(cli={"min_sessions": 0}, environ={})


def test_an_edition_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    from forum_messages import edition

    path = tmp_path / "huge.yaml"
    path.write_text("name: x\n" + "# padding\n" * (edition.MAX_EDITION_BYTES // 10), "utf-8")
    with pytest.raises(EditionError, match=r"huge\.yaml: the edition file is [\d,]+ bytes, over"):
        load_edition(path)
