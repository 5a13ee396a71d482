"""The verbs of outcomes and of speech, each declared once with its forms.

The reader's rules take the forms a construction needs (after "was" only a participle fits) and the
questions take the forms people ask with ("who took Ashfield", "what did she say"). A new verb is one
row here; `alternation` turns a family's forms into a regular-expression alternative.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    """One verb (or phrasal verb, "edge out") in the forms English writes it."""

    base: str
    third: str  # "takes"
    past: str  # "took"
    participle: str  # "taken"
    ing: str  # "taking"

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.base, self.third, self.past, self.participle, self.ing)))

    @property
    def stated(self) -> tuple[str, ...]:
        """The forms that state what happened ("took", "takes", "taking", "taken"): all but the base, which follows
        "to", "will" or "could" and so mostly states nothing."""
        return tuple(dict.fromkeys((self.third, self.past, self.participle, self.ing)))

    @property
    def finite(self) -> tuple[str, ...]:
        """The forms that can lead an active clause ("Bloggs beat Roe", "beating Roe"): all but a lone participle."""
        return tuple(dict.fromkeys((self.base, self.third, self.past, self.ing)))


def regular(base: str, *, double: bool = False) -> Verb:
    """A verb inflected the regular way: "gain", "seize" (final e dropped), "reply" ("replied"), "pip" (double=True: "pipped")."""
    if base.endswith("y") and base[-2] not in "aeiou":  # "reply": "replies", "replied", "replying"
        return Verb(base, base[:-1] + "ies", base[:-1] + "ied", base[:-1] + "ied", base + "ing")
    stem = base[:-1] if base.endswith("e") else base + (base[-1] if double else "")
    past = base + "d" if base.endswith("e") else stem + "ed"
    third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return Verb(base, third, past, past, stem + "ing")


def phrasal(verb: Verb, particle: str) -> Verb:
    """A verb and its particle: phrasal(regular("edge"), "out") is "edge out", "edged out", "edging out"."""
    return Verb(*(f"{form} {particle}" for form in (verb.base, verb.third, verb.past, verb.participle, verb.ing)))


WIN = Verb("win", "wins", "won", "won", "winning")
LOSE = Verb("lose", "loses", "lost", "lost", "losing")
TAKE = Verb("take", "takes", "took", "taken", "taking")
SEE = Verb("see", "sees", "saw", "seen", "seeing")
BEAT_ = Verb("beat", "beats", "beat", "beaten", "beating")
HOLD_ = Verb("hold", "holds", "held", "held", "holding")
KEEP = Verb("keep", "keeps", "kept", "kept", "keeping")
SWEEP = Verb("sweep", "sweeps", "swept", "swept", "sweeping")
PUSH = regular("push")
HANG = Verb("hang", "hangs", "hung", "hung", "hanging")
CLING = Verb("cling", "clings", "clung", "clung", "clinging")
CAPTURE = regular("capture")
GAIN = regular("gain")
CATCH = Verb("catch", "catches", "caught", "caught", "catching")
GET = Verb("get", "gets", "got", "got", "getting")
RETAKE = Verb("retake", "retakes", "retook", "retaken", "retaking")
RE_TAKE = Verb("re-take", "re-takes", "re-took", "re-taken", "re-taking")

# The winner takes the seat from another party: a gain.
SEAT_TAKING: tuple[Verb, ...] = (TAKE, CAPTURE, GAIN, regular("snatch"), regular("seize"),
                                 regular("grab", double=True), regular("wrest"), regular("wrestle"),
                                 regular("flip", double=True))
# The winner removes the sitting MP: a gain as well.
OUSTING: tuple[Verb, ...] = (regular("unseat"), regular("oust"), regular("topple"), regular("dethrone"))
# The winner takes back a seat the party had before: a gain, the seat "back" or "from" someone.
RETAKING: tuple[Verb, ...] = (regular("regain"), regular("recapture"), RETAKE, RE_TAKE, regular("reclaim"))
# The winner wins, with no object needed ("won with 21,012 votes").
WINNING: tuple[Verb, ...] = (WIN, regular("triumph"), regular("prevail"))
# The winner has the seat as well as the win ("secured the seat", "claimed Barset").
SECURING: tuple[Verb, ...] = (regular("secure"), regular("claim"))
# The winner survives a close count: a hold ("clung on in Barset", "held on to the seat").
HOLDING_ON: tuple[Verb, ...] = tuple(phrasal(verb, particle) for verb in (HOLD_, HANG, CLING) for particle in ("on", "onto"))
# The winner overcomes the majority the seat was defended with ("overturned a 5,000 majority").
OVERTURNING: tuple[Verb, ...] = (regular("overturn"), Verb("overcome", "overcomes", "overcame", "overcome", "overcoming"),
                                 phrasal(regular("wipe"), "out"), regular("overhaul"))
# The verbs that give a candidate's votes after the name ("with Bloggs polling 21,012").
POLLING: tuple[Verb, ...] = (regular("poll"), TAKE, WIN, regular("secure"), GET, regular("receive"), regular("collect"))
# The winner keeps the seat for the party that had it: a hold.
RETAIN = regular("retain")
HOLDING: tuple[Verb, ...] = (HOLD_, RETAIN, KEEP)
# The winner beats a rival, the sitting MP or not.
BEATING: tuple[Verb, ...] = (BEAT_, regular("defeat"), regular("pip", double=True), phrasal(regular("edge"), "out"),
                             phrasal(SEE, "off"))
# Beaten, said only in the passive ("was knocked out by").
BEATEN: tuple[Verb, ...] = (phrasal(regular("knock"), "out"), phrasal(SWEEP, "aside"),
                            phrasal(regular("squeeze"), "out"), phrasal(PUSH, "out"))

# Verbs that introduce speech ("she said", "he told the BBC"). Only say, add and tell do so in the
# present tense as well: the present of the others is mostly a noun ("his claims", "thanks to").
SPEECH: tuple[Verb, ...] = (
    Verb("say", "says", "said", "said", "saying"), regular("add"), Verb("tell", "tells", "told", "told", "telling"),
    regular("admit", double=True),
    *(regular(base) for base in ("stress", "insist", "continue", "declare", "warn", "explain", "concede",
                                 "promise", "claim", "reply", "pledge", "thank", "urge", "vow", "joke", "reflect",
                                 "acknowledge", "argue")),
    Verb("speak", "speaks", "spoke", "spoken", "speaking"))
SPEECH_IN_PRESENT = frozenset({"say", "add", "tell"})


def participles(*families: Iterable[Verb]) -> frozenset[str]:
    return frozenset(verb.participle for family in families for verb in family)


def stated_forms(*families: Iterable[Verb]) -> frozenset[str]:
    """Every form but the base of each verb of `families` (see Verb.stated)."""
    return frozenset(form for family in families for verb in family for form in verb.stated)


def pasts(*families: Iterable[Verb]) -> frozenset[str]:
    return frozenset(verb.past for family in families for verb in family)


def thirds(*families: Iterable[Verb]) -> frozenset[str]:
    """The present tense said of one ("wins", "holds"): a headline's or live blog's tense."""
    return frozenset(verb.third for family in families for verb in family)


def ing_forms(*families: Iterable[Verb]) -> frozenset[str]:
    return frozenset(verb.ing for family in families for verb in family)


def base_forms(*families: Iterable[Verb]) -> frozenset[str]:
    """The base of each verb of `families`: what follows "to" ("needed to hold", "failed to beat")."""
    return frozenset(verb.base for family in families for verb in family)


def finite_forms(*families: Iterable[Verb]) -> frozenset[str]:
    return frozenset(form for family in families for verb in family for form in verb.finite)


def speech_forms() -> frozenset[str]:
    """The words that say someone spoke: every speech verb's past, and the present of say, add and tell."""
    forms = {form for verb in SPEECH for form in (verb.past, verb.participle)}
    forms |= {form for verb in SPEECH if verb.base in SPEECH_IN_PRESENT for form in (verb.base, verb.third)}
    return frozenset(forms | {"speaking"})


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternative matching any of `words`, longest first ("edged out" before "edged")."""
    return "|".join(re.escape(word).replace(r"\ ", " ") for word in sorted(set(words), key=lambda w: (-len(w), w)))
