"""Why a span matters and what to say instead, in words a non-programmer reads at a glance."""

from __future__ import annotations

# Who the people in a post usually are, by the writer's role.
PERSON_BY_ROLE = {
    "therapist": "a client",
    "counsellor": "a client",
    "psychologist": "a client",
    "nurse": "a patient",
    "midwife": "a patient",
    "doctor": "a patient",
    "paramedic": "a patient",
    "pharmacist": "a customer",
    "care worker": "a resident",
    "teacher": "a student",
    "coach": "an athlete",
    "social worker": "a family member",
    "lawyer": "a client",
    "support": "a customer",
    "support agent": "a customer",
    "hr": "a colleague",
    "engineer": "a colleague",
    "analyst": "a client",
    "other": "someone",
}

ORGANIZATION_BY_ROLE = {
    "engineer": "a client company",
    "analyst": "a client company",
    "lawyer": "a company",
    "hr": "my employer",
    "support": "a company",
    "support agent": "a company",
}

WHY = {
    "PERSON": "A name can identify someone directly.",
    "LOCATION": "A named place narrows down who this is about.",
    "STREET_ADDRESS": "An address points to where someone lives or works.",
    "ORGANIZATION": "Naming an organisation can reveal a client, employer or customer.",
    "FACILITY": "A named ward, room, school or home narrows down who this is about.",
    "AGE": "An exact age, with other details, can single someone out.",
    "EMAIL_ADDRESS": "An e-mail address identifies a person directly.",
    "PHONE_NUMBER": "A phone number identifies a person directly.",
    "URL": "A link can lead straight to a person or organisation.",
    "HANDLE": "A social media handle identifies a person directly.",
    "IP_ADDRESS": "An IP address can be traced to a person or place.",
    "CREDIT_CARD": "A card number is confidential financial data.",
    "IBAN_CODE": "A bank account number is confidential financial data.",
    "REFERENCE_NUMBER": "A case, ticket or customer number can be looked up.",
    "DATE_TIME": "A specific date or time can link the post to a real event.",
    "CODENAME": "A project codename is confidential business information.",
    "MONEY": "An exact amount can be confidential business data.",
    "FIGURE": "An exact result or count can be confidential business data.",
    "DISTINCTIVE_DETAIL": "A detail like this can single a person out even without a name.",
    "WATCHED": "This is on your watch list.",
}

SUGGESTION = {
    "LOCATION": "a local area",
    "STREET_ADDRESS": "a local street",
    "ORGANIZATION": "an organisation",
    "FACILITY": "a local service",
    "AGE": "a person",
    "EMAIL_ADDRESS": "(contact details removed)",
    "PHONE_NUMBER": "(contact details removed)",
    "URL": "(link removed)",
    "HANDLE": "someone",
    "IP_ADDRESS": "(address removed)",
    "CREDIT_CARD": "(card number removed)",
    "IBAN_CODE": "(account number removed)",
    "REFERENCE_NUMBER": "a case",
    "DATE_TIME": "recently",
    "CODENAME": "a new project",
    "MONEY": "a significant sum",
    "FIGURE": "a notable change",
    "DISTINCTIVE_DETAIL": "a detail that does not single anyone out",
    "WATCHED": "a general term",
}


def person_for(role: str) -> str:
    return PERSON_BY_ROLE.get(role, "someone")


def why_for(entity_type: str) -> str:
    return WHY.get(entity_type, "This could help someone work out who or what the post is about.")


def suggestion_for(entity_type: str, role: str) -> str:
    if entity_type in ("PERSON", "HANDLE", "AGE"):
        return person_for(role)
    if entity_type == "ORGANIZATION":
        return ORGANIZATION_BY_ROLE.get(role, "an organisation")
    return SUGGESTION.get(entity_type, "something more general")
