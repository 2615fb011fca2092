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
    0.333128,
    0.162117,
    -0.004559,
    0.074055,
    0.940346,
    0.572803,
    0.067351,
    0.753309,
    0.006414,
)
PAIR_SCALE = (
    0.082678,
    0.112669,
    0.084069,
    0.089445,
    0.236844,
    0.494671,
    0.290901,
    0.165729,
    0.138571,
)
PAIR_WEIGHTS = (
    0.041374,
    0.748897,
    0.482546,
    0.910607,
    -0.492648,
    -0.154618,
    -0.006782,
    -0.151361,
    -0.142806,
)
PAIR_BIAS = -2.020234
CORE_NAMES = (
    "cosine",
    "terms",
    "one_language",
)
CORE_MEAN = (
    0.528874,
    0.214298,
    0.915254,
)
CORE_SCALE = (
    0.119714,
    0.200041,
    0.278503,
)
CORE_WEIGHTS = (
    0.420488,
    1.850978,
    -0.998245,
)
CORE_BIAS = 2.186068
LARGE_NAMES = (
    "cosine",
    "terms",
    "one_language",
    "shared",
)
LARGE_MEAN = (
    0.531661,
    0.219376,
    0.913043,
    3.747826,
)
LARGE_SCALE = (
    0.119986,
    0.200102,
    0.281771,
    2.989383,
)
LARGE_WEIGHTS = (
    0.101296,
    0.558099,
    -1.152982,
    1.717906,
)
LARGE_BIAS = 2.408024
