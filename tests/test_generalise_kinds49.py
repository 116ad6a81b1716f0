"""A person's name the small model took for a firm or a place is said as a person (judges of fresh46-48: "my junior
dev the area", "with an organisation" for a runner, "took our organisation (me own lad)"): generalise/slots.py
person_shaped. Each case has a close case it must leave.

Every sentence was written for these tests, none from the labelled sets; all names are invented or common."""

from __future__ import annotations

import pytest

from rewriter.generalise.context import Context
from rewriter.generalise.slots import family_in_context, person_shaped
from rewriter.spans import Span


def _span(text: str, name: str, entity_type: str, source: str = "language model (spaCy)") -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name, entity_type, 0.85, source, "", "")


def _family(text: str, name: str, entity_type: str, source: str = "language model (spaCy)") -> str:
    span = _span(text, name, entity_type, source)
    ctx = Context.for_role(text, "other")
    return family_in_context(ctx, span)


@pytest.mark.parametrize("text, name, entity_type", [
    ("Proud moment: my junior dev Jessica (just 22) shipped the payment module.", "Jessica", "LOCATION"),
    ("A consultant yelled at Megan in front of the whole bay again.", "Megan", "ORGANIZATION"),
    ("Watched the final lap again with Hannah Kowalczyk still in front, what a runner.", "Hannah Kowalczyk", "ORGANIZATION"),
    ("Took our Oliver (me own lad) to see the lights after work.", "Oliver", "ORGANIZATION"),
    ("Mum called from work crying. Jessica called after, crying too.", "Jessica", "LOCATION"),
])
def test_a_given_name_the_model_took_for_a_firm_or_place_is_a_person(text, name, entity_type):
    assert _family(text, name, entity_type) == "person"


@pytest.mark.parametrize("text, name, entity_type", [
    ("Moving to a flat in Jesmond next month, can't wait.", "Jesmond", "LOCATION"),  # after "in": where
    ("Long drive tae Alston in the snow with the 4x4.", "Alston", "LOCATION"),
    ("Shift at the Balfour again tonight.", "Balfour", "ORGANIZATION"),  # a determiner: a place's name
    ("Dunna phone at 8 wi da hale o Shetland, try efter 11.", "Shetland", "LOCATION"),  # Scots "o": of a place
    ("Salamat sa family ko sa Marikina at sa lahat.", "Marikina", "LOCATION"),  # Tagalog "sa": a place
    ("He strutted all the way home along Lorena Ocho.", "Lorena Ocho", "LOCATION"),  # along a street
    ("Two thousand words, Harvard referencing, due never.", "Harvard", "ORGANIZATION"),  # a university
    ("Look at this Ganesh drawing from the LKG class.", "Ganesh", "ORGANIZATION"),  # describes what follows
    ("No English at all, only Dari, and so shy.", "Dari", "ORGANIZATION"),  # a language beside another
    ("The closures hit Hollins Green hardest.", "Hollins Green", "ORGANIZATION"),  # a place's word ends it
    ("Signed with Jordan Shipping today!", "Jordan Shipping", "ORGANIZATION"),  # a firm's word ends it
])
def test_a_place_a_firm_or_a_language_stays_what_it_is(text, name, entity_type):
    ctx = Context.for_role(text, "other")
    assert not person_shaped(ctx, _span(text, name, entity_type))


def test_a_rule_that_read_a_place_keeps_its_kind():
    text = "Visit to Megan Street flats today."
    ctx = Context.for_role(text, "other")
    assert not person_shaped(ctx, _span(text, "Megan", "LOCATION", source="street address rule"))


@pytest.fixture(scope="module")
def rewrite(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    def run(text: str, role: str = "other") -> str:
        return Pipeline(Config(role=role), detector).rewrite(text, role=role, use_llm=False).text

    return run


def test_no_person_becomes_an_organisation_or_the_area(rewrite):
    out = rewrite("Proud moment: my junior dev Jessica (just 22, first job) shipped the payment module today.", "engineer")
    assert "Jessica" not in out
    assert "organisation" not in out and "the area" not in out
