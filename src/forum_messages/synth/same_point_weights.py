"""Weights of the same-point models (``synth/same_point.py``), fitted on the
development reports by ``bench/same_point.py --write``: do not edit by hand."""

PAIR_NAMES = (
    "cosine",
    "centred",
    "csls",
    "terms",
    "one_language",
    "one_kind",
    "attribution",
    "length",
    "numbers",
)
PAIR_MEAN = (
    0.332457,
    0.157255,
    -0.00573,
    0.07339,
    0.931013,
    0.571519,
    0.068354,
    0.755388,
    0.003797,
)
PAIR_SCALE = (
    0.081948,
    0.112854,
    0.083065,
    0.090054,
    0.253433,
    0.494859,
    0.289716,
    0.164984,
    0.142263,
)
PAIR_WEIGHTS = (
    0.046153,
    0.816952,
    0.411679,
    0.88004,
    -0.461074,
    -0.137674,
    0.070659,
    -0.171945,
    -0.115502,
)
PAIR_BIAS = -2.069343
CORE_NAMES = (
    "cosine",
    "terms",
    "one_language",
)
CORE_MEAN = (
    0.526002,
    0.211456,
    0.89916,
)
CORE_SCALE = (
    0.119991,
    0.200258,
    0.301117,
)
CORE_WEIGHTS = (
    0.351592,
    1.649494,
    -1.084184,
)
CORE_BIAS = 1.986235
