"""The footer of a government website, below a report copied from its page.

A copied page ends with the site's footer: who runs the site (“主办单位：××县人民政府办公室
承办：××县大数据中心”), its registrations (“网站标识码：…… ×ICP备……号 ×公网安备……号”), the
copyright line, the site's address and telephone, a row of links (“网站地图 | 联系我们 | 网站声明”),
a note on browsers and screen sizes, the badges a government site shows (“党政机关”, “政府网站找错”)
and a visit counter. None of it is report text; read as text, it stood below the 落款 and hid it.

Only the last lines of a received text are tried (see :func:`lawreport.received.furniture.find`):
a line of the body that happens to name an address or a telephone is report text.
"""

from __future__ import annotations

import re

_REGISTRATION = re.compile(r"ICP\s*[备证]|公网安备|网站标识码|网站识别码|政府网站标识码|版权所有|Copyright|©|All\s+Rights\s+Reserved",
                           re.IGNORECASE)
"""What only a site's footer says: its registrations and its copyright."""
_SITE_LABEL = re.compile(r"(?:^|\s)(?:主办单位|主办|承办单位|承办|协办单位|协办|维护单位|运维单位|运行维护|技术支持|技术维护|"
                         r"网站维护|联系地址|地址|邮编|邮政编码|联系电话|电话|传真|电子邮箱|邮箱|访问量|访问人数|"
                         r"总访问量|今日访问)\s*[：:]")
"""The labels of a footer's lines (“主办：……”, “地址：…… 邮编：……”, “访问量：……”)."""
_LINKS = frozenset({"网站地图", "联系我们", "关于我们", "网站声明", "隐私声明", "隐私保护", "免责声明", "使用帮助",
                    "网站纠错", "政府网站找错", "我为政府网站找错", "党政机关", "意见建议", "常见问题", "版权声明",
                    "适老化无障碍服务", "无障碍浏览", "网站导航", "站点地图", "返回顶部", "法律声明"})
"""The footer's links and badges, as they stand in a row or on lines of their own."""
_LINK_SEPARATORS = re.compile(r"\s*[|｜丨/·•]\s*|\s+")
_BROWSER_NOTE = re.compile(r"(?:浏览器|分辨率)[^。]{0,40}$")
"""A note on the browser or screen size the site wants (“建议使用1920×1080分辨率浏览本站”)."""


def is_site_footer(text: str) -> bool:
    """Whether a line is one of a site footer's: a registration or copyright line, a line of the
    footer's labels (who runs the site, its address, its counter), a row of its links, or a note on
    browsers. A sentence (one with “。”) never is."""
    plain = text.strip()
    if not plain or "。" in plain or len(plain) > 200:
        return False
    if _REGISTRATION.search(plain) or _SITE_LABEL.search(plain):
        return True
    links = [item for item in _LINK_SEPARATORS.split(plain) if item]
    return (bool(links) and all(item in _LINKS for item in links)) or (
        len(plain) <= 60 and _BROWSER_NOTE.search(plain) is not None)
