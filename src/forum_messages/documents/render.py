"""Comparisons as JSON data, a terminal report (rich) and a self-contained HTML page.

Every text from a document is treated as untrusted: escaped in HTML, printed without rich
markup in the terminal.
"""

from __future__ import annotations

import html
import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from forum_messages.documents.compare import Comparison, Pair, SectionPair
from forum_messages.documents.model import LocatedBullet, MessagesDocument

COMPARISON_FORMAT = "forum-messages/comparison"
_MOVED = {"theme": "to another theme", "topic": "to another sub-topic"}


def _bullet(b: LocatedBullet) -> dict[str, Any]:
    return {
        "ref": b.ref,
        "theme": b.theme_title,
        "topic": b.topic_title,
        "text": b.text,
        "line": b.line,
    }


def _section(s: SectionPair) -> dict[str, Any]:
    def side(theme: int, topic: int | None, title: str | None, size: int) -> dict[str, Any]:
        ref = f"{theme + 1}" if topic is None else f"{theme + 1}.{topic + 1}"
        return {"ref": ref, "title": title, "bullets": size}

    return {
        "a": side(s.a_theme, s.a_topic, s.a_title, s.a_size),
        "b": side(s.b_theme, s.b_topic, s.b_title, s.b_size),
        "shared": s.shared,
        "title_similarity": s.title_similarity,
        "renamed": s.renamed,
    }


def comparison_to_dict(c: Comparison) -> dict[str, Any]:
    """Everything in the comparison as JSON data, in document order (deterministic)."""

    def doc(title: str, language: str, source: str, bullets: int) -> dict[str, Any]:
        return {"title": title, "language": language, "source": source, "bullets": bullets}

    return {
        "format": COMPARISON_FORMAT,
        "version": 1,
        "a": doc(c.a_title, c.a_language, c.a_source, c.a_bullets),
        "b": doc(c.b_title, c.b_language, c.b_source, c.b_bullets),
        "settings": {"threshold": c.threshold, "embedder": c.embedder},
        "counts": c.counts(),
        "themes": [_section(s) for s in c.themes],
        "topics": [_section(s) for s in c.topics],
        "pairs": [
            {"a": _bullet(p.a), "b": _bullet(p.b), "similarity": p.similarity, "moved": p.moved}
            for p in c.pairs
        ],
        "missing_in_b": [_bullet(b) for b in c.missing_in_b],
        "missing_in_a": [_bullet(b) for b in c.missing_in_a],
    }


def render_comparison_json(c: Comparison) -> str:
    data = comparison_to_dict(c)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# --------------------------------------------------------------------------- terminal


def _short(text: str | None, n: int = 90) -> str:
    if text is None:
        return "(no sub-topic)"
    return text if len(text) <= n else text[: n - 1] + "…"


def print_document(doc: MessagesDocument, console: Console) -> None:
    """Counts per theme and the repairs the importer made."""
    table = Table(title=Text(doc.title or "(untitled)"), title_justify="left")
    for col in ("theme", "label", "frameworks", "sub-topics", "bullets"):
        table.add_column(col, justify="right" if col in ("sub-topics", "bullets") else "left")
    for th in doc.themes:
        line = th.frameworks.line() if th.frameworks else ""
        topics = sum(1 for tp in th.topics if tp.title)
        table.add_row(
            Text(_short(th.title, 60)),
            Text(th.label or ""),
            Text(line),
            str(topics),
            str(len(th.bullets())),
        )
    console.print(table)
    n = doc.counts()
    console.print(
        f"{n['themes']} themes, {n['sub_topics']} sub-topics, {n['bullets']} bullets "
        f"(language: {doc.language or 'unknown'}, read as {doc.format})."
    )
    if doc.repairs:
        console.print(f"{len(doc.repairs)} repairs:")
        for r in doc.repairs:
            where = f"line {r.line}" if r.line else "document"
            console.print(Text(f"  {where}: [{r.kind}] {r.detail}"), soft_wrap=True)


def _side_table(title: str, bullets: tuple[LocatedBullet, ...]) -> Table:
    table = Table(title=title, title_justify="left")
    for col in ("ref", "sub-topic", "bullet"):
        table.add_column(col)
    for b in bullets:
        table.add_row(b.ref, Text(_short(b.topic_title, 40)), Text(_short(b.text)))
    return table


def print_comparison(c: Comparison, console: Console, pairs: bool = True) -> None:
    counts = c.counts()
    console.print(
        Text(f"A: {c.a_title or c.a_source} ({c.a_language}, {c.a_bullets} bullets)\n"
             f"B: {c.b_title or c.b_source} ({c.b_language}, {c.b_bullets} bullets)")
    )  # fmt: skip
    console.print(
        f"{counts['matched']} matched, {counts['missing_in_b']} missing in B, "
        f"{counts['missing_in_a']} missing in A, {counts['moved']} moved, "
        f"{counts['renamed_topics']} sub-topic(s) renamed "
        f"(similarity threshold {c.threshold}, embedder {c.embedder})"
    )
    themes = Table(title="Themes", title_justify="left")
    for col in ("A", "B", "shared", "title sim."):
        themes.add_column(col)
    for s in c.themes:
        themes.add_row(
            Text(f"{s.a_theme + 1}. {_short(s.a_title, 45)}"),
            Text(f"{s.b_theme + 1}. {_short(s.b_title, 45)}"),
            f"{s.shared}/{s.a_size}",
            f"{s.title_similarity:.2f}",
        )
    console.print(themes)
    if c.renamed():
        renamed = Table(title="Sub-topics renamed", title_justify="left")
        for col in ("A", "B", "shared", "title sim."):
            renamed.add_column(col)
        for s in c.renamed():
            renamed.add_row(
                Text(_short(s.a_title, 50)),
                Text(_short(s.b_title, 50)),
                f"{s.shared}/{s.a_size}",
                f"{s.title_similarity:.2f}",
            )
        console.print(renamed)
    if c.moved():
        console.print(_pairs_table("Moved bullets", c.moved(), moved=True))
    if c.missing_in_b:
        console.print(_side_table("In A, missing in B", c.missing_in_b))
    if c.missing_in_a:
        console.print(_side_table("In B, missing in A", c.missing_in_a))
    if pairs and c.pairs:
        console.print(_pairs_table("Matched bullets", list(c.pairs)))


def _pairs_table(title: str, rows: list[Pair], moved: bool = False) -> Table:
    table = Table(title=title, title_justify="left")
    for col in ("A", "B", "sim.", "A text", "B text"):
        table.add_column(col, justify="right" if col == "sim." else "left")
    if moved:
        table.add_column("moved")
    for p in rows:
        cells: list[str | Text] = [
            p.a.ref,
            p.b.ref,
            f"{p.similarity:.2f}",
            Text(_short(p.a.text, 60)),
            Text(_short(p.b.text, 60)),
        ]
        if moved:
            cells.append(_MOVED.get(p.moved or "", ""))
        table.add_row(*cells)
    return table


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;
color:#1b1b1b;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:end;white-space:nowrap}
.ref{white-space:nowrap;color:#555;font-size:.85rem}
.sub{color:#555;font-size:.85rem;display:block}
.summary td{border:none;padding:.1rem .5rem}
.low{background:#fff4e0}.moved{background:#eef4ff}.flag{font-weight:600}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cell(b: LocatedBullet, lang: str) -> str:
    topic = _e(b.topic_title) if b.topic_title is not None else "<i>(no sub-topic)</i>"
    return (
        f'<td lang="{_e(lang)}" dir="auto"><span class="ref">{_e(b.ref)}</span> '
        f'<span class="sub">{_e(b.theme_title)} › {topic}</span>{_e(b.text)}</td>'
    )


def _missing(title: str, bullets: tuple[LocatedBullet, ...], lang: str) -> list[str]:
    out = [f"<h2>{_e(title)} ({len(bullets)})</h2>"]
    if not bullets:
        return [*out, "<p>None.</p>"]
    out.append("<table><tbody>")
    out += [f"<tr>{_cell(b, lang)}</tr>" for b in bullets]
    return [*out, "</tbody></table>"]


def _sections(title: str, rows: tuple[SectionPair, ...] | list[SectionPair]) -> list[str]:
    out = [f"<h2>{_e(title)}</h2>", "<table><thead><tr><th>A</th><th>B</th>",
           "<th>shared</th><th>title similarity</th></tr></thead><tbody>"]  # fmt: skip
    for s in rows:
        flag = ' class="flag"' if s.renamed else ""
        out.append(
            f'<tr{flag}><td dir="auto">{_e(s.a_title or "(no sub-topic)")}</td>'
            f'<td dir="auto">{_e(s.b_title or "(no sub-topic)")}</td>'
            f'<td class="num">{s.shared}/{s.a_size}</td>'
            f'<td class="num">{s.title_similarity:.2f}{" renamed" if s.renamed else ""}</td></tr>'
        )
    return [*out, "</tbody></table>"]


def render_comparison_html(c: Comparison) -> str:
    """A self-contained page (inline CSS, no scripts, no external resources)."""
    n = c.counts()
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Comparison: {_e(c.a_title)} / {_e(c.b_title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Comparison of two Messages documents</h1>",
        '<table class="summary"><tbody>',
        f'<tr><td>A</td><td lang="{_e(c.a_language)}" dir="auto">{_e(c.a_title)}</td>'
        f"<td>{_e(c.a_source)}</td><td>{c.a_bullets} bullets</td></tr>",
        f'<tr><td>B</td><td lang="{_e(c.b_language)}" dir="auto">{_e(c.b_title)}</td>'
        f"<td>{_e(c.b_source)}</td><td>{c.b_bullets} bullets</td></tr>",
        "</tbody></table>",
        f"<p>{n['matched']} matched, {n['missing_in_b']} missing in B, {n['missing_in_a']} "
        f"missing in A, {n['moved']} moved, {n['renamed_topics']} sub-topic(s) renamed "
        f"(similarity threshold {c.threshold}, embedder {_e(c.embedder)}).</p>",
    ]
    out += _sections("Themes", c.themes)
    out += _sections(f"Sub-topics renamed ({len(c.renamed())})", c.renamed())
    out += _missing("In A, missing in B", c.missing_in_b, c.a_language)
    out += _missing("In B, missing in A", c.missing_in_a, c.b_language)
    out += [
        f"<h2>Matched bullets ({len(c.pairs)})</h2>",
        "<table><thead><tr><th>A</th><th>B</th><th>similarity</th></tr></thead><tbody>",
    ]
    for p in c.pairs:
        cls = "moved" if p.moved else "low" if p.similarity < c.threshold + 0.1 else ""
        note = f"<br>moved {_e(_MOVED[p.moved])}" if p.moved else ""
        out.append(
            f'<tr class="{cls}">{_cell(p.a, c.a_language)}{_cell(p.b, c.b_language)}'
            f'<td class="num">{p.similarity:.2f}{note}</td></tr>'
        )
    out += ["</tbody></table>", "</body></html>"]
    return "\n".join(out) + "\n"
