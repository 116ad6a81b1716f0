"""NamedConditionRecognizer (people/named_condition.py): Rarer conditions named after a person or a feature:
"Stiff Person Syndrome", "Wilson's disease", "Hutchinson-Gilford progeria"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.named_condition import NamedConditionRecognizer


@pytest.mark.parametrize(
    "text, condition",
    [
        ("Worked with a lovely lady today, 67, with Stiff Person Syndrome.", "Stiff Person Syndrome"),
        ("diagnosed a 7 y/o with Hutchinson-Gilford progeria today", "Hutchinson-Gilford progeria"),
        ("She has early onset Huntington's disease.", "Huntington's disease"),
    ],
)
def test_rarer_named_conditions(text, condition):
    assert [text[r.start : r.end] for r in NamedConditionRecognizer().analyze(text, None)] == [condition]


@pytest.mark.parametrize(
    "text",
    ["Alzheimer's disease awareness week", "a boy with Down syndrome", "Motor Neurone Disease research",
     "Irritable Bowel Syndrome flare", "Heart disease is common", "The disease spread fast"],
)
def test_common_conditions_and_plain_words_are_not_flagged(text):
    assert NamedConditionRecognizer().analyze(text, None) == []


def test_a_named_condition_is_rewritten_as_a_rare_condition(detector):
    from rewriter.generalise import generalise
    from rewriter.kinds import Detail

    text = "She has early onset Huntington's disease."
    spans = detector.detect(text)
    assert [(s.text, s.entity_type) for s in spans] == [("Huntington's disease", "DISTINCTIVE_DETAIL")]
    assert spans[0].detail is Detail.RARE_CONDITION
    assert generalise(text, spans).text == "She has early onset a rare condition."


# A common condition named after someone names no one: no person, place or organisation in it.
@pytest.mark.parametrize(
    "text",
    [
        "Seeing more early Lewy body dementia in clinic this year.",
        "Grandad's Parkinson's is worse in the mornings now.",
        "Her Crohn's flared again over Christmas.",
        "Two new referrals with Bell's palsy this week.",
        "A lovely lad with Down syndrome helped me set up the room.",
        "His Raynaud's plays up every winter shift.",
        "Graves' disease and Addison's disease both came up in teaching.",
        "Slow recovery from Guillain-Barré, but walking again.",
    ],
)
def test_a_common_eponymous_condition_is_no_one(find, text):
    assert [f for f in find(text) if f[1] in ("PERSON", "ORGANIZATION", "LOCATION")] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dr Parkinson's clinic was packed again.", "Parkinson"),  # a title: a person
        ("Sam Bell was on shift with me all weekend.", "Bell"),  # a first name: a person
        ("Parkinson's mum brought cake for the ward.", "Parkinson"),  # a family after the possessive
    ],
)
def test_the_same_surname_as_a_person_stays_a_person(find, text, name):
    assert any(name in t and kind == "PERSON" for t, kind in find(text))
