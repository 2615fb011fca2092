"""Language identification restricted to the six UN languages.

Scripts decide first (Han -> zh, Arabic -> ar, Cyrillic -> ru); Latin text is told apart
(en, fr, es) by py3langid restricted to those languages.
"""

from __future__ import annotations

import unicodedata
from functools import cached_property

from py3langid.langid import MODEL_FILE, LanguageIdentifier

LATIN = ("en", "fr", "es")


def script_counts(text: str) -> dict[str, int]:
    """Letters per script: han, arabic, cyrillic, latin."""
    counts = {"han": 0, "arabic": 0, "cyrillic": 0, "latin": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            counts["han"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            counts["arabic"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["cyrillic"] += 1
        elif unicodedata.name(ch, "").startswith("LATIN"):
            counts["latin"] += 1
    return counts


class UNLanguageDetector:
    """Script rules, then py3langid over en/fr/es; confidence in [0, 1]."""

    name = "py3langid-un6"

    def __init__(self, default: str = "en") -> None:
        self.default = default

    def params(self) -> dict[str, object]:
        return {"languages": ["en", "fr", "es", "ar", "ru", "zh"], "default": self.default}

    @cached_property
    def _latin(self) -> LanguageIdentifier:
        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        ident.set_languages(list(LATIN))
        return ident

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
