"""MinHash sketches and the LSH index: near-copies meet, unrelated texts do not."""

from __future__ import annotations

import pytest

from siyaq.relate import minhash
from siyaq.relate.text import normalize, numbers, words

BASE = (
    "أعلن وزير المياه سامي الحداد يوم الثلاثاء اكتمال بناء سد الوادي الكبير في المحافظة الجنوبية"
    " بتكلفة بلغت ثلاثمئة مليون دينار بعد تأخر دام عامين بسبب نقص التمويل وخلافات مع الشركة"
    " المنفذة وقال الحداد في مؤتمر صحفي إن السد سيوفر مياه الري لأكثر من مئة ألف هكتار"
)
OTHER = (
    "فاز منتخب الوادي على نظيره منتخب الساحل بثلاثة أهداف مقابل هدف في المباراة النهائية لبطولة"
    " كأس الأمم الإقليمية التي أقيمت مساء السبت على الملعب الأولمبي وسط حضور جماهيري كبير"
)


def _sig(text: str) -> minhash.Signature:
    return minhash.signature(minhash.shingles(words(text)))


@pytest.mark.parametrize(
    ("variant", "low", "high"),
    [
        pytest.param(BASE, 1.0, 1.0, id="identical"),
        pytest.param(BASE.replace("أ", "ا").replace("ة", "ه"), 1.0, 1.0, id="spelling-variants"),
        pytest.param(BASE + " وأضاف أن المحطة الأولى ستعمل في الصيف", 0.6, 1.0, id="one-more-line"),
        pytest.param(OTHER, 0.0, 0.1, id="unrelated"),
    ],
)
def test_estimated_similarity(variant: str, low: float, high: float) -> None:
    assert low <= minhash.similarity(_sig(BASE), _sig(variant)) <= high


def test_lsh_finds_the_copy_and_forgets_removed_keys() -> None:
    index = minhash.LSHIndex()
    index.add("base", _sig(BASE))
    index.add("other", _sig(OTHER))
    assert index.candidates(_sig(BASE + " وأضاف أن المحطة ستعمل")) == {"base"}
    index.remove("base")
    assert "base" not in index.candidates(_sig(BASE))
    assert len(index) == 1


def test_short_texts_still_get_a_full_signature() -> None:
    sig = _sig("سد الوادي الكبير يكتمل")
    assert len(sig) == minhash.SLOTS
    assert minhash.similarity(sig, sig) == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("بلغ ٢٢٫٥ جنيها", {"22.5"}, id="arabic-digits"),
        pytest.param("نحو 1,000 شخص و3,5 بالمئة", {"1000", "3.5"}, id="separators"),
        pytest.param("عام 2016 بنسبة 10.50%", {"2016", "10.5"}, id="trailing-zero"),
    ],
)
def test_numbers(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


def test_normalize_unifies_letter_forms_and_drops_diacritics() -> None:
    assert normalize("إِلى مدرسةٍ أخرى") == normalize("الى مدرسه اخري")


def test_adding_a_key_again_replaces_its_entries() -> None:
    index = minhash.LSHIndex()
    sig = minhash.signature(minhash.shingles(["سد", "الوادي", "الكبير", "اكتمل", "بناؤه", "اليوم"]))
    index.add("a", sig)
    index.add("a", sig)
    index.remove("a")
    assert index.candidates(sig) == set()


def test_sketch_is_the_signature_of_the_shingles() -> None:
    import random

    rng = random.Random(5)
    vocabulary = [*words(BASE), "سد", "الوادي", "2016", "x", "two words", ""]
    for size in (0, 1, 2, 3, 4, 5, 8, 30, 200, 400):
        for _ in range(5):
            sample = [rng.choice(vocabulary) for _ in range(size)]
            assert minhash.sketch(sample) == minhash.signature(minhash.shingles(sample))


def _densify_reference(bins: list[int]) -> tuple[int, ...]:
    empty = minhash._EMPTY
    if all(b == empty for b in bins):
        return tuple(bins)
    filled = list(bins)
    for i, value in enumerate(bins):
        if value != empty:
            continue
        step = 1
        while bins[(i + step) % minhash.SLOTS] == empty:
            step += 1
        filled[i] = bins[(i + step) % minhash.SLOTS] + step * minhash._ROTATION_STEP
    return tuple(filled)


def test_densify_fills_as_the_plain_loop() -> None:
    import random

    rng = random.Random(11)
    for share in (0.0, 0.05, 0.3, 0.9, 0.99, 1.0):
        for _ in range(50):
            bins = [minhash._EMPTY if rng.random() < share else rng.randrange(1 << 26)
                    for _ in range(minhash.SLOTS)]
            assert minhash._densify(bins) == _densify_reference(bins)


def test_band_keys_hash_the_band_slices() -> None:
    import random

    rng = random.Random(2)
    for size in (minhash.SLOTS, minhash.SLOTS - 3, 5):
        sig = tuple(rng.randrange(1 << 40) for _ in range(size))
        reference = [(band, hash(sig[band * minhash.ROWS : (band + 1) * minhash.ROWS]))
                     for band in range(minhash.BANDS)]
        assert minhash.band_keys(sig) == reference
