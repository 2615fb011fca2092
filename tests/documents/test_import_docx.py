"""Word documents built in the test with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.documents import import_messages
from forum_messages.errors import InputError
from forum_messages.model import Frameworks

docx = pytest.importorskip("docx")


def build(path: Path) -> Path:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("IGF 2025 Messages", style="Title")
    d.add_paragraph("The 20th annual meeting of the IGF took place in Lillestrøm in June 2025.")
    d.add_paragraph("Contents", style="TOC Heading")
    d.add_paragraph("Building Digital Trust\t2", style="TOC 1")
    d.add_paragraph("Building Universal Access\t3", style="TOC 1")
    d.add_heading("[Building] Digital Trust", level=1)
    d.add_heading("Theme", level=2)
    d.add_paragraph("[GDC 3 - WSIS C5 - SDGs 16]; cybersecurity, information integrity")
    d.add_paragraph("This theme is about trust and resilience.")
    d.add_heading("Messages", level=2)
    d.add_heading("Cyber capacity", level=3)
    d.add_paragraph(
        "Many developing countries still lack a national computer emergency response team, and",
        style="List Bullet",
    ).add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("cyber capacity building should be sustained over several years.")
    d.add_paragraph(
        "Regional CERT networks help smaller teams during major incidents.", style="List Bullet"
    )
    d.add_heading("Incident response", level=1)  # a sub-topic with the level of a theme
    d.add_paragraph("• Hospitals need tested backups and incident response plans.")
    d.add_heading("[Building] Universal Access", level=1)
    d.add_heading("Theme", level=2)
    d.add_paragraph("[SDGs 9]")
    d.add_heading("Messages", level=2)
    bold = d.add_paragraph()
    bold.add_run("Community networks").bold = True
    d.add_paragraph("Regulators should adapt licences to community operators.", style="List Number")
    d.add_table(rows=1, cols=1).cell(0, 0).text = "A table is not a message."
    out = path / "messages.docx"
    d.save(str(out))
    return out


def test_docx(tmp_path: Path) -> None:
    doc = import_messages(build(tmp_path))
    assert doc.format == "docx"
    assert doc.title == "IGF 2025 Messages"
    outline = [(th.title, [(tp.title, len(tp.bullets)) for tp in th.topics]) for th in doc.themes]
    assert outline == [
        ("Digital Trust", [("Cyber capacity", 2), ("Incident response", 1)]),
        ("Universal Access", [("Community networks", 1)]),
    ]
    trust = doc.themes[0]
    assert trust.label == "[Building]"
    assert trust.frameworks == Frameworks(gdc=("3",), wsis=("C5",), sdg=("16",))
    assert trust.description == "This theme is about trust and resilience."
    assert trust.bullets()[0].text == (
        "Many developing countries still lack a national computer emergency response team, "
        "and cyber capacity building should be sustained over several years."
    )
    assert trust.bullets()[2].text == "Hospitals need tested backups and incident response plans."
    kinds = {r.kind for r in doc.repairs}
    assert {"table_of_contents", "page_break_join", "heading_level", "generic_heading"} <= kinds


def test_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="Word"):
        import_messages(path)
