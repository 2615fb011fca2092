"""What a draft does not use is not loaded, or loaded faster."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest
import yaml

import forum_messages.translation
from forum_messages import taxonomy

_PROBE = """
import sys
from forum_messages.cli import build_parser
build_parser({})
print(sorted(m for m in sys.modules if m.startswith("forum_messages.translation")))
"""


def test_registering_the_commands_loads_no_translation_checks() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout
    assert "'forum_messages.translation.commands'" in out  # the commands are registered
    assert "'forum_messages.translation.checks'" not in out


def test_the_translation_package_names_still_resolve() -> None:
    from forum_messages.translation import Finding, check_translation
    from forum_messages.translation.checks import check_translation as direct

    assert check_translation is direct
    assert Finding.__module__ == "forum_messages.translation.checks"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = forum_messages.translation.nothing  # type: ignore[attr-defined]


def test_taxonomies_read_with_either_yaml_loader_are_the_same() -> None:
    folder = resources.files("forum_messages") / "editions" / "taxonomies"
    for name in ("gdc", "wsis", "sdg"):
        text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
        assert yaml.load(text, Loader=taxonomy._LOADER) == yaml.safe_load(text)


_JIEBA_PROBE = """
import sys
import forum_messages.synth.pipeline
from forum_messages.nlp.segment import words
before = 'rjieba' in sys.modules
print(before, words('Open data', 'en'), 'rjieba' in sys.modules, words('数字信任', 'zh'))
"""


def test_jieba_is_loaded_on_the_first_chinese_text_only() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _JIEBA_PROBE], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False ['open', 'data'] False ['数字', '信任']"
