"""The policy's words in English (``--lang en``): the reason of each kind of finding, each
category's general reason, and the laws a legal basis cites, article by article.

The record keeps the Chinese reason and basis (the applicant's 说明理由 is in Chinese); these
render them for an English reader. A reason the table does not know (one a plug-in or the
reviewer wrote) is rendered as its category's reason, never as Chinese inside English.
"""

from __future__ import annotations

import re

# By entity type: the English of ``pipeline.policy.RULES[type].reason``.
REASONS_EN: dict[str, str] = {
    "CN_RESIDENT_ID": "a natural person's resident ID number is personal privacy and is withheld.",
    "CN_MOBILE": "a natural person's mobile number is personal privacy and is withheld.",
    "CN_LANDLINE": "a phone number: an office's is public, a private person's is withheld; "
    "a reviewer confirms which.",
    "CN_MOBILE_PUBLIC": "a supervision or enquiry number a body publishes: public.",
    "CN_BANK_ACCOUNT_PUBLIC": "a body's own account for collecting payments (such as a "
    "non-tax revenue account): public.",
    "CN_LANDLINE_PRIVATE": "a home landline number is personal privacy and is withheld.",
    "CN_LANDLINE_PUBLIC": "an office's phone number is public contact information.",
    "EMAIL_ADDRESS": "a private e-mail address is personal privacy and is withheld.",
    "EMAIL_PUBLIC": "an office's e-mail address is public contact information.",
    "CN_BANK_CARD": "a bank account or card number is personal privacy and is withheld.",
    "CN_SOCIAL_SECURITY_CARD": "a social security (medical insurance) card number is personal "
    "privacy and is withheld.",
    "CN_VIN": "a vehicle identification number points to a vehicle and its owner: personal "
    "privacy, withheld.",
    "CN_PERSONAL_CERTIFICATE": "a natural person's professional certificate number points to "
    "that person: personal privacy, withheld.",
    "CN_PROPERTY_CERT": "a private person's real-estate title certificate number points to that "
    "person's property: personal privacy, withheld.",
    "CN_DRIVING_LICENCE_FILE": "a driving licence's file number looks up a particular driver's "
    "licence and offence record: personal privacy, withheld.",
    "CN_STUDENT_NUMBER": "a student's school or national student number points to that "
    "student: personal privacy, withheld.",
    "CN_PASSPORT": "a passport number is personal privacy and is withheld.",
    "CN_HKMO_PERMIT": "a travel permit number is personal privacy and is withheld.",
    "CN_HOME_RETURN_PERMIT": "a home return permit number is personal privacy and is withheld.",
    "CN_TW_PERMIT": "a Taiwan compatriot permit number is personal privacy and is withheld.",
    "CN_LICENSE_PLATE": "a licence plate is personal privacy and is withheld.",
    "CN_QQ": "a personal QQ number is personal privacy and is withheld.",
    "CN_WECHAT": "a personal WeChat ID is personal privacy and is withheld.",
    "CN_MILITARY_ID": "a military ID number is personal privacy and is withheld.",
    "CN_POSTCODE": "a postcode does not point to a particular person.",
    "CN_USCC": "a unified social credit code is registration data published by law.",
    "CN_USCC_INDIVIDUAL": "a sole trader's credit code is market registration data published "
    "by law: public.",
    "PERSON": "a natural person's name is personal privacy and is withheld.",
    "OFFICIAL_NAME": "the name appears in an official capacity or one published by law: public.",
    "NOTICE_RECIPIENT": "the name is a recipient in a notice whose rule publishes its recipients "
    "(低保, 临时救助, 公租房 公示, 拟聘用人员, 表彰…) or the addressee a 公告送达 must name: public; the "
    "recipient's ID, account, phone and address are still withheld.",
    "CN_VEHICLE_PUBLIC": "the plate or VIN is of a vehicle a notice publishes by rule (a body's own car for "
    "auction or disposal, a registration declared void): public.",
    "CN_ADDRESS": "a home address is personal privacy and is withheld.",
    "SENSITIVE_HEALTH": "a particular person's health information is sensitive personal "
    "information and is withheld.",
    "SENSITIVE_MINOR": "a minor's personal information is sensitive personal information and is "
    "withheld.",
    "SENSITIVE_IDENTITY": "a particular person's special status or family circumstances "
    "(an orphan, a person the state keeps) is sensitive personal information and is withheld.",
    "SENSITIVE_RELIGION": "a particular person's religion is sensitive personal information and "
    "is withheld.",
    "SENSITIVE_CRIMINAL": "a particular person's criminal record is sensitive personal "
    "information and is withheld.",
    "CN_TRACKING_NUMBER": "the postal or courier tracking number of a person's mail looks up "
    "the sender's and addressee's names, phones and addresses: personal privacy, withheld.",
    "PERSONAL_AGE": "a particular person's age, which with the rest of the text identifies "
    "them: personal information, withheld.",
    "PERSONAL_MARITAL": "a particular person's marital status (a divorce, remarriage, "
    "widowhood) is personal privacy and is withheld.",
    "MASKED_VALUE": "the value is already masked.",
    "DOC_NUMBER": "document, case and index numbers are public information about the document.",
    "CLASSIFICATION_MARKING": "the document carries a state-secret marking and must not be "
    "published within its period; declassifying or publishing it needs the secrecy office.",
    "CIPHER_TELEGRAM": "the document is a cipher telegram and must not be published.",
    "INTERNAL_MARKING": "the document is marked internal or work secret and should not be "
    "published.",
    "DISCLOSURE_NOTE": "the drafter's note of the disclosure attribute, for the reviewers to "
    "confirm.",
    "OCR_UNCERTAIN": "a scanned area read by OCR with too little confidence: a person must check "
    "it for content that may not be published.",
    "UNVERIFIABLE_CONTENT": "this part (a scanned page, an image, a font without a text mapping "
    "or an embedded object) cannot be checked automatically: a reviewer redacts the area or "
    "keeps it with a reason.",
}

CATEGORY_REASONS_EN: dict[str, str] = {
    "state_secret": "the content is or may be a state secret: withheld by law, to be confirmed "
    "by the secrecy office.",
    "security_stability": "publishing it may endanger national, public or economic security or "
    "social stability: withheld.",
    "trade_secret": "the content is a third party's trade secret; publishing it would harm the "
    "third party's lawful rights: withheld.",
    "personal_privacy": "the content is personal privacy; publishing it would harm the third "
    "party's lawful rights: withheld.",
    "internal_affairs": "the content is internal affairs information of the administration: "
    "withheld.",
    "process_info": "the content is process information: withheld.",
    "law_enforcement": "the content is from a law enforcement file: withheld.",
    "work_secret": "the content is a work secret: withheld.",
    "none": "the content is to be published by law.",
}

# The laws a basis cites, by the title between 《》.
LAWS_EN: dict[str, str] = {
    "中华人民共和国政府信息公开条例": "Regulations on the Disclosure of Government Information",
    "政府信息公开条例": "Regulations on the Disclosure of Government Information",
    "中华人民共和国保守国家秘密法": "Law on Guarding State Secrets",
    "保守国家秘密法": "Law on Guarding State Secrets",
    "中华人民共和国保守国家秘密法实施条例": "Implementing Regulations of the Law on Guarding "
    "State Secrets",
    "中华人民共和国个人信息保护法": "Personal Information Protection Law",
    "个人信息保护法": "Personal Information Protection Law",
}

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CITATION = re.compile(
    r"《(?P<law>[^》]+)》(?P<articles>(?:[、和及]?第[零一二三四五六七八九十百]+条"
    r"(?:第[零一二三四五六七八九十]+款)?)*)"
)
_ARTICLE = re.compile(r"第([零一二三四五六七八九十百]+)条(?:第([零一二三四五六七八九十]+)款)?")


def chinese_number(text: str) -> int:
    """一 .. 九百九十九 as articles are numbered."""
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
    return total + current


def _articles(text: str) -> str:
    parts = []
    for m in _ARTICLE.finditer(text):
        part = f"Article {chinese_number(m[1])}"
        if m[2]:
            part += f"({chinese_number(m[2])})"
        parts.append(part)
    return ", ".join(parts)


def basis_en(basis: str) -> str:
    """A legal basis (《条例》第十五条；《保守国家秘密法》) in English; a law the table does not
    know keeps its title (a proper name, as cited)."""

    def one(m: re.Match[str]) -> str:
        law = LAWS_EN.get(m["law"], m["law"])
        articles = _articles(m["articles"] or "")
        return f"{law}, {articles}" if articles else law

    text = _CITATION.sub(one, basis)
    return text.replace("；", "; ").replace("、", ", ").replace("，", ", ")
