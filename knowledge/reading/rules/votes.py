"""Vote rules: how many votes each candidate got."""
from __future__ import annotations

import re

from knowledge.lexicon import verbs
from knowledge.reading.phrases import ANY_P, QUALIFIER, H, N, P
from knowledge.reading.rules.rule import Rule, W, _ex

# One person of a list, with the party a report may give beside the name.
_OWNER = r"(?:(?:the )?<P\d+>'s )?<H\d+>(?: \(<P\d+>\)| of (?:the )?<P\d+>)?"

ROWS: tuple[Rule, ...] = (
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
          _ex("Alice Brennan won Ashfield with 22,310 votes.", W("votes", 22310, "Alice Brennan")),
          _ex("Alice Brennan won Ashfield. Her rival Tom Hale, 39, polled 18,200.", W("votes", 18200, "Tom Hale"))),
         (_ex("Alice Brennan won Ashfield. Brennan, 44, knocked on 3,000 doors.", absent=("votes",)),
          _ex("Alice Brennan won Ashfield, while Tom Hale, 72, came second and Dan Varley, 45, third.",
              absent=("votes",)),
          _ex("Alice Brennan won Ashfield. In 2017 Brennan polled 18,000 votes.", absent=("votes",)),
          # a number a label names is no count ("on moving it from zone 5": "on" is no verb of polling here)
          _ex("Alice Brennan won Ashfield. Brennan, who campaigned on moving Ashfield from fare zone 5 to zone 4, "
              "thanked her team.", absent=("votes",))),
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
              W("votes", 233, "Dan Varley"), W("votes", 139, "Rosa Quint", rule="votes.polled")),
          # an age set off by commas is no count, and does not part the person from the count after it
          _ex("Alice Brennan won Ashfield with 22,310 votes, Tom Hale had 9,800 and the Green Dan Varley, 61, 1,450.",
              W("votes", 1450, "Dan Varley"))),
         (_ex("Alice Brennan won Ashfield with 22,310 votes, and Dan Varley of Rejoin EU spoke to 233 voters.",
              W("votes", 22310, "Alice Brennan", rule="votes.polled"), absent=()),),
         ),
    Rule("votes.bracket", "outcome", "votes", re.compile(r"(<H\d+>) \($"), (), ("votes",),
         (_ex("Alice Brennan won Ashfield with 20,110 votes, ahead of Tom Hale (18,950).",
              W("votes", 18950, "Tom Hale")),),
         (_ex("Alice Brennan won Ashfield. Her opponent Tom Hale (54) conceded.", absent=("votes",)),),
         ),
    Rule("votes.name_party", "outcome", "votes",
         # a list's item in prose: the name, its party in brackets, the figure ("Jo Bloggs (Green) 445")
         re.compile(r"(<H\d+>) \(<P\d+>\) $"), (), ("votes",),
         (_ex("Alice Brennan won Ashfield with 20,110 votes. She was followed by Tom Hale (Lib Dem) 1,447, Dan "
              "Varley (Brexit Party) 1,222 and Rosa Quint (Green Party) 445 as turnout fell.",
              W("votes", 1447, "Tom Hale"), W("votes", 1222, "Dan Varley"), W("votes", 445, "Rosa Quint")),),
         (_ex("Alice Brennan won Ashfield. Tom Hale (Lib Dem) 2,000 leaflets were delivered.", absent=("votes",)),),
         ),
    Rule("votes.respectively", "outcome", "votes",
         # two lists paired in order: the people (each with its party, if given) and their figures
         re.compile(rf"(?P<owners>{_OWNER}(?:(?:,| and|, and) {_OWNER})+) (?P<between>[^<.;]{{1,60}}?)"
                    rf"(?P<figures><N\d+>(?:(?:,| and|, and) <N\d+>)+)(?: votes?)?,? respectively\b", re.I),
         (), ("votes",),
         (_ex("Alice Brennan won Ashfield. Tom Hale and Sam Roe polled 9,000 and 4,000 votes respectively.",
              W("votes", 9000, "Tom Hale"), W("votes", 4000, "Sam Roe")),
          _ex("Alice Brennan won Ashfield. Labour's Tom Hale, Sam Roe of the Greens and Dan Varley (Reform UK) came "
              "second, third and fourth with 9,000, 4,000 and 1,250 votes respectively.",
              W("votes", 9000, "Tom Hale"), W("votes", 4000, "Sam Roe"), W("votes", 1250, "Dan Varley"))),
         (_ex("Alice Brennan won Ashfield. Tom Hale and Sam Roe polled 9,000, 4,000 and 1,200 votes respectively.",
              absent=("votes",)),
          _ex("Alice Brennan won Ashfield. Tom Hale and Sam Roe were 30 and 41 respectively.", absent=("votes",))),
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
         # the rival by role, by name or both: "beat her Labour rival 14,168 to 14,150", "beating Tom Hale 21,791 votes
         # to 16,492" (the second figure is the named rival's, never the first; "beat Tom Hale by N to M" is votes.score)
         re.compile(rf"\b(?:{verbs.alternation(verbs.finite_forms(verbs.BEATING))}) (?:(?:his|her|their|the) )?"
                    rf"(?:[\w-]+ )?(?:(?P<party>{P})(?:'s)? )?(?:(?:rival|opponent|challenger)s?,? (?:(?P<who>{H}),? )?(?:by )?|"
                    rf"(?P<who2>{H}),? )(?P<a>{N})(?: votes?)? to (?P<b>{N})(?! ?(?:%|per ?cent))", re.I),
         (("a", "votes"), ("party", "runner_up_party"), ("who", "runner_up"), ("who2", "runner_up"),
          ("b", "runner_up_votes")), ("votes", "candidate"),
         (_ex("Alice Brennan won Ashfield. Conservative Tom Hale stood again, and Ms Brennan ended the night "
              "beating her Conservative rival 14,168 to 14,150.", W("votes", 14168, "Alice Brennan"),
              W("votes", 14150, "Tom Hale"), W("margin", 18, rule="margin.top_two")),
          _ex("Alice Brennan won Ashfield for Labour. She beat her long-standing rival Tom Hale 21,791 votes to 16,492.",
              W("votes", 21791, "Alice Brennan"), W("votes", 16492, "Tom Hale")),
          _ex("Alice Brennan held Ashfield, beating the Conservatives' Tom Hale 18,003 votes to 9,870.",
              W("votes", 18003, "Alice Brennan"), W("votes", 9870, "Tom Hale"))),
         (_ex("Alice Brennan won Ashfield. Ms Brennan beat her Conservative rival 48.2 per cent to 40.1.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",)),),
         guards=("not-a-fact.change",)),
)
