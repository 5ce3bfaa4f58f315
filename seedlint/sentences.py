"""Where a sentence ends: script-aware terminators, abbreviations and initials that do not end one."""

from __future__ import annotations

import regex

# A terminator (CJK full stops and friends, or ASCII .!?) and the closing quotes or brackets after it.
SENTENCE_END = regex.compile(r"""(?P<t>[。！？；…]+|[.!?]+)["'”’»」』）)\]】》〉]*""")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Abbreviations after which a period never ends a sentence (case-sensitive: "no." may end one).
NEVER_TERMINAL = frozenset({
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Dra", "Drs", "Prof", "Profa", "Sr", "Sra", "Srta", "Sres", "Jr", "St", "Mt",
    "Ft", "Gen", "Gral", "Gov", "Sen", "Rep", "Rev", "Hon", "Capt", "Lt", "Col", "Sgt", "Cmdr", "Adm", "No", "Nos",
    "Nº", "Vol", "Vols", "Fig", "Figs", "Art", "Arts", "Ch", "Sec", "Ed", "Eds", "Ud", "Uds", "Vd", "Vds", "Dña",
    "Av", "Avda", "Pág", "Núm", "Tel", "Ing", "Lic", "e.g", "i.e", "cf", "vs", "pp", "approx", "aprox", "ca",
    "núm", "pág", "págs", "fig", "art", "vol", "cap", "tel",
})  # fmt: skip


def ends_sentence(text: str, m: regex.Match[str]) -> bool:
    """Whether the terminator matched at ``m`` ends a sentence.

    CJK full stops always do. ASCII ``.!?`` do before a space or the end of the
    paragraph, and ``!?`` also right before CJK text. A period does not end a sentence
    when the next word starts in lower case ("Co., Ltd. is", "a.m. del"), after an
    abbreviation that never ends one ("Dr.", "No.") or after an initial ("J. R. R.").
    """
    term = m.group("t")
    end = m.end()
    after = text[end : end + 1]
    if term[0] in "。！？；":
        return True
    if term[0] != "…":
        if not after:
            return True
        if not after.isspace():
            return term[-1] in "!?" and _CJK.match(after) is not None
    if term[-1] not in ".…":
        return True
    rest = text[end : end + 8].lstrip()
    if rest[:1].islower():
        return False
    if term == "." and end == m.end("t"):
        i = m.start()
        while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
        word = text[i : m.start()]
        if word in NEVER_TERMINAL or (len(word) == 1 and word.isupper()):
            return False
    return True
