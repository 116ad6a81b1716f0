"""DateInOtherLanguagesRecognizer (times/date_in_other_languages.py): a day and month as other languages write
them ("14. novembra", "2 de setembre", "május 12-én", "14.11."), and never a version, a section, a clock time
or a chocolate bar."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.date_in_other_languages import DateInOtherLanguagesRecognizer

DATE = DateInOtherLanguagesRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in DATE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Ročište 14. novembra, opštinski sud.", "14. novembra"),
        ("Natten til den 3. februar kl. 02:14 gik systemet ned", "3. februar"),
        ("ha canviat tots els horaris el 2 de setembre SENSE avisar", "2 de setembre"),
        ("avant le closing du 14 mars 😰", "14 mars"),
        ("duruşma 14 Kasım'da", "14 Kasım'da"),
        ("суд 12 листопада о 10:00", "12 листопада"),
        ("Még nincs ítélet, folytatás május 12-én.", "május 12-én"),
        ("teismas birželio 5 d. Vilniuje", "birželio 5 d."),
        ("die Brauerei wird zum 1. Juli übernommen", "1. Juli"),
        ("tá razia v Petržalke 14.11. o 5:30 ráno", "14.11."),
    ],
)
def test_dates_in_other_languages(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "ate 3 Mars bars on the night shift",  # a chocolate bar, not March
        "iOS 17.4. is out and it broke the app",  # a version
        "see section 3.4. for the details",
        "prod deploy at 11, chai at 11.05. Kindly note",  # a clock time closing its sentence
        "rose to 3.4. Then it fell",  # a decimal
        "Eglė sako, kad iki birželio nieko nežino",  # a month with no day
        "Maja 12 sa",  # a name (Polish "maja" is a month only after its day)
        "#8mars journée des droits des femmes",  # a hashtag
    ],
)
def test_not_dates(text):
    assert texts(text) == []
