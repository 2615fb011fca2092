"""Time and peak memory of the readers on large inputs (figures in docs/benchmarks.md).

Each case runs in a fresh Python process; the parent reads the child's peak RSS from the
kernel (``wait4``) and the child times its own work (wall and CPU seconds), so interpreter
start is left out. On a busy machine, compare the CPU seconds.

    .venv/bin/python bench/readers.py headings 10000 20000 100000   # import-messages, Markdown
    .venv/bin/python bench/readers.py docx 10000 49000              # import-messages, Word
    .venv/bin/python bench/readers.py validate 30000 100000         # validate a .jsonl file
    .venv/bin/python bench/readers.py validate-copies 6             # 6 x 100,000 (187 MB)
    .venv/bin/python bench/readers.py validate-file big.jsonl       # validate a given file

``headings N``: a Markdown Messages document with N sub-topic headings under 10 themes, each
with one bullet. ``validate N``: the benchmark's synthetic edition of N statements written as
report records (bench/synthetic.py), then read and validated as ``forum-messages validate``
does. Files are written to bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

_CHILD = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
kind, path = sys.argv[1], sys.argv[2]
if kind in ("headings", "docx"):
    from forum_messages.documents import structure
    from forum_messages.documents.importer import import_messages
    structure.MAX_HEADINGS = 10**9  # measure the reader, not its limit
    doc = import_messages(path)
    size = sum(len(t.topics) for t in doc.themes) if kind == "headings" else len(doc.bullets())
else:
    from forum_messages.ingest import validate_reports
    report = validate_reports([path])
    size = len(report.corpus.statements)
print(size, time.perf_counter() - start, time.process_time() - cpu)
"""


def headings_document(n: int) -> Path:
    path = OUT / f"headings-{n}.md"
    if path.exists():
        return path
    lines = ["# Messages", ""]
    for t in range(10):
        lines += [f"## Theme number {t}", "", "Messages", ""]
        for k in range(n // 10):
            lines += [f"### Sub-topic {t}-{k}", "", f"- Bullet {t}-{k} says something.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def word_document(n: int) -> Path:
    """A .docx with one theme heading and ``n`` list paragraphs (the document part written
    directly: python-docx takes minutes to add 50,000 paragraphs)."""
    import io
    import zipfile

    import docx

    path = OUT / f"paragraphs-{n}.docx"
    if path.exists():
        return path
    template = io.BytesIO()
    docx.Document().save(template)
    para = '<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'
    body = para.format("Heading1", "[Building] Digital Trust") + "".join(
        para.format("ListBullet", f"Statement {k} on trust in digital public goods.")
        for k in range(n)
    )
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                head = data.decode().partition("<w:body>")[0]
                data = f"{head}<w:body>{body}</w:body></w:document>".encode()
            dst.writestr(info.filename, data)
    return path


def reports_file(n: int) -> Path:
    path = OUT / f"reports-{n}.jsonl"
    if not path.exists():
        subprocess.run(
            [sys.executable, str(HERE / "synthetic.py"), str(n), "--write", str(path)], check=True
        )
    return path


def scaled_file(copies: int) -> Path:
    """The 100,000-statement file repeated ``copies`` times, each copy's codes made unique."""
    path = OUT / f"reports-100000x{copies}.jsonl"
    if path.exists():
        return path
    lines = reports_file(100_000).read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for line in lines:
                record = json.loads(line)
                key = "session" if "session" in record else "nri"
                record[key] = f"{record[key]} /{copy}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def measure(kind: str, path: Path) -> dict[str, float]:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, kind, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"{kind} {path}: the child failed (status {status})")
    size, seconds, cpu = output.split()
    return {
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "items": int(size),
        "seconds": round(float(seconds), 2),
        "cpu_seconds": round(float(cpu), 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "kind", choices=["headings", "docx", "validate", "validate-copies", "validate-file"]
    )
    parser.add_argument("sizes", nargs="+")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for size in args.sizes:
        if args.kind == "headings":
            path, kind = headings_document(int(size)), "headings"
        elif args.kind == "docx":
            path, kind = word_document(int(size)), "docx"
        elif args.kind == "validate":
            path, kind = reports_file(int(size)), "validate"
        elif args.kind == "validate-copies":
            path, kind = scaled_file(int(size)), "validate"
        else:
            path, kind = Path(size), "validate"
        start = time.perf_counter()
        result = measure(kind, path)
        result["wall_seconds"] = round(time.perf_counter() - start, 2)
        print(json.dumps({"case": f"{args.kind} {size}", **result}), flush=True)


if __name__ == "__main__":
    main()
