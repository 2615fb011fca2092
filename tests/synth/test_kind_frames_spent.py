"""The frames the forty-sixth round read on two spent report files (``kind_cues_voice8``),
on sentences of our own (libraries, fishing harbours, vaccination rounds), not
``kinds/dev27-frames.yaml``'s: a group's call in a clause and a clause left in the
subjunctive, an adverb inside a frame, a body's or our own call on a party, a finding between
commas after a list, a lead-in before a colon, the courtesies of a spoken turn; in the six
languages. Points that only look like them stay, each setting off gives the text back as it
was, and the statement's kind and point do not change."""

from __future__ import annotations

from forum_messages.synth import kind_cues_voice8 as voice8
from forum_messages.synth.text import ExtractiveWriter

from .helpers import frame_reading_tests, stays_whole_test, voiced_point

#: (setting, language, sentence, the message text)
READ = [
    # a group's call in a clause
    (
        "CALLS",
        "es",
        "Los participantes pidieron que las bibliotecas abran los domingos.",
        "Las bibliotecas deberían abrir los domingos.",
    ),
    (
        "CALLS",
        "es",
        "Varias ponentes exigieron que los puertos publiquen sus tarifas de amarre.",
        "Los puertos deberían publicar sus tarifas de amarre.",
    ),
    (
        "CALLS",
        "fr",
        "Les intervenants ont demandé que les bibliothèques ouvrent le dimanche.",
        "Les bibliothèques devraient ouvrir le dimanche.",
    ),
    (
        "CALLS",
        "en",
        "Several delegates insisted that harbour fees be frozen for small boats.",
        "Harbour fees should be frozen for small boats.",
    ),
    (
        "CALLS",
        "en",
        "Participants urged their municipalities to extend library hours, noting that many "
        "students study after work.",
        "Municipalities should extend library hours; many students study after work.",
    ),
    (
        "CALLS",
        "ru",
        "Делегаты потребовали, чтобы библиотеки работали по воскресеньям.",
        "Библиотеки должны работать по воскресеньям.",
    ),
    ("CALLS", "zh", "与会者要求图书馆开放到晚上九点。", "图书馆应开放到晚上九点。"),
    # an adverb inside a frame
    (
        "ADVERB",
        "es",
        "Los participantes señalaron además que los puertos pesqueros carecen de hielo.",
        "Los puertos pesqueros carecen de hielo.",
    ),
    (
        "CALLS",
        "fr",
        "Les participants ont par ailleurs insisté pour que les vaccins soient livrés avant "
        "la saison des pluies.",
        "Les vaccins devraient être livrés avant la saison des pluies.",
    ),
    (
        "ADVERB",
        "ar",
        "وطالب المشاركون مجددا بأن تُخفض رسوم الرسو في الموانئ الصغيرة.",
        "ينبغي أن تُخفض رسوم الرسو في الموانئ الصغيرة.",
    ),
    (
        "ADVERB",
        "es",
        "Varios ponentes recordaron asimismo que los puertos pesqueros carecen de hielo.",
        "Los puertos pesqueros carecen de hielo.",
    ),
    # a body's or our own call on a party
    (
        "BODIES",
        "en",
        "The forum asks the county not to close village libraries before a mobile library "
        "is running.",
        "The county should not close village libraries before a mobile library is running.",
    ),
    (
        "BODIES",
        "es",
        "Pedimos que los puertos reserven muelles para la pesca artesanal.",
        "Los puertos deberían reservar muelles para la pesca artesanal.",
    ),
    (
        "BODIES",
        "fr",
        "Le FGI des îles recommande que le calendrier des vaccinations soit publié en mai.",
        "Le calendrier des vaccinations devrait être publié en mai.",
    ),
    (
        "BODIES",
        "ru",
        "Форум рекомендует муниципалитету продлить часы работы библиотек.",
        "Муниципалитету следует продлить часы работы библиотек.",
    ),
    (
        "BODIES",
        "ar",
        "نحن صيادي الساحل نطالب إدارة الموانئ بتخفيض رسوم الرسو.",
        "يجب على إدارة الموانئ تخفيض رسوم الرسو.",
    ),
    # a finding between commas after a list
    (
        "LIST_ASIDE",
        "en",
        "Libraries, schools and clinics remain, the coalition observed, the only public "
        "buildings in many villages.",
        "Libraries, schools and clinics remain the only public buildings in many villages.",
    ),
    (
        "LIST_ASIDE",
        "ru",
        "Библиотеки, школы и медпункты остаются, отметила коалиция, единственными "
        "общественными зданиями во многих сёлах.",
        "Библиотеки, школы и медпункты остаются единственными общественными зданиями во "
        "многих сёлах.",
    ),
    # a lead-in before a colon
    (
        "LEADS",
        "en",
        "Speakers from the north, the west and the islands described the same problem: "
        "vaccines spoil when the ferry is late.",
        "Vaccines spoil when the ferry is late.",
    ),
    (
        "LEADS",
        "fr",
        "Plusieurs participants ont cité le même exemple : un vaccin livré en retard ne "
        "sert plus à rien.",
        "Un vaccin livré en retard ne sert plus à rien.",
    ),
    (
        "LEADS",
        "ru",
        "Участники привели один и тот же пример: рыбакам негде хранить улов.",
        "Рыбакам негде хранить улов.",
    ),
    (
        "LEADS",
        "zh",
        "多位代表举了同一个例子：渔船进港后没有冷库可用。",
        "渔船进港后没有冷库可用。",
    ),
    (
        "LEADS",
        "ar",
        "وذكر المشاركون المثال نفسه: القوارب الصغيرة لا تجد مكانا في الميناء.",
        "القوارب الصغيرة لا تجد مكانا في الميناء.",
    ),
    (
        "LEADS",
        "en",
        "So, from the islands: the library boat comes only once a month.",
        "The library boat comes only once a month.",
    ),
    # the courtesies of a spoken turn
    (
        "COURTESY",
        "en",
        "Thank you, Chair. I'll be brief. The library boat comes only once a month.",
        "The library boat comes only once a month.",
    ),
    (
        "COURTESY",
        "es",
        "Gracias, presidenta. Seré breve. El barco biblioteca llega una vez al mes.",
        "El barco biblioteca llega una vez al mes.",
    ),
    (
        "COURTESY",
        "ru",
        "Спасибо, коллеги. Буду краток. Плавучая библиотека приходит раз в месяц.",
        "Плавучая библиотека приходит раз в месяц.",
    ),
    ("COURTESY", "zh", "谢谢主持人。流动图书船每个月只来一次。", "流动图书船每个月只来一次。"),
    (
        "COURTESY",
        "ar",
        "شكراً السيد الرئيس. سأكون موجزاً. قارب المكتبة لا يأتي إلا مرة في الشهر.",
        "قارب المكتبة لا يأتي إلا مرة في الشهر.",
    ),
    (
        "COURTESY",
        "fr",
        "Merci, Madame la présidente. Le bateau-bibliothèque ne passe qu'une fois par mois.",
        "Le bateau-bibliothèque ne passe qu'une fois par mois.",
    ),
]

#: (language, sentence): points that only look like these frames, which stay whole
STAY = [
    ("en", "Three things changed in June: fees fell, boats were repaired and ice arrived."),
    ("en", "Libraries, schools and clinics, most of them built in the 1970s, need new roofs."),
    ("en", "Library loans also rose in the winter months."),
    ("en", "The 2020 fisheries code asks harbours to keep a log of every landing."),
    ("en", "Thank-you notes from readers keep volunteers in village libraries."),
    ("es", "Los préstamos de las bibliotecas también subieron en invierno."),
    ("es", "El código de pesca pide a los puertos que lleven un registro de cada desembarco."),
    ("es", "Las cifras del cierre de temporada muestran menos capturas."),
    ("fr", "Deux choses ont changé en juin : les tarifs ont baissé et la glace est arrivée."),
    ("fr", "Les prêts des bibliothèques ont par ailleurs augmenté en hiver."),
    ("ru", "Библиотеки также стали чаще выдавать книги зимой."),
    ("ru", "Спасибо читателям, которые возвращают книги вовремя."),
    ("zh", "六月有三点变化：费用降低了，渔船修好了，冰也到了。"),
    # one delegate's case: "代表" alone may be one person
    ("zh", "斯里兰卡代表描述了同样的问题：渔船进港后没有冷库可用。"),
    ("ar", "تغيرت ثلاثة أمور في حزيران: انخفضت الرسوم وأُصلحت القوارب ووصل الثلج."),
    ("ar", "المكتبات أيضا شهدت إقبالا أكبر في الشتاء."),
]


(
    test_the_frame_is_taken_off,
    test_each_setting_off_gives_the_text_back_as_it_was,
    test_the_kind_and_the_point_do_not_change,
) = frame_reading_tests(
    voice8, READ, ("CALLS", "ADVERB", "BODIES", "LIST_ASIDE", "LEADS", "COURTESY")
)


test_points_that_only_look_like_these_frames_stay_whole = stays_whole_test(STAY)


def test_a_statement_of_courtesies_alone_keeps_them() -> None:
    """With no other sentence after them, the courtesies are the statement's whole text."""
    assert voiced_point("Thank you, Chair.", "en") == "Thank you, Chair."


def test_the_message_text_leaves_the_courtesies_out(fresh: None) -> None:
    """The extractive writer's sentences of a statement (a message's text) leave the
    courtesies before the point out too."""
    writer = ExtractiveWriter()
    said = "Merci, Madame la présidente. Je serai brève. Les bibliothèques ferment trop tôt."
    assert writer._sentences(said, "fr") == ["Les bibliothèques ferment trop tôt."]
