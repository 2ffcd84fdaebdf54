"""The shipped entity tagger on articles: offsets, title mentions, clitics, names joined."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from siyaq.analyze.entities import EntityTagger
from siyaq.analyze.entities_names import SEVERAL, Coverage
from siyaq.analyze.ner_aliases import canonical_name
from siyaq.analyze.ner_text import Token, Tokens, normalize, token_columns, tokenize
from siyaq.model import Article, Mention

# Fictional news text written for these tests.
TITLE = "وزير الخارجية الفرنسي يزور بيروت ويلتقي الرئيس اللبناني"
BODY = [
    "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس، في زيارة تستمر يومين يلتقي "
    "خلالها الرئيس اللبناني ميشال عون ورئيس الحكومة.",
    "وقال لودريان في مؤتمر صحفي إن فرنسا والاتحاد الأوروبي مستعدان لدعم لبنان، مشيرا إلى أن "
    "صندوق النقد الدولي ينتظر إصلاحات عاجلة.",
    "وكان عون قد التقى الأسبوع الماضي وفدا من البنك الدولي في القصر الجمهوري في بعبدا.",
]


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger.load()


@pytest.fixture(scope="module")
def article(tagger: EntityTagger) -> Article:
    item = Article(id="t1", content_hash="h", origin="test", title=TITLE, body=list(BODY))
    tagger.annotate(item)
    return item


def _keys(mentions: list[Mention], type_: str | None = None) -> set[str]:
    return {m.canonical or "" for m in mentions if type_ is None or m.type == type_}


def test_offsets_point_at_the_mention_text(article: Article) -> None:
    body = [m for m in article.mentions if not m.in_title]
    title = [m for m in article.mentions if m.in_title]
    assert body and title
    for mention in body:
        assert article.text[mention.start : mention.end] == mention.text
    for mention in title:
        assert (article.title or "")[mention.start : mention.end] == mention.text


def test_types_are_the_four_kinds(article: Article) -> None:
    assert {m.type for m in article.mentions} <= {"PERS", "LOC", "ORG", "MISC"}


@pytest.mark.parametrize(
    ("name", "type_"),
    [("بيروت", "LOC"), ("فرنسا", "LOC"), ("لبنان", "LOC"), ("جان إيف لودريان", "PERS")],
    ids=["beirut", "france-after-clitic-free", "lebanon", "full-person"],
)
def test_finds_common_names(article: Article, name: str, type_: str) -> None:
    assert canonical_name(name, type_) in _keys(article.mentions, type_)


def test_short_mentions_join_the_full_name(article: Article) -> None:
    full = canonical_name("جان إيف لودريان", "PERS")
    short = [m for m in article.mentions if normalize(m.text) == normalize("لودريان")]
    assert short, "the surname alone should be tagged"
    assert all(m.canonical == full for m in short)


@pytest.mark.parametrize(
    ("text", "type_", "surface", "key"),
    [
        ("والموصل", "LOC", "الموصل", "الموصل"),
        ("بالبصرة", "LOC", "البصرة", "البصرة"),
        ("للأمم المتحدة", "ORG", "لأمم المتحدة", "الأمم المتحدة"),
        ("وتركيا", "LOC", "تركيا", "تركيا"),
        ("وإيران", "LOC", "إيران", "إيران"),
        ("بغداد", "LOC", "بغداد", "بغداد"),
        ("بشار الأسد", "PERS", "بشار الأسد", "بشار الاسد"),
        ("وَبِالعِراق", "LOC", "العِراق", "العراق"),
        ("فيسبوك", "ORG", "فيسبوك", "فيسبوك"),
        ("وفيسبوك", "ORG", "فيسبوك", "فيسبوك"),
        ("ويكيليكس", "ORG", "ويكيليكس", "ويكيليكس"),
        ("لجون كيري", "PERS", "جون كيري", "جون كيري"),
        ("لبنى", "PERS", "لبنى", "لبنى"),
        ("على العماد عون", "PERS", "العماد عون", "العماد عون"),
        ("من سانتوس", "ORG", "سانتوس", "سانتوس"),
        ("على جمعة", "PERS", "على جمعة", "علي جمعة"),
        ("علي العبادي", "PERS", "علي العبادي", "علي العبادي"),
        ("بحلب", "LOC", "حلب", "حلب"),
        ("وبحلب", "LOC", "حلب", "حلب"),
        ("لإدلب", "LOC", "إدلب", "إدلب"),
        ("وهران", "LOC", "وهران", "وهران"),
        ("للبنان", "LOC", "لبنان", "لبنان"),
        ("بكين", "LOC", "بكين", "بكين"),
        ("وبكين", "LOC", "بكين", "بكين"),
        ("ولليبيا", "LOC", "ليبيا", "ليبيا"),
        ("للاتحاد الأوروبي", "ORG", "لاتحاد الأوروبي", "الاتحاد الأوروبي"),
        ("بيونغ يانغ", "LOC", "بيونغ يانغ", "بيونغ يانغ"),
        ("بوروسيا دورتموند", "ORG", "بوروسيا دورتموند", "بوروسيا دورتموند"),
        ("بروسيا", "LOC", "روسيا", "روسيا"),
        ("، بن علي يلدريم،", "PERS", "بن علي يلدريم", "بن علي يلدريم"),
        ('منظمة "هيومن رايتس ووتش"', "ORG", 'منظمة "هيومن رايتس ووتش', "منظمة هيومن رايتس ووتش"),
        ("كاليفورنيا", "LOC", "كاليفورنيا", "كاليفورنيا"),
        ("فالنسيا", "ORG", "فالنسيا", "فالنسيا"),
        ("كالعراق", "LOC", "العراق", "العراق"),
        ("فاسيل غريتساك", "PERS", "فاسيل غريتساك", "فاسيل غريتساك"),
        ("فلاي دبي", "ORG", "فلاي دبي", "فلاي دبي"),
        ("فتركيا", "LOC", "تركيا", "تركيا"),
        ("فإن نيمار", "PERS", "نيمار", "نيمار"),
        ("لأن ترامب", "PERS", "ترامب", "ترامب"),
    ],
    ids=["wa-al", "bi-al", "li-al", "wa-known", "wa-unknown", "b-is-part-of-name",
         "b-person-kept", "diacritics", "fa-begins-a-common-word", "wa-before-such-a-word",
         "wa-begins-a-common-word", "li-before-a-first-name", "lubna-is-a-name",
         "ala-on-before-al", "min-from", "ala-egyptian-ali-before-a-bare-name", "ali-with-ya",
         "b-before-a-listed-place", "wa-b-before-a-listed-place", "li-before-a-listed-place",
         "listed-place-opening-with-wa", "li-before-a-name-with-lam", "beijing-keeps-its-ba", "wa-before-beijing",
         "wa-li-before-a-name-with-lam",
         "li-al-before-a-common-word", "first-word-of-a-listed-name-keeps-its-ba",
         "no-ba-before-wa-and-a-name", "ba-before-a-known-place", "commas-around-a-name",
         "quotation-marks-around-a-word-of-it", "a-name-opening-like-ka-al",
         "a-name-opening-like-fa-al", "ka-al-before-a-known-name",
         "fa-begins-an-unknown-name", "fa-begins-an-unknown-company", "fa-before-a-known-name",
         "a-clause-opener-before-a-name", "because-before-a-name"],
)
def test_mentions_leave_out_proclitics(
    tagger: EntityTagger, text: str, type_: str, surface: str, key: str
) -> None:
    tokens = tokenize("قال " + text, offset=0)[1:]
    mention = tagger.mention("قال " + text, tokens, type_)
    assert mention is not None
    assert (mention.text, mention.canonical) == (surface, canonical_name(key, type_))
    assert ("قال " + text)[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "type_", "surface"),
    [
        ("فيصل بن عبدالعزيز - رحمه الله", "PERS", "فيصل بن عبدالعزيز"),
        ("الملك سلمان -حفظه الله", "PERS", "الملك سلمان"),
        ("سلمان بن عبدالعزيز آل سعود - حفظة الله", "PERS", "سلمان بن عبدالعزيز آل سعود"),
        ("محمد صلى الله", "PERS", "محمد"),
        ("وعائشة رضي الله", "PERS", "عائشة"),
        ("نايف (رحمهما الله", "PERS", "نايف"),
        ("رضي الدين", "PERS", "رضي الدين"),
        ("صلاح الدين", "PERS", "صلاح الدين"),
        ("مسجد رحمه الله", "ORG", "مسجد رحمه الله"),
    ],
    ids=["dash-rahimahu", "attached-dash-hafizahu", "hafizahu-with-ta-marbuta", "salla", "wa-radiya", "bracket-dual",
         "radi-as-a-name", "salah-as-a-name", "not-a-person"],
)
def test_a_blessing_after_a_name_is_not_part_of_it(
    tagger: EntityTagger, text: str, type_: str, surface: str
) -> None:
    tokens = tokenize("قال " + text, offset=0)[1:]
    mention = tagger.mention("قال " + text, tokens, type_)
    assert mention is not None
    assert mention.text == surface
    assert ("قال " + text)[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "type_", "surface"),
    [
        ("محمد بن زايد يرحبان", "PERS", "محمد بن زايد"),
        ("ميركل يؤيدان", "PERS", "ميركل"),
        ("سائرون يعلنان", "ORG", "سائرون"),
        ("أحمد يزيدان", "PERS", "أحمد يزيدان"),
        ("كريم يونان", "PERS", "كريم يونان"),
        ("حي بن يقظان", "PERS", "حي بن يقظان"),
        ("يرحبان", "PERS", "يرحبان"),
        ("نور التميمي تقتربان", "PERS", "نور التميمي"),
        ("كيم تسلمتا", "PERS", "كيم"),
        ("سعيد يكسبون", "PERS", "سعيد"),
        ("ستيفان دي مستورا سيعقدان", "PERS", "ستيفان دي مستورا"),
        ("الإمارات سيكونان", "LOC", "الإمارات"),
        ("أردا توران", "PERS", "أردا توران"),
        ("فلوريان توفان", "PERS", "فلوريان توفان"),
        ("ألفارو موراتا", "PERS", "ألفارو موراتا"),
        ("نابي كايتا", "PERS", "نابي كايتا"),
        ("ريكس تيلرسون", "PERS", "ريكس تيلرسون"),
        ("دانيل سيدمان", "PERS", "دانيل سيدمان"),
    ],
    ids=["dual-verb-after-a-name", "dual-verb-after-one-word", "dual-verb-after-an-org",
         "a-name-that-looks-dual", "a-known-name-ending-an", "stem-no-common-word",
         "a-verb-alone-stays", "feminine-dual", "feminine-dual-past", "plural",
         "future-dual", "future-dual-after-a-place", "surname-ta-an-short-stem",
         "surname-ta-an-three-letters", "name-ending-ta-common", "name-ending-ta-after-a-vowel",
         "surname-ending-un-with-ta", "surname-looking-future-dual"],
)
def test_a_verb_after_a_name_is_not_part_of_it(
    tagger: EntityTagger, text: str, type_: str, surface: str
) -> None:
    whole = "وقال " + text + " إن"
    mention = tagger.mention(whole, tokenize(whole, offset=0)[1:-1], type_)
    assert mention is not None
    assert mention.text == surface
    assert whole[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("سلمان بن عبدالعزيز آل سعود ولسمو", "سلمان بن عبدالعزيز آل سعود"),
        ("محمد بن نايف بن عبدالعزيز ولولي", "محمد بن نايف بن عبدالعزيز"),
        ("سلمان بن عبدالعزيز وولي العهد", "سلمان بن عبدالعزيز"),
        ("محمد بن سلمان بن عبد العزيز ولي", "محمد بن سلمان بن عبد العزيز"),
        ("عبدالله والملك فيصل", "عبدالله"),
        ("سلمان بن عبدالعزيز له", "سلمان بن عبدالعزيز"),
        ("حميد والسديس", "حميد"),
        ("علي بن أبي طالب لعبدالله بن عباس", "علي بن أبي طالب"),
        ("سلمان بن عبد العزيز آل سعود لسامح شكري", "سلمان بن عبد العزيز آل سعود"),
        ("دليلة لخضير", "دليلة لخضير"),
        ("جيفري ويب", "جيفري ويب"),
        ("اندرو لويس", "اندرو لويس"),
        ("هيفاء وهبي", "هيفاء وهبي"),
        ("أسامة بن لادن", "أسامة بن لادن"),
        ("سيرجي لافروف", "سيرجي لافروف"),
        ("مجدي الهواري زوج", "مجدي الهواري"),
        ("عبد الخالق الحوثي شقيق عبد الملك الحوثي", "عبد الخالق الحوثي"),
        ("عبده خال", "عبده خال"),
        ("محمد بن نايف بن عبد العزيز برقيات", "محمد بن نايف بن عبد العزيز"),
        ("عبد الملك الحوثي", "عبد الملك الحوثي"),
        ("عبداللطيف آل الشيخ", "عبداللطيف آل الشيخ"),
    ],
    ids=["and-his-highness", "and-to-the-crown-prince", "and-the-crown-prince",
         "crown-prince-cut-off", "and-king", "preposition-after", "and-another-name",
         "to-another-after-a-long-name", "to-a-name-that-is-a-word-too",
         "lam-surname-after-one-word", "waw-surname",
         "lam-surname", "waw-surname-unknown", "bin-laden", "lam-known-surname",
         "husband-of", "brother-of", "khal-a-surname", "telegrams", "king-inside-a-name", "sheikh-inside-a-family-name"],
)
def test_a_span_run_on_into_the_next_phrase_is_cut(
    tagger: EntityTagger, text: str, surface: str
) -> None:
    whole = "وقال " + text + " إن"
    mention = tagger.mention(whole, tokenize(whole, offset=0)[1:-1], "PERS")
    assert mention is not None
    assert mention.text == surface
    assert whole[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "tags", "names"),
    [
        ("قال فتح الله غولن إن", ["O", "O", "B-PERS", "I-PERS", "O"], ["فتح الله غولن"]),
        ("قال نصر الله إن", ["O", "O", "B-PERS", "O"], ["نصر الله"]),
        ("قال الله تعالى", ["O", "B-PERS", "I-PERS"], ["الله تعالى"]),  # no name's first part
        ("فتح، الله غولن", ["O", "O", "B-PERS", "I-PERS"], ["الله غولن"]),  # not one space
        ("فتح الله غولن", ["B-ORG", "B-PERS", "I-PERS"], ["فتح", "الله غولن"]),  # tagged
        ("فتح الله", ["O", "B-MISC"], ["الله"]),  # a person only
    ],
    ids=["fethullah", "nasrallah", "god", "comma-between", "word-before-tagged", "misc"],
)
def test_a_person_begun_at_allah_takes_in_the_word_before(
    tagger: EntityTagger, text: str, tags: list[str], names: list[str]
) -> None:
    """A person's name never opens with `الله`: the tagger missed `فتح` of `فتح الله غولن`
    (ANT: 65 mentions keyed `الله غولن`)."""
    tokens = token_columns(text)
    found = tagger._mentions(text, tokens, tags, [len(tags)], False)
    assert [m.text for m in found] == names
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "type_", "surface", "key"),
    [
        ("لدونالد ترامب", "PERS", "دونالد ترامب", "دونالد ترامب"),
        ("بفلاديمير بوتين", "PERS", "فلاديمير بوتين", "فلاديمير بوتين"),
        ("وشي جين بينغ", "PERS", "شي جين بينغ", "شي جين بينغ"),
        ("لبنان", "LOC", "لبنان", "لبنان"),
        ("بكين", "LOC", "بكين", "بكين"),
        ("لوحدات حماية الشعب", "ORG", "وحدات حماية الشعب", "وحدات حماية الشعب"),
        ("بصندوق النقد الدولي", "ORG", "صندوق النقد الدولي", "صندوق النقد الدولي"),
        ("لراديو سوا", "ORG", "راديو سوا", "راديو سوا"),
    ],
    ids=["to-donald-trump", "with-putin", "and-xi", "lebanon-stays", "beijing-stays",
         "to-a-listed-body", "with-a-listed-body", "to-a-radio-station"],
)
def test_a_letter_before_a_listed_name_goes(
    tagger: EntityTagger, text: str, type_: str, surface: str, key: str
) -> None:
    """`لدونالد ترامب` ("to Donald Trump") was a person of its own: 33 ANT mentions, and
    `لصندوق النقد الدولي` a body of its own (the curated list's names of several words)."""
    whole = "قال " + text
    mention = tagger.mention(whole, tokenize(whole, offset=0)[1:], type_)
    assert mention is not None
    assert (mention.text, mention.canonical) == (surface, key)
    assert whole[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [("أشارت ماي", "ماي"), ("وقالت تيريزا ماي", "تيريزا ماي"), ("أبلغ أردوغان", "أردوغان"),
     ("قالت", "قالت")],
    ids=["pointed-out", "and-said", "told", "the-verb-alone-stays"],
)
def test_a_verb_of_saying_before_a_person_is_not_part_of_it(
    tagger: EntityTagger, text: str, surface: str
) -> None:
    """`أشارت ماي` ("May pointed out") was a person of its own (stop 25: 79 ANT mentions)."""
    whole = "ثم " + text
    mention = tagger.mention(whole, tokenize(whole, offset=0)[1:], "PERS")
    assert mention is not None
    assert mention.text == surface
    assert whole[mention.start : mention.end] == surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [("صلاح 44", "صلاح"), ("جوزيه مورينيو الـ 25", "جوزيه مورينيو"),
     ("عمر الـ 92 مهاتير محمد", "مهاتير محمد"), ("هاري ال32", "هاري"), ("عمر الـ 23", None),
     ("الـ 45", None)],
    ids=["goals-after-a-name", "ordinal-after-a-name", "an-age-before-a-name",
         "an-ordinal-glued", "an-age-alone", "an-ordinal-alone"],
)
def test_a_number_is_no_part_of_a_persons_name(
    tagger: EntityTagger, text: str, surface: str | None
) -> None:
    """`سجل صلاح 44 هدفا`: the tagger ran the count into the name (stop 40: 33 person names of
    10,000 ANT articles held a number)."""
    whole = "ثم " + text
    mention = tagger.mention(whole, tokenize(whole, offset=0)[1:], "PERS")
    if surface is None:
        assert mention is None
        return
    assert mention is not None
    assert mention.text == surface
    assert whole[mention.start : mention.end] == surface


def test_li_alone_is_to_me_and_li_of_a_full_name_is_lee() -> None:
    """`قال لي` ("told me"): `لي` alone was a person 52 times on ANT. It stays a person when
    it joined a full name the article gives (`لي كه تشيانغ`)."""
    from siyaq.analyze.entities import _without_lone_words
    from siyaq.analyze.entities_names import name_words

    alone = Mention("لي", "PERS", 4, 6, "لي")
    joined = Mention("لي", "PERS", 30, 32, "لي كه تشيانغ")
    full = Mention("لي كه تشيانغ", "PERS", 40, 52, "لي كه تشيانغ")
    place = Mention("لي", "LOC", 60, 62, "لي")  # another type: left to the tagger
    mentions = [alone, joined, full, place]
    kept, forms, found = _without_lone_words(
        mentions, [name_words(m.text) for m in mentions], [mentions[:2], mentions[2:]])
    assert kept == [joined, full, place]
    assert [form.words for form in forms] == [("لي",), ("لي", "كه", "تشيانغ"), ("لي",)]
    assert found == [[joined], [full, place]]


@pytest.mark.parametrize("text", ["----------", "***", "٢٠١٨"], ids=["rule", "stars", "digits"])
def test_a_span_without_letters_names_nothing(tagger: EntityTagger, text: str) -> None:
    whole = "قال " + text
    assert tagger.mention(whole, tokenize(whole, offset=0)[1:], "MISC") is None


def test_a_blessing_alone_is_no_person(tagger: EntityTagger) -> None:
    text = "قال رحمه الله"
    assert tagger.mention(text, tokenize(text, offset=0)[1:], "PERS") is None


def test_empty_article_has_no_mentions(tagger: EntityTagger) -> None:
    item = Article(id="e", content_hash="h", origin="test", title=None, body=[])
    tagger.annotate(item)
    assert item.mentions == []


def test_annotate_replaces_previous_mentions(tagger: EntityTagger) -> None:
    item = Article(id="r", content_hash="h", origin="test", title=None, body=list(BODY))
    tagger.annotate(item)
    first = list(item.mentions)
    tagger.annotate(item)
    assert item.mentions == first


def test_missing_model_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        EntityTagger.load(tmp_path / "absent.crfsuite")


# --- the seed page: expected entities are read from the guide, never written here ---

_TYPES = {"people": "PERS", "places": "LOC", "organisations": "ORG"}
_ARABIC_PHRASE = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")


def _guide_entities(guide: Path) -> dict[str, str]:
    """name -> type from the `entities` row of GUIDE.md §1."""
    row = next(line for line in guide.read_text(encoding="utf-8").splitlines()
               if line.startswith("| entities |"))
    expected: dict[str, str] = {}
    for group in row.split("|")[2].split(";"):
        label, _, names = group.partition(":")
        for name in _ARABIC_PHRASE.findall(names):
            expected[name] = _TYPES[label.strip()]
    return expected


def _seed_article(path: Path) -> Article:
    """Title: the first line; body: the six lines from the one starting أعلنت (GUIDE §1)."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    first = next(i for i, line in enumerate(lines) if line.startswith("أعلنت"))
    return Article(id="seed", content_hash="h", origin=str(path), title=lines[0],
                   body=lines[first : first + 6])


@pytest.mark.shared
def test_seed_page_entities(tagger: EntityTagger, shared_data: Path) -> None:
    guide = shared_data.parent / "GUIDE.md"
    if not guide.is_file():
        pytest.skip("GUIDE.md is not beside the shared data")
    expected = _guide_entities(guide)
    article = _seed_article(shared_data / "seed" / "000_098a03f4986f0988.txt")
    tagger.annotate(article)
    # A name counts as found by its key or, when it joined a longer name (الأسد), by its text.
    typed_keys = {(m.canonical, m.type) for m in article.mentions}
    typed_keys |= {(normalize(m.text), m.type) for m in article.mentions}
    any_type = {key for key, _ in typed_keys}
    found = {n for n, t in expected.items() if {canonical_name(n, t), normalize(n)} & any_type}
    typed = {n for n, t in expected.items()
             if {(canonical_name(n, t), t), (normalize(n), t)} & typed_keys}
    print(f"seed: found {sorted(found)}; missed {sorted(set(expected) - found)}; "
          f"wrong type {sorted(found - typed)}")
    assert len(expected) >= 15
    assert len(found) / len(expected) >= 0.7
    assert len(typed) / len(expected) >= 0.7


def test_repeats_of_a_tagged_name_are_found() -> None:
    from siyaq.analyze.entities import find_repeats, repeated_names

    text = "قال جيمس جيفري إن الوفد وصل، وأضاف جيفري أن لقاء جيمس جيفري مع فريقه تم واتصل بجيفري."
    tagged = Mention("جيمس جيفري", "PERS", 4, 14, "جيمس جيفري")
    assert text[tagged.start : tagged.end] == tagged.text
    repeats = find_repeats(text, token_columns(text), repeated_names([tagged]), [tagged], False)
    assert repeats.replaced == []
    assert [(m.text, m.canonical) for m in repeats.found] == [
        ("جيفري", "جيمس جيفري"),  # the bare surname
        ("جيمس جيفري", "جيمس جيفري"),  # the full name again, untagged by the model
        ("جيفري", "جيمس جيفري"),  # the clitic ب left out of the span
    ]
    for mention in repeats.found:
        assert text[mention.start : mention.end] == mention.text


_ORG_TEXT = "قاتل عناصر هيئة تحرير الشام في إدلب، وقالت هيئة تحرير الشام إن الهجوم انتهى."


def _at(text: str, name: str, type_: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return Mention(name, type_, start, start + len(name), name)


@pytest.mark.parametrize(
    ("tagged", "found", "replaced"),
    [
        pytest.param([("هيئة تحرير الشام", "ORG", 1), ("الشام", "LOC", 0)],
                     [("هيئة تحرير الشام", "ORG", 0)], [("الشام", "LOC", 0)], id="piece-at-end"),
        pytest.param([("هيئة تحرير الشام", "ORG", 1), ("هيئة", "ORG", 0)],
                     [("هيئة تحرير الشام", "ORG", 0)], [("هيئة", "ORG", 0)], id="piece-at-start"),
        pytest.param([("هيئة تحرير الشام", "ORG", 1), ("الشام في إدلب", "LOC", 0)], [], [],
                     id="mention-crossing-the-name-stays"),
        pytest.param([("هيئة تحرير الشام", "ORG", 1), ("هيئة تحرير الشام", "ORG", 0)], [], [],
                     id="the-whole-name-tagged-already"),
        pytest.param([("هيئة تحرير الشام", "ORG", 1), ("تحرير الشام", "LOC", 0),
                      ("الشام", "LOC", 0)], [], [], id="overlapping-pieces-stay"),
    ],
)
def test_a_repeat_takes_in_tagged_pieces_of_the_name(
    tagged: list[tuple[str, str, int]], found: list[tuple[str, str, int]],
    replaced: list[tuple[str, str, int]],
) -> None:
    from siyaq.analyze.entities import find_repeats, repeated_names

    known = [_at(_ORG_TEXT, *spec) for spec in tagged]
    repeats = find_repeats(_ORG_TEXT, token_columns(_ORG_TEXT), repeated_names(known[:1]), known,
                           False)
    assert [(m.text, m.type, m.start) for m in repeats.found] == [
        (name, type_, _at(_ORG_TEXT, name, type_, n).start) for name, type_, n in found]
    assert repeats.replaced == [_at(_ORG_TEXT, *spec) for spec in replaced]


def test_repeats_skip_text_already_tagged() -> None:
    from siyaq.analyze.entities import find_repeats, repeated_names

    text = "زار حلب ثم حلب"
    first = Mention("حلب", "LOC", 4, 7, "حلب")
    second = Mention("حلب", "LOC", 11, 14, "حلب")
    assert find_repeats(text, token_columns(text), repeated_names([first]), [first, second],
                        False) == ([], [])


def test_a_surname_that_is_a_title_is_not_repeated() -> None:
    from siyaq.analyze.entities import find_repeats, repeated_names

    text = "التقى أشرف السيد بالوزير، وقال السيد الوزير إن اللقاء مثمر."
    person = Mention("أشرف السيد", "PERS", 6, 16, "اشرف السيد")
    assert text[person.start : person.end] == person.text
    assert find_repeats(text, token_columns(text), repeated_names([person]), [person],
                        False) == ([], [])


def _owners_spelled_out(tokens: list[Token], mentions: list[Mention]) -> list[int]:
    """The coverage rule, spelled out per token: the one mention that ends after the token
    starts and starts before it ends, -1 for none, SEVERAL for more than one."""
    owners: list[int] = []
    for token in tokens:
        covering = [k for k, m in enumerate(mentions) if m.start < token.end and m.end > token.start]
        owners.append(covering[0] if len(covering) == 1 else SEVERAL if covering else -1)
    return owners


def test_coverage_matches_the_rule_spelled_out() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        tokens, position = [], 0
        for _ in range(rng.randint(0, 10)):
            position += rng.randint(0, 2)
            size = rng.randint(1, 4)
            tokens.append(Token("x", position, position + size))
            position += size
        mentions = []
        for _ in range(rng.randint(0, 4)):  # overlapping and nested spans too
            start = rng.randint(0, position + 2)
            mentions.append(Mention("x", "PERS", start, start + rng.randint(0, 8)))
        columns = Tokens([t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens])
        assert Coverage.of(columns, mentions).owner == _owners_spelled_out(tokens, mentions)


def _plain_clitic(tagger: EntityTagger, word: str, type_: str) -> tuple[int, str]:
    """EntityTagger._clitic as first written (every clitic tried on every word), with the
    common-word rule of stop 12."""
    norm = normalize(word)
    for clitic in ("ولل", "فلل", "لل"):
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
            return len(clitic) - 1, "ا"
    for clitic in ("وبال", "وكال", "وال", "بال", "فال", "كال"):
        if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
            return len(clitic) - 2, ""
    listed = tagger.places.bare_names

    def known(word: str) -> bool:
        return tagger.lexicon.is_known_name(word) or word in listed

    if len(norm) >= 4 and norm[0] in "وفبلك":
        if norm[:2] in ("وب", "ول", "وك", "فب", "فل") and norm[2:] in listed:
            return 2, ""
        clusters = tagger.lexicon.clusters
        whole_word = norm in clusters and norm[1:] not in clusters
        if norm[0] == "و" and (known(norm[1:]) or not (known(norm) or whole_word)):
            return 1, ""
        if norm[0] == "ف" and known(norm[1:]):  # stop 38: `فاسيل`, `فادي` keep their ف
            return 1, ""
        if norm[0] in "بلك" and type_ != "PERS" and known(norm[1:]):
            return 1, ""
        if norm[0] == "ل" and known(norm[1:]) and not (known(norm) or norm in clusters):
            return 1, ""
    return 0, ""


@pytest.mark.parametrize(
    "word",
    ["", "ب", "الرياض", "محمد", "ترامب", "للأمم", "لله", "وبالرياض", "والرياض", "فالقاهرة",
     "وتركيا", "بغداد", "لندن", "كندا", "ولد", "ـوتركيا", "\u064eوالرياض", "فيسبوك", "فادي",
     "لجون", "لبنى", "بحلب", "وبحلب", "لإدلب", "وهران"],
    ids=["empty", "one-clitic-letter", "article", "plain", "latin-origin", "double-lam",
         "double-lam-short", "waw-ba-article", "waw-article", "fa-article", "waw-known",
         "ba-name", "lam-name", "kaf-name", "short", "tatweel-first", "mark-first",
         "fa-common-word", "fa-begins-a-name", "li-first-name", "lubna", "ba-listed-place",
         "waw-ba-listed-place", "lam-listed-place", "listed-place-opening-with-waw"],
)
@pytest.mark.parametrize("type_", ["PERS", "LOC"])
def test_clitic_agrees_with_the_plain_scan(tagger: EntityTagger, word: str, type_: str) -> None:
    assert tagger._clitic(word, type_) == _plain_clitic(tagger, word, type_)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (TITLE, BODY),
        (None, BODY),
        ("لودريان في بيروت", ["قال لودريان إن لودريان جان إيف لودريان زار بيروت وبيروت."]),
        ("", [""]),
    ],
    ids=["title-and-body", "no-title", "repeats-in-both", "empty"],
)
def test_mentions_come_title_first_then_by_start(
    tagger: EntityTagger, title: str | None, body: list[str]
) -> None:
    item = Article(id="t3", content_hash="h", origin="test", title=title, body=list(body))
    tagger.annotate(item)
    assert item.mentions == sorted(item.mentions, key=lambda m: (not m.in_title, m.start))


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ([("نت", "ORG")], [("العربية.نت", "ORG")]),
        ([("العربية", "LOC"), ("نت", "ORG")], [("العربية.نت", "ORG")]),
        ([("حمادة هلال", "PERS")], [("حمادة هلال", "PERS")]),
    ],
    ids=["suffix-tagged", "both-parts-tagged", "other-names-kept"],
)
def test_an_outlet_named_by_its_domain_is_one_organisation(
    tagger: EntityTagger, found: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    """The tokens split at the dot, so the tagger sees `نت` alone: the mention becomes the
    whole domain name, once."""
    text = 'وقال الفنان حمادة هلال في مقابلة مع "العربية.نت" إنه بخير.'
    mentions = [Mention(name, type_, text.index(name), text.index(name) + len(name), name)
                for name, type_ in found]
    result = tagger._with_domains(text, mentions)
    assert [(m.text, m.type) for m in result] == expected
    assert all(text[m.start:m.end] == m.text for m in result)


@pytest.mark.parametrize(
    ("written", "key"),
    [("كاظم_الساهر", "كاظم الساهر"), ("عاصي_الحلاني_", "عاصي الحلاني"),
     ("#كاظم_الساهر", "كاظم الساهر"), ("نانسي #عجرم", "نانسي عجرم")],
    ids=["hashtag-words", "trailing-underscore", "hash-mark", "hash-mark-inside"],
)
def test_a_hashtag_is_keyed_by_its_words(written: str, key: str) -> None:
    assert canonical_name(written, "PERS") == key


def test_a_surname_written_as_a_hashtag_is_part_of_the_name(tagger: EntityTagger) -> None:
    body = ["من جهته، أبلغ وزير الخارجية الروسي، سيرغي #لافروف، التلفزيون أن توقعاته منخفضة."]
    item = Article(id="h1", content_hash="h1", origin="test", title=None, body=body)
    tagger.annotate(item)
    assert ("سيرغي #لافروف", "سيرغي لافروف") in [(m.text, m.canonical) for m in item.mentions]


def test_the_tagger_names_the_outlet_by_its_whole_domain(tagger: EntityTagger) -> None:
    text = 'وفي مقابلة مع "العربية.نت"، أكد حمادة هلال أنه بخير.'
    assert ("العربية.نت", "ORG") in [(m.text, m.type) for m in tagger.find(text)]
    assert "نت" not in [m.text for m in tagger.find(text)]


def test_every_occurrence_of_a_tagged_name_is_that_name(tagger: EntityTagger) -> None:
    """The seed page's first هيئة تحرير الشام came out as the place الشام alone; the article's
    own ORG names the whole span, so no mention may sit inside another occurrence of it."""
    body = ["وقال المبعوث إن بلاده لا تسمح للإرهابيين مثل عناصر هيئة تحرير الشام أو داعش بالتنامي.",
            'وتقع المدينة تحت سيطرة فصائل بقيادة تنظيم "هيئة تحرير الشام" ("جبهة النصرة" سابقا)'
            " منذ سنوات."]
    item = Article(id="t2", content_hash="h2", origin="test", title="خبر", body=body)
    tagger.annotate(item)
    text = item.text
    spans = [(m.start, m.end) for m in item.mentions if not m.in_title]
    name = "هيئة تحرير الشام"
    occurrences = [(i, i + len(name)) for i in range(len(text)) if text.startswith(name, i)]
    assert len(occurrences) == 2
    tagged = [m for m in item.mentions if (m.start, m.end) in occurrences]
    # The model tags the second (its context names an organisation); the first follows it.
    assert {(m.start, m.end) for m in tagged} == set(occurrences)
    assert {m.type for m in tagged} == {"ORG"}
    inside = [s for s in spans if s not in occurrences
              and any(a <= s[0] and s[1] <= b for a, b in occurrences)]
    assert inside == []


@pytest.mark.parametrize(
    ("text", "type_", "surface"),
    [
        ("المنظمة إن السلطات المصرية", "ORG", "المنظمة"),
        ("وكالة رويترز أن البنك المركزي", "ORG", "وكالة رويترز"),
        ("المنظمة الحقوقية أنها", "ORG", "المنظمة الحقوقية"),
        ("شبكة سي إن إن", "ORG", "شبكة سي إن إن"),
    ],
    ids=["inna-before-al", "anna-before-al", "anna-with-a-pronoun", "cnn-stays-whole"],
)
def test_a_name_ends_before_the_clause_it_ran_into(
    tagger: EntityTagger, text: str, type_: str, surface: str
) -> None:
    """`وتقول المنظمة إن السلطات المصرية …` tagged as one organisation (stop 29, ANT)."""
    whole = "وقالت " + text + " تعتقل الصحفيين"
    mention = tagger.mention(whole, tokenize(whole, offset=0)[1:-2], type_)
    assert mention is not None
    assert mention.text == surface


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        pytest.param("وقال المرصد السوري لحقوق الإنسان إن عشرين قتلوا.",
                     ["المرصد السوري لحقوق الإنسان"], id="a-body-holding-a-phrase"),
        pytest.param("وسيطرت هيئة تحرير الشام على المدينة.", ["هيئة تحرير الشام"],
                     id="a-group-holding-a-place"),
        pytest.param("وقال مسؤول في الحرس الثوري إن الهجوم فشل.", ["الحرس الثوري"],
                     id="words-the-model-left-untagged"),
    ],
)
def test_listed_organisations_of_recent_wars(tagger: EntityTagger, sentence: str,
                                             names: list[str]) -> None:
    """ANERcorp (2007) knows none of them: in all of ANT, `الحرس الثوري` (267 articles) was
    found in one and `المرصد السوري لحقوق الإنسان` (409) in none."""
    item = Article(id="w", content_hash="w", origin="test", body=[sentence])
    tagger.annotate(item)
    assert [m.text for m in item.mentions if m.type == "ORG"] == names
