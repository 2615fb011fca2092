"""XLIFF 2.0 and PO round trips, merging a returned file, translation memory."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest

from forum_messages.errors import InputError
from forum_messages.translation.exchange import (
    XLIFF_NS,
    format_of,
    merge,
    read_po,
    read_translation,
    read_xliff,
    write_po,
    write_translation,
    write_xliff,
)
from forum_messages.translation.memory import Match, Memory, prefill, score
from forum_messages.translation.segments import (
    DRAFT,
    OUTDATED,
    REVIEWED,
    UNTRANSLATED,
    Translation,
    Unit,
)

HOSTILE = "Use <b>bold</b> & \"quotes\" 'here' ]]> <!-- x --> %(name)s {sessions} \\n"


def sample() -> Translation:
    return Translation(
        "en",
        "fr",
        (
            Unit("edition/name", "IGF 2025", "FGI 2025", REVIEWED, note="edition file"),
            Unit("theme/trust/title", "Building Digital Trust", "Bâtir la confiance", DRAFT),
            Unit("message/m1", "Fund community networks.\nNow.", "", UNTRANSLATED),
            Unit(
                "message/m2",
                "Governments and donors should fund networks.",
                "Les gouvernements devraient financer les réseaux.",
                OUTDATED,
                previous="Governments should fund networks.",
            ),
            Unit("message/m3", HOSTILE, HOSTILE.replace("Use", "Utiliser"), REVIEWED),
            Unit("topic/t-δ/title", "Cyber drills 🛡", "Exercices cyber 🛡", DRAFT),
        ),
        credit=("Traduit par l'équipe bénévole de Genève", "Relu par A. Diallo"),
        meta={"edition": "IGF 2025"},
    )


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_round_trip_loses_nothing(fmt: str) -> None:
    t = sample()
    text = write_translation(t, fmt, contexts={"message/m1": "Theme 1 · sub-topic 1"})
    back = read_translation(text.encode("utf-8"), f"fr.{'xlf' if fmt == 'xliff' else 'po'}")
    assert back == t
    # and again: writing what was read gives the same bytes
    assert write_translation(back, fmt, contexts={"message/m1": "Theme 1 · sub-topic 1"}) == text


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
def test_round_trip_in_other_scripts(lang: str) -> None:
    targets = {"ar": "ينبغي تمويل الشبكات المجتمعية.", "zh": "应资助社区网络。", "ru": "Сети."}
    t = Translation("en", lang, (Unit("message/m1", "Fund networks.", targets[lang], REVIEWED),))
    assert read_xliff(write_xliff(t)) == t
    assert read_po(write_po(t)) == t


def test_xliff_is_xliff_2_0_with_states_and_matches() -> None:
    match = Match(
        "Fund community networks.", "Financer les réseaux communautaires.", 88, "IGF 2024"
    )
    text = write_xliff(sample(), matches={"message/m1": match})
    root = ET.fromstring(text)
    assert root.tag == f"{{{XLIFF_NS}}}xliff" and root.get("version") == "2.0"
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "fr")
    units = root.findall(f".//{{{XLIFF_NS}}}unit")
    assert [u.get("id") for u in units] == [f"u{i}" for i in range(1, 7)]
    assert units[2].get("name") == "message/m1"
    states = [u.find(f"{{{XLIFF_NS}}}segment").get("state") for u in units]  # type: ignore[union-attr]
    assert states == ["reviewed", "translated", "initial", "initial", "reviewed", "translated"]
    assert units[3].find(f"{{{XLIFF_NS}}}segment").get("subState") == "fm:outdated"  # type: ignore[union-attr]
    assert units[2].find(f"{{{XLIFF_NS}}}segment/{{{XLIFF_NS}}}target") is None  # type: ignore[union-attr]
    assert 'matchQuality="88"' in text and "Financer les réseaux communautaires." in text


def test_a_cat_tool_may_split_segments_and_say_final() -> None:
    text = f"""<?xml version="1.0"?>
<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="es">
 <file id="f"><unit id="u1" name="message/m1">
  <segment state="final"><source>One. </source><target>Uno. </target></segment>
  <segment state="final"><source>Two.</source><target>Dos.</target></segment>
 </unit><unit id="u2" name="message/m2">
  <segment><source>Typed.</source><target>Escrito.</target></segment>
 </unit></file></xliff>"""
    t = read_xliff(text)
    assert t.units[0] == Unit("message/m1", "One. Two.", "Uno. Dos.", REVIEWED)
    assert t.units[1].state == DRAFT  # a target typed without a state is a draft


BAD_XLIFF = [
    ("<xliff", "not well-formed"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x/>', "document type"),
    (f'<xliff xmlns="{XLIFF_NS}" version="1.2" srcLang="en" trgLang="fr"/>', "not an XLIFF 2.0"),
    (f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en"/>', "trgLang"),
    (
        f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="fr"><file id="f">'
        '<unit id="u1" name="a"><segment state="done"><source>x</source></segment></unit>'
        "</file></xliff>",
        "unit u1: unknown segment state 'done'",
    ),
    (
        f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="fr"><file id="f">'
        '<unit id="u1" name="a"><segment><source>x</source></segment></unit>'
        '<unit id="u2" name="a"><segment><source>x</source></segment></unit></file></xliff>',
        "unit u2: segment a appears twice",
    ),
    (
        f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="fr"><file id="f">'
        '<unit id="u1" name="a"></unit></file></xliff>',
        "no <segment>",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_XLIFF)
def test_bad_xliff_is_refused_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(InputError, match=r"fr\.xlf") as exc:
        read_translation(text.encode(), "fr.xlf")
    assert message in str(exc.value)


BAD_PO = [
    ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n', "X-Source-Language"),
    (
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"X-Source-Language: en\\n"\n\n'
        'msgid "a"\nmsgstr "b"\n',
        "fr.po:6: msgctxt",
    ),
    (
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"X-Source-Language: en\\n"\n\n'
        'msgctxt "x"\nmsgid "a"\nmsgstr "b"\n\nmsgctxt "x"\nmsgid "c"\nmsgstr "d"\n',
        "segment x appears twice",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_PO)
def test_bad_po_is_refused_naming_the_file(text: str, message: str) -> None:
    with pytest.raises(InputError, match=r"fr\.po") as exc:
        read_translation(text.encode(), "fr.po")
    assert message in str(exc.value)


def test_po_not_utf8_and_unknown_suffix() -> None:
    with pytest.raises(InputError, match=r"fr\.po:1: the file is not valid UTF-8"):
        read_translation('msgid "é"'.encode("latin-1"), "fr.po")
    with pytest.raises(InputError, match="unknown translation file type"):
        format_of("fr.docx")


def test_po_states_follow_gettext_conventions() -> None:
    text = write_po(sample())
    assert '#, fuzzy\n#| msgid "Governments should fund networks."\nmsgctxt "message/m2"' in text
    assert '#, fuzzy\nmsgctxt "theme/trust/title"' in text
    assert '"X-Credit-2: Relu par A. Diallo\\n"' in text


def test_merge_takes_targets_and_marks_changed_sources_outdated() -> None:
    current = Translation(
        "en",
        "fr",
        (
            Unit("message/m1", "Fund community networks.", "", UNTRANSLATED),
            Unit("message/m2", "Governments and donors should fund networks.", "Ancien.", REVIEWED),
            Unit("message/m3", "Unchanged.", "Inchangé.", REVIEWED),
            Unit("message/m4", "Empty.", "", UNTRANSLATED),
        ),
    )
    returned = Translation(
        "en",
        "fr",
        (
            Unit("message/m1", "Fund community networks.", "Financer.", REVIEWED),
            Unit("message/m2", "Governments should fund networks.", "Nouveau.", DRAFT),
            Unit("message/m3", "Unchanged.", "Inchangé.", REVIEWED),
            Unit("message/m9", "Gone.", "Parti.", DRAFT),
            Unit("message/m4", "Empty.", "", UNTRANSLATED),
        ),
        credit=("Traduit par X",),
    )
    merged, report = merge(current, returned)
    by_id = merged.unit_map()
    assert by_id["message/m1"] == Unit(
        "message/m1", "Fund community networks.", "Financer.", REVIEWED
    )
    m2 = by_id["message/m2"]
    assert (m2.state, m2.target, m2.previous) == (
        OUTDATED,
        "Nouveau.",
        "Governments should fund networks.",
    )
    assert report.updated == ["message/m1"] and report.outdated == ["message/m2"]
    assert report.unknown == ["message/m9"] and report.empty == 1 and report.unchanged == 1
    assert merged.credit == ("Traduit par X",)
    assert "1 unknown segment(s) ignored" in report.summary()
    with pytest.raises(InputError, match="en -> de"):
        merge(current, dataclasses.replace(returned, language="de"))


def test_memory_exact_and_close_matches() -> None:
    mem = Memory("en", "fr")
    mem.add(
        "Governments should fund community networks.",
        "Les gouvernements devraient financer les réseaux communautaires.",
        "IGF 2024",
    )
    mem.add(
        "Platforms should be transparent about recommender systems.",
        "Les plateformes doivent être transparentes.",
        "IGF 2024",
    )
    mem.add("Something else entirely about satellites.", "Autre chose.", "IGF 2023")
    exact = mem.lookup("Governments  should fund community networks.")
    assert exact == [
        Match(
            "Governments should fund community networks.",
            "Les gouvernements devraient financer les réseaux communautaires.",
            100,
            "IGF 2024",
        )
    ]
    close = mem.lookup("Governments should fund rural community networks.")
    assert close and close[0].score < 100 and close[0].score >= 75
    assert close[0].source.startswith("Governments")
    assert mem.lookup("Cybersecurity capacity is essential for developing states.") == []
    assert score("a b c", "a b c") == 100 and score("abc", "xyz") == 0


def test_memory_chinese_matches_by_character() -> None:
    mem = Memory("zh", "en")
    mem.add("各国政府应资助社区网络。", "Governments should fund community networks.")
    found = mem.lookup("各国政府应资助农村社区网络。")
    assert found and 75 <= found[0].score < 100


def test_prefill_uses_exact_matches_as_drafts_and_offers_close_ones() -> None:
    mem = Memory("en", "fr")
    mem.add_translation(sample(), "IGF 2024")  # reviewed units only
    assert len(mem) == 2
    t = Translation(
        "en",
        "fr",
        (
            Unit("edition/name", "IGF 2025", "", UNTRANSLATED),
            Unit("message/x", HOSTILE.replace("Use", "Used"), "", UNTRANSLATED),
            Unit("message/y", "Nothing like it.", "", UNTRANSLATED),
        ),
    )
    filled, close = prefill(t, mem)
    u = filled.unit_map()["edition/name"]
    assert (u.target, u.state) == ("FGI 2025", DRAFT) and "100%" in u.note
    assert set(close) == {"message/x"} and close["message/x"].score >= 75
    assert filled.unit_map()["message/y"].state == UNTRANSLATED
