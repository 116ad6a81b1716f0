"""CodenameRecognizer (business/codename.py): Codenames: "Project Falcon", "Operation Nightfall", "codenamed
Bluebird"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.codename import CodenameRecognizer

CODENAME = CodenameRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Project Falcon is finally live", "Project Falcon"),
        ("Project Nightingale ships to the client next Monday", "Project Nightingale"),
        ("Operation Nightfall kicks off", "Operation Nightfall"),
        ("The Project Falcon team is hiring", "Project Falcon"),
        ("the app, codenamed Bluebird, launches soon", "Bluebird"),
    ],
)
def test_codenames(text, found):
    assert texts(CODENAME, text) == [found]


@pytest.mark.parametrize(
    "text",
    ["I'm a Project Manager now", "Programme Lead interviews today", "project falcon in lowercase is just words"],
)
def test_job_titles_are_not_codenames(text):
    assert texts(CODENAME, text) == []
