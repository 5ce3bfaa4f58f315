"""Vocabularies and sentence templates of the benchmark corpus (bench/generate.py).

Clean prose only: valid dates and ranges, names spelt canonically, each language's own
punctuation and number formats, and clean uses of words that conversion damage also
produces. Slots are tuples (one is drawn) or functions of the random generator.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable, Sequence

Rng = random.Random
Slot = Sequence[str] | Callable[[Rng], str]

# ---------------------------------------------------------------------------
# shared data
# ---------------------------------------------------------------------------
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
ZODIAC_ZH = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
ZODIAC_EN = ("Rat", "Ox", "Tiger", "Rabbit", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig")
NUMERALS_ZH = "一二三四五六七八九十"


def zodiac_index(year: int) -> int:
    return (year - 2020) % 12


def year(rng: Rng) -> int:
    return rng.randint(1985, 2023)


def two_years(rng: Rng) -> tuple[int, int]:
    a = rng.randint(1985, 2020)
    return a, rng.randint(a + 1, min(a + 9, 2024))


def day_of(rng: Rng, y: int, m: int) -> int:
    return rng.randint(1, calendar.monthrange(y, m)[1])


def count(rng: Rng) -> str:
    n = rng.choice((rng.randint(12, 95), rng.randint(120, 990), rng.randint(1100, 9900), rng.randint(10, 99) * 1000))
    return f"{n:,}"


def count_es(rng: Rng) -> str:
    return count(rng).replace(",", ".")


def pct(rng: Rng) -> str:
    return f"{rng.randint(2, 60)}.{rng.randint(0, 9)}%"


def pct_es(rng: Rng) -> str:
    return f"{rng.randint(2, 60)},{rng.randint(0, 9)} %"


def small(rng: Rng) -> str:
    return str(rng.randint(3, 60))


def zh_count(rng: Rng) -> str:
    return str(rng.choice((rng.randint(12, 95), rng.randint(120, 990), rng.randint(1100, 9900))))


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------
def en_time(rng: Rng) -> str:
    y = year(rng)
    m = rng.randint(1, 12)
    form = rng.randrange(8)
    if form == 0:
        return f"in {y}"
    if form == 1:
        return f"on {MONTHS_EN[m - 1]} {day_of(rng, y, m)}, {y}"
    if form == 2:
        return f"in the first quarter of {y}"
    if form == 3:
        a, b = two_years(rng)
        return f"between {a} and {b}"
    if form == 4:
        return f"in the {rng.choice(('1980', '1990', '2000'))}s"
    if form == 5:
        return f"at the end of {y}"
    if form == 6:
        return f"in {MONTHS_EN[m - 1]} {y}"
    return rng.choice(("last spring", "earlier this month", "last year", "two weeks ago", "over the summer"))


EN: dict[str, Slot] = {
    "ORG": (
        "the city council",
        "the regional government",
        "the central bank",
        "a local farming cooperative",
        "the university's economics department",
        "the national statistics office",
        "the port authority",
        "a consortium of logistics firms",
        "the ministry of agriculture",
        "the transport agency",
        "the health department",
        "a group of independent researchers",
        "the largest retailer in the province",
        "the state railway operator",
        "a small software company",
        "the football club",
        "the city museum",
        "the public library network",
        "the water utility",
        "the chamber of commerce",
        "Ant Group",
        "Alipay",
        "Tencent",
        "JD.com",
        "China Construction Bank",
        "the savings bank",
        "the school district",
        "the housing association",
        "an online grocery start-up",
        "the regional airline",
    ),
    "PERSON": (
        "the mayor",
        "the chief executive",
        "a senior economist",
        "the head of the agency",
        "the lead researcher",
        "a spokesperson for the company",
        "the finance minister",
        "the coach",
        "the museum's director",
        "an analyst at a Shanghai brokerage",
        "Maria Lopez",
        "David Chen",
        "Wang Li",
        "Sarah Johnson",
        "Ahmed Karim",
        "Liu Yang",
        "Elena Torres",
        "James Whitfield",
        "Zhang Wei",
        "Priya Natarajan",
        "Jack Ma",
        "Peng Lei",
    ),
    "VERB": (
        "announced",
        "approved",
        "published",
        "launched",
        "expanded",
        "reviewed",
        "postponed",
        "completed",
        "introduced",
        "funded",
        "presented",
        "revised",
        "defended",
        "outlined",
    ),
    "OBJ": (
        "a new investment plan",
        "the annual budget",
        "a pilot programme for rural clinics",
        "a report on household savings",
        "an updated timetable for the northern line",
        "a survey of small businesses",
        "the second phase of the harbour project",
        "new rules for online payments",
        "a scholarship scheme for engineering students",
        "a plan to renovate older housing estates",
        "guidelines for sorting household waste",
        "a training programme for young workers",
        "a credit line for small exporters",
        "a study of commuting patterns",
        "a proposal to extend opening hours",
        "a mobile app for paying utility bills",
    ),
    "TIME": en_time,
    "PLACE": (
        "in the capital",
        "in coastal provinces",
        "across the region",
        "in three northern cities",
        "in Valencia",
        "in Hangzhou",
        "in Chicago",
        "along the river",
        "in rural districts",
        "in the old town",
        "in Shenzhen",
        "in Manchester",
    ),
    "CITY": (
        "Hangzhou",
        "Chicago",
        "Valencia",
        "Shenzhen",
        "Manchester",
        "Lyon",
        "Chengdu",
        "Denver",
        "Porto",
        "Leeds",
        "Osaka",
        "Nairobi",
        "Glasgow",
        "Adelaide",
        "Tucson",
        "Wuhan",
        "Kraków",
        "Bristol",
    ),
    "EFFECT": (
        "help small firms reach new customers",
        "reduce costs for households",
        "take several years to show results",
        "require careful monitoring",
        "make public services more efficient",
        "encourage young people to return to their home towns",
        "give farmers better access to credit",
        "shorten waiting times at the busiest stations",
    ),
    "CLAIM": (
        "the plan relied too heavily on borrowing",
        "rural areas would benefit less than cities",
        "the figures were not yet comparable",
        "the long-term costs had not been assessed",
        "the rules left too much to local officials",
        "smaller lenders could not compete on price",
        "the timetable was too ambitious",
    ),
    "STAT": (lambda r: r.choice(EN_STATS)(r)),
    "SOURCE": (
        "the national statistics office",
        "an industry association",
        "the city's commerce bureau",
        "an independent research group",
        "the company's annual report",
    ),
    "SEASON": ("next spring", "by the end of the year", "next quarter", "before the summer"),
    "GROUP": (
        "small shops",
        "families",
        "local farmers",
        "commuters",
        "students",
        "pensioners",
        "taxi drivers",
        "nurses",
        "street vendors",
        "landlords",
    ),
    "PRODUCT": ("Yu'e Bao", "WeChat Pay", "Huabei", "the bank's mobile app", "the new savings account"),
    "METRIC": ("the number of users", "the sector's turnover", "traffic through the port", "online sales"),
    "TOPIC": (
        "mobile payments",
        "public transport",
        "housing",
        "credit for small firms",
        "rural clinics",
        "waste sorting",
        "the port expansion",
        "online shopping",
        "youth employment",
        "water prices",
    ),
    "ACTION": (
        "review the plan",
        "publish detailed figures",
        "open two more branches",
        "hire additional staff",
        "consult residents",
        "cut fees for small merchants",
        "move its headquarters",
    ),
    "FUTURE": ("next year", "in the coming months", "within three years", "before 2030", "by the end of 2026"),
    "REASON": (
        "months of negotiation",
        "a sharp rise in complaints",
        "a review of the previous scheme",
        "pressure from local businesses",
        "a drop in passenger numbers",
    ),
    "FINDING": (
        "most small firms still rely on cash",
        "young people save less than their parents did",
        "delivery times had fallen by a third",
        "demand for credit was strongest in rural areas",
    ),
    "NUM": count,
    "PCT": pct,
    "SMALL": small,
    "Y": lambda r: str(year(r)),
    "YY": lambda r: "{} and {}".format(*two_years(r)),
}
EN_STATS: tuple[Callable[[Rng], str], ...] = (
    lambda r: f"about {count(r)} households now use mobile payments",
    lambda r: f"exports rose by {pct(r)} compared with the previous year",
    lambda r: f"{pct(r)} of the firms surveyed reported more orders",
    lambda r: f"the city received more than {count(r)} visitors last year",
    lambda r: f"online sales now account for {pct(r)} of retail spending",
)
EN_SENTENCES = (
    "{ORG} {VERB} {OBJ} {TIME}.",
    "{PERSON} said the decision would {EFFECT}.",
    "According to {SOURCE}, {STAT}.",
    "Critics argued that {CLAIM}.",
    '"We expect the first results {SEASON}," {PERSON} said.',
    "The measure will apply {PLACE} from next year.",
    "What does this mean for {GROUP}?",
    "{ORG} was founded in {Y} and has since opened offices in {SMALL} cities.",
    "Between {YY}, {METRIC} grew by {PCT}.",
    "{PLACE}, {STAT}.",
    "Users can move money from {PRODUCT} to a bank card at any time.",
    "Officials said the programme had reached {NUM} people so far.",
    "{PERSON} pointed out that {CLAIM}, but added that the direction was right.",
    "In an interview, {PERSON} said the priority was to {EFFECT}.",
    "The project, first proposed {TIME}, is expected to cost {NUM} million dollars.",
    "Some economists believe the changes will {EFFECT}.",
    "{ORG} declined to comment on the figures.",
    "For {GROUP}, the most visible change is a simpler application form.",
    "{PERSON} told reporters that {ORG} would {ACTION} {FUTURE}.",
    "The decision came after {REASON}.",
    "About {NUM} people attended the meeting {PLACE}, according to the organisers.",
    "Prices {PLACE} have risen by {PCT} since {Y}.",
    "The report, published {TIME}, found that {FINDING}.",
    "{PERSON}, who has led {ORG} since {Y}, said the results were encouraging.",
    "Unlike {ORG}, {ORG} does not charge a fee for transfers.",
    "The first phase cost about {NUM} million dollars and was completed in {Y}.",
    "It is not the first time {ORG} has tried to {ACTION}.",
    "{ORG} plans to {ACTION} {FUTURE}, {PERSON} said.",
    "Several {GROUP} interviewed for this article said they had not heard of the scheme.",
    "The figures for {Y} will be published {FUTURE}.",
)
EN_FIXED = (
    "Many residents welcomed the news, while others worried about rising rents.",
    "The debate is likely to continue for some time.",
    "Not everyone is convinced.",
    "The details have yet to be agreed.",
    "That may take longer than expected.",
)
EN_HEADINGS = ("Background", "What happens next", "Costs and funding", "Reactions", "A long road", "The numbers")
EN_TITLES = (
    "How {CITY} has rethought {TOPIC} for {GROUP}",
    "{PERSON} on {TOPIC} in {CITY}",
    "Why {GROUP} in {CITY} are watching {TOPIC}",
    "{CITY} and {TOPIC}: a year of change for {GROUP}",
    "What {TOPIC} means for {GROUP} in {CITY}",
)

# ---------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------


def es_time(rng: Rng) -> str:
    y = year(rng)
    m = rng.randint(1, 12)
    form = rng.randrange(8)
    if form == 0:
        return f"en {y}"
    if form == 1:
        return f"el {day_of(rng, y, m)} de {MONTHS_ES[m - 1]} de {y}"
    if form == 2:
        return f"en el primer trimestre de {y}"
    if form == 3:
        a, b = two_years(rng)
        return f"entre {a} y {b}"
    if form == 4:
        return f"en la década de {rng.choice(('1980', '1990'))}"
    if form == 5:
        return f"a finales de {y}"
    if form == 6:
        return f"en {MONTHS_ES[m - 1]} de {y}"
    return rng.choice(("la primavera pasada", "a principios de este mes", "el año pasado", "hace dos semanas"))


ES: dict[str, Slot] = {
    "ORG": (
        "el ayuntamiento",
        "el gobierno regional",
        "el banco central",
        "una cooperativa agrícola local",
        "el departamento de economía de la universidad",
        "el instituto nacional de estadística",
        "la autoridad portuaria",
        "un consorcio de empresas de logística",
        "el ministerio de agricultura",
        "la agencia de transporte",
        "la consejería de sanidad",
        "un grupo de investigadores independientes",
        "la mayor cadena de supermercados de la provincia",
        "la compañía ferroviaria estatal",
        "una pequeña empresa de software",
        "el club de fútbol",
        "el museo municipal",
        "la red de bibliotecas públicas",
        "la empresa de aguas",
        "la cámara de comercio",
        "Ant Group",
        "Alipay",
        "Tencent",
        "China Construction Bank",
        "la caja de ahorros",
        "una aerolínea regional",
    ),
    "PERSON": (
        "la alcaldesa",
        "el consejero delegado",
        "una economista de la universidad",
        "el director de la agencia",
        "la investigadora principal",
        "un portavoz de la empresa",
        "el ministro de Hacienda",
        "el entrenador",
        "la directora del museo",
        "María López",
        "Javier Ruiz",
        "Wang Li",
        "Lucía Fernández",
        "Andrés Molina",
        "Carmen Ortega",
        "Jack Ma",
    ),
    "VERB": (
        "anunció",
        "aprobó",
        "publicó",
        "puso en marcha",
        "amplió",
        "revisó",
        "aplazó",
        "completó",
        "presentó",
        "financió",
        "defendió",
    ),
    "OBJ": (
        "un nuevo plan de inversión",
        "el presupuesto anual",
        "un programa piloto para centros de salud rurales",
        "un informe sobre el ahorro de los hogares",
        "un nuevo horario para la línea norte",
        "una encuesta a pequeñas empresas",
        "la segunda fase del proyecto del puerto",
        "nuevas normas para los pagos en línea",
        "un programa de becas para estudiantes de ingeniería",
        "un plan para rehabilitar viviendas antiguas",
        "una guía para separar los residuos domésticos",
        "un programa de formación para jóvenes",
        "una línea de crédito para pequeños exportadores",
        "una aplicación para pagar los recibos de la luz",
    ),
    "TIME": es_time,
    "PLACE": (
        "en las provincias costeras",
        "en toda la región",
        "en tres ciudades del norte",
        "en Valencia",
        "en Zaragoza",
        "en Bilbao",
        "en la capital",
        "a lo largo del río",
        "en los barrios periféricos",
        "en Hangzhou",
    ),
    "CITY": (
        "Valencia",
        "Zaragoza",
        "Bilbao",
        "Sevilla",
        "Hangzhou",
        "Monterrey",
        "Córdoba",
        "Rosario",
        "Málaga",
        "Vigo",
        "Cusco",
        "Medellín",
        "Valparaíso",
        "Granada",
        "Oviedo",
        "Puebla",
        "Salamanca",
        "Mendoza",
    ),
    "EFFECT": (
        "ayudar a las pequeñas empresas a llegar a nuevos clientes",
        "reducir los costes para los hogares",
        "tardar varios años en dar resultados",
        "requerir un seguimiento cuidadoso",
        "mejorar la eficiencia de los servicios públicos",
        "animar a los jóvenes a volver a sus pueblos",
        "facilitar el acceso al crédito a los agricultores",
    ),
    "CLAIM": (
        "el plan dependía demasiado del endeudamiento",
        "las zonas rurales se beneficiarían menos que las ciudades",
        "los datos todavía no eran comparables",
        "el coste a largo plazo no se había evaluado",
        "faltaba concretar cómo se aplicaría la norma",
        "las entidades pequeñas no podían competir en precio",
    ),
    "STAT": (lambda r: r.choice(ES_STATS)(r)),
    "SOURCE": (
        "el instituto nacional de estadística",
        "una asociación del sector",
        "la concejalía de comercio",
        "un centro de investigación independiente",
        "el informe anual de la compañía",
    ),
    "SEASON": ("la próxima primavera", "antes de final de año", "el próximo trimestre", "antes del verano"),
    "GROUP": (
        "los pequeños comercios",
        "las familias",
        "los agricultores de la zona",
        "los estudiantes",
        "los taxistas",
        "los jubilados",
        "los vendedores ambulantes",
        "los inquilinos",
    ),
    "PRODUCT": ("Yu'e Bao", "WeChat Pay", "la aplicación del banco", "la nueva cuenta de ahorro"),
    "METRIC": ("el número de usuarios", "la facturación del sector", "el tráfico del puerto", "la venta en línea"),
    "TOPIC": (
        "los pagos móviles",
        "el transporte público",
        "la vivienda",
        "el crédito a las pequeñas empresas",
        "los centros de salud rurales",
        "el reciclaje",
        "la ampliación del puerto",
        "las compras en línea",
        "el empleo juvenil",
        "el precio del agua",
    ),
    "ACTION": (
        "revisar el plan",
        "publicar datos detallados",
        "abrir dos sucursales más",
        "contratar más personal",
        "consultar a los vecinos",
        "rebajar las comisiones a los pequeños comercios",
        "trasladar su sede",
    ),
    "FUTURE": ("el próximo año", "en los próximos meses", "en un plazo de tres años", "antes de 2030"),
    "REASON": (
        "meses de negociación",
        "un fuerte aumento de las quejas",
        "una revisión del programa anterior",
        "la presión del comercio local",
        "una caída del número de pasajeros",
    ),
    "FINDING": (
        "la mayoría de los pequeños comercios sigue dependiendo del efectivo",
        "los jóvenes ahorran menos que sus padres",
        "los plazos de entrega se han reducido en un tercio",
        "la demanda de crédito es mayor en las zonas rurales",
    ),
    "NUM": count_es,
    "PCT": pct_es,
    "SMALL": small,
    "Y": lambda r: str(year(r)),
    "YY": lambda r: "{} y {}".format(*two_years(r)),
}
ES_STATS: tuple[Callable[[Rng], str], ...] = (
    lambda r: f"unos {count_es(r)} hogares ya utilizan pagos móviles",
    lambda r: f"las exportaciones crecieron un {pct_es(r)} respecto al año anterior",
    lambda r: f"el {pct_es(r)} de las empresas encuestadas registró más pedidos",
    lambda r: f"la ciudad recibió más de {count_es(r)} visitantes el año pasado",
)
ES_SENTENCES = (
    "{ORG} {VERB} {OBJ} {TIME}.",
    "{PERSON} afirmó que la decisión podría {EFFECT}.",
    "Según {SOURCE}, {STAT}.",
    "Los críticos sostienen que {CLAIM}.",
    "«Esperamos ver los primeros resultados {SEASON}», declaró {PERSON}.",
    "La medida se aplicará {PLACE} a partir del próximo año.",
    "¿Qué significa esto para {GROUP}?",
    "{ORG} se fundó en {Y} y desde entonces ha abierto oficinas en {SMALL} ciudades.",
    "Entre {YY}, {METRIC} aumentó un {PCT}.",
    "{PLACE}, {STAT}.",
    "Los usuarios pueden transferir dinero de {PRODUCT} a una tarjeta bancaria en cualquier momento.",
    "Según fuentes oficiales, el programa ha llegado ya a {NUM} personas.",
    "{PERSON} señaló que {CLAIM}, aunque añadió que la dirección era correcta.",
    "En una entrevista, {PERSON} explicó que la prioridad era {EFFECT}.",
    "Algunos economistas creen que los cambios podrían {EFFECT}.",
    "{ORG} no quiso comentar las cifras.",
    "Para {GROUP}, el cambio más visible es un formulario de solicitud más sencillo.",
    "{PERSON} explicó a los periodistas que {ORG} intentará {ACTION} {FUTURE}.",
    "La decisión llegó después de {REASON}.",
    "Unas {NUM} personas asistieron a la reunión {PLACE}, según los organizadores.",
    "Los precios {PLACE} han subido un {PCT} desde {Y}.",
    "El informe, publicado {TIME}, concluye que {FINDING}.",
    "{PERSON}, al frente de {ORG} desde {Y}, calificó los resultados de alentadores.",
    "A diferencia de {ORG}, {ORG} no cobra comisión por las transferencias.",
    "La primera fase costó unos {NUM} millones de euros y se terminó en {Y}.",
    "No es la primera vez que {ORG} intenta {ACTION}.",
    "Los datos de {Y} se publicarán {FUTURE}.",
)
ES_FIXED = (
    "Muchos vecinos recibieron la noticia con alivio, aunque otros temen la subida de los alquileres.",
    "El debate seguirá abierto durante un tiempo.",
    "¡Nadie esperaba una respuesta tan rápida!",
    "No todos están convencidos.",
    "Los detalles todavía no se han cerrado.",
)
ES_HEADINGS = ("Antecedentes", "Qué pasará ahora", "Costes y financiación", "Reacciones", "Las cifras")
ES_TITLES = (
    "Cómo {CITY} ha repensado {TOPIC} para {GROUP}",
    "Entrevista a {PERSON} sobre {TOPIC} en {CITY}",
    "Por qué {GROUP} de {CITY} miran {TOPIC}",
    "{CITY} y {TOPIC}: un año de cambios para {GROUP}",
    "Qué supone {TOPIC} para {GROUP} de {CITY}",
)

# ---------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------


def zh_time(rng: Rng) -> str:
    y = year(rng)
    m = rng.randint(1, 12)
    form = rng.randrange(7)
    if form == 0:
        return f"{y}年"
    if form == 1:
        return f"{y}年{m}月{day_of(rng, y, m)}日"
    if form == 2:
        return f"{y}年第{rng.choice('一二三四')}季度"
    if form == 3:
        a, b = two_years(rng)
        return f"{a}年至{b}年间"
    if form == 4:
        return f"{y}年底"
    if form == 5:
        return f"{y}年{m}月"
    return rng.choice(("去年春天", "本月初", "去年", "两周前", "今年夏天"))


ZH: dict[str, Slot] = {
    "ORG": (
        "市政府",
        "省交通运输厅",
        "中国人民银行",
        "当地一家农业合作社",
        "国家统计局",
        "这家物流企业",
        "该大学经济学院",
        "港务集团",
        "市卫生健康委员会",
        "一家小型软件公司",
        "省博物馆",
        "市图书馆",
        "供水公司",
        "市商会",
        "这家连锁超市",
        "区教育局",
        "一家新能源汽车企业",
        "铁路部门",
        "市场监管部门",
        "该基金会",
        "蚂蚁集团",
        "建设银行",
    ),
    "VERB": ("发布了", "启动了", "批准了", "完成了", "推出了", "公布了", "修订了", "提交了"),
    "OBJ": (
        "新一轮投资计划",
        "年度财政预算",
        "农村诊所试点项目",
        "居民储蓄情况调查报告",
        "地铁北线的新时刻表",
        "小微企业经营状况调查",
        "港口扩建工程第二期方案",
        "网络支付管理新规",
        "面向工科学生的奖学金计划",
        "老旧小区改造方案",
        "垃圾分类实施细则",
        "职业技能培训计划",
        "面向小型出口企业的信贷额度",
    ),
    "TIME": zh_time,
    "PERSON": (
        "该局局长",
        "公司首席执行官",
        "一位经济学家",
        "项目负责人",
        "研究团队负责人",
        "公司发言人",
        "财政部门有关负责人",
        "球队主教练",
        "博物馆馆长",
        "王丽",
        "陈志强",
        "刘洋",
        "张伟",
        "李华",
        "赵敏",
        "周建国",
    ),
    "EFFECT": (
        "帮助小企业拓展新客户",
        "减轻居民家庭的负担",
        "需要几年时间才能显现效果",
        "需要持续监测和评估",
        "提高公共服务的效率",
        "吸引更多年轻人返乡创业",
        "让农户更容易获得贷款",
    ),
    "SOURCE": ("国家统计局", "行业协会", "市商务局", "第三方研究机构", "该公司年报"),
    "STAT": (lambda r: r.choice(ZH_STATS)(r)),
    "CLAIM": (
        "该计划过于依赖借贷",
        "农村地区的受益可能不及城市",
        "数据的统计口径仍需统一",
        "项目的长期成本尚未充分评估",
        "政策落地还需要配套细则",
        "小型机构很难在价格上竞争",
    ),
    "SEASON": ("明年春天", "今年年底", "下个季度", "夏季来临之前"),
    "PLACE": ("在沿海省份", "在全省范围内", "在北方三个城市", "在杭州", "在成都", "在长江沿岸", "在西部农村地区"),
    "CITY": (
        "杭州",
        "成都",
        "武汉",
        "西安",
        "南京",
        "青岛",
        "厦门",
        "昆明",
        "长沙",
        "郑州",
        "合肥",
        "南昌",
        "贵阳",
        "兰州",
        "宁波",
        "苏州",
        "大连",
        "洛阳",
    ),
    "QUESTION": ("这些变化对普通家庭意味着什么", "小企业如何才能从中受益", "下一步的重点在哪里"),
    "GROUP": ("小商户", "普通家庭", "当地农户", "通勤族", "大学生", "出租车司机", "退休老人", "外卖骑手"),
    "PRODUCT": ("余额宝", "微信支付", "手机银行", "新推出的储蓄账户"),
    "TOPIC": (
        "移动支付",
        "公共交通",
        "住房保障",
        "小微企业融资",
        "农村医疗",
        "垃圾分类",
        "港口扩建",
        "网络购物",
        "青年就业",
    ),
    "SUB": (
        "机遇与挑战",
        "成效与问题",
        "变化与思考",
        "现状与对策",
        "经验与启示",
        "困境与出路",
        "回顾与展望",
        "得失与建议",
    ),
    "ACTION": (
        "对方案进行评估",
        "公布详细数据",
        "再开设两家网点",
        "招聘更多员工",
        "征求居民意见",
        "降低小商户的手续费",
    ),
    "FUTURE": ("明年", "在未来几个月内", "三年内", "2030年前"),
    "REASON": ("数月协商", "投诉数量明显上升", "对上一轮试点进行评估", "客流量持续下降"),
    "FINDING": (
        "大多数小商户仍然依赖现金",
        "年轻人的储蓄率低于父母一代",
        "快递时效缩短了三分之一",
        "农村地区的信贷需求最为旺盛",
    ),
    "NUM": zh_count,
    "PCT": pct,
    "SMALL": small,
    "Y": lambda r: str(year(r)),
}
ZH_STATS: tuple[Callable[[Rng], str], ...] = (
    lambda r: f"全市约有{zh_count(r)}万户家庭使用移动支付",
    lambda r: f"出口额同比增长{pct(r)}",
    lambda r: f"参与调查的企业中有{pct(r)}表示订单增加",
    lambda r: f"去年接待游客超过{zh_count(r)}万人次",
    lambda r: f"线上销售额占比已超过{pct(r)}",
    lambda r: f"地区生产总值（GDP）同比增长{pct(r)}",
)
# [[clean|converted]]: a simplified/traditional round trip turns the right-hand word into the left one's twin
ZH_COLLOCATIONS = (
    "近年来，{CITY}经济[[发展|开展]]势头良好，第三产业占比持续提高。",
    "{ORG}表示，将继续为小微企业提供优质[[服务|效劳]]。",
    "通过集中采购，企业有效降低了[[成本|本钱]]。",
    "{CITY}计划在三年内完善交通[[基础|根底]]设施。",
    "受访者中[[大部分|大局部]]认为新政策利大于弊。",
    "这一做法符合公平公开的[[原则|原那么]]。",
    "今年上半年，全市快递业务量[[达到|到达]]{NUM}万件。",
    "随后，又有{SMALL}家银行陆续[[加入|参加]]该平台。",
    "这些措施[[基本|根本]]解决了老旧小区停车难的问题。",
    "表面上看是价格竞争，其背后[[则|那么]]是技术和管理水平的较量。",
    "平台[[服务|效劳]]质量的提升离不开用户的反馈。",
    "可持续[[发展|开展]]已经成为企业战略的重要组成部分。",
    "新能源汽车产业的快速[[发展|开展]]带动了上下游企业。",
    "[[基础|根底]]研究投入已连续五年保持增长。",
    "人工[[成本|本钱]]上升是制造业面临的主要压力之一。",
)
ZH_SENTENCES = (
    "{TIME}，{ORG}{VERB}{OBJ}。",
    "{PERSON}表示，这一举措将{EFFECT}。",
    "据{SOURCE}统计，{STAT}。",
    "{ORG}负责人介绍，{CLAIM}的问题正在研究解决。",
    "“我们希望在{SEASON}看到初步成效，”{PERSON}说。",
    "不过，也有专家指出，{CLAIM}。",
    "{PLACE}，{STAT}。",
    "那么，{QUESTION}？",
    "{ORG}成立于{Y}年，目前已在{SMALL}个城市设立办事处。",
    "用户可以随时把{PRODUCT}里的资金转到银行卡。",
    "对{GROUP}来说，最明显的变化是申请表格简化了。",
    "据介绍，该项目目前已覆盖{NUM}人。",
    "{PERSON}在接受采访时表示，{ORG}计划{FUTURE}{ACTION}。",
    "这一决定是在{REASON}之后作出的。",
    "据主办方介绍，约有{NUM}人参加了在{CITY}举行的这次活动。",
    "自{Y}年以来，{CITY}的房价累计上涨了{PCT}。",
    "{TIME}发布的报告显示，{FINDING}。",
    "{PERSON}自{Y}年起负责这项工作，认为结果令人鼓舞。",
    "与{ORG}不同，{ORG}不收取转账手续费。",
    "一期工程投资约{NUM}万元，于{Y}年竣工。",
    "这已经不是{ORG}第一次尝试{ACTION}了。",
    "{Y}年的统计数据将于{FUTURE}公布。",
)
ZH_FIXED = (  # clean uses of words that conversion damage also produces
    "相关部门已经开展了为期三个月的专项检查。",
    "来自二十多个国家的代表参加了本次会议。",
    "气象台预计，明天局部地区有阵雨。",
    "考察团一行于当天下午到达目的地。",
    "他认为，要从根本上改变团队的工作方式。",
    "不少居民对此表示欢迎，也有人担心租金上涨。",
    "这场讨论恐怕还会持续一段时间。",
    "并不是所有人都这么乐观。",
)
ZH_HEADINGS = ("背景", "主要做法", "存在的问题", "下一步打算", "数据观察")
ZH_TITLES = (
    "{CITY}{TOPIC}调查：{SUB}",
    "访谈：{PERSON}谈{CITY}的{TOPIC}",
    "{CITY}：{TOPIC}改变了{GROUP}的什么",
    "{CITY}{TOPIC}观察：{SUB}",
)
