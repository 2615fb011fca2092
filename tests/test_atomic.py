from pathlib import Path

import pytest

from forum_messages.atomic import write_file
from forum_messages.errors import OutputError


def test_write_file_replaces_whole_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.json"
    write_file(target, "first")
    write_file(target, "é second\n")
    assert target.read_bytes() == "é second\n".encode()
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_write_file_error_names_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match=r"out\.json: cannot write the file"):
        write_file(blocker / "out.json", b"data")
    assert blocker.read_text(encoding="utf-8") == "x"
