import numpy as np
import pytest

from forum_messages.nlp.base import HashEmbedder

TRANSLATIONS = [
    "Internet access is a human right.",
    "L'accès à Internet est un droit humain.",
    "El acceso a Internet es un derecho humano.",
    "الوصول إلى الإنترنت حق من حقوق الإنسان.",
    "Доступ в интернет является правом человека.",
    "互联网接入是一项人权。",
]
UNRELATED = "Data centres should report their water consumption every year."


def test_hash_embedder_is_deterministic_and_normalised() -> None:
    emb = HashEmbedder(dim=64)
    a = emb.embed(["Cybersecurity capacity building", "Community networks"])
    b = emb.embed(["Cybersecurity capacity building", "Community networks"])
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert float(a[0] @ a[1]) < 0.9


@pytest.mark.slow
def test_real_embedder_puts_translations_together(use_embedder) -> None:  # type: ignore[no-untyped-def]
    x = use_embedder.embed([*TRANSLATIONS, UNRELATED])
    assert x.shape == (7, 512)
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-4)
    sims = x[:6] @ x[:6].T
    unrelated = x[:6] @ x[6]
    # every translation is closer to every other translation than to the unrelated sentence
    assert sims[np.triu_indices(6, 1)].min() > unrelated.max() + 0.2


@pytest.mark.slow
def test_real_embedder_is_repeatable_and_batch_independent(use_embedder) -> None:  # type: ignore[no-untyped-def]
    alone = use_embedder.embed([TRANSLATIONS[0]])
    batch = use_embedder.embed(TRANSLATIONS)
    assert np.allclose(alone[0], batch[0], atol=1e-5)
    assert np.array_equal(batch, use_embedder.embed(TRANSLATIONS))


def test_thread_count_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from forum_messages.errors import ConfigError
    from forum_messages.nlp.use import USEEmbedder

    monkeypatch.setenv("FORUM_MESSAGES_THREADS", "1")
    assert USEEmbedder().threads == 1
    assert USEEmbedder(threads=3).threads == 3  # an explicit count wins
    monkeypatch.setenv("FORUM_MESSAGES_THREADS", "many")
    with pytest.raises(ConfigError, match="FORUM_MESSAGES_THREADS"):
        USEEmbedder()
    monkeypatch.delenv("FORUM_MESSAGES_THREADS")
    assert 1 <= USEEmbedder().threads <= 4
