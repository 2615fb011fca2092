"""Fonts of the print exports, chosen by language; all local (fontconfig), none fetched.

The families come from Debian's fonts-noto-core (Noto Sans, Noto Naskh Arabic, Noto Sans
Arabic), fonts-noto-cjk (Noto Sans CJK SC) and fonts-dejavu-core (DejaVu Sans), installed by
``scripts/install-system-deps.sh``. Each stack goes on with the other scripts' fonts, so a
Chinese quotation in an English document still finds a CJK font and never shows boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

from forum_messages.export.strings import base_language

LATIN = ("Noto Sans", "DejaVu Sans")
ARABIC = ("Noto Naskh Arabic", "Noto Sans Arabic")
ARABIC_HEADINGS = ("Noto Sans Arabic", "Noto Naskh Arabic")
CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei")


def body_stack(lang: str) -> tuple[str, ...]:
    """The font-family stack of body text in ``lang``, best first."""
    base = base_language(lang)
    if base == "zh":
        return (*CJK, *LATIN, *ARABIC)
    if base == "ar":
        return (*ARABIC, *LATIN, *CJK)
    return (*LATIN, *ARABIC, *CJK)


def heading_stack(lang: str) -> tuple[str, ...]:
    """Headings: as the body, but Arabic headings in the sans-serif Arabic face."""
    if base_language(lang) == "ar":
        return (*ARABIC_HEADINGS, *LATIN, *CJK)
    return body_stack(lang)


def css_stack(families: tuple[str, ...]) -> str:
    """``"Noto Sans", "DejaVu Sans", sans-serif`` for a CSS font-family property."""
    return ", ".join(f'"{name}"' for name in families) + ", sans-serif"


@dataclass(frozen=True)
class WordFonts:
    """The four font slots of a Word run (w:rFonts) and the languages for proofing (w:lang).

    Word picks the slot by character: ``ascii``/``h_ansi`` for Latin and Cyrillic,
    ``east_asia`` for CJK, ``cs`` (complex script) for Arabic.
    """

    ascii: str
    h_ansi: str
    east_asia: str
    cs: str
    lang: str  # w:lang/@w:val
    lang_east_asia: str  # w:lang/@w:eastAsia
    lang_bidi: str  # w:lang/@w:bidi
    east_asia_alt: str  # a font Word on Windows has, named in fontTable.xml as w:altName
    cs_alt: str


#: Proofing languages by UN language. The Latin slot (w:lang/@w:val) of a Chinese or Arabic
#: document stays a Latin-script language: marked Chinese, Latin words would break anywhere.
PROOFING = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "ru": "ru-RU",
    "ar": "ar-SA",
    "zh": "zh-CN",
}


def word_fonts(lang: str) -> WordFonts:
    base = base_language(lang)
    latin = LATIN[0]
    return WordFonts(
        ascii=latin,
        h_ansi=latin,
        east_asia=CJK[0],
        cs=ARABIC[0],
        lang=PROOFING[base] if base in PROOFING and base not in ("zh", "ar") else "en-GB",
        lang_east_asia="zh-CN",
        lang_bidi="ar-SA",
        east_asia_alt="Microsoft YaHei",
        cs_alt="Arial",
    )
