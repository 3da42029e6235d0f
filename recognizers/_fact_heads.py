"""The predicate classes of private facts: for each category, the small closed set of verb and
noun heads that say the fact of a person, and what may follow a head as its object.

Shared by ``recognizers.private_facts``, which reads who a clause is about
(``recognizers._clauses``) and takes the span from a head to the end of its object. A head is
the fact's grammar, not an example phrase: 信仰/信奉/皈依… + a religion, 系…教徒, 参加…礼拜;
被判处/服刑/刑满释放/前科/…罪/拘留/缓刑/社区矫正; 离婚/离异/丧偶/再婚/未婚/分居/婚姻关系;
就读/上学/读…年级 + a school and a class; 患有/确诊/诊断为/住院/残疾 + a disease.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re

from recognizers._health_words import DISABILITY, GRAVE

CJK = r"\u4e00-\u9fa5"
FAITHS = r"藏传佛教|伊斯兰教|基督教|天主教|东正教|佛教|道教|新教|喇嘛教|犹太教|印度教"
# A religion named or formed like one (…教), never 宗教 itself or a word ending in 教 that is
# not a faith (教育, 教学, 教师…).
_FAITH = (
    rf"(?:{FAITHS}|(?!宗教|不同|任何)(?:(?![系是为在于的了和与及其你您他她该信仰奉])[{CJK}]){{1,3}}?教"
    r"(?![育学师室材练授堂会案研]))"
)
# A believer's noun said of the person (系基督教徒, 是一名穆斯林, 为佛教居士).
_BELIEVER = rf"(?:{_FAITH})(?:徒|信徒|信众|教友|居士)|信徒|教徒|基督徒|穆斯林|道士|僧人|尼姑|修女"
_RITE = r"礼拜|弥撒|聚会|团契|法会|祷告|查经|主日|布道|念经|诵经|斋戒|封斋|受洗|洗礼|烧香拜佛|拜佛"
_PLACE = r"教堂|清真寺|寺庙|寺院|教会|道观|礼拜堂|聚会点|家庭教会"

RELIGION = re.compile(
    rf"(?P<head>信仰|信奉|笃信|改信|皈依|信了)(?P<obj>{_FAITH})"
    rf"|(?P<head2>(?:一直|长期|多年)?信教|受洗|入教|皈依|(?:接受|领受)了?洗礼|吃斋念佛|烧香拜佛|做礼拜|做弥撒|"
    r"信(?:耶稣|基督|真主|佛)(?![教任义])|信主(?![任义要体])|信了主)"
    rf"|(?:系|是|为|属|作为)(?:一名|一位|一个|虔诚的|虔诚|忠实的)*(?P<head3>{_BELIEVER})"
    rf"|(?P<head4>(?:{FAITHS})(?:信徒|教徒|信众|教友))"
    rf"|(?:参加|参与|出席|前往|去(?![年世])|到|常去|经常去|定期去|每周去)"
    rf"(?P<head5>[{CJK}]{{0,12}}?(?:{_RITE})|[{CJK}]{{0,12}}?(?:{_PLACE}))"
    r"|宗教信仰\s*(?:[:：]|为|是)\s*(?!无|不信|没有)(?P<head6>[\u4e00-\u9fa5]{2,6}?)(?=[\s,，。；;、)）]|$)"
)
# What a court, the police or a correction office did to the person, and the standing it gave.
_PENALTY = r"有期徒刑|无期徒刑|拘役|管制|死刑|缓刑|罚金"
CRIMINAL = re.compile(
    rf"(?P<head>被判处|判处|被判|被判刑|判刑|获刑|判有期徒刑|被处以|处以(?={_PENALTY}))"
    rf"|(?P<head2>刑满释放|获释|被释放|服刑|入狱|坐牢|出狱|在押|羁押|收监|假释|缓刑|取保候审|监视居住|"
    r"(?:被|遭)?(?:刑事|行政|司法)?拘留|(?:被|遭)(?:批准)?逮捕|被起诉|被提起公诉|被公诉|社区矫正|"
    r"劳动教养|劳教|强制隔离戒毒|强制戒毒|收容教育|吸毒)"
    # A record the person has (有盗窃前科, 存在吸毒史); a bare 前科 is a noun (其前科情况与…无关).
    rf"|(?P<head3>(?:有|存在|留有)[{CJK}]{{0,8}}?(?:前科|犯罪记录|违法记录|吸毒史|犯罪史|劳教史|案底))"
    rf"|(?P<head4>(?:因(?!其)|(?<!预防|打击|惩治)(?<!罪)犯|涉嫌)[{CJK}“”、]{{1,16}}?罪(?![行责名过恶证]))"
    r"|(?P<head7>被[\u4e00-\u9fa5]{0,8}?抓获|抓获归案|被立案侦查|被刑事立案|被判决)"
    # A form's field about the person (社区矫正对象：…  罪名：盗窃罪  原判刑期：…).
    r"|(?:罪名|涉嫌罪名|原判罪名|原判刑期|原判刑罚|判处刑罚|刑种|矫正类别|前科情况|犯罪记录)\s*[:：]\s*"
    r"(?P<form>(?!无|没有|不详)[^\s，,。；;]{2,30})"
    r"|(?:系|是|为|属|作为)(?:一名)?(?P<head5>刑满释放人员|社区矫正对象|服刑人员|吸毒人员|在逃人员|假释人员|"
    r"缓刑人员|前科人员|重点人员|涉毒人员|解除强制隔离戒毒人员)"
    # A sanction the person underwent (受过刑事处罚, 受到留党察看处分, 被开除公职): not what a body
    # gives in the decision it publishes (给予…行政处罚 is that decision's content).
    rf"|(?P<head6>(?:受到|受过|遭受)过?[{CJK}]{{0,8}}?(?:刑事处罚|刑罚|治安(?:管理)?处罚|处分|开除党籍|开除公职)"
    rf"|被(?:开除党籍|开除公职|给予[{CJK}]{{0,6}}?处分))"
)
# A word formed with a head that names an institution or a kind of work, not the person's fact.
CRIMINAL_NOT = re.compile(
    r"(?:社区矫正|刑满释放|安置帮教|服刑|强制隔离戒毒|拘留|劳动教养)(?:工作|机构|中心|法|委员会|管理局|"
    r"管理|科|办|所|场所|人员|对象|工作人员|执行地|决定机关|衔接|帮教|安置|教育)"
    r"|吸毒(?:人员|者|人数|场所|工具)|释放(?:信号|活力|潜力|压力|产能|需求|红利|能量|政策|动能)"
    r"|(?:保释|释放)(?:了)?[\u4e00-\u9fa5]{0,4}(?:资金|土地|空间)"
)
_MARITAL_PROCEDURE = r"登记|手续|冷静期|案件|纠纷|诉讼|自由|率|证|协议书|事宜|当事人|申请|登记机关|官司|纠葛"
MARITAL = re.compile(
    # The fact without its time (已, 早年): 离异, not 已离异; a done procedure is the fact itself.
    r"(?P<head>(?:已经?|早已|均已)?办理了?离婚(?:登记|手续))"
    rf"|(?P<head2>(?:协议|诉讼|判决|调解|自愿)?(?<![准予许不])离婚(?!{_MARITAL_PROCEDURE})|"
    r"(?:离异|丧偶|再婚|复婚|改嫁|分居|离过婚|离了婚|寡居|守寡|鳏居|丧夫|丧妻|重婚|事实婚姻)|(?<![共一])同居|"
    # The marriage as the subject of its end (婚姻已于2022年经法院调解解除).
    r"婚姻(?:关系)?(?:已经?|已)?[^，,。；;]{0,14}?(?:解除|终止|破裂)|"
    r"(?:解除|终止)(?:了)?婚姻关系|婚姻关系(?:已经?)?(?:破裂|解除|终止|存续)|(?:夫妻)?感情(?:不和|破裂)|"
    r"(?<![是否])(?:未婚|已婚)(?!女|男|青年|人士|妇女|育龄)|单亲(?:母亲|父亲|妈妈|爸爸))"
    r"|婚姻状况\s*(?:[:：]|为|是)\s*(?P<head3>已婚|未婚|离异|离婚|丧偶|再婚|初婚|复婚)"
)
# A group a marital word qualifies (丧偶老人, 离异家庭, 单亲家庭子女): a kind of people.
GROUP = r"(?:老人|家庭|妇女|群众|人员|人口|人士|儿童|子女|公民|群体|对象|者|户|青年|男女|职工|学生|母亲们|案件)"
_DISEASE_END = r"(?:综合征|综合症|障碍|梗死|梗塞|出血|瘫痪|衰竭|挫伤|骨折|损伤|烧伤|烫伤|后遗症|症|病|癌|瘤|炎)"
_QUALIFIER = r"(?:系统性|慢性|急性|晚期|早期|恶性|重度|中度|轻度|先天性|原发性|继发性|老年性|终末期|双侧)?"
DISEASE = rf"(?:{_QUALIFIER}[{CJK}]{{1,9}}?{_DISEASE_END}|{GRAVE}|{DISABILITY})"
HEALTH = re.compile(
    rf"(?P<head>患有|患了|患上|罹患|身患|患(?![者病者难处])|确诊(?:为|患有|了)?|(?:被|经)?诊断(?:为|出|患有)|"
    rf"查出(?:患有)?|检查出|(?:系|是|为|属|有))(?P<obj>{DISEASE})"
    rf"|(?P<head2>因(?:{DISEASE}|病|伤|车祸|意外)[{CJK}]{{0,6}}?(?:住院|入院|手术|截肢|致残|去世|病故|离世))"
    rf"|(?P<head3>住院治疗|住院|(?:肢体|视力|听力|言语|智力|精神|多重)残疾|{DISABILITY}|瘫痪在床|偏瘫|截瘫|"
    r"(?:先天性)?(?:双目|双眼|双耳)?(?:失明|失聪)|聋哑|智力低下|植物人|精神(?:疾病|障碍|异常)|"
    r"[一二三四五六七八九十]级伤残|伤残等级[为:：]?[一二三四五六七八九十]级|残疾)"
    # A grave disease named on its own in a clause about the person (其子白血病复发).
    rf"|(?P<head4>{_QUALIFIER}(?:{GRAVE}))(?!医院|科|防治|患者|病人|筛查|疫苗|宣传)"
    r"|(?:健康状况|身体状况|疾病名称|所患疾病|患病情况|病情|残疾类别|残疾等级)\s*[:：]\s*"
    r"(?P<form>(?!健康|良好|一般|正常|无|较好|没有)[^\s，,。；;]{2,20})"
)
# A school: a name ending in what schools are called, or the short forms (城关二小, 县一中).
# A school's name holds no word of the clause around it (其子系…, 在…就读, 你的…).
_NAME_CHAR = rf"(?:(?![系是为在于到读念的了和与及其你您他她该就称])[{CJK}\d])"
SCHOOL = (
    rf"(?:{_NAME_CHAR}{{1,14}}?(?:小学|中学|学校|幼儿园|完小|附中|附小|初中|高中|职高|中专|技校|学院|大学)"
    rf"|{_NAME_CHAR}{{1,8}}?[一二三四五六七八九十\d]{{1,2}}(?:小|中)(?![学心间型]))"
)
GRADE = (
    r"(?:(?:[一二三四五六七八九]|[1-9])年级|(?:初|高)[一二三]|学前班|幼儿园[大中小]班|[大中小]班)"
    r"(?:[(（]?\d{1,2}[)）]?班|[一二三四五六七八九十]+班)?"
)
# The school and the class, where a clause says the child attends them.
MINOR = re.compile(
    rf"(?:就读于|就读在|在读于|入读|转学至|转学到|转入|进入|考入|考上)(?P<obj>{SCHOOL}(?:{GRADE})?)"
    rf"|(?<=[在到于])(?P<obj2>{SCHOOL}(?:{GRADE})?)(?=[^，,。；;]{{0,8}}?(?:就读|上学|读书|在读|入学|上课|借读|学习|读|念|上))"
    rf"|(?:系|是|为)(?P<obj3>{SCHOOL}(?:{GRADE})?)(?:的)?(?:在校|在读)?(?:学生|小学生|中学生|学员|幼儿)"
    rf"|(?P<obj4>{SCHOOL}{GRADE})"
    rf"|(?:读|念|上|在读)(?P<obj5>{GRADE})"
)
# Where the object of a head stops: the next fact in a list, a following time or manner clause.
STOP = re.compile(
    r"[、（(]|并|且|但|而|后(?!遗)|以后|之后|以来|至今|时|现在|目前|家中|生活|需|需要|要求|希望|"
    r"导致|致使|造成|因此|所以|一直|长期|经常|每周|多年|[\d一二三四五六七八九十]+年来|的(?![^，,。；;]{0,2}$)"
)
NEGATED = re.compile(r"(?:未|没有|没|不|无|非|并非|并未|从未|否认|不再|不存在|尚未)(?:曾|有|被|过|任何|违法|刑事|相关)?$")
# A clause that states a rule, a condition or what may be done, not a fact.
MODAL = re.compile(
    r"应当|应该|可以|不得|只能|须|方可|才能|即可|有权|禁止|严禁|一律|予以|依法|是否|如果|假如|倘若|若是|凡|"
    r"视为|情形|条件|标准|范围|规定|鼓励|支持|保障|加强|做好|开展|落实|提供|关爱|帮扶"
)
