"""NameSaidAloneRecognizer (people/name_said_alone.py): a name the post found, said again alone as a
sentence in any case ("our new manager Bill ... bill. BILL.")."""

from __future__ import annotations

import pytest


def found(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type == "PERSON"]


def test_a_name_said_alone_is_the_same_person(detector):
    text = "our new manager Bill has decided we don't need a 3rd carer on nights anymore. bill. BILL. have you ever tried it?"
    assert {"Bill", "bill", "BILL"} <= set(found(detector, text))


def test_the_rewrite_leaves_no_mention(detector):
    from rewriter.generalise import generalise

    text = "our new manager Bill has decided we don't need a 3rd carer on nights anymore. bill. BILL. have you ever tried it?"
    out = generalise(text, detector.detect(text, role="care worker"), "care worker").text
    assert "bill" not in out.lower(), out


@pytest.mark.parametrize(
    "text",
    [
        "Paid the bill. Then went home.",
        "Long shift. Tired. Home.",
    ],
)
def test_a_word_alone_is_no_name_when_no_one_was_named(detector, text):
    assert found(detector, text) == []
