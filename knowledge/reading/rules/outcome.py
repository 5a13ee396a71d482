"""Outcome rules: who won, and how."""
from __future__ import annotations

import re

from knowledge.lexicon import verbs
from knowledge.lexicon.verbs import alternation
from knowledge.reading.phrases import (
    ANY_P,
    BY_WINNER,
    FILLER,
    NOT_PASSIVE,
    OTHER_PERSON,
    QUALIFIER,
    H,
    N,
    P,
    S,
)
from knowledge.reading.rules.parts import (
    _BEAT,
    _BEATEN,
    _NO_PERSON_AFTER,
    _NOT_SO,
    _RESULT_ADJ,
    _WON_BY,
)
from knowledge.reading.rules.rule import Rule, W, _ex

# The verbs of each row, from the lexicon (knowledge.lexicon.verbs), so the questions know them too.
_LOST = alternation(verbs.stated_forms((verbs.LOSE,)))
# "took Barset from Labour", "snatching it back off the SNP"
_TOOK_FROM = alternation(verbs.stated_forms(verbs.SEAT_TAKING, verbs.RETAKING, (verbs.WIN,), verbs.SECURING))
_TOOK_SEAT_OF = alternation(verbs.stated_forms(verbs.SEAT_TAKING, (verbs.WIN,)))
_HELD_ON = alternation(verbs.stated_forms(verbs.HOLDING_ON))
_HELD = alternation(verbs.pasts(verbs.HOLDING) | verbs.thirds(verbs.HOLDING) | {verbs.RETAIN.ing, "successfully defended"})
_TO_HOLD = alternation(verbs.base_forms(verbs.HOLDING))
# "won Barset", "takes the seat": the past and the headline's present; "to win" after "to" (guarded)
_WON_SEAT = (verbs.WIN, verbs.TAKE, verbs.CAPTURE, *verbs.SECURING)
_WON = alternation(verbs.pasts(_WON_SEAT) | verbs.participles(_WON_SEAT) | verbs.thirds((verbs.WIN, verbs.TAKE)))
_TO_WIN = alternation(verbs.base_forms((verbs.WIN, verbs.TAKE, verbs.CAPTURE, verbs.SECURING[1])))
# "gained", "regained", and the seat-taking verbs that say it changed hands ("snatched Barset", "flips Barset")
_CHANGED_HANDS = tuple(v for v in verbs.SEAT_TAKING if v not in (verbs.TAKE, verbs.CAPTURE))
_GAINED = alternation(verbs.pasts((verbs.GAIN,), verbs.RETAKING, _CHANGED_HANDS)
                      | verbs.thirds((verbs.GAIN,), verbs.RETAKING, _CHANGED_HANDS) | {verbs.GAIN.ing})
_TO_GAIN = alternation(verbs.base_forms((verbs.GAIN,), verbs.RETAKING))
_WON_OUTRIGHT = alternation(verbs.pasts(verbs.WINNING) | verbs.thirds((verbs.WIN,)))
_OVERTURNED = alternation(verbs.stated_forms(verbs.OVERTURNING))
_PARTY_HELD = alternation(verbs.pasts(verbs.HOLDING, (verbs.WIN,), verbs.SEAT_TAKING))
_POLLING = alternation(verbs.ing_forms(verbs.POLLING) | {"on"})
_UNSEATED = alternation(verbs.finite_forms(verbs.OUSTING))
_TO_BEAT = alternation(verbs.base_forms(verbs.BEATING, verbs.OUSTING, verbs.OVERTURNING, (verbs.CATCH,)))
_ROUNDUP_HELD = alternation(verbs.pasts(verbs.HOLDING, verbs.HOLDING_ON))
_FIRMED = alternation({"extended", "extends", "strengthened", "strengthens", "tightened", "tightens", "consolidated",
                       "consolidates", "cemented", "cements", "increased", "increases"})
# Verbs of taking a victory, race or contest ("secured a narrow victory in", "won the battle for"); claiming is
# left out: a candidate claims victory before the count as well as after.
_VICTORY_VERB = alternation(verbs.pasts((verbs.WIN,), (verbs.SECURING[0],)) | verbs.thirds((verbs.WIN,), (verbs.SECURING[0],))
                            | {"clinched", "clinches", "sealed", "seals", "celebrated", "celebrates"})
_SECURED = alternation(verbs.pasts(verbs.SECURING) | verbs.thirds(verbs.SECURING) | verbs.ing_forms(verbs.SECURING)
                       | {"clinched", "clinching", "clinches"})
# What the count made someone: "the new MP for", "the newly elected Labour MP for".
_NEW = r"(?:new|newly[ -](?:re-?)?elected)"
# "became the first Labour MP for Barset": this count's result (unlike "first became MP for", a career's start)
_NEW_OR_FIRST = rf"(?:{_NEW}|first(?: ever)?)"
def _new_mp(party: str) -> str:
    """"new MP for ", "newly elected Labour MP for ", the party captured as `party`."""
    return rf"{_NEW} (?:(?P<{party}>{P}) )?(?:MP|member of parliament) for "

ROWS: tuple[Rule, ...] = (
    # === outcome: who won, and how ==================================================================
    Rule("outcome.headline", "outcome", "headline",
         # a count after the verb is of seats ("Labour holds 26 of the council's 50"), never this seat's outcome
         re.compile(rf"(?P<party>{P}) (?P<kind>gain|hold|win)s?\b(?! (?:all |just |only |on to )?<N)"
                    rf"(?: (?:from|off) (?:the )?(?P<from>{P}))?", re.I),
         (("party", "winner_party"), ("kind", "outcome"), ("from", "previous_party")),
         ("winner_party", "outcome", "previous_party"),
         (_ex("Ashfield: Labour gain from Conservative. Alice Brennan won Ashfield with 19,300 votes.",
              W("outcome", "gain"), W("previous_party", "Conservative"), W("winner_party", "Labour"),
              W("winner", "Alice Brennan", rule="outcome.won")),
          _ex("Bassetlaw - Conservative hold. Tom Hale won Bassetlaw.", W("outcome", "hold"),
              W("previous_party", "Conservative"))),
         (_ex("Tom Hale won Bassetlaw. In 2010, Bassetlaw was a Labour hold.", absent=("outcome",)),
          _ex("Tom Hale won Bassetlaw for Labour. On the district council Labour holds 31 of the 48 seats.",
              absent=("outcome",)),
          _ex("Tom Hale won Bassetlaw for Labour. Across the county the Conservatives gain just 4 seats.",
              absent=("outcome",))),
         strength=3, guards=_NOT_SO),
    Rule("outcome.gain_from", "outcome", "gain_from",
         re.compile(
             rf"\b(?:has |have |had )?(?:{_TOOK_FROM})"
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
         re.compile(rf"\b(?:{_LOST}) (?:(?:his|her|their|the) (?:(?P<seat>{S}) )?seat|(?P<seat2>{S})|it) "
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
         re.compile(rf"\b(?:{_LOST}) (?:his|her|their) (?:(?P<seat>{S}) )?seat\b(?: in (?P<seat2>{S}))?"
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
         re.compile(rf"\b(?:has |have |had )?(?:{_LOST})(?: (?:narrowly|heavily|badly))? in (?P<seat>{S})",
                    re.I),
         (("seat", "seat"),), ("candidate",),
         (_ex("Rosa Quint won Stroud. Tom Hale has lost in Stroud, the count showed.",
              W("candidate", "Tom Hale", "Tom Hale")),),
         (_ex("Rosa Quint won Stroud. Tom Hale lost in Stroud in 2010.", absent=("outcome",)),),
         guards=_NOT_SO),
    Rule("outcome.lost_to_party", "outcome", "lost_seat_to_party",
         re.compile(rf"\b(?:{_LOST})(?: (?:narrowly|heavily|comfortably|decisively|badly))? to (?:the )?"
                    rf"(?P<party>{P}){_NO_PERSON_AFTER}", re.I),
         (("party", "winner_party"),), ("winner_party", "candidate"),
         (_ex("Priya Nandy won Angus. Dan Varley lost to the SNP by 1,830 votes.",
              W("winner_party", "Scottish National Party"), W("candidate", "Dan Varley", "Dan Varley"),
              W("margin", 1830, rule="margin.by"), absent=("outcome",)),),
         (_ex("Priya Nandy won Angus. Dan Varley lost to the SNP in 2010.", absent=("winner_party",)),
          _ex("Priya Nandy won Angus. Dan Varley never lost to the SNP.", absent=("winner_party",))),
         strength=2, guards=_NOT_SO),
    Rule("outcome.took_seat_of", "outcome", "took_seat_of",
         re.compile(rf"\b(?:{_TOOK_SEAT_OF}) (?P<loser>{H})'s "
                    rf"(?:[\w-]+ ){{0,3}}?(?P<party>{P}) seat", re.I),
         (("loser", "loser"), ("party", "previous_party")), ("winner", "outcome", "previous_party", "candidate"),
         (_ex("In Kettering, Labour's Alice Brennan took Tom Hale's safe Conservative seat.",
              W("winner", "Alice Brennan"), W("outcome", "gain"), W("previous_party", "Conservative"),
              W("candidate", "Tom Hale", "Tom Hale")),),
         strength=2, guards=_NOT_SO),
    Rule("outcome.held_on", "outcome", "winner_subject",
         re.compile(
             rf"\b(?:has |have )?(?:{_HELD_ON})(?: (?:to|in|at))?(?: (?:the |his |her |their )?(?P<seat>{S})(?: seat)?)?"
             rf"(?: for (?:the )?(?P<party>{P}))?", re.I),
         (("seat", "seat"), ("party", "winner_party")), ("winner", "winner_party", "outcome"),
         (_ex("Alice Brennan clung on in Bassetlaw for Labour.", W("winner", "Alice Brennan"), W("outcome", "hold"),
              W("winner_party", "Labour"), W("previous_party", "Labour", rule="previous_party.hold")),),
         (_ex("Tom Hale won Bolsover. In 2010 Dan Varley had clung on in Bassetlaw.", absent=("outcome",)),),
         outcome="hold", strength=1, guards=_NOT_SO),
    Rule("outcome.held", "outcome", "winner_subject",
         re.compile(
             rf"\b(?:has |have )?(?:{_HELD}|(?<=\bto )(?:{_TO_HOLD})) (?:(?:hold|control) of )?"
             rf"(?:(?:his|her|their|its) )?(?:(?P<seat>{S})|the seat|(?<=his |her |its )seat|(?<=their )seat)"
             rf"(?: seat)?(?! (?:from|off)\b)(?: for (?:the )?(?P<party>{P}))?",
             re.I),
         (("seat", "seat"), ("party", "winner_party")), ("winner", "winner_party", "outcome"),
         (_ex("Tom Hale retained Bolsover for the Conservatives.", W("winner", "Tom Hale"), W("outcome", "hold"),
              W("winner_party", "Conservative")),
          _ex("In Stroud, Rosa Quint kept the seat comfortably for the Greens.", W("winner", "Rosa Quint"),
              W("outcome", "hold"), W("winner_party", "Green")),
          _ex("Rosa Quint kept hold of Stroud for the Greens.", W("winner", "Rosa Quint"), W("outcome", "hold")),
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
         re.compile(rf"\b(?:has |have )?(?:{_WON}|(?<=\bto )(?:{_TO_WIN}))(?: back)? "
                    rf"(?:(?P<seat>{S})|the (?:[\w-]+ ){{0,2}}?(?:seat|constituency) of (?P<seat2>{S})|the (?P<seat3>{S}) "
                    rf"(?:by-?election|seat|constituency)\b|(?:his|her|their) (?:new )?seat in (?P<seat4>{S})|"
                    rf"(?:his|her|their) (?P<seat5>{S}) seat\b|the seat\b)(?! (?:from|off)\b)", re.I),
         (("seat", "seat"), ("seat2", "seat"), ("seat3", "seat"), ("seat4", "seat"), ("seat5", "seat")),
         ("winner", "winner_party"),
         (_ex("The Liberal Democrats' Helen Marsh won Bath.", W("winner", "Helen Marsh")),
          _ex("Alice Brennan won Ashfield. Labour staged an upset to take the seat of Ashfield.",
              W("winner_party", "Labour")),
          _ex("Omar Kidd took the seat for Plaid Cymru after a long night in Arfon.", W("winner", "Omar Kidd"),
              W("winner_party", "Plaid Cymru")),
          _ex("Party chairman Omar Kidd has also won his seat in Arfon, with a 2,010 majority.", W("winner", "Omar Kidd"),
              W("margin", 2010, rule="margin.n_majority")),
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
          _ex("Tom Hale was re-elected in Bolsover. Labour took the Bath seat in 1997.", absent=("winner_party",)),
          _ex("Tom Hale was re-elected in Bolsover. Dan Varley first won his seat in Bath in 2005.",
              absent=("winner_party",))),
         guards=_NOT_SO),
    Rule("outcome.gained", "outcome", "winner_subject",
         re.compile(rf"\b(?:has |have )?(?:{_GAINED}|(?<=\bto )(?:{_TO_GAIN})) (?:(?P<seat>{S})|the seat\b|the (?P<seat2>{S}) seat\b)"
                    rf"(?! (?:from|off)\b)", re.I),
         (("seat", "seat"), ("seat2", "seat")), ("winner", "winner_party", "outcome"),
         (_ex("In the last result of the night, Labour gained Kensington by just 20 votes. Labour candidate Priya "
              "Nandy was in tears.", W("winner_party", "Labour", rule="party.described"), W("winner", "Priya Nandy", rule="outcome.party_candidate"), W("outcome", "gain"), W("margin", 20, rule="margin.by")),
          _ex("Tom Hale regained Bolsover for the Conservatives.", W("winner", "Tom Hale"), W("outcome", "gain"),
              W("winner_party", "Conservative")),
          _ex("Rosa Quint snatched Stroud while Omar Kidd held Arfon.", W("winner", "Rosa Quint"), W("outcome", "gain"),
              W("winner", "Omar Kidd", rule="outcome.held"))),
         (_ex("Tom Hale won Bolsover. Labour gained Ashfield in 1997.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",)),
          _ex("Tom Hale won Bolsover. Labour gained 40 seats.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",)),
          _ex("Tom Hale won Bolsover. Labour hoped to gain Ashfield.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",)),
          _ex("Tom Hale won Bolsover. The Greens had snatched Stroud in 2010.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("outcome",))),
         outcome="gain", strength=2, guards=_NOT_SO),
    Rule("outcome.won_with", "outcome", "winner_subject",
         # a win with its figure and no seat named: the sentence's seat ("In Barset, Bloggs won with 21,012 votes")
         re.compile(rf"\b(?:has |have |had )?(?:{_WON_OUTRIGHT})(?: (?:comfortably|narrowly|easily|"
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
         re.compile(rf"{NOT_PASSIVE}\b(?:{_OVERTURNED})"
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
             rf"\b(?:(?:came|comes|coming|emerged|emerging) out on top|topped the poll|"
             rf"(?:polled|polling|finished|finishing|came|coming|placed) first\b(?! (?:time|past)\b)|(?:eas|cruis|romp|sweep|swept|"
             rf"storm|sail|coast|glid)\w* (?:home|to (?:a |an )?(?:[\w-]+ )?(?:victory|win))\b)"
             rf"(?: (?:[^<.,]{{0,20}}? )?in (?P<seat>{S}))?", re.I),
         (("seat", "seat"),), ("winner", "winner_party"),
         (_ex("Gareth Owusu romped home in Wrexham for Labour.", W("winner", "Gareth Owusu"),
              W("winner_party", "Labour")),
          _ex("Priya Nandy topped the poll in Peterborough.", W("winner", "Priya Nandy")),
          _ex("In Peterborough, Priya Nandy finished first with 17,420 votes.", W("winner", "Priya Nandy"),
              W("votes", 17420, "Priya Nandy", rule="votes.polled"))),
         (_ex("Tom Hale won Bolsover. In Peterborough Priya Nandy came first in 2015.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("winner_party",)),
          _ex("Priya Nandy came first past the post in a school mock vote.", absent=("winner",))),
         guards=_NOT_SO),
    Rule("outcome.won_in", "outcome", "winner_subject",
         # a win in a place: "Bloggs won in Barset", "triumphed comfortably in Barset", "won the race in Barset"
         re.compile(rf"\b(?:has |have )?(?:{_WON_OUTRIGHT}|(?:{_VICTORY_VERB}) (?:a |an |the )?(?:[\w-]+ )?(?:victory|win|"
                    rf"race|contest|battle|fight|vote))(?: (?:comfortably|narrowly|easily|convincingly|handsomely))?"
                    rf" (?:in|for|of) (?P<seat>{S})", re.I),
         (("seat", "seat"),), ("winner", "winner_party"),
         (_ex("Dan Varley won in Workington by 4,136 votes.", W("winner", "Dan Varley"),
              W("margin", 4136, rule="margin.by")),
          _ex("Helen Marsh secured a narrow victory in Bath.", W("winner", "Helen Marsh")),
          _ex("Labour's Omar Kidd won the battle for Arfon.", W("winner", "Omar Kidd")),
          _ex("Rosa Quint triumphed in Stroud for the Greens.", W("winner", "Rosa Quint"), W("winner_party", "Green"))),
         (_ex("Tom Hale won Bolsover. Labour won in Workington in 1997.", W("winner", "Tom Hale", rule="outcome.won"),
              absent=("winner_party",)),
          _ex("Tom Hale won Bolsover. Rosa Quint is hoping to win the race for Stroud.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("winner_party",)),
          _ex("Tom Hale won Bolsover. Rosa Quint won the vote of the Stroud party members to stand.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("winner_party",))),
         guards=(*_NOT_SO, "not-a-fact.other_office")),
    Rule("outcome.went_to", "outcome", "loser_first",
         # the seat or the victory as the subject: "Victory in Barset went to Jo Bloggs", "the seat went to Labour"
         re.compile(rf"(?:\b[Vv]ictory in (?P<seat>{S})|(?P<seat2>{S})(?: seat)?|\b[Tt]he seat) (?:eventually |finally )?"
                    rf"went to (?:the )?(?:(?P<party>{P}){_NO_PERSON_AFTER}(?!\w)|{FILLER}(?P<winner>{H}))"),
         (("seat", "seat"), ("seat2", "seat"), ("party", "winner_party"), ("winner", "winner")),
         ("winner", "winner_party"),
         (_ex("After a recount, victory in Bath went to Helen Marsh.", W("winner", "Helen Marsh")),
          _ex("In Arfon the seat went to Plaid Cymru's Omar Kidd after a recount.", W("winner", "Omar Kidd"))),
         (_ex("Helen Marsh won Bath. Stroud went to the polls on Thursday.", absent=("winner_party",)),
          _ex("Helen Marsh won Bath. In 2010 the seat went to Labour.", absent=("winner_party",))),
         guards=_NOT_SO),
    Rule("outcome.tightened_hold", "outcome", "winner_subject",
         # a hold told as a grip made firmer: "Bloggs extended his hold on Barset", "tightened their grip in Barset"
         re.compile(rf"\b(?:has |have )?(?:{_FIRMED}) (?:his|her|their|its) (?:hold|grip) (?:on|in|over) (?:the )?"
                    rf"(?P<seat>{S})", re.I),
         (("seat", "seat"),), ("winner", "winner_party", "outcome"),
         (_ex("Omar Kidd extended his hold in Arfon with 15,100 votes.", W("winner", "Omar Kidd"), W("outcome", "hold"),
              W("votes", 15100, "Omar Kidd", rule="votes.polled")),
          _ex("Omar Kidd won Arfon. Plaid Cymru strengthened their hold on Arfon.", W("winner_party", "Plaid Cymru"),
              W("outcome", "hold"))),
         (_ex("Tom Hale won Bolsover. In 2010 the Greens tightened their grip on Stroud.", absent=("outcome",)),
          _ex("Tom Hale won Bolsover. The SNP failed to strengthen its hold on Angus.", absent=("outcome",))),
         outcome="hold", strength=1, guards=_NOT_SO),
    Rule("outcome.secured_majority", "outcome", "winner_subject",
         # the one who secures the seat's majority won it: "Bloggs won 17,153 votes, securing a majority of 1,832"
         re.compile(rf"\b(?:has |have )?(?:{_SECURED}) (?:just |only )?(?:an? |the |his |her |their )?(?:(?:mere|slim|"
                    rf"narrow|comfortable|healthy|huge|big|large|clear|solid|slender|reduced|increased|wafer-thin) )?"
                    rf"(?:majority of {N}|{N}(?:-vote)? majority)", re.I),
         (), ("winner", "winner_party"),
         (_ex("In Arfon, Omar Kidd won 17,153 votes, securing a slim majority of 1,832.", W("winner", "Omar Kidd"),
              W("margin", 1832, rule="margin.majority_of"), W("votes", 17153, "Omar Kidd", rule="votes.polled")),
          _ex("In Arfon the Plaid Cymru candidate Omar Kidd secured a 4,757 majority.", W("winner", "Omar Kidd"))),
         (_ex("In Arfon, Omar Kidd secured a majority of 1,832 in 2017.", absent=("winner",)),
          _ex("Labour secured a majority of 174 across the country.", absent=("winner", "winner_party")),
          _ex("In Arfon, Omar Kidd hoped to secure a majority of 1,832.", absent=("winner",))),
         guards=_NOT_SO),
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
    Rule("outcome.new_mp", "outcome", "elected",
         # the winner named by what the count made them: "Jo Bloggs, the new MP for Barset", "Barset's newly
         # elected MP, Jo Bloggs"; the person is the one beside the description, never a sentence's subject
         re.compile(rf"(?:(?P<who>{H}),? (?:(?:is|was) )?(?:now )?the {_new_mp('party')}(?P<seat>{S})"
                    rf"|\bthe {_new_mp('party2')}(?P<seat2>{S}),? (?P<who2>{H})"
                    rf"|(?P<seat3>{S})'s {_NEW} (?:(?P<party3>{P}) )?MP,? (?P<who3>{H})"
                    rf"|(?P<who4>{H}) (?:is|was) (?:now )?(?P<seat4>{S})'s {_NEW} (?:(?P<party4>{P}) )?MP\b)", re.I),
         (("who", "winner"), ("who2", "winner"), ("who3", "winner"), ("who4", "winner"), ("party", "winner_party"),
          ("party2", "winner_party"), ("party3", "winner_party"), ("party4", "winner_party"), ("seat", "seat"),
          ("seat2", "seat"), ("seat3", "seat"), ("seat4", "seat")),
         ("winner", "winner_party"),
         (_ex("Rosa Quint, the new MP for Stroud, thanked her team.", W("winner", "Rosa Quint")),
          _ex("Omar Kidd, the newly elected Plaid Cymru MP for Arfon, said the count had been long.",
              W("winner", "Omar Kidd"), W("winner_party", "Plaid Cymru")),
          _ex("At the count the newly elected MP for Bath, Helen Marsh, spoke first.", W("winner", "Helen Marsh")),
          _ex("Gareth Owusu is Wrexham's new MP.", W("winner", "Gareth Owusu")),
          _ex("Wrexham's new Conservative MP, Gareth Owusu, was cheered.", W("winner", "Gareth Owusu"),
              W("winner_party", "Conservative", rule="party.described"))),
         (_ex("Tom Hale said the new MP for Stroud would have a hard job.", absent=("winner",)),
          _ex("Rosa Quint, who became the new MP for Stroud in 2010, spoke at the count.", absent=("winner",)),
          _ex("Rosa Quint hopes to be the new MP for Stroud.", absent=("winner",))),
         guards=(*_NOT_SO, "not-a-fact.other_office")),
    Rule("outcome.became_mp", "outcome", "elected",
         # becoming the seat's MP is winning it: "Bloggs has become MP for Barset again", "became Barset's new MP"
         re.compile(rf"(?<!\bfirst )\b(?:has |have )?(?:became|become|becomes) (?:the )?(?:{_NEW_OR_FIRST} )?"
                    rf"(?:(?P<party>{P}) )?(?:woman |female )?MP (?:again )?for (?P<seat>{S})"
                    rf"|(?<!\bfirst )\b(?:has |have )?(?:became|become|becomes) (?P<seat2>{S})'s (?:{_NEW_OR_FIRST} )?"
                    rf"(?:(?P<party2>{P}) )?(?:woman |female )?MP\b", re.I),
         (("party", "winner_party"), ("party2", "winner_party"), ("seat", "seat"), ("seat2", "seat")),
         ("winner", "winner_party"),
         (_ex("Helen Marsh has become MP for Bath again after ten years away.", W("winner", "Helen Marsh")),
          _ex("In the early hours Omar Kidd became Arfon's new Plaid Cymru MP.", W("winner", "Omar Kidd"),
              W("winner_party", "Plaid Cymru")),
          _ex("The result means Gareth Owusu becomes the first Green MP for Wrexham.", W("winner", "Gareth Owusu"),
              W("winner_party", "Green"))),
         (_ex("Tom Hale won Bolsover. Rosa Quint became MP for Stroud in 2010.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("winner_party",)),
          _ex("Rosa Quint first became MP for Stroud after a by-election.", absent=("winner",)),
          _ex("Rosa Quint is hoping to become MP for Stroud.", absent=("winner",))),
         guards=(*_NOT_SO, "not-a-fact.other_office")),
    Rule("outcome.declared_win_for", "outcome", "loser_first",
         # a count's declaration told as the seat's act: "Barset declared a Labour win for Jo Bloggs"
         re.compile(rf"(?P<seat>{S}) (?:has |had )?(?:also |then |finally )?declared (?:an? )?"
                    rf"(?:(?P<party>{P}) )?(?P<verb>win|victory|hold|gain) for (?:the )?{FILLER}(?P<winner>{H})",
                    re.I),
         (("seat", "seat"), ("party", "winner_party"), ("verb", "outcome"), ("winner", "winner")),
         ("winner", "winner_party", "outcome"),
         (_ex("Just after 4am Bath declared a win for Helen Marsh of the Liberal Democrats.",
              W("winner", "Helen Marsh")),
          _ex("Shortly afterwards, Arfon declared a Plaid Cymru hold for Omar Kidd with 14,100 votes.",
              W("winner", "Omar Kidd"), W("outcome", "hold", rule="outcome.headline"),
              W("votes", 14100, "Omar Kidd", rule="votes.polled")),
          _ex("Bath then declared a Liberal Democrat victory for Helen Marsh.", W("winner", "Helen Marsh"),
              W("winner_party", "Liberal Democrat"))),
         (_ex("Tom Hale won Bolsover. In 2015 Arfon declared a win for Omar Kidd.",
              W("winner", "Tom Hale", rule="outcome.won"), absent=("outcome", "winner_party")),),
         strength=2, guards=_NOT_SO),
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
             rf"(?:(?P<loser>{H}) (?:has |had )?)?\b(?:{_LOST}) (?:(?:his|her|their|the) (?:(?P<seat>{S}) )?"
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
         re.compile(rf"(?:(?P<loser>{H}),? (?:has |had )?)?\b(?:{_LOST})"
                    rf"(?: (?:narrowly|heavily|comfortably|decisively|badly))? to (?:the )?{FILLER}(?P<winner>{H})",
                    re.I),
         (("loser", "loser"), ("winner", "winner")), ("winner", "candidate"),
         (_ex("In Stroud the sitting MP lost to the Green Party's Rosa Quint.", W("winner", "Rosa Quint")),
          _ex("In Stroud, Tom Hale lost narrowly to Rosa Quint.", W("winner", "Rosa Quint"),
              W("candidate", "Tom Hale", "Tom Hale"))),
         (_ex("In Stroud, Tom Hale lost to Rosa Quint in 2015.", absent=("winner",)),),
         guards=_NOT_SO),
    Rule("outcome.loser_first.failed_to_beat", "outcome", "loser_first",
         re.compile(rf"(?P<loser>{H}) (?:failed|was unable|could not|couldn't|did not manage) to (?:{_TO_BEAT}) "
                    rf"{FILLER}(?P<winner>{H})", re.I),
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
         re.compile(rf"(?P<party>{P}) (?:has |have )?(?P<verb>{_PARTY_HELD}) (?P<seat>{S}),? "
                    rf"with (?:its |their )?(?:candidate )?(?P<winner>{H}) (?:{_POLLING})\b", re.I),
         (("party", "winner_party"), ("verb", "outcome"), ("seat", "seat"), ("winner", "winner")),
         ("winner", "winner_party", "outcome"),
         (_ex("Labour held Bolsover, with Dan Varley polling 21,500 votes.", W("winner", "Dan Varley"),
              W("party", "Labour", "Dan Varley", rule="outcome.held"),
              W("votes", 21500, "Dan Varley", rule="votes.polled")),),
         (_ex("Labour held Bolsover in 2010, with Dan Varley polling 21,500 votes.", absent=("winner",)),),
         strength=1, guards=_NOT_SO),
    Rule("outcome.respectively", "outcome", "respectively",
         # winners and their seats paired in order: "Jo Bloggs and Sam Roe held Barset and Ashby respectively",
         # with the margins the same way ("by 1,200 and 340 votes respectively")
         re.compile(r"(?P<owners><H\d+>(?:(?:,| and|, and) <H\d+>)+) (?:(?:both |also |narrowly |comfortably )?)"
                    r"(?P<verb>won|held|retained|kept|gained|took|captured|snatched) "
                    r"(?P<seats><S\d+>(?:(?:,| and|, and) <S\d+>)+)"
                    r"(?: by (?P<margins><N\d+>(?:(?:,| and|, and) <N\d+>)+)(?: votes)?)?,? respectively\b", re.I),
         (), ("winner", "outcome", "margin"),
         (_ex("Tom Hale and Sam Roe held Bolsover and Mansfield respectively.", W("winner", "Tom Hale"),
              W("winner", "Sam Roe"), W("outcome", "hold")),
          _ex("Alice Brennan and Tom Hale won Ashfield and Bolsover by 1,200 and 40 votes respectively.",
              W("winner", "Alice Brennan"), W("margin", 1200), W("margin", 40))),
         (_ex("Tom Hale and Sam Roe held Bolsover, Mansfield and Ashfield respectively.", absent=("winner",)),
          _ex("Tom Hale and Sam Roe held Bolsover and Mansfield respectively in 2010.", absent=("winner",))),
         ),
    Rule("outcome.roundup_line", "outcome", "loser_first",
         # a roundup's line: the winner, the party, the seat, then what happened ("Jo Bloggs, Labour, Barset - held")
         re.compile(rf"^\W*(?P<winner>{H}),? (?:\((?P<party>{P})\)|(?P<party2>{P})),? (?P<seat>{S})\s*[-–—:]\s*"
                    rf"(?P<verb>won|wins|held|holds|gained|gains|retained|took|snatched|hold|gain)\b"
                    rf"(?! (?:[\w-]+ )?(?:in|since) <N\d+>)", re.I),
         (("winner", "winner"), ("party", "winner_party"), ("party2", "winner_party"), ("seat", "seat"),
          ("verb", "outcome")),
         ("winner", "winner_party", "outcome"),
         (_ex("Election night roundup\nTom Hale, Labour, Bolsover - held by 3,400 votes\nRosa Quint, Green, Stroud - "
              "gained from the Conservatives by 1,200 votes",
              W("winner", "Tom Hale"), W("winner_party", "Labour"), W("outcome", "hold"), W("winner", "Rosa Quint"),
              W("outcome", "gain")),
          _ex("Results so far\nDan Varley (Conservative), Workington: gain", W("winner", "Dan Varley"),
              W("outcome", "gain"))),
         (_ex("Tom Hale, Labour, Bolsover - held in 2010 by 3,400 votes", absent=("winner", "outcome")),),
         strength=2, guards=_NOT_SO),
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
             rf"{NOT_PASSIVE}\b(?:{_UNSEATED})\b "
             rf"(?!by\b)(?:the )?{FILLER}(?P<loser>{H})", re.I),
         (("loser", "loser"),), ("winner", "outcome", "candidate"),
         (_ex("In Workington, Labour's Gareth Owusu ousted the sitting MP Tom Hale.", W("winner", "Gareth Owusu"),
              W("outcome", "gain"), W("candidate", "Tom Hale", "Tom Hale")),),
         outcome="gain", strength=1, guards=_NOT_SO),
    Rule("outcome.beat", "outcome", "beat",
         # "beat Varley's successor": the winner is read, the one beaten is not Varley
         re.compile(rf"{_BEAT}(?:(?:his|her|their|the) )?{FILLER}(?:(?P<loser>{H}){OTHER_PERSON}|{H}['’]s \w+)", re.I),
         (("loser", "loser"),), ("winner", "candidate"),
         (_ex("In Bridgend, Helen Marsh saw off Dan Varley.", W("winner", "Helen Marsh"),
              W("candidate", "Dan Varley", "Dan Varley")),
          _ex("Rosa Quint won Stroud, beating Tom Hale.", W("candidate", "Tom Hale", "Tom Hale")),
          _ex("In Bridgend, Helen Marsh beat Dan Varley's successor by 900 votes.", W("winner", "Helen Marsh"))),
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
         re.compile(rf"(?P<party>{P}) (?:has |have )?(?:{_ROUNDUP_HELD})(?: to)? (?:(?:all|both|each|<N\d+>) (?:of )?)?(?:its|their|the) (?:[\w-]+ ){{0,6}}?seats\b",
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
)
