"""The frames the sixty-second round reads on the readable report files
(``kind_cues_voice13``), on sentences of our own (street lights in market towns, testing the
water of village wells), not ``kinds/dev37-frames.yaml``'s: a speaker's opening sentence (a
filler or an apology for the microphone, a request to speak cut short, a self-introduction, a
rapporteur's "What we heard..." alone), a spoken frame before the point, a body named with words
after it calling on a party, an Arabic proposal on a verbal noun; in the languages where each
shape exists. Points that only look like them stay (a self-introduction that carries a clause,
"what we heard" as a subject, a body named with no call, an Arabic call or proposal on a noun
that is no verbal noun), each setting off gives the text back as it was, and the statement's
kind and point do not change."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_voice8 as voice8
from forum_messages.synth import kind_cues_voice13 as voice13

from .helpers import frame_reading_tests, stays_whole_test

SETTINGS = voice13.SETTINGS

#: (setting, language, sentence, the message text)
READ = [
    # a speaker's opening sentence
    (
        "OPENERS",
        "en",
        "Um, sorry, the microphone. Street lights in the market towns go off at ten, just when "
        "the night traders pack up.",
        "Street lights in the market towns go off at ten, just when the night traders pack up.",
    ),
    (
        "OPENERS",
        "en",
        "Thank you. I represent the traders' union of the river towns. Street lights go off at "
        "ten, just when the night traders pack up.",
        "Street lights go off at ten, just when the night traders pack up.",
    ),
    (
        "OPENERS",
        "es",
        "Eh… perdón, el micrófono. Las farolas de los pueblos con mercado se apagan a las diez, "
        "justo cuando recogen los vendedores nocturnos.",
        "Las farolas de los pueblos con mercado se apagan a las diez, justo cuando recogen los "
        "vendedores nocturnos.",
    ),
    (
        "OPENERS",
        "fr",
        "Pardon, je peux juste… — Oui, allez-y. Les lampadaires des bourgs s'éteignent à dix "
        "heures, au moment où les marchands du soir remballent.",
        "Les lampadaires des bourgs s'éteignent à dix heures, au moment où les marchands du "
        "soir remballent.",
    ),
    (
        "OPENERS",
        "ru",
        "Спасибо. Я представляю союз торговцев приречных посёлков. Фонари на рынках гаснут в "
        "десять, как раз когда вечерние торговцы собирают товар.",
        "Фонари на рынках гаснут в десять, как раз когда вечерние торговцы собирают товар.",
    ),
    (
        "OPENERS",
        "zh",
        "呃……不好意思，话筒。集镇的路灯十点就熄了，正是夜市商贩收摊的时候。",
        "集镇的路灯十点就熄了，正是夜市商贩收摊的时候。",
    ),
    (
        "OPENERS",
        "ar",
        "شكراً. أمثّل اتحاد التجار في بلدات النهر. تنطفئ أعمدة الإنارة في الأسواق عند العاشرة، "
        "وهو الوقت الذي يجمع فيه الباعة الليليون بضاعتهم.",
        "تنطفئ أعمدة الإنارة في الأسواق عند العاشرة، وهو الوقت الذي يجمع فيه الباعة الليليون "
        "بضاعتهم.",
    ),
    # a spoken frame before the point
    (
        "SPOKEN",
        "en",
        "I would just like to add that village wells are tested once in five years, long after "
        "a spring flood has spoiled them.",
        "Village wells are tested once in five years, long after a spring flood has spoiled them.",
    ),
    (
        "SPOKEN",
        "en",
        "What we heard: nobody pays for the well tests once the project ends.",
        "Nobody pays for the well tests once the project ends.",
    ),
    (
        "SPOKEN",
        "es",
        "Solo quería añadir que los pozos de las aldeas se analizan una vez cada cinco años, "
        "mucho después de que una crecida los haya contaminado.",
        "Los pozos de las aldeas se analizan una vez cada cinco años, mucho después de que una "
        "crecida los haya contaminado.",
    ),
    (
        "SPOKEN",
        "fr",
        "Je voudrais rebondir : personne ne paie les analyses des puits une fois le projet "
        "terminé.",
        "Personne ne paie les analyses des puits une fois le projet terminé.",
    ),
    (
        "SPOKEN",
        "fr",
        "Ce que nous avons entendu : les puits des villages sont analysés une fois tous les cinq "
        "ans, bien après qu'une crue les a souillés.",
        "Les puits des villages sont analysés une fois tous les cinq ans, bien après qu'une crue "
        "les a souillés.",
    ),
    (
        "SPOKEN",
        "ru",
        "Я хотела бы только добавить, что воду в сельских колодцах проверяют раз в пять лет, "
        "уже после того, как её испортил паводок.",
        "Воду в сельских колодцах проверяют раз в пять лет, уже после того, как её испортил "
        "паводок.",
    ),
    (
        "SPOKEN",
        "ru",
        "Если коротко, за проверку колодцев никто не платит, как только проект заканчивается.",
        "За проверку колодцев никто не платит, как только проект заканчивается.",
    ),
    (
        "SPOKEN",
        "zh",
        "简单来说，村里的水井五年才检测一次，往往是春汛污染之后很久。",
        "村里的水井五年才检测一次，往往是春汛污染之后很久。",
    ),
    (
        "SPOKEN",
        "ar",
        "أود أن أضيف أن مياه الآبار في القرى لا تُفحص إلا مرة كل خمس سنوات، بعد أن يلوثها الفيضان "
        "بوقت طويل.",
        "مياه الآبار في القرى لا تُفحص إلا مرة كل خمس سنوات، بعد أن يلوثها الفيضان بوقت طويل.",
    ),
    (
        "SPOKEN",
        "ar",
        "باختصار: لا أحد يدفع ثمن فحص الآبار بعد انتهاء المشروع.",
        "لا أحد يدفع ثمن فحص الآبار بعد انتهاء المشروع.",
    ),
    # a body named with words after it (Chinese: before it) calling on a party
    (
        "NAMED_BODY",
        "en",
        "The national lake forum of Uganda calls on boat owners to post their fares at every "
        "landing.",
        "Boat owners should post their fares at every landing.",
    ),
    (
        "NAMED_BODY",
        "es",
        "La red ciudadana ribereña pide a los ayuntamientos que mantengan las farolas "
        "encendidas hasta que cierre el último puesto.",
        "Los ayuntamientos deberían mantener las farolas encendidas hasta que cierre el último "
        "puesto.",
    ),
    (
        "NAMED_BODY",
        "fr",
        "Le réseau citoyen sénégalais appelle les communes à laisser les lampadaires allumés "
        "jusqu'à la fermeture du dernier étal.",
        "Les communes devraient laisser les lampadaires allumés jusqu'à la fermeture du dernier "
        "étal.",
    ),
    (
        "NAMED_BODY",
        "zh",
        "沿河集镇商户联盟呼吁夜市管理处在最后一个摊位收摊前保持路灯亮着。",
        "夜市管理处应在最后一个摊位收摊前保持路灯亮着。",
    ),
    (
        "NAMED_BODY",
        "ar",
        "يدعو المنتدى الوطني المغربي البلديات إلى إبقاء أعمدة الإنارة مضاءة حتى يغلق آخر كشك.",
        "على البلديات إبقاء أعمدة الإنارة مضاءة حتى يغلق آخر كشك.",
    ),
    (
        "NAMED_BODY",
        "ar",
        "دعا المشاركون وزارات المياه إلى فحص الآبار بعد كل فيضان.",
        "على وزارات المياه فحص الآبار بعد كل فيضان.",
    ),
    # an Arabic proposal on a verbal noun
    (
        "AR_PROPOSAL",
        "ar",
        "اقترح المشاركون تخصيص جزء من رسوم السوق لإنارة الشوارع ليلاً.",
        "ينبغي تخصيص جزء من رسوم السوق لإنارة الشوارع ليلاً.",
    ),
    (
        "AR_PROPOSAL",
        "ar",
        "واقترح المتحدثون التمييز بين الآبار العامة والآبار الخاصة في برامج الفحص.",
        "ينبغي التمييز بين الآبار العامة والآبار الخاصة في برامج الفحص.",
    ),
    # an Arabic group's report frame before a clause on an indefinite noun
    (
        "AR_INDEFINITE",
        "ar",
        "أوضح المشاركون أن مصباح شارع واحد يكفي لإنارة ثلاثة أكشاك في السوق الليلي.",
        "مصباح شارع واحد يكفي لإنارة ثلاثة أكشاك في السوق الليلي.",
    ),
    (
        "AR_INDEFINITE",
        "ar",
        "حذر بعض المتحدثين من أن الآبار القريبة من الحقول تتلوث بعد كل موسم، مشيرين إلى أن "
        "عينات كثيرة لا تُفحص أصلاً.",
        "الآبار القريبة من الحقول تتلوث بعد كل موسم، وعينات كثيرة لا تُفحص أصلاً.",
    ),
    # an Arabic group agreeing on a necessity
    (
        "AR_NEED",
        "ar",
        "أجمع المشاركون على ضرورة فحص مياه الآبار بعد كل فيضان، وعلى أن تُنشر النتائج في "
        "مجلس القرية.",
        "لا بد من فحص مياه الآبار بعد كل فيضان، وينبغي أن تُنشر النتائج في مجلس القرية.",
    ),
]

#: (language, sentence): points that only look like these shapes, which stay whole
STAY = [
    ("en", "I represent a town where the street lights have been off since March."),
    (
        "en",
        "I represent a town where the lights have been off since March. We need them back.",
    ),
    ("en", "What we heard from the council was a promise, not a budget."),
    ("en", "The regional forum of the river towns has met every spring since 2019."),
    ("es", "Lo que escuchamos del ayuntamiento fue una promesa, no un presupuesto."),
    ("fr", "Je représente une commune où les lampadaires sont éteints depuis mars."),
    ("fr", "Le réseau citoyen sénégalais compte quarante associations de quartier."),
    ("ru", "Я представляю посёлок, где фонари не горят с марта."),
    ("zh", "我代表的这个镇从三月起路灯就没亮过。"),
    ("ar", "أمثّل بلدة لم تُضأ فيها أعمدة الإنارة منذ مارس."),
    ("ar", "يدعو المنتدى الوطني المغربي إلى الحوار مع التجار."),
    ("ar", "اقترح المشاركون آلية جديدة لتمويل إنارة الأسواق."),
    ("ar", "الشبكة المدنية المغربية تضم أربعين جمعية في الأحياء."),
    # an accusative that shows, a particle after "أنّ", one person's words
    ("ar", "أوضح المشاركون أن مصباحاً واحداً يكفي لإنارة ثلاثة أكشاك في السوق الليلي."),
    ("ar", "أكد المشاركون أن لا أحد يعرف متى تُفحص مياه الآبار."),
    ("ar", "أوضح المهندس سامي الحداد أن مصباح شارع واحد يكفي لإنارة ثلاثة أكشاك."),
    ("ar", "ضرورة فحص الآبار بعد كل فيضان لم تعد موضع خلاف."),
]


(
    test_the_frame_is_taken_off,
    test_each_setting_off_gives_the_text_back_as_it_was,
    test_the_kind_and_the_point_do_not_change,
) = frame_reading_tests(voice13, READ, SETTINGS)


test_points_that_only_look_like_these_shapes_stay_whole = stays_whole_test(STAY)


def test_the_settings_off_leave_every_sentence_as_before(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the six settings off, the module reads nothing and leaves out no sentence."""
    for name in SETTINGS:
        monkeypatch.setattr(voice13, name, False)
    for _setting, lang, sentence, _text in READ:
        assert voice13.read_first(sentence, lang, lambda text: text) is None
        assert voice13.read(sentence, lang, lambda text: text) is None
        assert not voice13.opener(sentence, lang)


def test_an_opening_sentence_is_left_out_only_before_another() -> None:
    """A speaker's opening sentence alone stays: the courtesies' rule keeps the last sentence."""
    alone = ["Sorry, the microphone."]
    assert voice8.without_courtesies(alone, "en") == alone
    two = ["Sorry, the microphone.", "I represent the traders' union.", "Lights go off at ten."]
    assert voice8.without_courtesies(two, "en") == two[2:]


def test_every_setting_has_a_case_in_each_language_where_its_shape_exists() -> None:
    langs = {name: {lang for s, lang, _, _ in READ if s == name} for name in SETTINGS}
    six = {"ar", "en", "es", "fr", "ru", "zh"}
    assert langs["OPENERS"] == langs["SPOKEN"] == six
    # Russian: the party after "призывает" is in the accusative, its nominative out of reach
    assert langs["NAMED_BODY"] == six - {"ru"}
    assert langs["AR_PROPOSAL"] == langs["AR_INDEFINITE"] == langs["AR_NEED"] == {"ar"}
