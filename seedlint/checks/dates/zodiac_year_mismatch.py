"""DATE006 zodiac-year-mismatch: 2023年马年, 'the Year of the Horse' beside a year that is not one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from seedlint.checks.dates.analysis import FamilySpotter
from seedlint.checks.dates.grammar import parse_line
from seedlint.checks.dates.lazy import LazyRegex
from seedlint.checks.dates.lexicon import (
    ZODIAC_ALIASES,
    ZODIAC_EN,
    ZODIAC_ES,
    ZODIAC_ZH,
    ganzhi,
    zodiac_index,
    zodiac_name,
)
from seedlint.checks.dates.numerals import number, words_pattern
from seedlint.checks.dates.windows import fast_all, windows
from seedlint.document import Document
from seedlint.finding import Hit, Severity
from seedlint.rule import Context, Example, Expected, RuleMeta

_YEAR = r"(?P<y>(?<![0-9０-９])(?:[12][0-9]{3}|[１２][０-９]{3})(?![0-9０-９])|[〇零○一二三四五六七八九]{4})"
_ANIMAL_ZH = r"(?P<a>[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬])"
_GZ = r"(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])"
_EN_ANIMALS = [
    "rat", "mouse", "ox", "cow", "buffalo", "bull", "tiger", "rabbit", "hare", "cat", "dragon", "snake", "serpent",
    "horse", "goat", "sheep", "ram", "monkey", "rooster", "chicken", "cock", "dog", "pig", "boar",
]  # fmt: skip
_ES_ANIMALS = [k for k in ZODIAC_ALIASES if not k.isascii() or k in {
    "rata", "buey", "vaca", "toro", "tigre", "conejo", "liebre", "gato", "serpiente", "culebra", "caballo",
    "cabra", "oveja", "carnero", "mono", "gallo", "perro", "cerdo", "chancho", "jabali", "raton", "bufalo",
}]  # fmt: skip
_ES_ANIMALS = [k for k in _ES_ANIMALS if not regex.match(r"\p{Han}", k)]
_ELEMENT_EN = r"(?:(?:wood|fire|earth|metal|water|golden|gold|yin|yang)\s+)?"
_ELEMENT_ES = r"(?:\s+de\s+(?:madera|fuego|tierra|metal|agua|oro))?"
_A_EN = rf"(?P<a>{words_pattern(_EN_ANIMALS)})"
_A_ES = rf"(?P<a>{words_pattern(_ES_ANIMALS)})"
_PATTERNS = (
    LazyRegex(
        rf"{_YEAR}\s*年?\s*[(（,，]?\s*(?:是|为|為|即|也就是)?\s*(?:农历|農曆|中国|中國)?\s*{_GZ}?\s*[金木水火土]?\s*"
        rf"{_ANIMAL_ZH}?\s*年",
        regex.V1,
    ),
    LazyRegex(
        rf"{_GZ}?\s*{_ANIMAL_ZH}?年\s*[(（]\s*(?:公元|西元)?\s*{_YEAR}\s*年?\s*[)）]",
        regex.V1,
    ),
    LazyRegex(
        rf"{_YEAR}\s*(?:,|\s+(?:is|was|will\s+be|marks|marked|became|began)|\s*[-–—:])?\s+(?:the\s+|a\s+)?"
        rf"year\s+of\s+the\s+{_ELEMENT_EN}{_A_EN}(?![\p{{L}}])",
        regex.V1 | regex.IGNORECASE,
    ),
    LazyRegex(
        rf"(?<![\p{{L}}])year\s+of\s+the\s+{_ELEMENT_EN}{_A_EN}\s*(?:\(|,|\s+in|\s*[-–—:])?\s*{_YEAR}",
        regex.V1 | regex.IGNORECASE,
    ),
    LazyRegex(
        rf"{_YEAR}\s*(?:,|\s+(?:es|fue|será|era)|\s*[-–—:])?\s+(?:el\s+)?año\s+(?:del|de\s+la|de\s+el)\s+{_A_ES}"
        rf"(?![\p{{L}}]){_ELEMENT_ES}",
        regex.V1 | regex.IGNORECASE,
    ),
    LazyRegex(
        rf"(?<![\p{{L}}])año\s+(?:del|de\s+la|de\s+el)\s+{_A_ES}(?![\p{{L}}]){_ELEMENT_ES}\s*(?:\(|,|\s+(?:en|de))?\s*{_YEAR}",
        regex.V1 | regex.IGNORECASE,
    ),
)


@dataclass(frozen=True, slots=True)
class ZodiacClaim:
    start: int
    end: int
    year: int
    animal: int | None
    animal_span: tuple[int, int] | None
    stem_branch: str | None
    gz_span: tuple[int, int] | None


def claims(line: str) -> Iterator[ZodiacClaim]:
    for pattern in _PATTERNS:
        for m in pattern.finditer(line):
            g = m.groupdict()
            if not g.get("a") and not g.get("gz"):
                continue
            year = number(g["y"])
            if year is None or not 1000 <= year <= 2999:
                continue
            animal = ZODIAC_ALIASES.get(g["a"].lower()) if g.get("a") else None
            yield ZodiacClaim(
                m.start(),
                m.end(),
                year,
                animal,
                m.span("a") if g.get("a") else None,
                g.get("gz"),
                m.span("gz") if g.get("gz") else None,
            )


def _early_in_year(line: str, claim: ZodiacClaim) -> bool:
    """A January/February date: the Chinese year may still be the previous one."""
    for w in windows(line, [(claim.start, claim.end)], 24, 24):
        for expr in parse_line(w.text):
            start, end = w.offset + expr.start, w.offset + expr.end
            if end >= claim.start - 12 and start <= claim.end + 12 and expr.month in (1, 2):
                return True
    return False


def _replacement(original: str, index: int) -> str:
    if regex.match(r"\p{Han}", original):
        return ZODIAC_ZH[index]
    names = ZODIAC_ES if original.lower() in _ES_ANIMALS and original.lower() not in _EN_ANIMALS else ZODIAC_EN
    name = names[index]
    return name.lower() if original.islower() else name


class ZodiacYear:
    meta = RuleMeta(
        code="DATE006",
        name="zodiac-year-mismatch",
        family="date",
        severity=Severity.ERROR,
        summary="A zodiac year (马年, Year of the Horse, año del Caballo, 甲午) that does not match its number.",
        docs=(
            "The twelve-year zodiac cycle and the sixty-year stem-branch cycle are arithmetic: 2014 and 2026 are "
            "Horse years (甲午, 丙午), 2023 is the Year of the Rabbit (癸卯). When a year stands beside a zodiac "
            "animal or a stem-branch name ('2023年马年春节', '2014, the Year of the Snake', 'el año del Caballo "
            "(2023)'), the rule checks the pair and reports a mismatch with the animal that fits the number. "
            "Usually the year was changed by a replacement and the animal kept, so the fix is not applied "
            "automatically. January and February dates may still belong to the previous Chinese year."
        ),
        bad=(
            Example(
                "2023年马年春节，抢红包开始流行。",
                (Expected("2023年马年", 1, 1, fix="2023年兔年"),),
            ),
            Example(
                "Chinese New Year 2015, the Year of the Horse, began in February.",
                (Expected("2015, the Year of the Horse", fix="2015, the Year of the Goat"),),
            ),
            Example("El año del Caballo (2023) empezó en enero.", (Expected("año del Caballo (2023"),)),
            Example("2014年乙未年", (Expected("2014年乙未年", fix="2014年甲午年"),)),
        ),
        good=(
            Example("2014年马年春节，2023年兔年。2014, the Year of the Horse. El año del Conejo (2023) llegó."),
            Example("1月31日（2014年1月），2014, the year of the Snake ended. 他说这事要等到猴年马月。"),
        ),
        source=__name__,
    )
    triggers = fast_all(
        r"(?:鼠年|牛年|虎年|兔年|龙年|龍年|蛇年|马年|馬年|羊年|猴年|鸡年|雞年|狗年|猪年|豬年)",
        r"[甲乙丙丁戊己庚辛壬癸](?:子年|丑年|寅年|卯年|辰年|巳年|午年|未年|申年|酉年|戌年|亥年)",
        r"[Yy]ear of the ",
        r"[Aa]ño de(?:l| la) ",
    )

    spots = fast_all(
        r"[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬]年",
        r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年",
        r"[Yy]ear\s+of\s+the\s",
        r"[Aa]ño\s+de(?:l|\s+la)\s",
    )

    def __init__(self, spots: FamilySpotter) -> None:
        self._spots = spots

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for index in self._spots.spots(doc, self.meta.code):
            line = doc.line_span(index)
            for claim in claims(line.text):
                hit = self._judge(line.text, claim)
                if hit is not None:
                    message, fix = hit
                    yield Hit(line.start + claim.start, line.start + claim.end, message, fix=fix, fix_safe=False)

    def _judge(self, line: str, claim: ZodiacClaim) -> tuple[str, str | None] | None:
        y = claim.year
        right = zodiac_index(y)
        allowed = {right}
        allowed_gz = {ganzhi(y)}
        if _early_in_year(line, claim):
            allowed.add(zodiac_index(y - 1))
            allowed_gz.add(ganzhi(y - 1))
        text = line[claim.start : claim.end]
        parts: list[str] = []
        fixed = text
        if claim.animal is not None and claim.animal not in allowed and claim.animal_span:
            written = line[claim.animal_span[0] : claim.animal_span[1]]
            before = [y2 for y2 in range(y - 12, y) if zodiac_index(y2) == claim.animal]
            after = [y2 for y2 in range(y + 1, y + 13) if zodiac_index(y2) == claim.animal]
            parts.append(
                f"{y} is {zodiac_name(right)}, not the Year of the {ZODIAC_EN[claim.animal]}; "
                f"{ZODIAC_EN[claim.animal]} years near it are {before[0]} and {after[0]}"
            )
            s, e = claim.animal_span[0] - claim.start, claim.animal_span[1] - claim.start
            fixed = fixed[:s] + _replacement(written, right) + fixed[e:]
        if claim.stem_branch is not None and claim.stem_branch not in allowed_gz and claim.gz_span:
            parts.append(f"{y} is a {ganzhi(y)} year, not {claim.stem_branch}")
            s, e = claim.gz_span[0] - claim.start, claim.gz_span[1] - claim.start
            fixed = fixed[:s] + ganzhi(y) + fixed[e:]
        if not parts:
            return None
        return "; ".join(parts), (fixed if len(allowed) == 1 else None)
