"""Document states: a draft, the text under review, the final text and translations say what
they are in the title and intro, with the review window actually set (or none)."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from forum_messages.export import render_html, render_json, render_markdown
from forum_messages.export.intro import full_title, inputs, intro, state_label
from forum_messages.export.jsonread import draft_from_json
from forum_messages.model import UN_LANGUAGES, DocState, Draft

from .conftest import make_draft


def staged(
    draft: Draft,
    stage: str,
    published: str | None = None,
    review: tuple[str, str] | None = ("2026-10-01", "2026-10-31"),
    intro_texts: dict[str, str] | None = None,
    translated_from: str | None = None,
) -> Draft:
    edition = dataclasses.replace(draft.edition, review=review)
    if intro_texts is not None:
        edition = dataclasses.replace(edition, intro=intro_texts)
    state = DocState(
        stage=stage,  # type: ignore[arg-type]
        published=published,
        translated_from=translated_from,
    )
    return dataclasses.replace(draft, edition=edition, state=state)


def test_final_text_says_final_and_when_with_the_real_window(draft: Draft) -> None:
    final = staged(draft, "final", "2026-12-04", intro_texts={})
    text = intro(final)
    assert "This is the final text of the messages, published on 4 December 2026." in text
    assert "open for community review from 1 October 2026 to 31 October 2026" in text
    assert "comments received were taken into account" in text
    assert "will inform the final version" not in text
    assert "14 July 2025" not in text  # the edition's own (example) review dates are gone
    assert full_title(final) == "IGF 2025 Messages — Final text"


def test_old_template_review_sentence_becomes_the_state_sentence(draft: Draft) -> None:
    # conftest's edition intro has "Review: {review_opens} to {review_closes}." in the middle
    final = staged(draft, "final", "2026-12-04")
    text = intro(final)
    assert "Review:" not in text
    assert (
        "grouped under 2 themes. This is the final text of the messages, published on "
        "4 December 2026. The draft was open for community review from 1 October 2026 to "
        "31 October 2026, and the comments received were taken into account. {unknown} stays "
        "as written." in text
    )


def test_no_review_window_no_dates(draft: Draft) -> None:
    for stage, expected in (
        ("draft", "This is a draft; it has not been published for community review."),
        ("review", "The draft messages are open for community review; the comments received"),
        ("final", "This is the final text of the messages, published on 4 December 2026."),
    ):
        text = intro(staged(draft, stage, "2026-12-04", review=None))
        assert expected in text, stage
        assert "Review:" not in text and " to ." not in text
        assert "2025" not in text.split("themes.")[1]


def test_final_without_a_date_still_says_final(draft: Draft) -> None:
    text = intro(staged(draft, "final", None, review=None, intro_texts={}))
    assert text.endswith("This is the final text of the messages.")


def test_status_placeholder_placed_by_the_template(draft: Draft) -> None:
    template = {"en": "{status} Then {statements} statements: {inputs}."}
    text = intro(staged(draft, "review", intro_texts=template))
    assert text == (
        "The draft messages are open for community review from 1 October 2026 to "
        "31 October 2026; the comments received will inform the final version. Then 13 "
        "statements: key takeaways (6), calls to action (6) and messages from NRI reports (1)."
    )


def test_template_without_review_dates_gets_the_state_at_its_end(draft: Draft) -> None:
    text = intro(staged(draft, "final", "2026-12-04", intro_texts={"en": "Our meeting."}))
    assert text.startswith("Our meeting. This is the final text of the messages, published on")


def test_inputs_count_the_statement_kinds(draft: Draft) -> None:
    assert inputs(draft) == (
        "key takeaways (6), calls to action (6) and messages from NRI reports (1)"
    )
    only = dataclasses.replace(
        draft,
        statements=tuple(
            dataclasses.replace(a, kind="transcript") if a.kind == "call_to_action" else a
            for a in draft.statements
            if a.kind != "nri_message"
        ),
    )
    assert inputs(only) == "key takeaways (6) and passages of session transcripts (6)"
    assert inputs(dataclasses.replace(draft, language="zh")) == (
        "主要结论（6）、行动呼吁（6）和国家和地区倡议报告中的信息（1）"
    )
    assert inputs(dataclasses.replace(draft, language="ar")) == (
        "الاستنتاجات الرئيسية (6) والدعوات إلى العمل (6) ورسائل تقارير المبادرات الوطنية "
        "والإقليمية (1)"
    )


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_every_language_names_the_state(lang: str) -> None:
    base = make_draft(lang)
    labels = {
        stage: state_label(staged(base, stage, "2026-12-04")) for stage in ("draft", "review")
    }
    final = staged(base, "final", "2026-12-04", intro_texts={})
    labels["final"] = state_label(final)
    assert len(set(labels.values())) == 3
    assert labels["final"] in full_title(final)
    text = intro(final)
    assert "2026" in text and "{" not in text
    # the fallback intro of a final text speaks of no future review
    draft_words = {"en": "will inform", "fr": "serviront", "es": "se tendrán", "ru": "будут"}
    assert draft_words.get(lang, "\0") not in text


def test_a_translation_says_it_is_one() -> None:
    zh = staged(make_draft("zh"), "final", "2026-12-04", translated_from="en")
    assert state_label(zh) == "最终文本译文"
    assert full_title(zh).endswith("信息（最终文本译文）")
    assert "2026年12月4日" in intro(zh)
    assert state_label(staged(make_draft("en"), "final")) == "Final text"
    assert state_label(staged(make_draft("fr"), "review", translated_from="en")) == (
        "Traduction du projet soumis à l'examen du public"
    )
    # drafted directly in Chinese (--language zh): a draft, not a translation
    assert state_label(staged(make_draft("zh"), "draft")) == "草案"


def test_apply_makes_a_translation_of_the_same_stage() -> None:
    from forum_messages.translation.segments import apply, segments_of, sync

    final = staged(make_draft("en"), "final", "2026-12-04")
    units = sync(segments_of(final), None, source_language="en", language="ru")
    preview = apply(final, units, require="any")
    assert preview.state == DocState("final", "2026-12-04", translated_from="en")
    assert state_label(preview) == "Перевод окончательного текста"
    back = draft_from_json(render_json(preview))
    assert back.state == preview.state


def test_state_in_every_text_output_and_back_from_json(draft: Draft) -> None:
    final = staged(draft, "final", "2026-12-04")
    assert render_markdown(final).startswith("# IGF 2025 Messages — Final text\n")
    page = render_html(final)
    assert "<title>IGF 2025 Messages — Final text</title>" in page
    assert "<h1>IGF 2025 Messages — Final text</h1>" in page
    data = json.loads(render_json(final))
    assert data["state"] == {
        "stage": "final",
        "published": "2026-12-04",
        "translated_from": None,
        "label": "Final text",
    }
    back = draft_from_json(render_json(final))
    assert back.state == final.state
    assert render_json(back) == render_json(final)


def test_json_without_state_is_a_draft_and_a_bad_stage_is_named(draft: Draft) -> None:
    data = json.loads(render_json(draft))
    del data["state"]
    assert draft_from_json(json.dumps(data)).state == DocState()
    data["state"] = {"stage": "published", "published": None, "translated_from": None}
    with pytest.raises(Exception, match=r"messages.json: state.stage: unknown stage 'published'"):
        draft_from_json(json.dumps(data))


def test_the_editions_own_title_in_each_language() -> None:
    zh = make_draft("zh")
    named = dataclasses.replace(zh.edition, name={**zh.edition.name, "zh": "2025年互联网治理论坛"})
    draft = dataclasses.replace(zh, edition=named, state=DocState(translated_from="en"))
    assert full_title(draft) == "2025年互联网治理论坛信息（草案译文）"
    assert render_markdown(draft).startswith("# 2025年互联网治理论坛信息（草案译文）\n")


@pytest.mark.parametrize("preset", ["igf2025", "minimal"])
def test_preset_intros_fill_in_six_languages_and_tell_the_truth(preset: str) -> None:
    from forum_messages.edition import load_edition
    from forum_messages.export.strings import INPUTS, t

    spec = load_edition(preset)
    assert spec.review is None  # no example review dates to print by mistake
    for lang in UN_LANGUAGES:
        base = make_draft(lang)
        edition = dataclasses.replace(base.edition, intro=spec.intro, name=spec.name)
        final = staged(dataclasses.replace(base, edition=edition), "final", "2026-12-04")
        text = intro(final)
        assert "{" not in text and "}" not in text, (preset, lang)
        assert INPUTS["call_to_action"][lang] + ("（6）" if lang == "zh" else " (6)") in text
        assert text.endswith(t("status_final_review", lang).split("{")[-1].split("}")[-1])
        assert t("one_session", lang).rstrip(".。") in text, (preset, lang)
        # no more "each message summarises points raised across several sessions"
        assert "each message summarising" not in text


def _without_nri(draft: Draft) -> Draft:
    return dataclasses.replace(draft, sessions=tuple(s for s in draft.sessions if s.kind != "nri"))


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_fallback_intro_never_counts_zero_nri_reports(lang: str) -> None:
    from forum_messages.export.intro import fill, intro_values
    from forum_messages.export.strings import count, t

    draft = staged(_without_nri(make_draft(lang)), "final", "2026-12-04", intro_texts={})
    text = intro(draft)
    assert count(0, "nri_report", lang) not in text
    assert fill(t("intro_counts_sessions", lang), intro_values(draft)) in text
    # with an NRI report among the inputs, both are counted
    both = staged(make_draft(lang), "final", "2026-12-04", intro_texts={})
    assert fill(t("intro_counts", lang), intro_values(both)) in intro(both)


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_preset_intro_drops_the_nri_clause_when_there_is_none(lang: str) -> None:
    from forum_messages.edition import load_edition
    from forum_messages.export.strings import count

    spec = load_edition("igf2025")
    base = _without_nri(make_draft(lang))
    edition = dataclasses.replace(base.edition, intro=spec.intro, name=spec.name)
    text = intro(staged(dataclasses.replace(base, edition=edition), "final", "2026-12-04"))
    assert "{" not in text and "}" not in text
    assert count(0, "nri_report", lang) not in text
    assert not re.search(r"(?<![\d.,])0(?![\d.,])", text), text  # no zero count at all
    assert "()" not in text and "  " not in text and "( " not in text


def test_detached_reason_says_the_check_did_not_confirm() -> None:
    from forum_messages.export.strings import REASONS

    for lang, text in REASONS["detached"].items():
        assert text.strip(), lang
    assert "could not confirm" in REASONS["detached"]["en"]
    assert "does not make its point" not in REASONS["detached"]["en"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The meeting, Foro de Colón 2026, was held on 22–24 September in Colón, Panamá."),
        ("fr", "La réunion « Foro de Colón 2026 » (22–24 septembre) s'est tenue à Colón, Panamá."),
        (
            "es",
            "La reunión «Foro de Colón 2026» (22–24 de septiembre) se celebró en Colón, Panamá.",
        ),
        ("ar", "عُقد Foro de Colón 2026 في Colón, Panamá (22–24 سبتمبر)."),
        ("ru", "Foro de Colón 2026: место проведения — Colón, Panamá, даты — 22–24 сентября."),
        ("zh", "Foro de Colón 2026于9月22日至24日在Colón, Panamá举行。"),
    ],
)
def test_fallback_intro_names_the_meeting_without_its_year_twice(lang: str, sentence: str) -> None:
    """An edition with no intro of its own: its name set apart (it may want an article or
    not), its dates without the year the name gives; a name without the year keeps it in its
    dates, and an edition's own intro keeps its {dates} whole."""
    base = make_draft(lang)
    edition = dataclasses.replace(
        base.edition,
        intro={},
        name={"en": "Foro de Colón 2026"},
        place={"en": "Colón, Panamá"},
        dates=("2026-09-22", "2026-09-24"),
    )
    text = intro(dataclasses.replace(base, edition=edition))
    assert text.startswith(sentence)
    unnamed = dataclasses.replace(edition, name={"en": "Foro de Colón"})
    assert "Foro de Colón 2026" not in intro(dataclasses.replace(base, edition=unnamed))
    assert "2026" in intro(dataclasses.replace(base, edition=unnamed)).split(".")[0]
    own = dataclasses.replace(edition, intro={lang: "{name}: {dates}."})
    assert intro(dataclasses.replace(base, edition=own)).startswith("Foro de Colón 2026: ")
    assert "2026" in intro(dataclasses.replace(base, edition=own)).split(": ", 1)[1]
