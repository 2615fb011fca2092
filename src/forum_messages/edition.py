"""Read and validate an edition file (YAML), or a bundled preset by name."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from forum_messages.errors import EditionError, Problem
from forum_messages.limits import InputTooLarge, read_input
from forum_messages.model import UN_LANGUAGES, Edition, GlobalSouth, ThemeSpec
from forum_messages.textsafe import printable, unprintable, without_bidi_controls
from forum_messages.yamlsrc import LineDict, line_of, load_yaml

_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$")


def preset_names() -> list[str]:
    folder = resources.files("forum_messages") / "editions" / "presets"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def preset_path(name: str) -> Path:
    return Path(str(resources.files("forum_messages") / "editions" / "presets" / f"{name}.yaml"))


def resolve_edition_path(spec: str | Path) -> Path:
    """A path to an edition file, or the name of a bundled preset (``igf2025``)."""
    path = Path(spec)
    if path.exists():
        return path
    if isinstance(spec, str) and spec in preset_names():
        return preset_path(spec)
    presets = ", ".join(preset_names())
    raise EditionError(
        f"{spec}: no such edition file, and no bundled preset of that name (presets: {presets})"
    )


#: Largest edition file (the bundled igf2025 preset, with six languages, is 33 KB).
MAX_EDITION_BYTES = 5_000_000


def load_edition(spec: str | Path) -> Edition:
    """Load and validate an edition file; raise EditionError listing every problem."""
    path = resolve_edition_path(spec)
    name = str(spec) if not Path(spec).exists() else str(path)
    try:
        raw = read_input(path, MAX_EDITION_BYTES)  # a file, or a pipe: -e <(command)
    except InputTooLarge as exc:
        raise EditionError(
            f"{name}: the edition file is {exc.size_text}, over the limit of "
            f"{MAX_EDITION_BYTES:,}; is this an edition file? (see docs/limits.md)"
        ) from None
    except OSError as exc:
        raise EditionError(f"{name}: cannot read the edition file: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EditionError(
            f"{name}: the edition file is not UTF-8 (byte {exc.start}); save it as UTF-8"
        ) from exc
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or str(exc)
        raise EditionError(f"{where}: the edition file is not valid YAML: {problem}") from exc
    return parse_edition(data, name)


def parse_edition(data: Any, name: str = "<edition>") -> Edition:
    problems: list[Problem] = []

    def bad(container: Any, key: str | int | None, fld: str, msg: str) -> None:
        problems.append(Problem(name, line_of(container, key), fld, msg))

    if not isinstance(data, dict):
        raise EditionError(f"{name}: an edition file must be a YAML mapping (name:, year:, ...)")
    if not isinstance(data, LineDict):
        data = _as_linedict(data)

    def texts(key: str, required: bool = False) -> dict[str, str]:
        value = data.get(key)
        if value is None:
            if required:
                bad(data, None, key, "is required")
            return {}
        return _texts(value, data, key, key, bad)

    edition_name = texts("name", required=True)
    year = data.get("year")
    if year is None:
        bad(data, None, "year", "is required (e.g. year: 2025)")
        year = 0
    elif not isinstance(year, int) or not 1900 <= year <= 2200:
        bad(data, "year", "year", f"must be a year such as 2025, not {year!r}")
        year = 0
    language = data.get("language", "en")
    if not isinstance(language, str) or not _LANG_RE.match(language):
        bad(data, "language", "language", f"must be a language code such as 'en', not {language!r}")
        language = "en"
    elif language not in UN_LANGUAGES:
        bad(data, "language", "language", f"must be one of {', '.join(UN_LANGUAGES)}")

    themes: list[ThemeSpec] = []
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        bad(data, "themes", "themes", "is required: a list of themes, each with key and title")
        raw_themes = []
    seen: set[str] = set()
    for i, item in enumerate(raw_themes):
        where = f"themes[{i}]"
        if not isinstance(item, dict):
            bad(raw_themes, i, where, "must be a mapping with key, title and description")
            continue
        key = item.get("key")
        if not isinstance(key, str) or not _KEY_RE.match(key):
            bad(item, "key", f"{where}.key", "is required: lower-case letters, digits, - or _")
            continue
        if key in seen:
            bad(item, "key", f"{where}.key", f"duplicate theme key '{key}'")
        seen.add(key)
        title = _texts(item.get("title"), item, "title", f"{where}.title", bad)
        if not title:
            bad(item, "title", f"{where}.title", "is required (a string or {en: ..., fr: ...})")
        themes.append(
            ThemeSpec(
                key=key,
                title=title,
                description=_texts(
                    item.get("description", {}), item, "description", f"{where}.description", bad
                ),
                issue_areas=_lists(item.get("issue_areas"), item, "issue_areas", where, bad),
                seeds=_lists(item.get("seeds"), item, "seeds", where, bad),
            )
        )

    dates = _pair(data, "dates", ("start", "end"), bad)
    review = _pair(data, "review", ("opens", "closes"), bad)
    gs_raw = data.get("global_south", {}) or {}
    if not isinstance(gs_raw, dict):
        bad(data, "global_south", "global_south", "must be a mapping with regions and countries")
        gs_raw = {}
    global_south = GlobalSouth(
        regions=_strings(gs_raw.get("regions"), gs_raw, "regions", "global_south.regions", bad),
        countries=_strings(
            gs_raw.get("countries"), gs_raw, "countries", "global_south.countries", bad
        ),
        exclude_countries=_strings(
            gs_raw.get("exclude_countries"),
            gs_raw,
            "exclude_countries",
            "global_south.exclude_countries",
            bad,
        ),
    )
    edition = Edition(
        name=edition_name,
        year=year,
        language=language,
        themes=tuple(themes),
        place=texts("place"),
        dates=dates,
        overarching_theme=texts("overarching_theme"),
        review=review,
        stakeholder_groups=_strings(
            data.get("stakeholder_groups"), data, "stakeholder_groups", "stakeholder_groups", bad
        ),
        regional_groups=_strings(
            data.get("regional_groups"), data, "regional_groups", "regional_groups", bad
        ),
        global_south=global_south,
        intro=texts("intro"),
        disclaimer=texts("disclaimer"),
        settings=_settings(data, bad),
        consultation=_mapping(data, "consultation", bad),
        source=name,
    )
    if problems:
        lines = "\n".join(f"  {p}" for p in problems)
        raise EditionError(f"{name}: the edition file has {len(problems)} problem(s):\n{lines}")
    return edition


def drop_unprintable(data: Any, where: str = "") -> list[str]:
    """Remove, in place, the characters an edition file refuses (``textsafe.UNPRINTABLE``)
    from every text of loaded YAML ``data``; return the fields changed, named as the loader
    names them (``themes[0].title.en``). For an edition stored before the loader refused
    them: it is read without them rather than not at all."""
    changed: list[str] = []
    if isinstance(data, dict):
        items: list[tuple[Any, Any]] = list(data.items())
    elif isinstance(data, list):
        items = list(enumerate(data))
    else:
        return changed
    for key, value in items:
        if isinstance(key, int):
            path = f"{where}[{key}]"
        else:
            path = f"{where}.{key}" if where else str(key)
        if isinstance(value, str):
            clean = printable(value)
            if clean != value:
                data[key] = clean
                changed.append(path)
        else:
            changed.extend(drop_unprintable(value, path))
    return changed


def _settings(data: Any, bad: Any) -> dict[str, object]:
    return _mapping(data, "settings", bad)


def _mapping(data: Any, key: str, bad: Any) -> dict[str, object]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        what = "setting name to value" if key == "settings" else "name to value"
        bad(data, key, key, f"must be a mapping of {what}")
        return {}
    return dict(value)


def _as_linedict(data: Mapping[str, Any]) -> LineDict:
    out = LineDict(data)
    out.line = 0
    out.lines = {}
    return out


def _printable(text: str, container: Any, key: str | int, fld: str, bad: Any) -> str:
    """``text`` stripped; a control character (a YAML ``"\\u0001"``), U+FFFE or U+FFFF in it
    is a problem naming the field: no output could carry it (see ``textsafe``). The
    direction controls are dropped, as the report readers drop them (``textsafe``)."""
    found = unprintable(text)
    if found is not None:
        bad(container, key, fld, f"holds a control character ({found}); remove it")
    return without_bidi_controls(text).strip()


def _texts(value: Any, container: Any, key: str, fld: str, bad: Any) -> dict[str, str]:
    """A string, or a mapping language -> string."""
    if value is None:
        return {}
    if isinstance(value, str):
        text = _printable(value, container, key, fld, bad)
        return {"en": text} if text else {}
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(text, str):
                bad(value, lang, f"{fld}.{lang}", "must be a string")
                continue
            out[str(lang)] = _printable(text, value, lang, f"{fld}.{lang}", bad)
        return out
    bad(container, key, fld, "must be a string or a mapping of language to string")
    return {}


def _lists(
    value: Any, container: Any, key: str, where: str, bad: Any
) -> dict[str, tuple[str, ...]]:
    """A list of strings, or a mapping language -> list of strings."""
    if value is None:
        return {}
    fld = f"{where}.{key}"
    if isinstance(value, list):
        return {"en": _strings(value, container, key, fld, bad)}
    if isinstance(value, dict):
        return {
            str(lang): _strings(items, value, lang, f"{fld}.{lang}", bad)
            for lang, items in value.items()
        }
    bad(container, key, fld, "must be a list of strings or a mapping of language to list")
    return {}


def _strings(value: Any, container: Any, key: str, fld: str, bad: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        bad(container, key, fld, "must be a list of strings")
        return ()
    return tuple(_printable(v, value, i, f"{fld}[{i}]", bad) for i, v in enumerate(value))


def _pair(data: Any, key: str, names: tuple[str, str], bad: Any) -> tuple[str, str] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        bad(data, key, key, f"must be a mapping with {names[0]} and {names[1]} dates")
        return None
    out: list[str] = []
    for n in names:
        v = value.get(n)
        if not isinstance(v, str) or not _DATE_RE.match(v):
            bad(value, n, f"{key}.{n}", "must be a date written YYYY-MM-DD")
            return None
        try:
            _dt.date.fromisoformat(v)
        except ValueError:
            bad(value, n, f"{key}.{n}", f"'{v}' is not a day of the calendar (YYYY-MM-DD)")
            return None
        out.append(v)
    if out[1] < out[0]:
        bad(value, names[1], f"{key}.{names[1]}", f"{out[1]} comes before {names[0]} {out[0]}")
        return None
    return out[0], out[1]
