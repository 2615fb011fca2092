"""Sub-topic titles: do they fit more than one message, and read as policy topics?
(figures in docs/quality.md)

Drafts each realistic report file with the real pipeline (in the file's language, or in each
of ``--languages``) and, with ``--demo``, the bundled sample edition in each language listed.
Two measures:

- fit: for every sub-topic of two or more messages, the messages among whose sources' texts
  the title's words occur, from a word's start ("IA" is not in "iniciativas"; a title joined
  with "and" counts each part); titles that fit at
  most one message are counted; *in language*: those of them whose sub-topic has two
  messages or more with a source in the output language (the others cannot fit two by
  the title's words whatever the title: a French title is not found in English sources);
- form: the share of all titles that read as a policy topic, a noun phrase
  (``bench/title_form.py``: no verb, bare adjective or function word at its ends, no bare
  generic noun of actors, no activity in place of a subject, not the event's name, no
  finite verb after a first word ("Maps show"), not one bare word that names no policy
  subject ("Border"));
- repeated: headings that appear more than once in a draft (a reader takes a heading as its
  topic's one place in the document);
- event or document: headings naming the event ("IGF", "NRIs") or a word of the document's
  or the sessions' own making ("Messages", "Takeaways", "Report"; ``bench/title_form.py``);
- overlapping: pairs of sibling headings naming the same policy topic, one as part of the
  other ("AI governance" and "Artificial intelligence": the vocabulary's wordings of a topic
  found in both, ``synth/topic_vocab.py``);
- joined: titles "A and B" of a sub-topic of two messages or more where a part fits fewer
  than two of its messages and the whole fits at most half of them ("Age assurance and
  artificial intelligence" over five messages, each part found in one); a part fits a
  message when its words, or the wordings of a policy topic it names
  (``synth/topic_vocab.py``), occur in the message's sources;
- absent: titles with a part that fits none of the sub-topic's messages that way (a topic
  no message is about: "Capacity building for policymakers" over licences of community
  networks);
- capitals: titles with a word written in another case than the sources write it in the
  middle of a sentence ("internet of Things" where the sources write "Internet of Things";
  "Digital Public Infrastructure" where they write "digital public infrastructure"), in the
  languages that have case;
- thin: titles of a sub-topic of two messages or more with a part that fits exactly one of
  them (by its words or a wording of a topic it names: "Generative AI and accessibility" where
  only one message is about generative AI);
- broad: titles naming only an umbrella topic of the vocabulary ("Artificial intelligence",
  "AI", ``broad`` in ``editions/vocabulary``) over a sub-topic of three messages or more;
- heading: on the report files, the share of sub-topics whose title shares a content word
  with the editor's heading of the sub-topic most of its messages' points belong to;
- split: on the report files, each title of a sub-topic of two messages or more that is
  thin, joined or absent, put in the first class that applies: *mixed* (no editor's
  sub-topic holds more than half of its messages, each message counted in the one most of
  its sources' points belong to), *a part fits most* (a part of the title fits more than
  half of the messages), *a topic fits most* (a policy topic of the vocabulary, found in
  the messages' sources, fits more than half), *a topic fits two*, *nothing fits two*.

    .venv/bin/python bench/titles.py src/forum_messages/editions/evaluation/reports/*.yaml \
        --demo en,fr,es,ru,zh,ar
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from common import draft_of

sys.path.insert(0, str(Path(__file__).resolve().parent))

from title_form import problem, shares_word

from forum_messages.evaluation.material import Material
from forum_messages.model import Corpus, Draft, SourceRef
from forum_messages.synth.labels import AND


def parts(title: str) -> list[str]:
    """The phrases a title is made of: split on the word "and" of any output language."""
    spaced = "|".join(re.escape(f" {word} ") for word in AND.values() if word != "و")
    return [p.strip() for p in re.split(f"{spaced}|与| و", title) if p.strip()]


def starts(phrase: str, text: str) -> bool:
    """Whether a phrase occurs in a text from a word's start ("cable" in "cables", not "ia"
    in "iniciativas"); anywhere in Chinese, written without spaces."""
    if re.search(r"[\u4e00-\u9fff]", phrase):
        return phrase in text
    return re.search(rf"(?<!\w){re.escape(phrase)}", text) is not None


def topic_parts(title: str) -> list[str]:
    """The phrases a title is made of, a title of the topic vocabulary kept whole ("Elections
    and democracy", 包容性参与政策进程 whose 参与 holds 与): split at the "and" whose one
    side is a vocabulary title, else at the first "and"."""
    from forum_messages.synth.topic_vocab import policy_topics

    known = {t.casefold() for topic in policy_topics() for t in topic.titles.values()}
    if title.casefold() in known:
        return [title]
    spaced = "|".join(re.escape(f" {word} ") for word in AND.values() if word != "و")
    cuts = [(m.start(), m.end()) for m in re.finditer(f"{spaced}|与| و", title)]
    splits = [(title[:a].strip(), title[b:].strip()) for a, b in cuts]
    splits = [(a, b) for a, b in splits if a and b]
    for a, b in splits:
        if a.casefold() in known or b.casefold() in known:
            return [a, b]
    # 与 and a leading و are also letters of words (参与): a side must be a vocabulary title
    spaced = [(a, b) for a, b in splits if f"{a} " in title and not title.startswith(f"{a} و")]
    return list(spaced[0]) if spaced else [title]


def _topics_named(title: str) -> frozenset[int]:
    """The vocabulary's topics whose wordings occur in a title (the measure's own reading)."""
    from forum_messages.synth.topic_match import prepare
    from forum_messages.synth.topic_vocab import _index

    return frozenset(_index().found(prepare(title)))


def repeats(draft: Draft, language: str) -> tuple[int, int, int]:
    """(headings used more than once in the draft, pairs of siblings that overlap, headings
    naming the event or the document: "IGF", "NRIs", "Messages", "Takeaways"); prints
    each."""
    seen: dict[str, int] = {}
    own = 0
    for theme in draft.themes:
        for topic in theme.topics:
            seen[topic.title.casefold()] = seen.get(topic.title.casefold(), 0) + 1
            fault = problem(topic.title, language)
            if fault.startswith(("the event's name", "a word of the document")):
                own += 1
                print(f"event or document: {topic.title}")
    repeated = sum(n - 1 for n in seen.values() if n > 1)
    for title, n in seen.items():
        if n > 1:
            print(f"repeated ×{n}: {title}")
    pairs = 0
    for theme in draft.themes:
        named = [(t.title, _topics_named(t.title)) for t in theme.topics]
        for i, (a, ta) in enumerate(named):
            for b, tb in named[i + 1 :]:
                if ta & tb:
                    pairs += 1
                    print(f"overlapping siblings: {a} | {b}")
    return repeated, pairs, own


_WORD = re.compile(r"[^\W\d_][\w'’+-]*")


def _casing(corpus: Corpus) -> dict[str, set[str]]:
    """Each word (casefolded) with the ways the sources write it other than first in a
    sentence ("Internet", "internet")."""
    seen: dict[str, set[str]] = {}
    for st in corpus.statements:
        for sentence in re.split(r"(?<=[.!?;:])\s+|\n", st.text):
            for m in list(_WORD.finditer(sentence))[1:]:
                word = m.group(0)
                seen.setdefault(word.casefold(), set()).add(word)
    return seen


def miscased(title: str, language: str, casing: dict[str, set[str]]) -> list[str]:
    """The words of a title after its first written in a case the sources never write them
    in mid-sentence (acronyms and words the sources do not use aside)."""
    if language in ("zh", "ar"):
        return []
    out = []
    for word in [m.group(0) for m in _WORD.finditer(title)][1:]:
        forms = casing.get(word.casefold())
        if not forms or sum(ch.isupper() for ch in word) >= 2:
            continue
        cases = {f[:1].isupper() for f in forms}
        if len(cases) == 1 and word[:1].isupper() not in cases:
            out.append(word)
    return out


def thin(title: str, sources: Sequence[Sequence[SourceRef]], texts: dict[str, str]) -> bool:
    """Whether a part of the title fits exactly one of a sub-topic's two messages or more."""
    if len(sources) < 2:
        return False
    return any(len(f) == 1 for f in _part_fits(title, sources, texts))


def broad_alone(title: str, messages: int) -> bool:
    """Whether a title names only umbrella topics of the vocabulary over three messages or
    more ("Artificial intelligence", "AI")."""
    from forum_messages.synth.topic_vocab import policy_topics

    named = _topics_named(title)
    topics = policy_topics()
    return messages >= 3 and bool(named) and all(topics[t].broad for t in named)


def _in_language(corpus: Corpus, language: str) -> set[str]:
    """The statements written in ``language`` (as declared, else as detected)."""
    from forum_messages.nlp.language import UNLanguageDetector

    detector = UNLanguageDetector()
    return {
        st.id
        for st in corpus.statements
        if (st.language or detector.detect(st.text)[0]) == language
    }


def more(name: str, language: str, corpus: Corpus, draft: Draft) -> tuple[int, int, int]:
    """(titles miscased, thin, broad alone); prints each."""
    raw = {st.id: st.text for st in corpus.statements}
    casing = _casing(corpus)
    cased = thinned = broad = 0
    for theme in draft.themes:
        for topic in theme.topics:
            sources = [m.sources for m in topic.messages]
            wrong = miscased(topic.title, language, casing)
            if wrong:
                cased += 1
                print(f"capitals: {topic.title} ({', '.join(wrong)})")
            if thin(topic.title, sources, raw):
                thinned += 1
                print(f"thin: {topic.title} ({len(sources)} messages)")
            if broad_alone(topic.title, len(sources)):
                broad += 1
                print(f"broad: {topic.title} ({len(sources)} messages)")
    return cased, thinned, broad


def score(name: str, language: str, corpus: Corpus, draft: Draft) -> tuple[int, int, int, int]:
    """Print each title with its fit and form; (weak, multi, well-formed, titles). Prints
    too, as "loose", whether the title fits at most one message by any content word, and,
    as "in language", the weak titles of sub-topics with two messages or more that have a
    source in the output language."""
    texts = {st.id: st.text.casefold() for st in corpus.statements}
    raw = {st.id: st.text for st in corpus.statements}  # acronyms are found as written
    own = _in_language(corpus, language)
    weak = multi = good = total = loose = worded = 0
    reachable = reachable_weak = joins = absents = 0
    for theme in draft.themes:
        for topic in theme.topics:
            fault = problem(topic.title, language)
            total += 1
            good += not fault
            fit = "-"
            join, absent = joined_and_absent(topic.title, [m.sources for m in topic.messages], raw)
            joins += join
            absents += absent
            if join or absent:
                print(f"{'joined' if join else 'absent'}: {topic.title}")
            if len(topic.messages) >= 2:
                words = [p.casefold() for p in parts(topic.title)]
                hits = sum(
                    any(starts(w, texts[ref.statement]) for ref in m.sources for w in words)
                    for m in topic.messages
                )
                multi += 1
                weak += hits <= 1
                if sum(any(ref.statement in own for ref in m.sources) for m in topic.messages) >= 2:
                    reachable += 1
                    reachable_weak += hits <= 1
                fit = f"{hits}/{len(topic.messages)}"
                near = sum(
                    any(
                        shares_word(topic.title, texts[ref.statement], language)
                        for ref in m.sources
                    )
                    for m in topic.messages
                )
                loose += near <= 1
                worded += _by_wording(topic.title, [m.sources for m in topic.messages], raw)
            print(f"{name[:28]:28} {language}  {fit:>5}  {topic.title}  {fault and '× ' + fault}")
    print(f"loose {name} {language}: {loose} of {multi} fit at most one message by a word")
    print(f"wording {name} {language}: {worded} of {multi} fit at most one message by a wording")
    print(
        f"in language {name} {language}: {reachable_weak} of {reachable} fit at most one "
        "message (sub-topics with two messages or more in the output language)"
    )
    print(f"joined {name} {language}: {joins}; absent: {absents} of {total}")
    return weak, multi, good, total


def _part_fits(
    title: str, sources: Sequence[Sequence[SourceRef]], texts: dict[str, str]
) -> list[set[int]]:
    """For each part of a title, the messages (each its sources) whose texts hold the part's
    words or a wording of a policy topic the part names."""
    from forum_messages.synth.topic_match import prepare
    from forum_messages.synth.topic_vocab import _index

    joined = ["\n".join(texts[ref.statement] for ref in refs) for refs in sources]
    found = [_index().found(prepare(text)) for text in joined]
    out = []
    for part in topic_parts(title):
        low, named = part.casefold(), _topics_named(part)
        out.append(
            {m for m, text in enumerate(joined) if starts(low, text.casefold()) or named & found[m]}
        )
    return out


def joined_and_absent(
    title: str, sources: Sequence[Sequence[SourceRef]], texts: dict[str, str]
) -> tuple[bool, bool]:
    """(a joined title whose parts do not each fit two messages and which as a whole fits at
    most half of them; a title with a part that fits no message)."""
    fit = _part_fits(title, sources, texts)
    absent = any(not f for f in fit)
    if len(fit) < 2 or len(sources) < 2:
        return False, absent
    whole = set().union(*fit)
    return (any(len(f) < 2 for f in fit) and 2 * len(whole) <= len(sources)), absent


def _by_wording(title: str, sources: Sequence[Sequence[SourceRef]], texts: dict[str, str]) -> bool:
    """Whether a title fits at most one of the messages (each its sources) when a part also
    fits the messages whose texts use a wording of a topic it names ("AI" for "Artificial
    intelligence")."""
    from forum_messages.synth.topic_match import prepare
    from forum_messages.synth.topic_vocab import _index

    named = _topics_named(title)
    words = [p.casefold() for p in parts(title)]
    hits = 0
    for refs in sources:
        joined = "\n".join(texts[ref.statement] for ref in refs)
        literal = any(starts(w, joined.casefold()) for w in words)
        hits += literal or bool(named & _index().found(prepare(joined)))
    return hits <= 1


def headings(material: Material, draft: Draft) -> tuple[int, int]:
    """For each sub-topic, the editor's heading of the sub-topic most of its messages' points
    belong to; prints each pair; (titles sharing a content word with it, sub-topics)."""
    agree = total = 0
    for theme in draft.themes:
        for topic in theme.topics:
            votes: dict[tuple[str, str], int] = {}
            for m in topic.messages:
                for ref in m.sources:
                    point = material.answers[ref.statement].point
                    if point:
                        where = (material.points[point].theme, material.points[point].subtopic)
                        votes[where] = votes.get(where, 0) + 1
            if not votes:
                continue
            theme_key, sub = max(sorted(votes), key=lambda w: votes[w])
            heading = material.subtopics.get(theme_key, {}).get(sub, "")
            same = shares_word(topic.title, heading, material.language)
            agree += same
            total += 1
            mark = "=" if same else "≠"
            print(f"heading {material.name[:20]:20} {mark} {topic.title} | {heading}")
    return agree, total


_LINE = re.compile(r"^(\S+)\s+(en|fr|es|ru|zh|ar)\s+(\S+)  (.*?)(?:  (?:× .*)?)?$")


def rescore(printed: str) -> int:
    """The form measure again over the title lines an earlier run printed (its fit kept)."""
    rows: list[tuple[str, str, int, int, int, int]] = []
    for line in printed.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        name, language, fit, title = m.groups()
        fault = problem(title, language)
        print(f"{name[:28]:28} {language}  {fit:>5}  {title}  {fault and '× ' + fault}")
        if not rows or rows[-1][:2] != (name, language):
            rows.append((name, language, 0, 0, 0, 0))
        _, _, weak, multi, good, total = rows[-1]
        hits = fit.partition("/")[0]
        many = fit != "-"
        rows[-1] = (
            name,
            language,
            weak + (many and int(hits) <= 1),
            multi + many,
            good + (not fault),
            total + 1,
        )
    _table(rows)
    return 0


SPLIT = ("mixed", "a part fits most", "a topic fits most", "a topic fits two", "nothing fits two")


def split(material: Material, draft: Draft) -> dict[str, int]:
    """The flagged titles (thin, joined, absent) of sub-topics of two messages or more, by
    class (``SPLIT``, the first that applies); prints each."""
    from forum_messages.synth.topic_vocab import evidence

    raw = {st.id: st.text for st in material.corpus.statements}
    counts = dict.fromkeys(SPLIT, 0)
    for theme in draft.themes:
        for topic in theme.topics:
            sources = [m.sources for m in topic.messages]
            n = len(sources)
            join, absent = joined_and_absent(topic.title, sources, raw)
            if n < 2 or not (join or absent or thin(topic.title, sources, raw)):
                continue
            editor: dict[tuple[str, str], int] = {}
            for refs in sources:
                votes: dict[tuple[str, str], int] = {}
                for ref in refs:
                    point = material.answers[ref.statement].point
                    if point:
                        where = (material.points[point].theme, material.points[point].subtopic)
                        votes[where] = votes.get(where, 0) + 1
                if votes:
                    where = max(sorted(votes), key=lambda w: votes[w])
                    editor[where] = editor.get(where, 0) + 1
            found = evidence(
                [[raw[r.statement] for r in refs] for refs in sources], material.language
            )
            best = max((len(ev.messages) for ev in found), default=0)
            if 2 * max(editor.values(), default=0) <= n:
                kind = "mixed"
            elif any(2 * len(f) > n for f in _part_fits(topic.title, sources, raw)):
                kind = "a part fits most"
            elif 2 * best > n:
                kind = "a topic fits most"
            elif best >= 2:
                kind = "a topic fits two"
            else:
                kind = "nothing fits two"
            counts[kind] += 1
            print(f"split {material.name[:20]:20} {kind}: {topic.title} ({n} messages)")
    return counts


def _table(rows: Sequence[tuple[str, str, int, int, int, int]]) -> None:
    print("\n| file | language | fit at most one message | well-formed topic titles |")
    print("|---|---|---|---|")
    for name, language, weak, multi, good, total in rows:
        print(f"| {name} | {language} | {weak} of {multi} | {good} of {total} |")
    weak = sum(r[2] for r in rows)
    multi = sum(r[3] for r in rows)
    good = sum(r[4] for r in rows)
    total = sum(r[5] for r in rows)
    print(f"| all | | {weak} of {multi} | {good} of {total} ({good / max(total, 1):.2f}) |")


def _counts(columns: Sequence[str], rows: Sequence[tuple[str, str, int, int, int]]) -> None:
    """A table of three counts by file and language, with their sums."""
    print("\n| file | language | " + " | ".join(columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for name, language, *values in rows:
        print(f"| {name} | {language} | " + " | ".join(map(str, values)) + " |")
    sums = [sum(r[i] for r in rows) for i in range(2, 2 + len(columns))]
    print("| all | | " + " | ".join(map(str, sums)) + " |")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="realistic report files (evaluation/reports)")
    parser.add_argument("--languages", default="", help="draft each file in these, e.g. en,fr")
    parser.add_argument("--demo", default="", help="draft the sample edition in these languages")
    parser.add_argument(
        "--rescore", default="", help="score again the titles printed by an earlier run"
    )
    args = parser.parse_args(argv)
    if args.rescore:
        return rescore(Path(args.rescore).read_text(encoding="utf-8"))

    from forum_messages.cli import sample_paths
    from forum_messages.edition import load_edition
    from forum_messages.evaluation.material import load_material
    from forum_messages.ingest import validate_reports
    from forum_messages.nlp.use import USEEmbedder

    embedder = USEEmbedder()
    rows: list[tuple[str, str, int, int, int, int]] = []
    agreed: list[tuple[str, int, int]] = []
    twice: list[tuple[str, str, int, int, int]] = []
    splits: list[tuple[str, dict[str, int]]] = []
    extra: list[tuple[str, str, int, int, int]] = []
    for path in args.files:
        material = load_material(path)
        name = Path(path).stem
        for language in args.languages.split(",") if args.languages else [material.language]:
            draft = draft_of(material.corpus, material.edition, language, embedder)
            rows.append((name, language, *score(name, language, material.corpus, draft)))
            twice.append((name, language, *repeats(draft, language)))
            extra.append((name, language, *more(name, language, material.corpus, draft)))
            if language == material.language:
                agreed.append((name, *headings(material, draft)))
                splits.append((name, split(material, draft)))
    if args.demo:
        edition = load_edition("igf2025")
        corpus = validate_reports([str(p) for p in sample_paths()], edition).corpus
        for language in args.demo.split(","):
            draft = draft_of(corpus, edition, language, embedder)
            rows.append(("demo", language, *score("demo", language, corpus, draft)))
            twice.append(("demo", language, *repeats(draft, language)))
            extra.append(("demo", language, *more("demo", language, corpus, draft)))
    _table(rows)
    _counts(("headings repeated", "overlapping siblings", "event or document"), twice)
    _counts(("miscased", "thin", "umbrella topic alone"), extra)
    if agreed:
        print("\n| file | titles sharing a content word with the editor's heading |")
        print("|---|---|")
        for name, agree, total in agreed:
            print(f"| {name} | {agree} of {total} |")
        agree, total = sum(a[1] for a in agreed), sum(a[2] for a in agreed)
        print(f"| all | {agree} of {total} ({agree / max(total, 1):.2f}) |")
    if splits:
        print("\n| file | " + " | ".join(SPLIT) + " |")
        print("|---|" + "---|" * len(SPLIT))
        for name, counts in splits:
            print(f"| {name} | " + " | ".join(str(counts[k]) for k in SPLIT) + " |")
        print("| all | " + " | ".join(str(sum(c[k] for _, c in splits)) for k in SPLIT) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
