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
