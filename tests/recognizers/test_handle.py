"""HandleRecognizer (contacts/handle.py): Social media handles: "@mia.runs_2009", "@DrKaye"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.contacts.handle import HandleRecognizer


def spans(rec, text, entity):
    return [text[r.start : r.end] for r in rec.analyze(text, [entity], None)]


@pytest.mark.parametrize("text, handle", [("Shoutout to @mia.runs_2009 for her PB!", "@mia.runs_2009"), ("cc @DrKaye.", "@DrKaye")])
def test_handles(text, handle):
    assert spans(HandleRecognizer(), text, "HANDLE") == [handle]


def test_an_email_is_not_a_handle():
    assert spans(HandleRecognizer(), "write to hr.sam@initrode.co.uk", "HANDLE") == []


@pytest.mark.parametrize("text", ["Young people need counsellors in every school. @MOH_Ghana we are waiting",
                                  "Waiting lists are a disgrace, @NHSEngland please read this."])
def test_a_national_bodys_own_account_is_no_one(text):
    assert spans(HandleRecognizer(), text, "HANDLE") == []


@pytest.mark.parametrize("text, handle", [("Thanks @NHS_Priya for covering my shift!", "@NHS_Priya"),
                                          ("Shoutout to @GhanaKofi for the lift home", "@GhanaKofi")])
def test_a_person_beside_a_bodys_or_a_nations_name_is_still_a_handle(text, handle):
    assert spans(HandleRecognizer(), text, "HANDLE") == [handle]


@pytest.mark.parametrize("text", ["@channel who took the last oat milk??", "@here standup moved, sorry all",
                                  "@everyone the build is green again"])
def test_a_workspace_group_mention_is_no_one(text):
    # Slack, Teams and Discord write to a whole channel with these; they name no one
    assert spans(HandleRecognizer(), text, "HANDLE") == []


@pytest.mark.parametrize("text, handle", [("cc @channel_priya for the notes", "@channel_priya"),
                                          ("thanks @hereford_kate!", "@hereford_kate")])
def test_a_handle_that_starts_like_a_group_mention_is_still_a_handle(text, handle):
    assert spans(HandleRecognizer(), text, "HANDLE") == [handle]
