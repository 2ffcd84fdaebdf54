"""Word lists the tagger's features read: gazetteers, trigger words, word clusters.

Gazetteer entries and clusters are derived at training time from the shared data (ANERGazet,
ANERcorp, unlabeled news text) and shipped with the model as one small JSON file; the trigger
words are ours and live here.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.analyze.ner_text import normalize, strip_article, word_stem

MAX_GAZ_WORDS = 4

def _listed(words: str, type_: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), type_)


# Words that announce a name after them, by the type they announce. Normalized spellings,
# without ال (features look them up after stripping clitics and the article).
TRIGGERS: dict[str, str] = {
    **_listed(
        "رئيس وزير نائب مبعوث ناطق متحدث سفير امير ملك شيخ سيد سيده دكتور مستشار قائد زعيم "
        "مدرب لاعب مدير امين عاهل ولي جنرال عقيد لواء عميد نجم فنان كاتب شاعر مرشح قاضي "
        "مفتي بابا رئيسه وزيره النائب محافظ حاكم مساعد مندوب مراسل الفنانه صحفي ممثل",
        "PERS",
    ),
    **_listed(
        "مدينه محافظه منطقه بلده قريه ولايه عاصمه اقليم دوله جزيره حي شارع ميناء مطار نهر "
        "بحر جبل مخيم معبر بلاد",
        "LOC",
    ),
    **_listed(
        "شركه وكاله منظمه حزب جامعه مجلس وزاره حركه تنظيم جماعه بنك مصرف صحيفه قناه نادي "
        "هيئه جمعيه مؤسسه اتحاد منتخب جبهه صندوق محكمه برلمان مكتب لجنه ائتلاف فريق "
        "مجموعه اداره",
        "ORG",
    ),
    **_listed("قال اضاف اكد اوضح صرح اشار تابع اعلن", "SAY"),
}


@dataclass(slots=True)
class Lexicon:
    """Gazetteer phrases by type, words known to be (part of) names, and word clusters."""

    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> type
    words: dict[str, str] = field(default_factory=dict)  # single word -> type(s) "LOC|PERS"
    clusters: dict[str, str] = field(default_factory=dict)  # normalized word -> bit-string
    # Words of names seen in the training data: used to trim clitics off mentions, never as a
    # feature (the model would learn to trust a list that contains all its training names).
    seen: set[str] = field(default_factory=set)
    # Types of the training names each word stem was part of ("LOC|PERS"): a feature, but one
    # the model learns honestly, since each training word sees only the other folds' names
    # (ner_train.jackknife); the tagger reads the map built from all the training names.
    seen_types: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # the names as given: what is saved
    longest: dict[str, int] = field(default_factory=dict)  # first stem -> most words after it
    # Which part of anercorp/train.txt the model beside this lexicon learned from ("train",
    # "all", "inner"; "" for files written before it was recorded): `siyaq evaluate ner` says
    # when the sentences it scores are among them.
    trained_on: str = ""

    def phrase_type(self, words: tuple[str, ...]) -> str | None:
        return self.phrases.get(words)

    def is_known_name(self, word: str) -> bool:
        """Is the (normalized) word, ال or not, part of a gazetteer name or a training name?"""
        form = strip_article(word)
        return form in self.words or form in self.seen

    def save(self, path: Path) -> None:
        data = {
            "names": dict(sorted(self.names.items())),
            "seen": sorted(self.seen),
            "seen_types": dict(sorted(self.seen_types.items())),
            "clusters": self.clusters,
            **({"trained_on": self.trained_on} if self.trained_on else {}),
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        # mtime=0: gzip would stamp the time of writing, and a retrained lexicon would never
        # match the shipped one byte for byte.
        path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            data = json.load(stream)
        lexicon = cls(
            clusters=data.get("clusters", {}),
            seen=set(data.get("seen", [])),
            seen_types=data.get("seen_types", {}),
            trained_on=data.get("trained_on", ""),
        )
        for phrase, types in data["names"].items():
            for type_ in types.split("|"):
                lexicon.add(tuple(phrase.split(" ")), type_)
        return lexicon

    def add(self, words: tuple[str, ...], type_: str) -> None:
        """Record a name (its words as written): as a phrase of stems, and word by word."""
        name = " ".join(words)
        self.names[name] = _with_type(self.names.get(name), type_)
        key = phrase_key(words)
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        self.phrases[key] = _with_type(self.phrases.get(key), type_)
        for word in words:
            # Words are kept whole (only ال off): a stem would confuse بشار with شار.
            form = strip_article(normalize(word))
            self.words[form] = _with_type(self.words.get(form), type_)


def _with_type(types: str | None, type_: str) -> str:
    """"LOC|PERS" with type_ added, sorted: the feature string must not depend on the order
    names were added in (the saved lexicon is sorted, the training one was in file order)."""
    if types is None:
        return type_
    return "|".join(sorted({*types.split("|"), type_}))


def phrase_key(words: Iterable[str]) -> tuple[str, ...]:
    """How a name is looked up: each word's stem (normalized, no clitics, no article)."""
    return tuple(word_stem(w) for w in words)


def gazetteer_entries(directory: Path) -> Iterable[tuple[tuple[str, ...], str]]:
    """(words, type) from ANERGazet: one name a line, ==== separates aligned groups."""
    files = {"LOC": "AlignedLocGazetteer.txt", "ORG": "AlignedOrgGazetteer.txt",
             "PERS": "AlignedPersGazetteer.txt"}
    for type_, name in files.items():
        path = directory / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            words = tuple(normalize(w) for w in line.split())
            # Skip separators and one-letter noise; long lines are descriptions, not names.
            if words and 1 <= len(words) <= MAX_GAZ_WORDS and len("".join(words)) >= 2 and (
                words[0].isalpha()
            ):
                yield words, type_
