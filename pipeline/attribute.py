"""The document's disclosure attribute (公开属性), derived in one place from everything the
review found, with the reason recorded.

The attribute is the first of these that holds (the order is the law's: a secret outranks a
procedure, a procedure outranks the drafter's wish):

1. a classification marking within its period: 不予公开 (a state secret is withheld whole);
2. an expired marking (declassify first), state-secret content whose redaction the secrecy
   office must confirm, or a plain document passing on a cipher telegram's content (现将…密码电报
   …转发如下: 密电不得明传): 须报审;
3. an internal marking (内部资料, 工作秘密, 内部明电…): 不予公开 (保密法第六十四条 / 条例第十六条);
4. a reply to an application for disclosure (政府信息公开申请答复书, 告知书; 收到您…提交的政府信息
   公开申请): 依申请公开 — it goes to the applicant, not onto the website; likewise a reply to a
   letter or visit (the 信访 family: 处理意见书, 复查意见书, 复核意见书, 答复意见书, 信访答复…) or a
   hotline work order (12345 热线工单: one caller's request and its handling), addressed to one
   person about their own matter, whatever it recounts of an investigation or a process — but not
   a selection of such replies the body compiles for its site (留言选登, 摘编), which is 主动公开;
   a drafter's 不予公开 note on a 信访 or hotline reply stands (no 条例 ground overrides it), not
   on an application reply, which the applicant is owed (条例第三十六条);
5. process information (a 征求意见稿 or 讨论稿 not put out for public comment, a 请示, a
   discussion record, a 会议纪要 that says it is not for release — 不公开, 内部传阅, 仅供…):
   不予公开 (条例第十六条第二款); a draft published for public comment (公开征求意见, 向社会…征求意见)
   and minutes without such words stay 主动公开;
6. a case file of an investigation in progress: 不予公开 (条例第十六条第二款);
7. an agreement between a body and a private person (a 征收补偿协议, 安置协议: a title of 协议 or
   合同 and a party — 甲方, 乙方, 被征收人 — who is a private person the review redacted): 不予公开
   — it is that person's own matter; what the law publishes of it is the 分户补偿情况
   (《国有土地上房屋征收与补偿条例》第二十九条), in a separate notice;
8. an internal record of personal data (a payment roster 发放花名册, a 结算明细 — by its title,
   and nothing in its head says it is published: 公示, 公告…; a 台账 when the review redacted
   persons' data in it): 不予公开 — what is published of it is a separate, masked 公示; and an
   internal approval form (审批表, 呈批表: one step of the body's own workflow, 内部事务信息,
   条例第十六条第一款): 不予公开;
9. the drafter's own note (此件依申请公开, 公开属性：不予公开): that — except a 不予公开 note on
   a document addressed to the public (a 公告 or 通告, a notice to 广大用户/社会公众: 条例第十九条
   makes what the public must know or take part in proactive), which nothing else the review
   found withholds: the note names no ground the law knows, so 主动公开 is proposed and the
   reason says the note was overruled;
10. otherwise 主动公开. A body sentence that only mentions 秘密 or 国家秘密 is no marking and
   changes nothing.

A drafter's 主动公开 note does not override 1–8: the review found the cue itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline import doc_layout
from pipeline.doc_kind import head as doc_head
from pipeline.doc_kind import published_selection, reply_kind
from pipeline.model import Document, Finding, Review

# An internal record of personal data kept for payment or accounts (a bank's payment roster,
# a settlement list): not a 公示 written for publication (the notice that publishes such a
# list is a separate, masked 公示).
_INTERNAL_RECORD = re.compile(r"花名册|结算明细|结算清单|发放明细表|代发明细|拨付明细表")
# A ledger (台账) is kept for many purposes (整改台账 are published); it is an internal record
# only when it holds persons' data.
_LEDGER = re.compile(r"台账")
_LEDGER_PERSONS = 2
# An approval form: a step of the body's internal workflow (内部事务信息).
_APPROVAL_FORM = re.compile(r"(?:审批|呈批|报批|审签|审核)(?:表|单)")
# The title of a case file's own material (a report, a form, a record), not of an instrument
# served on the party or published (决定书, 告知书, 公告).
_CASE_DOCUMENT = re.compile(r"(?:报告|表|单|材料|记录|笔录)$")
_CASE_FIELDS = 2
_SENTENCE = re.compile(r"[，,。！？!?；;“”]")
_FOR_PUBLICATION = re.compile(r"公示|公告|公布|通告|张榜|拟资助|拟发放|拟享受")
_PUBLIC_COMMENT = re.compile(r"公开征求意见|向社会[^。\n]{0,20}?征求意见|征求社会公众|社会各界[^。\n]{0,10}?意见")
# Minutes are often published (常务会议纪要); those that say they are not, are not.
_NOT_FOR_RELEASE = re.compile(
    r"不公开|不予公开|不宜公开|不对外|不得对外|内部(?:传阅|参考|掌握|使用)|仅供|不得外传|不得转发|注意保密|"
    r"传阅|存档备查"
)
_MINUTES = re.compile(r"纪要")
_AGREEMENT_TITLE = re.compile(r"协议|合同")
# A party of an agreement, with its name after the label (乙方：王某某 / 被征收人（乙方）：王某某).
_PARTY = re.compile(r"(?:甲方|乙方|丙方|被征收人|被安置人|承租方|受让方)[^\n：:]{0,8}[:：]\s*")
# A document addressed to the public: its purpose is that people read it.
_PUBLIC_AUDIENCE = re.compile(
    r"(?:公告|通告)\s*$|特此(?:公告|通告)|现(?:予以)?(?:公告|通告)如下|"
    r"(?:请|敬请|提醒)?广大(?:市民|群众|用户|居民|村民|消费者|车主|师生|家长|考生|纳税人|参保人)|"
    r"社会公众|社会各界",
    re.MULTILINE,
)
# A plain document passing on what a cipher telegram says (密电明转).
_CIPHER_FORWARDED = re.compile(
    r"现将[^。\n]{0,40}?(?:密码电报|密电)[^。\n]{0,30}?(?:转发|转达|传达|摘录|印发)如下"
    r"|(?:密码电报|密电)[^。\n]{0,20}?(?:主要)?(?:内容|精神)[^。\n]{0,6}?(?:转发|转达|传达|摘录)如下"
)


def _withheld_process(cue: str, text: str) -> bool:
    """A process cue that keeps the document from proactive disclosure: a 请示 or a discussion
    record always; a draft unless it was put out for public comment; minutes only when they
    say they are not for release."""
    if re.search(r"稿|草案", cue):
        return not _PUBLIC_COMMENT.search(text)
    if _MINUTES.search(cue):
        return bool(_NOT_FOR_RELEASE.search(text))
    return True


@dataclass(slots=True)
class AttributeReason:
    """Why the review proposes its attribute: a code, a sentence for the record, and the
    findings it rests on."""

    code: str
    text: str
    findings: list[str] = field(default_factory=list)

    def as_record(self) -> dict[str, object]:
        return {"code": self.code, "text": self.text, "findings": list(self.findings)}


def _reply(text: str, note: Finding | None) -> tuple[str, AttributeReason] | None:
    """A reply to an application or to a 信访 matter (``pipeline.doc_kind``).

    An application reply is the applicant's by law (条例第三十六条: the body answers the
    application), so no note withholds it. A 信访 or hotline reply is served under 信访工作条例,
    not under 条例第二十七条; the review knows no ground that overrides the drafter there, so a
    drafter's 不予公开 (the letter-writer's own matter, 条例第十五条) stands."""
    kind = reply_kind(text)
    if kind is not None and published_selection(text):
        return None
    if kind == "application_reply":
        return "依申请公开", AttributeReason(
            "application_reply", "文件为对政府信息公开申请的答复，向申请人提供，不主动公开。")
    if kind == "petition_reply" and note is not None and note.metadata.get("attribute") == "不予公开":
        return "不予公开", AttributeReason(
            "drafter_note",
            "文件为对信访事项的答复，拟稿单位标注“不予公开”：送达信访人本人，不对外公开"
            "（涉及其个人事项，《政府信息公开条例》第十五条）。", [note.id])
    if kind == "petition_reply":
        return "依申请公开", AttributeReason(
            "petition_reply", "文件为对信访事项的答复，送达信访人本人，不主动公开。")
    return None


def _private_party(review: Review) -> str | None:
    """The id of a redacted private person named as a party of the agreement, if any."""
    text = review.document.text
    starts = {m.end() for m in _PARTY.finditer(text)}
    for f in review.findings:
        if f.entity_type == "PERSON" and f.action == "redact" and f.start in starts:
            return f.id
    return None


def _internal_form(review: Review, title: list[str]) -> AttributeReason | None:
    """A ledger of persons' data or an internal approval form, by its title: a line of the head
    that is no sentence (a report that tells of 救助审批单 in its first lines is no form)."""
    title = [line for line in title if not _SENTENCE.search(line)]
    if any(_APPROVAL_FORM.search(line) for line in title):
        return AttributeReason(
            "internal_form",
            "文件为机关内部审批表单，属于内部事务信息，不予公开（《政府信息公开条例》第十六条第一款）。")
    if not any(_LEDGER.search(line) for line in title):
        return None
    persons = [f.id for f in review.findings
               if f.entity_type in {"PERSON", "CN_RESIDENT_ID"} and f.action == "redact"]
    if len(persons) < _LEDGER_PERSONS:
        return None
    return AttributeReason(
        "internal_record",
        "文件为记载个人信息的内部台账，不是面向社会的公示，不予公开；需要公示的，应另行制作"
        "去标识化的公示文本。", persons[:5])


def _case_file(document: Document) -> AttributeReason | None:
    """A document of a case file or a filled-in form, by its layout (``pipeline.doc_layout``):
    a record of questioning, a report or form carrying a case's fields (案由, 当事人…), or a
    form (one record as label：value fields) whose title names it a 表."""
    text = document.text
    title = doc_layout.title_line(text)
    if doc_layout.questioning_record(text) or title.endswith("笔录"):
        return AttributeReason(
            "case_file",
            "文件为行政执法案卷中的询问（调查）笔录，属于行政执法案卷信息，不予公开"
            "（《政府信息公开条例》第十六条第二款）；依法公开的是处罚决定。")
    if _CASE_DOCUMENT.search(title) and len(doc_layout.case_fields(text)) >= _CASE_FIELDS:
        return AttributeReason(
            "case_file",
            "文件为行政执法案卷材料（载有案由、当事人等案件信息的报告或表单），属于行政执法案卷信息，"
            "不予公开（《政府信息公开条例》第十六条第二款）；依法公开的是处罚决定。")
    if title.endswith("表") and doc_layout.is_form(document) and not _FOR_PUBLICATION.search(title):
        return AttributeReason(
            "internal_form",
            "文件为填写完成的登记、申请或审批表单（一条记录的逐项填写），是机关办理事务的内部材料，"
            "属于内部事务信息，不予公开（《政府信息公开条例》第十六条第一款）。")
    return None


def derive(review: Review) -> tuple[str, AttributeReason]:
    """The proposed attribute of the document under review and the reason for it."""
    findings = review.findings
    marked = review.classification

    def ids(*types: str) -> list[str]:
        return [f.id for f in findings if f.entity_type in types and f.recognizer != "propagation"]

    markings = ids("CLASSIFICATION_MARKING")
    if markings and marked.expired is False:
        return "不予公开", AttributeReason(
            "marked_secret", "文件标有国家秘密标志且在保密期限内，整体不予公开。", markings)
    if markings:
        return "须报审", AttributeReason(
            "marking_expired", "文件的保密期限已满或无法确定，须先经解密程序并报保密工作部门。", markings)
    routed = [f.id for f in findings if f.route == "secrecy_office"]
    if routed:
        return "须报审", AttributeReason(
            "secrecy_office", "文件含可能属于国家秘密的内容，须经保密工作部门确认。", routed)
    cipher = _CIPHER_FORWARDED.search(review.document.text)
    if cipher:
        return "须报审", AttributeReason(
            "cipher_forwarded", "文件转述密码电报内容（密电不得明传、明电转发），须报保密工作部门审查。")
    internal = ids("INTERNAL_MARKING")
    if internal:
        return "不予公开", AttributeReason(
            "internal_marking", "文件标有内部资料或工作秘密标志，不宜公开。", internal)
    text = review.document.text
    head = doc_head(text)
    # A reply goes to the person who asked or wrote, whatever it says about processes or
    # cases (a 复查意见书 recounts the investigation): 依申请公开, not withheld from them.
    notes = [f for f in findings if f.entity_type == "DISCLOSURE_NOTE"]
    reply = _reply(text, notes[0] if notes else None)
    if reply is not None:
        return reply
    process = [f.id for f in findings if f.entity_type == "PROCESS_INFO" and _withheld_process(f.text, text)]
    if process:
        return "不予公开", AttributeReason(
            "process_info", "文件属于过程性信息（征求意见稿、会议纪要、请示等），可以不予公开。", process)
    in_progress = [f.id for f in findings if f.entity_type == "LAW_ENFORCEMENT"
                   and f.metadata.get("cue") == "in_progress"]
    if in_progress:
        return "不予公开", AttributeReason(
            "law_enforcement", "文件涉及尚在调查处理中的行政执法案件，可以不予公开。", in_progress)
    title = head.splitlines()[:4]
    party = _private_party(review) if any(_AGREEMENT_TITLE.search(line) for line in title) else None
    if party:
        return "不予公开", AttributeReason(
            "private_agreement",
            "文件为行政机关与特定自然人签订的协议，属于该个人的事项，不主动公开；依法应当公布的内容"
            "（如房屋征收分户补偿情况）另行公示。", [party])
    if any(_INTERNAL_RECORD.search(line) for line in title) and not _FOR_PUBLICATION.search(head):
        return "不予公开", AttributeReason(
            "internal_record",
            "文件为记载个人信息的内部台账（发放花名册、结算明细等），不是面向社会的公示，不予公开；"
            "需要公示的，应另行制作去标识化的公示文本。")
    case_file = _case_file(review.document)
    if case_file is not None:
        return "不予公开", case_file
    internal = _internal_form(review, title)
    if internal is not None and not _FOR_PUBLICATION.search(head):
        return "不予公开", internal
    if (notes and notes[0].metadata.get("attribute") == "不予公开"
            and _PUBLIC_AUDIENCE.search(text)):
        return "主动公开", AttributeReason(
            "note_overruled",
            "拟稿单位标注“不予公开”，但文件面向社会公众发布，审查未发现不予公开的法定情形，"
            "拟主动公开；如有不予公开的依据，请在审核时说明。",
            [notes[0].id],
        )
    if notes and notes[0].metadata.get("attribute") in {"不予公开", "依申请公开"}:
        attribute = notes[0].metadata["attribute"]
        return attribute, AttributeReason(
            "drafter_note", f"拟稿单位标注公开属性为“{attribute}”。", [notes[0].id])
    if notes:
        return "主动公开", AttributeReason(
            "drafter_note", "拟稿单位标注公开属性为“主动公开”，审查未发现不宜公开的情形。", [notes[0].id])
    return "主动公开", AttributeReason(
        "no_restriction", "审查未发现不宜主动公开的情形，拟主动公开；删除的部分见各项说明。")
