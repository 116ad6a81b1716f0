"""ongoing_case (session 38): a matter reported to, held or opened by those who investigate, prosecute or
rule, told with no legal term the process lists know, is a live case; a report the post only advises, a
body's everyday sense, and a matter the sentence closes are not."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        # the body holding it now
        "I won't be posting about last night while the procurator fiscal's involved, sorry folks.",
        "Kid turned up at the nursery gate with a stranger and the sheriff's office has been called.",
        "The fraud team are dealing with it and I've to keep my mouth shut about my client's account.",
        # taken to the body
        "My trainee's supervisor kept signing off hours she never worked, so I've referred it to professional standards.",
        "Escalated the whole thing to the LADO this afternoon after what the lad told me.",
        # left with it, or waited on
        "Nothing more I can say about the Hendry boy, it's still with the Crown Office.",
        "Still waiting on the coroner for my patient from March.",
        # the body's word still to come
        "Six months since my client's dismissal and the tribunal still hasn't ruled.",
        # a matter opened, or its date moved
        "Internal inquiry kicks off tomorrow into what our night manager did with the petty cash.",
        "We opened a formal investigation into the bus driver after the parents' complaint.",
        "My client's arraignment got pushed back again, third time now.",
    ],
)
def test_a_matter_held_by_those_who_investigate(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # advice to every reader
        "If you see a car parked on the zigzags, please report it to the police.",
        "Anyone with information should contact the sheriff's office, not DM me.",
        # a body's everyday sense
        "Fiscal year end is next week and finance are dealing with it, thank god.",
        "The panel at the careers fair were brilliant, three of our sixth formers got placements.",
        # over
        "The tribunal ruled in my client's favour back in 2019 and it ended well.",
        # the writer's own life, nobody served
        "Our new neighbour is a fire marshal, she called round with a cake and a smoke alarm leaflet.",
    ],
)
def test_not_a_matter_held(text):
    assert "ongoing_case" not in kinds(text)
