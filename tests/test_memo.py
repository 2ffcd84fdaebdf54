"""The bounded memo the analysis steps share."""

import pytest

from siyaq.memo import remembered


@pytest.mark.parametrize(
    ("keys", "limit", "made", "kept"),
    [
        (["a", "b", "a", "b"], 10, ["a", "b"], {"a", "b"}),
        (["a", "b", "c", "a"], 2, ["a", "b", "c", "a"], {"c", "a"}),
        (["a", "a", "a"], 1, ["a"], {"a"}),
    ],
    ids=["hits-make-nothing", "full-memo-is-emptied", "limit-one"],
)
def test_remembered_makes_each_key_once_until_full(
    keys: list[str], limit: int, made: list[str], kept: set[str]
) -> None:
    memo: dict[str, str] = {}
    calls: list[str] = []

    def make(key: str) -> str:
        calls.append(key)
        return key.upper()

    assert [remembered(memo, k, make, limit) for k in keys] == [k.upper() for k in keys]
    assert calls == made
    assert set(memo) == kept
