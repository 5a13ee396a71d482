"""Building blocks of the reader's rules (see knowledge.reading.rules) over sentence skeletons.

Tokens: <S> seat, <P> party, <H> person, <N> number (see knowledge.reading.skeleton). The rules
themselves, each with its id, pattern and examples, are rows of `knowledge.reading.rules`; this
module keeps the pieces their patterns are written with and the few patterns that are not rules
of their own but parts of the reader's passes (clauses, relative clauses, the opening of a sentence).
"""
from __future__ import annotations

import re

from knowledge.lexicon import verbs

H, P, S, N = r"<H(\d+)>", r"<P(\d+)>", r"<S(\d+)>", r"<N(\d+)>"
ANY_P = r"<P\d+>(?:'s)?"
FILLER = rf"(?:(?:[\w'-]+|{ANY_P}),? ){{0,3}}?"
# A verb in the active voice: "unseated Roe", never "was unseated by".
NOT_PASSIVE = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgot )"
BY_WINNER = rf"by (?:the )?{FILLER}(?P<winner>{H})"
# After a person: the words that make another person of them ("Browne's successor", "Hale's wife").
OTHER_PERSON = (r"(?!['’]s (?:successor|replacement|predecessor|wife|husband|partner|son|daughter|sister|brother|"
                r"father|mother|agent|deputy|colleague|candidate|nominee|protégé|protege|chosen|anointed)\b)")
QUALIFIER = r"(?:just |only |a mere |a slim |a slender |a wafer-thin |a narrow )?"

# --- parts of the outcome rules ------------------------------------------------------------------
# Verbs of a loser-first or seat-first sentence that mean the seat changed hands.
GAIN_VERBS = verbs.participles(verbs.OUSTING, verbs.SEAT_TAKING)
HOLD_VERBS = verbs.participles(verbs.HOLDING)
# "re-elected MP, Jo Bloggs": the person follows the verb.
REELECTED_MP = re.compile(rf"\bre-?elected MP,? (?P<who>{H})", re.I)
# "Bloggs held it comfortably for Labour": the winner's party after the verb phrase.
FOR_PARTY = re.compile(rf"^ ?(?:[^<.,]{{0,30}}?)for (?:the )?(?P<party>{P})(?!\w)", re.I)
WINNER_ADJECTIVES = frozenset({"victorious", "new", "re-elected", "winning", "successful"})

# --- recounts -------------------------------------------------------------------------------------
RECOUNT = re.compile(r"\bre-?count(?:s|ed|ing)?\b", re.I)

# --- clauses and the time a clause speaks of -------------------------------------------------------
# An aside between dashes that names someone ("Jo Bloggs – sworn in after Sam Roe stood down – got 3,408 votes"):
# like a relative clause, it holds no subject of the sentence's verb and no owner of its figures.
DASH_ASIDE = re.compile(r"\s[–—]\s[^–—\n]*?<H\d+>[^–—\n]*?\s?[–—](?=\s)")
RELATIVE_CLAUSE = re.compile(
    r", (?:who|which|whose|standing|a|an|the|now|then|once|aged|himself|herself)\b[^,]*,|, <N\d+>,")
PAST_OPENING = re.compile(
    rf"^(?:back |but |and )?(?:(?:{N}|a|two|five) (?:years?|decades?) (?:ago|earlier|before)|in {N}|"
    rf"at the (?:last|previous)|last time|in the (?:last|previous) (?:general )?election)", re.I)
PRESENT_OPENING = re.compile(
    r"^(?:but |and |yet )?(?:this time|now|tonight|this year|on (?:thursday|friday)|yesterday|last night|"
    r"this morning|overnight|in the end)\b", re.I)
CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[–—]\s+|\s+-\s+|\s+(?:but|while|whereas)\s+|\s+(?=(?:who|which)\s)")
