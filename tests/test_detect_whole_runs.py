"""whole_runs: a name guess that took a piece of a run of capitalised words, of a hyphenated name or of a
name with its nickname is read as the whole run; a public run goes, a private one is one span."""

from __future__ import annotations

import pytest

from rewriter.detect.whole_runs import whole_runs
from rewriter.spans import Span


def _span(text: str, part: str, entity_type: str = "PERSON") -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part, entity_type, 0.85, "test", "why", "someone")


@pytest.mark.parametrize(
    "text, part, entity_type, expected",
    [
        # a private run: one span, so nothing of it is left beside the replacement (invented names)
        ("knocked by a matatu on Qirundi Rd Tuesday night.", "Qirundi", "PERSON", "Qirundi Rd"),
        ("Big up Marlee-Ann Tobbet-Quarrie for the run!!", "Ann Tobbet", "PERSON", "Marlee-Ann Tobbet-Quarrie"),
        ("the family of Joss 'the Badger' Mulqueen, 79, came in", "Mulqueen", "PERSON", "Joss 'the Badger' Mulqueen"),
        ("staying at Barnley-on-Sea all week", "Barnley", "LOCATION", "Barnley-on-Sea"),
        ("Our audit of Grenwick Tolland Holdings went on", "Tolland Holdings", "ORGANIZATION", "Grenwick Tolland Holdings"),
    ],
)
def test_a_piece_of_a_private_run_becomes_the_whole_run(text, part, entity_type, expected):
    spans = whole_runs([_span(text, part, entity_type)], text)
    assert [s.text for s in spans] == [expected]
    assert all(s.text == text[s.start:s.end] for s in spans)


def test_a_street_taken_in_is_a_place():
    text = "knocked by a matatu on Qirundi Rd Tuesday night."
    (span,) = whole_runs([_span(text, "Qirundi")], text, "police officer")
    assert span.entity_type == "LOCATION"


@pytest.mark.parametrize(
    "text, part",
    [
        ("Back from Web Summit Vancouver, biggest takeaway: AI everywhere", "Vancouver"),  # an event by its kind
        ("Notting Hill Carnival briefing done", "Hill Carnival"),  # a listed public event
        ("Big up Shelly-Ann Fraser-Pryce!! Watched the race", "Ann Fraser"),  # a listed public figure
    ],
)
def test_a_public_run_is_no_span(text, part):
    assert whole_runs([_span(text, part)], text) == []


@pytest.mark.parametrize(
    "text, part",
    [
        ("Happy Birthday Zorina, from all of us", "Zorina"),  # a greeting is no part of the name
        ("Handover from Staff Nurse Okorafor was brilliant", "Okorafor"),  # a role the generaliser keeps
        ("Visited Harlow Tenbury this week", "Harlow Tenbury"),  # a sentence's first everyday word
        ("Kemi Adebisi STILL hasn't sent the forms", "Kemi Adebisi"),  # shouted, not more of the name
        ("Ama Owusu RN signed it", "Ama Owusu"),  # a person's qualification
        ("Went past Qirundi Tuesday night", "Qirundi"),  # a time
        ("a very Lambeth-ish accent", "Lambeth"),  # a lowercase ending is read by the generaliser
    ],
)
def test_a_span_stays_as_it_was_beside_words_not_of_the_name(text, part):
    spans = whole_runs([_span(text, part)], text)
    assert [s.text for s in spans] == [part]


@pytest.mark.parametrize(
    "text, part",
    [
        ("Meanwhile he's off to a conference in Dubai. The staffroom is fuming.", "The"),  # never past a full stop
        ("And our PM Dervla is taking all the credit", "Dervla"),  # a role by its initials
        ("a patient to survive at Hartwell NICU, home now", "Hartwell"),  # a unit the generaliser keeps
        ("Chale I'm so happy", "Chale"),
    ],
)
def test_a_run_stops_at_a_full_stop_a_role_or_a_unit(text, part):
    spans = whole_runs([_span(text, part, "ORGANIZATION" if part == "Hartwell" else "PERSON")], text)
    assert [s.text for s in spans] == [part]


def test_a_run_opened_by_a_given_name_is_a_persons():
    # "[Anjali] [Raghunathan]" read as a person and a place: the run is one person's name
    text = "came from my supervisee Anjoli Raghavendran. framing it."
    spans = [_span(text, "Anjoli"), _span(text, "Raghavendran", "LOCATION")]
    assert {(s.text, s.entity_type) for s in whole_runs(spans, text)} == {("Anjoli Raghavendran", "PERSON")}


def test_a_run_opened_by_a_given_name_and_ended_by_a_company_word_stays_a_company():
    text = "signed with Jordan Tarrow Logistics today"
    spans = [_span(text, "Jordan"), _span(text, "Tarrow Logistics", "ORGANIZATION")]
    kinds = {s.entity_type for s in whole_runs(spans, text) if s.text == "Jordan Tarrow Logistics"}
    assert kinds == {"ORGANIZATION"}  # the person's guess widened to a run a company word ends is the company


def test_a_span_opened_by_a_title_takes_nothing_before_it():
    text = "Wishing Staff Nurse Olamide Bankole all the best"
    assert [s.text for s in whole_runs([_span(text, "Nurse Olamide Bankole")], text)] == ["Nurse Olamide Bankole"]


def test_a_places_numbered_part_is_its_name():
    text = "Picked up one big madam in Lekki Phase 1 today"
    assert [s.text for s in whole_runs([_span(text, "Lekki Phase", "LOCATION")], text)] == ["Lekki Phase 1"]


@pytest.mark.parametrize(
    "text, part, entity_type",
    [
        ("Celtic 2-0 and my dad hasnae stopped singing", "Celtic", "ORGANIZATION"),  # a score
        ("been to Leeds 3 times this month", "Leeds", "LOCATION"),  # a count after a place's own name
        ("Big Kemar 2 goals today", "Kemar", "PERSON"),
    ],
)
def test_a_number_after_a_name_is_no_part_of_it(text, part, entity_type):
    assert [s.text for s in whole_runs([_span(text, part, entity_type)], text)] == [part]


@pytest.mark.parametrize(
    "text, part, entity_type",
    [
        ("Brought Portillo's for the whole office", "Portillo's", "ORGANIZATION"),  # a dictionary word opening the sentence
        ("replaced the IPC, CrPC and Evidence Act", "IPC, CrPC and Evidence", "ORGANIZATION"),  # a list is no piece of a name
    ],
)
def test_a_sentences_first_word_or_a_list_is_not_widened(text, part, entity_type):
    assert [s.text for s in whole_runs([_span(text, part, entity_type)], text)] == [part]


def test_a_listed_body_as_a_client_stays_a_span():
    text = "We won the Greater Manchester Police contract today!"
    assert [s.text for s in whole_runs([_span(text, "Manchester Police")], text)] == ["Greater Manchester Police"]


def test_a_possessive_ends_the_name():
    text = "My colleague Mrs Dlomo's Grade 6s raised money"
    assert [s.text for s in whole_runs([_span(text, "Mrs Dlomo's")], text)] == ["Mrs Dlomo's"]
