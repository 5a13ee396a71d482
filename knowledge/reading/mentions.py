"""Finding the things a sentence speaks of: seats, parties, people and numbers, with their offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.lexicon.function_words import FUNCTION_WORDS
from knowledge.lexicon.numbers import NUMBER_WORDS, parse_number
from knowledge.lexicon.parties import canonical_party, party_pattern
from knowledge.lexicon.people import TITLES
from knowledge.lexicon.seatnames import seat_lookup
from knowledge.lexicon.text import name_key
from knowledge.reading.rules import pattern

# "standing for Bath Independents": the words after it name a party no table knows, never a person.
_STANDS_FOR = pattern("not-a-fact.party_after_standing_for")

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*")
_POSSESSIVE = re.compile(r"(?:['’]s\b|s['’](?!\w)|['’](?=\s))")
# Every alternative starts with a digit: the lookahead in front lets the search pass over the other characters
# without trying three lookbehinds at each.
_DIGITS = re.compile(r"(?=\d)(?:(?<![\w.,£$€])\d{1,3}, \d{3}(?= (?:votes?|over)\b)|"
                     r"(?<![\w.,£$€])\d{1,3}(?:(?:,|\u202f|\u00a0| (?=\d{3}\b))\d{3})+(?:\.\d+)?(?![\w]|[.,]\d)|(?<![\w.,£$€])\d+(?:\.\d+)?(?![\w]|[.,]\d))")
_DECIMAL_COMMA_SHARE = re.compile(r"(?<![\w.,£$€])\d{1,2},\d{1,2}(?= ?(?:%|per ?cent))")
_MAX_SEAT_WORDS = 8
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_AFTER = re.compile(rf" (?:{_MONTHS})\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS}) $")

# Words that may sit inside a name in lower case ("Marsha de Cordova", "Barnes von Claptrap").
PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "bin", "ap", "dos"})
# Capitalised words that open sentences or name offices, not people.
NOT_NAME_WORDS = FUNCTION_WORDS | frozenset("""
as while after before since earlier elsewhere next down
speaking across meanwhile however although though without under
here one two three four five six seven
instead only also even still yet then now so thus indeed finally eventually ultimately nonetheless nevertheless
otherwise likewise similarly again later perhaps maybe clearly certainly surely sadly ironically notably
unsurprisingly surprisingly remarkably predictably inevitably crucially both neither nor either not no yes
eight nine ten mp mps mep meps msp msps am ams mla minister ministers secretary chancellor leader leaders deputy
prime first shadow home foreign treasury justice health education president mayor speaker councillor council
borough county city district party parties government parliament commons lords house westminster whitehall
election elections general result results count recount declaration returning officer constituency seat
today tonight yesterday overnight tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december brexit remain leave nhs uk britain british england english scotland
scottish wales welsh ireland irish northern european union eu referendum independence tory tories labour
conservative conservatives democrat democrats greens snp ukip plaid cymru sinn fein féin dup uup
sdlp christian socialist nationalist unionist unionists republican nationalists
cabinet assembly senedd holyrood stormont times news bbc itv sky press association prize nobel peace
north south east west central upper lower greater new old st saint great high road street
chief whip whips culture defence transport business energy environment trade pensions attorney solicitor armed forces
""".split())
@dataclass(frozen=True, slots=True)
class SeatMention:
    start: int
    end: int
    seat: str


@dataclass(frozen=True, slots=True)
class PartyMention:
    start: int
    end: int
    party: str
    possessive: bool


@dataclass(frozen=True, slots=True)
class PersonMention:
    start: int
    end: int
    name: str          # as written, title removed ("Dent Coad", "Victoria Borwick")
    title: str | None  # "Ms", "Sir", ...
    possessive: bool

    @property
    def words(self) -> list[str]:
        return self.name.split()


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    value: int | float
    written_in_words: bool
    grouped: bool = False  # written with a thousands separator ("1,886"): a figure, never a year


_STATED_SEAT = pattern("seat.stated_name")


def stated_seats(text: str) -> dict[str, str]:
    """Seats no gazetteer holds that `text` names by a construction stating a result ('won the new seat of
    Barset Vale', 'the Barset Vale by-election', 'MP for Barset Vale'): name_key -> the name as written."""
    found: dict[str, str] = {}
    for match in _STATED_SEAT.finditer(text):
        name = next(group for group in match.groups() if group).removesuffix("'s").removesuffix("’s")
        key = unknown_seat_key(name)
        if key is not None:
            found.setdefault(key, name)
    return found


def unknown_seat_key(name: str) -> str | None:
    """The name key of `name` as a seat no gazetteer holds; None for a seat we know, a place or office that
    is no seat ("Scotland"), a party, or too many words for a seat's name."""
    key = name_key(name)
    words = key.split()
    if not words or key in seat_lookup() or all(word in NOT_NAME_WORDS for word in words) \
            or len(words) > _MAX_SEAT_WORDS or any(p.start == 0 and p.end == len(name) for p in find_parties(name)):
        return None
    return key


def find_seats(text: str, stated: dict[str, str] | None = None) -> list[SeatMention]:
    """Constituencies named in `text` (gazetteer names and aliases, longest first, written capitalised), and
    the article's `stated` seats (see `stated_seats`)."""
    words = list(_WORD.finditer(text))
    table = seat_lookup()
    stated = stated or {}
    firsts = {key.split(" ")[0] for key in stated}
    found: list[SeatMention] = []
    i = 0
    while i < len(words):
        first = words[i].group()
        if not first[0].isupper():  # before its key: most words of a sentence are in lower case
            i += 1
            continue
        head = name_key(first).split(" ")[0]
        if head not in _seat_first_words() and head not in firsts:
            i += 1
            continue
        match = None
        for j in range(min(len(words), i + _MAX_SEAT_WORDS) - 1, i - 1, -1):
            last = words[j]
            end = last.end()
            if last.group().endswith(("'s", "’s")):
                end -= 2
            key = name_key(text[words[i].start():end])
            seat = table.get(key) or stated.get(key)
            if seat and _plausible_seat(text, words, i, j):
                match = SeatMention(words[i].start(), end, seat)
                i = j
                break
        if match:
            found.append(match)
        i += 1
    return found


@lru_cache(maxsize=1)
def _seat_first_words() -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in seat_lookup())


_COUNCIL_WORDS = frozenset({"council", "councils", "council's", "councillor", "councillors"})
_COUNCIL_KINDS = frozenset({"city", "district", "borough", "county", "town", "parish", "metropolitan"})


def _names_a_council(words: list[re.Match[str]], k: int) -> bool:
    """Whether the words from `k` name a council or its members ("councillor", "District Council")."""
    word = words[k].group().lower()
    if word in _COUNCIL_WORDS:
        return True
    return word in _COUNCIL_KINDS and k + 1 < len(words) and words[k + 1].group().lower() in _COUNCIL_WORDS


def _name_words_after(text: str, words: list[re.Match[str]], k: int) -> int:
    """How many capitalised name words run from word `k` on, one space apart (counted up to two)."""
    count = 0
    while k < len(words) and count < 2:
        word = words[k].group()
        if not (word[0].isupper() and name_key(word) not in NOT_NAME_WORDS and not word.isupper()):
            break
        count += 1
        if k + 1 < len(words) and text[words[k].end():words[k + 1].start()] != " ":
            break
        k += 1
    return count


# A seat's name before these words names a local body or area of the same name, not the constituency
# ("the Tooting ward by-election", "Ashfield council", "the Barset North division").
_LOCAL_AREA = re.compile(r"(?-i:(?: [A-Z][\w'’-]*){0,2}) (?:(?:district|borough|county|city|town|parish|"
                         r"metropolitan) )?(?:wards?|councils?|division|councillors?)\b", re.I)


def _plausible_seat(text: str, words: list[re.Match[str]], i: int, j: int) -> bool:
    """False where the words are part of a person's name ("Angus MacNeil", "Gordon Brown") or name a local
    ward or council ("the Tooting ward")."""
    last = words[j].group()
    if _LOCAL_AREA.match(text, words[j].end()):
        return False
    if not last.endswith(("'s", "’s")) and j + 1 < len(words):
        following = words[j + 1]
        gap = text[words[j].end():following.start()]
        nxt = following.group()
        if gap == " " and _names_a_council(words, j + 1):
            return False  # "a Sevenoaks councillor", "Bolsover District Council": the town's council, not the seat
        if gap == " " and nxt[0].isupper() and name_key(nxt) not in NOT_NAME_WORDS and not nxt.isupper() \
                and j == i and _name_words_after(text, words, j + 1) < 2:
            return False  # "Angus MacNeil", "Gordon Brown"; but "In Peterborough Priya Nandy won": the seat, then her
    if i > 0:
        previous = words[i - 1]
        gap = text[previous.end():words[i].start()]
        prev = previous.group()
        if gap in (" ", ". ") and prev.lower() in TITLES:
            return False  # "Ms Crawley", "Dr. Stirling": a surname

        if gap == " " and prev[0].isupper() and name_key(prev) not in NOT_NAME_WORDS and not prev.isupper() \
                and canonical_party(prev) == prev.strip() and prev.lower() not in TITLES:
            return False
    return True


def find_parties(text: str) -> list[PartyMention]:
    return list(_find_parties(text))


@lru_cache(maxsize=8192)
def _find_parties(text: str) -> tuple[PartyMention, ...]:
    found = []
    for match in party_pattern().finditer(text):
        tail = _POSSESSIVE.match(text, match.end())
        end = match.end() + (len(tail.group()) if tail else 0)
        found.append(PartyMention(match.start(), end, canonical_party(match.group()) or match.group(), bool(tail)))
    return tuple(found)


def _day_of_month(text: str, start: int, end: int) -> bool:
    """'17 December', 'December 17': a date's day, never a count."""
    return end - start <= 2 and bool(_MONTH_AFTER.match(text, end) or _MONTH_BEFORE.search(text[max(0, start - 11):start]))


def find_numbers(text: str) -> list[NumberMention]:
    """Figures in digits ('16,333', '64.63') and in words ('one hundred and sixty-nine'), not times, money or
    the days of dates."""
    found = []
    for match in _DIGITS.finditer(text):
        value = parse_number(match.group())
        if value is not None and not _day_of_month(text, match.start(), match.end()):
            found.append(NumberMention(match.start(), match.end(), value, False,
                                       grouped=not match.group().isdigit() and "." not in match.group()))
    for match in _DECIMAL_COMMA_SHARE.finditer(text):  # "64,31%": a decimal comma, not a thousands separator
        found.append(NumberMention(match.start(), match.end(), float(match.group().replace(",", ".")), False))
    for match in NUMBER_WORDS.finditer(text):
        value = parse_number(match.group())
        if value is not None:
            found.append(NumberMention(match.start(), match.end(), value, True))
    return sorted(found, key=lambda n: n.start)


@lru_cache(maxsize=1 << 16)
def _is_name_word(word: str) -> bool:
    core = word.rstrip("'’").removesuffix("'s").removesuffix("’s")
    # "May-2021": a word with figures in it is a date or a code, never part of a name
    return bool(core) and core[0].isupper() and name_key(core) not in NOT_NAME_WORDS and \
        not any(ch.isdigit() for ch in core)


@lru_cache(maxsize=4096)
def _title_key(word: str) -> str:
    return word.lower().rstrip(".")


def find_people(text: str, blocked: list[tuple[int, int]]) -> list[PersonMention]:
    """Runs of capitalised words that can be a person's name, outside the `blocked` spans (seats, parties).

    A run may carry a title in front ("Lady Borthwick") and a possessive at its end ("Salmond's").
    Single words are kept too: they may be a surname already met ("Farrelly took 21,124 votes").
    """
    found: list[PersonMention] = []
    candidates = list(_WORD.finditer(text))
    words = [w for w, inside in zip(candidates, in_spans([w.start() for w in candidates], blocked), strict=True)
             if not inside]
    standing_for = _STANDS_FOR.may_match(text)  # asked of the sentence once, not at every name
    i = 0
    while i < len(words):
        word = words[i].group()
        if not word[0].isupper():  # neither a title nor a name word: most words of a sentence
            i += 1
            continue
        title = None
        start_index = i
        if _title_key(word) in TITLES and word[0].isupper() and i + 1 < len(words) \
                and _joined(text, words[i], words[i + 1]):
            title = word.rstrip(".")
            i += 1
            while i < len(words) and _title_key(words[i].group()) in TITLES and _joined(text, words[i - 1], words[i]):
                i += 1
        if i >= len(words) or not _is_name_word(words[i].group()):
            i = start_index + 1
            continue
        if standing_for and _STANDS_FOR.search(text, max(0, words[i].start() - 40), words[i].start()):
            i = start_index + 1  # "standing for Bath Independents": a party no table knows, never a person
            continue
        run = [words[i]]
        k = i + 1
        while k < len(words) and _joined(text, words[k - 1], words[k]) and not _ends_possessive(run[-1].group()):
            nxt = words[k].group()
            if _opens_name(text, words, k):
                break  # "Today Mr Smith": a title inside a run opens the name; the words before it are not his
            if _is_name_word(nxt) or (nxt in PARTICLES and k + 1 < len(words) and _is_name_word(words[k + 1].group())
                                       and _joined(text, words[k], words[k + 1])):
                run.append(words[k])
                k += 1
            else:
                break
        last = run[-1].group()
        possessive = _ends_possessive(last)
        end = run[-1].end() - (2 if last.endswith(("'s", "’s")) else 1 if possessive else 0)
        name = text[run[0].start():end]
        found.append(PersonMention(words[start_index].start(), end, name, title, possessive))
        i = k
    return found


def in_spans(positions: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """For each position, whether a span (start, end) holds it (start <= position < end): both sorted and
    walked together, so that a sentence of many words and many figures is not words times figures."""
    inside = [False] * len(positions)
    ordered = sorted(spans)
    k, reach = 0, -1  # reach: the furthest end of the spans starting at or before the position
    for index in sorted(range(len(positions)), key=positions.__getitem__):
        position = positions[index]
        while k < len(ordered) and ordered[k][0] <= position:
            reach = max(reach, ordered[k][1])
            k += 1
        inside[index] = reach > position
    return inside


def _opens_name(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether word k is a title ("Mr", "Dame") with a name word right after it."""
    return _title_key(words[k].group()) in TITLES and k + 1 < len(words) and \
        _joined(text, words[k], words[k + 1]) and _is_name_word(words[k + 1].group())


def _ends_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) or (word.endswith(("s'", "s’")) and len(word) > 2)


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether two words are next to each other with only a space between them."""
    return text[a.end():b.start()] == " "
