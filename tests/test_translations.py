"""The Russian catalogue covers every string the code marks for translation.

pyside6-lupdate silently skips a `self.tr("…")` written inside an f-string's
braces, and a new service message is easy to forget in the .ts file; either
would show English in the Russian UI. This walks the code like lupdate should,
and checks every marked string has a finished Russian translation that keeps
the source's placeholders.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")


def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"enablement_{language}.ts")
    entries: dict[tuple[str, str], list[str]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            entries[(name, message.findtext("source") or "")] = forms
    return entries


def _marked_strings() -> list[tuple[str, str, str]]:
    """(file:line, context, text) for tr / translate / QT_TRANSLATE_NOOP calls with literal text."""
    found: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "enablement").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: list[tuple[int, int, str]] = [
            (node.lineno, node.end_lineno or node.lineno, node.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
        ]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            args = [
                a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in node.args
            ]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and args and args[0] is not None:
                enclosing = [c for c in classes if c[0] <= node.lineno <= c[1]]
                context = max(enclosing)[2] if enclosing else ""
                found.append((where, context, args[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and None not in args[:2]:
                found.append((where, str(args[0]), str(args[1])))
    return found


def test_the_code_marks_strings_for_translation() -> None:
    marked = _marked_strings()
    contexts = {context for _where, context, _text in marked}
    assert {"Messages", "Labels", "MainWindow"} <= contexts
    assert len([m for m in marked if m[1] == "Messages"]) > 100, "service messages are marked"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_marked_string_has_a_finished_translation(language: str) -> None:
    catalogue = _catalogue(language)
    missing = [
        f"{where}: [{ctx}] {text!r}" for where, ctx, text in _marked_strings() if (ctx, text) not in catalogue
    ]
    assert not missing, "not in the .ts (run resources/translations/update.sh and translate):\n" + "\n".join(
        missing
    )


def test_russian_translations_keep_the_placeholders() -> None:
    broken = []
    for (context, source), forms in _catalogue("ru").items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form)))
            if got != wanted and not (
                source.count("%n") and "%n" not in got and got == [p for p in wanted if p != "%n"]
            ):
                broken.append(f"[{context}] {source!r} -> {form!r}")
    assert not broken, "\n".join(broken)


def test_russian_translations_are_russian() -> None:
    latin_only = [
        f"[{context}] {source!r} -> {forms[0]!r}"
        for (context, source), forms in _catalogue("ru").items()
        if re.search("[A-Za-z]{3}", PLACEHOLDER.sub("", source))
        and not re.search("[а-яёА-ЯЁ]", "".join(forms))
        and PLACEHOLDER.sub("", "".join(forms)).strip()  # "{detail}" alone: the nested message says it
    ]
    # Names and formats that are the same in Russian.
    allowed = {"Enablement Hub", "PDF", "CSV", "SKU", "Markdown", "Fusion"}
    latin_only = [line for line in latin_only if not any(f"'{a}" in line.split("->")[0] for a in allowed)]
    assert not latin_only, "\n".join(latin_only)
