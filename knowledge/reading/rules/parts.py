"""Pattern pieces and guard lists the rows of several families share."""
from __future__ import annotations

import re

from knowledge.lexicon import verbs
from knowledge.reading.phrases import NOT_PASSIVE, P

# What every outcome rule checks first: the words just before its verb do not deny, suppose or forecast it.
_NOT_SO = ("not-a-fact.negated", "not-a-fact.hypothetical", "not-a-fact.projected", "not-a-fact.attempted",
           "not-a-fact.conditional", "not-a-fact.respectively", "not-a-fact.negated_subject",
           "not-a-fact.expected_of", "not-a-fact.claimed", "not-a-fact.other_election", "not-a-fact.other_contest_won")
# A national or regional figure, not this seat's (one pattern, looked for in a clause or in a sentence).
_NATIONAL = re.compile(r"\b(?:national\w*|across the (?:country|UK|region)|UK-wide|overall|average)\b", re.I)
_RECOUNT_ABSENT = ("recounts",)
# A seat's name as a construction that states its result writes it ("the new seat of Barset Vale").
_SEAT_NAME = r"[A-Z][\w'’-]*(?:,? (?:and|upon|on|under|&|[A-Z][\w'’-]*))*"
# The same in a sentence, where a comma ends the name: "MP for Barset, Jo Bloggs" names Barset, not "Barset, Jo
# Bloggs" (the gazetteer's own comma names, "Southampton, Itchen", are found as known seats).
_SENTENCE_SEAT_NAME = r"[A-Z][\w'’-]*(?: (?:and|upon|on|under|&|[A-Z][\w'’-]*))*"
# A seat's passive verb up to "by": "was captured from the Conservatives by ...", "was held comfortably by ...".
_WON_BY = (rf"(?P<verb>{verbs.alternation(verbs.participles((verbs.WIN,), verbs.SEAT_TAKING, verbs.HOLDING))})"
           rf"(?: (?:back|comfortably|narrowly|easily))?(?: (?:from|off) (?:the )?(?P<from>{P}))? ")
# A party that is not the start of a person's description ("Labour's Jo Bloggs", "the Labour candidate Jo Bloggs").
# Words before a result named as a noun ("a comfortable hold for ...").
_RESULT_ADJ = (r"(?:(?:comfortable|easy|narrow|shock|surprise|stunning|notable|historic|significant|clear|solid|safe|"
               r"dramatic|rare) )?")
_NO_PERSON_AFTER = r"(?!'s|(?: [\w-]+){0,2} <H)"
# The verbs of standing as a party: "won Stroud as the Green candidate", "stood as an independent".
_STOOD = ("won|stood|standing|ran|running|was elected|was re-elected|was returned|has been elected|"
          "has been re-elected|has been returned")
# A loser's passive verb: "was unseated by", "was edged out by".
_BEATEN = verbs.alternation(verbs.participles(verbs.BEATING, verbs.OUSTING, verbs.BEATEN))
# The verbs of beating someone, in the active voice ("beat", "pipping", "saw off").
_BEAT = rf"{NOT_PASSIVE}\b(?:{verbs.alternation(verbs.finite_forms(verbs.BEATING))})\b (?!by\b)"

