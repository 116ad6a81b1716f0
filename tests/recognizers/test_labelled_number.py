"""LabelledNumberRecognizer (numbers/labelled_number.py): A number announced by what it is ("Ticket #55102",
"customer no."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.numbers.labelled_number import LabelledNumberRecognizer

LABELLED = LabelledNumberRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Ticket #55102: Deborah has called 9 times", "Ticket #55102"),
        ("customer no. 88123 rang again", "customer no. 88123"),
        ("Account number 44120931 is locked", "Account number 44120931"),
        ("NHS number 943 476 5919 on the wrong form", "NHS number 943 476 5919"),
        ("order ABC-10023 never arrived", "order ABC-10023"),
    ],
)
def test_labelled_numbers(text, found):
    assert found in texts(LABELLED, text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Custody hearing on Tuesday, case no. SK22F00456.", "case no. SK22F00456"),
        ("case number SK22F00456 listed again", "case number SK22F00456"),
        ("Client Ref: ANX-2291 called again", "Client Ref: ANX-2291"),
        ("case ref AB12CD34 closed", "case ref AB12CD34"),
        ("claim no. X7Y99 rejected", "claim no. X7Y99"),
        ("ref: ab12cd, if anyone asks", "ref: ab12cd"),
        ("Reference 22F00456 on the letter", "Reference 22F00456"),
        ("MRN A1234567 on the wrong wristband", "MRN A1234567"),
        ("hospital number K123456 written on the form", "hospital number K123456"),
        ("file no. 2291-ANX went missing", "file no. 2291-ANX"),
        ("NI number AB123456C typed wrong", "NI number AB123456C"),
        ("police ref: 22/1187 still open", "police ref: 22/1187"),
        ("Ticket #123 again", "Ticket #123"),
        ("case no. 456 adjourned", "case no. 456"),
        ("the case SK22F00456 was listed", "case SK22F00456"),
    ],
)
def test_labelled_codes_of_letters_and_digits(text, found):
    assert found in texts(LABELLED, text)


@pytest.mark.parametrize(
    "text",
    [
        "my patient covid19 positive again",  # a bare label needs a code written as one
        "the client PS5 broke",
        "ref: 3D printer arrived",
        "Order: 500g flour and eggs",
        "Ticket: 2nd floor, turn left",
        "Reference: 100 pages of notes",
        "case no. 1A",
        "Reference B12 levels were low",
        "ref: 12/03/2024 was the date",
        "we need a passport 1234 times over",  # "passport" announces a number only with "no."/"number"
        "watched the log 500 hours in",
        "Customer no. 12 rang",  # two digits: a count as often as a number
    ],
)
def test_codes_that_are_not_references(text):
    assert texts(LABELLED, text) == []


def test_bare_hash_number_is_a_reference():
    assert texts(LABELLED, "Still chasing #55102 today") == ["#55102"]


@pytest.mark.parametrize(
    "text",
    [
        "That case 2024 was a hard year",
        "Customer 3 was lovely",
        "We had to order 500 units",
        "#1 fan of this team",
        "Called 9 times about a late parcel",
    ],
)
def test_not_labelled_numbers(text):
    assert texts(LABELLED, text) == []


def test_labelled_number_suggestion_names_what_it_was():
    [result] = LABELLED.analyze("customer no. 88123 rang again", None)
    assert result.recognition_metadata["suggestion"] == "a customer"


@pytest.mark.parametrize(
    "text, found",
    [("On call tonight, bleep 5521 if you need me", "5521"), ("Ring the ward on extension 3390.", "3390"), ("the keysafe code: 8812", "8812")],
)
def test_bleeps_extensions_and_keysafes(text, found):
    assert any(found in t for t in texts(LABELLED, text))


def test_a_township_extension_in_an_address_is_no_phone_extension():
    assert texts(LABELLED, "Looking to support Zonability in Tokoza Ext 1426 in its mission") == []


# An ID said alone, in capitals, is a record's number whatever the record; lowercase "id" is often "I'd".
@pytest.mark.parametrize(
    "text, found",
    [
        ("Had a student (ID 45591230) at the counter in tears.", "ID 45591230"),
        ("Her ID 4471223 was on the wrong form.", "ID 4471223"),
    ],
)
def test_an_id_said_alone_is_labelled(text, found):
    assert found in texts(LABELLED, text)


@pytest.mark.parametrize(
    "text",
    ["id 2000 times rather do nights than that", "Forgot my ID badge again, 2000 steps before 9am", "ID 2023 was a rough year"],
)
def test_id_near_a_number_that_is_no_record_is_left(text):
    assert texts(LABELLED, text) == []


def test_an_id_in_brackets_beside_its_person_goes_with_its_brackets(floor):
    out = floor("Had a student (ID 45591230) at the counter in tears because her payment got cut.", "other")
    assert "45591230" not in out and "()" not in out
    assert out.startswith("Had a student at the counter in tears")


@pytest.mark.parametrize("text, found", [
    ("Status page says receipt EAC2190054321 is still pending", "receipt EAC2190054321"),
    ("Her ref: HO/K7654321, please chase", "ref: HO/K7654321"),
    ("Remand hearing moved, case CR 2024/0871 now in May", "case CR 2024/0871"),
])
def test_a_receipt_an_office_serial_and_a_court_before_its_year(text, found):
    assert found in texts(LABELLED, text)


@pytest.mark.parametrize("text", [
    "Keep the receipt for 30 days in case it breaks",  # a count of days after the word
    "case AB 2024 was a great conference",  # a year alone after capitals
])
def test_a_receipt_kept_and_a_year_after_capitals_are_no_reference(text):
    assert texts(LABELLED, text) == []


# A noun a register numbers one of, then four or more digits: an entry someone could look up (session 50,
# fresh49 "Candidate 4127 ... Centre 36592 exams officer" was offered clean)
@pytest.mark.parametrize(
    "text, found",
    [
        ("Candidate 4127 turned up for the wrong paper AGAIN", "Candidate 4127"),
        ("Centre 36592 exams officer signing off for the day", "Centre 36592"),
        ("poor lad at seat 1142 was sick in the hall", "seat 1142"),
        ("participant 0417 on the high-dose arm came back", "participant 0417"),
        ("Store #2281 had another walkout", "Store #2281"),
    ],
)
def test_numbered_record_nouns(text, found):
    assert found in texts(LABELLED, text)


@pytest.mark.parametrize(
    "text",
    [
        "Candidate 2019 cohort were the best I've had",  # a year
        "our sample 1000 people strong",  # a count
        "free call or text 1737, any time",  # a helpline
        "spent £4127 on the kitchen in 2019",  # a price and a year after "in"
        "Last shift at the Rema 1000 before Easter",  # a shop's name, no register noun
    ],
)
def test_numbered_record_nouns_left_alone(text):
    assert texts(LABELLED, text) == []
