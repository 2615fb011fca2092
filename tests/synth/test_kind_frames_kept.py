"""The frames the fifty-sixth round reads on four spent report files (``kind_cues_voice11``),
on sentences of our own (school gardens, night buses, bicycle lanes), not
``kinds/dev33-frames.yaml``'s: the matter the meeting came back to, a point said again and
again, a source before the point, a call by a group no list names, an Arabic clause after a
group's frame, a frame split by an aside before "X, and that Y"; in the six languages.
Points that only look like them stay, each setting off gives the text back as it was, and
the statement's kind and point do not change."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_voice11 as voice11

from .helpers import frame_reading_tests, stays_whole_test

SETTINGS = voice11.SETTINGS

#: (setting, language, sentence, the message text)
READ = [
    # the matter the meeting came back to
    (
        "MATTER",
        "en",
        "Most of the discussion came back, from one angle or another, to the same gap: "
        "school gardens dry out every summer because no one is paid to water them.",
        "School gardens dry out every summer because no one is paid to water them.",
    ),
    (
        "MATTER",
        "es",
        "El taller volvió una y otra vez al mismo problema: los autobuses nocturnos no "
        "llegan a los barrios altos después de medianoche.",
        "Los autobuses nocturnos no llegan a los barrios altos después de medianoche.",
    ),
    (
        "MATTER",
        "fr",
        "La discussion est revenue sans cesse sur la même question : les pistes cyclables "
        "s'arrêtent toutes à l'entrée du centre-ville.",
        "Les pistes cyclables s'arrêtent toutes à l'entrée du centre-ville.",
    ),
    (
        "MATTER",
        "ru",
        "Затем обсуждение, довольно сумбурное, вернулось к тому, что ночные автобусы не "
        "ходят в верхние кварталы после полуночи, и что водителей не хватает.",
        "Ночные автобусы не ходят в верхние кварталы после полуночи, и водителей не хватает.",
    ),
    (
        "MATTER",
        "zh",
        "讨论反复回到同一个难题：学校菜园每到夏天就会干枯，因为没人负责浇水。",
        "学校菜园每到夏天就会干枯，因为没人负责浇水。",
    ),
    (
        "MATTER",
        "ar",
        "وتوقف عدد من المشاركين عند مسألة النقل الليلي، فبيّنوا أن الحافلات لا تصل إلى "
        "الأحياء العليا بعد منتصف الليل.",
        "الحافلات لا تصل إلى الأحياء العليا بعد منتصف الليل.",
    ),
    # a point said again and again, or apart, by no one named
    (
        "AGAIN",
        "en",
        "It was said time and again that bicycle lanes end exactly where the traffic is "
        "worst, and that nobody repaints them.",
        "Bicycle lanes end exactly where the traffic is worst, and nobody repaints them.",
    ),
    (
        "AGAIN",
        "es",
        "Se repitió varias veces, desde el público, que los huertos escolares se secan "
        "cada verano, pero también que, sin un conserje, nadie abre la escuela en agosto.",
        "Los huertos escolares se secan cada verano, pero también, sin un conserje, nadie "
        "abre la escuela en agosto.",
    ),
    (
        "AGAIN",
        "fr",
        "On a répété maintes fois que les bus de nuit ne desservent pas les quartiers hauts.",
        "Les bus de nuit ne desservent pas les quartiers hauts.",
    ),
    (
        "AGAIN",
        "ru",
        "Не раз звучало, что велосипедные дорожки обрываются у въезда в центр города.",
        "Велосипедные дорожки обрываются у въезда в центр города.",
    ),
    (
        "AGAIN",
        "ar",
        "وتكرر القول إن المسارات المخصصة للدراجات تنتهي عند مدخل وسط المدينة.",
        "المسارات المخصصة للدراجات تنتهي عند مدخل وسط المدينة.",
    ),
    # a source of figures or a common view before the point
    (
        "SOURCE",
        "en",
        "In the common view of the panellists, two night buses in three run less than half full.",
        "Two night buses in three run less than half full.",
    ),
    (
        "SOURCE",
        "es",
        "Según los datos citados por la red, solo una escuela de cada diez riega su huerto "
        "en vacaciones.",
        "Solo una escuela de cada diez riega su huerto en vacaciones.",
    ),
    (
        "SOURCE",
        "fr",
        "D'après les chiffres avancés par l'association, un cycliste sur quatre a déjà été "
        "renversé en ville.",
        "Un cycliste sur quatre a déjà été renversé en ville.",
    ),
    (
        "SOURCE",
        "ru",
        "По общему мнению собравшихся, ночной автобус нужен прежде всего медсёстрам и уборщикам.",
        "Ночной автобус нужен прежде всего медсёстрам и уборщикам.",
    ),
    (
        "SOURCE",
        "zh",
        "据交通部门公布的数据，三分之二的夜班公交车载客不到一半。",
        "三分之二的夜班公交车载客不到一半。",
    ),
    (
        "SOURCE",
        "ar",
        "وفق أرقام عرضها المنظمون، لا تسقي سوى مدرسة واحدة من كل عشر مدارس حديقتها في العطلة.",
        "لا تسقي سوى مدرسة واحدة من كل عشر مدارس حديقتها في العطلة.",
    ),
    # a call by a group no list names, or in the present tense
    (
        "CALLERS",
        "en",
        "Students urge that the city council extend the bicycle lanes along the river.",
        "The city council should extend the bicycle lanes along the river.",
    ),
    (
        "CALLERS",
        "es",
        "Los estudiantes piden que las escuelas abran sus huertos durante el verano.",
        "Las escuelas deberían abrir sus huertos durante el verano.",
    ),
    (
        "CALLERS",
        "fr",
        "Les étudiants demandent que les écoles ouvrent leurs jardins pendant l'été.",
        "Les écoles devraient ouvrir leurs jardins pendant l'été.",
    ),
    (
        "CALLERS",
        "ru",
        "Молодёжь просит, чтобы ночные автобусы ходили до двух часов.",
        "Ночные автобусы должны ходить до двух часов.",
    ),
    ("CALLERS", "zh", "学生们呼吁学校在暑假开放菜园。", "学校应在暑假开放菜园。"),
    (
        "CALLERS",
        "ar",
        "يطالب الطلاب بأن تفتح المدارس حدائقها خلال العطلة الصيفية.",
        "ينبغي أن تفتح المدارس حدائقها خلال العطلة الصيفية.",
    ),
    # an Arabic clause after a group's frame, its case shown
    (
        "AR_SUBJECT",
        "ar",
        "وأكد المشاركون أن المعلمين لا يستطيعون رعاية الحدائق المدرسية في العطلة دون أجر.",
        "المعلمون لا يستطيعون رعاية الحدائق المدرسية في العطلة دون أجر.",
    ),
    (
        "AR_SUBJECT",
        "ar",
        "ورأى الخبراء أن كثيراً من الحافلات الليلية تسير شبه فارغة بعد منتصف الليل.",
        "كثير من الحافلات الليلية تسير شبه فارغة بعد منتصف الليل.",
    ),
]

# a frame split by an aside whose point goes on with "and that" (French was read before)
READ += [
    (
        "ASIDE_AND_THAT",
        "en",
        "There was wide agreement, though the bus company did not share it, that night buses "
        "should reach the upper districts, and that drivers need a safe place to rest.",
        "Night buses should reach the upper districts, and drivers need a safe place to rest.",
    ),
    (
        "ASIDE_AND_THAT",
        "es",
        "Los participantes coincidieron, tras un largo intercambio, en que los huertos "
        "escolares necesitan riego en verano, y que nadie paga a quien los riega.",
        "Los huertos escolares necesitan riego en verano, y nadie paga a quien los riega.",
    ),
    (
        "ASIDE_AND_THAT",
        "ru",
        "Участники, после долгого спора, согласились, что велосипедные дорожки обрываются "
        "у центра, и что их никто не перекрашивает.",
        "Велосипедные дорожки обрываются у центра, и их никто не перекрашивает.",
    ),
]

#: (language, sentence): points that only look like these frames, which stay whole
STAY = [
    ("en", "The same gap shows in every district: gardens dry out in July."),
    ("en", "In the view of the traffic code, cyclists may ride two abreast on quiet roads."),
    ("en", "Students ask for little and cycle more than anyone."),
    ("en", "The workshop returned to the school after lunch to see the garden."),
    ("es", "Según la ordenanza municipal, los autobuses nocturnos paran a demanda."),
    ("es", "Los estudiantes piden poco y pedalean más que nadie."),
    ("es", "Se repitió la prueba de los autobuses en tres barrios."),
    ("fr", "Selon le code de la route, les cyclistes peuvent rouler à deux de front."),
    ("fr", "On a répété l'essai des bus de nuit dans trois quartiers."),
    ("ru", "По данным переписи, в верхних кварталах живёт двадцать тысяч человек."),
    ("ru", "Молодёжь просит немного, а ездит на велосипеде больше всех."),
    ("zh", "根据交通法规，骑车人可以在安静的道路上并排骑行。"),
    ("zh", "同一个难题在每个区都出现：菜园七月就干了。"),
    ("ar", "المعلمين الذين التقيناهم في الخريف لم يعودوا هذا العام."),
    ("ar", "وفق القانون، يحق للبلدية تحديد مسارات الدراجات."),
    ("ar", "تكرر انقطاع الحافلات الليلية طوال الأسبوع."),
    ("en", "School gardens, the oldest in town, dry out early, and that is why pupils water them."),
]


(
    test_the_frame_is_taken_off,
    test_each_setting_off_gives_the_text_back_as_it_was,
    test_the_kind_and_the_point_do_not_change,
) = frame_reading_tests(voice11, READ, SETTINGS)


test_points_that_only_look_like_these_frames_stay_whole = stays_whole_test(STAY)


def test_the_settings_off_leave_every_sentence_as_before(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the six settings off, the module reads nothing: ``read`` gives None."""
    for name in SETTINGS:
        monkeypatch.setattr(voice11, name, False)
    for _setting, lang, sentence, _text in READ:
        assert voice11.read_first(sentence, lang, lambda text: text) is None
        assert voice11.read(sentence, lang, lambda text: text, lambda text: text) is None
