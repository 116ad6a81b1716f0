"""Which of spaCy's entity labels the detector takes, and as which Presidio entity type.

Read by the engine (Presidio's NER configuration) and by the recognizer that checks spaCy's entities
(the types it reports), so it sits below both.
"""

from __future__ import annotations

# spaCy labels we take from the statistical model. DATE/TIME/CARDINAL are left out on purpose: the
# model tags "today" or "this weekend" as dates, which are not identifying; our own recognizers find
# the specific times that are.
SPACY_LABEL_MAP = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}
SPACY_IGNORED_LABELS = (
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY",
    "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
)
