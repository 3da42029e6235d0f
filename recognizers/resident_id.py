"""Resident identity card number (公民身份号码), GB 11643-1999, 18 characters.

A six-digit address code (GB/T 2260, the division where the number was first issued), the birth
date as YYYYMMDD, a three-digit sequence (odd for men) and a check character computed with
ISO 7064 MOD 11-2 over the first seventeen digits (``X`` stands for 10). The same number is the
social-security number (社会保险法第五十八条). Residence permits of Hong Kong, Macau and Taiwan
residents (港澳台居民居住证) use the address codes 810000, 820000 and 830000 and are numbers of
the same form.

The address code is not checked against the division list: numbers keep the code that was valid
when issued, and python-stdnum's ``cn.ric.validate`` rejects codes that have since been
abolished as well as 81/82/83, so only its check-digit function is used here. The first two
digits (a province, or 81–83) are a soft signal: a number outside them needs context.

Numbers are read through the shared normaliser (``recognizers._numbers``), so the groups
people write (6-8-4, 4-4-4-4-2, a stray space, double spaces, hyphens), full-width digits, a
lower-case ``x`` and a line break inside the number are all the same number. Some certificates
extend the ID number: the 残疾人证号 is the ID number and two digits (category and grade), and
other certificate numbers put a few digits after it. Such a longer number whose first eighteen
characters are a valid ID number is reported whole when a certificate word or an ID column
labels it (it tells the ID, and the digits after it tell more about the person). Under a
残疾人证 label (残疾人证号, 残疾证号: clause or column) the twenty characters are reported whole
even when the check character is wrong: the label says what the number is, and its first
eighteen still give the holder's area and birth date.

Other numbers put letters before the ID number: the national student number (全国中小学生
学籍号, 教育部《中小学生学籍管理办法》) is ``G`` followed by the pupil's ID number (another letter
for a temporary one). A token of one or two letters and a valid ID number is reported whole when
a certificate word, a 学籍 label or an ID column labels it; without a label a letter before the
digits makes it another code (an order or serial number), as before.
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import RecognizerResult
from stdnum.cn import ric

from recognizers._base import clause_before, column_kind, column_of
from recognizers._columns import ID
from recognizers._numbers import Candidate, NumberRecognizer, Run, two_cells

_DATE = r"(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_PROVINCES = frozenset(
    ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83"]
)


def id18_ok(number: str) -> bool:
    """Birth date real and not in the future, and the check character right."""
    number = number.upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    try:
        birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if birth > datetime.date.today():
        return False
    # calc_check_digit reads the first 17 of the 18 characters it is given.
    return ric.calc_check_digit(number) == number[17]


# Words that label a certificate whose number may hold the ID number.
_CERTIFICATE = re.compile(r"证号|证件|证书|证编号|身份|残疾|号码|学籍")
# The label of a 残疾人证 (《残疾人证管理办法》: the holder's ID number, then the category and
# the grade of the disability, one digit each).
_DISABILITY = re.compile(r"残疾(?:人)?证")


def _date_ok(number: str) -> bool:
    """An ID-shaped number whose birth date is a real past day (its check character aside)."""
    try:
        birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return birth <= datetime.date.today()


def _disability_label(text: str, start: int, clause: str) -> bool:
    """Whether the clause before ``start`` or its cell's label names a 残疾人证."""
    return bool(_DISABILITY.search(clause) or _DISABILITY.search(column_of(text, start) or ""))


# One or two letters straight before an ID number (G + the pupil's ID number: a 学籍号).
_PREFIXED = re.compile(rf"[A-Z]{{1,2}}([1-8]\d{{5}}{_DATE}\d{{3}}[\dX])")


class ResidentIdRecognizer(NumberRecognizer):
    ENTITY = "CN_RESIDENT_ID"
    LENGTHS = (18, 18)
    PATTERNS = (("id18", rf"[1-8]\d{{5}}{_DATE}\d{{3}}[\dX]", 0.3),)
    CONTEXT = (
        "身份证", "公民身份号码", "身份号码", "证件号码", "证件号", "居住证", "社会保障号码",
        "社保号", "身份证号", "残疾人证",
    )
    COLUMN_KINDS = frozenset({ID})
    # Digits a certificate may add after the ID number (残疾人证: 2).
    EXTENSION = (1, 4)

    def validate_result(self, pattern_text: str) -> bool | None:
        number = re.sub(r"\s", "", pattern_text).upper()
        if len(number) != 18 or not id18_ok(number):
            return False
        return True if number[:2] in _PROVINCES else None

    def holds_check(self, number: str) -> bool:
        return id18_ok(number)

    def extra_candidates(self, text: str, run: Run) -> list[Candidate]:
        """Longer certificate numbers that start with a valid ID number, under a label."""
        found = self._prefixed(text, run)
        low, high = self.EXTENSION
        for lo in run.starts:
            head = run.compact[lo : lo + 18]
            if len(head) < 18 or not re.fullmatch(self.PATTERNS[0][1], head):
                continue
            checked = id18_ok(head)
            if not checked and not _date_ok(head):
                continue
            for hi in run.ends:
                if not lo + 18 + low <= hi <= lo + 18 + high:
                    continue
                tail = run.compact[lo + 18 : hi]
                if not tail.isdigit() or run.broken(lo, hi):
                    continue
                start, end = run.span(lo, hi)
                gap = text[run.span(lo, lo + 18)[1] : run.span(lo + 18, hi)[0]]
                if gap or two_cells(text, start, end):
                    # The certificate writes its digits straight after the ID number: digits
                    # after a space, a tab or in the next cell are another value (the card
                    # in the next column, an account after the ID in a sentence).
                    continue
                label = clause_before(text, start, self.CONTEXT_BEFORE)
                if checked and (_CERTIFICATE.search(label) or column_kind(text, start) == ID):
                    found.append(Candidate(run, lo, hi, "id18_extended", 0.85, True))
                elif not checked and hi - lo == 20 and _disability_label(text, start, label):
                    # The label says what the number is: a 残疾人证号 with a mistyped check
                    # character still holds the holder's ID number (its birth date and area).
                    found.append(Candidate(run, lo, hi, "id18_extended", 0.85, None))
        return found

    def _prefixed(self, text: str, run: Run) -> list[Candidate]:
        """Letters and an ID number in one token (a 学籍号), under a label."""
        found = []
        for lo, hi in zip(run.starts, run.ends, strict=True):
            prefixed = _PREFIXED.fullmatch(run.compact[lo:hi])
            if prefixed is None or not id18_ok(prefixed.group(1)):
                continue
            start = run.span(lo, hi)[0]
            label = clause_before(text, start, self.CONTEXT_BEFORE)
            if _CERTIFICATE.search(label) or column_kind(text, start) == ID:
                found.append(Candidate(run, lo, hi, "id18_prefixed", 0.85, True))
        return found

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        if found.recognition_metadata.get("pattern") == "id18_extended":
            found.recognition_metadata["extended"] = True
        return found
