"""Reading a rendered PDF back: page texts, normalised for comparison, fonts, positions."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader

_SPACE = re.compile(r"\s+")
# Bidi controls that extractors may insert around right-to-left runs.
_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def norm(text: str, punctuation: bool = False) -> str:
    """Comparable text: presentation forms folded (NFKC), marks, tatweel, bidi controls,
    whitespace and (unless ``punctuation``) punctuation removed. Arabic glyphs come back from
    a PDF as presentation forms, and a full stop ending a right-to-left line may come first."""
    text = unicodedata.normalize("NFKC", text).translate(_CONTROLS).replace("\u0640", "")
    drop = ("Mn",) if punctuation else ("Mn", "Po", "Ps", "Pe", "Pd", "Pi", "Pf")
    text = "".join(c for c in text if unicodedata.category(c) not in drop)
    return _SPACE.sub("", text)


def contains(page_text: str, expected: str, punctuation: bool = False) -> bool:
    """``expected`` is on the page, read in logical order, or in visual order (an extractor
    that returns right-to-left text as drawn, left to right, reverses it)."""
    page, want = norm(page_text, punctuation), norm(expected, punctuation)
    return want in page or want[::-1] in page


@dataclass(frozen=True)
class Pdf:
    reader: PdfReader
    texts: tuple[str, ...]

    @classmethod
    def of(cls, data: bytes) -> Pdf:
        reader = PdfReader(io.BytesIO(data))
        return cls(reader, tuple(page.extract_text() or "" for page in reader.pages))

    def pages_with(self, expected: str, punctuation: bool = False) -> list[int]:
        """1-based numbers of the pages that show ``expected``."""
        return [i for i, text in enumerate(self.texts, 1) if contains(text, expected, punctuation)]

    def fonts(self) -> set[str]:
        """Base font names used on any page, subset prefix removed ("Noto-Sans-CJK-SC")."""
        names = set()
        for page in self.reader.pages:
            fonts = page.get("/Resources", {}).get("/Font", {})
            for ref in fonts.values():
                font = ref.get_object()
                names.add(str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1])
        return names

    def unembedded_fonts(self) -> set[str]:
        """Fonts whose program is not in the file (a reader would substitute them)."""
        out = set()
        for page in self.reader.pages:
            for ref in page.get("/Resources", {}).get("/Font", {}).values():
                font = ref.get_object()
                descendants = font.get("/DescendantFonts")
                target = descendants[0].get_object() if descendants else font
                descriptor = target.get("/FontDescriptor")
                desc = descriptor.get_object() if descriptor is not None else {}
                if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    out.add(str(font["/BaseFont"]))
        return out

    def x_of(self, page: int, expected: str) -> list[tuple[float, float]]:
        """(x, font size) in points of the text pieces on ``page`` that are part of
        ``expected``: where each piece starts, and how big it is set."""
        found: list[tuple[float, float]] = []
        want = norm(expected)

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            piece = norm(text)
            if len(piece) >= 2 and (piece in want or piece[::-1] in want):
                found.append((tm[4] * cm[0] + cm[4], abs(size * tm[0] * cm[0])))

        self.reader.pages[page - 1].extract_text(visitor_text=visit)
        return found
