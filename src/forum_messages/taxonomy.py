"""Framework taxonomies (GDC objectives, WSIS action lines, SDGs) in the six UN languages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from forum_messages.model import FRAMEWORKS, pick


@dataclass(frozen=True)
class FrameworkItem:
    framework: str  # gdc | wsis | sdg
    id: str  # "1" | "C4" | "9"
    name: Mapping[str, str]
    description: Mapping[str, str]
    keywords: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Taxonomy:
    framework: str
    label: Mapping[str, str]
    name: Mapping[str, str]
    items: tuple[FrameworkItem, ...]

    def item(self, item_id: str) -> FrameworkItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def order(self, item_id: str) -> int:
        """Sort key: position of the item in the framework (C2 before C10)."""
        return [it.id for it in self.items].index(item_id)


def _parse(data: Mapping[str, object]) -> Taxonomy:
    framework = str(data["framework"])
    items = []
    for raw in data["items"]:  # type: ignore[attr-defined]
        items.append(
            FrameworkItem(
                framework=framework,
                id=str(raw["id"]),
                name=dict(raw["name"]),
                description=dict(raw.get("description") or {}),
                keywords={k: tuple(v) for k, v in (raw.get("keywords") or {}).items()},
            )
        )
    return Taxonomy(
        framework=framework,
        label=dict(data["label"]),  # type: ignore[call-overload]
        name=dict(data["name"]),  # type: ignore[call-overload]
        items=tuple(items),
    )


#: libyaml's safe loader when PyYAML has it (the same data, ten times faster), else PyYAML's.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_taxonomies() -> dict[str, Taxonomy]:
    """The bundled taxonomies, keyed gdc, wsis, sdg."""
    folder = resources.files("forum_messages") / "editions" / "taxonomies"
    out = {}
    for name in FRAMEWORKS:
        text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_LOADER)  # a safe loader
        out[name] = _parse(data)
    return out


def framework_labels(language: str) -> dict[str, str]:
    """Short labels for the framework line in ``language`` (GDC, WSIS, SDGs in English)."""
    return {name: pick(tax.label, language) for name, tax in load_taxonomies().items()}
