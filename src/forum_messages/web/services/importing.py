"""Create editions and import reports through the core reader (ingest.load_reports)."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.utils.text import slugify

from forum_messages.edition import parse_edition, resolve_edition_path
from forum_messages.errors import EditionError, Problem, ValidationError
from forum_messages.ingest import SUPPORTED_EXTENSIONS, load_reports
from forum_messages.model import Corpus, Location, pick
from forum_messages.web.models import Draft, Edition, NotReflected, Source, Version
from forum_messages.web.services import staged, versions
from forum_messages.yamlsrc import load_yaml

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def parse_yaml(text: str, name: str = "edition file") -> Any:
    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        raise EditionError(f"{name}: the edition file is not valid YAML: {exc}") from exc


def create_edition(spec_yaml: str, slug: str = "", name: str = "edition file") -> Edition:
    """A new edition from the text of an edition file (validated by the core)."""
    ed = parse_edition(parse_yaml(spec_yaml, name), name)
    slug = slugify(slug or f"{pick(ed.name, 'en')}")[:60] or f"edition-{ed.year}"
    if not re.match(r"^[a-z0-9][a-z0-9-]*$", slug):
        raise EditionError(f"'{slug}' cannot be used as a short name: use letters, digits and -")
    if Edition.objects.filter(slug=slug).exists():
        raise EditionError(f"an edition named '{slug}' exists already; choose another short name")
    return Edition.objects.create(
        slug=slug,
        spec_yaml=spec_yaml,
        source=name,
        title=pick(ed.name, ed.language),
        language=ed.language,
    )


def edition_from_spec(spec: str, slug: str = "") -> Edition:
    """An edition from a file path or preset name (igf2025); reuse it if the slug exists."""
    path = resolve_edition_path(spec)
    name = str(path) if Path(spec).exists() else spec  # as the CLI names it
    text = path.read_text(encoding="utf-8-sig")
    ed = parse_edition(parse_yaml(text, name), name)
    slug = slugify(slug or pick(ed.name, "en"))[:60]
    existing = Edition.objects.filter(slug=slug).first()
    if existing:
        return existing
    return create_edition(text, slug, name)


def import_paths(
    edition: Edition,
    paths: Sequence[str | Path],
    author: Any = None,
    names: dict[str, str] | None = None,
) -> dict[str, int]:
    """Read report files with the core and store them; all or nothing.

    Re-importing a corrected report keeps every edit: statements that did not change keep their
    ids and places; new statements go to "not reflected" (reason ``new``) for an editor to place;
    statements gone from the report leave their messages (recorded as a version). New rows are
    written in short transactions and shown at once at the end (services/staged.py), so a long
    import does not hold the database's write lock from start to end. ``names`` gives a file its
    name for problems and statement locations (an upload's own name rather than where the
    server keeps it for a moment).
    """
    try:
        corpus = load_reports([str(p) for p in paths], edition.core())
    except ValidationError as exc:
        raise ValidationError(_named_problem(p, names or {}) for p in exc.problems) from None
    if names:
        corpus = _named_corpus(corpus, names)

    def after(counts: dict[str, int]) -> None:
        if Draft.objects.filter(edition=edition).exists():
            follow_reimport(edition, counts, author)

    return staged.store(edition, corpus, after)


def _named(text: str, names: dict[str, str]) -> str:
    for path, name in names.items():
        text = text.replace(path, name)
    return text


def _named_problem(p: Problem, names: dict[str, str]) -> Problem:
    return Problem(_named(p.file, names), p.line, p.field, _named(p.message, names))


def _named_corpus(corpus: Corpus, names: dict[str, str]) -> Corpus:
    def moved(loc: Location) -> Location:
        return replace(loc, file=_named(loc.file, names))

    return Corpus(
        tuple(replace(s, location=moved(s.location)) for s in corpus.sessions),
        tuple(replace(s, location=moved(s.location)) for s in corpus.statements),
    )


def follow_reimport(
    edition: Edition, counts: dict[str, int], author: Any, summary: str = ""
) -> None:
    """The draft follows a (re-)import: new statements go to not reflected, withdrawn ones
    leave their messages; recorded as a version (``summary``, or the import's counts)."""
    draft = edition.draft
    placed = set(Source.objects.filter(message__draft=draft).values_list("statement_id", flat=True))
    placed |= set(draft.not_reflected.values_list("statement_id", flat=True))
    new = [
        NotReflected(
            draft=draft,
            statement=st,
            theme=st.theme,
            reason="new",
            detail="Imported after the draft was made; place it in a message or leave it here.",
        )
        for st in edition.statements.filter(withdrawn=False).exclude(pk__in=placed)
    ]
    NotReflected.objects.bulk_create(new, batch_size=1000)  # in the import's last transaction
    changed = bool(new)
    gone = edition.statements.filter(withdrawn=True)
    if Source.objects.filter(message__draft=draft, statement__in=gone).delete()[0]:
        changed = True
    if draft.not_reflected.filter(statement__in=gone).delete()[0]:
        changed = True
    if changed:
        versions.record(
            draft,
            summary
            or f"re-import: {counts['new']} new statement(s), {counts['withdrawn']} withdrawn",
            author,
            Version.IMPORT,
        )


def import_uploads(edition: Edition, files: Iterable[Any], author: Any = None) -> dict[str, int]:
    """Browser uploads: written to a temporary folder, then read like files; problems and
    locations name each uploaded file by its own name, as the CLI names a path."""
    uploads = Path(settings.FILE_UPLOAD_TEMP_DIR)  # private; left-overs cleaned by `serve`
    with tempfile.TemporaryDirectory(prefix=f"fm-upload-{os.getpid()}-", dir=uploads) as tmp:
        paths, names = [], {}
        for i, f in enumerate(files):
            name = Path(f.name).name
            if not name.lower().endswith(SUPPORTED_EXTENSIONS):
                raise EditionError(
                    f"{name}: unsupported file type; use one of {', '.join(SUPPORTED_EXTENSIONS)}"
                )
            if f.size > MAX_UPLOAD_BYTES:
                raise EditionError(f"{name}: larger than {MAX_UPLOAD_BYTES // 1_000_000} MB")
            path = Path(tmp) / f"{i:03d}{Path(name).suffix.lower()}"  # any name, any length
            with path.open("wb") as out:
                for chunk in f.chunks():
                    out.write(chunk)
            paths.append(path)
            names[str(path)] = name
        return import_paths(edition, paths, author, names)
