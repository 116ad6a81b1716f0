"""health_detail: health information about a person others can identify.

A diagnosis, a pregnancy, an overdose, being off sick with cancer: about a named colleague, "one of my
swimmers, 15, county level", or a patient with their age and town, it is special-category data,
confidential with or without a name. Raised for a health word (a listed condition, treatment or event,
or a clinical word by its ending: "-itis", "-osis", "-oma", "-ectomy"...) about one person the reader can
pick out: a named person or someone from work nearby, or one person the writer serves when the post also
points to them (an age, a place, a year group, a rarity, a small community, the news), or who is a
child ("one of my pupils": their class knows who). A young person's care or safeguarding status ("in
foster care", "on a child protection plan", "permanently excluded") counts as a health word. Not the writer's
own health or family ("my anxiety", "my nan's dementia"), nor a group ("ADHD in adult women"), nor an
anonymous "a client with anxiety", nor an awareness day, week or month that tells of nobody served, nor a
health word that names a service or a topic rather than anyone's condition ("the neonatal unit", "mental
health first aid", "the shingles vax"), nor one said of a thing ("the printer's broken").
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from ..detect.foreign_sentences import in_other_language
from ..patterns import GESTATION_WEEKS_DAYS
from .context import PLURAL_MENTION as _PLURAL
from .context import POINTER_TYPES, Post, overlaps, within
from .rule import Rule
from .small_community import is_setting
from .unread_text import MOSTLY_OTHER_LANGUAGE, other_language_share

_OWN_BEFORE = re.compile(r"(?i)\b(?:i|i['’]m|i['’]ve|i\s+was|i\s+am|me|my|myself|mine)\b(?:\s+[\w'’-]+){0,3}\s*$")
# Said to the readers, or the writer's own sign-off: "take your antibiotics", "your hamstring", "your
# friendly physio".
_TO_READER = re.compile(r"(?i)\byour\s+(?:[\w'’-]+\s+){0,2}$")
# The writer's own trade framing what they say (session 42, fresh41a: "As a physio, that man's hip deserves its own
# documentary"): "as a" right before the word and a comma, "I" or "myself" right after it; not "as a stroke patient".
_AS_MY_TRADE = re.compile(r"(?i)(?<![\w'’])as\s+an?\s+$")
_TRADE_SAID = re.compile(r"(?i)\s*(?:,|\s+i\b|\s+myself\b|\s+and\s+a\s+)")
# A health word opening a sentence that says something of it in general: "Burnout is real", "Imposter
# syndrome is a thing", "Compassion fatigue is no joke".
_GENERAL_STATEMENT = re.compile(
    r"(?i)\s+(?:is|are)\s+(?:so\s+|very\s+|too\s+)?(?:real|a\s+(?:real\s+)?thing|no\s+joke|not\s+a\s+joke|rampant|common|everywhere|"
    r"underrated|underdiagnosed|under-diagnosed|misunderstood|not\s+a\s+weakness|not\s+weakness)\b"
)
# A health word that is something else: "Std 2" (a school year in southern Africa and South Asia).
_NOT_A_CONDITION = re.compile(r"(?i)std\s*\d")
# "aids" in lower case is the syndrome only as what someone has or died of: "has aids", "died of aids", "hiv/aids".
_HAS_AIDS = re.compile(r"(?i)\b(?:with|has|have|had|got|from|of|and|hiv\s*/?)\s*$")
# The writer as the sentence's subject right before the word: "I collapsed", "I've had shingles".
_SUBJECT_I = re.compile(r"(?i)^(?:i|i['’]m|i['’]ve|i\s+was|i\s+am)(?:\s+(?:have|had|got|has|caught|get|felt|feel))?\s*$")
_THIRD_PERSON = re.compile(r"(?i)\b(?:he|she|they|his|her|their|him|them)(?:['’]s)?\b")
# Clinical words by their endings: "tendonitis", "sarcoidosis", "melanoma", "neuropathy", "appendectomy",
# "fibrodysplasia", "hyperthymesia".
# Medicines by their stems too: "eculizumab", "sildenafil", "atorvastatin", "ramipril", "diazepam".
_CLINICAL_ENDINGS = (
    "itis", "osis", "iasis", "aemia", "emia", "oma", "omas", "opathy", "plegia", "plegic", "ectomy", "otomy", "ostomy", "algia", "trophy",
    "plasia", "mnesia", "thymesia", "esthesia", "mab", "afil", "statin", "pril", "sartan", "olol", "azepam", "oxetine",
    "prazole", "mycin", "cillin", "oscopy", "orrhage",
)
# Medicines by their endings (monoclonal antibodies, PDE5 inhibitors, statins, ACE inhibitors, sartans, beta
# blockers, benzodiazepines, SSRIs, proton-pump inhibitors, antibiotics); the generaliser reads the same ones.
MEDICINE_ENDINGS = r"[a-z]{2}mab|afil|statin|pril|sartan|olol|azepam|oxetine|prazole|mycin|cillin"
_CLINICAL = re.compile(
    r"(?!(?:diploma|aroma|soma|stoma|coma|karma|trauma)s?$)[a-z]{3,}"
    r"(?:itis|osis|iasis|aemia|emia|omas?|opathy|plegia|plegic|ectomy|otomy|ostomy|algia|trophy|plasia|mnesia|thymesia|esthesia|oscopy|orrhage|"
    + MEDICINE_ENDINGS + r")"
)
# Details that point to one person without the detector: "aged 9", "14yo", "in year 10", "Mrs K", "bed 12",
# "my striker (16)", "(62M)".
_POINTER = re.compile(
    r"(?i)\b(?:aged\s+\d{1,3}|\d{1,3}\s?(?:yo|y/o|yrs?\s+old|years?[\s-]old|year[\s-]old|months?[\s-]old|years\s+young))\b"
    r"|\b(?:year|bed|room|bay)\s?\d{1,2}s?\b"
    # a school year in the notations of other school systems: "Form 4", "Grade 7", "SHS 2", "JSS3", "Primary 6"
    # (a pupil's class, which their classmates know as well as a name)
    r"|\b(?-i:(?:Form|Grade|Primary|JHS|JSS|SHS|SSS|SS|JS)\s?\d{1,2})\b|\b(?-i:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z])|(?:^|[.!?]\s+)\d{1,3}\.(?:\s|$)|,\s*\d{1,3}\s*[,.]|\(\d{1,2}\)|\b(?-i:\d{1,3}\s?[MF])\b|\b(?:only|just)\s+\d{1,2}\s+(?:and|&|but)\b"
)
_POINTING_CUES = (
    "review_small_places", "review_recognisable", "review_rarity", "review_news_exposure", "review_image_words",
    "review_private_contact", "review_legal_process",
)
# An injury or an organ said of someone: "tore his ACL", "broke her wrist", "got his kidney", "a new liver".
_INJURY = re.compile(
    r"(?i)\b(?:tore|torn|broke|broken|fractured|dislocated|sprained|ruptured|snapped|shattered|injured|damaged)\s+"
    r"(?:his|her|their)\s+(?:[\w'’-]+\s+)?[\w'’-]+|\b(?:got|getting|gets|needs|needed|waiting\s+for)\s+(?:his|her|their|a)\s+(?:new\s+)?"
    r"(?:kidney|liver|heart|lungs?|cornea|bone\s+marrow|pancreas)\b|\b(?:new|donor)\s+(?:kidney|liver|heart|lungs?)\b"
    # a part of the body lost: "lost two fingers on the line", "lost his leg", "lost a thumb"
    r"|\blost\s+(?:his|her|their|a|an|one|two|three|both|several)\s+(?:[\w'’-]+\s+)?(?:fingers?|thumbs?|toes?|legs?|arms?|hands?|feet|foot|eyes?)\b"
    # thrown or fallen: "came off his quad bike again", "fell off the roof", "had fallen through the floor"
    r"|\bcame\s+off\s+(?:his|her|their|the|a)\s+(?:[\w'’-]+\s+)?(?:bike|quad|motorbike|horse|pony|scooter|skateboard|ladder|roof|trampoline)\b"
    r"|\b(?:fell|fallen)\s+(?:off|from|through)\s+(?:his|her|their|the|a)\s+(?:[\w'’-]+\s+)?(?:roof|ladder|floor|balcony|scaffold\w*|horse|bike|window|cliff)\b"
    # in for a body part: "had the Hibs left back in for his knee", "in for her hip"
    r"|\bin\s+for\s+(?:his|her|their)\s+(?:knee|hip|back|shoulder|ankle|neck|wrist|elbow|hamstring|groin|foot|eye|heart|bowel|prostate|op|operation)\b"
)
# A cardiac arrest told as what someone's body did: "she arrested at 6am", "pt arrested overnight",
# "he arrested twice on the table"; not an arrest by the police, which has an object or a passive ("was arrested",
# "arrested him", "the man arrested at the station": so the subject is a pronoun or a patient, not "the man").
_ARRESTED = re.compile(
    r"(?i)\b(?:he|she|patient|pt)\s+"
    r"(?:then\s+|just\s+|nearly\s+|almost\s+|had\s+|has\s+)?(?:peri[\s-]?)?arrested(?!\s+(?:at\s+least|on\s+suspicion|in\s+connection|over|for)\b)"
    r"(?=\s*[.!,;]|\s+(?:at|on|in|during|twice|again|overnight|shortly|soon|minutes|an\s+hour|this|last|after|before|while|x\s?\d|\d)\b)"
)
# Drug use told without its object: "last year he was couch surfing and using", "is she still using?", "he's
# using heavily"; not "still using the old printer".
_USING = re.compile(
    r"(?i)\b(?:was|is|were|been|still|and|started|stopped|back|he['’]s|she['’]s|they['’]re)\s+using"
    r"(?=\s*(?:[.!?,;)]|$)|\s+(?:heavily|daily|every\s+day|hard)\b)"
)
# Close observation of a patient at risk (of self-harm, of running, of falling): "pt in side room 3 is on 1:1 obs",
# "she's on 2:1 specialling", "one-to-one observations overnight".
_CLOSE_OBS = re.compile(
    r"(?i)\b(?:[12]\s?:\s?1|one[\s-]to[\s-]one|two[\s-]to[\s-]one)\s+(?:obs|observations?|nursing|special(?:ling|ing)?|watch)\b"
)
# A birth told by its gestation in the ward's notation or by the length of the labour: "born at 23+4 on our unit",
# "a little girl born at 41+3", "after a 40-hour labour". (A birth the writer attended told without either,
# "delivered a baby on the hard shoulder", is their own day's work as often as anyone's health: left out.)
_BIRTH = re.compile(
    r"(?i)\b(?:born|delivered|arrived)\s+at\s+\d{2}\s?\+\s?\d\b|\b\d{2}\s?\+\s?\d\s+(?:weeks|wks|weeker)\b"
    r"|\b\d{1,2}[\s-]hours?\s+labou?rs?\b(?!\s+(?:ward|wards|suite|unit|shifts?|room)\b)"
)
# How long a labour took, told beside the birth: "born 4.12am to the bravest mum after 31 hrs", "arrived after 22
# hours", "Welcomed baby Mere at 4.12am ... Mum an absolute legend after 30hrs"; a birth and its labour are the mother's health (not "born and raised here, 12 hours on the road").
_LABOUR_LENGTH = re.compile(
    r"(?i)\b(?:born|delivered|arrived|welcomed)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,70}?\b(?P<length>after\s+(?:a\s+|an\s+)?(?:\d{1,2}|\w+)\s*(?:hrs?|hours)\b)"
    r"(?!\s+(?:of\s+)?(?:travel|travelling|traveling|driving|drive|flights?|on\s+the\s+road|in\s+the\s+car|delay|delays|queue))"
)
# A gestation in the ward's notation standing alone, in a post about a pregnancy or a birth: "SB (room 7) 41+3,
# 3rd IOL attempt"; not a score or an age ("40+ years", "won 21+3").
_GESTATION = re.compile(
    r"(?<![\w+.])" + GESTATION_WEEKS_DAYS + r"(?![\w+.%])(?!\s*(?:years|yrs|y/?o|yo|s\b|pts|points))"
)
_PREGNANCY_CONTEXT = re.compile(
    r"(?i)\b(?:iol|induc\w*|labou?r\w*|sections?|waters|ctg|contractions?|midwi\w+|gestation|bab(?:y|ies)|bump|antenatal|"
    r"epidural|deliver\w*|born|pregnan\w*|weeks|wks|birth\w*)\b"
)
# The family called to a bedside, the end of a life: "his granddaughter flying in from Perth to say goodbye",
# "made it in time to say goodbye"; not a class saying goodbye to a teacher who is leaving.
_GOODBYE = re.compile(
    r"(?i)\b(?:fl(?:y|ies|ying|ew|own)|travell?(?:ing|ed)|rush(?:ing|ed)|driving|drove)\s+(?:in|up|down|over|home|back)\b"
    r"[^.!?\n]{0,40}?\bto\s+say\s+(?:their\s+|her\s+|his\s+)?goodbyes?\b|\bin\s+time\s+to\s+say\s+(?:their\s+|her\s+|his\s+)?goodbyes?\b"
)
# Self-harm and an eating disorder told by the act as a noun, with "the" or whose it is: "open up about the
# cutting", "her purging has started again"; not "the cutting edge", "the cutting room", "cutting costs".
_HARM_NOUN = re.compile(
    r"(?i)\b(?:the|her|his|their)\s+(?:cutting|purging|bingeing|binging)\b"
    r"(?=\s*(?:[.!?,;:)]|$)|\s+(?:again|after|before|since|and|or|is|was|has|had|started|stopped|thing|stuff)\b)"
)
# Opening up in the writer's office, in any spelling: "finally open up to me bout", "opens up about"; a
# disclosure word (tells_of_health reads it as the therapy, not a condition), raised only about someone the
# post points to.
_OPEN_UP = re.compile(r"(?i)\bopen(?:s|ed|ing)?\s+up\s+(?:to\s+(?:me|us)\s+)?(?:about|bout|abt|'bout|’bout)\b")
# PrEP (HIV prevention) by its own spelling: "popped in for her PrEP", "he's on PrEP"; not "meal prep".
_PREP = re.compile(r"(?<![\w-])PrEP\b")
# A condition named by its eponym alone, in the possessive or as a double eponym: "his dad has early-onset
# Huntington's", "her Crohn's flared", "a kid with Ehlers-Danlos" (rewriter/data/eponymous_conditions_alone.txt);
# not a person by their title ("Dr Parkinson's clinic").
# (The lookahead: the letters the list's entries start with, so the scan tries the alternation only there.)
_EPONYM_ALONE = re.compile(
    r"(?i)(?=[" + "".join(sorted({re.escape(e[0].lower()) for e in vocab.entries("eponymous_conditions_alone")})) + r"])\b(?:"
    + vocab.alternation("eponymous_conditions_alone") + r")(?:['’]s)?\b"
)
_TITLE_BEFORE = re.compile(r"(?i)\b(?:dr|mr|mrs|ms|miss|prof|professor|st)\.?\s+$")
# A served person qualified by their condition: "my dementia pt", "my diabetic patient", "my cancer lady": the
# "my" is of the work, not the writer's own health.
_SERVED_AFTER = re.compile(
    r"\s+(?:pt|pts|patient|patients|client|clients|lady|man|gent|resident|pupil|student|kiddo|kid|boy|girl|service\s+user)\b", re.I
)
# Words _INJURY cannot match without: most posts have none.
# A part of someone's body hurt, in the plain words a supervisor, teacher or coach uses (session 44, fresh39-41): the
# part and its state either way round ("ankle swollen", "a swollen ankle", "split lip", "black eye"), something through
# it ("a nail through his hand"), or held in a brace, cast or sling ("still in the neck brace", "arm in a cast").
_PARTS = (r"(?:ankles?|wrists?|knees?|hands?|arms?|legs?|feet|foot|fingers?|thumbs?|toes?|elbows?|shoulders?|hips?|ribs?|"
          r"necks?|backs?|heads?|foreheads?|faces?|eyes?|lips?|noses?|jaws?|chins?|cheeks?|collarbones?|shins?)")
_BODY_HURT = re.compile(
    rf"(?i)\b(?:{_PARTS}\s+(?:(?:all|was|is|went|gone|proper|badly|really|so)\s+)?(?:swollen|swelled\s+up|bleeding|bruised|gashed|crushed|"
    rf"in\s+(?:a\s+)?(?:cast|sling|brace|splint|stitches))"
    rf"|(?:swollen|bruised|gashed|crushed|split|black)\s+{_PARTS}"
    rf"|\bthrough\s+(?:his|her|their)\s+{_PARTS}"
    rf"|(?:neck|back|knee|leg|wrist)\s+brace)\b"
)
# Being sick or fainting, said of someone ("threw up halfway through the paper", "one boy faint in the hall"): the
# present "faint" only as a verb before where it happened, not "a faint smell".
_BODY_EVENT = re.compile(
    r"(?i)\b(?:threw\s+up|throwing\s+up|thrown\s+up|vomited|vomiting|blacked\s+out|(?<!a\s)faint(?:s|ed)?\s+(?:in|at|on|during)\b)"
)
_BODY_HINTS = ("swollen", "swelled", "bleeding", "bruised", "gashed", "crushed", "split ", "black ", "through ", "brace", "cast", "sling",
               "splint", "stitches", "threw up", "throwing up", "thrown up", "vomit", "blacked out", "faint")
# A health word that is a verb in the past or a phrasal verb: a name before it is its subject, not a qualifier.
_A_VERB = re.compile(r"(?i)[a-z]+ed\b|threw\s+up|throwing\s+up|blacked\s+out|passed\s+out|faint(?:s|ed)?\b")
_INJURY_HINTS = ("lost ", "came off ", "fell ", "fallen ", "in for ", "tore ", "torn ", "broke", "fractured ", "dislocated ", "sprained ", "ruptured ", "snapped ", "shattered ",
                 "injured ", "damaged ", "kidney", "liver", "heart", "lung", "cornea", "marrow", "pancreas")
# A vital sign or an organ by its number, said of someone: "BP 190/110", "sats 84%", "his sugar was 22",
# "kidneys are at 8%", "eGFR of 12".
_VITALS = re.compile(
    r"(?i)\b(?:bp|blood\s+pressure|sats|o2\s+sats|sugars?|glucose|bms?|hba1c|a1c|heart\s+rate|pulse|egfr|inr|psa|"
    r"kidneys?(?:\s+function)?|liver\s+function|ejection\s+fraction|lung\s+function)"
    r"\s*(?:(?:is|are|was|were|of|at|down\s+to|up\s+to|hit|now|still|back|over|under|came|come|comes|went|dey|reads?|reading|showed|sitting|level|levels|[:=])\s*){0,3}\d{1,3}(?:\s*/\s*\d{2,3}|\.\d)?\s*%?"
)
# Sight by its acuity, said of someone's eye: "his left eye 6/60 already", "20/200 in her right eye".
_ACUITY = re.compile(
    r"(?i)\b(?:(?:left|right|good|bad|both)\s+)?eyes?\b[^.!?\n]{0,20}?(?<![\d/])(?:6/(?:60|36|24|18|12|9)|20/(?:[4-9]0|[1-4]00))(?![\d/])"
    r"|(?<![\d/])(?:6/(?:60|36|24|18)|20/(?:[1-4]00))(?![\d/])\s+(?:in|on)\s+(?:his|her|their|the|both)\s+(?:left\s+|right\s+|good\s+|bad\s+)?eyes?\b"
)
# A body weight said of someone: "weighs 140 kg", "one of my clients, ..., 140 kg, wants to lose 30 kg" (an
# apposition after someone), "her weight is 38kg"; not "lifted 140kg" or "a 20kg bag".
_BODY_WEIGHT = re.compile(
    r"(?i)\b(?:weighs|weighed|weighing|weight\s+(?:is|was|of|at|now|down\s+to|up\s+to))\s+(?:just\s+|about\s+|over\s+|nearly\s+|almost\s+|only\s+)?"
    r"\d{2,3}(?:\.\d)?\s?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)\b"
    r"|(?<=,)\s*\d{2,3}(?:\.\d)?\s?(?:kg|kgs|kilos|lbs)\s*(?=,)"
)
_WEIGHT_HINTS = ("kg", "kilo", "lb", "pound", "stone", "weigh")
_VITALS_HINTS = ("bp", "a1c", "pressure", "sats", "sugar", "glucose", "bm", "hba1c", "heart rate", "pulse", "egfr", "inr", "psa", "kidney", "liver", "fraction", "lung")
# The writer's care of one person, which is their health by itself when the post already points to them (the
# news, a rarity, a small place, a name): "I was his ICU nurse", "I'm her community midwife", "I'm their
# caseworker now", "I assessed him last year", "been seeing her since she was 11", "came through our ER".
_CARE_OF = re.compile(
    r"(?i)\b(?:i|i['’]m|i\s+am|i\s+was|i['’]ve\s+been|we\s+were|we['’]re)\s+(?:now\s+)?(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:nurse|midwife|doctor|gp|therapist|counsell?or|psychologist|psychiatrist|physio|caseworker|case\s+worker|social\s+worker|carer|"
    r"paramedic|surgeon|consultant|key\s*worker|health\s+visitor|support\s+worker|care\s+coordinator|psychotherapist)\b"
    r"|\b(?:i|we)\s+(?:assessed|treated|operated\s+on|resuscitated|intubated|delivered|counsell?ed|stitched\s+up|patched\s+up)\s+(?:him|her|them)\b(?!\s+to\b)"
    r"|\b(?:i['’]ve|i\s+have|we['’]ve|we\s+have)\s+been\s+(?:seeing|treating|counsell?ing|looking\s+after)\s+(?:him|her|them)\b"
    r"|\b(?:came|come|comes|was|were|is)\s+(?:in\s+)?through\s+(?:our|my|the)\s+(?:er|ed|a&e|a\s*&\s*e|resus|icu|emergency\s+department|trauma\s+bay)\b"
    # (session 35) someone from a story now in the writer's care: "One of the survivors of the market fire is on our
    # ward", "He's my patient and he's 12", "is now under our team", "we got 6 of them in our ER"
    r"|\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:on|in|under)\s+(?:our|my)\s+(?:ward|unit|icu|hdu|nicu|picu|er|ed|a&e|team|care)\b"
    r"|\b(?:he['’]s|she['’]s|he\s+is|she\s+is|they['’]re|is|are)\s+(?:now\s+)?(?:my|our)\s+(?:patients?|residents?)\b"
    r"|\b(?:of\s+them|them)\s+in\s+our\s+(?:er|ed|a&e|icu|resus|ward|unit)\b"
)
_CARE_HINTS = ("nurse", "midwife", "doctor", "gp", "therapist", "counsel", "psycholog", "psychiatr", "physio", "worker", "carer", "paramedic",
               "surgeon", "consultant", "visitor", "coordinator", "assessed", "treated", "operated", "resuscitated", "intubated", "delivered",
               "stitched", "patched", "been seeing", "been treating", "looking after", "through", "our ward", "our unit",
               "our icu", "our er", "our ed", "our team", "our care", "my care", "my patient", "our patient", "our resident", "in our")
# Stories that point to one person for a care relation: the news as well as a rarity or a small place.
_CARE_STORIES = frozenset({"rare_or_unique", "small_community", "news_event"})
# A health word said of any one at all, by what it is: "an EHCP is a legal document", "a diagnosis isn't a
# sentence".
_AN_ANY = re.compile(r"(?i)\b(?:an?|any)\s+$")
_IS_A_THING = re.compile(r"(?i)\s+(?:is|isn['’]t|is\s+not)\s+(?:a|an|not|no|never|just)\b")
# Obstetric shorthand: "G4P3", "G2 P1", "gravida 3": a pregnancy history in the clinic's own notation.
_OBSTETRIC = re.compile(r"\b(?:G\s?\d{1,2}\s?P\s?\d{1,2}(?:\+\d)?|[Gg]ravida\s+\d{1,2})\b")
# A patient by the bed, bay or side room they are in: "the monk in bed 6", "Mama Chioma on bed 9", "Kris
# from bay 3", "the bloke in side room 4", or on a plane by their seat ("man in seat 23C"): this points to one
# person as a name does, so the care told of them is their health; so does a bed in brackets after initials
# ("SB (room 7) 41+3").
_BED = re.compile(r"(?i)(?:\b(?:in|on|from|at)\s+(?:the\s+)?|\(\s*)(?:bed|bay|cubicle|side\s+room|room|pod|cot|incubator|seat)\s?\d{1,3}[a-z]?\b")
# Weight lost, a symptom told of someone: "has lost 30kg since starting dialysis", "lost 2 stone".
_WEIGHT_LOST = re.compile(r"(?i)\blost\s+(?:over\s+|nearly\s+|almost\s+|about\s+)?\d+(?:\.\d+)?\s?(?:kg|kgs|kilos?|stone|st|lbs?|pounds)\b")
# A stay in hospital by its length, told of someone going home: "finally went home today after 9 weeks with us",
# "discharged after 4 months", "goes home after 93 days", "6 weeks in NICU": the ward, the family and their
# neighbours know who that was, and how ill.
_STAY_LENGTH = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|wks|months)"
_LONG_STAY = re.compile(
    r"(?i)\b(?:went|going|gone|goes|go|sent|got\s+to\s+go)\s+home\b[^.!?\n]{0,25}?\bafter\s+(?P<stay>" + _STAY_LENGTH + r"(?:\s+with\s+us)?)(?!\s+of\b)"
    r"|\bdischarged\b[^.!?\n]{0,25}?\bafter\s+(?P<stay2>" + _STAY_LENGTH + r")(?!\s+of\b)"
)
# Where a stay is a patient's: a ward, a bed, a unit, a hospital, a patient.
_CARE_SETTING = re.compile(
    r"(?i)\b(?:ward|wards|bed|bay|cot|unit|nicu|icu|hdu|picu|scbu|nbu|hospital|hospice|resus|patient|patients|pt|discharged|rehab)\b"
)
# A young person the writer serves: "a pupil", "the boy", "one of my Year 9s", "a 4-month-old".
_YOUNG = re.compile(
    r"(?i)\b(?:girl|boy|child|kid|baby|teen|teenager|student|pupil|learner|lad|lass|toddler|infant|newborn|youngster|young\s+person|"
    r"kiddo|wee\s+man|year\s*\d{1,2}|\d{1,2}\s*(?:year|month|week)\s*olds?|\d{1,2}\s*yo)s?\b"
)
# Someone told by what they do where others see them, in a relative clause: "Auntie who runs the spaza by
# the taxi rank", "the lad who works at the garage", "the gentleman who lives above the chemist". Their
# neighbours know who that is, as they would a name (not "a client who has anxiety").
_STANDING = re.compile(
    r"(?i),?\s+(?:the\s+one\s+)?(?:who|that)\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|gets|needs|seems|feels|looks|attends|visits|sees|uses|comes|goes|calls|rings|books|takes|misses)\b)[a-z]{2,}[^s\W]s\s+"
    r"(?:[a-z]+\s+(?=(?:at|in|on|behind|above|below|by|outside|near|next\s+to|opposite)\s))?"
    r"(?:(?:at|in|on|for|behind|above|below|by|outside|near|next\s+to|opposite)\s+)?(?:the|a|an|our|that|this)\s"
)
_IN_MY_GROUP = re.compile(r"\s+(?:in|from|on|at)\s+(?:my|our)\b")
# Stories that already narrow who it is to a few: then even "3 patients with Wilson's disease" (in a town
# of 2,000) or "four students with eating disorders" (in a cohort of 31) are people readers can find.
_STORIES = frozenset({"rare_or_unique", "small_community"})


# A health word naming a service or a topic: "the neonatal unit", "mental health waiting lists", "mental
# health first aid", "the shingles vax", "therapy rooms", "CPR refresher".
_SERVICE_AFTER = re.compile(
    r"(?i)['’]?s?\s+(?:[a-z]+\s+(?=campaigns?\b|drives?\b|days?\b|programmes?\b))?(?:units?|bays?|drives?|programmes?|lines?|wards?|services?|teams?|clinics?|waiting\s+lists?|lists?|first\s+aid|training|courses?|"
    r"vax|vaccines?|vaccinations?|jabs?|boosters?|rooms?|awareness|campaigns?|policy|policies|support|leads?|champions?|"
    r"refreshers?|drills?|classes|workshops?|certificates?|certification)\b"
)


# ... or the field a professional works in, or an approach to it, named by the health word: "hospice work",
# "mental health literacy", "the addiction sector", "dementia nursing", "a trauma-informed school",
# "autism-friendly hours" (session 38: harmless posts about the writer's own line of work were flagged
# for the field's name, e.g. a social worker's dog "understands hospice work"). Not someone's own part of
# it: a possessive before the health word ("her dementia nursing", "Sam's trauma work") keeps it a person's.
_FIELD_AFTER = re.compile(
    r"(?i)\s+(?:work|literacy|sector|field|nursing|strategy|strategies|practitioners?|professionals?|workforce|settings?)\b"
    r"(?!-up)|-(?:informed|aware|friendly|sensitive|focused|specific|led)\b"
)
_POSSESSED = re.compile(r"(?i)(?:\b(?:his|her|their|its)|[\w][’']s)\s+(?:[\w'’-]+\s+){0,2}$")


# ... or the subject of a piece of work or of a job: "the new report on kinship care", "guidance on GLP-1
# prescribing", "my new role as Clinical Nurse Specialist in diabetes" (a hashtag, "#Diabetes", is a topic too).
_TOPIC_BEFORE = re.compile(
    r"(?i)\b(?:report|reports|guidance|guidelines|research|study|studies|paper|article|review|webinar|conference|lecture|talk|"
    r"podcast|evidence|specialist|specialism|specialty|speciality|consultant|practitioner|nurse|physician|educator|researcher|"
    r"lead|role|career|expertise|interest|fellowship|degree|masters|msc|phd|diploma)\s+"
    r"(?:on|in|into|about|for|of)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?$"
)


# A word inside the name of a place or a body ("Harrowby Fell", "Greenway Counselling"): the name, no one's health.
# A pregnancy lost, said plainly (session 41, fresh40c: "she lost the baby last week en is al terug in het lab"):
# the baby itself, with the clause ending or a time after it; not the baby's things ("lost the baby monitor",
# "lost the baby's sock").
_BABY_LOST = re.compile(
    r"(?i)\b(?:lost|lose|loses|losing)\s+(?:the|her|their|a|his\s+wife['’]s|our)\s+baby\b(?!['’])"
    r"(?=\s*(?:[.,;:!?)…]|$|[\U0001f300-\U0001faff\u2600-\u27bf])|\s+(?:last|this|on|at|in|yesterday|today|tonight|overnight|"
    r"earlier|early|at|and|but|en|so|after|before|again|\d+|a\s+few|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
# The rest of a charity's, a campaign's or a body's name after a capitalised condition (session 41, fresh40a:
# "Irish Cancer Society volunteers will be out all over Dublin"; "Cancer Research UK", "Alzheimer's Society",
# "Dementia Awareness Week"): the name, no one's health, where the detector did not read it as an organisation.
_BODY_NAME_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Society|Foundation|Trust|Association|Alliance|Research|Charity|Appeal|Awareness|Fund|Federation|"
    r"Institute|Network|Action|UK|Ireland|Canada|Australia|Day|Week|Month)\b"
)
_PLACE_NAMES = frozenset({"LOCATION", "ORGANIZATION"})


class HealthDetailRule(Rule):
    KIND = "health_detail"

    def find(self, post: Post):
        if is_awareness_post(post):
            return
        story = post.kinds_found & _STORIES
        bed = "bay" in post.lower or "bed" in post.lower or "room" in post.lower or "cubicle" in post.lower or "cot" in post.lower or "incubator" in post.lower or "seat" in post.lower
        beds = [m.start() for m in _BED.finditer(post.text)] if bed else []
        bed = bool(beds)
        if not (post.others or (post.pronouns and not post.own) or story or post.described or bed or _name_guesses_in_another_language(post)):
            return  # "he", "she" about someone, unless the post is about the writer's own family
        text = post.text
        # a young person's care or safeguarding status ("in foster care", "on a child protection plan") is
        # as sensitive as their health, and as identifiable
        found = (post.cue("review_health_words") + post.cue("review_health_conditions") + post.cue("review_care_status")
                 + post.cue("medicines") + post.cue("review_medicines")
                 # (the same words in the other languages posts are written in: "terminou a quimio", "enceinte")
                 + post.cue("review_health_words_other_languages"))
        words = post.words
        spans, ends, clinical = words.spans, _CLINICAL_ENDINGS, _CLINICAL.fullmatch  # is_clinical, inline: run on every word
        found += [spans[i] for i, form in enumerate(words.forms) if form.endswith(ends) and clinical(form) is not None]
        if any(hint in post.lower for hint in _INJURY_HINTS):
            found += [m.span() for m in _INJURY.finditer(text)]
        if any(hint in post.lower for hint in _BODY_HINTS):
            found += [m.span() for m in _BODY_HURT.finditer(text)] + [m.span() for m in _BODY_EVENT.finditer(text)]
        if "lost" in post.lower or "lose" in post.lower:
            found += [m.span() for m in _WEIGHT_LOST.finditer(text)]
            found += [m.span() for m in _BABY_LOST.finditer(text)]
        if ("home" in post.lower or "discharged" in post.lower) and _CARE_SETTING.search(text):
            found += [m.span(m.lastgroup) for m in _LONG_STAY.finditer(text)]  # not "went home after 2 days of the conference"
        if any(map(str.isdigit, text)):
            if any(hint in post.lower for hint in _VITALS_HINTS):
                found += [m.span() for m in _VITALS.finditer(text)]
            if "/" in text and "eye" in post.lower:
                found += [m.span() for m in _ACUITY.finditer(text)]  # "his left eye 6/60 already"
            if any(u in post.lower for u in _WEIGHT_HINTS):
                found += [m.span() for m in _BODY_WEIGHT.finditer(text)]  # "one of my clients, ..., 140 kg,"
        if "arrest" in post.lower:
            found += [(m.end() - len("arrested"), m.end()) for m in _ARRESTED.finditer(text)]
        if "using" in post.lower:
            found += [m.span() for m in _USING.finditer(text)]
        if ("obs" in post.lower or "special" in post.lower or "watch" in post.lower or "nursing" in post.lower) and ("1" in text or "one" in post.lower):
            found += [m.span() for m in _CLOSE_OBS.finditer(text)]
        if ("born" in post.lower or "delivered" in post.lower or "arrived" in post.lower or "welcomed" in post.lower) and ("hr" in post.lower or "hour" in post.lower):
            found += [m.span("length") for m in _LABOUR_LENGTH.finditer(text)]  # "born ... after 31 hrs"
        if "+" in text or "labo" in post.lower:
            found += [m.span() for m in _BIRTH.finditer(text)]
            if "+" in text and _PREGNANCY_CONTEXT.search(text):
                found += [m.span() for m in _GESTATION.finditer(text) if not any(x <= m.start() < y for x, y in found)]
        if "goodbye" in post.lower:
            found += [m.span() for m in _GOODBYE.finditer(text)]
        if "cutting" in post.lower or "purging" in post.lower or "binging" in post.lower or "bingeing" in post.lower:
            found += [m.span() for m in _HARM_NOUN.finditer(text)]  # "opened up about the cutting"
        if " up " in post.lower:
            found += [m.span() for m in _OPEN_UP.finditer(text)]  # "finally open up to me bout ..."
        if "PrEP" in text:
            found += [m.span() for m in _PREP.finditer(text)]
        if "'s" in text or "’s" in text or "-" in text:
            found += [
                m.span() for m in _EPONYM_ALONE.finditer(text)
                if ("-" in m.group() or m.group()[-2:-1] in "'’") and not _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and not any(x <= m.start() < y for x, y in found)
            ]
        if ("G" in text and "P" in text) or "ravida" in text:  # what any match holds; the scan costs ~35 µs a post
            found += [m.span() for m in _OBSTETRIC.finditer(text)]
        care_story = post.kinds_found & _CARE_STORIES
        if (care_story or post.names) and any(h in post.lower for h in _CARE_HINTS):
            found += [m.span() for m in _CARE_OF.finditer(text) if care_story or _named_near(post, *m.span())]
        # a name standing right before a health word qualifies it and is nobody ("Pickleball injuries are
        # the new running injuries", "Trauma bay"), unless the word is a verb the name is the subject of ("Ronan
        # vomited", "Ronan threw up")
        qualifiers = {(s, e) for s, e in post.names if any(_modifies(text, e, x) and not _A_VERB.match(text, x) for x, _ in found)}
        idioms = post.cue("review_health_idioms")
        raised = []
        for a, b in sorted(found):
            sa, sb = post.sentence(a)
            if overlaps(idioms, a, b):
                continue  # "Sadya lunch has put me in a coma", "raised a few bob for the children's hospice"
            if text[a].isupper() and any(s.start <= a and b <= s.end and s.start < a for s in post.spans_of(_PLACE_NAMES)):
                continue  # "the alpaca farm up at Harrowby Fell": a word of a name, no one's fall
            if text[a].isupper() and _BODY_NAME_AFTER.match(text, b):
                continue  # "Irish Cancer Society volunteers", "Alzheimer's Society": a charity's name the detector missed
            done_on = _done_on_someone(text, a, b)
            if (_MY_OWN.search(text, max(sa, a - 12), a) and not _SERVED_AFTER.match(text, b)) or (a - sa < 80 and _DID_WORK.search(text[sa:a]) and not done_on):
                continue  # "back in school after my hysterectomy"; "Did 9 fillings, a root canal": the writer's own
            if _TO_READER.search(text, max(sa, a - 30), a) and not _ONE_READER.search(text):
                continue  # "take your meds", "your friendly physio": advice to readers, or the writer signing off
            if _AS_MY_TRADE.search(text, max(sa, a - 6), a) and _TRADE_SAID.match(text, b):
                continue  # "As a physio, that man's hip ...": the writer's own trade, said to frame an opinion
            if _lowercase_acronym_in_another_language(text, a, b):
                continue  # "Malediven als 'Fortbildung'": German "as", not the disease, typed in capitals when meant
            if _NOT_A_CONDITION.match(text, a, b + 4):
                continue  # "Std 2": a class
            if text[a:b].lower() == "aids" and text[a:b] != "AIDS" and not _HAS_AIDS.search(text, max(0, a - 12), a):
                continue  # "teaching aids", "visual aids", "walking aids": things that help, not the syndrome
            if _GENERAL_STATEMENT.match(text, b) and not text[sa:a].strip(" \t\n\"'‘“(*_-"):
                continue  # "Burnout is real.", "Compassion fatigue is a thing": a fact of the job, no one's case
            if _AN_ANY.search(text, max(sa, a - 4), a) and _IS_A_THING.match(text, b):
                continue  # "an EHCP is a legal document, not a wish list": what such a thing is, nobody's
            own = _OWN_BEFORE.search(text, sa, a)
            if own and not done_on and not _THIRD_PERSON.search(own.group()) and (
                not post.others_in(sa, sb) or (_SUBJECT_I.search(own.group()) and not post.others_in(own.start(), a) and not _THIRD_PERSON.search(text, a, b))
            ):
                continue  # "I was diagnosed with ...", "my anxiety", "... and I collapsed"; not "told me she's expecting"
            if _WORKED.search(text, max(sa, a - 40), a):
                continue  # "handled her first code blue", "ran the resus": the work someone did, not their health
            if _after_own(post, a):
                continue  # "my nan's dementia", "my son's ADHD"
            if not story and _names_no_one(post, a, b, qualifiers):
                continue
            if story or (bed and _near(post, beds, a, b)) or (care_story and _CARE_OF.match(text, a)) or self._identifiable(post, a, b, qualifiers):
                raised.append((a, b))
        for a, b in _told_by_the_specific(post, raised):
            yield self.risk(post, a, b)

    @staticmethod
    def _identifiable(post: Post, a: int, b: int, qualifiers: set[tuple[int, int]] = frozenset()) -> bool:
        wa, wb = post.around(a, b, 1)
        sa, sb = post.sentence(a)
        # a name in the sentence, or in the one before or after when this one says "he", "she" ("Priya's mum
        # rang. She has cancer."); not a greeting or a brand the detector read as a name two sentences off
        # ("Poa sana! Malaria season tip ...")
        # (and the sentence before when this one has no one of its own: "wee Hope made me a bracelet. chemo
        # round 4 done 💪" goes on telling of Hope)
        text = post.text
        near = (sa, sb) if not (_THIRD_PERSON.search(text, sa, sb) or _NO_ONE_OF_ITS_OWN(post, sa, sb)) else (wa, wb)
        if any(near[0] <= s and e <= near[1] and not (s <= a < e) and (s, e) not in qualifiers for s, e in post.names):
            return True
        if any(near[0] <= s.start and s.end <= near[1] and not (s.start <= a < s.end) for s in _name_guesses_in_another_language(post)):
            return True
        if any(wa <= s and e <= wb for s, e in post.workplace if not _PLURAL.search(post.text[s:e])):
            return True
        if any(wa <= s and e <= wb for s, e in post.described):
            return True  # "the tea lady, the one with the red headwrap", "our newest hire": known without a name
        if _one_specific(post, a, b):
            return True  # "my client ... she's 40 days sober", "one of our Room 4 tamariki has leukaemia"
        lower = post.lower
        one = any(
            not _PLURAL.search(text[s:e]) or "one of" in lower[max(0, s - 12) : s]
            for s, e in post.served_in(wa, wb)
        )
        if any(_MY_ROLE.search(text, max(0, s - 20), s) for s, _ in post.cue("review_group_roles") if wa <= s < wb):
            return True  # "our choir leader", "my old teacher": one person the writer's readers know
        if not one and not post.pronouns:
            return False
        # Someone told by what they do where their neighbours see them ("Auntie who runs the spaza")
        if any(_STANDING.match(text, e) for s, e in post.served_in(wa, wb) if not _PLURAL.search(text[s:e])):
            return True
        # A child of the writer's own class or group: the class knows who "one of my pupils" or "a boy in my
        # form" is, without an age or a place (not "a 7yo" assessed, whom no reader knows).
        if any(_YOUNG.search(text, s, e) and _of_my_group(lower, s, e) for s, e in post.served_in(wa, wb)):
            return True
        # Someone by the one role they hold in a group the readers share ("our choir leader", "my old
        # teacher"), someone called out by the post ("Shoutout to my patient who ...", "keep the brother in
        # your prayers"), or a confidence the post breaks ("his wife begged me not to tell the neighbours")
        if _CONFIDED.search(text) or _ONE_READER.search(text) or _called_out(post, wa, wb):
            return True
        # Whatever else in the post points to the person: an identifier the detector found, an age or a
        # bed number, or a story another rule reads as risky (a small place, a rarity, the news, a photo,
        # a live case, private contact).
        return bool(
            any(not (s.entity_type == "AGE" and _DECADE.search(s.text)) for s in post.spans_of(POINTER_TYPES))
            or _POINTER.search(text)
            or post.kinds_found - {"venting", "confidential_business"}
            or any(post.cue(name) for name in _POINTING_CUES if name != "review_small_places")
            or any(is_setting(post, s, e) for s, e in post.cue("review_small_places"))
        )


def _lowercase_acronym_in_another_language(text: str, a: int, b: int) -> bool:
    """A condition's short name typed in lowercase ("als", "ms", "add") inside a sentence of another language,
    where the same letters are an everyday word (German and Dutch "als", Spanish "me"): writers who mean the
    condition in such a sentence still write it as English writes it, in capitals."""
    cue = text[a:b]
    return cue.islower() and cue.upper() in _CONDITION_ACRONYMS and in_other_language(text, a, b)


_CONDITION_ACRONYMS = vocab.words("condition_acronyms")


def _name_guesses_in_another_language(post: Post) -> list:
    """Name guesses of any type in a post written mostly in another language ("Jamaa mmoja, Otieno, aliniambia ana
    HIV"): the English model's guess that a word is a name still counts there, but not its type (it took "Otieno"
    for a place), and the English words that tell who is meant ("he", "my client") are not there to read."""
    guesses = [s for s in post.spans_of(_NAME_GUESS_TYPES) if not _holds_a_listed_place(s.text)]
    if not guesses or other_language_share(post.text) < MOSTLY_OTHER_LANGUAGE:
        return []
    return guesses


def _holds_a_listed_place(text: str) -> bool:
    """A guess holding a listed city or country ("Nimefika Kisumu leo"): where the writer is, not who."""
    places = _listed_places()
    return any(word in places for word in re.findall(r"[\w'’-]+", text))


@functools.cache
def _listed_places() -> frozenset[str]:
    return frozenset().union(*(vocab.words(name) for name in ("big_places", "metropolises", "towns", "countries")))


_NAME_GUESS_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})


# Anyone a sentence can be about, told by a word: the writer, the readers, a pronoun.
_ANY_SUBJECT = re.compile(r"(?i)\b(?:i|i['’]m|i['’]ve|me|my|we|we['’]re|us|our|you|your|u|ur|he|she|they|it|his|her|their|him|them|this|that|these|those|everyone|everybody|someone|anyone)\b")


def _NO_ONE_OF_ITS_OWN(post: Post, sa: int, sb: int) -> bool:
    """The sentence [sa, sb) names nobody and says no "I", "we", "he", "it": a fragment that goes on with the
    sentence before ("chemo round 4 done 💪", "3 weeks post-op."), not one after the first."""
    return sa > 0 and not _ANY_SUBJECT.search(post.text, sa, sb) and not post.others_in(sa, sb)


# A decade of life ("a patient in her 40s") is an age the rewrite generalises, but too wide to point to anyone.
_DECADE = re.compile(r"(?i)\b(?:early|mid|late)?[\s-]*\d0s\b")


# Work someone did on a health event: "handled her first code blue like a pro", "led the resus", "called a
# code", "assisted with the C-section".
_WORKED = re.compile(
    r"(?i)\b(?:handled|handle|handling|ran|running|led|leading|managed|managing|called|calling|responded\s+to|assisted\s+(?:with|in|at|on)|"
    r"scrubbed\s+(?:in\s+)?(?:for|on))\s+(?:(?:a|an|the|her|his|their|my|our|first|1st|second|another)\s+){0,2}$"
)
# The writer's own procedure or condition, "my" right before it: "after my hysterectomy", "my root canal".
_MY_OWN = re.compile(r"(?i)(?<![\w'’])my\s+$")
# Treatment the writer gave, told as their day's work: "Did 9 fillings, a root canal and ...", "I performed two
# extractions" (the sentence's subject is the writer, not "she did her chemo").
_DID_WORK = re.compile(
    r"(?i)(?:^\s*|[.!?]\s+|\b(?:i|we|i['’]ve|we['’]ve)\s+)(?:did|done|performed)\s+"
    r"(?:(?:a|an|the|another|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w'’-]+,?\s+){0,4}$"
)
# ... unless it was done on someone the post tells of: "the lady I did CPR on back in March", "a man we did
# CPR on in the car park", "did chest compressions on the old fella": their cardiac arrest, not the writer's
# day; not on a training manikin ("did CPR on Annie the dummy") nor "on the day", "on shift".
_DONE_ON_SOMEONE = re.compile(
    r"(?i)\s+on\b(?!\s+(?:(?:a|an|the|our|my)\s+)?(?:[\w'’-]+\s+)?(?:dumm(?:y|ies)|manikins?|mannequins?|mannikins?|dolls?|doll|"
    r"training|course|shift|duty|call|scene|ward|unit|day|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"average|repeat|loop|my\s+own|its\s+own|the\s+spot|time|site|record|camera|video|tape|tv|telly)\b)"
)
_ACT_BEFORE = re.compile(r"(?i)\b(?:did|do|done|doing|gave|give|giving|started|start|starting|performed|performing)\s+$")


def _done_on_someone(text: str, a: int, b: int) -> bool:
    """The health word at [a, b) is an act the writer did on someone ("did CPR on the old fella", "the lady I
    did CPR on"): the health of the one it was done on, though "I" or "we" stands before it."""
    act = text[a:b].lower().startswith(("did ", "done ", "doing ", "gave ")) or _ACT_BEFORE.search(text, max(0, a - 12), a)
    return bool(act) and _DONE_ON_SOMEONE.match(text, b) is not None


# The post addressed to one reader: "Mrs J, if you're reading this — your bloods came back fine".
_ONE_READER = re.compile(r"(?i)\bif\s+(?:you['’]re|you\s+are|ur|u\s+r)\s+reading(?:\s+this)?\b")
_MY_ROLE = re.compile(r"(?i)\b(?:my|our)\s+(?:(?:old|former|ex|lovely|dear|beloved|dearest|wonderful|amazing)[\s-]+)?$")
_CONFIDED = re.compile(
    r"(?i)\b(?:begged|asked|told|made)\s+(?:me|us)\s+(?:not\s+to\s+(?:tell|say)|to\s+(?:keep\s+(?:it|this)\s+(?:quiet|secret|between)|pray\s+quietly))"
    # kept from their own family: "scared to tell her parents", "hasn't told his wife", "doesn't want her mum to
    # know": the confidence is the point of the story, and the family it is kept from is who would recognise it
    r"|\b(?:scared|afraid|terrified|frightened|too\s+scared|not\s+ready|hasn['’]t|has\s+not|haven['’]t|won['’]t|can['’]t|cannot|don['’]t|doesn['’]t)\s+"
    r"(?:yet\s+)?(?:to\s+)?(?:tell|told|telling)\s+(?:her|his|their)\s+(?:parents|mum|mom|mam|ma|dad|family|husband|wife|partner|boyfriend|girlfriend)\b"
    r"|\b(?:doesn['’]t|don['’]t|does\s+not|didn['’]t)\s+want\s+(?:her|his|their)\s+(?:parents|mum|mom|mam|dad|family|husband|wife|partner)\s+to\s+(?:know|find\s+out)\b"
)
# A post that calls one person out by what the writer does for them: a shout-out, congratulations, thanks,
# a request for prayers ("Shoutout to my patient who ...", "please keep the brother in your prayers").
_CALL_OUT = re.compile(
    r"(?i)\b(?:shout[\s-]?outs?\s+to|big\s+up|congrat\w*\s+to|well\s+done\s+to|so\s+proud\s+of|thank\s+you\s+to|thanks\s+to|"
    r"keep\s+(?:[\w'’-]+\s+){1,8}?in\s+(?:your|our|ur)\s+prayers|pray(?:ing)?\s+for)\b\s*"
)


def _called_out(post: Post, start: int, end: int) -> bool:
    """A shout-out, thanks or prayer request in [start, end) aimed at one person the writer serves or works
    with, or at "him"/"her": its sentence names one ("Shoutout to my patient", "pray for him")."""
    text = post.text
    for m in _CALL_OUT.finditer(text, start, end):
        sa, sb = post.sentence(m.start())
        if re.match(r"(?i)(?:him|her)\b", text[m.end():]):
            return True
        for s, e in post.others_in(m.start(), sb):
            if s - m.end() <= 25 and not _PLURAL.search(text[s:e]):
                return True
    return False


# Who one specific person is, by the words before the mention: the writer's own client or patient ("my client",
# "our resident", "my lady"), one of the writer's group ("one of our Room 4 tamariki", "one of my lads"), one
# the post points at ("the man in seat 23C", "this patient", "that client").
_SPECIFIC_LEAD = re.compile(
    r"(?i)(?:\b(?:my|our|the|this|that)\s+(?:[\w'’-]+\s+){0,2}|\bone\s+of\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3})$"
)
_ONE_OF = re.compile(r"(?i)\bone\s+of\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3}$")
# ... or one met today whose secret the post tells: "Today a husband revealed in session that he's been secretly
# paying for ...": those who know part of it (the wife, who "found out live") know the rest. One met today with
# nothing kept from anyone is anonymous ("A patient came for her ARVs today").
_A_LEAD = re.compile(r"(?i)\b(?:an?)\s+(?:[\w'’-]+\s+){0,2}$")
_SECRETLY = re.compile(r"(?i)\bsecret(?:ly|s)?\b|\bbehind\s+(?:his|her|their)\s+\w+['’]?s?\s+back\b")
_TODAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|yesterday|earlier)\b")
# Said of anyone at all, not of one: "if your client ...", "when a patient ...", "every client".
_ANY_ONE = re.compile(r"(?i)\b(?:if|when|whenever|unless|every|each|any|your|ur)\b")
# Health words that tell little by themselves, which a rewrite keeps around the general words it puts in ("diagnosed
# with a health condition", "on medication"): said of "my client" alone they name nothing.
_SAYS_LITTLE = frozenset({
    "diagnosed", "diagnosis", "diagnoses", "illness", "unwell", "poorly", "a condition", "this condition", "medical condition",
    "her condition", "his condition", "meds", "on meds", "medication", "pills", "tablets", "prescription", "dose",
})
_GROUP_NOUN = re.compile(r"(?i)famil(?:y|ies)|couple|household|crowd|group|class")
# The health word only says what kind of person an anonymous one is: "a client with anxiety taught me ...",
# "a patient who has diabetes asked ...".
_DESCRIBED_BY = re.compile(r"(?i)\s+(?:with|who\s+(?:has|had|is|was))\s+(?:(?:a|an|her|his|their|severe|mild|chronic|early|late)\s+)*")


def _one_specific(post: Post, a: int, b: int) -> bool:
    """The health word at [a, b) is said of one specific person the writer serves or meets: in its sentence (or
    the one before, when this one says "she"), a mention in the singular led by "my", "our", "the", "this",
    "one of our", or "a" in a sentence that says today and goes on with "he", "she", in a post that tells a
    secret; not a process word of the writer's therapy ("my client opened up about ..."), nor anyone in general
    ("if a client ...", "your patient"), nor a topic ("asked me about anxiety", "anxiety apps"), a pet's ("my
    client's dog has cancer") or the writer's own ("recommended antihistamines for my hay fever")."""
    text = post.text
    if not tells_of_health(text[a:b]) or " ".join(text[a:b].lower().split()) in _SAYS_LITTLE:
        return False
    sa, sb = post.sentence(a)
    if _ASKED_ABOUT.search(text, max(sa, a - 12), a) or _FOR_MINE.match(text, b) or _qualifies_a_noun(text, b):
        return False
    if _PET_BEFORE.search(text, max(sa, a - 30), a):
        return False
    lo = post.around(a, b, 1)[0] if _THIRD_PERSON.search(text, sa, sb) else sa
    for s, e in post.served_in(lo, sb):
        if s <= a < e or _MODIFIER_AFTER.match(text, e):
            continue  # "our resident choir": a thing of the workplace
        ms, _ = post.sentence(s)
        lead = text[max(ms, s - 40):s]
        if _ANY_ONE.search(text, ms, s):
            continue
        if _PLURAL.search(text[s:e]):
            if _ONE_OF.search(lead):
                return True
            continue
        if _GROUP_NOUN.fullmatch(text, s, e):
            continue  # "with the whole family": no one person
        if _SPECIFIC_LEAD.search(lead):
            return True
        if (_A_LEAD.search(lead) and e <= a and _THIRD_PERSON.search(text, e, a) and not _DESCRIBED_BY.fullmatch(text, e, a)
                and _TODAY.search(text, ms, post.sentence(s)[1]) and (post.cue("review_secrecy") or _SECRETLY.search(text))):
            return True
    return False


# A health word as the topic, not anyone's state: "asked me about anxiety", "asked what dyslexia is".
_ASKED_ABOUT = re.compile(r"(?i)\b(?:about|what|whether|regarding|re)\s+$")
_FOR_MINE = re.compile(r"(?i)\s+for\s+(?:my|me)\b")
# A health word qualifying the noun after it names a thing, not a state: "the dementia ward", "anxiety apps",
# "an ADHD podcast".
_TOPIC_AFTER = re.compile(
    r"(?i)['’]?s?\s+(?:apps?|books?|podcasts?|research|charit(?:y|ies)|friendly|stigma|memes?|content|posts?|videos?|talks?|"
    r"leaflets?|resources?|screening|month|week|day|walk|run|fundraiser)\b"
)


def _qualifies_a_noun(text: str, end: int) -> bool:
    return bool(_SERVICE_AFTER.match(text, end) or _TOPIC_AFTER.match(text, end))


_PET_BEFORE = re.compile(r"(?i)\b(?:" + vocab.alternation("pet_words") + r")(?:['’]s)?\b[^.!?\n]*$")
# A person word as the modifier of a thing: "our resident choir", "the patient portal", "the client base".
_MODIFIER_AFTER = re.compile(
    r"(?i)\s+(?:choir|band|dj|expert|portal|base|list|notes|records|files|survey|feedback|loan|council|union|body|forum|rep|reps|"
    r"voice|charter|satisfaction|experience|journey|services?|safety|association|parking|lounge|area|entrance)\b"
)


def _told_by_the_specific(post: Post, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` (the words raised) without those that tell little ("diagnosed", "meds") in a sentence where the
    health itself is raised too ("diagnosed with leukaemia"): the named word carries the risk, and once a rewrite
    makes it general ("diagnosed with a health condition") what is left tells nothing the post must hide."""
    text = post.text
    little = [(x, y) for x, y in found if " ".join(text[x:y].lower().split()) in _SAYS_LITTLE]
    if not little:
        return found
    named = {post.sentence(x) for x, y in found if (x, y) not in little}
    return [(x, y) for x, y in found if (x, y) not in little or post.sentence(x) not in named]


def _named_near(post: Post, a: int, b: int) -> bool:
    """A name the detector found in the sentence of [a, b) or the one beside it."""
    wa, wb = post.around(a, b, 1)
    return any(wa <= s and e <= wb for s, e in post.names)


def _near(post: Post, points: list[int], a: int, b: int) -> bool:
    """One of ``points`` (a bed number's place) is in the sentence of [a, b) or the one beside it."""
    wa, wb = post.around(a, b, 1)
    return any(wa <= p < wb for p in points)


def _of_my_group(lower: str, start: int, end: int) -> bool:
    """The mention at [start, end) is of the writer's own group: "one of my pupils", "our Year 6 girl", "a
    boy in my class"."""
    return lower[max(0, start - 12) : start].endswith(("one of my ", "one of our ", "my ", "our ")) or bool(
        _IN_MY_GROUP.match(lower, end)
    )


def is_awareness_post(post: Post) -> bool:
    """A post for an awareness day, week or month that tells of nobody the writer serves ("It's Rare
    Disease Day: if you've never heard of Ehlers-Danlos, read up"): a condition told about, not a person.
    The detector's names are not asked: it often reads the condition as one ("Rett syndrome")."""
    return bool(post.cue("review_awareness")) and not post.cue("review_involvement")


# Words of the talking cure that raise the risk about a named client ("Gregory opened up about the
# accident") but tell nothing of anyone's health once the client is "my client": every client of a
# therapist is in therapy. They are not carried into a rewrite (tells_of_health).
_PROCESS_ONLY = frozenset({"therapy", "therapy session", "counselling", "counseling", "opened up about", "disclosed", "disclosure", "disclosures"})


def tells_of_health(phrase: str) -> bool:
    """Does ``phrase``, which raised a health risk, tell of someone's health by itself ("pressure sores",
    "insulin", "tore his ACL"), rather than of the therapy the writer gives ("opened up about")?"""
    return " ".join(phrase.lower().split()) not in _PROCESS_ONLY and _OPEN_UP.fullmatch(phrase.strip()) is None


def is_clinical(word: str) -> bool:
    """A clinical word or a medicine by its ending ("sarcoidosis", "eculizumab"); ``word`` in lowercase."""
    return word.endswith(_CLINICAL_ENDINGS) and _CLINICAL.fullmatch(word) is not None


def _names_no_one(post: Post, a: int, b: int, qualifiers: set[tuple[int, int]] = frozenset()) -> bool:
    """The health word at [a, b) names a service or a topic ("the neonatal unit", "mental health first
    aid") or is said of an everyday thing ("the printer's broken"), with no one person served and nobody
    named in its sentence (not "Nora's family on the palliative unit"); the writer's school is no one."""
    text = post.text
    sa, sb = post.sentence(a)
    topic = _TOPIC_BEFORE.search(text, max(sa, a - 40), a)
    # (a job title the detector took for a name, "Advanced Nurse Practitioner in epilepsy", is the topic's holder)
    if any(sa <= s and e <= sb and not (s <= a < e) and (s, e) not in qualifiers and not (topic and s <= topic.start() < e)
           for s, e in post.names) or any(not _PLURAL.search(text[s:e]) for s, e in post.served_in(sa, sb)):
        return False
    things = post.cue("review_everyday_annoyances")
    return bool(
        _SERVICE_AFTER.match(text, b)
        or (_FIELD_AFTER.match(text, b) and not _POSSESSED.search(text, max(sa, a - 40), a))
        or topic
        or any(hs <= a and b <= he for hs, he in post.hashtags)
        or any(s < sb and sa < e for s, e in things)
    )


def _modifies(text: str, end: int, at: int) -> bool:
    """A name ending at ``end`` stands right before the health word at ``at`` as a word qualifying it,
    not a person's ("Pickleball injuries", "Trauma bay"): no possessive between."""
    return 0 <= at - end <= 1 and text[end:at].strip() == ""


def _after_own(post: Post, at: int) -> bool:
    """True when the writer's own person is what the health word is said of ("my nan's dementia")."""
    for _, end in post.own:
        if 0 <= at - end <= 20 and not post.others_in(end, at):
            return True
    return False
