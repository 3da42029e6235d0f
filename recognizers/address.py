"""Residential address (住址) of a natural person, down to the room.

An address runs from the larger divisions to the smaller (省 → 市 → 县/区 → 乡镇/街道 → 村/社区
→ 路/街/巷 and 号 → 小区 → 号楼/栋/幢 → 单元 → 层 → 室/户), ending at a division, a house number
or a room (also a room written without 室: 2单元301, 5栋1202, 小区5-2-301). Whose address it is decides: one labelled 住址, 家庭住址, 家住, 现住, 户籍地,
居住地, or written after 住在, 居住的, 家位于, a sender's or addressee's 寄件地址/收件地址, 邮寄至
(or ``，住…`` and ``当事人住…`` in a party's description) is a person's home; 通讯地址, 联系地址 and 送达地址 are a
person's when the address goes down to a flat (单元, 室, 户) or a person is named before it,
and a body's when the label asks for letters (来信地址) or the clause and the lines before it are
a body's contact block (``recognizers._holder``: 监督电话：…, 通讯地址：…); an
address under 办公地址, 单位地址, 注册地址, 经营场所, or one naming a public building (政府, 局,
中心, 大厦, 办公楼, 服务大厅…) is a body's and is not reported. In a table of persons (a 姓名 or
户主 column) an address column (家庭住址, 地址, 所在村) holds home addresses: the whole cell. An
unlabelled address that goes down to a flat (…3号楼2单元501室) is a resident's home in a
resident's complaint or request (反映, 投诉, 来电, 信访, 业主, 村民…, in the same sentence) and is
reported for review elsewhere.

The span is the address itself: it starts after the label and the word linking it (为, 是, 在,
于, 至: 寄件地址为…, 邮寄至…) or a verb before it (反映, 位于), and ends at the room.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from pipeline.doc_kind import addressed_to_person
from pipeline.tables import index_for
from recognizers import _columns as columns
from recognizers._base import CustomRecognizer, clause_before, result
from recognizers._holder import holder_at

_BODY = r"[\u4e00-\u9fa5A-Za-z0-9#\-－·]"
# Longer units first: at the same end 号院 and 号楼 are the address's end, not 号.
_UNIT = r"(?:号院|号楼|单元|社区|小区|公寓|宿舍|大院|室|户|号|栋|幢|座|层|楼|组(?![织成长员建合])|村|巷|弄|里|屯|庄|寨)"
# A flat's number written without 室 after the building, the entrance or the floor
# (2单元301, 5栋1202, 和平小区5-2-301) ends the address too.
_BARE_ROOM = (
    r"(?:(?:(?<=单元)|(?<=栋)|(?<=幢)|(?<=楼)|(?<=层)|(?<=座)|(?<=小区)|(?<=公寓)|(?<=院))"
    r"\d{1,5}(?:-\d{1,5}){0,3}(?:室|户)?(?![\d\-]))?"
)
ADDRESS = re.compile(rf"{_BODY}{{2,80}}{_UNIT}{_BARE_ROOM}")
_FLAT = re.compile(r"\d+\s*(?:单元|室|户)|\d+\s*(?:号楼|栋|幢)\s*\d+|\d+-\d+-\d+")
_HOME = (
    r"家庭住址|家庭地址|现住址|住址|家住在|家住|家在|现住|现居住地|现居住址|现居住|现居|居住于|居住在|"
    r"居住的|居住地址|该户位于|该户住|该户居住|"
    r"居住地|租住在|租住于|租住|暂住在|户籍地址|户籍所在地|户籍地|户口所在地|身份证住址|暂住地|暂住|"
    r"住在|住于|(?<=[,，、(（])住(?![房宿院建址所户])|(?<=人)住(?![房宿院建址所户])|寄件地址|寄件人地址|收件地址|"
    r"收件人地址|邮寄地址|寄送地址|(?:邮寄|寄送|寄件|寄|送达|送)(?:至|到)|(?:家|住宅|住处|住房|房屋)(?:位于|坐落于|坐落在)"
)
_CONTACT = r"通讯地址|通信地址|联系地址|送达地址|地址"
# What may stand between a label and its address: 住址为…, 邮寄至…, 家住在…
_LINK = r"[^\S\n]*(?:[:：]|为|是|系|在|于)?[^\S\n]*"
_OFFICE = (
    r"办公地址|单位地址|注册地址|经营地址|经营场所|营业场所|办公场所|受理地点|办理地点|地点|场所|"
    r"住所地|住所|机构地址|窗口地址|供应商地址|公司地址|企业地址"
)
# 住所 is where a party is domiciled: a company's registered seat, or a natural person's
# home (民法典第二十五条). The party described before it decides.
_DOMICILE = r"住所地|住所"
_OFFICE_PROSE = _OFFICE.replace("住所地|住所|", "")
LABEL = re.compile(
    rf"(?:(?P<domicile>{_DOMICILE})|(?P<office>{_OFFICE_PROSE})|(?P<home>{_HOME})|"
    rf"(?P<contact>{_CONTACT})){_LINK}"
)
# In a party's description before 住所: a natural person (sex, birth, ethnicity, ID number)…
_NATURAL_PERSON = re.compile(r"[男女]\s*[,，、]|出生|民族|身份证|身份号码|(?<!\d)\d{17}[\dXx](?!\d)")
# …or a body (a company, its legal representative).
_BODY_PARTY = re.compile(r"公司|有限|企业|合作社|厂|店|中心|单位|机构|法定代表人|经营者|负责人")
_PUBLIC_BUILDING = re.compile(
    r"政府|局|委员会|中心|大厦|办公楼|服务大厅|大厅|窗口|机关|法院|检察院|派出所|医院|学校|公司|"
    r"银行|宾馆|酒店|广场|商场|市场|园区|开发区|产业园|写字楼|办事处|委|厅"
)
_MASKED = re.compile(r"[*＊×]{2,}|某{2,}|[*＊×]$")
_PLACE = re.compile(r"[省市县区镇乡村组屯庄寨街路巷弄道号室楼栋幢苑园里]")
# Housing, even when named after a body (教育局家属院, 电厂宿舍): flats are homes.
_RESIDENTIAL = re.compile(r"家属院|家属楼|宿舍|小区|花园|家园|公寓|住宅|\d+\s*单元")
_HOME_LABEL = re.compile(r"住址|家庭地址|居住地|户籍|家庭住")
_VILLAGE_LABEL = re.compile(r"所在村|村组|村[(（]居[)）]|所在社区")
_PERSON_NEAR = re.compile(r"申请人|当事人|户主|本人|被申请人|投诉人|举报人|[男女][,，]")
# The person a form or work order is about, named in the lines above a contact address
# (来电人：…, 申请人：…): the address is theirs.
_CALLER = re.compile(r"(?:来电人|来访人|信访人|投诉人|举报人|反映人|诉求人|申请人|当事人|户主|姓名)\s*[:：]")
# A body named right after an address (寄至…光明路143号屏川市司法局立法科): the body's address.
_BODY_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,16}?(?:局|委员会|政府|中心|办公室|公司|法院|检察院|"
                         r"医院|学校|办事处|科|处)(?![\u4e00-\u9fa5]{0,2}(?:室|单元|号楼))")
# A resident's complaint or request (信访, 12345 hotline work orders): the address a resident
# gives there is theirs.
_COMPLAINT = re.compile(r"反映|投诉|举报|来信|来电|来访|信访|诉求|诉称|业主|住户|居民|村民|群众|"
                        r"本人|我家|我们家|其家|家中|申请人|当事人")


# Words that come before an address and are no part of it (an address starts with a place).
_LEAD = re.compile(r"^.*(?:反映|投诉|举报|来电|来信|位于|坐落于|坐落在|居住在|住在|家住|称|说|"
                   r"寄件至|寄送至|邮寄至|寄至|送至|寄往)|^住(?![房宅宿院])")
_ROOM = re.compile(r"\d+\s*(?:室|户)")


def _trim(start: int, end: int, text: str) -> tuple[int, int]:
    """The address inside a match: from after a verb before it to its room, if it has one."""
    value = text[start:end]
    room = _ROOM.search(value)
    if room:
        end = start + room.end()
        value = text[start:end]
    digit = re.search(r"\d", value)
    lead = _LEAD.match(value, 0, digit.start() if digit else len(value))
    if lead and len(value) - lead.end() >= 4:
        start += lead.end()
    return start, end


class AddressRecognizer(CustomRecognizer):
    ENTITIES = ("CN_ADDRESS",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        taken: list[tuple[int, int]] = []
        for label in LABEL.finditer(text):
            match = ADDRESS.match(text, label.end())
            if (
                not match
                or label["office"]
                or (_PUBLIC_BUILDING.search(match[0]) and not _RESIDENTIAL.search(match[0]))
                or _BODY_AFTER.match(text, match.end())
            ):
                if match:
                    taken.append(match.span())
                continue
            value = match[0]
            flat = bool(_FLAT.search(value))
            if label["contact"] and not flat and _body_contact(text, label.start()):
                taken.append(match.span())
                continue
            if label["domicile"]:
                party = _line_before(text, label.start())
                if not _NATURAL_PERSON.search(party) or _BODY_PARTY.search(party):
                    taken.append(match.span())
                    continue
                score, why = 0.85, "home"
            elif label["home"]:
                score, why = 0.85, "home"
            elif _COMPLAINT.search(_sentence_before(text, label.start())):
                score, why = 0.85, "complaint"
            elif (
                flat
                or _PERSON_NEAR.search(clause_before(text, label.start(), 120))
                or _CALLER.search(_lines_before(text, label.start()))
            ):
                score, why = 0.8, "contact"
            else:
                continue
            # A home goes down to a house number, or names its village (基层组织 is no place).
            if re.search(r"\d", value) or (
                re.search(r"[村组屯庄寨]", value) and re.search(r"[省市县区镇乡]|街道", value)
            ):
                span = _trim(*match.span(), text)
                taken.append(span)
                yield result(self, "CN_ADDRESS", *span, score, cue=why)
        # Table cells under an address label: a home address when the label says so or the
        # table lists persons (a 姓名 or 户主 column); the whole cell is the address.
        index = index_for(text)
        persons: dict[int, bool] = {}
        for view, label, kind in columns.value_cells(index):
            if kind != columns.ADDRESS and not _VILLAGE_LABEL.search(label):
                continue
            if view.number not in persons:
                persons[view.number] = any(columns.kind_of(h) == columns.PERSON for h in view.headers) or (
                    columns.is_form(index, view.number)
                )
            value = text[view.start : view.end].strip()
            home = bool(re.search(_HOME, label)) or _HOME_LABEL.search(label)
            if not value or not (home or persons[view.number]):
                continue
            if _PUBLIC_BUILDING.search(value) and not _RESIDENTIAL.search(value):
                continue  # a body's building; 教育局家属院3号楼2单元 is a home
            if _MASKED.search(value) or not _PLACE.search(value):
                continue  # already masked (社区***), or no place in it
            if kind != columns.ADDRESS and not re.search(r"\d", value):
                continue  # a village column: the village alone is no one's home
            if re.search(_OFFICE, label) and not home:
                continue
            start = view.start + text[view.start : view.end].index(value)
            taken.append((start, start + len(value)))
            yield result(self, "CN_ADDRESS", start, start + len(value), 0.85, cue="column")
        # The characters of the labelled addresses, to skip unlabelled matches that overlap
        # one (a look-up instead of a comparison with every labelled address).
        covered = bytearray(len(text))
        for s, e in taken:
            covered[s:e] = b"\x01" * (e - s)
        for match in ADDRESS.finditer(text):
            start, end = _trim(*match.span(), text)
            if covered.find(1, start, end) >= 0 or _PUBLIC_BUILDING.search(match[0]):
                continue
            value = text[start:end]
            if re.search(r"\d+\s*(?:单元|室)", value) and re.search(
                r"路|街|巷|弄|小区|花园|苑|家园|号楼|栋|幢|公寓", value
            ):
                # A flat in a resident's complaint is the resident's home; elsewhere a
                # reviewer decides.
                if _COMPLAINT.search(_sentence_before(text, start)):
                    yield result(self, "CN_ADDRESS", start, end, 0.85, cue="complaint")
                elif addressed_to_person(text):
                    # A reply to one private person: a flat it names is theirs or their
                    # family's (a body's address is a building's, not a flat's).
                    yield result(self, "CN_ADDRESS", start, end, 0.85, cue="addressed")
                else:
                    yield result(self, "CN_ADDRESS", start, end, 0.5, cue="flat")
            elif _HOUSE.search(value) and _FAMILY_BEFORE.search(text, max(0, start - 10), start):
                # A house named as someone's family home (其家门口（…巷12号）, 我家位于…).
                yield result(self, "CN_ADDRESS", start, end, 0.85, cue="family")


# Where a body asks for letters and comments: its own address (来信地址, 意见反馈地址).
_LETTERS_TO = re.compile(r"(?:来信|来函|信函|意见|反馈|投递|联系)(?:邮寄)?$")


def _body_contact(text: str, label_start: int) -> bool:
    """The contact address labelled at ``label_start`` is a body's: the label asks for letters
    (来信地址, 意见反馈地址), or the holder rules (``recognizers._holder``) read the clause and
    the lines before it as a body's contact block (监督电话：…, 通讯地址：…) and no caller or
    applicant is named in them."""
    if _LETTERS_TO.search(text[max(0, label_start - 4) : label_start]):
        return True
    if _CALLER.search(_lines_before(text, label_start)):
        return False
    return holder_at(text, label_start).who == "public"


_HOUSE = re.compile(r"(?:路|街|巷|弄|胡同|村|屯)\d+\s*号")
_FAMILY_BEFORE = re.compile(r"(?:其家|我家|他家|她家|家门口|家门前|家中|家里|住宅|住房)[^，,。；;\n]{0,3}$")


def _line_before(text: str, pos: int, limit: int = 120) -> str:
    """The line before ``pos``, back to its start (at most ``limit`` characters)."""
    window = text[max(0, pos - limit) : pos]
    return window[window.rfind("\n") + 1 :]


def _sentence_before(text: str, pos: int, limit: int = 120) -> str:
    """The sentence before ``pos``: back to the last full stop or line end (at most
    ``limit`` characters)."""
    window = text[max(0, pos - limit) : pos]
    cut = max(window.rfind(c) for c in "。！？!?\n")
    return window[cut + 1 :]


def _lines_before(text: str, pos: int, lines: int = 3, limit: int = 200) -> str:
    """The ``lines`` lines before the one holding ``pos`` (at most ``limit`` characters)."""
    window = text[max(0, pos - limit) : pos]
    cut = len(window)
    for _ in range(lines + 1):
        cut = window.rfind("\n", 0, cut)
        if cut < 0:
            break
    return window[cut + 1 :]
