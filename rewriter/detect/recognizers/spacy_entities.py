"""spaCy's people, places and organisations, minus the ones the small model gets wrong in posts.

The small English model labels a capitalised ordinary word at the start of a sentence as an
organisation ("Software is glamorous.", "Court report for ..."), and ward or job acronyms as
organisations ("in ICU", "our HR team"). A post with nothing identifying must come back clean, so:
- a one-word entity that starts a sentence and is an everyday dictionary word is dropped;
- days, months, holidays and languages are dropped (the time recognizers judge those);
- workplace acronyms that name a kind of unit, not a particular one, are dropped.
"""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from . import lexicon
from .doc_tokens import is_sentence_initial

# Kinds of unit, team or role, the same in every hospital, school or company.
WORKPLACE_ACRONYMS = frozenset(
    """
    ICU NICU PICU HDU CCU ITU SCBU MAU AMU CDU ED ER OR A&E GP GPs SEN SENCO SENDCO EHCP CAMHS ADHD ASD OCD PTSD
    DBT CBT EMDR PE RE IT HR PR QA UX UI CEO CFO CTO COO VP EBITDA KPI KPIs OKR OKRs ROI PB PBs PR PRs
    MRI CT ECG EKG IV DNR NG PEG OT PT SLT SALT HCA RN RGN RMN NQT PGCE GCSE GCSEs SATs ASAP FYI DM DMs
    ATM IBAN SSN PIN ID DOB VAT PAYE NI ZIP SIM
    """.split()
)


class CheckedSpacyRecognizer(SpacyRecognizer):
    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None or not results:
            return results
        starts = {t.idx: t.i for t in doc}
        kept = []
        for r in results:
            span_text = text[r.start : r.end]
            words = span_text.split()
            if span_text in WORKPLACE_ACRONYMS or all(lexicon.is_not_a_name(w) for w in words):
                continue
            first = starts.get(r.start)
            if (
                len(words) == 1
                and first is not None
                and r.entity_type != "PERSON"
                and is_sentence_initial(doc, first)
                and lexicon.is_ordinary_word(span_text)
            ):
                continue
            kept.append(r)
        return kept
