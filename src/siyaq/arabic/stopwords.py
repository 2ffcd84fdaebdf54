"""Arabic stopwords for search, in search-normalized form (see siyaq.arabic.normalize).

Function words only: prepositions, conjunctions with their common attached forms, pronouns,
demonstratives, relatives, particles and auxiliaries. Reporting verbs (قال, أكد) are NOT here:
quote search needs them. Written in natural spelling and normalized when the analyzer is built.
"""

from __future__ import annotations

from functools import cache

from siyaq.arabic.normalize import normalize_search

STOPWORDS_TEXT = """
في من على إلى الى عن مع ب ل ك و ف ثم أو او أم بل لكن لكنه لكن حتى إذ إذا اذا لو لولا
وفي ومن وعلى وإلى وعن ومع فإن وإن وأن ولكن ولا وما ولم ولن وقد وكان وكانت وهو وهي وهم
أن إن أنّ إنّ أنه أنها إنه إنها بأن بأنه بأنها لأن كأن
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك هنالك وهذا وهذه وذلك بهذا بهذه لهذا لهذه
هو هي هم هن هما أنا نحن أنت أنتم أنتما
الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي ما ماذا من متى أين كيف لماذا كم
قد لقد لا لم لن ليس ليست كان كانت كانوا يكون تكون يكن سوف س
كل بعض غير سوى أي أيّ إلا الا عند عندما لدى منذ مذ خلال بين بعد قبل فوق تحت أمام خلف ضد نحو حول دون
عليه عليها عليهم فيه فيها فيهم منه منها منهم إليه إليها إليهم اليه اليها له لها لهم لنا به بها بهم
عنه عنها عنهم معه معها معهم بينما بينهم أيضا أيضاً كما مثل حيث لدي
يا أيها إما أما وأما تم تمت
"""


def stopword_forms() -> frozenset[str]:
    """The raw (unnormalized) stopword spellings."""
    return frozenset(STOPWORDS_TEXT.split())


@cache
def search_stopwords() -> frozenset[str]:
    """The stopwords in search-normalized form: what the index drops."""
    return frozenset(normalize_search(w) for w in stopword_forms())


def is_stopword(word: str) -> bool:
    """Whether the word as written is a stopword (in any of its spellings: انه, أنه, أنّه)."""
    return normalize_search(word) in search_stopwords()
