"""``forum-messages evaluate`` given files that are not what it reads: each is one error
naming the file (and the line, and the field), exit 1, and nothing scored. Before, a missing
file, a statement-kind set not in UTF-8 or not valid YAML were internal errors, a link to
``/dev/zero`` named ``.yaml`` was read until memory ran out, and a kind set whose items had
no language (or one the classifier does not know) was scored under ``None``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forum_messages.cli import main

KINDS = (
    '- {lang: fr, kind: point, text: "Les réseaux communautaires ont besoin de spectre."}\n'
    '- {lang: ar, kind: descriptive, text: "ناقشت الجلسة دور الشبكات المجتمعية."}\n'
)


def said(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["evaluate", *args])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "internal error" not in err and "Traceback" not in err
    return " ".join(err.split())


def test_files_evaluate_cannot_read_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(KINDS.encode("utf-8").replace("é".encode(), b"\xe9"))
    cut = tmp_path / "cut.yaml"
    cut.write_text(KINDS + "- {lang: ru, kind: [\n", encoding="utf-8")
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    other = tmp_path / "other.yaml"
    other.write_text("title: Не оценочный материал\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"

    assert f"{latin}:1: the file is not valid UTF-8 (byte 0xE9 on this line)" in said(
        [str(latin)], capsys
    )
    assert f"{cut}:4: not valid YAML" in said([str(cut)], capsys)
    if os.path.exists("/dev/zero"):
        assert f"{zero}: cannot read the file: it is a device" in said([str(zero)], capsys)
    assert f"{missing}: no such file" in said([str(missing)], capsys)
    assert f"{other}: a YAML file given to evaluate is evaluation material" in said(
        [str(other)], capsys
    )


def test_a_kind_set_item_needs_a_language_the_classifier_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kinds = tmp_path / "kinds.yaml"
    kinds.write_text(
        KINDS
        + '- {kind: point, text: "没有语言代码的陈述。"}\n'
        + '- {lang: pt, kind: point, text: "Redes comunitárias precisam de espectro."}\n',
        encoding="utf-8",
    )
    err = said([str(kinds)], capsys)
    assert f"{kinds}:3: field 'lang': must be one of en, fr, es, ar, ru, zh" in err
    assert f"{kinds}:4: field 'lang'" in err


def test_a_transcripts_folder_with_broken_answers_or_pairs_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    answers, pairs = folder / "answers.yaml", folder / "pairs.yaml"
    answers.write_text(
        "transcripts:\n  - file: ru-ws1.txt\n    key_takeaways: [Нужны сети.]\n"
        "  - key_takeaways: [Faltan redes.]\n",
        encoding="utf-8",
    )
    assert f"{pairs}: no such file" in said([str(folder)], capsys)
    pairs.write_text("pairs:\n  - {a: 网络, b: réseaux}\n", encoding="utf-8")
    assert f"{pairs}:2: field 'pairs': needs a, b and same (true or false)" in said(
        [str(folder)], capsys
    )
    pairs.write_text("pairs:\n  - {a: 网络, b: réseaux, same: true}\n", encoding="utf-8")
    assert f"{answers}:4: field 'file': names no transcript file" in said([str(folder)], capsys)
    answers.write_text("transcript: []\n", encoding="utf-8")
    assert f"{answers}:1: field 'transcripts': needs a list 'transcripts:'" in said(
        [str(folder)], capsys
    )
