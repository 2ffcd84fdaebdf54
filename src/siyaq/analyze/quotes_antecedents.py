"""Antecedents of descriptions: the fuller name an organisation noun stands for, the issuer
of a statement, the person a title referred to earlier in the text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from siyaq.analyze.quotes_heads import NOT_NAMES
from siyaq.analyze.quotes_lexicon import LEADING_DAYS, TIME_HEADS
from siyaq.analyze.quotes_speakers import (
    Speaker,
    Word,
    has_article,
    make_speaker,
    name_run,
    name_start,
)


def title_antecedent(
    words: Sequence[Word], norms: list[str], text: str, head: str, limit: int
) -> Speaker | None:
    """`الرئيس التونسي` -> the name that followed the same title earlier (`الرئيس سمير يوسف`),
    looking at the first `limit` words."""
    last: Speaker | None = None
    for i in [i for i in range(min(limit, len(norms))) if norms[i] == head]:
        window = list(words[i + 1 : i + 5])
        k = next((n for n, w in enumerate(window) if not has_article(w.norm)), None)
        if k is not None and name_start(window[k].norm):
            run = name_run(window, k, text)
            if len(run) >= 2:
                last = make_speaker(run, text, "NAME")
    return last


_CLITIC_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def _core(word: str) -> str:
    for prefix in _CLITIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def expand_head(
    words: Sequence[Word],
    norms: list[str],
    text: str,
    head: str,
    before: int,
    stops: frozenset[str],
    name_ends: Mapping[int, int] | None = None,
) -> Speaker | None:
    """The fuller name an organisation description stands for, from earlier in the text:
    `البنك` -> `البنك المركزي`, `الشركة` -> `شركة فيسبوك`,
    `التجمع` -> `تجمع المهنيين السودانيين`; the nearest such name before the verb (a market
    report names many banks, and `أعلن البنك` is the last one named). ``name_ends``: where the
    tagger's name starting at an offset ends, so that a construct takes the whole name
    (`صحيفة نيويورك تايمز`, `صحيفة وول ستريت جورنال`), not its first word."""
    target = _core(head)
    # `وكالة` itself starts with و: its core is the word, not `كالة`
    places = [
        i for i, norm in enumerate(norms)
        if norm == target or (target in norm and _core(norm) == target)
    ]
    for i in reversed(places):
        word = words[i]
        if word.start >= before:
            continue
        phrase = [word]
        # a tagged name starting at the head itself (`منظمة العفو الدولية`) bounds the phrase
        named_end = name_ends.get(word.start, -1) if name_ends else -1
        if named_end <= word.end:
            named_end = -1  # the head alone was tagged: the words after it tell
        for k, nxt in enumerate(words[i + 1 : i + 8], start=i + 1):
            if nxt.end <= named_end:
                phrase.append(nxt)  # the rest of the tagged name
                continue
            if named_end >= 0 and not _agrees_with_name(nxt.norm):
                break  # after the tagged name only its adjectives (`الأمريكية`), not the sentence
            if named_end < 0 and len(phrase) == 4:
                break  # a phrase of the text's own words: the head and three more at most
            gap = text[phrase[-1].end : nxt.start]
            if any(ch in gap for ch in ".،,:\n()") or nxt.start >= before or nxt.norm in stops:
                break
            if has_article(nxt.norm) and not nxt.norm.startswith("ال"):
                break  # `المجلس للمؤسسات`: a preposition's phrase, not the name
            if has_article(word.norm) and has_article(nxt.norm) and not adjective(nxt.norm):
                break  # `ألقت الشرطة القبض`: after a definite head, only an adjective
            if _describes_what_follows(words, k, text):
                break  # `البرلمان المنتهية ولايته`: the adjective is the term's, not the body's
            if nxt.norm in LEADING_DAYS or nxt.norm in TIME_HEADS:
                break  # `جيش الاحتلال الأربعاء`, `… الأسبوع الماضي`: when, not the name
            if len(phrase) == 1 and not has_article(word.norm) and name_ends \
                    and nxt.start in name_ends and name_ends[nxt.start] < before:
                named_end = name_ends[nxt.start]
                phrase.append(nxt)
                continue
            if not has_article(nxt.norm) and (
                len(phrase) > 1 or nxt.norm in NOT_NAMES or has_article(word.norm)
                or _bare_adjective(nxt.norm)
            ):
                break  # only `شركة فيسبوك` takes a bare word; `الحكومة عزمها` is no name
            phrase.append(nxt)
        if len(phrase) >= 2:
            start, article = word.start, ""
            if word.norm != target and len(word.norm) == word.end - word.start:
                # offsets line up: drop the clitic (`والبنك`), not a first letter (`وكالة`);
                # `للاتحاد` lost the article's alef to ل: written back (`الاتحاد`)
                if word.norm.startswith("لل") and len(word.norm) >= 5:
                    start, article = start + 2, "ال"
                else:
                    start += _clitic_length(word.norm)
            return Speaker(article + text[start : phrase[-1].end], None, "ORG", word.start)
    return None


# Adjectives that follow an organisation noun and are no nisba (`الأمانة العامة`).
_ADJECTIVES = frozenset(
    {"العامه", "العام", "العليا", "الخاصه", "الخاص", "المتحده", "الكبري", "المختصه", "المستقله"}
    | {"المعارض", "المعارضه", "الحاكم", "الجديد", "الجديده", "الام", "المستقل", "الدائمه"}
)


def adjective(word: str) -> bool:
    """`الإسبانية`, `المركزي`, `العامة`: an adjective, not the verb's object (`القبض`)."""
    return has_article(word) and (word.endswith(("ي", "يه", "يين", "يون")) or word in _ADJECTIVES)


def _describes_what_follows(words: Sequence[Word], k: int, text: str) -> bool:
    """Is the word at k an adjective of the noun after it, whose owner is the head (`البرلمان
    المنتهية ولايته`: "the parliament whose term has ended")? Only a body's term or mandate is
    said so; a verb with its object (`الخارجية نشرته`) is no such noun."""
    if k + 1 >= len(words) or not adjective(words[k].norm):
        return False
    noun = words[k + 1]
    return noun.norm in _TERMS and text[words[k].end : noun.start].strip() == ""


# A body's term, mandate or validity with its owner's pronoun (normalized).
_TERMS = frozenset(stem + pronoun for stem in ("ولايت", "صلاحيت", "مدت", "عهدت")
                   for pronoun in ("ه", "ها", "هم"))


def _bare_adjective(word: str) -> bool:
    """`رجال شرطة مسلحين`: an indefinite participle in the plural, which says what kind, not
    which body (`شرطة دبي`, `شركة فيسبوك`)."""
    return len(word) >= 5 and word[0] == "م" and word.endswith(("ين", "ون"))


def _agrees_with_name(word: str) -> bool:
    """An adjective after a tagged organisation name: a feminine or listed one (`الأمريكية`,
    `العامة`); a masculine `ـي` word there is as often a noun (`المغني إد شيران`)."""
    return adjective(word) and (word.endswith("يه") or word in _ADJECTIVES)


def _clitic_length(word: str) -> int:
    for prefix in ("وال", "بال", "فال", "لل", "و", "ب", "ل", "ف"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return len(prefix) - (2 if prefix.endswith("ال") else 1 if prefix == "لل" else 0)
    return 0


def statement_issuer(words: list[Word]) -> list[Word]:
    """`بيان للتجمع`, `بيان أصدره الديوان الملكي`, `بيان نشره المركز الإعلامي`, `بيان عن
    الجيش`: who issued it."""
    for i, word in enumerate(words[1:], start=1):
        if word.norm in ("اصدره", "اصدرته", "نشره", "نشرته", "وزعه", "وزعته", "عن", "من"):
            return words[i + 1 :]
        if word.norm.startswith("ل") and i == 1:
            double = word.norm.startswith("لل")
            core = "ال" + word.norm[2:] if double else word.norm[1:]
            return [Word(word.start + (2 if double else 1), word.end, core), *words[i + 1 :]]
    return []
