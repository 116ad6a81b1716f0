"""venting (session 14): someone in the post spoken to over the readers' heads ("Sir. SIR.", "Madam, it's
half term", "Mate. No.", "Trevor, it's £9.90"), and an eye-roll at someone met in the lines before and
called "she" or "he" in its own; not "Mate, I was born before the iPhone" said to the reader, "Happy
retirement, sir!", "Jake, you're a legend", nor an eye-roll at the writer's own family."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, kinds


def _kinds(detector, text):
    return {r.kind for r in REVIEWER.review(text, detector.detect(text))}


@pytest.mark.parametrize(
    "text",
    [
        "A client booked in for a trim and then asked for a full colour in the same slot. Madam. The book is full.",
        "One of the dads emailed me at midnight about his son's spelling test. Sir, it is Year 1.",
        "The gent in bed 4 has pressed the buzzer to ask for the TV remote again. Sir. SIR. It is on your table.",
        "She told the whole waiting room she knows the practice owner. Ma'am, you are next after the 3 people before you.",
        "Our new supervisor moved the whole rota without asking anyone. Respectfully, sir, we have lives.",
        "My team lead signed us up for a weekend hackathon 'for morale'. Mate. No.",
        "A parent rang the school office to ask why her daughter got a B. Aunty ji, it's a spelling quiz.",
    ],
)
def test_someone_served_or_from_work_spoken_to(detector, text):
    assert "venting" in _kinds(detector, text)


def test_a_name_called_to_at_a_sentences_start(detector):
    text = "Shout out to Malcolm who argues about the parking charge every single Friday. Malcolm, it's £4. It has always been £4."
    assert "venting" in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Deployed on a Friday afternoon and nothing broke. Mate, I'm buying a lottery ticket.",
        "My Year 2s asked if I was born before the internet. Mate, I was born before the iPhone.",
        "Grateful to my old supervisor Dr Anand for everything he taught me. Happy retirement, sir! 🙏",
        "Massive thanks to Jake Mensah for pairing with me all afternoon. Jake, you're a legend.",
        "Ten years in this job. Still get asked where I'm really from. Zambia, sir.",
        "My son asked who is better, Messi or LeBron. Buddy, different sports 😂",
        "Yes sir, the new menu launches Friday and I can't wait.",
    ],
)
def test_no_one_told_off(detector, text):
    assert "venting" not in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The lady in room 7 sent her dinner back twice. Her blood sugar is 21 and still she wants extra pudding 🙄",
        "The gent on the ward who always wears his flat cap rang the bell six times before lunch. Now he says nobody comes 🙄",
    ],
)
def test_an_eye_roll_at_someone_met_just_before(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My daughter spilt juice on my laptop. Then she asked for more juice 🙄",
        "The weather app said sunshine. Now it's hailing and he (the forecaster) is smiling on TV 🙄",
    ],
)
def test_an_eye_roll_at_ones_own_or_at_no_one(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okafor came in for his inhaler AGAIN without a prescription.",
        "Captain Rhys Pemberton said nothing when the first officer turned up late.",
    ],
)
def test_a_sign_of_a_complaint_beside_a_named_person(detector, text):
    assert "venting" in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okafor came in again today with a box of mangoes for the whole team, what a gent ❤️",
        "Took Amara to the park again, she is obsessed with the swings.",
        "My daughter Leila ate pasta twice today.",
    ],
)
def test_a_name_with_no_complaint(detector, text):
    assert "venting" not in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our supervisor made us redo the whole inventory on a Sunday. Kapal ng mukha talaga.",
        "My manager took the credit for my report again. Bakwas.",
        "The gentleman on the ward who always wears his flat cap refused his insulin. Still eating biscuits at midnight. We need to talk 😤",
    ],
)
def test_contempt_in_other_words_and_a_sign_beside_someone_described(text):
    assert "venting" in kinds(text)


def test_someone_who_never_learns(detector):
    text = "Arrested the same Darren Pike we lifted last month, outside the same pub. Some people never learn."
    assert "venting" in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nakakainis ang traffic sa EDSA today, two hours to get home.",
        "Some people never learn to love Mondays, and I'm one of them.",
        "The kids who make you laugh the most are often the ones carrying the most. The one who is always 'fine'. Look twice.",
    ],
)
def test_no_one_from_work_or_described_in_the_complaint(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "To the area manager (you know who you are, Gail) who said 'just smile more': we had 2 staff for 40 beds.",
        "Lessons from my first year: the MD (yes, you, Hugo) will rewrite the deck at midnight.",
        "The practice owner makes us see clients back to back with no lunch.",
        "Our ward manager is rewriting notes before the review. Who do I whistleblow to?",
        "Our MD wants to sack a lad because he's been off sick twice.",
    ],
)
def test_called_out_or_made_to_do_wrong(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the night team on Ward 5, you know who you are ❤️",
        "Our receptionist makes us laugh every morning.",
        "Mrs Ellis on the ward makes us tea on a Friday, bless her.",
    ],
)
def test_thanks_and_kindness_are_not_called_out(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "To the bloke who runs the kebab van outside the station — we've seen your hygiene report. Sort it out.",
        "To the consultant on Ward 9 who made my student cry at handover: I know your name.",
    ],
)
def test_a_post_opened_as_a_letter_to_one_person(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "To the lady who found my purse in the Tesco car park, thank you so much!",
        "To the parents who came to our fun run: you raised £2,000 for the hospice 🎉",
    ],
)
def test_a_letter_of_thanks(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hearing for my client's boy got pushed AGAIN.",
        "The old gent from the corner shop rang me AGAIN at home about his parcel.",
    ],
)
def test_exasperation_shouted_beside_one_person(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why does EVERY kid think the mitochondria is a type of pasta 😂",
        "My son asked for pancakes AGAIN this morning.",
        "It's raining AGAIN in Manchester, who knew.",
    ],
)
def test_shouting_at_no_one_person(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grievance hearing next week against our deputy head, and I'm taking the notes.",
        "Another grievance filed against the same shift supervisor on our site.",
        "My line manager is being investigated by the regulator and still acts like she owns the place.",
        "Management told us to stop logging near misses before the inspection. Not doing it.",
        "My boss is threatening my contract because I refused to post the clients' photos.",
    ],
)
def test_a_case_against_a_colleague_or_being_told_to_do_wrong(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "HR training today on how a grievance hearing works. Useful stuff.",
        "Our manager is a witness in a trial about a car crash she saw on holiday.",
        "Legal have told us not to talk while the investigation is live, so I won't.",
    ],
)
def test_a_process_not_aimed_at_a_colleague(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client's husband wants me to 'make the fine disappear'. I'm a bookkeeper, not a magician.",
        "Her son keeps texting my own phone at midnight for updates. I'm a carer, not the family's personal assistant 😩",
    ],
)
def test_a_retort_to_someones_demands(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a teacher, not a magician, but today every one of my pupils passed ❤️",
        "Not a magician, just a nurse who drinks a lot of coffee.",
    ],
)
def test_a_retort_with_no_one_to_answer(text):
    assert "venting" not in kinds(text)
