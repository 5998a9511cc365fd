"""Whether the two reports ``lawreport diff`` compares are two different units', and the warning.

Comparing one unit's report with another's is usually a mistake (the wrong file picked from a
folder of received reports): every output says so at the top, and the comparison still runs.
"""

from __future__ import annotations

import re

from lawreport.text.shortnames import unit_key

_GOVERNMENT = re.compile("人民政府|政府|办事处")
"""How a government's name may end or not (青山区, 青山区人民政府)."""


def _key(name: str) -> str:
    return _GOVERNMENT.sub("", unit_key(name))


def different_units(old: str, new: str) -> bool:
    """Whether units ``old`` and ``new`` (as the reports name them) are different: both known,
    and neither name contained in the other once spaces, short forms (人社局) and 人民政府 are set aside."""
    a, b = _key(old), _key(new)
    return bool(a and b) and a not in b and b not in a


def units_warning(old: str, new: str) -> str:
    """The warning, in Chinese, for reports of units ``old`` and ``new``."""
    return (f"两份报告不是同一单位的：旧的是“{old}”，新的是“{new}”。比较两个单位的报告通常是选错了文件，"
            "请核对文件；以下仍照常比较")
