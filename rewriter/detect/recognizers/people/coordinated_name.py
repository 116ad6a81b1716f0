"""A capitalised word joined by "and" to a person already found is a person too: "Mason and Lily" when
only "Lily" was found, "Priya and Hunter". A second-pass recognizer: it reads the people the first pass
named (see support/people.py, where the rule itself lives, since the others of the second pass read
these names too)."""

from __future__ import annotations

from ..support.people import JOINED_NAME_SCORE, SecondPassRecognizer, names_joined_by_and


class CoordinatedNameRecognizer(SecondPassRecognizer):
    ORDER = 790  # its results go among the name recognizers'
    ENTITY = "PERSON"
    WHY = "A word joined by 'and' to a person's name is most likely another person's name."

    def build_on(self, text, nlp_artifacts, people):
        return [self.result(s, e, JOINED_NAME_SCORE) for s, e in names_joined_by_and(text, nlp_artifacts, people)]
