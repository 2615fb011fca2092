"""The draft as a PDF, laid out by WeasyPrint from ``print_html`` and ``templates/print.css``.

``render_pdf(draft)`` -> bytes. Deterministic: the file's creation and modification dates come
from the edition (review opening, else meeting end), the PDF identifier is a hash of the
content (``pdf_identifier=True``), font subsets are named from hashes; so the same draft gives
the same bytes. Nothing is fetched: every URL the HTML could name is refused, fonts come from
fontconfig (see ``print_fonts.py`` and ``scripts/install-system-deps.sh``).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from typing import Any

from forum_messages.errors import OutputError
from forum_messages.export.print_html import print_html
from forum_messages.export.print_model import PrintOptions, build
from forum_messages.model import Draft

#: Messages WeasyPrint logs for every run (font fallbacks, unsupported CSS) that say nothing
#: actionable about the document; they are kept out of the user's terminal, except missing
#: glyphs, which are reported (see ``_MissingGlyphs``).
_LOGGERS = ("weasyprint", "fontTools")
LOGGER = logging.getLogger(__name__)

#: Arabic short vowels, shadda, sukun, superscript alef and Quranic marks.
_ARABIC_MARKS = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]"
)


class _MissingGlyphs(logging.Handler):
    """Collects WeasyPrint's ".notdef glyph rendered" warnings: characters drawn as boxes."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.chars: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith(".notdef glyph") and record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            char = str(args[0])
            if char not in self.chars:
                self.chars.append(char)


def _patch_footnote_overflow() -> None:
    """Make WeasyPrint's footnote-area overflow test tolerate floating-point noise.

    ``LayoutContext._update_footnote_area`` compares the bottom of the last footnote with the
    bottom of the footnote area, two sums of the same lengths added in different orders; with
    some paddings and borders the first comes out 1e-13 px larger, every footnote is taken to
    overflow and moves to the next page (upstream issue Kozea/WeasyPrint#2502). The area's
    height is ``min(natural height, max-height)``, so an area below its max-height cannot
    overflow: such a report is noise and is ignored. Applied once; a WeasyPrint without the
    method is left alone, and tests/export_print checks every footnote is on its call's page.
    """
    from weasyprint.layout import LayoutContext

    original = getattr(LayoutContext, "_update_footnote_area", None)
    if original is None or getattr(original, "_forum_messages", False):
        return

    def update(self: Any) -> bool:
        overflow = bool(original(self))
        area = self.current_footnote_area
        height, limit = getattr(area, "height", None), getattr(area, "max_height", None)
        if overflow and isinstance(height, float | int) and isinstance(limit, float | int):
            return height >= limit - 0.01
        return overflow

    update._forum_messages = True  # type: ignore[attr-defined]
    LayoutContext._update_footnote_area = update


class _RefuseFetch:
    """WeasyPrint's URL fetcher: fetches nothing (no file, no network, no ``data:`` URL).

    Our HTML names no URL and user text is escaped, so nothing should ask; a URL asked for
    all the same is refused, kept in ``refused`` and warned about, and the rendering goes on
    without it. WeasyPrint 68 and later read ``_fail_on_errors`` from the fetcher: a plain
    function made every refusal an internal ``AttributeError``.
    """

    _fail_on_errors = False

    def __init__(self) -> None:
        self.refused: list[str] = []

    def __call__(self, url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        self.refused.append(url)
        raise OutputError(f"the PDF export fetches nothing, but the document asked for {url!r}")


#: One PDF rendered at a time in the process (the review site serves requests in threads):
#: the rendering sets WeasyPrint's loggers (their levels, a handler that collects the
#: characters drawn as boxes) and sets them back when done. Two renderings at once would
#: each collect the other's missing characters, and the one that ended last would set back
#: the loggers as the other had set them, for the rest of the process's life. WeasyPrint's
#: own thread safety (fonts, Pango) is not documented either.
_RENDERING = threading.Lock()


def _rendered(weasyprint: Any, html: str, missing: _MissingGlyphs, fetcher: _RefuseFetch) -> bytes:
    """``html`` as PDF bytes, WeasyPrint's missing glyphs collected in ``missing`` and the
    URLs it asked for in ``fetcher`` (called with ``_RENDERING`` held)."""
    _patch_footnote_overflow()
    weasy_logger = logging.getLogger("weasyprint")
    levels = {name: logging.getLogger(name).level for name in _LOGGERS}
    propagate = weasy_logger.propagate
    try:
        for name in _LOGGERS:
            logging.getLogger(name).setLevel(
                logging.WARNING if name == "weasyprint" else logging.ERROR
            )
        weasy_logger.propagate = False  # its other warnings stay out of the terminal
        weasy_logger.addHandler(missing)
        document = weasyprint.HTML(string=html, url_fetcher=fetcher).render()
        data = document.write_pdf(pdf_identifier=True, uncompressed_pdf=False)
    finally:
        weasy_logger.removeHandler(missing)
        weasy_logger.propagate = propagate
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    assert isinstance(data, bytes)
    return data


def render_pdf(
    draft: Draft, options: PrintOptions | None = None, *, credit: str | None = None
) -> bytes:
    """The draft as PDF bytes in ``draft.language``; ``credit`` adds a translation's credit
    line to the draft's own (``draft.credit``) and replaces ``options.credit``."""
    try:
        import weasyprint
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise OutputError(
            f"the PDF export needs WeasyPrint and pango ({exc}); install them with "
            "'pip install weasyprint' and scripts/install-system-deps.sh"
        ) from exc
    options = options or PrintOptions()
    if credit is not None:
        options = dataclasses.replace(options, credit=credit)
    html = print_html(build(draft, options))
    if not options.arabic_marks:
        html = _ARABIC_MARKS.sub("", html)
    missing = _MissingGlyphs()
    fetcher = _RefuseFetch()
    with _RENDERING:
        data = _rendered(weasyprint, html, missing, fetcher)
    if fetcher.refused:
        LOGGER.warning(
            "the PDF was laid out without %d resource(s) it asked for (nothing is fetched): %s",
            len(fetcher.refused),
            ", ".join(repr(url[:80]) for url in fetcher.refused[:5]),
        )
    if missing.chars:
        shown = " ".join(f"{c} (U+{ord(c):04X})" for c in missing.chars[:20])
        LOGGER.warning(
            "the PDF shows %d character(s) as boxes, no installed font has them: %s; "
            "install the fonts with scripts/install-system-deps.sh",
            len(missing.chars),
            shown,
        )
    return data
