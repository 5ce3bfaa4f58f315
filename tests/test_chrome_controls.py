"""Precision controls for the chrome and truncation families.

Clean texts written for seedlint's tests: well-edited en/es/zh news, encyclopedia and Q&A prose
with titles, lists, quotations, tables of figures, a Q&A title line, and words that chrome rules
look for (share, download, related reading, 分享, 下载, Compartir, Descargar, Hola) used inside
sentences. Neither family may report anything on them, alone or as a corpus.
"""

# ruff: noqa: E501 - one paragraph per line, as scraped corpora keep them

from __future__ import annotations

import pytest

from seedlint.finding import Finding
from seedlint.rule import Rule
from tests.conftest import all_rules, run_text

EN_NEWS = """How Alipay Won Over China's Banks

BEIJING — When Alipay was launched in 2004, few bankers took it seriously. The payment service began as an escrow tool for Taobao, Alibaba's consumer marketplace, and it held buyers' money until the goods arrived.

The banks' attitude changed as the volume grew. "If the banks do not change, we will change the banks," Jack Ma told a forum in 2008, a remark that many executives first dismissed as bravado.

Today the relationship rests on three pillars:

- settlement of online payments through local branches;
- joint credit products for small businesses;
- shared risk models built on transaction data.

| Year | Users (millions) | Partner banks |
|------|------------------|---------------|
| 2005 | 10               | 4             |
| 2010 | 550              | 70            |
| 2015 | 800              | 200           |

Analysts at the central bank noted that branch managers, not head offices, signed the first agreements. "The branches needed the volume," one former official said. "Alipay brought it to them."

Related reading on the subject is scarce, but the bank's 2016 annual report describes the partnership in detail.
"""

EN_ENCYCLOPEDIA = """Mobile payment

Mobile payment (also called mobile money) refers to payment services performed from or via a mobile device. Instead of paying with cash, cheques or credit cards, a consumer can use a mobile phone to pay for a wide range of services and goods.

History

The first patent exclusively defined as a mobile payment system was filed in 2000. In developing countries, mobile payment solutions have been deployed as a means of extending financial services to the unbanked, estimated at 50% of the world's adult population.

Types

1. Mobile wallets, which store card details on the phone.
2. Carrier billing, where the charge is added to the phone bill.
3. QR-code payments, common in China since the early 2010s.

Download speeds, network coverage and the cost of handsets all affect adoption. Share of mobile payments in retail sales rose from 4% in 2012 to 36% in 2020, according to the People's Bank of China.

See the article on digital currency for a related topic.
"""

EN_QA = """Why did banks agree to cooperate with Alipay?

Banks cooperated because Alipay brought them transaction volume they could not reach on their own. Each payment earned the bank a fee, and the branches that signed first gained the most customers.

The cooperation also had a regulatory side. In 2010 the central bank issued licences to third-party payment companies, which made the arrangement formal and gave the banks legal certainty.
"""

ES_NEWS = """Cómo Alipay convenció a los bancos chinos

PEKÍN — Cuando Alipay nació en 2004, pocos banqueros lo tomaron en serio. El servicio comenzó como una herramienta de garantía para Taobao, el mercado en línea de Alibaba, y retenía el dinero del comprador hasta que la mercancía llegaba.

La actitud de los bancos cambió a medida que creció el volumen. «Si los bancos no cambian, nosotros cambiaremos los bancos», dijo Jack Ma en un foro en 2008, una frase que muchos directivos consideraron una bravuconada.

La cooperación se apoya hoy en tres pilares:

1. la liquidación de pagos en línea a través de sucursales locales;
2. productos de crédito conjuntos para pequeñas empresas;
3. modelos de riesgo compartidos basados en datos de transacciones.

| Año  | Usuarios (millones) | Bancos asociados |
|------|---------------------|------------------|
| 2005 | 10                  | 4                |
| 2015 | 800                 | 200              |

Los analistas del banco central señalaron que fueron los directores de sucursal, y no las sedes centrales, quienes firmaron los primeros acuerdos. «Las sucursales necesitaban el volumen», explicó un antiguo funcionario.

Compartir los datos de pago con los bancos fue, según los expertos, la decisión que cerró el acuerdo.
"""

ES_QA = """¿Por qué los bancos aceptaron cooperar con Alipay?

Los bancos cooperaron porque Alipay les aportaba un volumen de transacciones que no podían alcanzar por sí solos. Cada pago dejaba una comisión al banco, y las sucursales que firmaron primero ganaron más clientes.

Hola, como dijo el director de una sucursal en una entrevista, la clave fue la confianza mutua entre ambas partes.

Descargar la aplicación era gratuito, y eso facilitó que millones de usuarios vincularan sus tarjetas.
"""

ZH_NEWS = """支付宝如何赢得银行的合作

2004年，支付宝上线时，很少有银行家认真对待它。这项服务最初是淘宝网的担保交易工具，在买家收到货物之前代为保管货款。

随着交易量的增长，银行的态度发生了变化。马云曾在2008年的一次论坛上说：“如果银行不改变，我们就改变银行。”许多银行高管起初认为这只是一句豪言壮语。

如今，双方的合作主要有三个方面：

一、通过地方分行结算网上支付；
二、为小微企业提供联合信贷产品；
三、基于交易数据共享风险模型。

| 年份 | 用户（百万） | 合作银行（家） |
|------|------------|--------------|
| 2005 | 10         | 4            |
| 2015 | 800        | 200          |

央行的分析人士指出，最早签署协议的是各地分行，而不是总行。“分行需要交易量，”一位前官员说，“支付宝给他们带来了交易量。”

分享交易数据，被认为是促成合作的关键一步。
"""

ZH_ENCYCLOPEDIA = """移动支付

移动支付是指用户使用移动终端（通常是手机）对所消费的商品或服务进行账务支付的一种服务方式。与现金、支票或银行卡相比，移动支付更加便捷。

发展历程

中国的移动支付起步于2000年代初期。2013年以后，随着智能手机的普及和二维码支付的推广，移动支付规模迅速扩大。根据中国人民银行的数据，2020年移动支付业务量超过1200亿笔。

主要类型包括：
1. 远程支付，例如网上购物时的付款；
2. 近场支付，例如在商店扫码付款；
3. 转账汇款，例如个人之间的资金往来。

下载和使用移动支付应用通常是免费的，用户只需绑定银行卡即可完成付款。
"""

ZH_QA = """为什么银行愿意与支付宝合作？

银行愿意合作，是因为支付宝带来了它们自己难以获得的交易量。每一笔支付都能为银行带来手续费收入，率先签约的分行也因此获得了更多客户。

此外，监管环境也起到了作用。2010年，中国人民银行开始向第三方支付机构发放牌照，使双方的合作有了明确的法律依据。
"""

ES_ENCYCLOPEDIA = """Pago móvil

El pago móvil es un servicio de pago que se realiza desde un dispositivo móvil, normalmente un teléfono inteligente. En lugar de pagar con efectivo o tarjeta, el consumidor autoriza la operación con una aplicación.

Historia

Las primeras patentes de sistemas de pago móvil se registraron en el año 2000. En China, la difusión de los códigos QR a partir de 2013 convirtió el pago móvil en el medio de pago más habitual en las ciudades.

Según el Banco Popular de China, los principales tipos son:
- pagos a distancia, como las compras en línea;
- pagos de proximidad, como el escaneo de un código en una tienda;
- transferencias entre particulares.

| Año  | Operaciones (miles de millones) |
|------|---------------------------------|
| 2015 | 13,8                            |
| 2020 | 123,2                           |
"""

EN_FEATURE = """The Branch Managers Who Said Yes

When the first branch managers agreed to work with Alipay, they did not ask their head offices for permission. One of them, who ran a branch in Hangzhou, remembers the meeting well.

“We had no idea how big it would become. We only knew that our deposits were leaving for the cities.

“So we signed, and within a year the branch had doubled its card business,” he said.

Other managers followed, and by 2008 most large banks had signed national agreements (the smaller ones took longer).

Reporting by Jane Doe; Editing by John Smith
"""

CONTROLS = {
    "es_encyclopedia": ES_ENCYCLOPEDIA,
    "en_feature": EN_FEATURE,
    "en_news": EN_NEWS,
    "en_encyclopedia": EN_ENCYCLOPEDIA,
    "en_qa": EN_QA,
    "es_news": ES_NEWS,
    "es_qa": ES_QA,
    "zh_news": ZH_NEWS,
    "zh_encyclopedia": ZH_ENCYCLOPEDIA,
    "zh_qa": ZH_QA,
}


def family_rules(*families: str) -> list[Rule]:
    return [r for r in all_rules() if r.meta.family in families]


def _described(findings: list[Finding]) -> list[tuple[int, int, str, str]]:
    return [(f.line, f.column, f.rule, f.snippet) for f in findings]


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls_are_clean_alone(name: str) -> None:
    found = run_text(family_rules("chrome", "truncation"), CONTROLS[name])
    assert _described(found) == []


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls_are_clean_as_a_corpus(name: str) -> None:
    """Checked together (the template rule sees all of them), still nothing: tables of figures
    and repeated words are not template lines."""
    others = [text for key, text in CONTROLS.items() if key != name]
    found = run_text(family_rules("chrome", "truncation"), CONTROLS[name], corpus=others * 2)
    assert _described(found) == []


def test_controls_exercise_the_vocabulary() -> None:
    """The controls are only worth something if they contain the words the rules look for."""
    text = "\n".join(CONTROLS.values())
    for word in ("Share", "Download", "Related reading", "分享", "下载", "Compartir", "Descargar", "Hola", "|"):
        assert word in text, word
