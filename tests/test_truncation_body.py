"""Truncation inside the body: teaser listings, cut paragraphs before furniture, guarded endings, splices."""

# ruff: noqa: E501 - one paragraph per line, as scraped corpora keep them

from __future__ import annotations

from seedlint.document import Document
from seedlint.finding import Finding
from tests.conftest import all_rules, rule, run_text


def check(text: str) -> list[Finding]:
    return run_text([r for r in all_rules() if r.meta.family == "truncation"], text)


def where(findings: list[Finding]) -> list[tuple[int, str, str]]:
    return [(f.line, f.rule, f.snippet) for f in findings]


def _teasers(width: int) -> str:
    """A listing page: a title line, then a teaser cut at ``width`` characters, five times."""
    bodies = [
        "The banks agreed to cooperate with the payment company after years of talks, and both of them now expect that the new fees will cover",
        "The central bank has asked every payment company to connect to a clearing house, a move that analysts see as the end of an era for",
        "The money market fund attracted more than a hundred million users within four years of its launch, which is more than any bank",
        "A new law on data protection requires every company that stores the data of its clients to report any leak within three days of",
        "The regulator said that it would review the rules for online lending in the spring, after a wave of defaults in the sector that",
    ]
    lines = ["Latest news"]
    for n, b in enumerate(bodies, 1):
        lines += [f"Headline number {n} of the day", b[:width].rstrip()]
    return "\n".join(lines) + "\nAll of these stories were written by our own editors."


# -- TRUNC010: teasers cut at one length --------------------------------------------------------------
def test_listing_teasers_cut_at_one_width_are_each_reported_on_their_last_word() -> None:
    found = run_text([rule("TRUNC010")], _teasers(100))
    assert [f.line for f in found] == [3, 5, 7, 9, 11]
    text = _teasers(100).split("\n")
    for f in found:
        assert text[f.line - 1].endswith(f.snippet) and " " not in f.snippet
    assert "one of 5 lines that stop mid-sentence at about 100 columns" in found[0].message


def test_the_same_text_hard_wrapped_is_not_a_listing() -> None:
    prose = " ".join(b for b in _teasers(200).split("\n")[2::2])
    words, lines, line = prose.split(), [], ""
    for w in words:  # wrap greedily at 72 columns
        if line and len(line) + 1 + len(w) > 72:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    wrapped = "\n".join([*lines, line + "."])
    assert Document("w.txt", wrapped).hard_wrapped
    assert [f for f in check(wrapped) if f.rule in {"TRUNC004", "TRUNC005", "TRUNC010", "TRUNC011"}] == []


def test_a_listing_of_titles_and_teasers_is_not_hard_wrapped() -> None:
    assert not Document("l.txt", _teasers(100)).hard_wrapped


def test_chinese_teasers_cut_at_one_display_width() -> None:
    teaser = "近日，据相关消息，这家公司将在四月车展开幕前夕公布新股比结构下的新公司名称以及全新品牌战略，有知情人士透露称新公司"
    text = "\n".join(
        [
            "#汽车",
            *(f"第{n}条新闻标题！新车发布\n{teaser[n:] + teaser[:n]}" for n in range(4)),
            "以上新闻都是本报记者在车展现场采写的，欢迎读者朋友们转发。",
        ]
    )
    found = run_text([rule("TRUNC010")], text)
    assert [f.line for f in found] == [3, 5, 7, 9]
    assert all(len(f.snippet) == 1 for f in found)


def test_addresses_of_one_width_are_data_not_teasers() -> None:
    text = "\n".join(
        ["Hotels"]
        + [
            f"Address: {n} Jiangnan Avenue, Nan'an District, Chongqing, 4000{n}0 China\nTel: 86-23-8638888{n}"
            for n in range(5)
        ]
    )
    assert run_text([rule("TRUNC010")], text) == []


# -- TRUNC011: teasers with an ellipsis inside the document -----------------------------------------
def test_ellipsis_teasers_inside_the_document() -> None:
    text = (
        "Blog\n"
        "The banks agreed to cooperate with the payment company after years of talks, and both of them...\n"
        "12 comments\n"
        "The central bank has asked every payment company to connect to a clearing house …\n"
        "8 comments\n"
        "Contact us."
    )
    found = run_text([rule("TRUNC011")], text)
    assert [(f.line, f.snippet) for f in found] == [(2, "m..."), (4, " …")]


def test_one_literary_ellipsis_or_one_after_a_full_stop_is_not_a_teaser() -> None:
    novel = "Chapter one\n\nYesterday I was the lord of all this land...\n\nNobody answered him, and he rode on to the inn.\n\nIt was late.\n\nThe inn was closed."
    assert run_text([rule("TRUNC011")], novel) == []
    listing = "Posts\nThe banks agreed to cooperate with the payment company in the end....\nThe central bank has asked every payment company to connect....\nContact us."
    assert run_text([rule("TRUNC011")], listing) == []


def test_the_last_teaser_is_counted_but_left_to_the_ending_rules() -> None:
    text = "Posts\nThe banks agreed to cooperate with the payment company after years of talks, and...\n8 comments\nThe central bank has asked every payment company to connect to a clearing house, which..."
    assert where(check(text)) == [(2, "TRUNC011", "d..."), (4, "TRUNC006", ".")]


# -- TRUNC004: a paragraph cut before furniture, and what is not ------------------------------------
def test_paragraph_cut_after_its_last_full_stop_before_a_label() -> None:
    text = (
        "Team news\n"
        "The club has fired its general manager after four poor seasons. The owner made the announcement on Monday and the coach\n"
        "Original story:\n"
        "What do you think? Leave a comment."
    )
    (f,) = run_text([rule("TRUNC004")], text)
    assert (f.line, f.snippet) == (2, "coach")
    assert "after its last full stop" in f.message and "('Original story:')" in f.message


def test_fiction_is_not_cut() -> None:
    speech = "The letter\n\nShe was eagerly calling out, while her daughter read the note that had come from the house. Then she read,\n\n“If you are not so compassionate as to dine with us, we shall be very sad.”\n\nThey laughed."
    dash = "The storm\n\nShe rose at once, and with the greatest agitation in her voice and face she cried out--\n\n“Oh, my dear! pray come.”\n\nHe came."
    verse = "El soneto\n\nY entonces, como dice el gran poeta castellano de aquellos tiempos en su libro, dijo que\n\nPor estas asperezas se camina\nde la inmortalidad al alto asiento\n\nY calló."
    heading = "Primera parte\n\nCapítulo II. Que trata de la primera salida que de su tierra hizo el ingenioso don Quijote\n\nHechas, pues, estas prevenciones, no quiso aguardar más tiempo."
    for text in (speech, dash, verse, heading):
        assert run_text([rule("TRUNC004")], text) == [], text


def test_chinese_broken_line_particle_and_credit_are_not_cut() -> None:
    broken = "劳动法\n\n第三十七条 对实行计件工作的劳动者，用人单位应当根据本法第三十六条规定的工时制度合理确定其劳动\n\n定额和计件报酬标准。\n\n第三十八条 用人单位应当保证劳动者每周至少休息一日。"
    particle = "留言\n请问刘教授，人体暴露最多的微塑料是什么呀，有没有科学家做过相关的研究，我们都很想知道，谢谢啦\n21 20:15\n祝您中秋节快乐！"
    credit = "新闻\n他在北京接受庭审，妻儿均已移民海外，成为名副其实的“裸官”。图为庭审现场。新华社记者 张 三 摄\n对于外逃的腐败分子来说，转移资产是基本步骤。"
    for text in (broken, particle, credit):
        assert run_text([rule("TRUNC004")], text) == [], text


def test_a_soft_wrapped_line_with_a_trailing_blank_is_not_cut() -> None:
    text = "Study\nThe research was based on \nthe trends of the present companies in \nthe country. The purpose of this article is to explain trade in \nChina to coffee farmers, who sell online.\nThanks."
    assert run_text([rule("TRUNC004")], text) == []


# -- TRUNC005: cut inside a quotation; SCRIPT013 owns the unpaired mark -----------------------------
def test_unclosed_quote_is_reported_at_the_cut_not_at_the_mark() -> None:
    text = "Title\nHe called it “the most important deal of the decade, and the banks\nThe banks agreed in the end."
    (f,) = run_text([rule("TRUNC005")], text)
    assert (f.line, f.snippet) == (2, "s")
    assert "inside the '“'" in f.message


def test_unpaired_mark_in_a_complete_paragraph_is_scripts_not_truncations() -> None:
    text = "Title\nHe called it “the most important deal of the decade.\nThe banks agreed in the end."
    assert run_text([rule("TRUNC005")], text) == []
    assert [f.rule for f in run_text([rule("SCRIPT013")], text)] == ["SCRIPT013"]


def test_quotations_continued_over_paragraphs_as_fiction_writes_them() -> None:
    en = "Chapter\n\n“He struck me as a very beautiful and graceful creature, but indescribably frail, and I took my hands from the\n\n“machine, and he came nearer.”\n\nThen he left."
    es = "Capítulo\n\n«Sucedió, pues, que Anselmo vivía una vida contenta y descuidada, y Camila hacía mal rostro a Lotario, y\n\n»En esto, Leonela llegó a tanto que se iba tras él.»\n\nFin."
    end = "Chapter\n\nHe said nothing.\n\n“My excellent father died about five years ago, and his attachment to the family was steady to the last."
    for text in (en, es, end):
        assert [f for f in check(text) if f.rule in {"TRUNC003", "TRUNC005"}] == [], text


# -- endings behind structural guards ---------------------------------------------------------------
def test_ending_behind_a_list_marker_a_table_cell_or_a_label_line() -> None:
    item = (
        "Shields\nAll information given is kept confidential.\n* Orders from shops that want to sell the new shield are"
    )
    assert where(check(item)) == [(3, "TRUNC001", "e")]
    prose = "Los bancos aceptaron cooperar con la empresa tras años de negociaciones. Ambas partes ganaban comisiones y el banco central pidió datos a todas las empresas del sector financiero"
    label = f"Noticias\n{prose}\n\nView Full Page"
    (f,) = check(label)
    assert (f.line, f.rule, f.snippet) == (2, "TRUNC001", "o")
    assert "'View Full Page' (short label lines" in f.message
    table = (
        "Report\n"
        + ("The operators agreed to share the ducts in every building of the city. " * 3)
        + "28 | BROADBAND NEWS | | MAY 2020 "
        + ("Owners of the buildings said they would wait for the rules before they sign, which is typically al-")
    )
    assert where(check(table))[-1][1:] == ("TRUNC001", "-")


def test_a_list_of_short_items_at_the_end_is_still_not_judged() -> None:
    assert check("Reading\nThe books we discussed today.\n- The Soul of a New Machine\n- Shop Class as Soulcraft") == []


# -- TRUNC012: spliced fragments --------------------------------------------------------------------
def test_spliced_fragments() -> None:
    text = "Title\nRiding a bike was easy for him. HeThe company said that the plan would change, and it didn’t’s rule."
    found = run_text([rule("TRUNC012")], text)
    assert [f.snippet for f in found] == ["HeThe", "didn’t’s"]
    assert (
        run_text(
            [rule("TRUNC012")],
            "She uploaded it to YouTube, shared it on LinkedIn and in McDonald’s ads. It’s the bank’s.",
        )
        == []
    )


# -- TRUNC013: a sentence that stops on an article ----------------------------------------------------
def test_a_sentence_stopping_on_an_article_conjunction_or_possessive_inside_a_line() -> None:
    text = (
        "Title\n"
        "It was the first time on the. Then they left, and nobody asked about their.\n"
        "La empresa lo presentó como parte de la. Después cambió su nombre y.\n"
    )
    found = run_text([rule("TRUNC013")], text)
    assert [(f.line, f.snippet) for f in found] == [(2, "the."), (2, "their."), (3, "la."), (3, "y.")]


def test_stops_that_end_real_sentences_or_abbreviations_are_not_stopped_on_an_article() -> None:
    fine = (
        "Title\n"
        "That is what it is made of. She came at 9 a.m. Today, i.e. the day of the vote, he spoke.\n"
        "Options:\na. The first plan\nb. The second plan\n"
        "They bought Plan A. The price rose, vitamin A. Nobody knew the... The show began.\n"
        "Se lo dio a él. Todo es para ti y para mí. Lo hizo por mí. El texto dice Y. Fin.\n"
        "He did it himself, a trick he learned from his father, and so did we, as was our plan.\n"
    )
    assert run_text([rule("TRUNC013")], fine) == []


def test_a_long_dialogue_line_behind_a_dash_is_judged_a_short_item_is_not() -> None:
    cut = "Capítulo\n-Sea vuestra merced servido, señor, de darme el gobierno de la ínsula que en esta pendencia se ha ganado. Y yo la gobernaré como el que más\nAgradecióselo mucho Sancho, y subió a su asno."
    (f,) = run_text([rule("TRUNC004")], cut)
    assert (f.line, f.snippet) == (2, "más")
    items = "Lista\n- Pagos en línea sin comisión\n- Tarjetas de crédito para todos\nFin de la lista de servicios."
    assert run_text([rule("TRUNC004")], items) == []


def test_verse_in_paragraphs_of_their_own_is_not_a_cut() -> None:
    text = "Capítulo\n\n-Tienes razón, sobrina, en lo que dices -respondió don Quijote-, y cosas te pudiera yo decir, que\n\nPor estas asperezas se camina\n\nde la inmortalidad al alto asiento,\n\ndo nunca arriba quien de allí declina.\n\n-¡Ay, desdichada de mí! -dijo la sobrina."
    assert run_text([rule("TRUNC004")], text) == []


def test_one_sentence_cut_before_known_chrome_and_two_label_lines_at_the_end() -> None:
    before = "News\nThe company said that the new rules for online payments would take effect early next year for\nShare this article\nThe banks welcomed the rules."
    assert [(f.line, f.snippet) for f in run_text([rule("TRUNC004")], before)] == [(2, "for")]
    prose = "Los bancos aceptaron cooperar con la empresa tras años de negociaciones. Ambas partes ganaban comisiones y el banco central pidió datos a todas las empresas del sector"
    (f,) = check(f"Noticias\n{prose}\n\nEconomía\n\nSee Full Page")
    assert (f.line, f.rule) == (2, "TRUNC001")
    assert "'Economía', 'See Full Page' (short label lines" in f.message
