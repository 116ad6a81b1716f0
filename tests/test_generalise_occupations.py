"""An occupation the role-noun lists do not hold (rewriter/data/occupations.txt, from the BLS's job titles, or a
trade's ending: "-ographer", "-ist") says who the person named after it is: "our dispatcher 'Moose'" -> "our
dispatcher", never "our dispatcher a patient"; "Dispatcher Moose" is a colleague. A verb or a thing before a name
is no occupation."""

from __future__ import annotations

import pytest

from rewriter import vocab


def test_the_occupation_list_is_there_and_holds_no_everyday_things():
    words = vocab.words("occupations")
    assert len(words) > 500
    assert {"dispatcher", "phlebotomist", "caretaker", "sonographer", "chef", "driver"} <= words
    assert not words & {"meeting", "monitor", "hand", "model", "heating"}


@pytest.fixture(scope="module")
def rewrite(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    def run(text: str, role: str) -> str:
        return Pipeline(Config(role=role), detector).rewrite(text, role=role, use_llm=False).text

    return run


@pytest.mark.parametrize(
    "role, text, expected",
    [
        ("paramedic", "Huge thanks to our dispatcher 'Moose' for keeping us sane on nights.",
         "Huge thanks to our dispatcher for keeping us sane on nights."),
        ("nurse", "Our phlebotomist Gemma found the vein first time, legend.",
         "Our phlebotomist found the vein first time, legend."),
        ("nurse", "The radiographer Tomasz stayed late to scan my patient.",
         "The radiographer stayed late to scan my patient."),
        ("teacher", "Our caretaker Bernard fixed the heating again.", "Our caretaker fixed the heating again."),
        ("care worker", "Our driver Kwame got everyone home safe in the snow.",
         "Our driver got everyone home safe in the snow."),
        ("paramedic", "Dispatcher Moose kept us sane tonight.", "A colleague kept us sane tonight."),
    ],
)
def test_a_name_after_an_occupation_goes_and_the_occupation_stays(rewrite, role, text, expected):
    out = rewrite(text, role)
    assert out == expected
    assert "patient" not in out.replace("my patient", "") and "resident" not in out


@pytest.mark.parametrize(
    "role, text, kept",
    [
        ("teacher", "I had to hand Sarah the keys before the trip.", "hand"),  # a verb, not a trade
        ("nurse", "Mason Mount visited the ward today.", None),  # a given name, not a mason
    ],
)
def test_a_verb_or_a_given_name_before_a_name_is_no_occupation(rewrite, role, text, kept):
    out = rewrite(text, role)
    assert "Sarah" not in out and "Mount" not in out
    assert "colleague" not in out
    if kept:
        assert kept in out
