"""Template filters of the site: translated names of codes, the edition's title in the
reader's language, and dates, times and numbers written the reader's way (Babel, through
``forum_messages.localise``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, pgettext_lazy

from forum_messages import localise
from forum_messages.export.strings import reason_label
from forum_messages.model import pick
from forum_messages.web.services.pages import ui_language
from forum_messages.web.services.versions import fingerprint

register = template.Library()


@register.filter
def get(mapping: Any, key: Any) -> Any:
    """``{{ counts|get:m.uid }}``: a dict's value, or 0."""
    try:
        return mapping.get(key, 0)
    except AttributeError:
        return 0


#: Readable, translated names of the codes staff pages show (translation states, roles).
LABELS = {
    "untranslated": pgettext_lazy("translation state", "untranslated"),
    "draft": pgettext_lazy("translation state", "draft"),
    "reviewed": pgettext_lazy("translation state", "reviewed"),
    "outdated": pgettext_lazy("translation state", "outdated"),
    "admin": pgettext_lazy("role", "admin"),
    "editor": pgettext_lazy("role", "editor"),
    "moderator": pgettext_lazy("role", "moderator"),
    "translator": pgettext_lazy("role", "translator"),
    "organiser": pgettext_lazy("role", "organiser"),
    "public": pgettext_lazy("role", "public"),
    "open": pgettext_lazy("review window", "open"),
    "upcoming": pgettext_lazy("review window", "not open yet"),
    "closed": pgettext_lazy("review window", "closed"),
    "edition file": pgettext_lazy("translation note", "from the edition file"),
    "start": pgettext_lazy("draft run stage", "starting"),
    "language": pgettext_lazy("draft run stage", "recognising languages"),
    "embed": pgettext_lazy("draft run stage", "reading the statements"),
    "themes": pgettext_lazy("draft run stage", "sorting by theme"),
    "messages": pgettext_lazy("draft run stage", "writing the messages"),
    "done": pgettext_lazy("draft run stage", "done"),
}

#: The parts of a translation segment's place in the draft (``Theme 2 · sub-topic 1 ·
#: message 3``), numbered or not.
PLACES = {
    "Theme": pgettext_lazy("segment place", "Theme %(n)s"),
    "issue area": pgettext_lazy("segment place", "issue area %(n)s"),
    "sub-topic": pgettext_lazy("segment place", "sub-topic %(n)s"),
    "message": pgettext_lazy("segment place", "message %(n)s"),
    "title": pgettext_lazy("segment place", "title"),
    "description": pgettext_lazy("segment place", "description"),
    "name": pgettext_lazy("segment place", "name"),
    "overarching theme": pgettext_lazy("segment place", "overarching theme"),
    "intro": pgettext_lazy("segment place", "intro"),
    "disclaimer": pgettext_lazy("segment place", "disclaimer"),
}

#: The stakeholder groups and regional groups of the bundled presets (and the form's "Other"),
#: named in the reader's language; a group an edition file adds is shown as the file writes it.
GROUPS = {
    "Government": pgettext_lazy("stakeholder group", "Government"),
    "Intergovernmental Organization": pgettext_lazy(
        "stakeholder group", "Intergovernmental Organization"
    ),
    "Private Sector": pgettext_lazy("stakeholder group", "Private Sector"),
    "Civil Society": pgettext_lazy("stakeholder group", "Civil Society"),
    "Technical Community": pgettext_lazy("stakeholder group", "Technical Community"),
    "Other": pgettext_lazy("stakeholder group", "Other"),
    "African Group": pgettext_lazy("regional group", "African Group"),
    "Asia-Pacific Group": pgettext_lazy("regional group", "Asia-Pacific Group"),
    "Eastern European Group": pgettext_lazy("regional group", "Eastern European Group"),
    "Latin American and Caribbean Group": pgettext_lazy(
        "regional group", "Latin American and Caribbean Group"
    ),
    "Western European and Others Group": pgettext_lazy(
        "regional group", "Western European and Others Group"
    ),
}


@register.filter
def seen(value: Any) -> str:
    """``{{ m.text|seen }}``: the fingerprint a form sends back, so that a save made from a
    page opened before someone else's save is refused (``versions.changed_since``)."""
    return fingerprint("" if value is None else str(value))


@register.filter
def answer_seen(comment: Any) -> str:
    """The fingerprint of a comment's disposition as the answers page shows it (the same as
    ``answers.answer_seen``)."""
    try:
        d = comment.disposition
    except ObjectDoesNotExist:
        d = None
    return fingerprint(d.kind, d.response) if d is not None else fingerprint("", "")


@register.filter
def label(code: Any) -> Any:
    """``{{ unit.state|label }}``: the code's name in the reader's language (the code itself
    when it has none)."""
    return LABELS.get(str(code), code)


@register.filter
def context(place: Any) -> str:
    """``{{ seg.context|context }}``: where a segment is in the draft, in the reader's language
    (a part that is not known is kept as written)."""
    out = []
    for part in str(place).split(" · "):
        words, _sep, n = part.rpartition(" ")
        if words in PLACES and n.isdigit():
            out.append(str(PLACES[words]) % {"n": n})
        else:
            out.append(str(PLACES.get(part, part)))
    return " · ".join(out)


@register.filter
def group(name: Any) -> Any:
    """``{{ c.region|group }}``: a stakeholder or regional group in the reader's language."""
    return GROUPS.get(str(name), name)


@register.filter
def reason(code: Any) -> str:
    """``{{ n.reason|reason }}``: why a statement is in no message, in the reader's language."""
    return reason_label(str(code), get_language() or "en")


@register.filter
def target(comment: Any) -> SafeString:
    """``{{ c|target }}``: what a comment is on, named in the reader's language (``message``,
    ``whole draft`` ...), with the part's own id or title isolated after it."""
    kind = comment.get_target_display()
    if comment.target == "message" and comment.message_id:
        return format_html("{} <bdi>{}</bdi>", kind, comment.message.uid)
    if comment.target == "topic" and comment.topic_id:
        return format_html("{}: <bdi>{}</bdi>", kind, comment.topic.title)
    if comment.target == "theme":
        name = comment.edition.theme_title(comment.theme_key, _lang())
        return format_html("{}: <bdi>{}</bdi>", kind, name)
    return format_html("{}", kind)


@register.filter
def title_in(edition: Any) -> str:
    """``{{ edition|title_in }}``: the edition's name in the reader's language when the edition
    file gives it, else the title it was created with."""
    try:
        names = edition.core().name
    except Exception:  # an edition file that no longer parses still has its stored title
        return str(edition.title)
    return pick(names, _lang()) if names else str(edition.title)


@register.filter
def theme_in(edition: Any, key: Any) -> str:
    """``{{ edition|theme_in:c.theme_key }}``: a theme's title in the reader's language."""
    return str(edition.theme_title(str(key), _lang()))


def _lang() -> str:
    return ui_language(get_language())


@register.filter
def ldate(value: Any, tz: str | None = None) -> str:
    """``{{ c.created|ldate:edition.time_zone }}``: the day as the reader's language writes it."""
    if value in (None, ""):
        return ""
    return localise.format_date(value, _lang(), tz)


@register.filter
def ldatetime(value: Any, tz: str | None = None) -> str:
    """``{{ pub.closes|ldatetime:edition.time_zone }}``: day and time in the zone ``tz``."""
    if not isinstance(value, dt.datetime):
        return "" if value in (None, "") else str(value)
    return localise.format_datetime(value, _lang(), tz)


@register.filter
def lnum(value: Any) -> str:
    """``{{ n|lnum }}``: a number with the reader's separators."""
    try:
        return localise.format_number(value, _lang())
    except (TypeError, ValueError, ArithmeticError):
        return str(value)


@register.simple_tag
def when(value: dt.datetime | None, tz: str | None = None) -> SafeString:
    """``{% when pub.closes edition.time_zone %}``: the time in the edition's zone, named, and
    beside it in UTC (one time for a UTC edition), each isolated from the text around it."""
    if value is None:
        return format_html("")
    lang = _lang()
    utc = localise.format_datetime(value, lang, "UTC")
    if localise.zone_label(tz) == "UTC":
        return format_html('<time datetime="{}"><bdi>{}</bdi> UTC</time>', value.isoformat(), utc)
    local = localise.format_datetime(value, lang, tz)
    return format_html(
        '<time datetime="{}"><bdi>{}</bdi> (<bdi>{}</bdi>)</time> · <bdi>{}</bdi> UTC',
        value.isoformat(),
        local,
        localise.zone_label(tz),
        utc,
    )


@register.filter
def isolated(value: Any) -> SafeString:
    """``{% blocktrans with name=model|isolated %}``: a name (a model's) isolated with
    ``<bdi>`` inside a translated sentence, so that it keeps its order in Arabic."""
    return format_html("<bdi>{}</bdi>", value)
