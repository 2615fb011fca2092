"""Translation pages: the list of an edition's translations, the side-by-side editor,
XLIFF/PO files out and in, previews, publishing; and the public published translations."""

from __future__ import annotations

from django import forms
from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.model import UN_LANGUAGES
from forum_messages.translation.limits import MAX_TEXT, check_file_size
from forum_messages.translation.segments import OUTDATED, SETTABLE, STATES
from forum_messages.web import rules
from forum_messages.web.models import Translation, TranslationPublication
from forum_messages.web.services import publishing, translating
from forum_messages.web.services.rendered import CONTENT_TYPES, document
from forum_messages.web.services.textdiff import word_diff
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import chars, choice, number, posted


class StartForm(forms.Form):
    language = choice(UN_LANGUAGES)


class SettingsForm(forms.Form):
    credit = chars(2000)
    glossary = chars(500_000)


class SaveForm(forms.Form):
    segment = chars(200, required=True)
    target = chars(MAX_TEXT)
    state = choice(SETTABLE)
    seen = chars(40)
    back = chars(300)
    n = number(high=10**7)


FILE_TYPES = {"xliff": ("xlf", "application/xliff+xml"), "po": ("po", "text/x-gettext-translation")}
PAGE = 50


def _row(request: HttpRequest, slug: str, lang: str) -> Translation:
    ed = edition_or_404(slug)
    row = get_object_or_404(Translation, edition=ed, language=lang)
    if not rules.can_translate(request.user, lang):
        raise PermissionDenied("translate")
    return row


def _editor(slug: str, lang: str) -> str:
    return reverse("fm:translate", args=[slug, lang])


@requires("translate")
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    rows = [r for r in ed.translations.all() if rules.can_translate(request.user, r.language)]
    items = []
    draft = None
    if hasattr(ed, "draft") and rows:
        draft = translating.live_draft(ed)
    for r in rows:
        st = translating.current(r, draft)
        pub = TranslationPublication.objects.filter(translation=r).first()
        items.append(
            {
                "row": r,
                "name": translating.NAMES[r.language],
                "counts": st.translation.counts(),
                "pub": pub,
                # what the published translation translates: final, review or draft
                "stage": publishing.stage_of(ed, pub.version_id) if pub else "",
            }
        )
    taken = {r.language for r in ed.translations.all()}
    source = ed.draft.language if hasattr(ed, "draft") else ed.language
    free = [
        (lang, translating.NAMES[lang])
        for lang in UN_LANGUAGES
        if lang not in taken and lang != source
    ]
    return render(
        request,
        "fm/translate/overview.html",
        {"edition": ed, "items": items, "free": free, "states": STATES},
    )


@requires("manage_editions")
@require_POST
def start(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    language = posted(request, StartForm)["language"]
    try:
        row = translating.start(ed, language)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect("fm:translations", slug=slug)
    return redirect(_editor(slug, row.language))


@requires("manage_editions")
@require_POST
def translation_settings(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    form = posted(request, SettingsForm)
    credit, glossary = form["credit"], form["glossary"]
    try:
        translating.check_glossary_text(glossary, row.edition.draft.language, lang)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect("fm:translations", slug=slug)
    row.credit = "\n".join(line.strip() for line in credit.splitlines() if line.strip())
    if "glossary" in request.POST:  # the glossary has its own page; a script may send it here
        row.glossary = glossary
    row.save(update_fields=["credit", "glossary"])
    flash.success(request, _("Saved."))
    return redirect("fm:translations", slug=slug)


@requires("translate")
def editor(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    st = translating.current(row)
    units = st.units()
    wanted = request.GET.get("state", "")
    query = request.GET.get("q", "")[:200].strip()
    segs = [s for s in st.segments if not wanted or units[s.id].state == wanted]
    if query:
        q = query.casefold()
        segs = [
            s
            for s in segs
            if q in s.text.casefold() or q in units[s.id].target.casefold() or q in s.id
        ]
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    pages = max(1, -(-len(segs) // PAGE))
    page = min(page, pages)
    shown = segs[(page - 1) * PAGE : page * PAGE]
    mem = translating.memory_for(row, st.draft.language)
    try:
        findings = translating.findings_of(st)
    except ForumMessagesError as exc:  # a glossary saved before it was checked
        flash.error(request, str(exc))
        findings = {}
    history = translating.revisions(row, [s.id for s in shown])
    first = (page - 1) * PAGE
    rows = []
    for n, s in enumerate(shown, first + 1):
        u = units[s.id]
        rows.append(
            {
                "n": n,
                "seg": s,
                "unit": u,
                "seen": translating.version_of(u),
                "diff": word_diff(u.previous, u.source) if u.state == OUTDATED else None,
                "matches": mem.lookup(u.source) if u.state != "reviewed" else [],
                "findings": findings.get(s.id, []),
                "history": history.get(s.id, []),
            }
        )
    ctx = {
        "edition": row.edition,
        "row": row,
        "name": translating.NAMES.get(lang, lang),
        "rows": rows,
        "counts": st.translation.counts(),
        "states": STATES,
        "settable": SETTABLE,
        "wanted": wanted,
        "query": query,
        "page": page,
        "pages": range(1, pages + 1),
        "n_findings": sum(len(v) for v in findings.values()),
        "rtl": lang == "ar",
        "source_rtl": st.draft.language == "ar",
    }
    return render(request, "fm/translate/editor.html", ctx)


@requires("translate")
@require_POST
def save(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    form = posted(request, SaveForm)
    try:
        translating.save_unit(
            row, form["segment"], form["target"], form["state"], request.user, form["seen"] or None
        )
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    back = form["back"]
    url = _editor(slug, lang)
    if back.startswith("?") and back.isascii() and back.isprintable() and " " not in back:
        url += back
    anchor = f"#seg-{form['n']}" if form["n"] is not None else ""
    return redirect(url + anchor)


@requires("translate")
@require_POST
def fill(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    n = translating.fill_from_memory(row, request.user)
    flash.success(
        request,
        _("%(n)s segment(s) filled from exact memory matches, as drafts to review.") % {"n": n},
    )
    return redirect(_editor(slug, lang))


@requires("translate")
def download(request: HttpRequest, slug: str, lang: str, fmt: str) -> HttpResponse:
    row = _row(request, slug, lang)
    if fmt not in FILE_TYPES:
        raise Http404
    ext, ctype = FILE_TYPES[fmt]
    body = translating.export_file(row, fmt)
    resp = HttpResponse(body.encode("utf-8"), content_type=ctype)
    resp["Content-Disposition"] = f'attachment; filename="{slug}-{lang}.{ext}"'
    return resp


@requires("translate")
@require_POST
def upload(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    f = request.FILES.get("file")
    if f is None:
        flash.error(request, _("Choose an XLIFF or PO file."))
        return redirect(_editor(slug, lang))
    try:
        check_file_size(f.name or "upload", f.size or 0)
        report = translating.import_file(row, f.read(), f.name or "upload", request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect(_editor(slug, lang))
    flash.success(request, _("File taken in: %(summary)s.") % {"summary": report.summary()})
    return redirect(_editor(slug, lang))


@requires("translate")
def preview(request: HttpRequest, slug: str, lang: str, fmt: str) -> HttpResponse:
    """The live draft in the translation as it stands (untranslated text left as it is)."""
    row = _row(request, slug, lang)
    if fmt not in CONTENT_TYPES:
        raise Http404
    draft = translating.translated_draft(row, "any")
    latest = row.edition.draft.latest_version()
    stage = publishing.stage_of(row.edition, latest.pk if latest else None)
    draft = publishing.with_state(draft, row.edition, stage)
    resp = HttpResponse(document(draft, fmt), content_type=CONTENT_TYPES[fmt])
    if fmt in ("pdf", "docx"):
        resp["Content-Disposition"] = f'attachment; filename="{slug}-{lang}-preview.{fmt}"'
    return resp


@requires("publish")
@require_POST
def publish(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    row = _row(request, slug, lang)
    try:
        translating.publish(row, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect("fm:translations", slug=slug)
    flash.success(request, _("The translation is published."))
    return redirect("fm:translations", slug=slug)


def published(request: HttpRequest, slug: str, lang: str, fmt: str) -> HttpResponse:
    """A published translation, for everyone, in any output format."""
    ed = edition_or_404(slug)
    pub = TranslationPublication.objects.filter(
        translation__edition=ed, translation__language=lang
    ).first()
    if pub is None or fmt not in CONTENT_TYPES:
        raise Http404(_("No such translation."))
    stage = publishing.stage_of(ed, pub.version_id)
    body = document(publishing.with_state(translating.published_draft(pub), ed, stage), fmt)
    resp = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    if fmt in ("pdf", "docx") or request.GET.get("download"):
        resp["Content-Disposition"] = f'attachment; filename="{slug}-{lang}.{fmt}"'
    return resp
