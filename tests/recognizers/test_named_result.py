"""NamedResultRecognizer (people/named_result.py): a named pupil's exact grade or score."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, result",
    [
        ("Congrats to my Form 5 boy Haziq Rahmat, 9As in SPM lah!", "9As"),
        ("So proud of Ananya Kulkarnee who topped the district olympiad with 98/100!", "98/100"),
        ("Tutoring Wei Jie every week, boy finally got a B for trials!!", "a B"),
    ],
)
def test_a_result_after_a_named_pupil_is_theirs(find, text, result):
    assert (result, "FIGURE") in find(text)


@pytest.mark.parametrize(
    "text, result",
    [
        ("Our Year 11s got 40 A*s between them this summer", "40 A*s"),  # no one named
        ("Told Haziq Rahmat I got a B in maths myself back in the day", "a B"),  # the writer's own
        ("Ananya Kulkarnee came to say hi. The class average was 98/100.", "98/100"),  # another sentence
    ],
)
def test_a_result_with_no_one_named_or_the_writers_own_is_left(find, text, result):
    assert (result, "FIGURE") not in find(text)
