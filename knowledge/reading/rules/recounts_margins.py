"""Recount and margin rules."""
from __future__ import annotations

import re

from knowledge.reading.phrases import QUALIFIER, N, S
from knowledge.reading.rules.parts import (
    _RECOUNT_ABSENT,
)
from knowledge.reading.rules.rule import Rule, W, _ex

ROWS: tuple[Rule, ...] = (
    # === recounts and margins =======================================================================
    Rule("margin.majority_of", "recounts-margins", "margin",
         re.compile(rf"\b(?:margin|majority)(?::|(?: (?:was|is|of|stood at|:))+) {QUALIFIER}(?P<n>{N})", re.I),
         (("n", "margin"),), ("margin", "previous_majority"),
         (_ex("Alice Brennan won Ashfield with a majority of 5,733.", W("margin", 5733)),),
         (_ex("Alice Brennan won Ashfield. The government's majority of 80 will help.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. She overturned a majority of 3,000.", absent=("margin",))),
         guards=("not-a-fact.other_majority", "not-a-fact.body_majority", "not-a-fact.seats_majority",
                 "not-a-fact.votes_won", "not-a-fact.interim")),
    Rule("margin.n_majority", "recounts-margins", "margin",
         # "a 5,299 majority", "a huge 9,762 majority": a majority with an article; one turned into another, or
         # one from before, is the old one ("turned a 5,288 majority into ...", "a 4,000 majority from 2015")
         re.compile(rf"(?<!\bhad )(?<!\bdefending )\b(?:a|an) (?:(?:huge|big|large|massive|comfortable|healthy|narrow|slim|slender|small|tiny|"
                    rf"wafer-thin|thumping|whopping|commanding|solid|reduced|increased|clear|decisive|new|modest|"
                    rf"convincing|resounding|handsome|mere) ){{0,2}}(?P<n>{N})(?:-vote)? majority\b"
                    rf"(?! (?:into|from|was|were|had|has|(?:in|at) the (?:last|previous)|last|before|they|he|she|it)\b)", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield with a huge 9,762 majority.", W("margin", 9762)),
          _ex("Alice Brennan took Ashfield for the Greens. They turned a 5,288 majority into a 5,299 majority of "
              "their own.", W("margin", 5299)),
          _ex("Alice Brennan held Ashfield with a 3,102-vote majority.", W("margin", 3102))),
         (_ex("Alice Brennan won Ashfield. She turned a 5,288 majority into a narrow lead.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. Tom Hale had a 4,000 majority.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. Tom Hale won with a 4,000 majority at the last election.",
              absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The government has a 12 majority on the council.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The party now has an 80-seat majority.", absent=("margin",))),
         guards=("not-a-fact.other_majority", "not-a-fact.body_majority", "not-a-fact.seats_majority",
                 "not-a-fact.votes_won", "not-a-fact.interim")),
    Rule("margin.by", "recounts-margins", "margin",
         re.compile(rf"\bby {QUALIFIER}(?:a (?:slender |slim |narrow |wafer-thin )?(?:margin|majority) of )?"
                    rf"{QUALIFIER}(?P<n>{N}) votes?\b", re.I),
         (("n", "margin"),), ("margin", "previous_majority"),
         (_ex("Alice Brennan won Ashfield by 1,204 votes.", W("margin", 1204)),
          _ex("Alice Brennan won Ashfield. At the last election she won it by 800 votes.",
              W("previous_majority", 800), absent=("margin",)),
          # surviving or clinging on is a win word
          _ex("Alice Brennan clung on in Ashfield. She survived a tense count to hang on to Ashfield by just 165 "
              "votes.", W("margin", 165))),
         (_ex("Alice Brennan won Ashfield. She increased her majority by 3,000 votes.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield by 21,900 votes to 19,750.",
              W("margin", 2150, rule="margin.score"), absent=())),
         guards=("not-a-fact.score_tail", "not-a-fact.interim", "not-a-fact.change", "not-a-fact.no_win_word")),
    Rule("margin.won_by", "recounts-margins", "margin",
         re.compile(rf"\b(?:won|wins|held|holds|took|taken|gained|retained|kept|captured|snatched) (?:{S}|it|the "
                    rf"seat) by {QUALIFIER}(?P<n>{N})(?=\s*(?:[.;:]|$|, ))", re.I),
         (("n", "margin"),), ("margin", "previous_majority"),
         (_ex("Alice Brennan held Ashfield by 1,612.", W("margin", 1612)),
          _ex("Alice Brennan won Ashfield by 612, after two recounts.", W("margin", 612))),
         (_ex("Alice Brennan won Ashfield, cutting the Tory vote by 3,000.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield in 2019. Tom Hale won it by 2015.", absent=("margin",))),
         guards=("not-a-fact.interim", "not-a-fact.change")),
    Rule("margin.ahead", "recounts-margins", "margin", re.compile(rf"(?P<n>{N}) votes? (?:ahead|clear)\b", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, finishing 612 votes ahead.", W("margin", 612)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.in_it", "recounts-margins", "margin", re.compile(rf"(?P<n>{N}) votes? in it\b", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, with just 19 votes in it.", W("margin", 19)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.more_than", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) (?:votes? )?more than (?:the )?(?:[\w-]+ ){{0,2}}?<[HP]\d+>", re.I),
         (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield. Brennan had just five more than Tom Hale.", W("margin", 5)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner")),
    Rule("margin.idiom.separated", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) votes? separated\b", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield. Only 40 votes separated her from Tom Hale.", W("margin", 40)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.difference", "recounts-margins", "margin",
         re.compile(rf"\b(?:difference|gap)(?: between (?:them|the (?:two|top two|pair)|<[HP]\d+> and <[HP]\d+>))? "
                    rf"(?:was|is|of|stood at|came to) {QUALIFIER}(?P<n>{N})(?: votes?)?(?! ?(?:%|per ?cent|points?|"
                    rf"percentage|seats?))", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield after a recount. This time the difference was 57.", W("margin", 57)),
          _ex("Alice Brennan won Ashfield. The gap between Brennan and Tom Hale was 112 votes.", W("margin", 112))),
         (_ex("Alice Brennan won Ashfield. At this stage the gap between the two was 36 votes.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The difference in vote share was 4 points.", absent=("margin",)),
          _ex("Alice Brennan won Ashfield. The gap between the two was 6 per cent.", absent=("margin",))),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate", "not-a-fact.change")),
    Rule("margin.idiom.separated_by", "recounts-margins", "margin",
         re.compile(rf"\bseparated by {QUALIFIER}(?P<n>{N}) votes?\b", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield. The two were separated by only 40 votes.", W("margin", 40)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner")),
    Rule("margin.idiom.clear_of", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) (?:votes? )?clear of\b", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, finishing 17 clear of Tom Hale.", W("margin", 17)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.idiom.splitting", "recounts-margins", "margin",
         re.compile(rf"(?P<n>{N}) votes? (?:splitting|dividing|between) (?:the )?(?:(?:top|leading|first) (?:two\b|<N\d+>)|two\b|"
                    rf"<N\d+>|pair\b|first and second\b)", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan won Ashfield, with only 33 votes splitting the top two.", W("margin", 33)),),
         (_ex("Alice Brennan won Ashfield. At one point 12 votes divided the pair.", absent=("margin",)),),
         guards=("not-a-fact.interim", "not-a-fact.not_the_winner", "not-a-fact.approximate")),
    Rule("margin.raised_to", "recounts-margins", "margin",
         re.compile(rf"\b(?:(?:majority|margin|lead)[^<.]{{0,40}}?\b(?:increased|extended|grew|grown|rose|risen|"
                    rf"boosted|doubled|up)|(?:increas|extend|boost|doubl|stretch)(?:ed|ing) (?:his|her|their|its|the) "
                    rf"(?:majority|margin|lead)) to {QUALIFIER}(?P<n>{N})", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan held Ashfield and increased her majority to 6,210 votes.", W("margin", 6210)),),
         (_ex("Alice Brennan held Ashfield. In 2017 she increased her majority to 6,210 votes.",
              absent=("margin", "votes")),),
         guards=("not-a-fact.interim",)),
    Rule("margin.cut", "recounts-margins", "margin",
         re.compile(rf"\b(?:majority|margin)[^<.]{{0,40}}?\b(?:cut|reduced|slashed|trimmed|down|fell|fallen|shrunk|"
                    rf"shrank) to {QUALIFIER}(?P<n>{N})", re.I), (("n", "margin"),), ("margin",),
         (_ex("Alice Brennan held Ashfield, but her majority was cut to 1,020.", W("margin", 1020)),),
         guards=("not-a-fact.interim",)),
    Rule("margin.top_two", "recounts-margins", "conclude", None, (), ("margin",),
         (_ex("Alice Brennan won Ashfield. Brennan polled 20,000 votes and Tom Hale 15,000.", W("margin", 5000)),
          # a stated majority the result list contradicts is kept beside the list's, as a conflict
          _ex("Ashfield\nAlice Brennan (Labour) 20,000\nTom Hale (Conservative) 15,000\nMajority: 4,000",
              W("margin", 5000), W("margin", 4000, rule="margin.majority_line"))),
         ),
    Rule("margin.score", "recounts-margins", "conclude", None, (), ("margin",),
         (_ex("Alice Brennan held Ashfield, taking it by 21,900 votes to the Conservatives' 19,750.",
              W("margin", 2150)),),
         ),
    Rule("recounts.count", "recounts-margins", "recount",
         re.compile(rf"(?:(?P<n>{N})|\b(?P<a>a|one|another)) (?!votes?\b)(?:[a-z-]+ )?re-?counts?\b", re.I),
         (("n", "recounts"), ("a", "recounts")), ("recounts",),
         (_ex("Alice Brennan won Ashfield after two recounts.", W("recounts", 2)),
          _ex("Alice Brennan won Ashfield after five exhausting recounts.", W("recounts", 5))),
         (_ex("Alice Brennan won Ashfield. Tom Hale warned he might seek a recount.", absent=_RECOUNT_ABSENT),
          _ex("Alice Brennan won Ashfield. Across the country there was a series of recounts.",
              absent=_RECOUNT_ABSENT)),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.ordinal", "recounts-margins", "recount",
         re.compile(r"\b(?P<o>second|third|fourth|fifth|sixth|seventh) (?:full |partial )?(?:re-?count|count)\b",
                    re.I), (("o", "recounts"),), ("recounts",),
         (_ex("Alice Brennan won Ashfield after a third recount.", W("recounts", 3)),
          _ex("Alice Brennan won Ashfield after a second full recount.", W("recounts", 2))),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.ordinal_after", "recounts-margins", "recount",
         # "two recounts and a third": after recounts are named, a bare ordinal is the next recount's number;
         # one that was refused or not allowed was not held
         re.compile(r"\bre-?counts?\b[^.;]{0,40}?\b(?:and|then|before|followed by|with) (?:a|the) "
                    r"(?P<o>second|third|fourth|fifth|sixth|seventh)\b(?! (?:count|place|time|candidate|party)\b)"
                    r"(?![^.;]{0,40}\b(?:refused|rejected|turned down|denied|declined|not (?:allowed|granted|held))\b)",
                    re.I), (("o", "recounts"),), ("recounts",),
         (_ex("Alice Brennan won Ashfield after two recounts on Friday and a third on Saturday.", W("recounts", 3)),
          _ex("Alice Brennan won Ashfield by 12 votes after a recount and then a second.", W("recounts", 2))),
         (_ex("Alice Brennan won Ashfield after two recounts, and a third was refused.",
              W("recounts", 2, rule="recounts.declined"), absent=()),
          _ex("Alice Brennan won Ashfield after a recount, with the Greens a distant third.",
              W("recounts", 1, rule="recounts.count"), absent=())),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.times", "recounts-margins", "recount",
         re.compile(rf"\bre-?count(?:ed|ing)?(?: (?:all )?(?:the |every )?(?:votes?|ballots?|ballot papers|papers))? "
                    rf"(?P<w>twice|three times|four times|(?P<n>{N}) times)\b", re.I),
         (("w", "recounts"), ("n", "recounts")), ("recounts",),
         (_ex("Alice Brennan won Ashfield once the votes were recounted twice.", W("recounts", 2)),
          _ex("Alice Brennan won Ashfield. Counting staff were called back to recount twice.", W("recounts", 2)),
          _ex("Alice Brennan won Ashfield after officials recounted the ballots three times.", W("recounts", 3))),
         (_ex("Alice Brennan won Ashfield. Tom Hale said he would have them recount twice if need be.",
              absent=_RECOUNT_ABSENT),),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.nth_time", "recounts-margins", "recount",
         re.compile(r"\bre-?counted for (?:a|the) (?P<o>second|third|fourth|fifth|sixth|seventh) time\b", re.I),
         (("o", "recounts"),), ("recounts",),
         (_ex("Alice Brennan won Ashfield when the votes were recounted for the third time.", W("recounts", 3)),),
         (_ex("Alice Brennan won Ashfield. Tom Hale wanted the votes recounted for a second time.",
              absent=_RECOUNT_ABSENT),),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.again", "recounts-margins", "recount",
         re.compile(r"\b(?:counted|checked|gone through|went through|re-?checked) (?:again|once more|a second time)\b",
                    re.I), (), ("recounts",),
         (_ex("Alice Brennan won Ashfield once every ballot was counted again.", W("recounts", 1)),),
         guards=("not-a-fact.recount_speculative", "not-a-fact.recount_series")),
    Rule("recounts.declined", "recounts-margins", "recount_none",
         re.compile(
             r"\bre-?count\w*\b[^.]{0,80}?\b(?:decided against|decided not to|chose not to|opted not to|thought better|"
             r"was not (?:needed|necessary|required|granted|allowed)|were not (?:needed|necessary)|withdr[ae]w\w*|"
             r"dropped)\b", re.I), (), ("recounts",),
         (_ex("Alice Brennan won Ashfield. Tom Hale asked for a recount but then decided against it.",
              W("recounts", 0)),
          _ex("Alice Brennan won Ashfield. A third recount was not allowed.", W("recounts", 2))),
         ),
    Rule("recounts.refused", "recounts-margins", "recount_none",
         re.compile(r"\b(?:no|not|n't|never|without|nobody|no one|neither)\b[^.]{0,60}?\b(?:recount|(?:counted|checked) "
                    r"(?:again|once more))|\brecount\w*\b[^.]{0,60}?\b(?:refused|rejected|turned down|denied|declined|"
                    r"not (?:needed|necessary|required)|unnecessary|ruled out)\b", re.I), (), ("recounts",),
         (_ex("Alice Brennan won Ashfield. A recount was requested and turned down.", W("recounts", 0)),
          _ex("Alice Brennan won Ashfield without a recount.", W("recounts", 0))),
         ),
)
