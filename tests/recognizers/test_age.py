"""AgeRecognizer (people/age.py): Ages that carry their own age wording: "9-year-old", "7yo", "aged 87", "16F",
"I'll turn 21", "when he was 78.", "a 3 month old came in", "6/52 old"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age import AgeRecognizer

AGE = AgeRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, age",
    [
        ("Attended a 9-year-old with a broken arm.", "9-year-old"),
        ("Attended a 92-year-old on the floor.", "92-year-old"),
        ("This 79 year old female complaining of pain", "79 year old"),
        ("He just turned 69 years old", "69 years old"),
        ("a 65-year-old male with a history of falls", "65-year-old"),
        ("A 7yo asked me why the sky is blue", "7yo"),
        ("A 13yo client told me", "13yo"),
        ("and i'm 31 y/o.", "31 y/o"),
        ("Mrs H, aged 87, still does the crossword", "aged 87"),
        ("diagnosed at age 6", "age 6"),
        ("My father retired at the age of 61", "age of 61"),
        ("My birthday is on the weekend. I'll turn 21.", "turn 21"),
        ("My brother just turned 60", "turned 60"),
        ("Written when he was 78.", "when he was 78"),
        ("Seen a 16F with chest pain", "16F"),
        ("Seen a 16 F with chest pain", "16 F"),
        ("Pt 72M, query stroke", "72M"),
    ],
)
def test_ages_are_found(text, age):
    assert age in texts(AGE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Spent ten minutes on hold.",
        "Spent 2 hours debugging.",
        "Smashed her 5k PB at the parkrun.",
        "3 siblings placed with their aunt.",
        "EBITDA down 18%, $12.5M write-down.",
        "Revenue hit 5M this year.",
        "We raised 15M in funding",
        "Subscribers grew to 5M, then stalled.",
        "She turned 5 pages before she gave up.",
        "I'm 5 minutes away.",
        "stage 3 lymphoma",
        "Called 9 times about a late parcel.",
        "the 300-year-old oak in the square",  # not a person's age: above any human age
    ],
)
def test_numbers_that_are_not_ages(text):
    assert texts(AGE, text) == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("when a 3 month old came in with bronchiolitis", "3 month old"),
        ("a 6 week old baby on the unit", "6 week old"),
        ("Saw a 2 year old today", "2 year old"),
        ("a 3-month-old with a fever", "3-month-old"),
        ("a 10 day old came in jaundiced", "10 day old"),
        ("an 18 month old patient", "18 month old"),
        ("She was only 3 weeks old when she came in", "3 weeks old"),
        ("my baby is 6 months old today", "6 months old"),
        ("at 4 months old he rolled over", "4 months old"),
        ("a 6/12 old boy with a rash", "6/12 old"),
        ("A 7 y/o asked me", "7 y/o"),
    ],
)
def test_ages_in_months_weeks_and_days(text, age):
    assert age in texts(AGE, text)


@pytest.mark.parametrize(
    "text",
    [
        "A 3 day old sandwich in the staff fridge.",
        "My 2 week old post got 100 likes.",
        "This 6 month old laptop already broke.",
        "The 3-month-old puppy at home chews everything.",
        "I think the milk is 3 days old.",
        "The rota is 2 weeks old already.",
    ],
)
def test_things_days_old_are_not_ages(text):
    assert texts(AGE, text) == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("Lady on Lumley Rd was only 41.", "41"),
        ("youngest was 14 months and hadnt been fed in maybe 2 days.", "14 months"),
        ("her son is 7.", "7"),
        ("my client's son was 7.", "7"),
        ("Her Dad was 58 when he died", "58"),
    ],
)
def test_a_person_was_a_number(text, age):
    assert [text[r.start : r.end] for r in AgeRecognizer().analyze(text, None)] == [age]


@pytest.mark.parametrize(
    "text",
    [
        "my son is 7.",
        "Dad was 58 when he died",
        "My nan is 94 and still does the crossword every morning.",
        "Spent Saturday teaching my dad Excel pivot tables. He's 67 and loves it.",
    ],
)
def test_the_writers_own_family_is_the_writers_own_life(text):
    # issue 10: "my nan is 94" identifies no client, patient or colleague
    assert AgeRecognizer().analyze(text, None) == []


def test_a_pronoun_after_a_client_is_still_an_age():
    text = "Visited my client and my mum today. He's 67 and lonely."
    assert [text[r.start : r.end] for r in AgeRecognizer().analyze(text, None)] == ["He's 67"]


@pytest.mark.parametrize(
    "text",
    ["The patient was 5 minutes late.", "his pain score was 7.", "her temp was 38.", "my son is 2 metres tall",
     "The lady in bed 4 was 3 hours post-op.", "the bill was 41."],
)
def test_a_person_and_a_measurement_is_not_an_age(text):
    assert AgeRecognizer().analyze(text, None) == []


def test_years_young_is_an_age_and_the_writers_own_family_is_their_own_life():
    assert texts(AGE, "Grandma Betty from Rowan ward, 101 years young and sharp") == ["101 years young"]
    assert texts(AGE, "Her nan is 94 years old and still dancing.") == ["94 years old"]
    assert texts(AGE, "My nan is 94 years old and still dancing.") == []
    assert texts(AGE, "Our dad, 67 years young, ran the 10k.") == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("finally pulled through after her sepsis scare - 87 and still cracking jokes.", "87"),
        ("Our Doris, 90 and still going strong.", "90"),
        ("She's 92 and still sharp as a tack.", "92"),
        # after an emoji that closes the sentence before
        ("Mrs Pennington told me I'm her favourite nurse and I nearly cried 🥹 91 and still sharp as a tack", "91"),
        ("We put the concert on for her 😢 96 and still knows every word.", "96"),
    ],
)
def test_an_old_age_told_as_a_wonder(text, age):
    assert any(age in found for found in texts(AGE, text))


@pytest.mark.parametrize(
    "text",
    [
        "We scored 75 and still lost the match.",
        "Paid 80 and still no refund.",
        "Fundraiser for the ward 🙌 70 and still counting!",
        # the writer's own family
        "My nan 🥰 94 and still going strong.",
        "Took my grandad to the match 😍 88 and still shouting at the ref.",
    ],
)
def test_a_score_or_a_price_and_still_is_no_age(text):
    assert texts(AGE, text) == []


def test_an_old_age_told_as_a_wonder_keeps_its_band_in_the_rewrite(detector):
    from rewriter.generalise import generalise

    text = "Mrs Patricia Hollings finally pulled through after her sepsis scare - 87 and still cracking jokes."
    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert "87" not in out and "- elderly and still cracking jokes" in out, out


@pytest.mark.parametrize(
    "text, age",
    [
        ("The lady in the end room, who's 88 and sharp as anything, won bingo.", "88"),
        ("He's only 15 and already caring for his mum.", "15"),
        ("A young person I supported (he's now 20) sent me a message.", "20"),
        ("Scored twice on Saturday. kid's 11.", "11"),
        ("A boy of 13 from the estate was brought in.", "13"),
        ("Saw a woman of 90 walk the whole ward.", "90"),
        ("happy 97th to the loveliest resident on our unit", "97th"),
        ("Baked a cake for her 100th tomorrow 🎂", "100th"),
        ("Their grandson’s 18th party was in the club next door.", "18th"),
    ],
)
def test_ages_with_who_only_now_of_and_birthday_ordinals(text, age):
    assert any(age in found for found in texts(AGE, text))


@pytest.mark.parametrize(
    "text",
    [
        "happy 40th to me!",
        "my daughter's 18th is next week, send help",
        "for the 40th time this year, the printer is jammed",
        "her 20th attempt at the recipe finally worked",
        "a man of 6 foot 4 walked in",
        "she's only 5 minutes away",
        "he's just 2 weeks into the job",
        "a girl of 10 minutes' acquaintance",
    ],
)
def test_other_numbers_after_those_words_are_not_ages(text):
    assert texts(AGE, text) == []


@pytest.mark.parametrize("text", ["Aunty Funmi's 60th on Saturday, so I've swapped my shift.", "Nan's 90th today!", "Uncle Tayo's 50th tonight"])
def test_a_relations_birthday_is_the_writers_own(text):
    assert texts(AGE, text) == []


def test_a_clients_relations_birthday_is_not_the_writers_own():
    assert texts(AGE, "My client's Uncle Bode's 70th on Friday") == ["70th"]


def test_an_old_age_after_an_emoji_goes_with_its_and(detector):
    from rewriter.generalise import generalise

    text = "Mrs Pennington on Larkspur ward told me I'm her favourite nurse today and I nearly cried 🥹 91 and still sharp as a tack"
    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert "91" not in out and out.endswith("🥹 Still sharp as a tack"), out


# -- ages said of someone without age wording: a decade of life, children's ages told together, "'s N" after
# a person word, a titled name's age, a height reached at an age, a guessed age, a bare age opening details --

@pytest.mark.parametrize(
    "text, age",
    [
        ("Called out to a bloke in his 70s who had locked himself in a shed.", "in his 70s"),
        ("a woman in her early 50s collapsed at the bus stop", "in her early 50s"),
        ("The couple, both in their late-80s, refused to leave the flat.", "in their late-80s"),
        ("Their boys are 6 and 9, and both want to live with him.", "6 and 9"),
        ("Kids are 3, 5 and 8. The house is chaos.", "3, 5 and 8"),
        ("They've lived with their nan since they were 2 and 4.", "since they were 2 and 4"),
        ("His mum's 82 and still runs the farm shop.", "82"),
        ("The patient's only 23 and already on dialysis.", "23"),
        ("Mrs Okoro is 96 and still walks to the shop.", "96"),
        ("Mr Baines was 58, a lifelong smoker.", "58"),
        ("The keeper on the under-16s (6ft 5 at 14!) got scouted today.", "6ft 5 at 14"),
        ("A girl bought a pregnancy test this morning, 15 at most, on her own.", "15"),
        ("Thoughts with the family of the lad on the bypass. 17, his first week of work.", "17"),
    ],
)
def test_ages_said_without_age_wording(text, age):
    assert age in texts(AGE, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm in my 40s and finally learning to swim.",  # the writer's own decade
        "She loves 80s music and big hair.",  # a decade of music, said of no one
        "My kids are 4 and 7 and both have chickenpox.",  # the writer's own children
        "Scored 3 and 4 in the two rounds.",  # scores
        "The report's 40 pages and nobody read it.",  # a thing's count after "'s"
        "Mrs Okoro is my favourite client.",  # no number
        "The shelf is 6ft 2 at its highest point.",  # a thing's height
        "We'll need 12 chairs, 20 at most, for the meeting.",  # a guessed count of chairs is a count...
        "Room 14 was empty. 3, maybe 4 people came.",  # a count opening a sentence
    ],
)
def test_numbers_near_those_shapes_that_are_not_ages(text):
    assert texts(AGE, text) == []


# Issue 10/11 (leak33): an age tied to a person in forms the rules missed, each with its near miss.
@pytest.mark.parametrize(
    "text, age",
    [
        # the room before the age is where the patient is, not the number read
        ("pt in room 412 is 97 and still wants her lipstick before rounds", "97"),
        ("The patient in bed 4 was 19 and terrified.", "19"),
        # an old age with its "years", told as a wonder
        ("Loves a story about the war. 89 years and still sharp.", "89 years"),
        # an age opening a sentence about someone
        ("Lovely to see him. At 81 he's living proof that planning pays off.", "81"),
        ("At 30, he was the youngest partner they ever had.", "30"),
    ],
)
def test_ages_tied_to_a_person_in_more_forms(text, age):
    assert age in texts(AGE, text)


@pytest.mark.parametrize(
    "text",
    [
        "pt sats on room air is 97 and stable",  # a measurement on room air
        "pt in room 12 hr is 97 and stable",  # a heart rate
        "At 10 she rang the bell.",  # a clock time
        "At 60 mph he was fine, then the tyre went.",  # a speed
        "The old mill is 89 years and still standing.",  # a building's years, not opening a sentence about someone
    ],
)
def test_numbers_near_the_new_age_forms_that_are_not_ages(text):
    assert texts(AGE, text) == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("Ma cliente Nadège, 34 ans, a enfin trouvé un logement", "34 ans"),
        ("Visite chez un monsieur de 92 ans ce matin, toujours aussi drôle", "92 ans"),
        ("Il piccolo Matteo ha solo 6 anni e ha già capito tutto", "6 anni"),
    ],
)
def test_an_age_in_french_or_italian_is_found(text, age):
    assert age in texts(AGE, text)


@pytest.mark.parametrize(
    "text",
    [
        "Je travaille au CLSC depuis 12 ans et je ne regrette rien",
        "Il y a 3 ans on a ouvert la clinique",
        "Ça fait 25 ans de carrière aujourd'hui, merci à tous",
        "Lavoro qui da 8 anni, che avventura",
    ],
)
def test_a_length_of_time_in_french_or_italian_is_no_age(text):
    assert not any(t.endswith(("ans", "anni")) for t in texts(AGE, text))


def test_an_age_written_as_years_of_age():
    from rewriter.detect.recognizers.people.age import AgeRecognizer

    found = [r for r in AgeRecognizer().analyze("Arrested a youth, 17 years of age, outside the depot", None)]
    assert [("Arrested a youth, 17 years of age, outside the depot")[r.start : r.end] for r in found] == ["17 years of age"]
    assert AgeRecognizer().analyze("We have 30 years of experience between us", None) == []


# Ages in the forms of other languages and Scots the recognizer reads (issue 10): Tagalog "na siya" and "pa lang",
# "years old" in Afrikaans, Dutch, German and Swedish, Scots "jist" and "wis". Every sentence here is invented.
@pytest.mark.parametrize("text, age", [
    ("Grabe si Lola Ising kanina, birthday niya, 97 na siya!!", "97"),
    ("Si Mr Hendry sa bay 2, wala na siya kanina. 79 pa lang. Rest well po.", "79"),
    ("The youngest Marietjie only 3 jaar oud and so thin.", "3 jaar oud"),
    ("Herr Vogel ist 84 Jahre alt und fährt noch Rad.", "84 Jahre alt"),
    ("Fru Lind är 90 år gammal och bor ensam.", "90 år gammal"),
    ("Ran aff again last nicht. She's jist 13, fit like are we meant tae cope?", "She's jist 13"),
    ("Aye fine, but the lassie wis 19 an we flagged her risk twice.", "19"),
])
def test_ages_in_other_languages_and_scots(text, age):
    assert texts(AGE, text) == [age]


@pytest.mark.parametrize("text", [
    "Umuwi siya alas 5 na siya dumating sa bahay.",  # a clock time: "alas" before it
    "Tapos na ba yung inventory? 3 pa lang. Ang dami pa.",  # how much of a task is done, no one spoken of
    "5 pa lang kami sa shift ngayon, kulang talaga.",  # a headcount: the sentence goes on
    "Ons het 31 jaar saam gewerk, sy gaan ons mis.",  # years of service: no "oud"
    "The score wis 19 an we still lost.",  # a score, not a person
    "The lassie wis paid 19 an hour at the chippy.",  # a rate: "an hour"
])
def test_numbers_in_those_forms_that_are_no_age(text):
    assert texts(AGE, text) == []


@pytest.mark.parametrize("text, kept, gone", [
    ("Grabe si Lola Ising sa room 4 kanina, birthday niya, 97 na siya!! Kumanta kami lahat.", "elderly na siya!!", "97"),
    ("Yung lolo sa bay 2, si Mr Hendry, wala na siya kanina. 79 pa lang. Rest well po.", "kanina. Rest well po.", "79"),
    ("Inquiry intae the death on the ward. Aye, but the lassie wis 19 an we'd flagged her.", "wis a teenager an we'd", "19"),
    ("Wee Kayla in Room 2 at Hillcrest ran aff again. She's jist 13, fit like are we meant tae cope?", "She's jist a teenager,", "13"),
])
def test_the_rewrite_of_those_forms_reads_right(detector, text, kept, gone):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert kept in out and gone not in out, out


# "he's N" closed by what is said of the person, and "he" with its "h" dropped (session 50, fresh49 "he's 19 bless
# him" offered clean, "'e's 101 come Tuesday" left)
@pytest.mark.parametrize(
    "text, age",
    [
        ("he's 19 bless him, probs won't last the week", "he's 19"),
        ("'e's 101 come Tuesday an' sharp as a tack", "'e's 101"),
        ("she's 15 an' already running the place", "she's 15"),
    ],
)
def test_an_age_closed_by_what_is_said_of_the_person(text, age):
    assert age in texts(AGE, text)


@pytest.mark.parametrize(
    "text",
    [
        "he's 12 an hour on the till now",  # a rate
        "it's 10 come Friday, the shop",  # a thing's anniversary, no person
        "the 'e's 3 letters",  # no pronoun
    ],
)
def test_a_rate_or_a_things_number_is_not_an_age(text):
    assert texts(AGE, text) == []
