"""Word documents built at test time, byte by byte (Word-like, WPS-like, and hostile ones).

Every text is our own sentences about a fictional office (示例县水务局).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def content_types(main_type: str = MAIN) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>'
        '</Types>'
    )


def package_rels(rel_type: str = OFFICE_REL) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel_type}" Target="word/document.xml"/>'
        '</Relationships>'
    )


def document_rels(external: bool = False) -> str:
    extra = ('<Relationship Id="rId9" Type="' + REL_BASE + 'attachedTemplate" '
             'Target="file://server/share/t.dotx" TargetMode="External"/>') if external else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL_BASE}styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_BASE}numbering" Target="numbering.xml"/>'
        f'{extra}</Relationships>'
    )


def run(text: str, vanish: bool = False, east_asia: bool = False) -> str:
    props = ""
    if vanish or east_asia:
        props = "<w:rPr>" + ('<w:rFonts w:eastAsia="仿宋_GB2312"/>' if east_asia else "") + \
            ("<w:vanish/>" if vanish else "") + "</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str, style: str | None = None, num: tuple[int, int] | None = None,
         outline: int | None = None, mark_deleted: bool = False) -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if outline is not None:
        props += f'<w:outlineLvl w:val="{outline}"/>'
    if mark_deleted:
        props += '<w:rPr><w:del w:id="90" w:author="x" w:date="2024-01-01T00:00:00Z"/></w:rPr>'
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{body}</w:p>"


def table(rows: list[list[str]], span_first: int = 0) -> str:
    out = ["<w:tbl>"]
    for index, row in enumerate(rows):
        cells = []
        for col, cell in enumerate(row):
            tcpr = f'<w:tcPr><w:gridSpan w:val="{span_first}"/></w:tcPr>' if span_first and index == 0 and col == 0 else ""
            paragraphs = "".join(para(piece) for piece in cell.split("\n"))
            cells.append(f"<w:tc>{tcpr}{paragraphs}</w:tc>")
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def document(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>')


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="MyHeading2"><w:name w:val="my heading 2"/>'
    '<w:basedOn w:val="Heading2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Numbered1"><w:name w:val="numbered 1"/><w:basedOn w:val="Heading1"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="Secret"><w:name w:val="secret"/><w:rPr><w:vanish/></w:rPr></w:style>'
    '</w:styles>'
)


def _lvl(ilvl: int, fmt: str, text: str, style: str | None = None) -> str:
    link = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{link}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
    '<w:abstractNum w:abstractNumId="0">'
    + _lvl(0, "chineseCounting", "%1、", "Numbered1") + _lvl(1, "chineseCounting", "（%2）")
    + _lvl(2, "decimal", "%3.") + _lvl(3, "decimal", "（%4）")
    + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "bullet", "•") + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>'
)


def make_docx(body: str, *, main_type: str = MAIN, rel_type: str = OFFICE_REL, prolog: str = "",
              styles: str = STYLES, numbering: str = NUMBERING, extra: dict[str, bytes] | None = None,
              external: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types(main_type))
        archive.writestr("_rels/.rels", package_rels(rel_type))
        archive.writestr("word/_rels/document.xml.rels", document_rels(external))
        archive.writestr("word/document.xml", document(body, prolog))
        archive.writestr("word/styles.xml", styles)
        archive.writestr("word/numbering.xml", numbering)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def frame(parts: str, signature: bool = True) -> str:
    """Title over two paragraphs, 主送机关, preamble, ``parts``, then 落款 and 成文日期."""
    tail = para("示例县水务局") + para("2024年2月18日") if signature else ""
    return (para("示例县水务局2023年法治政府建设", style="Heading1") + para("年度报告", style="Heading1")
            + para("县政府：") + para("　　2023年，县水务局坚持依法治水。现将有关情况报告如下：") + parts + tail)


def word_numbered() -> bytes:
    """Word-like: automatic numbering for every heading level, headings without typed markers."""
    return make_docx(word_numbered_body())


def word_numbered_body() -> str:
    """The body of :func:`word_numbered`."""
    return frame(
        para("2023年度推进法治政府建设的主要举措和成效", style="Numbered1")
        + para("健全制度体系", num=(1, 1))
        + para("全年修订内部制度4项。")
        + para("落实合法性审查。对3份合同进行了审查。", num=(1, 2))
        + para("推行执法公示", num=(1, 2))
        + para("公示执法信息25条。")
        + para("细化公示清单。每季度更新一次。", num=(1, 3))
        + para("强化执法监督", num=(1, 1))
        + para("开展河道巡查48次。")
        + para("存在的不足和原因", num=(1, 0), style="Heading1")
        + para("执法人员数量不足。")
        + para("履行推进法治建设第一责任人职责情况", num=(1, 0))
        + para("局主要负责人主持专题学法2次。")
        + para("2024年度推进法治政府建设的主要安排", num=(1, 0))
        + para("加强队伍建设", num=(1, 1))
        + para("计划新增执法人员2名。", num=(2, 0))
    )


def word_outline() -> bytes:
    """Headings known only by their outline level (style chain), no markers at all."""
    body = frame(
        para("主要举措和成效", style="Heading1")
        + para("健全制度体系", style="MyHeading2")
        + para("全年修订内部制度4项。")
        + para("存在的问题", outline=0)
        + para("执法人员数量不足。")
        + para("第一责任人职责情况", style="Heading1")
        + para("局主要负责人主持专题学法2次。")
        + para("工作计划", style="Heading1")
        + para("继续开展河道巡查。")
    )
    return make_docx(body)


def wps_like() -> bytes:
    """WPS-like: typed markers, direct outline levels, East Asian fonts, indents, a table."""
    body = frame(
        para(run("一、", east_asia=True), run("主要举措及成效", east_asia=True), outline=0)
        + para(run("（一）健全制度体系", east_asia=True), outline=1)
        + para(run("　　全年修订内部制度4项，明细如下表。", east_asia=True))
        + table([["项目", "2022年", "2023年"], ["修订制度（项）", "3", "4"], ["巡查（次）\n含夜查", "40", "48"]])
        + para("1. 落实合法性审查。对3份合同进行了审查。")
        + para("二、存在的问题", outline=0)
        + para("执法人员数量不足。")
        + para("三、第一责任人职责情况", outline=0)
        + para("局主要负责人主持专题学法2次。")
        + para("四、下一步工作打算", outline=0)
        + para("（一）加强队伍建设。计划新增执法人员2名。", outline=1)
    )
    return make_docx(body)


def simple_body(extra_runs: str = "") -> str:
    return frame(
        para("一、主要举措和成效")
        + para("全年修订内部制度4项。" if not extra_runs else run("全年修订内部制度"), extra_runs)
        + para("二、存在的问题") + para("执法人员数量不足。")
        + para("三、第一责任人职责情况") + para("局主要负责人主持专题学法2次。")
        + para("四、工作计划") + para("继续开展河道巡查。")
    )


INS = '<w:ins w:id="1" w:author="科员" w:date="2024-01-01T00:00:00Z">{}</w:ins>'
DEL = ('<w:del w:id="2" w:author="科员" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>{}</w:delText></w:r>'
       '</w:del>')


def tracked() -> bytes:
    return make_docx(simple_body(INS.format(run("4项，")) + DEL.format("3项，") + run("清理文件2件。")))


def hidden() -> bytes:
    return make_docx(simple_body(run("4项。") + run("（内部：此数字待核实）", vanish=True)
                                 + '<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>另有密件。</w:t></w:r>'))


def commented() -> bytes:
    comment = '<w:commentRangeStart w:id="5"/>' + run("4项。") + '<w:commentRangeEnd w:id="5"/>' \
        '<w:r><w:commentReference w:id="5"/></w:r>'
    return make_docx(simple_body(comment))
