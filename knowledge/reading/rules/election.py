"""Election rules: which election a figure belongs to."""
from __future__ import annotations

import re

from knowledge.reading.phrases import ANY_P, QUALIFIER, H, N
from knowledge.reading.rules.rule import Rule, W, _ex

ROWS: tuple[Rule, ...] = (
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
    Rule("election.retracted", "election", "era",
         # a sentence that is only a retraction ("That was wrong.") takes back the sentence before it: no fact
         re.compile(r"^\W*(?:(?:that|this|it|the (?:report|claim|figure|result|story))(?: report| claim| figure)? "
                    r"(?:was|is|has been|turned out to be|proved) (?:(?:quite |simply |completely )?(?:wrong|incorrect|"
                    r"inaccurate|mistaken|untrue|false|premature|an error|a mistake)|not (?:the case|true|correct|right|"
                    r"so))|we (?:were|are) wrong|(?:not|wrong) so|we got (?:that|it) wrong)\W*$|"
                    # or one that opens by taking back what came before ("No: she polled 31,576.")
                    r"^\W*(?:no|sorry|wait|not quite|hardly|not so)\s*[,:;—–]", re.I), (), (),
         (_ex("Update: we said at midnight that Labour had gained Ashfield. That was wrong. Alice Brennan held "
              "Ashfield for the Conservatives.", W("winner_party", "Conservative", rule="outcome.held"),
              W("outcome", "hold", rule="outcome.held")),
          _ex("Our first report gave Tom Hale the seat of Ashfield by 300 votes. This is incorrect. Alice Brennan won "
              "Ashfield for Labour.", W("winner", "Alice Brennan", rule="outcome.won"), absent=("margin",)),
          _ex("Tom Hale won Ashfield with 20,250 votes? No: Alice Brennan won Ashfield, with 31,576 votes.",
              W("winner", "Alice Brennan", rule="outcome.won"),
              W("votes", 31576, "Alice Brennan", rule="votes.polled"))),
         (_ex("Alice Brennan won Ashfield by 900 votes. Her rivals called the recount decision wrong.",
              W("margin", 900, rule="margin.by")),
          _ex("Alice Brennan won Ashfield by 900 votes. No recount was needed.", W("margin", 900, rule="margin.by"))),
         ),
    Rule("election.self_corrected", "election", "era",
         # a reporter taking back words in the sentence itself ("took Barset... no, that count is on Saturday"):
         # what comes before the correction is no fact
         re.compile(r"(?:\.\.\.|…|\?)\s*(?:no|sorry|wait|not quite|hardly|not so|or rather)\b", re.I), (), (),
         (_ex("Alice Brennan won Ashfield by 900 votes. Tom Hale took Bolsover... no, Bolsover counts on Saturday.",
              W("winner", "Alice Brennan", rule="outcome.won")),),
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
)
