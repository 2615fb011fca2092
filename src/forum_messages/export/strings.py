"""The fixed words of the Messages document in the six UN languages (en fr es ar ru zh).

``t(key, lang)`` gives a word or sentence, falling back to English; ``count(n, noun, lang)``
gives a counted noun ("3 sources", "3 источника", "3 مصادر") using the plural rules of the
language; ``language_name``, ``kind_label`` and ``reason_label`` name codes found in a draft.

Templates use ``{name}`` placeholders filled with ``str.format``. Wording follows UN usage
where one exists; a translator may improve any entry without touching the renderers.
"""

from __future__ import annotations

from forum_messages import localise

_L = ("en", "fr", "es", "ar", "ru", "zh")


def _row(*texts: str) -> dict[str, str]:
    return dict(zip(_L, texts, strict=True))


STRINGS: dict[str, dict[str, str]] = {
    "title": _row(
        "{name} Messages",
        "Messages : {name}",
        "Mensajes: {name}",
        "رسائل {name}",
        "Послания: {name}",
        "{name}信息",
    ),
    "colon": _row("{label}:", "{label} :", "{label}:", "{label}:", "{label}:", "{label}："),
    "list_sep": _row(", ", ", ", ", ", "، ", ", ", "、"),
    "messages": _row("Messages", "Messages", "Mensajes", "الرسائل", "Послания", "信息"),
    "theme": _row("Theme", "Thème", "Tema", "الموضوع", "Тема", "主题"),
    "themes": _row("Themes", "Thèmes", "Temas", "المواضيع", "Темы", "各主题"),
    "overarching_theme": _row(
        "Overarching theme",
        "Thème général",
        "Tema general",
        "الموضوع الشامل",
        "Общая тема",
        "总主题",
    ),
    "disclaimer": _row(
        "Disclaimer",
        "Avertissement",
        "Descargo de responsabilidad",
        "إخلاء المسؤولية",
        "Оговорка",
        "免责声明",
    ),
    "contents": _row("Contents", "Table des matières", "Índice", "المحتويات", "Содержание", "目录"),
    "sources": _row("Sources", "Sources", "Fuentes", "المصادر", "Источники", "来源"),
    "one_session": _row(
        "Rests on one session.",
        "Repose sur une seule session.",
        "Se basa en una sola sesión.",
        "تستند إلى جلسة واحدة.",
        "Основано на одной сессии.",
        "仅依据一场会议。",
    ),
    "model_written": _row(
        "Written by a language model ({name}); each sentence checked against the sources.",
        "Rédigé par un modèle de langage ({name}) ; chaque phrase vérifiée au regard des sources.",
        "Redactado por un modelo de lenguaje ({name}); cada frase cotejada con las fuentes.",
        "صاغه نموذج لغوي ({name})، وقد رُوجعت كل جملة منه في ضوء المصادر.",
        "Составлено языковой моделью ({name}); каждое предложение сверено с источниками.",
        "由语言模型（{name}）撰写，每句均已与来源核对。",
    ),
    "model_edited": _row(
        "Drafted by a language model ({name}), then edited by the editors; the model's sentences "
        "were checked against the sources.",
        "Rédigé par un modèle de langage ({name}), puis modifié par les éditeurs ; les phrases du "
        "modèle ont été vérifiées au regard des sources.",
        "Redactado por un modelo de lenguaje ({name}) y modificado después por los editores; las "
        "frases del modelo se cotejaron con las fuentes.",
        "صاغه نموذج لغوي ({name}) ثم عدّله المحررون، وقد رُوجعت جمل النموذج في ضوء المصادر.",
        "Составлено языковой моделью ({name}) и затем отредактировано редакторами; предложения "
        "модели сверены с источниками.",
        "由语言模型（{name}）起草，后经编辑修改；模型所写的每句均已与来源核对。",
    ),
    "summary_written": _row(
        "Summary written by a language model ({name}); each sentence checked against the sources.",
        "Résumé rédigé par un modèle de langage ({name}) ; chaque phrase vérifiée au regard des "
        "sources.",
        "Resumen redactado por un modelo de lenguaje ({name}); cada frase cotejada con las "
        "fuentes.",
        "ملخص صاغه نموذج لغوي ({name})، وقد رُوجعت كل جملة منه في ضوء المصادر.",
        "Резюме составлено языковой моделью ({name}); каждое предложение сверено с источниками.",
        "摘要由语言模型（{name}）撰写，每句均已与来源核对。",
    ),
    "summary_edited": _row(
        "Summary drafted by a language model ({name}), then edited by the editors; the model's "
        "sentences were checked against the sources.",
        "Résumé rédigé par un modèle de langage ({name}), puis modifié par les éditeurs ; les "
        "phrases du modèle ont été vérifiées au regard des sources.",
        "Resumen redactado por un modelo de lenguaje ({name}) y modificado después por los "
        "editores; las frases del modelo se cotejaron con las fuentes.",
        "ملخص صاغه نموذج لغوي ({name}) ثم عدّله المحررون، وقد رُوجعت جمل النموذج في ضوء المصادر.",
        "Резюме составлено языковой моделью ({name}) и затем отредактировано редакторами; "
        "предложения модели сверены с источниками.",
        "摘要由语言模型（{name}）起草，后经编辑修改；模型所写的每句均已与来源核对。",
    ),
    "titles_written": _row(
        "Sub-topic titles written by a language model ({name}); each checked against its messages.",
        "Titres des sous-thèmes rédigés par un modèle de langage ({name}) ; chacun vérifié au "
        "regard de ses messages.",
        "Títulos de los subtemas redactados por un modelo de lenguaje ({name}); cada uno cotejado "
        "con sus mensajes.",
        "عناوين المواضيع الفرعية صاغها نموذج لغوي ({name})، وقد رُوجع كل عنوان في ضوء رسائله.",
        "Названия подтем составлены языковой моделью ({name}); каждое сверено с его посланиями.",
        "分主题标题由语言模型（{name}）撰写，每个标题均已与其信息核对。",
    ),
    "titles_edited": _row(
        "Sub-topic titles proposed by a language model ({name}) and checked against their "
        "messages; the editors have changed some of them since.",
        "Titres des sous-thèmes proposés par un modèle de langage ({name}) et vérifiés au regard "
        "de leurs messages ; les éditeurs en ont modifié certains depuis.",
        "Títulos de los subtemas propuestos por un modelo de lenguaje ({name}) y cotejados con "
        "sus mensajes; los editores han modificado algunos desde entonces.",
        "عناوين المواضيع الفرعية اقترحها نموذج لغوي ({name}) ورُوجعت في ضوء رسائلها، وقد عدّل "
        "المحررون بعضها منذ ذلك الحين.",
        "Названия подтем предложены языковой моделью ({name}) и сверены с их посланиями; "
        "некоторые из них редакторы с тех пор изменили.",
        "分主题标题由语言模型（{name}）提出，并已与其信息核对；编辑此后修改了其中部分标题。",
    ),
    "not_reflected": _row(
        "Not reflected", "Non repris", "No reflejado", "غير مدرج", "Не отражено", "未反映"
    ),
    "annex_ledger": _row(
        "Annex: Sources and balance",
        "Annexe : sources et équilibre",
        "Anexo: fuentes y equilibrio",
        "المرفق: المصادر والتوازن",
        "Приложение: источники и баланс",
        "附件：来源与平衡",
    ),
    "annex_not_reflected": _row(
        "Annex: Statements not reflected",
        "Annexe : déclarations non reprises",
        "Anexo: declaraciones no reflejadas",
        "المرفق: البيانات غير المدرجة في الرسائل",
        "Приложение: заявления, не отражённые в посланиях",
        "附件：未反映在信息中的陈述",
    ),
    "key_takeaway": _row(
        "Key Takeaway",
        "Enseignement clé",
        "Conclusión clave",
        "استنتاج رئيسي",
        "Ключевой вывод",
        "主要结论",
    ),
    "call_to_action": _row(
        "Call to Action",
        "Appel à l'action",
        "Llamamiento a la acción",
        "دعوة إلى العمل",
        "Призыв к действию",
        "行动呼吁",
    ),
    "nri_message": _row(
        "NRI message",
        "Message d'une NRI",
        "Mensaje de una NRI",
        "رسالة من مبادرة وطنية أو إقليمية",
        "Послание НРИ",
        "国家和地区倡议信息",
    ),
    "comment": _row("Comment", "Commentaire", "Comentario", "تعليق", "Комментарий", "评论"),
    "transcript": _row(
        "Transcript", "Transcription", "Transcripción", "نص مفرغ", "Стенограмма", "文字记录"
    ),
    "nri_report": _row(
        "NRI report",
        "Rapport d'une NRI",
        "Informe de una NRI",
        "تقرير مبادرة وطنية أو إقليمية",
        "Доклад НРИ",
        "国家和地区倡议报告",
    ),
    "nri": _row("NRI", "NRI", "NRI", "مبادرة وطنية أو إقليمية", "НРИ", "国家和地区倡议"),
    "from_transcript": _row(
        "machine-drafted from the transcript",
        "rédigé automatiquement d'après la transcription",
        "redactado automáticamente a partir de la transcripción",
        "صيغ آليًا من النص المفرغ",
        "составлено автоматически по стенограмме",
        "根据文字记录自动起草",
    ),
    "session": _row("Session", "Session", "Sesión", "الجلسة", "Сессия", "会议"),
    "sessions": _row("Sessions", "Sessions", "Sesiones", "الجلسات", "Сессии", "会议"),
    "statement": _row("Statement", "Déclaration", "Declaración", "البيان", "Заявление", "陈述"),
    "statements": _row(
        "Statements", "Déclarations", "Declaraciones", "البيانات", "Заявления", "陈述"
    ),
    "stakeholder_groups": _row(
        "Stakeholder groups",
        "Groupes de parties prenantes",
        "Grupos de partes interesadas",
        "فئات أصحاب المصلحة",
        "Группы заинтересованных сторон",
        "利益攸关方群体",
    ),
    "regions": _row("Regions", "Régions", "Regiones", "المناطق", "Регионы", "区域"),
    "languages": _row("Languages", "Langues", "Idiomas", "اللغات", "Языки", "语言"),
    "global_south_share": _row(
        "Global South share",
        "Part du Sud global",
        "Proporción del Sur Global",
        "حصة بلدان الجنوب العالمي",
        "Доля Глобального Юга",
        "全球南方占比",
    ),
    "nri_inputs": _row(
        "NRI inputs",
        "Contributions des NRI",
        "Aportes de las NRI",
        "مساهمات المبادرات الوطنية والإقليمية",
        "Вклад НРИ",
        "国家和地区倡议的投入",
    ),
    "all_themes": _row(
        "All themes", "Tous les thèmes", "Todos los temas", "جميع المواضيع", "Все темы", "所有主题"
    ),
    "no_theme": _row("No theme", "Sans thème", "Sin tema", "بلا موضوع", "Без темы", "无主题"),
    "kind": _row("Kind", "Type", "Tipo", "النوع", "Вид", "类型"),
    "reason": _row("Reason", "Motif", "Motivo", "السبب", "Причина", "原因"),
    "language": _row("Language", "Langue", "Idioma", "اللغة", "Язык", "语言"),
    "similarity": _row(
        "Similarity", "Similarité", "Similitud", "درجة التشابه", "Сходство", "相似度"
    ),
    "balance": _row("Balance", "Équilibre", "Equilibrio", "التوازن", "Баланс", "平衡"),
    "not_available": _row("n/a", "n.d.", "n/d", "غير متاح", "н/д", "不适用"),
    "original_language": _row(
        "Text left in its original language ({language}).",
        "Texte laissé dans sa langue d'origine ({language}).",
        "Texto dejado en su idioma original ({language}).",
        "تُرك النص بلغته الأصلية ({language}).",
        "Текст оставлен на языке оригинала ({language}).",
        "文本保留原文语言（{language}）。",
    ),
    "original_language_short": _row(
        "text left in its original language",
        "texte laissé dans sa langue d'origine",
        "texto dejado en su idioma original",
        "نص متروك بلغته الأصلية",
        "текст на языке оригинала",
        "保留原文",
    ),
    "no_messages": _row(
        "No messages under this theme.",
        "Aucun message pour ce thème.",
        "No hay mensajes para este tema.",
        "لا توجد رسائل ضمن هذا الموضوع.",
        "По этой теме посланий нет.",
        "本主题下没有信息。",
    ),
    "not_reflected_intro": _row(
        "The statements below are not reflected in any message; the reason is given for each.",
        "Les déclarations ci-dessous ne sont reprises dans aucun message ; "
        "le motif est indiqué pour chacune.",
        "Las declaraciones siguientes no se reflejan en ningún mensaje; "
        "se indica el motivo de cada una.",
        "البيانات الواردة أدناه غير مدرجة في أي رسالة، ويُذكر سبب ذلك لكل منها.",
        "Приведённые ниже заявления не отражены ни в одном послании; для каждого указана причина.",
        "以下陈述未反映在任何信息中，并逐条注明原因。",
    ),
    "not_reflected_none": _row(
        "Every statement is reflected in a message.",
        "Toutes les déclarations sont reprises dans un message.",
        "Todas las declaraciones se reflejan en algún mensaje.",
        "جميع البيانات مدرجة في الرسائل.",
        "Все заявления отражены в посланиях.",
        "所有陈述均已反映在信息中。",
    ),
    "not_reflected_count": _row(
        "Statements not reflected: {n}.",
        "Déclarations non reprises : {n}.",
        "Declaraciones no reflejadas: {n}.",
        "عدد البيانات غير المدرجة: {n}.",
        "Заявлений, не отражённых в посланиях: {n}.",
        "未反映的陈述：{n}条。",
    ),
    "generated_by": _row(
        "Generated by {generator} {version}.",
        "Généré par {generator} {version}.",
        "Generado por {generator} {version}.",
        "أُنشئ باستخدام {generator} {version}.",
        "Создано с помощью {generator} {version}.",
        "由 {generator} {version} 生成。",
    ),
    # Print exports (pdf.py, docx.py).
    "annex_sources": _row(
        "Annex: Sources of the messages",
        "Annexe : sources des messages",
        "Anexo: fuentes de los mensajes",
        "المرفق: مصادر الرسائل",
        "Приложение: источники посланий",
        "附件：信息来源",
    ),
    "translation": _row("Translation", "Traduction", "Traducción", "الترجمة", "Перевод", "翻译"),
    "preview_notice": _row(
        "Preview: this translation is not published; parts may be untranslated or unreviewed.",
        "Aperçu : cette traduction n'est pas publiée ; certaines parties peuvent ne pas être "
        "traduites ou révisées.",
        "Vista previa: esta traducción no está publicada; algunas partes pueden no estar "
        "traducidas o revisadas.",
        "معاينة: هذه الترجمة غير منشورة، وقد تكون بعض أجزائها غير مترجمة أو غير مراجَعة.",
        "Предварительный просмотр: перевод не опубликован; отдельные части могут быть не "
        "переведены или не проверены.",
        "预览：本译文尚未发布，部分内容可能尚未翻译或审校。",
    ),
    "translation_notice": _row(
        "This translation is provided for information only; it is not an official text.",
        "Cette traduction est fournie à titre d'information ; elle ne constitue pas un texte "
        "officiel.",
        "Esta traducción se ofrece únicamente a título informativo; no es un texto oficial.",
        "هذه الترجمة مقدَّمة للعلم فقط، وليست نصاً رسمياً.",
        "Настоящий перевод предоставляется исключительно для сведения и не является "
        "официальным текстом.",
        "本译文仅供参考，并非正式文本。",
    ),
    "toc_update": _row(
        "Page numbers appear when Word updates this table: it offers to when the document "
        "opens; otherwise right-click the table and choose Update Field.",
        "Les numéros de page apparaissent lorsque Word met à jour cette table : il le propose "
        "à l'ouverture du document ; sinon, cliquez sur la table avec le bouton droit et "
        "choisissez « Mettre à jour les champs ».",
        "Los números de página aparecen cuando Word actualiza esta tabla: lo propone al abrir "
        "el documento; si no, haga clic con el botón derecho en la tabla y elija «Actualizar "
        "campos».",
        "تظهر أرقام الصفحات عندما يحدّث برنامج Word هذا الجدول، وهو يعرض ذلك عند فتح المستند؛ "
        "وإلا فانقر بزر الفأرة الأيمن على الجدول واختر «تحديث الحقل».",
        "Номера страниц появятся, когда Word обновит это оглавление: он предложит это при "
        "открытии документа; иначе щёлкните оглавление правой кнопкой мыши и выберите "
        "«Обновить поле».",
        "Word 更新此目录后即显示页码：打开文档时会提示更新；否则请右键单击目录并选择“更新域”。",
    ),
    # The fallback intro, used when the edition file gives no intro of its own. en, fr, es and
    # zh take counted nouns ({statements_n} = "140 statements"); ar and ru list bare numbers so
    # that no case or number agreement can go wrong.
    "intro_counts": _row(
        "These messages were prepared from {statements_n} taken from the reports of "
        "{sessions_n} and {nri_n}. The document contains {messages_n} under {themes_n}.",
        "Ces messages ont été établis à partir de {statements_n} tirées des rapports de "
        "{sessions_n} et de {nri_n}. Le document contient {messages_n} répartis en {themes_n}.",
        "Estos mensajes se elaboraron a partir de {statements_n} extraídas de los informes de "
        "{sessions_n} y de {nri_n}. El documento contiene {messages_n} agrupados en {themes_n}.",
        "أُعدّت هذه الرسائل استنادًا إلى البيانات الواردة في تقارير الجلسات وتقارير المبادرات "
        "الوطنية والإقليمية. عدد الجلسات: {sessions}؛ عدد تقارير المبادرات الوطنية والإقليمية: "
        "{nri}؛ عدد البيانات: {statements}؛ عدد الرسائل: {messages}؛ عدد المواضيع: {themes}.",
        "Настоящие послания подготовлены на основе заявлений из докладов сессий и докладов НРИ. "
        "Число сессий: {sessions}; докладов НРИ: {nri}; заявлений: {statements}; "
        "посланий: {messages}; тем: {themes}.",
        "这些信息依据{sessions_n}的报告和{nri_n}中的{statements_n}编写，"
        "本文件共包含{themes_n}下的{messages_n}。",
    ),
    # The same, when no NRI report is among the inputs: a zero is never counted out.
    "intro_counts_sessions": _row(
        "These messages were prepared from {statements_n} taken from the reports of "
        "{sessions_n}. The document contains {messages_n} under {themes_n}.",
        "Ces messages ont été établis à partir de {statements_n} tirées des rapports de "
        "{sessions_n}. Le document contient {messages_n} répartis en {themes_n}.",
        "Estos mensajes se elaboraron a partir de {statements_n} extraídas de los informes de "
        "{sessions_n}. El documento contiene {messages_n} agrupados en {themes_n}.",
        "أُعدّت هذه الرسائل استنادًا إلى البيانات الواردة في تقارير الجلسات. عدد الجلسات: "
        "{sessions}؛ عدد البيانات: {statements}؛ عدد الرسائل: {messages}؛ عدد المواضيع: {themes}.",
        "Настоящие послания подготовлены на основе заявлений из докладов сессий. "
        "Число сессий: {sessions}; заявлений: {statements}; посланий: {messages}; тем: {themes}.",
        "这些信息依据{sessions_n}的报告中的{statements_n}编写，本文件共包含{themes_n}下的{messages_n}。",
    ),
    # ... and when the inputs are NRI reports only.
    "intro_counts_nri": _row(
        "These messages were prepared from {statements_n} taken from {nri_n}. The document "
        "contains {messages_n} under {themes_n}.",
        "Ces messages ont été établis à partir de {statements_n} tirées de {nri_n}. Le "
        "document contient {messages_n} répartis en {themes_n}.",
        "Estos mensajes se elaboraron a partir de {statements_n} extraídas de {nri_n}. El "
        "documento contiene {messages_n} agrupados en {themes_n}.",
        "أُعدّت هذه الرسائل استنادًا إلى البيانات الواردة في تقارير المبادرات الوطنية والإقليمية. "
        "عدد تقارير المبادرات الوطنية والإقليمية: {nri}؛ عدد البيانات: {statements}؛ "
        "عدد الرسائل: {messages}؛ عدد المواضيع: {themes}.",
        "Настоящие послания подготовлены на основе заявлений из докладов НРИ. "
        "Докладов НРИ: {nri}; заявлений: {statements}; посланий: {messages}; тем: {themes}.",
        "这些信息依据{nri_n}中的{statements_n}编写，本文件共包含{themes_n}下的{messages_n}。",
    ),
    "intro_inputs": _row(
        "The statements are {inputs}.",
        "Ces déclarations comprennent {inputs}.",
        "Las declaraciones comprenden {inputs}.",
        "وتشمل هذه البيانات {inputs}.",
        "Виды заявлений: {inputs}.",
        "这些陈述包括{inputs}。",
    ),
    # The fallback intro's first sentence: the name set apart (it may or may not want an
    # article: "IGF 2025", "Colón Forum ... 2026"), its dates without the year it gives, and
    # in French and Spanish before the place, which may end in brackets ("Lillestrøm
    # (Norvège)").
    "intro_meeting": _row(
        "The meeting, {name}, was held on {meeting_dates} in {place}.",
        "La réunion « {name} » ({meeting_dates}) s'est tenue à {place}.",
        "La reunión «{name}» ({meeting_dates}) se celebró en {place}.",
        "عُقد {name} في {place} ({meeting_dates}).",
        "{name}: место проведения — {place}, даты — {meeting_dates}.",
        "{name}于{meeting_dates}在{place}举行。",
    ),
    # What a document is (cover, page headers, titles) and the intro's sentence about it.
    "state_draft": _row("Draft", "Projet", "Borrador", "مشروع", "Проект", "草案"),
    "state_review": _row(
        "Draft for community review",
        "Projet soumis à l'examen du public",
        "Borrador sometido a la revisión de la comunidad",
        "مشروع مطروح لاستعراض المجتمع",
        "Проект для общественного обсуждения",
        "供社区审议的草案",
    ),
    "state_final": _row(
        "Final text",
        "Texte final",
        "Texto final",
        "النص النهائي",
        "Окончательный текст",
        "最终文本",
    ),
    "state_draft_translation": _row(
        "Translation of the draft",
        "Traduction du projet",
        "Traducción del borrador",
        "ترجمة المشروع",
        "Перевод проекта",
        "草案译文",
    ),
    "state_review_translation": _row(
        "Translation of the draft for community review",
        "Traduction du projet soumis à l'examen du public",
        "Traducción del borrador sometido a la revisión de la comunidad",
        "ترجمة المشروع المطروح لاستعراض المجتمع",
        "Перевод проекта для общественного обсуждения",
        "供社区审议的草案译文",
    ),
    "state_final_translation": _row(
        "Translation of the final text",
        "Traduction du texte final",
        "Traducción del texto final",
        "ترجمة النص النهائي",
        "Перевод окончательного текста",
        "最终文本译文",
    ),
    "title_state": _row(
        "{title} — {state}",
        "{title} — {state}",
        "{title} — {state}",
        "{title} — {state}",
        "{title} — {state}",
        "{title}（{state}）",
    ),
    "status_draft": _row(
        "This is a draft; it has not been published for community review.",
        "Le présent document est un projet ; il n'a pas été soumis à l'examen du public.",
        "Este documento es un borrador; no se ha sometido a la revisión de la comunidad.",
        "هذه الوثيقة مشروع لم يُطرح لاستعراض المجتمع.",
        "Настоящий документ является проектом; он не вынесен на общественное обсуждение.",
        "本文件为草案，尚未提交社区审议。",
    ),
    "status_review": _row(
        "The draft messages are open for community review from {review_opens} to "
        "{review_closes}; the comments received will inform the final version.",
        "Le projet de messages est ouvert à l'examen du public du {review_opens} au "
        "{review_closes} ; les commentaires reçus serviront à en établir la version finale.",
        "El proyecto de mensajes está abierto a la revisión de la comunidad del {review_opens} "
        "al {review_closes}; los comentarios recibidos se tendrán en cuenta en la versión final.",
        "يُتاح مشروع الرسائل لاستعراض المجتمع من {review_opens} إلى {review_closes}، "
        "وستُراعى التعليقات الواردة في إعداد الصيغة النهائية.",
        "Проект посланий открыт для общественного обсуждения с {review_opens} по "
        "{review_closes}; полученные замечания будут учтены при подготовке окончательного "
        "варианта.",
        "信息草案于{review_opens}至{review_closes}期间开放供社区审议，收到的意见将用于形成最终版本。",
    ),
    "status_review_unknown": _row(
        "The draft messages are open for community review; the comments received will inform "
        "the final version.",
        "Le projet de messages est ouvert à l'examen du public ; les commentaires reçus "
        "serviront à en établir la version finale.",
        "El proyecto de mensajes está abierto a la revisión de la comunidad; los comentarios "
        "recibidos se tendrán en cuenta en la versión final.",
        "يُتاح مشروع الرسائل لاستعراض المجتمع، وستُراعى التعليقات الواردة في إعداد الصيغة النهائية.",
        "Проект посланий открыт для общественного обсуждения; полученные замечания будут "
        "учтены при подготовке окончательного варианта.",
        "信息草案开放供社区审议，收到的意见将用于形成最终版本。",
    ),
    "status_final": _row(
        "This is the final text of the messages, published on {published}.",
        "Le présent document est le texte final des messages, publié le {published}.",
        "Este es el texto final de los mensajes, publicado el {published}.",
        "هذا هو النص النهائي للرسائل، وقد نُشر في {published}.",
        "Настоящий документ является окончательным текстом посланий, опубликованным {published}.",
        "本文件为信息的最终文本，于{published}发布。",
    ),
    "status_final_undated": _row(
        "This is the final text of the messages.",
        "Le présent document est le texte final des messages.",
        "Este es el texto final de los mensajes.",
        "هذا هو النص النهائي للرسائل.",
        "Настоящий документ является окончательным текстом посланий.",
        "本文件为信息的最终文本。",
    ),
    "status_final_review": _row(
        "The draft was open for community review from {review_opens} to {review_closes}, "
        "and the comments received were taken into account.",
        "Le projet a été soumis à l'examen du public du {review_opens} au {review_closes}, et "
        "les commentaires reçus ont été pris en compte.",
        "El borrador estuvo abierto a la revisión de la comunidad del {review_opens} al "
        "{review_closes}, y se tuvieron en cuenta los comentarios recibidos.",
        "وقد أُتيح المشروع لاستعراض المجتمع من {review_opens} إلى {review_closes}، "
        "ورُوعيت التعليقات الواردة.",
        "Проект был открыт для общественного обсуждения с {review_opens} по {review_closes}; "
        "полученные замечания были учтены.",
        "草案曾于{review_opens}至{review_closes}开放供社区审议，收到的意见已予以考虑。",
    ),
    # The {inputs} of the intro: the kinds of statement the draft rests on, joined.
    "and": _row(" and ", " et ", " y ", " و", " и ", "和"),
    "intro_method": _row(
        "Each message lists the sessions it draws on; statements that are not reflected in any "
        "message are listed in an annex, with the reason.",
        "Chaque message indique les sessions dont il s'inspire ; les déclarations qui ne sont "
        "reprises dans aucun message figurent en annexe, avec le motif.",
        "Cada mensaje indica las sesiones en las que se basa; las declaraciones que no se "
        "reflejan en ningún mensaje figuran en un anexo, con el motivo.",
        "تُبيّن كل رسالة الجلسات التي تستند إليها، وترد في مرفق البيانات غير المدرجة في أي "
        "رسالة مع بيان السبب.",
        "Для каждого послания указаны сессии, на которых оно основано; заявления, не "
        "отражённые ни в одном послании, приведены в приложении с указанием причины.",
        "每条信息均列明其所依据的会议；未反映在任何信息中的陈述列于附件，并注明原因。",
    ),
}

#: Labels of the reason codes of ``NotReflected.reason``; unknown codes are shown as written.
REASONS: dict[str, dict[str, str]] = {
    "empty": _row("Empty", "Vide", "Vacía", "فارغ", "Пустое", "空白"),
    "off_topic": _row(
        "Off topic", "Hors sujet", "Fuera de tema", "خارج الموضوع", "Не по теме", "偏离主题"
    ),
    "single_session": _row(
        "Not grouped with another session",
        "Non regroupée avec une autre session",
        "No agrupada con otra sesión",
        "لم تُجمع مع جلسة أخرى",
        "Не объединено с другой сессией",
        "未与其他会议归并",
    ),
    "descriptive": _row(
        "Describes the session, makes no point",
        "Décrit la session sans formuler de point",
        "Describe la sesión sin plantear ningún punto",
        "يصف الجلسة ولا يطرح فكرة",
        "Описывает сессию, не содержит тезиса",
        "仅描述会议，未提出观点",
    ),
    "procedural": _row(
        "About the session's organisation",
        "Porte sur l'organisation de la session",
        "Sobre la organización de la sesión",
        "يتعلق بتنظيم الجلسة",
        "Об организации сессии",
        "涉及会议组织事务",
    ),
    "duplicate": _row("Duplicate", "Doublon", "Duplicada", "مكرر", "Дубликат", "重复"),
    "new": _row(
        "New since the draft",
        "Nouveau depuis le projet",
        "Nuevo desde el borrador",
        "جديد منذ إعداد المسودة",
        "Новое после подготовки проекта",
        "草稿生成后新增",
    ),
    "too_short": _row(
        "Too short", "Trop courte", "Demasiado breve", "قصير جدًا", "Слишком короткое", "过短"
    ),
    "no_theme": _row(
        "No theme could be assigned",
        "Aucun thème n'a pu être attribué",
        "No se pudo asignar ningún tema",
        "تعذّر إسناد موضوع",
        "Не удалось определить тему",
        "无法归入任何主题",
    ),
    "outlier": _row(
        "Fits no topic",
        "Ne correspond à aucun sujet",
        "No encaja en ningún subtema",
        "لا يندرج تحت أي موضوع فرعي",
        "Не относится ни к одной подтеме",
        "不属于任何子议题",
    ),
    # one session's statement that reads like a description (words of a meeting, a description
    # model leaning that way): not made a message resting on it alone
    "reads_descriptive": _row(
        "Reads like a description of the session",
        "Semble décrire la session",
        "Parece describir la sesión",
        "يبدو وصفًا للجلسة",
        "Похоже на описание сессии",
        "似为对会议的描述",
    ),
    # one session's statement that reads as one person's account (an attribution model leaning
    # that way, no claim of its own): not made a message resting on it alone
    "reads_account": _row(
        "Reads as one person's account",
        "Semble être le récit d'une personne",
        "Parece el relato de una persona",
        "يبدو روايةً لشخص واحد",
        "Похоже на рассказ одного человека",
        "似为某一个人的讲述",
    ),
    # a statement of a message whose every source reads as one person's account: no message
    # rests on accounts alone
    "accounts_only": _row(
        "Grouped only with other personal accounts",
        "Regroupée seulement avec d'autres récits personnels",
        "Agrupada solo con otros relatos personales",
        "جُمع مع روايات شخصية أخرى فقط",
        "Сгруппировано только с другими личными рассказами",
        "仅与其他个人讲述归为一组",
    ),
    # the same-point check rejected it: it is not known not to make the point, only not
    # confirmed to make it
    "detached": _row(
        "Near a message; the check could not confirm it makes the same point",
        "Proche d'un message ; la vérification n'a pas pu confirmer qu'elle en formule le point",
        "Cercana a un mensaje; la verificación no pudo confirmar que plantee el mismo punto",
        "قريب من رسالة، ولم يتمكن التحقق من تأكيد أنه يطرح الفكرة نفسها",
        "Близко к посланию; проверка не смогла подтвердить, что в нём выражен тот же тезис",
        "与某条信息相近，但核查未能确认其表达的是同一观点",
    ),
    "low_similarity": _row(
        "Too far from every message",
        "Trop éloignée de tous les messages",
        "Demasiado alejada de todos los mensajes",
        "بعيد جدًا عن جميع الرسائل",
        "Слишком далеко от всех посланий",
        "与所有信息差异过大",
    ),
    # taken out of a message, or left by a message removed, in the web editor
    "editor": _row(
        "Set aside by an editor",
        "Mise de côté par un rédacteur",
        "Apartada por un editor",
        "نحّاه أحد المحررين",
        "Отложено редактором",
        "由编辑移出",
    ),
    "excluded": _row(
        "Excluded by the editors",
        "Exclue par les rédacteurs",
        "Excluida por los editores",
        "استبعده المحررون",
        "Исключено редакторами",
        "被编辑排除",
    ),
}

#: What a reason of the not-reflected annex means, as the draft states it (in English, by the
#: code that set the statement aside: ``synth/set_aside.py``'s ``REASONS``, the web editor's
#: and the re-import's), keyed by that English sentence: the annex gives it in the draft's
#: language, above the tables or on a row. A sentence not listed here is shown in an English
#: draft only.
EXPLANATIONS: dict[str, dict[str, str]] = {
    row["en"]: row
    for row in (
        _row(
            "The statement has no text once list numbering is removed.",
            "La déclaration n'a plus de texte une fois la numérotation de liste retirée.",
            "La declaración no tiene texto una vez quitada la numeración de la lista.",
            "لا يبقى للبيان نص بعد حذف ترقيم القائمة.",
            "После удаления нумерации списка в заявлении не остаётся текста.",
            "去掉列表编号后，该陈述没有任何文字。",
        ),
        _row(
            "The statement describes the session (its focus, format, organisers or speakers) "
            "and makes no point of its own.",
            "La déclaration décrit la session (son objet, son format, ses organisateurs ou ses "
            "intervenants) et ne formule aucun point qui lui soit propre.",
            "La declaración describe la sesión (su enfoque, formato, organizadores u oradores) "
            "y no plantea ningún punto propio.",
            "يصف البيان الجلسة (محورها أو شكلها أو منظميها أو المتحدثين فيها) ولا يطرح فكرة "
            "خاصة به.",
            "Заявление описывает сессию (её тему, формат, организаторов или выступающих) и не "
            "содержит собственного тезиса.",
            "该陈述描述的是会议本身（其重点、形式、组织方或发言人），未提出自己的观点。",
        ),
        _row(
            "The statement is about the session itself (attendance, thanks, logistics), not a "
            "point on the subject.",
            "La déclaration porte sur la session elle-même (participation, remerciements, "
            "logistique), et non sur le fond du sujet.",
            "La declaración se refiere a la propia sesión (asistencia, agradecimientos, "
            "logística), no a un punto sobre el tema.",
            "يتعلق البيان بالجلسة نفسها (الحضور أو الشكر أو الترتيبات اللوجستية) لا بفكرة في "
            "الموضوع.",
            "Заявление касается самой сессии (участия, благодарностей, организационных "
            "вопросов), а не существа темы.",
            "该陈述涉及会议本身（出席情况、致谢、后勤安排），而非对议题的观点。",
        ),
        _row(
            "The draft grouped no other session's statement with this one (the same point in "
            "other words or another language can be missed), and it was not among the most "
            "salient points made by one session that the draft's size leaves room for.",
            "Le projet n'a regroupé avec elle aucune déclaration d'une autre session (le même "
            "point formulé autrement ou dans une autre langue peut avoir échappé), et elle ne "
            "figurait pas parmi les points les plus saillants d'une seule session auxquels la "
            "taille du projet laisse place.",
            "El borrador no agrupó con ella ninguna declaración de otra sesión (puede pasarse "
            "por alto el mismo punto expresado con otras palabras o en otro idioma), y no "
            "estaba entre los puntos más destacados de una sola sesión para los que el tamaño "
            "del borrador deja espacio.",
            "لم تجمع المسودة مع هذا البيان أي بيان من جلسة أخرى (وقد يفوتها المعنى نفسه إذا "
            "ورد بكلمات أخرى أو بلغة أخرى)، ولم يكن من أبرز الأفكار التي طرحتها جلسة واحدة "
            "والتي يتسع لها حجم المسودة.",
            "Проект не объединил с этим заявлением ни одного заявления другой сессии (тот же "
            "тезис, высказанный другими словами или на другом языке, мог быть пропущен), и оно "
            "не вошло в число самых значимых тезисов одной сессии, для которых в проекте есть "
            "место.",
            "草稿未将其他会议的任何陈述与该陈述归并（以其他措辞或其他语言表达的同一观点可能"
            "被遗漏），且该陈述不属于草稿篇幅所能容纳的、仅由一场会议提出的最突出观点。",
        ),
        _row(
            "Only one session made the statement, and it reads like a description of the "
            "session (words of a meeting, and a description model leaning that way) rather "
            "than a point, so no message rests on it alone.",
            "Une seule session a fait cette déclaration, et elle se lit comme une description "
            "de la session (vocabulaire de réunion, et un modèle de description qui penche en "
            "ce sens) plutôt que comme un point : aucun message ne repose sur elle seule.",
            "Solo una sesión hizo la declaración, y se lee como una descripción de la sesión "
            "(palabras propias de una reunión y un modelo de descripción que se inclina en ese "
            "sentido) más que como un punto, por lo que ningún mensaje se basa solo en ella.",
            "لم يطرح هذا البيان سوى جلسة واحدة، ويبدو وصفًا للجلسة (بمفردات الاجتماعات، مع ميل "
            "نموذج الوصف إلى ذلك) لا فكرة، فلا تستند إليه وحده أي رسالة.",
            "Это заявление сделано только на одной сессии и читается как описание сессии "
            "(слова, характерные для заседания, и модель описаний склоняется к такому выводу), "
            "а не как тезис, поэтому ни одно послание не опирается только на него.",
            "仅有一场会议提出该陈述，且其读来像是对会议的描述（使用会议用语，描述模型也倾向于"
            "此判断）而非观点，因此没有信息仅以其为依据。",
        ),
        _row(
            "Only one session made the statement, and it reads as one person's account (an "
            "attribution model leaning that way, no claim of its own) rather than a point, so "
            "no message rests on it alone.",
            "Une seule session a fait cette déclaration, et elle se lit comme le récit d'une "
            "personne (un modèle d'attribution qui penche en ce sens, aucune affirmation "
            "propre) plutôt que comme un point : aucun message ne repose sur elle seule.",
            "Solo una sesión hizo la declaración, y se lee como el relato de una persona (un "
            "modelo de atribución que se inclina en ese sentido, sin afirmación propia) más que "
            "como un punto, por lo que ningún mensaje se basa solo en ella.",
            "لم يطرح هذا البيان سوى جلسة واحدة، ويبدو روايةً لشخص واحد (مع ميل نموذج الإسناد "
            "إلى ذلك، ودون ادعاء خاص به) لا فكرة، فلا تستند إليه وحده أي رسالة.",
            "Это заявление сделано только на одной сессии и читается как рассказ одного "
            "человека (модель атрибуции склоняется к такому выводу, собственного утверждения "
            "нет), а не как тезис, поэтому ни одно послание не опирается только на него.",
            "仅有一场会议提出该陈述，且其读来像是某一个人的讲述（归属模型倾向于此判断，本身"
            "没有主张）而非观点，因此没有信息仅以其为依据。",
        ),
        _row(
            "The draft grouped the statement only with statements that, like it, read as one "
            "person's account (marked so, or an attribution model leaning that way, and no "
            "claim of its own) rather than a point, so no message rests on them alone.",
            "Le projet n'a regroupé cette déclaration qu'avec des déclarations qui, comme "
            "elle, se lisent comme le récit d'une personne (signalées comme telles, ou un "
            "modèle d'attribution qui penche en ce sens, sans affirmation propre) plutôt que "
            "comme un point : aucun message ne repose sur elles seules.",
            "El borrador agrupó la declaración solo con declaraciones que, como ella, se leen "
            "como el relato de una persona (marcadas así, o un modelo de atribución que se "
            "inclina en ese sentido, sin afirmación propia) más que como un punto, por lo que "
            "ningún mensaje se basa solo en ellas.",
            "لم تجمع المسودة هذا البيان إلا مع بيانات تبدو مثله روايات شخصية (موسومة بذلك، أو "
            "مع ميل نموذج الإسناد إلى ذلك، ودون ادعاء خاص بها) لا أفكارًا، فلا تستند إليها "
            "وحدها أي رسالة.",
            "Проект объединил это заявление только с заявлениями, которые, как и оно, читаются "
            "как рассказ одного человека (помечены так или модель атрибуции склоняется к "
            "такому выводу, собственного утверждения нет), а не как тезис, поэтому ни одно "
            "послание не опирается только на них.",
            "草稿仅将该陈述与同样读来像个人讲述（已如此标注，或归属模型倾向于此判断，本身没有"
            "主张）而非观点的陈述归为一组，因此没有信息仅以它们为依据。",
        ),
        _row(
            "The statement sat near a message, but the same-point check could not confirm that "
            "it makes that message's point, and no other message takes it.",
            "La déclaration était proche d'un message, mais la vérification du même point n'a "
            "pas pu confirmer qu'elle en formule le point, et aucun autre message ne la "
            "reprend.",
            "La declaración estaba cerca de un mensaje, pero la verificación del mismo punto no "
            "pudo confirmar que plantee el punto de ese mensaje, y ningún otro mensaje la "
            "recoge.",
            "كان البيان قريبًا من رسالة، لكن التحقق من وحدة الفكرة لم يتمكن من تأكيد أنه يطرح "
            "فكرة تلك الرسالة، ولا تتضمنه أي رسالة أخرى.",
            "Заявление было близко к посланию, но проверка совпадения тезиса не смогла "
            "подтвердить, что в нём выражен тезис этого послания, и ни одно другое послание "
            "его не включает.",
            "该陈述与某条信息相近，但同一观点核查未能确认其表达了该信息的观点，也没有其他信息"
            "收录它。",
        ),
        _row(
            "An editor took it out of a message.",
            "Un rédacteur l'a retirée d'un message.",
            "Un editor la retiró de un mensaje.",
            "أخرجه أحد المحررين من رسالة.",
            "Редактор исключил его из послания.",
            "编辑将其从某条信息中移出。",
        ),
        _row(
            "An editor removed the message it was in.",
            "Un rédacteur a supprimé le message dont elle faisait partie.",
            "Un editor eliminó el mensaje en el que figuraba.",
            "حذف أحد المحررين الرسالة التي كان ضمنها.",
            "Редактор удалил послание, в которое оно входило.",
            "编辑删除了其所在的信息。",
        ),
        _row(
            "Imported after the draft was made; place it in a message or leave it here.",
            "Importée après l'établissement du projet ; à placer dans un message ou à laisser ici.",
            "Importada después de elaborarse el borrador; puede incorporarse a un mensaje o "
            "dejarse aquí.",
            "استُورد بعد إعداد المسودة؛ يمكن إدراجه في رسالة أو تركه هنا.",
            "Импортировано после подготовки проекта; его можно включить в послание или "
            "оставить здесь.",
            "在草稿生成后导入；可将其放入某条信息，或留在此处。",
        ),
    )
}

#: The kinds of statement as the intro's {inputs} names them (plural, as an object).
INPUTS: dict[str, dict[str, str]] = {
    "key_takeaway": _row(
        "key takeaways",
        "des enseignements clés",
        "conclusiones clave",
        "الاستنتاجات الرئيسية",
        "ключевые выводы",
        "主要结论",
    ),
    "call_to_action": _row(
        "calls to action",
        "des appels à l'action",
        "llamamientos a la acción",
        "الدعوات إلى العمل",
        "призывы к действию",
        "行动呼吁",
    ),
    "nri_message": _row(
        "messages from NRI reports",
        "des messages tirés des rapports des NRI",
        "mensajes de los informes de las NRI",
        "رسائل تقارير المبادرات الوطنية والإقليمية",
        "послания из докладов НРИ",
        "国家和地区倡议报告中的信息",
    ),
    "comment": _row(
        "public comments",
        "des commentaires du public",
        "comentarios del público",
        "تعليقات الجمهور",
        "комментарии общественности",
        "公众评论",
    ),
    "transcript": _row(
        "passages of session transcripts",
        "des extraits de transcriptions de sessions",
        "fragmentos de transcripciones de sesiones",
        "مقتطفات من النصوص المفرغة للجلسات",
        "фрагменты стенограмм сессий",
        "会议文字记录摘录",
    ),
}

#: The stakeholder groups and the UN regional groups a ledger counts, in each language (the
#: names the review site gives them); a group an edition file adds is shown as it writes it.
GROUP_NAMES: dict[str, dict[str, str]] = {
    "Government": _row(
        "Government", "Gouvernement", "Gobierno", "الحكومات", "Правительство", "政府"
    ),
    "Intergovernmental Organization": _row(
        "Intergovernmental Organization",
        "Organisation intergouvernementale",
        "Organización intergubernamental",
        "المنظمات الحكومية الدولية",
        "Межправительственная организация",
        "政府间组织",
    ),
    "Private Sector": _row(
        "Private Sector",
        "Secteur privé",
        "Sector privado",
        "القطاع الخاص",
        "Частный сектор",
        "私营部门",
    ),
    "Civil Society": _row(
        "Civil Society",
        "Société civile",
        "Sociedad civil",
        "المجتمع المدني",
        "Гражданское общество",
        "民间社会",
    ),
    "Technical Community": _row(
        "Technical Community",
        "Communauté technique",
        "Comunidad técnica",
        "المجتمع التقني",
        "Техническое сообщество",
        "技术界",
    ),
    "Other": _row("Other", "Autre", "Otro", "أخرى", "Другое", "其他"),
    "African Group": _row(
        "African Group",
        "Groupe des États d'Afrique",
        "Grupo de Estados de África",
        "مجموعة الدول الأفريقية",
        "Группа африканских государств",
        "非洲国家组",
    ),
    "Asia-Pacific Group": _row(
        "Asia-Pacific Group",
        "Groupe des États d'Asie et du Pacifique",
        "Grupo de Estados de Asia y el Pacífico",
        "مجموعة دول آسيا والمحيط الهادئ",
        "Группа азиатско-тихоокеанских государств",
        "亚洲及太平洋国家组",
    ),
    "Eastern European Group": _row(
        "Eastern European Group",
        "Groupe des États d'Europe orientale",
        "Grupo de Estados de Europa Oriental",
        "مجموعة دول أوروبا الشرقية",
        "Группа восточноевропейских государств",
        "东欧国家组",
    ),
    "Latin American and Caribbean Group": _row(
        "Latin American and Caribbean Group",
        "Groupe des États d'Amérique latine et des Caraïbes",
        "Grupo de Estados de América Latina y el Caribe",
        "مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي",
        "Группа государств Латинской Америки и Карибского бассейна",
        "拉丁美洲和加勒比国家组",
    ),
    "Western European and Others Group": _row(
        "Western European and Others Group",
        "Groupe des États d'Europe occidentale et autres États",
        "Grupo de Estados de Europa Occidental y otros Estados",
        "مجموعة دول أوروبا الغربية ودول أخرى",
        "Группа западноевропейских и других государств",
        "西欧和其他国家组",
    ),
    "unknown": _row("unknown", "inconnu", "desconocido", "غير معروف", "неизвестно", "未知"),
}

#: Names of the six UN languages, in each of them.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": _row("English", "French", "Spanish", "Arabic", "Russian", "Chinese"),
    "fr": _row("anglais", "français", "espagnol", "arabe", "russe", "chinois"),
    "es": _row("inglés", "francés", "español", "árabe", "ruso", "chino"),
    "ar": _row("الإنجليزية", "الفرنسية", "الإسبانية", "العربية", "الروسية", "الصينية"),
    "ru": _row("английский", "французский", "испанский", "арабский", "русский", "китайский"),
    "zh": _row("英文", "法文", "西班牙文", "阿拉伯文", "俄文", "中文"),
}

# Counted nouns: language -> plural category -> template. Categories follow CLDR: en/es
# one|other, fr one (0 and 1)|other, ru one|few|many, ar zero|one|two|few|many|other, zh other.
# The ar and ru forms are nominative: use them standalone ("3 sources" as a label), not in a
# sentence where case would change them.
NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "response": {
        "en": {"one": "{n} response", "other": "{n} responses"},
        "fr": {"one": "{n} réponse", "other": "{n} réponses"},
        "es": {"one": "{n} respuesta", "other": "{n} respuestas"},
        "ar": {
            "zero": "لا ردود",
            "one": "رد واحد",
            "two": "ردان",
            "few": "{n} ردود",
            "many": "{n} ردًا",
            "other": "{n} رد",
        },
        "ru": {"one": "{n} ответ", "few": "{n} ответа", "many": "{n} ответов"},
        "zh": {"other": "{n}份回复"},
    },
    "source": {
        "en": {"one": "{n} source", "other": "{n} sources"},
        "fr": {"one": "{n} source", "other": "{n} sources"},
        "es": {"one": "{n} fuente", "other": "{n} fuentes"},
        "ar": {
            "zero": "لا مصادر",
            "one": "مصدر واحد",
            "two": "مصدران",
            "few": "{n} مصادر",
            "many": "{n} مصدرًا",
            "other": "{n} مصدر",
        },
        "ru": {"one": "{n} источник", "few": "{n} источника", "many": "{n} источников"},
        "zh": {"other": "{n}个来源"},
    },
    "statement": {
        "en": {"one": "{n} statement", "other": "{n} statements"},
        "fr": {"one": "{n} déclaration", "other": "{n} déclarations"},
        "es": {"one": "{n} declaración", "other": "{n} declaraciones"},
        "ar": {
            "zero": "لا بيانات",
            "one": "بيان واحد",
            "two": "بيانان",
            "few": "{n} بيانات",
            "many": "{n} بيانًا",
            "other": "{n} بيان",
        },
        "ru": {"one": "{n} заявление", "few": "{n} заявления", "many": "{n} заявлений"},
        "zh": {"other": "{n}条陈述"},
    },
    "organiser": {
        "en": {"one": "{n} organiser", "other": "{n} organisers"},
        "fr": {"one": "{n} organisateur", "other": "{n} organisateurs"},
        "es": {"one": "{n} organizador", "other": "{n} organizadores"},
        "ar": {
            "zero": "لا منظمين",
            "one": "منظم واحد",
            "two": "منظمان",
            "few": "{n} منظمين",
            "many": "{n} منظمًا",
            "other": "{n} منظم",
        },
        "ru": {"one": "{n} организатор", "few": "{n} организатора", "many": "{n} организаторов"},
        "zh": {"other": "{n}个组织方"},
    },
    "session": {
        "en": {"one": "{n} session", "other": "{n} sessions"},
        "fr": {"one": "{n} session", "other": "{n} sessions"},
        "es": {"one": "{n} sesión", "other": "{n} sesiones"},
        "ar": {
            "zero": "لا جلسات",
            "one": "جلسة واحدة",
            "two": "جلستان",
            "few": "{n} جلسات",
            "many": "{n} جلسة",
            "other": "{n} جلسة",
        },
        "ru": {"one": "{n} сессия", "few": "{n} сессии", "many": "{n} сессий"},
        "zh": {"other": "{n}场会议"},
    },
    "message": {
        "en": {"one": "{n} message", "other": "{n} messages"},
        "fr": {"one": "{n} message", "other": "{n} messages"},
        "es": {"one": "{n} mensaje", "other": "{n} mensajes"},
        "ar": {
            "zero": "لا رسائل",
            "one": "رسالة واحدة",
            "two": "رسالتان",
            "few": "{n} رسائل",
            "many": "{n} رسالة",
            "other": "{n} رسالة",
        },
        "ru": {"one": "{n} послание", "few": "{n} послания", "many": "{n} посланий"},
        "zh": {"other": "{n}条信息"},
    },
    "theme": {
        "en": {"one": "{n} theme", "other": "{n} themes"},
        "fr": {"one": "{n} thème", "other": "{n} thèmes"},
        "es": {"one": "{n} tema", "other": "{n} temas"},
        "ar": {
            "zero": "لا مواضيع",
            "one": "موضوع واحد",
            "two": "موضوعان",
            "few": "{n} مواضيع",
            "many": "{n} موضوعًا",
            "other": "{n} موضوع",
        },
        "ru": {"one": "{n} тема", "few": "{n} темы", "many": "{n} тем"},
        "zh": {"other": "{n}个主题"},
    },
    "nri_report": {
        "en": {"one": "{n} NRI report", "other": "{n} NRI reports"},
        "fr": {"one": "{n} rapport de NRI", "other": "{n} rapports de NRI"},
        "es": {"one": "{n} informe de NRI", "other": "{n} informes de NRI"},
        "ar": {
            "zero": "لا تقارير",
            "one": "تقرير واحد",
            "two": "تقريران",
            "few": "{n} تقارير",
            "many": "{n} تقريرًا",
            "other": "{n} تقرير",
        },
        "ru": {"one": "{n} доклад НРИ", "few": "{n} доклада НРИ", "many": "{n} докладов НРИ"},
        "zh": {"other": "{n}份国家和地区倡议报告"},
    },
}


_KINDS = ("key_takeaway", "call_to_action", "nri_message", "comment", "transcript")


def base_language(lang: str) -> str:
    """``zh-Hans`` -> ``zh``; ``EN`` -> ``en``."""
    return lang.split("-")[0].split("_")[0].lower()


def t(key: str, lang: str) -> str:
    """The fixed text ``key`` in ``lang``, falling back to English."""
    row = STRINGS[key]
    return row.get(base_language(lang)) or row["en"]


def plural_category(n: int, lang: str) -> str:
    """The CLDR plural category of the integer ``n`` in ``lang``."""
    lang = base_language(lang)
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if lang == "zh":
        return "other"
    return "one" if n == 1 else "other"


def count(n: int, noun: str, lang: str) -> str:
    """``n`` and the noun, agreed: ``count(3, "source", "ru") == "3 источника"``."""
    written = localise.format_number(n, lang)  # 1,234 / 1 234, as the site writes it
    lang = base_language(lang)
    if lang not in NOUNS[noun]:
        lang = "en"
    forms = NOUNS[noun][lang]
    template = forms.get(plural_category(n, lang)) or forms["other"]
    return template.format(n=written)


def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` in ``lang`` ("Chinese", "chinois"); the code if unknown."""
    names = LANGUAGE_NAMES.get(base_language(lang), LANGUAGE_NAMES["en"])
    return names.get(base_language(code), code)


def group_name(name: str, lang: str) -> str:
    """A stakeholder group or regional group named in ``lang`` ("Sociedad civil", "非洲国家组");
    a name ``GROUP_NAMES`` does not know is given as written."""
    row = GROUP_NAMES.get(name)
    return name if row is None else row.get(base_language(lang)) or row["en"]


def kind_label(kind: str, lang: str) -> str:
    """ "Key Takeaway", "Call to Action", ... for a statement kind; the kind itself if unknown."""
    if kind in _KINDS:
        return t(kind, lang)
    return kind.replace("_", " ")


def reason_label(reason: str, lang: str) -> str:
    """A readable label for a not-reflected reason code; the code itself if unknown."""
    row = REASONS.get(reason)
    if row is None:
        return reason.replace("_", " ")
    return row.get(base_language(lang)) or row["en"]


def explanation(detail: str, lang: str) -> str | None:
    """What a reason means (``EXPLANATIONS``, found by its English sentence) in ``lang``; the
    sentence itself in English; None for a sentence the table does not hold, in another
    language (no English sentence in a French annex)."""
    if base_language(lang) == "en":
        return detail
    row = EXPLANATIONS.get(detail)
    return row.get(base_language(lang)) if row is not None else None
