"""WorkplaceNameRecognizer (places/workplace_name.py): the name of the place the writer's people work or
meet, known by the words before it ("Everyone at the Corner Bean", "Topping out at Riverside Quarter",
"the Oak Farm viewing"); public places and big names are left."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.workplace_name import WorkplaceNameRecognizer

PLACE = WorkplaceNameRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in PLACE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Luke Littler, watch yourself. Everyone at the Corner Bean is SO proud", "Corner Bean"),
        ("Topping out at Riverside Quarter today. 11 storeys, zero RIDDORs.", "Riverside Quarter"),
        ("Vendors at the Oak Farm viewing were mid screaming match.", "Oak Farm"),
        ("Buyers on the Pine Hollow listing backed out the night before.", "Pine Hollow"),
        ("Proud of you babes, the whole crew at Bumblebees Billericay are made up 🐝", "Bumblebees Billericay"),
        ("the residents at Pelican Court are SHARKS", "Pelican Court"),
    ],
)
def test_a_workplace_named_by_its_people_is_found(text, name):
    assert texts(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Massive thanks to everyone at the NHS this year.",
        "The staff at Tesco were lovely today.",
        "Everyone at Work is tired.",
        "Everyone at the Natural History Museum was so kind to my two.",
        "The team at Manchester did brilliantly.",
        "All at Christmas dinner agreed.",
        "Everyone at the World Cup was cheering.",
        "The Monday viewing went well.",
    ],
)
def test_public_places_and_ordinary_words_are_left(text):
    assert texts(text) == []


def test_the_rewrite_names_the_kind_of_place(detector):
    from rewriter.generalise import generalise

    text = "Our regular just got picked for darts!! Everyone at the Corner Bean is SO proud"
    out = generalise(text, detector.detect(text, role="cafe manager"), "cafe manager").text
    assert "Corner Bean" not in out and "Everyone at a local cafe is SO proud" in out, out


def test_a_team_at_a_company_is_left_to_the_organisation_rules():
    assert texts("Wueh, our team at Mkopo Pay is launching the new loan feature") == []
    assert texts("Thanks to everyone at Kilima Freight Ltd for the send-off") == []


def test_a_site_being_built_is_a_new_development(detector):
    from rewriter.generalise import generalise

    text = "Topping out at Riverside Quarter today. 11 storeys, zero RIDDORs, and the lads got a proper bacon butty breakfast."
    out = generalise(text, detector.detect(text, role="site manager"), "site manager").text
    assert out.startswith("Topping out at a new development today."), out
