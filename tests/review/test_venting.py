"""venting: a complaint aimed at someone from work, a named person or a client raises a risk;
complaints about no one, and praise, do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span


@pytest.mark.parametrize(
    "text",
    [
        "My manager is useless, honestly. Sick of it.",
        "The consultant on nights threw me under the bus again at handover.",
        "Our head has taken credit for my project twice now.",
        "HR promised a review in March and have said nothing since. Shambles.",
        "Some parents are a nightmare but this mum is on another level: she's so rude to the office staff.",
        "Management never listens to the people on the floor.",
    ],
)
def test_a_complaint_about_someone_identifiable(text):
    assert "venting" in kinds(text)


def test_a_named_person_from_the_detector_is_a_target():
    text = "Gareth rewrote my whole pull request without a word. Third time this month."
    assert "venting" in kinds(text, [span(text, "Gareth", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "I hate Mondays.",
        "My commute was awful today, three trains cancelled.",
        "Worst case scenario we move the clinic online.",
        "My manager is the best, she covered my shift so I could see my son's play.",
        "Don't let anyone tell you kids don't care about school.",
        "Night shift was a nightmare, 12 admissions and no break.",
    ],
)
def test_complaints_about_no_one_and_praise(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our team lead is cutting breaks to 15 mins and calling it 'productivity'.",
        "Our service manager told a room full of counsellors that clients need to 'move through faster' to hit targets.",
        "My manager at the bank takes my models and presents them to the board as his own.",
    ],
)
def test_a_colleagues_words_quoted_back_or_credit_taken(text):
    assert "venting" in kinds(text)


def test_a_name_called_out_at_the_end_of_a_sentence():
    text = "Our new rota gives me six sessions for complex trauma, Deborah. SIX."
    assert "venting" in kinds(text, [span(text, "Deborah", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "My manager said 'go home, we've got this' and I'm so grateful.",
        "Thank you for covering my shift, Sarah!",
        "Hot take: exit interviews are useless if nobody reads them. If you run HR anywhere, act on what leavers tell you.",
    ],
)
def test_a_quote_or_a_name_with_praise_and_anyones_workplace(text):
    assert "venting" not in kinds(text, [span(text, "Sarah", "PERSON")] if "Sarah" in text else [])


@pytest.mark.parametrize(
    "text",
    [
        'This non-profit founded by radio executives "serves as an advocate for the value of music" and supports songwriters.',
        'Our manager published her first story, "The Dimensions of a Shadow", in 2017.',
        'Manager: "Who are you?" Heather: "I\'m Daniel\'s daughter".',
    ],
)
def test_a_long_quotation_a_title_or_a_line_of_dialogue_is_no_quote_thrown_back(text):
    assert "venting" not in kinds(text)


def test_words_shouted_in_capitals_are_quoted_back():
    text = "Snapped this note our Finance Director left on the fridge telling staff to 'STOP STEALING HIS OAT MILK' 😂"
    assert "venting" in kinds(text)


# Classes found in drafts by other writers (issue 11, writers c and d): a complaint said as "spitting
# feathers", "genuinely unhappy with", "the audacity", "fed up with her dad"; and its false alarms: a
# writer who is the patient ("doctors make the worst patients", "I'll be a terrible patient"), what those
# served feel ("why our patients hate the prep"), the writer's own ("my own stupid back"), "the worst bit".
# Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "Genuinely unhappy with how the new practice manager speaks to reception.",
        "I'm fed up with her dad, he cancels every session and blames me.",
        "Our head of year sent it to parents without asking us. The audacity.",
        "Our deputy head made it everyone else's problem again and I'm spitting feathers.",
    ],
)
def test_a_complaint_said_another_way(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Had my own bloods done today and now I know why our patients hate the needle.",
        "My own stupid back has gone again, nurses make the worst patients.",
        "Op on Tuesday. I'm going to be a terrible patient, my husband has been warned.",
        "My son's assessment was today; families always tell me the waiting is the worst bit, and they're right.",
        "My manager is genuinely great, whatever the internet says about 'bosses being evil'.",
    ],
)
def test_the_writer_as_the_patient_and_what_those_served_feel(text):
    assert "venting" not in kinds(text)


# The writer's anger said outright beside someone in the next sentence, and a complaint by count ("has
# emailed me 11 times this week"), found in drafts by other writers (issue 11, writers c and d). Each
# sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "I'm seething. A student's mum has shared my email to the whole class group.",
        "Honestly I'm fuming. Our area manager moved my shifts without a word.",
        "A parent has rung the office 14 times this week about the seating plan.",
        "To my team lead: if you move my one-to-one one more time I'm booking leave.",
    ],
)
def test_anger_outright_and_complaint_by_count(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm fuming at myself for leaving my lunch on the bus.",
        "Took my meds 3 times this week on time, small wins.",
    ],
)
def test_anger_at_no_one(text):
    assert "venting" not in kinds(text)


# A name blamed in a sentence of its own (walk-through: "... because Kevin ran a migration on prod. It was
# Kevin." was offered as clean); a name answered cheerfully is not blame. New sentences for the class.
@pytest.mark.parametrize(
    "text, name",
    [
        ("The release slipped two weeks because someone skipped code review. It was Marcus.", "Marcus"),
        ("Whole ward's rota was wrong again this month. Blame Sharon.", "Sharon"),
        ("Third outage this quarter, same root cause. It's always Dave.", "Dave"),
    ],
)
def test_a_name_blamed_in_a_sentence_of_its_own(text, name):
    assert "venting" in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Who baked the lemon drizzle? It was Kevin! Best baker on the ward.", "Kevin"),
        ("Who won the raffle? It was Priya. Lucky thing.", "Priya"),
    ],
)
def test_a_name_answered_cheerfully_is_no_blame(text, name):
    assert "venting" not in kinds(text, [span(text, name, "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Our team lead said we'd get the new laptops in May. The software crashed again this morning. Useless.",
        "The train was late again, so I missed handover. Grr.",
        "The health secretary says nurses are the backbone of the NHS. I'm seething, our union was ignored again.",
        "Got stuck in traffic for an hour and I'm fuming.",
        "The whole team watched it in the staff room. The Prime Minister's speech on pay left me seething.",
        "My manager was in early. The printer's broken again, the wifi is down and I'm fuming.",
        "Our patients deserve better. I'm seething at the government's pay offer.",
    ],
)
def test_frustration_at_an_everyday_thing_or_a_public_figure_is_no_venting(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager cancelled my leave again and the rota app crashed. Useless.",
        "The minister visited and our ward manager was rude to every nurse again. Useless.",
    ],
)
def test_a_complaint_about_work_beside_a_thing_or_a_public_figure_still_counts(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shipped the release late again. Speaking as a manager: estimates are guesses, plan for that.",
        "New starters: the patient who shouted at you on your first shift doesn't define you. Our team has your back.",
        "My manager and I hunted all week for a good Welsh word for 'burnout'. There isn't a clean one.",
    ],
)
def test_the_writers_own_role_advice_to_readers_and_a_word_talked_of_are_no_venting(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shipped the release late again because our manager changed the scope. Useless.",
        "Our manager shouted at me in front of the whole team. Again.",
        "Our manager keeps calling it 'efficiency'. It's a pay cut.",
    ],
)
def test_a_colleague_beside_those_still_counts(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shout out Marco on reception for losing another set of keys 🙄", "Marco"),
        ("The lady in bed 4 has pressed her buzzer forty times this shift. 🙄", None),
        ("A customer has now rung the shop eleven times about one parcel 🙄", None),
    ],
)
def test_an_eye_roll_at_a_named_person_or_one_person_served(text, name):
    assert "venting" in kinds(text, [span(text, name, "PERSON")] if name else [])


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dolly on the second floor turned 90 today and demanded Babycham 😂", "Dolly"),
        ("Mrs Ferreira you absolute LEGEND, the whole ward cheered 🙃", "Ferreira"),
        ("The printer jammed for the third time since Monday 🙄", None),
    ],
)
def test_a_fond_laugh_praise_or_an_eye_roll_at_a_thing(text, name):
    assert "venting" not in kinds(text, [span(text, name, "PERSON")] if name else [])


def test_an_exasperated_last_line_two_sentences_after_someone_at_work():
    assert "venting" in kinds("Our deputy head moved PPA time to Fridays. Then the trip went too. I'm done.")
    assert "venting" not in kinds("I moved my own PPA time to Fridays. Then the trip went too. I'm done.")


def test_a_cover_up_or_the_writers_weariness_beside_someone_at_work():
    assert "venting" in kinds("A patient's husband slapped a junior doctor last night. Management wants it hushed up.")
    assert "venting" in kinds("Senior management keep protecting him. I'm so tired.")
    assert "venting" not in kinds("Three nights in a row and I'm so tired. Bed by 8.")


# -- a titled, named or role-described colleague as the target, before and after the rewrite ------------------------


@pytest.fixture(scope="module")
def pipeline(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline
    from rewriter.review import Reviewer

    return Pipeline(Config(), detector, None, Reviewer(model=False))


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Okafor from accounts is SO annoying",
        "Dr Hale rolled his eyes at me again, honestly can't stand him",
        "The guy in IT ignored me again. Third time this week.",
        "Mr Briggs from payroll is so irritating, he never answers.",
    ],
)
def test_venting_at_a_titled_or_department_colleague_stays_after_the_name_goes(pipeline, detector, text):
    spans = detector.detect(text)
    assert "venting" in {r.kind for r in pipeline.review(text, spans)}
    result = pipeline.rewrite(text, spans=spans, use_llm=False)
    assert "venting" in {r.kind for r in result.final_risks}, result.text
    assert not result.clean


@pytest.mark.parametrize(
    "text",
    [
        "Someone from accounts is SO annoying",
        "A doctor rolled his eyes at me again, honestly can't stand him",
        "The doctor on nights is useless.",
    ],
)
def test_what_a_rewrite_leaves_of_a_colleague_is_still_a_target(text):
    assert "venting" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I work in finance and the traffic this morning was so annoying.",
        "The weather is so annoying, rain again.",
        "The prime minister is useless, again.",
        "Ugh my day was awful, three trains cancelled again.",
        "I hate going to the doctor.",
        "Dr Hale was brilliant today, thank you.",
        "Got an email from accounts about my expenses, all sorted.",
    ],
)
def test_venting_about_ones_own_day_or_the_world_is_no_target(pipeline, detector, text):
    assert "venting" not in {r.kind for r in pipeline.review(text, detector.detect(text))}
