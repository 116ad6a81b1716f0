"""Garbles read in the deterministic rewrites of the analysis sets (session 20), by the slot the general
words landed in, each pinned on made-up sentences of the same shape (issue 10, "Grammar"), with what must
stay as it was beside each:

- a name between a determiner or a preposition and any plain noun was that noun's modifier: "the new
  [Acme] reforms" -> "the new reforms", never "the new an organisation reforms"; a school year there goes
  too ("a [grade 3] tear" -> "a tear");
- a name spoken to before a word of address or a wish to the reader goes, with the word of address
  ("[Darnell], buddy, we ..." -> "We ...");
- after singing, dancing or listening to, or watching a show, a name is a song, music or a show;
- a name that went whole after "the" before a verb leaves the kind's bare noun ("the organisation reckons"),
  never "the reckons";
- a word of another language said as an exclamation, greeting or thanks ("Dankie 🚑", "Adoi, ...") goes,
  or its short sentence goes, never "Someone 🚑".
"""

from __future__ import annotations

import pytest

from test_generalise import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, kind, role, expected",
    [
        ("Just read the council's new [Brightwater Partnership] reforms. Some good bits.", "ORGANIZATION", "social worker",
         "Just read the council's new reforms. Some good bits."),
        ("Stocked a [Percy Jackson] box set for the library.", "PERSON", "librarian", "Stocked a box set for the library."),
        ("Our team won [the Harvest Fair] quiz night!", "ORGANIZATION", "teacher", "Our team won the quiz night!"),
        ("Our team won the [Harvest Fair] quiz night!", "PERSON", "teacher", "Our team won the quiz night!"),
        ("Settled at [Cedar Hollow] care home last week.", "LOCATION", "social worker", "Settled at the local care home last week."),
        ("Took the group to [Tollgate Farm] petting zoo.", "ORGANIZATION", "support worker", "Took the group to the local petting zoo."),
        ("Heads up [Westgate Mall] shoppers, the store is closing.", "PERSON", "retail assistant",
         "Heads up local shoppers, the store is closing."),
        ("Mediation in [the Dempsey-Walsh] matter collapsed.", "LOCATION", "family lawyer", "Mediation in the matter collapsed."),
        ("Treated a player for a [grade 2] calf strain.", "AGE", "physiotherapist", "Treated a player for a calf strain."),
    ],
)
def test_a_name_before_a_plain_noun_is_its_modifier(draft, kind, role, expected):
    assert gen(draft, kind, role=role) == expected


@pytest.mark.parametrize(
    "draft, kind, role, kept",
    [
        ("Rang [Sarah] later about the rota.", "PERSON", "nurse", "later about the rota"),
        ("Bumped into her at [Tesco] buying milk.", "ORGANIZATION", "teacher", "buying milk"),
        ("Had a cuppa with [Tom] again today.", "PERSON", "care worker", "again today"),
        ("Visited [Ferncliffe] today with the team.", "LOCATION", "social worker", "today with the team"),
    ],
)
def test_a_name_before_an_adverb_or_a_verb_keeps_its_words(draft, kind, role, kept):
    out = gen(draft, kind, role=role)
    assert kept in out and "local " + kept not in out and "the " + kept not in out, out
    assert out.split(kept)[0].strip().split()[-1] not in ("the", "a", "to", "with", "at"), out  # something stands in for the name


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("He tried to hug me in the aisle. [Darnell], buddy, we talked about this 😂", "probation officer",
         "He tried to hug me in the aisle. We talked about this 😂"),
        ("Shouted at me over a £6 charge. Mr [Ferris], hope your day improves 🙃", "call centre agent",
         "Shouted at me over a £6 charge. Hope your day improves 🙃"),
    ],
)
def test_a_name_spoken_to_before_a_word_of_address_or_a_wish_goes(draft, role, expected):
    assert gen(draft, "PERSON", role=role) == expected


def test_a_name_before_a_comma_and_a_plain_clause_keeps_its_words():
    # (session 23: "Darnell, please check the rota" is a plea to him and goes with its comma, as the judges of
    # session 22 read "A colleague, please check ..." as broken; a relative clause after the comma says who he is)
    out = gen("Great shift. [Darnell], who checked the rota, stayed late.", "PERSON", role="nurse")
    assert "who checked the rota, stayed late" in out and "Darnell" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Sang [Vera Lynn] with the whole lounge.", "Sang a song with the whole lounge."),
        ("He was dancing to [Elvis] in the day room.", "He was dancing to music in the day room."),
        ("Watching [Suits] while billing hours.", "Watching a show while billing hours."),
    ],
)
def test_a_name_sung_danced_to_or_watched_is_a_song_music_or_a_show(draft, expected):
    assert gen(draft, "PERSON", role="care worker") == expected


@pytest.mark.parametrize(
    "draft",
    ["Watching [Jayden] score his first goal made my week.", "She sang with [Doris] all afternoon."],
)
def test_a_person_watched_or_sung_with_stays_a_person(draft):
    out = gen(draft, "PERSON", role="care worker")
    assert "a show" not in out and "a song" not in out and "music" not in out, out


@pytest.mark.parametrize(
    "draft, kind, role, expected",
    [
        ("Flu jabs are in and the [Pharmacy Guild] reckons it's a big season.", "ORGANIZATION", "pharmacist",
         "Flu jabs are in and the organisation reckons it's a big season."),
        ("Mediation with the [Vasquez-Reids] went six hours.", "PERSON", "mediator",
         "Mediation with the family went six hours."),
    ],
)
def test_a_name_gone_after_the_before_a_verb_leaves_its_kind(draft, kind, role, expected):
    assert gen(draft, kind, role=role) == expected


def test_a_name_gone_after_the_before_a_noun_leaves_the_noun():
    assert gen("Spoke to the [Okonkwo] children after school.", "PERSON", role="teacher") == "Spoke to the children after school."


@pytest.mark.parametrize(
    "draft, kind, expected",
    [
        ("Please pull over when you hear us. [Dankie] 🚑", "PERSON", "Please pull over when you hear us. 🚑"),
        ("Happy Diwali to everyone celebrating! [Shubh Deepavali] 🙏", "PERSON", "Happy Diwali to everyone celebrating! 🙏"),
        ("[Adoi], the boss shouted at me again.", "PERSON", "The boss shouted at me again."),
        ("[Msichelewe], the system slows down every year.", "LOCATION", "The system slows down every year."),
        pytest.param("Payday tomorrow! [Samgyup] tayo mga bes 🥩 #payday", "PERSON", "Payday tomorrow! 🥩 #payday",
                     marks=pytest.mark.xfail(strict=True, reason="session 50 (unread50): a span given with evidence in a "
                                             "Tagalog sentence takes '[name] tayo mga bes' instead of the clause "
                                             "going; the real detector finds no span in this draft")),
    ],
)
def test_a_word_of_another_language_said_as_an_exclamation_goes(draft, kind, expected):
    assert gen(draft, kind, role="call centre agent") == expected


@pytest.mark.parametrize(
    "draft",
    [
        "[Darnell] tayo mga bes 🥩",  # a name people bear, whatever the words after it
        "[Kowalczyk] went home today.",  # an English clause after the name
        "Long day. [Darnell], the new porter, started today.",
    ],
)
def test_a_name_people_bear_or_in_an_english_clause_is_still_replaced(draft):
    out = gen(draft, "PERSON", role="nurse")
    assert "Darnell" not in out and "Kowalczyk" not in out and out.split()[0] not in ("tayo", "went"), out
    assert any(w in out.lower() for w in ("patient", "someone", "colleague", "porter")), out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("He has rung 30 times this month. [Ref CR/55120]. Send help.", "He has rung 30 times this month. Send help."),
        ("Long day. [Case number 2023/FS/1187] if anyone from the team sees this pls ring me",
         "Long day. If anyone from the team sees this pls ring me"),
        ("Customer on [acct 5512-0098-21] spent 20 mins shouting.", "Customer on an account spent 20 mins shouting."),
    ],
)
def test_a_reference_said_alone_goes_and_an_account_is_an_account(draft, expected):
    assert gen(draft, "REFERENCE_NUMBER", role="call centre agent") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("[Ticket #48213]: the customer rang again.", "The customer rang again."),
        ("[Incident 24-118730] was the worst of the week.", "The incident was the worst of the week."),
        ("Closed [ticket 5510] today.", "Closed a ticket today."),
    ],
)
def test_a_reference_as_a_heading_a_subject_or_an_object_keeps_its_words(draft, expected):
    assert gen(draft, "REFERENCE_NUMBER", role="support agent") == expected


@pytest.mark.parametrize(
    "draft, kind, expected",
    [
        ("I know the address by heart: [22 Orchard View Rd].", "STREET_ADDRESS", "I know the address by heart."),
        ("Their number is burned into my brain: [0161 555 0198]", "PHONE_NUMBER", "Their number is burned into my brain"),
    ],
)
def test_an_address_or_number_after_a_clause_that_names_it_goes_with_the_colon(draft, kind, expected):
    assert gen(draft, kind, role="dispatcher") == expected


@pytest.mark.parametrize(
    "draft, kind, kept",
    [
        ("Send the parcel to: [22 Orchard View Rd] please.", "STREET_ADDRESS", "Send the parcel to: "),
        ("Deliveries go here: [22 Orchard View Rd].", "STREET_ADDRESS", "Deliveries go here: "),
    ],
)
def test_an_address_after_a_colon_without_a_clause_naming_it_keeps_its_colon(draft, kind, kept):
    out = gen(draft, kind, role="dispatcher")
    assert out.startswith(kept) and "Orchard" not in out and len(out) > len(kept) + 2, out


def test_a_name_in_commas_after_one_of_a_group_from_somewhere_goes():
    out = gen("One of my ex-students from [Brookfield High], [Rich Adeyemi], messaged me after 10 yrs.", "FACILITY", "PERSON",
              role="secondary teacher")
    assert out == "One of my ex-students from a local school messaged me after 10 yrs.", out


def test_a_name_in_commas_after_a_place_alone_keeps_its_words():
    out = gen("We drove out to [Brookfield], [Rich Adeyemi], and the twins came too.", "LOCATION", "PERSON", role="secondary teacher")
    assert "Rich" not in out and ", and the twins" in out and out.count(",") >= 2, out


def test_every_takes_no_article_from_a_replacement():
    assert gen("Thanks to every [Jo Bloggs] who helped today.", "PERSON", role="nurse").startswith("Thanks to every ")
    assert " every a " not in gen("Thanks to every [Jo Bloggs] who helped today.", "PERSON", role="nurse")


def test_every_written_with_an_article_by_the_writer_is_left():
    from rewriter.generalise.english import tidy

    assert tidy("They paid each a tenner to [x].", "They paid each a tenner to Jo.") == "They paid each a tenner to [x]."


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Youth court today. A [15 y/o] charged over the threat.", "Youth court today. A teenager charged over the threat."),
        ("Saw a [15 y/o] girl at the clinic.", "Saw a teenage girl at the clinic."),
    ],
)
def test_an_age_before_a_verb_is_the_person_before_a_noun_describes_it(draft, expected):
    assert gen(draft, "AGE", role="court officer") == expected


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Planning the cuts before it's announced on the [14th]. Be kind.", "hr", "before it's announced soon."),
        ("Judge lost patience. Back in on the [14th], fingers crossed.", "lawyer", "Back in soon, fingers crossed."),
    ],
)
def test_a_date_still_ahead_after_before_a_clause_or_back_in_is_soon(draft, role, expected):
    out = gen(draft, "DATE_TIME", role=role)
    assert expected in out and "recently" not in out, out


@pytest.mark.parametrize(
    "draft, role",
    [
        ("We were back in court on the [14th] and it went badly.", "lawyer"),
        ("She was discharged on the [14th] before it got worse.", "nurse"),
    ],
)
def test_a_date_in_the_past_stays_recent(draft, role):
    assert "recently" in gen(draft, "DATE_TIME", role=role)


def test_that_opening_a_clause_leaves_the_article_of_a_replacement():
    out = gen("Anyone else find it funny that [the only person in the village] on methadone comes in weekly?",
              "DISTINCTIVE_DETAIL", role="pharmacist")
    assert "funny that a " in out and "that person" not in out, out


def test_that_as_a_determiner_still_takes_the_bare_noun():
    out = gen("Honestly, that [Oak Lodge] is a disgrace.", "FACILITY", role="nurse")
    assert "that care home" in out or "that home" in out, out


def test_an_exclamation_gone_after_an_emoji_gives_the_next_word_its_capital():
    out = gen("Not another like him this side of the valley 😂 [Duwbach], what a boy. Chuffed.", "PERSON", role="vet")
    assert out == "Not another like him this side of the valley 😂 What a boy. Chuffed.", out
