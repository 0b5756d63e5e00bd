"""The marketer's workbench and the seller's pitch builder in the app (widgets over enablement.workbench)."""

from enablement.ui.workbench.pitch_basket import PitchBasket
from enablement.ui.workbench.pitch_wiring import PitchButton, attach_pitch

__all__ = ["PitchBasket", "PitchButton", "attach_pitch"]
