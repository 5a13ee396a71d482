"""Not-a-fact rules: the guards checked before a match counts."""
from __future__ import annotations

import re

from knowledge.reading.phrases import ANY_P, N
from knowledge.reading.rules.parts import (
    _NATIONAL,
    _RECOUNT_ABSENT,
)
from knowledge.reading.rules.rule import Rule, W, _ex

ROWS: tuple[Rule, ...] = (
    # === not a fact: guards =========================================================================
    Rule("not-a-fact.negated", "not-a-fact", "guard",
         re.compile(r"\b(?:never|not|n't|no longer)\s(?!only\b)(?:[a-z]+ly\s)?$"
                    r"|\b(?:not|never|nowhere near|far from) (?:quite |nearly )?enough to\s$", re.I), (), (),
         (_ex("Tom Hale has never won Bath.", absent=("winner",)),
          _ex("Tom Hale was not re-elected in Bath.", absent=("winner",)),
          _ex("Alice Brennan won Bath. Tom Hale did well, but not enough to keep his seat.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome",))),
         scope="before"),
    Rule("not-a-fact.hypothetical", "not-a-fact", "guard",
         re.compile(r"\b(?:would|could|might|should|may)(?:n't| not| never)? (?:have |be |well )?$", re.I), (), (),
         (_ex("Tom Hale would have held Bath without the new boundaries.", absent=("winner", "outcome")),),
         scope="before"),
    # "X and Y won A and B respectively" pairs its lists in order (outcome.respectively, votes.respectively); every
    # other rule gives such a sentence no fact rather than a wrong one.
    Rule("not-a-fact.respectively", "not-a-fact", "guard", re.compile(r"\brespectively\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Tom Hale and Sam Roe held Bolsover and Mansfield respectively.",
              W("winner", "Alice Brennan", rule="outcome.won")),
          _ex("Alice Brennan and Tom Hale won Ashfield, Bolsover and Mansfield by 1,200 and 40 votes respectively.",
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
                    r"sought|seek\w*|want\w*|need\w*|vow\w*|plan\w*|hop\w+|aim\w*|set|chance|target\w*) to $"
                    # kept from winning: "appearing to prevent them taking the seat"
                    r"|\b(?:prevent\w*|stop\w*|keep\w*|kept|den(?:y|ied|ying)) (?:\w+ |<[HP]\d+>(?:'s)? )(?:from )?$",
                    re.I), (), (),
         (_ex("Tom Hale won Bolsover. In Bath, the Greens tried to take the seat.", absent=("winner_party",)),
          _ex("Tom Hale held Bath. Dan Varley split the vote, preventing Labour taking the seat from the Tories.",
              W("winner", "Tom Hale", rule="outcome.held"), absent=("previous_party",)),
          _ex("Tom Hale held Bath, and a late swing stopped Dan Varley from winning Bath.",
              W("winner", "Tom Hale", rule="outcome.held"))),
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
                    r"seized|edged|pipped|clinging|clings?|hang|hangs|hanging|survived?|survives|lost|losing)\b", re.I), (), (),
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
         re.compile(r"\b(?:not|rather than|instead of) (?:even )?(?:the |his |her |their )?(?:(?:<P\d+>(?:'s)?|[a-z]+) )"
                    r"{0,2}<[HP]\d+>(?:'s \w+)?(?:,| who| that)\s*$", re.I), (), (),
         (_ex("It was not Tom Hale who took Bath.", absent=("winner",)),
          _ex("Alice Brennan won Ashfield. In Bath, it was not the Greens who held the seat.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("outcome",)),
          _ex("Rosa Quint, and not Tom Hale, won Bath.", absent=("winner",)),
          _ex("Rosa Quint, rather than her Green rival Tom Hale, won Bath.", absent=("winner",)),
          _ex("Rosa Quint, instead of the Labour candidate Tom Hale, took Bath.", absent=("winner",))),
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
                    r"\bas (?:an? |the )?(?:\w+ )?(?:councillor|mayor|MSP|MEP|MLA|AM)\b|"
                    # a mayor or commissioner elected, or a count by preferences: never a Westminster count
                    r"\b(?:mayor|commissioner|PCC|MSP|MEP|MLA)s? (?:was |were )?(?:first )?(?:re-?)?elected\b|"
                    r"\b(?:first|second)[- ]preferences?\b", re.I), (), (),
         (_ex("Tom Hale won a seat on the county council with 2,300 votes.", absent=("winner", "votes")),
          _ex("Tom Hale, the city's mayor elected last year by 4,100 votes, was at the count, where Alice Brennan "
              "held Ashfield by 900 votes.", W("margin", 900, rule="margin.by")),
          _ex("Alice Brennan won Ashfield by 900 votes. Tom Hale won the county by 3,300 on second preferences.",
              W("margin", 900, rule="margin.by")),
          _ex("Tom Hale held Cardiff North in the Senedd election by 1,900 votes.", absent=("winner", "margin")),
          _ex("Alice Brennan won Ashfield. Tom Hale won the PCC election with 98,000 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",))),
         (_ex("Alice Brennan, a former councillor, won Ashfield with 21,400 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"),
              W("votes", 21400, "Alice Brennan", rule="votes.polled")),),
         scope="clause"),
    # A contest won earlier in the sentence that is no seat: "won the Labour leadership, beating ...".
    Rule("not-a-fact.other_contest_won", "not-a-fact", "guard",
         re.compile(r"\b(?:won|wins|winning|took|taking|secured|securing) (?:the )?(?:<P\d+>(?:'s)? )?(?:party )?"
                    r"(?:deputy )?(?:leadership|mayoralty|nomination|selection)\b[^.;]*$", re.I), (), (),
         (_ex("Tom Hale won the Green leadership with 61 per cent, beating Rosa Quint and Dan Varley.",
              absent=("winner", "candidate")),
          _ex("Alice Brennan won Ashfield, beating Tom Hale.", W("winner", "Alice Brennan", rule="outcome.won"),
              W("candidate", "Tom Hale", "Tom Hale", rule="outcome.beat"))),
         scope="before"),
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
    # A seat's figure in a list counts as its turnout only after the word turnout ("Turnout was high: Barset at 68%").
    Rule("not-a-fact.no_turnout_word", "not-a-fact", "guard", re.compile(r"\bturn-?out\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield. Labour's vote held up, Ashfield at 48 per cent.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("turnout_percent",)),),
         scope="before", blocks_unless_found=True),
)
