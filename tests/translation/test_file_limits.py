"""Hostile translation files: DTDs in any encoding, oversized targets, too many units, files
too large, malformed PO lines; every one refused with the file, the line and the unit named."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.errors import InputError
from forum_messages.translation import limits
from forum_messages.translation.exchange import (
    XLIFF_NS,
    load_translation,
    read_po,
    read_translation,
    read_xliff,
    write_po,
    write_xliff,
)
from forum_messages.translation.segments import REVIEWED, Translation, Unit

#: One entity of 1,000 characters: used 3,000 times, a 20 kB file would hold a 3-million
#: character target (below the XML parsers' own amplification limits).
BOMB_ENTITY = '<!ENTITY b "' + "x" * 1000 + '">'


def xliff(units: str, decl: str = '<?xml version="1.0" encoding="UTF-8"?>', dtd: str = "") -> str:
    return (
        f'{decl}{dtd}\n<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="fr">'
        f'<file id="f">{units}</file></xliff>\n'
    )


def unit(seg_id: str, source: str, target: str, n: int = 1) -> str:
    return (
        f'<unit id="u{n}" name="{seg_id}"><segment state="reviewed"><source>{source}</source>'
        f"<target>{target}</target></segment></unit>"
    )


def po(entries: str) -> str:
    head = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"X-Source-Language: en\\n"\n\n'
    return head + entries


@pytest.mark.parametrize(
    ("encoding", "decl"),
    [
        ("utf-16", "UTF-16"),  # with a BOM
        ("utf-16-le", "UTF-16"),  # no BOM: the declaration says it
        ("utf-16-be", "UTF-16BE"),
        ("utf-32", "UTF-32"),
        ("utf-8-sig", "UTF-8"),
        ("utf-8", "UTF-8"),
    ],
)
def test_a_dtd_is_refused_whatever_the_encoding(encoding: str, decl: str) -> None:
    doc = xliff(
        unit("message/m1", "Fund networks.", "&b;" * 3000),
        decl=f'<?xml version="1.0" encoding="{decl}"?>',
        dtd=f"<!DOCTYPE xliff [{BOMB_ENTITY}]>",
    )
    with pytest.raises(InputError, match=r"^fr\.xlf: document type declarations are not accepted"):
        read_translation(doc.encode(encoding), "fr.xlf")
    # an unknown entity without a DTD is an XML error, never expanded
    plain = xliff(unit("message/m1", "Fund networks.", "&b;")).encode()
    with pytest.raises(InputError, match=r"^fr\.xlf:2: not well-formed XML: .*Entity 'b'"):
        read_translation(plain, "fr.xlf")


def test_a_utf16_file_without_a_dtd_is_read() -> None:
    doc = xliff(
        unit("message/m1", "Fund networks.", "Financer les réseaux."),
        decl='<?xml version="1.0" encoding="UTF-16"?>',
    )
    t = read_translation(doc.encode("utf-16"), "fr.xlf")
    assert t.units[0].target == "Financer les réseaux." and t.units[0].state == REVIEWED


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_target_length_limit_names_the_unit_and_line(fmt: str) -> None:
    source = "Fund networks."  # 14 characters: a target may have 2,014
    assert limits.max_target(source) == len(source) + limits.TARGET_SLACK

    def doc(target: str) -> bytes:
        if fmt == "xliff":
            return xliff("\n" + unit("message/m1", source, target)).encode()
        return po(f'msgctxt "message/m1"\nmsgid "{source}"\nmsgstr "{target}"\n').encode()

    name = "fr.xlf" if fmt == "xliff" else "fr.po"
    at_limit = "é" * limits.max_target(source)
    assert read_translation(doc(at_limit), name).units[0].target == at_limit
    for target in ("é" * (limits.max_target(source) + 1), "x" * 3_000_000):
        with pytest.raises(InputError) as exc:
            read_translation(doc(target), name)
        line = 3 if fmt == "xliff" else 6
        assert str(exc.value).startswith(f"{name}:{line}: ")
        assert "unit message/m1: the target is" in str(exc.value)


def test_long_sources_allow_twenty_times_their_length_up_to_the_hard_cap() -> None:
    assert limits.max_target("x" * 500) == 10_000
    assert limits.max_target("x" * 1000) == limits.MAX_TEXT == 20_000
    long_source = "x" * (limits.MAX_TEXT + 1)
    with pytest.raises(InputError, match=r"fr\.po:6: unit m: the source is 20,001 characters"):
        read_po(po(f'msgctxt "m"\nmsgid "{long_source}"\nmsgstr ""\n'), "fr.po")


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_too_many_units(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_UNITS", 50)  # the same check as at 20,000, faster

    def text(n: int) -> str:
        if fmt == "xliff":
            return xliff("".join(unit(f"m{i}", "a", "b", i) for i in range(n)))
        return po("".join(f'msgctxt "m{i}"\nmsgid "a"\nmsgstr "b"\n\n' for i in range(n)))

    read = read_xliff if fmt == "xliff" else read_po
    name = "fr.xlf" if fmt == "xliff" else "fr.po"
    with pytest.raises(InputError, match=rf"^{name}:\d+: .*more than 50 units"):
        read(text(limits.MAX_UNITS + 1), name)
    assert len(read(text(limits.MAX_UNITS), name).units) == limits.MAX_UNITS


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "fr.po"
    with path.open("wb") as f:  # sparse: nothing is written but its size
        f.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match=r"fr\.po: the file is 20\.0 MB; .* at most 20 MB"):
        load_translation(path)
    with pytest.raises(InputError, match="at most 20 MB"):
        read_translation(b" " * (limits.MAX_FILE_BYTES + 1), "fr.xlf")


def test_deep_nesting_is_an_xml_error() -> None:
    deep = "<g>" * 5000 + "x" + "</g>" * 5000
    with pytest.raises(InputError, match=r"^fr\.xlf:\d+: not well-formed XML: .*depth"):
        read_xliff(xliff(unit("m", "a", deep)), "fr.xlf")


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        ('msgctxt "m"\nmsgid "a"\nmsgstr "unclosed\n', 8, "no closing quote"),
        ('msgctxt "m"\nmsgid "a"\nmsgstr "b\\"\n', 8, "no closing quote"),
        ('msgctxt "m"\nmsgid "a"\nmsgstr "b" "c"\n', 8, "text after the closing quote"),
        ('msgctxt "m"\nmsgid "a"\nmsgstr "b"\n"more\n', 9, "no closing quote"),
        ('msgctxt "m"\nmsgid "a"\nmsgstr "b"\nhello\n', 9, "not a PO line"),
        ('msgctxt "m"\nmsgid "a"\nmsgstr b\n', 8, "a quoted string is expected"),
        ('#| msgid "a\nmsgctxt "m"\nmsgid "a"\nmsgstr "b"\n', 6, "no closing quote"),
        ('#| msgfoo "a"\nmsgctxt "m"\nmsgid "a"\nmsgstr "b"\n', 6, "previous-source line"),
        ('msgctxt "m"\nmsgstr "b"\nmsgid "a"\n', 8, "this msgid has no msgstr"),
        ('msgctxt "m"\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n', 6, "plural forms"),
        ('msgctxt "m"\nmsgid "a"\nmsgstr "tab\\q"\n', 8, r"unknown escape \\q"),
        ('msgctxt "m"\nmsgid "a"\n\nmsgctxt "n"\nmsgid "b"\nmsgstr ""\n', 7, "msgid has no"),
        ('msgctxt "m"\nmsgid "a"\n', 7, "this msgid has no msgstr"),
        ('msgctxt "m"\nmsgstr "b"\n', 7, "not valid PO"),
    ],
)
def test_every_malformed_po_line_is_an_error_naming_the_line(
    lines: str, line: int, message: str
) -> None:
    with pytest.raises(InputError, match=rf"^fr\.po:{line}: .*{message}"):
        read_translation(po(lines).encode(), "fr.po")


def test_po_line_break_characters_do_not_split_a_string_and_escapes_are_read() -> None:
    text = po('msgctxt "m"\nmsgid "a"\nmsgstr "b\u2028c\x0cd \\\\q \\"e\\" \\\\"\n')
    assert read_po(text, "fr.po").units[0].target == 'b c d \\q "e" \\'


def test_po_text_that_names_a_file_is_not_read_from_it(tmp_path: Path) -> None:
    other = tmp_path / "secret.po"
    other.write_text(po('msgctxt "m"\nmsgid "a"\nmsgstr "secret"\n'), encoding="utf-8")
    with pytest.raises(InputError, match=r"^fr\.po:1: not a PO line"):
        read_po(str(other), "fr.po")


def test_po_in_utf16_with_a_bom_is_read() -> None:
    text = po('msgctxt "m"\nmsgid "a"\nmsgstr "é"\n')
    assert read_translation(text.encode("utf-16"), "fr.po").units[0].target == "é"


HOSTILE = "Financer\x07 les\x1b[31m réseaux\u202e\u200b communautaires."


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_targets_notes_and_credit_are_cleaned_by_the_readers(fmt: str) -> None:
    t = Translation(
        "en",
        "fr",
        (Unit("m", "Fund community networks.", HOSTILE, REVIEWED, note="memo\x1b[2J"),),
        credit=("Traduit\x1b]0;x\x07 par nous",),
    )
    if fmt == "xliff":  # XML 1.0 cannot carry C0 controls: only C1 and format characters
        t = Translation("en", "fr", (Unit("m", "x", "a\x9b31m\u202eb\u200b", REVIEWED),))
        back = read_xliff(write_xliff(t))
        assert back.units[0].target == "a31mb"
        return
    back = read_po(write_po(t))
    assert back.units[0].target == "Financer les[31m réseaux communautaires."
    assert back.units[0].note == "memo[2J"
    assert back.credit == ("Traduit]0;x par nous",)


def test_language_codes_are_checked() -> None:
    doc = xliff(unit("m", "a", "b")).replace('trgLang="fr"', 'trgLang="fr&quot; onload=&quot;x"')
    with pytest.raises(InputError, match=r"fr\.xlf: 'fr\" onload=\"x' is not a language code"):
        read_xliff(doc, "fr.xlf")


# --------------------------------------------------------------------------- the CLI


def test_publish_cleans_po_targets_for_every_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import dataclasses
    import io
    import json

    import docx

    from export.conftest import make_draft
    from forum_messages import cli
    from forum_messages.export import render

    draft_json = tmp_path / "messages.json"
    draft_json.write_text(str(render(make_draft("en"), "json")), encoding="utf-8")
    out = tmp_path / "fr.po"
    assert cli.main(["export-translation", str(draft_json), "--to", "fr", "-o", str(out)]) == 0
    t = load_translation(out)
    units = tuple(
        dataclasses.replace(u, target=HOSTILE + " les les " + u.id, state=REVIEWED) for u in t.units
    )
    out.write_text(write_po(dataclasses.replace(t, units=units)), encoding="utf-8")
    assert "\x1b" in out.read_text(encoding="utf-8")
    outdir = tmp_path / "o"
    code = cli.main(
        [
            *("publish-translation", str(draft_json), str(out), "--format", "md,html,json,docx"),
            *("--credit", "Traduit\x07 par\u202e\x1b nous", "-o", str(outdir)),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "repeated_word" in printed and "\x1b" not in printed and "\u202e" not in printed
    clean = "réseaux communautaires. les les message/m1"
    texts = [(outdir / f"messages.{ext}").read_text(encoding="utf-8") for ext in ("md", "html")]
    data = json.loads((outdir / "messages.json").read_text(encoding="utf-8"))
    texts.append(json.dumps(data, ensure_ascii=False))
    document = docx.Document(io.BytesIO((outdir / "messages.docx").read_bytes()))
    texts.append("\n".join(p.text for p in document.paragraphs))
    for text in texts:
        assert clean in text and "Traduit par nous" in text
        assert not any(c in text for c in "\x07\x1b\u202e\u200b")


def test_findings_reach_the_terminal_with_controls_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from rich.console import Console

    from forum_messages.translation.checks import Finding
    from forum_messages.translation.commands import _print_findings

    finding = Finding("repeated_word", "message/m1\x1b[2J", "'les\x1b[31m les'", "fix\u202e it")
    _print_findings({"message/m1": [finding]}, Console(force_terminal=False, width=200))
    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\u202e" not in printed
    assert "message/m1\\x1b[2J" in printed and "fix\\u202e it" in printed


# --------------------------------------------------------------------------- glossaries


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pairs:\n  en-fr: 3\n", r"g\.yaml:2: pairs\.en-fr: expected a list of entries"),
        ("pairs:\n  en-fr:\n    - term: a\n      note: [x]\n", r"g\.yaml:3: .*'note' must be"),
        ("pairs:\n  en-fr:\n    - term: a\n    - term: 5\n", r"g\.yaml:4: pairs\.en-fr\[1\]"),
        (
            "pairs:\n  en-fr:\n    - term: " + "t" * 201 + "\n",
            r"g\.yaml:3: pairs\.en-fr\[0\]: term: 201 characters long; at most 200",
        ),
        ("pairs: [\n", r"g\.yaml:2: not valid YAML"),
    ],
)
def test_bad_glossaries_name_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    from forum_messages.translation.glossary import load_glossary

    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_glossary(path, "en", "fr")


def test_glossary_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from forum_messages.translation import glossary

    monkeypatch.setattr(glossary, "MAX_ENTRIES", 3)
    entries = "".join(f"    - term: t{i}\n      translation: u{i}\n" for i in range(4))
    text = "pairs:\n  en-fr:\n" + entries
    with pytest.raises(InputError, match=r"^g:2: pairs\.en-fr: 4 entries; at most 3"):
        glossary.read_glossary(text, "g", "en", "fr")
    g = glossary.read_glossary(text[: text.index("    - term: t3")], "g", "en", "fr")
    assert [e.term for e in g.entries] == ["t0", "t1", "t2"]
    path = tmp_path / "g.yaml"
    with path.open("wb") as f:
        f.truncate(glossary.MAX_GLOSSARY_BYTES + 1)
    with pytest.raises(InputError, match=r"g\.yaml: larger than 2 MB"):
        glossary.load_glossary(path, "en", "fr")
    path.write_bytes("pairs:\n  en-fr:\n    - term: é\u202e\u200b x\n".encode("utf-16"))
    assert glossary.load_glossary(path, "en", "fr").entries[0].term == "é x"
