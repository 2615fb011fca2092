"""What every fuzz test checks, and the inputs they share.

:func:`bounded` runs one reader call and checks the property: a result, or our own error
(:class:`ForumMessagesError`) whose message names the file; any other exception fails the
test. It also checks the call's peak of Python memory (tracemalloc) and the CPU seconds it
used (``resource``): a bound far above what a small input needs, which a reader that blows up
(a quadratic pass, a bomb unpacked) goes over.
"""

from __future__ import annotations

import json
import resource
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import strategies as st

from forum_messages.errors import ForumMessagesError

T = TypeVar("T")

#: Bounds of one call on a fuzz input (inputs are at most a few hundred kilobytes).
MAX_PEAK_BYTES = 200_000_000
MAX_CPU_SECONDS = 30.0

SAMPLE = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/sample"
EQUIVALENT = Path(__file__).resolve().parents[1] / "ingest/fixtures/equivalent"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bounded(call: Callable[[], T], name: str) -> T | ForumMessagesError:
    """Run ``call``; return its result or our error naming ``name``; fail on anything else."""
    tracemalloc.start()
    cpu = _cpu()
    try:
        result: T | ForumMessagesError = call()
    except ForumMessagesError as exc:
        assert name in str(exc), f"the error does not name {name}: {exc}"
        assert "Traceback" not in str(exc)
        result = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < MAX_PEAK_BYTES, f"{name}: {peak:,} bytes at the peak"
    assert _cpu() - cpu < MAX_CPU_SECONDS, f"{name}: over {MAX_CPU_SECONDS} CPU seconds"
    return result


# Text with what breaks readers: controls, bidi marks, surrogate-free astral characters,
# the six UN scripts, line and paragraph separators, markup characters.
HOSTILE_CHARS = st.sampled_from(
    list("\x00\x01\x0b\x0c\x1b\x7f\x85\u2028\u2029\u202e\u2066\ufeff\ufffd\r\n\t ")
    + list("#*-_>|[](){}<>:\"'\\`~=+.,;!?&%$@^")
    + list("aZé中文字ءиΩ٣१\U0001f600\U00010000")
)
hostile_text = st.text(HOSTILE_CHARS, max_size=200) | st.text(max_size=200)

# JSON values: every type, control characters, deep nesting (within the depth limit), long
# lists (within reason for a test).
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | hostile_text
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(hostile_text, inner, max_size=6),
    max_leaves=40,
)


def deep(depth: int, leaf: Any = 1) -> Any:
    """A value nested ``depth`` lists deep."""
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def mutate(raw: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """``raw`` with each (position, length removed, bytes inserted) edit applied."""
    out = bytearray(raw)
    for position, length, insert in edits:
        at = position % (len(out) + 1)
        out[at : at + length] = insert
    return bytes(out)


edits = st.lists(
    st.tuples(st.integers(min_value=0), st.integers(0, 8), st.binary(max_size=8)),
    min_size=1,
    max_size=6,
)


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
