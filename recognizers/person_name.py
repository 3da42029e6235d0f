"""Names of natural persons (姓名): a surname and a given name of one or two characters.

A Chinese name has no mark of its own, and the common surnames are also common characters, so a
name is taken only where the text says a person is named:

- after a role label: 当事人, 申请人, 联系人, 户主, 投诉人, 姓名… (``当事人：王建军，男``), also for a
  list joined with 、 after it;
- before a personal description (``王建军，男，汉族``), before 先生/女士, or alone on a line with
  a colon (the addressee of a reply: ``李晓燕：``);
- in a list joined with 、 followed by a head count (``张国华、刘桂英、武建平等3人``) or after a
  word that introduces people (名单, 困难户, 救助对象…);
- in a table column labelled 姓名 (户主, 申请人…).

A name must end at a delimiter (punctuation, a line end, or a word such as 男, 的, 等), which
keeps company and place names (高平市…, 李记面馆) out. Masked forms (张某, 李某某, 王××) are left
to the masked-value recognizer.

Persons named in an official or otherwise public capacity — 签发人, a title such as 局长 before
or after the name, 同志, 法定代表人, 执法人员, 评审专家, a table with a column of posts
(``recognizers._columns.officials_table``: 现任职务, 拟任, or cells that read as posts) — are
reported as ``OFFICIAL_NAME`` (kept); private persons as ``PERSON``. The recipients named in a
notice whose rule publishes them (a 低保 or 公租房 公示, ``pipeline.published_lists``) are
``NOTICE_RECIPIENT`` (kept). A 联系人 in a body's own
contact block (its office telephone, the body speaking of itself) is the body's officer, kept;
a personal identifier next to a name (ID number, bank card, home address) makes the person
private whatever the role says (``项目负责人 …（身份证号…）``).

Names in running prose, where no label stands, come from the statistical model
(``pipeline.ner``); ``recognizers._prose_names`` reads the words around each one: a private cue
(村民, 其妻, 之子, …来电反映, …住在) makes ``PERSON`` to redact, a capacity (a title, 同志,
…主持) ``OFFICIAL_NAME``, and neither a ``PERSON`` below the redaction threshold, for review.
A name the rules found elsewhere in the document keeps their reading. Where the model reads
nothing, cues on both sides still make a private person (a relation before and an age after:
``你的女儿…（9岁）``; a clause's start before and the person's own mobile in brackets after, which
also takes a rare surname outside the table); where the model reads only the given name after a
relation (``之女|晓丹``), the surname before it is put back. The weaker rules (a list
joined with 、, a role word without a colon) need the model's agreement when the model is
installed, which keeps 陈述、申辩 (in 当事人享有陈述、申辩和听证的权利) from being names.

A private person's age told with the name (…，65岁，…) is ``PERSONAL_AGE``, redacted with it.

A text of rules (a law's articles, ``recognizers._legal_text``) names kinds of people: there a
word only the model read, with no cue and not named elsewhere by the rules, is a term (陆生 in
陆生野生动物, 林权), and …先生 is a historical figure (the Constitution's 孙中山先生); a name
before 理论, 思想, 故居, 纪念… is the name of a doctrine or a memorial (邓小平理论), anywhere.

In an enforcement case's document (``pipeline.doc_kind.enforcement_case``) a name the model reads
without a capacity is a private person, as in a reply; a unit's representative signing for it
keeps the representative's reading, and the addressees a 公告送达 must name are
``NOTICE_RECIPIENT`` (``recognizers._case_parties``).

The shape of a name and the words the rules read (roles, titles, list cues, the words shaped like
names that are none) are in ``recognizers._name_words``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from pipeline import ner
from pipeline.doc_kind import addressed_to_person, enforcement_case
from pipeline.published_lists import is_recipient, published_list
from pipeline.tables import index_for
from recognizers._base import CustomRecognizer, clause_before, result
from recognizers._case_parties import (
    REPRESENTATIVES,
    in_charge_of_a_part,
    representatives_sign,
    runs_individual_business,
    served_by_notice,
)
from recognizers._columns import (
    PERSON,
    cell_names,
    kind_of,
    officials_table,
    public_role,
    value_cells,
)
from recognizers._holder import contact_block, identifier_after
from recognizers._legal_text import in_articles, is_legal_text
from recognizers._name_extent import dotted, subject
from recognizers._name_words import (
    _BID_ROLES,
    _BODY_OFFICERS,
    _END,
    _LIST_PRIVATE_CUES,
    _LIST_PUBLIC_CUES,
    _NAME,
    _NOT_NAMES,
    _PRIVATE_ROLES,
    _PUBLIC_ROLES,
    _PUBLISHED_CONTACTS,
    _SEP,
    _STOP,
    _SURNAME,
    _TITLES,
    NAME,
)
from recognizers._overlaps import Overlaps
from recognizers._party_rows import private_party_cells
from recognizers._prose_names import (
    OWN_DETAILS,
    PRIVATE_BEFORE,
    capacity,
    firm_post,
    plate_in_clause,
    private_before,
    share_cues,
)
from recognizers._surnames import COMPOUND, SINGLE

ROLE_LED = re.compile(
    rf"(?P<role>{'|'.join(sorted(_PRIVATE_ROLES + _PUBLIC_ROLES, key=len, reverse=True))})"
    # A party's role in brackets after the party's side (乙方（被征收人）：…) labels the name too.
    # A form's receipt field (受送达人签收：…, 当事人签字：…) is the role's too.
    r"(?:姓名|名单|名字|签收|签字|签名)?[)）]?[^\S\n]*(?:[:：]|为|是)?[^\S\n]*"
    rf"(?P<names>{_NAME}(?:{_SEP}{_NAME})*)"
)
TITLE_LED = re.compile(
    rf"(?P<title>{'|'.join(sorted(_TITLES, key=len, reverse=True))})\s*(?P<name>{_NAME})"
)
TITLE_AFTER = re.compile(
    rf"(?P<name>{NAME})\s*(?:同志)?\s*(?:[(（][^)）\n]{{0,16}}?)?"
    rf"(?:{'|'.join(sorted(_TITLES, key=len, reverse=True))})"
)
DESCRIBED = re.compile(
    rf"(?P<name>{NAME})(?=\s*[,，]\s*[男女]\s*[,，]|\s*[(（]\s*(?:男|女|身份证|公民身份))"
)
HONORIFIC = re.compile(rf"(?P<name>{NAME})\s*(?P<honorific>先生|女士|同志)")
SALUTATION = re.compile(rf"^[^\S\n]*(?P<name>{NAME})[^\S\n]*(?:先生|女士)?[^\S\n]*[:：][^\S\n]*$",
                        re.MULTILINE)
LIST = re.compile(rf"(?P<names>{_NAME}(?:\s*、\s*{_NAME})+)")
_COUNT = re.compile(r"^\s*(?:等?\s*[\d两一二三四五六七八九十百]+\s*(?:人|名|户|位|家)|等人|共\s*\d+\s*人)")
# …等10名同志 (an honours list, a delegation): persons named in a public capacity.
_COUNT_OFFICIAL = re.compile(r"^\s*(?:等\s*(?:[\d一二三四五六七八九十百]+\s*(?:名|位|个)?\s*)?)?同志")
# Scores: a model-only name without a cue stays under the redaction threshold (review).
MODEL_PRIVATE, MODEL_OFFICIAL, MODEL_ONLY = 0.8, 0.7, 0.45
_MASKED = re.compile(r"某|×|\*|＊|X|x|(?:先生|女士|同志|老师|师傅|大爷|大妈|阿姨|大姐|大哥)$")
_SURNAME_START = re.compile(_SURNAME)
# A name-like word that is the start of a shop's, a firm's or a place's name (李记面馆, 王庄村).
_NAMED_AFTER = re.compile(
    r"(?:面馆|饭店|酒店|宾馆|商店|超市|公司|商行|门市|诊所|药店|药房|餐厅|"
    r"小吃|农家乐|合作社|加工厂|养殖场|工作室|中心|厂|店|馆|铺|村|庄|屯|寨|镇|乡|路|街|巷|桥|小区|花园)"
)
# A second name joined to a private person's (…和解红梅来电反映): the same cue holds.
_JOINED = re.compile(
    rf"[^\S\n]*(?:[(（][^()（）\n]{{1,30}}[)）])?[^\S\n]*(?:和|与|及|、)[^\S\n]*(?P<name>{NAME})"
    rf"(?:{_END}|(?=来电|来信|来访|反映|诉称|称|投诉|举报|申请|住在|夫妇|一家))"
)
# What bodies end with: a three-character "name" ending so is a body (仲裁庭, 居委会).
_BODY_ENDS = frozenset("庭院局委会所处科厅部办队站室组社馆校厂司署团营")
# A sum written in capital numerals (大写金额): 伍 and 陆 are surnames too.
_SUM = re.compile(r"[元圆整]|^[壹贰叁肆伍陆柒捌玖拾佰仟万亿]+$|^.[拾佰仟万亿]")
# A doctrine, a memorial or a likeness named after a person (邓小平理论, 毛泽东思想, 孙中山故居).
_DOCTRINE = re.compile(r"理论|思想|主义|学说|精神(?!病|障碍|残疾)|故居|纪念|铜像|塑像|诞辰|逝世")


_DATE = r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|年|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)"
# A date of birth in a person's particulars: after its label or before 出生/生.
_BIRTH = re.compile(
    rf"(?:出生(?:日期|年月|年月日|时间)?|生日|生于|出生于)[^\S\n]*(?:[:：]|为|是)?[^\S\n]*(?P<date>{_DATE})"
    rf"|(?<![\d.])(?P<date2>{_DATE})[^\S\n]*(?:出生|生人|生(?![产活效意态成日]))"
)
# What a cadre's bio says (干部任前公示): a post held or proposed.
_BIO = re.compile(
    r"拟任|拟提名|拟推荐|拟提拔|拟作为|现任[^。\n]{0,30}?(?:"
    + "|".join(sorted(_TITLES, key=len, reverse=True)) + r"|职务|干部|成员)"
)


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the sentence going on at ``start`` ends (a full stop, a line end), at most
    ``limit`` characters on."""
    end = min(len(text), start + limit)
    cuts = [i for i in (text.find(c, start, end) for c in "。；;\n") if i >= 0]
    return min(cuts, default=end)


def _names_in(block: str, offset: int) -> Iterator[tuple[int, int]]:
    for match in re.finditer(NAME, block):
        yield offset + match.start(), offset + match.end()


# An age right after a name: …，65岁 / …（65岁） / …今年72岁 / …今年八岁.
_AGE = r"(?:\d{1,3}|[一二两三四五六七八九十百]{1,4})[^\S\n]*(?:周)?岁(?:半)?"
_AGE_AFTER = re.compile(
    r"[^\S\n]*(?:[,，(（][^\S\n]*(?:[男女][^\S\n]*[,，、][^\S\n]*)?|今年|现年|年仅)"
    rf"(?P<age>{_AGE})(?!以[上下]|至|到)"
)
# An age before the name, with what the person is between (83岁的孤寡老人…, 68岁的贫困户…).
_AGE_BEFORE = re.compile(rf"(?<![\d一二两三四五六七八九十百])(?P<age>{_AGE})的[\u4e00-\u9fa5]{{0,8}}$")


class PersonNameRecognizer(CustomRecognizer):
    ENTITIES = ("PERSON", "OFFICIAL_NAME", "NOTICE_RECIPIENT", "PERSONAL_AGE")

    def load(self) -> None:
        # Load the model with the engines (a worker's start, before any document's time
        # limit runs), not inside the first document's review.
        if ner.available():
            ner.model()

    def find(self, text: str) -> Iterable[RecognizerResult]:
        found: dict[tuple[int, int], tuple[str, float, str]] = {}

        def add(start: int, end: int, entity: str, score: float, why: str) -> None:
            name = text[start:end]
            if name in _NOT_NAMES or len(name) < 2:
                return
            # An official reading outranks a private one for the same span.
            old = found.get((start, end))
            if old and (old[0] == "OFFICIAL_NAME" or old[1] >= score) and entity == "PERSON":
                return
            found[(start, end)] = (entity, score, why)

        for match in TITLE_LED.finditer(text):
            if firm_post(text, match.start("title")):
                continue  # 车间主任…: the party's employee, read with the rest of the prose
            add(*match.span("name"), "OFFICIAL_NAME", 0.85, "title")
        for match in TITLE_AFTER.finditer(text):
            if firm_post(text, match.end("name")):
                continue  # 公司车间主任: 司车间 is no name before a title
            add(*match.span("name"), "OFFICIAL_NAME", 0.85, "title")
        model = set(ner.person_spans(text)) if ner.available() else None

        def agreed(start: int, end: int) -> bool:
            """The model, where installed, also reads a name here."""
            return model is None or any(s < end and start < e for s, e in model)

        for match in ROLE_LED.finditer(text):
            role = match["role"]
            entity = "OFFICIAL_NAME" if role in _PUBLIC_ROLES else "PERSON"
            labelled = bool(re.search(r"[:：]|为|是", text[match.end("role") : match.start("names")]))
            for span in _names_in(match["names"], match.start("names")):
                if not labelled and not agreed(*span):
                    continue
                kind = entity
                if role in _BODY_OFFICERS and contact_block(text, *span):
                    kind = "OFFICIAL_NAME"
                elif kind == "OFFICIAL_NAME" and identifier_after(
                    text, span[1], mobiles=role not in _PUBLISHED_CONTACTS,
                    certificates=role not in _BID_ROLES,
                ):
                    kind = "PERSON"
                elif role in REPRESENTATIVES and (runs_individual_business(text, span[0])
                                                  or in_charge_of_a_part(text, match.start("role"))):
                    # A 个体工商户's operator, a 现场负责人 (recognizers._case_parties).
                    kind = "PERSON"
                add(*span, kind, 0.85, role)
        for match in DESCRIBED.finditer(text):
            # A cadre's bio (张某，男，汉族，…，现任…局副局长，拟任…): an official, published.
            official = _BIO.search(text, match.end(), _clause_end(text, match.end(), 200))
            # The whole subject the description follows (阿依古丽，女: not only 古丽).
            start = subject(text, *match.span("name"))
            add(start, match.end("name"), "OFFICIAL_NAME" if official else "PERSON", 0.85,
                "bio" if official else "description")
        for span in _cued_names(text):
            add(*span, "PERSON", 0.8, "cues")
        legal = is_legal_text(text)
        for match in HONORIFIC.finditer(text):
            if legal and match["honorific"] != "同志":
                continue  # a law's 孙中山先生: a historical figure, no private person
            official = match["honorific"] == "同志"
            add(*match.span("name"), "OFFICIAL_NAME" if official else "PERSON", 0.75,
                match["honorific"])
        for match in SALUTATION.finditer(text):
            add(*match.span("name"), "PERSON", 0.7, "addressee")
        for match in LIST.finditer(text):
            after = text[match.end() : match.end() + 12]
            before = clause_before(text, match.start(), 40)
            # A public word anywhere before wins: 评审专家名单 is a list of experts.
            cue = "public" if any(w in before for w in _LIST_PUBLIC_CUES) else (
                "private" if any(w in before for w in _LIST_PRIVATE_CUES) else None
            )
            if _COUNT_OFFICIAL.match(after):
                entity, score = "OFFICIAL_NAME", 0.75
            elif _COUNT.match(after):
                entity, score = "PERSON", 0.8
            elif cue == "public":
                entity, score = "OFFICIAL_NAME", 0.75
            elif cue == "private":
                entity, score = "PERSON", 0.75
            else:
                continue
            for span in _names_in(match["names"], match.start("names")):
                if agreed(*span):
                    add(*span, entity, score, "list")
        # Table cells whose label names a person (姓名, 户主, 收款人, 监护人…: the table model,
        # recognizers._columns), every cell of every table.
        index = index_for(text)
        notice = published_list(index)
        for view, label, kind in value_cells(index):
            if kind != PERSON:
                continue
            official = public_role(label) or officials_table(index, view.number)
            entity = "OFFICIAL_NAME" if official else "PERSON"
            if entity == "PERSON" and notice and is_recipient(index, view, lambda header: kind_of(header) == PERSON):
                # A 低保/公租房/农机补贴 公示 names its recipients by rule; the rest of the row
                # (ID, card, mobile, family members) stays private.
                entity = "NOTICE_RECIPIENT"
            for start, end in cell_names(text, view.start, view.end):
                add(start, end, entity, 0.85, "column")
        # A list of penalised parties: a 自然人's row names a private person in the party's
        # column, a 个体工商户's row its operator under 法定代表人 (recognizers._party_rows).
        for view in private_party_cells(index):
            for span in cell_names(text, view.start, view.end):
                found[span] = ("PERSON", 0.85, "party_row")

        representatives_sign(text, found)
        if model:
            self._model_names(text, sorted(model), found, add)
        for (_, end), (entity, score, why) in sorted(found.items()):
            if entity != "PERSON" or why == "model" or score < 0.75:
                continue
            joined = _JOINED.match(text, end)
            if joined and joined["name"] not in _NOT_NAMES:
                add(*joined.span("name"), "PERSON", 0.75, "joined")

        served_by_notice(text, found)
        for (start, end), reading in list(found.items()):
            whole = dotted(text, start, end)  # 艾力·买买提
            if whole != (start, end) and reading[0] == "PERSON":
                del found[(start, end)]
                found[whole] = reading
        for (start, end), (entity, score, why) in sorted(found.items()):
            yield result(self, entity, start, end, score, cue=why)
            # A private person's age told with the name (…，65岁，是…的低保户): with the rest of
            # the sentence it still points at the person once the name is gone.
            age = _AGE_AFTER.match(text, end) if entity == "PERSON" and score >= 0.75 else None
            if age:
                yield result(self, "PERSONAL_AGE", *age.span("age"), score, cue="age_of_person")
            before = _AGE_BEFORE.search(text, max(0, start - 16), start) if (
                entity == "PERSON" and score >= 0.75) else None
            if before:
                yield result(self, "PERSONAL_AGE", *before.span("age"), score, cue="age_of_person")
            # A private party's date of birth in the particulars after the name (当事人：…，男，
            # 出生日期：1992年5月2日，住址：… / …，1974年7月出生，…): other personal information.
            birth = _BIRTH.search(text, end, _clause_end(text, end, 80)) if (
                entity == "PERSON" and score >= 0.75) else None
            if birth:
                group = "date" if birth["date"] else "date2"
                yield result(self, "PERSONAL_AGE", *birth.span(group), score, cue="birth_of_person")

    @staticmethod
    def _model_names(text: str, spans: list[tuple[int, int]], found: dict, add) -> None:
        """Decide the names only the model proposed (see ``recognizers._prose_names``)."""
        taken = sorted(found.items())
        by_name: dict[str, str] = {}
        for (start, end), (entity, _, _) in taken:
            if by_name.get(text[start:end]) != "PERSON":
                by_name[text[start:end]] = entity
        candidates = []
        held = Overlaps(span for span, _ in taken)
        for start, end in spans:
            start = _with_surname(text, start, end)
            if text[start:end] in COMPOUND:
                # The model cut a compound surname from its given name (上官|云珍).
                whole = re.compile(_NAME).match(text, start)
                if whole:
                    end = whole.end()
            name = text[start:end]
            if name in _NOT_NAMES or _MASKED.search(name) or not 2 <= len(name) <= 4:
                continue
            if held.overlaps(start, end):
                continue
            if _NAMED_AFTER.match(text, end) and not text.startswith(("村民", "村委"), end):
                continue
            if len(name) == 3 and name[-1] in _BODY_ENDS:
                continue  # a body the model read as a name (仲裁庭)
            if _DOCTRINE.match(text, end):
                continue  # 邓小平理论: a doctrine named after a historical figure
            if _SUM.search(name):
                continue  # 伍万元: a sum in capital numerals (罚款人民币伍万元)
            candidates.append((start, end))
        # The rules' names stand in the chains too (评审专家名单：甲、乙、丙: the list rule read
        # 甲 and 乙, the model adds 丙, which shares their reading).
        chain = sorted(
            [(span, "model") for span in candidates]
            + [(span, "official" if entity == "OFFICIAL_NAME" else "private")
               for span, (entity, score, why) in taken if why != "model" and score >= 0.75]
        )
        spans_in_chain = [span for span, _ in chain]
        chain_cues: list = [capacity(text, *span) if kind == "model" else kind
                            for span, kind in chain]
        share_cues(text, spans_in_chain, chain_cues)
        decided = dict(zip(spans_in_chain, chain_cues, strict=True))
        cues = [decided[span] for span in candidates]
        # In a document addressed to a private person (a reply, a 信访 opinion, a 12345 answer)
        # a person named without a capacity (no title, no 签发人, 承办人, 执法人员: nobody acting
        # for a body) is a private person: the applicant's agent, a third party, a relative.
        # A vehicle's plate in the same item (晋A8K273，小型轿车，…；): the keeper, a private person.
        cues = [cue or ("private" if plate_in_clause(text, s, e) else None)
                for (s, e), cue in zip(candidates, cues, strict=True)]
        # So is one named in an enforcement case's document (a party's employee, a witness, a
        # consumer): the officers there are named by their office or certificate.
        if addressed_to_person(text) or enforcement_case(text):
            cues = [cue or ("private" if _SURNAME_START.match(text[s:e]) else None)
                    for (s, e), cue in zip(candidates, cues, strict=True)]
        # The same name said to be a private person anywhere is one everywhere.
        for (start, end), cue in zip(candidates, cues, strict=True):
            if cue == "private":
                by_name[text[start:end]] = "PERSON"
        for (start, end), cue in zip(candidates, cues, strict=True):
            name = text[start:end]
            if cue is None and not _SURNAME_START.match(name):
                continue  # not a Chinese surname and nothing says a person: too weak
            if cue is None and by_name.get(name) is None and (
                is_legal_text(text) or in_articles(text, start)
            ):
                continue  # a law's articles name kinds of people: the word is a term (陆生)
            known = by_name.get(name)
            if cue == "private" or (cue is None and known == "PERSON"):
                add(start, end, "PERSON", MODEL_PRIVATE, "model+cue")
            elif cue == "official" or known == "OFFICIAL_NAME":
                add(start, end, "OFFICIAL_NAME", MODEL_OFFICIAL, "model+capacity")
            else:
                add(start, end, "PERSON", MODEL_ONLY, "model")



# The nouns among the private cues (a relation, a resident, a party), not the verbs and
# pronouns (反映, 你的), after which a thing may follow as well as a person.
_CUE_NOUNS = tuple(w for w in PRIVATE_BEFORE if len(w) >= 2 and not w.startswith(("你", "您"))
                   and w not in {"反映", "举报", "投诉", "起诉", "控告"})
_CUE_LED = re.compile("(?:" + "|".join(sorted(_CUE_NOUNS, key=len, reverse=True)) + ")")
_NAME_AT = re.compile(NAME)
# Between two cues a name is read more loosely (曾可: 可 is no given name to the other rules),
# only words that cannot be part of a name stop it.
_LOOSE_NAME = re.compile(rf"{_SURNAME}[^\W\d_的了在和与及等是为于对向因由将把被所之其这那也都就并或而但称说"
                         r"男女岁年月日号]{1,2}")
# What a word ending a three-character "name" says it is instead (经办人, 户主, 该局).
# and what ends a table's label (学籍号（身份证号）: a header, not a subject).
_ROLE_END = frozenset("人员者户主方局委办所站队部司组社馆校厂院处科室号码证名址话别龄级期")
_OPEN = re.compile(r"[(（]")


def _cued_names(text: str) -> Iterator[tuple[int, int]]:
    """Names the words on both sides say are a private person's, whether or not the model read
    them: a private cue before and one after (你的儿子…（15岁）, 其妻…称), or the start of a
    clause before and the person's own details in brackets after (…（联系电话139…）)."""
    for match in _CUE_LED.finditer(text):
        # Only the unambiguous cues after (…（15岁）, …之女, …，男，): a party word is often
        # followed by a verb (当事人申请国家赔偿), whose next word 家 would read as a cue.
        span = _name_between(text, match.end(), lambda e: bool(_PERSONAL_AFTER.match(text, e)),
                             _LOOSE_NAME)
        if span and text[span[0] : span[1]] not in _NOT_NAMES:
            yield span
    for match in _OPEN.finditer(text):
        if not OWN_DETAILS.match(text, match.start()):
            continue
        end = match.start()
        while end > 0 and text[end - 1] in " \t\u3000":
            end -= 1
        for length in (3, 2, 4):
            start = end - length
            if start < 0:
                continue
            bounded = start == 0 or not _CJK_CHAR.match(text[start - 1])
            if _NAME_AT.fullmatch(text, start, end) and (bounded or private_before(text, start)):
                yield start, end
                break
            # A rare surname (盖, 訾): three characters standing alone as a clause's subject.
            word = text[start:end]
            if (length == 3 and bounded and all(_CJK_CHAR.match(c) for c in word)
                    and word[-1] not in _ROLE_END and word not in _NOT_NAMES
                    and not any(c in _STOP for c in word[:1])):
                yield start, end
                break


_CJK_CHAR = re.compile(r"[\u4e00-\u9fa5]")
_PERSONAL_AFTER = re.compile(rf"{OWN_DETAILS.pattern}|之(?:子|女|妻|夫|父|母)|[,，]\s*[男女][,，]")


def _name_between(text: str, start: int, ends, shape: re.Pattern[str] = _NAME_AT):  # type: ignore[no-untyped-def]
    """A name of ``shape`` starting at ``start`` whose end ``ends`` accepts (three
    characters first)."""
    for length in (3, 2, 4):
        end = start + length
        if end <= len(text) and shape.fullmatch(text, start, end) and ends(end):
            return start, end
    return None


def _with_surname(text: str, start: int, end: int) -> int:
    """The model sometimes reads only the given name (之子史|小龙): a surname right before it,
    itself after a clause start or a cue, belongs to the name."""
    if end - start != 2 or start < 1 or text[start - 1] not in SINGLE:
        return start
    if text[start - 1 : end] in _NOT_NAMES or not _NAME_AT.fullmatch(text, start - 1, end):
        return start
    if start == 1 or not _CJK_CHAR.match(text[start - 2]) or private_before(text, start - 1):
        return start - 1
    if text.endswith(_PRIVATE_ROLES, 0, start - 1):
        return start - 1  # a party's role word before it (委托代理人籍|海鹏)
    if capacity(text, start - 1, end) or text[start - 2] in "和与及、":
        return start - 1
    return start
