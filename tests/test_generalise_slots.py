"""The right kind, the right words and the grammar of each replacement (issue 10), each class from both
sides: what must change and what must stay. Spans are marked by hand, [like this], with the kind the
detector gave (often the wrong one: that is the point)."""

from __future__ import annotations

import re

import pytest

from rewriter.generalise import generalise
from rewriter.review import Risk
from rewriter.generalise.names import trimmed
from rewriter.spans import Span

from test_generalise import gen, marked


# -- a person is replaced as a person, a place as a place, an organisation as an organisation ---------


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a name the detector called an organisation, shown to be someone by the words around it
        ("Cleaning the CRM and found a customer called [Summer Okoro] with 47 duplicates.", ("ORGANIZATION",),
         "analyst", "Cleaning the CRM and found a customer with 47 duplicates."),
        ("Field trip ft. [Marcus] who finally stopped crying.", ("LOCATION",), "teacher",
         "Field trip ft. a student who finally stopped crying."),
        ("Client [J.K.M.] is the only one at her station.", ("LOCATION",), "psychologist",
         "My client is the only one at her station."),  # (session 33: a bare "Client" opening a sentence takes "my")
        ("[Priyanka]'s offer came in, which means [Priyanka]'s own manager earns less.", ("PERSON", "ORGANIZATION"),
         "hr", "My colleague's offer came in, which means their own manager earns less."),
        ("Sat in a hearing where [Sandra] from payroll cried.", ("ORGANIZATION",), "hr",
         "Sat in a hearing where a colleague from payroll cried."),
        ("Our consultant just told an [F1] in front of a patient.", ("LOCATION",), "doctor",
         "Our consultant just told someone in front of a patient."),
        ("Our consultant Dr [Ravindran] just told them.", ("PERSON",), "doctor", "Our consultant just told them."),
        # a name the detector called a person, shown to be a place or a workplace
        ("Off to [Manchester] for a training course tomorrow.", ("PERSON",), "social worker",
         "Off elsewhere for a training course tomorrow."),
        ("Sir, the whole of [Pinecrest] heard you.", ("PERSON",), "pharmacist", "Sir, the whole area heard you."),
        ("Before we took him into [Gympie] he asked for a selfie.", ("PERSON",), "paramedic",
         "Before we took him into town he asked for a selfie."),
        ("She lives on her own up [Quarry Lane] now.", ("PERSON",), "care worker",
         "She lives on her own up a local street now."),
        ("A crash on [the Bruce Hwy] again.", ("PERSON",), "paramedic", "A crash on a main road again."),
        ("Our prod db at [Glasswing] went down.", ("PERSON",), "engineer", "Our prod db went down."),  # the writer's own db: no client
    ],
)
def test_the_words_around_a_span_decide_its_kind(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # people stay people where nothing says otherwise
        ("I laughed at [Sam] all day.", ("PERSON",), "teacher", "I laughed at a student all day."),
        ("Talked to [Sam] about it.", ("PERSON",), "therapist", "Talked to a client about it."),
        ("Bumped into [Sam] at the shops.", ("PERSON",), "nurse", "Bumped into a patient at the shops."),
        ("Dinner at [Sam]'s tonight.", ("PERSON",), "other", "Dinner at someone's tonight."),
        ("[Deborah Lane] from Flint Street called again.", ("PERSON",), "support", "A customer from Flint Street called again."),
        # "My name is" is a sentence of its own: its words stay
        ("My name is [Siiri]", ("PERSON",), "nurse", "My name is a patient"),
        ("Her maiden name is [Clark]", ("PERSON",), "nurse", "Her maiden name is a patient"),
        ("The Princess Royal arrived at [Ettelgem] this morning.", ("PERSON",), "therapist",
         "The Princess Royal arrived elsewhere this morning."),
        ("Crash on the [A64] again.", ("LOCATION",), "paramedic", "Crash on a main road again."),  # a road by its number
        ("Orders from [Tesco] from tomorrow.", ("ORGANIZATION",), "analyst", "Orders from a client company from tomorrow."),
        ("Word is all 14 [Wellspring Pharmacy] branches are being sold.", ("ORGANIZATION",), "pharmacist",
         "Word is all 14 branches are being sold."),
        # organisations stay organisations, and a place spoken to is no one
        ("We lost [Mapleton Foods], our biggest account.", ("ORGANIZATION",), "support agent",
         "We lost a company, our biggest account."),
        # (a place spoken to goes with its comma: "A suggestion, I'm coming home" read as nonsense)
        ("[Lagos], I'm coming home this weekend!", ("LOCATION",), "lawyer", "I'm coming home this weekend!"),
        ("Boss at [Initech] is lovely.", ("ORGANIZATION",), "hr", "Boss at work is lovely."),
    ],
)
def test_what_the_words_around_do_not_contradict_keeps_its_kind(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_place_named_as_a_person_takes_no_persons_suggestion():
    text = "Farms out past Glenderry last night."
    span = Span(15, 24, "Glenderry", "PERSON", 0.8, "t", "w", "a patient")
    assert generalise(text, [span], "midwife").text == "Farms out nearby last night."


# -- who someone is comes from what the text says about them --------------------------------------------


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Near miss today — contractor [Dylan] nearly lost a hand.", "engineer",
         "Near miss today — the contractor nearly lost a hand."),
        ("Passed the bar! Mum, Dad, [Aunty Funmi] — thank you.", "lawyer", "Passed the bar! Mum, Dad, my aunty — thank you."),
        ("Selfie with [Grandma Betty] before discharge.", "nurse", "Selfie with the grandma before discharge."),
        ("Everyone knew it was old [Col]'s heart again.", "paramedic", "Everyone knew it was an old patient's heart again."),
        ("Little [Noah] came in with his nan.", "pharmacist", "A little customer came in with his nan."),
    ],
)
def test_the_role_words_around_a_name_say_who_they_are(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_a_list_is_no_apposition_and_a_role_word_with_its_determiner_stays_as_written():
    assert gen("Mum, Dad, [Funmi] — thank you.", "PERSON", role="lawyer") == "Mum, Dad, a client — thank you."
    assert gen("I saw her neighbour, [Tom], again.", "PERSON") == "I saw her neighbour again."


# -- one person is one person --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("[Kerry-Ann Whitlock] is stable — [Kerry-Ann's] sats are fine.", ("PERSON", "PERSON"), "nurse",
         "A patient is stable — their sats are fine."),
        ("My colleague [Will] left early. [Will] said he was ill.", ("PERSON", "PERSON"), "nurse",
         "My colleague left early. He said he was ill."),
        # a later mention the detector missed is the same person too
        ("Found a customer called [Summer Okoro]. Summer and her 47 duplicates broke it.", ("PERSON",), "analyst",
         "Found a customer. She and her 47 duplicates broke it."),
    ],
)
def test_the_same_person_named_again_is_one_person(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_two_people_stay_two_people():
    out = gen("[Marcus] came in, then [Dana] joined.", "PERSON", "PERSON", role="therapist")
    assert out == "A client came in, then another client joined."


# -- determiners, possessives, plurals, capitals; the rest word for word --------------------------------


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("The [driver]'s son is one of mine.", ("PERSON",), "counsellor", "My client's son is one of mine."),
        ("A statement about one of my [Year 6s] today.", ("AGE",), "teacher", "A statement about one of my students today."),
        ("[Kingsmead General's ']zero tolerance' my arse.", ("ORGANIZATION",), "doctor",
         "A hospital's 'zero tolerance' my arse."),
        ("Shipped firmware for [Tidewater Energy's] substation today.", ("ORGANIZATION",), "engineer",
         "Shipped firmware for a client company's substation today."),
        ("Lovely couple today, baby [Rhiannon 7]lb 2oz 💙", ("PERSON",), "midwife", "Lovely couple today, a new baby 💙"),
        ("[He's 67] and loves VLOOKUP.", ("AGE",), "analyst", "He's older and loves VLOOKUP."),
        # what stays: a possessive of a name that is the name itself, and a span that is not glued
        ("He's starting at [St Columba's] on [Monday].", ("FACILITY", "DATE_TIME"), "pharmacist",
         "He's starting at a suggestion this week."),  # the marked spans suggest "a suggestion"
    ],
)
def test_every_replacement_fits_its_slot(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_span_cut_to_its_name_and_never_glued_to_a_word():
    text = "today, baby Rhiannon 7lb"
    span = Span(12, 22, "Rhiannon 7", "PERSON", 0.8, "t", "w", "s")
    assert trimmed(text, span).text == "Rhiannon"
    unchanged = Span(12, 20, "Rhiannon", "PERSON", 0.8, "t", "w", "s")
    assert trimmed(text, unchanged) is unchanged
    text, spans = marked("[Acme]zero tolerance", "ORGANIZATION")
    assert generalise(text, spans, "other").text == "An organisation zero tolerance"


def test_a_name_that_is_not_possessive_keeps_its_s():
    text = "Saw St Columba's on Monday"
    span = Span(4, 16, "St Columba's", "FACILITY", 0.8, "t", "w", "s")
    assert trimmed(text, span) is span


# -- times keep their tense; the writer's vague times are left alone ------------------------------------


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        # a future, or a weekday with nothing past in its clause, never becomes "recently"
        ("Report off to his school [Friday], mum was so relieved.", "psychologist",
         "Report off to his school this week, mum was so relieved."),
        ("The board votes [Thursday] 👀 if this goes through my bonus is sorted.", "analyst",
         "The board votes this week 👀 if this goes through my bonus is sorted."),
        ("Drinks on me [Friday]!", "other", "Drinks on me this week!"),
        ("Booked my own therapy session for [Thursday] 💛", "therapist", "Booked my own therapy session for later this week 💛"),
        ("He's starting school on [Monday]!!", "pharmacist", "He's starting school this week!!"),
        ("It ships [next Monday]!", "engineer", "It ships soon!"),
        # the past stays past
        ("She fell on [Sunday] and waited.", "paramedic", "She fell recently and waited."),
        ("Spent [Saturday] teaching my dad Excel.", "analyst", "Spent a day teaching my dad Excel."),
        # a greeting is no one's date
        ("They have until then to fix it. Happy [Monday].", "engineer", "They have until then to fix it."),
    ],
)
def test_days_keep_their_tense(draft, role, expected):
    assert gen(draft, "DATE_TIME", role=role) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("He said he felt different at [3am], LISTEN.", "He said he felt different in the early hours, LISTEN."),
        ("47 tickets in the queue before [9am] already.", "47 tickets in the queue early in the morning already."),
        ("Buzzer every 4 mins since [2am] tonight.", "Buzzer every 4 mins since the early hours tonight."),
        ("Buzzer every 4 mins since [2am].", "Buzzer every 4 mins since the early hours."),
        ("Had a [7pm] home visit.", "Had an evening home visit."),
        ("Messaged me at [11pm] asking if I'm awake.", "Messaged me at night asking if I'm awake."),
        # a vague time already in the sentence: the exact one just goes
        ("Caught at [04:12] this morning!!", "Caught this morning!!"),
    ],
)
def test_a_clock_time_becomes_the_part_of_the_day(draft, expected):
    assert gen(draft, "DATE_TIME", role="nurse") == expected


# -- a clause that cannot take a replacement is rephrased or dropped whole -------------------------------


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # someone spoken to: the post says the same without the name
        ("The ambo is not a taxi 🙄 love you [Derek] but stop calling.", ("PERSON",), "paramedic",
         "The ambo is not a taxi 🙄 love you but stop calling."),
        ("Big news today!! [Noah] you absolute sweetheart 💙", ("PERSON",), "pharmacist", "Big news today!! You absolute sweetheart 💙"),
        ("He called 9 times. [Bill], sir, I am ONE person 😩", ("PERSON",), "support agent", "He called 9 times. Sir, I am ONE person 😩"),
        ("Asking for his wife. Mr [Okafor] I love you but PLEASE 😭", ("PERSON",), "nurse", "Asking for his wife. I love you but PLEASE 😭"),
        ("47 duplicates. [Summer], whoever you are, you broke it.", ("ORGANIZATION",), "analyst",
         "47 duplicates. Whoever you are, you broke it."),
        # a name in brackets after the words that say who it is
        ("Because someone ([Kevin]) ran a migration.", ("PERSON",), "engineer", "Because someone ran a migration."),
        ("A patient's daughter ([Shanice]) found me.", ("PERSON",), "nurse", "A patient's daughter found me."),
        ("When your older pt (Mr [D.W.]) says so.", ("PERSON",), "doctor", "When your older pt says so."),
        # a name after the role it names adds only the name
        ("Our TL [Pradeep] sir is cutting breaks.", ("PERSON",), "support agent", "Our TL sir is cutting breaks."),
        ("Our new manager at [Brookfield Lodge], [Gareth], has cut nights.", ("FACILITY", "PERSON"), "care worker",
         "Our new manager at a care home has cut nights."),
        ("Only one [82 yr old] uncle in bed pulled his line out.", ("AGE",), "nurse", "Only one older uncle in bed pulled his line out."),
    ],
)
def test_a_clause_that_only_names_someone_goes(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a name that is the subject or object stays a person
        # ... by the role the text gives in commas after it, never the writer's "a patient"
        ("[Marcus], my colleague, said no.", ("PERSON",), "nurse", "My colleague said no."),
        ("Thanks to [Marcus] the day went well.", ("PERSON",), "teacher", "Thanks to a student the day went well."),
        ("[Noah] came in with his nan.", ("PERSON",), "pharmacist", "A customer came in with his nan."),
        ("Lunch at [Brookfield Lodge], [Gareth] and I.", ("FACILITY", "PERSON"), "care worker", "Lunch at a care home, a resident and I."),
    ],
)
def test_a_name_doing_something_is_replaced_not_dropped(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Word is all 14 branches are being sold.", "Word is all branches are being sold."),
        ("Packs for the 120 people we're letting go.", "Packs for the dozens of people we're letting go."),
    ],
)
def test_a_counts_general_words_fit_after_all(draft, expected):
    number = re.search(r"\d+", draft)
    risk = Risk("confidential_business", number.start(), number.end(), number.group(0), "why", "advice", rewrite="dozens of")
    assert generalise(draft, [], "pharmacist", [risk]).text == expected


# A person named again soon after, with nobody else and no other word for a person between, is a pronoun as a
# writer would say it (he or she from what the text says of them, else "they" where the verb reads either
# way), never "the student" again or "someone", which reads as somebody else (session 22's judges).
@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("[Ryan]'s dad asked why his son got a B. [Ryan] is lovely. [Ryan] has not handed in homework since October.",
         ("PERSON",) * 3, "teacher",
         "My student's dad asked why his son got a B. The student is lovely. He has not handed in homework since October."),
        ("[Jake] came in today and told me [Jake's] big news: he got the job!", ("PERSON", "PERSON"), "barista",
         "Someone came in today and told me his big news: he got the job!"),
        ("[Gary] was on the bridge last night. [Gary]'s safe and getting help.", ("PERSON", "PERSON"), "police officer",
         "Someone was on the bridge last night. They're safe and getting help."),
        ("[Summer] did great in group. [Summer]'s mum even came in to help!", ("PERSON", "PERSON"), "youth worker",
         "Someone did great in group. Their mum even came in to help!"),
        # the word the text first called them by says whose, whatever "her" says of another
        ("A teenager finally told her dad [Ray] about it. [Ray] cried. She cried.", ("PERSON", "PERSON"), "therapist",
         "A teenager finally told her dad about it. He cried. She cried."),
        # a title says whose: "Auntie Esi" is a woman
        ("Shoutout to Auntie [Esi] at [Esi]'s Chop Bar, who fed our whole team.", ("PERSON", "PERSON"), "other",
         "Shoutout to the auntie at her Chop Bar, who fed our whole team."),
        # after a greeting that dropped the name, and an emoji the writer capitalises after
        ("Welcome to the team [Brian Otieno]! 🎉 [Brian] joins us as a backend dev and he's already fixed our CI.",
         ("PERSON", "PERSON"), "software engineer",
         "Welcome to the team! 🎉 He joins us as a backend dev and he's already fixed our CI."),
    ],
)
def test_a_person_named_again_soon_after_is_a_pronoun(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # somebody else named between: a pronoun could point at them
        ("[Tom] and [Ellie] came in. [Tom] is lovely.", ("PERSON",) * 3, "nurse", "Two patients came in. The patient is lovely."),
        # another word for a person between: "she" could be the mum
        ("[Poppy]'s mum shouted in front of [Poppy], that she won't amount to much.", ("PERSON", "PERSON"), "teacher",
         "My student's mum shouted in front of the student, that she won't amount to much."),
        # "she" between the two is somebody else: the singer of the poster is no "her"
        ("She has a signed [Cher] poster in every room. Turns out she sang backup on one of [Cher]'s tours!", ("PERSON", "PERSON"),
         "care worker", "She has a signed a resident poster in every room. Turns out she sang backup on one of the resident's tours!"),
        # gender unsaid and a verb that agrees with one person: "they is" never
        ("[Ryan] came in. [Ryan] is lovely.", ("PERSON", "PERSON"), "teacher", "A student came in. The student is lovely."),
    ],
)
def test_a_pronoun_is_not_said_where_it_could_point_elsewhere(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_a_titled_initial_is_the_titled_name_it_begins():
    # "Mrs O" after "Mrs Okafor" is the same patient, never "another patient"
    out = gen("Then told [Mrs Okafor's] daughter I was slow. Mrs [O] is 91, she needed her meds.", "PERSON", "PERSON", role="nurse")
    assert out == "Then told my patient's daughter I was slow. The patient is 91, she needed her meds."
    # two names it could begin: which one is unsure
    out = gen("[Mrs Okafor] and [Mrs Obi] came in. Mrs [O] is 91.", "PERSON", "PERSON", "PERSON", role="nurse")
    assert "The patient is 91" not in out
