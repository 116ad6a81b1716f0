"""The labelled sets no model may be trained on: the helpers' hold-outs (scored at the start and end of a piece
of work, never tuned on) and the project's dev sets. The training scripts read this one list, so a set put aside
here is put aside for every model."""

HELD_OUT_STEMS = frozenset({
    "writer_n",  # fresh_drafts: session 11's hold-out
    "writer_w", "writer_x", "writer_y", "writer_z", "writer_za",  # risk_drafts: the hold-outs since session 15
    "dev_drafts", "dev_drafts2",  # ../shared/data: the project's measuring sets
})
