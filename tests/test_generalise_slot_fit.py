"""Every replacement fits its slot (issue 10, "Grammar" and "The right kind and the right words"): judges
found rewrites garbled where a stock phrase did not fit the words around it. Each group is a class seen
in the unseen writers' drafts (writer_i..l, fresh8), pinned on made-up sentences of the same shape.
Spans are marked by hand with [brackets], as in test_generalise.py; the last tests run the real detector.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from rewriter.generalise import generalise
from test_generalise import gen, marked  # tests/ is on the path

CASES = {
    # a time's, an amount's or a place's span that ran over the full stop gives it back
    "full_stop": [
        ("Next date [14 Aug.] My client is 71.", ("DATE_TIME",), "lawyer", "Next date soon. My client is 71."),
        ("Announcement only [in Sept.] Feeling terrible.", ("DATE_TIME",), "hr", "Announcement only soon. Feeling terrible."),
        ("We bid [S$480m. Fingers] crossed.", ("MONEY",), "consultant", "We bid a significant sum. Fingers crossed."),
    ],
    # a role noun with words of its own before it keeps them and its determiner
    "role_noun": [
        ("Pray for our Form 2 teacher [Mr Moyo] who was arrested.", ("PERSON",), "head teacher",
         "Pray for our Form 2 teacher who was arrested."),
        ("Our S.2 girl [Namubiru] won the bee!", ("PERSON",), "teacher", "Our S.2 girl won the bee!"),
        ("and QA lead [Joanna] marks us down", ("PERSON",), "call-centre agent", "and the QA lead marks us down"),
        ("Please pray for Deaconess [Funmi Ogunleye] of our parish.", ("PERSON",), "pastor",
         "Please pray for the deaconess of our parish."),
        ("We caught him. [Insp. Chukwudi] is facing trial.", ("PERSON",), "police officer",
         "We caught him. The inspector is facing trial."),
    ],
    # the writer's own workplace is work, never "a client company" or "my employer"
    "own_workplace": [
        ("Our prod db at [Fenwick Pay] went down at 2am.", ("ORGANIZATION",), "engineer", "Our prod db went down at 2am."),
        ("So proud, our team at [Changi] finished the prototype.", ("ORGANIZATION",), "engineer",
         "So proud, our team finished the prototype."),
        ("Wish I could say what we're building at [Rolls-Royce Derby].", ("ORGANIZATION",), "engineer",
         "Wish I could say what we're building at work."),
        ("A senior partner at [Dunmore LLP] called it banter.", ("ORGANIZATION",), "hr", "A senior partner at work called it banter."),
        ("We're merging with [Tellrow Systems] soon.", ("ORGANIZATION",), "hr", "We're merging with a company soon."),
        ("[Initech] cut my hours.", ("ORGANIZATION",), "hr", "My employer cut my hours."),
    ],
    # a relation already said makes the name redundant; the dead and the living keep their places
    "relations": [
        ("Visiting her late husband [Frank] at the cemetery.", ("PERSON",), "care worker",
         "Visiting her late husband at the cemetery."),
        ("[Tom]'s widow [Annie] brought a photo of [Tom] to our session.", ("PERSON", "PERSON", "PERSON"), "therapist",
         "A widow brought a photo of the late husband to our session."),
        ("Visited [Frank]'s widow today.", ("PERSON",), "care worker", "Visited a widow today."),
        ("the grandma from the ward, [an 89-year-old], came back", ("AGE",), "nurse", "the grandma from the ward came back"),
    ],
    # a name used as a modifier goes, the noun stays
    "modifiers": [
        ("prayed for the baby in [Nakaseeta] village with the hole in her heart", ("LOCATION",), "community health worker",
         "prayed for the baby in a village with the hole in her heart"),
        ("for a certain very famous [Lusaka] businessman whose deal", ("LOCATION",), "banker",
         "for a certain very famous businessman whose deal"),
        ("we onboarded them as our biggest [Ghana Cocoa Board] client this year", ("ORGANIZATION",), "banker",
         "we onboarded them as our biggest client this year"),
        ("one of [Acme Mining]'s biggest mining contractors", ("ORGANIZATION",), "engineer",
         "one of the biggest mining contractors"),
        ("The body found near [Tombo] wharf was moved.", ("LOCATION",), "police officer", "The body found nearby wharf was moved."),
    ],
    # ages: grade plurals are pupils, an age before who someone's people are takes them too
    "ages": [
        ("my [8th graders] debated whether a hot dog is a sandwich", ("AGE",), "teacher",
         "my pupils debated whether a hot dog is a sandwich"),
        ("Ehn! [40yo] Fulani man, my own people.", ("AGE",), "doctor", "Ehn! A man, my own people."),
        ("Saw a [70 yr old] Irish man today", ("AGE",), "doctor", "Saw an older man today"),
        ("Had a client today, [34], ex-Marine, who finally talked.", ("AGE",), "therapist",
         "Had a client today, ex-Marine, who finally talked."),
    ],
    # a one-of-a-kind detail takes the rest of its noun phrase; a plural takes no article
    "details": [
        ("My source, a junior engineer and [the only woman on the tanker] audit team, confirmed it.",
         ("DISTINCTIVE_DETAIL",), "journalist", "My source, a junior engineer and a woman, confirmed it."),
        ("One of our seniors, [the only girl on the wrestling] team at our tiny school, told me.",
         ("DISTINCTIVE_DETAIL",), "school counselor", "One of our seniors, a girl at our tiny school, told me."),
        ("[First ever conjoined twins born at our hospital] last night, both alive.", ("DISTINCTIVE_DETAIL",), "doctor",
         "Conjoined twins born last night, both alive."),
        ("Twins delivered, [first ever twins born] there since it opened", ("DISTINCTIVE_DETAIL",), "midwife",
         "Twins delivered, twins born there since it opened"),
        ("I'm [one of only two teachers at our school], 27 students total.", ("DISTINCTIVE_DETAIL",), "teacher",
         "I'm one of the teachers at our school, 27 students total."),
        ("In a school, when [the only Dalit girl in Class 9] stopped coming, everyone guessed.", ("DISTINCTIVE_DETAIL",),
         "teacher", "In a school, when a student stopped coming, everyone guessed."),
    ],
}


CASES["times"] = [
    ("Ma'am it's [Saturday]. Let me rest.", ("DATE_TIME",), "teacher", "Ma'am it's the weekend. Let me rest."),
    ("Adjourned AGAIN to the [14th]. The other side is playing games.", ("DATE_TIME",), "lawyer",
     "Adjourned AGAIN to a later date. The other side is playing games."),
    ("Boy I taught back in [2019] just DM'd me to say he's starting at uni", ("DATE_TIME",), "teacher",
     "Boy I taught a few years ago just DM'd me to say he's starting at uni"),
]
CASES["people"] = [
    # a time before a name is no role noun: the person stays a person
    ("3rd time this week [Mrs Pattinson] has rang me at home", ("PERSON",), "nurse", "3rd time this week a patient has rang me at home"),
    ("Proud of my guy [Tavion] today", ("PERSON",), "probation officer", "Proud of my guy today"),
    # someone from a name is from a place; a thing from a name is from a person
    ("about the lass from [Thornbeck] who went missing", ("PERSON",), "social worker", "about the lass from elsewhere who went missing"),
    ("got a lovely card from [Sarah] today", ("PERSON",), "nurse", "got a lovely card from a patient today"),
    # the writer's own articles before letters stay as written
    ("[Dave]'s back pain does not need an MRI.", ("PERSON",), "physiotherapist", "Someone's back pain does not need an MRI."),
]
CASES["more"] = [
    ("So proud of how far she's come since she came to us [in March].", ("DATE_TIME",), "foster carer",
     "So proud of how far she's come since she came to us earlier this year."),
    ("their IT director [Raj] thinks indexes are optional.", ("PERSON",), "software engineer",
     "their IT director thinks indexes are optional."),
    ("assessed [the first tri-lingual selective mute kid] I've seen in 20 yrs", ("DISTINCTIVE_DETAIL",), "psychologist",
     "assessed a tri-lingual selective mute kid"),
]
CASES["places"] = [
    ("Grim one on the [A64] near [Malton] this morning.", ("LOCATION", "LOCATION"), "police", "Grim one on a main road this morning."),
    ("mate, this is [Broken Hill], we all know who you are.", ("LOCATION",), "pharmacist",
     "mate, this is a small town, we all know who you are."),
]
CASES["pairs"] = [
    ("letting go of staff across our [Ikeja] and [Port Harcourt] branches soon", ("LOCATION", "LOCATION"), "hr manager",
     "letting go of staff across our two branches soon"),
    ("our [Acme] & [Brightline] accounts are moving", ("ORGANIZATION", "ORGANIZATION"), "engineer", "our two accounts are moving"),
]
CASES["first_to"] = [
    ("[The first child] ever to win it was from our school.", ("DISTINCTIVE_DETAIL",), "teacher",
     "A child who won it was from our school."),
    ("She's [the first woman] to lead the unit, so proud.", ("DISTINCTIVE_DETAIL",), "nurse",
     "She's a woman who led the unit, so proud."),
    ("[The only nurse] to speak Welsh here.", ("DISTINCTIVE_DETAIL",), "nurse", "A nurse who speaks Welsh here."),
]
CASES["spoken_to"] = [
    ("I will not be going to jail for your boat, [Dr. Mehta].", ("PERSON",), "accountant",
     "I will not be going to jail for your boat."),
    ("If you're reading this [Jen], you're a legend", ("PERSON",), "travel nurse", "If you're reading this, you're a legend"),
]
CASES["money"] = [
    ("The bid came in at [£2.3m] and we lost.", ("MONEY",), "consultant", "The bid came in high and we lost."),
]


@pytest.mark.parametrize(
    "draft, suggestion, role, expected",
    [
        ("We'll be letting go of about [140] staff.", "a number of", "hr", "We'll be letting go of a number of staff."),
        ("About [140] roles affected.", "a number of", "hr", "A number of roles affected."),
        ("Numbers are so bad, [18%] revenue drop and no results yet.", "a notable change", "accountant",
         "Numbers are so bad, a sharp revenue drop and no results yet."),
        ("Sunsetting the app, only [11%] of users on it.", "a notable change", "engineer",
         "Sunsetting the app, only a small share of users on it."),
        ("Our [12] member team killed it.", "dozens of", "engineer", "Our member team killed it."),
        ("we're cutting about [40% of the Austin office] soon.", "part of the local office", "hr",
         "we're cutting part of the local office soon."),
    ],
)
def test_a_figure_fits_its_slot(draft, suggestion, role, expected):
    text, spans = marked(draft, "FIGURE")
    spans = [replace(span, suggestion=suggestion) for span in spans]
    assert generalise(text, spans, role).text == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [case for group in CASES.values() for case in group],
    ids=[f"{name}-{i}" for name, group in CASES.items() for i in range(len(group))],
)
def test_every_replacement_fits_its_slot(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "text, role, gone, kept",
    [
        ("Our prod database at Fenwick Pay went down last night.", "engineer",
         ("Fenwick", "client company", "elsewhere"), ("Our prod database went down",)),
        ("Please pray for our Form 2 teacher Mr Moyo who was arrested over the missing fees.", "head teacher",
         ("Moyo", "the teacher"), ("our Form 2 teacher who",)),
        ("Our S.2 girl Namubiru won the regional spelling bee!!!", "teacher", ("Namubiru", "the girl"), ("Our S.2 girl",)),
    ],
)
def test_slots_on_what_the_real_detector_finds(detector, text, role, gone, kept):
    out = generalise(text, detector.detect(text, role=role), role).text
    for words in gone:
        assert words not in out, out
    for words in kept:
        assert words in out, out
