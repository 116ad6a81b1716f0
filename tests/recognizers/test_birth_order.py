"""BirthOrderRecognizer (people/birth_order.py): which child someone is having ("her 5th baby"), not the
writer's own nor an achievement ("the 5th child in the family to go to uni")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.birth_order import BirthOrderRecognizer

BIRTH = BirthOrderRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in BIRTH.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Mama Chidinma's 5th baby arrived 2:30am, no wahala at all.", "5th"),
        ("She's on her eighth pregnancy and only 30.", "eighth"),
        ("Delivered their third set of twins tonight!", "third"),
    ],
)
def test_which_child_someone_is_having(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Expecting my 3rd baby in June!",
        "We're having our second baby, so excited.",
        "The 5th child in the family to go to uni.",
        "First baby I delivered as a qualified midwife.",
    ],
)
def test_the_writers_own_or_no_birth(text):
    assert texts(text) == []


def test_the_order_goes_and_the_baby_stays(detector):
    from rewriter.generalise import generalise

    text = "Mama Chidinma's 5th baby arrived in the early hours."
    out = generalise(text, detector.detect(text, role="midwife"), "midwife").text
    assert "5th" not in out and "Chidinma" not in out and "baby arrived" in out
