"""Words the tagger took into a name: `على ترامب` ("on Trump"; `على` is also how Egyptian typing
writes the name Ali), `لميسي` ("to Messi"), `لبي بي سي` ("to the BBC"), `على تويتر` ("on
Twitter"). The span's first word cannot say which it is; the article can: when the rest is named
on its own elsewhere in it, the extra word goes and the mention takes that name's type. A social
platform or a news agency (MEDIA) goes without that evidence (nobody is called Ali Twitter)."""

from __future__ import annotations

from siyaq.analyze.entities_names import NameWords, name_tails
from siyaq.analyze.ner_aliases import canonical_name, hyphens_parted
from siyaq.analyze.ner_text import normalize
from siyaq.model import Mention

_ON = "على"
_GLUED = "لب"  # "to", "by/with" written onto the next word
# Where news is said and read: `على تويتر` ("on Twitter"), `لبي بي سي` ("to the BBC"). Nobody
# is called Ali Twitter, so these go without other evidence.
PLATFORMS = frozenset(normalize(name) for name in (
    "تويتر", "فيسبوك", "فيس بوك", "يوتيوب", "انستغرام", "إنستغرام", "انستجرام", "سناب شات",
    "سنابشات", "تيك توك", "واتساب", "تلغرام", "تيليغرام", "تيليجرام"))
MEDIA = PLATFORMS | frozenset(normalize(name) for name in (
    "بي بي سي", "فرانس برس", "رويترز", "سي إن إن", "سي ان ان", "سكاي نيوز", "أسوشيتد برس",
    "اسوشيتد برس", "دويتشه فيله"))


def unglue(mentions: list[Mention], forms: list[NameWords],
           aliases: dict[str, str]) -> list[int]:
    """Strip what is no part of a name (see the module); the indexes of the mentions changed."""
    glued = {i: found for i, m in enumerate(mentions) if (found := _rest(m)) is not None}
    if not glued:
        return []
    rests = {i: tuple(hyphens_parted(normalize(rest)).split())  # as NameWords.words
             for i, (_, rest) in glued.items()}
    named = _named(mentions, forms, {words[-1] for words in rests.values() if words})
    changed = []
    for i, (skip, rest) in glued.items():
        mention = mentions[i]
        words = rests[i]
        # Evidence is another mention, and not another `على …` one (that may be Ali again).
        source = next((other for other in named.get(words, ())
                       if other is not mention and not other.text.startswith(_ON)), None)
        if source is None and " ".join(words) not in MEDIA:
            continue
        mention.start += skip
        mention.text = rest
        mention.type = source.type if source is not None else "ORG"
        mention.canonical = canonical_name(rest, mention.type, aliases)
        changed.append(i)
    return changed


def _rest(mention: Mention) -> tuple[int, str] | None:
    """(characters to drop, the rest) when the span may carry a word that is not the name's."""
    text = mention.text
    if text.startswith(_ON) and text[len(_ON):len(_ON) + 1].isspace():
        rest = text[len(_ON):].lstrip()
        return (len(text) - len(rest), rest) if rest else None
    if text[:1] in _GLUED and len(text.split(maxsplit=1)[0]) >= 3:
        return 1, text[1:]
    return None


def _named(mentions: list[Mention], forms: list[NameWords], last_words: set[str]
           ) -> dict[tuple[str, ...], list[Mention]]:
    """Each mention's words, and their tails that can stand for it (not after بن، آل…), of
    the names ending in one of `last_words` (a name and its tails end in the same word)."""
    named: dict[tuple[str, ...], list[Mention]] = {}
    for mention, form in zip(mentions, forms, strict=True):
        if form.words[-1] not in last_words:
            continue
        for words in (form.words, *name_tails(form.words)):
            named.setdefault(words, []).append(mention)
    return named


def platforms_as_organisations(mentions: list[Mention]) -> None:
    """A platform (`فيسبوك`, `تويتر`) is its company: an organisation wherever the tagger took
    it for a place, a work or a person from its context (`موقع التواصل الأشهر "فيسبوك"`;
    stop 40: `فيسبوك` was MISC in 210 of its 1,185 mentions of 10,000 ANT articles, and
    `وذكرت الشركة` then found no company to stand for)."""
    for mention in mentions:
        if mention.type != "ORG" and normalize(mention.canonical or mention.text) in PLATFORMS:
            mention.type = "ORG"
