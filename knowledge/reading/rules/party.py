"""Party rules: who stands for which party."""
from __future__ import annotations

import re

from knowledge.reading.phrases import H, P
from knowledge.reading.rules.parts import (
    _STOOD,
)
from knowledge.reading.rules.rule import Rule, W, _ex

ROWS: tuple[Rule, ...] = (
    # === party: who stands for which party ==========================================================
    Rule("party.possessive", "party", "attribution", re.compile(rf"(?P<party>{P})(?:'[sS])? (?P<who>{H})"),
         (("party", "party"), ("who", "candidate")), ("party",),
         (_ex("Labour's Alice Brennan won Ashfield.", W("party", "Labour", "Alice Brennan")),
          _ex("LABOUR'S Alice Brennan won Ashfield.", W("party", "Labour", "Alice Brennan"))),
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
         re.compile(rf"(?P<who>{H}),? (?:[\w-]+ ){{0,2}}?(?:{_STOOD}|sits|sat)(?: again| once more)?(?: <S\d+>)? "
                    rf"(?:as (?:an? |the )?(?P<party>{P})|(?<=elected )(?:the |an? )?(?P<party2>{P}) MP\b)"),
         (("who", "candidate"), ("party", "party"), ("party2", "party")), ("party",),
         (_ex("Rosa Quint narrowly won Stroud as the Green candidate.", W("party", "Green", "Rosa Quint")),
          _ex("Tom Hale, standing again as a Conservative, won Stroud.", W("party", "Conservative", "Tom Hale")),
          _ex("Rosa Quint was elected Green MP for Stroud.", W("party", "Green", "Rosa Quint")),
          _ex("Rosa Quint has been elected as the Green MP for Stroud.", W("party", "Green", "Rosa Quint"))),
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
             rf"veteran|stalwart|figure)\b"
             # no party named: only the one the count made the winner ("the winning candidate", "the new MP")
             rf"|\b[Tt]he (?P<winner_adj>victorious|winning|successful|new|re-elected) (?:candidate|MP)\b(?! for\b)"),
         (("adj", "role"), ("party", "party"), ("winner_adj", "role")), ("party", "votes"),
         (_ex("Alice Brennan won Ashfield. The victorious Labour candidate polled 21,000 votes.",
              W("party", "Labour", "Alice Brennan"), W("votes", 21000, "Alice Brennan", rule="votes.polled")),
          _ex("Alice Brennan was re-elected in Ashfield. The long-serving Labour politician polled 21,000 votes.",
              W("party", "Labour", "Alice Brennan"), W("votes", 21000, "Alice Brennan", rule="votes.polled")),
          _ex("Alice Brennan held Ashfield. The winning candidate received 17,281 votes.",
              W("votes", 17281, "Alice Brennan", rule="votes.polled"))),
         (_ex("Alice Brennan held Ashfield. The defeated candidate received 9,100 votes.", absent=("votes",)),),
         ),
)
