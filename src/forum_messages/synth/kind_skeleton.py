"""How a statement is said: its grammar skeleton, as features for the description model.

The statement embeddings carry what a statement is about; a description and a point about
meetings ("Minutes should be published within a week") sit close together. The skeleton keeps
the words that carry how a statement is said -- function words, reporting verbs, words of the
event and of a call (``EVENT_CUES``, ``POLICY_CUES``), titles of people -- and the
punctuation, and replaces every other word by a placeholder of its shape: ``x`` for a word,
``Aa`` for a capitalised one (a name), ``AA`` for an acronym, ``0`` for a figure. Chinese is
segmented and tagged with rjieba first: its function words, reporting verbs and event words are
kept, names of people, places and organisations become ``NR``, ``NS``, ``NT``. So "Ms Priya
Nair chaired the session on 3 June." reads ``ms Aa Aa chaired the session on 0 Aa .``.

The features are the skeleton's word n-grams (one to three tokens, with the start and the end
of the statement), hashed into ``DIM`` buckets with CRC-32 (deterministic across processes and
machines), present or absent, the row scaled to length ``SCALE``; the rows are sparse (a
statement has a few dozen n-grams), so fitting costs little more than on the embeddings alone.
No language is needed: the word lists of the six languages are one set (Chinese is told by its
script). ``DescriptiveModel(skeleton=True)`` adds them to the embeddings; off by default, as
out of fold they did not help the model on wordings it was not trained on (docs/quality.md).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from forum_messages.nlp.segment import _jieba, arabic_plain
from forum_messages.synth.kind_cues_model import EVENT_CUES, POLICY_CUES

if TYPE_CHECKING:
    from scipy import sparse

#: Hash buckets of the skeleton's n-grams, and the length of a statement's feature row.
DIM = 4096
SCALE = 1.0

_FUNCTION_WORDS = """
the a an of in on at to for from by with about as and or but nor that which who whom whose
this these those it its they their them he she his her we our us you your i my me is are was
were be been being has have had do does did will would can could may might shall not no all
each every both several many some any more most other such than then there here also only
very what when where how why while after before during over under between through into upon
within without if so because although though just one two three first next last again
le la les l un une des du de d à au aux en dans sur sous par pour avec sans et ou mais que qu
qui dont ce cet cette ces il elle ils elles on nous vous leur leurs son sa ses est sont a ont
été être avoir fait ne pas se s y lors après avant pendant entre tous toutes tout chaque
plusieurs ainsi puis
el los las unos unas del al con sin sobre y o pero quien cual cuyo este esta estos estas ese
esa lo su sus es son fue fueron ha han sido ser estar muy más ya también durante tras antes
después cada todos varios varias se le les
в во на с со к ко по о об от до из у за при для без через над под и а но или что чтобы как
который которая которое которые которых которой это этот эта эти этого тот та те он она они
его её ее их мы вы не ни же ли бы был была было были быть есть также так уже ещё все всех
каждый несколько после перед время между затем
في من إلى الى على عن مع حول بين خلال بعد قبل و أو ثم لكن أن إن الذي التي الذين هذا هذه ذلك
تلك هو هي هم كان كانت كانوا قد لم لن لا ما كل عدة بعض أيضا كما حيث عند ضمن منذ
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())

# Reporting and meeting verbs (stems) and titles of people, in the five languages written
# with spaces: kept as they are.
_KEEP = re.compile(
    r"^(?:said|says|stress|note|noted|highlight|emphasi[sz]|underlin|argu|point|warn|urg|call|"
    r"recall|recount|explain|describ|shar|told|tell|announc|conclud|agree|found|observ|remind|"
    r"focus|discuss|explor|examin|address|cover|open|clos|welcom|thank|invit|introduc|present|"
    r"launch|held|hold|took|take|place|conven|gather|brought|attend|follow|moderat|chair|recap|"
    r"summar|draft|review|record|minute|item|agenda|release|available|watch|"
    r"soulign|rappel|estim|déclar|indiqu|expliqu|insist|plaid|appel|racont|annonc|conclu|"
    r"constat|tenu|déroul|réuni|particip|ouvert|clôtur|anim|accueil|remerci|abord|évoqu|"
    r"discut|débat|lanc|suspend|repris|retenir|communiqu|"
    r"subray|record|señal|destac|afirm|explic|insist|cont[óa]|relat|anunci|conclu|coincid|"
    r"realiz|celebr|reun|particip|abri|clausur|modera|agradec|abord|trat|present|lanz|"
    r"сказал|подчеркн|отмет|напомн|заяв|объясн|рассказ|призва|сообщ|пришл|сочл|счита|"
    r"прош[её]л|прошл|состоял|собрал|открыл|закрыл|вел|обсуд|рассмотр|затрон|представ|"
    r"поделил|выступ|провед|итог|вывод|"
    r"قال|أكد|أشار|شدد|أوضح|روى|دعا|أعلن|خلص|انتهى|اعتبر|رأى|انعقد|عقد|نظم|افتتح|اختتم|"
    r"تناول|ناقش|استعرض|قدم|شارك|جرى|تم)",
    re.IGNORECASE,
)

# Chinese: the parts of speech kept as words (prepositions, conjunctions, particles,
# pronouns, adverbs, locatives, measure words, modal particles), and words kept whatever
# their part of speech (reporting and meeting verbs).
_TITLE_WORDS = """
mr mrs ms dr prof professor hon mme m mlle sr sra srta dra г-н г-жа д-р проф السيد السيدة
الدكتور الدكتورة الأستاذ الأستاذة
"""
_TITLES = frozenset(_TITLE_WORDS.split())

_ZH_TAGS = "p c u uj ul uz ug uv ud r d f q y e o"
_ZH_KEEP_TAGS = frozenset(_ZH_TAGS.split())
_ZH_PLACEHOLDER = {"nr": "NR", "ns": "NS", "nt": "NT", "m": "0", "eng": "AA", "t": "T"}
_ZH_KEEP = re.compile(
    r"^(?:表示|指出|强调|认为|提出|呼吁|介绍|分享|讲述|回忆|举行|召开|开幕|闭幕|主持|主办|"
    r"承办|出席|参加|发布|宣布|围绕|聚焦|探讨|讨论|审议|通过|展示|回顾|观看|整理|起草|发言|"
    r"议程|纪要|新闻稿|随后|首先|最后|会议|论坛|与会|代表|嘉宾|主席|主持人|共识|成果|结论|"
    r"据|称|说|谈到|了|着|过|是|有|在|被|把|对|就|为|由|将)$"
)

_ZH = re.compile(r"[\u4e00-\u9fff]")
_AR = re.compile(r"[\u0600-\u06ff]")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s]")
_SENTENCE_START = frozenset('.!?;-•*"«“')
_AR_PREFIX = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال)?")


def _shape(token: str) -> str:
    """The placeholder of a word not kept: ``0``, ``AA``, ``Aa`` or ``x``."""
    if token[0].isdigit():
        return "0"
    if len(token) > 1 and token.isupper():
        return "AA"
    if token[0].isupper():
        return "Aa"
    return "x"


def _kept(low: str) -> bool:
    """Whether a lower-cased word is kept as it is (stems of event words match inflections)."""
    return bool(
        low in _FUNCTION
        or low in _TITLES
        or _KEEP.match(low)
        or EVENT_CUES.match(low)
        or POLICY_CUES.match(low)
    )


@lru_cache(maxsize=1 << 16)
def _word(token: str, first: bool = False) -> str:
    """The skeleton token of one word or punctuation mark outside Chinese (``first``: the
    first word of a sentence, whose capital says nothing)."""
    if not token[0].isalnum():
        return token
    low = token.lower()
    if _kept(low):
        return low
    bare = _AR_PREFIX.sub("", low)
    if bare != low and bare and _kept(bare):
        return bare
    if first and token[0].isupper() and not token.isupper():
        return "x"
    return _shape(token)


@lru_cache(maxsize=1 << 16)
def _chinese_word(word: str, tag: str) -> str:
    """The skeleton token of one word of a segmented Chinese text and its part of speech."""
    if tag == "x" or not word[0].isalnum():
        return word
    if tag == "eng":
        return _word(word)
    if (
        _ZH_KEEP.match(word)
        or tag in _ZH_KEEP_TAGS
        or POLICY_CUES.match(word)
        or EVENT_CUES.match(word)
    ):
        return word
    return _ZH_PLACEHOLDER.get(tag, tag[:1].upper() if tag else "x")


def _chinese(text: str) -> list[str]:
    # rjieba imported on the first Chinese text (its import builds the dictionary)
    return [_chinese_word(w.strip(), tag) for w, tag in _jieba().tag(text) if w.strip()]


@lru_cache(maxsize=1 << 14)
def skeleton(text: str) -> tuple[str, ...]:
    """The statement's skeleton: kept words, placeholders and punctuation, in order."""
    text = unicodedata.normalize("NFKC", text).strip()
    if _ZH.search(text):
        return tuple(_chinese(text))
    if _AR.search(text):
        text = arabic_plain(text)
    out: list[str] = []
    for token in _TOKEN.findall(text):
        out.append(_word(token, first=not out or out[-1] in _SENTENCE_START))
    return tuple(out)


def _bucket(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % DIM


def skeleton_features(texts: Sequence[str]) -> sparse.csr_matrix:
    """One sparse row of ``DIM`` hashed skeleton n-grams per text, each of length ``SCALE``."""
    from scipy import sparse  # imported here: a draft takes the rows alone (``skeleton_rows``)

    indptr, indices, values = skeleton_rows(texts)
    return sparse.csr_matrix(
        (np.asarray(values, dtype=np.float64), indices, indptr), shape=(len(texts), DIM)
    )


def skeleton_rows(texts: Sequence[str]) -> tuple[list[int], list[int], list[float]]:
    """The rows of :func:`skeleton_features` in compressed form: where each row's entries
    start (and the end), their buckets (ascending within a row) and their values."""
    indptr: list[int] = [0]
    indices: list[int] = []
    values: list[float] = []
    for text in texts:
        tokens = ["^", *skeleton(text), "$"]
        grams = {
            _bucket(" ".join(tokens[i : i + n]))
            for n in (1, 2, 3)
            for i in range(len(tokens) - n + 1)
        }
        indices.extend(sorted(grams))
        values.extend([SCALE / np.sqrt(len(grams))] * len(grams))
        indptr.append(len(indices))
    return indptr, indices, values
