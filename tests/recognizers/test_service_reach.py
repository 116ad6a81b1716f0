"""ServiceReachRecognizer (places/service_reach.py): how far the only service around reaches ("the only dentist
for 90 miles"): the distance places a remote writer; a journey's distance is not read."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.service_reach import ServiceReachRecognizer

REACH = ServiceReachRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in REACH.analyze(text, None)]


@pytest.mark.parametrize(
    "text, distance",
    [
        ("Being the only dentist for 90 miles means I see every toothache in the valley.", "90 miles"),
        ("We're the one birth centre for 150km, so the nights are long.", "150km"),
        ("Only women's refuge within 60 km of the border and the phone never stops.", "60 km"),
        ("There are only three of us for about 200 kilometres, counting the locum.", "200 kilometres"),
        ("The sole hearing clinic in 45 miles closed last week.", "45 miles"),
        ("Ours is the only nursing home for 50 miles around.", "50 miles"),
    ],
)
def test_the_reach_of_a_lone_service(text, distance):
    assert texts(text) == [distance]


@pytest.mark.parametrize(
    "text",
    [
        "I only walked for 5 km today before my knee gave up.",
        "She was the only one who ran 10 km in the rain.",
        "Only driving for 20 miles and my back is already sore.",
        "Did one more loop for 8km run club tonight.",
        "The only limit was 70 miles per hour on that stretch.",
        "The only clinic in town is open late on Thursdays.",
    ],
)
def test_a_journey_or_a_speed_is_not_a_reach(text):
    assert texts(text) == []


def test_the_rewrite_keeps_the_remoteness():
    result = REACH.analyze("Only podiatrist for 70 miles, so book early.", None)[0]
    assert result.entity_type == "FIGURE"
    assert result.recognition_metadata["suggestion"] == "miles"
