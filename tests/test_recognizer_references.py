"""Reference numbers: case numbers, ticket and customer numbers, course and class codes."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.references import (
    CaseNumberRecognizer,
    ClassCodeRecognizer,
    CourseCodeRecognizer,
    LabelledNumberRecognizer,
)

CASE = CaseNumberRecognizer()
LABELLED = LabelledNumberRecognizer()
COURSE = CourseCodeRecognizer()
CLASS = ClassCodeRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Hearing on 2024-FC-01187 adjourned again", "2024-FC-01187"),
        ("Settlement reached in Patterson v. Dunmore Logistics, case 22-CV-4471.", "case 22-CV-4471"),
        ("Appeal CR/2023/0456 lodged", "Appeal CR/2023/0456"),
        ("Blocked on PROJ-1234 all week", "PROJ-1234"),
    ],
)
def test_case_numbers(text, found):
    assert texts(CASE, text) == [found]


@pytest.mark.parametrize(
    "text",
    ["Another COVID-19 wave", "Lessons from 12/03/2024", "Open 24/7", "A-1 service", "UK/EU rules changed"],
)
def test_not_case_numbers(text):
    assert texts(CASE, text) == []


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


def test_court_number_without_a_label():
    assert texts(CASE, "SK22F00456 listed for Tuesday") == ["SK22F00456"]
    assert texts(CASE, "My WH1000XM4 headphones and the QE55QN90A telly") == []


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
    [
        ("Marking PSY101 essays all weekend", "PSY101"),
        ("My CS 201 lecture ran over", "CS 201"),
        ("module BIO1010 starts Monday", "BIO1010"),
    ],
)
def test_course_codes(text, found):
    assert texts(COURSE, text) == [found]


@pytest.mark.parametrize("text", ["Got an RTX4090 at last", "ISO 9001 audit today", "Played MP3 files", "NHS 111 call"])
def test_not_course_codes(text):
    assert texts(COURSE, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Reminder for parents of 4B: swimming on Wednesday", "4B"),
        ("my 10C class were wild", "10C"),
        ("Form 7K won the quiz", "7K"),
    ],
)
def test_class_codes(text, found):
    assert texts(CLASS, text) == [found]


@pytest.mark.parametrize("text", ["Ran a 5K class at the gym", "kids in 4G signal areas", "the 2FA group chat"])
def test_not_class_codes(text):
    assert texts(CLASS, text) == []


def test_references_through_the_real_detector(find):
    found = find("Ticket #55102: a customer has now called 9 times about a late parcel.")
    assert [t for t, kind in found if kind == "REFERENCE_NUMBER"] == ["Ticket #55102"]
    assert ("case 22-CV-4471", "REFERENCE_NUMBER") in find("Settled at last, case 22-CV-4471.")
    found = find("Custody hearing at Stockport Family Court on Tuesday, case no. SK22F00456.")
    assert ("case no. SK22F00456", "REFERENCE_NUMBER") in found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Jayden in 4B asked me if I was sad today.", "4B"),
        ("a boy in 3C cried today", "3C"),
        ("she is in 6R now and loving it", "6R"),
    ],
)
def test_a_class_code_after_a_person_and_in(find, text, code):
    assert (code, "REFERENCE_NUMBER") in find(text)


@pytest.mark.parametrize("text", ["Meet in 2B at noon.", "We live in 5G land now.", "Flat in 2B is empty."])
def test_in_and_a_code_without_a_person_is_no_class(find, text):
    assert [f for f in find(text) if f[1] == "REFERENCE_NUMBER"] == []
