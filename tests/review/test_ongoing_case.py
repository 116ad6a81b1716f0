"""ongoing_case: a live legal, disciplinary, safeguarding or custody case the writer or a client is part
of raises a risk; everyday phrases that share its words, and public trials, do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "Giving evidence at my client's custody hearing tomorrow, wish me luck.",
        "The trial starts Monday and I'm a witness. Can't sleep.",
        "My colleague's disciplinary is next week and management are hiding things.",
        "Made my third safeguarding referral this term for the same family.",
        "The inquest into the death on our ward resumes in March.",
        "Police are investigating and we've all been interviewed about the patient who went missing.",
        "My client's tribunal claim against her employer is finally listed.",
        "Court tomorrow for the final hearing in the care proceedings for the kids I work with.",
        # a lawyer on their own case; a case by its parties with the judge in it
        "Yes, I'm representing the lad from that story. No, I won't say more.",
        "Day 3 of Okafor v Brightline Foods and the judge is clearly bored. Client is furious.",
    ],
)
def test_a_live_case(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lunch at the food court between clinics, living the dream.",
        "Started a free trial of a new note-taking app.",
        "New hearing aids for my dad and he can finally hear the telly.",
        "My daughter's moot court final was brilliant.",
        "The jury is still out on whether the new rota works.",
        "Trial and error is how I learned to cannulate.",
        "Don't judge me, I had cake for breakfast.",
        "Just in case anyone needs it: the clinic number has changed.",
        "Basketball court at the school is finally resurfaced.",
        "The clinical trial results for the new drug are out.",
    ],
)
def test_everyday_words_of_the_law(text):
    assert "ongoing_case" not in kinds(text)


def test_a_published_ruling_the_writer_only_reads_is_no_live_case():
    text = (
        "1/ The Supreme Court ruling today on the policy is worth reading in full. 2/ The judgment is long but "
        "the core reasoning is clear. 3/ As a social worker who works with asylum seekers every day, I'll share "
        "a few thoughts in a thread below."
    )
    assert "ongoing_case" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pharmacist in that story on the news? Used to work with him. Court date is 3 Oct.",
        "Sharing what the other side sent before deleting it. The judge is going to LOVE this on Thursday.",
        # an end still to come: "is over" after "until" is no case that has ended
        "I act for one of the families and I'm saying nothing until the inquest is over.",
        "My client can't move house till the hearing has ended, so we wait.",
    ],
)
def test_a_case_still_to_run(text):
    assert "ongoing_case" in kinds(text)


# Classes found in drafts by other writers (issue 11, writers c and d): a case told through its steps
# (mediation, a deposition, a full hearing, a legal hold, testimony), its kind (a class action, an unfair
# dismissal claim, a fraud case), the court it stands before, a complaint taken to a regulator, or a month
# it runs in. Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "My client's unfair dismissal claim goes to mediation on Tuesday and she's a wreck.",
        "Being deposed on Friday about the ward's staffing. I've never been so nervous.",
        "The complaint about my practice is going to a full hearing and I'm told to say nothing.",
        "We've been put on a legal hold at work, so every email I send is now evidence.",
        "Asked to give expert testimony for the family, first time for me.",
        "Can't comment on the class action my old firm is part of, sorry folks.",
        "One of the lads I mentor has been charged after the fight at the bus station.",
        "Report's done and the kids' case is before the court next week.",
        "Her son has taken the complaint about our care to the ombudsman now.",
        "Hearing's in October for the boy I've been working with since spring.",
    ],
)
def test_a_live_case_told_through_its_steps(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peer mediation training for our Year 6 helpers went really well today.",
        "Book club picked a courtroom thriller and the testimony scenes were gripping.",
        "Our annual review into staff wellbeing is out and the results are lovely.",
        "The ombudsman's annual report is an interesting read on complaint handling in general.",
        "Went to see the court in Bath on holiday, gorgeous Georgian building.",
    ],
)
def test_near_misses_of_a_live_case(text):
    assert "ongoing_case" not in kinds(text)


# A case the sentence says is over is no live case (the guidance asks the writer not to comment on an
# ongoing one); one still to run stays a risk, said by its day ("on the 9th") too.
@pytest.mark.parametrize(
    "text",
    [
        "The custody case I worked on back in 2016 ended well and the boys are thriving.",
        "Eight years ago I gave evidence at a trial that taught me more than my degree.",
        "The disciplinary I was dreading has concluded, and I can finally sleep.",
    ],
)
def test_a_case_that_is_over(text):
    assert "ongoing_case" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My client was acquitted years ago but the appeal hearing is next month.",
        "A dad from a case I closed years ago wants my notes changed before his tribunal on the 14th.",
    ],
)
def test_a_past_case_beside_one_still_to_run(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new sentencing guidelines start next month. I'll post a summary of what changes for early pleas.",
        "We need to talk about Crown Court backlogs. Victims wait years for justice.",
        "Proud of my old flatmate, sworn in as a judge this morning.",
        "Thinking about becoming a magistrate next year. Any of you done it?",
    ],
)
def test_the_justice_system_in_general_is_no_case(text):
    assert "ongoing_case" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sentencing for my client is next month. Fingers crossed.",
        "The judge in my client's hearing tomorrow is known to be strict.",
    ],
)
def test_a_case_the_writer_is_in_still_counts(text):
    assert "ongoing_case" in kinds(text)


def test_a_case_word_in_a_hashtag_is_a_topic():
    text = "Ten years qualified today and I still love drafting a good contract. #Litigation #LawyersOfLinkedIn"
    assert "ongoing_case" not in kinds(text)


def test_a_case_word_outside_the_hashtags_still_counts():
    text = "My client's trial starts tomorrow and I haven't slept. #Litigation"
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sitting in on a disciplinary Monday for a driver who's been here 22 years.",
        "The boy from the children's home has a case conference Thursday. Holding my breath.",
        "Our CEO has been messaging a junior staffer at midnight. Investigation opens Monday.",
        "A girl in my tutor group disclosed today. Police are involved now.",
    ],
)
def test_a_case_still_to_run_by_its_weekday_or_its_safeguarding_steps(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The disciplinary hearing last Monday was the last one I'll ever sit in on, it ended well.",
        "Case conference training for new social workers runs on Thursday.",
        "Bail reform is on the agenda at the law society dinner.",
    ],
)
def test_a_case_that_is_over_or_the_systems_workings(text):
    assert "ongoing_case" not in kinds(text)
