"""Registering the commands (every command, a draft too) does not import the document readers
and the comparison; the package's names still resolve as before."""

from __future__ import annotations

import subprocess
import sys

import pytest

import forum_messages.documents as documents

_PROBE = """
import sys
from forum_messages.cli import build_parser
build_parser({})
print(sorted(m for m in sys.modules if m.startswith("forum_messages.documents")))
import forum_messages.documents.compare  # the submodule loaded first, the function asked after
from forum_messages.documents import compare
print(type(compare).__name__)
"""


def test_registering_the_commands_loads_no_document_reader() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout
    loaded, kind = out.splitlines()
    assert "'forum_messages.documents.commands'" in loaded
    for heavy in ("compare", "importer", "structure", "prepare"):
        assert f"'forum_messages.documents.{heavy}'" not in loaded
    assert kind == "function"


def test_every_name_of_the_package_resolves_to_its_module() -> None:
    from forum_messages.documents import importer, model, vocab
    from forum_messages.documents.compare import Comparison, compare

    assert documents.compare is compare and documents.Comparison is Comparison
    assert documents.import_messages is importer.import_messages
    assert documents.MessagesDocument is model.MessagesDocument
    assert vocab.__name__ == "forum_messages.documents.vocab"
    for name in documents.__all__:
        assert getattr(documents, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = documents.nothing
