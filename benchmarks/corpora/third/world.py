"""Places, names and number formatting."""
import ids

LOCALES = [
    dict(key="xf", cur="140902", tel_len=7, prov="山西省", city="忻州市", county="忻府区", codes=["140902", "142201"], area="0350",
         plate=("晋", "H"), post="034000", gov="忻府区人民政府", abbr="忻府",
         towns=[("东楼街道", ["新建路社区", "和平街社区", "东关社区"]), ("奇村镇", ["奇村", "南关村", "西张村"]),
                ("播明镇", ["播明村", "杨胡村", "白村"]), ("豆罗镇", ["豆罗村", "北沙村", "董家庄村"])],
         roads=["和平街", "七一路", "建设北路", "长征街", "雁门西大街"], bank="忻州农村商业银行"),
    dict(key="qh", cur="130534", tel_len=7, prov="河北省", city="邢台市", county="清河县", codes=["130534"], area="0319",
         plate=("冀", "E"), post="054800", gov="清河县人民政府", abbr="清",
         towns=[("葛仙庄镇", ["东屯村", "王官庄村", "马屯村"]), ("连庄镇", ["连庄村", "后屯村"]),
                ("油坊镇", ["油坊村", "北郭村", "小屯村"]), ("王官庄镇", ["尹庄村", "大辛庄村"])],
         roads=["武松街", "太行路", "长江路", "黄河路"], bank="河北清河农村商业银行"),
    dict(key="fh", cur="330213", tel_len=8, prov="浙江省", city="宁波市", county="奉化区", codes=["330283", "330213"], area="0574",
         plate=("浙", "B"), post="315500", gov="宁波市奉化区人民政府", abbr="奉",
         towns=[("锦屏街道", ["南山社区", "东门社区"]), ("溪口镇", ["岩头村", "畸山村", "班溪村"]),
                ("莼湖街道", ["桐照村", "栖凤村"]), ("江口街道", ["前江村", "方门村"])],
         roads=["中山路", "南山路", "大成路", "岳林东路"], bank="宁波奉化农村商业银行"),
    dict(key="st", cur="510722", tel_len=7, prov="四川省", city="绵阳市", county="三台县", codes=["510722"], area="0816",
         plate=("川", "B"), post="621100", gov="三台县人民政府", abbr="三",
         towns=[("潼川镇", ["东北街社区", "云台村"]), ("芦溪镇", ["金泉村", "观音村", "龙树村"]),
                ("西平镇", ["双龙村", "白马村"]), ("观桥镇", ["斗山村", "上游村"])],
         roads=["北坝正街", "梓州大道", "花园街", "牛头山路"], bank="三台农村商业银行"),
    dict(key="lq", cur="341221", tel_len=7, prov="安徽省", city="阜阳市", county="临泉县", codes=["341221"], area="0558",
         plate=("皖", "K"), post="236400", gov="临泉县人民政府", abbr="临",
         towns=[("城关街道", ["关庙社区", "沈丘路社区"]), ("鲖城镇", ["王营村", "黄岭村", "孙庄村"]),
                ("姜寨镇", ["周寨村", "小刘庄村"]), ("杨桥镇", ["杨桥村", "前营村"])],
         roads=["临化路", "长安路", "光明路", "临鲖路"], bank="安徽临泉农村商业银行"),
    dict(key="js", cur="410105", tel_len=8, prov="河南省", city="郑州市", county="金水区", codes=["410105", "410103"], area="0371",
         plate=("豫", "A"), post="450008", gov="郑州市金水区人民政府", abbr="金",
         towns=[("经八路街道", ["黄河路社区", "经五路社区"]), ("丰产路街道", ["农科路社区", "红专路社区"]),
                ("花园路街道", ["政七街社区", "纬五路社区"]), ("南阳路街道", ["南阳新村社区"])],
         roads=["纬五路", "经三路", "农业路", "红专路", "文化路"], bank="郑州银行"),
    dict(key="yl", cur="430104", tel_len=8, prov="湖南省", city="长沙市", county="岳麓区", codes=["430104"], area="0731",
         plate=("湘", "A"), post="410006", gov="长沙市岳麓区人民政府", abbr="岳",
         towns=[("望月湖街道", ["望月湖社区", "枫林社区"]), ("含浦街道", ["学华村", "白鹤村"]),
                ("坪塘街道", ["山塘村", "新联村"]), ("莲花镇", ["桃花村", "龙洞村"])],
         roads=["桐梓坡路", "枫林二路", "麓山南路", "金星中路"], bank="长沙农村商业银行"),
    dict(key="zg", cur="360702", tel_len=8, prov="江西省", city="赣州市", county="章贡区", codes=["360702", "360702"], area="0797",
         plate=("赣", "B"), post="341000", gov="赣州市章贡区人民政府", abbr="章",
         towns=[("南外街道", ["新赣州大道社区", "厚德路社区"]), ("水西镇", ["黄沙村", "水西村"]),
                ("沙河镇", ["龙村村", "五龙村"]), ("沙石镇", ["吉埠村", "峰山村"])],
         roads=["红旗大道", "文清路", "章江北大道", "长征大道"], bank="赣州农村商业银行"),
]

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
                "魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤"
                "尹黎易常武乔贺赖龚文牛庞樊兰殷施陶洪翟安颜倪严")
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华俊宏鹏斌辉红玲萍飞鑫波宁琳桂荣秀凤莲英兰珍梅"
              "春秋冬雪云建国庆福贵喜德忠新文武亮晨瑞祥海燕彬凯浩")
GIVEN2 = ["秀英", "桂英", "秀兰", "玉兰", "建华", "国强", "志强", "淑珍", "红梅", "晓东", "海燕", "春生",
          "永福", "德明", "秋菊", "翠花", "建国", "建军", "玉梅", "凤英", "学文", "丽娟", "金凤", "海军",
          "卫东", "素芬", "兰英", "长林", "满仓", "二娃", "保平", "爱莲", "润生", "俊峰", "振华", "志刚",
          "雪梅", "晓燕", "文博", "世荣", "月娥", "根生", "文秀", "小平", "宝山", "立新", "冬梅", "改英"]
CHILD_GIVEN = ["子涵", "浩然", "雨桐", "梓萱", "一诺", "宇轩", "欣怡", "俊熙", "诗涵", "梓轩", "若曦", "锦程",
               "佳琪", "思远", "沐阳", "语嫣", "皓轩", "可馨", "嘉懿", "明哲", "紫涵", "天佑", "昕怡", "博文"]


FEMALE1 = list("芳娜敏静丽艳娟霞红玲萍琳秀凤莲英兰珍梅燕")
FEMALE2 = ["秀英", "桂英", "秀兰", "玉兰", "淑珍", "红梅", "海燕", "秋菊", "翠花", "玉梅", "凤英", "丽娟", "金凤",
           "素芬", "兰英", "雪梅", "晓燕", "月娥", "文秀", "冬梅", "改英", "爱莲", "丽萍", "春梅", "桂兰"]


class Names:
    def __init__(self, rng):
        self.rng = rng
        self.used = []

    def _ok(self, n):
        return all(n not in u and u not in n for u in self.used)

    def get(self, child=False, two=None, surname=None, female=False):
        r = self.rng
        for _ in range(400):
            s = surname or r.choice(SURNAMES)
            if child:
                g = r.choice(CHILD_GIVEN)
            elif female:
                g = r.choice(FEMALE1) if r.random() < 0.3 else r.choice(FEMALE2)
            else:
                k = r.random()
                if two is True or (two is None and k < 0.25):
                    g = r.choice(GIVEN1)
                elif k < 0.6:
                    g = r.choice(GIVEN2)
                else:
                    g = r.choice(GIVEN1) + r.choice(GIVEN1)
                    if g[0] == g[1]:
                        continue
            n = s + g
            if self._ok(n):
                self.used.append(n)
                return n
        raise RuntimeError("names exhausted")

    def reserve(self, word):
        self.used.append(word)

    def masked(self, full):
        if len(full) == 2:
            return full[0] + "*"
        return full[0] + "*" * (len(full) - 2) + full[-1]


FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def fmt_id(rng, v, style=None):
    style = style or rng.choice(["plain"] * 3 + ["4444", "684", "684h", "lowx", "stray", "double", "fw"])
    if style == "plain":
        return v
    if style == "4444":
        return " ".join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:]])
    if style == "684":
        return " ".join([v[:6], v[6:14], v[14:]])
    if style == "684h":
        return "-".join([v[:6], v[6:14], v[14:]])
    if style == "lowx":
        return v.replace("X", "x")
    if style == "stray":
        k = rng.randint(3, 15)
        return v[:k] + " " + v[k:]
    if style == "double":
        return v[:6] + "  " + v[6:]
    if style == "fw":
        return v.translate(FW)
    return v


def fmt_card(rng, v, style=None):
    style = style or rng.choice(["plain", "plain", "4s", "4s", "4d", "4h"])
    if style == "plain":
        return v
    groups = [v[i:i + 4] for i in range(0, len(v), 4)]
    sep = {"4s": " ", "4d": "  ", "4h": "-"}[style]
    return sep.join(groups)


def fmt_mobile(rng, v, style=None):
    style = style or rng.choice(["plain"] * 5 + ["344", "344h", "86"])
    if style == "plain":
        return v
    if style == "344":
        return v[:3] + " " + v[3:7] + " " + v[7:]
    if style == "344h":
        return v[:3] + "-" + v[3:7] + "-" + v[7:]
    if style == "86":
        return "+86 " + v
    return v


def mask_id(v):
    return v[:6] + "********" + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_card(v):
    return v[:4] + " **** **** " + v[-4:] if len(v) == 16 else v[:6] + "*********" + v[-4:]


def cn_date(d, style="arabic"):
    if style == "arabic":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    dig = "〇一二三四五六七八九"
    y = "".join(dig[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return dig[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + dig[n - 10]
        return dig[n // 10] + "十" + (dig[n % 10] if n % 10 else "")
    return "%s年%s月%s日" % (y, num(d.month), num(d.day))


def home_address(rng, loc, full_prefix=False, urban=None):
    town, vils = rng.choice(loc["towns"])
    pre = (loc["city"] + loc["county"]) if full_prefix else (loc["county"] if rng.random() < 0.6 else "")
    if urban is None:
        urban = town.endswith("街道")
    if urban:
        road = rng.choice(loc["roads"])
        return pre + road + "%d号" % rng.randint(3, 260) + rng.choice([
            "%d号楼%d单元%d室" % (rng.randint(1, 18), rng.randint(1, 4), rng.randint(1, 18) * 100 + rng.randint(1, 4)),
            "%d栋%d0%d" % (rng.randint(1, 30), rng.randint(1, 28), rng.randint(1, 4)),
            "院内%d排%d号" % (rng.randint(1, 9), rng.randint(1, 12))])
    v = rng.choice(vils)
    return pre + town + v + rng.choice(["%d组%d号" % (rng.randint(1, 9), rng.randint(1, 80)),
                                        "%d号" % rng.randint(1, 150),
                                        "%s街%d号" % (rng.choice(["东", "西", "南", "北", "前", "后"]), rng.randint(1, 60))])


def office_address(rng, loc):
    return loc["city"] + loc["county"] + rng.choice(loc["roads"]) + "%d号" % rng.randint(1, 200)
