"""Bad sub-topic titles by class (bench/title_classes.py), read from what bench/titles.py
prints: the first class that applies, and the titles read as in a wrong grammatical form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def classes(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("title_classes")


PRINTED = """\
absent: Цифровая гигиена
dev-ru-mid                   ru    0/2  Цифровая гигиена
dev-ru-mid                   ru    1/2  Цифровую гигиену
dev-ru-mid                   ru    2/2  Региона  × bare word (региона)
joined: Personas mayores y protección de la infancia en línea
dev-es                       es    1/2  Personas mayores y protección de la infancia en línea
dev-es                       es    2/4  Redes comunitarias
dev-es                       es    1/2  Fondos de servicio universal y financiación sostenible
thin: Fondos de servicio universal y financiación sostenible (2 messages)
thin: Cigüeñas (2 messages)
dev-es                       es    1/3  Extranjeras necesitan
"""


def test_each_title_in_the_first_class_that_applies(classes: ModuleType, tmp_path: Path) -> None:
    found = classes.titles(PRINTED)
    ru, es = found[("dev-ru-mid", "ru")], found[("dev-es", "es")]
    assert classes.kind("Цифровая гигиена", *ru["Цифровая гигиена"]) == "fits one or none"
    assert classes.kind("Цифровую гигиену", *ru["Цифровую гигиену"]) == ""
    assert classes.kind("Региона", *ru["Региона"]) == "generic word"
    joined = "Personas mayores y protección de la infancia en línea"
    assert classes.kind(joined, *es[joined]) == "two topics joined"
    thin = "Fondos de servicio universal y financiación sostenible"
    assert classes.kind(thin, *es[thin]) == "two topics joined"  # a joined title, thin
    assert classes.kind("Redes comunitarias", *es["Redes comunitarias"]) == ""
    verb = "Extranjeras necesitan"
    assert classes.kind(verb, *es[verb]) == "no noun phrase"
    path = tmp_path / "titles.out"
    path.write_text(PRINTED, encoding="utf-8")
    assert classes.main(str(path)) == 0
