"""Public things written as if private (issue 10, precision; session 38): a big city's centre and its short name, a
government department or office, a listed public body the model cut, a conference the writer speaks at, and the
job and business initials of office life. Each class on both sides: the same shape made a client's, a site of the
writer's own or a person's is still found. Fresh wording, not the tuning sets'. Real Presidio engine (``find``)."""

from __future__ import annotations

import pytest


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a big city's centre: the public heart of it, not a site of the writer's
        ("Leaving drinks with the whole ward in Glasgow city centre, first time out since spring.", "Glasgow"),
        ("The book club met in Dublin city centre for once and nobody read the book.", "Dublin"),
        # a city by its first word, where the rest only names its river (make_big_places.py)
        ("Back from Frankfurt tonight after three airports in two days.", "Frankfurt"),
        # a former name of a city of millions (city_short_names.txt)
        ("Chittagong traffic was unreal this morning, two hours for ten kilometres.", "Chittagong"),
        # a government department by its form, whatever slot it is in; an office of state
        ("Big thanks to the Department of Health and Social Care for the new guidance.", "Department"),
        ("Still waiting on the Ministry of Education to publish the new curriculum.", "Ministry"),
        ("The Auditor General's report on rural clinics makes grim reading.", "Auditor"),
        # a listed body of two words the model cut to one ("Met" read as the verb "met")
        ("Before you head up the hill, check the Met Office for wind.", "Office"),
        # a conference the writer speaks at
        ("Excited to be speaking at PyCon next spring about testing legacy code.", "PyCon"),
        # a letter's sign-off: no deal signed
        ("Signed, a tired teacher in Nova Scotia who still loves the job.", "Nova Scotia"),
        # job and business initials in capitals
        ("Our GC finally signed off the new retention policy.", "GC"),
        ("Whole morning on CRM clean-up for the SME book, then ESG reporting.", "CRM"),
        ("Emailed the HoD about the exam clash again.", "HoD"),
        # a job title: seniority and a role's initials, or "Head of" and everyday words
        ("Choosing between a Senior PM offer and staying put, thoughts welcome.", "Senior PM"),
        ("Eighteen months of applications and today I start as Head of Finance.", "Head of Finance"),
        # a city's police department by its initials
        ("Respect to the NYPD officers directing traffic in the snow today.", "NYPD"),
        # a national exam everyone sits
        ("The Leaving Cert points race shapes what first years expect.", "Leaving Cert"),
    ],
)
def test_public_things_are_left_alone(find, text, word):
    found = _found(find, text)
    assert not any(word in t for t in found), found


@pytest.mark.parametrize(
    "text, word",
    [
        # the city's name before a site of the writer's own stays found
        ("Our Frankfurt office is moving to a new building in March.", "Frankfurt"),
        # a department named by a word no dictionary has is a firm's, and the person at it stays found
        ("Huge thanks to Priya from the Department of Halvorsen for her help.", "Priya"),
        # a person after a job title stays found
        ("Farewell drinks for our Head of Finance Marguerite Okafor tonight.", "Marguerite"),
        # someone met, beside the listed body
        ("Finally met Oliver at the Met Office open day.", "Oliver"),
        # a confidential finding's own words are left to be found (KYC is no everyday acronym here)
        ("Nothing public yet, but the inspection found gaps in our KYC at Brightwell Capital.", "Brightwell"),
        # a client signed, not a letter signed
        ("We signed Halvorsen Marine, our biggest account, after a year of pitching.", "Halvorsen"),
        # a conference that is a client's own event
        ("Running the stands for our client Brightwell at their BrightCon next month.", "Brightwell"),
    ],
)
def test_the_same_shapes_made_private_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))
