"""YAML with line numbers: aliases that multiply or loop are refused with a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from forum_messages.edition import load_edition
from forum_messages.errors import ForumMessagesError
from forum_messages.yamlsrc import load_yaml

BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefg", "bcdefgh", strict=True)
)


def test_merge_keys_and_repeated_scalars_are_fine() -> None:
    data = load_yaml("base: &b {region: WEOG, group: Civil Society}\nx: {<<: *b, name: A}\n")
    assert data["x"] == {"region": "WEOG", "group": "Civil Society", "name": "A"}
    assert load_yaml("a: &n 3\nb: *n\n") == {"a": 3, "b": 3}


def test_an_alias_bomb_is_refused_quickly() -> None:
    with pytest.raises(yaml.YAMLError, match="repeat this block too many times"):
        load_yaml(BOMB)


def test_an_alias_inside_its_own_block_is_refused() -> None:
    with pytest.raises(yaml.YAMLError, match="refers to the block it is in"):
        load_yaml("a: &a [1, *a]\n")


def test_edition_file_with_a_bomb_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "edition.yaml"
    path.write_text(BOMB, encoding="utf-8")
    with pytest.raises(ForumMessagesError, match=r"edition\.yaml.*too many times"):
        load_edition(path)


def test_bundled_files_read_by_libyaml_as_load_yaml_reads_them() -> None:
    from importlib import resources

    from forum_messages.yamlsrc import load_bundled

    folder = resources.files("forum_messages") / "editions" / "vocabulary"
    text = (folder / "policy-topics.yaml").read_text(encoding="utf-8")
    assert load_bundled(text) == load_yaml(text)
    dated = "a: 2025-06-23\nb: [2025-06-24T10:00:00, {c: 2024-01-02}]\nd: text\n"
    assert load_bundled(dated) == load_yaml(dated)
    assert load_bundled(dated)["b"][1] == {"c": "2024-01-02"}
