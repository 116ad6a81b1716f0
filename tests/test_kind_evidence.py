"""A person is never generalised as an organisation or a place, nor a village as a firm (issue 10).

support/kind_evidence.py reads the words around a name the small model typed by the name alone; the
spaCy recognizer re-types its one- and two-word organisations and places with it, and the generaliser
reads it again for spans of any source. Tests on both sides: the words that must move a kind and those
that must not, then the real detector and generaliser on whole posts.
"""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.support.kind_evidence import person_by_context, place_by_context
from rewriter.generalise import generalise
from test_generalise import gen  # tests/ is on the path


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Go on Kayleigh-Ann!!", "Kayleigh-Ann"),  # a cheer
        ("Well done Kofi! Proud of you", "Kofi"),
        ("Our keeper Declan (wears his specs) saved two.", "Declan"),  # a noun for someone before
        ("my little one Zara splashing in every puddle", "Zara"),
        ("Our receptionist Tasha-Marie said hi.", "Tasha-Marie"),
        ("The youngest, Yonas, hugged me on the doorstep.", "Yonas"),  # in apposition
        ("One of my 5th years, Niamh from the village, got in.", "Niamh"),
        ("Tash lost 30kg this year.", "Tash"),  # what only a body does
        ("Doreen passed away last night.", "Doreen"),
        ("Meera di and Sanjay bhai are both on the list.", "Meera"),  # a courtesy word after
        ("Meera di and Sanjay bhai are both on the list.", "Sanjay"),
        ("Shukriya to Tariq Mehmood sahib who comes every week.", "Tariq Mehmood"),
        ("Sorry Suresh sir, the build is red.", "Suresh"),
        ("Lunch with Kuya Jomar at noon.", "Jomar"),  # a title before
        ("Lovely party for Noa's bat mitzvah.", "Noa"),  # a day of one's own
        ("Off to Kemi's 40th tonight.", "Kemi"),
        ("Jayden (the one who never sits still) hugged me.", "Jayden"),  # an aside, then a person's verb
        ("my guy on licence (K.D., 24) got a start", "K.D."),  # an age in brackets
        ("Rota's up. Yes Tamsin, you're on again.", "Tamsin"),  # spoken to
        ("Surgical reg (Ashworth, you know who you are) just left.", "Ashworth"),
        ("RIP Big Dunc, 30 years on the wards, taught me everything.", "Big Dunc"),  # mourned (session 35)
        ("Rest in peace Auntie Flo 💔", "Flo"),
        ("Massive well done to Kofi 💪 back on the pitch", "Kofi"),  # a cheer "to" someone
    ],
)
def test_words_that_make_a_name_someones(text, name):
    assert person_by_context(*_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Banca di Roma cut our rates.", "Banca"),  # Italian "di", a capital after it
        ("We work for Brightline now.", "Brightline"),
        ("Our client Acme, as ever, paid late.", "Acme"),  # firms have clients
        ("Tesco said the shop is closing.", "Tesco"),
        ("Hey Tesco you're a joke", "Tesco"),  # no comma: not read as spoken to
        ("Lagos, I'm coming home", "Lagos"),
        ("Acme's quarterly results are out.", "Acme"),
        ("RIP Woolworths stores closing for good", "Woolworths"),  # mourned, but a noun runs on: a firm's name
        ("Well done to Fenwick Ltd for the deal", "Fenwick Ltd"),  # a cheer with nothing of a person after it
    ],
)
def test_words_that_do_not(text, name):
    assert not person_by_context(*_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Funeral of a lad, 23, from Drumcorran, killed in the crash.", "Drumcorran"),
        ("We nabbed the 19yo from Carrum who ran onto the pitch.", "Carrum"),
        ("a widow from Holbeck who lost her savings", "Holbeck"),
        ("a 79-year-old widow from Holbeck Rise who lost her savings", "Holbeck Rise"),
        ("The Mayor of Stockwood is popping in.", "Stockwood"),
        ("Calving at the farm up past Llanfihangel, lamb in my boot.", "Llanfihangel"),
        ("Had to take 3 kids from a home in Birch Hollow last night.", "Birch Hollow"),
        ("Small-town life in Sainte-Anne-des-Monts: everyone knows.", "Sainte-Anne-des-Monts"),
    ],
)
def test_words_that_make_a_name_a_place(text, name):
    assert place_by_context(*_at(text, name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sandra from Acme sent the invoice.", "Acme"),  # someone from a firm
        ("An email from Brightline this morning.", "Brightline"),
        ("Got the kids from Kemi's after work.", "Kemi"),  # someone's house
        ("Had a home in Acme Ltd's portfolio", "Acme Ltd"),  # a firm's ending
        ("Go on Kayleigh-Ann!!", "Kayleigh-Ann"),  # one hyphen: a first name
        ("Proud of Stockwood today.", "Stockwood"),
        ("An email from Sam Okafor today", "Sam Okafor"),  # no one before "from"
    ],
)
def test_words_that_do_not_make_a_place(text, name):
    assert not place_by_context(*_at(text, name))


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a person the detector typed as an organisation or a place is replaced as a person
        ("Go on [Kayleigh-Ann]!!", ("ORGANIZATION",), "teacher", "Go on a student!!"),
        ("[Tash] lost 30kg this year.", ("ORGANIZATION",), "nurse", "A patient lost 30kg this year."),
        ("Lovely party for [Noa's] bat mitzvah.", ("ORGANIZATION",), "other", "Lovely party for someone's bat mitzvah."),
        ("The youngest, [Yonas], hugged me.", ("LOCATION",), "social worker", "The youngest hugged me."),
        # the courtesy word after the name goes with it
        ("[Meera] di and [Sanjay] bhai are both on the list.", ("ORGANIZATION", "ORGANIZATION"), "engineer",
         "A colleague and another colleague are both on the list."),
        ("Shukriya to [Tariq Mehmood] sahib who comes every week.", ("ORGANIZATION",), "pharmacist",
         "Shukriya to a customer who comes every week."),
        # a village the detector typed as a firm or a person is replaced as a place
        ("Funeral of a lad, 23, from [Drumcorran], killed in the crash.", ("ORGANIZATION",), "police officer",
         "Funeral of a lad, 23, from elsewhere, killed in the crash."),
        ("We nabbed the 19yo from [Carrum] who ran on.", ("PERSON",), "police officer",
         "We nabbed the 19yo from elsewhere who ran on."),
        ("Calving up past [Llanfihangel], lamb in my boot.", ("ORGANIZATION",), "vet", "Calving up nearby, lamb in my boot."),
        ("The Mayor of [Stockwood] is popping in.", ("PERSON",), "care worker", "The Mayor of the area is popping in."),
        # no word around an "organisation" makes it one: "someone", never "an organisation"
        ("Excited since [Elon] announced the new car.", ("ORGANIZATION",), "other", "Excited since someone announced the new car."),
        ("[Judit Polgár] sent her a message of support.", ("ORGANIZATION",), "other", "Someone sent her a message of support."),
    ],
)
def test_replaced_as_what_the_words_say(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a firm stays a firm where the words say so
        ("Just joined [Brightline] as a dev.", ("ORGANIZATION",), "other", "Just joined an organisation as a dev."),
        ("Model says we should buy [Pennant Software] at 4.2x.", ("ORGANIZATION",), "analyst",
         "Model says we should buy a company at 4.2x."),
        ("[Halvern] announced layoffs today.", ("ORGANIZATION",), "other", "An organisation announced layoffs today."),
        ("He loved [Liverpool] so we played the song.", ("ORGANIZATION",), "other",
         "He loved an organisation so we played the song."),
        ("Sandra from [Acme] sent the invoice.", ("ORGANIZATION",), "other", "Sandra from an organisation sent the invoice."),
    ],
)
def test_what_must_stay_an_organisation(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "text, role, name, kind, gone",
    [
        ("Go on Kayleigh-Ann!!", "teacher", "Kayleigh-Ann", "PERSON", ["Kayleigh", "organisation"]),
        ("Lovely party for Noa's bat mitzvah.", "other", "Noa", "PERSON", ["Noa", "organisation"]),
        ("Shukriya to Tariq Mehmood sahib who has been coming every week.", "pharmacist", "Tariq Mehmood", "PERSON",
         ["Tariq", "Mehmood", "sahib", "organisation"]),
        ("Rota's up. Yes Tamsin, you're on Boxing Day again.", "nurse", "Tamsin", "PERSON", ["Tamsin", "the area"]),
        ("The youngest, Yonas, hugged me on the doorstep.", "social worker", "Yonas", "PERSON", ["Yonas", "the area"]),
        ("Had to take 3 kids from a home in Birch Hollow last night.", "social worker", "Birch Hollow", "LOCATION",
         ["Birch", "Hollow", "organisation"]),
    ],
)
def test_with_the_real_detector(detector, text, role, name, kind, gone):
    spans = detector.detect(text, role=role)
    found = {s.text: s.entity_type for s in spans}
    assert found.get(name) == kind, found  # re-typed, and still found: nothing is lost to recall
    out = generalise(text, spans, role).text
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a name spoken to after a word that opens the sentence, or in brackets, goes; its sentence stays
        ("Rota's up. Yes [Tamsin], you're on Boxing Day again.", "Rota's up. Yes, you're on Boxing Day again."),
        ("Surgical reg ([Ashworth], you know who you are) just left.", "Surgical reg (you know who you are) just left."),
        ("Oi [Kev], your round.", "Oi, your round."),
        # not spoken to: kept as someone
        ("I said yes [Tamsin], you can.", "I said yes a patient, you can."),
    ],
)
def test_a_name_spoken_to_goes(draft, expected):
    assert gen(draft, "PERSON", role="nurse") == expected


@pytest.mark.parametrize("text", ["Go on England!! What a match.", "Well done Arsenal! Proud of the lads."])
def test_a_public_team_or_place_cheered_is_no_one(detector, text):
    assert detector.detect(text, role="other") == []


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a name opened by its language's word for a village is a village, never a firm
        ("Pakcik from [Kampung Sungai Lalang] came in again.", "Pakcik from a village came in again."),
        ("One of our families in [Barangay Santo Niño] messaged me.", "One of our families in a village messaged me."),
    ],
)
def test_a_village_by_its_own_word(draft, expected):
    assert gen(draft, "ORGANIZATION", role="social worker") == expected
