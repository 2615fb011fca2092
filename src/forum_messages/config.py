"""Pipeline settings from every source, in order: CLI flags > environment > edition file > defaults.

Environment variables are named ``FORUM_MESSAGES_<SETTING>`` (e.g. FORUM_MESSAGES_MIN_SESSIONS=3);
the edition file may hold a ``settings:`` mapping.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from forum_messages.errors import ConfigError
from forum_messages.synth.settings import Settings

ENV_PREFIX = "FORUM_MESSAGES_"


def _convert(name: str, value: Any, kind: Any, where: str) -> Any:
    if value is None:
        return None
    type_name = str(kind)
    try:
        if "int" in type_name and not isinstance(value, bool):
            return int(value)
        if "float" in type_name:
            return float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: setting '{name}' must be a number, not {value!r}") from exc
    return str(value)


def resolve_settings(
    cli: Mapping[str, Any] | None = None,
    edition_settings: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    environ = os.environ if environ is None else environ
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    for name, value in (edition_settings or {}).items():
        if name not in known:
            raise ConfigError(
                f"edition file: unknown setting '{name}' (known: {', '.join(sorted(known))})"
            )
        values[name] = _convert(name, value, known[name], "edition file")
    for name, kind in known.items():
        env = environ.get(ENV_PREFIX + name.upper())
        if env is not None and env != "":
            values[name] = _convert(name, env, kind, ENV_PREFIX + name.upper())
    for name, value in (cli or {}).items():
        if value is not None:
            values[name] = _convert(name, value, known[name], f"--{name.replace('_', '-')}")
    return Settings(**values)
