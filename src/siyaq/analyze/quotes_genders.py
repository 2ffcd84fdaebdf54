"""Whom a gendered verb may stand for: the gender the article shows a person with (a verb
of speech right before a mention, `وقالت سيرينا`, or a title with ال, `اللاعبة سيرينا`), and
the people and earlier speakers a `وقالت الممثلة` or `ويقول الضابط` may resolve to, for
quotes_descriptions. `genders`: verb forms and participles -> "m" / "f"
(quotes_lexicon.verb_genders)."""

from __future__ import annotations

from collections.abc import Mapping

from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ROLE_WORDS
from siyaq.analyze.quotes_speakers import TITLE_WORDS, Speaker, has_article
from siyaq.model import Mention


def of_the_verbs_gender(doc: Doc, verb: Verb, genders: Mapping[str, str], person: bool,
                        mentions: list[Mention]) -> list[Mention]:
    """The people a feminine verb may stand for: the women the article shows as such if
    any was named before it, else the people it does not show to be men. A masculine
    verb of a title or role only leaves out the women the article shows as such
    (`ويقول الضابط السابق` after `وتقول لويز`): news writes most people with one, so it
    says nothing more."""
    said = genders.get(verb.form)
    if said is None or (said == "m" and not person):
        return mentions
    by_key: dict[str, str | None] = {}
    for m in mentions:
        if m.type == "PERS" and (m.canonical or m.text) not in by_key:
            by_key[m.canonical or m.text] = gender_of(doc, m, genders)

    def gender(m: Mention) -> str | None:
        return by_key.get(m.canonical or m.text) if m.type == "PERS" else None

    if said == "m":
        return [m for m in mentions if gender(m) != "f"]
    if any(gender(m) == "f" for m in mentions if m.end <= verb.start):
        return [m for m in mentions if m.type != "PERS" or gender(m) == "f"]
    return [m for m in mentions if gender(m) != "m"]


# The last speakers a description may refer back to: reading all of them for every verb made a
# text of thousands of statements quadratic.
HISTORY_READ = 200


def spoken_of_the_verbs_gender(doc: Doc, verb: Verb, genders: Mapping[str, str],
                               allowed: list[Mention]) -> list[Speaker]:
    """The last speakers so far, without the people the verb cannot stand for (`وقالت
    الممثلة` after `أكد المحامي مايكل كوهين`): those of its people left out of `allowed`."""
    history = doc.history[-HISTORY_READ:]
    if genders.get(verb.form) is None:
        return history
    kept = {m.canonical or m.text for m in allowed}
    left_out = {m.canonical or m.text for m in doc.mentions if m.type == "PERS"} - kept
    return [s for s in history if s.kind != "PERS" or (s.canonical or s.name) not in left_out]


def gender_of(doc: Doc, person: Mention, genders: Mapping[str, str]) -> str | None:
    """"m" or "f" when the article says it: a verb of speech right before one of the
    person's mentions (`وقالت سيرينا`), or a title with ال (`اللاعبة سيرينا`, `الوزير`);
    so that `وقالت اللاعبة` does not go to the man, or the other woman, named nearest."""
    votes = {"m": 0, "f": 0}
    key = person.canonical or person.text
    for mention in doc.mentions:
        if (mention.canonical or mention.text) != key or mention.type != "PERS":
            continue
        i = doc.words.first_at(mention.start) - 1
        word = doc.words.norms[i] if i >= 0 else ""
        bare = word[1:] if word[:1] in "وف" else word
        said = genders.get(bare)
        if said:
            votes[said] += 1
        else:
            titled = _without_preposition(bare)  # `بالسفير`, `للوزيرة` as `السفير`
            if has_article(titled) and (titled[2:] in ROLE_WORDS or titled in TITLE_WORDS):
                votes["f" if titled.endswith("ه") else "m"] += 1
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _without_preposition(word: str) -> str:
    """`بالسفير` -> `السفير`, `للوزيره` -> `الوزيره`: a title behind a preposition clitic."""
    if word.startswith(("بال", "كال")):
        return word[1:]
    if word.startswith("لل") and len(word) > 4:
        return "ا" + word[1:]
    return word
