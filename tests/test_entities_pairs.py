"""Two people the tagger ran into one name (`وحذر صالحي ترامب`, `مصافحة ترامب ميركل`) are split
where the article shows each part to be someone it names on its own; a full name is kept whole
(stop 38)."""

from __future__ import annotations

import pytest

from siyaq.analyze.entities_pairs import split_people
from siyaq.model import Mention


def _tagged(text: str, names: list[str]) -> list[Mention]:
    """Each name tagged PERS at each place it occurs, in text order."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(Mention(name, "PERS", at, at + len(name), name))
            at = text.find(name, at + len(name))
    kept = [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                        and len(o.text) > len(m.text) for o in found)]
    return sorted(kept, key=lambda m: m.start)


def _split(text: str, names: list[str], persons_words: frozenset[str] = frozenset()
           ) -> list[str]:
    found = split_people([_tagged(text, names)], lambda name: name, persons_words.__contains__)
    return [m.text for m in found[0]]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("قال علي أكبر صالحي إن إيران جاهزة، ورد دونالد ترامب بتغريدة. "
                     "وحذر صالحي ترامب من الانسحاب.",
                     ["علي أكبر صالحي", "دونالد ترامب", "صالحي ترامب"],
                     ["علي أكبر صالحي", "دونالد ترامب", "صالحي", "ترامب"],
                     id="both-named-in-full-before"),
        pytest.param("وقالت المستشارة أنغيلا ميركل إن المحادثات جيدة. وقالت ميركل إنها متفائلة. "
                     "واستقبلها دونالد ترامب بقبلة، وشهدت الزيارة مصافحة ترامب ميركل بحرارة.",
                     ["أنغيلا ميركل", "ميركل", "دونالد ترامب", "ترامب ميركل"],
                     ["أنغيلا ميركل", "ميركل", "دونالد ترامب", "ترامب", "ميركل"],
                     id="the-second-named-alone"),
    ],
)
def test_two_people_run_together_are_split(text: str, names: list[str],
                                           expected: list[str]) -> None:
    assert _split(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "persons_words"),
    [
        pytest.param("وقال إيهود باراك إن الاتفاق سيئ. ورد باراك أوباما بأن الاتفاق جيد، وقال "
                     "أوباما إنه باق.", ["إيهود باراك", "باراك أوباما", "أوباما"],
                     frozenset({"باراك"}), id="guard-a-given-name-that-ends-another-name"),
        pytest.param("وقال كيم داي جونغ إن الحوار ممكن. وأضاف جيمس كيم أن الوقت مناسب. ثم "
                     "عاد كيم جونغ إلى سيول.", ["كيم داي جونغ", "جيمس كيم", "كيم جونغ"],
                     frozenset(), id="guard-a-longer-name-shortened"),
        pytest.param("وقال دونالد ترامب إن الاقتصاد قوي. وقال ترامب إنه سيفوز.",
                     ["دونالد ترامب", "ترامب"], frozenset(), id="guard-a-name-and-its-tail"),
    ],
)
def test_one_person_is_kept_whole(text: str, names: list[str],
                                  persons_words: frozenset[str]) -> None:
    assert _split(text, names, persons_words) == [m.text for m in _tagged(text, names)]


def test_the_parts_keep_their_offsets() -> None:
    text = "قال علي أكبر صالحي إن إيران جاهزة، ورد دونالد ترامب. وحذر صالحي ترامب من ذلك."
    found = split_people([_tagged(text, ["علي أكبر صالحي", "دونالد ترامب", "صالحي ترامب"])],
                         lambda name: name, lambda word: False)[0]
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]
