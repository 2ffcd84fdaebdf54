"""A speaker never ends in a preposition the tagger or the reading ran on into (`ري أمام`,
`وزارة الخارجية الروسية عن`); names spelled in letters keep theirs (`سي أن أن`) (stop 38)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "الولايات المتحدة لن تحصل على أي تنازل من دون ثقة"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وأضاف ري أمام الجمعية العامة إن {SAID}.", {"ري أمام": "PERS"}, "ري",
                     id="a-name-run-on-into-amam"),
        pytest.param(f'وأعربت وزارة الخارجية الروسية عن قلقها، وقالت: "{SAID}".',
                     {"وزارة الخارجية الروسية عن": "ORG"}, "وزارة الخارجية الروسية",
                     id="a-body-run-on-into-an"),
        pytest.param(f'وذكرت سي أن أن: "{SAID}".', {"سي أن أن": "ORG"}, "سي أن أن",
                     id="guard-letters-spelled"),
    ],
)
def test_no_speaker_ends_in_a_preposition(text: str, names: dict[str, str],
                                          speaker: str) -> None:
    assert said_everywhere(text, names)[0] == (speaker, SAID)
