"""Controlled values of an edition: themes, stakeholder groups, regional groups, NRI kinds.

Each ``resolve_*`` method returns the edition's spelling of a value or raises
:class:`UnknownValue` with a message listing what is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from forum_messages.ingest.text import clean_text, fold
from forum_messages.model import NRI_KINDS, Edition

#: Concepts and their common spellings (folded before use). An edition entry such as
#: "Technical Community/Academia" stands for every concept its parts name.
# fmt: off
STAKEHOLDER_ALIASES: dict[str, tuple[str, ...]] = {
    "government": (
        "government", "governments", "gov", "govt", "public sector", "gouvernement",
        "gobierno", "правительство", "政府", "الحكومة",
    ),
    "igo": (
        "intergovernmental organization", "intergovernmental organisation",
        "intergovernmental organizations", "intergovernmental organisations",
        "intergovernmental", "igo", "igos", "international organization",
        "international organisation", "organisation intergouvernementale",
        "organización intergubernamental",
    ),
    "private": (
        "private sector", "private", "business", "industry", "secteur prive",
        "sector privado", "частный сектор", "私营部门", "القطاع الخاص",
    ),
    "civil": (
        "civil society", "cso", "csos", "civil society organization",
        "civil society organisation", "ngo", "ngos", "societe civile", "sociedad civil",
        "гражданское общество", "民间社会", "المجتمع المدني",
    ),
    "technical": (
        "technical community", "technical", "tech community", "technical and academic community",
        "communaute technique", "comunidad tecnica", "техническое сообщество", "技术界",
        "المجتمع التقني",
    ),
    "academia": (
        "academia", "academic", "academics", "academic community", "university", "research",
        "milieu universitaire", "universite", "universidad", "академические круги", "学术界",
        "الأوساط الأكاديمية",
    ),
}
REGION_ALIASES: dict[str, tuple[str, ...]] = {
    "africa": (
        "african group", "african", "africa", "african states", "afrique", "africa group",
    ),
    "asia": (
        "asia pacific group", "asia pacific", "asia and the pacific", "asia", "apac",
        "asia pacific states", "asie pacifique", "asia pacifico",
    ),
    "eeg": (
        "eastern european group", "eastern europe", "eastern european", "eeg",
        "eastern european states", "europe de l est", "europa oriental",
    ),
    "grulac": (
        "latin american and caribbean group", "grulac", "latin america",
        "latin america and the caribbean", "latin america and caribbean", "latin american",
        "lac", "latam", "caribbean", "amerique latine et caraibes", "america latina y el caribe",
    ),
    "weog": (
        "western european and others group", "weog", "western europe", "western european",
        "western european and others", "western europe and others", "north america",
    ),
}
NRI_KIND_ALIASES: dict[str, str] = {
    "national": "national", "country": "national", "regional": "regional",
    "sub regional": "regional", "subregional": "regional", "youth": "youth",
}
# fmt: on
_SPLIT = re.compile(r"\s*(?:/|,|\+|;|\band\b|&)\s*")


class UnknownValue(ValueError):
    """A value outside the edition's vocabulary; the message lists the accepted ones."""


class _Vocab:
    """One controlled list (stakeholder groups or regions) with alias matching."""

    def __init__(self, label: str, entries: Iterable[str], aliases: dict[str, tuple[str, ...]]):
        self.label = label
        self.entries = tuple(entries)
        self._alias: dict[str, set[str]] = {}
        for concept, names in aliases.items():
            for name in names:
                self._alias.setdefault(fold(name), set()).add(concept)
        self._exact = {fold(e): e for e in self.entries}
        self._concepts = {e: self._concepts_of(e) for e in self.entries}

    def _concepts_of(self, value: str) -> frozenset[str]:
        whole = self._alias.get(fold(value))
        if whole:
            return frozenset(whole)
        found: set[str] = set()
        for part in _SPLIT.split(value.replace("&", " and ")):
            found |= self._alias.get(fold(part), set())
        return frozenset(found)

    def resolve(self, value: str) -> str:
        value = clean_text(value)
        if not self.entries:
            return value
        if fold(value) in self._exact:
            return self._exact[fold(value)]
        wanted = self._concepts_of(value)
        if wanted:
            wider = [e for e, c in self._concepts.items() if wanted <= c]
            same = [e for e in wider if self._concepts[e] == wanted]
            for candidates in (same, wider):
                if len(candidates) == 1:
                    return candidates[0]
        valid = "; ".join(self.entries)
        raise UnknownValue(f"unknown {self.label} '{value}'; valid values: {valid}")


class Vocabulary:
    """The edition's controlled values; without an edition every value is kept as given."""

    def __init__(self, edition: Edition | None = None):
        self.edition = edition
        self.stakeholders = _Vocab(
            "stakeholder group",
            edition.stakeholder_groups if edition else (),
            STAKEHOLDER_ALIASES,
        )
        self.regions = _Vocab(
            "regional group", edition.regional_groups if edition else (), REGION_ALIASES
        )
        self._themes: dict[str, str] = {}
        if edition:
            for theme in edition.themes:
                for title in theme.title.values():
                    self._themes.setdefault(fold(title), theme.key)
            for theme in edition.themes:  # keys win over titles
                self._themes[fold(theme.key)] = theme.key

    def theme(self, value: str) -> str:
        value = clean_text(value)
        if self.edition is None:
            return value
        key = self._themes.get(fold(value))
        if key is None:
            keys = ", ".join(self.edition.theme_keys())
            raise UnknownValue(
                f"unknown theme '{value}'; valid theme keys: {keys} "
                "(a theme's title is accepted too)"
            )
        return key

    def stakeholder_group(self, value: str) -> str:
        return self.stakeholders.resolve(value)

    def region(self, value: str) -> str:
        return self.regions.resolve(value)

    @staticmethod
    def nri_kind(value: str) -> str:
        kind = NRI_KIND_ALIASES.get(fold(value).replace(" igf", "").strip())
        if kind is None:
            raise UnknownValue(
                f"unknown NRI kind '{clean_text(value)}'; valid kinds: {', '.join(NRI_KINDS)}"
            )
        return kind
