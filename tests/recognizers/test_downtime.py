"""DowntimeRecognizer (business/downtime.py): how long a company's own or a named company's system was down;
a public service down, a ward's machine or the writer's own lost time is not read."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.downtime import DowntimeRecognizer

DOWN = DowntimeRecognizer()


def found(text):
    return [(text[r.start : r.end], r.recognition_metadata["suggestion"]) for r in DOWN.analyze(text, None)]


@pytest.mark.parametrize(
    "text, length, suggestion",
    [
        ("Don't tell anyone but our booking platform was down for 14 hours over the bank holiday.", "14 hours",
         "several hours"),
        ("Northwind Logistics's tracking portal went offline for 2 days and the phones melted.", "2 days",
         "several days"),
        ("The API at Bramble Energy was unavailable for about 40 minutes during the launch.", "40 minutes",
         "several minutes"),
        ("Someone's migration took down the payments service for 5 hrs on Friday.", "5 hrs", "several hours"),
        ("Turns out we lost 3 days of customer orders in that restore.", "3 days", "several days"),
        ("Our client had an outage — 7 hrs, every branch on paper.", "7 hrs", "several hours"),
    ],
)
def test_a_businesss_own_downtime(text, length, suggestion):
    assert found(text) == [(length, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "The X-ray machine was down for 3 hrs so we sent everyone to the annex.",  # a machine on a ward
        "WhatsApp down for 15 minutes and my family group chat panicked.",  # a public service
        "Broadband went down for 2 hours, read a whole book.",  # the writer's own home
        "our wifi at the flat was down for 6 hours",  # the writer's own home, said as theirs
        "Lost 2 hours to a missing semicolon today.",  # the writer's own time
        "I lost 3 hours of sleep over that bug.",  # the writer's own time
        "The Azure outage, 4 hours of nothing working for anyone.",  # a public outage
    ],
)
def test_public_or_personal_downtime_is_left(text):
    assert found(text) == []
