"""Display texts of the voting UI that are not tied to one widget: option labels and countdowns.

Ballot options are stored as the creator typed them; the three service defaults
("Will sell it", …) are English keys, shown here in the UI language. What is sent
back to the service is always the stored option, never this label.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from enablement.ui.messages import translated
from enablement.voting.models import option_text

translate = QCoreApplication.translate  # lupdate finds translate("Voting", "…") calls


def option_label(option: str) -> str:
    """`option` as the user reads it: the default options translated, anything else unchanged."""
    return translated(option_text(option))


def countdown(seconds: float | None) -> str:
    """ "2d 04h", "3h 12m", "4m 09s" (in the UI language): compact and stable in width."""
    if seconds is None:
        return ""
    s = max(0, int(seconds))
    days, s = divmod(s, 86400)
    hours, s = divmod(s, 3600)
    minutes, s = divmod(s, 60)
    if days:
        text = translate("Voting", "%1d %2h", "countdown: days and hours left")
        return text.replace("%1", str(days)).replace("%2", f"{hours:02d}")
    if hours:
        text = translate("Voting", "%1h %2m", "countdown: hours and minutes left")
        return text.replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    text = translate("Voting", "%1m %2s", "countdown: minutes and seconds left")
    return text.replace("%1", str(minutes)).replace("%2", f"{s:02d}")


NBSP = "\u00a0"
_CURRENCY = r"[₽$€£¥₸₴%]|руб|р\.|тыс|млн|млрд|RUB|USD|EUR|k\b|K\b|M\b"
_GLUED_SPACE = re.compile(
    r"(?<=\d)[ \u2009\u202f](?=\d)"  # 180 000 (digit groups)
    rf"|(?<=\d)[ \u2009\u202f](?={_CURRENCY})"  # 000 ₽, 349 EUR
    r"|(?<=[≈~≤≥<>±₽$€£¥])[ \u2009\u202f](?=\d)"  # ≈ 180, $ 349
)


def no_break(text: str) -> str:
    """`text` with the spaces inside numbers and prices made non-breaking (U+00A0).

    A word-wrapped label then never splits «≈ 180 000 ₽» across two lines.
    """
    return _GLUED_SPACE.sub(NBSP, text)
