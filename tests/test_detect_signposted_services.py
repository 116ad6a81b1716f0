"""Public services a post signposts (issue 10, precision; detect/public_forms.py's _signposted_service,
support/signposts.py, data/signposted_charities.txt, and the freephone lines of recognizers/contacts/phone.py): a
helpline, a national charity or a profession's body named in a sentence that tells the reader to call or text it,
says it is free, gives to it, trains with it or thanks it, and a freephone line's number. Both sides: the same forms
made a client's, an employer's, or someone served's, a name with a person's in it, and a mobile number, are still
found. Real Presidio engine."""

from __future__ import annotations

import pytest

from conftest import flagged_in
from rewriter.detect.recognizers.support.signposts import signposted


@pytest.mark.parametrize(
    "text, word",
    [
        # a helpline by its everyday words and its head word, with its number or its hours
        ("Exam stress is real, folks. The Teen Worry Helpline is free and open all night if you need it.", "Helpline"),
        ("If the holidays are hard, the Silver Friends Line takes calls from older folk any time.", "Silver"),
        # a line named by initials before its head
        ("Rough week? The NCMH Crisis Hotline 1553 answers day and night, call it.", "NCMH"),
        # a charity or a fund by its form, given to or thanked
        ("Bake sale at the station raised £300 for the Brain Tumour Fund, cheers all.", "Fund"),
        ("Shout out to the Sleep Health Institute for the free resources on shift work.", "Institute"),
        # a profession's chartered body, with its nation after it
        ("Thanks Chartered Surveyors Scotland for the CPD evening, good crowd.", "Surveyors"),
        # a learned society by its head before its field, at its conference
        ("Off to Leeds for the British Society for the History of Medicine conference, presenting Friday.", "Society"),
        # a national charity named by an everyday phrase
        ("Did a sponsored walk for Mind Cymru today and my legs are jelly.", "Mind"),
        ("Reminder that Breathing Space is free to call if you're struggling this winter.", "Breathing"),
    ],
)
def test_a_signposted_public_service_is_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a service by its form that is a client's, or that someone served rang
        ("Our client the Family Support Helpline wants the new call rota by Friday, thanks all.", "Helpline"),
        ("My client Dave rang the Silver Friends Line at 3am, free call, and they sent help.", "Silver"),
        ("Our client the Harbourside Building Society wants the migration finished by June, thanks all.", "Harbourside"),
        # a foundation named after a person, thanked: one family's
        ("Huge thanks to the Okonjo Foundation for funding our pilot, couldn't do it without them.", "Okonjo"),
        # the head before a field with a person's name in it: one family's
        ("Thanks to the Adeyemi Institute for Rural Health for the training grant.", "Adeyemi"),
        # a person in the same signposting sentence
        ("Shout out to Kemi Adeyinka for the training today, what a teacher.", "Kemi"),
    ],
)
def test_the_same_forms_made_private_are_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Freephone support: the youth helpline is on 0800 68 41 41, day or night.", "0800"),  # UK freephone
        ("Canada folks: the crisis text and call line is 1-833-456-4566, free.", "1-833"),  # North American toll-free
    ],
)
def test_a_freephone_line_is_public(find, text, number):
    assert not flagged_in(find, text, number), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("My client's mum gave me 07700 900417 in case he goes missing again.", "07700"),  # a UK mobile
        ("Her nephew's number is (555) 203-4417, call him if she misses her visit.", "(555)"),  # a US local number
    ],
)
def test_a_persons_number_stays_a_phone(find, text, number):
    assert flagged_in(find, text, number), find(text)


def test_signposting_reads_the_sentence_outside_the_name():
    text = "Big day. Kids Help Phone is free, any time."
    assert signposted(text, text.index("Kids"), text.index(" is"))
    # the cue belongs to another sentence, and the name's own words are no cue
    other = "Raised loads yesterday. Met the Help Phone crew."
    assert not signposted(other, other.index("the Help"), other.index(" crew"))
    # a year or a sum is no line's number
    year = "In 2024 the Greenfield Society grew by £180,000."
    assert not signposted(year, year.index("the Green"), year.index(" grew"))


def test_a_listed_bodys_name_run_together_as_a_handle_is_its_account():
    from rewriter.detect.recognizers.contacts.handle import public_body_account

    # "Health NZ", "Social Work England", listed, written as one word
    assert public_body_account("@HealthNZ") and public_body_account("@SocialWorkEngland")
    # a word of one and a word of none: someone's
    assert not public_body_account("@HealthyNZ") and not public_body_account("@HealthBySam")
