"""Lexicons: attribution cue verbs, titles and roles, and small word classes.

The cue list was drawn up from common English reporting verbs and checked against
counts of cue words in the PolNeAR train split (word counts only; no text is stored).
"""

from __future__ import annotations

# Reporting verbs that take a clause or a quotation: lemma -> (3sg, past, ing).
# None means "regular" (add -s / -ed / -ing with the usual spelling rules).
_SPEECH: dict[str, tuple[str, str, str] | None] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "add": None, "note": None, "warn": None, "urge": None, "claim": None, "insist": None,
    "announce": None, "deny": ("denies", "denied", "denying"), "state": None,
    "argue": None, "explain": None, "tweet": None, "report": None, "ask": None,
    "suggest": None, "acknowledge": None, "admit": ("admits", "admitted", "admitting"),
    "confirm": None, "declare": None, "stress": ("stresses", "stressed", "stressing"),
    "emphasize": None, "emphasise": None, "predict": None, "promise": None, "pledge": None,
    "vow": None, "assert": None, "contend": None, "maintain": None, "reiterate": None,
    "recall": None, "respond": None, "reply": ("replies", "replied", "replying"),
    "answer": None, "concede": None, "allege": None, "complain": None, "caution": None,
    "indicate": None, "reveal": None, "disclose": None, "estimate": None, "conclude": None,
    "observe": None, "remark": None, "joke": None, "testify": ("testifies", "testified", "testifying"),
    "boast": None, "lament": None, "quip": ("quips", "quipped", "quipping"), "mention": None,
    "comment": None, "counter": None, "continue": None, "post": None, "threaten": None,
    "assure": None, "remind": None, "inform": None, "agree": ("agrees", "agreed", "agreeing"),
    "propose": None, "demand": None, "hint": None, "signal": ("signals", "signalled", "signalling"),
    "speculate": None, "forecast": ("forecasts", "forecast", "forecasting"),
    "accuse": None, "describe": None, "call": None, "brag": ("brags", "bragged", "bragging"),
    "reason": None, "exclaim": None, "shout": None, "yell": None, "whisper": None,
    "recount": None, "retort": None, "clarify": ("clarifies", "clarified", "clarifying"),
    "concur": ("concurs", "concurred", "concurring"), "advise": None, "order": None,
    # Added from counts on PolNeAR train (share of a word's occurrences that are cues):
    "express": None, "voice": None, "email": None, "plead": None, "imply": ("implies", "implied", "implying"),
    "recite": None, "rebut": ("rebuts", "rebutted", "rebutting"), "bemoan": None, "chant": None,
    "retweet": None, "interject": None, "scold": None, "wonder": None, "muse": None,
    "reference": None,
}
# Belief / knowledge verbs: attributions of a mental state (PolNeAR counts them).
_BELIEF: dict[str, tuple[str, str, str] | None] = {
    "believe": None, "think": ("thinks", "thought", "thinking"), "fear": None, "hope": None,
    "feel": ("feels", "felt", "feeling"), "expect": None, "worry": ("worries", "worried", "worrying"),
    "know": ("knows", "knew", "knowing"), "doubt": None, "insinuate": None, "assume": None,
}


def _forms(lemma: str, irregular: tuple[str, str, str] | None) -> set[str]:
    if irregular:
        return {lemma, *irregular}
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


# Stance verbs: PolNeAR-style attributions whose content is often a noun phrase
# ("criticized the plan as a “disaster”", "called for a ceasefire").
_STANCE: dict[str, tuple[str, str, str] | None] = {
    "criticize": None, "criticise": None, "praise": None, "accuse": None, "blame": None,
    "defend": None, "endorse": None, "oppose": None, "cite": None, "dismiss": None,
    "reject": None, "question": None, "slam": ("slams", "slammed", "slamming"),
    "blast": None, "mock": None, "condemn": None, "denounce": None, "applaud": None,
    "welcome": None, "seek": ("seeks", "sought", "seeking"), "want": None,
    "refuse": None, "decline": None, "echo": ("echoes", "echoed", "echoing"),
    "tout": None, "decry": ("decries", "decried", "decrying"), "hail": None,
    "lambast": None, "rebuke": None, "disparage": None, "ridicule": None,
    # Added from counts on PolNeAR train:
    "attack": None, "knock": None, "rip": ("rips", "ripped", "ripping"), "assail": None,
    "liken": None, "portray": None, "invoke": None, "eviscerate": None, "thank": None,
    # Support and preference verbs (PolNeAR counts a stance toward a person or a plan as an
    # attribution: "Holt endorsed Vance", "they favor the tax"); bare base forms are
    # nouns too often ("support", "like") and count only after a pronoun (see is_cue).
    "support": None, "favor": None, "favour": None, "prefer": ("prefers", "preferred", "preferring"),
    "like": None, "discuss": None, "recommend": None, "encourage": None,
}
_STANCE_NOUNISH = frozenset(
    "question questions attacks attack blast blasts echo echoes mock welcome welcomes want "
    "decline declines tout hail cite reject attack attacks knock knocks rip rips thank thanks "
    "invoke portray liken support favor favour like likes discuss".split()
)
STANCE_FORMS: frozenset[str] = frozenset(
    f for k, v in _STANCE.items() for f in _forms(k, v) if not f.endswith("ing")
) - _STANCE_NOUNISH
# "called the plan “reckless”", "dubbed him “Mr. No”": naming someone or something.
NAMING_FORMS: frozenset[str] = frozenset(
    "call calls called calling dub dubs dubbed dubbing label labels labeled labelled "
    "labeling brand brands branded branding".split()
)
# "-ing" forms of report and stance verbs: after a comma they chain a second statement
# onto the first ("..., claiming that ...", "..., citing ...").
ING_FORMS: frozenset[str] = frozenset(
    f for d in (_SPEECH, _STANCE) for k, v in d.items() for f in _forms(k, v) if f.endswith("ing")
)
# "talked about", "spoke of": cues only with their particle.
TOPIC_FORMS: frozenset[str] = frozenset(
    "talk talks talked speak speaks spoke spoken worry worries worried complain complains "
    "complained joke joked boast boasted testified warned wrote writes asked talking speaking "
    "railed rails railing spoken referring referred refers refer pointed points pointing".split()
)
TOPIC_PARTICLES = frozenset({"about", "of", "out"})
# Topic verbs with particles of their own ("referred to", "pointed to", "railed against"),
# added from counts on PolNeAR train.
_OWN_PARTICLES: dict[str, frozenset[str]] = {
    **{f: frozenset({"to"}) for f in "referring referred refers refer".split()},
    **{f: frozenset({"to", "out"}) for f in "pointed points pointing".split()},
    **{f: frozenset({"against"}) for f in "railed rails railing".split()},
    **{f: frozenset({"about", "of", "out", "against"}) for f in "speak speaks spoke spoken speaking".split()},
}


def topic_particles(form: str) -> frozenset[str]:
    """Particles that make ``form`` a cue ("talked about", "referred to")."""
    return _OWN_PARTICLES.get(form, TOPIC_PARTICLES)
# "a poll found that", "surveys show": evidence verbs after an evidence noun or before "that".
EVIDENCE_FORMS = frozenset("show shows showed shown find finds found suggest suggests suggested indicate indicates indicated".split())
EVIDENCE_NOUNS = frozenset(
    "poll polls survey surveys study studies data report reports analysis figures numbers results "
    "research review audit investigation probe statistics records documents emails filings polling "
    "tally count estimates projections forecast forecasts census".split()
)
# Bare lemmas ("to say", "did not tell" are no reports).
LEMMAS: frozenset[str] = frozenset(_SPEECH) | frozenset(_BELIEF) | frozenset(_STANCE)
# Forms that are more often nouns than reporting verbs ("the claims", "a call").
_NOUNISH = frozenset(
    """claims claim notes note calls call comments comment answers answer estimates estimate
    tweets tweet posts post orders order states state charges charge reasons reason hints hint
    promise promises demands demand vows vow pledges pledge report reports signal signals
    counter counters forecast forecasts joke jokes mention mentions continue continues
    continuing recall recalls shout shouts quip quips order ordered ordering pointed points
    pointing pointeds pointeding predicate predicates predicated predicating calling
    describe describes describing accuse accuses accusing reasoning estimating commenting
    answering posting stating charging countering reporting voice voices email emails chant
    chants wonder muse muses retweet retweets reference references""".split()
)
SPEECH_FORMS: frozenset[str] = frozenset(f for k, v in _SPEECH.items() for f in _forms(k, v)) - _NOUNISH
# Noun-like verb forms that are cues when "that" follows ("The Post reports that").
NOUNISH_FORMS: frozenset[str] = frozenset(f for k, v in _SPEECH.items() for f in _forms(k, v)) & _NOUNISH
BELIEF_FORMS: frozenset[str] = frozenset(f for k, v in _BELIEF.items() for f in _forms(k, v)) - {
    "hope", "fear", "doubt", "feeling", "thinking", "knowing", "expect", "know", "worry",
    "feel", "assume", "assuming", "expecting",
}
# Verbs after which the addressee comes before the content: "told Reuters that ...".
OBJECT_VERBS: frozenset[str] = frozenset(
    {"tell", "tells", "told", "telling", "assure", "assures", "assured", "assuring",
     "remind", "reminds", "reminded", "reminding", "inform", "informs", "informed", "informing",
     "advise", "advised", "advises"}
)
# Verbs whose object is part of the content ("urged the council to ...").
# Two-word cues: first word -> allowed second words.
PARTICLES: dict[str, frozenset[str]] = {
    "pointed": frozenset({"out"}), "points": frozenset({"out"}), "pointing": frozenset({"out"}),
    "point": frozenset({"out"}), "called": frozenset({"for", "on"}), "calls": frozenset({"for", "on"}),
    "calling": frozenset({"for", "on"}), "went": frozenset({"on"}), "goes": frozenset({"on"}),
    "put": frozenset({"it"}), "puts": frozenset({"it"}),
}

# Auxiliaries and adverbs that sit between a source and its cue ("has also said").
CUE_MODIFIERS: frozenset[str] = frozenset(
    """has have had was were is are be been also later then again previously repeatedly
    recently publicly privately reportedly once never not would will could did does do
    earlier often separately already still further subsequently just only even
    soon now too finally first long himself herself themselves itself
    """.split()
)
# Phrases that may extend a cue to the right: "said in a statement", "told Reuters in an interview".
MEDIUM_NOUNS: frozenset[str] = frozenset(
    """statement statements interview interviews speech letter email e-mail post tweet release
    briefing conference report message video address op-ed column memo note filing
    broadcast podcast blog television radio""".split()
)
TIME_WORDS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weekend month year earlier later""".split()
)

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f"}
PRONOUNS_GROUP = frozenset({"they", "them", "we"})
PRONOUNS_ORG = frozenset({"it"})
PRONOUNS_FIRST = frozenset({"i", "we"})
DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your some several many two three four".split()
)
# Words that end a backward walk for a source (a new clause starts there).
CLAUSE_WORDS = frozenset(
    """that which who whom whose where when while because although though if as since after
    before until unless whether but so than and or nor yet then""".split()
)

# Titles that may stand before a person's name; the value is the role noun they give.
TITLES: dict[str, str] = {
    "mr": "", "mrs": "", "ms": "", "dr": "", "prof": "professor", "professor": "professor",
    "president": "president", "vice": "", "prime": "", "minister": "minister",
    "secretary": "secretary", "senator": "senator", "sen": "senator", "rep": "representative",
    "representative": "representative", "gov": "governor", "governor": "governor",
    "mayor": "mayor", "general": "general", "gen": "general", "col": "colonel",
    "colonel": "colonel", "lt": "lieutenant", "admiral": "admiral", "adm": "admiral",
    "chancellor": "chancellor", "ambassador": "ambassador", "judge": "judge",
    "justice": "justice", "chairman": "chairman", "chairwoman": "chairwoman",
    "chair": "chair", "director": "director", "spokesman": "spokesman",
    "spokeswoman": "spokeswoman", "spokesperson": "spokesperson", "commander": "commander",
    "king": "king", "queen": "queen", "prince": "prince", "sheikh": "sheikh",
    "ceo": "chief executive", "chief": "chief", "speaker": "speaker", "leader": "leader",
    "attorney": "attorney", "sergeant": "sergeant", "captain": "captain", "capt": "captain",
    "major": "major", "councillor": "councillor", "councilman": "councilman",
    "congressman": "congressman", "congresswoman": "congresswoman", "deputy": "",
    "foreign": "", "defense": "", "defence": "", "finance": "", "interior": "", "state": "",
    "economy": "", "trade": "", "health": "", "former": "", "acting": "",
}
# Role nouns that refer back to a person ("the minister said").
PERSON_ROLES: frozenset[str] = frozenset(
    """president minister secretary senator representative governor mayor general colonel
    admiral chancellor ambassador judge justice chairman chairwoman chair director spokesman
    spokeswoman spokesperson commander king queen prince executive chief ceo official
    lawmaker leader candidate premier diplomat envoy analyst professor economist founder
    lawyer attorney prosecutor officer commissioner negotiator adviser advisor aide
    manager head boss nominee captain congressman congresswoman councillor sheriff
    scientist researcher strategist pollster consultant historian expert activist editor
    columnist commentator scholar organizer
    """.split()
)
# Kind nouns that refer back to an organisation ("the company said").
ORG_ROLES: dict[str, frozenset[str]] = {
    "company": frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "industries", "systems", "technologies", "motors", "airlines", "company", "ag", "sa", "gmbh"}),
    "firm": frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "industries", "systems", "technologies", "company"}),
    "group": frozenset({"group", "coalition", "alliance", "front", "movement", "association"}),
    "ministry": frozenset({"ministry"}), "department": frozenset({"department"}),
    "agency": frozenset({"agency", "administration", "service", "bureau"}),
    "government": frozenset({"government", "cabinet", "kremlin", "administration"}),
    "party": frozenset({"party"}), "campaign": frozenset({"campaign"}),
    "bank": frozenset({"bank"}), "commission": frozenset({"commission"}),
    "committee": frozenset({"committee"}), "council": frozenset({"council"}),
    "army": frozenset({"army", "forces", "military"}), "military": frozenset({"army", "forces", "military", "pentagon"}),
    "court": frozenset({"court"}), "union": frozenset({"union"}),
    "newspaper": frozenset({"times", "post", "journal", "herald", "gazette", "tribune", "news"}),
    "paper": frozenset({"times", "post", "journal", "herald", "gazette", "tribune", "news"}),
    "network": frozenset({"news", "tv", "television", "broadcasting"}),
    "office": frozenset({"office"}), "university": frozenset({"university", "college", "institute"}),
}
# Words that mark a capitalised name as an organisation.
ORG_WORDS: frozenset[str] = frozenset(
    {w for v in ORG_ROLES.values() for w in v}
    | set("""ministry department agency office house pentagon kremlin parliament congress senate
    assembly reuters ap afp bloomberg institute foundation fund organization organisation
    nato un eu opec council commission committee authority board police navy force forces
    airways network channel press""".split())
)
# Words that open a subordinate clause at the start of a sentence ("When Holt said ..., the ...").
SUBORDINATORS: frozenset[str] = frozenset(
    "when if after before once while as although though because since unless until whereas".split()
)
# Days a sentence may open with ("Sunday on “Meet the Press,” ...", "Tuesday, ...").
DAY_WORDS: frozenset[str] = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split())
# Plural or generic heads of unnamed sources.
GROUP_NOUNS: frozenset[str] = frozenset(
    """officials sources analysts experts diplomats lawmakers residents witnesses observers
    critics economists investors people authorities leaders officers supporters opponents
    democrats republicans activists protesters researchers scientists doctors aides advisers
    advisors members executives traders police prosecutors investigators voters polls
    reports documents""".split()
)



# Figures: a token like "35", "1.5", "2,000" or a number word. A report-verb form right
# after one is a counted noun ("35 basis points to"), and a figure inside a would-be
# subject means the words are an object or a comparison, not who spoke.
# Head nouns of a speaking noun phrase: roles, organisations, groups ("the mayor's chief
# adviser", "The ministry's press office", "The Ostland navy").
# "agreed with X that ...": a report whose content is the clause, not X.
AGREE_FORMS: frozenset[str] = frozenset("agree agrees agreed agreeing disagree disagrees disagreed".split())
# Words that can head a group source ("others, including X, said", "some voters who ...").
GROUP_HEADS: frozenset[str] = GROUP_NOUNS | frozenset("others many some several numerous few most".split())
HEAD_NOUNS: frozenset[str] = PERSON_ROLES | ORG_WORDS | GROUP_NOUNS | frozenset(ORG_ROLES)

NUMBER_WORDS: frozenset[str] = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions trillion dozen
    dozens percentage basis""".split()
)


def is_figure(tok: object) -> bool:
    """Whether a token (anything with ``text`` and ``low``) is a figure or number word."""
    text: str = getattr(tok, "text")
    low: str = getattr(tok, "low")
    return low in NUMBER_WORDS or (text[:1].isdigit() and text.replace(",", "").replace(".", "").isdigit())
