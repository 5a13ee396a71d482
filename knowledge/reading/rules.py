"""The reader's rules as data: one row per way reporters state a fact.

Each `Rule` names a family of phrasings: its `id` (cited by every fact it gives, so `bot.py explain`
shows which rule made a fact), the issue family it belongs to, the reader's `step` that applies it,
its pattern over the sentence skeleton (tokens: <S> seat, <P> party, <H> person, <N> number; see
knowledge.reading.skeleton), what each capture sets, the `not-a-fact` guards checked before a match
counts, and its own example sentences: the facts they must give, and counter-examples that must give
no such fact. tests/test_rules.py reads every example with the real reader.

Adding a phrasing is one row: a rule of an existing step, with its examples. Rules of one step are
tried in the order of this table; the first rule to set a field keeps it (a stronger outcome rule
overrides a weaker one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Generic, Literal, TypeVar

from knowledge.lexicon import verbs
from knowledge.reading.article_text import Sentence
from knowledge.reading.phrases import ANY_P, BY_WINNER, FILLER, NOT_PASSIVE, QUALIFIER, H, N, P, S
from knowledge.reading.prefilter import LiteralIndex, Prefiltered

Family = Literal["result-block", "outcome", "seat", "election", "not-a-fact", "recounts-margins", "party"]
FAMILIES: tuple[Family, ...] = ("result-block", "outcome", "seat", "election", "not-a-fact", "recounts-margins",
                                "party")
# The reader's steps (knowledge.reading.reader) and what each does with a rule's match.
Step = Literal[
    "headline", "gain_from", "lost_seat_to_party", "took_seat_of", "winner_subject", "elected", "loser_first",
    "beat", "roundup_hold", "attribution", "standing_for", "role", "candidacy", "placement", "votes", "score",
    "margin", "previous_majority", "recount", "recount_none", "figure", "declared", "era", "block", "conclude",
    "guard", "official", "correction", "seat_name", "share_row",
]
# Where a guard looks: the text before the match, right after it, the match's clause, that clause or the one
# before it, the whole sentence, or who the sentence's subject is (a check of the reader's, no pattern).
GuardScope = Literal["before", "after", "clause", "clause_or_previous", "sentence", "subject"]
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Evidence(Generic[V]):
    """A value the reader found, the sentence that states it and the rule that read it there."""

    value: V
    sentence: Sentence
    rule: str
    strength: int = 0  # outcome rules: a stronger statement ("CON GAIN") overrides a weaker one


@dataclass(frozen=True, slots=True)
class Want:
    """A fact an example must give; `rule` when another rule than the example's own gives it."""

    field: str
    value: str | int | float
    candidate: str | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    """An article of the rule's own sentences (polling day 2019 unless `date` says otherwise)."""

    text: str
    facts: tuple[Want, ...] = ()
    absent: tuple[str, ...] | None = None  # fields it must not state (a counter-example's default: the rule's)
    date: str = "2019-12-13"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    family: Family
    step: Step
    pattern: re.Pattern[str] | None  # None: the rule works on what other rules found (conclusions, lists)
    captures: tuple[tuple[str, str], ...]  # (group, what it sets): "seat", "winner", "loser", "party", ...
    sets: tuple[str, ...]  # the fact fields it gives
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...] = ()
    outcome: str | None = None  # "gain" or "hold" when every match says so
    strength: int = 0
    guards: tuple[str, ...] = ()  # ids of not-a-fact rules checked before a match counts
    scope: GuardScope | None = None  # guards: where the pattern is looked for
    blocks_unless_found: bool = False  # guards: the match counts only when the pattern is found
    bounds: tuple[float, float] | None = None  # figures: the values that can be this figure
    # the pattern behind a test of the literals every match contains (derived from the pattern, see prefilter)
    matcher: Prefiltered | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            object.__setattr__(self, "matcher", Prefiltered(self.pattern))

    def take(self, match: re.Match[str], role: str) -> str | None:
        """The text of the first group of `match` that sets `role`, if any took part."""
        for group, what in self.captures:
            if what == role and match.group(group):
                return match.group(group)
        return None


def _ex(text: str, *facts: Want, absent: tuple[str, ...] | None = None, date: str = "2019-12-13") -> Example:
    return Example(text, facts, absent, date)


W = Want
# What every outcome rule checks first: the words just before its verb do not deny, suppose or forecast it.
_NOT_SO = ("not-a-fact.negated", "not-a-fact.hypothetical", "not-a-fact.projected", "not-a-fact.attempted",
           "not-a-fact.conditional", "not-a-fact.respectively", "not-a-fact.negated_subject",
           "not-a-fact.expected_of", "not-a-fact.claimed", "not-a-fact.other_election")
# A national or regional figure, not this seat's (one pattern, looked for in a clause or in a sentence).
_NATIONAL = re.compile(r"\b(?:national\w*|across the (?:country|UK|region)|UK-wide|overall|average)\b", re.I)
_RECOUNT_ABSENT = ("recounts",)
# A seat's name as a construction that states its result writes it ("the new seat of Barset Vale").
_SEAT_NAME = r"[A-Z][\w'’-]*(?:,? (?:and|upon|on|under|&|[A-Z][\w'’-]*))*"
# A seat's passive verb up to "by": "was captured from the Conservatives by ...", "was held comfortably by ...".
_WON_BY = (rf"(?P<verb>{verbs.alternation(verbs.participles((verbs.WIN,), verbs.SEAT_TAKING, verbs.HOLDING))})"
           rf"(?: (?:back|comfortably|narrowly|easily))?(?: (?:from|off) (?:the )?(?P<from>{P}))? ")
# A party that is not the start of a person's description ("Labour's Jo Bloggs", "the Labour candidate Jo Bloggs").
# Words before a result named as a noun ("a comfortable hold for ...").
_RESULT_ADJ = (r"(?:(?:comfortable|easy|narrow|shock|surprise|stunning|notable|historic|significant|clear|solid|safe|"
               r"dramatic|rare) )?")
_NO_PERSON_AFTER = r"(?!'s|(?: [\w-]+){0,2} <H)"
# The verbs of standing as a party: "won Stroud as the Green candidate", "stood as an independent".
_STOOD = "won|stood|standing|ran|running|was elected|was re-elected|was returned"
# A loser's passive verb: "was unseated by", "was edged out by".
_BEATEN = verbs.alternation(verbs.participles(verbs.BEATING, verbs.OUSTING, verbs.BEATEN))
# The verbs of beating someone, in the active voice ("beat", "pipping", "saw off").
_BEAT = rf"{NOT_PASSIVE}\b(?:{verbs.alternation(verbs.finite_forms(verbs.BEATING))})\b (?!by\b)"

RULES: tuple[Rule, ...] = (
    # === outcome: who won, and how ==================================================================
    Rule("outcome.headline", "outcome", "headline",
         re.compile(rf"(?P<party>{P}) (?P<kind>gain|hold|win)s?\b(?: (?:from|off) (?:the )?(?P<from>{P}))?", re.I),
         (("party", "winner_party"), ("kind", "outcome"), ("from", "previous_party")),
         ("winner_party", "outcome", "previous_party"),
         (_ex("Ashfield: Labour gain from Conservative. Alice Brennan won Ashfield with 19,300 votes.",
              W("outcome", "gain"), W("previous_party", "Conservative"), W("winner_party", "Labour"),
              W("winner", "Alice Brennan", rule="outcome.won")),
          _ex("Bassetlaw - Conservative hold. Tom Hale won Bassetlaw.", W("outcome", "hold"),
              W("previous_party", "Conservative"))),
         (_ex("Tom Hale won Bassetlaw. In 2010, Bassetlaw was a Labour hold.", absent=("outcome",)),),
         strength=3, guards=_NOT_SO),
    Rule("outcome.gain_from", "outcome", "gain_from",
         re.compile(
             rf"\b(?:has |have |had )?(?:taken|took|taking|takes|snatched|snatching|snatches|seized|seizing|captured|"
             rf"capturing|gained|gaining|gains|won|wins|winning|grabbed|grabbing|wrested|wrestled|claimed|claiming|"
             rf"reclaimed|reclaiming|regained|regaining|recaptured|recapturing|re-?took|re-?taking)"
             rf"(?: back)? (?:(?:the )?(?P<seat>{S})|the seat|it|the constituency|(?:his|her|their|the) <S\d+> seat|"
             rf"(?:his|her|their) (?:old |former )?seat)"
             rf"(?: [^<.]{{0,25}}?)? (?:from|off) (?:the )?(?P<party>{P})", re.I),
         (("seat", "seat"), ("party", "previous_party")), ("winner", "outcome", "previous_party"),
         (_ex("Alice Brennan snatched Ashfield from the Conservatives.", W("winner", "Alice Brennan"),
              W("outcome", "gain"), W("previous_party", "Conservative")),
          _ex("Labour's Priya Nandy took the seat back from the SNP in Angus.", W("winner", "Priya Nandy"),
              W("previous_party", "Scottish National Party"), W("winner_party", "Labour", rule="party.possessive")),
          _ex("In Angus, Priya Nandy fought back, reclaiming her old seat from the SNP.", W("winner", "Priya Nandy"),
              W("outcome", "gain"), W("previous_party", "Scottish National Party"))),
         (_ex("Tom Hale won Bolsover. Labour had taken Ashfield from the Conservatives in 1997.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("outcome", "previous_party")),),
         strength=2, guards=_NOT_SO),
    Rule("outcome.lost_seat_to_party", "outcome", "lost_seat_to_party",
         re.compile(rf"\b(?:lost|loses|losing) (?:(?:his|her|their|the) (?:(?P<seat>{S}) )?seat|(?P<seat2>{S})|it) "
                    rf"(?:[^<.]{{0,20}}? )?to (?:the )?(?P<party>{P}){_NO_PERSON_AFTER}", re.I),
         (("seat", "seat"), ("seat2", "seat"), ("party", "winner_party")),
         ("winner_party", "outcome", "previous_party", "candidate"),
         (_ex("Alice Brennan won Bath. Tom Hale, the Conservative candidate, lost his seat to the Liberal Democrats.",
              W("outcome", "gain"), W("previous_party", "Conservative"), W("candidate", "Tom Hale", "Tom Hale"),
              W("winner_party", "Liberal Democrat")),
          _ex("Priya Nandy won Angus. Dan Varley lost her seat to the Scottish Nationalist Party.",
              W("winner_party", "Scottish National Party"), W("outcome", "gain")),
          _ex("Priya Nandy won Angus. Dan Varley, a Conservative, lost Angus narrowly to the SNP.",
              W("winner_party", "Scottish National Party"), W("outcome", "gain"),
              W("candidate", "Dan Varley", "Dan Varley"))),
         (_ex("Priya Nandy won Angus. Dan Varley lost Angus to the SNP in 2005.", absent=("outcome",)),),
         outcome="gain", strength=2, guards=_NOT_SO),
    Rule("outcome.lost_seat", "outcome", "lost_seat_to_party",
         re.compile(rf"\b(?:lost|loses|losing) (?:his|her|their) (?:(?P<seat>{S}) )?seat\b(?: in (?P<seat2>{S}))?"
                    rf"(?! (?:[^<.]{{0,20}}? )?to\b)", re.I),
         (("seat", "seat"), ("seat2", "seat")), ("outcome", "previous_party", "candidate"),
         (_ex("Priya Nandy won Bolsover. The Conservative Sam Roe lost his seat in Bolsover by 1,612 votes.",
              W("outcome", "gain"), W("previous_party", "Conservative"), W("candidate", "Sam Roe", "Sam Roe"),
              W("margin", 1612, rule="margin.by")),),
         (_ex("Priya Nandy won Bolsover. Sam Roe lost his seat in 1997.", absent=("outcome", "previous_party")),
          _ex("Priya Nandy won Bolsover. Elsewhere, Tory ministers lost their seats in droves.",
              absent=("outcome", "previous_party"))),
         outcome="gain", strength=2, guards=_NOT_SO),
    Rule("outcome.lost_in", "outcome", "lost_seat_to_party",
         re.compile(rf"\b(?:has |have |had )?(?:lost|loses|losing)(?: (?:narrowly|heavily|badly))? in (?P<seat>{S})",
                    re.I),
         (("seat", "seat"),), ("candidate",),
         (_ex("Rosa Quint won Stroud. Tom Hale has lost in Stroud, the count showed.",
              W("candidate", "Tom Hale", "Tom Hale")),),
         (_ex("Rosa Quint won Stroud. Tom Hale lost in Stroud in 2010.", absent=("outcome",)),),
         guards=_NOT_SO),
    Rule("outcome.lost_to_party", "outcome", "lost_seat_to_party",
         re.compile(rf"\b(?:lost|loses|losing)(?: (?:narrowly|heavily|comfortably|decisively|badly))? to (?:the )?"
                    rf"(?P<party>{P}){_NO_PERSON_AFTER}", re.I),
         (("party", "winner_party"),), ("winner_party", "candidate"),
         (_ex("Priya Nandy won Angus. Dan Varley lost to the SNP by 1,830 votes.",
              W("winner_party", "Scottish National Party"), W("candidate", "Dan Varley", "Dan Varley"),
              W("margin", 1830, rule="margin.by"), absent=("outcome",)),),
         (_ex("Priya Nandy won Angus. Dan Varley lost to the SNP in 2010.", absent=("winner_party",)),
          _ex("Priya Nandy won Angus. Dan Varley never lost to the SNP.", absent=("winner_party",))),
         strength=2, guards=_NOT_SO),
    Rule("outcome.took_seat_of", "outcome", "took_seat_of",
         re.compile(rf"\b(?:took|taken|taking|takes|snatched|seized|captured|won) (?P<loser>{H})'s "
                    rf"(?:[\w-]+ ){{0,3}}?(?P<party>{P}) seat", re.I),
         (("loser", "loser"), ("party", "previous_party")), ("winner", "outcome", "previous_party", "candidate"),
         (_ex("In Kettering, Labour's Alice Brennan took Tom Hale's safe Conservative seat.",
              W("winner", "Alice Brennan"), W("outcome", "gain"), W("previous_party", "Conservative"),
              W("candidate", "Tom Hale", "Tom Hale")),),
         strength=2, guards=_NOT_SO),
    Rule("outcome.held_on", "outcome", "winner_subject",
         re.compile(
             rf"\b(?:has |have )?(?:held on|hung on|hanging on|clung on|clinging on|clings on|hangs on|holding on|"
             rf"held onto)(?: (?:to|in|at))?(?: (?:the |his |her |their )?(?P<seat>{S})(?: seat)?)?"
             rf"(?: for (?:the )?(?P<party>{P}))?", re.I),
         (("seat", "seat"), ("party", "winner_party")), ("winner", "winner_party", "outcome"),
         (_ex("Alice Brennan clung on in Bassetlaw for Labour.", W("winner", "Alice Brennan"), W("outcome", "hold"),
              W("winner_party", "Labour"), W("previous_party", "Labour", rule="previous_party.hold")),),
         (_ex("Tom Hale won Bolsover. In 2010 Dan Varley had clung on in Bassetlaw.", absent=("outcome",)),),
         outcome="hold", strength=1, guards=_NOT_SO),
    Rule("outcome.held", "outcome", "winner_subject",
         re.compile(
             rf"\b(?:has |have )?(?:held|retained|retains|retaining|kept|keeps|holds|successfully defended|"
             rf"(?<=\bto )(?:hold|retain|keep)) "
             rf"(?:(?:his|her|their|its) )?(?:(?P<seat>{S})|the seat|(?<=his |her |its )seat|(?<=their )seat)"
             rf"(?: seat)?(?! (?:from|off)\b)(?: for (?:the )?(?P<party>{P}))?",
             re.I),
         (("seat", "seat"), ("party", "winner_party")), ("winner", "winner_party", "outcome"),
         (_ex("Tom Hale retained Bolsover for the Conservatives.", W("winner", "Tom Hale"), W("outcome", "hold"),
              W("winner_party", "Conservative")),
          _ex("In Stroud, Rosa Quint kept the seat comfortably for the Greens.", W("winner", "Rosa Quint"),
              W("outcome", "hold"), W("winner_party", "Green")),
          _ex("Tom Hale kept Bolsover. The Tories had scraped through to hold the seat.", W("winner_party", "Conservative"),
              W("outcome", "hold")),
          _ex("Tom Hale won Bolsover. The veteran Labour MP retained his seat.",
              W("winner_party", "Labour", rule="party.role"), W("outcome", "hold"))),
         (_ex("Tom Hale won Bolsover. Dan Varley had held Bolsover since 2005.", W("winner", "Tom Hale",
                                                                                  rule="outcome.won"),
              absent=("outcome",)),
          _ex("Tom Hale won Bolsover. In Ashfield, Labour failed to hold the seat.", absent=("outcome",)),
          _ex("Tom Hale won Bolsover. In Ashfield, the Greens are fighting to keep the seat.",
              absent=("outcome",))),
         outcome="hold", strength=1, guards=_NOT_SO),
    Rule("outcome.won", "outcome", "winner_subject",
         re.compile(rf"\b(?:has |have )?(?:won|wins|took|taken|takes|captured|secured|claimed|"
                    rf"(?<=\bto )(?:win|take|capture|claim))(?: back)? "
                    rf"(?:(?P<seat>{S})|the (?:[\w-]+ ){{0,2}}?(?:seat|constituency) of (?P<seat2>{S})|the (?P<seat3>{S}) "
                    rf"(?:by-?election|seat|constituency)\b|the seat\b)(?! (?:from|off)\b)", re.I),
         (("seat", "seat"), ("seat2", "seat"), ("seat3", "seat")), ("winner", "winner_party"),
         (_ex("The Liberal Democrats' Helen Marsh won Bath.", W("winner", "Helen Marsh")),
          _ex("Alice Brennan won Ashfield. Labour staged an upset to take the seat of Ashfield.",
              W("winner_party", "Labour")),
          _ex("Omar Kidd took the seat for Plaid Cymru after a long night in Arfon.", W("winner", "Omar Kidd"),
              W("winner_party", "Plaid Cymru")),
          _ex("Omar Kidd took the Arfon seat with 12,400 votes.", W("winner", "Omar Kidd"),
              W("votes", 12400, "Omar Kidd", rule="votes.polled")),
          _ex("Labour staged an upset to take the Welsh seat of Arfon by 90 votes. Labour candidate Omar Kidd wept.",
              W("winner_party", "Labour", rule="party.described"), W("winner", "Omar Kidd", rule="outcome.party_candidate"))),
         (_ex("Tom Hale was re-elected in Bolsover. Dan Varley first won Bolsover in 2005.",
              W("winner", "Tom Hale"), absent=("previous_party",)),
          _ex("Dan Varley has never won Bath."),
          _ex("Dan Varley would have won Bath on the old boundaries."),
          _ex("Dan Varley is expected to have won Bath."),
          _ex("Dan Varley needs to win Bath."),
          _ex("Tom Hale was re-elected in Bolsover. In Bath, the Greens failed to take the seat.",
              absent=("winner_party",)),
          _ex("Tom Hale was re-elected in Bolsover. Labour took the Bath seat in 1997.", absent=("winner_party",))),
         guards=_NOT_SO),
    Rule("outcome.gained", "outcome", "winner_subject",
         re.compile(rf"\b(?:has |have )?(?:gained|gains|gaining|regained|regains|recaptured|recaptures|re-?took|"
                    rf"(?<=\bto )(?:gain|regain|recapture|retake)) (?:(?P<seat>{S})|the seat\b|the (?P<seat2>{S}) seat\b)"
                    rf"(?! (?:from|off)\b)", re.I),
         (("seat", "seat"), ("seat2", "seat")), ("winner", "winner_party", "outcome"),
         (_ex("In the last result of the night, Labour gained Kensington by just 20 votes. Labour candidate Priya "
              "Nandy was in tears.", W("winner_party", "Labour", rule="party.described"), W("winner", "Priya Nandy", rule="outcome.party_candidate"), W("outcome", "gain"), W("margin", 20, rule="margin.by")),
          _ex("Tom Hale regained Bolsover for the Conservatives.", W("winner", "Tom Hale"), W("outcome", "gain"),
              W("winner_party", "Conservative"))),
         (_ex("Tom Hale won Bolsover. Labour gained Ashfield in 1997.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",)),
          _ex("Tom Hale won Bolsover. Labour gained 40 seats.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",)),
          _ex("Tom Hale won Bolsover. Labour hoped to gain Ashfield.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",))),
         outcome="gain", strength=2, guards=_NOT_SO),
    Rule("outcome.won_with", "outcome", "winner_subject",
         # a win with its figure and no seat named: the sentence's seat ("In Barset, Bloggs won with 21,012 votes")
         re.compile(rf"\b(?:has |have |had )?(?:won|wins|triumphed|prevailed)(?: (?:comfortably|narrowly|easily|"
                    rf"convincingly|handsomely|again))? (?:with {QUALIFIER}(?:a (?:majority|margin) of )?{N}|by "
                    rf"{QUALIFIER}(?:a (?:majority|margin) of )?{N} votes?\b)", re.I),
         (), ("winner", "winner_party"),
         (_ex("In Ashfield, Alice Brennan won with 21,012 votes.", W("winner", "Alice Brennan"),
              W("votes", 21012, "Alice Brennan", rule="votes.polled")),
          _ex("Alice Brennan held on in Ashfield. Labour won by 1,204 votes.", W("winner_party", "Labour"),
              W("winner", "Alice Brennan", rule="outcome.held_on"), W("margin", 1204, rule="margin.by"))),
         (_ex("In Ashfield, Alice Brennan won with 21,012 votes in 2015.", absent=("winner",)),
          _ex("In Ashfield, Alice Brennan needs to win with 21,012 votes.", absent=("winner",)),
          _ex("In Ashfield, the Tories would have won with 21,012 votes.", absent=("winner", "winner_party")),
          _ex("Labour won by 174 seats across the country.", absent=("winner", "winner_party"))),
         guards=_NOT_SO),
    Rule("outcome.overturned", "outcome", "winner_subject",
         # overturning the majority defended is winning the seat: "Bloggs overturned a 25,000 Conservative majority"
         re.compile(rf"{NOT_PASSIVE}\b(?:overturn(?:ed|s|ing)|overcame|overcoming|wip(?:ed|ing) out|overhaul(?:ed|ing))"
                    rf" (?:a |an |the |(?:his|her|their)(?: <P\d+>'s)? )?(?:(?:notional|huge|large|sizeable|"
                    rf"substantial|massive|big|slim|narrow|previous) )?(?:{N}\+?(?:-vote)? )?(?:{ANY_P} )?majority\b"
                    rf"(?: of {QUALIFIER}{N})?", re.I),
         (), ("winner", "outcome"),
         (_ex("In Ashfield, Alice Brennan overturned a 25,000 Conservative majority.", W("winner", "Alice Brennan"),
              W("outcome", "gain"), W("previous_majority", 25000, rule="previous_majority.defending"),
              absent=("margin",)),
          _ex("In Ashfield, Labour's Alice Brennan overturned the Tory majority of 4,100.",
              W("winner", "Alice Brennan"), W("previous_majority", 4100, rule="previous_majority.defending")),
          # the party of the majority overturned is not the winner's
          _ex("Alice Brennan overturned a Labour majority of 9,000 to win the Ashfield by-election.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("winner_party", "party"), date="2025-05-02")),
         (_ex("In Ashfield, Alice Brennan failed to overturn a 25,000 Conservative majority.", absent=("winner",)),
          _ex("In Ashfield, Alice Brennan overturned a 25,000 majority in 2010.", absent=("winner",)),
          _ex("In Ashfield, the Conservative majority was overturned by Labour.", absent=("winner",))),
         outcome="gain", strength=1, guards=_NOT_SO),
    Rule("outcome.won_idiom", "outcome", "winner_subject",
         re.compile(
             rf"\b(?:(?:came|comes|coming|emerged|emerging) out on top|topped the poll|(?:eas|cruis|romp|sweep|swept|"
             rf"storm|sail|coast|glid)\w* (?:home|to (?:a |an )?(?:[\w-]+ )?(?:victory|win))\b)"
             rf"(?: (?:[^<.,]{{0,20}}? )?in (?P<seat>{S}))?", re.I),
         (("seat", "seat"),), ("winner", "winner_party"),
         (_ex("Gareth Owusu romped home in Wrexham for Labour.", W("winner", "Gareth Owusu"),
              W("winner_party", "Labour")),
          _ex("Priya Nandy topped the poll in Peterborough.", W("winner", "Priya Nandy"))), guards=_NOT_SO),
    Rule("outcome.reelected", "outcome", "elected", re.compile(r"\bre-?elected\b", re.I), (),
         ("winner", "outcome"),
         (_ex("In Canterbury, Rosa Quint was re-elected.", W("winner", "Rosa Quint"), W("outcome", "hold")),
          _ex("Canterbury's re-elected MP, Rosa Quint, thanked the count staff.", W("winner", "Rosa Quint"))),
         (_ex("Alice Brennan won Ashfield. Tom Hale was re-elected as a councillor in May.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome",)),),
         outcome="hold", strength=1, guards=(*_NOT_SO, "not-a-fact.other_office")),
    Rule("outcome.elected", "outcome", "elected",
         re.compile(r"\b(?:was|has been|is|were|have been) (?:elected|returned|declared (?:the )?(?:winner|victor))\b",
                    re.I), (), ("winner",),
         (_ex("Dan Varley was declared the winner in Workington.", W("winner", "Dan Varley")),
          _ex("In Gower, Helen Marsh was returned as the constituency's MP.", W("winner", "Helen Marsh"))),
         (_ex("In Gower, Helen Marsh might be returned as the constituency's MP."),
          _ex("In Ashfield, Tom Hale was elected leader of the council's Labour group."),),
         guards=(*_NOT_SO, "not-a-fact.other_office")),
    Rule("outcome.still_mp", "outcome", "elected",
         re.compile(rf"\b(?:is still|remains) (?:(?P<seat>{S})'s MP\b|(?:the )?MP for (?P<seat2>{S}))", re.I),
         (("seat", "seat"), ("seat2", "seat")),
         ("winner", "outcome"),
         (_ex("Tom Hale remains Bolsover's MP after the count.", W("winner", "Tom Hale"), W("outcome", "hold")),
          _ex("Alice Brennan won Ashfield for Labour.\n\nTom Hale remains MP for Bolsover.", W("winner", "Tom Hale"),
              W("outcome", "hold"))),
         (_ex("Alice Brennan won Ashfield for Labour.\n\nTom Hale is no longer MP for Bolsover.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome",)),),
         outcome="hold", strength=1, guards=_NOT_SO),
    Rule("outcome.loser_first.defeated_by", "outcome", "loser_first",
         re.compile(
             rf"(?:(?P<loser>{H}),? (?:[^<.,]{{0,30}}?)?|(?<!\b[Hh]e )(?<!\b[Ss]he )(?<![Tt]hey ))\b"
             rf"(?:was|were|has been|had been|is|got|having been) "
             rf"(?:narrowly |comfortably |decisively |finally |heavily |soundly )?"
             rf"(?P<verb>{_BEATEN}) (?:[^<.]{{0,20}}? )?{BY_WINNER}", re.I),
         (("loser", "loser"), ("verb", "outcome"), ("winner", "winner")), ("winner", "outcome", "candidate"),
         (_ex("In Derby North, Tom Hale was narrowly unseated by Labour's Priya Nandy.", W("winner", "Priya Nandy"),
              W("outcome", "gain"), W("candidate", "Tom Hale", "Tom Hale")),
          _ex("Dan Varley was beaten by Rosa Quint in Stroud.", W("winner", "Rosa Quint")),
          _ex("In Stroud, the former minister was beaten by Green Rosa Quint.", W("winner", "Rosa Quint"))),
         (_ex("In Derby North, Tom Hale was not defeated by Priya Nandy."),
          _ex("Tom Hale won Stroud. His father had been beaten by Rosa Quint in 2005.", absent=("outcome",)),
          _ex("Tom Hale won Stroud. In Gloucester he was beaten by Rosa Quint.", absent=("outcome",))),
         strength=2, guards=_NOT_SO),
    Rule("outcome.loser_first.pronoun_defeated_by", "outcome", "loser_first",
         # "he was defeated by ...": the loser is whom the pronoun stands for (the one person named just before)
         re.compile(rf"\b(?P<pronoun>[Hh]e|[Ss]he) (?:was|has been|had been) "
                    rf"(?:narrowly |comfortably |decisively |finally |heavily |soundly )?"
                    rf"(?P<verb>{_BEATEN}) (?:[^<.]{{0,20}}? )?{BY_WINNER}"),
         (("pronoun", "loser_pronoun"), ("verb", "outcome"), ("winner", "winner")), ("winner", "candidate"),
         (_ex("Tom Hale has lost in Ashfield.\n\nHe was defeated by the Conservative candidate, Alice Brennan.",
              W("winner", "Alice Brennan"), W("candidate", "Tom Hale", "Tom Hale", rule="outcome.lost_in"),
              W("party", "Conservative", "Alice Brennan", rule="party.described")),
          _ex("In Ashfield, Tom Hale has lost. He was defeated by the Conservative candidate, Alice Brennan. He "
              "won 16,026 votes to the Conservative candidate's 18,838.", W("winner", "Alice Brennan"),
              W("votes", 16026, "Tom Hale", rule="votes.score_to"),
              W("votes", 18838, "Alice Brennan", rule="votes.score_to"))),
         (_ex("Tom Hale won Stroud. In Gloucester he was beaten by Rosa Quint.", absent=("outcome",)),
          _ex("Tom Hale and Sam Roe spoke in Gloucester. He was beaten by Rosa Quint.", absent=("winner",)),
          _ex("Tom Hale spoke in Gloucester. He was beaten by Rosa Quint in 2015.", absent=("winner",))),
         strength=2, guards=_NOT_SO),
    Rule("outcome.loser_first.lost_to", "outcome", "loser_first",
         re.compile(
             rf"(?:(?P<loser>{H}) (?:has |had )?)?\b(?:lost|losing|loses) (?:(?:his|her|their|the) (?:(?P<seat>{S}) )?"
             rf"seat(?: in (?P<seat3>{S}))?|(?P<seat2>{S})|it)(?: [^<.]{{0,20}}?)? to (?:the )?{FILLER}(?P<winner>{H})",
             re.I),
         (("loser", "loser"), ("seat", "seat"), ("seat2", "seat"), ("seat3", "seat"), ("winner", "winner")),
         ("winner", "outcome", "previous_party", "candidate"),
         (_ex("The Conservative Tom Hale lost Canterbury to Labour's Rosa Quint.", W("winner", "Rosa Quint"),
              W("outcome", "gain"), W("candidate", "Tom Hale", "Tom Hale")),
          _ex("Tom Hale, the sitting MP, lost Canterbury to Rosa Quint.", W("winner", "Rosa Quint"),
              W("outcome", "gain"))),
         strength=2, outcome="gain", guards=_NOT_SO),
    Rule("outcome.loser_first.lost_to_person", "outcome", "loser_first",
         re.compile(rf"(?:(?P<loser>{H}),? (?:has |had )?)?\b(?:lost|loses|losing)"
                    rf"(?: (?:narrowly|heavily|comfortably|decisively|badly))? to (?:the )?{FILLER}(?P<winner>{H})",
                    re.I),
         (("loser", "loser"), ("winner", "winner")), ("winner", "candidate"),
         (_ex("In Stroud the sitting MP lost to the Green Party's Rosa Quint.", W("winner", "Rosa Quint")),
          _ex("In Stroud, Tom Hale lost narrowly to Rosa Quint.", W("winner", "Rosa Quint"),
              W("candidate", "Tom Hale", "Tom Hale"))),
         (_ex("In Stroud, Tom Hale lost to Rosa Quint in 2015.", absent=("winner",)),),
         guards=_NOT_SO),
    Rule("outcome.loser_first.failed_to_beat", "outcome", "loser_first",
         re.compile(rf"(?P<loser>{H}) (?:failed|was unable|could not|couldn't|did not manage) to (?:beat|unseat|oust|"
                    rf"defeat|overhaul|topple|catch) {FILLER}(?P<winner>{H})", re.I),
         (("loser", "loser"), ("winner", "winner")), ("winner", "candidate"),
         (_ex("In Banbury, Dan Varley failed to beat Helen Marsh.", W("winner", "Helen Marsh"),
              W("candidate", "Dan Varley", "Dan Varley")),), guards=_NOT_SO),
    Rule("outcome.seat_passive.won_by", "outcome", "loser_first",
         re.compile(
             rf"(?P<seat>{S})(?: seat| constituency)? (?:(?:was|has been|had been|is) |(?<=^<S\d>) |(?<=^<S\d\d>) )?"
             rf"{_WON_BY}{BY_WINNER}", re.I),
         (("seat", "seat"), ("verb", "outcome"), ("from", "previous_party"), ("winner", "winner")),
         ("winner", "outcome", "previous_party"),
         (_ex("Aylesbury was captured from the Conservatives by Labour's Omar Kidd.", W("winner", "Omar Kidd"),
              W("outcome", "gain"), W("previous_party", "Conservative")),
          _ex("Bury North was held by Gareth Owusu.", W("winner", "Gareth Owusu"), W("outcome", "hold")),
          _ex("The Bury North seat was taken by veteran MP Gareth Owusu.", W("winner", "Gareth Owusu")),
          _ex("Bury North won by Labour's Gareth Owusu\nThe count ended at 4am.", W("winner", "Gareth Owusu"),
              W("party", "Labour", "Gareth Owusu", rule="party.possessive"))),
         (_ex("Tom Hale won Bolsover. Aylesbury had been held by Omar Kidd since 2010.",
              absent=("outcome", "previous_party")),
          _ex("Tom Hale won Bolsover. The Aylesbury seat was held by Omar Kidd in 2010.",
              absent=("outcome", "previous_party"))),
         strength=2, guards=_NOT_SO),
    Rule("outcome.party_held_with", "outcome", "loser_first",
         re.compile(rf"(?P<party>{P}) (?:has |have )?(?P<verb>held|retained|kept|won|took|gained|captured) (?P<seat>{S}),? "
                    rf"with (?:its |their )?(?:candidate )?(?P<winner>{H}) (?:polling|taking|winning|securing|getting|"
                    rf"receiving|on|collecting)\b", re.I),
         (("party", "winner_party"), ("verb", "outcome"), ("seat", "seat"), ("winner", "winner")),
         ("winner", "winner_party", "outcome"),
         (_ex("Labour held Bolsover, with Dan Varley polling 21,500 votes.", W("winner", "Dan Varley"),
              W("party", "Labour", "Dan Varley", rule="outcome.held"),
              W("votes", 21500, "Dan Varley", rule="votes.polled")),),
         (_ex("Labour held Bolsover in 2010, with Dan Varley polling 21,500 votes.", absent=("winner",)),),
         strength=1, guards=_NOT_SO),
    Rule("outcome.seat_passive.by_party", "outcome", "loser_first",
         re.compile(
             rf"(?:(?P<seat>{S})|\b[Tt]he seat|\bit) (?:was|has been|is) {_WON_BY}by (?:the )?(?P<party>{P})"
             rf"{_NO_PERSON_AFTER}", re.I),
         (("seat", "seat"), ("verb", "outcome"), ("from", "previous_party"), ("party", "winner_party")),
         ("winner_party", "outcome", "previous_party"),
         (_ex("Alice Brennan won Ashfield. The seat was held by Labour.", W("winner_party", "Labour"),
              W("outcome", "hold")),
          _ex("Alice Brennan won Ashfield. Ashfield was captured from the Conservatives by Labour.",
              W("winner_party", "Labour"), W("outcome", "gain"), W("previous_party", "Conservative"))),
         (_ex("Alice Brennan won Ashfield. The seat had been held by the Conservatives since 2010.",
              absent=("winner_party", "outcome", "previous_party")),),
         strength=2, guards=_NOT_SO),
    Rule("outcome.hold_for", "outcome", "loser_first",
         # the result named as a noun: "a Barset hold for Jo Bloggs", "a comfortable gain for Labour's Jo Bloggs"
         # the seat is named in the phrase, or the phrase is what the result or the seat was
         re.compile(rf"(?:\b(?:an?|the) {_RESULT_ADJ}(?P<seat>{S}) |(?:\b(?:result|seat|it)|(?P<seat2>{S}))"
                    rf"(?: in (?P<seat3>{S}))? (?:was|is|proved|proves) (?:an?|the) {_RESULT_ADJ})(?P<verb>hold|gain) for "
                    rf"(?:the )?(?:(?P<party>{P}){_NO_PERSON_AFTER}(?!\w)|{FILLER}(?P<winner>{H}))", re.I),
         (("seat", "seat"), ("seat2", "seat"), ("seat3", "seat"), ("verb", "outcome"), ("party", "winner_party"),
          ("winner", "winner")),
         ("winner", "winner_party", "outcome"),
         (_ex("The night's only upset was elsewhere; Bolsover was a Bolsover hold for Tom Hale.",
              W("winner", "Tom Hale"), W("outcome", "hold")),
          _ex("Tom Hale won Bolsover. The result in Bolsover was a hold for the Conservatives.",
              W("winner_party", "Conservative"), W("outcome", "hold"), W("winner", "Tom Hale", rule="outcome.won")),
          _ex("In Ashfield it was a narrow gain for Labour's Alice Brennan.", W("winner", "Alice Brennan"),
              W("outcome", "gain")),
          _ex("The Greens won only one seat - a Stroud hold for Rosa Quint.", W("winner", "Rosa Quint"),
              W("outcome", "hold"))),
         (_ex("Tom Hale won Bolsover. Holding Ashfield would be a gain for Labour.", absent=("outcome", "winner_party")),
          _ex("Tom Hale won Bolsover. In 2010 Ashfield was a gain for Alice Brennan.", absent=("outcome",)),
          _ex("Tom Hale won Bolsover. Brexit was a gain for the Conservatives in the north.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("outcome",))),
         strength=2, guards=_NOT_SO),
    Rule("outcome.loser_first.seat_lost_by", "outcome", "loser_first",
         re.compile(rf"(?P<seat>{S}) (?:was|has been|had been) lost by (?:the )?{FILLER}(?P<loser>{H}) to (?:the )?"
                    rf"{FILLER}(?P<winner>{H})", re.I),
         (("seat", "seat"), ("loser", "loser"), ("winner", "winner")), ("winner", "outcome", "candidate"),
         (_ex("Ashford was lost by Tom Hale to the Liberal Democrat Helen Marsh.", W("winner", "Helen Marsh"),
              W("outcome", "gain"), W("candidate", "Tom Hale", "Tom Hale")),),
         strength=2, outcome="gain", guards=_NOT_SO),
    Rule("outcome.unseat", "outcome", "beat",
         re.compile(
             rf"{NOT_PASSIVE}\b(?:unseat(?:s|ed|ing)?|oust(?:s|ed|ing)|toppl(?:es|ed|ing)|dethron(?:es|ed|ing))\b "
             rf"(?!by\b)(?:the )?{FILLER}(?P<loser>{H})", re.I),
         (("loser", "loser"),), ("winner", "outcome", "candidate"),
         (_ex("In Workington, Labour's Gareth Owusu ousted the sitting MP Tom Hale.", W("winner", "Gareth Owusu"),
              W("outcome", "gain"), W("candidate", "Tom Hale", "Tom Hale")),),
         outcome="gain", strength=1, guards=_NOT_SO),
    Rule("outcome.beat", "outcome", "beat",
         re.compile(rf"{_BEAT}(?:(?:his|her|their|the) )?{FILLER}(?P<loser>{H})", re.I),
         (("loser", "loser"),), ("winner", "candidate"),
         (_ex("In Bridgend, Helen Marsh saw off Dan Varley.", W("winner", "Helen Marsh"),
              W("candidate", "Dan Varley", "Dan Varley")),
          _ex("Rosa Quint won Stroud, beating Tom Hale.", W("candidate", "Tom Hale", "Tom Hale"))),
         (_ex("In Bridgend, Dan Varley was beaten by Helen Marsh.", W("winner", "Helen Marsh"), absent=()),
          _ex("In Bridgend, Helen Marsh never beat Dan Varley.")), guards=_NOT_SO),
    Rule("outcome.beat_party", "outcome", "beat",
         re.compile(rf"{_BEAT}(?:the )?(?P<loser_party>{P}){_NO_PERSON_AFTER}", re.I),
         (("loser_party", "loser_party"),), ("winner", "winner_party"),
         (_ex("Dan Varley won Bridgend. In the end Labour saw off the Conservatives there.",
              W("winner_party", "Labour")),
          _ex("In Bridgend, Dan Varley beat the Conservatives by 15,210 votes to 15,197.",
              W("winner", "Dan Varley"), W("votes", 15210, "Dan Varley", rule="votes.score"),
              W("margin", 13, rule="margin.score"))),
         (_ex("Dan Varley won Bridgend. Labour never beat the Conservatives there.", absent=("winner_party",)),),
         guards=_NOT_SO),
    Rule("outcome.roundup_hold", "outcome", "roundup_hold",
         re.compile(rf"(?P<party>{P}) (?:has |have )?(?:held on to|held onto|held|retained|kept|clung on to|"
                    rf"hung on to) (?:(?:all|both|each|<N\d+>) (?:of )?)?(?:its|their|the) (?:[\w-]+ ){{0,6}}?seats\b",
                    re.I),
         (("party", "winner_party"),), ("outcome",),
         (_ex("Labour held all of its seats in the county. In Bolsover, Labour's Dan Varley won the seat.",
              W("outcome", "hold"), W("winner", "Dan Varley", rule="outcome.won")),),
         outcome="hold"),
    Rule("outcome.most_votes", "outcome", "conclude", None, (), ("winner",),
         (_ex("Alice Brennan won Ashfield by 5,000 votes. Brennan polled 20,000 votes and Tom Hale 15,000.",
              W("winner", "Alice Brennan", rule="outcome.won")),
          _ex("Ashford\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500",
              W("winner", "Helen Marsh"))),
         ),
    Rule("outcome.party_candidate", "outcome", "conclude", None, (), ("winner",),
         (_ex("In Angus the SNP's incumbent Gordon Weir faced Conservative challenger Ann Lee. The SNP held the "
              "seat.", W("winner", "Gordon Weir"), W("winner_party", "Scottish National Party", rule="party.described"),
              W("outcome", "hold", rule="outcome.held")),),
         (_ex("In Angus the SNP held the seat. SNP leader Gordon Weir was delighted.", absent=("winner",)),),
         ),
    Rule("previous_party.hold", "outcome", "conclude", None, (), ("previous_party",),
         (_ex("Tom Hale held Bolsover for the Conservatives.", W("previous_party", "Conservative")),),
         ),
    Rule("previous_party.loser", "outcome", "conclude", None, (), ("previous_party",),
         (_ex("In Stroud, Rosa Quint of the Green Party ousted Tom Hale of the Conservatives.",
              W("previous_party", "Conservative"), W("outcome", "gain", rule="outcome.unseat")),),
         ),
    Rule("party.loser_of_gain", "party", "conclude", None, (), ("party",),
         (_ex("Alice Brennan snatched Ashfield from the Conservatives, unseating Tom Hale.",
              W("party", "Conservative", "Tom Hale")),),
         ),
    # === party: who stands for which party ==========================================================
    Rule("party.possessive", "party", "attribution", re.compile(rf"(?P<party>{P})(?:'s)? (?P<who>{H})"),
         (("party", "party"), ("who", "candidate")), ("party",),
         (_ex("Labour's Alice Brennan won Ashfield.", W("party", "Labour", "Alice Brennan")),),
         ),
    Rule("party.described", "party", "attribution",
         re.compile(rf"(?P<party>{P})(?:'s)? (?:[\w-]+ ){{0,2}}?(?:candidate|challenger|opponent|MP|leader|hopeful|rival|"
                    rf"nominee|councillor|member|incumbent|AM|MSP|MEP|minister|contender|man|woman)s?,? (?P<who>{H})"),
         (("party", "party"), ("who", "candidate")), ("party",),
         (_ex("Alice Brennan won Ashfield, beating Conservative challenger Tom Hale.",
              W("party", "Conservative", "Tom Hale")),),
         ),
    Rule("party.bracket", "party", "attribution", re.compile(rf"(?P<who>{H}) \((?P<party>{P})\)"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("Alice Brennan (Labour) won Ashfield.", W("party", "Labour", "Alice Brennan")),),
         ),
    Rule("party.bracket_described", "party", "attribution",
         re.compile(rf"(?P<who>{H}) \((?:[\w-]+ ){{1,2}}(?P<party>{P})(?: [\w-]+){{0,2}}\)"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("Alice Brennan won Ashfield. Tom Hale (outgoing Conservative MP) came second.",
              W("party", "Conservative", "Tom Hale")),),
         ),
    Rule("party.of", "party", "attribution", re.compile(rf"(?P<who>{H}) of (?:the )?(?P<party>{P})"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("Helen Marsh of the Liberal Democrats won Bath.", W("party", "Liberal Democrat", "Helen Marsh")),),
         ),
    Rule("party.comma_role", "party", "attribution",
         re.compile(rf"(?P<who>{H}), (?:the )?(?P<party>{P}) (?:candidate|MP|challenger|incumbent|member)"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("Helen Marsh won Bath. Tom Hale, the Conservative MP, came second.",
              W("party", "Conservative", "Tom Hale")),),
         ),
    Rule("party.comma_standing_for", "party", "attribution",
         re.compile(rf"(?P<who>{H}), (?:who (?:was |is )?)?standing for (?:the )?(?P<party>{P})"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("Helen Marsh won Bath. Tom Hale, standing for the Conservatives, came second.",
              W("party", "Conservative", "Tom Hale")),),
         ),
    Rule("party.seat_of", "party", "attribution",
         re.compile(rf"(?P<who>{H})'s (?:[\w-]+ ){{0,2}}?(?P<party>{P}) seat"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("In Ashford, Helen Marsh took Tom Hale's safe Conservative seat.",
              W("party", "Conservative", "Tom Hale")),),
         ),
    Rule("party.as", "party", "attribution",
         re.compile(rf"(?P<who>{H}),? (?:[\w-]+ ){{0,2}}?(?:{_STOOD}|sits|sat)(?: again| once more)?(?: <S\d+>)? as "
                    rf"(?:an? |the )?(?P<party>{P})"),
         (("who", "candidate"), ("party", "party")), ("party",),
         (_ex("Rosa Quint narrowly won Stroud as the Green candidate.", W("party", "Green", "Rosa Quint")),
          _ex("Tom Hale, standing again as a Conservative, won Stroud.", W("party", "Conservative", "Tom Hale"))),
         (_ex("Rosa Quint won Stroud. Tom Hale stood down as Labour's candidate.", absent=("party",)),),
         ),
    Rule("party.as_independent", "party", "standing_for",
         re.compile(rf"(?P<who>{H}),? (?:[\w-]+ ){{0,2}}?(?:{_STOOD}|retained|held|kept)"
                    rf"(?: (?:his|her|the))?(?: <S\d+>)?(?: seat)? as an (?P<party>independent)\b"),
         (("who", "candidate"), ("party", "party")), ("party", "candidate"),
         (_ex("Dan Varley won Wyre Forest as an independent.", W("party", "Independent", "Dan Varley"),
              W("winner", "Dan Varley", rule="outcome.won")),
          _ex("Dan Varley has retained his Wyre Forest seat as an independent with 24,120 votes.",
              W("party", "Independent", "Dan Varley"), W("winner", "Dan Varley", rule="outcome.held"))),
         (_ex("Dan Varley won Wyre Forest. He was first elected as an independent in 2001.", absent=("party",)),),
         ),
    Rule("party.standing_for", "party", "standing_for",
         re.compile(rf"(?P<who>{H}),? (?:who (?:was |is )?)?(?:standing for|representing) (?:the )?"
                    r"(?P<party><P\d+>|[A-Z][\w'’-]*(?: (?:and|of|for|the|[A-Z][\w'’-]*))*)"),
         (("who", "candidate"), ("party", "party")), ("party", "candidate"),
         (_ex("Helen Marsh won Bath. Dan Varley, standing for the Heritage Party, polled 900 votes.",
              W("party", "Heritage Party", "Dan Varley", rule="party.comma_standing_for"),
              W("candidate", "Dan Varley", "Dan Varley")),),
         ),
    Rule("party.share_row", "party", "share_row",
         # a vote-share table: a party on its own line, then its candidate with a share (never votes); the pattern
         # is over the two lines' skeletons joined by a line break
         re.compile(r"^(?P<party><P\d+>)\n(?P<who><H\d+>) <N\d+> ?(?:%|per ?cent)$"),
         (("party", "party"), ("who", "candidate")), ("party", "candidate"),
         (_ex("Bolsover\n\nIn the last result of the night, Labour gained Bolsover.\n\nCandidate Vote share\n\nLab\n\n"
              "Ann Lee 44.1%\n\nCon\n\nTom Hale 40.3%", W("party", "Labour", "Ann Lee"),
              W("party", "Conservative", "Tom Hale"), W("winner", "Ann Lee", rule="outcome.party_candidate")),),
         (_ex("Bolsover\n\nTom Hale won Bolsover.\n\nLab\n\nLabour's vote share\n\nAnn Lee 44.1%",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("party",)),
          _ex("Bolsover\n\nTom Hale won Bolsover.\n\nLab\n\nAnn Lee 44,100", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("votes",))),
         ),
    Rule("party.role", "party", "role",
         re.compile(
             rf"\b[Tt]he (?P<adj>(?:victorious|new|re-elected|winning|successful|defeated|losing|outgoing|sitting|"
             rf"incumbent) )?(?:(?:long-serving|veteran|former|popular|young|local|sitting|new|seasoned) ){{0,2}}"
             rf"(?P<party>{P}) (?:man|woman|MP|candidate|member|incumbent|challenger|hopeful|nominee|politician|"
             rf"veteran|stalwart|figure)\b"),
         (("adj", "role"), ("party", "party")), ("party", "votes"),
         (_ex("Alice Brennan won Ashfield. The victorious Labour candidate polled 21,000 votes.",
              W("party", "Labour", "Alice Brennan"), W("votes", 21000, "Alice Brennan", rule="votes.polled")),
          _ex("Alice Brennan was re-elected in Ashfield. The long-serving Labour politician polled 21,000 votes.",
              W("party", "Labour", "Alice Brennan"), W("votes", 21000, "Alice Brennan", rule="votes.polled"))),
         ),
    # === seat: which seat, and who stood there ======================================================
    Rule("seat.stated_name", "seat", "seat_name",
         # over the sentence's text, not its skeleton: the name is not yet a mention (see mentions.stated_seats)
         re.compile(rf"\bnew (?:seat|constituency) of (?P<a>{_SEAT_NAME})|\bthe (?:(?:19|20)\d\d )?(?P<b>{_SEAT_NAME}) "
                    rf"by-?election\b|\bMP for (?P<c>{_SEAT_NAME})"), (("a", "seat"), ("b", "seat"), ("c", "seat")), (),
         (_ex("Ann Lee won the new seat of Barset Vale for Labour by 1,200 votes.", W("winner", "Ann Lee", rule="outcome.won"),
              W("margin", 1200, rule="margin.by"), date="2024-07-05"),
          _ex("Tom Hale has won the Barset Vale by-election for the Liberal Democrats by 300 votes.",
              W("winner", "Tom Hale", rule="outcome.won"), W("margin", 300, rule="margin.by"), date="2025-05-02"),
          _ex("Ann Lee was re-elected as MP for Barset Vale with 20,100 votes.", W("winner", "Ann Lee",
                                                                                   rule="outcome.reelected"),
              W("votes", 20100, "Ann Lee", rule="votes.polled"), date="2024-07-05")),
         (_ex("Ann Lee won Barset Vale for Labour by 1,200 votes.", absent=("winner",), date="2024-07-05"),
          _ex("Ann Lee, MP for Scotland, won the seat by 1,200 votes.", absent=("winner",), date="2024-07-05")),
         ),
    Rule("candidate.role", "seat", "candidacy",
         re.compile(rf"\b(?:candidate|challenger|opponent|rival|contender|hopeful|nominee|incumbent)s? (?P<who>{H})|"
                    rf"(?P<who2>{H}), (?:the )?(?:{ANY_P} )?(?:candidate|challenger)\b", re.I),
         (("who", "candidate"), ("who2", "candidate")), ("candidate",),
         (_ex("Alice Brennan won Ashfield. Her nearest rival Tom Hale congratulated her.",
              W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("candidate.ahead_of", "seat", "candidacy",
         re.compile(rf"(?:\b(?:ahead of|behind|in front of|pushing|pushed)|<N\d+>(?: votes?)? over) (?:the )?"
                    rf"{FILLER}(?P<who>{H})", re.I),
         (("who", "candidate"),), ("candidate",),
         (_ex("Alice Brennan won Ashfield, finishing well ahead of Tom Hale.", W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("candidate.further_back", "seat", "candidacy",
         re.compile(rf"(?P<who>{H}) (?:further|well|far|a long way|some way) (?:back|behind)\b", re.I),
         (("who", "candidate"),), ("candidate",),
         (_ex("Alice Brennan won Ashfield, with Tom Hale a long way back.", W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("candidate.placement", "seat", "placement",
         re.compile(
             r"\b(?:finished|finishing|came|coming|ended|ending|trailed|trailing|was|were|is|are)\b"
             r"(?: (?:a|an|in|well|some way|far|further|a long way|distant|clear|close|narrowly|only|way|poor|strong))*"
             r" (?:second|third|fourth|fifth|sixth|seventh|last|behind|back|runner-up|runners-up)\b|\btrail(?:ed|ing)\b",
             re.I), (), ("candidate",),
         (_ex("Alice Brennan won Ashfield. Tom Hale came a distant third.", W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("not-a-fact.official", "not-a-fact", "official",
         re.compile(rf"\b(?:(?:acting|deputy) )?(?:returning|counting|presiding) officers?,? (?:<[PS]\d+>'s )?"
                    rf"(?P<who>{H})|(?P<who2>{H}),? (?:who is |who was )?(?:the |an? |<[PS]\d+>'s )?(?:[\w-]+ ){{0,2}}?"
                    rf"(?:(?:acting |deputy )?(?:returning|counting|presiding) officer|(?:election )?agent|"
                    rf"electoral services (?:manager|officer|director)|chief executive)\b", re.I),
         (("who", "official"), ("who2", "official")), (),
         (_ex("Alice Brennan won Ashfield. Returning officer Jo Penn noted 310 votes were rejected.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",)),
          _ex("Alice Brennan won Ashfield. Jo Penn, the returning officer, announced 21,400 votes for Brennan.",
              W("votes", 21400, "Alice Brennan", rule="votes.owner_after"))),
         ),
    # === votes ======================================================================================
    Rule("votes.owner_after", "outcome", "votes",
         re.compile(rf"^ (?:votes? )?(?:for|taken by|won by|polled by|going to|went to|of) (?:the )?"
                    rf"(?:{ANY_P} )?(?:[\w-]+ ){{0,2}}?(?P<who><H\d+>)"),
         (("who", "candidate"),), ("votes", "candidate"),
         (_ex("Alice Brennan won Ashfield. There were 21,500 votes for Brennan.",
              W("votes", 21500, "Alice Brennan")),),
         ),
    Rule("votes.possessive", "outcome", "votes", re.compile(r"(<H\d+>)'s $"), (), ("votes",),
         (_ex("Alice Brennan won Ashfield, and Tom Hale's 17,250 votes were well short.",
              W("votes", 17250, "Tom Hale")),),
         ),
    Rule("votes.polled", "outcome", "votes",
         re.compile(
             r"\b(?:polled|polling|took|taking|won|winning|got|getting|received|gained|secured|collected|garnered|"
             r"attracted|had|with|on|finished on|ended on|managed|scored|amassed|tallied)\b", re.I),
         (), ("votes", "candidate"),
         (_ex("Alice Brennan won Ashfield. Brennan polled 22,310 votes.", W("votes", 22310, "Alice Brennan")),
          _ex("Alice Brennan won Ashfield with 22,310 votes.", W("votes", 22310, "Alice Brennan"))),
         (_ex("Alice Brennan won Ashfield. Brennan, 44, knocked on 3,000 doors.", absent=("votes",)),
          _ex("Alice Brennan won Ashfield. In 2017 Brennan polled 18,000 votes.", absent=("votes",))),
         ),
    Rule("votes.sequence", "outcome", "votes",
         # the party after "of" may be one the lexicon does not know ("of Rejoin EU", "of the Barset First party")
         re.compile(r"^(?:'s)?\s*(?:\(<P\d+>\)|of (?:the )?(?:<P\d+>|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
                    r"(?: party)?)|,)?\s*$"),
         (), ("votes",),
         (_ex("Alice Brennan won Ashfield. Brennan secured 22,310 votes, Tom Hale 16,001 and Dan Varley 3,120.",
              W("votes", 16001, "Tom Hale"), W("votes", 3120, "Dan Varley")),
          _ex("Alice Brennan won Ashfield with 22,310 votes, Tom Hale of the Greens 1,601 votes, Dan Varley of "
              "Rejoin EU 233, and Rosa Quint of the Ashfield First party 139 votes.",
              W("votes", 233, "Dan Varley"), W("votes", 139, "Rosa Quint", rule="votes.polled"))),
         (_ex("Alice Brennan won Ashfield with 22,310 votes, and Dan Varley of Rejoin EU spoke to 233 voters.",
              W("votes", 22310, "Alice Brennan", rule="votes.polled"), absent=()),),
         ),
    Rule("votes.bracket", "outcome", "votes", re.compile(r"(<H\d+>) \($"), (), ("votes",),
         (_ex("Alice Brennan won Ashfield with 20,110 votes, ahead of Tom Hale (18,950).",
              W("votes", 18950, "Tom Hale")),),
         (_ex("Alice Brennan won Ashfield. Her opponent Tom Hale (54) conceded.", absent=("votes",)),),
         ),
    Rule("votes.by_party", "outcome", "votes", re.compile(r"<P(?P<party>\d+)>(?!'s| \()"),
         (), ("votes",),
         (_ex("Alice Brennan won Ashfield for Labour against the Conservative candidate Tom Hale. Brennan polled "
              "21,012 votes but the Conservatives took 19,400.", W("votes", 19400, "Tom Hale")),
          _ex("Alice Brennan won Ashfield for Labour, with the Conservative candidate Tom Hale second. Brennan "
              "had 21,012 of the votes and the Tories 19,400.", W("votes", 21012, "Alice Brennan", rule="votes.polled"),
              W("votes", 19400, "Tom Hale"))),
         (_ex("Alice Brennan won Ashfield. The Liberal Democrats took 4,310 votes.", absent=("votes",)),),
         ),
    Rule("votes.score", "outcome", "score",
         re.compile(rf"(?:\bby|\b(?:beat|beating|defeated|defeating) (?:him|her|them)) (?P<a>{N})(?: votes?)? to "
                    rf"(?:(?:the )?(?P<party>{P})(?:'s)? |(?P<who>{H})'s )?(?P<b>{N})(?! ?(?:%|per ?cent))", re.I),
         (("a", "votes"), ("party", "runner_up_party"), ("who", "runner_up"), ("b", "runner_up_votes")),
         ("votes", "candidate"),
         (_ex("Alice Brennan beat Tom Hale by 21,900 votes to 19,750 in Ashfield.",
              W("votes", 21900, "Alice Brennan"), W("votes", 19750, "Tom Hale")),
          _ex("In Ashfield, Labour's Alice Brennan and the Tory candidate Tom Hale were close, Labour pipping the "
              "Conservatives by 21,900 to 19,750.", W("votes", 21900, "Alice Brennan"), W("votes", 19750, "Tom Hale"),
              W("winner", "Alice Brennan", rule="outcome.party_candidate")),
          _ex("Alice Brennan held Ashfield. Tom Hale stood again, but Brennan beat him 21,900 votes to 19,750.",
              W("votes", 21900, "Alice Brennan"), W("margin", 2150, rule="margin.score"))),
         (_ex("Alice Brennan won Ashfield. Her majority was cut by 3,000 to 1,200.", absent=("votes",)),
          _ex("Alice Brennan won Ashfield. Turnout rose by 2 to 64 per cent.", absent=("votes",))),
         guards=("not-a-fact.change",)),
    Rule("votes.score_to", "outcome", "score",
         # a candidate's figure against another's, the first after a verb of polling: the two are the top two
         re.compile(rf"\b(?:polled|polling|won|winning|took|taking|got|getting|received|receiving|secured|securing|"
                    rf"gained|collected|had) {QUALIFIER}(?P<a>{N})(?: votes?)? to (?:the )?(?:(?P<party>{P})(?:'s)?"
                    rf"(?: candidate's)? |(?:{ANY_P} )?(?:[\w-]+ )?(?P<who>{H})'s )(?P<b>{N})(?! ?(?:%|per ?cent))",
                    re.I),
         (("a", "votes"), ("party", "runner_up_party"), ("who", "runner_up"), ("b", "runner_up_votes")),
         ("votes", "candidate", "winner"),
         (_ex("In Ashfield, Tom Hale polled 8,557 votes to Labour candidate Alice Brennan's 19,977 votes.",
              W("votes", 8557, "Tom Hale"), W("votes", 19977, "Alice Brennan"), W("winner", "Alice Brennan"),
              W("margin", 11420, rule="margin.top_two")),
          # "he" is the one person the sentence before names
          _ex("Tom Hale has lost in Ashfield. He won 16,026 votes to Alice Brennan's 18,838.",
              W("votes", 16026, "Tom Hale"), W("votes", 18838, "Alice Brennan"), W("winner", "Alice Brennan"))),
         (_ex("In Ashfield, Tom Hale polled 8,557 votes to Alice Brennan's 19,977 in 2015.", absent=("votes", "winner")),
          # two people in the sentence before: "he" could be either, so the figure is no one's
          _ex("Alice Brennan beat Tom Hale in Ashfield. He won 16,026 votes to the Conservative candidate's 18,838.",
              W("winner", "Alice Brennan", rule="outcome.beat"), absent=("votes",)),
          _ex("In Ashfield, Tom Hale won 48.2 per cent to Alice Brennan's 40.1.", absent=("votes", "winner"))),
         guards=("not-a-fact.change",)),
    Rule("votes.score_rival", "outcome", "score",
         re.compile(rf"\b(?:{verbs.alternation(verbs.finite_forms(verbs.BEATING))}) (?:(?:his|her|their|the) )?"
                    rf"(?:(?P<party>{P}) )?(?:rival|opponent|challenger)s? (?:by )?(?P<a>{N})(?: votes?)? to "
                    rf"(?P<b>{N})(?! ?(?:%|per ?cent))", re.I),
         (("a", "votes"), ("party", "runner_up_party"), ("b", "runner_up_votes")), ("votes", "candidate"),
         (_ex("Alice Brennan won Ashfield. Conservative Tom Hale stood again, and Ms Brennan ended the night "
              "beating her Conservative rival 14,168 to 14,150.", W("votes", 14168, "Alice Brennan"),
              W("votes", 14150, "Tom Hale"), W("margin", 18, rule="margin.top_two")),),
         (_ex("Alice Brennan won Ashfield. Ms Brennan beat her Conservative rival 48.2 per cent to 40.1.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",)),),
         guards=("not-a-fact.change",)),
    # === result blocks: rows and the lines around them ==============================================
    Rule("block.row", "result-block", "block", None, (), ("candidate", "party", "votes"),
         (_ex("Ashford\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500",
              W("votes", 21000, "Helen Marsh"), W("party", "Conservative", "Tom Hale"),
              W("candidate", "Tom Hale", "Tom Hale")),
          # a broadcaster's field blocks: place and party, name, then one labelled field per line
          _ex("Ashford\n1. Green\nRosa Quint\n• Votes: 9,120\n• Vote share %: 40.2\n• Vote share change: +11.0\n"
              "2. Conservative\nTom Hale\n• Votes: 8,800\n• Vote share %: 38.8\n• Vote share change: -2.1",
              W("votes", 9120, "Rosa Quint"), W("party", "Green", "Rosa Quint"), W("votes", 8800, "Tom Hale"),
              W("winner", "Rosa Quint", rule="outcome.most_votes")),
          # the inline style: the candidate's fields on one line after the name, its party on the lines before
          _ex("Ashford\nParty\nGRN\nGreen\nRosa Quint Votes 9,120 Vote share 40.2 Net change +11.0\n"
              "Party\nAFP\nAshford First\nTom Hale Votes 8,800 Vote share 38.8 Net change +38.8",
              W("votes", 9120, "Rosa Quint"), W("party", "Ashford First", "Tom Hale"), W("votes", 8800, "Tom Hale")),
          # the tail of a list: small numbers, parties the lexicon does not know or misspells
          _ex("Ashford\nRosa Quint - Green - 9,120 (40.2%)\nTom Hale - Ashford Indepedents - 880 (3.9%)\n"
              "Dan Varley - Kentish Family Party - 31 (0.1%)",
              W("party", "Ashford Indepedents", "Tom Hale"), W("votes", 31, "Dan Varley"),
              W("party", "Kentish Family Party", "Dan Varley")),
          # a row the parsers cannot read ("1.928") does not end a bulleted list
          _ex("Ashford\n• Rosa Quint (Green) 9,120\n• Sam Roe (Ind) 1.928\n• Tom Hale (Con) 880",
              W("votes", 880, "Tom Hale"))),
         # a share or a change is never votes, however it is labelled
         (_ex("Ashford\n1. Green\nRosa Quint\n• Vote share %: 40.2\n• Vote share change: +11.0\n"
              "2. Conservative\nTom Hale\n• Vote share %: 38.8\n• Vote share change: -2.1", absent=("votes",)),
          _ex("Ashford\nRosa Quint Vote share 40.2 Net change 11\nTom Hale Vote share 38.8 Net change 38",
              absent=("votes",)),
          # two names set apart by a comma are not a name and a party
          _ex("Ashford\nIn Ashford, Rosa Quint 9,120\nOn the night, Tom Hale 880", absent=("votes", "party"))),
         ),
    Rule("block.party_box", "result-block", "block", None, (), ("winner", "votes"),
         # a box of the parties' votes under its year, the winner named elsewhere as the current MP
         (_ex("Gedling\n\n2019 Result:\nLabour: 20,112 (44.0%)\nConservative: 20,005 (43.8%)\n"
              "Green: 1,090 (2.4%)\nMAJORITY: 107 (0.2%)\n\nCurrent MP\nJO PINK (Labour) A former teacher.",
              W("winner", "Jo Pink"), W("votes", 20112, "Jo Pink", rule="block.row"),
              W("margin", 107, rule="margin.majority_of")),),
         # an older box is not this election's; an MP whose party does not top the box is not its winner
         (_ex("Gedling\n\n2017 Result:\nLabour: 20,112 (44.0%)\nConservative: 20,005 (43.8%)\n"
              "MAJORITY: 107 (0.2%)\n\nCurrent MP: JO PINK (Labour)", absent=("winner", "votes")),
          _ex("Gedling\n\n2019 Result:\nLabour: 20,112 (44.0%)\nConservative: 20,005 (43.8%)\n"
              "\nCurrent MP: SAM ROE (Conservative)", absent=("winner", "votes"))),
         ),
    Rule("check.winner_is_list_top", "result-block", "conclude", None, (), ("winner",),
         # where a result list gives the votes, a winner it contradicts is not stored: the ingest report says
         # the result is unsure
         (_ex("Tom Hale held Ashford.\n\nAshford\n• Rosa Quint (Green) 9,120\n• Tom Hale (Con) 880",
              absent=("winner", "votes")),
          _ex("Ashford\nLAB HOLD\n• Rosa Quint (Green) 9,120\n• Tom Hale (Con) 880", absent=("winner",))),
         (_ex("Rosa Quint won Ashford.\n\nAshford\n• Rosa Quint (Green) 9,120\n• Tom Hale (Con) 880",
              W("winner", "Rosa Quint", rule="outcome.won"), W("votes", 880, "Tom Hale", rule="block.row"),
              absent=()),),
         ),
    Rule("margin.majority_line", "result-block", "margin",
         re.compile(rf"^(?:[•·▪*-] ?)?(?:{P} )?majority:? (?P<n>{N})\W*$", re.I), (("n", "margin"),), ("margin",),
         (_ex("Bath\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500\nMajority: 2,500",
              W("margin", 2500)),
          _ex("Bath\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500\n• LD majority: 2,500",
              W("margin", 2500)),
          # the label on one line, its figure on the next
          _ex("Bath\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500\n\nLD majority\n\n2,500"
              "\n\nTurnout\n\n71.2%", W("margin", 2500), W("turnout_percent", 71.2, rule="turnout.stated"))),
         guards=("not-a-fact.interim",)),
    Rule("turnout.stated", "result-block", "figure",
         # a figure after 'from' is the last election's ("up from 61 per cent"); 'from N to M' gives M
         re.compile(rf"\bturn-?out\b[^<.]{{0,40}}?(?<!\bfrom )(?P<n>{N}) ?(?:per ?cent|%)|(?P<m>{N}) ?(?:per ?cent|%) "
                    rf"turn-?out|\bturn-?out\b[^<.]{{0,40}}?\bfrom {N} ?(?:per ?cent|%)? to (?P<t>{N}) ?(?:per ?cent|%)",
                    re.I),
         (("n", "turnout_percent"), ("m", "turnout_percent"), ("t", "turnout_percent")), ("turnout_percent",),
         (_ex("Alice Brennan won Ashfield. Turnout was 63.2 per cent.", W("turnout_percent", 63.2)),
          _ex("Alice Brennan won Ashfield, where turn-out was 58.07% with 41,220 ballot papers.",
              W("turnout_percent", 58.07)),
          _ex("Alice Brennan won Ashfield. Turnout: 61,4%", W("turnout_percent", 61.4)),
          _ex("Alice Brennan won Ashfield. Turnout fell from 71% to 66%.", W("turnout_percent", 66.0)),
          _ex("Alice Brennan won Ashfield. Turnout was 64 per cent, up from 61 per cent.", W("turnout_percent", 64.0))),
         (_ex("Alice Brennan won Ashfield. Turnout across the country was 67.3%.", absent=("turnout_percent",)),
          _ex("Alice Brennan won Ashfield. Turnout was up from 61 per cent.", absent=("turnout_percent",)),
          # two seats in one clause: which figure is whose is not read
          _ex("Alice Brennan won Ashfield and Tom Hale won Bolsover. In Ashfield turnout was 68.9% and in Bolsover "
              "the turnout was 66.6%.", absent=("turnout_percent",))),
         guards=("not-a-fact.national",), bounds=(1, 100)),
    Rule("electorate.stated", "result-block", "figure",
         re.compile(rf"\b(?:electorate|registered (?:voters|electors))\b:? (?:of |was |stood at |: ?)?(?P<a>{N})|(?P<b>{N}) (?:registered )?"
                    rf"(?:voters|electors) on the (?:electoral )?(?:register|roll)|\bout of (?P<c>{N}),? "
                    rf"(?:a turnout|registered|eligible|possible)", re.I),
         (("a", "electorate"), ("b", "electorate"), ("c", "electorate")), ("electorate",),
         (_ex("Alice Brennan won Ashfield. The electorate was 78,400.", W("electorate", 78400)),
          _ex("Alice Brennan won Ashfield.\n• Registered voters: 77,950", W("electorate", 77950))),
         (_ex("Alice Brennan won Ashfield. Registered voters in the county rose by 4,000.", absent=("electorate",)),),
         bounds=(1000, 500_000)),
    Rule("valid_votes.stated", "result-block", "figure", re.compile(rf"(?P<n>{N}) valid votes", re.I),
         (("n", "valid_votes"),), ("valid_votes",),
         (_ex("Alice Brennan won Ashfield. There were 48,020 valid votes.", W("valid_votes", 48020)),),
         (_ex("Alice Brennan won Ashfield. Nationally there were 32,014,110 valid votes.", absent=("valid_votes",)),),
         guards=("not-a-fact.national_sentence",), bounds=(1, float("inf"))),
    Rule("ballots.total", "result-block", "figure",
         re.compile(
             rf"\btotal(?: (?:votes?|ballots?|ballot papers|poll))?(?: cast)?(?: (?:was|were|of|stood at|came to))?:? "
             rf"(?P<n>{N})(?! ?(?:votes?\b(?! cast)|seats?\b|recounts?\b|candidates?\b|per ?cent|%|of the\b|for\b))|"
             rf"(?P<m>{N}) (?:ballots|ballot papers|votes) (?:in all |in total )?(?:were |had been )?cast\b"
             rf"(?! for| in favour)", re.I),
         (("n", "ballots"), ("m", "ballots")), ("ballots",),
         (_ex("Alice Brennan won Ashfield. The total poll was 47,880.", W("ballots", 47880)),
          _ex("Alice Brennan won Ashfield after 47,880 ballots were cast.", W("ballots", 47880))),
         (_ex("Alice Brennan won Ashfield with a total of 21,400 votes.", absent=("ballots",)),),
         guards=("not-a-fact.national",), bounds=(100, 500_000)),
    Rule("declared_at.time", "result-block", "declared",
         re.compile(r"\b(?:declared|declaration|read out|announced|result came)\b.{0,50}?\b(?P<t>(?:just |shortly |"
                    r"well |soon )?(?:before|after|at|around|at around|about) \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm))",
                    re.I),
         (("t", "declared_at"),), ("declared_at",),
         (_ex("Alice Brennan won Ashfield. The result was declared shortly after 3.40am.",
              W("declared_at", "shortly after 3.40am")),),
         ),
    # === recounts and margins =======================================================================
    Rule("margin.majority_of", "recounts-margins", "margin",
         re.compile(rf"\b(?:margin|majority)(?::|(?: (?:was|is|of|stood at|:))+) {QUALIFIER}(?P<n>{N})", re.I),
         (("n", "margin"),), ("margin", "previous_majority"),
         (_ex("Alice Brennan won Ashfield with a majority of 5,733.", W("margin", 5733)),),
         (_ex("Alice Brennan won Ashfield. The government's majority of 80 will help.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. She overturned a majority of 3,000.", absent=("margin",))),
         guards=("not-a-fact.other_majority", "not-a-fact.body_majority", "not-a-fact.seats_majority",
                 "not-a-fact.votes_won", "not-a-fact.interim")),
    Rule("margin.by", "recounts-margins", "margin",
         re.compile(rf"\bby {QUALIFIER}(?:a (?:slender |slim |narrow |wafer-thin )?(?:margin|majority) of )?"
                    rf"{QUALIFIER}(?P<n>{N}) votes?\b", re.I),
         (("n", "margin"),), ("margin", "previous_majority"),
         (_ex("Alice Brennan won Ashfield by 1,204 votes.", W("margin", 1204)),
          _ex("Alice Brennan won Ashfield. At the last election she won it by 800 votes.",
              W("previous_majority", 800), absent=("margin",))),
         (_ex("Alice Brennan won Ashfield. She increased her majority by 3,000 votes.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield by 21,900 votes to 19,750.",
              W("margin", 2150, rule="margin.score"), absent=())),
         guards=("not-a-fact.score_tail", "not-a-fact.interim", "not-a-fact.change", "not-a-fact.no_win_word")),
    Rule("margin.won_by", "recounts-margins", "margin",
         re.compile(rf"\b(?:won|wins|held|holds|took|taken|gained|retained|kept|captured|snatched) (?:{S}|it|the "
                    rf"seat) by {QUALIFIER}(?P<n>{N})(?=\s*(?:[.;:]|$|, ))", re.I),
         (("n", "margin"),), ("margin", "previous_majority"),
         (_ex("Alice Brennan held Ashfield by 1,612.", W("margin", 1612)),
          _ex("Alice Brennan won Ashfield by 612, after two recounts.", W("margin", 612))),
         (_ex("Alice Brennan won Ashfield, cutting the Tory vote by 3,000.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield in 2019. Tom Hale won it by 2015.", absent=("margin",))),
         guards=("not-a-fact.interim", "not-a-fact.change")),
    Rule("margin.ahead", "recounts-margins", "margin", re.compile(rf"(?P<n>{N}) votes? (?:ahead|clear)\b", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, finishing 612 votes ahead.", W("margin", 612)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.in_it", "recounts-margins", "margin", re.compile(rf"(?P<n>{N}) votes? in it\b", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, with just 19 votes in it.", W("margin", 19)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.more_than", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) (?:votes? )?more than (?:the )?(?:[\w-]+ ){{0,2}}?<[HP]\d+>", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield. Brennan had just five more than Tom Hale.", W("margin", 5)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner")),
    Rule("margin.idiom.separated", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) votes? separated\b", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield. Only 40 votes separated her from Tom Hale.", W("margin", 40)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.difference", "recounts-margins", "margin",
         re.compile(rf"\b(?:difference|gap)(?: between (?:them|the (?:two|top two|pair)|<[HP]\d+> and <[HP]\d+>))? "
                    rf"(?:was|is|of|stood at|came to) {QUALIFIER}(?P<n>{N})(?: votes?)?(?! ?(?:%|per ?cent|points?|"
                    rf"percentage|seats?))", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield after a recount. This time the difference was 57.", W("margin", 57)),
          _ex("Alice Brennan won Ashfield. The gap between Brennan and Tom Hale was 112 votes.", W("margin", 112))),
         (_ex("Alice Brennan won Ashfield. At this stage the gap between the two was 36 votes.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The difference in vote share was 4 points.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The gap between the two was 6 per cent.", absent=("margin",))),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate", "not-a-fact.change")),
    Rule("margin.idiom.separated_by", "recounts-margins", "margin",
         re.compile(rf"\bseparated by {QUALIFIER}(?P<n>{N}) votes?\b", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield. The two were separated by only 40 votes.", W("margin", 40)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner")),
    Rule("margin.idiom.clear_of", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) (?:votes? )?clear of\b", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, finishing 17 clear of Tom Hale.", W("margin", 17)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.splitting", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) votes? (?:splitting|dividing|between) (?:the )?(?:(?:top|leading|first) (?:two\b|<N\d+>)|two\b|"
                    rf"<N\d+>|pair\b|first and second\b)", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, with only 33 votes splitting the top two.", W("margin", 33)),),
         (_ex("Alice Brennan won Ashfield. At one point 12 votes divided the pair.", absent=("margin",)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.raised_to", "recounts-margins", "margin",
         re.compile(rf"\b(?:(?:majority|margin|lead)[^<.]{{0,40}}?\b(?:increased|extended|grew|grown|rose|risen|"
                    rf"boosted|doubled|up)|(?:increas|extend|boost|doubl|stretch)(?:ed|ing) (?:his|her|their|its|the) "
                    rf"(?:majority|margin|lead)) to {QUALIFIER}(?P<n>{N})", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan held Ashfield and increased her majority to 6,210 votes.", W("margin", 6210)),),
         (_ex("Alice Brennan held Ashfield. In 2017 she increased her majority to 6,210 votes.",
              absent=("margin", "votes")),),
         guards=("not-a-fact.interim",)),
    Rule("margin.cut", "recounts-margins", "margin",
         re.compile(rf"\b(?:majority|margin)[^<.]{{0,40}}?\b(?:cut|reduced|slashed|trimmed|down|fell|fallen|shrunk|"
                    rf"shrank) to {QUALIFIER}(?P<n>{N})", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan held Ashfield, but her majority was cut to 1,020.", W("margin", 1020)),),
         guards=("not-a-fact.interim",)),
    Rule("margin.top_two", "recounts-margins", "conclude", None, (), ("margin",),
         (_ex("Alice Brennan won Ashfield. Brennan polled 20,000 votes and Tom Hale 15,000.", W("margin", 5000)),
          # a stated majority the result list contradicts is kept beside the list's, as a conflict
          _ex("Ashfield\nAlice Brennan (Labour) 20,000\nTom Hale (Conservative) 15,000\nMajority: 4,000",
              W("margin", 5000), W("margin", 4000, rule="margin.majority_line"))),
         ),
    Rule("margin.score", "recounts-margins", "conclude", None, (), ("margin",),
         (_ex("Alice Brennan held Ashfield, taking it by 21,900 votes to the Conservatives' 19,750.",
              W("margin", 2150)),),
         ),
    Rule("recounts.count", "recounts-margins", "recount",
         re.compile(rf"(?:(?P<n>{N})|\b(?P<a>a|one|another)) (?!votes?\b)(?:[a-z-]+ )?re-?counts?\b", re.I),
         (("n", "recounts"), ("a", "recounts")), ("recounts",),
         (_ex("Alice Brennan won Ashfield after two recounts.", W("recounts", 2)),
          _ex("Alice Brennan won Ashfield after five exhausting recounts.", W("recounts", 5))),
         (_ex("Alice Brennan won Ashfield. Tom Hale warned he might seek a recount.", absent=_RECOUNT_ABSENT),
          _ex("Alice Brennan won Ashfield. Across the country there was a series of recounts.",
              absent=_RECOUNT_ABSENT)),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.ordinal", "recounts-margins", "recount",
         re.compile(r"\b(?P<o>second|third|fourth|fifth|sixth|seventh) (?:full |partial )?(?:re-?count|count)\b",
                    re.I), (("o", "recounts"),), ("recounts",),
         (_ex("Alice Brennan won Ashfield after a third recount.", W("recounts", 3)),
          _ex("Alice Brennan won Ashfield after a second full recount.", W("recounts", 2))),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.times", "recounts-margins", "recount",
         re.compile(rf"\bre-?count(?:ed|ing)?(?: (?:all )?(?:the |every )?(?:votes?|ballots?|ballot papers|papers))? "
                    rf"(?P<w>twice|three times|four times|(?P<n>{N}) times)\b", re.I),
         (("w", "recounts"), ("n", "recounts")), ("recounts",),
         (_ex("Alice Brennan won Ashfield once the votes were recounted twice.", W("recounts", 2)),
          _ex("Alice Brennan won Ashfield. Counting staff were called back to recount twice.", W("recounts", 2)),
          _ex("Alice Brennan won Ashfield after officials recounted the ballots three times.", W("recounts", 3))),
         (_ex("Alice Brennan won Ashfield. Tom Hale said he would have them recount twice if need be.",
              absent=_RECOUNT_ABSENT),),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.nth_time", "recounts-margins", "recount",
         re.compile(r"\bre-?counted for (?:a|the) (?P<o>second|third|fourth|fifth|sixth|seventh) time\b", re.I),
         (("o", "recounts"),), ("recounts",),
         (_ex("Alice Brennan won Ashfield when the votes were recounted for the third time.", W("recounts", 3)),),
         (_ex("Alice Brennan won Ashfield. Tom Hale wanted the votes recounted for a second time.",
              absent=_RECOUNT_ABSENT),),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.again", "recounts-margins", "recount",
         re.compile(r"\b(?:counted|checked|gone through|went through|re-?checked) (?:again|once more|a second time)\b",
                    re.I), (), ("recounts",),
         (_ex("Alice Brennan won Ashfield once every ballot was counted again.", W("recounts", 1)),),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.declined", "recounts-margins", "recount_none",
         re.compile(
             r"\bre-?count\w*\b[^.]{0,80}?\b(?:decided against|decided not to|chose not to|opted not to|thought better|"
             r"was not (?:needed|necessary|required|granted|allowed)|were not (?:needed|necessary)|withdr[ae]w\w*|"
             r"dropped)\b", re.I), (), ("recounts",),
         (_ex("Alice Brennan won Ashfield. Tom Hale asked for a recount but then decided against it.",
              W("recounts", 0)),
          _ex("Alice Brennan won Ashfield. A third recount was not allowed.", W("recounts", 2))),
         ),
    Rule("recounts.refused", "recounts-margins", "recount_none",
         re.compile(r"\b(?:no|not|n't|never|without|nobody|no one|neither)\b[^.]{0,60}?\b(?:recount|(?:counted|checked) "
                    r"(?:again|once more))|\brecount\w*\b[^.]{0,60}?\b(?:refused|rejected|turned down|denied|declined|"
                    r"not (?:needed|necessary|required)|unnecessary|ruled out)\b", re.I), (), ("recounts",),
         (_ex("Alice Brennan won Ashfield. A recount was requested and turned down.", W("recounts", 0)),
          _ex("Alice Brennan won Ashfield without a recount.", W("recounts", 0))),
         ),
    # === election: which election a figure belongs to ===============================================
    Rule("previous_majority.defending", "election", "previous_majority",
         re.compile(
             rf"\b(?:defending|defended|defend|defends|overturn(?:ed|ing|s)?|overcame|overcoming|overcome|"
             rf"wip(?:ed|ing|es) out|eras(?:ed|ing)|overhaul(?:ed|ing)|inherited|sitting on|notional|previous)"
             rf"(?: (?:a|an|the|his|her|their|its|a notional|the notional))? "
             rf"(?:(?:{ANY_P} )?(?:majority|margin) of {QUALIFIER}(?P<a>{N})|(?P<b>{N})(?:-vote)? (?:{ANY_P} )?majority)",
             re.I),
         (("a", "previous_majority"), ("b", "previous_majority")), ("previous_majority",),
         (_ex("Alice Brennan took Ashfield, overturning a 4,100 Conservative majority.",
              W("previous_majority", 4100), absent=("margin",)),),
         ),
    Rule("previous_majority.defended", "election", "previous_majority",
         re.compile(rf"(?P<n>{N})(?:-vote)? majority (?:that |which )?(?:{H} |she |he |they |the \w+ |it )?"
                    rf"(?:was|were|had been|is|had) (?:defending|defended)", re.I),
         (("n", "previous_majority"),), ("previous_majority",),
         (_ex("Alice Brennan won Ashfield. The 2,950 majority she was defending grew.", W("previous_majority", 2950)),),
         ),
    Rule("previous_majority.of", "election", "previous_majority",
         re.compile(rf"\b(?:previous|last) majority (?:of|was) (?P<n>{N})|\bmajority (?:at|in) the (?:last|previous) "
                    rf"(?:general )?election (?:was|of) (?P<m>{N})", re.I),
         (("n", "previous_majority"), ("m", "previous_majority")), ("previous_majority",),
         (_ex("Alice Brennan won Ashfield. Her majority at the last election was 2,950.",
              W("previous_majority", 2950), absent=("margin",)),),
         ),
    Rule("election.years_ago", "election", "era",
         re.compile(rf"(?:(?P<n>{N})|\b(?P<w>a)) (?:years?|decades?) (?:ago|earlier|before)\b", re.I),
         (("n", "years"), ("w", "years")), (),
         (_ex("Alice Brennan won Ashfield by 900 votes. Two years ago she won it by 3,100 votes.",
              W("margin", 900, rule="margin.by"), W("previous_majority", 3100, rule="margin.by")),
          _ex("Alice Brennan won Ashfield by 900 votes. Ten years ago Labour won it by 9,000 votes.",
              W("margin", 900, rule="margin.by"), absent=("previous_majority",))),
         ),
    Rule("election.last_time", "election", "era",
         re.compile(r"\b(?:last time|(?:at|in) the (?:last|previous) (?:general )?election|last general election)\b",
                    re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Last time she won it by 2,200 votes.",
              W("previous_majority", 2200, rule="margin.by"), absent=("margin",)),),
         ),
    Rule("election.trailing", "election", "era",
         # a clause that is only a time phrase gives its time to the figure before it; its own era is read as any
         # clause's (a year, "the last election")
         re.compile(rf"^(?:at|in) the (?:(?:last|previous) |{N} )(?:general )?election(?: in {N})?(?: when\b.*)?"
                    rf"[.,;]?\s*$", re.I), (), (),
         (_ex("Alice Brennan won Ashfield by 2,000 votes. Tom Hale had a majority of 6,500 - 400 more than in 2015 - "
              "at the last general election in 2017.", W("margin", 2000, rule="margin.by"),
              W("previous_majority", 6500, rule="margin.majority_of"), date="2019-12-13"),),
         (_ex("Alice Brennan won Ashfield with a majority of 2,000, at the general election in 2019.",
              W("margin", 2000, rule="margin.majority_of"), absent=("previous_majority",)),),
         ),
    Rule("election.history", "election", "era",
         re.compile(
             rf"\b(?:since|first (?:won|elected|took|captured|gained|stood)|by-election|had (?:been )?(?:held|won|taken|"
             rf"represented|captured|returned)|the (?:old|former|abolished|predecessor) <S\d+>|for (?:{N}|\w+|more "
             rf"than {N}) (?:years|decades)|for a generation|previously|once held|used to|that year|the (?:following|"
             rf"previous) year|the year before|(?:most|much|all|the rest) of its history)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Labour had held Bolsover for decades.", absent=("outcome",),
              ),
          _ex("Alice Brennan won Ashfield for the Conservatives. Labour have held Ashfield for most of its history.",
              absent=("outcome", "previous_party"))),
         (_ex("Alice Brennan won Ashfield. She was first elected with 14,000 votes in 2015.", absent=("votes",)),),
         ),
    Rule("election.declared_had", "election", "era",
         # "it was declared that Bloggs had won": the pluperfect of a declaration tonight is this result, not history
         re.compile(r"\b(?:declared|announced|confirmed|revealed|emerged|became clear|was clear|read out)\b[^.;]{0,25}? that\b"
                    r"[^.;]{0,80}?\b(?P<had>had)(?= (?:narrowly |comfortably )?(?:won|held|taken|captured|retained|"
                    r"been (?:elected|returned|re-elected))\b)", re.I), (), (),
         (_ex("In Ashfield it was announced at 4am that Alice Brennan had won with 21,660 votes.",
              W("winner", "Alice Brennan", rule="outcome.won_with"), W("votes", 21660, "Alice Brennan",
                                                                       rule="votes.polled")),),
         (_ex("Tom Hale won Bolsover. He had won Ashfield in 2010.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("votes",)),
          _ex("Tom Hale won Bolsover with 20,500 votes. Labour had held Bolsover for decades.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("outcome",))),
         ),
    # === not a fact: guards =========================================================================
    Rule("not-a-fact.negated", "not-a-fact", "guard",
         re.compile(r"\b(?:never|not|n't|no longer)\s(?!only\b)(?:[a-z]+ly\s)?$", re.I), (), (),
         (_ex("Tom Hale has never won Bath.", absent=("winner",)),
          _ex("Tom Hale was not re-elected in Bath.", absent=("winner",))),
         scope="before"),
    Rule("not-a-fact.hypothetical", "not-a-fact", "guard",
         re.compile(r"\b(?:would|could|might|should|may)(?:n't| not| never)? (?:have |be |well )?$", re.I), (), (),
         (_ex("Tom Hale would have held Bath without the new boundaries.", absent=("winner", "outcome")),),
         scope="before"),
    # "X and Y won A and B respectively" pairs its lists in order; until that pairing is read, such a
    # sentence gives no fact rather than a wrong one.
    Rule("not-a-fact.respectively", "not-a-fact", "guard", re.compile(r"\brespectively\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Tom Hale and Sam Roe held Bolsover and Mansfield respectively.",
              W("winner", "Alice Brennan", rule="outcome.won")),
          _ex("Alice Brennan and Tom Hale won Ashfield and Bolsover by 1,200 and 40 votes respectively.",
              absent=("winner", "margin"))),
         scope="sentence"),
    Rule("not-a-fact.conditional", "not-a-fact", "guard",
         re.compile(r"^\W*(?:and |but )?(?:if|unless|should|whether|supposing|even if|in case)\b", re.I), (), (),
         (_ex("If Tom Hale wins Bath, he will be its first Green MP.", absent=("winner", "winner_party")),
          _ex("Alice Brennan won Ashfield. Unless Tom Hale holds Bath, the Greens lose their only seat.",
              W("winner", "Alice Brennan", rule="outcome.won"))),
         scope="clause"),
    Rule("not-a-fact.projected", "not-a-fact", "guard",
         re.compile(r"\b(?:projected|predicted|forecast|expected|tipped|on course|poised|likely|hoping|hopes|"
                    r"aiming|bidding) to (?:have )?$", re.I), (), (),
         (_ex("Tom Hale is projected to have held Bath.", absent=("winner", "outcome")),),
         scope="before"),
    Rule("not-a-fact.attempted", "not-a-fact", "guard",
         re.compile(r"\b(?:fail\w*|unable|bid\w*|battl\w*|fight\w*|struggl\w*|tr(?:y|ies|ied|ying)|attempt\w*|"
                    r"sought|seek\w*|want\w*|need\w*|vow\w*|plan\w*|hop\w+|aim\w*|set|chance|target\w*) to $",
                    re.I), (), (),
         (_ex("Tom Hale won Bolsover. In Bath, the Greens tried to take the seat.", absent=("winner_party",)),),
         scope="before"),
    Rule("not-a-fact.approximate", "not-a-fact", "guard",
         re.compile(r"\b(?:fewer|less|more) than (?:just |only )?$|\b(?:under|over|about|around|nearly|almost|"
                    r"roughly|some|approximately|up to|at least|at most) $", re.I), (), (),
         (_ex("Alice Brennan won Ashfield, with fewer than 90 votes between the top two.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield, finishing some 600 votes ahead.", absent=("margin",))),
         scope="before"),
    Rule("not-a-fact.party_after_standing_for", "not-a-fact", "guard",
         re.compile(r"\b(?:standing|stood|running|ran) for (?:the )?$|\brepresenting (?:the )?$", re.I), (), (),
         (_ex("Helen Marsh won Bath. Dan Varley, representing Barchester Voice, polled 900 votes.",
              W("votes", 900, "Dan Varley", rule="votes.polled"),
              W("party", "Barchester Voice", "Dan Varley", rule="party.standing_for")),),
         scope="before"),
    Rule("not-a-fact.earlier_version", "not-a-fact", "guard",
         re.compile(r"\b(?:an? (?:earlier|previous) version|earlier versions|(?:originally|previously) (?:said|stated|reported|gave)|"
                    r"(?:wrongly|incorrectly|mistakenly|erroneously) (?:said|stated|reported|gave|put|described))\b",
                    re.I), (), (),
         (_ex("Alice Brennan won Ashfield by 1,200 votes. Correction: an earlier version of this article gave her "
              "majority as 2,100.", W("margin", 1200, rule="margin.by")),),
         scope="clause"),
    Rule("correction.stated", "not-a-fact", "correction",
         re.compile(r"\b(?:correction|corrected|amended|clarification|updated to correct|we apologi[sz]e)\b", re.I),
         (), (),
         (_ex("Alice Brennan won Ashfield by 2,100 votes. This article was amended: her majority was 1,200, not "
              "2,100.", W("margin", 1200, rule="margin.majority_of")),
          _ex("Alice Brennan won Ashfield. Turnout was 61%. Correction: turnout was 66%.",
              W("turnout_percent", 66.0, rule="turnout.stated"))),
         scope="sentence"),
    Rule("not-a-fact.other_office", "not-a-fact", "guard",
         re.compile(r"\s+(?:as\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:councillor|leader|chair\w*|mayor|deputy|president|"
                    r"convenor|whip|treasurer|secretary|member of the (?!House)\w+)|(?:the\s+)?(?:[\w<>]+\s+)?(?:leader|"
                    r"chair\w*|mayor|deputy|president|convenor|whip|treasurer|secretary)\b|to (?:the )?(?:\w+ )?"
                    r"(?:council|assembly|board|committee|executive))", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Tom Hale was re-elected as deputy leader.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome",)),),
         scope="after"),
    Rule("not-a-fact.forecast", "not-a-fact", "guard",
         re.compile(r"\b(?:polls|(?:opinion|exit) poll|polling(?! (?:station|day|card|district|place|<N))|pollsters?|forecast\w*|predict\w*|projected|projections?|MRP|"
                    r"bookmakers?|bookies|odds|tipped)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Polls had suggested a majority of 9,000.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),),
         scope="clause"),
    Rule("not-a-fact.seats_majority", "not-a-fact", "guard", re.compile(r"<N\d+> (?:\w+ )?seats\b"), (), (),
         (_ex("Alice Brennan won Ashfield. Labour won 411 seats and a majority of 174.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),),
         scope="clause"),
    Rule("not-a-fact.interim", "not-a-fact", "guard",
         re.compile(r"\b(?:initial(?:ly)?|original(?:ly)?|first (?:re-?)?count|provisional(?:ly)?|at one (?:stage|point)|"
                    r"apparently|before (?:the|a) recount|earlier count|at (?:this|that) stage)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield after a recount. The first count had her ahead by 12 votes.",
              W("recounts", 1, rule="recounts.count"), absent=("margin",)),),
         scope="clause"),
    Rule("not-a-fact.change", "not-a-fact", "guard",
         re.compile(r"\b(?:increas|grew|grow|rose|rise|risen|boost|doubl|halv|cut|reduc|slash|fell|fall|fallen|drop|"
                    r"swing|swung|improv|extend|up|down)\w*\b[^<.]{0,30}$", re.I), (), (),
         (_ex("Alice Brennan held Ashfield and boosted her majority by 2,000 votes.",
              W("outcome", "hold", rule="outcome.held"), absent=("margin",)),),
         scope="before"),
    Rule("not-a-fact.other_majority", "not-a-fact", "guard",
         re.compile(r"(?:defend\w*|overturn\w*|wip\w+ out|eras\w+|overc[ao]m\w*|notional|previous|Commons|overall|"
                    r"working|national|government's|parliamentary|inherit\w*|sitting on)\s+(?:(?:a|an|the|his|her|"
                    r"their|its)\s+)?(?:(?:\w+|<P\d+>(?:'s)?)\s+)?$", re.I), (), (),
         (_ex("Alice Brennan won Ashfield, helping to a Commons majority of 80.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),),
         scope="before"),
    Rule("not-a-fact.body_majority", "not-a-fact", "guard",
         re.compile(r"\b(?:council|government|administration|coalition|assembly|Senedd|Holyrood|Stormont|executive|"
                    r"authority|cabinet|chamber|group)(?:'s|s)?\s+(?:(?:now|still|already|has|had|have|holds?|held|"
                    r"keeps?|kept|retains?|retained|enjoys?|enjoyed|commands?|commanded|won|lost|with|of)\s+)*"
                    r"(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?$", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. The council now has a majority of 12.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The Labour group kept its working majority of 6 on the council.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",))),
         scope="before"),
    Rule("not-a-fact.votes_won", "not-a-fact", "guard", re.compile(r"\s*(?:votes? )?(?:won|secured) ", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Her majority of 4,000 votes won praise.", W("winner", "Alice Brennan",
                                                                                    rule="outcome.won")),),
         scope="after"),
    Rule("not-a-fact.score_tail", "not-a-fact", "guard", re.compile(rf" to (?:(?:the )?{ANY_P} |<H\d+>'s )?{N}"),
         (), (),
         (_ex("Alice Brennan beat Tom Hale by 21,900 votes to 19,750 in Ashfield.",
              W("margin", 2150, rule="margin.top_two")),),
         scope="after"),
    Rule("not-a-fact.no_win_word", "not-a-fact", "guard",
         re.compile(r"\b(?:won|win|wins|winning|held|hold|holds|retain\w*|kept|clung|hung|taken|took|taking|take|beat|"
                    r"beating|unseat\w*|defeat\w*|majority|margin|ahead|elected|victory|gain\w*|snatched|captured|"
                    r"seized|edged|pipped|clinging|lost|losing)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Turnout rose by 2,000 votes.", absent=("margin",)),),
         scope="clause_or_previous", blocks_unless_found=True),
    Rule("not-a-fact.not_the_winner", "not-a-fact", "guard", None, (), (),
         (_ex("Alice Brennan won Ashfield. Dan Varley of the Greens finished 300 votes ahead of Reform UK.",
              absent=("margin",)),),
         scope="subject"),
    Rule("not-a-fact.national", "not-a-fact", "guard", _NATIONAL, (), (),
         (_ex("Alice Brennan won Ashfield, where turnout was 61%, above the national average of 59%.",
              W("turnout_percent", 61.0, rule="turnout.stated")),),
         scope="clause"),
    Rule("not-a-fact.national_sentence", "not-a-fact", "guard", _NATIONAL, (), (),
         (_ex("Alice Brennan won Ashfield. Overall there were 48,020 valid votes across the region.",
              absent=("valid_votes",)),),
         scope="sentence"),
    Rule("not-a-fact.recount_speculative", "not-a-fact", "guard",
         re.compile(r"\b(?:might|may|could|would|threaten\w*|warn\w*|consider\w*|hop\w+|expect\w*|likely|possible|"
                    r"possibility|talk of|rumou?r\w*|want\w*|wish\w*)\b[^.]{0,40}?\bre-?count", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Tom Hale was considering a recount.", absent=_RECOUNT_ABSENT),),
         scope="clause"),
    Rule("not-a-fact.recount_series", "not-a-fact", "guard",
         re.compile(r"\b(?:series|number|succession|string) of recounts\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield on a night with a string of recounts in the region.",
              absent=_RECOUNT_ABSENT),),
         scope="clause"),
    # The subject denied: "It was not Tom Hale who won", "Alice Brennan, not Tom Hale, won" (the subject found
    # before the verb would be the one the sentence says did not win).
    Rule("not-a-fact.negated_subject", "not-a-fact", "guard",
         re.compile(r"\bnot (?:even )?(?:the )?<[HP]\d+>(?:'s \w+)?(?:,| who| that)\s*$", re.I), (), (),
         (_ex("It was not Tom Hale who took Bath.", absent=("winner",)),
          _ex("Alice Brennan won Ashfield. In Bath, it was not the Greens who held the seat.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome",)),
          _ex("Rosa Quint, and not Tom Hale, won Bath.", absent=("winner",))),
         scope="before"),
    # What someone was expected, urged or tipped to do: "Few expected Tom Hale to win Bath".
    Rule("not-a-fact.expected_of", "not-a-fact", "guard",
         re.compile(r"\b(?:expect\w*|tip\w*|predict\w*|back\w*|fancied|want\w*|forecast\w*|urg\w+|need\w*|"
                    r"told|ask\w*|encourag\w*|allow\w*|help\w*|thought|believed) (?:(?:the )?<[HP]\d+>|him|her|them) "
                    r"to $", re.I), (), (),
         (_ex("Nobody expected Tom Hale to hold Bath.", absent=("winner", "outcome")),
          _ex("Alice Brennan won Ashfield. Pundits had tipped the Greens to take Bath.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome", "winner_party"))),
         scope="before"),
    # A claim the reporter does not make: "Tom Hale claimed he had won Bath", "According to Sam Roe, Tom Hale won".
    Rule("not-a-fact.claimed", "not-a-fact", "guard",
         re.compile(r"\b(?:claim\w*|insist\w*|alleg\w*|rumou?r\w*|boast\w*|maintain\w*|contend\w*)\b(?: that)?"
                    r"(?: (?:the )?(?:<[HP]\d+>|he|she|they|it))?(?: (?:had|has|have|was|were))?(?: \w+ly)? $|"
                    r"\baccording to (?:the )?<H\d+>(?:'s \w+)?, (?:(?:the )?(?:<[HP]\d+>|he|she|they) )?$", re.I),
         (), (),
         (_ex("Alice Brennan won Ashfield. Tom Hale claimed that he had won Bath.",
              W("winner", "Alice Brennan", rule="outcome.won")),
          _ex("Alice Brennan won Ashfield. According to Sam Roe, Tom Hale took Bath by 5,000 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"))),
         scope="before"),
    # Another contest than this Westminster election: a council ward, a mayoralty, the devolved parliaments, a
    # PCC, the European Parliament, a party's leadership.
    Rule("not-a-fact.other_election", "not-a-fact", "guard",
         re.compile(r"\b(?:on|onto|to|into) (?:the |a )?(?:\w+ )?council\b|\bcouncil (?:seats?|wards?|elections?|by-?elections?)\b|"
                    r"\bwards?\b|\belected mayor\b|\bmayoral\b|\b(?:in|at|to|for) (?:the )?(?:Senedd|Holyrood|Stormont|"
                    r"Welsh Parliament|Scottish Parliament|(?:Welsh |Northern Ireland |London )?Assembly|"
                    r"European Parliament)\b|\b(?:Senedd|Holyrood|Assembly|European|local|mayoral|PCC|leadership) "
                    r"(?:elections?|contests?|race)\b|\bpolice and crime commissioner\b|"
                    r"\bas (?:an? |the )?(?:\w+ )?(?:councillor|mayor|MSP|MEP|MLA|AM)\b", re.I), (), (),
         (_ex("Tom Hale won a seat on the county council with 2,300 votes.", absent=("winner", "votes")),
          _ex("Tom Hale held Cardiff North in the Senedd election by 1,900 votes.", absent=("winner", "margin")),
          _ex("Alice Brennan won Ashfield. Tom Hale won the PCC election with 98,000 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",))),
         (_ex("Alice Brennan, a former councillor, won Ashfield with 21,400 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"),
              W("votes", 21400, "Alice Brennan", rule="votes.polled")),),
         scope="clause"),
    # A counterfactual figure: "Tom Hale would have won by 200 votes had ...".
    Rule("not-a-fact.hypothetical_clause", "not-a-fact", "guard",
         re.compile(r"\b(?:would|could|might|should)(?:n't| not| never)? (?:have|be)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. With 300 more votes Tom Hale would have won by 200.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),),
         scope="clause"),
    # A majority said to be in another chamber: "a majority of 43 in the Senedd".
    Rule("not-a-fact.body_after", "not-a-fact", "guard",
         re.compile(r"(?: (?:votes?|seats?|MPs|members))? (?:in|on|at|across) (?:the )?(?:\w+ )?(?:Senedd|Holyrood|"
                    r"Stormont|Commons|House|Parliament|council|chamber|assembly|cabinet|country)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Her party now has a majority of 43 in the Senedd.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),),
         scope="after"),
    # A figure compared with another: "her majority was 2,000 bigger than last time".
    Rule("not-a-fact.comparative", "not-a-fact", "guard",
         re.compile(r"(?: votes?)? (?:bigger|smaller|larger|higher|lower|greater|up|down|more|fewer|less) (?:than|on) "
                    r"(?:last time|before|in <N|at the|the previous|the last|<N|its|her|his|their)", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Her majority was 2,000 bigger than last time.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin", "previous_majority")),
          _ex("Alice Brennan won Ashfield. She polled 3,000 votes more than in 2017.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",))),
         scope="after"),
    # Points and shares are not votes: "a 12-point lead", "by 12 percentage points", "on 31 pc".
    Rule("not-a-fact.share_unit", "not-a-fact", "guard",
         re.compile(r"\s?-?\s?(?:points?|percentage|per ?cent|percent|%|pc|pts?)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield with a 12-point lead.", W("winner", "Alice Brennan", rule="outcome.won"),
              absent=("votes", "margin")),),
         scope="after"),
    # Another seat of a person's own: "the party leader lost her own seat by 149 votes".
    Rule("not-a-fact.own_seat", "not-a-fact", "guard",
         re.compile(r"\b(?:his|her|their) own seat\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Elsewhere, a party leader lost her own seat by 149 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),),
         scope="clause"),
    # A range is no figure: "9,000-10,000 votes".
    Rule("not-a-fact.range", "not-a-fact", "guard",
         re.compile(r"<N\d+> ?[-–—] ?<N\d+>|\bbetween <N\d+> and <N\d+>|<N\d+> (?:or|to) <N\d+> (?:votes|per cent|%)",
                    re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Tom Hale polled 9,000-10,000 votes, officials thought.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",)),),
         scope="clause"),
    # An approximate figure anywhere in its clause ("turnout was around 60 per cent", "an estimated 4,000").
    Rule("not-a-fact.approximate_clause", "not-a-fact", "guard",
         re.compile(r"\b(?:about|around|nearly|almost|roughly|approximately|some|an estimated|estimated|up to|at least|"
                    r"(?:just |a little |well |slightly )?(?:over|under|more than|less than|fewer than|short of)|"
                    r"in the region of|upwards of) <N", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Turnout was around 60 per cent.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("turnout_percent",)),
          _ex("Alice Brennan won Ashfield by an estimated 4,000 votes.", W("winner", "Alice Brennan", rule="outcome.won"),
              absent=("votes", "margin"))),
         scope="clause"),
)

# A figure that an earlier version of the article gave, or that it says was wrong, or that polls forecast, or
# that is counterfactual, compared, a share, a range or approximate, or of another body or contest, is no
# fact: every rule of these steps checks these guards besides its own. Candidates' votes are checked where
# each number stands (knowledge.reading.stages.candidates).
_FIGURE_GUARDS = ("not-a-fact.earlier_version", "not-a-fact.forecast", "not-a-fact.hypothetical_clause",
                  "not-a-fact.comparative", "not-a-fact.share_unit", "not-a-fact.other_election", "not-a-fact.range",
                  "not-a-fact.approximate_clause")
_STEP_GUARDS: dict[str, tuple[str, ...]] = {
    "margin": (*_FIGURE_GUARDS, "not-a-fact.respectively", "not-a-fact.national", "not-a-fact.body_after",
               "not-a-fact.own_seat"),
    "figure": (*_FIGURE_GUARDS, "not-a-fact.respectively", "not-a-fact.national", "not-a-fact.body_after",
               "not-a-fact.own_seat"),
    "votes": (*_FIGURE_GUARDS, "not-a-fact.approximate", "not-a-fact.other_office"),
    "previous_majority": (*_FIGURE_GUARDS, "not-a-fact.approximate", "not-a-fact.other_office"),
}
RULES = tuple(replace(r, guards=(*r.guards, *(g for g in _STEP_GUARDS[r.step] if g not in r.guards)))
              if r.step in _STEP_GUARDS else r for r in RULES)

BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
_BY_STEP: dict[str, tuple[Rule, ...]] = {}
_BITS: dict[str, tuple[tuple[Rule, int], ...]] = {}  # each step's rules with their bit in _INDEX's masks
for _k, _rule in enumerate(RULES):
    _BY_STEP[_rule.step] = (*_BY_STEP.get(_rule.step, ()), _rule)
    _BITS[_rule.step] = (*_BITS.get(_rule.step, ()), (_rule, 1 << _k))
_INDEX = LiteralIndex([rule.matcher for rule in RULES])


def rule(rule_id: str) -> Rule:
    """The rule of that id."""
    return BY_ID[rule_id]


def pattern(rule_id: str) -> Prefiltered:
    """The pattern of the rule of that id (every rule a step looks up by id has one)."""
    return pattern_of(BY_ID[rule_id])


def pattern_of(rule: Rule) -> Prefiltered:
    """The pattern of a rule the reader applies (every rule of a step, and every guard, has one), run only
    on texts that hold the literals its matches need."""
    assert rule.matcher is not None, rule.id
    return rule.matcher


def of_step(step: Step, text: str | None = None) -> tuple[Rule, ...]:
    """The rules a step of the reader applies, in the table's order; given `text`, only those whose pattern
    may match it (the others' literals are not in it: see prefilter)."""
    if text is None:
        return _BY_STEP.get(step, ())
    mask = _INDEX.possible(text)
    return tuple(rule for rule, bit in _BITS.get(step, ()) if mask & bit)
