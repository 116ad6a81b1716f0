"""People and their handles: "my colleague Will" -> "my colleague", "mum Aisha" -> "the mum",
therapist: "Marcus told me" -> "A client told me", "Marcus's" -> "my client's", "Dr. Okafor" -> "a doctor"."""

from __future__ import annotations

import re

from .. import vocab
from ..detect.work_talk import is_guess, served_near, work_score
from ..spans import Span
from ..detect.recognizers.support.lexicon import is_listed_as_name, is_ordinary_word
from .context import NAME_TITLES, OCCUPATIONS, ROLE_NOUNS, Context, PersonNoun, Replacing, name_tokens
from .english import (ARTICLES, CALLED_ENDS, comma_kept_after_aside, CALLING_BEFORE, DETERMINERS, FUNCTION_WORDS, is_described_modifier, is_sentence_start, next_word,
                      opens_after_emoji, opens_sentence,
                      possessive_after, space_after, with_article)
from .ages import age_span
from .names import _is_past_form
from .organisations import is_company, kind_of_business, organisation_span
from .places import place_span


# Words between a determiner and its role noun that show the determiner belongs to another noun
# ("my colleague said mum Aisha ..."): speech and meeting verbs.
_NOT_ADJECTIVES = vocab.words("speech_verbs")

# Before a name, these make it a place ("in Wagga", "near Kendal"); "confide in Sam" and "believe
# in Sam" are the exceptions.
_PLACE_PREPOSITION = re.compile(r"(?i)(?<!confide )(?<!believe )(?<!confided )(?<!trust )\b(?:in|near|outside|around|across|throughout)\s+$")


# Someone "from" a name is from a place ("the lass from Thornbeck", "anyone from Crosby", "a boy from Taman
# Perling"); a thing from a name is from a person ("a card from Sarah"), and stays so.
_PERSON_FROM = re.compile(
    r"(?i)\b(?:anyone|anybody|everyone|everybody|someone|somebody|no\s?one|nobody|lass|lasses|lad|lads|boy|boys|"
    r"girl|girls|man|men|woman|women|guy|guys|kid|kids|family|families|people|folk|fella|bloke|youth|youths|"
    r"survivor|suspect|farmer|lady|ladies|couple)\s+from\s+$"
)
# What may follow a bracketed name up to its closing bracket and still say nothing but who and how old.
_BRACKET_REST = re.compile(
    r"(?:\s*(?:,|&|\band\b|\bnow\b|\bboth\b|\baged?\b|\d{1,3}(?:\s*(?:yo|y/o|yrs?|years?(?:\s+old)?))?\b|"
    r"(?-i:[A-Z][\w'’-]+)|!+|\?+))*\s*\)",
    re.IGNORECASE,
)


# A job title in capitals and a first name taken as one name ("Our [GC Marcus] is leaving", "my [PM Sarah]"),
# after a determiner that makes it someone's: the title says who they are and stays, the name goes. The
# name is one capitalised word the dictionary does not know ("our CEO Summit" is an event, kept as it was).
_ROLE_ACRONYMS = vocab.words("role_acronyms")
_OWNER_BEFORE = re.compile(r"(?i)\b(?:our|my|his|her|their|your|the|new|former|ex|old)[ \t]+$")
_TITLE_AND_NAME = re.compile(r"([A-Z]{2,4})[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")


def role_acronym_named(ctx: Context, span: Span) -> Replacing | None:
    """"Our GC Marcus is leaving" -> "Our GC is leaving": the role in capitals kept, the name gone, whatever
    kind the detector gave the pair (a title in capitals reads to it as a firm's)."""
    m = _TITLE_AND_NAME.fullmatch(span.text.strip())
    if m is None or m.group(1).lower() not in _ROLE_ACRONYMS or is_ordinary_word(m.group(2)):
        return None
    if not _OWNER_BEFORE.search(ctx.text, max(0, span.start - 12), span.start):
        return None
    name_start = span.start + span.text.index(m.group(2))
    ctx.mention(span.moved(name_start, name_start + len(m.group(2)), m.group(2)), m.group(1).lower())
    return span.start, span.end, m.group(1)


# "the" right before a name, and where the named thing stands after it: "the Priceline up the road".
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he\s+$")
_WHERE_AFTER = re.compile(r"\s+(?:up|down|round|around|across|along|near|opposite|past|beside|behind|next\s+to)\s+"
                          r"(?:the|from|on|in|at|us|our|my|here|there|by)\b")


def person_span(ctx: Context, span: Span) -> Replacing:
    text = ctx.text
    if _SCHOOL_YEAR.fullmatch(span.text.strip()):
        # "a very patient Form 4 class" read as a name after "patient": a school year, said as one ("a
        # very patient class"), never a person ("a very the patient class")
        return age_span(ctx, span)
    if span.entity_type == "PERSON" and is_company(span.text) and " " in span.text.strip():
        return organisation_span(ctx, span)  # "Stark Retail" tagged as a person
    if span.entity_type == "PERSON" and kind_of_business(span.text) and " " in span.text.strip() and not possessive_after(text, span.end):
        # "Tŷ Gwyn Dental in Llanfechan, I'm naming you" tagged as a person: a business, said by its kind ("A dental
        # practice, I'm naming you", never "Someone, I'm naming you"); spoken to alone, it goes ("Vantage Chemists, I
        # expected better." -> "I expected better.")
        return _vocative(ctx, span, span.start, span.end) or organisation_span(ctx, span)
    if span.entity_type == "PERSON" and (_PLACE_PREPOSITION.search(ctx.left(span.start)) or _PERSON_FROM.search(ctx.left(span.start))) and not possessive_after(text, span.end):
        # "a test track in Milton Keynes", "out near Gundagai": nobody is "in someone"; the small
        # model often takes a town for a person
        return place_span(ctx, span)
    if span.entity_type == "PERSON" and _THE_BEFORE.search(ctx.left(span.start)) and _WHERE_AFTER.match(text, span.end):
        # "the Priceline up the road", "the Kellmore down the street": "the" and a name with where it stands is
        # a shop or a place, said as one ("the place up the road"), never "someone up the road" or "the up the road"
        return span.start, span.end, "place"
    start, end = span.start, span.end
    poss = possessive_after(text, end)
    if start > 0 and text[start - 1] in "'‘\"“" and text[end : end + 1] in "'’\"”" and not text[end + 1 : end + 2].isalpha():
        # "'Big Dom' in facilities": a nickname goes with its quotes (the closing one is no possessive)
        start, end, poss = start - 1, end + 1, 0
    elif text[end : end + 1] in "'’\"”" and not text[end + 1 : end + 2].isalpha() and not poss:
        # "'Big Dave' behind the bar" with only "Dave" found: the word before it inside the quotes is the
        # nickname's own ("Big", "Wee"), which goes with it (never "'Big a patient'")
        inside = _NICKNAME_OPENING.search(text, max(0, start - 20), start)
        if inside and inside.group(1).lower() in _NAME_ADJECTIVES:
            start, end = inside.start(), end + 1
    if re.search(r"['’]s?$", span.text) and not poss:  # the detector kept "Marcus's" whole
        end = span.start + len(re.sub(r"['’]s?$", "", span.text))
        poss = span.end - end
    dot = _trailing_period(text, span)

    who_is = _WHO_IS_AFTER.match(text, end) if not poss and _WHO_BEFORE.search(ctx.left(start)) else None
    if who_is and not _leading_title(span.text):
        # "I know exactly who Daan is" -> "I know exactly who they are": whom a "who ... is" clause asks after is
        # known to the one speaking, never "who someone is" (an indefinite names no one to know; session 40's judges)
        ctx.mention(span)
        return start, who_is.end(), "they " + ("are" if who_is.group(1).lower() == "is" else "were")
    welcomed = _WELCOMED.search(ctx.left(start)) if not poss else None
    if welcomed:
        # "Welcome to the world Isla 💕" -> "Welcome to the world 💕": the greeting needs no one named
        ctx.mention(span)
        group = _list_of(ctx, span)
        for member in group:
            ctx.mention(member)
        if welcomed.group(3) and not group:
            # "Welcome to the world little Hope" -> "... little one": the word for a newborn stays with its noun,
            # never "little patient" (the newborn is nobody's patient, client or student yet)
            return start, end, "one"
        if welcomed.group(2):  # "Welcome to the world baby Isla" -> "... baby": "baby" is the noun
            return ctx.cursor + welcomed.end(2), group[-1].end if group else end, ""
        return ctx.cursor + welcomed.end(1), group[-1].end if group else end, ""
    pair = _PEOPLE_NOUN_COMMA.search(ctx.left(start)) if not poss and _TWO_NAMES.fullmatch(span.text.strip()) else None
    listed = _list_of(ctx, span) if not (pair or poss) else []
    if listed and listed[0].start <= span.start < listed[0].end and _PEOPLE_NOUN_COMMA.search(ctx.left(start)):
        # "Brothers Tomasz and Piotr Nowak came in": the names listed after the word for the group, one span each
        pair = _PEOPLE_NOUN_COMMA.search(ctx.left(start))
        ctx.mention(span)
        for member in listed:
            ctx.mention(member)
        closing = re.match(r"\s*,", text[listed[-1].end:])
        return ctx.cursor + pair.start(1), listed[-1].end + (closing.end() if closing else 0), ""
    if pair:
        # "a real sweet couple, Hank & Marge from out by the lake" -> "a real sweet couple from out by the
        # lake": the names in apposition add nothing to who they are
        ctx.mention(span)
        closing = re.match(r"\s*,", text[end:])
        return ctx.cursor + pair.start(1), end + (closing.end() if closing else 0), ""

    bereaved = _BEREAVED_AFTER.match(text, end + poss) if poss and not ctx.has_met(span) else None
    if bereaved:
        # "Tom's widow Annie ... a photo of Tom" -> "The widow ... a photo of the late husband": the one
        # whose widow she is has died, and is neither the client nor the patient the post is about
        ctx.mention(span, "late wife" if bereaved.group(1).lower() == "widower" else "late husband")
        named = next((o for o in ctx.spans if o.start == bereaved.end() and o.kind.family == "person"), None)
        if named is not None:  # "widow Annie": she is the widow, her name goes with the possessive
            ctx.mention(named, bereaved.group(1).lower())
        start2, phrase = ctx.absorb_article(start, "a " + bereaved.group(1).lower())
        return start2, named.end if named is not None else bereaved.end(), phrase
    # "a customer called Summer Okoro" -> "a customer"; "her name's Grace Tolland" goes whole: the
    # clause only says who it was
    named = _named_clause(ctx, span, end + poss)
    if named is not None:
        return named
    # "someone (Kevin) ran a migration", "her daughter (Shanice) found me": a name in brackets after
    # the words that already say who it is goes with its brackets, and with the other names and ages in
    # them: "two siblings (Tyler, 6, and Mia, 4)", "a care leaver (Jade, now 18!!)"
    lead, _ = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")
    opened = re.search(r"([A-Za-z])\s*\(\s*$", ctx.left(lead))
    closed = _BRACKET_REST.match(text, end + poss) if opened else None
    if closed:
        ctx.mention(span)
        return ctx.cursor + opened.end(1), closed.end(), ""
    owner = _OWNER_SAID_BEFORE.search(text, max(0, start - 40), start)
    if owner and not poss and start - len(owner.group(1)) >= ctx.cursor:
        # "Big thank you to Bella's owner Mrs Pennington for the card" -> "... to a patient's owner for the card": the
        # animal's owner is said already, the name adds only who
        ctx.mention(span, "owner")
        return start - len(owner.group(1)), _drop_aside_after_person(text, end, 0), ""
    role_after = None if poss else _role_after(ctx, span, start, end)
    if role_after is not None:
        return role_after
    spoken_to = None if poss else _vocative(ctx, span, start, end)
    if spoken_to is not None:
        return spoken_to
    # "Our TL Pradeep", "their CFO James": the acronym after a determiner is the role; the name goes
    # (so is a short noun after one, "my guy Tavion", but never a time: "this week Mrs Pattinson" is a person)
    acronym = re.search(r"\b(?:" + vocab.alternation("determiners") + r")\s+(?!(?:week|year|day|days|term|time|month|night|eve)\b)"
                        # a title is no role acronym ("that Mr Mensah", "this Ms Tembo": "Mr" matches [A-Z]{2,4} once
                        # case is ignored); the title goes with the name, never "that Mr"
                        r"(?!(?:" + vocab.alternation("titles") + r")\b)(?P<role>[A-Z]{2,4})\s+"
                        r"(?P<title>(?:" + vocab.alternation("titles") + r")\.?\s+)?$", ctx.left(start), re.IGNORECASE)
    if acronym and not poss:
        # "My HOD Prof. Adeyemi" -> "My HOD": a title between goes with the name
        if acronym.group("role").isupper() or acronym.group("role").islower():
            ctx.mention(span)
        else:  # "the East Legon deal" -> "the East deal": a name's first word, no role; nobody was said
            ctx.mention_unsaid(span)
        return ctx.cursor + acronym.start("title") if acronym.group("title") else start, end + space_after(text, end), ""
    # "Our new manager at Brookfield Lodge, Gareth, has cut ...": a name in commas after the role it
    # names adds nothing but the name
    apposed = _apposition_after_role(ctx, start, end)
    if apposed is not None:
        ctx.mention(span)
        return apposed

    # "Aunty Funmi", "Judge Mortimer": the role noun is part of the span; it stays, the name goes (after
    # the role the text already gave, "my mentor Sister Angela", both go: below)
    inner = re.match(r"([A-Za-z][\w-]*)\.?\s+(?=\S)", text[start:end])
    if inner and _is_role_noun(inner.group(1)) and not _role_noun_before(ctx, start):
        return start, _drop_aside_after_person(text, end, poss), _titled(ctx, span, inner.group(1), start, poss) + dot
    # the title alone was taken for the name, the name after it left out: "'no broccoli Nanny Jess'" -> "the gran",
    # never "someone else Jess"
    named_after = _NAME_AFTER_TITLE.match(text, end) if not poss and span.text.strip().lower() in NAME_TITLES else None
    if named_after and span.text[:1].isupper():
        name_poss = possessive_after(text, named_after.end())
        return start, named_after.end() + name_poss, _titled(ctx, span, span.text.strip(), start, name_poss) + dot

    # "Our band 5 Rachel", "my Year 9 Josh": a grade or a school year with its determiner before the name says
    # which group they are one of; the noun for one of them takes the name's place (a band is staff, a year a
    # student), never "our band 5 a patient"
    graded = _GRADE_BEFORE.search(ctx.left(start)) if not _leading_title(span.text) else None
    if graded:
        mention = ctx.mention(span, "colleague" if graded.group(1).lower() == "band" else "student")
        noun = "colleague" if graded.group(1).lower() == "band" else (
            ctx.person.noun if ctx.person.noun in _CHILDREN or ctx.person.noun == "pupil" else "student")
        if mention == 2:
            noun = "other " + noun
        return start, end + poss, noun + ("'s" if poss else "") + dot
    # "last night, driver Musa is in hospital": a plain occupation opening its clause before the name is
    # the role, with the article it needs ("the driver is in hospital", never "driver someone")
    bare = _OCCUPATION_OPENS_CLAUSE.search(ctx.left(start))
    # (the role nouns are said by the rules below, which know a baby or a mum: only the occupations they leave)
    if bare and bare.group(1) in OCCUPATIONS and bare.group(1) not in FUNCTION_WORDS \
            and not is_listed_as_name(bare.group(1)) and not _leading_title(span.text):
        ctx.mention(span, bare.group(1))
        return ctx.cursor + bare.start(1), end + poss, "the " + bare.group(1) + ("'s" if poss else "") + dot
    # "my colleague Will", "mum Aisha", "her neighbour, Tom," -> keep the role noun alone; a title
    # between goes with the name ("Our consultant Dr Ravindran" -> "Our consultant")
    left = ctx.left(start)
    title_between = re.search(r"\s\b(?:" + vocab.alternation("titles") + r")\.?\s+$", left, re.IGNORECASE)
    if title_between:
        left = left[:title_between.start()] + " "
    m = re.search(r"(?:\b(\w+)\s+)?\b([A-Za-z][\w-]*)(\.)?\s*,?\s*(['‘\"“])?$", left)
    if m and m.group(3) and m.group(2).lower() not in _SHORT_TITLES:
        m = None  # "Thanks to the nurse. Akhtar came later": a full stop ends the sentence, unless it shortens a title
    apposition = m is not None and "," in left[m.end(2):]
    if m and apposition and not ((m.group(1) or "").lower() in DETERMINERS or _determined(text, ctx.cursor + m.start(2))):
        m = None  # "Mum, Dad, Funmi": a list, not "the dad"
    # (a job title in capitals is a role noun too: "CFO Tammy Gould literally told us" -> "The CFO literally told us")
    acronym_role = bool(m) and m.group(2).isupper() and m.group(2).lower() in _ROLE_ACRONYMS
    owned = bool(m) and m.group(2).lower() not in ROLE_NOUNS and _noun_owned_before(ctx, m)
    if m and (m.group(2).lower() in ROLE_NOUNS or acronym_role or _occupation_before(ctx, m) or owned) \
            and m.group(2).lower() not in FUNCTION_WORDS:
        det = (m.group(1) or "").lower()
        noun_start = ctx.cursor + m.start(2)
        noun = m.group(2)
        if acronym_role and not (det in DETERMINERS or det in ARTICLES or _determined(text, noun_start)):
            # "CFO someone" was a title cut from its name: the title says who, with the article it needs
            ctx.mention(span, noun.lower())
            tail = re.match(r"\s*,", text[end:]) if "," in left[m.end(2):] else None
            the = "The " if is_sentence_start(text, noun_start) else "the "
            return noun_start, end + poss + (len(tail.group(0)) if tail else 0), the + noun + ("'s" if poss else "") + dot
        if noun.lower() not in NAME_TITLES:
            ctx.mention(span, noun.lower())
        # a trailing comma of an apposition ("my colleague, Will, said") goes too; so does the closing quote of
        # a nickname ("our dispatcher 'Moose'")
        tail = re.match(r"\s*,", text[end + poss:]) if "," in left[m.end(2):] else None
        if m.group(4) and not tail and not poss:
            tail = re.match(r"['’\"”]", text[end:])
        new_end = end + poss + (len(tail.group(0)) if tail else 0)
        if not poss and not tail:
            new_end = _drop_weight_after_person(text, new_end)
            if (new_end > end and noun.lower() == "baby" and not det and not _determined(text, noun_start)
                    and _CLAUSE_ENDS.match(text, new_end)):
                # "Lovely couple today, baby Isla 8lb 1oz 💙": a birth, said whole ("the baby" dangles)
                return noun_start, new_end, ("A" if noun[0].isupper() else "a") + " new baby"
        suffix = ("'s" if poss else "") + dot
        if (m.group(1) and m.group(1)[0].isupper() and m.group(1).lower() not in FUNCTION_WORDS
                and is_sentence_start(text, ctx.cursor + m.start(1))):
            # "Student nurse Chloe did her first cannula": the words opening the sentence are the role's
            return noun_start, new_end, noun.lower() + suffix
        if noun.lower() in NAME_TITLES and _role_noun_before(ctx, noun_start) and not poss:
            # "our ward in-charge Sister Mini Thomas" -> "our ward in-charge": the role already said who
            # she is, the title goes with the name (never "our ward in-charge the sister")
            return ctx.cursor + len(ctx.left(noun_start).rstrip()), new_end, ""
        if noun.lower() in NAME_TITLES:  # "in front of Judge Harrington" -> "the judge"
            title_end = new_end if poss or tail else _drop_aside_after_person(text, new_end, 0)
            return noun_start, title_end, _titled(ctx, span, noun, noun_start, poss) + dot
        if det in DETERMINERS or det in ARTICLES or det in ("another", "one", "some") or owned or _determined(text, noun_start):
            return noun_start, new_end, noun + suffix
        if noun[0].isupper() and is_sentence_start(text, noun_start):
            return noun_start, new_end, noun + suffix  # "Client J.K.M. is ...": a note's label
        # "mum Aisha" -> "the mum"; a determiner-less title-like noun reads better with "the"
        first = m.group(1) or ""
        if _compound_modifier(first):
            # "license clerk Hubbard" -> "the license clerk": "the" goes before the words of the role
            return ctx.cursor + m.start(1), new_end, "the " + first + " " + noun + suffix
        return noun_start, new_end, "the " + noun + suffix

    # "Dr. Okafor" -> "a doctor"; "Mr. Kowalski" -> "a patient" (the title goes with the name)
    start, title = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")
    title_word = (title.group(1) if title else _leading_title(span.text) or "").lower()

    # "Mr and Mrs Okonkwo" -> "a couple": two titles share the one surname, so the first title belongs to
    # the name too (never "Mr and a client"), and it is two people said once
    couple = _TITLE_AND_BEFORE.search(ctx.left(start)) if title_word else None
    if couple:
        ctx.mention(span)
        couple_start = ctx.cursor + couple.start(1)
        phrase = "a couple's" if poss else "a couple"
        couple_start, phrase = ctx.absorb_article(couple_start, phrase)
        return couple_start, end + poss, phrase + dot

    # the name as an adjective: "the Okonkwo children" -> "the children"
    if not poss and ctx.is_modifier(start, end):
        ctx.mention_unsaid(span)
        return start, end + space_after(text, end), ""
    if not poss and not title and is_described_modifier(text, start, end, ctx.cursor) and _NOUN_AFTER_A_NAME.match(text, end):
        ctx.mention_unsaid(span)  # "Have you been to a Taylor Swift concert" -> "... a concert": the name describes
        return start, end + space_after(text, end), ""
    # "our 3 founders: Anna, Ben and Carl" -> "our 3 founders": the list only names the people just said
    said = _PEOPLE_JUST_SAID.search(ctx.left(start))
    if said and said.group(1).lower() in _PLURAL_ROLES and (_LISTED_NAMES.fullmatch(span.text.strip()) or _list_of(ctx, span)):
        group = _list_of(ctx, span)
        last_end = group[-1].end if group else end
        for member in group or [span]:
            ctx.mention(member)
        return ctx.cursor + said.end(1), last_end, ""

    # "little Noah", "old Col's heart": an adjective the name had needs an article now
    # ("Poor wee Rowan" -> "A poor wee patient": every adjective of the run goes after the article)
    # (a word of its own: not the "old" of "Ninety-four-year-old Bernard", whose age goes with it below)
    adjective = re.search(r"(?<![\w'’-])((?:(?:" + vocab.alternation("name_adjectives") + r")\s+)*(?:" + vocab.alternation("name_adjectives")
                          + r"))\s+$", ctx.left(start), re.IGNORECASE)
    if adjective and not _determined(text, ctx.cursor + adjective.start(1)):
        start = ctx.cursor + adjective.start(1)
    else:
        adjective = None

    known = ctx.noun_of(span)
    mention = ctx.mention(span)
    if title_word == "dr":
        noun = PersonNoun("a", "doctor")
    elif title_word in _ADULT_TITLES and not known and ctx.person.noun in _CHILDREN:
        noun = PersonNoun("a", "colleague")  # a teacher's "Mr Kowalski" is staff, not a student
    elif not known and not title and _occupation_leads(span.text):
        noun = PersonNoun("a", "colleague")  # "Dispatcher Moose kept us sane": someone from work, not one served
    elif not known and not title and _JUDGE_LETTERS.search(span.text):
        noun = PersonNoun("the", "judge")  # "Hartigan J was NOT amused": the court's own way of naming its judge
    elif not known and (_ON_A_TEAM_AFTER.match(text, _list_end(ctx, span, end)) or _at_work_beside(ctx, span, _list_end(ctx, span, end))):
        # "Priya on the Rainbow team covered my breaks", "Rich on our Leeds helpdesk", "Sharon ... Left me with 9
        # patients"; what is said after a list is said of all of it: "Hope and Jaspreet on reception" -> "two colleagues"
        noun = PersonNoun("a", "colleague")
        group = _colleague_group(ctx, span) if not title and not adjective and mention != 3 else []
        if group:
            for member in group:
                ctx.mention(member)
            count = {2: "two", 3: "three"}.get(len(group), "several")
            return start, _quoted_end(text, group[-1]), f"{count} {'other ' if mention == 2 else ''}colleagues" + dot
    elif not known and _HANDED_OVER_TO.search(ctx.left(start)):
        noun = PersonNoun("a", "colleague")  # "Handed over to Comfort on nights": the next shift's nurse
    elif known:  # "my colleague Will ... Will said" -> "the colleague said"
        noun = PersonNoun(with_article("a " + known).split()[0], known)
    elif mention == 1 and not title_word and not poss and (introduced := _introduced_before(ctx, span, start)):
        # "Had a wee student with me today. Saoirse was brilliant" -> "... The student was brilliant":
        # the one person the sentence before brought in, named as it opens the next
        ctx.nouns[len(ctx.people) - 1] = introduced
        end = _drop_nickname_after_person(text, end)
        return start, end, "the " + introduced + dot
    elif _unplaced_guess(ctx, span):
        # A name guessed from capitals alone, with no one from work beside it, in a post that is not
        # plainly about work: calling them "a patient" or "a client" would invent a relationship (a
        # nurse's friend on a beach day became "another patient"); "someone" says only what is known.
        group = _unplaced_group(ctx, span) if not title and not adjective and mention != 3 else []
        listed = _listed(ctx, span) if not title and not adjective and mention != 3 else None
        if listed or group:
            # "Took Kofi and Ama down to ..." -> "Took a couple of friends down to ...": the people of
            # one list are said once, in the plural ("someone and someone else" reads as a riddle);
            # friends in a post about the writer's own time or about nothing of work, else people
            for member in group:
                ctx.mention(member)
            last = group[-1] if group else span
            last_poss = possessive_after(text, last.end)
            size = len(group) if group else len(re.findall(r"[A-Z][\w'’-]*", span.text))
            who = "friends" if _OWN_TIME.search(text) or not _AT_WORK.search(text) else "people"
            if last_poss:
                return start, last.end + last_poss, ("two " if size == 2 else "") + who + "'" + dot
            if who == "people":
                return start, _quoted_end(text, last), {2: "two", 3: "three"}.get(size, "a few") + " people" + dot
            return start, _quoted_end(text, last), ("a couple of friends" if size == 2 else "a few friends") + dot
        noun = PersonNoun("", "someone")
    else:
        noun = ctx.person
        group = _plain_group(ctx, span) if not title and not adjective and mention != 3 else []
        listed = _listed(ctx, span) if not title and not adjective and mention != 3 else None
        if not noun.article and len(group) > 1 and not re.search(r"(?i)\b(?:and|n)\b|&", text[group[-2].end:group[-1].start]):
            group = []  # "my client from Kalgoorlie Fuels, Bazza, sent": two names in apposition, no list
        if listed or group:
            # "Amara and Zainab from 6B won" -> "Two students from 6B won", not "A student and another
            # student": the people of one list are said once, in the plural; a writer whose people have no
            # noun of their own says "two people", never "someone and someone else" (a riddle)
            for member in group:
                ctx.mention(member)
            last = group[-1] if group else span
            last_poss = possessive_after(text, last.end)
            size = len(group) if group else len(re.findall(r"[A-Z][\w'’-]*", span.text))
            count = {2: "two", 3: "three"}.get(size, "several")
            other = " other" if mention == 2 else ""
            phrase = f"{count}{other} {_plural(noun.noun) if noun.article else 'people'}"
            if last_poss:  # "two students'", "two people's"
                return start, last.end + last_poss, phrase + ("'" if phrase.endswith("s") else "'s") + dot
            return start, _quoted_end(text, last), phrase + dot
    if mention != 3 and noun.article and ctx.people:
        # what a person was called when first met is what they are called again ("Big shout to Precious on nights
        # ... Precious, love ya" -> "a colleague ... the colleague"), never the role's default noun ("the patient")
        ctx.nouns.setdefault(len(ctx.people) - 1, noun.noun)
    if mention == 3 and not title_word and not adjective:
        again = _pronoun_again(ctx, span, start, end, poss)
        if again is not None:
            return again
    if adjective and noun.article:
        described = f"{' '.join(adjective.group(1).lower().split())} {noun.noun}"
        noun = PersonNoun(with_article("a " + described).split()[0], described)
    # "Whitlock family asking for an update" -> "the patient's family": a surname before the people it
    # names, with no determiner to keep, is theirs
    belongs = not poss and _COLLECTIVE_AFTER.match(text, end)
    if poss or belongs:
        phrase = noun.possessive(mention) if title_word != "dr" else ("the doctor's" if mention == 3 else "a doctor's")
        end += poss
    elif mention == 3:
        phrase = noun.definite
    elif mention == 2:
        phrase = noun.another
    else:
        phrase = noun.indefinite
    start, phrase = ctx.absorb_article(start, phrase)
    if not poss:
        end = _drop_nickname_after_person(text, end)
    end = _drop_bed_after_person(text, end)
    end = _drop_age_after_person(text, end)
    if not poss:
        end = _drop_weight_after_person(text, end)
    return start, end, phrase + dot


# A "who ... is" clause round a name: "know exactly who Daan is", "guess who Mrs P was".
_WHO_BEFORE = re.compile(r"(?i)\bwho[ \t]+$")
_WHO_IS_AFTER = re.compile(r"[ \t]+(is|was)\b(?![ \t]+[a-z])")


# An owner said with whose they are, right before a name: "Bella's owner Mrs Pennington", "her proud owner Rhodri",
# "the home's owner Mr Patel": the name adds only who.
_OWNER_SAID_BEFORE = re.compile(r"(?i)(?:['’]s|\b(?:his|her|their))[ \t]+(?:(?:proud|lovely|devoted|new)[ \t]+)?(?:owner|owners)([ \t]+)$")


# A school year or class label: "Form 4", "Year 10", "Grade 2", "P7", "JHS 3".
# An opening quote and a capitalised word that describes, right before a name: "'Big ", "“Wee ", "'Little ".
_NICKNAME_OPENING = re.compile(r"(?<![\w'’])['‘\"“]([A-Z][a-z]+)\s+$")
_NAME_ADJECTIVES = vocab.words("name_adjectives")
# A determiner and a grade or a school year right before a name: "our band 5 ", "my Year 9 ", "her grade 6 ".
_GRADE_BEFORE = re.compile(r"(?i)\b(?:my|our|his|her|their|the|one\s+of\s+my)\s+(band|year|yr|grade|form)\s*\d{1,2}\s+$")
# A lower-case occupation opening its clause, right before a name: ", driver ", "; porter ".
_OCCUPATION_OPENS_CLAUSE = re.compile(r"(?:[,;:]|[.!?]\s)\s*([a-z][a-z-]+)\s+$")
_SCHOOL_YEAR = re.compile(r"(?i)(?:year|yr|grade|form|std|standard|primary|jhs|jss|sss|p|s)\s*\d{1,2}")
# A greeting for someone new, before their name: "Welcome to the world Isla", "welcome home, Noah".
_WELCOMED = re.compile(r"(?i)\bwelcome\s+(?:to\s+the\s+world|earthside|home)(\s*,?)\s*(?:(baby)|(little|lil|wee|tiny|sweet|precious|beautiful|gorgeous))?\s*$")
# Two names as one span ("Hank & Marge", "Fiadh and Oisín"), and a word for two people right before them
# with a comma: "a sweet couple, Hank & Marge".
_TWO_NAMES = re.compile(r"[A-Z][^\W\d_]+\s*(?:&|and)\s*[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?")
# (the comma may be left out: "Our twins Fiadh & Oisín were born" -> "Our twins were born")
_PEOPLE_NOUN_COMMA = re.compile(r"(?i)\b(?:couple|twins|triplets|quads|pair|siblings|brothers|sisters|newlyweds|parents|grandparents)(\s*,?)\s*$")
# "Mr and " before "Mrs Okonkwo": a title with no name of its own, joined to the titled name after it.
_TITLE_AND_BEFORE = re.compile(r"(?i)\b((?:" + vocab.alternation("titles") + r")\.?)\s*(?:and|&|n)\s+$")
# After a name's possessive, the one left behind by a death: "Tom's widow".
_BEREAVED_AFTER = re.compile(r"\s+(widow|widower)\b(?:\s+(?=[A-Z]))?")
# "a customer called Summer", "her name's Grace Tolland": a clause that only says who someone is.
_CALLED = re.compile(r"(?i)\b([a-z][\w-]*)\s+(?:called|named|known\s+as)\s+(?:(?:" + vocab.alternation("titles") + r")\.?\s+)?$")
# Only as a clause after another ("I'm not hiding it — her name's Grace"): "My name is Siiri" and "Her
# maiden name is Clark" are sentences of their own and keep their words.
_NAME_IS = re.compile(r"(?i)\s*[,;:—–-]\s*(?:(?:his|her|their|your)\s+)?name(?:['’]s|\s+is|\s+was)\s+$")


# A sentence opening on a child's or someone's name: "Kid's name is", "His name's", "The boy's name was" (never the
# writer's own "My name is"); and what carries the sentence on after the name: "and", "but", "so" or a comma before a
# lower-case word.
_NAME_IS_OPENING = re.compile(r"(?i)(?:(?:the\s+)?(?:kid|child|boy|girl|lad|lass|baby|wean|bairn|son|daughter)['’]s|his|her|their)"
                              r"\s+name(?:['’]s|\s+is|\s+was)\s+$")
_CLAUSE_GOES_ON = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+)(?:(?:and|but|so)[ \t]+)?(?=[a-z])")


# After a name given, whom it was given after: "named Maryam after her nan" (a kin or role noun, or a name; not
# "a patient named Ruben after his shift", where "after" says when).
_AFTER_SOMEONE = re.compile(r"[ \t]+after[ \t]+(?:(?:his|her|their|my|our|your|the|a)[ \t]+)?([\w'’-]+)")


def _named_clause(ctx: Context, span: Span, end: int) -> Replacing | None:
    left = ctx.left(span.start)
    m = _CALLED.search(left)
    if m and m.group(1).lower() not in FUNCTION_WORDS:
        ctx.mention(span, m.group(1).lower().rstrip("s") if m.group(1).lower() in ROLE_NOUNS else "")
        after = _AFTER_SOMEONE.match(ctx.text, end)
        if after and (after.group(1).lower() in ROLE_NOUNS or after.group(1)[:1].isupper() or after.group(1).lower() in _KIN):
            # "a baby girl named Maryam after her nan": named after someone is the news, so the verb stays and
            # only the name goes ("a baby girl named after her nan", never "a baby girl after her nan")
            verb = re.search(r"(?i)\b(?:called|named|known\s+as)\b", m.group(0))
            return ctx.cursor + m.start() + verb.end(), end, ""
        return ctx.cursor + m.end(1), end, ""
    m = _NAME_IS.search(left)
    if m:
        ctx.mention(span)
        return ctx.cursor + m.start(), end, ""
    m = _NAME_IS_OPENING.search(left)
    if m and is_sentence_start(ctx.text, ctx.cursor + m.start()):
        # "Kid's name is Colt and everybody knows why" -> "Everybody knows why", "His name's Reece, he deserves better"
        # -> "He deserves better": a sentence that opens by naming the child says nothing once the name goes (judges
        # of fresh42: "Kid's name is someone", "His name's someone"); the clause goes with its "and" or comma, and a
        # sentence that only names them goes whole
        on = _CLAUSE_GOES_ON.match(ctx.text, end)
        if on:
            ctx.mention(span)
            return ctx.cursor + m.start(), on.end(), ""
        stop = re.match(r"[ \t]*[.!]+[ \t]*", ctx.text[end:])
        if stop and ctx.text[end + stop.end():end + stop.end() + 1][:1].isupper():
            ctx.mention(span)
            return ctx.cursor + m.start(), end + stop.end(), ""
    return None


# Someone spoken to: "love you Derek but ...", "Noah you absolute sweetheart", "Bill, sir, I am ONE
# person", "Summer, whoever you are", "Darnell, buddy, we talked about this", "Mr Ferris, hope your day
# improves": the post says the same without the name, so the name goes.
_ADDRESS_WORDS = r",\s+(?i:buddy|mate|pal|bro|bruv|babe|hun|hon|love|luv|darling|fam|sis|my\s+(?:friend|dear|love|man|guy|lad))\b"
_ADDRESS_WORD_AFTER = re.compile(r"[ \t]*" + _ADDRESS_WORDS + r"[ \t]*,?[ \t]*")
_CALLING_AFTER = re.compile(
    r"\s*,?\s+(?:you\b|your\b|you['’]re\b|whoever\b|sir\b|if you\b|I (?:love|see|adore|miss|owe) you\b)"
    r"|,\s+(?:I['’](?:m|ll)|here I)\b"
    # a word of address after the comma ("Darnell, buddy, ..."), or a wish or a plea to the reader
    r"|" + _ADDRESS_WORDS + r"(?=\s*[,!.])"
    r"|,\s+(?i:hope|enjoy|please|pls|stop|thanks|thank|cheers|congrats)\b(?=[^.!?\n]*\b(?i:you|your|yourself)\b)"
    # a question, a plea or the writer's own words to them after the comma: "F. Scott, why did you make ...",
    # "Ivan, please.", "Faith, keep asking", "Kamau, I know you read this", "Joseph, we see you"
    r"|,\s+(?:(?i:why|how|what|please|pls|keep|stop|never|don['’]t)\b|(?:I|we|We)\b(?!\s+(?:and|&)\b))"
    # or a clause with a subject of its own, a word or two and its verb: "Ananya Pillai, lunch is on me!", "Hope, the
    # field is lucky" (an apposition would have its own closing comma: "Sarah, the nurse, is")
    r"|,\s+(?!(?i:who|whom|whose|which|that|and|or|aged?|now|just|only)\b)(?:(?i:the|my|our|this)\s+)?[a-z][\w'’-]*\s+"
    r"(?:is|are|was|were|will|won['’]t|has|have|can|can['’]t|isn['’]t|wasn['’]t)\b"
    # or a clause that says "you" before its sentence ends: "Hope, the field is lucky to have you"
    r"|,\s+(?!(?i:who|whom|whose|which|that(?!['’])|and|or)\b)[^.!?\n,;:()]*\b(?i:you|your|ye|yous|youse)\b"
)


# A word of fondness right after a name spoken to, then its comma: "Sandra love, I adore you", "Kev mate, stop".
_FOND_WORD_AFTER = re.compile(r"[ \t]+(?i:love|luv|pet|hun|hon|babe|bab|mate|darling|duck|chick|sweetheart|hen)[ \t]*,")
# "you" itself right after a name: "Ellie-May you are braver than me", "Tom, you legend".
_YOU_AFTER = re.compile(r"\s*,?\s+(?:you|you['’]re|you['’]ve|you['’]ll|ye|u)\b")
_NAME_AFTER_TITLE = re.compile(r"[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!['’]?[ \t]+[A-Z])")
_AFTER_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F3FB-\U0001F3FF\ufe0f\u200d]*[ \t]+$")


# A name closing a sentence said to someone: "..., Dr. Mehta." after "your boat".
_CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[.!?]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]|$)")
# The same, or a closing bracket: "(you know who you are, Brent)", "(thanks, Trevor)".
_CLAUSE_OR_ASIDE_CLOSES = re.compile(r"[ \t]*(?:[.!?]+|\)|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\n|$)")
# The "you" of a clause right before a name with no comma ("thinking of you Lou", "who you are Shirl", "Brace
# yourselves Brissie"), and the clause closing after the name (its stop, an emoji, a bracket, or kisses).
_YOU_RIGHT_BEFORE = re.compile(r"(?i)\b(?:you|yourself|yourselves|ye|yous|youse|(?:you|ye)[ \t]+(?:are|were))([ \t]+)$")
_CLAUSE_OR_KISSES_CLOSE = re.compile(r"[ \t]*(?:[.!?]+|\)|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\n|$|x+\b)")
_TO_THE_READER = re.compile(r"(?i)\b(?:you|your|you['’](?:re|ve|ll|d))\b")
_READING_THIS = re.compile(r"(?i)\b(?:if\s+you['’]re|if\s+you\s+are)\s+(?:reading|seeing|watching)\s+this\s+$")


def _vocative(ctx: Context, span: Span, start: int, end: int) -> Replacing | None:
    text = ctx.text
    lead, _ = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")  # "Mr Okafor I love you"
    if CALLING_BEFORE.search(ctx.left(lead)) and CALLED_ENDS.match(text, end) and not (
            lead < start and re.match(r"\s+(?:and|&)\s", text[end:])):  # "Thank you Dr Chua and Staff Nurse Siti": a list
        # (a title goes with the name: "Hang in there Mr. Okafor, we WILL get your refund")
        ctx.mention(span)
        gap = re.search(r"\s*,?\s+$", ctx.left(lead))
        return ctx.cursor + len(ctx.left(lead)) - len(gap.group(0)), end, ""
    closing = re.search(r"\s*,\s*$", ctx.left(lead))
    sentence = text[max(0, text.rfind(".", 0, lead) + 1, text.rfind("!", 0, lead) + 1, text.rfind("?", 0, lead) + 1):lead]
    if (closing and _CLAUSE_CLOSES.match(text, end) and _TO_THE_READER.search(sentence)) or _READING_THIS.search(ctx.left(lead)):
        # "I will not be going to jail for your boat, Dr. Mehta." -> "... for your boat."; "If you're reading
        # this Jen, you're a legend" -> "If you're reading this, you're ...": the name only says who is spoken to
        ctx.mention(span)
        gap = closing or re.search(r"\s*$", ctx.left(lead))
        return ctx.cursor + gap.start(), end, ""
    if closing and _CLAUSE_OR_ASIDE_CLOSES.match(text, end) and not _listed_before(ctx, lead - len(closing.group(0))):
        # "Sure, Gareth.", "I have 31 cases, Derek. THIRTY ONE.", "Friday lunches are on me, Mari 🌮": a name alone
        # after a comma that closes its sentence is said to them (or only puts a name to the words before it:
        # "our new HR Business Partner, Maricel!"); it goes with its comma, never "Sure, the colleague."
        ctx.mention(span)
        return ctx.cursor + closing.start(), end, ""
    after = _CALLING_AFTER.match(text, end)
    fond = _FOND_WORD_AFTER.match(text, end)
    if fond and (is_sentence_start(text, lead) or _AFTER_EMOJI.search(text, 0, lead)) and _CALLING_AFTER.match(text, fond.end() - 1):
        # "Sandra love, I adore you, but no." -> "I adore you, but no.": a word of fondness after the name, before
        # the comma, goes with it (never "The love, I adore you", judges of fresh45)
        ctx.mention(span)
        return lead, fond.end() + len(re.match(r"\s*", text[fond.end():]).group(0)), ""
    if after and re.search(r",[ \t]*$", ctx.left(lead)) and not is_sentence_start(text, lead) and _YOU_AFTER.match(text, end):
        # "thinking about her all day, Ellie-May you are braver than me" -> "..., you are braver than me": after a
        # comma, a name right before "you" is who is spoken to, never "all day, someone you are braver"
        ctx.mention(span)
        return lead, end + re.match(r"\s*,?\s*", text[end:]).end(), ""
    if after and (is_sentence_start(text, lead) or _AFTER_EMOJI.search(text, 0, lead)):
        # (after an emoji too: "Look at the difference!! 😍 Lerato you are STUNNING" -> "😍 you are STUNNING")
        ctx.mention(span)
        # the word of address goes with the name: "Darnell, buddy, we talked" -> "We talked" (a capitalised
        # "Buddy" opening the sentence reads as a name again)
        comma = _ADDRESS_WORD_AFTER.match(text[end:]) or re.match(r"\s*,?\s*", text[end:])
        return lead, end + comma.end(), ""  # the driver gives the next word the capital
    if not after and text[end:end + 1] == ",":
        # "Yes Mr Dalrymple, DOB 14/02/1961, NHS no. 485 777 3591, I know EXACTLY who you are": the date and the
        # number in commas after the name go too (spans of their own); what is said to him comes after them, and
        # the name is as much spoken to as in "Yes Nadia, you're on" (never "Yes someone, I know EXACTLY who you are")
        after = _CALLING_AFTER.match(text, _past_asides(ctx, span, end))
    if after and text[end:end + 1] == ",":
        interjection = _INTERJECTION_BEFORE.search(ctx.left(lead))
        if interjection and is_sentence_start(text, lead - len(interjection.group(0))):
            ctx.mention(span)  # "Yes Nadia, you're on again" -> "Yes, you're on again"
            return lead - len(interjection.group(2)), end, ""
        if re.search(r"\(\s*$", ctx.left(lead)):
            ctx.mention(span)  # "(Carrington, you know who you are)" -> "(you know who you are)"
            return lead, end + re.match(r",\s*", text[end:]).end(), ""
    closing_word = _CLOSING_ADVERB_BEFORE.search(ctx.left(lead))
    if closing_word and _CLAUSE_CLOSES.match(text, end) and _TO_THE_READER.search(sentence) and not possessive_after(text, end):
        # "We know you by name now Rick 😂" -> "We know you by name now 😂": after a word that closes the clause a
        # name with no comma is who the "you" of the sentence is, never its object (never "by name now someone")
        ctx.mention(span)
        return lead - len(closing_word.group(1)), end, ""
    you_before = _YOU_RIGHT_BEFORE.search(ctx.left(lead))
    if you_before and _CLAUSE_OR_KISSES_CLOSE.match(text, end) and not possessive_after(text, end):
        # "thinking of you Lou xx", "you know who you are Shirl 🙄", "Brace yourselves Brissie.": a name right after
        # the clause's own "you", closing it, is who the "you" is; it goes (never "thinking of you someone xx")
        ctx.mention(span)
        return lead - len(you_before.group(1)), end, ""
    greeted = _GREETED_BEFORE.search(ctx.left(lead))
    if greeted and not possessive_after(text, end) and _GREETING_ENDS.match(text, end):
        # "hi Bronwyn if ur seeing this!!" -> "hi there if ur seeing this!!": a name after a greeting is who is greeted,
        # never "hi someone" (judges of fresh42); "there" is how a greeting goes to anyone
        ctx.mention(span)
        return lead, end, "there"
    shouted_after = re.search(r"([a-z][\w'’]*)([ \t]+)$", ctx.left(lead))
    if shouted_after and _is_past_form(shouted_after.group(1)):
        shouted_after = None  # "Then we rang CARL.": the object of a verb, no one spoken to
    if (shouted_after and span.text.isupper() and len(span.text.strip()) > 1 and lead == start
            and _CLAUSE_CLOSES.match(text, end) and not _NOUN_OPENER_BEFORE.search(ctx.left(lead))
            and re.search(r"(?i)(?:^|[.!?]\s+|\n\s*)" + re.escape(span.text.strip()) + r"[ \t]*[.!?,]", text[:start])):
        # "Carl. it's 2024. we are an equal opportunity firm CARL." -> "... firm.": a name said alone to someone
        # before, shouted again at the end of a whole clause, is said to them again, never "firm someone"
        ctx.mention(span)
        return lead - len(shouted_after.group(2)), end, ""
    return answered_name(ctx, span, lead, end)


# A greeting right before a name ("hi Bronwyn if", "Hey Tash!!"), and what may follow the name then: the clause's
# end, a comma, an emoji, or "if", "and", "just", "hope", "thanks" carrying the words said to them on.
# ("said hi Mo and left" reports a greeting: the name is who it went to, and is left)
_GREETED_BEFORE = re.compile(r"(?i)(?<!\bsaid)(?<!\bsay)(?<!\bsays)(?<!\bsaying)(?:^|[^\w'’])(?:hi|hey|hiya|heya|hello|howdy)[ \t]+$")
_GREETING_ENDS = re.compile(r"(?i)(?:[ \t]*(?:[,.!?]|$|\n)|[ \t]+(?:if|and|just|hope|thanks|thank|you|u|ur|[^\w\s]))")


# An aside in commas after a name that is only another span with the label it goes by: ", DOB 14/02/1961",
# ", NHS no. 485 777 3591", ", Flat 4".
_ASIDE_LABEL = re.compile(r"[ \t]*,[ \t]*(?:[A-Za-z]{1,8}\.?[ \t]+){0,2}")


def _past_asides(ctx: Context, span: Span, end: int) -> int:
    """Where the text after ``end`` goes on once the asides in commas that are spans of their own are passed: the
    comma before what follows them."""
    pos = end
    while True:
        m = _ASIDE_LABEL.match(ctx.text, pos)
        comma = re.match(r"[ \t]*,[ \t]*", ctx.text[pos:])
        nxt = next((s for s in ctx.spans if s is not span and pos + comma.end() <= s.start <= m.end()), None) if m else None
        if nxt is None:
            return pos
        pos = nxt.end


# Clause-closing words after which a name that ends the clause is said to someone, never an object: "We know
# you by name now Rick 😂", "see you soon Pat!", "you're a legend too Dev".
_CLOSING_ADVERB_BEFORE = re.compile(r"(?i)\b(?:now|today|tonight|again|too|though|tho|anyway|already|always|forever|"
                                    r"soon|mate|lol|haha|x+)([ \t]+)$")


# A word a name could be the object or the noun of: "to CARL", "the CARL", "with CARL" (no name said to them).
_NOUN_OPENER_BEFORE = re.compile(r"(?i)\b(?:to|for|with|at|of|from|by|and|or|the|a|an|my|our|your|his|her|their|is|was|"
                                 r"are|were|said|told|asked|called|named|like|than|as)[ \t]+$")


def answered_name(ctx: Context, span: Span, lead: int | None = None, end: int | None = None) -> Replacing | None:
    """"Absolutely not Declan.", "Not happening Jo!", "Nice try Kev 🙄": an answer or a word to someone, then
    their name and the sentence's end, with no comma: the name is who it is said to, and goes ("Absolutely
    not."), never "Absolutely not another client." ("It was not Declan" opens with no answer: left alone).
    Whatever kind the detector gave the name (a first name is often taken for a place or a firm)."""
    lead = span.start if lead is None else lead
    end = span.end if end is None else end
    answer = _ANSWER_BEFORE.search(ctx.left(lead))
    if answer and _CLAUSE_CLOSES.match(ctx.text, end) and _OPENS_CLAUSE.search(ctx.text, 0, ctx.cursor + answer.start()):
        ctx.mention(span)
        return ctx.cursor + answer.end(1), end, ""
    return None


# An answer or a word said to someone, opening its clause, right before a name that ends the sentence.
_ANSWER_BEFORE = re.compile(
    r"(?i)\b((?:absolutely|definitely|certainly|hell|oh|uh|um)?[ \t]*(?:not(?:[ \t]+(?:happening|today|a[ \t]+chance|likely|now|again))?"
    r"|no[ \t]+way|nope|nah|no[ \t]+chance|nice[ \t]+try|try[ \t]+again|good[ \t]+try|well[ \t]+played|bless[ \t]+you|"
    r"love[ \t]+you|miss[ \t]+you|good[ \t]+luck|well[ \t]+done))[ \t]+$"
)
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?,;:\n]|[\U0001F300-\U0001FAFF\u2600-\u27BF])[ \t]*$")


def _listed_before(ctx: Context, at: int) -> bool:
    """Does a name (or a number) end right before the comma at ``at``: the name after it is the last of a list
    ("Erin, Maeve, Nadia."), not one spoken to?"""
    before = ctx.text[:at]
    if re.search(r"(?:\d|\b(?:and|&|or))\s*$", before):
        return True
    return any(s.kind.family in ("person", "someone") and s.end == len(before.rstrip()) for s in ctx.spans)


# A word said before a name spoken to, opening the sentence: "Yes Nadia, you're on", "Oi Kev, your round".
_INTERJECTION_BEFORE = re.compile(r"(?i)\b(yes|yeah|no|nope|oi|hey|hi|hiya|ok|okay|sorry|so|right|look)([ \t]+)$")


def _apposition_after_role(ctx: Context, start: int, end: int) -> Replacing | None:
    """", Gareth," after "Our new manager at Brookfield Lodge", ", Saoirse," after "Had a wee student with
    me today": (start, end, "") over the name and its commas, when a role noun, with a determiner or
    opening the sentence, stands in the clause before it (the name says no more than who it was)."""
    text = ctx.text
    # "Client-side PM at Lumen Textiles, one Mr Kulkarni, rejected": "one" (a certain) and a title go with the name
    # and so do "that"/"this" pointing at the one meant (", that Mr Mensah,": after a comma never the conjunction)
    lead = re.search(r"(?i)(?<=,)[ \t]*(?:(?:one|that|this)[ \t]+)?(?:" + vocab.alternation("titles") + r")\.?[ \t]+$", text[ctx.cursor:start])
    if lead and lead.group(0).strip():
        start = ctx.cursor + lead.start()
    where = _FROM_PLACE_AFTER.match(text, end)
    if where:  # "Lady at the counter today, Mrs Doreen Paquette from Lac-Brûlé, 91, came in": where she is from goes too
        end = where.end()
    aged = _AGED_AFTER.match(text, end)
    if aged:  # "Such a sweet patient today at our surgery, Mrs Kaur aged 94, came walking": her age goes with her name
        end = aged.end()
    subject = _role_apposed(text, start, end)
    if subject is None:
        return None
    before = re.search(r",\s*$", text[:start])
    described = re.match(r"\s*,(?=[ \t]*(?:a|an)[ \t])", text[end:])
    if described:
        # "Lovely client today, Mr D.W., a retired navigator, came in": another aside says who it is; the
        # name goes with one comma and the aside takes its place ("..., a retired navigator, came in")
        return start, end + described.end(), ""
    after = re.match(r"\s*,", text[end:]) if subject and not _AGE_ASIDE_AFTER.match(text, end) else None
    # "Our new manager ..., Gareth, has cut": both commas go; "Had a wee student with me today, Saoirse,
    # absolute star": the clause goes on after the second ("..., absolute star")
    return max(before.start(), ctx.cursor), end + (after.end() if after else 0), ""


# An age right after a name in commas, before the comma that closes the aside: " aged 94", " age 7", " 94".
_AGED_AFTER = re.compile(r"(?i)[ \t]+(?:aged?[ \t]+)?\d{1,3}(?=[ \t]*,)")
# Where a named person is from, before the comma that closes the aside: " from Lac-Brûlé", " from Port Elin".
_FROM_PLACE_AFTER = re.compile(r"[ \t]+from[ \t]+[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}(?=[ \t]*,)")
_OPENS_A_NOUN = DETERMINERS | frozenset(ARTICLES) | {"another"}
# An age in commas after the name ("The youngest, Amara, just 5, hugged me"): its own commas go with it.
_AGE_ASIDE_AFTER = re.compile(r"(?i)\s*,\s*(?:(?:just|only|now|aged?)\s+)?\d{1,3}(?:\s?[歲岁歳살세])?\s*,")
# Besides the role nouns, words for a person a name in commas may follow: "The youngest, Amara, hugged me",
# "a man in Ballymena, Derek, says".
_APPOSED_PEOPLE = (vocab.words("person_words") | frozenset(
    "youngest eldest oldest lad lass guy fella bloke gent".split())) - FUNCTION_WORDS
# "One of my 5th years", "one of our regulars", "one of my Year 6s", "One a mi Grade 6 girls" (as other
# Englishes write "one of my"), perhaps with where they are from: one of a group of people, right before the comma.
_ONE_OF_MY = re.compile(r"(?i)(?:^|\s)one\s+(?:of|a|o['’]?)\s+(?:my|our|the|his|her|their|mi|ma)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]*[a-z\d]['’]?s"
                        r"(?:\s+(?:from|at|in)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?\s*$")  # "One of my ex-students from Brookfield High, Rich, ..."

# After a name, its role in commas or brackets: "Saoirse, my wee student, did", "Saoirse (my student)
# was", "Saoirse, a student nurse, was".
_ROLE_AFTER = re.compile(r"\s*(?:(,)|(\())\s*((?:[\w'’-]+[ \t]+){1,3}[\w'’-]+)\s*(?:(?(1),|\))|(?(1)(?=[.!?;:]|$)|(?!)))")


# Who someone or something is, after their name with "the": "Biscuit the class hamster", "Rolo the
# therapy dog", "Dave the porter".
# (and who owns or founded a business, which no role noun says: "Giuseppe the owner is furious" -> "The owner is
# furious", never "Someone else the owner is furious"; session 40's judges)
_OWNER_NOUNS = frozenset({"owner", "co-owner", "founder", "co-founder", "proprietor"})
_DESCRIBED_NOUNS = ROLE_NOUNS | vocab.words("pet_words") | _OWNER_NOUNS
# (a describing word may be a breed's or a place's name: "Nerone the Maremma sheepdog", "Dai the Llandeilo vet")
_THE_AFTER = [re.compile(r"[ \t]+(the[ \t]+((?:[A-Za-z][\w-]*[ \t]+){%d})([a-z][\w-]*))\b" % k) for k in range(3)]
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z][\w-]*)\b")
# A verb that takes a person and then a thing or a clause: "told Jo the plumber was coming", "gave Sam the farmer's
# number", "showed Dad the builder's quote". After one, "the" opens what is told or given, not who the name is.
_TWO_OBJECT_VERB_BEFORE = re.compile(r"(?i)\b(?:tell|tells|told|ask|asks|asked|give|gives|gave|show|shows|showed|send|sends|"
                                     r"sent|bring|brings|brought|hand|handed|remind|reminded|let|warn|warned|promise|"
                                     r"promised|teach|taught|owe|owed|buy|bought|pay|paid)[ \t]+$")


def described_after(text: str, end: int, start: int | None = None) -> re.Match | None:
    """"[Biscuit] the class hamster", "[Rolo] the therapy dog", "[Gwyn] the farmer": "the", at most two words,
    and a role, pet or occupation noun right after a name, which say who the name is. An occupation the role
    lists do not hold counts only where no verb before the name ("told Jo the plumber was late") may make "the"
    open what is told, and never before a possessive ("Gwyn the farmer's dog" may be another's)."""
    for pattern in _THE_AFTER:
        m = pattern.match(text, end)
        if m is None:
            continue  # ("the Maremma sheepdog" has no one-word reading: its first word is a name's)
        if any(w.lower() in FUNCTION_WORDS for w in m.group(2).split()):
            return None
        if m.group(3) in _OWNER_NOUNS and possessive_after(text, m.end()):
            return None  # "told Giuseppe the owner's nephew": the owner is someone else, whose nephew it is
        if m.group(3) in _DESCRIBED_NOUNS:
            # a role noun that names a rank of the next one ("Mr Dlamini the deputy principal", "Jo the head
            # nurse"): the whole compound says who they are, never "the deputy" with "principal" left behind
            # to make them the principal (session 46's judges)
            k = _THE_AFTER.index(pattern)
            following = _NEXT_LOWER_WORD.match(text, m.end())
            if (k + 1 < len(_THE_AFTER) and following and following.group(1) in ROLE_NOUNS
                    and following.group(1) not in FUNCTION_WORDS):
                return _THE_AFTER[k + 1].match(text, end) or m
            return m
        if (m.group(3) in OCCUPATIONS and start is not None and not possessive_after(text, m.end())
                and not _TWO_OBJECT_VERB_BEFORE.search(text, max(0, start - 30), start)):
            return m
    return None


def _role_after(ctx: Context, span: Span, start: int, end: int) -> Replacing | None:
    """"Saoirse, my wee student, did her first obs round" -> "My wee student did her first obs round":
    where the words in commas or brackets after a name say who they are (a determiner, then a role noun
    among at most four words), those words stand for them and the name goes."""
    described = described_after(ctx.text, end, start)
    if described:  # "Brought Biscuit the class hamster home" -> "Brought the class hamster home"
        ctx.mention(span, described.group(3))
        # a title goes with the name: "Miss Amarachi the new art teacher" -> "the new art teacher", never "Miss the"
        lead, _ = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")
        return lead, described.end(), described.group(1)
    m = _ROLE_AFTER.match(ctx.text, end)
    if not m:
        return _open_role_after(ctx, span, start, end) or _bare_role_after(ctx, span, start, end)
    words = m.group(3).split()
    whose = re.fullmatch(r"([A-Z][\w-]*)(['’]s)", words[0])  # "Mrs Obi, Tunde's mum, sent in a card"
    if not whose and words[0].lower() not in _OPENS_A_NOUN or any(w.lower() in FUNCTION_WORDS for w in words[1:]):
        return _open_role_after(ctx, span, start, end)  # "Grace, my client from Ghana, finally got"
    nouns = [w.lower() for w in words[1:] if w.lower() in ROLE_NOUNS]
    if not nouns:
        return None
    lead, _ = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")  # "Mrs Obi, ..."
    phrase = m.group(3)
    if whose:
        # the child or client whose relative this is: "My student's mum sent in a card" (their name is
        # inside the region replaced: the driver skips its span)
        child = span.moved(m.start(3), m.start(3) + len(whose.group(1)), whose.group(1))
        mention = ctx.mention(child)
        owner = ctx.person.possessive(mention) if ctx.person.article else ("someone else's" if mention == 2 else "someone's")
        phrase = owner + " " + " ".join(words[1:])
    ctx.mention(span, nouns[-1])
    if not whose and words[0][0].isupper() and not is_sentence_start(ctx.text, lead):
        phrase = phrase[0].lower() + phrase[1:]
    return lead, m.end(), phrase


# Kin nouns say how the writer speaks to someone ("Happy birthday Tunde, my brother from another mother"), no role.
_KIN = vocab.words("family_nouns")
# After a name (and perhaps an age in commas), the writer's own role noun in apposition, its phrase running on:
# "Aoife, 19, my patient on the day unit who", "Tendai, our new HCA from the bank".
_OPEN_ROLE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:just|only|now|aged?)[ \t]+)?\d{1,3})?[ \t]*,[ \t]*"
                              r"(?=(?i:my|our)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)(?![\w'’-]))")


def _open_role_after(ctx: Context, span: Span, start: int, end: int) -> Replacing | None:
    """"shout out to Aoife Ní Bhriain, 19, my patient on the day unit who ..." -> "shout out to my patient on the
    day unit who ...", "Grace, my client from Ghana, finally got" -> "My client from Ghana, finally got": the
    writer's own role noun right after the name (and an age between) says who she is, its phrase running on;
    the name and the age go, never "someone, my patient"."""
    opened = _OPEN_ROLE_AFTER.match(ctx.text, end)
    said = opened.group(1).lower().split() if opened else []
    noun = next((i for i, w in enumerate(said) if w in ROLE_NOUNS and w not in _KIN), None)
    if noun is None or any(w in FUNCTION_WORDS for w in said[:noun]):
        return None
    ctx.mention(span, said[noun])
    lead, _ = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")
    return lead, opened.end(), ""


# A role in a comma aside after a name with no determiner of its own, then where they work: "Miss Grace
# Okafor, grade 6 teacher at Hillside Primary", "Tom Reyes, night porter in A&E". Lower-case words and
# numbers, the last a role noun, then "at", "in", "on", "from" or "for".
_BARE_ROLE_AFTER = re.compile(r"[ \t]*,[ \t]*((?:[a-z0-9][\w'’-]*[ \t]+){0,3}([a-z][\w-]*))(?=[ \t]+(?:at|in|on|from|for)\b)")


def _bare_role_after(ctx: Context, span: Span, start: int, end: int) -> Replacing | None:
    """"Please pray for Miss Grace Okafor, grade 6 teacher at Hillside" -> "Please pray for a grade 6 teacher
    at Hillside": the role the aside gives stands for the person, with an article, and the name goes (never
    "a colleague, grade 6 teacher at ..."). Not when the words hold another finding (an age, a firm)."""
    m = _BARE_ROLE_AFTER.match(ctx.text, end)
    if m is None or m.group(2) not in ROLE_NOUNS or any(w in FUNCTION_WORDS for w in m.group(1).split()[:-1]):
        return None
    if not all(w.isdigit() or len(w) > 2 and is_ordinary_word(w) for w in m.group(1).split()):
        return None  # "Bwoy, di pastor from ...": "di" is another English's "the", and "Bwoy" no name before an aside
    if any(s is not span and s.start < m.end() and s.end > end for s in ctx.spans):
        return None
    lead, _ = ctx.absorb_left(start, r"\b(" + vocab.alternation("titles") + r")\.?\s+")
    ctx.mention(span, m.group(2))
    start2, phrase = ctx.absorb_article(lead, with_article("a " + m.group(1)))
    if is_sentence_start(ctx.text, start2):
        phrase = phrase[0].upper() + phrase[1:]
    return start2, m.end(), phrase


def apposed_to_role(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] set off by commas (or ending its sentence) right after a clause
    whose role noun it names: a role noun with its determiner and up to two words between ("Had a wee
    student with me today, [Saoirse], absolute star", "Our new manager at Brookfield Lodge, [Gareth],
    has ..."), or opening the clause ("Lovely wee student on placement with us, [Aoife], asked")?"""
    return _role_apposed(text, start, end) is not None


def _role_apposed(text: str, start: int, end: int) -> bool | None:
    """As ``apposed_to_role``: None when not; else whether the name's second comma goes too: the role
    noun stands right before the name ("I saw her neighbour, [Tom], again") or its clause is the
    sentence's subject so far ("Our new manager at Brookfield Lodge, [Gareth], has"), rather than a
    clause of its own that another goes on from ("Had a wee student with me today, [Saoirse], absolute
    star")."""
    before = re.search(r",\s*$", text[:start])
    if not before or not re.match(r"\s*(?:,|[.!?](?:\s|$)|$)", text[end:]):
        return None
    clause = re.split(r"[.!?;:(),\n]", text[max(0, before.start() - 80):before.start()])[-1]
    if _ONE_OF_MY.search(clause):
        return True  # "One of my 5th years, Aoife, just got called up": one of a group of people, then who
    words = re.findall(r"[\w'’-]+", clause)
    for i, word in enumerate(words):
        acronym = word.isupper() and word.lower() in _ROLE_ACRONYMS  # "Client-side PM at Lumen, Mr Obi, said"
        if (word.lower() not in ROLE_NOUNS and word.lower() not in _APPOSED_PEOPLE and not acronym) or word.lower() in FUNCTION_WORDS:
            continue
        lead = [w.lower() for w in words[max(0, i - 3):i]]
        last = i == len(words) - 1
        if i <= 2 and not any(w in FUNCTION_WORDS for w in lead):
            return True  # the clause opens with the role: "Lovely wee student on placement with us"
        for k in range(len(lead) - 1, -1, -1):
            if lead[k] in _OPENS_A_NOUN:
                return last or i - (len(lead) - k) == 0
            if lead[k] in FUNCTION_WORDS:
                break
    return None


# After a name, these make them a colleague whatever the writer's role: "Kwame on the Northside duty
# team", "Priya from our night shift", "Sandra from payroll".
_ON_A_TEAM_AFTER = re.compile(
    r"(?i)\s+(?:on|from|in)\s+(?:(?:the|our|my)\s+(?:[\w-]+\s+){0,2}(?:team|desk|rota|department|dept|committee|night shift|day shift)\b"
    # or a department named alone: "Sandra from payroll", "Jade on tills", "Rich in accounts"
    rf"|(?:the\s+)?(?:{vocab.alternation('work_departments')})\b)"
)
# Before a name, a handover: "handed over to Comfort", "took handover from Femi": a colleague.
_HANDED_OVER_TO = re.compile(r"(?i)\b(?:hand(?:ed|ing)?\s+over\s+to|handover\s+(?:to|from)|gave\s+handover\s+to|took\s+handover\s+from|relieved\s+by)\s+$")
_COLLEAGUE_CUES = re.compile(r"(?i)\b(?:" + "|".join(
    re.escape(cue).replace(r"her", "(?:his|her|their)").replace(r"\ ", r"\s+")
    for cue in sorted(vocab.words("colleague_cues"), key=len, reverse=True)) + r")\b")


_SENTENCE_ENDS = re.compile(r"[.!?]+(?:\s|$)|\n")
# A comma aside right after a name whose noun is a word for a peer at work, a few lowercase words before it
# ("Ffion, best crewmate anyone could ask for", "Tunde, my work wife, covered"): the writer's colleague, whatever
# the writer's role; no possessive between ("Sarah, my patient's coworker" is the patient's), and no conjunction
# that opens a clause of its own ("IT are doing Malta, and a colleague from Leeds is coming as Abba").
_COLLEAGUE_ASIDE = re.compile(r"[ \t]*,[ \t]*(?:(?!(?:and|or|but|with|while|then|so|when)\b)[a-z][\w-]*[ \t]+){0,3}?(?:"
                              + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(vocab.words("colleague_nouns"), key=len, reverse=True))
                              + r")(?![\w'’-])")
# After a surname, the letters a court writes after its judges' names ("Hartigan J", "Okafor CJ", "Briggs LJ").
_JUDGE_LETTERS = re.compile(r"\s(?:J|CJ|JA|LJ|JJ|AJ|DCJ|ACJ)$")


# Right after a name, where they work beside the writer: "on our Leeds helpdesk", "from L2", "on nights".
_COLLEAGUE_PLACE_AFTER = re.compile(r"(?i)\s+(?:on|from|in)\s+(?:(?:the|our|my)\s+)?(?:[\w-]+\s+){0,2}?(?:"
                                    + vocab.alternation("colleague_places") + r")\b")


def _at_work_beside(ctx: Context, span: Span, end: int) -> bool:
    """Does the text say, after the name and before anyone else is named, up to the end of the next sentence,
    that this person works beside the writer ("Shoutout to Rich on our Leeds helpdesk", "can't cope with Sharon
    on Ward 7B anymore. Left me with 9 patients while she sat on her phone")? (colleague_cues.txt) Or does a
    comma aside right after the name call them a colleague ("Big shout to Ffion, best crewmate anyone could ask
    for", "Tunde, my work wife")? (colleague_nouns.txt)"""
    text = ctx.text
    if _COLLEAGUE_PLACE_AFTER.match(text, end) or _COLLEAGUE_ASIDE.match(text, end):
        return True
    stop = next((s.start for s in ctx.spans if s.start >= end and s.kind.family in ("person", "someone")), len(text))
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(text, end)][:2]
    stop = min(stop, ends[-1] if ends else len(text))
    for m in _SOMEONE_ELSE_SAID.finditer(text, end, stop):
        if any(w.lower() in ROLE_NOUNS or w.lower() in _APPOSED_PEOPLE for w in m.group(1, 2) if w and w.lower() not in FUNCTION_WORDS):
            stop = m.start()  # "Mr Jones on Ward 7 was lovely. The HCA sat on her phone": the deed is the HCA's
            break
    return bool(_COLLEAGUE_CUES.search(text, end, stop))


def _list_end(ctx: Context, span: Span, end: int) -> int:
    """Where the list of names ``span`` is one of ends ("[Hope] and Jaspreet on reception"), or ``end``."""
    group = _list_of(ctx, span)
    return group[-1].end if group and group[-1].end > end else end


def _colleague_group(ctx: Context, span: Span) -> list[Span]:
    """The names of the list ``span`` opens, each plain (no title, nobody met before, no possessive before the
    last, no possessive after it): [] otherwise."""
    group = _list_of(ctx, span)
    if len(group) < 2 or group[0].start > span.start or group[0].end < span.end:
        return []
    for member in group:
        if member is not group[0] and ctx.has_met(member) or _leading_title(member.text) or possessive_after(ctx.text, member.end):
            return []
    return group


_SOMEONE_ELSE_SAID = re.compile(r"(?i)\b(?:the|a|an|my|our|his|her|their|this|that)\s+([\w-]+)(?:\s+([\w-]+))?")


_COLLECTIVE_AFTER = re.compile(r"\s+(?:family|families|children|kids|twins|household|parents|siblings|brothers|sisters)\b")

# Courtesy titles say an adult: where the people served are children, an adult named so is staff.
_ADULT_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_CHILDREN = frozenset({"student", "pupil", "child", "kid"})


def _is_role_noun(word: str) -> bool:
    return word.lower() in ROLE_NOUNS and word.lower() not in FUNCTION_WORDS


# Who owns a noun: English and other Englishes' "my" ("me", "mi", "wor"), and the possessives of the languages
# drafts mix in ("mon", "mi", "meu", "meine"): the noun after one is what the person named next is to someone.
_ENGLISH_POSSESSIVES = frozenset(("my", "our", "his", "her", "their", "your")) | (vocab.words("dialect_determiners") - {"de", "di"})
_OTHER_POSSESSIVES = vocab.words("possessives_other_languages") - _ENGLISH_POSSESSIVES
# Endings of describing words, which a name may follow with no noun between ("my beautiful Sarah", "our
# favourite Jo"): the name is then the noun, and the role rule must not leave "my beautiful" alone.
_DESCRIBING_ENDING = re.compile(r"(?:ful|ous|ive|ble|ic|al|est|ing|ed|ly|y|ite|ent|ish|less)$")
# English nouns for who someone is by what they do ("care leaver", "owner", "caller"), which the lists of roles
# cannot all hold.
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian)$")


def _noun_owned_before(ctx: Context, m: re.Match) -> bool:
    """A plain lowercase noun the lists of roles do not hold, owned by the word before it (or by the word before a
    noun that describes it), right before a name: "mi compa Juan", "Mon gars Kevin", "ma voisine Lucie", "Me care
    leaver Kirsty". The noun after a possessive says who the person is to someone, so the name goes and the noun
    stays (never "mi compa someone", "Me care leaver someone"). After an English "my" the noun must be another
    language's word or one for a doer ("leaver", "owner"): "our brave Tai", "my lovely Sarah" have a describing
    word there, and the name is the noun."""
    word = m.group(2)
    if not re.fullmatch(r"[a-zà-ÿ]{3,}", word) or word in FUNCTION_WORDS or word in _NAME_ADJECTIVES \
            or _DESCRIBING_ENDING.search(word):
        return False
    owner = (m.group(1) or "").lower()
    if owner not in _ENGLISH_POSSESSIVES | _OTHER_POSSESSIVES:
        # "Me care leaver Kirsty": a noun that describes the noun, owned by the word before it
        if not re.fullmatch(r"[a-z]{3,}", m.group(1) or "") or owner in FUNCTION_WORDS:
            return False
        before = re.search(r"([\w'’]+)[ \t]+$", ctx.text[max(0, ctx.cursor + m.start(1) - 40):ctx.cursor + m.start(1)])
        owner = before.group(1).lower() if before else ""
    if owner in _OTHER_POSSESSIVES:
        return True
    if owner == "me":
        # other Englishes' "my" is Spanish, French and Italian "me" too ("me llamo Rosa" is "I'm called Rosa"):
        # only an English noun for a doer follows it as a possessive ("Me care leaver Kirsty")
        return is_ordinary_word(word) and _AGENT_ENDING.search(word) is not None
    return owner in _ENGLISH_POSSESSIVES and (not is_ordinary_word(word) or _AGENT_ENDING.search(word) is not None)


def _occupation_before(ctx: Context, m: re.Match) -> bool:
    """An occupation the role-noun lists do not hold, after a determiner, before the name: "our dispatcher
    'Moose'", "the phlebotomist Gemma" (occupations.txt, from the BLS's list of job titles). Not without the
    determiner, where the word may be a verb or a surname ("hand Sarah the keys", "Porter Lewis").
    Or a word for a person the lists of roles do not hold, named by what they are to the story ("the 999
    caller Marnie", "our little fella Tobiah's", "The seller Mrs. Varnham"), after a determiner with up to
    three describing words between, or opening the sentence with the word that describes it ("Dog owner
    Brisley, please ..."): the noun already says who, so the name goes and the noun stays (never "the 999
    caller a patient")."""
    det = (m.group(1) or "").lower()
    word = m.group(2).lower()
    noun_start = ctx.cursor + m.start(2)
    # (or a determiner with a modifier between: "the 911 caller Jenny", "our new phlebotomist Gemma")
    if (word in OCCUPATIONS or _OCCUPATION_ENDING.search(word) is not None) and (
            det in DETERMINERS or det in ARTICLES or det in ("another", "one") or _determined(ctx.text, noun_start)):
        return True
    if word not in _STORY_PEOPLE_NOUNS:
        return False
    if det in DETERMINERS or det in ARTICLES or det in ("another", "one") or _determined(ctx.text, noun_start):
        return True
    first = m.group(1) or ""
    return bool(first) and first[:1].isupper() and first.lower() not in FUNCTION_WORDS and is_sentence_start(
        ctx.text, ctx.cursor + m.start(1))


# Words for a person as the story sees them, a single plain word each (person_words*.txt,
# informal_people_words.txt, review_people_served.txt): "caller", "owner", "fella", "seller", "bloke".
_STORY_PEOPLE_NOUNS = frozenset(
    w for w in (vocab.words("person_words") | vocab.words("person_words_more") | vocab.words("informal_people_words")
                | vocab.words("review_people_served"))
    # (one person each: a plural before names is a list of them, "our carers Bev and Tony", said by the group rules)
    if re.fullmatch(r"[a-z][a-z-]*", w) and not (w.endswith("s") and not w.endswith("ss"))) - FUNCTION_WORDS


def _occupation_leads(name: str) -> bool:
    """ "Dispatcher Moose", "Phlebotomist Gemma": an occupation before the name (not a word that is a given
    name too: "Hunter Biden", "Mason Mount")."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    first = words[0].lower()
    if first.endswith("ing"):
        return False  # "Meeting Sarah for lunch"
    return (first in OCCUPATIONS or _OCCUPATION_ENDING.search(first) is not None) and not is_listed_as_name(first)


# A noun for a trade or a profession by its ending, where the list has no entry: "the radiographer Tomasz",
# "our podiatrist", "the wheelwright".
_OCCUPATION_ENDING = re.compile(r"(?:olog|ograph|iatr|apist|ician|wright|smith|monger)\w*$|(?<=\w{4})ist$")



def _role_noun_before(ctx: Context, start: int) -> bool:
    """"my mentor [Sister Angela]", "her neighbour, [Aunty Bisi]": a role with its determiner already
    says who the titled name is."""
    m = re.search(r"\b([A-Za-z][\w-]*)\s*,?\s*$", ctx.left(start))
    return bool(m) and _is_role_noun(m.group(1)) and _determined(ctx.text, ctx.cursor + m.start(1))


# A birth or a baby in the post: "Mama" before a name there is the mother.
_BIRTH_WORDS = re.compile(r"(?i)\b(?:bab(?:y|ies|e)|newborn|birth|born|deliver(?:ed|y)|labou?r(?:ed|ing)?|twins|triplets|"
                          r"pregnan\w*|midwife|postnatal|antenatal|nicu|breastfe\w*)\b")


# "that" opening a clause, not pointing: "confirmed to me that Alhaji Musa Danladi ... is on life support".
_THAT_CLAUSE = re.compile(r"(?i)\b(?:me|us|him|her|them|you|said|says|told|confirmed|heard|hear|know|knew|think|thought|"
                          r"hope|news|seems|so|now)\s+that\s+$")


def _titled(ctx: Context, span: Span, word: str, word_start: int, poss: int) -> str:
    """What a titled name becomes, the title standing for the person: "her Uncle Ade" -> "her uncle",
    "Mum, Dad, Aunty Funmi" -> "my aunty", "Judge Mortimer" -> "the judge", "Mama Chidinma's" -> "a
    mum's", and "the judge" again where the same person comes back."""
    low = word.lower()
    phrase = NAME_TITLES.get(low, "the " + low)
    if phrase == "the lady" and _BIRTH_WORDS.search(ctx.text):
        phrase = "the mum"  # "Mama Hine is a legend" after a birth: the mother; elsewhere "Mama Rosalind in 214" is a lady
    noun = phrase.split(" ", 1)[1]
    mention = ctx.mention(span, noun)
    suffix = "'s" if poss else ""
    if _determined(ctx.text, word_start) and not _THAT_CLAUSE.search(ctx.text, max(0, word_start - 40), word_start):
        if re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$", ctx.text[max(0, word_start - 30):word_start]) and not re.search(
            r"(?i)\b(?:" + vocab.alternation("determiners") + r")\s+$", ctx.text[max(0, word_start - 30):word_start]
        ):
            return word + suffix  # "Our Charge Nurse Patience" -> "Our Charge Nurse": one title, as written
        if low in _SHORT_TITLES and noun != low:
            return noun + suffix  # "our retired Col. Akhtar" -> "our retired colonel", never "retired col"
        return (low if word[1:].islower() else word) + suffix  # "her Uncle Ade" -> "her uncle"
    if re.search(r"\b(?:" + vocab.alternation("family_nouns") + r"),\s*$", ctx.left(word_start), re.IGNORECASE):
        return "my " + low + suffix  # "Mum, Dad, Aunty Funmi" -> "Mum, Dad, my aunty"
    if mention == 3:
        return "the " + noun + suffix
    if mention == 2 and not phrase.startswith("the "):
        return "another " + noun + suffix
    return phrase + suffix


def someone_span(ctx: Context, span: Span) -> Replacing:
    """Someone the text names by a role the generaliser cannot read ("an F1", "the MD")."""
    return ctx.article_phrase(span, "someone")


def handle_span(ctx: Context, span: Span) -> Replacing:
    bracketed = re.search(r"\s*\(\s*$", ctx.left(span.start))
    closed = re.match(r"\s*\)", ctx.text[span.end:]) if bracketed else None
    if closed:  # "followed me on Instagram (@lily.rose.runs)": the brackets held only the handle
        ctx.mention(span)
        return ctx.cursor + bracketed.start(), span.end + closed.end(), ""
    if is_sentence_start(ctx.text, span.start) and _CALLING_AFTER.match(ctx.text, span.end) or re.match(
        r"\s+(?:thanks|thank you|ty)\b", ctx.text[span.end:], re.IGNORECASE
    ):  # "@mrsbakerteaches thanks for the resources": spoken to, the handle goes
        ctx.mention(span)
        return span.start, span.end + space_after(ctx.text, span.end), ""
    if _OBJECT_PRONOUN_BEFORE.search(ctx.left(span.start)):
        # "then tag me @shanice_glowup_tt sayin I doh answer": after the verb's object the handle only says which
        # account did it, and goes; never "tag me someone sayin" (session 40's judges)
        ctx.mention(span)
        gap = re.search(r"[ \t]+$", ctx.left(span.start))
        return span.start - (len(gap.group(0)) if gap else 0), span.end, ""
    mention = ctx.mention(span)
    phrase = {1: ctx.person.indefinite, 2: ctx.person.another, 3: ctx.person.definite}[mention]
    start, phrase = ctx.absorb_article(span.start, phrase)
    return start, span.end, phrase


# A verb and its object pronoun right before a handle: "tag me @x", "messaged us @y", "DM'd me @z".
_OBJECT_PRONOUN_BEFORE = re.compile(r"(?i)\b[a-z][a-z'’]+[ \t]+(?:me|us)[ \t]+$")


# Other Englishes' "my", "our" and "the" before a role noun ("me mate", "wor kid", "de lil grandson").
_DIALECT_DETERMINERS = vocab.words("dialect_determiners")


def _determined(text: str, noun_start: int) -> bool:
    """True when the role noun at ``noun_start`` already has a determiner, perhaps with adjectives
    between: "our new grad", "my lovely little neighbour", "Sam's mum". Then removing the name after
    it must not add "the" ("our new the grad")."""
    clause = re.split(r"[!?;:,\n()]|\.(?!\d)", text[max(0, noun_start - 80) : noun_start])[-1]
    words = clause.split()
    for k, word in enumerate(reversed(words[-4:])):
        w = word.lower()
        if k < 3 and re.fullmatch(r"[A-Z]{2,4}", word):
            continue  # an acronym is a modifier: "their IT director", "our HR lead"
        if w in DETERMINERS or w in ARTICLES or w in ("another", "one", "some", "every", "each", "these", "those"):
            return True
        if w in _DIALECT_DETERMINERS and (word.islower() or is_sentence_start(text, noun_start - len(clause) + clause.rfind(word))):
            return True  # "me mate Jono", "de lil grandson Kyle": other Englishes' "my" and "the"
        if re.fullmatch(r"\w+['’]s", w):
            return True  # "Sam's mum"
        # a class or year code is a modifier like an adjective: "my JSS2 student", "our Y6 kids", "our
        # Form 2 teacher", "Our S.2 girl"; an emergency line's number: "the 911 caller", "our 111 call handler"
        if k == 3 or w in FUNCTION_WORDS or w in ROLE_NOUNS or w in _NOT_ADJECTIVES or not (
            w.isalpha() or re.fullmatch(r"[a-z]{1,4}\.?\d{1,2}|\d{1,3}", w)
        ):
            return False  # three adjectives at most; a verb, a preposition or another noun stops the search
    return False


def _leading_title(text: str) -> str | None:
    m = re.match(r"(?i)(" + vocab.alternation("titles") + r")\.?\s", text)
    return m.group(1) if m else None


def _trailing_period(text: str, span: Span) -> str:
    """"Noah P." at the end of a sentence: keep the full stop the initial was carrying."""
    if span.text.endswith(".") and re.match(r"\s*($|[A-Z\n])", text[span.end:]):
        return "."
    return ""


def _drop_aside_after_person(text: str, end: int, poss: int) -> int:
    """Where a name's replacement ends: after its possessive, or after the bed, age or weight that
    follows it ("nanny peg, 91, lives alone" -> "the gran lives alone")."""
    if poss:
        return end + poss
    return _drop_weight_after_person(text, _drop_age_after_person(text, _drop_bed_after_person(text, end)))


# A nickname in quotes right after a name, and the surname after it: "Tunde 'the Tornado' scored",
# "Niamh 'Ginger' Varga scored".
_NICKNAME_AFTER = re.compile(r"[ \t]+['‘\"“](?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}['’\"”](?![A-Za-z])(?:[ \t]+[A-Z][a-z][\w'’-]*(?=[\s,.!?;:]))?")


def _drop_nickname_after_person(text: str, end: int) -> int:
    """"Tunde 'the Tornado' scored" -> "An athlete scored": the nickname names the person as well as the
    name does, and goes with it."""
    m = _NICKNAME_AFTER.match(text, end)
    return m.end() if m else end


def _drop_bed_after_person(text: str, end: int) -> int:
    """"Mr. Kowalski in bed 12" -> "a patient": the bed or room goes with the person it locates."""
    m = re.match(r"\s+(?:in|on|from)\s+(?:bed|bay|room|cubicle|side room)\s+\w+\b", text[end:], re.IGNORECASE)
    return end + m.end() if m else end


def _drop_age_after_person(text: str, end: int) -> int:
    """"Li Wei (34)" or "Sarah, 9," -> the age goes with the name (a band would still narrow it)."""
    # (with the Chinese, Japanese or Korean unit joined to it: "Mr Chan, 58歲, keeps asking" -> "A patient keeps asking")
    m = re.match(r"\s*\(\s*\d{1,3}\s*(?:[a-z]{1,3}|[歲岁歳살세])?\s*\)|,\s*\d{1,3}(?:\s?[歲岁歳살세])?(?=\s*[,.!?;:])(?:\s*,)?",
                 text[end:], re.I)
    if m and m.group(0).endswith(",") and comma_kept_after_aside(text, end + m.end()):
        return end + m.end() - 1  # "M, 34, agoraphobia" -> "a client, agoraphobia", never "a client agoraphobia"
    return end + m.end() if m else end


_WEIGHT = re.compile(r"\s+\d{1,2}(?:\.\d)?\s?(?:lbs?|kg)(?:\s*\d{1,2}\s?oz)?(?![\w])|\s+\d{3,4}\s?g(?![\w])", re.IGNORECASE)


# Nothing but emoji, punctuation or tags after a phrase until its sentence ends.
_CLAUSE_ENDS = re.compile(r"(?:[^\w\n,;:]|#\w+)*(?:$|\n)")


# A title's short form, written with its full stop before a name: "retired Col. Akhtar", "Lt. Méndez and the crew",
# "Sgt. Byrne": the full stop shortens the title and ends no sentence (name_titles.txt's short forms).
# Only the shortened forms: "Doña", "Kuia" are whole words, said as written.
_SHORT_TITLES = frozenset({"sgt", "capt", "insp", "cllr", "col", "lt", "cpl", "brig", "sr", "fr", "mdm", "rev", "pt"}) & frozenset(NAME_TITLES)


def _drop_weight_after_person(text: str, end: int) -> int:
    """"baby Rhiannon 7lb 2oz" -> "the baby": a weight right after a name (a birth weight) goes with it."""
    m = _WEIGHT.match(text, end)
    return m.end() if m else end


def household_span(ctx: Context, span: Span) -> Replacing:
    """"the Hendersons' old labrador" -> "a family's old labrador": a surname in the plural is a household,
    "the family" when it comes back."""
    mention = ctx.mention(span, "family")
    # one of the household named later ("the Hendersons' golden ... Mrs Henderson said") is of the same family,
    # never "someone else": the surname in the singular is theirs too
    met = next((i for i, seen in enumerate(ctx.people) if name_tokens(span.text) & seen), None)
    if met is not None:
        ctx.people[met] |= {re.sub(r"(?:e?s)$", "", t) for t in name_tokens(span.text)} | {t[:-1] for t in name_tokens(span.text) if t.endswith("s")}
    poss = possessive_after(ctx.text, span.end)
    if mention == 2 and not re.search(r"(?i)\bfamil(?:y|ies)\b", ctx.text[:span.start]):
        mention = 1  # the first family the post names ("the Hendersons said" after a pet's name): not "another"
    phrase = ("the family" if mention == 3 else "another family" if mention == 2 else "a family") + ("'s" if poss else "")
    start, _ = ctx.absorb_left(span.start, r"\bthe\s+")
    return start, span.end + poss, phrase


def thing_span(ctx: Context, span: Span) -> Replacing:
    """"a red Corsa" -> "a red car": a name after a colour is a make (most often of a car); before a noun
    it is a modifier and goes ("a blue Nike hoodie" -> "a blue hoodie")."""
    nxt = next_word(ctx.text, span.end).lower()
    if nxt[:1].isalpha() and nxt == next_word(ctx.text, span.end) and not _NOT_A_NOUN.fullmatch(nxt):
        return span.start, span.end + space_after(ctx.text, span.end), ""
    return span.start, span.end, "car"


# What follows a make and is no noun it describes: a preposition or a verb ("a red Corsa around 11pm",
# "a silver Astra parked outside").
# (and the small words of a Creole or Pidgin: "di yellow Hummer pon Hope Road")
_NOT_A_NOUN = re.compile(r"around|near|outside|behind|past|along|down|up|through|across|pon|inna|ina|wid|fi|deh|\w+ing|\w+ed|"
                         + "|".join(FUNCTION_WORDS))


# Above this the post reads as about someone from work (the work-talk classifier's P(WORK)): a name
# there, even one guessed from capitals, is most likely the person the writer serves.
_PLAINLY_WORK = 0.5


# The sources of a name found only because it is joined to another name ("Kofi and [Ama]"): placed no
# better than the name it is joined to.
_JOINED_SOURCES = frozenset({"coordinated name rule"})
# Between two names of one list: "Kofi and Ama", "Kofi, Ama and Esi", "Kofi & Ama", "Kofi's and Ama's".
# A replacement repeated in a list: a name of the list may have a describing word or a nickname's quotes of
# its own ("Siobhan, Declan and wee Roisin", "Ruby, Ollie and 'Bear'"); it is still one list, said once
# ("three colleagues"), never "two colleagues and another wee colleague".
_LIST_JOIN = re.compile(r"(?:['’]s?|['’\"”])?[ \t]*(?:,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
                        r"(?:(?:" + vocab.alternation("name_adjectives") + r")[ \t]+)?['‘\"“]?")


_PAST = vocab.words("common_past_forms") | vocab.words("irregular_past_forms")
# Verbs that take a person straight after them ("call mum Aisha", "thank nurse Joy"): never part of a role.
_VERBS_BEFORE_PEOPLE = frozenset(
    "call ask tell see thank text ring phone help meet love miss hug visit message email bring take get find".split()
)


def _compound_modifier(word: str) -> bool:
    """Is ``word``, written right before a role noun with no determiner, part of the role ("license
    clerk", "pipe cleaner", "ward clerk"), not a verb taking the person ("said mum Aisha", "call mum")?"""
    low = word.lower()
    if re.fullmatch(r"[A-Z]{2,4}", word) and low not in FUNCTION_WORDS:
        return True  # "QA lead Joanna" -> "the QA lead": an acronym before the role is the role's
    return (word.islower() and word.isalpha() and low not in FUNCTION_WORDS and low not in DETERMINERS
            and low not in _NOT_ADJECTIVES and low not in _PAST and low not in _VERBS_BEFORE_PEOPLE
            and not re.search(r"(?:ed|ing)$", low))


def _unplaced_guess(ctx: Context, span: Span) -> bool:
    """Is ``span`` a person the text does not place at work: a name guessed from capitals alone, or one
    found only because it is joined to such a guess ("Kofi and Ama"), with nobody from work named
    beside it, in a post that is not plainly about work?"""
    if not is_guess(span, ctx.text):
        if span.source not in _JOINED_SOURCES or served_near(ctx.text, span.start, span.end):
            return False
        if not any(is_guess(other, ctx.text) for other in _list_of(ctx, span) if other is not span):
            return False
    score = work_score(ctx.text)
    if score < _PLAINLY_WORK:
        return True
    # the classifier reads "Weekend at Hay-on-Wye with Sam" as about work (.74): a post about the writer's
    # own time that names nothing of work has no patient or client in it unless it is all but certain
    return score < _ALL_BUT_CERTAIN and bool(_OWN_TIME.search(ctx.text)) and not _AT_WORK.search(ctx.text)


_ALL_BUT_CERTAIN = 0.9
# The writer's own time: a weekend, a holiday, a night out.
_OWN_TIME = re.compile(
    r"(?i)\b(?:weekend|holiday|hols|vacation|days?\s+off|annual\s+leave|half[\s-]term|date\s+night|night\s+out|"
    r"birthday|bday|wedding|hen\s+do|stag\s+do|honeymoon|road\s+trip|brunch|pub|festival|gig|concert|beach|"
    r"after\s+(?:my\s+)?(?:last\s+)?(?:night\s+)?shift|post[\s-]nights?|nights?\s+off|off\s+shift)\b"
)
# Anything of work: a session, a shift, a ward, a class, the people served, the job itself.
_AT_WORK = re.compile(
    r"(?i)\b(?:sessions?|shifts?|wards?|clinics?|caseload|appointments?|lessons?|class(?:room)?|placement|handover|"
    r"referrals?|assessments?|consultations?|therapy|bed\s+\d+|bay\s+\d+|job|work|working|office|meeting|"
    r"clients?|patients?|students?|pupils?|residents?|service\s+users?|customers?|colleagues?|"
    r"(?:year|yr)\s*\d{1,2}s?)\b"
)


def _quoted_end(text: str, member: Span) -> int:
    """Where the last name of a list ends, past the closing quote of a nickname quoted in it ("Ruby, Ollie and
    'Bear' went"): the list said once takes both quotes, never leaving "three people' went" (a stray quote that
    reads as a possessive)."""
    end = member.end
    if (member.start > 0 and text[member.start - 1] in "'‘\"“" and text[end:end + 1] in ("'", "’", '"', "”")
            and not text[end + 1:end + 2].isalnum()):
        return end + 1
    return end


def _list_of(ctx: Context, span: Span) -> list[Span]:
    """The person names joined with ``span`` in one list ("Kofi and Ama", "Kofi, Ama and Esi"), in
    order, ``span`` (or the span it was cut from) among them; [] when it stands alone."""
    names = sorted(
        (s for s in ctx.spans if s.kind.family == "person" and s.entity_type == "PERSON" or s is span
         or s.kind.family in ("organisation", "place") and re.fullmatch(r"[A-Z][a-z]+", s.text.strip())
         and not is_company(s.text)),
        key=lambda s: s.start,
    )
    at = next((i for i, s in enumerate(names) if s.start <= span.start and span.end <= s.end), None)
    if at is None:
        return []
    if not any(s.kind.family == "person" and s.entity_type == "PERSON" for s in names):
        return []
    first = last = at
    while first > 0 and _LIST_JOIN.fullmatch(ctx.text, names[first - 1].end, names[first].start):
        first -= 1
    while last + 1 < len(names) and _LIST_JOIN.fullmatch(ctx.text, names[last].end, names[last + 1].start):
        last += 1
    return names[first:last + 1] if last > first else []


# A noun a name before it describes: "a Taylor Swift concert", "a Kofi special".
_NOUN_AFTER_A_NAME = re.compile(r" (?:concert|gig|song|album|film|movie|show|book|tour|fan|special|look|moment|quote|lecture|talk|documentary|biopic|tribute)s?\b")
# A plural role noun, then a colon or a comma, just before a list of names: "our 3 founders: ".
_PEOPLE_JUST_SAID = re.compile(r"\b([a-z][\w-]*s)\s*[:,]\s*$")
_PLURAL_ROLES = vocab.words("role_nouns_more") | frozenset(w + "s" for w in vocab.words("role_nouns") | vocab.words("job_titles")) | {"founders", "owners", "partners", "directors"}
# A span the model found that is a list of first names: "Tyler, Mia and Noah".
_LISTED_NAMES = re.compile(r"[A-Z][\w'’-]*(?:\s*,\s*[A-Z][\w'’-]*)*\s*,?\s+(?:and|&)\s+[A-Z][\w'’-]*")


def _introduced_before(ctx: Context, span: Span, start: int) -> str:
    """The role noun of the one person the sentence before ``span`` brought in with "a" or "an" ("Had a
    wee student with me today."), when ``span`` opens the next sentence with nothing of its own that says
    who it is (no bed, no team, no role after it); "" otherwise."""
    text = ctx.text
    if not is_sentence_start(text, start) or any(s.kind.family == "person" and s.end <= start for s in ctx.spans):
        return ""  # a name already met before this one: which of them the sentence brought in is unsure
    if _drop_bed_after_person(text, span.end) != span.end or _ON_A_TEAM_AFTER.match(text, span.end) or _ROLE_AFTER.match(text, span.end):
        return ""
    before = text[:start].rstrip()
    sentences = re.split(r"(?<=[.!?])\s+|\n+", before)
    previous = sentences[-1] if sentences else ""
    if not previous or len(sentences) > 2:
        return ""  # only the post's first sentence brings in the person its second names
    found = []
    words = re.findall(r"[\w'’-]+", previous)
    for i, word in enumerate(words):
        low = word.lower()
        if low in ("a", "an"):
            for k in range(1, 4):
                if i + k < len(words) and words[i + k].lower() in _INTRODUCED_NOUNS:
                    found.append(words[i + k].lower())
                    break
                if i + k < len(words) and (words[i + k].lower() in FUNCTION_WORDS or not words[i + k].islower()):
                    break
        elif low in ROLE_NOUNS and low not in FUNCTION_WORDS and low not in _INTRODUCED_NOUNS:
            return ""  # another person in the sentence ("my colleague and I had a student")
    return found[0] if len(found) == 1 else ""


# The roles a sentence can bring someone in by: the people served and the people learning or working
# beside the writer (not family, whose names the writer's own posts keep).
_INTRODUCED_NOUNS = frozenset(vocab.words("own_people")) | {"student", "trainee", "intern", "apprentice", "new starter", "locum"}


def _listed(ctx: Context, span: Span) -> bool:
    """Is ``span`` a list of people's names ("Tyler, Mia and Noah"), not a firm named so ("Bergstrom,
    Schmidt and Murphy is a design agency", "the address of Lee, Park and Cho")?"""
    if not _LISTED_NAMES.fullmatch(span.text.strip()):
        return False
    if re.match(r"\s+(?:is|was|has|does)\b", ctx.text[span.end:]) or re.search(r"(?i)\b(?:(?:address|office|offices|website|site)\s+of|at)\s+$", ctx.left(span.start)):
        return False
    return True


def _plural(noun: str) -> str:
    if noun.endswith("child"):
        return noun + "ren"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _plain_group(ctx: Context, span: Span) -> list[Span]:
    """The names of the list ``span`` opens when each is a plain name the writer's role noun stands for:
    no title, nobody met before, no possessive before the last, nothing after the last that says they
    are someone else (a team, a bed)."""
    group = _list_of(ctx, span)
    if len(group) < 2 or group[0].end < span.end or group[0].start > span.start:
        return []
    text = ctx.text
    for member in group:
        if member is not group[0] and ctx.has_met(member) or _leading_title(member.text):
            return []
        if member is not group[-1] and possessive_after(text, member.end):
            return []
        if _unplaced_guess(ctx, member):
            return []  # nobody's patient: said as "someone", or as friends with the rest
    last = group[-1]
    if _ON_A_TEAM_AFTER.match(text, last.end) or _drop_bed_after_person(text, last.end) != last.end:
        return []
    return group


def _unplaced_group(ctx: Context, span: Span) -> list[Span]:
    """The names of the list ``span`` opens, when every one of them is a person the text does not place
    at work, the others named here for the first time, and no possessive before the last: [] otherwise."""
    group = _list_of(ctx, span)
    if len(group) < 2 or group[0].end < span.end or group[0].start > span.start:
        return []
    text = ctx.text
    for member in group:
        if member is not group[0] and ctx.has_met(member) or not _unplaced_guess(ctx, member):
            return []
        if member is not group[-1] and possessive_after(text, member.end):
            return []  # "Kofi's and Ama's": each their own
    return group


# A person named again soon after, with nobody else between, is said as a pronoun, as a writer would ("Ryan is
# lovely. Ryan has not handed in homework" -> "... He has not handed in homework"; "told me Jake's big news" after
# Jake -> "told me his big news"), never as "the customer" again or "someone" (which reads as somebody else).
_HE = re.compile(r"(?i)\b(?:he|him|his|himself|he['’](?:s|d|ll))\b")
_SHE = re.compile(r"(?i)\b(?:she|her|hers|herself|she['’](?:s|d|ll))\b")
_GENDER_OF = {word.strip(): pronoun.strip() for pronoun, _, words in (row.partition(":") for row in vocab.entries("gendered_people"))
              for word in words.split(",")}
_SUBJECT_PRONOUN = re.compile(r"(?i)\b(?:he|she|they)\b")
# A title before a name that says whether they are a man or a woman: "Mr", "Uncle" / "Mrs", "Auntie".
_GENDERED_TITLE = re.compile(r"(?i)(?:\b(mr|sir|uncle|brother|bro|papa|grandad|grandpa|baba|oga)|\b(mrs|ms|miss|madam|ma['’]am|"
                             r"auntie|aunty|aunt|sister|sis|mama|nan|nana|grandma|gran|nanny))\.?\s+$")
# Words after which a name is an object: prepositions and the verbs that take a person ("told Jake", "in front of Poppy").
_OBJECT_BEFORE = re.compile(r"(?i)\b(?:of|to|with|for|from|about|at|by|behind|beside|near|after|before|without|"
                            r"told|tell|asked|ask|saw|see|met|meet|called|call|thanked|thank|hugged|helped|help|love|miss|missed)\s+$")
# After "'s", these say "is" or "has" ("Gary's safe", "Ruaridh's coming"), not whose.
_IS_AFTER = re.compile(r"(?i)[ \t]+(?:a|an|the|not|been|got|gone|going|coming|safe|fine|ok|okay|back|home|still|now|so|always|"
                       r"never|really|just|very|here|there|off|out|up|down|on|in|already|also|doing|[a-z]+ing|[a-z]+ed)\b")
# A verb after "they" must not be one that agrees with one person ("they is"): a past form or a modal reads either way.
_THEY_VERB = re.compile(r"(?i)[ \t]+(?:will|would|can|could|should|might|must|did|had|said|told|made|got|came|went|cried|"
                        r"[a-z]+ed)\b")


def _pronoun_again(ctx: Context, span: Span, start: int, end: int, poss: int) -> Replacing | None:
    """(start, end, pronoun) for a person met before, named again in the same sentence or the next with no
    other person named between and no other word for a person between; None where a pronoun might point at
    someone else, or where their gender is unsaid and "they" would need the verb changed."""
    text = ctx.text
    tokens = name_tokens(span.text)
    people = [s for s in ctx.spans if s.kind.family in ("person", "someone") and s.end <= span.start]
    same = [s for s in people if tokens & name_tokens(s.text)]
    if not tokens or not same:
        return None
    prev = same[-1]
    met = next((i for i, seen in enumerate(ctx.people) if tokens & seen), None)
    if met is None or met in ctx.unsaid:
        return None  # "a signed Cher poster ... one of Cher's tours": only a modifier before, no one a pronoun points back to
    if any(s.start >= prev.end and not tokens & name_tokens(s.text) for s in people):
        return None  # somebody else was named between
    between = text[prev.end:start]
    if _SUBJECT_PRONOUN.search(between):
        return None  # "she has a signed Cher poster ... she sang on one of Cher's tours": another person is "she" here
    if not re.search(r"\b[a-z]{2,}\b|[.!?](?:\s|$)", between):
        return None  # "Pt Mary-Jane Cotter, MRN 00123456 — Mary-Jane's BP": one mention, which the tidy-up joins
    if len(re.findall(r"[.!?]+(?:\s|$)|\n", between)) > 1:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", between)}
    if words & (ROLE_NOUNS - FUNCTION_WORDS) or words & _APPOSED_PEOPLE:
        return None  # "Ryan's dad who asked me ... Ryan is lovely": "he" could be the dad
    around = text[same[0].start:min(len(text), end + 80)]  # what the text says of them since it first named them
    he, she = bool(_HE.search(around)), bool(_SHE.search(around))
    titled = _GENDERED_TITLE.search(text, max(0, same[0].start - 12), same[0].start)
    if titled and not he and not she:  # "Auntie Esi at Esi's Chop Bar" -> "her Chop Bar"
        he, she = titled.group(1) is not None, titled.group(2) is not None
    before_first = re.search(r"([A-Za-z]+)\s+$", text[max(0, same[0].start - 20):same[0].start])
    said = _GENDER_OF.get(ctx.noun_of(span)) or (_GENDER_OF.get(before_first.group(1).lower()) if before_first else None)
    if said:  # "her dad Ray ... Ray cried" -> "He cried", whatever "her" says
        he, she = said == "he", said == "she"
    if he and she:
        return None
    opening = is_sentence_start(text, start) or opens_after_emoji(text, start)
    if not poss and re.match(r"\s*,", text[end:]):
        return None  # "Ananya Pillai, lunch is on me": a pronoun before a comma reads as no one's
    if poss:
        contracted = bool(_IS_AFTER.match(text, end + poss))
        if contracted:
            word = "he's" if he else "she's" if she else "they're"
        else:
            word = "his" if he else "her" if she else "their"
        end += poss
    elif opening:
        if not he and not she and not _THEY_VERB.match(text, end):
            return None
        word = "he" if he else "she" if she else "they"
    elif _OBJECT_BEFORE.search(text[max(0, start - 30):start]):
        word = "him" if he else "her" if she else "them"
    else:
        return None
    return start, end, word


# -- a nickname said as one ----------------------------------------------------------------------------
# A name in quotes right after the words that give someone a nickname: the words stay, and what they give
# is said as "a nickname" ("we all call him 'the walrus'" -> "we all call him by a nickname", "who goes by
# Bear" -> "who goes by a nickname"); never "we all call him someone", which reads as a slip.
_Q_OPEN = "'‘\"“"
_Q_CLOSE = "'’\"”"
_CALLED_BEFORE = re.compile(r"(?i)\b(?:call|calls|called|calling)[ \t]+(?:(?:him|her|them)[ \t]+)?([" + _Q_OPEN + r"]?)$")
_GOES_BY_BEFORE = re.compile(r"(?i)\b(?:goes|go|went|going)[ \t]+by[ \t]+(?:the[ \t]+name[ \t]+(?:of[ \t]+)?)?([" + _Q_OPEN + r"]?)$")
# "the lad known as 'Smudge' round here", "Pillai aka 'Colonel'": the naming words go with the nickname.
_KNOWN_AS_BEFORE = re.compile(r"(?i)[ \t,]*\b(?:known[ \t]+as|aka|a\.k\.a\.?|nicknamed|alias)[ \t]+([" + _Q_OPEN + r"]?)$")
# "That fella 'Dai Tablets' we all know": the person pointed at needs no name after the noun.
_POINTED_AT_BEFORE = re.compile(
    r"(?i)\b(?:that|this|the|one)[ \t]+(?:fella|fellow|bloke|guy|geezer|lad|lass|chap|woman|lady|man|kid|boy|girl|"
    r"regular|customer|client|patient|resident)[ \t]+([" + _Q_OPEN + r"])$")


# "PC 'Biscuits' on our team" -> "A PC on our team": a rank or title before a nickname is who they are.
_TITLE_NICK_BEFORE = re.compile(
    r"(?<![\w'’])(PC|PCSO|DC|DS|Sgt|Cpl|Pte|Lt|Capt|Cadet|Officer|Constable|Nurse|Coach|Chef)\.?[ \t]+([" + _Q_OPEN + r"])$")


# "Brent buddy, call me first": a name spoken to with the word friends are called by goes alone, and the
# word opens the sentence ("Buddy, call me first"), never "The buddy, call me first".
_MATE_AFTER = re.compile(r"[ \t]+(?:mate|buddy|pal|bro|babe|hun)\b[ \t]*,")


_CREWED_WITH_BEFORE = re.compile(
    r"(?i)\b(?:crewed|paired|partnered|teamed|rostered|on[ \t]+shift|on[ \t]+nights|on[ \t]+lates)[ \t]+(?:up[ \t]+)?with[ \t]+([" + _Q_OPEN + r"])$")


# After a name in commas, who calls them by it: "Dinny to everyone back home", "Bex to her mates": a second name of
# the person just named; the aside runs to the next comma or the clause's end.
_ALIAS_TO_EVERYONE_AFTER = re.compile(
    r"(?i)[ \t]+to[ \t]+(?:everyone|everybody|all|us|us\s+all|the\s+lads|the\s+girls|(?:his|her|their)\s+(?:mates|friends|pals|family|"
    r"kids|grandkids|mam|mum|mom)|friends|family|the\s+family|the\s+ward|the\s+staff)\b[^,.!?\n]{0,40}?(?=,)")


def nickname_slot(ctx: Context, span: Span) -> Replacing | None:
    """(start, end, new) for a nickname after the words that give it, or for a name spoken to with "mate"
    after it ("Brent buddy, call me"), or None."""
    text = ctx.text
    left = ctx.left(span.start)
    if span.entity_type == "PERSON" and " " not in span.text.strip() and _MATE_AFTER.match(text, span.end) \
            and opens_sentence(text, span.start):
        ctx.mention_unsaid(span)
        return span.start, span.end + len(re.match(r"[ \t]+", text[span.end:]).group(0)), ""
    alias = _ALIAS_TO_EVERYONE_AFTER.match(text, span.end)
    comma = re.search(r"[ \t]*,[ \t]+$", left)
    if alias and comma and " " not in span.text.strip() and span.kind.family in ("person", "someone") and any(
            other is not span and other.kind.family == "person" and other.end <= span.start
            and not re.search(r"[.!?\n]", text[other.end:span.start]) and span.start - other.end <= 40 for other in ctx.spans):
        # "Sat with Denis tonight, Dinny to everyone back home, for his last hours": the name in commas that "everyone"
        # calls him by is the same man's, never "someone else to everyone" (judges of fresh42); the aside goes whole
        ctx.mention_unsaid(span)
        return ctx.cursor + comma.start(), alias.end(), ""
    crewed = _CREWED_WITH_BEFORE.search(left)
    if crewed and text[span.end:span.end + 1] in _Q_CLOSE:
        # "Crewed with 'Spanner' again" -> "Crewed with a colleague again": whoever one is crewed with is staff,
        # never the role's "a patient"
        ctx.mention_unsaid(span)
        return ctx.cursor + crewed.start(1), span.end + 1, "a colleague"
    titled = _TITLE_NICK_BEFORE.search(left)
    if titled and text[span.end:span.end + 1] in _Q_CLOSE:
        ctx.mention_unsaid(span)
        title = titled.group(1)
        title = title if title.isupper() else title.lower()
        article = "an" if title[0] in "AEIOUaeiou" and not title.isupper() or title[:1] in "FHLMNRSX" and title.isupper() else "a"
        return ctx.cursor + titled.start(), span.end + 1, f"{article} {title}"
    for pattern, new in ((_CALLED_BEFORE, "by a nickname"), (_GOES_BY_BEFORE, "a nickname"),
                         (_KNOWN_AS_BEFORE, ""), (_POINTED_AT_BEFORE, "")):
        m = pattern.search(left)
        if m is None:
            continue
        quoted = bool(m.group(1))
        closed_inside = quoted and span.text[-1:] in _Q_CLOSE  # the model's "Dai Pills'" takes the closing quote
        if quoted and not closed_inside and text[span.end:span.end + 1] not in _Q_CLOSE:
            return None
        if not quoted and pattern is not _GOES_BY_BEFORE:
            return None  # "we call Sam" is a person called on, not named
        end = span.end + (1 if quoted and not closed_inside else 0)
        if new:
            start = ctx.cursor + m.start(1)
        elif pattern is _KNOWN_AS_BEFORE:
            start = ctx.cursor + m.start()
        else:
            start = ctx.cursor + m.start(1)
        ctx.mention_unsaid(span)
        return start, end, new
    return None
