"""Well-formed fictitious identifiers (GB 11643, GB 32100, Luhn, ISO 3779)."""
import datetime as dt

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, W)) % 11]


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def make_id(rng, region, y0=1945, y1=2000, birth=None, male=None):
    if birth is None:
        birth = rand_date(rng, y0, y1)
    while True:
        seq = rng.randint(1, 998)
        if male is not None and (seq % 2 == 1) != male:
            seq += 1
        s17 = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), seq)
        v = s17 + id_check(s17)
        if clean(v):
            return v, birth


def make_id15(rng, region, y0=1930, y1=1960):
    b = rand_date(rng, y0, y1)
    return "%s%s%03d" % (region, b.strftime("%y%m%d"), rng.randint(1, 999)), b


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


CARD_PREFIX = [("621700", 19), ("622848", 19), ("621226", 19), ("622202", 19), ("621799", 19),
               ("623059", 19), ("622188", 19), ("621098", 19), ("623668", 19), ("622908", 16),
               ("621661", 19), ("436742", 16), ("622700", 19), ("623190", 19), ("625807", 16),
               ("622260", 16), ("621483", 16)]


def make_card(rng, prefix=None, length=None):
    if prefix is None:
        prefix, length = rng.choice(CARD_PREFIX)
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        v = body + luhn_digit(body)
        if clean(v):
            return v


MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                 "152", "153", "155", "156", "157", "158", "159", "173", "175", "176", "177", "178",
                 "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195",
                 "198", "199"]


AVOID = ("12345", "12380", "12393", "12315")


def clean(v):
    return not any(a in v for a in AVOID)


def make_mobile(rng):
    while True:
        v = rng.choice(MOBILE_PREFIX) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if clean(v):
            return v


def make_landline(rng, area, sep="-", n=None):
    n = n or (8 if len(area) == 3 else 7)
    local = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return area + sep + local


CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(rng):
    chars = "0123456789"
    body = "".join(rng.choice(chars) for _ in range(8))
    s = sum(int(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def make_uscc(rng, kind="91", region="140902"):
    base = kind + region + org_code(rng)
    s = sum(CS.index(c) * w for c, w in zip(base, UW))
    return base + CS[(31 - s % 31) % 31]


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
         "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
         "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
YEAR_CODE = {2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
             2022: "N", 2023: "P", 2024: "R", 2025: "S"}


def make_vin(rng, year=None):
    wmi = rng.choice(["LSV", "LFV", "LGB", "LHG", "LVS", "LC0", "LSG", "LGW", "LZW", "LB3", "LNB"])
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = year or rng.randint(2015, 2024)
    rest = YEAR_CODE[year] + rng.choice("ABCDEFGHJKLMN0123456789") + "".join(
        str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + rest
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_N = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def make_plate(rng, prov, letter, nev=False):
    if nev:
        if rng.random() < 0.75:
            return prov + letter + rng.choice("DF") + rng.choice(PLATE_N) + "%04d" % rng.randint(0, 9999)
        return prov + letter + "%05d" % rng.randint(0, 99999) + rng.choice("DF")
    tail = [rng.choice("0123456789") for _ in range(5)]
    for i in rng.sample(range(5), rng.randint(0, 2)):
        tail[i] = rng.choice(PLATE_L)
    return prov + letter + "".join(tail)


def make_passport(rng):
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "%07d" % rng.randint(0, 9999999)


def make_hk_permit(rng):
    return "C" + "%08d" % rng.randint(0, 99999999)


def add_period(d, period):
    if period == "长期":
        return None
    if period.endswith("个月"):
        m = int(period[:-2])
    else:
        m = int(period[:-1]) * 12
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = d.day
    while True:
        try:
            return dt.date(y, mo, day)
        except ValueError:
            day -= 1
