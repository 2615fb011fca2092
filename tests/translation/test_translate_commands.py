"""export-translation and publish-translation through the CLI: a draft's messages.json out to
XLIFF and PO, filled in French and Chinese, published with credit lines; outdated units after
the source changed; translation memory; one-line errors."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from export.conftest import make_draft
from export_print.printdrafts import TEXTS
from forum_messages import cli
from forum_messages.export import render
from forum_messages.translation.exchange import format_of, load_translation, write_translation
from forum_messages.translation.segments import (
    DRAFT,
    OUTDATED,
    REVIEWED,
    UNTRANSLATED,
    Translation,
    set_target,
)

ZH_TEXTS = {
    "edition/name": "互联网治理论坛2025",
    "edition/overarching-theme": "共同构建数字治理",
    "edition/intro": "在{place}举行的会议（{dates}）共有{sessions}场会议，提出了{statements}项"
    "陈述，分为{themes}个主题。审阅期：{review_opens}至{review_closes}。{unknown}保持原样。",
    "edition/disclaimer": "本草案借助软件编写，并非正式文件。",
    "theme/trust/title": TEXTS["zh"]["themes"][0],
    "theme/access/title": TEXTS["zh"]["themes"][1],
    "theme/trust/description": TEXTS["zh"]["description"][0],
    "theme/trust/issue-area/1": "网络安全",
    "theme/trust/issue-area/2": "信息完整性",
    "topic/t1/title": TEXTS["zh"]["topics"][0],
    "topic/t2/title": TEXTS["zh"]["topics"][1],
    "topic/t3/title": TEXTS["zh"]["topics"][2],
    "topic/t4/title": TEXTS["zh"]["topics"][3],
    "message/m1": TEXTS["zh"]["messages"][0],
    "message/m2": "应加强发展中国家的网络安全能力建设，并促进区域合作。",
    "message/m3": TEXTS["zh"]["messages"][1],
    "message/m4": TEXTS["zh"]["messages"][2],
    "message/m5": TEXTS["zh"]["messages"][3],
}
FR_TEXTS = {
    "edition/overarching-theme": "Construire ensemble la gouvernance numérique",
    "edition/intro": "Les {sessions} sessions de la réunion tenue à {place} ({dates}) ont produit "
    "{statements} déclarations, regroupées en {themes} thèmes. Examen : du {review_opens} au "
    "{review_closes}. {unknown} reste tel quel.",
    "edition/disclaimer": "Ce projet a été établi à l'aide d'un logiciel ; il n'est pas officiel.",
    "theme/trust/title": "Bâtir la confiance et la résilience numériques",
    "theme/access/title": "Bâtir l'accès universel et les droits numériques",
    "theme/trust/description": "La confiance et la résilience sous-tendent l'économie numérique.",
    "theme/trust/issue-area/1": "Cybersécurité",
    "theme/trust/issue-area/2": "Intégrité de l'information",
    "topic/t1/title": "Renforcement des capacités cyber",
    "topic/t2/title": "Plateformes et intégrité de l'information",
    "topic/t3/title": "Connectivité significative",
    "topic/t4/title": "Réseaux communautaires",
    "message/m1": "Le renforcement des capacités cyber est essentiel pour les États en "
    "développement, et les CERT devraient partager les renseignements sur les menaces.",
    "message/m2": "Il faut renforcer les capacités de cybersécurité des pays en développement.",
    "message/m3": "Les plateformes devraient être transparentes sur leurs systèmes de "
    "recommandation.",
    "message/m4": "Le coût et les infrastructures rurales restent les principaux obstacles à "
    "une connectivité significative.",
    "message/m5": "Les gouvernements devraient financer les réseaux communautaires.",
}
TEXTS_BY_LANG = {"fr": FR_TEXTS, "zh": ZH_TEXTS}
SUFFIX = {"xliff": ".xlf", "po": ".po"}


@pytest.fixture
def draft_json(tmp_path: Path) -> Path:
    path = tmp_path / "messages.json"
    text = render(make_draft("en"), "json")
    assert isinstance(text, str)
    path.write_text(text, encoding="utf-8")
    return path


def run(*argv: str | Path) -> int:
    return cli.main([str(a) for a in argv])


def fill(
    path: Path,
    texts: dict[str, str],
    state: str = REVIEWED,
    credit: tuple[str, ...] | None = None,
) -> Translation:
    """Set the targets of the file at ``path`` (every unit not yet reviewed), as a translator's
    tool would, and save it in its own format."""
    t = load_translation(path)
    for u in t.units:
        if u.id in texts and u.state != REVIEWED:
            t = set_target(t, u.id, texts[u.id], state)
    if credit is not None:
        t = Translation(t.source_language, t.language, t.units, credit, t.meta)
    path.write_text(write_translation(t, format_of(path)), encoding="utf-8")
    return t


def export(draft_json: Path, lang: str, out: Path, *extra: str | Path) -> str:
    return f"{run('export-translation', draft_json, '--to', lang, '-o', out, *extra)}"


def edit_message(draft_json: Path, mid: str, text: str) -> None:
    data = json.loads(draft_json.read_text(encoding="utf-8"))
    for th in data["themes"]:
        for tp in th["topics"]:
            for m in tp["messages"]:
                if m["id"] == mid:
                    m["text"] = text
    draft_json.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and "Traceback" not in err
    return lines[0]


# --------------------------------------------------------------------------- the workflow


@pytest.mark.parametrize(
    ("fmt", "lang"), [("xliff", "fr"), ("po", "fr"), ("xliff", "zh"), ("po", "zh")]
)
def test_export_fill_and_publish(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str], fmt: str, lang: str
) -> None:
    out = tmp_path / f"messages.{lang}{SUFFIX[fmt]}"
    assert run("export-translation", draft_json, "--to", lang, "--format", fmt, "-o", out) == 0
    printed = capsys.readouterr().out
    t = load_translation(out)
    assert t.source_language == "en" and t.language == lang
    assert len(t.units) == 18
    if lang == "fr":  # the edition file gives the French name: prefilled, reviewed
        assert "17 untranslated, 0 draft, 1 reviewed, 0 outdated" in printed
        assert t.unit_map()["edition/name"].target == "FGI 2025"
    else:
        assert "18 untranslated, 0 draft, 0 reviewed, 0 outdated" in printed
    raw = out.read_text(encoding="utf-8")
    assert "Theme 1 · sub-topic 1 · message 1" in raw  # contexts as notes

    fill(out, TEXTS_BY_LANG[lang])
    outdir = tmp_path / "published"
    credit = ["Traduit par l'équipe bénévole de Genève", "Relu par A. Diallo"]
    code = run(
        "publish-translation",
        draft_json,
        out,
        "--format",
        "md,html",
        "--credit",
        credit[0],
        "--credit",
        credit[1],
        "-o",
        outdir,
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "0 untranslated, 0 draft, 18 reviewed, 0 outdated" in printed
    assert sorted(p.name for p in outdir.iterdir()) == ["messages.html", "messages.md"]
    md = (outdir / "messages.md").read_text(encoding="utf-8")
    page = html.unescape((outdir / "messages.html").read_text(encoding="utf-8"))
    texts = TEXTS_BY_LANG[lang]
    for doc in (md, page):
        for seg_id in ("message/m1", "message/m5", "topic/t3/title", "theme/access/title"):
            assert texts[seg_id] in doc
        assert all(line in doc for line in credit)
    assert "Governments should fund community networks." not in md  # (the HTML shows the
    # statements behind each message, in their own language)
    assert f'lang="{lang}"' in page


def test_publish_pdf(tmp_path: Path, draft_json: Path) -> None:
    from export_print.pdftext import Pdf
    from export_print.printdrafts import require_pdf

    require_pdf("zh")
    out = tmp_path / "zh.xlf"
    assert export(draft_json, "zh", out) == "0"
    fill(out, ZH_TEXTS, credit=("由日内瓦志愿者团队翻译",))
    outdir = tmp_path / "pdf"
    assert run("publish-translation", draft_json, out, "--format", "pdf", "-o", outdir) == 0
    data = (outdir / "messages.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    pdf = Pdf.of(data)
    assert pdf.pages_with(ZH_TEXTS["message/m5"])
    assert pdf.pages_with("由日内瓦志愿者团队翻译")


def test_credit_lines_of_the_file_unless_replaced(tmp_path: Path, draft_json: Path) -> None:
    out = tmp_path / "fr.po"
    assert export(draft_json, "fr", out) == "0"
    fill(out, FR_TEXTS, credit=("Traduction : équipe de Dakar",))
    assert run("publish-translation", draft_json, out, "--format", "md", "-o", tmp_path / "a") == 0
    assert "Traduction : équipe de Dakar" in (tmp_path / "a/messages.md").read_text("utf-8")
    code = run(
        "publish-translation",
        draft_json,
        out,
        "--format",
        "md",
        "--credit",
        "Traduction : équipe de Genève",
        "-o",
        tmp_path / "b",
    )
    assert code == 0
    md = (tmp_path / "b/messages.md").read_text("utf-8")
    assert "équipe de Genève" in md and "équipe de Dakar" not in md


def test_glossary_terms_are_noted_for_the_translator(tmp_path: Path, draft_json: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(
        "pairs:\n  en-fr:\n    - term: community networks\n"
        "      translation: réseaux communautaires\n      forbidden: [réseaux associatifs]\n",
        encoding="utf-8",
    )
    out = tmp_path / "fr.po"
    assert export(draft_json, "fr", out, "--glossary", glossary) == "0"
    raw = out.read_text(encoding="utf-8")
    assert (
        "#. glossary: community networks = réseaux communautaires (not réseaux associatifs)" in raw
    )


def test_require_draft_accepts_unreviewed_units(tmp_path: Path, draft_json: Path) -> None:
    out = tmp_path / "zh.xlf"
    assert export(draft_json, "zh", out) == "0"
    fill(out, ZH_TEXTS, state=DRAFT)
    assert run("publish-translation", draft_json, out, "-o", tmp_path / "no") == 1
    assert not (tmp_path / "no").exists()
    assert (
        run("publish-translation", draft_json, out, "--require", "draft", "-o", tmp_path / "ok")
        == 0
    )
    assert sorted(p.name for p in (tmp_path / "ok").iterdir()) == [
        "messages.html",
        "messages.json",
        "messages.md",
    ]


def test_findings_warn_but_do_not_block(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fr.xlf"
    assert export(draft_json, "fr", out) == "0"
    texts = {
        **FR_TEXTS,
        "edition/intro": "Les {séances} sessions tenues à {place} ont produit {statements} "
        "déclarations.",
        "message/m5": "Les gouvernements devraient financer les les réseaux communautaires.",
    }
    fill(out, texts)
    capsys.readouterr()
    code = run("publish-translation", draft_json, out, "--format", "md", "-o", tmp_path / "o")
    printed = capsys.readouterr().out
    assert code == 0
    assert "(warnings: they do not stop publishing)" in printed
    assert "edition/intro placeholder: target lacks {dates}, {review_closes}" in printed
    assert "message/m5 repeated_word: 'les les'" in printed
    assert (tmp_path / "o/messages.md").exists()


# --------------------------------------------------------------------------- outdated


def test_changed_source_is_outdated_and_blocks_a_reviewed_publication(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "fr-v1.xlf"
    assert export(draft_json, "fr", first) == "0"
    fill(first, FR_TEXTS)
    old_m5 = "Governments should fund community networks."
    new_m5 = "Governments and donors should fund community networks in rural areas."
    edit_message(draft_json, "m5", new_m5)

    # the earlier file itself no longer fits the draft: publishing it fails, nothing written
    capsys.readouterr()
    assert run("publish-translation", draft_json, first, "-o", tmp_path / "v1") == 1
    captured = capsys.readouterr()
    assert "17 reviewed, 1 outdated" in captured.out
    line = one_line_error(captured.err)
    assert str(first) in line and "message/m5" in line and "nothing was written" in line
    assert not (tmp_path / "v1").exists()

    # a new export keeps the earlier work and marks the changed unit outdated
    second = tmp_path / "fr-v2.xlf"
    assert export(draft_json, "fr", second, "--earlier", first) == "0"
    assert "0 untranslated, 0 draft, 17 reviewed, 1 outdated" in capsys.readouterr().out
    unit = load_translation(second).unit_map()["message/m5"]
    assert (unit.state, unit.source, unit.previous) == (OUTDATED, new_m5, old_m5)
    assert unit.target == FR_TEXTS["message/m5"]
    assert run("publish-translation", draft_json, second, "-o", tmp_path / "v2") == 1
    assert "message/m5" in one_line_error(capsys.readouterr().err)
    assert not (tmp_path / "v2").exists()

    # a preview publishes anyway, the changed message in its (new) source text
    code = run(
        "publish-translation",
        draft_json,
        second,
        "--require",
        "any",
        "--format",
        "md",
        "-o",
        tmp_path / "preview",
    )
    assert code == 0
    md = (tmp_path / "preview/messages.md").read_text(encoding="utf-8")
    assert new_m5 in md and FR_TEXTS["message/m4"] in md

    # the translator updates the unit: publishable again
    fill(second, {"message/m5": "Les gouvernements et les donateurs devraient financer les "
                  "réseaux communautaires dans les zones rurales."})  # fmt: skip
    t = load_translation(second)
    assert t.counts()[REVIEWED] == 18
    assert run("publish-translation", draft_json, second, "-o", tmp_path / "v2") == 0


# --------------------------------------------------------------------------- memory


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_memory_reuses_reviewed_units(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    earlier = tmp_path / f"last-year{SUFFIX[fmt]}"
    assert export(draft_json, "fr", earlier) == "0"
    fill(earlier, FR_TEXTS)
    t = load_translation(earlier)
    t = set_target(t, "topic/t4/title", "Réseaux communautaires", DRAFT)  # not reviewed
    earlier.write_text(write_translation(t, fmt), encoding="utf-8")
    edit_message(draft_json, "m5", "Governments should fund community networks now.")
    capsys.readouterr()

    out = tmp_path / f"new{SUFFIX[fmt]}"
    assert export(draft_json, "fr", out, "--memory", earlier) == "0"
    printed = capsys.readouterr().out
    # 18 segments: the name from the edition, m5 changed, t4's title only a draft
    assert "15 exact matches prefilled as draft, 1 close match offered" in printed
    new = load_translation(out).unit_map()
    assert new["message/m1"].state == DRAFT
    assert new["message/m1"].target == FR_TEXTS["message/m1"]
    assert new["message/m1"].note == f"translation memory 100% ({earlier.name})"
    assert new["topic/t4/title"].state == UNTRANSLATED
    assert new["message/m5"].state == UNTRANSLATED
    raw = out.read_text(encoding="utf-8")
    if fmt == "xliff":
        assert 'matchQuality="' in raw and FR_TEXTS["message/m5"] in raw
    else:
        assert f"({earlier.name}): Governments should fund community networks. =>" in raw


def test_memory_in_another_language_is_not_used(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zh = tmp_path / "zh.po"
    assert export(draft_json, "zh", zh) == "0"
    fill(zh, ZH_TEXTS)
    capsys.readouterr()
    assert export(draft_json, "fr", tmp_path / "fr.po", "--memory", zh) == "0"
    captured = capsys.readouterr()
    assert f"{zh} translates en -> zh, not en -> fr; not used" in captured.err
    assert load_translation(tmp_path / "fr.po").counts()[DRAFT] == 0


# --------------------------------------------------------------------------- errors


def test_bad_draft_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "messages.json"
    bad.write_text('{"schema_version": ', encoding="utf-8")
    assert export(bad, "fr", tmp_path / "fr.xlf") == "1"
    assert str(bad) in one_line_error(capsys.readouterr().err)
    assert not (tmp_path / "fr.xlf").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.xlf", "<xliff version='2.0'><file>"),
        ("old.xlf", '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>'),
        ("broken.po", "this is not a PO file\n"),
        ("missing.po", None),
        ("notes.txt", "hello\n"),
    ],
)
def test_bad_translation_file(
    tmp_path: Path,
    draft_json: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | None,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert run("publish-translation", draft_json, path, "-o", tmp_path / "out") == 1
    assert str(path) in one_line_error(capsys.readouterr().err)
    assert export(draft_json, "fr", tmp_path / "fr.xlf", "--earlier", path) == "1"
    assert str(path) in one_line_error(capsys.readouterr().err)
    assert export(draft_json, "fr", tmp_path / "fr.xlf", "--memory", path) == "1"
    assert str(path) in one_line_error(capsys.readouterr().err)
    assert not (tmp_path / "out").exists() and not (tmp_path / "fr.xlf").exists()


def test_earlier_file_in_another_language(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zh = tmp_path / "zh.xlf"
    assert export(draft_json, "zh", zh) == "0"
    capsys.readouterr()
    assert export(draft_json, "fr", tmp_path / "fr.xlf", "--earlier", zh) == "1"
    line = one_line_error(capsys.readouterr().err)
    assert str(zh) in line and "'zh'" in line


def test_translation_of_another_source_language(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fr.xlf"
    path.write_text(
        write_translation(Translation("es", "fr", ()), "xliff"),
        encoding="utf-8",
    )
    assert run("publish-translation", draft_json, path, "-o", tmp_path / "out") == 1
    line = one_line_error(capsys.readouterr().err)
    assert str(path) in line and "'es'" in line and str(draft_json) in line


def test_bad_glossary(tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text("terms: [\n", encoding="utf-8")
    assert export(draft_json, "fr", tmp_path / "fr.xlf", "--glossary", glossary) == "1"
    assert str(glossary) in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--to", "fr", "-o", "out.txt"], "name the file .xlf or .po"),
        (
            ["--to", "fr", "--format", "po", "-o", "out.xlf"],
            "the name says xliff, but --format is po",
        ),
        (["--to", "en", "-o", "en.xlf"], "already in 'en'"),
        (["--to", "French!", "-o", "fr.xlf"], "language code"),
    ],
)
def test_bad_export_options(
    tmp_path: Path,
    draft_json: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    expected: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("export-translation", draft_json, *args) == 1
    assert expected in one_line_error(capsys.readouterr().err)
    assert [p.name for p in tmp_path.iterdir()] == ["messages.json"]


def test_unknown_output_format(
    tmp_path: Path, draft_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fr.xlf"
    assert export(draft_json, "fr", out) == "0"
    capsys.readouterr()
    code = run("publish-translation", draft_json, out, "--format", "md,odt", "-o", tmp_path / "o")
    assert code == 1
    assert "odt" in one_line_error(capsys.readouterr().err)
