"""Deterministic, role-aware generalisation: the floor the language model has to beat.

Each detected span is replaced by a general phrase chosen from its type, the writer's role and the words
around it, and the sentence is then tidied so it still reads well:

    "my colleague Will"               -> "my colleague"          (a name after a role noun keeps the role)
    "mum Aisha"                       -> "the mum"
    therapist: "Marcus told me"       -> "A client told me";  "Marcus's" -> "my client's"
    nurse: "Mr. Kowalski in bed 12"   -> "a patient"
    teacher: "Lily Chen in my Year 5 class" -> "a student in my class"
    "a 92-year-old"                   -> "an older patient"; "a 13yo client" -> "a teenage client"
    "Oakfield Primary"                -> "a local school";   "Ward 7" -> "a hospital ward"
    "next Monday"                     -> "soon";              "on Sunday" -> "recently"
    "$12.5M"                          -> "a significant sum"; "Project Falcon" -> "a new project"

No model is involved, so the result is the same every time, and it is verified like any other candidate.

``driver`` sends each span to the handler for its family of kinds (``people``, ``ages``, ``places``,
``organisations``, ``times``, ``figures``, ``references``, ``contacts``, ``details``), which share a
``context.Context``; ``english`` holds the articles, possessives, capitals and tidy-up they all use.
``stories`` gives the post-level risks the review raised their general form where one reads as well
(someone else's condition -> "a health condition", a photo offer dropped, "the only X at Y" -> "a X", a
news story's event and roles, a story's durations and distances), which the driver stitches in too.
"""

from .driver import Generalised, Replacement, generalise, in_context, suggested_in_context

__all__ = ["Generalised", "Replacement", "generalise", "in_context", "suggested_in_context"]
