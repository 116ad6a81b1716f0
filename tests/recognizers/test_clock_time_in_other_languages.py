"""ClockTimeInOtherLanguagesRecognizer (times/clock_time_in_other_languages.py): "às 5h10", "à 23h", "u 22h",
"klo 9", "Klo 04.17, 04.31 ja 04.50"; never a length of time ("12h de garde", "in 3h10", "a 12h night shift")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.clock_time_in_other_languages import ClockTimeInOtherLanguagesRecognizer

CLOCK = ClockTimeInOtherLanguagesRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in CLOCK.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("A D. Esperança partiu esta madrugada às 5h10, no quarto 12.", "5h10"),
        ("m'a envoyé une demande d'ami hier soir à 23h 😬", "23h"),
        ("Majka me opet zvala u 22h jer", "22h"),
        ("mais embargo bi 10h la!", "10h"),
        ("on se voit à 14h30 devant le tribunal", "14h30"),
        ("Espoo, klo 9, ja mä en oo nukkunu.", "klo 9"),
        ("Klo 04.17, 04.31 ja 04.50, kaikki voi hyvin", "Klo 04.17, 04.31 ja 04.50"),
        ("Natten til den 3. februar kl. 02:14 gik", "kl. 02:14"),
    ],
)
def test_clock_times_in_other_languages(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "après un 12h de garde je suis morte",  # a length of time
        "ran it in 3h10, new PB",
        "straight in for a 12h night shift",
        "Ran my first Belfast Marathon Sunday, 4h52, legs in bits",  # a finishing time, no "at" before it
        "ordered about 2h ago still nothing",
        "the h2h record is 10h",
        "Sorti vivant du puits après 2h, chapeau aux pompiers",  # after two hours
    ],
)
def test_not_clock_times(text):
    assert texts(text) == []
