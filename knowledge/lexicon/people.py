"""Telling whether two written names are the same person: titles, nicknames, misspellings."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from knowledge.lexicon.text import fold

# Titles before a name, and the ones that tell a person's sex (for "she" and "he" further on).
FEMALE_TITLES = frozenset({"ms", "mrs", "miss", "lady", "dame", "baroness"})
MALE_TITLES = frozenset({"mr", "sir", "lord", "baron"})
TITLES = FEMALE_TITLES | MALE_TITLES | frozenset({"mx", "dr", "rt", "hon", "cllr", "prof", "professor", "rev"})

# Forms of one first name; each set is one name.
_NICKNAMES: tuple[frozenset[str], ...] = tuple(frozenset(group.split()) for group in (
    "robert rob bob bobby robbie", "anthony tony", "william will bill billy", "richard rick dick richie",
    "james jim jimmy jamie", "michael mike mick", "elizabeth liz beth lizzie betty", "margaret maggie meg",
    "edward ed eddie ted", "thomas tom tommy", "christopher chris", "christine chris", "nicholas nick",
    "andrew andy", "daniel dan danny", "david dave", "stephen steve", "steven steve", "peter pete",
    "joseph joe", "jonathan jon jonny", "john jon jack", "alexander alex", "alexandra alex",
    "catherine kate cathy", "katherine kate kathy", "susan sue", "patricia pat", "patrick pat",
    "samuel sam", "samantha sam", "matthew matt", "benjamin ben", "kenneth ken", "ronald ronnie ron",
    "gregory greg", "philip phil", "timothy tim", "jennifer jenny jen", "deborah debbie", "rebecca becky",
    "victoria vicky", "gerald gerry", "gerard gerry", "frederick fred", "alan al", "albert bert",
    "douglas doug", "nigel", "charles charlie chas", "charlotte charlie", "jacob jake",
    "rosemary rosie", "rosalind ros rosie", "jacqueline jackie jacqui", "kathryn kate kathy",
    "caroline carrie caz", "theresa tess tessa", "pamela pam", "valerie val", "geoffrey geoff",
    "jeremy jez", "lawrence laurence larry", "leonard len lenny", "raymond ray", "terence terry",
    "vincent vince", "zachary zac zack", "nathaniel nat nathan", "angela angie", "barbara barbs",
))

# first name -> the indexes of the groups it belongs to
_NICKNAME_GROUPS: dict[str, frozenset[int]] = {}
for _index, _group in enumerate(_NICKNAMES):
    for _name in _group:
        _NICKNAME_GROUPS[_name] = _NICKNAME_GROUPS.get(_name, frozenset()) | {_index}


@lru_cache(maxsize=1 << 16)
def strip_titles(name: str) -> str:
    """'Lady Victoria Borwick' -> 'Victoria Borwick'."""
    words = name.split()
    while words and fold(words[0]).strip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def name_tokens(name: str) -> list[str]:
    return list(_tokens(name))


@lru_cache(maxsize=1 << 16)
def _tokens(name: str) -> tuple[str, ...]:
    """The words of a name without titles, folded (cached: merging asks for the same names often)."""
    return tuple(w for w in re.split(r"[^a-z']+", fold(strip_titles(name)).replace("'", "")) if w)


@lru_cache(maxsize=4096)
def first_name_forms(name: str) -> frozenset[str]:
    """A folded first name and every nickname form of it: the first names `same_first_name` accepts for it,
    initials aside."""
    forms = {name}
    for index in _NICKNAME_GROUPS.get(name, frozenset()):
        forms |= _NICKNAMES[index]
    return frozenset(forms)


def same_first_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(_NICKNAME_GROUPS.get(a, frozenset()) & _NICKNAME_GROUPS.get(b, frozenset()))


def same_person(a: str, b: str, *, misspelling: float = 80.0) -> bool:
    """Whether two names of candidates in the same seat can be one person.

    Full names must agree on the first name (or a nickname of it) and nearly on the rest;
    a surname alone (a second mention) matches any candidate with a surname like it.

    >>> same_person("Rob Charlesworth", "Bob Charlesworth"), same_person("Liz Evans", "Mark Evans")
    (True, False)
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    rest_a, rest_b = " ".join(ta[1:]), " ".join(tb[1:])
    if len(ta) > 1 and len(tb) > 1:
        if not same_first_name(ta[0], tb[0]):
            return False
        return rest_a == rest_b or fuzz.ratio(rest_a, rest_b) >= misspelling + 8
    # One side is a single word: a surname (or the last word of a compound surname).
    single, full = (ta, tb) if len(ta) == 1 else (tb, ta)
    word = single[0]
    return word == full[-1] or word == " ".join(full[1:]).replace(" ", "") or (
        len(word) > 3 and fuzz.ratio(word, full[-1]) >= misspelling)


def likely_same_person(a: str, b: str, *, misspelling: float = 80.0) -> bool:
    """A looser `same_person`, for matching a name against a seat's complete official list of candidates
    (the caller makes sure only one candidate on the list matches): the first names agree, as
    nicknames, initials or a misspelling ('Jonathon'/'Jonathan'), and the surnames are alike
    ('Borthwick'/'Borwick'); or one name is the end of the other ('Dent Coad', 'Emma Dent Coad').

    >>> likely_same_person("Victoria Borthwick", "Victoria Borwick"), likely_same_person("Dent Coad", "Emma Dent Coad")
    (True, True)
    >>> likely_same_person("Lois Davis", "Richard Davis")
    False
    """
    if same_person(a, b, misspelling=misspelling):
        return True
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < len(long_) and long_[-len(short):] == short:
        return True
    if len(ta) < 2 or len(tb) < 2:
        return False
    first_agrees = same_first_name(ta[0], tb[0]) or fuzz.ratio(ta[0], tb[0]) >= misspelling
    return first_agrees and fuzz.ratio(" ".join(ta[1:]), " ".join(tb[1:])) >= misspelling
