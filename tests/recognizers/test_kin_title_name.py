"""KinTitleNameRecognizer (people/kin_title_name.py): a name after a Filipino courtesy title ("Si Ate
Marites na principal namin", "Kuya Dondon of our team"); not the writer's own family, not the verb "Ate"."""

from __future__ import annotations

import pytest


def names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Si Ate Marites na principal namin sa Sto. Niño Elementary gave us a memo on a Sunday night.", "Marites"),
        ("Thank you to Ate Joy and Kuya Dondon of our team", "Dondon"),
        ("Grabe si Manang Pilar sa palengke, she knows everyone.", "Pilar"),
    ],
)
def test_a_name_after_a_courtesy_title_is_found(detector, text, name):
    assert any(name in found for found in names(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ate a whole pack of custard creams at 4am.",
        "Ate half a sandwich, drank a cold cup of tea.",
        "Shift was SO busy but we got through it 🙏 Ate Jollibee chickenjoy at 3am in the staff room.",
        "Ate Pizza, then slept for ten hours.",
    ],
)
def test_the_verb_ate_is_no_title(detector, text):
    assert names(detector, text) == []
