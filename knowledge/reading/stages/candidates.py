"""Candidates in prose: who stood, for which party, with how many votes."""
from __future__ import annotations

import re

from knowledge.lexicon.parties import canonical_party
from knowledge.reading import phrases as ph
from knowledge.reading.clauses import clause_at
from knowledge.reading.guards import guarded
from knowledge.reading.mentions import NumberMention, PartyMention
from knowledge.reading.respectively import paired_figures, says_respectively
from knowledge.reading.rules import Evidence, Rule, of_step, pattern_of
from knowledge.reading.rules import pattern as rule_pattern
from knowledge.reading.rules import rule as rule_of
from knowledge.reading.skeleton import TOKEN
from knowledge.reading.stages.blocks import Blocks
from knowledge.reading.stages.scope import is_year
from knowledge.reading.stages.state import MAX_VOTES, Person

_NOT_VOTES_AFTER = re.compile(
    r"^(?:'s)?\s*(?:per ?cent|percent|%|-?years?\b|-year|year-old|(?:[A-Z]\w+ )?seats?\b|(?:[A-Z]\w+ )?MPs?\b|"
    r"constituencies|voters|electors|doors|(?:-vote )?majority|-votes?\b|people|members|councillors|hours|minutes|days|weeks|"
    r"months|times|candidates|general|of\b(?! the votes?\b)|out of|votes? (?:ahead|clear|behind|short|separated|between|more|fewer|less)\b|"
    r"valid|votes? cast|ballot|postal|turnout|more\b|fewer\b)", re.I)

_NOT_VOTES_BEFORE = re.compile(
    r"(?:\b(?:majority|margin|electorate|turnout|register) of (?:just |only |a mere |some |around |about )?|"
    r"\bby (?:just |only |a mere |some |around |about |a slender margin of |a margin of |a majority of )?|"
    r"\b(?:at|aged|age|in|since|until|from|cut to|reduced to|down to|a few|several|some|about|around|nearly|almost|"
    r"more than|over|under|fewer than|less than|up to|top|than)\s+|-|"
    # a number a label names ("travel card zone 5", "Article 50", "tier 3"): a thing's number, never a count
    r"\b(?:zone|ward|band|tier|level|stage|phase|page|route|platform|junction|article|section|clause|chapter|"
    r"grade|class|division|league|step|number|no\.)\s+)$", re.I)

_VOTE_CUE = rule_pattern("votes.polled")
_OWNER_AFTER = rule_pattern("votes.owner_after")
_POSSESSIVE_OWNER = rule_pattern("votes.possessive")
_SEQUENCE_GAP = rule_pattern("votes.sequence")
_PARTY_OWNER = rule_pattern("votes.by_party")
_BRACKET_OWNER = rule_pattern("votes.bracket")
_NAME_PARTY_OWNER = rule_pattern("votes.name_party")
_ROLE = rule_pattern("party.role")

# "he" or "she" standing for a person named before (see Candidates._referent)
_PRONOUN = r"\b(?:[Hh]e|[Ss]he)\b"
_PERSON_OR_ROLE = re.compile(rf"<H\d+>|{_PRONOUN}|" + _ROLE.pattern)
_LAST_PRONOUN = re.compile(rf"{_PRONOUN}[^<]*$")

# A party naming a thing of its own ("a Labour majority", "the Tory vote") is no subject.
_SUBJECT = re.compile(rf"<H\d+>|{_PRONOUN}|" r"<P\d+>(?!'s <H| (?:majority|vote|votes|seat|seats|stronghold|share|lead|heartland|"
                      r"target|candidate|campaign)\b)|" + _ROLE.pattern)

# A count of votes is followed by "votes", punctuation or a joining word ("21,012 to 19,400", "21,012 and
# Roe 19,400"); a number before any other word counts something else ("two parties", "eight attempts").
_NEXT_WORD = re.compile(r"^(?:'s)?\s*(?P<word>[a-z][a-z-]*)\b")

_VOTE_FOLLOWERS = frozenset("""
votes vote cast to against and or while whilst with in at on as for from compared over ahead behind than but whereas
after before each apiece respectively which when that so giving making leaving securing putting taking beating
followed since by among up down overall the a an this of
""".split())

# Said of an interim count: "the Lib Dems initially came up three votes ahead", "the original count had him
# winning by eight". The declared result is another figure.
_INTERIM = rule_pattern("not-a-fact.interim")

# How many sentences back a pronoun's person may be named (each between naming nobody and speaking of "he").
_PRONOUN_REACH = 3

# How many sentences back a score's party may name its candidate ("The SNP's Gordon Weir faced ... The SNP
# pipped the Tories by 15,210 to 15,197").
_NEAR = 4
# The least a bracketed figure after a name must be to be votes: below it, "Jo Bloggs (54)" gives an age.
_MIN_BRACKETED = 100
# A small figure set off by commas right after a name is an age, as a bracketed one is: "Jo Bloggs, 54, got 3,681".
_APPOSED_AFTER_NAME = re.compile(r"<H\d+>,\s*$")
_APPOSITION_CLOSED = re.compile(r"^\s*,")
_AGE_GAP = re.compile(r"^, <N(\d+)>,")

# Between a person and a number: "Corbyn said ..., with the Tories on 7,243" gives the number to someone else.
# So is a figure someone needed, wanted or might get ("She needed 2,000 votes to keep her deposit").
_NOT_OWNER_GAP = re.compile(r"\b(?:said|says|told|added|argued|insisted|claimed that|need(?:s|ed)?|requir\w+|"
                            r"want\w*|would|could|might|expect\w*|target\w*)\b|\bwith (?:the )?<P\d+>")
# "finished ahead of Roe with 13,299 votes", "beat Roe with 21,012": the one beaten is named, the figure is the
# winner's (the subject of the clause), never the beaten one's.
_BEATEN_BEFORE = re.compile(r"\b(?:ahead of|in front of|behind|beat|beating|defeat(?:ed|ing)?|unseat(?:ed|ing)|"
                            r"oust(?:ed|ing)|over)(?: the)?(?: <P\d+>(?:'s)?)? $", re.I)
_WITH_GAP = re.compile(r"^,? with\b")
# A pronoun after a verb of saying opens reported speech ("Roe said she had 21,000 votes"): no fact.
_REPORTED = re.compile(r"\b(?:said|says|told \w+|claimed|added|insisted|argued|believed|thought)(?: that)? $", re.I)
# A possessive or other pronoun before the person named: "Her agent Sam Roe said she ..." is not Roe.
_OTHER_PRONOUN = re.compile(r"\b(?:his|her|him|he|she|they|their)\b", re.I)


class Candidates(Blocks):
    """Parties, votes and candidacy stated in prose, and whom a clause is about."""

    def _mark_officials(self) -> None:
        """Returning officers, agents and counting officials named anywhere: never candidates, never votes."""
        for i, skeleton in enumerate(self.skeletons):
            for rule in of_step("official", skeleton.text):
                for match in pattern_of(rule).finditer(skeleton.text):
                    person = self._who(i, rule.take(match, "official") or "")
                    if person is not None and person.evidence is None:
                        person.official = True

    def _read_attribution(self, i: int) -> None:
        skeleton = self.skeletons[i]
        for rule in of_step("attribution", skeleton.text):
            for match in pattern_of(rule).finditer(skeleton.text):
                if not self._current(i, match.start()):
                    continue  # "elected as a Conservative in 2019": the party of another election
                person = self._who(i, rule.take(match, "candidate") or "")
                party = skeleton.mention(rule.take(match, "party") or "")
                if person is not None and isinstance(party, PartyMention) and (
                        person.party is None or not person.votes_from_list):
                    person.party = person.party or Evidence(party.party, self.sentences[i], rule.id)
        for rule in of_step("share_row"):
            self._read_share_row(i, rule)
        for rule in of_step("standing_for", skeleton.text):
            for match in pattern_of(rule).finditer(skeleton.text):
                person = self._who(i, match.group("who"))
                if person is not None and self._current(i, match.start()):
                    if person.party is None and "<" not in match.group("party"):
                        party = canonical_party(match.group("party")) or match.group("party").strip()
                        person.party = Evidence(party, self.sentences[i], rule.id)
                    self._mark_candidate(person, i, rule.id)

    def _read_paired_votes(self, i: int) -> set[str]:
        """"Hale and Roe polled 9,000 and 4,000 votes respectively": each person's own figure; the number
        tokens given."""
        given: set[str] = set()
        for token, number_token, offset in paired_figures(self.skeletons[i].text):
            person = self._who(i, token)
            number = self.skeletons[i].mention(number_token)
            if person is None or not isinstance(number, NumberMention) or not isinstance(number.value, int) \
                    or not self._current(i, offset):
                continue
            if person.votes is None or not person.votes_from_list:
                person.votes = Evidence(number.value, self.sentences[i], "votes.respectively")
            self._mark_candidate(person, i, "votes.respectively")
            given.add(number_token)
        return given

    def _read_share_row(self, i: int, rule: Rule) -> None:
        """A vote-share table's row ("Lab" / "Jo Bloggs 42.2%"): the candidate stands here for that party."""
        if i == 0 or not self._current(i, 0):
            return
        match = pattern_of(rule).match(f"{self.skeletons[i - 1].text.strip()}\n{self.skeletons[i].text.strip()}")
        if match is None:
            return
        party = self.skeletons[i - 1].mention(rule.take(match, "party") or "")
        person = self._who(i, rule.take(match, "candidate") or "")
        if person is None or not isinstance(party, PartyMention):
            return
        person.party = person.party or Evidence(party.party, self.sentences[i], rule.id)
        self._mark_candidate(person, i, rule.id)

    def _read_votes(self, i: int) -> None:
        skeleton = self.skeletons[i]
        text = skeleton.text
        seen_votes = False
        differences = _margin_figures(text)
        paired: set[str] = set()
        if says_respectively(text):
            paired = self._read_paired_votes(i)
            if not paired:
                return  # lists said to pair but not paired here: their figures are no one's
        # asides between dashes that name someone own no figure: blanked once, offsets kept
        scan = ph.DASH_ASIDE.sub(lambda aside: " " * len(aside.group()), text) if "–" in text or "—" in text else text
        for match in TOKEN.finditer(text):
            if match.group(1) != "N" or match.group() in differences or match.group() in paired:
                continue
            number = skeleton.mentions[int(match.group(2))]
            assert isinstance(number, NumberMention)
            before, after = text[:match.start()], text[match.end():]
            if not isinstance(number.value, int) or not 0 < number.value <= MAX_VOTES or is_year(number, after, before):
                continue
            if not self._current(i, match.start()):
                continue
            owner, rule = self._vote_owner(i, scan[:match.start()], after, seen_votes)
            if owner is not None and (owner.official or (number.value < _MIN_BRACKETED and (
                    rule == "votes.bracket" or (_APPOSED_AFTER_NAME.search(before) and _APPOSITION_CLOSED.match(after))))):
                continue  # "Tom Hale (54)" and "Tom Hale, 54, ..." give an age
            if owner is None:
                # "Ms Jones secured 18,977 votes and Mr Evans 18,075": a list goes on after a name we can't place
                seen_votes = seen_votes or bool(re.match(r"^ votes?\b", after) and _VOTE_CUE.search(before[-40:]))
                continue
            unit = _NOT_VOTES_AFTER.match(after.lstrip(" ") if not after.startswith("'s") else after)
            next_word = _NEXT_WORD.match(after)
            unit = unit or (next_word is not None and next_word.group("word") not in _VOTE_FOLLOWERS)
            # its words end the text before the figure and hold no token: looked for after the last one
            if (unit or _NOT_VOTES_BEFORE.search(before, before.rfind(">") + 1)) and not _OWNER_AFTER.match(after):
                continue
            if _INTERIM.search(clause_at(text, match.start())) or guarded(rule_of(rule), text, match):
                continue
            seen_votes = True
            if owner.votes is None or not owner.votes_from_list:
                owner.votes = Evidence(number.value, self.sentences[i], rule)
            self._mark_candidate(owner, i, rule)

    def _read_score(self, i: int) -> None:
        """"Bloggs took the seat by 21,012 votes to the Conservative's 19,400": both candidates' votes."""
        for rule in of_step("score", self.skeletons[i].text):
            for match in self._current_matches(i, pattern_of(rule)):
                if not guarded(rule, self.skeletons[i].text, match):
                    self._read_one_score(i, rule, match)

    def _read_one_score(self, i: int, rule: Rule, match: re.Match[str]) -> None:
        skeleton = self.skeletons[i]
        before = skeleton.text[:match.start()]
        first, first_party = self._subject(i, before, past_beaten=True)
        if first is None and _LAST_PRONOUN.search(before):
            return  # "he" stands for no one we can tell: the figure is nobody's
        runner_up = rule.take(match, "runner_up")
        second = self._who(i, runner_up) if runner_up else self._beaten(i, before, first)
        draft = self.seats.get(self.sentence_seat[i] or "")
        known_party = (draft.winner_party or draft.winner.value.party) if draft and draft.winner else None
        if first is None and draft and draft.winner and (
                first_party is None or (known_party.value if known_party else first_party) == first_party):
            first = draft.winner.value  # "Bloggs won Barset for Labour, taking it by 19,500 votes to 11,200"
        elif draft and draft.winner and first in draft.losers and "winner" not in rule.sets:
            # "Bloggs held the seat, beating Roe into second place by 10,484 votes to 9,801"; a score whose first
            # figure is its subject's ("Roe polled 9,801 votes to Bloggs's 10,484", a rule that finds the winner)
            # is never turned round
            first, second = draft.winner.value, second or first
        party_token = rule.take(match, "runner_up_party")
        party = skeleton.mention(party_token) if party_token else None
        seat = self.sentence_seat[i]
        if first is None and first_party is not None:
            first = self._party_candidate(i, first_party, seat)  # "Labour pipping the Greens by 21,012 to 19,400"
        if second is None and isinstance(party, PartyMention):
            second = self._party_candidate(i, party.party, seat, besides=first)
        if "winner" in rule.sets:
            self._score_winner(i, rule, match, first, second)
        for person, role in ((first, "votes"), (second, "runner_up_votes")):
            token = rule.take(match, role) or ""
            number = skeleton.mention(token)
            if not isinstance(number, NumberMention) or not isinstance(number.value, int):
                continue
            if person is None:
                if role == "runner_up_votes" and seat is not None:
                    draft = self._seat(seat)
                    assert draft is not None
                    draft.runner_up_votes = draft.runner_up_votes or number.value
                continue
            if person.votes is None or not person.votes_from_list:
                person.votes = Evidence(number.value, self.sentences[i], rule.id)
            self._mark_candidate(person, i, rule.id)

    def _score_winner(self, i: int, rule: Rule, match: re.Match[str], first: Person | None,
                      second: Person | None) -> None:
        """A score of two named candidates ("polled 8,557 votes to Bloggs's 19,977") makes the one with more the
        winner, when the seat has none yet."""
        draft = self._seat(self.sentence_seat[i])
        a, b = (self.skeletons[i].mention(rule.take(match, role) or "") for role in ("votes", "runner_up_votes"))
        if draft is None or draft.winner is not None or first is None or second is None or first is second or \
                not isinstance(a, NumberMention) or not isinstance(b, NumberMention) or a.value == b.value:
            return
        top = first if a.value > b.value else second
        draft.winner = Evidence(top, self.sentences[i], rule.id)
        top.seat = top.seat or draft.name

    def _party_candidate(self, i: int, party: str, seat: str | None, besides: Person | None = None) -> Person | None:
        """The one person of `party` standing in the seat of sentence i, or named in it or in the few sentences
        before it about that seat, if the article has one."""
        if seat is None:
            return None
        near = [k for k in range(max(0, i - _NEAR), i + 1) if k == i or self.sentence_seat[k] == seat]
        here = [p for k in near for p in self.resolved[k].values() if p is not None]
        same_party = [p for p in self.people if p.party and p.party.value == party and not p.official
                      and (p.seat == seat or (p.seat is None and p in here)) and p is not besides]
        return same_party[0] if len(same_party) == 1 else None

    def _vote_owner(self, i: int, before: str, after: str, in_sequence: bool) -> tuple[Person | None, str]:
        """Whose votes a number is, and the rule that says so (`before`: the sentence up to it, with its asides
        naming someone blanked once for the sentence by `_read_votes`).

        An owner named before the last figure in `before` is cut off from this one by that figure (a gap holding
        a number gives no owner, but for an age right after the person), and no owner pattern holds a figure:
        each looks from that figure on (from the one before it, when it may be an age), so a sentence of many
        figures is not scanned from its start for each of them."""
        since = max(0, before.rfind("<N"))
        if since >= 2 and before[since - 2:since] == ", ":  # it may be an age after its person (see _past_age)
            since = max(0, before.rfind("<N", 0, since))
        follows = _OWNER_AFTER.match(after)
        if follows:
            return self._who(i, follows.group("who")), "votes.owner_after"
        owned = _POSSESSIVE_OWNER.search(before, since)
        if owned:
            return self._who(i, owned.group(1)), "votes.possessive"
        bracketed = _BRACKET_OWNER.search(before, since)
        if bracketed and after.startswith(")"):
            return self._who(i, bracketed.group(1)), "votes.bracket"
        named = _NAME_PARTY_OWNER.search(before, since)
        if named:
            return self._who(i, named.group(1)), "votes.name_party"
        last = None
        for match in _PERSON_OR_ROLE.finditer(before, since):
            last = match
        gap = self._past_age(i, before[last.end():]) if last is not None else ""
        if last is None or not self._owner_gap(gap):
            return self._party_owner(i, before, in_sequence, since)
        if _WITH_GAP.match(gap) and _BEATEN_BEFORE.search(before, max(0, last.start() - 48), last.start()):
            return None, ""
        votes_word = re.match(r"^ votes?\b", after) is not None
        if votes_word or _VOTE_CUE.search(gap):
            rule = "votes.polled"
        elif in_sequence and (_SEQUENCE_GAP.match(gap) or gap.strip() == ""):
            rule = "votes.sequence"
        else:
            return None, ""
        if last.group().startswith("<H"):
            return self._who(i, last.group()), rule
        if last.group().lower() in ("he", "she"):
            return self._referent(i, before[:last.start()], last.group()), rule
        return self._role(i, last), rule

    def _past_age(self, i: int, gap: str) -> str:
        """The words after a person's age ("Tom Hale, 54, got 3,681"): the age does not part him from his votes."""
        age = _AGE_GAP.match(gap)
        if age is None:
            return gap
        number = self.skeletons[i].mentions[int(age.group(1))]
        if isinstance(number, NumberMention) and isinstance(number.value, int) and number.value < _MIN_BRACKETED:
            return gap[age.end():]
        return gap

    @staticmethod
    def _owner_gap(gap: str) -> bool:
        """Whether the words between a person and a number can give the number to that person."""
        return not ("<N" in gap or gap.startswith("'s ") or "<H" in gap or _NOT_OWNER_GAP.search(gap))

    def _party_owner(self, i: int, before: str, in_sequence: bool, since: int = 0) -> tuple[Person | None, str]:
        """"... but the Conservatives took 19,400": the votes of the one candidate the article names for that
        party here; a party with no candidate named gets none (looked for from `since`, as in _vote_owner)."""
        last = None
        for match in _PARTY_OWNER.finditer(before, since):
            last = match
        if last is None or not self._owner_gap(gap := before[last.end():]) or not (
                _VOTE_CUE.search(gap) or (in_sequence and gap.strip() == "")):
            return None, ""
        party = self._party_of(i, last.group())
        person = self._party_candidate(i, party, self.sentence_seat[i]) if party else None
        return person, "votes.by_party"

    def _role(self, i: int, match: re.Match[str]) -> Person | None:
        """'the SNP man', 'The Labour MP': the candidate of that party in the seat, or its new MP; 'the winning
        candidate': the seat's winner."""
        seat = self.sentence_seat[i]
        if match.groupdict().get("winner_adj"):
            draft = self.seats.get(seat or "")
            return draft.winner.value if draft and draft.winner else None
        party = self.skeletons[i].mention(match.group("party"))
        if not isinstance(party, PartyMention) or seat is None:
            return None
        same_party = [p for p in self.people if p.seat == seat and p.party and p.party.value == party.party]
        if len(same_party) == 1:
            return same_party[0]
        draft = self.seats.get(seat)
        if draft and draft.winner and (match.group("adj") or "").strip() in ph.WINNER_ADJECTIVES | {""}:
            person = draft.winner.value
            if person.party is None or person.party.value == party.party:
                if person.party is None:
                    person.party = Evidence(party.party, self.sentences[i], "party.role")
                return person
        return None

    def _read_candidacy(self, i: int) -> None:
        skeleton = self.skeletons[i]
        text = skeleton.text
        for rule in of_step("candidacy", text):
            for match in pattern_of(rule).finditer(text):
                self._candidate_if_current(i, rule.take(match, "candidate") or "", match.start(), rule.id)
        for rule in of_step("placement", text):
            for match in pattern_of(rule).finditer(text):
                if not self._current(i, match.start()):
                    continue
                subject = ph.RELATIVE_CLAUSE.sub("", text[:match.start()])
                subject = re.split(r"[,;:]\s", subject)[-1]
                for token in re.findall(r"<H\d+>", subject):
                    person = self._who(i, token)
                    if person is not None:
                        self._mark_candidate(person, i, rule.id)

    def _candidate_if_current(self, i: int, token: str, offset: int, rule: str) -> None:
        person = self._who(i, token)
        if person is not None and self._current(i, offset):
            self._mark_candidate(person, i, rule)

    def _subject(self, i: int, before: str, *, participle: bool = False,
                 past_beaten: bool = False) -> tuple[Person | None, str | None]:
        """(person, party) the clause before a verb is about: the nearest person, role or party.

        A participle after a comma ("Bloggs took the seat from Labour, unseating Roe") has the
        sentence's subject, the first of them, not the nearest. With `past_beaten`, whoever an earlier
        verb says was beaten is passed over ("Labour defeated Roe and took the seat": Labour took it).
        """
        text = ph.RELATIVE_CLAUSE.sub(",", ph.DASH_ASIDE.sub(" ", before))
        objects = _objects(text) if past_beaten else []
        last = None
        for match in _SUBJECT.finditer(text):
            if any(start <= match.start() < end for start, end in objects) or self._is_official(i, match.group()):
                continue
            last = match
            if participle and text.rstrip().endswith(","):
                break
        if last is None:
            return None, None
        token = last.group()
        attributed = re.search(r"(<H\d+>) (?:\(|of (?:the )?)$", text[:last.start()])
        if token.startswith("<P") and attributed:  # "Amanda Solloway (Con) gained ..."
            token = attributed.group(1)
        if token.startswith("<H"):
            return self._who(i, token), None
        if token.lower() in ("he", "she"):
            return self._referent(i, text[:last.start()], token), None
        mention = self.skeletons[i].mention(last.group("party") if last.groupdict().get("party") else token)
        party = mention.party if isinstance(mention, PartyMention) else None
        if token.startswith("<P"):
            return None, party
        return self._role(i, last), party

    def _referent(self, i: int, before: str, pronoun: str) -> Person | None:
        """Whom "he" or "she" in sentence i stands for: the one person named before it in the sentence, else the
        one person the sentence before names (of several, the one whose title alone fits); a sentence naming nobody
        that itself speaks of "he" passes the question back. None when no one fits, or two could ("Bloggs beat
        Roe. He polled ..."), or the person was named in another paragraph."""
        female = pronoun.lower() == "she"
        if _REPORTED.search(before, before.rfind(">") + 1):  # words that end `before` and hold no token
            return None
        named = self._people_in(i, before)
        first = re.search(r"<H\d+>", before)
        if named and first and _OTHER_PRONOUN.search(before[:first.start()]):
            return None
        if not named:
            key = (i, pronoun.lower())
            if key not in self._named_earlier:
                self._named_earlier[key] = self._named_earlier_now(i, pronoun)
            named = self._named_earlier[key]
        return _one_of(named, female) if named else None

    def _named_earlier_now(self, i: int, pronoun: str) -> list[Person]:
        """Whom the sentences before sentence i name for a pronoun of sentence i that names nobody before it
        ([] for no one). It is the same for every such pronoun of the sentence (a sentence of many "he"s asks
        once), so _referent keeps it."""
        named: list[Person] = []
        k = i
        for _ in range(_PRONOUN_REACH):
            if named:
                return named
            k = self._sentence_before(k)  # type: ignore[assignment]
            if k is None:
                return []
            text = self.skeletons[k].text
            # "He was beaten by Bloggs. He polled ...": the same pronoun there stands for the same person
            said = re.search(rf"\b{pronoun}\b", text, re.I)
            named = self._people_in(k, text[:said.start()] if said else text)
            if not named and not said:
                return []
            if any(not self._current(k, m.start()) for m in re.finditer(r"<H\d+>", text)):
                return []  # "the 1974 win by a young Jo Bloggs ... She won by 22 votes": a past result
        return named

    def _people_in(self, i: int, text: str) -> list[Person]:
        """The distinct people (never officials) the tokens of `text`, a part of sentence i, name, in order."""
        people: list[Person] = []
        for match in TOKEN.finditer(text):
            person = self._who(i, match.group()) if match.group(1) == "H" else None
            if person is not None and not person.official and person not in people:
                people.append(person)
        return people

    def _sentence_before(self, i: int) -> int | None:
        """The sentence before sentence i with words, in its paragraph or the one before it (paragraphs are
        numbered with the blank lines between them)."""
        k = i - 1
        while k >= 0 and not self.skeletons[k].text.strip():
            k -= 1
        if k < 0 or self.sentences[i].paragraph - self.sentences[k].paragraph > 2:
            return None
        return k

    def _beaten(self, i: int, before: str, winner: Person | None) -> Person | None:
        """Who the last beat verb in `before` says was beaten: a person ("Bloggs beat Roe by 21,012 votes to ..."),
        or the one candidate of a party ("Labour pipping the Greens by 21,012 to 19,400")."""
        matches = _beat_matches(before)
        if not matches:
            return None
        last = max(matches, key=lambda m: m.start())
        groups = last.groupdict()
        if groups.get("loser"):
            return self._who(i, groups["loser"])
        party = self._party_of(i, groups.get("loser_party"))
        return self._party_candidate(i, party, self.sentence_seat[i], besides=winner) if party else None

    def _is_official(self, i: int, token: str) -> bool:
        person = self._who(i, token) if token.startswith("<H") else None
        return person is not None and person.official

    def _party_of(self, i: int, token: str | None) -> str | None:
        mention = self.skeletons[i].mention(token) if token else None
        return mention.party if isinstance(mention, PartyMention) else None


def _one_of(named: list[Person], female: bool) -> Person | None:
    """The one of the people named that a pronoun of that sex can stand for: the only one named, else the only
    one whose title says that sex while every other's says the other (else None: "Bloggs beat Roe. He ...")."""
    fits = [p for p in named if p.female in (None, female)]
    if len(named) == 1:
        return fits[0] if fits else None
    return fits[0] if len(fits) == 1 and fits[0].female == female else None


def _margin_figures(text: str) -> set[str]:
    """The number tokens a margin rule reads in a skeleton ("79 votes more than", "increased his majority to
    4,498"): a difference between candidates, never one candidate's votes (whether or not it is this margin)."""
    return {token for rule in of_step("margin", text) for match in pattern_of(rule).finditer(text)
            if (token := rule.take(match, "margin"))}


def _objects(text: str) -> list[tuple[int, int]]:
    """The spans of the people a beat rule says were beaten ("defeated the former leader Roe")."""
    return [(match.start(), match.end()) for match in _beat_matches(text)]


def _beat_matches(text: str) -> list[re.Match[str]]:
    return [match for rule in of_step("beat", text) for match in pattern_of(rule).finditer(text)]
