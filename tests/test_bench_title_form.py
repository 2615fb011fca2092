"""The form measure of sub-topic titles (bench/title_form.py): what it takes for a fault."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def title_form(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("title_form")


@pytest.mark.parametrize(
    ("title", "language", "fault"),
    [
        ("Maps show", "en", "verb"),
        ("Border", "en", "bare word"),
        ("Persona", "es", "bare word"),
        ("Региона", "ru", "bare word"),
        ("Incidents", "fr", "bare word"),
        ("Compran estos minerales", "es", "verb"),
        ("Achètent ces terminaux", "fr", "verb"),
        ("Use datos biométricos", "es", "verb"),
        ("Encryption", "en", ""),
        ("Cybercrime", "en", ""),
        ("Deepfakes", "en", ""),
        ("IPv6", "en", ""),
        ("ЕАЭС", "ru", ""),
        ("Ciberseguridad", "es", ""),
        ("Connectivité", "fr", ""),
        ("Безопасность", "ru", ""),
        ("Protección de la infancia en línea", "es", ""),
        ("Droits des femmes", "fr", ""),
        ("Subsea cables", "en", ""),
        ("Soy de Huanta", "es", "a speaker's words"),
        ("Our digital lives", "en", "a speaker's words"),
        ("我们的网络", "zh", "a speaker's words"),
        ("Nos données", "fr", "a speaker's words"),
        ("Données ouvertes", "fr", ""),
        ("Наши сети", "ru", "a speaker's words"),
    ],
)
def test_verb_fragments_and_bare_words_are_faults(
    title_form: ModuleType, title: str, language: str, fault: str
) -> None:
    found = title_form.problem(title, language)
    assert found.startswith(fault) if fault else found == ""
