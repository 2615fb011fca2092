"""Write the pdftotext-like variants of the evaluation documents (run from the repository root):

    .venv/bin/python tests/documents/make_eval_text.py

``eval-en.txt`` and ``eval-zh.txt`` hold the same text as ``eval-en.md`` and ``eval-zh.md`` laid
out as pdftotext prints a PDF: no markup, lines wrapped at the page width, a table of contents
with dot leaders and page numbers, a running header and a page number on every page, form
feeds between pages (so some bullets break across pages), bullets as "•" or "\\uf0b7".
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from forum_messages.documents.blocks import DOT_LEADER, Block
from forum_messages.documents.md_reader import read_markdown

FOLDER = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/evaluation"
PAGE = 44  # lines of text per page, header and footer aside


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, columns: int) -> list[str]:
    """Wrap at spaces; Chinese text wraps between any two characters except inside Latin
    words and never at a space (pdftotext would lose it)."""
    out: list[str] = []
    line = ""
    tokens: list[str] = []
    for ch in text:
        if (
            tokens
            and ch.isascii()
            and ch != " "
            and tokens[-1][-1:].isascii()
            and tokens[-1][-1:] != " "
        ):
            tokens[-1] += ch
        else:
            tokens.append(ch)
    words: list[str] = []
    for tok in tokens:  # glue spaces to the token before them
        if tok == " " and words:
            words[-1] += " "
        else:
            words.append(tok)
    for word in words:
        if line and width(line + word.rstrip()) > columns:
            out.append(line.rstrip())
            line = ""
        line += word
    if line.strip():
        out.append(line.rstrip())
    return out


def render(blocks: list[Block], lang: str, pages: dict[str, int]) -> tuple[str, dict[str, int]]:
    columns = 90
    header = {
        "en": "IGF 2025 Messages (evaluation document)",
        "zh": "2025年互联网治理论坛信息（评估文档）",
    }
    lines: list[str] = []
    seen: dict[str, int] = {}
    themes = 0
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind == "heading" and b.text in ("Contents", "目录"):
            lines += [b.text, ""]
            lines += [f"{title} {'.' * 12} {page}" for title, page in pages.items()]
            lines.append("")
        elif b.kind == "heading":
            seen[b.text] = len(lines) // PAGE + 1
            themes += b.level == 2
            lines.append(b.text)
            if b.level == 2 or b.text in ("Theme", "Messages") or i < 5:
                lines.append("")  # sub-topics run straight into their first bullet
        elif b.kind == "item":
            glyph = b.marker if b.marker[:1].isdigit() else "•" if themes <= 2 else "\uf0b7"
            wrapped = wrap(b.text, columns - 3)
            lines += [f"{glyph} {wrapped[0]}", *wrapped[1:]]
            if nxt is None or nxt.kind != "item":
                lines.append("")
        else:
            lines += [*wrap(b.text, columns), ""]
    out: list[str] = []
    for n in range(0, len(lines), PAGE):
        number = n // PAGE + 1
        head = [] if number == 1 else [header[lang], ""]
        out.append("\n".join([*head, *lines[n : n + PAGE], "", str(number), ""]))
    return "\f".join(out) + "\f", seen


def main() -> None:
    for lang in ("en", "zh"):
        text = (FOLDER / f"eval-{lang}.md").read_text(encoding="utf-8")
        blocks = read_markdown(text)
        blocks = [b for b in blocks if not DOT_LEADER.match(b.text)]
        titles = [b.text for b in blocks if b.kind == "heading" and b.level and b.level >= 2]
        titles = [t for t in titles if t not in ("Contents", "Theme", "Messages")]
        if lang == "zh":  # the Chinese document gets a contents page of its own here
            first = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 2)
            blocks.insert(first, Block("heading", "目录", 0, 2))
        pages = dict.fromkeys(titles, 1)
        for _ in range(2):
            result, seen = render(blocks, lang, pages)
            pages = {t: seen.get(t, 1) for t in titles}
        (FOLDER / f"eval-{lang}.txt").write_text(result, encoding="utf-8")
        print(f"wrote eval-{lang}.txt", file=sys.stderr)


if __name__ == "__main__":
    main()
