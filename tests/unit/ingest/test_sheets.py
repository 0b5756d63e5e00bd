"""Workbooks and CSV: header detection, rows as units, codes, Strict OOXML, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from enablement.domain import ItemKind, UnitKind
from enablement.errors import Rejected
from enablement.ingest.registry import extract_file
from enablement.ingest.sheets import sniff_delimiter


def test_russian_price_list_rows_codes_and_names(corpus: Path) -> None:
    doc = extract_file(corpus / "xlsx/poi_no_drawing_patriarch.xlsx")
    assert doc.kind is ItemKind.CATALOG
    assert len(doc.units) > 7000
    caption, first = doc.units[0], doc.units[1]
    assert caption.kind is UnitKind.SECTION and caption.heading == "Прайс-лист"
    assert "Цены указаны на 28.02.2020" in caption.text
    assert first.kind is UnitKind.ROW
    assert first.sheet == "Лист 1"
    # title rows ("Прайс-лист", the address) sit above the header; group rows are not products
    assert first.number == 4
    assert first.heading.startswith("Журнал учета проверок исправности")
    assert first.fields["Артикул"] == "КЖ-740"
    assert first.fields["Цена"] == "70.00 руб."
    assert first.codes == ["00000105438", "КЖ-740"]
    assert "Наименование товара: Журнал учета" in first.text
    assert not any(u.fields.get("Код товара") == "КАНЦЕЛЯРСКИЕ ТОВАРЫ" for u in doc.units)


def test_strict_ooxml_reads_like_the_transitional_file(corpus: Path) -> None:
    strict = extract_file(corpus / "xlsx/poi_SampleSS.strict.xlsx")
    plain = extract_file(corpus / "xlsx/poi_SampleSS.xlsx")
    assert strict.units, "Strict OOXML must not come back empty"
    assert [(u.sheet, u.number, u.text) for u in strict.units] == [
        (u.sheet, u.number, u.text) for u in plain.units
    ]
    caption = strict.units[0]
    assert caption.kind is UnitKind.SECTION and caption.sheet == "First Sheet"
    assert caption.text == "Test spreadsheet"  # the title row above the header
    assert any("Start of 2nd sheet" in u.text for u in strict.units)


@pytest.mark.parametrize(
    "name", ["tika_testEXCEL_macro.xlsm", "tika_testEXCEL_template.xltx", "poi_ExcelWithAttachments.xlsm"]
)
def test_macro_and_template_workbooks_open(corpus: Path, name: str) -> None:
    assert extract_file(corpus / "xlsx" / name).units


def test_single_row_sheet_is_data_not_a_header(corpus: Path) -> None:
    doc = extract_file(corpus / "xlsx/tika_testEXCEL_template.xltx")
    assert doc.units[0].text == "Column A: this is a template"


def test_numbers_and_dates_read_as_shown(corpus: Path) -> None:
    big = extract_file(corpus / "xlsx/tika_testEXCEL_big_numbers.xlsx")
    assert "123456789012345" in big.units[0].text
    assert ".0" not in big.units[0].text
    formats = extract_file(corpus / "xlsx/tika_testEXCEL-formats.xlsx")
    assert any("1599.99" in u.text for u in formats.units)


def test_styles_that_break_openpyxl_are_fine(corpus: Path) -> None:
    assert extract_file(corpus / "xlsx/poi_picture.xlsx").units
    assert extract_file(corpus / "xlsx/poi_style-alternate-content.xlsx").units
    assert extract_file(corpus / "xlsx/tika_testDdeLink.xlsx").units


def test_text_box_only_workbook_imports_the_text_boxes(corpus: Path) -> None:
    doc = extract_file(corpus / "xlsx/tika_testEXCEL_textbox.xlsx")
    assert doc.kind is ItemKind.DOCUMENT
    assert doc.units[0].text and doc.warnings


def test_empty_workbook_is_rejected(corpus: Path) -> None:
    with pytest.raises(Rejected, match="has no data rows"):
        extract_file(corpus / "xlsx/poi_45430.xlsx")


def test_csv_with_title_rows_and_empty_columns(corpus: Path) -> None:
    doc = extract_file(corpus / "other/text/tika_testCSV.csv")
    assert doc.kind is ItemKind.CATALOG
    assert doc.units[0].text == "Sample CSV File - Numbers and their Squares"
    assert doc.units[1].fields == {"Number": "1", "Square": "1"}


def test_cp1251_semicolon_csv_with_sku_column(tmp_path: Path) -> None:
    path = tmp_path / "прайс.csv"
    rows = [
        "Артикул;Наименование;Цена, руб.",
        "AB-100;Ручка шариковая синяя;25",
        "AB-200;Тетрадь в клетку;40",
    ]
    path.write_bytes("\r\n".join(rows).encode("cp1251"))
    doc = extract_file(path)
    assert [u.heading for u in doc.units] == ["Ручка шариковая синяя", "Тетрадь в клетку"]
    assert doc.units[0].codes == ["AB-100"]
    assert doc.units[1].fields["Цена, руб."] == "40"
    assert doc.units[0].text == "Артикул: AB-100\nНаименование: Ручка шариковая синяя\nЦена, руб.: 25"


def test_ibm866_tab_separated_csv(tmp_path: Path) -> None:
    path = tmp_path / "dos.csv"
    rows = ["Код товара\tОписание\tМодель", "0001\tБлок питания сетевой\tБП-12", "0002\tКабель питания\tКП-3"]
    path.write_bytes("\n".join(rows).encode("cp866"))
    doc = extract_file(path)
    assert doc.units[0].heading == "Блок питания сетевой"
    assert doc.units[0].codes == ["0001", "БП-12"]


def test_utf8_bom_comma_csv(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes('\ufeffSKU,Name,Price\nX-1,"Widget, large",10\n'.encode())
    doc = extract_file(path)
    assert doc.units[0].fields == {"SKU": "X-1", "Name": "Widget, large", "Price": "10"}
    assert doc.units[0].codes == ["X-1"]


def test_shift_jis_csv(corpus: Path) -> None:
    doc = extract_file(corpus / "other/text/markitdown_test_mskanji.csv")
    assert doc.units[0].fields == {"名前": "佐藤太郎", "年齢": "30", "住所": "東京"}


def test_delimiter_sniffing() -> None:
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert sniff_delimiter('name;price\n"Ручка, синяя";10\n') == ";"


def test_excel_sep_hint_and_tsv(tmp_path: Path) -> None:
    hinted = tmp_path / "export.csv"
    hinted.write_bytes("sep=;\r\nКод;Наименование\r\n7;Степлер, малый\r\n".encode("cp1251"))
    doc = extract_file(hinted)
    assert doc.units[0].fields == {"Код": "7", "Наименование": "Степлер, малый"}
    tsv = tmp_path / "list.tsv"
    tsv.write_text("SKU\tName\nA-1\tOne, two; three\n", encoding="utf-8")
    assert extract_file(tsv).units[0].fields == {"SKU": "A-1", "Name": "One, two; three"}
