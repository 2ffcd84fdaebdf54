"""Silver training sentences for the CRF: news sentences tagged by a stronger teacher.

The teacher is an ensemble (a CRF and the network, ner_ensemble) that did not see the sentences
a recipe is scored on. It tags whole SaudiNewsNet articles as ingest does (EntityTagger.annotate:
the tagger, the curated places, full names and repeats within the article), and each body
sentence of 5 to 60 tokens (the tagger's own token and sentence split) becomes a training
sentence with the annotate() mentions as its tags (a mention that leaves out a clitic tags the
whole token, as ANERcorp does). A sentence is `agreed` when the CRF alone and the network alone,
decoded from the same scores, give exactly its spans: the confident part.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, islice
from pathlib import Path

from siyaq.analyze.entities import EntityTagger
from siyaq.analyze.ner_data import Sentence, spans
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_text import Tokens, text_sentence_lengths, token_columns
from siyaq.model import Article, Mention

MIN_TOKENS, MAX_TOKENS = 5, 60
# SaudiNewsNet articles from this one on, in the corpus's order: after the benchmarks' first
# 2,000 / 8,000 and the hand-read sample (7,501-9,000), so those stay untouched by training.
FIRST_ARTICLE = 10_000
RULES = ("agreed", "named")  # which silver sentences are kept: see keep()


@dataclass(slots=True)
class _Voting(EnsembleTagger):
    """EnsembleTagger that also keeps the CRF's and the network's own tags of each text."""

    alone: list[tuple[list[str], list[str]]] = field(default_factory=list)

    def tag_text(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[list[str], list[str]]:
        both, crf, neural, norms = self.tag_each(words, lengths)
        self.alone.append((crf, neural))
        return both, norms


@dataclass(slots=True, frozen=True)
class SilverSentence:
    words: list[str]
    tags: list[str]  # the teacher's, from annotate()
    agreed: bool  # the CRF alone and the network alone give the same spans

    @property
    def named(self) -> bool:
        return any(tag != "O" for tag in self.tags)


def load_teacher(crf: Path, neural: Path) -> EntityTagger:
    """The ensemble of a CRF file and a network file (the network reads the CRF's lexicon)."""
    loaded = EntityTagger.load(crf, "ensemble", neural)
    ensemble = loaded.decoder
    if not isinstance(ensemble, EnsembleTagger):  # load(…, "ensemble") builds one
        raise TypeError(f"expected an ensemble, got {type(ensemble).__name__}")
    loaded.decoder = _Voting(ensemble.crf, ensemble.neural, ensemble.weight,
                             ensemble.outside_penalty)
    return loaded


def token_tags(tokens: Tokens, mentions: Iterable[Mention]) -> list[str]:
    """BIO tags of the tokens from mentions with offsets into the same text: a token overlapped
    by a mention takes its type, the mention's first token B-; a token keeps its first tag."""
    tags = ["O"] * len(tokens.words)
    starts, ends = tokens.starts, tokens.ends
    for mention in mentions:
        first = max(bisect_right(starts, mention.start) - 1, 0)
        inside = [i for i in range(first, bisect_left(starts, mention.end))
                  if ends[i] > mention.start]
        for n, i in enumerate(inside):
            if tags[i] == "O":
                tags[i] = ("B-" if n == 0 else "I-") + mention.type
    return tags


def article_sentences(article: Article, teacher: EntityTagger) -> list[SilverSentence]:
    """The body sentences of 5 to 60 tokens of one article, tagged by the teacher in context."""
    voting = teacher.decoder
    if not isinstance(voting, _Voting):
        raise TypeError("a teacher from load_teacher() is needed")
    voting.alone.clear()
    teacher.annotate(article)
    tokens = token_columns(article.text)
    count = len(tokens.words)
    if not count:
        return []
    (crf, neural), = voting.alone  # one batch: title and body together, the body last
    crf, neural = crf[len(crf) - count:], neural[len(neural) - count:]
    tags = token_tags(tokens, (m for m in article.mentions if not m.in_title))
    lengths = text_sentence_lengths(article.text, tokens)  # as the tagger cuts them
    result: list[SilverSentence] = []
    for end, size in zip(accumulate(lengths), lengths, strict=True):
        if MIN_TOKENS <= size <= MAX_TOKENS:
            window = slice(end - size, end)
            own = spans(tags[window])
            agreed = own == spans(crf[window]) == spans(neural[window])
            result.append(SilverSentence(tokens.words[window], tags[window], agreed))
    return result


def keep(sentence: SilverSentence, rule: str) -> bool:
    """"agreed": at least one name and the three taggers agree on every span; "named": at least
    one name (the teacher's tags, however sure). Sentences without a name are never kept: both
    taggers miss names far more often than they invent them (recall is the weak side), so an
    empty sentence is the likeliest to be wrong."""
    if rule == "agreed":
        return sentence.named and sentence.agreed
    if rule == "named":
        return sentence.named
    raise ValueError(f"unknown silver rule {rule!r}: use one of {', '.join(RULES)}")


def silver(
    articles: Iterable[Article], teacher: EntityTagger, amount: int, rule: str = "agreed"
) -> Iterator[Sentence]:
    """The first `amount` kept sentences of the articles, in their order (deterministic)."""
    kept = (s for a in articles for s in article_sentences(a, teacher) if keep(s, rule))
    for sentence in islice(kept, amount):
        yield Sentence(sentence.words, sentence.tags)


def news_articles(data_dir: Path, first: int = FIRST_ARTICLE) -> Iterator[Article]:
    """SaudiNewsNet articles in the corpus's order from the `first` one on (none without it)."""
    from siyaq.analyze.bench import iter_articles

    folder = data_dir / "saudinewsnet" / "dataset"
    if not folder.is_dir():
        return iter(())
    return islice(iter_articles(folder, None), first, None)
