"""Content-addressed store of model calls: the request's canonical JSON hashed with sha256 names
the file that holds the request and its answer, so a re-run with the same inputs and settings
reads the answer back instead of calling the model."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from forum_messages.atomic import write_file


def canonical(request: Mapping[str, Any]) -> str:
    """The request as JSON with sorted keys and no spaces: equal requests, equal text."""
    return json.dumps(request, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def request_key(request: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(request).encode("utf-8")).hexdigest()


class CallCache:
    """One JSON file per request under ``folder/<first two hex digits>/<sha256>.json``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, request: Mapping[str, Any]) -> dict[str, Any] | None:
        """The stored answer to ``request``, or None (also when the file is unreadable)."""
        path = self.path(request_key(request))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("request") != json.loads(canonical(request)):
            return None
        answer = data.get("answer")
        return answer if isinstance(answer, dict) else None

    def put(self, request: Mapping[str, Any], answer: Mapping[str, Any]) -> None:
        path = self.path(request_key(request))
        record = {"request": json.loads(canonical(request)), "answer": dict(answer)}
        write_file(path, json.dumps(record, sort_keys=True, ensure_ascii=False, indent=1) + "\n")
