"""Numbers that identify a person or a business (issue 10's recall): bare ages told of someone ("is 97 tomorrow",
"he's like 80", "89 and living on his own", "91 y todavía"), sums tied to a business or a person ("the 600k
invoice", "owes me 85 thousand", "price going to $14.99/mo"), a person's clinical values ("her HbA1c came back
13.2", "his olanzapine 10mg", "left eye 6/60", "140 kg"), last digits of an account and a door's code; and the
numbers left alone ("Top 10 tips", "I'm 40 this year", "my HbA1c", "a 5k run"). Real detector, then the
generaliser: each rewrite must read as a sentence."""

from __future__ import annotations

import pytest

from rewriter.generalise.driver import generalise


def kinds(detector, text, role="nurse"):
    return {(s.text, s.entity_type) for s in detector.detect(text, role=role)}


@pytest.mark.parametrize(
    "text, found",
    [
        # ages told of someone
        ("Our Maisie on Willow unit is 97 tomorrow!! still hides her pills in the jam.", ("97", "AGE")),
        ("Customer tried to wire $12k to a man he met online. Broke my heart, he's like 80.", ("he's like 80", "AGE")),
        ("Fixed the boiler for Mr Drummond on Fernhill Road, 88 and living on his own.", ("88", "AGE")),
        ("Doña Carmen Ruiz in room 310 told me her life story, 92 y todavía cooks for the whole street.", ("92", "AGE")),
        ("Si Lola Auring ng Barrio Maligaya, 94 na, nadulas sa kusina kahapon.", ("94", "AGE")),
        # the story's incident ties the age; the bare sentence ("... only 23. Still can't believe it.") had it only
        # from the old risk model's guess of a news story (session 35's model, trained without the hold-outs, makes none)
        ("The driver was my neighbour's nephew, only 23. Still can't believe the crash.", ("23", "AGE")),
        ("Scanned a mum at St Brigid's Hospital today, twins, mum only 17, from a farm out west.", ("17", "AGE")),
        # sums tied to a business or a person
        ("Our biggest client Greenleaf Farms walked after the 400k invoice mess.", ("400k", "MONEY")),
        ("Dis man Desmond owe mi 70 thousand fi the gearbox since June.", ("70 thousand", "MONEY")),
        ("Someone sold a boy in my class a fake exam paper for 3k, shameful.", ("3k", "MONEY")),
        ("Roadmap: Stridely is ending the free plan, price going to $9.99/mo.", ("$9.99/mo", "MONEY")),
        ("He still won't pay my R3 500 bill for the calving.", ("R3 500", "MONEY")),
        ("The agency we pay 45k a month sent us a deck full of typos.", ("45k", "MONEY")),
        # a person's clinical values
        ("Pray for Mama Ngozi o, her HbA1c come back 12.8 and she still hides bread.", ("12.8", "FIGURE")),
        ("An aunty came for her son's sertraline 50mg refill and told the whole queue.", ("50mg", "FIGURE")),
        ("Uncle Tan still won't wear glasses to drive, his left eye 6/36 already!", ("6/36", "FIGURE")),
        ("One of my clients, Mrs Farooq from Gulberg, 130 kg, wants to lose weight for a wedding.", ("130 kg", "FIGURE")),
        # last digits and a door's code
        ("Caller was lovely, account ending 5512, paid her bill in the end.", ("account ending 5512", "REFERENCE_NUMBER")),
        ("They left their door code on a sticky note. That code (8823 lol) needs changing.", ("8823", "REFERENCE_NUMBER")),
        # a workplace's people before the news is out
        ("Oga don talk say 35 staff go commot from our Ikeja branch, e never reach public.", ("35 staff", "FIGURE")),
    ],
)
def test_numbers_that_identify_are_found(detector, text, found):
    assert found in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Top 10 tips for surviving nights: eat properly and drink water.",
        "Had 2 coffees before the 5:30 train, still exhausted.",
        "I'm 40 this year and my knees know it.",
        "My mum is 90 tomorrow and I'm baking all night.",
        "The shop is 10 today, thanks to everyone who came in!",
        "My HbA1c came back 6.1 today, so relieved.",
        "An HbA1c over 48 means diabetes, so get checked.",
        "The usual starting dose of olanzapine is 10mg for adults.",
        "I lost 10kg this year and feel amazing!",
        "Signed up for a 5k run next month, wish me luck!",
        "Hit 10k steps today and 2k followers on my page!",
        "Year 6 had their leavers' assembly, not a dry eye in the hall.",
        "Married 60 years, and still laughing at the same jokes.",
        "Finished the report, just 5 more to go.",
        "My son, only 7, asked me what a lawyer does.",
        "Our house is worth 500k now apparently, mad.",
        "Finally paid off my student loan, 30k gone and I feel free!",
    ],
)
def test_numbers_alone_are_left_alone(detector, text):
    assert detector.detect(text, role="nurse") == []


@pytest.mark.parametrize(
    "text, role, expected",
    [
        ("Our Maisie on Willow unit is 97 tomorrow!!", "care worker", "has a big birthday tomorrow!!"),
        ("Customer tried to wire $12k to a man he met online. Broke my heart, he's like 80.", "bank teller", "he's elderly."),
        ("Fixed the boiler for Mr Drummond on Fernhill Road, 88 and living on his own.", "plumber",
         "elderly and living on his own."),
        ("Our biggest client Greenleaf Farms walked after the 400k invoice mess.", "sales rep", "after the large invoice mess."),
        ("Roadmap: Stridely is ending the free plan, price going to $9.99/mo.", "product manager", "price going up."),
        ("Pray for Mama Ngozi o, her HbA1c come back 12.8 and she still hides bread.", "nurse",
         "her HbA1c come back high and she still hides bread."),
        ("An aunty came for her son's sertraline 50mg refill and told the whole queue.", "pharmacist",
         "refill and told the whole queue."),
        ("Uncle Tan still won't wear glasses to drive, his left eye 6/36 already!", "optometrist",
         "his left eye very poor already!"),
        ("One of my clients, Mrs Farooq from Gulberg, 130 kg, wants to lose weight.", "dietitian", "wants to lose weight."),
        ("Caller was lovely, account ending 5512, paid her bill in the end.", "call centre agent", "lovely, paid her bill"),
        ("Scanned a mum at St Brigid's Hospital today, twins, mum only 17, from a farm out west.", "sonographer", "mum only a teenager, from"),
    ],
)
def test_numbers_are_rewritten_to_read_right(detector, text, role, expected):
    out = generalise(text, detector.detect(text, role=role), role).text
    assert expected in out
    assert "  " not in out and " ," not in out
