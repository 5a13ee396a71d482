"""What a question asks, from its wording: signal words (typos corrected) and a few phrases.

`read_wording` turns the words of a question into a `Wording` (the signals it carries, whether it is a
yes/no question, a quote's topic, a count asked for). `classify` then picks an `Intent` from the
wording together with what the question names (a seat, a person, a party). Nothing here knows any
seat or person: the engine finds those with `handlers.answers.names` and `handlers.answers.person_index`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process

from handlers.answers.names import Word
from knowledge.fields import FIELD_BY_SIGNAL
from knowledge.lexicon import verbs
from knowledge.lexicon.function_words import FUNCTION_WORDS
from knowledge.lexicon.numbers import PLACES as NUMBER_PLACES
from knowledge.lexicon.numbers import digit_ordinal, ordinal_word

# A misspelt question word is read as the nearest one scoring this with fuzz.ratio
# ("majorty" 93, "turnot" 92, "vots" 89, "recont" 92); shorter words must be exact.
CORRECTION_CUTOFF = 80.0
MIN_CORRECTION_LENGTH = 4



def _forms(family: tuple[verbs.Verb, ...], *bases: str) -> str:
    """Every form of the verbs `bases` of a lexicon family, as signal words. Only common verbs are signals:
    a rare one would take in misspelt names ("wrest" is within the correction cutoff of "West")."""
    return " ".join(form for verb in family if verb.base in bases for form in verb.forms)


_SIGNAL_GROUPS: dict[str, str] = {
    "win": _forms((verbs.WIN,), "win") + " winner winners victor victorious victory elected mp member represents "
           "represent representing",
    "gain": _forms(verbs.SEAT_TAKING, "take", "capture", "gain", "seize", "flip", "snatch"),
    "hold": _forms(verbs.HOLDING, "hold", "retain", "keep"),
    "lose": _forms((verbs.LOSE,), "lose") + " " + " ".join(sorted(verbs.participles(verbs.OUSTING))),
    "beat": _forms(verbs.BEATING, "beat", "defeat"),
    "margin": "majority majorities margin margins close closer narrow narrowly gap lead separated separating",
    "closest": "closest narrowest tightest smallest slimmest thinnest lowest marginal marginals nearest",
    "largest": "biggest largest safest widest highest greatest",
    "previous": "previous previously before defending defend defended prior notional earlier",
    "recount": "recount recounts recounted recounting",
    "votes": "votes vote polled poll receive received receiving tally score scored",
    "share": "share percentage percent popular",   # "the popular vote"
    "second": f"{ordinal_word(2)} {digit_ordinal(2)} runner runnerup behind trailing",
    "position": "position place placed finish finished came come rank ranked "
                + " ".join(ordinal_word(n) for n in (3, 4, 5)),
    "turnout": "turnout",
    "electorate": "electorate electors voters registered eligible",
    "ballots": "ballots ballot cast",
    "valid": "valid",
    "invalid": "invalid spoilt spoiled rejected void",
    "declared": "declared declaration declare announced announce",
    "quote": _forms(verbs.SPEECH, "say") + " told quote quotes quoted speech comment comments remark remarks statement",
    "source": "source sources cite citation cited evidence provenance reference according proof verify article",
    "help": "help commands command usage instructions examples",
    "about": "coverage cover covers covered knowledge database data articles",
    "result": "result results summary summarise summarize overview breakdown happened details detail",
    "candidates": "candidates candidate stood standing stand ran running contested contesting contender "
                  "contenders",
    "changed": "changed change changes switched swapped hands",
    "conflict": "conflict conflicts conflicting disagree disagrees disagreement disagreements differ differs "
                "discrepancy discrepancies contradict contradictory inconsistent",
    "seats": "seats seat constituencies constituency",
    "compare": "compare compared comparing comparison versus vs swing swings",
    "general": "general national overall country government nationally",
}
SIGNALS: dict[str, str] = {word: signal for signal, words in _SIGNAL_GROUPS.items() for word in words.split()}

# Words of questions that carry no signal and are never names.
FILLER = FUNCTION_WORDS | frozenset("""
about regarding concerning did do does done doing was were is are be
been being has have had how many much what whats which who whom whose where why
me them him so not no yes please can could
would should tell show give gave list get got gets getting any all some each every year years election elections
than then against versus vs number total final count counted hi hello hey thanks thank bot ok okay one ones
other others only also very really exactly roughly approximately around time night first out
again still now ever know knew most more less fewer least mps party parties candidate former sitting voted voting
incumbent current new same person people someone somebody anyone figure figures official officially us uk
british britain wales scotland england northern ireland there's it's who's what's did't didnt isnt wasnt
were't tory's find look lookup let lets see want like need whole full entire true false right correct
theirs
""".split())

VOCABULARY = frozenset(SIGNALS) | FILLER
_CORRECTABLE = sorted(w for w in SIGNALS if len(w) >= MIN_CORRECTION_LENGTH)

TOPIC_MARKERS = frozenset({"about", "regarding", "concerning", "on"})
YES_NO_STARTS = frozenset({"did", "was", "is", "has", "does", "were", "had", "have", "do"})
FIELD_SIGNALS = FIELD_BY_SIGNAL  # in order of precedence (see knowledge.fields)
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), s) for p, s in (
    (r"\bby how (?:many|much)\b", "margin"),
    (r"\bhow close\b", "margin"),
    (r"\bwon by\b", "margin"),
    (r"\brunner up\b", "second"),
    (r"\b(?:changed|change|changing|switched) hands\b", "changed"),
    (r"\bturn out\b", "turnout"),
    (r"\bhow many (?:people|voters) voted\b(?! for)", "ballots"),
    (r"\bwi(?:n|ns|nning) by\b", "margin"),
    (r"\bturned out\b", "turnout"),
    (r"\bhow many times\b.*\bcount", "recount"),
    (r"\bvotes (?:were )?cast\b", "ballots"),
    (r"\bcome from\b|\bwhere did you (?:get|find|read)\b|\bhow do you know\b|\bwhere is that from\b", "source"),
    (r"\bwhat can you do\b|\bwhat (?:can|should|do) i ask\b|\bhow do i\b|\bhow to use\b|\bwhat do you do\b", "help"),
    (r"\bwhat do you know\b|\bwhat (?:elections|seats|constituencies) do you\b|\bwhich elections\b"
     r"|\bwhat elections\b|\bwhat years\b|\bwhich years\b|\babout you\b|\bwhat are you\b", "about"),
    (r"^(?:who is|who s|whos|who was|who are)\b", "who_is"),
    (r"\btell me about\b|\bwhat happened\b|\bwhat about\b", "result"),
    (r"\blast time\b|\bprevious election\b|\bbefore (?:this|the|that)\b", "previous"),
    (r"\bgain or (?:a )?hold\b|\bhold or (?:a )?gain\b|\bfrom whom\b|\bwho held\b|\bheld before\b", "outcome"),
    (r"\bthe most votes\b|\bcame first\b|\btop the poll\b|\btopped the poll\b", "win"),
    (r"\bwho (?:beat|defeated)\b", "beat_by"),
    (r"\bwho did .+ (?:beat|defeat)\b", "beat"),
    (r"\bwho came last\b|\bcame last\b", "position"),
))


@dataclass(frozen=True, slots=True)
class Wording:
    """What the words of a question signal."""

    terms: tuple[str, ...]          # the words, with misspelt question words corrected
    signals: frozenset[str]
    yes_no: bool                    # "did ...", "was ...": answer yes or no, then what happened
    how_many: bool
    topic: str | None               # "what did X say about brexit" -> "brexit"
    limit: int | None               # "top 10 closest" -> 10
    place: int | None = None        # "who came third" -> 3; "who came last" -> -1

    def has(self, *signals: str) -> bool:
        return any(s in self.signals for s in signals)

    @property
    def verb(self) -> str | None:
        """The outcome a yes/no or party question asks about: win, gain, hold or lose."""
        for term in self.terms:
            signal = SIGNALS.get(term)
            if signal in ("win", "gain", "hold", "lose"):
                return signal
        return None


class Kind(StrEnum):
    """What a question asks for; the engine has one handler for each."""

    ABOUT = "about"
    BEAT = "beat"
    CANDIDATES = "candidates"
    CHANGED_HANDS = "changed_hands"
    CLOSEST = "closest"
    COMPARE = "compare"
    CONFLICTS = "conflicts"
    DID = "did"
    FIELD = "field"
    HELP = "help"
    LARGEST = "largest"
    MARGIN = "margin"
    NATIONAL = "national"
    NATIONAL_SHARE = "national_share"
    NATIONAL_TURNOUT = "national_turnout"
    OUTCOME = "outcome"
    PARTY_CANDIDATE = "party_candidate"
    PARTY_SEATS = "party_seats"
    PLACE = "place"
    POSITION = "position"
    PREVIOUS_MAJORITY = "previous_majority"
    QUOTE = "quote"
    RECOUNT_LIST = "recount_list"
    RECOUNTS = "recounts"
    RESULT = "result"
    SECOND = "second"
    SOURCES = "sources"
    SWING_RANKING = "swing_ranking"
    TURNOUT_RANKING = "turnout_ranking"
    UNCLEAR = "unclear"
    UNKNOWN_NAME = "unknown_name"
    VOTES = "votes"
    WHO_IS = "who_is"
    WINNER = "winner"


@dataclass(frozen=True, slots=True)
class Intent:
    """What to answer: `kind`, and for some kinds the seat `field`, the `verb` or a quote `topic`.

    `limit` is how many seats a ranking shows ("top 10"), `highest` whether it starts from the top;
    `place` the finishing place asked about ("who came third": 3, "who came last": -1).
    """

    kind: Kind
    field: str | None = None
    verb: str | None = None
    topic: str | None = None
    limit: int | None = None
    place: int | None = None
    count_only: bool = False
    highest: bool = False


def correct(words: Sequence[Word], is_name: Callable[[str], bool]) -> list[str]:
    """Each word's question-word reading: itself, or the question word it misspells.

    A word that is a name the knowledge base knows is left alone ("gower" is not "power").
    """
    terms = []
    for word in words:
        term = word.base
        if (term not in VOCABULARY and word.text not in VOCABULARY and len(term) >= MIN_CORRECTION_LENGTH
                and not term.isdigit() and not is_name(word.text) and not is_name(term)):
            hit = process.extractOne(term, _CORRECTABLE, scorer=fuzz.ratio, processor=None,
                                     score_cutoff=CORRECTION_CUTOFF)
            if hit is not None:
                term = hit[0]
        elif word.text in VOCABULARY:
            term = word.text
        terms.append(term)
    return terms


# "was it a gain or a hold", "did labour or reform win": a choice to name, not a yes or no ("or not" is one)
_EITHER_OR = re.compile(r"\bor\b(?! not\b)")


def read_wording(words: Sequence[Word], is_name: Callable[[str], bool] = lambda _: False,
                 ignore: frozenset[int] = frozenset()) -> Wording:
    """The signals of a question's words; words at `ignore` positions name an election and signal nothing
    ("before" in "before 2019" is not "previous", "17" in "in '17" is not a limit)."""
    terms = correct(words, is_name)
    signalling = [t for i, t in enumerate(terms) if i not in ignore]
    signals = {SIGNALS[t] for t in signalling if t in SIGNALS}
    text = " ".join(signalling)
    for pattern, signal in _PHRASES:
        if pattern.search(text):
            signals.add(signal)
    if "last" in terms and not signals & {"previous"} and re.search(r"\b(?:came|come|finish\w*) last\b", text):
        signals.add("position")
    return Wording(
        terms=tuple(terms), signals=frozenset(signals),
        yes_no=bool(terms) and terms[0] in YES_NO_STARTS and not _EITHER_OR.search(text),
        how_many=bool(re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", text)),
        topic=_topic(terms), limit=_limit(signalling), place=_place(terms, signals))


def _topic(terms: Sequence[str]) -> str | None:
    """The subject of a quote question: the first content word after 'about', 'on' or 'regarding'."""
    for i, term in enumerate(terms):
        if term in TOPIC_MARKERS and i > 0:
            rest = [t for t in terms[i + 1:] if t not in FILLER and not t.isdigit()]
            if rest:
                return rest[0]
    return None


# "first" is left out: "who came first" is the winner, and "first" also means "for the first time".
PLACES = {**{word: n for word, n in NUMBER_PLACES.items() if n > 1}, "runner": 2, "runnerup": 2}


def _place(terms: Sequence[str], signals: set[str]) -> int | None:
    """The finishing place asked about: 'who came third' -> 3, 'who came last' -> -1."""
    if "position" in signals and "last" in terms and "previous" not in signals:
        return -1
    return next((PLACES[t] for t in terms if t in PLACES), None)


def _limit(terms: Sequence[str]) -> int | None:
    """A small number asked for ('top 10', '3 closest'); never a year."""
    for term in terms:
        if term.isdigit() and 0 < int(term) <= 50:
            return int(term)
    return None


def classify(wording: Wording, *, seat: bool, person: bool, party: bool, unknown_name: bool = False,
             stray_words: bool = False, election: bool = False, comparison: bool = False) -> Intent:
    """The intent of a question from its wording and what it names.

    `seat`/`person`/`party`: whether the question names one the knowledge base can resolve (or a
    real seat it does not hold); `unknown_name`: whether it asks about a name that fits nobody;
    `stray_words`: whether it has words that are neither question words nor names on record;
    `election`: whether it names an election ("in 2019", "the last general election") or a part of the UK in
    one ("how did wales vote"); `comparison`:
    whether it names two ("2017 and 2019", "since 2017").
    """
    w = wording
    if person and not seat and not party and stray_words and not w.signals:
        return Intent(Kind.UNCLEAR)  # "what is the capital of france" is not about Ben France
    if w.has("conflict"):
        return Intent(Kind.CONFLICTS)
    if w.has("source"):
        return Intent(Kind.SOURCES, field=_asked_field(w))
    if w.has("quote"):
        return Intent(Kind.QUOTE, topic=w.topic)
    if not seat and not person:
        return _across_seats(w, party=party, unknown_name=unknown_name, election=election)
    changed = w.has("changed") and "hands" not in w.terms      # "how did X change", not "did X change hands"
    if seat and not person and (w.has("compare") or changed or (comparison and not w.has("margin", "win", "votes"))):
        return Intent(Kind.COMPARE)
    return _one_seat(w, person=person, party=party)


def _asked_field(w: Wording) -> str | None:
    if w.has("previous") and w.has("margin"):
        return "previous_majority"
    if w.has("margin"):
        return "margin"
    for signal, field in FIELD_SIGNALS.items():
        if w.has(signal):
            return field
    if w.has("win"):
        return "winner"
    return None


def _across_seats(w: Wording, *, party: bool, unknown_name: bool, election: bool = False) -> Intent:
    """Questions about the whole knowledge base, a whole election, or nothing it can find."""
    if w.has("turnout") and w.has("closest", "largest"):     # "lowest turnout", "which seat had the highest turnout"
        return Intent(Kind.TURNOUT_RANKING, limit=w.limit, highest=w.has("largest"))
    if "swing" in w.terms and w.has("closest", "largest"):    # "biggest swing in 2024": not the largest majorities
        return Intent(Kind.SWING_RANKING)
    if w.has("closest"):
        return Intent(Kind.CLOSEST, limit=w.limit)
    if w.has("largest") and not w.has("turnout"):
        return Intent(Kind.LARGEST, limit=w.limit)
    if w.has("recount"):
        return Intent(Kind.RECOUNT_LIST, count_only=w.how_many)
    if w.has("changed"):
        return Intent(Kind.CHANGED_HANDS, count_only=w.how_many)
    if party and w.has("votes", "share"):
        return Intent(Kind.NATIONAL_SHARE)
    if party and (w.has("general") or (w.yes_no and not w.has("seats"))):
        return Intent(Kind.NATIONAL, verb=w.verb)     # "did labour win the election"
    if w.has("turnout"):
        return Intent(Kind.NATIONAL_TURNOUT)
    if party and (w.has("seats", "win", "gain", "hold", "lose") or w.how_many):
        return Intent(Kind.PARTY_SEATS, verb=w.verb or "win", count_only=w.how_many)
    if w.has("gain") and w.has("seats"):
        return Intent(Kind.PARTY_SEATS, verb="gain", count_only=w.how_many)
    if unknown_name:  # "how many votes did Bob Xyz get in 2010" asks about a person, not the election
        return Intent(Kind.UNKNOWN_NAME)
    if election and w.place is not None and not party:    # "which party came second in 2024"
        return Intent(Kind.NATIONAL, place=w.place)
    if election and w.has("share", "votes"):
        return Intent(Kind.NATIONAL_SHARE)
    if election and w.has("result", "seats", "win"):
        return Intent(Kind.NATIONAL)
    if w.has("help"):
        return Intent(Kind.HELP)
    if w.has("about"):
        return Intent(Kind.ABOUT)
    if w.has("win", "general"):
        return Intent(Kind.NATIONAL)
    return Intent(Kind.UNCLEAR)


def _one_seat(w: Wording, *, person: bool, party: bool) -> Intent:
    """Questions about one seat or one person."""
    verb = w.verb
    if w.has("previous") and w.has("margin"):
        return Intent(Kind.PREVIOUS_MAJORITY)
    if w.yes_no and verb and (party or person) and not w.has("votes", "margin"):
        return Intent(Kind.DID, verb=verb)
    if w.has("beat_by"):
        return Intent(Kind.BEAT, verb="by")
    if w.has("beat"):
        return Intent(Kind.BEAT)
    if w.has("margin"):
        return Intent(Kind.MARGIN)
    for signal, field in FIELD_SIGNALS.items():
        if w.has(signal):
            if field == "recounts":
                return Intent(Kind.RECOUNTS, field=field, count_only=w.how_many)
            return Intent(Kind.FIELD, field=field)
    if w.place is not None and not person and not party:
        return Intent(Kind.SECOND) if w.place == 2 else Intent(Kind.PLACE, place=w.place)
    if w.has("second") and not person and not party:
        return Intent(Kind.SECOND)
    if w.has("votes") and w.has("win") and not person and not party:
        return Intent(Kind.WINNER)  # "how many votes did the winner get"
    if w.has("votes", "share") or (w.how_many and (person or party)):
        return Intent(Kind.VOTES)
    if w.has("position") and person:
        return Intent(Kind.POSITION)
    if w.has("outcome") or (w.has("previous") and not person):
        return Intent(Kind.OUTCOME)
    if (w.yes_no and verb in ("gain", "hold")) or w.has("gain") and w.has("hold"):    # "a gain or a hold?"
        return Intent(Kind.OUTCOME)
    if party and (w.has("candidates") or "who" in w.terms):
        return Intent(Kind.PARTY_CANDIDATE)
    if w.has("candidates") and not person:
        return Intent(Kind.CANDIDATES)
    if w.has("win", "gain", "hold", "lose"):
        return Intent(Kind.DID, verb=verb) if w.yes_no and person else Intent(Kind.WINNER)
    if w.has("who_is") and person:
        return Intent(Kind.WHO_IS)
    if w.has("result"):
        return Intent(Kind.WHO_IS) if person and not w.has("seats") else Intent(Kind.RESULT)
    return Intent(Kind.WHO_IS) if person else Intent(Kind.RESULT)
