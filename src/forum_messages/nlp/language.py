"""Language identification restricted to the six UN languages.

Scripts decide first (Han -> zh, Arabic -> ar, Cyrillic -> ru); Latin text is told apart
(en, fr, es) by py3langid restricted to those languages.
"""

from __future__ import annotations

import io
import lzma
import re
import unicodedata
from array import array
from functools import cached_property
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from forum_messages.nlp.unpacked import DAMAGED, unpacked, unpacked_array

LATIN = ("en", "fr", "es")

Ranges = tuple[tuple[int, int], ...]

# A letter (str.isalpha) counts for the first script whose rule it meets: Han, Arabic and
# Cyrillic by code point range, Latin by a Unicode name starting with "LATIN".
_HAN_RANGES: Ranges = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))
_ARABIC_RANGES: Ranges = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFEFF))
_CYRILLIC_RANGES: Ranges = ((0x0400, 0x04FF),)
# The Unicode blocks that hold every letter named "LATIN ..." (Basic Latin to Spacing
# Modifier Letters, Phonetic Extensions to Latin Extended Additional, Superscripts and
# Subscripts, Number Forms, Latin Extended-C/D/E, Alphabetic Presentation Forms, Latin
# Extended-F/G); tests/nlp/test_script_counts.py checks this against all code points.
_LATIN_BLOCKS: Ranges = (
    (0x0000, 0x02FF),
    (0x1D00, 0x1EFF),
    (0x2070, 0x209F),
    (0x2150, 0x218F),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xAB30, 0xAB6F),
    (0xFB00, 0xFB4F),
    (0x10780, 0x107BF),
    (0x1DF00, 0x1DFFF),
)


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    """Ascending code points as runs of consecutive ones, ``(first, last)``."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _letter_runs(ranges: Ranges) -> list[tuple[int, int]]:
    """The letters (str.isalpha) in these ranges, as runs of consecutive code points."""
    runs: list[tuple[int, int]] = []
    for lo, hi in ranges:
        chars = "".join(map(chr, range(lo, hi + 1)))
        if chars.isalpha():  # one C-level check for the large, fully assigned Han blocks
            runs.append((lo, hi))
        else:
            runs.extend(_runs([lo + i for i, ch in enumerate(chars) if ch.isalpha()]))
    return runs


def _latin_runs() -> list[tuple[int, int]]:
    """Letters named "LATIN ..." (the blocks are disjoint from the other scripts' ranges)."""
    return _runs(
        [
            code
            for lo, hi in _letter_runs(_LATIN_BLOCKS)
            for code in range(lo, hi + 1)
            if unicodedata.name(chr(code), "").startswith("LATIN")
        ]
    )


def _char_class(runs: list[tuple[int, int]]) -> re.Pattern[str]:
    """A compiled ``[...]+`` over exactly the code points of these runs."""
    parts = (f"\\U{lo:08x}-\\U{hi:08x}" if hi > lo else f"\\U{lo:08x}" for lo, hi in sorted(runs))
    return re.compile("[" + "".join(parts) + "]+")


_SCRIPTS = {
    "han": _char_class(_letter_runs(_HAN_RANGES)),
    "arabic": _char_class(_letter_runs(_ARABIC_RANGES)),
    "cyrillic": _char_class(_letter_runs(_CYRILLIC_RANGES)),
    "latin": _char_class(_latin_runs()),
}


def script_counts(text: str) -> dict[str, int]:
    """Letters per script: han, arabic, cyrillic, latin."""
    if text.isascii():  # most statements: only the Latin pattern can match
        return {
            "han": 0,
            "arabic": 0,
            "cyrillic": 0,
            "latin": sum(map(len, _SCRIPTS["latin"].findall(text))),
        }
    return {name: sum(map(len, pattern.findall(text))) for name, pattern in _SCRIPTS.items()}


def _packed() -> dict[str, Any]:
    """The arrays of py3langid's model file (LZMA-compressed), unpacked."""
    with lzma.open(MODEL_DIR / MODEL_FILE) as packed, np.load(io.BytesIO(packed.read())) as z:
        return {k: z[k] for k in z.files}


def _identifier() -> LanguageIdentifier:
    """py3langid's model (probabilities normalised), read from its unpacked copy
    (``nlp/unpacked.py``): the same arrays without the LZMA unpacking; from the package's
    file when there is no copy."""
    copy = unpacked("py3langid", MODEL_DIR / MODEL_FILE, _packed)
    if copy is not None:
        try:
            with np.load(copy, allow_pickle=False) as z:
                return LanguageIdentifier(
                    np.asarray(z["ptc"]),
                    np.asarray(z["pc"]),
                    z["classes"].tolist(),
                    _words(z["nextmove"]),
                    z["out_feat"].tolist(),
                    norm_probs=True,
                    tk_row=_words(z["nextmove_row"]),
                )
        except DAMAGED:
            pass
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _latin_identifier() -> LanguageIdentifier:
    """py3langid's model restricted to ``LATIN`` (as ``set_languages`` restricts it), read
    from two unpacked copies (``nlp/unpacked.py``): its arrays for these languages (under
    1 MB: the feature probabilities of three languages, not of all 97), and the tokenizer's
    transition table (39 MB) mapped into memory, of which a draft reads only the states its
    texts reach. The same arrays and numbers as the whole model restricted, without reading
    68 MB at every start (``tests/nlp/test_unpacked.py``); the whole model when the copies
    cannot be kept or read."""
    source = MODEL_DIR / MODEL_FILE
    model: list[dict[str, Any]] = []  # the package's arrays, unpacked once if a copy is made

    def arrays() -> dict[str, Any]:
        if not model:
            model.append(_packed())
        return model[0]

    def restricted() -> dict[str, Any]:
        z = arrays()
        keep = [i for i, c in enumerate(z["classes"].tolist()) if c in LATIN]
        return {
            "ptc": z["ptc"][:, keep],
            "pc": z["pc"][keep],
            "classes": z["classes"][keep],
            "out_feat": z["out_feat"],
            "nextmove_row": z["nextmove_row"],
        }

    small = unpacked("py3langid-latin", source, restricted)
    moves = unpacked_array("py3langid-moves", source, lambda: arrays()["nextmove"])
    if small is not None and moves is not None:
        try:
            table = np.load(moves, mmap_mode="r", allow_pickle=False)
            if table.ndim != 1 or table.dtype != np.dtype("=u4"):
                raise ValueError(f"{moves}: not py3langid's transition table")
            with np.load(small, allow_pickle=False) as z:
                ident = LanguageIdentifier(
                    np.asarray(z["ptc"]),
                    np.asarray(z["pc"]),
                    z["classes"].tolist(),
                    memoryview(table),  # read as the walk reaches each state
                    z["out_feat"].tolist(),
                    norm_probs=True,
                    tk_row=_words(z["nextmove_row"]),
                )
            ident.set_languages(list(LATIN))
            return ident
        except DAMAGED:
            pass
    ident = _identifier()
    ident.set_languages(list(LATIN))
    return ident


def _words(values: np.ndarray) -> array[int]:
    """An unsigned integer array as the standard-library array py3langid walks."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return out


class UNLanguageDetector:
    """Script rules, then py3langid over en/fr/es; confidence in [0, 1]."""

    name = "py3langid-un6"

    def __init__(self, default: str = "en") -> None:
        self.default = default

    def params(self) -> dict[str, object]:
        return {"languages": ["en", "fr", "es", "ar", "ru", "zh"], "default": self.default}

    @cached_property
    def _latin(self) -> LanguageIdentifier:
        return _latin_identifier()

    def load(self) -> None:
        """Load py3langid's model ahead of the first call."""
        _ = self._latin

    def detect(self, text: str) -> tuple[str, float]:
        counts = script_counts(text)
        letters = sum(counts.values())
        if letters == 0:
            return self.default, 0.0
        # Han characters carry a word each: weigh them up against alphabetic letters.
        weighted = {
            "zh": counts["han"] * 3,
            "ar": counts["arabic"],
            "ru": counts["cyrillic"],
            "latin": counts["latin"],
        }
        best = max(weighted, key=lambda k: weighted[k])
        total = sum(weighted.values())
        share = weighted[best] / total
        if best != "latin":
            return best, round(share, 4)
        lang, prob = self._latin.classify(text)
        return str(lang), round(float(prob) * share, 4)
