"""Residential address (住址) of a natural person, down to the room.

An address runs from the larger divisions to the smaller (省 → 市 → 县/区 → 乡镇/街道 → 村/社区
→ 路/街/巷 and 号 → 小区 → 号楼/栋/幢 → 单元 → 层 → 室/户), ending at a division, a house number
or a room. Whose address it is decides: one labelled 住址, 家庭住址, 家住, 现住, 户籍地,
居住地 (or ``，住…`` in a party's description) is a person's home; 通讯地址, 联系地址 and
送达地址 are a person's when the address goes down to a flat (单元, 室, 户); an address under
办公地址, 单位地址, 注册地址, 经营场所, or one naming a public building (政府, 局, 中心, 大厦,
办公楼, 服务大厅…) is a body's and is not reported. In a table of persons (a 姓名 or 户主 column)
an address column (家庭住址, 地址, 所在村) holds home addresses. An unlabelled address that goes
down to a flat (…3号楼2单元501室) is reported for review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from pipeline.tables import index_for
from recognizers import _columns as columns
from recognizers._base import CustomRecognizer, clause_before, result

_BODY = r"[\u4e00-\u9fa5A-Za-z0-9#\-－·]"
_UNIT = r"(?:室|户|号|号院|号楼|栋|幢|座|单元|层|楼|组|村|巷|弄|里|社区|小区|公寓|宿舍|屯|庄|寨|大院)"
ADDRESS = re.compile(rf"{_BODY}{{2,80}}{_UNIT}")
_FLAT = re.compile(r"\d+\s*(?:单元|室|户)|\d+\s*(?:号楼|栋|幢)\s*\d+|\d+-\d+-\d+")
_HOME = (
    r"家庭住址|家庭地址|现住址|住址|家住|现住|现居住|居住于|居住在|居住地址|居住地|户籍地址|户籍所在地|"
    r"户籍地|户口所在地|身份证住址|暂住地|暂住|(?<=[,，、])住"
)
_CONTACT = r"通讯地址|通信地址|联系地址|送达地址|邮寄地址|收件地址|地址"
_OFFICE = (
    r"办公地址|单位地址|注册地址|经营地址|经营场所|营业场所|办公场所|受理地点|办理地点|地点|场所|"
    r"住所地|住所|机构地址|窗口地址|供应商地址|公司地址|企业地址"
)
LABEL = re.compile(rf"(?:(?P<office>{_OFFICE})|(?P<home>{_HOME})|(?P<contact>{_CONTACT}))[^\S\n]*[:：]?[^\S\n]*")
_PUBLIC_BUILDING = re.compile(
    r"政府|局|委员会|中心|大厦|办公楼|服务大厅|大厅|窗口|机关|法院|检察院|派出所|医院|学校|公司|"
    r"银行|宾馆|酒店|广场|商场|市场|园区|开发区|产业园|写字楼|办事处|委|厅"
)
_HOME_LABEL = re.compile(r"住址|家庭地址|居住地|户籍|家庭住")
_VILLAGE_LABEL = re.compile(r"所在村|村组|村[(（]居[)）]|所在社区")
_PERSON_NEAR = re.compile(r"申请人|当事人|户主|本人|被申请人|投诉人|举报人|[男女][,，]")


class AddressRecognizer(CustomRecognizer):
    ENTITIES = ("CN_ADDRESS",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        taken: list[tuple[int, int]] = []
        for label in LABEL.finditer(text):
            match = ADDRESS.match(text, label.end())
            if not match or label["office"] or _PUBLIC_BUILDING.search(match[0]):
                if match:
                    taken.append(match.span())
                continue
            value = match[0]
            flat = bool(_FLAT.search(value))
            if label["home"]:
                score, why = 0.85, "home"
            elif flat or _PERSON_NEAR.search(clause_before(text, label.start(), 120)):
                score, why = 0.8, "contact"
            else:
                continue
            if re.search(r"\d|[村组屯庄寨]", value):
                taken.append(match.span())
                yield result(self, "CN_ADDRESS", *match.span(), score, cue=why)
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
            if not value or _PUBLIC_BUILDING.search(value) or not (home or persons[view.number]):
                continue
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
            start, end = match.span()
            if covered.find(1, start, end) >= 0 or _PUBLIC_BUILDING.search(match[0]):
                continue
            if re.search(r"\d+\s*(?:单元|室)", match[0]) and re.search(
                r"路|街|巷|弄|小区|花园|苑|家园|号楼|栋|幢|公寓", match[0]
            ):
                yield result(self, "CN_ADDRESS", start, end, 0.5, cue="flat")
