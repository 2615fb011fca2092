"""One document model, many renderers, written atomically.

::

    render(draft, "md")                       -> str   (any registered format)
    render(draft, "pdf")                      -> bytes (binary formats: pdf, docx)
    write_outputs(draft, out_dir)             -> [out_dir/messages.md, .html, .json]
    register_renderer("docx", fn, filename=)  the door built-ins and plugins share
    load_draft_json(path)                     -> Draft (messages.json read back, jsonread.py)

A renderer is a function ``Draft -> str`` (text, written as UTF-8) or ``Draft -> bytes``
(a binary format, written as is); it may also give ``stream``, the same text in pieces,
which ``write_outputs`` writes as they come (the built-in text formats of a large input are
never held whole: messages.md and .html a message at a time, messages.json a statement or
source at a time). ``write_outputs`` renders every requested format first, then writes each to a
temporary file in ``out_dir`` and moves them into place only once all renders and writes
have succeeded: a failure leaves the previous outputs untouched and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from forum_messages.atomic import remove_stale_temps, temp_name, write_temp, write_temp_at
from forum_messages.errors import ConfigError, OutputError
from forum_messages.export.html import iter_html, render_html
from forum_messages.export.jsondoc import draft_to_dict, iter_json, render_json
from forum_messages.export.jsonread import draft_from_json, load_draft_json
from forum_messages.export.markdown import iter_markdown, render_markdown
from forum_messages.model import Draft

if TYPE_CHECKING:
    from forum_messages.nlp.forked import Background

Render = Callable[[Draft], str | bytes]
Stream = Callable[[Draft], Iterable[str]]


@dataclass(frozen=True)
class Renderer:
    name: str
    render: Render
    filename: str  # written by write_outputs, e.g. "messages.md"
    #: the text of ``render`` in pieces, written by write_outputs as they come
    stream: Stream | None = None


#: Registered renderers by format name; built-ins register through the same door as plugins.
RENDERERS: dict[str, Renderer] = {}


def register_renderer(
    name: str,
    render: Render,
    *,
    filename: str | None = None,
    replace: bool = False,
    stream: Stream | None = None,
) -> Renderer:
    """Make format ``name`` available to ``render`` and ``write_outputs``.

    ``filename`` defaults to ``messages.<name>``. Registering a name twice is an error unless
    ``replace=True`` (so a plugin cannot silently shadow a built-in).
    """
    if not name or not name.replace("_", "").replace("-", "").isalnum():
        raise ConfigError(f"renderer name {name!r}: use letters, digits, - or _ (e.g. 'docx')")
    if name in RENDERERS and not replace:
        raise ConfigError(
            f"a renderer named '{name}' is already registered; pass replace=True to override it"
        )
    renderer = Renderer(
        name=name, render=render, filename=filename or f"messages.{name}", stream=stream
    )
    RENDERERS[name] = renderer
    return renderer


def _render_pdf(draft: Draft) -> bytes:
    from forum_messages.export.pdf import render_pdf  # WeasyPrint loads only when asked for

    return render_pdf(draft)


def _render_docx(draft: Draft) -> bytes:
    from forum_messages.export.docx import render_docx

    return render_docx(draft)


register_renderer("md", render_markdown, stream=iter_markdown)
register_renderer("html", render_html, stream=iter_html)
register_renderer("json", render_json, stream=iter_json)
register_renderer("pdf", _render_pdf)
register_renderer("docx", _render_docx)

#: The formats written by default, in the order they are written.
FORMATS: tuple[str, ...] = ("md", "html", "json")
#: The print formats (``--format pdf,docx``): binary, written only when asked for.
PRINT_FORMATS: tuple[str, ...] = ("pdf", "docx")


def get_renderer(fmt: str) -> Renderer:
    try:
        return RENDERERS[fmt]
    except KeyError:
        known = ", ".join(RENDERERS)
        raise ConfigError(f"unknown output format '{fmt}'; known formats: {known}") from None


def render(draft: Draft, fmt: str) -> str | bytes:
    """The draft rendered in format ``fmt``: text for md, html and json, bytes for pdf and
    docx, whatever a registered plugin format returns."""
    return get_renderer(fmt).render(draft)


def render_bytes(draft: Draft, fmt: str) -> bytes:
    """The draft in format ``fmt`` as the bytes of its file (text formats in UTF-8)."""
    return _as_bytes(get_renderer(fmt).render(draft))


def _as_bytes(data: str | bytes) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8")


def _json_in_child(
    draft: Draft, renderers: list[Renderer], folder: Path
) -> tuple[Renderer, Path, Background[Path]] | None:
    """The JSON document (the slowest to make: Python's indenting encoder) written to its
    temporary file by a forked child while the other formats are rendered here, when the
    draft is large enough for that to pay: the renderer, the temporary file and the job."""
    from forum_messages.nlp.forked import Background, can_fork

    slow = next((r for r in renderers if r.filename.endswith(".json")), None)
    size = sum(len(a.text) for a in draft.statements)
    if slow is None or len(renderers) < 2 or not can_fork(size, len(renderers)):
        return None
    tmp = folder / temp_name(slow.filename)

    def make() -> Path:  # made again here if the child failed: start from an empty file
        tmp.unlink(missing_ok=True)
        return write_temp_at(tmp, _content(slow, draft))

    return slow, tmp, Background(make, fork=True)


def _content(renderer: Renderer, draft: Draft) -> bytes | Iterable[str]:
    """A renderer's output: its pieces when it streams (written as they come), else bytes."""
    return renderer.stream(draft) if renderer.stream else _as_bytes(renderer.render(draft))


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (the folder itself, no file made for it), so that
    two processes renaming their sets of files into it do so one set after the other: the
    folder then holds one run's set, never one's Markdown beside another's JSON. Without
    ``fcntl`` (Windows) nothing is locked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def write_outputs(
    draft: Draft,
    out_dir: str | os.PathLike[str],
    formats: Iterable[str] = FORMATS,
    staged: Callable[[], Sequence[tuple[Path, Path]]] | None = None,
) -> list[Path]:
    """Render ``formats`` and write them into ``out_dir``, all or nothing; return the paths.

    ``staged`` gives more files already written to temporary files, as (temporary file, file
    it replaces) pairs (a consultation's own files): called once the formats are written, its
    files are renamed with theirs, so that a failure or an interruption before that leaves
    every earlier file in the folder as it was; their paths come after the formats'."""
    folder = Path(out_dir)
    renderers = [get_renderer(fmt) for fmt in dict.fromkeys(formats)]
    names = [r.filename for r in renderers]
    if len(set(names)) != len(names):
        raise ConfigError(f"two formats would write the same file: {', '.join(names)}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:  # a file of that name, or above it
        way = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
        raise OutputError(
            f"{folder}: cannot create the output folder: a file of that name is in the way "
            f"({way}); choose another output folder"
        ) from exc
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot create the output folder: {exc.strerror or exc}; "
            "choose another output folder"
        ) from exc
    remove_stale_temps(folder)
    temps: dict[str, Path] = {}
    replaced: list[str] = []
    job = None
    try:
        # the JSON may be made by a child meanwhile; the formats made whole are rendered
        # before anything is written, streamed ones while they are written
        job = _json_in_child(draft, renderers, folder)
        rest = [r for r in renderers if job is None or r is not job[0]]
        rendered = {r.filename: _as_bytes(r.render(draft)) for r in rest if not r.stream}
        for r in rest:
            data = rendered.pop(r.filename, None)
            content = data if data is not None else _content(r, draft)
            temps[r.filename] = write_temp(folder, r.filename, content)
        if job is not None:
            slow, tmp, background = job
            job = None
            temps[slow.filename] = tmp
            background.result()
        extra: list[Path] = []
        if staged is not None:
            for tmp, final in staged():
                temps[final.name] = tmp
                extra.append(final)
        with folder_lock(folder):
            for name in names + [p.name for p in extra]:
                os.replace(temps[name], folder / name)
                replaced.append(name)
    except OSError as exc:
        done = f"already replaced: {', '.join(replaced)}" if replaced else "nothing was replaced"
        raise OutputError(
            f"{folder}: cannot write the outputs: {exc.strerror or exc}; {done} "
            "(check that the folder is writable and the disk is not full)"
        ) from exc
    finally:
        if job is not None:  # stopped early: wait for the child, then drop its file
            with contextlib.suppress(Exception):  # the first error is the one raised
                job[2].result()
            job[1].unlink(missing_ok=True)
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
    return [folder / name for name in names] + extra


__all__ = [
    "FORMATS",
    "PRINT_FORMATS",
    "RENDERERS",
    "Renderer",
    "draft_from_json",
    "draft_to_dict",
    "get_renderer",
    "iter_json",
    "load_draft_json",
    "register_renderer",
    "render",
    "render_bytes",
    "render_html",
    "render_json",
    "render_markdown",
    "write_outputs",
]
