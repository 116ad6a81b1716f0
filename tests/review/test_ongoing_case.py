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
    ],
)
def test_a_case_still_to_run(text):
    assert "ongoing_case" in kinds(text)
