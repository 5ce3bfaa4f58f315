"""Chrome rules that must stay quiet on content (issue 11): contact lists, licences, a text's own structure."""

from __future__ import annotations

from seedlint.finding import Finding
from tests.conftest import all_rules, run_text

CHROME = tuple(r for r in all_rules() if r.meta.family == "chrome")
BODY = "The hotel stands on the river bank, a short walk from the old town and the main railway station."


def _codes(text: str, corpus: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    found: list[Finding] = run_text(CHROME, text, corpus=corpus)
    return sorted((f.line, f.rule) for f in found)


def test_one_contact_line_is_reported_once_in_its_language() -> None:
    text = f"{BODY}\n{BODY}\nTel: 86-23-86388888"
    assert _codes(text) == [(3, "CHROME022")]  # not CHROME012 as well
    spanish = "El hotel está junto al río, a pocos pasos del casco antiguo y de la estación.\nTel: 91 123 45 67"
    assert _codes(spanish) == [(2, "CHROME012")]


def test_a_guide_that_lists_phone_numbers_is_content() -> None:
    hotels = "\n".join(f"Hotel {n}\n{BODY}\nTel: 86-23-6{n}388888" for n in range(1, 7))
    assert [c for c in _codes(hotels) if c[1] in ("CHROME012", "CHROME022")] == []


def test_copyright_line_of_a_licence_is_not_a_footer() -> None:
    licence = (
        "Copyright (c) 2011, Jan Novak\nAll rights reserved.\n"
        "Redistribution and use in source and binary forms, with or without modification, are permitted."
    )
    assert [c for c in _codes(licence) if c[1] == "CHROME032"] == []
    footer = f"{BODY}\n© 2023 Diario Ejemplo. All rights reserved."
    assert (2, "CHROME032") in _codes(footer)


def test_repeated_lead_in_and_sentence_are_structure_not_template() -> None:
    section = "Learning Objectives\nBy the end of this section, you will be able to:\n{}\nState the first law."
    docs = tuple(section.format(BODY.replace("hotel", word)) for word in ("inn", "house", "farm"))
    assert [c for c in _codes(docs[0], docs[1:]) if c[1] == "CHROME053"] == []
    amendment = "{}\n九、本修正案自公布之日起施行。"
    laws = tuple(amendment.format(BODY.replace("hotel", w)) for w in ("inn", "house", "farm"))
    assert [c for c in _codes(laws[0], laws[1:]) if c[1] == "CHROME053"] == []
