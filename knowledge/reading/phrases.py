"""Phrase rules over sentence skeletons (see knowledge.reading.skeleton): families of wording, not sentences.

Each pattern names a family of ways reporters state one kind of fact: who won and how (gain, hold),
by how much, the majority defended, recounts, turnout, electorate. Tokens: <S> seat, <P> party,
<H> person, <N> number.
"""
from __future__ import annotations

import re

H, P, S, N = r"<H(\d+)>", r"<P(\d+)>", r"<S(\d+)>", r"<N(\d+)>"
ANY_P = r"<P\d+>(?:'s)?"
FILLER = rf"(?:(?:[\w'-]+|{ANY_P}),? ){{0,3}}?"

# --- who won, and how --------------------------------------------------------------------------
GAIN_FROM = re.compile(
    rf"\b(?:has |have |had )?(?:taken|took|taking|takes|snatched|snatching|snatches|seized|seizing|captured|"
    rf"capturing|gained|gaining|gains|won|wins|winning|grabbed|grabbing|wrested|wrestled|claimed|claiming)"
    rf"(?: back)? (?:(?:the )?(?P<seat>{S})|the seat|it|the constituency|(?:his|her|their|the) <S\d+> seat)"
    rf"(?: [^<.]{{0,25}}?)? (?:from|off) (?:the )?(?P<party>{P})", re.I)
LOST_SEAT = re.compile(
    rf"\blost (?:his|her|their|the) (?:(?P<seat>{S}) )?seat to (?:the )?(?P<party>{P})", re.I)
TOOK_SEAT_OF = re.compile(
    rf"\b(?:took|taken|taking|takes|snatched|seized|captured|won) (?P<loser>{H})'s (?:[\w-]+ ){{0,3}}?(?P<party>{P}) seat",
    re.I)
HEADLINE = re.compile(rf"(?P<party>{P}) (?P<kind>gain|hold|win)s?\b(?: (?:from|off) (?:the )?(?P<from>{P}))?", re.I)
_NOT_PASSIVE = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bget )(?<!\bgot )"
UNSEAT = re.compile(
    rf"{_NOT_PASSIVE}\b(?:unseat(?:s|ed|ing)?|oust(?:s|ed|ing)|toppl(?:es|ed|ing)|dethron(?:es|ed|ing))\b (?!by\b)(?:the )?"
    rf"{FILLER}(?P<loser>{H})", re.I)
BEAT = re.compile(
    rf"{_NOT_PASSIVE}\b(?:beat|beating|beats|defeat(?:s|ed|ing)?|edg(?:ed|ing) out|pipp(?:ed|ing)|saw off|seeing off|"
    rf"sees off)\b (?!by\b)(?:(?:his|her|their|the) )?{FILLER}(?P<loser>{H})", re.I)
# The loser as subject: "Roe was unseated by Labour's Bloggs", "Roe lost her seat to Bloggs".
_BY_WINNER = rf"by (?:the )?{FILLER}(?P<winner>{H})"
PASSIVE_DEFEAT = re.compile(
    rf"(?P<loser>{H}),? (?:[^<.,]{{0,30}}?)?\b(?:was|were|has been|had been|is|got|having been) "
    rf"(?:narrowly |comfortably |decisively |finally |heavily |soundly )?"
    rf"(?P<verb>defeated|beaten|unseated|ousted|toppled|pipped|edged out|knocked out|dethroned|swept aside|"
    rf"squeezed out|pushed out) (?:[^<.]{{0,20}}? )?{_BY_WINNER}", re.I)
LOST_TO = re.compile(
    rf"(?P<loser>{H}) (?:has |had )?(?:lost|losing|loses) (?:(?:his|her|their|the) (?:(?P<seat>{S}) )?seat(?: in (?P<seat3>{S}))?|"
    rf"(?P<seat2>{S})|it)"
    rf"(?: [^<.]{{0,20}}?)? to (?:the )?{FILLER}(?P<winner>{H})", re.I)
FAILED_TO_BEAT = re.compile(
    rf"(?P<loser>{H}) (?:failed|was unable|could not|couldn't|did not manage) to (?:beat|unseat|oust|defeat|overhaul|"
    rf"topple|catch) {FILLER}(?P<winner>{H})", re.I)
SEAT_PASSIVE = re.compile(
    rf"(?P<seat>{S}) (?:was|has been|had been|is) (?P<verb>won|taken|captured|gained|snatched|seized|held|retained|kept)"
    rf"(?: (?:back|comfortably|narrowly|easily))?(?: (?:from|off) (?:the )?(?P<from>{P}))? {_BY_WINNER}", re.I)
SEAT_LOST_BY = re.compile(
    rf"(?P<seat>{S}) (?:was|has been|had been) lost by (?:the )?{FILLER}(?P<loser>{H}) to (?:the )?{FILLER}"
    rf"(?P<winner>{H})", re.I)
GAIN_VERBS = frozenset({"unseated", "ousted", "toppled", "dethroned", "taken", "captured", "gained", "snatched",
                        "seized"})
HELD_ON = re.compile(
    rf"\b(?:has |have )?(?:held on|hung on|hanging on|clung on|clinging on|clings on|hangs on|holding on|held onto)"
    rf"(?: (?:to|in|at))?(?: (?:the |his |her |their )?(?P<seat>{S})(?: seat)?)?(?: for (?:the )?(?P<party>{P}))?", re.I)
HELD = re.compile(
    rf"\b(?:has |have )?(?:held|retained|retains|retaining|kept|keeps|holds|successfully defended) "
    rf"(?:(?:his|her|their|its) )?(?:(?P<seat>{S})|the seat)(?: seat)?(?: for (?:the )?(?P<party>{P}))?", re.I)
REELECTED = re.compile(r"\bre-?elected\b", re.I)
REELECTED_MP = re.compile(rf"\bre-?elected MP,? (?P<who>{H})", re.I)
WON = re.compile(
    rf"\b(?:has |have )?(?:won|wins|took|taken|takes|captured|secured|claimed)(?: back)? (?:(?P<seat>{S})|the seat\b)"
    rf"(?! (?:from|off)\b)", re.I)
# "Bloggs came out on top in Barset", "easing to victory for Labour in Barset", "topped the poll".
WON_IDIOM = re.compile(
    rf"\b(?:(?:came|comes|coming|emerged|emerging) out on top|topped the poll|(?:eas|cruis|romp|sweep|swept|storm|sail|"
    rf"coast|glid)\w* (?:home|to (?:a |an )?(?:[\w-]+ )?(?:victory|win))\b)(?: (?:[^<.,]{{0,20}}? )?in (?P<seat>{S}))?", re.I)
ELECTED = re.compile(r"\b(?:was|has been|is|were|have been) (?:elected|returned|declared (?:the )?(?:winner|victor))\b",
                     re.I)
STILL_MP = re.compile(rf"\b(?:is still|remains) (?P<seat>{S})'s MP\b", re.I)
ROUNDUP_HOLD = re.compile(
    rf"(?P<party>{P}) (?:has |have )?(?:held on to|held onto|held|retained|kept|clung on to|hung on to) "
    rf"(?:(?:all|both|each|<N\d+>) (?:of )?)?(?:its|their|the) (?:[\w-]+ ){{0,6}}?seats\b", re.I)
FOR_PARTY = re.compile(rf"^ ?(?:[^<.,]{{0,30}}?)for (?:the )?(?P<party>{P})(?!\w)", re.I)
ROLE = re.compile(
    rf"\b[Tt]he (?P<adj>(?:victorious|new|re-elected|winning|successful|defeated|losing|outgoing|sitting|incumbent) )?"
    rf"(?P<party>{P}) (?:man|woman|MP|candidate|member|incumbent|challenger|hopeful|nominee)\b")
WINNER_ADJECTIVES = frozenset({"victorious", "new", "re-elected", "winning", "successful"})

# --- by how much --------------------------------------------------------------------------------
_QUALIFIER = r"(?:just |only |a mere |a slim |a slender |a wafer-thin |a narrow )?"
MARGIN_OF = re.compile(rf"\b(?:margin|majority)(?::|(?: (?:was|is|of|stood at|:))+) {_QUALIFIER}(?P<n>{N})", re.I)
MARGIN_BY = re.compile(
    rf"\bby {_QUALIFIER}(?:a (?:slender |slim |narrow |wafer-thin )?(?:margin|majority) of )?{_QUALIFIER}"
    rf"(?P<n>{N}) votes?\b", re.I)
# "increased her majority by 3,000 votes", "a swing of": a change, not the margin.
CHANGE_BEFORE = re.compile(
    r"\b(?:increas|grew|grow|rose|rise|risen|boost|doubl|halv|cut|reduc|slash|fell|fall|fallen|drop|swing|swung|"
    r"improv|extend|up|down)\w*\b[^<.]{0,30}$", re.I)
# After "by N votes": " to (the Conservative's | Roe's) M", a score of two candidates' votes.
SCORE_TAIL = re.compile(rf" to (?:(?:the )?{ANY_P} |<H\d+>'s )?{N}")
SCORE = re.compile(rf"\bby (?P<a>{N}) votes? to (?:(?:the )?(?P<party>{P})(?:'s)? |(?P<who>{H})'s )?(?P<b>{N})", re.I)
MARGIN_AHEAD = re.compile(rf"(?P<n>{N}) votes? (?:ahead|clear)\b", re.I)
# Margins in idiom: "just two votes in it", "two more than Riches", "only 40 votes separated them", "17 clear of".
MARGIN_IDIOM = re.compile(
    rf"(?P<n>{N}) votes? in it\b|(?P<m>{N}) (?:votes? )?more than (?:the )?(?:[\w-]+ ){{0,2}}?<[HP]\d+>|"
    rf"(?P<k>{N}) votes? separated\b|\bseparated by {_QUALIFIER}(?P<j>{N}) votes?\b|(?P<c>{N}) (?:votes? )?clear of\b", re.I)
MARGIN_CUT = re.compile(
    rf"\b(?:majority|margin)[^<.]{{0,40}}?\b(?:cut|reduced|slashed|trimmed|down|fell|fallen|shrunk|shrank) to "
    rf"{_QUALIFIER}(?P<n>{N})", re.I)
MAJORITY_LINE = re.compile(rf"^(?:{P} )?majority:? (?P<n>{N})\W*$", re.I)
NOT_THIS_MARGIN = re.compile(
    r"(?:defend\w*|overturn\w*|wip\w+ out|eras\w+|overc[ao]m\w*|notional|previous|Commons|overall|working|national|"
    r"government's|parliamentary|inherit\w*|sitting on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:\w+\s+)?$", re.I)
WIN_CUE = re.compile(
    r"\b(?:won|win|wins|winning|held|hold|holds|retain\w*|kept|clung|hung|taken|took|taking|take|beat|beating|unseat\w*|defeat\w*|"
    r"majority|margin|ahead|elected|victory|gain\w*|snatched|captured|seized|edged|pipped|clinging|lost|losing)\b", re.I)

# --- the majority defended ----------------------------------------------------------------------
PREVIOUS_MAJORITY = re.compile(
    rf"\b(?:defending|defended|defend|defends|overturn(?:ed|ing|s)?|overcame|overcoming|overcome|wip(?:ed|ing|es) out|"
    rf"eras(?:ed|ing)|overhaul(?:ed|ing)|inherited|sitting on|notional|previous)"
    rf"(?: (?:a|an|the|his|her|their|its|a notional|the notional))? "
    rf"(?:(?:majority|margin) of {_QUALIFIER}(?P<a>{N})|(?P<b>{N})(?:-vote)? (?:{ANY_P} )?majority)", re.I)
MAJORITY_DEFENDED = re.compile(
    rf"(?P<n>{N})(?:-vote)? majority (?:that |which )?(?:{H} |she |he |they |the \w+ |it )?"
    rf"(?:was|were|had been|is|had) (?:defending|defended)", re.I)
PREVIOUS_MAJORITY_OF = re.compile(
    rf"\b(?:previous|last) majority (?:of|was) (?P<n>{N})|\bmajority (?:at|in) the (?:last|previous) "
    rf"(?:general )?election (?:was|of) (?P<m>{N})", re.I)

# --- recounts, turnout, electorate ---------------------------------------------------------------
RECOUNT = re.compile(r"\bre-?count(?:s|ed|ing)?\b", re.I)
# A recount asked for and not held, or held back: "decided against it", "was not needed".
RECOUNT_DECLINED = re.compile(
    r"\bre-?count\w*\b[^.]{0,80}?\b(?:decided against|decided not to|chose not to|opted not to|thought better|"
    r"was not (?:needed|necessary|required|granted|allowed)|were not (?:needed|necessary)|withdr[ae]w\w*|dropped)\b", re.I)
# Talk of a recount that may or may not come: no fact either way.
RECOUNT_SPECULATIVE = re.compile(
    r"\b(?:might|may|could|would|threaten\w*|warn\w*|consider\w*|hop\w+|expect\w*|likely|possible|possibility|"
    r"talk of|rumou?r\w*)\b[^.]{0,40}?\bre-?count", re.I)
RECOUNT_AGAIN = re.compile(
    r"\b(?:counted|checked|gone through|went through|re-?checked) (?:again|once more|a second time)\b", re.I)
RECOUNT_NEGATED = re.compile(
    r"\b(?:no|not|n't|never|without|nobody|no one|neither)\b[^.]{0,60}?\b(?:recount|(?:counted|checked) "
    r"(?:again|once more))|\brecount\w*\b[^.]{0,60}?\b(?:refused|rejected|turned down|denied|declined|"
    r"not (?:needed|necessary|required)|unnecessary|ruled out)\b", re.I)
RECOUNT_CARDINAL = re.compile(
    rf"(?:(?P<n>{N})|\b(?P<a>a|one|another)) (?!votes?\b)(?:[a-z-]+ )?re-?counts?\b", re.I)
RECOUNT_ORDINAL = re.compile(
    r"\b(?P<o>second|third|fourth|fifth|sixth|seventh) (?:full |partial )?(?:re-?count|count)\b", re.I)
RECOUNTED_TIMES = re.compile(rf"\brecounted (?P<w>twice|three times|four times|(?P<n>{N}) times)\b", re.I)
SERIES = re.compile(r"\b(?:series|number|succession|string) of recounts\b", re.I)
TURNOUT = re.compile(
    rf"\bturnout\b[^<.]{{0,40}}?(?P<n>{N}) ?(?:per ?cent|%)|(?P<m>{N}) ?(?:per ?cent|%) turnout", re.I)
NOT_LOCAL = re.compile(r"\b(?:national\w*|across the (?:country|UK|region)|UK-wide|overall|average)\b", re.I)
ELECTORATE = re.compile(
    rf"\belectorate:? (?:of |was |stood at |: ?)?(?P<a>{N})|(?P<b>{N}) (?:registered )?(?:voters|electors) on the "
    rf"(?:electoral )?(?:register|roll)|\bout of (?P<c>{N}),? (?:a turnout|registered|eligible|possible)", re.I)
VALID_VOTES = re.compile(rf"(?P<n>{N}) valid votes", re.I)
# All ballots cast: "Total 50,497", "total votes cast: 45,910", "the total poll was 39,004", "48,112 ballots
# were cast"; never a party's or a candidate's total ("a total of 21,285 votes", "a total of 365 seats").
_NOT_BALLOTS = r"(?! ?(?:votes?\b(?! cast)|seats?\b|recounts?\b|candidates?\b|per ?cent|%|of the\b|for\b))"
BALLOTS = re.compile(
    rf"\btotal(?: (?:votes?|ballots?|ballot papers|poll))?(?: cast)?(?: (?:was|were|of|stood at|came to))?:? "
    rf"(?P<n>{N}){_NOT_BALLOTS}|(?P<m>{N}) (?:ballots|ballot papers|votes) (?:in all |in total )?(?:were |had been )?"
    rf"cast\b(?! for| in favour)", re.I)
DECLARED = re.compile(
    r"\b(?:declared|declaration|read out|announced|result came)\b.{0,50}?\b(?P<t>(?:just |shortly |well |soon )?"
    r"(?:before|after|at|around|at around|about) \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm))", re.I)

# --- candidates ---------------------------------------------------------------------------------
ATTRIBUTION = (
    re.compile(rf"(?P<party>{P})(?:'s)? (?P<who>{H})"),
    re.compile(rf"(?P<party>{P}) (?:[\w-]+ ){{0,2}}?(?:candidate|challenger|opponent|MP|leader|hopeful|rival|nominee|"
               rf"councillor|member|incumbent|AM|MSP|MEP|minister|contender|man|woman)s? (?P<who>{H})"),
    re.compile(rf"(?P<who>{H}) \((?P<party>{P})\)"),
    re.compile(rf"(?P<who>{H}) \((?:[\w-]+ ){{1,2}}(?P<party>{P})(?: [\w-]+){{0,2}}\)"),  # "(outgoing Labour MP)"
    re.compile(rf"(?P<who>{H}) of (?:the )?(?P<party>{P})"),
    re.compile(rf"(?P<who>{H}), (?:the )?(?P<party>{P}) (?:candidate|MP|challenger|incumbent|member)"),
    re.compile(rf"(?P<who>{H}), (?:who (?:was |is )?)?standing for (?:the )?(?P<party>{P})"),
    re.compile(rf"(?P<who>{H})'s (?:[\w-]+ ){{0,2}}?(?P<party>{P}) seat"),
)
STANDING_FOR = re.compile(rf"(?P<who>{H}),? (?:who (?:was |is )?)?standing for (?:the )?"
                          r"(?P<party><P\d+>|[A-Z][\w'’-]*(?: (?:and|of|for|the|[A-Z][\w'’-]*))*)")
CANDIDATE_ROLE = re.compile(
    rf"\b(?:candidate|challenger|opponent|rival|contender|hopeful|nominee)s? (?P<who>{H})|"
    rf"(?P<who2>{H}), (?:the )?(?:{ANY_P} )?(?:candidate|challenger)\b", re.I)
PLACEMENT = re.compile(
    r"\b(?:finished|finishing|came|coming|ended|ending|trailed|trailing|was|were|is|are)\b"
    r"(?: (?:a|an|in|well|some way|far|further|a long way|distant|clear|close|narrowly|only|way|poor|strong))*"
    r" (?:second|third|fourth|fifth|sixth|seventh|last|behind|back|runner-up|runners-up)\b|\btrail(?:ed|ing)\b",
    re.I)
AHEAD_OF = re.compile(
    rf"(?:\b(?:ahead of|behind|in front of|pushing|pushed)|<N\d+>(?: votes?)? over) (?:the )?{FILLER}(?P<who>{H})", re.I)
FURTHER_BACK = re.compile(rf"(?P<who>{H}) (?:further|well|far|a long way|some way) (?:back|behind)\b", re.I)
RELATIVE_CLAUSE = re.compile(
    r", (?:who|which|whose|standing|a|an|the|now|then|once|aged|himself|herself)\b[^,]*,|, <N\d+>,")

# --- the time a clause speaks of ----------------------------------------------------------------
YEARS_AGO = re.compile(rf"(?:(?P<n>{N})|\b(?P<w>a)) (?:years?|decades?) (?:ago|earlier|before)\b", re.I)
LAST_ELECTION = re.compile(r"\b(?:last time|(?:at|in) the (?:last|previous) (?:general )?election|last general election)\b",
                           re.I)
HISTORY = re.compile(
    rf"\b(?:since|first (?:won|elected|took|captured|gained|stood)|by-election|had (?:been )?(?:held|won|taken|represented|"
    rf"captured|returned)|the (?:old|former|abolished|predecessor) <S\d+>|for (?:{N}|\w+|more than {N}) (?:years|decades)|for a generation|previously|once held|"
    rf"used to|that year|the (?:following|previous) year|the year before)\b", re.I)
PAST_OPENING = re.compile(
    rf"^(?:back |but |and )?(?:(?:{N}|a|two|five) (?:years?|decades?) (?:ago|earlier|before)|in {N}\b|"
    rf"at the (?:last|previous)|last time|in the (?:last|previous) (?:general )?election)", re.I)
PRESENT_OPENING = re.compile(
    r"^(?:but |and |yet )?(?:this time|now|tonight|this year|on (?:thursday|friday)|yesterday|last night|"
    r"this morning|overnight|in the end)\b", re.I)
CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[–—]\s+|\s+-\s+|\s+(?:but|while|whereas)\s+|\s+(?=(?:who|which)\s)")
