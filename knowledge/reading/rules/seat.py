"""Seat rules: which seat, and who stood there."""
from __future__ import annotations

import re

from knowledge.reading.phrases import ANY_P, FILLER, H
from knowledge.reading.rules.parts import (
    _SENTENCE_SEAT_NAME,
)
from knowledge.reading.rules.rule import Rule, W, _ex

ROWS: tuple[Rule, ...] = (
    # === seat: which seat, and who stood there ======================================================
    Rule("seat.stated_name", "seat", "seat_name",
         # over the sentence's text, not its skeleton: the name is not yet a mention (see mentions.stated_seats)
         re.compile(rf"\bnew (?:seat|constituency) of (?P<a>{_SENTENCE_SEAT_NAME})|\bthe (?:(?:19|20)\d\d )?"
                    rf"(?P<b>{_SENTENCE_SEAT_NAME}) by-?election\b|\bMP for (?P<c>{_SENTENCE_SEAT_NAME})"), (("a", "seat"), ("b", "seat"), ("c", "seat")), (),
         (_ex("Ann Lee won the new seat of Barset Vale for Labour by 1,200 votes.", W("winner", "Ann Lee", rule="outcome.won"),
              W("margin", 1200, rule="margin.by"), date="2024-07-05"),
          _ex("Tom Hale has won the Barset Vale by-election for the Liberal Democrats by 300 votes.",
              W("winner", "Tom Hale", rule="outcome.won"), W("margin", 300, rule="margin.by"), date="2025-05-02"),
          _ex("Ann Lee was re-elected as MP for Barset Vale with 20,100 votes.", W("winner", "Ann Lee",
                                                                                   rule="outcome.reelected"),
              W("votes", 20100, "Ann Lee", rule="votes.polled"), date="2024-07-05"),
          # a comma ends the name: the person after it is no part of the seat
          _ex("The new MP for Barset Vale, Ann Lee, thanked the staff.", W("winner", "Ann Lee", rule="outcome.new_mp"),
              date="2024-07-05")),
         (_ex("Ann Lee won Barset Vale for Labour by 1,200 votes.", absent=("winner",), date="2024-07-05"),
          _ex("Ann Lee, MP for Scotland, won the seat by 1,200 votes.", absent=("winner",), date="2024-07-05")),
         ),
    Rule("candidate.role", "seat", "candidacy",
         re.compile(rf"\b(?:candidate|challenger|opponent|rival|contender|hopeful|nominee|incumbent)s? (?P<who>{H})|"
                    rf"(?P<who2>{H}), (?:the )?(?:{ANY_P} )?(?:candidate|challenger)\b", re.I),
         (("who", "candidate"), ("who2", "candidate")), ("candidate",),
         (_ex("Alice Brennan won Ashfield. Her nearest rival Tom Hale congratulated her.",
              W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("candidate.ahead_of", "seat", "candidacy",
         re.compile(rf"(?:\b(?:ahead of|behind|in front of|pushing|pushed)|<N\d+>(?: votes?)? over) (?:the )?"
                    rf"{FILLER}(?P<who>{H})", re.I),
         (("who", "candidate"),), ("candidate",),
         (_ex("Alice Brennan won Ashfield, finishing well ahead of Tom Hale.", W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("candidate.further_back", "seat", "candidacy",
         re.compile(rf"(?P<who>{H}) (?:further|well|far|a long way|some way) (?:back|behind)\b", re.I),
         (("who", "candidate"),), ("candidate",),
         (_ex("Alice Brennan won Ashfield, with Tom Hale a long way back.", W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("candidate.placement", "seat", "placement",
         re.compile(
             r"\b(?:finished|finishing|came|coming|ended|ending|trailed|trailing|was|were|is|are)\b"
             r"(?: (?:a|an|in|well|some way|far|further|a long way|distant|clear|close|narrowly|only|way|poor|strong))*"
             r" (?:second|third|fourth|fifth|sixth|seventh|last|behind|back|runner-up|runners-up)\b|\btrail(?:ed|ing)\b",
             re.I), (), ("candidate",),
         (_ex("Alice Brennan won Ashfield. Tom Hale came a distant third.", W("candidate", "Tom Hale", "Tom Hale")),),
         ),
    Rule("not-a-fact.official", "not-a-fact", "official",
         re.compile(rf"\b(?:(?:acting|deputy) )?(?:returning|counting|presiding) officers?,? (?:<[PS]\d+>'s )?"
                    rf"(?P<who>{H})|(?P<who2>{H}),? (?:who is |who was )?(?:the |an? |<[PS]\d+>'s )?(?:[\w-]+ ){{0,2}}?"
                    rf"(?:(?:acting |deputy )?(?:returning|counting|presiding) officer|(?:election )?agent|"
                    rf"electoral services (?:manager|officer|director)|chief executive)\b", re.I),
         (("who", "official"), ("who2", "official")), (),
         (_ex("Alice Brennan won Ashfield. Returning officer Jo Penn noted 310 votes were rejected.",
              W("winner", "Alice Brennan", rule="outcome.won"), absent=("votes",)),
          _ex("Alice Brennan won Ashfield. Jo Penn, the returning officer, announced 21,400 votes for Brennan.",
              W("votes", 21400, "Alice Brennan", rule="votes.owner_after"))),
         ),
)
