"""What a table's labels mean: the kind of value a column (or a form's field) holds.

A Chinese label is a noun phrase whose last noun is its head: 收款人 and 监护人 are persons
(head 人), 户主 and 车主 persons (主), 姓名 and 开户名 a person's name (名), 一卡通账号 and 银行卡号
numbers of an account (账/卡 before 号), 社保卡 a card. So a label is read by its structure —
its head and the few modifiers that change it — not looked up in a list of every label an
office might type:

- ``person``: head 名 (姓名, 户名, 开户名; not 村名, 品名, 单位名称), 人, 者, 主 (户主, 车主), or a
  kinship or membership head (家长, 配偶, 父亲, 母亲, 子女, 家属, 亲属, 成员, 对象);
- ``social_card``: a social-security or medical-insurance card (社保卡, 社会保障卡, 医保卡);
- ``account``: 账/帐 (账号, 银行账户; not 台账) or 卡 (卡号, 银行卡, 一卡通) or 存折;
- ``certificate``: the number of a person's qualification or practice certificate (执业证号,
  资格证书编号, 注册建造师证书编号: ``recognizers.certificate``);
- ``id``: 身份证, 身份号码, 证件号, or another certificate number (证号: 残疾人证号; 学籍号, a
  pupil's ID number after a letter);
- ``vin``, ``plate``, ``phone``, ``email``, ``address``: 车架号/车辆识别代号, 车牌/号牌,
  电话/手机, 邮箱, 地址/住址/住所/居住地/户籍地/房屋坐落;
- ``attribute``: a person's particulars (出生日期, 年龄, 性别, 民族, 年级, 班级, 学历), so that a
  form whose fields are such labels is read as a form;
- ``serial``: any other number (编号, 序号, 批次号, 文号): public numbering, which lowers the
  score of an unvalidated number under it;
- ``""``: anything else.

Forms (登记表, 申请表) put the label in the cell to the left of its value, not above it: a
table whose body cells are often labels themselves is read that way (``label_of``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.tables import CellView, TableIndex, label_like, squeeze

PERSON, SOCIAL_CARD, ACCOUNT, ID, VIN, PLATE = "person", "social_card", "account", "id", "vin", "plate"
PHONE, EMAIL, ADDRESS, SERIAL = "phone", "email", "address", "serial"
CERTIFICATE = "certificate"
# A person's particulars (出生日期, 性别, 年级): the labels of a form's fields and of a list's
# columns, whose values are no identifier.
ATTRIBUTE = "attribute"
_ATTRIBUTE = re.compile(
    r"^[^\d一二三四五六七八九十初高大中小]{0,4}(?:出生(?:日期|年月日?|时间|地)?|生日|年龄|周岁|年级|班级|性别|民族|籍贯|学历|文化程度|政治面貌|"
    r"婚姻状况|健康状况|国籍|户籍|职业)$"
)
NUMBER_KINDS = frozenset({SOCIAL_CARD, ACCOUNT, ID, VIN, PLATE, PHONE, SERIAL, CERTIFICATE})

# Words of a certificate that qualifies a person for a profession (执业, 职业资格, 注册建造师…),
# and words of a body's certificate or an official's service card, which are not a person's.
_QUALIFICATION = re.compile(
    r"执业|职业资格|从业资格|资格证|资格证书|注册(?:建造|造价|安全|监理|会计|结构|建筑|消防|土木|"
    r"设备|电气|咨询|测绘|城乡规划|税务|计量|验船|核安全)|建造师|工程师|医师|药师|护士|律师|教师|"
    r"导游|特种作业|操作证|上岗证|职称证|技能等级"
)
_NOT_PERSONS = re.compile(r"执法|检查证|工作证|许可|资质|营业|企业|机构|单位|公司|事务所|医院|学校")


def personal_certificate(label: str) -> bool:
    """Whether ``label`` names a person's qualification or practice certificate."""
    return bool(_QUALIFICATION.search(label)) and not _NOT_PERSONS.search(label)

_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
# 名 after one of these names a thing or a place, not a person.
_THING_NAME = re.compile(r"(?:村|地|品|店|校|路|街|书|药|病|罪|菜|项目|单位|企业|公司|机构|产品|文件|课程|"
                         r"工程|小区|镇|乡|县|市|区|省|国|队|组|班|社|厂|场|馆|站|所|部|局|院|会|名称)名$")
_PERSON_HEAD = re.compile(r"(?:姓名|名字|户名|人名|名)$|(?:人|者)$|主$|"
                          r"(?:家长|配偶|父亲|母亲|子女|妻子|丈夫|儿子|女儿|家属|亲属|遗属|爱人|成员|对象|学生|患者)$")
# Heads that end in 人 or 主 but name no person column (counts, bodies).
_NOT_PERSON = re.compile(r"(?:法人|机构|单位|组织|公司|企业)$|^(?:主|人|者)$")
# Persons named in a public capacity: their column is still a column of names.
# A case file's officers too (送达人, 调查人, 询问人: the body's staff), not the person served,
# questioned or inspected (受送达人, 被询问人); a bid's 项目经理 (published with the award).
PUBLIC_ROLE = re.compile(r"(?:(?<![受被])(?:法定代表|负责|签发|承办|经办|审核|复核|审批|批准|执法|主持|记录|"
                         r"送达|调查|检查|询问|办案|勘验)人|"
                         r"执法人员|评审专家|专家|调查人员|检查人员|办案人员|项目经理|项目总监|总监理工程师)"
                         # A two-row header: 项目经理 over 姓名 is read 项目经理姓名.
                         r"(?:姓名|名字)?$")


def public_role(label: str) -> bool:
    """Whether ``label`` names a person in a public capacity, read as ``kind_of`` reads it:
    without spaces, a final colon and bracketed alternatives (法定代表人（负责人、业主）)."""
    text = _BRACKETS.sub("", squeeze(label)).rstrip(":：") or squeeze(label)
    return bool(PUBLIC_ROLE.search(text))


@functools.lru_cache(maxsize=4096)
def kind_of(label: str) -> str:
    """The kind of value a column or field labelled ``label`` holds ('' if none)."""
    text = _BRACKETS.sub("", squeeze(label)).rstrip(":：") or squeeze(label)
    if not text:
        return ""
    # The head is at the end: a label joined from two header rows (基本信息 over 姓名) or
    # with a long modifier is read by its last words.
    text = text[-12:]
    if re.search(r"车架|识别代[号码]|VIN|vin", text):
        return VIN
    if re.search(r"车牌|号牌|牌照", text):
        return PLATE
    if re.search(r"社保卡|社会保障卡|医保卡|医疗保险卡|医保账|社保账", text):
        return SOCIAL_CARD
    if re.search(r"(?:证书|证)(?:编号|号码|编码|号)?$", text) and personal_certificate(text):
        return CERTIFICATE
    if re.search(r"身份证|身份号|公民身份|证件号|证号|社会保障号|学籍号", text):
        return ID
    if re.search(r"(?<!台)[账帐]|卡号|卡$|一卡通|存折|折号", text):
        return ACCOUNT
    if re.search(r"电话|手机|联系方式|联系号码|移动号码", text):
        return PHONE
    if re.search(r"邮箱|邮件|e-?mail", text, re.IGNORECASE):
        return EMAIL
    if re.search(r"址|住所|居住地|户籍地|户籍所在|家住|住处|坐落|房屋位置|门牌", text):
        return ADDRESS
    if re.search(r"[号码]$", text):
        return SERIAL
    if _ATTRIBUTE.search(text):
        return ATTRIBUTE
    if _PERSON_HEAD.search(text) and not _THING_NAME.search(text) and not _NOT_PERSON.search(text):
        return PERSON
    # A public role's head is no person noun (执法人员, 评审专家, 项目经理), but its column holds names.
    if PUBLIC_ROLE.search(text):
        return PERSON
    return ""


# What a row of a table of persons tells of its person, by the label's head noun: an
# identifier assigned to the person (a number: 中考报名号, 准考证号, 考籍号, 学籍号, 报名序号 — the
# kinds of number above) or an attribute of the person (a category or a state: 困难类型, 帮扶类别,
# 资助类型, 健康情况, 伤亡情况; a particular such as 户籍 or 学历; an address). A bare 序号 or 编号
# is the table's own numbering of its rows, not the person's; 性别 and 民族 say too little
# once the name is gone, and a name, a phone, an amount or a school is read by its own rules.
IDENTIFIER, PARTICULAR = "identifier", "particular"
_NUMBERING = re.compile(r"^(?:序号?|编号|顺序号|排序|No\.?|NO\.?|no\.?)$")
_IDENTIFIER_KINDS = frozenset({ID, SERIAL, CERTIFICATE, SOCIAL_CARD, ACCOUNT, VIN, PLATE})
_STATE_HEAD = re.compile(r"(?:类型|类别|种类|情况|状况|状态|情形|原因|性质|程度|等级|级别|身份|属性)$")
_SLIGHT = re.compile(r"性别|民族")


@functools.lru_cache(maxsize=4096)
def row_role(label: str) -> str:
    """What a cell labelled ``label`` tells of its row's person: ``IDENTIFIER``,
    ``PARTICULAR`` or ''."""
    text = _BRACKETS.sub("", squeeze(label)).rstrip(":：") or squeeze(label)
    kind = kind_of(text)
    if kind in _IDENTIFIER_KINDS:
        return "" if _NUMBERING.match(text) else IDENTIFIER
    if kind == ADDRESS or (kind == ATTRIBUTE and not _SLIGHT.search(text)):
        return PARTICULAR
    if not kind and _STATE_HEAD.search(text[-6:]):
        return PARTICULAR
    return ""


def is_label(text: str) -> bool:
    """Whether a cell's text is a label (short, without digits, of a known kind or ending
    with a colon)."""
    squeezed = squeeze(text)
    return (
        bool(squeezed)
        and len(squeezed) <= 12
        and not any(c.isdigit() for c in squeezed)
        and (bool(kind_of(squeezed)) or squeezed.endswith((":", "：")))
    )


def is_form(index: TableIndex, number: int) -> bool:
    """A table whose body is a quarter or more labels is a form: each value's label is the
    cell to its left."""
    key = ("form", number)
    if key not in index.memo:
        table = index.tables[number]
        body = [c for c in table.cells if c.end > c.start and c.row >= table.header_rows]
        labels = sum(is_label(index.text[c.start : c.end]) for c in body)
        index.memo[key] = bool(body) and labels * 4 >= len(body)
    return bool(index.memo[key])


def label_of(index: TableIndex, view: CellView) -> str:
    """The label of the value in ``view``'s cell: in a form, the label cell to its left;
    otherwise the column's header. '' when the cell is itself a label."""
    text = index.text[view.start : view.end]
    if is_label(text):
        return ""
    if is_form(index, view.number) or not view.header:
        row = index.row_of(view)
        left = [c for c in row if c.column + c.column_span <= view.cell.column]
        if left:
            label = index.text[left[-1].start : left[-1].end]
            if is_label(label):
                return squeeze(label).rstrip(":：")
        if is_form(index, view.number):
            return ""
    return view.header


def cell_kind(index: TableIndex, view: CellView) -> str:
    """The kind of value ``view``'s cell holds, by its label ('' if unknown)."""
    return kind_of(label_of(index, view))


# The office a person holds or is to hold: a post column (现任职务, 拟任职务, 现工作单位及职务,
# 职称, 任职情况) or cells that read as posts (…局长, …主任, …书记, 科员). A table with such a
# column lists persons named in their public capacity (干部任前公示, 任免名单, 评审专家名单).
_POST_LABEL = re.compile(r"职务|职位|职级|职称|任职|拟任|现任|拟提任|拟提名|拟推荐|任免|分工|专家|执法证")
# In a form each label types its own field: an 执法证号 field is the officer's next to it (a case
# form's 执法人员 | … | 执法证号 | …), not a post held by every person the form names (当事人,
# 委托代理人, 证人).
_FORM_POST_LABEL = re.compile(_POST_LABEL.pattern.removesuffix("|执法证"))
_POST_VALUE = re.compile(
    r"(?:局长|主任|书记|委员|科长|科员|主席|部长|县长|市长|镇长|乡长|区长|厅长|处长|所长|站长|院长|"
    r"校长|馆长|秘书长|调研员|巡视员|专员|干部|经理|董事长|队长|庭长|检察长|审判员|检察官|组长|社长|"
    r"行长|会长|园长|主任科员|一级主任科员|[一二三四]级调研员)(?:[(（][^)）]*[)）])?$"
)


# A column of injuries (an accident's casualty table: 伤亡情况, 伤情, 受伤情况): its persons are
# victims, whatever post they held.
INJURY_LABEL = r"伤亡|伤情|受伤|伤势|伤害程度|损伤|死因|死亡原因"


def officials_table(index: TableIndex, number: int) -> bool:
    """Whether table ``number`` lists persons in their public capacity: one of its labels (a
    column's header, or in a form a label cell) names a post, or one of its columns holds
    posts (half or more of its cells, at least two). Decided by the table's structure, not
    by the document's title. A table with a column of injuries lists an accident's victims
    (their 职务 is the job they were doing), never officials acting in office."""
    key = ("officials", number)
    if key not in index.memo:
        table = index.tables[number]
        labels = list(index.view(number, table.cells[0]).headers) if table.cells else []
        if any(re.search(INJURY_LABEL, squeeze(label)) for label in labels):
            index.memo[key] = False
            return False
        if number in index.continued:
            # Labels borrowed from the table it continues type its columns but never make its
            # persons officials: only posts in its own cells do (an unrelated list of the same
            # shape after a 任前公示 stays private).
            labels = []
        form = is_form(index, number)
        labels += [index.text[c.start : c.end] for c in table.cells
                   if c.row < table.header_rows or (form and label_like(index.text[c.start : c.end]))]
        posts: dict[int, list[int]] = {}
        for cell in table.cells:
            if cell.row >= table.header_rows and cell.end > cell.start:
                counts = posts.setdefault(cell.column, [0, 0])
                counts[1] += 1
                counts[0] += bool(_POST_VALUE.search(squeeze(index.text[cell.start : cell.end])))
        post = _FORM_POST_LABEL if form else _POST_LABEL
        index.memo[key] = any(post.search(squeeze(label)) for label in labels) or any(
            hits >= 2 and hits * 2 >= total for hits, total in posts.values()
        )
    return bool(index.memo[key])


# A totals row (合计, 小计, with what it totals: 本页小计, 全村合计) and a header row repeated on
# a later page hold no values.
_TOTAL = re.compile(
    r"^[\u4e00-\u9fa5]{0,4}(?:合计|小计|总计|共计|累计|汇总)[:：]?$|^(?:总数|以下空白|空白)$"
)


def value_cells(index: TableIndex) -> list[tuple[CellView, str, str]]:
    """Every cell of every table that holds a value, with its label and the label's kind: the
    body cells of a table, every cell of a form (its labels apart). Worked out once per
    document: every recognizer that reads table columns walks the same list."""
    found = index.memo.get("values")
    if found is None:
        found = index.memo["values"] = list(_value_cells(index))
    return found  # type: ignore[return-value]


def _value_cells(index: TableIndex) -> Iterator[tuple[CellView, str, str]]:
    for number, table in enumerate(index.tables):
        form = is_form(index, number)
        for cell in table.cells:
            if cell.end <= cell.start or (cell.row < table.header_rows and not form):
                continue
            view = index.view(number, cell)
            label = label_of(index, view)
            value = squeeze(index.text[cell.start : cell.end])
            repeated = not form and value == view.header  # a header repeated on a new page
            if label and not _TOTAL.match(value) and not repeated:
                yield view, label, kind_of(label)


# A person's name as a cell of a name column holds it: two to four Chinese characters, maybe
# padded with a space (张　三), or a name with a middle dot (买买提·艾力); masked forms (张某,
# 李*) are left to the masked-value recognizer.
_CELL_NAME = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}|"
                        r"[\u4e00-\u9fff]{2,6}[·•][\u4e00-\u9fff]{2,8}")
_CELL_PARTS = re.compile(r"[^、，,；;/／\n()（）\[\]【】]+")


def cell_names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the names in a cell of a name column: the whole cell, or each name of a
    list (张三、李四), without a note in brackets (张三（户主）)."""
    cell = text[start:end]
    for part in _CELL_PARTS.finditer(cell):
        piece = part.group()
        lead = len(piece) - len(piece.lstrip())
        stripped = piece.strip()
        match = _CELL_NAME.fullmatch(stripped)
        if not match or re.search("[某*＊×○]", stripped) or is_label(stripped):
            continue
        begin = start + part.start() + lead
        yield begin, begin + len(stripped)
