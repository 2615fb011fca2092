"""Language names and codes normalised to the six UN language codes."""

from __future__ import annotations

import re

from forum_messages.ingest.text import fold
from forum_messages.model import UN_LANGUAGES

#: Codes (ISO 639-1/-2/-3) and names of each UN language, in the six UN languages themselves.
# fmt: off
_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "en", "eng", "english", "anglais", "inglés", "englisch", "английский",
        "английский язык", "英语", "英文", "英語", "الإنجليزية", "الانجليزية", "الإنكليزية",
    ),
    "fr": (
        "fr", "fra", "fre", "french", "français", "française", "francés", "französisch",
        "французский", "французский язык", "法语", "法文", "法語", "الفرنسية",
    ),
    "es": (
        "es", "spa", "spanish", "español", "castellano", "espagnol", "spanisch", "испанский",
        "испанский язык", "西班牙语", "西班牙文", "西班牙語", "الإسبانية",
    ),
    "ar": (
        "ar", "ara", "arabic", "arabe", "árabe", "arabisch", "العربية", "عربي", "عربى",
        "اللغة العربية", "арабский", "арабский язык", "阿拉伯语", "阿拉伯文", "阿拉伯語",
    ),
    "ru": (
        "ru", "rus", "russian", "russe", "ruso", "russisch", "русский", "русский язык",
        "по-русски", "俄语", "俄文", "俄語", "الروسية",
    ),
    "zh": (
        "zh", "zho", "chi", "cmn", "chinese", "mandarin", "chinois", "chino", "chinesisch",
        "中文", "汉语", "漢語", "华语", "華語", "普通话", "简体中文", "繁體中文", "繁体中文",
        "китайский", "китайский язык", "الصينية",
    ),
}
# fmt: on
_LOOKUP: dict[str, str] = {fold(name): code for code, names in _NAMES.items() for name in names}
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_PARENS = re.compile(r"[(（][^)）]*[)）]")

ACCEPTED = ", ".join(UN_LANGUAGES)


def normalise_language(value: str) -> str | None:
    """The UN code for a code or name ("en-GB", "English", "中文" ...), or None if unknown."""
    value = value.strip()
    tag = _TAG.match(value)
    if tag and tag.group(1).lower() in _LOOKUP:
        return _LOOKUP[tag.group(1).lower()]
    key = fold(_PARENS.sub(" ", value))
    return _LOOKUP.get(key)
