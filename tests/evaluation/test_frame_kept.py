"""Whether a message text still holds the reporting frame an editor removed."""

from __future__ import annotations

from forum_messages.evaluation.frame_kept import frame_words, keeps_frame

S = "The network found that most village schools have no backup power."
P = "Most village schools have no backup power."


def test_frame_words_are_what_the_point_leaves_out() -> None:
    assert frame_words(S, P) == {"the": 1, "network": 1, "found": 1, "that": 1}
    # a rewrite: the words the point adds do not count, those it drops do
    words = frame_words(
        "The coalition recommends that libraries publish their catalogues.",
        "Libraries should publish their catalogues.",
    )
    assert set(words) == {"the", "coalition", "recommends", "that"}


def test_a_text_keeps_the_frame_with_half_of_its_words() -> None:
    assert keeps_frame(S, S, P) is True
    assert keeps_frame(P, S, P) is False
    # half of the frame's words kept ("found that") is keeping it; one in four is not
    assert keeps_frame("Found that most village schools have no backup power.", S, P) is True
    assert keeps_frame("The most village schools have no backup power.", S, P) is False
    # the pipeline's own wording of the point, frame gone
    assert keeps_frame("Most village schools have no backup power at all.", S, P) is False
    # nothing to remove: no frame to keep
    assert keeps_frame(P, P, P) is None


def test_chinese_and_arabic_words() -> None:
    zh_s, zh_p = "该网络发现，多数乡村学校没有备用电源。", "多数乡村学校没有备用电源。"
    assert keeps_frame(zh_s, zh_s, zh_p) is True
    assert keeps_frame(zh_p, zh_s, zh_p) is False
    ar_s = "خلص المشاركون إلى أن المدارس الريفية تفتقر إلى الطاقة."
    ar_p = "المدارس الريفية تفتقر إلى الطاقة."
    assert keeps_frame(ar_s, ar_s, ar_p) is True
    # vowel marks do not make words of their own
    assert keeps_frame("المدارسُ الريفيةُ تفتقر إلى الطاقة.", ar_s, ar_p) is False


def test_an_editors_other_changes_are_no_frame() -> None:
    # the tense and "a number of" changed by the editor: only "it was noted that" is the frame
    said = (
        "It was noted that visa refusals had prevented a number of registered participants "
        "from attending the meeting."
    )
    point = "Visa refusals prevent registered participants from attending IGF meetings."
    assert set(frame_words(said, point)) == {"it", "was", "noted", "that"}
    assert (
        keeps_frame(
            "Visa refusals had prevented a number of registered participants "
            "from attending the meeting.",
            said,
            point,
        )
        is False
    )


def test_a_frame_in_the_middle_opens_at_a_comma() -> None:
    said = "Community networks, the network observed, cannot survive on volunteer labour alone."
    point = "Community networks cannot survive on volunteer labour alone."
    assert set(frame_words(said, point)) == {"the", "network", "observed"}
    assert keeps_frame(said, said, point) is True
    assert keeps_frame(point, said, point) is False


def test_chinese_frames_are_counted_by_words() -> None:
    said = "与会者强调，乡村诊所的药品目录不统一，护士和药剂师每月都要手工核对。"
    point = "乡村诊所的药品目录不统一，每月都要手工核对。"
    # the frame is two words, not five characters; "护士和药剂师" trimmed after a comma, before
    # words the point keeps, is the editor's cut, not a frame
    assert frame_words(said, point) == {"与会者": 1, "强调": 1}
    # the frame's characters met elsewhere ("会", "调") are not the frame kept
    text = "乡村诊所的药品目录不统一，护士和药剂师每月都要手工核对，会上建议统一调配。"
    assert keeps_frame(text, said, point) is False
    assert keeps_frame(said, said, point) is True


def test_a_frame_between_commas_or_at_the_end() -> None:
    mid = "Ferry timetables, the coalition observed, change without notice every spring."
    assert set(frame_words(mid, "Ferry timetables change without notice every spring.")) == {
        "the",
        "coalition",
        "observed",
    }
    end = "Ferry timetables change without notice every spring, several speakers pointed out."
    point = "Ferry timetables change without notice every spring."
    assert set(frame_words(end, point)) == {"several", "speakers", "pointed", "out"}
    assert keeps_frame(end, end, point) is True
    # words trimmed after a comma before words the point keeps are no frame
    cut = "Ferry timetables change without notice, island families and traders lose a day."
    assert not frame_words(cut, "Ferry timetables change without notice, traders lose a day.")
    # a run between two commas is counted (a frame in the middle, or a clause the editor cut)
    aside = "Ferry timetables change, often twice a month, without notice."
    assert set(frame_words(aside, "Ferry timetables change without notice.")) == {
        "often",
        "twice",
        "a",
        "month",
    }
