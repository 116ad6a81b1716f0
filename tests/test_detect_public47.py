"""Session 47 (judges of session 46's rewrites: "Awaab's Law" -> "Someone's someone else", "Met Sir Ashley
Bloomfield" -> "Met someone", "the Rugby Championship" -> "an organisation"): public things named by their own
form, detect/public_forms.py. Each class on both sides: a private name in the same slot is still found. Real
Presidio engine."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        # a law or a public scheme named after a person
        ("the damp and mould guidance changed AGAIN. Awaab's Law is a good thing, dinnae get me wrang, but gie us the staff", "Awaab"),
        ("the damp and mould guidance changed AGAIN. Awaab's Law is a good thing, dinnae get me wrang, but gie us the staff", "Law"),
        ("Did the Martyn's Law training today for the venue side of the job, eye-opening stuff.", "Martyn"),
        ("Third Clare's Law request this month. If you're worried about a partner, ask, it's there for you.", "Clare"),
        # a sporting or public event by its kind, in everyday words or a big place's
        ("the fire's going in the lounge and the Rugby Championship is on the big screen, what more do you want?", "Rugby"),
        ("devs, who's going to Nairobi Tech Week? also looking for a rust mentor", "Nairobi"),
        # a knight or a dame by their full name
        ("Met Sir Ashley Bloomfield at the conference today, absolute legend, even signed my lanyard lol.", "Bloomfield"),
    ],
)
def test_public_things_by_their_form_are_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a firm by the same form: the words after "Law" say so
        ("My client Kowalczyk finally signed with Okafor's Law Firm after the hearing.", "Kowalczyk"),
        # a proper name in an event: one school's or one club's
        ("So proud of Tayla at the Thornbury Cup on Saturday, she's only 9.", "Tayla"),
        # "Sir" before a lone word: a pupil's teacher, or someone the writer serves
        ("Our new resident Sir Desmond Okonkwo settled in well today, lovely man, tells everyone about the war.", "Okonkwo"),
        # "Sir" said to a caller or a customer, as many Englishes do: no public occasion, a private person
        ("Grabe yung caller kanina, si Sir Ramil Dizon from Pasig, nagmura for 20 mins kasi late daw bill niya.", "Dizon"),
    ],
)
def test_the_same_forms_with_a_private_name_are_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)
