"""Words of the date grammar: month and weekday names (en, es, zh) and the Chinese zodiac."""

from __future__ import annotations

from seedlint.checks.dates.numerals import words, words_pattern

MONTHS_EN: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
    "September": 9, "October": 10, "November": 11, "December": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4,
    "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
MONTHS_ES: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
MONTH_NAMES_EN = words("January February March April May June July August September October November December")
MONTH_NAMES_ES = [k for k, _ in sorted(MONTHS_ES.items(), key=lambda kv: kv[1]) if k != "setiembre"]

WEEKDAYS_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
WEEKDAYS_ES: dict[str, int] = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
}  # fmt: skip
WEEKDAYS_ZH: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WEEKDAY_NAMES_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_ABBR_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_NAMES_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WEEKDAY_NAMES_ZH = "一二三四五六日"

MON_EN = words_pattern(MONTHS_EN)  # case-sensitive: English month names are capitalised
MON_ES = words_pattern(MONTHS_ES)  # used with IGNORECASE
WD_EN = words_pattern(WEEKDAYS_EN)
WD_ES = words_pattern(WEEKDAYS_ES)

# -- the zodiac: index 0 is the Rat (2020, 2008, …) ---------------------------------------------
ZODIAC_ZH = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
ZODIAC_ZH_TRADITIONAL = {"龍": "龙", "馬": "马", "雞": "鸡", "豬": "猪"}
ZODIAC_EN = ("Rat", "Ox", "Tiger", "Rabbit", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig")
ZODIAC_ES = (
    "Rata",
    "Buey",
    "Tigre",
    "Conejo",
    "Dragón",
    "Serpiente",
    "Caballo",
    "Cabra",
    "Mono",
    "Gallo",
    "Perro",
    "Cerdo",
)
ZODIAC_ALIASES: dict[str, int] = {
    "rat": 0, "mouse": 0, "ox": 1, "cow": 1, "buffalo": 1, "bull": 1, "tiger": 2, "rabbit": 3, "hare": 3,
    "cat": 3, "dragon": 4, "snake": 5, "serpent": 5, "horse": 6, "goat": 7, "sheep": 7, "ram": 7,
    "monkey": 8, "rooster": 9, "chicken": 9, "cock": 9, "dog": 10, "pig": 11, "boar": 11,
    "rata": 0, "ratón": 0, "raton": 0, "buey": 1, "vaca": 1, "búfalo": 1, "bufalo": 1, "toro": 1, "tigre": 2,
    "conejo": 3, "liebre": 3, "gato": 3, "dragón": 4, "dragon ": 4, "serpiente": 5, "culebra": 5,
    "caballo": 6, "cabra": 7, "oveja": 7, "carnero": 7, "mono": 8, "gallo": 9, "perro": 10, "cerdo": 11,
    "chancho": 11, "jabalí": 11, "jabali": 11,
}  # fmt: skip
for _i, _ch in enumerate(ZODIAC_ZH):
    ZODIAC_ALIASES[_ch] = _i
for _trad, _simp in ZODIAC_ZH_TRADITIONAL.items():
    ZODIAC_ALIASES[_trad] = ZODIAC_ZH.index(_simp)
ZODIAC_ALIASES = {k.strip(): v for k, v in ZODIAC_ALIASES.items()}

STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def zodiac_index(year: int) -> int:
    """0 = Rat … 11 = Pig, for the Chinese year that covers most of Gregorian ``year``."""
    return (year - 2020) % 12


def ganzhi(year: int) -> str:
    """The sexagenary name (甲午) of the Chinese year that covers most of ``year``."""
    return STEMS[(year - 4) % 10] + BRANCHES[(year - 4) % 12]


def zodiac_name(index: int) -> str:
    """'the Year of the Rabbit (兔年)' style description."""
    return f"the Year of the {ZODIAC_EN[index]} ({ZODIAC_ZH[index]}年, año del {ZODIAC_ES[index]})"


def cap(words: list[str] | dict[str, int]) -> str:
    """Alternation of lower-case words that may also start with a capital ([Jj]unio): cheaper for
    Hyperscan than a case-insensitive flag."""
    keys = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].isalpha() else w for w in keys)


MON_ES_CAP = cap(MONTHS_ES)
WD_ES_CAP = cap(WEEKDAYS_ES)
WD_EN_CAP = "|".join(sorted((w.capitalize() for w in WEEKDAYS_EN), key=lambda w: (-len(w), w)))
