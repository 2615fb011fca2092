"""What the keyphrases need is loaded before a fork, once, not in both processes."""

from __future__ import annotations

import subprocess
import sys

import pytest

_PROBE = """
import sys
from forum_messages.nlp import keyphrases
before = 'segtok.segmenter' in sys.modules
keyphrases.prepare({lang!r})
print(before, 'segtok.segmenter' in sys.modules, keyphrases.stopwords.cache_info().currsize)
"""


@pytest.mark.parametrize(("lang", "splitter"), [("en", "True"), ("zh", "False")])
def test_prepare_loads_the_splitter_and_stop_words(lang: str, splitter: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(lang=lang)], capture_output=True, text=True, check=True
    ).stdout.split()
    # not loaded by the import itself; the splitter only for languages that use it
    assert out == ["False", splitter, "1"]
