"""Chinese "用……的话说" (``kind_cues_zh``): a named or one marked person's words are an
attribution ("用张部长的话说", "用一位老农民的话说"); the idiom of a whole group of people, with
or without a qualifier before it ("用老百姓的话说", "用当地网友的话来说", "用家长们的话说"), names
no speaker and is a point. Sentences of our own on village clinics, roads and schools."""

from __future__ import annotations

import re

import pytest

from forum_messages.synth import kind_cues_zh
from forum_messages.synth.kinds import classify

SPEAKER = [
    "用张部长的话说，没有网络的学校就像没有窗户的教室。",
    "用张部长的话来说，乡村诊所的药柜不能再空着。",
    "用一位老农民的话说，手机已经成了新的农具。",
    "用县卫生局负责人王丽的话说，远程会诊让山里的病人少跑了三天路。",
    "用青年代表林小雨的话说，村小的网课每天都会断两次。",
]
FOLK = [
    "用老百姓的话说，看病再也不用跑县城了。",
    "用当地老百姓的话说，这条山路修了十年还没修完。",
    "用网友的话来说，乡镇的宽带比蜗牛还慢。",
    "用家长们的话说，孩子们终于能在村里上网课了。",
    "用村里人的话说，快递站开到了家门口。",
    "用年轻人的话说，没有信号的地方留不住人。",
]


@pytest.mark.parametrize("text", SPEAKER)
def test_one_speakers_words_are_an_attribution(text: str) -> None:
    assert classify(text, "zh").attribution


@pytest.mark.parametrize("text", FOLK)
def test_plain_peoples_words_name_no_speaker(text: str) -> None:
    read = classify(text, "zh")
    assert (read.kind, read.attribution) == ("point", False)


def test_without_the_folk_words_the_idiom_reads_as_a_speaker() -> None:
    """The words of a group are what keeps the idiom out: the pattern without them reads it
    as one person's (the false alarm this guards against)."""
    bare = [
        re.compile(p.replace(f"(?!{kind_cues_zh._ZH_FOLK_WORDS})", "").replace("(?<!们)", ""))
        for p in kind_cues_zh.ZH_ATTRIBUTION
        if "的话(?:来)?说" in p
    ]
    assert bare and all(any(p.match(text) for p in bare) for text in FOLK[:2])
    kept = [re.compile(p) for p in kind_cues_zh.ZH_ATTRIBUTION if "的话(?:来)?说" in p]
    assert not any(p.match(text) for p in kept for text in FOLK)
    assert all(any(p.match(text) for p in kept) for text in SPEAKER)
