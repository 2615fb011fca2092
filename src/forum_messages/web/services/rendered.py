"""Documents rendered from core drafts; PDF and DOCX (seconds to render) are kept in a small
in-process cache keyed by a hash of the draft's JSON, which holds everything a renderer reads:
the same draft gives the same bytes, so a cached file is never stale."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from forum_messages.export import render_bytes
from forum_messages.model import Draft

#: The document formats the site serves, and their content types.
CONTENT_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_SLOW = ("pdf", "docx")
_SIZE = 24
_CACHE: OrderedDict[tuple[str, str], bytes] = OrderedDict()
_LOCK = threading.Lock()


def document(draft: Draft, fmt: str) -> bytes:
    """``draft`` rendered in ``fmt`` (PDF and DOCX from the cache when they were made before)."""
    if fmt not in _SLOW:
        return render_bytes(draft, fmt)
    key = (fmt, hashlib.sha256(render_bytes(draft, "json")).hexdigest())
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    body = render_bytes(draft, fmt)
    with _LOCK:
        _CACHE[key] = body
        while len(_CACHE) > _SIZE:
            _CACHE.popitem(last=False)
    return body
