"""The translation readers (XLIFF, PO, glossary) on any input: random bytes, mutated valid
files, every encoding, deep nesting, many units. Each gives a result or our own error naming
the file (and the line where there is one), never another exception; what it reads is never
longer than the file (nothing expands), and memory stays within a bound."""

from __future__ import annotations

import re
import resource
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from forum_messages.errors import InputError
from forum_messages.translation.exchange import read_translation, write_po, write_xliff
from forum_messages.translation.glossary import Glossary, load_glossary, read_glossary
from forum_messages.translation.memory import Match
from forum_messages.translation.segments import REVIEWED, Translation, Unit
from translation.test_exchange import sample

NAMES = {"xliff": "fuzz.xlf", "po": "fuzz.po"}
OUR_ERROR = re.compile(r"fuzz\.(xlf|po|yaml)(:\d+)?: \S")
#: Python memory a read may use beyond what the input itself takes, per input byte and
#: in all (tracemalloc: allocations made from Python, polib's and YAML's included).
PER_BYTE, FIXED = 200, 8 * 2**20
#: Growth of the process's peak memory (libxml2's own allocations included) per read.
RSS_GROWTH_KB = 256 * 1024

SAMPLE = sample()
MATCH = {"message/m1": Match("Fund networks.", "Financer les réseaux.", 80, "IGF 2024")}
VALID = {
    "xliff": write_xliff(SAMPLE, {"message/m1": "Theme 1 · message 1"}, MATCH),
    "po": write_po(SAMPLE, {"message/m1": "Theme 1 · message 1"}, MATCH),
}
GLOSSARY = """pairs:
  en-fr:
    - term: community networks
      translation: [réseaux communautaires, réseaux locaux]
      forbidden: réseaux associatifs
      note: UIT terminology
    - term: Internet Governance Forum
      translation: Forum sur la gouvernance de l'Internet
  en-zh:
    - term: Internet Governance Forum
      translation: 互联网治理论坛
"""


def bounded(read: Callable[[], Any], size: int) -> Any:
    """What ``read`` returns or raises as InputError (other exceptions propagate), checking
    the memory it took."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        result = read()
    except InputError as exc:
        result = exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak <= PER_BYTE * size + FIXED, f"{peak:,} bytes for {size:,} input bytes"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss <= RSS_GROWTH_KB
    return result


def check_error(exc: InputError) -> None:
    text = str(exc)
    assert OUR_ERROR.match(text), text
    assert "Traceback" not in text and len(text) < 2_000, text[:300]


def read_file(raw: bytes, fmt: str) -> Translation | InputError:
    result = bounded(lambda: read_translation(raw, NAMES[fmt]), len(raw))
    if isinstance(result, InputError):
        check_error(result)
        return result
    assert isinstance(result, Translation)
    texts = [t for u in result.units for t in (u.id, u.source, u.target, u.previous, u.note)]
    texts += list(result.credit) + list(result.meta.values())
    assert sum(map(len, texts)) <= len(raw)  # nothing expanded
    return result


def mutate(data: st.DataObject, raw: bytes) -> bytes:
    """``raw`` with a few bytes deleted, inserted, replaced or repeated."""
    for _ in range(data.draw(st.integers(1, 4))):
        n = len(raw)
        at = data.draw(st.integers(0, n))
        end = data.draw(st.integers(at, min(n, at + 64)))
        op = data.draw(st.sampled_from(["delete", "insert", "replace", "repeat"]))
        if op == "delete":
            raw = raw[:at] + raw[end:]
        elif op == "insert":
            piece = data.draw(
                st.sampled_from([b'"', b"<", b">", b"&", b"\\", b"\n", b"#", b"\x00", b"\xff"])
                | st.binary(max_size=16)
                | st.sampled_from([b"<!DOCTYPE x>", b"&amp;", b"&#0;", b"msgstr", b"]]>"])
            )
            raw = raw[:at] + piece + raw[at:]
        elif op == "replace":
            raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=4)) + raw[at + 1 :]
        else:
            raw = raw[:end] + raw[at:end] * data.draw(st.integers(1, 50)) + raw[end:]
    return raw


# --------------------------------------------------------------------------- XLIFF and PO


@given(raw=st.binary(max_size=4000), fmt=st.sampled_from(["xliff", "po"]))
@example(raw=b'<?xml version="1.0" encoding="bogus"?><x/>', fmt="xliff")
@example(raw=b"/etc/passwd", fmt="po")
@example(raw=b"\xfe\xff\x00<", fmt="xliff")
def test_random_bytes(raw: bytes, fmt: str) -> None:
    read_file(raw, fmt)


@given(data=st.data(), fmt=st.sampled_from(["xliff", "po"]))
def test_mutated_valid_files(data: st.DataObject, fmt: str) -> None:
    read_file(mutate(data, VALID[fmt].encode("utf-8")), fmt)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]


@given(
    encoding=st.sampled_from(ENCODINGS),
    declared=st.sampled_from(["UTF-8", "UTF-16", "UTF-32", "ISO-8859-1", "bogus", None]),
    dtd=st.sampled_from(["", "<!DOCTYPE xliff>", '<!DOCTYPE x [<!ENTITY e "&#x202e;">]>']),
)
def test_xliff_in_every_encoding(encoding: str, declared: str | None, dtd: str) -> None:
    body = VALID["xliff"].split("\n", 1)[1]
    decl = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    result = read_file((decl + dtd + body).encode(encoding), "xliff")
    if dtd:  # never read; refused as such when the bytes are what the declaration says
        assert isinstance(result, InputError)
        if declared is None:  # found from the byte-order mark
            detectable = encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32")
        else:
            detectable = declared.lower() == encoding.split("-sig")[0][:6]
        if detectable:
            assert "document type" in str(result), result
    elif isinstance(result, Translation) and declared in (None, "UTF-8", "UTF-16", "UTF-32"):
        assert result == SAMPLE  # (other declarations read the bytes as they say)


@given(encoding=st.sampled_from(ENCODINGS))
def test_po_in_every_encoding(encoding: str) -> None:
    result = read_file(VALID["po"].encode(encoding), "po")
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):  # UTF-16 needs its byte-order mark
        assert result == SAMPLE
    else:
        assert isinstance(result, InputError)


@given(depth=st.integers(1, 2000), inline=st.sampled_from(["pc", "mrk", "x"]))
@example(depth=255, inline="pc")
@example(depth=256, inline="pc")
def test_deep_nesting(depth: int, inline: str) -> None:
    target = f'<{inline} id="a">' * depth + "t" + f"</{inline}>" * depth
    doc = VALID["xliff"].replace("<target>FGI 2025</target>", f"<target>{target}</target>")
    result = read_file(doc.encode("utf-8"), "xliff")
    if isinstance(result, Translation):
        assert result.unit_map()["edition/name"].target == "t"


@given(n=st.integers(0, 300), fmt=st.sampled_from(["xliff", "po"]))
def test_many_units(n: int, fmt: str) -> None:
    units = tuple(Unit(f"message/m{i}", "Fund.", "Financer.", REVIEWED) for i in range(n))
    t = Translation("en", "fr", units)
    raw = (write_xliff(t) if fmt == "xliff" else write_po(t)).encode("utf-8")
    result = read_file(raw, fmt)
    assert isinstance(result, Translation) and len(result.units) == n


def test_as_many_units_as_allowed_within_memory() -> None:
    """20,000 units (the limit; one more is refused, tests/translation/test_file_limits.py)
    read without tracemalloc (too slow at this size): the process's peak grows little."""
    unit = '<unit id="x{0}" name="extra/{0}"><segment state="reviewed"><source>Fund.</source>'
    unit += "<target>Financer.</target></segment></unit>"
    units = "".join(unit.format(i) for i in range(20_000 - len(SAMPLE.units)))
    raw = VALID["xliff"].replace("</file>", units + "</file>").encode("utf-8")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = read_translation(raw, "fuzz.xlf")
    assert len(t.units) == 20_000
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss <= RSS_GROWTH_KB


@given(
    target=st.text(max_size=100),
    factor=st.integers(1, 30),
    fmt=st.sampled_from(["xliff", "po"]),
)
def test_any_target_text(target: str, factor: int, fmt: str) -> None:
    """Any characters, any length relative to the source: read cleaned or refused."""
    t = Translation("en", "fr", (Unit("message/m1", "Fund.", target * factor, REVIEWED),))
    try:
        raw = (write_xliff(t) if fmt == "xliff" else write_po(t)).encode("utf-8", "replace")
    except ValueError:  # XML cannot carry C0 controls or lone surrogates: nothing to read
        return
    result = read_file(raw, fmt)
    if isinstance(result, Translation) and result.units:
        got = result.units[0].target
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\ufeff]", got)


# --------------------------------------------------------------------------- glossaries


def read_glossary_bytes(raw: bytes) -> Glossary | InputError:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.yaml"
        path.write_bytes(raw)
        result = bounded(lambda: load_glossary(path, "en", "fr"), len(raw))
    if isinstance(result, InputError):
        assert str(result).startswith(str(path)), str(result)
        check_error(InputError(str(result)[len(tmp) + 1 :]))
    return result


@given(raw=st.binary(max_size=3000))
@example(raw=b"pairs:\n  en-fr: 3\n")
@example(raw=b"\xff\xfe")
@example(raw=b"pairs:\n  en-fr:\n  - term: a\n    note: {x: 1}\n")
def test_glossary_random_bytes(raw: bytes) -> None:
    read_glossary_bytes(raw)


@given(data=st.data())
def test_glossary_mutated(data: st.DataObject) -> None:
    read_glossary_bytes(mutate(data, GLOSSARY.encode("utf-8")))


KEYS = st.sampled_from(["term", "translation", "forbidden", "note", "x"])


def _nested(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.lists(inner, max_size=5), st.dictionaries(KEYS, inner, max_size=4))


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    _nested,
    max_leaves=15,
)


@given(
    pairs=st.dictionaries(
        st.sampled_from(["en-fr", "en-zh", "fr", "1"]),
        YAML_VALUES | st.lists(YAML_VALUES, max_size=5),
        max_size=3,
    )
)
def test_glossary_any_shape(pairs: dict[str, Any]) -> None:
    """Any YAML shape under ``pairs``, through the text reader the site uses."""
    text = yaml.safe_dump({"pairs": pairs}, allow_unicode=True)
    size = len(text.encode("utf-8", "surrogatepass"))
    result = bounded(lambda: read_glossary(text, "fuzz.yaml", "en", "fr"), size)
    if isinstance(result, InputError):
        check_error(result)
    else:
        assert isinstance(result, Glossary)
        assert all(isinstance(e.term, str) and len(e.term) <= 200 for e in result.entries)


def test_alias_bombs_are_refused() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    text = "\n".join(lines) + "\npairs:\n  en-fr:\n    - term: t\n      note: *a8\n"
    result = bounded(lambda: read_glossary(text, "fuzz.yaml", "en", "fr"), len(text))
    assert isinstance(result, InputError) and "aliases" in str(result), result
