"""StreetAddressRecognizer (places/street_address.py): Street addresses, streets and postcodes, in English and
the common European forms."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.street_address import StreetAddressRecognizer


def spans(text):
    return [text[r.start : r.end] for r in StreetAddressRecognizer().analyze(text, ["STREET_ADDRESS"], None)]


@pytest.mark.parametrize(
    "text, address",
    [
        ("Attended a 92-year-old on Station Road today.", "Station Road"),
        ("Deborah from Flint Street called again.", "Flint Street"),
        ("Meet at Harbour Road later.", "Harbour Road"),
        ("The address of Persint is 6750 Koskikatu 25 Apt. 864", "6750 Koskikatu 25 Apt. 864"),
        ("Cinzia and Hammarvägen 15", "Hammarvägen 15"),
        ("Timotea lives on Via dei Fiorentini 17 street.", "Via dei Fiorentini 17"),
        ("We'll meet at 08428 Rue de Piétrain 371, Noorderwijk", "08428 Rue de Piétrain 371, Noorderwijk"),
        ("send it to 14 Crown Street, London", "14 Crown Street, London"),
        ("The bus station is on P.O. Box 104", "P.O. Box 104"),
        ("Tosh Olsen lives at 172 Maneeži 75, Saareküla", "172 Maneeži 75, Saareküla"),
        ("sent to PSC 7951, Box 9972\nAPO AA 69974?", "PSC 7951, Box 9972\nAPO AA 69974"),
        ("Post it to SW1A 1AA please", "SW1A 1AA"),
    ],
)
def test_addresses_are_found(text, address):
    assert address in spans(text)


def test_a_postal_block_is_one_span_through_town_country_and_postcode():
    text = "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488\nMobile: 0490 39 07 81"
    assert spans(text) == ["20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488"]


@pytest.mark.parametrize(
    "text",
    [
        "It's a 5 minutes walk down the road, a 10 minute drive.",
        "We walked 3 miles along the road and back.",
        "Road trip this weekend! Street food was amazing.",
        "Healing is not linear. Be gentle with yourself this week.",
        "Ward 7 was busy, bed 12 too.",
        "Marking 60 Grade 10 essays on The Great Gatsby tonight.",  # a count of a numbered thing
        "Signed up 3 Level 2 learners for the course.",
    ],
)
def test_no_address_in_ordinary_sentences(text):
    assert spans(text) == []


def test_detector_reports_street_addresses(find):
    assert ("14 Crown Street, London", "STREET_ADDRESS") in find("Parcel for 14 Crown Street, London please.")


def test_a_lowercase_line_before_the_postcode_stays_in_the_block(find):
    text = "Billing address: Erlendur\n    764 Fagradalsbraut 71 Apt. 762\n   Egilsstaðir\n    castelfranco veneto\n    700"
    assert any(t.endswith("castelfranco veneto\n    700") for t, ty in find(text) if ty == "STREET_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        # a count, then a new sentence that opens with "St": no address
        "Reminder: 30 compressions then 2 rescue breaths. Learn it. St Mary's run free courses every month.",
        "Swam 40 lengths. Loved it. St Ives next week, weather permitting.",
    ],
)
def test_a_sentence_end_between_a_number_and_a_street_type_is_no_address(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, address",
    [
        # an abbreviation's stop inside an address is no sentence end
        ("Client at 22 Mt. Pleasant Road still hasn't paid.", "22 Mt. Pleasant Road"),
        ("Parcel for 14 Crown St. left with the neighbour again.", "14 Crown St."),
    ],
)
def test_an_address_with_an_abbreviation_is_still_found(text, address):
    assert spans(text) == [address]
