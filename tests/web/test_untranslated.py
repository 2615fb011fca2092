"""Every public and staff page and form, rendered in each of the six languages, shows no
English label: what a page shows in French, Spanish, Arabic, Russian or Chinese and also shows,
word for word, in English is either content (names, comments, the draft's text, ids: isolated
with ``<bdi>``/``dir="auto"`` or found among the stored records) or on the short allow-list of
words that are the same in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import lxml.html
import pytest
from django.core import signing
from django.test import Client, override_settings

from forum_messages.edition import preset_names
from forum_messages.web.models import (
    Comment,
    DraftRun,
    Edition,
    Message,
    ResponseTemplate,
    Statement,
    Version,
    WritingJob,
    WrittenText,
)
from forum_messages.web.services import answers, comments, curation, publishing, translating

from .conftest import client_for

LANGS = ["fr", "es", "ar", "ru", "zh-hans"]
# Tags whose text is content or code, not a label: the draft's and commenters' text is marked
# dir="auto" or <bdi>; the language menu names each language in itself.
CONTENT_TAGS = {"bdi", "code", "pre", "textarea", "script", "style", "del", "ins", "time"}
SAME_IN_BOTH = {  # labels that the language writes as English does (numbers left out)
    "fr": {"messages", "message", "versions", "version", "date", "total", "publication"}
    | {"source", "sources", "visible", "pages", "description", "public", "session"},
    "es": {"total", "spam", "visible", "editor"},
}
FORMATS = r"(Markdown|HTML|JSON|PDF|DOCX|CSV|XLSX|XLIFF 2\.0|PO|YAML|UTC|IGF|SDG|WSIS|GDC)"
FORMATS += (
    r"|(jsonl|json|yaml|csv|md|xliff|xliff 2\.0|po)(, (jsonl|json|yaml|csv|md|xliff 2\.0|po))*"
)
FORMATS += r"|([a-z]{2}( [a-z]{2})*)"  # language codes: fr, "fr es ar"
FORMATS += r"|(gdc|sdg|wsis) \w+"  # framework tags: sdg 11, wsis C4
FORMATS += r"|\w+=(, \w+=)*"  # column keys of a consultation export: id=, text=
NOT_WORDS = re.compile(
    rf"^([\W\d_]*|{FORMATS}|[\w.-]*\d[\w.-]*|[a-z]+-[0-9a-f]{{6,}}|/\S*|\S+@\S+|\w+(/[\w+-]+)+)$",
    re.I,
)
ATTRIBUTES = ("aria-label", "placeholder", "title", "alt")


def chunks(page: str) -> Iterator[str]:
    """The label-like text of a page: text nodes and labelling attributes outside content."""
    root = lxml.html.document_fromstring(page)

    def walk(el: Any, skip: bool) -> Iterator[str]:
        tag = el.tag if isinstance(el.tag, str) else ""
        skip = (
            skip
            or tag in CONTENT_TAGS
            or (el.get("dir") in ("auto", "ltr") and tag != "html")  # content, or codes
            or (el.get("lang") is not None and tag != "html")
            or el.get("id") == "lang"
        )
        if not skip:
            yield from (el.get(a) or "" for a in ATTRIBUTES)
            if tag == "title" or tag in ("option",):
                yield el.text_content()
            else:
                yield el.text or ""
        for child in el:
            yield from walk(child, skip)
            if not skip:
                yield child.tail or ""

    for text in walk(root, False):
        for part in re.split(r"\s*[·|:()›]\s*|\n", text):
            part = part.strip(" \t\n.,;:!?—–-→←()[]«»\"'")
            if part:
                yield part


def content_strings() -> set[str]:
    """Everything the site shows that people wrote or the draft holds (never translated)."""
    out: set[str] = set()
    for model, fields in (
        (Message, ("text", "uid")),
        (Statement, ("text", "sid")),
        (Comment, ("text", "name", "country", "addition")),
        (Version, ("summary",)),
    ):
        for row in model.objects.values_list(*fields):
            out.update(str(v) for v in row if v)
    from forum_messages.web.models import Session, Topic

    for row in Topic.objects.values_list("title", "uid"):
        out.update(row)
    for row in Session.objects.values_list("code", "title"):
        out.update(str(v) for v in row if v)
    from django.contrib.auth import get_user_model

    out.update(get_user_model().objects.values_list("username", flat=True))
    out.update(ResponseTemplate.objects.values_list("name", flat=True))
    for ed in Edition.objects.all():  # identifiers from the edition file and presets
        out.update(ed.core().theme_keys())
    out.update(preset_names())
    out.update(translating.NAMES.values())  # each language named in itself
    return out


def is_content(text: str, content: set[str]) -> bool:
    text = text.removesuffix("…")  # shortened
    return text in content or any(text in c for c in content if len(c) >= len(text) > 12)


@pytest.fixture
def site(published: Any, users: dict[str, Any]) -> tuple[Any, list[str]]:
    """The sample edition in mid-review: comments in each state, answered and not, a campaign,
    a template, a translation started; then every page URL."""
    ed = published
    snap = publishing.current_draft_publication(ed).version.snapshot
    theme = snap["themes"][0]
    topic = theme["topics"][0]
    msg = topic["messages"][0]["uid"]
    made = []
    for i, (target, key) in enumerate(
        [("draft", ""), ("theme", theme["key"]), ("topic", topic["uid"]), ("message", msg)]
    ):
        data = {"text": f"Comment number {i} on this part.", "name": f"Person {i}"}
        data |= {"stakeholder_group": "Civil Society", "region": "African Group"}
        made.append(
            comments.submit(
                ed, comments.Target(target, key), data, f"10.7.0.{i}", comments.new_token()
            )
        )
    comments.moderate(made[:3], Comment.VISIBLE, users["moderator"])
    comments.moderate(made[3:], Comment.SPAM, users["moderator"])
    answers.answer(made[:1], "not_accepted", "We keep the wording.", users["editor"])
    answers.answer(made[1:2], "out_of_scope", "Beyond this review.", users["editor"])
    answers.save_template(ed, "Thanks", "noted", "Thank you, noted.")
    translating.start(ed, "fr")
    m = ed.draft.messages.filter(removed=False).first()
    curation.edit_text(m, m.text + " Edited.", users["editor"])
    run = DraftRun.objects.create(edition=ed, state=DraftRun.RUNNING, stage="embed", total=9)
    record = {  # a text a model wrote: one sentence kept, one rejected by the gate
        "model": "probe-model",
        "status": "partial",
        "reason": "",
        "sentences": [
            {"text": m.text, "kept": True, "similarity": 0.9, "source": "", "problems": []},
            {
                "text": "It cost 45 dollars.",
                "kept": False,
                "similarity": 0.1,
                "source": "",
                "problems": ["number: 45", "meaning: closest source 0.10 < 0.45"],
            },
        ],
    }
    m.writing = record
    m.save(update_fields=["writing"])
    job = WritingJob.objects.create(edition=ed, message=m.uid, model="probe-model", total=1)
    job.state, job.done = WritingJob.DONE, 1
    job.save()
    written = WrittenText.objects.create(
        job=job, message=m, text=m.text, writing=record, base_text=m.text, sources=[]
    )
    failed = WritingJob.objects.create(
        edition=ed, theme=theme["key"], model="probe-model", state=WritingJob.FAILED
    )
    receipt = signing.dumps(made[0].pk, salt="fm-thanks")
    s, p = f"/staff/e/{ed.slug}", f"/e/{ed.slug}"
    urls = [
        "/",
        "/privacy/",
        "/accounts/login/",
        f"{p}/",
        f"{p}/theme/{theme['key']}/",
        f"{p}/theme/{theme['key']}/m/{msg}/",
        f"{p}/comment/draft/",
        f"{p}/comment/theme/{theme['key']}/",
        f"{p}/comment/topic/{topic['uid']}/",
        f"{p}/comment/message/{msg}/",
        f"{p}/thanks/?c={receipt}",
        f"{p}/handled/",
        f"{p}/handled/{msg}/",
        "/staff/",
        "/staff/users/",
        f"{s}/",
        f"{s}/run/{run.pk}/",
        f"{s}/curate/",
        f"{s}/m/{m.uid}/",
        f"{s}/not-reflected/",
        f"{s}/not-reflected/?find=the",
        f"{s}/versions/",
        f"{s}/versions/1/",
        f"{s}/versions/1/text/",
        f"{s}/translations/",
        f"{s}/translate/fr/",
        f"{s}/moderate/",
        f"{s}/moderate/?state=visible",
        f"{s}/moderate/?state=spam",
        f"{s}/answers/?show=all",
        f"{s}/consultation/",
        f"{s}/campaigns/",
        f"{s}/group/",
        f"{s}/group/?state=visible&group=Civil+Society",
        f"{s}/written/",
        f"{s}/written/job/{job.pk}/",
        f"{s}/written/job/{failed.pk}/",
        f"{s}/written/{written.pk}/",
    ]
    return ed, urls


def _get(c: Client, url: str, lang: str) -> str:
    c.cookies["django_language"] = lang
    r = c.get(url)
    assert r.status_code == 200, (url, lang, r.status_code)
    return r.content.decode()


def untranslated(c: Client, urls: list[str], content: set[str]) -> dict[str, list[str]]:
    english = {url: set(chunks(_get(c, url, "en"))) for url in urls}
    found: dict[str, list[str]] = {}
    for lang in LANGS:
        same = SAME_IN_BOTH.get(lang, set())
        for url in urls:
            for text in chunks(_get(c, url, lang)):
                words = re.sub(r"[a-z]+-[0-9a-f]{6,}|[\d\s]+", " ", text).strip().lower()
                if text not in english[url] or NOT_WORDS.match(text) or words in same:
                    continue
                if not re.search(r"[A-Za-z]{2}", text) or is_content(text, content):
                    continue
                found.setdefault(f"{lang} {url}", []).append(text)
    return found


def test_every_page_in_every_language_is_translated(
    site: tuple[Any, list[str]], users: dict[str, Any]
) -> None:
    ed, urls = site
    c = client_for(users["admin"])
    content = content_strings()
    found = untranslated(c, urls, content)
    # With a model endpoint configured (never called here), pages offer written versions.
    with override_settings(LLM_URL="http://127.0.0.1:9/v1", LLM_MODEL="probe-model"):
        written = [u for u in urls if "/written/" in u or "/m/" in u]
        found |= {f"{k} (model)": v for k, v in untranslated(c, written, content).items()}
    # And after the final text: the public pages that only exist then.
    pub = publishing.current_draft_publication(ed)
    from django.utils import timezone

    pub.closes = timezone.now()
    pub.save()
    publishing.publish_final(ed, users["editor"])
    after = [f"/e/{ed.slug}/", f"/e/{ed.slug}/final/", f"/e/{ed.slug}/changes/"]
    after.append(f"/e/{ed.slug}/theme/{ed.core().themes[0].key}/?text=draft")
    found |= untranslated(c, after, content_strings())
    assert not found, "\n".join(f"{k}: {sorted(set(v))}" for k, v in sorted(found.items()))


def test_the_check_finds_an_english_label(published: Any) -> None:
    """The check is not blind: a label left in English is found."""
    page = '<html lang="fr" dir="ltr"><body><p>Envoyer</p><button>Send comment</button></body>'
    page += "</html>"  # the site's own pages name their direction, ltr too
    assert "Send comment" in set(chunks(page))
    assert "Envoyer" in set(chunks(page))
    hidden = '<html><body><p dir="auto">Send comment</p><bdi>Tala</bdi></body></html>'
    assert not set(chunks(hidden))
