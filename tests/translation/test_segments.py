"""Translation segments: stable ids, states, outdated detection, the translated draft."""

from __future__ import annotations

import dataclasses

import pytest

from export.conftest import make_draft
from export_print.printdrafts import TEXTS
from forum_messages.export import render
from forum_messages.model import Draft
from forum_messages.translation.segments import (
    DRAFT,
    OUTDATED,
    REVIEWED,
    UNTRANSLATED,
    Translation,
    TranslationError,
    apply,
    edition_translations,
    segments_of,
    set_target,
    sync,
)


def _edit_message(draft: Draft, mid: str, text: str) -> Draft:
    themes = []
    for th in draft.themes:
        topics = []
        for tp in th.topics:
            msgs = tuple(
                dataclasses.replace(m, text=text) if m.id == mid else m for m in tp.messages
            )
            topics.append(dataclasses.replace(tp, messages=msgs))
        themes.append(dataclasses.replace(th, topics=tuple(topics)))
    return dataclasses.replace(draft, themes=tuple(themes))


def _full_zh(draft: Draft) -> Translation:
    """Every segment translated into Chinese and reviewed."""
    t = sync(segments_of(draft), None, source_language="en", language="zh")
    zh = TEXTS["zh"]
    fixed = {
        "edition/name": "互联网治理论坛2025",
        "edition/overarching-theme": "共同构建数字治理",
        "edition/intro": "会议的{sessions}场会议提出了{statements}项陈述。",
        "edition/disclaimer": "本草案借助软件编写，并非正式文件。",
        "theme/trust/title": zh["themes"][0],
        "theme/access/title": zh["themes"][1],
        "theme/trust/description": zh["description"][0],
        "theme/trust/issue-area/1": "网络安全",
        "theme/trust/issue-area/2": "信息完整性",
        "topic/t1/title": zh["topics"][0],
        "topic/t2/title": zh["topics"][1],
        "topic/t3/title": zh["topics"][2],
        "topic/t4/title": zh["topics"][3],
        "message/m1": zh["messages"][0],
        "message/m2": "该信息原本就是中文。",
        "message/m3": zh["messages"][1],
        "message/m4": zh["messages"][2],
        "message/m5": zh["messages"][3],
    }
    for seg_id, text in fixed.items():
        t = set_target(t, seg_id, text, REVIEWED)
    return t


def test_every_text_is_a_segment_with_a_stable_unique_id() -> None:
    draft = make_draft("en")
    segs = segments_of(draft)
    ids = [s.id for s in segs]
    assert len(ids) == len(set(ids))
    assert ids[:4] == [
        "edition/name",
        "edition/overarching-theme",
        "edition/intro",
        "edition/disclaimer",
    ]
    assert [i for i in ids if i.startswith("message/")] == [
        f"message/{m.id}" for m in draft.messages()
    ]
    assert "theme/trust/description" in ids and "theme/access/description" not in ids
    assert "theme/trust/issue-area/2" in ids
    # the intro is the template, placeholders kept for the translator
    assert "{sessions}" in next(s.text for s in segs if s.id == "edition/intro")
    # curating a message's text keeps its segment id
    edited = _edit_message(draft, "m3", "Platforms should be transparent.")
    assert [s.id for s in segments_of(edited)] == ids
    assert next(s.context for s in segs if s.id == "message/m3") == (
        "Theme 1 · sub-topic 2 · message 1"
    )


def test_sync_starts_untranslated_and_prefills_the_editions_own_texts() -> None:
    draft = make_draft("en")
    known = edition_translations(draft, "fr")
    assert known == {"edition/name": "FGI 2025"}  # the edition file has only the name in French
    t = sync(segments_of(draft), None, source_language="en", language="fr", known=known)
    by_id = t.unit_map()
    assert by_id["edition/name"].state == REVIEWED and by_id["edition/name"].target == "FGI 2025"
    assert by_id["message/m1"].state == UNTRANSLATED
    assert t.counts()[UNTRANSLATED] == len(t.units) - 1


def test_a_changed_source_makes_the_unit_outdated_with_the_old_source_kept() -> None:
    draft = make_draft("en")
    t = _full_zh(draft)
    old_text = next(m.text for m in draft.messages() if m.id == "m5")
    edited = _edit_message(draft, "m5", "Governments and donors should fund community networks.")
    t2 = sync(segments_of(edited), t, source_language="en", language="zh")
    u = t2.unit_map()["message/m5"]
    assert u.state == OUTDATED
    assert u.previous == old_text and u.source.startswith("Governments and donors")
    assert u.target == TEXTS["zh"]["messages"][3]  # kept for the translator to revise
    assert t2.counts() == {UNTRANSLATED: 0, DRAFT: 0, REVIEWED: len(t2.units) - 1, OUTDATED: 1}
    # syncing again changes nothing; reverting the source makes it current (as a draft)
    assert sync(segments_of(edited), t2, source_language="en", language="zh") == t2
    back = sync(segments_of(draft), t2, source_language="en", language="zh")
    assert back.unit_map()["message/m5"].state == DRAFT
    assert back.unit_map()["message/m5"].previous == ""
    # the translator revises it: current again
    t3 = set_target(t2, "message/m5", "各国政府和捐助方应资助社区网络。", REVIEWED)
    assert t3.unit_map()["message/m5"].state == REVIEWED
    assert t3.unit_map()["message/m5"].previous == ""


def test_segments_that_disappear_are_dropped_and_new_ones_come_untranslated() -> None:
    draft = make_draft("en")
    t = _full_zh(draft)
    fewer = dataclasses.replace(draft, themes=draft.themes[:1])
    t2 = sync(segments_of(fewer), t, source_language="en", language="zh")
    assert "message/m4" not in t2.unit_map()
    t3 = sync(segments_of(draft), t2, source_language="en", language="zh")
    assert t3.unit_map()["message/m4"].state == UNTRANSLATED


def test_apply_makes_the_translated_draft_with_credit() -> None:
    draft = make_draft("en")
    t = dataclasses.replace(_full_zh(draft), credit=("志愿者翻译组翻译", "某某审校"))
    out = apply(draft, t)
    assert out.language == "zh" and out.credit == ("志愿者翻译组翻译", "某某审校")
    assert out.messages()[0].text == TEXTS["zh"]["messages"][0]
    assert all(m.language == "zh" and m.translated for m in out.messages())
    assert out.themes[0].title == TEXTS["zh"]["themes"][0]
    assert out.themes[0].issue_areas == ("网络安全", "信息完整性")
    # the translated disclaimer, and the notice that a translation is not an official text
    assert (
        out.edition.disclaimer["zh"]
        == "本草案借助软件编写，并非正式文件。本译文仅供参考，并非正式文本。"
    )
    assert out.edition.theme("trust").title["zh"] == TEXTS["zh"]["themes"][0]
    md = render(out, "md")
    assert isinstance(md, str)
    for text in (*TEXTS["zh"]["messages"], *TEXTS["zh"]["topics"], "互联网治理论坛2025"):
        assert text in md
    assert "本草案借助软件编写" in md
    assert "Cyber capacity building is essential" not in md
    # statements (the sources) stay as they were said
    assert out.statements == draft.statements


def test_apply_refuses_what_is_not_reviewed_or_outdated_unless_a_preview() -> None:
    draft = make_draft("en")
    t = _full_zh(draft)
    t = set_target(t, "message/m4", "草稿译文。", DRAFT)
    with pytest.raises(TranslationError, match=r"1 segment.*message/m4"):
        apply(draft, t)
    assert apply(draft, t, require=DRAFT).messages()[3].text == "草稿译文。"
    edited = _edit_message(draft, "m1", "A changed source.")
    synced = sync(segments_of(edited), t, source_language="en", language="zh")
    with pytest.raises(TranslationError, match="message/m1"):
        apply(edited, synced, require=DRAFT)
    preview = apply(edited, synced, require="any")
    m1 = preview.messages()[0]
    assert m1.text == "A changed source." and not m1.translated  # marked in the outputs
    with pytest.raises(TranslationError, match="from 'fr'"):
        apply(draft, dataclasses.replace(t, source_language="fr"))


def test_states_are_checked() -> None:
    draft = make_draft("en")
    t = sync(segments_of(draft), None, source_language="en", language="ar")
    with pytest.raises(TranslationError, match="state"):
        set_target(t, "message/m1", "نص", OUTDATED)
    with pytest.raises(TranslationError, match="empty"):
        set_target(t, "message/m1", "  ", REVIEWED)
    with pytest.raises(TranslationError, match="no segment"):
        set_target(t, "message/zz", "نص", DRAFT)
    source = t.unit_map()["message/m1"].source
    longest = max(20 * len(source), len(source) + 2000)
    assert set_target(t, "message/m1", "ن" * longest, DRAFT).unit_map()["message/m1"].target
    with pytest.raises(TranslationError, match=rf"message/m1: the translation is {longest + 1:,}"):
        set_target(t, "message/m1", "ن" * (longest + 1), DRAFT)
    with pytest.raises(TranslationError, match="into 'ar'"):
        sync(segments_of(draft), t, source_language="en", language="fr")


def test_disclaimer_of_a_translation() -> None:
    draft = make_draft("en")
    t = _full_zh(draft)
    # no disclaimer to translate: the notice alone
    bare = dataclasses.replace(draft, edition=dataclasses.replace(draft.edition, disclaimer={}))
    t_bare = sync(segments_of(bare), t, source_language="en", language="zh")
    assert apply(bare, t_bare).edition.disclaimer["zh"] == "本译文仅供参考，并非正式文本。"
    # the edition file's own disclaimer in the language stands as written
    own = {"en": "Not official.", "zh": "本文件由秘书处编写；译文仅供参考。"}
    ed = dataclasses.replace(draft.edition, disclaimer=own)
    withown = dataclasses.replace(draft, edition=ed)
    t_own = sync(
        segments_of(withown),
        None,
        source_language="en",
        language="zh",
        known=edition_translations(withown, "zh"),
    )
    assert t_own.unit_map()["edition/disclaimer"].state == REVIEWED  # the edition's own text
    for u in t_own.units:
        if u.state != REVIEWED:
            t_own = set_target(t_own, u.id, "译文。", REVIEWED)
    assert apply(withown, t_own).edition.disclaimer["zh"] == own["zh"]


def test_a_preview_keeps_the_editions_own_title_in_that_language() -> None:
    """An untranslated name in a preview is the edition's own name in that language (the
    Arabic name the edition file gives), not the English one."""
    draft = make_draft("en")
    empty = sync(segments_of(draft), None, source_language="en", language="ar")
    preview = apply(draft, empty, require="any")
    assert preview.edition.name["ar"] == "منتدى حوكمة الإنترنت 2025"
    assert "رسائل منتدى حوكمة الإنترنت 2025" in render(preview, "md").splitlines()[0]
    no_zh = apply(draft, sync(segments_of(draft), None, source_language="en", language="zh"),
                  require="any")  # fmt: skip
    assert no_zh.edition.name["zh"] == "IGF 2025"  # none in Chinese: the source text
