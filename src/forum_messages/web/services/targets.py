"""What a comment is about, as a reader sees it: the kind of target, its text (shortened, in
the reader's language where a published translation has it) and a link to it."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from forum_messages.web.models import Comment, Edition
from forum_messages.web.services import pages, publishing, translating

SHORT = 120  # characters of a target's text shown beside a comment


@dataclass(frozen=True)
class TargetView:
    kind: str  # draft | theme | topic | message
    label: str  # "message", "sub-topic" ... in the reader's language
    text: str  # the target's text, whole
    url: str  # where the target is on the public pages
    message_uid: str = ""  # for the link into the message editor

    @property
    def short(self) -> str:
        return Truncator(self.text).chars(SHORT)

    def line(self) -> str:
        """One line for a spreadsheet cell: kind and shortened text."""
        return _("%(what)s: %(text)s") % {"what": self.label, "text": self.short}


class Targets:
    """The targets of an edition's comments, looked up in the current public text."""

    def __init__(self, edition: Edition, language: str) -> None:
        self.edition = edition
        self.texts: dict[tuple[str, str], tuple[str, str]] = {}  # (kind, key) -> (text, theme)
        self.pages: dict[str, int] = {}  # message or sub-topic -> its page of the theme page
        pub = publishing.current_draft_publication(edition)
        if pub is None:
            return
        lang = pages.ui_language(language)
        views, _credit = translating.overlay(
            pages.published_themes(edition, pub, lang, with_sources=False), edition, lang
        )
        # the theme page's pages, cut by count and by the bytes of the (untranslated) text and
        # sources it shows: the same views as the theme page's
        shown = pages.published_themes(edition, pub, lang)
        for th, full in zip(views, shown, strict=True):
            self.texts[("theme", th.key)] = (th.title, th.key)
            where = pages.row_pages(full, settings.PAGE_SIZE, settings.PAGE_BYTES)
            for n, (tp, m) in enumerate(th.rows()):
                self.pages.setdefault(tp.uid, where[n])
                self.texts[("topic", tp.uid)] = (tp.title, th.key)
                if m is not None:
                    self.pages[m.uid] = where[n]
                    self.texts[("message", m.uid)] = (m.text, th.key)

    def of(self, c: Comment) -> TargetView:
        slug = self.edition.slug
        labels = {
            "theme": _("theme"),
            "topic": _("sub-topic"),
            "message": _("message"),
        }
        key = {
            "theme": c.theme_key,
            "topic": c.topic.uid if c.topic else "",
            "message": c.message.uid if c.message else "",
        }.get(c.target, "")
        found = self.texts.get((c.target, key))
        if c.target not in labels or not key:
            return TargetView("draft", _("whole draft"), self.edition.title, _edition_url(slug))
        if found is None:  # no longer in the public text: the stored text, no anchor
            text = {
                "theme": self.edition.theme_title(c.theme_key, self.edition.language),
                "topic": c.topic.title if c.topic else "",
                "message": c.message.text if c.message else "",
            }[c.target]
            return TargetView(c.target, labels[c.target], text, _edition_url(slug), _uid(c, key))
        text, theme_key = found
        url = reverse("fm:theme", args=[slug, theme_key])
        if c.target != "theme":
            number = self.pages.get(key, 1)
            url += f"?page={number}#{key}" if number > 1 else f"#{key}"
        return TargetView(c.target, labels[c.target], text, url, _uid(c, key))


def _uid(c: Comment, key: str) -> str:
    return key if c.target == "message" else ""


def _edition_url(slug: str) -> str:
    return reverse("fm:edition", args=[slug])
