"""The held-out library: ArcticTherm («АрктикТерм»), a fictional Russian HVAC maker, and its competitors.

Written for the held-out judged set (`judgments.tsv`, issue 13): a company, market and vocabulary the
demo library does not share (chillers, VRF, rooftops, air handling units, heat pumps; competitors
Ханвэй/Hanwei from China, Klimatec from Germany, «Уралхолод» from Russia, DaeSung Air from Korea).

Why generated and not committed: the sources below are text, so they review like code, and the
30 files come out in well under a second. Generation is deterministic (fixed document dates, fixed
zip timestamps, reportlab's invariant mode, the demo's bundled DejaVu font), so the same source always
gives the same bytes.

    python -m tests.relevance.heldout.make_library OUT_DIR    # writes the files, prints their names

Unit numbering the judgments use (the importer's `ExtractedUnit.number`): `slide N` 1-based (title
slide = 1); `section N` 1-based by heading (every card and DOCX starts with its first `##` heading);
`page N` 1-based (one `pages` entry = one page); `row N` 1-based data row (header not counted).
"""

# The tables below are document text and catalog rows; wrapping them would only split sentences.
# ruff: noqa: E501

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

__all__ = ["LibraryFile", "build_library"]

DATE = datetime(2026, 3, 2, 9, 0, 0)
_ZIP_DATE = (2026, 3, 2, 9, 0, 0)
_ISO_DATE = b"2026-03-02T09:00:00Z"
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
_FONTS = Path(__file__).resolve().parents[3] / "resources" / "demo" / "fonts"
_FONT, _FONT_BOLD = "HeldoutDejaVu", "HeldoutDejaVu-Bold"


@dataclass(frozen=True)
class LibraryFile:
    """One output file and the metadata it is imported with (Markdown carries its own)."""

    name: str
    kind: str
    competitors: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    spec: Any = field(default=None, repr=False, compare=False)


# ====================================================================== decks

S = dict  # a slide: title, bullets, notes, table, subtitle

DECKS: list[tuple[LibraryFile, list[dict[str, Any]]]] = [
    (
        LibraryFile(
            "arctictherm-overview_ru.pptx", "deck", (),
            ("ACH-120", "ACH-250", "ACH-500", "VR-28H", "RT-40", "AHU-K24", "HP-16R", "CTRL-BMS2"),
            ("обзор", "компания"),
        ),
        [
            S(title="АрктикТерм: климатическое оборудование, сделанное в России",
              subtitle="Обзор компании и продуктов, 2026",
              notes="Начните с вопроса, какие объекты у заказчика: офис, склад, ЦОД или производство."),
            S(title="О компании",
              bullets=["Основана в 2009 году, завод в Липецке площадью 42 000 м²",
                       "1 200 сотрудников, собственное конструкторское бюро и испытательная лаборатория",
                       "Локализация производства чиллеров — 68%"],
              notes="Заключение Минпромторга № 24817 подтверждает российское происхождение чиллеров ACH."),
            S(title="Продуктовая линейка",
              table=[["Линейка", "Модели", "Мощность"],
                     ["Чиллеры", "ACH-120, ACH-250, ACH-500", "120–500 кВт"],
                     ["VRF-системы", "VR-14H, VR-28H, VR-45H", "14–45 кВт"],
                     ["Крышные кондиционеры", "RT-25, RT-40, RT-60G", "25–60 кВт"],
                     ["Приточные установки", "AHU-K12, AHU-K24", "до 24 000 м³/ч"],
                     ["Тепловые насосы", "HP-16R, HP-30R", "16–30 кВт"]]),
            S(title="Сервис по всей России",
              bullets=["Сервисные партнёры в 46 городах",
                       "Склады запчастей в Липецке и Новосибирске",
                       "Запчасти доставляем за 48 часов в любой город с партнёром"],
              notes="Это главный аргумент против импортных брендов: у них запчасти едут неделями."),
            S(title="Гарантия 3 года",
              bullets=["Стандартная гарантия 3 года на всё оборудование",
                       "Расширенная гарантия до 5 лет — SRV-EXT-5Y",
                       "Пусконаладка SRV-START обязательна для сохранения гарантии"]),
            S(title="Наши заказчики",
              bullets=["Сеть гипермаркетов «Лента-Юг» — 38 руфтопов RT-40",
                       "ЦОД «СеверДата» в Мурманске — 6 чиллеров ACH-250F с фрикулингом",
                       "Бизнес-центр «Невский Квартал» — VRF-система на 1 800 кВт"],
              notes="Перед тем как назвать заказчика, проверьте, что референс согласован для публичного использования."),
            S(title="Диспетчеризация ArcticCloud",
              bullets=["Облачный мониторинг всех установок заказчика",
                       "Контроллер CTRL-BMS2 с протоколами Modbus и BACnet",
                       "Лицензия LIC-CLOUD-50 на 50 устройств"]),
            S(title="Следующие шаги",
              bullets=["Бесплатное обследование объекта",
                       "Подбор оборудования за 3 рабочих дня",
                       "Свяжитесь с региональным менеджером"],
              notes="Предложите бесплатное обследование объекта в конце встречи."),
        ],
    ),
    (
        LibraryFile(
            "chillers-ach_ru.pptx", "deck", ("Ханвэй", "Уралхолод", "Klimatec"),
            ("ACH-120", "ACH-250", "ACH-250F", "ACH-500", "WK-40"), ("чиллеры",),
        ),
        [
            S(title="Чиллеры ACH: холод для производства и ЦОД", subtitle="Продающая презентация",
              notes="Презентация для главных инженеров и проектировщиков."),
            S(title="Линейка ACH",
              bullets=["ACH-120 — 120 кВт, спиральные компрессоры",
                       "ACH-250 — 250 кВт, винтовой компрессор",
                       "ACH-500 — 500 кВт, два винтовых контура"],
              notes="Для объектов больше 1 МВт предлагайте каскад из нескольких ACH-500."),
            S(title="Фрикулинг ACH-250F",
              bullets=["Естественное охлаждение при температуре наружного воздуха ниже +5 °C",
                       "Экономия электроэнергии до 45% в год для ЦОД в северных регионах",
                       "Окупаемость опции фрикулинга — 2,5 года"]),
            S(title="Работа при −40 °C",
              bullets=["Зимний комплект WK-40 для пуска при морозе до −40 °C",
                       "Подогрев картера компрессора и гидромодуля"],
              notes="Китайские конкуренты гарантируют пуск только до −25 °C: спросите заказчика про климат на объекте."),
            S(title="Хладагент и испытания",
              bullets=["Хладагенты R134a и R513A на выбор",
                       "Заправка на заводе и испытания под нагрузкой на стенде"]),
            S(title="Энергоэффективность",
              table=[["Модель", "EER", "ESEER"],
                     ["ACH-120", "3,1", "4,2"], ["ACH-250", "3,3", "4,6"], ["ACH-500", "3,4", "4,9"]]),
            S(title="Сравнение с конкурентами",
              bullets=["Ханвэй HW-250: дешевле на 18%, но пуск только до −25 °C",
                       "Уралхолод УХ-260: нет фрикулинга",
                       "Klimatec: поставка только через параллельный импорт"],
              notes="Не ругайте конкурентов, задавайте вопросы про сервис и климат."),
            S(title="Цены и сроки",
              bullets=["ACH-250 — от 6 900 000 ₽", "Срок производства — 8 недель", "Предоплата 30%"]),
        ],
    ),
    (
        LibraryFile(
            "vrf-training_en.pptx", "deck", ("DaeSung Air",),
            ("VR-14H", "VR-28H", "VR-45H", "VR-45HR", "VRI-K", "VRI-D", "VRI-W"), ("training", "VRF"),
        ),
        [
            S(title="VR Series VRF systems", subtitle="Sales training for partners and account managers"),
            S(title="What VRF is for",
              bullets=["One outdoor unit serves up to 64 indoor units",
                       "Offices, hotels and business centres",
                       "Individual temperature control in every room"]),
            S(title="VR outdoor units",
              bullets=["VR-14H: 14 kW, up to 8 indoor units",
                       "VR-28H: 28 kW, up to 24 indoor units",
                       "VR-45H: 45 kW, up to 64 indoor units"],
              notes="Most office floors of 1,000 square metres need two VR-28H modules."),
            S(title="Indoor units",
              bullets=["VRI-K cassette unit for open-plan offices",
                       "VRI-D ducted unit hidden above the ceiling",
                       "VRI-W wall-mounted unit for hotel rooms"]),
            S(title="Piping limits",
              bullets=["Total piping length up to 1,000 m",
                       "Height difference up to 110 m between outdoor and indoor units"],
              notes="Hotels with tall atriums ask about the height difference first."),
            S(title="Heat recovery",
              bullets=["VR-45HR heat recovery version: heating and cooling at the same time",
                       "Heating down to −30 °C outdoor temperature"]),
            S(title="Competing with DaeSung",
              bullets=["DaeSung DS-VRF is the brand customers know",
                       "Our VR-28H costs 22% less than DS-VRF 28",
                       "DaeSung quotes in US dollars; we quote in roubles"],
              notes="Never attack the DaeSung brand; compare lead times and currency risk."),
            S(title="Next steps",
              bullets=["Book a design session with our engineers",
                       "Free piping calculation in VR-Design software"]),
        ],
    ),
    (
        LibraryFile(
            "rooftop-rt_ru.pptx", "deck", ("Klimatec",), ("RT-25", "RT-40", "RT-60G"),
            ("руфтопы", "ритейл"),
        ),
        [
            S(title="Крышные кондиционеры RT",
              subtitle="Для торговых центров, складов и спортивных объектов"),
            S(title="Почему руфтоп",
              bullets=["Всё в одном корпусе: охлаждение, нагрев и вентиляция",
                       "Не занимает место внутри здания",
                       "Монтаж за 1 день на подготовленную раму"]),
            S(title="Модели RT",
              bullets=["RT-25 — 25 кВт, магазины до 400 м²",
                       "RT-40 — 40 кВт, торговые залы до 700 м²",
                       "RT-60G — 60 кВт с газовой горелкой для нагрева"]),
            S(title="Газовый нагрев RT-60G",
              bullets=["Газовая горелка мощностью 80 кВт",
                       "Отопление зала без отдельной котельной",
                       "Экономия на отоплении до 35% по сравнению с электрическим нагревом"]),
            S(title="Кейс: сеть гипермаркетов",
              bullets=["«Лента-Юг»: 38 руфтопов RT-40 в 12 магазинах",
                       "Монтаж на всей сети занял 6 недель",
                       "Затраты на электроэнергию снизились на 21%"]),
            S(title="Экономайзер",
              bullets=["Режим свободного охлаждения наружным воздухом",
                       "Датчик CO2 регулирует подачу свежего воздуха"],
              notes="Экономайзер входит в стандартную комплектацию, у Klimatec он только опция за 4 500 евро."),
            S(title="Цены",
              bullets=["RT-25 — 1 450 000 ₽", "RT-40 — 2 100 000 ₽", "RT-60G — 3 300 000 ₽"],
              notes="Скидка для сетевых заказчиков от 10 установок — до 12%."),
        ],
    ),
    (
        LibraryFile(
            "tender-playbook_ru.pptx", "deck", ("Уралхолод", "Ханвэй"), ("ACH-250",),
            ("тендеры", "44-ФЗ", "223-ФЗ"),
        ),
        [
            S(title="Как выигрывать тендеры на климатическое оборудование",
              subtitle="Практика для менеджеров: 44-ФЗ и 223-ФЗ"),
            S(title="Главное правило",
              bullets=["Тендер выигрывается на этапе технического задания",
                       "Подключайтесь к заказчику до публикации закупки",
                       "Помогите проектировщику с подбором оборудования"]),
            S(title="Что включить в ТЗ",
              bullets=["Пуск при температуре до −40 °C",
                       "Гарантия не менее 3 лет",
                       "Сервисный центр в регионе заказчика",
                       "Заключение Минпромторга о российском происхождении"],
              notes="Эти требования честно отсекают китайских и европейских поставщиков без сервиса в регионе."),
            S(title="Национальный режим",
              bullets=["В закупках по 44-ФЗ российское оборудование получает ценовое преимущество 15%",
                       "Наши чиллеры ACH и руфтопы RT внесены в реестр Минпромторга",
                       "Приложите заключение № 24817 к заявке"]),
            S(title="Демпинг в аукционах",
              bullets=["«Уралхолод» снижает цену на 20–25% в аукционах",
                       "Не опускайтесь ниже минимальной цены: для ACH-250 — 6 100 000 ₽ без согласования"],
              notes="Ниже минимальной цены — только с согласованием коммерческого директора."),
            S(title="Обеспечение заявки и контракта",
              bullets=["Обеспечение заявки — 1% от НМЦК, обеспечение контракта — до 30%",
                       "Банковская гарантия через партнёрский банк за 2 дня"]),
            S(title="Частые ошибки",
              bullets=["Опоздали к ТЗ: конкурент уже вписал свои параметры",
                       "Нет сервисного партнёра в регионе",
                       "Неправильно указана страна происхождения товара"],
              notes="Каждую проигранную закупку разбираем на еженедельной планёрке."),
            S(title="Чек-лист перед подачей заявки",
              bullets=["Запросить проект", "Предложить параметры в ТЗ", "Проверить запись в реестре",
                       "Подготовить банковскую гарантию"]),
        ],
    ),
    (
        LibraryFile(
            "vs-hanwei_ru.pptx", "deck", ("Ханвэй",), ("ACH-250", "ACH-120"), ("Китай", "конкуренты"),
        ),
        [
            S(title="Как продавать против китайского оборудования", subtitle="Ханвэй и другие поставщики из Китая"),
            S(title="Рынок",
              bullets=["Доля китайских брендов в чиллерах выросла до 40% в 2025 году",
                       "Ханвэй (Hanwei) — лидер по поставкам из Китая",
                       "Их цены на 15–20% ниже наших"]),
            S(title="Слабые места китайских чиллеров",
              bullets=["Пуск только до −25 °C",
                       "Запчасти идут из Гуанчжоу 6–8 недель",
                       "Документация только на английском и китайском языках"]),
            S(title="Стоимость владения за 10 лет",
              table=[["Показатель", "АрктикТерм ACH-250", "Ханвэй HW-250"],
                     ["Цена", "6 900 000 ₽", "5 650 000 ₽"],
                     ["Гарантия", "3 года", "2 года"],
                     ["Запчасти", "48 часов", "6–8 недель"],
                     ["Стоимость за 10 лет", "11,2 млн ₽", "12,4 млн ₽"]]),
            S(title="Вопросы заказчику",
              bullets=["Где ближайший склад запчастей?", "Кто проведёт пусконаладку?",
                       "Есть ли документация на русском языке?"]),
            S(title="Кейс: замена китайских чиллеров",
              bullets=["Молокозавод «Белая Река» заменил 3 чиллера Ханвэй на ACH-250",
                       "Причина — две аварии летом 2025 года"],
              notes="Простой линии розлива стоил заказчику 9 млн ₽."),
            S(title="Что предложить",
              bullets=["Trade-in старых чиллеров — скидка 10%", "Пилотная установка на 3 месяца",
                       "Бесплатный энергоаудит"]),
        ],
    ),
    (
        LibraryFile(
            "heat-pumps_mixed.pptx", "deck", (), ("HP-16R", "HP-30R", "KIT-HP"), ("тепловые насосы", "heat pumps"),
        ),
        [
            S(title="HP heat pumps / Тепловые насосы HP", subtitle="Propane R290 / на пропане"),
            S(title="Why R290 / Почему пропан",
              bullets=["R290 (propane) has a GWP of 3: no F-gas restrictions",
                       "Хладагент R290 не попадает под ограничения на фреоны"]),
            S(title="Models / Модели",
              bullets=["HP-16R — 16 kW, частные дома и коттеджи",
                       "HP-30R — 30 kW, small commercial buildings",
                       "COP 4,8 при +7 °C"]),
            S(title="Cold climate / Холодный климат",
              bullets=["Работает до −28 °C наружного воздуха",
                       "Вода до +70 °C на выходе для радиаторов"],
              notes="Customers in Siberia ask whether it works at −30: below −28 °C a backup electric heater takes over."),
            S(title="Safety / Безопасность",
              bullets=["Propane charge under 150 g per circuit in HP-16R",
                       "Герметичный контур и датчик утечки"]),
            S(title="Subsidies / Субсидии",
              bullets=["Программа льготного кредитования для частных домов",
                       "Payback of 6–7 years against an electric boiler"]),
            S(title="Price / Цены",
              bullets=["HP-16R — 890 000 ₽", "HP-30R — 1 540 000 ₽", "Installation kit KIT-HP — 75 000 ₽"]),
        ],
    ),
    (
        LibraryFile(
            "service-offer_ru.pptx", "deck", (), ("SRV-PM-12", "SRV-EXT-5Y", "SRV-START"), ("сервис",),
        ),
        [
            S(title="Сервис, который продаёт оборудование", subtitle="Сервисные контракты АрктикТерм"),
            S(title="Что входит в SRV-PM-12",
              bullets=["4 плановых визита в год", "Замена фильтров и проверка утечек хладагента",
                       "Удалённый мониторинг через ArcticCloud"]),
            S(title="Время реакции",
              bullets=["Выезд инженера за 4 часа в городах-миллионниках",
                       "За 24 часа в остальных городах с сервисным партнёром",
                       "Горячая линия 24/7: 8-800-555-21-40"]),
            S(title="Расширенная гарантия",
              bullets=["SRV-EXT-5Y продлевает гарантию до 5 лет",
                       "Стоимость — 6% от цены оборудования за каждый год продления",
                       "Доступна только вместе с контрактом SRV-PM-12"]),
            S(title="Пусконаладка SRV-START",
              bullets=["Проводит сертифицированный инженер", "Без пусконаладки гарантия не действует",
                       "Стоимость — 3% от цены оборудования"],
              notes="Заказчики часто экономят на пусконаладке: объясните, что так они теряют гарантию."),
            S(title="Обучение персонала заказчика",
              bullets=["Курс «Эксплуатация чиллеров» — 2 дня",
                       "Сертификат для инженеров службы эксплуатации"]),
            S(title="Как продавать сервис",
              bullets=["Предлагайте сервисный контракт в одном КП с оборудованием",
                       "Сервис — 18% выручки и главная причина повторных покупок"]),
        ],
    ),
    (
        LibraryFile("partner-program_en.pptx", "deck", (), ("VR-14H",), ("partners", "channel")),
        [
            S(title="ArcticTherm Partner Program 2026", subtitle="For dealers, installers and service companies"),
            S(title="Partner tiers",
              bullets=["Silver: from 15 million RUB annual turnover", "Gold: from 60 million RUB",
                       "Platinum: from 150 million RUB and a certified service centre"]),
            S(title="Discounts and marketing funds",
              table=[["Tier", "Discount", "Marketing fund"],
                     ["Silver", "18%", "1%"], ["Gold", "25%", "2%"], ["Platinum", "32%", "3%"]]),
            S(title="Deal registration",
              bullets=["Register a deal in the partner portal before the first quote",
                       "Registered deals are protected for 90 days",
                       "An extra 5% discount on registered deals"],
              notes="Deal conflicts between partners are decided by the regional director within 5 working days."),
            S(title="Certification",
              bullets=["Installer certification course: 3 days in Lipetsk",
                       "Service engineer certification: 5 days, exam with a pass mark of 80%"]),
            S(title="Demo equipment",
              bullets=["Partners buy demo units at 50% off", "One VR-14H demo kit per Gold partner"]),
            S(title="Contacts",
              bullets=["partners@arctictherm.ru", "A partner manager in every federal district"]),
        ],
    ),
    (
        LibraryFile(
            "datacenter-cooling_mixed.pptx", "deck", ("Klimatec", "DaeSung Air"), ("ACH-250F", "CTRL-BMS2"),
            ("ЦОД", "data centre"),
        ),
        [
            S(title="Охлаждение ЦОД: ACH-250F + CTRL-BMS2", subtitle="Data centre cooling"),
            S(title="Requirements / Требования ЦОД",
              bullets=["Резервирование N+1", "PUE target below 1.4", "Работа 24/7 без остановки"]),
            S(title="Free cooling / Фрикулинг",
              bullets=["ACH-250F: фрикулинг до 7 500 часов в год в Мурманске",
                       "Energy savings of up to 45%"]),
            S(title="Case: СеверДата",
              bullets=["6 chillers ACH-250F, N+1", "PUE снизился с 1,62 до 1,31", "Окупаемость — 2,1 года"],
              notes="Reference approved by СеверДата for public use."),
            S(title="Control / Управление",
              bullets=["CTRL-BMS2 управляет каскадом до 8 чиллеров",
                       "Modbus TCP, BACnet/IP and SNMP for data centre monitoring systems"]),
            S(title="Competitors / Конкуренты",
              bullets=["Klimatec chillers: no official warranty in Russia since 2022",
                       "DaeSung has no chillers above 300 kW"]),
            S(title="Next steps / Следующие шаги",
              bullets=["Аудит машинного зала", "Расчёт PUE и окупаемости"]),
        ],
    ),
]  # fmt: skip

# ====================================================================== battle cards (Markdown)

CARDS: dict[str, str] = {
    "hanwei_ru.md": """---
title: "Ханвэй (Hanwei): боевая карточка по чиллерам и VRF"
competitors: [Ханвэй]
products: [ACH-250, ACH-120, VR-28H]
tags: [чиллеры, Китай, VRF]
language: ru
owner: Ольга Лебедева
---

## Обзор

«Ханвэй» (Hanwei) — китайский производитель чиллеров и VRF-систем из Гуанчжоу, в России с 2019 года
через дистрибьютора «ТермоИмпорт». Линейка: чиллеры HW-120, HW-250, HW-500 и VRF-серия HVR.

## Сильные стороны

- Низкая цена: на 15–20% дешевле наших чиллеров.
- Склад готовых чиллеров у дистрибьютора в Подольске: стандартные модели за 2 недели.
- Широкая линейка VRF HVR, в том числе мини-VRF для коттеджей.

## Слабые места

- Пуск чиллеров только при температуре наружного воздуха до −25 °C, зимнего комплекта нет.
- Запчасти везут из Китая 6–8 недель.
- Гарантия 2 года.
- Нет заключения Минпромторга: в закупках с национальным режимом проигрывают.
- Сервис через 9 партнёров, за Уралом — ни одного.

## Как мы выигрываем

- Считаем стоимость владения за 10 лет, а не цену покупки.
- Вписываем в ТЗ пуск при −40 °C и сервисный центр в регионе.
- Приводим кейс молокозавода «Белая Река».

## Вопросы-ловушки

- «Сколько дней ждать компрессор, если он выйдет из строя в июле?»
- «Запустится ли чиллер зимой при −35 °C?»
- «Есть ли у поставщика заключение Минпромторга?»

## Возражения

**Возражение:** «Китайский чиллер дешевле на 1,2 млн».
**Ответ:** За 10 лет владения ACH-250 обходится на 1,2 млн ₽ дешевле HW-250 благодаря гарантии,
запчастям за 48 часов и более высокому EER.

**Возражение:** «У соседей Ханвэй работает без проблем».
**Ответ:** Спросите, сколько было простоев летом: у «Белой Реки» было две аварии за один сезон.

## Цены

HW-250 стоит около 5 650 000 ₽ с доставкой, HW-500 — 10 900 000 ₽. Дистрибьютор даёт скидку до 8% при
оплате в юанях.
""",
    "hanwei_en.md": """---
title: "Hanwei battle card (English)"
competitors: [Ханвэй]
products: [ACH-250, VR-28H]
tags: [chillers, China]
language: en
owner: Olga Lebedeva
---

## Overview

Hanwei is a Chinese maker of chillers and VRF systems based in Guangzhou, selling in Russia since 2019
through the distributor ThermoImport.

## Strengths

- Low prices: 15 to 20 percent below our chillers.
- Stock of standard chillers in Podolsk, shipped within two weeks.

## Weaknesses

- Chillers start only down to −25 °C; no winter kit.
- Spare parts are shipped from China and take 6 to 8 weeks.
- Two-year warranty.
- No Russian-origin certificate, so they lose public tenders with national preference.

## How we win

- Compare ten-year cost of ownership, not the purchase price.
- Put a −40 °C start and a local service centre into the specification.

## Landmines

- "How many days will we wait for a compressor if it fails in July?"
- "Will the chiller start at −35 °C in January?"

## Objections

**Objection:** "The Chinese chiller is cheaper."
**Answer:** Over ten years the ACH-250 costs 1.2 million RUB less than the HW-250.

## Pricing

The HW-250 sells for about 5,650,000 RUB delivered; the distributor gives up to 8% off for payment in
yuan.
""",
    "klimatec_ru.md": """---
title: "Klimatec: боевая карточка по приточным установкам и чиллерам"
competitors: [Klimatec]
products: [AHU-K24, AHU-K12, ACH-500]
tags: [вентиляция, Европа, параллельный импорт]
language: ru
owner: Дмитрий Орлов
---

## Обзор

Klimatec — немецкий производитель премиальных приточно-вытяжных установок и чиллеров. Официально ушёл с
российского рынка в 2022 году, оборудование поставляют по параллельному импорту.

## Сильные стороны

- Известный бренд, проектировщики годами закладывают его в проекты.
- Программа подбора KlimaSelect, которой пользуются проектные институты.
- Тихие EC-вентиляторы и качественная автоматика.

## Слабые места

- Гарантия производителя в России не действует с 2022 года.
- Срок поставки по параллельному импорту — 16–22 недели.
- Цены в евро, предоплата 100%.
- Прошивки контроллеров и запасные роторы рекуператоров получить официально нельзя.

## Как мы выигрываем

- Предлагаем AHU-K24 с роторным рекуператором, КПД 82%, с такими же присоединительными размерами.
- Пересчитываем проект под наше оборудование бесплатно за 5 рабочих дней в программе AT-Select.
- Напоминаем про официальную гарантию 3 года и сервис в 46 городах.

## Вопросы-ловушки

- «Кто обновит прошивку контроллера Klimatec?»
- «Где взять ротор рекуператора на замену и сколько его ждать?»

## Возражения

**Возражение:** «Проект уже заложен на Klimatec».
**Ответ:** Габариты и присоединения AHU-K24 совпадают, перепроектирование не нужно: пересчитаем проект
за 5 дней и согласуем замену с проектировщиком.

**Возражение:** «Европейское качество надёжнее».
**Ответ:** Надёжность без сервиса и запчастей не работает: в больнице в Казани установку Klimatec ждали
полгода.

## Цены

Приточная установка Klimatec CX-24 по параллельному импорту — около 38 000 евро. Наш AHU-K24 — 2 650 000 ₽.
""",
    "uralholod_ru.md": """---
title: "Уралхолод: боевая карточка по чиллерам"
competitors: [Уралхолод]
products: [ACH-250, ACH-250F, CTRL-BMS2]
tags: [чиллеры, тендеры, Урал]
language: ru
owner: Ольга Лебедева
---

## Обзор

«Уралхолод» — российский производитель чиллеров из Екатеринбурга. Линейка: УХ-130 и УХ-260.
Главный конкурент в аукционах на Урале и в Сибири.

## Сильные стороны

- Цены ниже наших на 10%.
- Продукция в реестре Минпромторга, как и наша.
- Склад готовой продукции в Екатеринбурге, лояльные заказчики на Урале.

## Слабые места

- Нет VRF-систем, руфтопов и приточных установок.
- Нет фрикулинга.
- Сервис только в Екатеринбурге и Челябинске.
- Пуск только до −30 °C.
- Контроллер без протокола BACnet, только Modbus RTU.

## Как мы выигрываем

- Комплексный проект: чиллер, приточные установки и диспетчеризация от одного производителя.
- Фрикулинг ACH-250F для ЦОД и производств с круглогодичной нагрузкой.
- Сервис в 46 городах, выезд за 4 часа в городах-миллионниках.

## Вопросы-ловушки

- «Как подключить чиллер к BMS здания по BACnet?»
- «Кто приедет на ремонт в Красноярск и за сколько дней?»

## Возражения

**Возражение:** «Уралхолод тоже российский, и он дешевле».
**Ответ:** Оба производителя в реестре; сравните энергоэффективность: EER у УХ-260 — 2,9, у ACH-250 — 3,3,
это около 300 000 ₽ за электроэнергию в год.

**Возражение:** «В аукционе Уралхолод всегда даёт минимальную цену».
**Ответ:** Выигрывайте на этапе ТЗ: фрикулинг, BACnet и сервис в регионе.

## Цены

УХ-260 в аукционах 2026 года уходил по 5 900 000 ₽; демпинг — до 25% от НМЦК.
""",
    "daesung_ru.md": """---
title: "DaeSung Air: боевая карточка по VRF"
competitors: [DaeSung Air]
products: [VR-28H, VR-45H, VR-45HR]
tags: [VRF, Корея]
language: ru
owner: Дмитрий Орлов
---

## Обзор

DaeSung Air — корейский производитель VRF-систем DS-VRF и бытовых сплит-систем, работает в России через
официального дистрибьютора.

## Сильные стороны

- Известный бренд, заказчики его знают и доверяют.
- Удобная программа подбора и много обученных монтажников.
- Высокая надёжность наружных блоков.

## Слабые места

- Цены в долларах США: заказчик несёт курсовой риск до оплаты.
- Поставка 10–12 недель.
- Нет чиллеров мощнее 300 кВт и нет руфтопов.
- Сервис только через дилеров.

## Как мы выигрываем

- Цена в рублях фиксируется на 90 дней.
- VR-28H дешевле DS-VRF 28 на 22%.
- Длина трассы до 1 000 м против 900 м у DS-VRF.

## Вопросы-ловушки

- «В какой валюте фиксируется цена в договоре?»
- «Что будет с ценой, если курс доллара вырастет на 15%?»

## Возражения

**Возражение:** «Проектировщик уже заложил DaeSung».
**Ответ:** Подбираем замену по эквивалентной мощности и пересчитываем трассы в VR-Design за 3 дня.

## Цены

DS-VRF 28 стоит около 24 000 долларов США; наш VR-28H — 1 650 000 ₽.
""",
    "daesung_en.md": """---
title: "DaeSung Air VRF battle card"
competitors: [DaeSung Air]
products: [VR-28H, VR-45H]
tags: [VRF, Korea]
language: en
owner: Dmitry Orlov
---

## Overview

DaeSung Air is a Korean maker of DS-VRF systems and home split systems, sold in Russia through an
official distributor.

## Strengths

- A well-known brand that customers trust.
- Many trained installers.

## Weaknesses

- Prices in US dollars: currency risk until payment.
- Lead time of 10 to 12 weeks.
- No chillers above 300 kW.

## How we win

- Our rouble price is fixed for 90 days.
- Our VR-28H is 22% cheaper than the DS-VRF 28.
- Piping up to 1,000 m against 900 m for DS-VRF.

## Landmines

- "In which currency is the contract price fixed?"

## Objections

**Objection:** "The designer already specified DaeSung."
**Answer:** We select an equivalent by capacity and recalculate the piping in VR-Design within three days.

## Pricing

The DS-VRF 28 costs about 24,000 US dollars; our VR-28H is 1,650,000 RUB.
""",
    "price-objections_ru.md": """---
title: "Возражения по цене: как отвечать"
products: [ACH-250, RT-40, SRV-PM-12]
tags: [возражения, цена, скидки]
language: ru
owner: Ольга Лебедева
---

## Обзор

Карточка для менеджеров: типичные возражения по цене и допустимые скидки.

## Возражения

**Возражение:** «Дорого».
**Ответ:** Переведите разговор на стоимость владения: энергопотребление, сервис и простой.

**Возражение:** «Нет бюджета в этом году».
**Ответ:** Предложите лизинг через партнёра «ЛизПро» на 36 месяцев или рассрочку на 6 месяцев.

**Возражение:** «Купим в следующем году».
**Ответ:** Зафиксируйте цену на 90 дней и предложите поставку с отсрочкой платежа.

## Цены

Скидку до 7% менеджер даёт сам, до 12% — с согласия регионального директора, больше 12% — только
коммерческий директор.

## Частые ошибки

- Давать скидку до того, как заказчик назвал бюджет.
- Обещать сроки поставки без проверки склада.
""",
}

# ====================================================================== Word documents

DOCX: list[tuple[LibraryFile, str, list[tuple[str, list[str]]]]] = [
    (
        LibraryFile("tz-guide_ru.docx", "document", ("Ханвэй", "Klimatec"), ("ACH-250",), ("ТЗ", "тендеры")),
        "Как составить техническое задание на климатическое оборудование",
        [
            ("Зачем участвовать в подготовке ТЗ", [
                "Кто пишет техническое задание, тот выигрывает закупку. Предложите заказчику помощь с ТЗ за "
                "2–3 месяца до публикации закупки.",
            ]),
            ("Обязательные требования", [
                "Пуск и работа при температуре наружного воздуха до −40 °C.",
                "Гарантия производителя не менее 3 лет.",
                "Сервисный центр не дальше 200 км от объекта.",
                "Заключение Минпромторга о происхождении товара.",
            ]),
            ("Требования к энергоэффективности", [
                "Для чиллеров укажите ESEER не ниже 4,5 и EER не ниже 3,2: им отвечают ACH-250 и ACH-500, "
                "но не большинство китайских моделей.",
            ]),
            ("Формулировки, которые не оспорит ФАС", [
                "Не указывайте марку: пишите «или эквивалент» и задавайте параметры диапазоном. Жалобы в ФАС "
                "чаще всего касаются требований, под которые подходит один производитель.",
            ]),
            ("Пример ТЗ на чиллер 250 кВт", [
                "Холодопроизводительность 240–260 кВт, винтовой компрессор, хладагент R134a или R513A, пуск при "
                "−40 °C, ESEER не ниже 4,5, гарантия 3 года, сервисный центр не дальше 200 км.",
            ]),
        ],
    ),
    (
        LibraryFile(
            "cases_ru.docx", "document", ("Ханвэй", "DaeSung Air", "Klimatec"),
            ("ACH-250F", "RT-40", "ACH-250", "VR-45H", "AHU-K24"), ("кейсы", "референсы"),
        ),
        "Кейсы заказчиков АрктикТерм",
        [
            ("ЦОД «СеверДата», Мурманск", [
                "Шесть чиллеров ACH-250F с фрикулингом по схеме N+1. Фрикулинг работает 7 500 часов в год, "
                "PUE снизился с 1,62 до 1,31, окупаемость — 2,1 года.",
            ]),
            ("Сеть гипермаркетов «Лента-Юг»", [
                "38 руфтопов RT-40 в 12 магазинах Краснодарского края. Монтаж занял 6 недель, расходы на "
                "электроэнергию снизились на 21%.",
            ]),
            ("Молокозавод «Белая Река»", [
                "Заказчик заменил три китайских чиллера Ханвэй на ACH-250 после двух аварий летом 2025 года. "
                "Простой линии розлива стоил 9 млн ₽; запчасти для Ханвэй ждали 7 недель.",
            ]),
            ("Бизнес-центр «Невский Квартал», Санкт-Петербург", [
                "VRF-система на 1 800 кВт на базе VR-45H вместо DaeSung: экономия 26 млн ₽ и фиксированная "
                "цена в рублях.",
            ]),
            ("Республиканская больница, Казань", [
                "Шесть установок AHU-K24 вместо Klimatec, которые заказчик ждал полгода по параллельному "
                "импорту. Наши установки поставлены за 7 недель.",
            ]),
        ],
    ),
]  # fmt: skip

# ====================================================================== PDFs

PDFS: list[tuple[LibraryFile, str, list[tuple[str, list[str]]]]] = [
    (
        LibraryFile("catalog-chillers-2026.pdf", "catalog", (), ("ACH-120", "ACH-250", "ACH-250F", "ACH-500",
                                                                  "WK-40", "HM-2"), ("каталог", "чиллеры")),
        "Каталог чиллеров ACH 2026",
        [
            ("Чиллеры ACH с воздушным охлаждением конденсатора", [
                "Линейка ACH — чиллеры производства АрктикТерм (Липецк) холодопроизводительностью от 120 до 500 "
                "кВт для промышленных предприятий, торговых центров и ЦОД.",
                "Все модели испытываются под нагрузкой на заводском стенде.",
            ]),
            ("Технические характеристики", [
                "ACH-120: 120 кВт, спиральные компрессоры, хладагент R410A, EER 3,1, уровень шума 68 дБ(А).",
                "ACH-250: 250 кВт, винтовой компрессор, хладагент R134a, EER 3,3, уровень шума 72 дБ(А).",
                "ACH-250F: 250 кВт, винтовой компрессор и встроенный контур фрикулинга.",
                "ACH-500: 500 кВт, два винтовых контура, EER 3,4, уровень шума 75 дБ(А).",
            ]),
            ("Опции", [
                "Зимний комплект WK-40: пуск при температуре до −40 °C, подогрев картера и гидромодуля.",
                "Гидромодуль HM-2: насосная группа с баком 300 л.",
                "Контроллер CTRL-BMS2 для каскада до 8 чиллеров.",
            ]),
            ("Габариты и подключение", [
                "ACH-250: 4 200 × 2 250 × 2 400 мм, масса 3 100 кг. Электропитание 380 В, 3 фазы.",
                "ACH-500: 7 800 × 2 250 × 2 400 мм, масса 5 900 кг.",
            ]),
        ],
    ),
    (
        LibraryFile("warranty-terms_ru.pdf", "document", (), ("SRV-START", "SRV-EXT-5Y", "SRV-PM-12"),
                    ("гарантия", "сервис")),
        "Гарантийные условия АрктикТерм",
        [
            ("Гарантийные обязательства", [
                "Гарантия на оборудование АрктикТерм — 3 года со дня пусконаладки, но не более 42 месяцев со дня "
                "отгрузки с завода. Расширенная гарантия SRV-EXT-5Y продлевает срок до 5 лет.",
            ]),
            ("Условия сохранения гарантии", [
                "Пусконаладку SRV-START выполняет сертифицированный инженер АрктикТерм или партнёра.",
                "Техническое обслуживание — не реже одного раза в 6 месяцев, записи в сервисной книжке.",
                "Используются только оригинальные запасные части.",
            ]),
            ("Что не покрывает гарантия и как обратиться", [
                "Гарантия не покрывает повреждения при транспортировке и монтаже сторонней организацией, "
                "перепады напряжения и работу без водоподготовки.",
                "Обращение по гарантии — на горячую линию 8-800-555-21-40, срок рассмотрения — 5 рабочих дней.",
            ]),
        ],
    ),
    (
        LibraryFile("vr-datasheet_en.pdf", "catalog", (), ("VR-14H", "VR-28H", "VR-45H", "VR-45HR"),
                    ("VRF", "datasheet")),
        "VR Series VRF datasheet",
        [
            ("VR Series outdoor units", [
                "Variable refrigerant flow systems for offices, hotels and business centres, made in Lipetsk.",
                "Inverter compressors, refrigerant R410A, one outdoor unit for up to 64 indoor units.",
            ]),
            ("Specifications", [
                "VR-14H: cooling 14 kW, heating 16 kW, COP 4.1, noise 54 dB(A), up to 8 indoor units.",
                "VR-28H: cooling 28 kW, heating 31.5 kW, COP 3.9, noise 58 dB(A), up to 24 indoor units.",
                "VR-45H: cooling 45 kW, heating 50 kW, COP 3.8, noise 61 dB(A), up to 64 indoor units.",
                "VR-45HR: heat recovery, simultaneous heating and cooling.",
            ]),
            ("Installation requirements", [
                "Total piping up to 1,000 m, longest run 200 m, height difference up to 110 m.",
                "Operating range: cooling from −15 °C to +52 °C, heating down to −30 °C.",
            ]),
        ],
    ),
]  # fmt: skip

# ====================================================================== catalogs

PRICE_HEADER = [
    "Артикул",
    "Наименование",
    "Категория",
    "Мощность",
    "Цена",
    "Валюта",
    "Срок поставки",
    "Описание",
]
PRICES: list[list[str]] = [
    ["ACH-120", "Чиллер ACH-120", "Чиллеры", "120 кВт", "3900000", "RUB", "6 недель", "Спиральные компрессоры, R410A"],
    ["ACH-250", "Чиллер ACH-250", "Чиллеры", "250 кВт", "6900000", "RUB", "8 недель", "Винтовой компрессор, R134a"],
    ["ACH-250F", "Чиллер ACH-250F с фрикулингом", "Чиллеры", "250 кВт", "8100000", "RUB", "10 недель",
     "Встроенный контур фрикулинга для ЦОД"],
    ["ACH-500", "Чиллер ACH-500", "Чиллеры", "500 кВт", "12800000", "RUB", "12 недель", "Два винтовых контура"],
    ["WK-40", "Зимний комплект WK-40", "Опции", "", "420000", "RUB", "2 недели",
     "Пуск при −40 °C: подогрев картера и гидромодуля"],
    ["HM-2", "Гидромодуль HM-2", "Опции", "", "610000", "RUB", "4 недели", "Насосная группа с баком 300 л"],
    ["VR-14H", "Наружный блок VRF VR-14H", "VRF", "14 кВт", "690000", "RUB", "3 недели", "До 8 внутренних блоков"],
    ["VR-28H", "Наружный блок VRF VR-28H", "VRF", "28 кВт", "1650000", "RUB", "3 недели", "До 24 внутренних блоков"],
    ["VR-45H", "Наружный блок VRF VR-45H", "VRF", "45 кВт", "2480000", "RUB", "4 недели", "До 64 внутренних блоков"],
    ["VR-45HR", "Наружный блок VRF VR-45HR с рекуперацией тепла", "VRF", "45 кВт", "2950000", "RUB", "6 недель",
     "Одновременный нагрев и охлаждение"],
    ["VRI-K", "Внутренний блок кассетный VRI-K", "VRF", "2,8–7,1 кВт", "78000", "RUB", "2 недели", ""],
    ["VRI-D", "Внутренний блок канальный VRI-D", "VRF", "2,8–14 кВт", "86000", "RUB", "2 недели", ""],
    ["VRI-W", "Внутренний блок настенный VRI-W", "VRF", "2,2–5,6 кВт", "52000", "RUB", "2 недели", ""],
    ["RT-25", "Крышный кондиционер RT-25", "Руфтопы", "25 кВт", "1450000", "RUB", "5 недель", "Экономайзер в комплекте"],
    ["RT-40", "Крышный кондиционер RT-40", "Руфтопы", "40 кВт", "2100000", "RUB", "5 недель", "Экономайзер в комплекте"],
    ["RT-60G", "Крышный кондиционер RT-60G с газовым нагревом", "Руфтопы", "60 кВт", "3300000", "RUB", "7 недель",
     "Газовая горелка 80 кВт"],
    ["AHU-K12", "Приточно-вытяжная установка AHU-K12", "Вентиляция", "12 000 м³/ч", "1480000", "RUB", "6 недель",
     "Пластинчатый рекуператор"],
    ["AHU-K24", "Приточно-вытяжная установка AHU-K24", "Вентиляция", "24 000 м³/ч", "2650000", "RUB", "7 недель",
     "Роторный рекуператор, КПД 82%"],
    ["HP-16R", "Тепловой насос HP-16R", "Тепловые насосы", "16 кВт", "890000", "RUB", "3 недели", "Хладагент R290"],
    ["HP-30R", "Тепловой насос HP-30R", "Тепловые насосы", "30 кВт", "1540000", "RUB", "4 недели", "Хладагент R290"],
    ["KIT-HP", "Монтажный комплект KIT-HP", "Тепловые насосы", "", "75000", "RUB", "1 неделя",
     "Для HP-16R и HP-30R"],
    ["CTRL-BMS2", "Контроллер CTRL-BMS2", "Автоматика", "", "185000", "RUB", "2 недели",
     "Modbus, BACnet, каскад до 8 чиллеров"],
    ["LIC-CLOUD-50", "Лицензия ArcticCloud на 50 устройств, 1 год", "Автоматика", "", "120000", "RUB", "1 день",
     "Облачный мониторинг"],
    ["SRV-START", "Пусконаладка", "Сервис", "", "", "", "", "3% от цены оборудования"],
    ["SRV-PM-12", "Плановое техническое обслуживание, 12 месяцев", "Сервис", "", "", "", "",
     "4 визита в год; цена по расчёту"],
    ["SRV-EXT-5Y", "Расширенная гарантия до 5 лет", "Сервис", "", "", "", "",
     "6% от цены оборудования за каждый год продления"],
]  # fmt: skip

PARTNERS_HEADER = ["Город", "Сервисный партнёр", "Адрес", "Телефон", "Время выезда", "Оборудование"]
PARTNERS: list[list[str]] = [
    ["Москва", "КлиматСервис-М", "ул. Дубининская, 57", "+7 495 210-44-10", "4 часа", "все линейки"],
    ["Санкт-Петербург", "Нева Холод", "Лиговский пр., 140", "+7 812 640-12-33", "4 часа", "все линейки"],
    ["Новосибирск", "СибТермо", "ул. Станционная, 30", "+7 383 228-90-15", "4 часа", "все линейки, склад запчастей"],
    ["Екатеринбург", "УралКлимат", "ул. Восточная, 7", "+7 343 385-11-02", "4 часа", "чиллеры, VRF"],
    ["Казань", "ВолгаВент", "ул. Техническая, 25", "+7 843 212-77-40", "4 часа", "вентиляция, VRF"],
    ["Краснодар", "ЮгХолод", "ул. Уральская, 98", "+7 861 299-31-18", "24 часа", "руфтопы, VRF"],
    ["Красноярск", "ЕнисейТерм", "ул. Партизана Железняка, 18", "+7 391 256-04-70", "24 часа", "чиллеры"],
    ["Мурманск", "Арктика Сервис", "ул. Свердлова, 12", "+7 815 245-60-09", "24 часа", "чиллеры, фрикулинг"],
    ["Ростов-на-Дону", "ДонКлимат", "пр. Шолохова, 31", "+7 863 303-21-55", "24 часа", "руфтопы, чиллеры"],
    ["Хабаровск", "ДВ Инжиниринг", "ул. Ленина, 60", "+7 421 247-18-81", "24 часа", "VRF, тепловые насосы"],
    ["Липецк", "АрктикТерм Сервис (завод)", "Трубный пр., 1", "+7 474 250-00-01", "4 часа",
     "все линейки, склад запчастей"],
    ["Нижний Новгород", "ОкаТермо", "ул. Родионова, 165", "+7 831 415-33-20", "4 часа", "все линейки"],
]  # fmt: skip

PARTS_HEADER = ["Код", "Запчасть", "Совместимость", "Цена, ₽", "Склад"]
PARTS: list[list[str]] = [
    ["CMP-SC-45", "Спиральный компрессор 45 кВт", "ACH-120", "410000", "Липецк"],
    ["CMP-SCR-250", "Винтовой компрессор 250 кВт", "ACH-250, ACH-250F", "1950000", "Липецк"],
    ["FAN-EC-800", "EC-вентилятор конденсатора 800 мм", "ACH-250, ACH-500", "96000", "Липецк, Новосибирск"],
    ["PCB-BMS2", "Плата контроллера CTRL-BMS2", "CTRL-BMS2", "54000", "Липецк, Новосибирск"],
    ["ROT-K24", "Ротор рекуператора", "AHU-K24", "380000", "Липецк"],
    ["FLT-G4-K12", "Фильтр G4 (комплект)", "AHU-K12", "6500", "Липецк, Новосибирск"],
    ["BRN-80", "Газовая горелка 80 кВт", "RT-60G", "265000", "Липецк"],
    ["EXV-28", "Электронный расширительный вентиль", "VR-28H, VR-45H", "18500", "Липецк, Новосибирск"],
    ["SNS-R290", "Датчик утечки пропана", "HP-16R, HP-30R", "9800", "Липецк"],
    ["HTR-WK40", "Нагреватель картера", "WK-40", "12400", "Липецк, Новосибирск"],
    ["PMP-HM2", "Циркуляционный насос", "HM-2", "148000", "Липецк"],
]  # fmt: skip


# ====================================================================== builders


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed entry timestamps and modified date, so Office files are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + _ISO_DATE + rb"\g<2>", content)
            dst.writestr(entry, content)
    return out.getvalue()


def _deck(title: str, slides: list[dict[str, Any]]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for n, spec in enumerate(slides):
        if n == 0:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = spec["title"]
            slide.placeholders[1].text = spec.get("subtitle", "")
        elif spec.get("bullets"):
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = spec["title"]
            frame = slide.placeholders[1].text_frame
            for i, bullet in enumerate(spec["bullets"]):
                paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
                paragraph.text = bullet
                paragraph.font.size = Pt(22)
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
            slide.shapes.title.text = spec["title"]
        if rows := spec.get("table"):
            shape = slide.shapes.add_table(
                len(rows), len(rows[0]), Inches(0.7), Inches(1.7), Inches(11.9), Inches(0.5) * len(rows)
            )
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        if notes := spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = notes
    props = prs.core_properties
    props.title = title
    props.author = props.last_modified_by = "АрктикТерм, маркетинг"
    props.created = props.modified = DATE
    props.revision = 1
    buf = io.BytesIO()
    prs.save(buf)
    return _fixed_zip(buf.getvalue())


def _docx(title: str, sections: list[tuple[str, list[str]]]) -> bytes:
    from docx import Document

    doc = Document()
    for heading, paragraphs in sections:
        doc.add_heading(heading, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
    props = doc.core_properties
    props.title = title
    props.author = props.last_modified_by = "АрктикТерм, маркетинг"
    props.created = props.modified = DATE
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def _pdf(title: str, pages: list[tuple[str, list[str]]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_FONT, str(_FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(_FONT_BOLD, str(_FONTS / "DejaVuSans-Bold.ttf")))
    heading = ParagraphStyle("h", fontName=_FONT_BOLD, fontSize=16, leading=20, spaceAfter=8)
    body = ParagraphStyle("b", fontName=_FONT, fontSize=10, leading=13, spaceAfter=6)
    story: list[Any] = []
    for n, (head, paragraphs) in enumerate(pages):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(head, heading))
        story += [Paragraph(p.replace("&", "&amp;"), body) for p in paragraphs]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author="АрктикТерм", invariant=1,
                            leftMargin=18 * mm, rightMargin=18 * mm)  # fmt: skip
    doc.build(story)
    return buf.getvalue()


def _xlsx(header: list[str], rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Прайс-лист"
    ws.append(header)
    for row in rows:
        ws.append([int(v) if h == "Цена" and v else (v or None) for h, v in zip(header, row, strict=True)])
    wb.properties.creator = wb.properties.lastModifiedBy = "АрктикТерм"
    wb.properties.title = "Прайс-лист АрктикТерм 2026"
    wb.properties.created = wb.properties.modified = DATE
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


def _csv(header: list[str], rows: list[list[str]], *, encoding: str, delimiter: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    return buf.getvalue().encode(encoding)


def _jobs() -> list[tuple[LibraryFile, Callable[[], bytes]]]:
    jobs: list[tuple[LibraryFile, Callable[[], bytes]]] = []
    for meta, slides in DECKS:
        jobs.append((meta, partial(_deck, slides[0]["title"], slides)))
    for name, text in CARDS.items():
        jobs.append((LibraryFile(name, "battlecard"), partial(str.encode, text, "utf-8")))
    for meta, title, sections in DOCX:
        jobs.append((meta, partial(_docx, title, sections)))
    for meta, title, pages in PDFS:
        jobs.append((meta, partial(_pdf, title, pages)))
    price_meta = LibraryFile(
        "pricelist-2026.xlsx", "catalog", (), tuple(r[0] for r in PRICES), ("прайс-лист",)
    )
    jobs.append((price_meta, lambda: _xlsx(PRICE_HEADER, PRICES)))
    partners = LibraryFile("service-partners.csv", "catalog", (), (), ("сервис", "партнёры"))
    jobs.append((partners, lambda: _csv(PARTNERS_HEADER, PARTNERS, encoding="cp1251", delimiter=";")))
    parts = LibraryFile("spare-parts.csv", "catalog", (), (), ("запчасти",))
    jobs.append((parts, lambda: _csv(PARTS_HEADER, PARTS, encoding="utf-8", delimiter=",")))
    return jobs


def build_library(target: Path) -> list[tuple[Path, LibraryFile]]:
    """Write every file into `target` (created if needed); return (path, metadata) in a fixed order."""
    target.mkdir(parents=True, exist_ok=True)
    out = []
    for meta, make in _jobs():
        path = target / meta.name
        path.write_bytes(make())
        out.append((path, meta))
    return out


if __name__ == "__main__":  # pragma: no cover - manual use
    for written, _ in build_library(Path(sys.argv[1] if len(sys.argv) > 1 else "heldout-library")):
        print(written)
