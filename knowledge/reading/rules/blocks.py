"""Result-block rules: rows and the lines around them."""
from __future__ import annotations

import re

from knowledge.reading.phrases import N, P
from knowledge.reading.rules.rule import Rule, W, _ex

# The word turnout ("turnout", "turn-out"; "turn out" only as a noun: "a turn out of 61%").
_TURNOUT = r"(?:\bturn-?out\b|\b(?:a|the) turn out\b)"

ROWS: tuple[Rule, ...] = (
    # === result blocks: rows and the lines around them ==============================================
    Rule("block.row", "result-block", "block", None, (), ("candidate", "party", "votes"),
         (_ex("Ashford\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500",
              W("votes", 21000, "Helen Marsh"), W("party", "Conservative", "Tom Hale"),
              W("candidate", "Tom Hale", "Tom Hale")),
          # a broadcaster's field blocks: place and party, name, then one labelled field per line
          _ex("Ashford\n1. Green\nRosa Quint\n• Votes: 9,120\n• Vote share %: 40.2\n• Vote share change: +11.0\n"
              "2. Conservative\nTom Hale\n• Votes: 8,800\n• Vote share %: 38.8\n• Vote share change: -2.1",
              W("votes", 9120, "Rosa Quint"), W("party", "Green", "Rosa Quint"), W("votes", 8800, "Tom Hale"),
              W("winner", "Rosa Quint", rule="outcome.most_votes")),
          # the inline style: the candidate's fields on one line after the name, its party on the lines before
          _ex("Ashford\nParty\nGRN\nGreen\nRosa Quint Votes 9,120 Vote share 40.2 Net change +11.0\n"
              "Party\nAFP\nAshford First\nTom Hale Votes 8,800 Vote share 38.8 Net change +38.8",
              W("votes", 9120, "Rosa Quint"), W("party", "Ashford First", "Tom Hale"), W("votes", 8800, "Tom Hale")),
          # the tail of a list: small numbers, parties the lexicon does not know or misspells
          _ex("Ashford\nRosa Quint - Green - 9,120 (40.2%)\nTom Hale - Ashford Indepedents - 880 (3.9%)\n"
              "Dan Varley - Kentish Family Party - 31 (0.1%)",
              W("party", "Ashford Indepedents", "Tom Hale"), W("votes", 31, "Dan Varley"),
              W("party", "Kentish Family Party", "Dan Varley")),
          # a row the parsers cannot read ("1.928") does not end a bulleted list
          _ex("Ashford\n• Rosa Quint (Green) 9,120\n• Sam Roe (Ind) 1.928\n• Tom Hale (Con) 880",
              W("votes", 880, "Tom Hale"))),
         # a share or a change is never votes, however it is labelled
         (_ex("Ashford\n1. Green\nRosa Quint\n• Vote share %: 40.2\n• Vote share change: +11.0\n"
              "2. Conservative\nTom Hale\n• Vote share %: 38.8\n• Vote share change: -2.1", absent=("votes",)),
          _ex("Ashford\nRosa Quint Vote share 40.2 Net change 11\nTom Hale Vote share 38.8 Net change 38",
              absent=("votes",)),
          # two names set apart by a comma are not a name and a party
          _ex("Ashford\nIn Ashford, Rosa Quint 9,120\nOn the night, Tom Hale 880", absent=("votes", "party"))),
         ),
    Rule("block.party_box", "result-block", "block", None, (), ("winner", "votes"),
         # a box of the parties' votes under its year, the winner named elsewhere as the current MP
         (_ex("Gedling\n\n2019 Result:\nLabour: 20,112 (44.0%)\nConservative: 20,005 (43.8%)\n"
              "Green: 1,090 (2.4%)\nMAJORITY: 107 (0.2%)\n\nCurrent MP\nJO PINK (Labour) A former teacher.",
              W("winner", "Jo Pink"), W("votes", 20112, "Jo Pink", rule="block.row"),
              W("margin", 107, rule="margin.majority_of")),),
         # an older box is not this election's; an MP whose party does not top the box is not its winner
         (_ex("Gedling\n\n2017 Result:\nLabour: 20,112 (44.0%)\nConservative: 20,005 (43.8%)\n"
              "MAJORITY: 107 (0.2%)\n\nCurrent MP: JO PINK (Labour)", absent=("winner", "votes")),
          _ex("Gedling\n\n2019 Result:\nLabour: 20,112 (44.0%)\nConservative: 20,005 (43.8%)\n"
              "\nCurrent MP: SAM ROE (Conservative)", absent=("winner", "votes"))),
         ),
    Rule("check.winner_is_list_top", "result-block", "conclude", None, (), ("winner",),
         # where a result list gives the votes, a winner it contradicts is not stored: the ingest report says
         # the result is unsure
         (_ex("Tom Hale held Ashford.\n\nAshford\n• Rosa Quint (Green) 9,120\n• Tom Hale (Con) 880",
              absent=("winner", "votes")),
          _ex("Ashford\nLAB HOLD\n• Rosa Quint (Green) 9,120\n• Tom Hale (Con) 880", absent=("winner",))),
         (_ex("Rosa Quint won Ashford.\n\nAshford\n• Rosa Quint (Green) 9,120\n• Tom Hale (Con) 880",
              W("winner", "Rosa Quint", rule="outcome.won"), W("votes", 880, "Tom Hale", rule="block.row"),
              absent=()),),
         ),
    Rule("margin.majority_line", "result-block", "margin",
         re.compile(rf"^(?:[•·▪*-] ?)?(?:{P} )?majority:? (?P<n>{N})\W*$", re.I), (("n", "margin"),), ("margin",),
         (_ex("Bath\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500\nMajority: 2,500",
              W("margin", 2500)),
          _ex("Bath\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500\n• LD majority: 2,500",
              W("margin", 2500)),
          # the label on one line, its figure on the next
          _ex("Bath\nHelen Marsh (Liberal Democrat) 21,000\nTom Hale (Conservative) 18,500\n\nLD majority\n\n2,500"
              "\n\nTurnout\n\n71.2%", W("margin", 2500), W("turnout_percent", 71.2, rule="turnout.stated"))),
         guards=("not-a-fact.interim",)),
    Rule("turnout.stated", "result-block", "figure",
         # a figure after 'from' is the last election's ("up from 61 per cent"); 'from N to M' gives M
         # the seat may stand between ("Voter turnout for Barset was 61.38 per cent"); "turn out" as two words only
         # as a noun ("a turn out of 61%")
         re.compile(rf"{_TURNOUT}(?:[^<.]|\b(?:for|in) <S\d+>){{0,40}}?(?<!\bfrom )(?P<n>{N}) ?(?:per ?cent|%)|(?P<m>{N}) ?"
                    rf"(?:per ?cent|%) turn-?out|{_TURNOUT}(?:[^<.]|\b(?:for|in) <S\d+>){{0,40}}?\bfrom {N} ?(?:per ?cent|%)? to "
                    rf"(?P<t>{N}) ?(?:per ?cent|%)", re.I),
         (("n", "turnout_percent"), ("m", "turnout_percent"), ("t", "turnout_percent")), ("turnout_percent",),
         (_ex("Alice Brennan won Ashfield. Turnout was 63.2 per cent.", W("turnout_percent", 63.2)),
          _ex("Alice Brennan won Ashfield, where turn-out was 58.07% with 41,220 ballot papers.",
              W("turnout_percent", 58.07)),
          _ex("Alice Brennan won Ashfield. Turnout: 61,4%", W("turnout_percent", 61.4)),
          _ex("Alice Brennan won Ashfield. Turnout fell from 71% to 66%.", W("turnout_percent", 66.0)),
          _ex("Alice Brennan won Ashfield. Turnout was 64 per cent, up from 61 per cent.", W("turnout_percent", 64.0)),
          _ex("Alice Brennan won Ashfield. Voter turnout for Ashfield was 61.38 per cent.",
              W("turnout_percent", 61.38)),
          _ex("Alice Brennan won Ashfield. There was a turn out of 58.5% in Ashfield.", W("turnout_percent", 58.5))),
         (_ex("Alice Brennan won Ashfield. Turnout across the country was 67.3%.", absent=("turnout_percent",)),
          _ex("Alice Brennan won Ashfield. Turnout was up from 61 per cent.", absent=("turnout_percent",)),
          # two seats in one clause: which figure is whose is not read
          _ex("Alice Brennan won Ashfield and Tom Hale won Bolsover. In Ashfield turnout was 68.9% and in Bolsover "
              "the turnout was 66.6%.", absent=("turnout_percent",)),
          # an approximate figure is none ("almost 61%")
          _ex("Alice Brennan won Ashfield. There was a turn out of almost 61% in Ashfield.",
              absent=("turnout_percent",)),
          _ex("Alice Brennan won Ashfield. Few voters turn out 80% of the time.", absent=("turnout_percent",))),
         guards=("not-a-fact.national",), bounds=(1, 100)),
    Rule("turnout.seat_list", "result-block", "figure",
         # one sentence of several seats' turnouts, each figure beside its seat ("Barset North at 68.3 per cent",
         # "68.3 per cent in Barset North")
         re.compile(rf"(?P<s><S\d+>) (?:at|on) (?P<n>{N}) ?(?:per ?cent|%)|(?P<n2>{N}) ?(?:per ?cent|%) in (?P<s2><S\d+>)",
                    re.I),
         (("s", "seat"), ("n", "turnout_percent"), ("s2", "seat"), ("n2", "turnout_percent")), ("turnout_percent",),
         (_ex("Alice Brennan won Ashfield and Tom Hale won Bolsover. Turnout was high in both seats, Bolsover at "
              "66.6 per cent and Ashfield at 68.9 per cent.", W("turnout_percent", 68.9)),
          _ex("Alice Brennan won Ashfield and Tom Hale won Bolsover. Turnout was 70.2% in Ashfield and 65.1% in "
              "Bolsover.", W("turnout_percent", 70.2))),
         (_ex("Alice Brennan won Ashfield. Labour's vote share was strong, Ashfield at 48 per cent, though turnout "
              "fell.", absent=("turnout_percent",)),
          _ex("Alice Brennan won Ashfield. Labour took 48% in Ashfield and 41% in Bolsover.",
              absent=("turnout_percent",))),
         guards=("not-a-fact.national", "not-a-fact.no_turnout_word"), bounds=(1, 100)),
    Rule("electorate.stated", "result-block", "figure",
         re.compile(rf"\b(?:(?:number of )?(?:eligible|registered) (?:voters|electors)|(?:eligible )?electorate)\b"
                    rf"(?: (?:in|for|of) <S\d+>)?:? (?:of |was |stood at |: ?)?(?P<a>{N})|(?P<b>{N}) (?:registered )?"
                    rf"(?:voters|electors) on the (?:electoral )?(?:register|roll)|\bout of (?P<c>{N}),? "
                    rf"(?:a turnout|registered|eligible|possible)", re.I),
         (("a", "electorate"), ("b", "electorate"), ("c", "electorate")), ("electorate",),
         (_ex("Alice Brennan won Ashfield. The electorate was 78,400.", W("electorate", 78400)),
          _ex("Alice Brennan won Ashfield.\n• Registered voters: 77,950", W("electorate", 77950)),
          _ex("Alice Brennan won Ashfield. The number of eligible voters in Ashfield was 73,100.",
              W("electorate", 73100)),
          _ex("Alice Brennan won Ashfield.\n• Eligible electorate: 74,020", W("electorate", 74020))),
         (_ex("Alice Brennan won Ashfield. Registered voters in the county rose by 4,000.", absent=("electorate",)),),
         bounds=(1000, 500_000)),
    Rule("valid_votes.stated", "result-block", "figure", re.compile(rf"(?P<n>{N}) valid votes", re.I),
         (("n", "valid_votes"),), ("valid_votes",),
         (_ex("Alice Brennan won Ashfield. There were 48,020 valid votes.", W("valid_votes", 48020)),),
         (_ex("Alice Brennan won Ashfield. Nationally there were 32,014,110 valid votes.", absent=("valid_votes",)),),
         guards=("not-a-fact.national_sentence",), bounds=(1, float("inf"))),
    Rule("ballots.total", "result-block", "figure",
         re.compile(
             rf"\btotal(?: (?:votes?|ballots?|ballot papers|poll))?(?: cast)?(?: (?:was|were|of|stood at|came to))?:? "
             rf"(?P<n>{N})(?! ?(?:votes?\b(?! cast)|seats?\b|recounts?\b|candidates?\b|per ?cent|%|of the\b|for\b))|"
             rf"(?P<m>{N}) (?:ballots|ballot papers|votes) (?:in all |in total )?(?:were |had been )?cast\b"
             rf"(?! for| in favour)", re.I),
         (("n", "ballots"), ("m", "ballots")), ("ballots",),
         (_ex("Alice Brennan won Ashfield. The total poll was 47,880.", W("ballots", 47880)),
          _ex("Alice Brennan won Ashfield after 47,880 ballots were cast.", W("ballots", 47880))),
         (_ex("Alice Brennan won Ashfield with a total of 21,400 votes.", absent=("ballots",)),),
         guards=("not-a-fact.national",), bounds=(100, 500_000)),
    Rule("declared_at.time", "result-block", "declared",
         re.compile(r"\b(?:declared|declaration|read out|announced|result came)\b.{0,50}?\b(?P<t>(?:just |shortly |"
                    r"well |soon )?(?:before|after|at|around|at around|about) \d{1,2}(?:[.:]\d{2})?\s?(?:am|pm))",
                    re.I),
         (("t", "declared_at"),), ("declared_at",),
         (_ex("Alice Brennan won Ashfield. The result was declared shortly after 3.40am.",
              W("declared_at", "shortly after 3.40am")),),
         ),
)
