"""How many tokens the model may write for a draft, and whether the draft fits the model at all.

A fixed ``max_tokens`` either cuts a long post short (the answer is then refused, and the time spent on
it lost) or lets a short one ramble. The answer a rewrite needs is about as long as the draft: it is
given the draft's length times the longest the quality gate accepts, plus some headroom, within what the
context window leaves after the prompt. A draft whose prompt leaves no room for a whole answer is not
sent at all: the generalised text is offered, and the note says why.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..verify.quality import MAX_LENGTH_RATIO

# What a backend that cannot count tokens (a stand-in, another engine) is allowed to write.
UNSIZED_MAX_TOKENS = 512

# Tokens beyond the draft's own length times MAX_LENGTH_RATIO: a short draft's answer may change more.
HEADROOM_TOKENS = 32


@dataclass(frozen=True)
class Budget:
    max_tokens: int  # what the model may write this time; 0 when the draft does not fit
    why_not: str = ""  # when it does not fit: why, in words for the user

    @property
    def fits(self) -> bool:
        return self.max_tokens > 0


def plan(prompt_tokens: int, draft_tokens: int, context: int, cap: int = 0) -> Budget:
    """The budget for one attempt: ``prompt_tokens`` the whole chat sent, ``draft_tokens`` the draft in
    it, ``context`` the model's window, ``cap`` the configured most (0: none)."""
    wanted = int(draft_tokens * MAX_LENGTH_RATIO) + HEADROOM_TOKENS
    if cap:
        wanted = min(wanted, cap)
    room = context - prompt_tokens
    # an answer shorter than the draft itself would be cut off and refused: not worth the model's time
    if room < min(wanted, draft_tokens):
        return Budget(0, f"the draft is too long for the model (the prompt takes {prompt_tokens:,} tokens and the answer "
                         f"about {draft_tokens:,} more; its context holds {context:,}: [model] context_size)")
    return Budget(min(wanted, room))
