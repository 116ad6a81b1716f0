"""Each replacement takes the form its slot needs (issue 10, "The right kind and the right words",
"Grammar"): judges of the unseen drafts (fresh12, writer_m) found "our little a student won", "Our had a
milestone birthday", "A bed uncle ate", "to the lovely another patient's family", "at a local street we do
not do miracles", "... on leave. Someone. It was fine." and "the sock is... Out". Each group is one class
of those, pinned on made-up sentences of the same shape; the last tests run the real detector.
"""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise
from test_generalise import gen  # tests/ is on the path

CASES = {
    # after a determiner and a describing word, a bare noun: no second article, no "someone"
    "determined": [
        ("and then our wee [Ruairi Doyle] scored the winner!", ("PERSON",), "teacher",
         "and then our wee student scored the winner!"),
        ("So proud of our brave [Tamsin], she walked again today", ("PERSON",), "nurse",
         "So proud of our brave patient, she walked again today"),
    ],
    # a bare determiner before a name and a verb: the role's noun, never "Our had"
    "bare_determiner": [
        ("Our [Winifred] celebrated with cake and sherry.", ("PERSON",), "care worker",
         "Our resident celebrated with cake and sherry."),
    ],
    # after a noun that already says who, the name just goes
    "after_a_noun": [
        ("Shoutout to my top scorer [Dev Okafor] for the hat trick", ("PERSON",), "coach",
         "Shoutout to my top scorer for the hat trick"),
        ("Our goalkeeper [Fionn] broke his wrist on Saturday.", ("PERSON",), "coach",
         "Our goalkeeper broke his wrist on Saturday."),
    ],
    # a surname before "family" after "the" and a describing word: the family, once
    "family": [
        ("Congratulations to the wonderful [Przybylski] family 💕", ("PERSON",), "midwife",
         "Congratulations to the wonderful family 💕"),
    ],
    # a name as a noun's modifier goes; the noun stands with "the" (or what was before it)
    "modifier": [
        ("[Bay 3] auntie finally ate her rice today.", ("FACILITY",), "nurse",
         "The auntie finally ate her rice today."),
        ("[Telkomsel] bill can wait, payday first.", ("PERSON",), "other", "The bill can wait, payday first."),
        ("Big love to all [Bajan] nurses working today", ("PERSON",), "nurse", "Big love to all nurses working today"),
    ],
    # a name said alone as a sentence goes with its full stop
    "alone": [
        ("Gregor moved every chair in the hall again. [Gregor]. Why.", ("PERSON",), "librarian",
         "Gregor moved every chair in the hall again. Why."),
    ],
    # a street's phrase "at" a venue: the venue the post or the role says
    "venue": [
        ("guest in 14 rang the front desk again. at [the Larch Grove] we sleep at night", ("STREET_ADDRESS",),
         "hotel receptionist", "guest in 14 rang the front desk again. at the hotel we sleep at night"),
    ],
}


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [case for group in CASES.values() for case in group],
    ids=[f"{name}-{i}" for name, group in CASES.items() for i in range(len(group))],
)
def test_each_replacement_takes_its_slots_form(draft, types, role, expected):
    out = gen(draft, *types, role=role)
    if "[Gregor]" in draft:  # both mentions are the same name: mark the first too
        out = gen("[Gregor] moved every chair in the hall again. [Gregor]. Why.", "PERSON", "PERSON", role=role)
        expected = "Someone moved every chair in the hall again. Why."
    assert out == expected


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a name before a noun that is the sentence's subject is kept as the head when a verb follows
        ("Our [Doreen] said no thanks.", ("PERSON",), "Our resident said no thanks."),
        # a modifier before a group noun keeps the noun alone, no "resident"
        ("Court letter for the [Abernethy] children came today.", ("PERSON",), "Court letter for the children came today."),
        # a describing word before a name and a plain noun after: the name was a modifier
        ("pics of them in their little [Ballymena] rugby kits", ("LOCATION",), "pics of them in their little rugby kits"),
        # a role noun the handler keeps is not dropped ("manager Deborah" -> "manager")
        ("Our ward manager [Priya] just did the rota.", ("PERSON",), "Our ward manager just did the rota."),
    ],
)
def test_what_must_not_change(draft, types, expected):
    assert gen(draft, *types, role="care worker") == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a day something waits for is ahead, never "recently"
        ("Can't say much till the appeal hearing [Wednesday] but we're hopeful.", ("DATE_TIME",), "social worker",
         "Can't say much till the appeal hearing this week but we're hopeful."),
        ("He rang me before [Monday's] tribunal, again.", ("DATE_TIME",), "lawyer",
         "He rang me before an upcoming tribunal, again."),
        # a name whose last word is a plain noun keeps the noun
        # a phrase that went whole leaves no preposition at the clause's end
        ("Still cycling to the shops at [age 91]. Legend.", ("AGE",), "gp", "Still cycling to the shops. Legend."),
        # the people of a place, a share of it
        ("Everyone on [Inishcarra] will know who I mean", ("ORGANIZATION",), "midwife",
         "Everyone in town will know who I mean"),
        # a name before "Day" or a month names a day of the year
        ("Happy [Jamhuri] Day everyone 🇰🇪", ("PERSON",), "teacher", "Happy holiday everyone 🇰🇪"),
        ("Busy this [Detty] December, abeg", ("PERSON",), "other", "Busy this December, abeg"),
        # two first names before their wedding are a couple
        ("What a day for [Orla & Cathal's] wedding 💍", ("ORGANIZATION",), "event planner",
         "What a day for a couple's wedding 💍"),
        # "this is" a small town's name, in a post about a small town
        ("Small town life. Mate, this is [Corryong Flats], everyone knows", ("PERSON",), "librarian",
         "Small town life. Mate, this is a small town, everyone knows"),
        # a name gone after "on the" takes them along when a verb follows
        ("Old Col from the garage on the [Kwinana] rang again", ("ORGANIZATION",), "vet",
         "Old Col from the garage rang again"),
        # an age in brackets says a child, better than the role's word
        ("[Thabo] (8) had no school shoes.", ("PERSON",), "social worker", "A child had no school shoes."),
        # "everyone at" a name is everyone there
        ("She said to post it so everyone at [Rosemount] knows 💪", ("ORGANIZATION",), "occupational therapist",
         "She said to post it so everyone there knows 💪"),
        # after "so many" a name can only be a modifier
        ("The kids gave me so many [Cadbury] bars 😂", ("PERSON",), "teacher", "The kids gave me so many bars 😂"),
        # a name before a concert, a replay, a bill: the thing stands alone
        ("[Wizkid] concert last night was everything", ("PERSON",), "nurse", "The concert last night was everything"),
        # a surname before "family" after "the" goes, whatever it was taken for
        ("Home visit to the [Dlamini] family today.", ("LOCATION",), "social worker", "Home visit to the family today."),
        # a place's name against a firm is a case's party
        ("Counsel in [Okonjo] v Hartfield Estates filed late.", ("LOCATION",), "lawyer", "Counsel in a case filed late."),
        # a name made an adjective with a hyphen goes with its ending; the article stays
        ("our biggest client, a [Kisumu]-based sugar miller, left", ("LOCATION",), "accountant",
         "our biggest client, a sugar miller, left"),
        # "it's" is no possessive: its article stays
        ("Love the bloke but mate, it's [Sunday] 😩", ("DATE_TIME",), "vet", "Love the bloke but mate, it's the weekend 😩"),
        # "a certain" takes no second article
        ("a loan for a certain [Lekki] hotel chain", ("ORGANIZATION",), "banker", "a loan for a certain hotel chain"),
        # a make after a colour before a Creole preposition is a car, not nothing
        ("di man wid di red [Prado] pon di corner", ("PERSON",), "chef", "di man wid di red car pon di corner"),
    ],
)
def test_more_slots(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_one_of_a_list_is_no_lone_modifier():
    # "MTN and Glo ads": the name is one of a list; "MTN and the ads" would say another thing
    assert "and the ads" not in gen("MTN and [Glo] ads everywhere", "PERSON")


def test_our_only_one_of_a_kind_keeps_its_noun():
    text, types = "[Our only female engineer on the night] shift has put in a grievance.", ("DISTINCTIVE_DETAIL",)
    assert gen(text, *types, role="hr manager") == "A female engineer has put in a grievance."


def test_the_first_family_named_is_not_another():
    assert gen("Here's [Rusty] after his op, the [Hendersons] said I could share", "PERSON", "PERSON", role="vet") \
        .endswith("a family said I could share")


def test_after_a_possessive_no_article():
    text, types = "a woman at our bank's [Ikoyi office], just presented", ("LOCATION",)
    assert "bank's the" not in gen(text, *types, role="data analyst")


def test_no_capital_after_an_abbreviation():
    from rewriter.generalise.english import tidy
    assert tidy("The only chemist in town (pop. a few hundred) is open. Rain again. Cold too. it pours.") == \
        "The only chemist in town (pop. a few hundred) is open. Rain again. Cold too. It pours."


def test_a_dropped_opening_clause_leaves_no_dash():
    from rewriter.generalise.english import tidy
    assert tidy(" — yes, it's our head who got suspended. Staff are upset.") == \
        "Yes, it's our head who got suspended. Staff are upset."
    assert tidy("I was there. — the baby was fine. We cried.") == "I was there. The baby was fine. We cried."
    assert tidy("Fine — mostly — thanks.") == "Fine — mostly — thanks."  # a dash inside a sentence stays


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ellipsis goes on the same sentence: no capital is made after it
        ("The cat ate [Biscuit]'s dinner and the bowl is... empty.", "The cat ate someone's dinner and the bowl is... empty."),
        # "her a few" is an object and a quantity, not two determiners
        ("[Sandra] asked if I could lend her a few quid.", "Someone asked if I could lend her a few quid."),
    ],
)
def test_tidying_leaves_the_writers_words(text, expected):
    assert gen(text, "PERSON") == expected


@pytest.mark.parametrize(
    "text, role, gone, kept",
    [
        ("Our Winifred turned 97 today and danced with the activities coordinator 🥹", "care worker",
         ("Winifred", "Our had", "Our turned"), ("Our resident",)),
        ("Congratulations to the lovely Wiśniewski family on baby number three 💕", "midwife",
         ("Wiśniewski", "another", "patient's family"), ("the lovely family",)),
        ("and today our little Caoimhe Brennan won the regional art prize!!", "teacher",
         ("Caoimhe", "Brennan", "little a ", "little someone"), ("our little",)),
        ("Bed 9 in our Nagpur ICU, a farmer bitten by a krait 🐍", "doctor", ("Nagpur", "area ICU"), ("our ICU",)),
        ("What a day at Lisnavagh House for Orla & Cathal's wedding 💍 the rain held off", "event planner",
         ("Lisnavagh", "Orla", "organisation", "elsewhere"), ("at the venue for a couple's wedding",)),
        ("guest in 14 rang the front desk again. at the Larch Grove we sleep at night", "hotel receptionist",
         ("Larch", "a local street"), ("at the hotel",)),
        ("The restaurant is located at 2450 Crown St. It serves great Spanish food.", "other",
         ("2450", "at the restaurant", "local restaurant"), ("The restaurant is located at",)),
        ("Taking the funeral on Friday at St Aidan's. Tea in the village hall after.", "vicar",
         ("Aidan", "a local place"), ("at a local church",)),
        ("Proud that my crew finished the Kanyemba substation three weeks early.", "engineer",
         ("Kanyemba", "the local three"), ("the substation three weeks",)),
        ("Mr Kofi Boateng from Asafo came for his insulin again", "pharmacist",
         ("Asafo", "another customer", "someone else"), ("came for his",)),
        ("Bed 7 uncle finally finished his congee today. Small wins", "nurse", ("Bed 7", "A bed uncle"), ("The uncle finally",)),
    ],
)
def test_slot_words_on_what_the_real_detector_finds(detector, text, role, gone, kept):
    out = generalise(text, detector.detect(text, role=role), role).text
    for words in gone:
        assert words not in out, out
    for words in kept:
        assert words in out, out


@pytest.mark.parametrize(
    "text, role, kept",
    [
        # Patois and Scots "an" is "and": the writer's own words are not an article to correct
        ("Mi tired an hungry after shift, [Miss Hyacinth] bring food fi mi 🙏", "nurse", "Mi tired an hungry"),
        ("Mince an tatties at [Agnes]'s wee party, she loved it", "care worker", "Mince an tatties"),
    ],
)
def test_the_writers_own_articles_stay_as_written(text, role, kept):
    assert kept in gen(text, "PERSON", role=role)


def test_an_article_a_replacement_moved_is_still_corrected():
    from rewriter.generalise.english import tidy
    # the replacement brought "an" before a consonant: corrected, since the draft never had "an hospital"
    assert tidy("Met them at an hospital today", "Met them at an Okafor today") == "Met them at a hospital today"
    # the writer's own "an" beside it is left alone
    assert tidy("Fish an chips at an hospital", "Fish an chips at an Okafor") == "Fish an chips at a hospital"


@pytest.mark.parametrize(
    "text, role",
    [
        ("Big shout to [Rich] from accounts for sorting my expenses", "teacher"),
        ("[Jade] on tills spotted a footballer buying socks", "nurse"),
    ],
)
def test_a_name_from_a_department_is_a_colleague_whatever_the_role(text, role):
    out = gen(text, "PERSON", role=role)
    assert "colleague" in out.lower() and "student" not in out and "patient" not in out
