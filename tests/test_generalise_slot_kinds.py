"""The replacement's kind fits what the sentence says the slot is (issue 10, "The right kind and the right
words"): judges of unseen drafts (fresh10/11) found "off another customer road", "Long day elsewhere
assizes", "on a student made the BBC", "the officer someone else who's retiring", "on an organisation",
"A lad in our drew" and "our flaky the area". Each group is one class, pinned on made-up sentences of the
same shape; the last tests run the real Presidio engine.
"""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise
from test_generalise import gen  # tests/ is on the path

CASES = {
    # a name before a place's or an institution's noun: the noun stays, "local" says where
    "head_noun": [
        ("Bumped into her on the path off [Nakuru] road yesterday", ("PERSON",), "pharmacist",
         "Bumped into her on the path off a local road yesterday"),
        ("Another long week at [Port Mathurin] assizes.", ("LOCATION",), "court clerk",
         "Another long week at the local assizes."),
        ("Jordan from [Eastwood Vale] youth club got picked!", ("LOCATION",), "youth worker",
         "Jordan from the local youth club got picked!"),
        ("[Judge Pell] in [Mercer County] family court was not having it.", ("PERSON", "LOCATION"), "lawyer",
         "The judge in the local family court was not having it."),
        ("Whole of [Tregarrow] nick knows about it", ("PERSON",), "police officer",
         "Whole of the local nick knows about it"),
        ("Day two of the [Okafor] matter and still no verdict.", ("LOCATION",), "court clerk",
         "Day two of the matter and still no verdict."),
    ],
    # after "in", "on" (an island), "off" (a road) or "a place like", a name with no person cue is a place
    "where": [
        ("In a small town like [Mirabad], the whole street knows.", ("PERSON",), "doctor",
         "In a small town like this, the whole street knows."),
        ("Only 12 kids on [Inis Beag] and the ferry was late again, the island's buzzing", ("PERSON",), "teacher",
         "Only 12 kids on the island and the ferry was late again, the island's buzzing"),
        ("Sold the old mill in [Little Bramford], off-market.", ("LOCATION",), "estate agent",
         "Sold the old mill in town, off-market."),
    ],
    # a name ending in a word for a part of a place is that part
    "unit": [
        ("Small wins on [Hazel Unit] today 💜", ("ORGANIZATION",), "occupational therapist",
         "Small wins on the unit today 💜"),
    ],
    # two general phrases side by side are one
    "run_on": [
        ("Cake for [Constable Moira] [Fallon] who's retiring 🎉", ("PERSON", "PERSON"), "police officer",
         "Cake for the officer who's retiring 🎉"),
        ("after school at [SMK] [Bukit] [Seri Jaya] and then home", ("ORGANIZATION", "PERSON", "PERSON"), "teacher",
         "after school at a school and then home"),
    ],
    # a school year before a verb after a determiner is the class; in the plural its pupils
    "school_year": [
        ("A girl in our [Year 3] painted the hall mural", ("AGE",), "teacher",
         "A girl in our class painted the hall mural"),
        ("Two of my [P6s] won the county quiz!", ("AGE",), "teacher", "Two of my students won the county quiz!"),
    ],
    # a place's people, a compound's noun: the name goes, "local" or the noun stays
    "modifier": [
        ("The girl from that viral [Ajegunle] video came in today", ("LOCATION",), "police officer",
         "The girl from that viral video came in today"),
    ],
    # a place after someone it only locates goes; where the readers are, "in town"
    "place_after_someone": [
        ("Young fella tried to outrun us in [Rotherby] tonight.", ("LOCATION",), "police officer",
         "Young fella tried to outrun us tonight."),
        ("Many of you in [Kilbarrow] will have heard the news.", ("LOCATION",), "vicar",
         "Many of you in town will have heard the news."),
    ],
    # a one-word name taken for a place is someone after a noun for someone, or before a class's code
    "someone_not_somewhere": [
        ("Funniest excuse today from [Kacper] in 8B: the dog ate it", ("LOCATION",), "teacher",
         "Funniest excuse today from a student in 8B: the dog ate it"),
        ("Shoutout to my partner [Okafor] who drove all night", ("LOCATION",), "paramedic",
         "Shoutout to my partner who drove all night"),
    ],
    # a school year before a school event is the event's modifier
    "school_event": [
        ("[Year 10] camp at the coast DONE.", ("AGE",), "teacher", "Camp at the coast DONE."),
    ],
}


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [case for group in CASES.values() for case in group],
    ids=[f"{name}-{i}" for name, group in CASES.items() for i in range(len(group))],
)
def test_the_replacement_fits_its_slot(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # "on" a name in a post with no island is a topic or someone: not "here"
        ("Loved her talk on [Mary Seacole] today", ("PERSON",), "teacher", "Loved her talk on a student today"),
        # someone relied on, confided in: a person (one "on nights" works them beside the writer: colleague_cues.txt)
        ("We all rely on [Tendai] on nights", ("PERSON",), "nurse", "We all rely on a colleague on nights"),
        # a street named after "up" keeps its kind; "on her own up" is no description
        ("She lives on her own up [Quarry Lane] now.", ("PERSON",), "care worker", "She lives on her own up a local street now."),
    ],
)
def test_what_must_not_change(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "text, role, gone, kept",
    [
        ("Long day at San Fernando assizes, can't say more.", "court clerk", ["San Fernando", "elsewhere assizes"],
         ["assizes"]),
        ("Mzee Otieno from the shamba off Kisumu road came for his refill again", "pharmacist",
         ["Kisumu", "customer road"], ["road"]),
        # money with its currency's letters glued on goes whole
        ("Audit just turned up HK$38m of invoices that don't tie to anything.", "auditor", ["HK", "38"], ["invoices"]),
        # a place's people are local people
        ("Owner still posts 'family business' on IG 🙄 Lekki people, eat elsewhere.", "chef", ["Lekki", "area people"],
         ["Local people"]),
        # an owner's business takes the title before it
        ("Worked my last shift at Mama Tola's Kitchen. Owner hasn't paid us in weeks.", "chef", ["Mama", "Tola"],
         ["shift at a"]),
    ],
)
def test_with_the_real_detector(detector, text, role, gone, kept):
    spans = detector.detect(text, role=role)
    out = generalise(text, spans, role).text
    for word in gone:
        assert word not in out, out
    for word in kept:
        assert word in out, out


# Who a person is comes from what the text says of them before the writer's role: where they work beside the
# writer ("on our helpdesk", "from L2", "from night shift") or what they did to the writer's work ("sat on her
# phone", "covered my break") makes them a colleague (colleague_cues.txt; session 22's judges).
@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Honestly can't cope with [Sharlene] on Ward 7B anymore. Left me with 9 patients while she sat on her phone.",
         "nurse", "Honestly can't cope with a colleague on Ward 7B anymore. Left me with 9 patients while she sat on her phone."),
        ("Shoutout to [Rich] on our Leeds helpdesk, who stayed 2 hours past his shift", "support agent",
         "Shoutout to a colleague on our Leeds helpdesk, who stayed 2 hours past his shift"),
        ("Resolved in 4 minutes thanks to [Ananya] from L2, she's a wizard", "support agent",
         "Resolved in 4 minutes thanks to a colleague from L2, she's a wizard"),
        ("[Thanh] from night shift did her hair", "care worker", "A colleague from night shift did her hair"),
    ],
)
def test_someone_placed_at_work_beside_the_writer_is_a_colleague(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_what_is_said_after_a_list_of_names_is_said_of_all_of_them():
    out = gen("Thank you all, especially [Hope] and [Jaspreet] on reception, who make every client feel welcome.",
              "PERSON", "PERSON", role="counsellor")
    assert out == "Thank you all, especially two colleagues on reception, who make every client feel welcome."
    # a list with a name met before is said name by name
    out = gen("[Hope] is new. Thanks to [Hope] and [Jaspreet] on reception.", "PERSON", "PERSON", "PERSON", role="counsellor")
    assert "two colleagues" not in out


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        # what a patient leaves the nurse with is no shift
        ("[Mr Jones] was discharged today. He left me with a box of chocolates.", "nurse",
         "A patient was discharged today. He left me with a box of chocolates."),
        # the writer's own shift, and an office anyone may send a cake to
        ("Everyone knows it was [Mrs Obi]'s son. I'm on nights. Pray for me.", "care worker",
         "Everyone knows it was my resident's son. I'm on nights. Pray for me."),
        ("Sent a thank-you card from [Mrs Obi] to the office.", "care worker", "Sent a thank-you card from a resident to the office."),
        # the deed is someone else's, named after
        ("[Mr Jones] on Ward 7 was lovely today. The nurse sat on her phone all shift.", "nurse",
         "A patient on Ward 7 was lovely today. The nurse sat on her phone all shift."),
    ],
)
def test_someone_served_stays_so_when_the_work_words_are_not_theirs(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


# A name the model took for a place or a firm, as the subject of its own verb with "his", "himself",
# "herself" or "her own" later in the clause: a person (issue 10, judges of fresh33 found "The area is
# absolutely switched on, wants to be a lawyer himself"). No place or firm owns a "his".
@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("Met a 15yo at court today. [Kieran] is really sharp, wants to be a vet himself.", ("LOCATION",), "lawyer",
         "Met a 15yo at court today. A client is really sharp, wants to be a vet himself."),
        ("[Tom 'Spanner' Rudd] is hanging up his boots after 30 years.", ("ORGANIZATION",), "other",
         "Someone is hanging up his boots after 30 years."),
    ],
)
def test_a_name_with_its_own_verb_and_his_is_someone(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, absent",
    [
        # "her" alone may be the firm's object; a council's case is his, the council is not
        ("[Dunmore Freight] fired her last week, no notice.", ("ORGANIZATION",), "other", "Someone"),
        ("[Harlow Council] is reviewing his case next week.", ("ORGANIZATION",), "social worker", "member"),
        # after "at" or "to" the name is where, whatever "his" follows
        ("My brother works at [Kestrel Foods] and his boss is awful.", ("ORGANIZATION",), "other", "someone"),
        ("Heading to [Carrow Bay] to see his folks.", ("LOCATION",), "other", "someone"),
        # a name after a possessive is something owned; a role's letters in the name are the firm's handler's
        ("Poor [Mrs Dolan]'s [Zestrix] order for himself was read out.", ("PERSON", "ORGANIZATION"), "pharmacist", "someone"),

    ],
)
def test_his_after_a_place_or_a_firm_leaves_it_one(draft, types, role, absent):
    out = gen(draft, *types, role=role)
    assert absent.lower() not in out.lower(), out


# A name the model took for a person, right after a person's name (and perhaps their age in brackets) and
# "at" or "in": where that person is, a place (issue 10, judges of fresh33 found "a resident at another
# resident"). "at Jo's party" is someone's, and stays someone's.
@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("[Mrs Okoro] at [Fernbank] was on good form today.", "care worker", "A resident was on good form today."),
    ],
)
def test_a_name_after_someone_at_is_where_they_are(draft, role, expected):
    assert gen(draft, "PERSON", "PERSON", role=role) == expected


def test_a_name_after_someone_at_with_a_possessive_stays_someone():
    assert gen("[Sam] at [Jo]'s party was hilarious.", "PERSON", "PERSON") == "Someone at someone else's party was hilarious."
