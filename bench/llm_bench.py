"""The LLM writer against a real endpoint: share of messages written, time and tokens per message,
and how far the written draft moves from the extractive one (``compare``), per evaluation file;
also the sub-topic titles written or kept extractive (with the checks that refused them), and
with --summaries the theme summaries.

Usage (or ``make bench-llm LLM_URL=... LLM_MODEL=...``):
    python bench/llm_bench.py --url http://127.0.0.1:8080/v1 --model NAME [--summaries] [files...]
The key, if the endpoint needs one, comes from FORUM_MESSAGES_LLM_KEY. Answers are cached in
bench/out/llm-cache, so a second run costs nothing and gives the same figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from common import write_json
from held_out import is_held_out

from forum_messages.documents.compare import compare
from forum_messages.documents.model import from_draft
from forum_messages.evaluation.material import Material, load_material
from forum_messages.model import Draft
from forum_messages.nlp.base import Embedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.llm.titles import LLMSummariser, LLMTitler
from forum_messages.synth.llm.writer import LLMWriter, llm_writer
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
MATERIAL = sorted(
    p
    for p in (ROOT / "src/forum_messages/editions/evaluation/reports").glob("*.yaml")
    if not is_held_out(p)
)
OUT = ROOT / "bench" / "out"


def _draft(
    material: Material,
    embedder: Embedder,
    settings: Settings,
    writer: LLMWriter | None,
    summaries: bool = False,
) -> Draft:
    comps = Components(embedder=embedder, detector=UNLanguageDetector(), writer=writer)
    if writer is not None:
        comps.titler = LLMTitler(writer)
        comps.summariser = LLMSummariser(writer) if summaries else None
    return run_pipeline(material.corpus, material.edition, settings, components=comps)


def _headings(draft: Draft) -> dict[str, object]:
    """Titles and summaries written or kept extractive, and the checks that refused titles."""
    titles = [tp.title_writing for th in draft.themes for tp in th.topics if tp.title_writing]
    refused: Counter[str] = Counter()
    for w in titles:
        for check in w.sentences:
            refused.update({p.split(":")[0] for p in check.problems})
        if w.status == "fallback" and not w.sentences:
            refused[w.reason.split(":")[0]] += 1
    summaries = [th.summary_writing for th in draft.themes if th.summary_writing]
    return {
        "titles_written": sum(1 for w in titles if w.status == "written"),
        "titles_extractive": sum(1 for w in titles if w.status == "fallback"),
        "titles_refused_by": dict(refused.most_common()),
        "summaries_written": sum(1 for w in summaries if w.status != "fallback"),
        "summaries_extractive": sum(1 for w in summaries if w.status == "fallback"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(p) for p in MATERIAL])
    parser.add_argument("--url", required=True, help="OpenAI-compatible endpoint")
    parser.add_argument("--model", required=True, help="the model's name at the endpoint")
    parser.add_argument("--cache", default=str(OUT / "llm-cache"))
    parser.add_argument("--json", default=str(OUT / "llm-bench.json"))
    parser.add_argument("--summaries", action="store_true", help="also theme summaries")
    args = parser.parse_args(argv)
    embedder = USEEmbedder()
    rows = []
    for path in args.files:
        material = load_material(path)
        settings = Settings(language=material.language)

        extractive = _draft(material, embedder, settings, None)
        writer = llm_writer(args.url, args.model, Path(args.cache))
        start = time.perf_counter()
        written = _draft(material, embedder, settings, writer, args.summaries)
        seconds = time.perf_counter() - start
        messages = written.messages()
        status = {"written": 0, "partial": 0, "fallback": 0}
        dropped = 0
        for m in messages:
            if m.writing is not None:
                status[m.writing.status] += 1
                dropped += sum(1 for c in m.writing.sentences if not c.kept)
        usage = writer.client.usage
        n = max(1, len(messages))
        result = compare(from_draft(extractive), from_draft(written), embedder)
        sims = [p.similarity for p in result.pairs]
        row = {
            "file": Path(path).name,
            "language": material.language,
            "messages": len(messages),
            **status,
            "accepted_share": round((status["written"] + status["partial"]) / n, 3),
            "sentences_dropped": dropped,
            "seconds_per_message": round(seconds / n, 2),
            "tokens_per_message": round(
                (usage.prompt_tokens + usage.completion_tokens + usage.cached_tokens) / n, 1
            ),
            "calls": usage.calls,
            "cached": usage.cached,
            "compare_matched_share": round(len(result.pairs) / n, 3),
            "compare_mean_similarity": round(sum(sims) / len(sims), 3) if sims else None,
            **_headings(written),
        }
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False))
    write_json(args.json, rows, ascii_only=False, end="\n")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
