from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from forum_messages import export
from forum_messages.errors import ConfigError, OutputError
from forum_messages.export import FORMATS, register_renderer, render, write_outputs
from forum_messages.model import Draft


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_three_outputs(draft: Draft, tmp_path: Path) -> None:
    out = tmp_path / "new" / "folder"
    paths = write_outputs(draft, out)
    assert paths == [out / "messages.md", out / "messages.html", out / "messages.json"]
    assert _listing(out) == ["messages.html", "messages.json", "messages.md"]
    assert paths[0].read_text(encoding="utf-8") == render(draft, "md")
    assert json.loads(paths[2].read_text(encoding="utf-8"))["language"] == "en"
    if os.name != "nt":  # created like any new file (umask applies), not 0600 temp files
        umask = os.umask(0)
        os.umask(umask)
        assert all(p.stat().st_mode & 0o777 == 0o666 & ~umask for p in paths)


def test_same_draft_same_bytes(draft: Draft, tmp_path: Path) -> None:
    first = [p.read_bytes() for p in write_outputs(draft, tmp_path / "a")]
    second = [p.read_bytes() for p in write_outputs(draft, tmp_path / "b")]
    assert first == second


def test_selected_formats(draft: Draft, tmp_path: Path) -> None:
    assert write_outputs(draft, tmp_path, ["json", "json"]) == [tmp_path / "messages.json"]
    assert _listing(tmp_path) == ["messages.json"]


def test_failing_renderer_writes_nothing(
    draft: Draft, tmp_path: Path, clean_registry: None
) -> None:
    def boom(_draft: Draft) -> str:
        raise RuntimeError("renderer bug")

    register_renderer("boom", boom)
    (tmp_path / "messages.md").write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError, match="renderer bug"):
        write_outputs(draft, tmp_path, ["md", "html", "boom"])
    assert _listing(tmp_path) == ["messages.md"]
    assert (tmp_path / "messages.md").read_text(encoding="utf-8") == "previous"
    fresh = tmp_path / "fresh"
    with pytest.raises(RuntimeError):
        write_outputs(draft, fresh, ["md", "boom"])
    assert not fresh.exists() or _listing(fresh) == []


def test_failed_write_replaces_nothing_and_leaves_no_temp_file(
    draft: Draft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("messages.md", "messages.html", "messages.json"):
        (tmp_path / name).write_text("previous", encoding="utf-8")
    real_open = os.open
    calls = []

    def failing_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", failing_open)
    with pytest.raises(OutputError, match="No space left on device; nothing was replaced"):
        write_outputs(draft, tmp_path)
    monkeypatch.undo()
    assert _listing(tmp_path) == ["messages.html", "messages.json", "messages.md"]
    for name in _listing(tmp_path):
        assert (tmp_path / name).read_text(encoding="utf-8") == "previous"


def test_output_folder_that_is_a_file(draft: Draft, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    in_the_way = f"a file of that name is in the way \\({target}\\)"
    with pytest.raises(OutputError, match=f"cannot create the output folder: {in_the_way}"):
        write_outputs(draft, target)
    with pytest.raises(OutputError, match=f"cannot create the output folder: {in_the_way}"):
        write_outputs(draft, target / "below")


def test_unknown_format(draft: Draft, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown output format 'odt'; known formats: md"):
        write_outputs(draft, tmp_path, ["md", "odt"])
    assert _listing(tmp_path) == []
    with pytest.raises(ConfigError):
        render(draft, "odt")


def test_plugins_use_the_same_door(draft: Draft, tmp_path: Path, clean_registry: None) -> None:
    assert FORMATS == ("md", "html", "json")
    assert set(FORMATS) <= set(export.RENDERERS)
    assert export.RENDERERS["md"].render is export.render_markdown

    def titles(d: Draft) -> str:
        return "\n".join(th.title for th in d.themes) + "\n"

    register_renderer("titles", titles, filename="themes.txt")
    assert render(draft, "titles").startswith("Building Digital Trust")
    paths = write_outputs(draft, tmp_path, [*FORMATS, "titles"])
    assert paths[-1] == tmp_path / "themes.txt"
    with pytest.raises(ConfigError, match="already registered"):
        register_renderer("md", titles)
    register_renderer("md", titles, replace=True)
    assert render(draft, "md") == titles(draft)
    with pytest.raises(ConfigError):
        register_renderer("bad name", titles)
    register_renderer("other", titles, filename="themes.txt")
    with pytest.raises(ConfigError, match="same file"):
        write_outputs(draft, tmp_path, ["titles", "other"])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_json_rendered_in_a_child_gives_the_same_files(
    draft: Draft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large draft's JSON is rendered in a forked child while the other formats are
    rendered here: the same files, in the same order, as all rendered here."""
    from forum_messages.nlp import forked

    made: list[bool] = []

    class Recorded(forked.Background[bytes]):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self.forked)

    monkeypatch.setattr(forked, "Background", Recorded)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    alone = [p.read_bytes() for p in write_outputs(draft, tmp_path / "a", ["json", "md"])]
    assert made == []  # a small draft: no child
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    paths = write_outputs(draft, tmp_path / "b", ["json", "md"])
    assert made == [True]
    assert [p.name for p in paths] == ["messages.json", "messages.md"]
    assert [p.read_bytes() for p in paths] == alone


def test_two_writers_into_one_folder_leave_one_set(
    draft: Draft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two drafts written into the same folder at once (two ``draft -o DIR`` runs): each
    renamed its files one by one, so the folder could end with one draft's Markdown beside
    the other's JSON. The renames of one set are now done under a lock on the folder."""
    import dataclasses
    import threading
    import time

    other = dataclasses.replace(draft, credit=("Written by the second run",))
    real = os.replace
    first_in = threading.Event()

    def slow_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        real(src, dst)
        if threading.current_thread().name == "first":
            first_in.set()
            time.sleep(0.6)  # the other writer renames both of its files meanwhile, unless locked

    monkeypatch.setattr(export.os, "replace", slow_replace)

    def second() -> None:
        first_in.wait(5)
        time.sleep(0.1)
        write_outputs(other, tmp_path, ["md", "json"])

    threads = [
        threading.Thread(
            target=write_outputs, args=(draft, tmp_path, ["md", "json"]), name="first"
        ),
        threading.Thread(target=second, name="second"),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    in_md = "second run" in (tmp_path / "messages.md").read_text(encoding="utf-8")
    in_json = "second run" in (tmp_path / "messages.json").read_text(encoding="utf-8")
    assert in_md == in_json
    assert _listing(tmp_path) == ["messages.json", "messages.md"]
