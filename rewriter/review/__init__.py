"""Post-level review: what in a draft, beyond names and numbers, could identify someone or break a
confidence (a story in the news, a rare case, a small community, a live case, a photo, private contact
with a client, venting, confidential business news, someone's health), and a post
written mostly in a script the checker cannot read. One rule per kind; cue lists in
``rewriter/data/review_*.txt``. No Textual here, ever."""

from ..kinds import RISK_KINDS, RiskKind
from .reviewer import Reviewer
from .risk import Risk

__all__ = ["RISK_KINDS", "Reviewer", "Risk", "RiskKind"]
