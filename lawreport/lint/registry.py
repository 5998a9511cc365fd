"""Every lint rule, in one explicit tuple (no import-time discovery). Codes are never reused."""

from __future__ import annotations

from lawreport.lint import directive_rule, source_error
from lawreport.lint.base import Rule
from lawreport.lint.built import fonts, page, pagenum, printed, signature
from lawreport.lint.headings import (
    level_order,
    marker_brackets,
    marker_punct,
    marker_space,
    merged_label,
    part_title_style,
    runin_punct,
    sequence,
    sibling_style,
    typed_marker,
    unnumbered,
)
from lawreport.lint.metadata import (
    addressee,
    date_format,
    dated_field,
    deadline,
    issuer_drift,
    pdf_radicals,
    signature_date,
    title_pattern,
    tracked_changes,
    yaml_comment,
)
from lawreport.lint.numbers import (
    approx_dunhao,
    date_zero_pad,
    fullwidth_digits,
    mixed_numerals,
    range_unit_drop,
    year_abbrev,
    zero_in_chinese_year,
)
from lawreport.lint.punctuation import (
    ascii_punct,
    ascii_quotes,
    dash_form,
    doc_number_brackets,
    dunhao_between_titles,
    ellipsis_form,
    mid_sentence_break,
    range_connector,
    range_lost_dash,
    stray_space,
    unbalanced_pairs,
)
from lawreport.lint.recall import (
    confusables_in_context,
    hyphen_dash,
    inner_title_marks,
    party_congress,
    preamble_closing,
    range_hyphen,
    unquoted_titles,
    year_in_title,
)
from lawreport.lint.structure import (
    coverage_shenzhen8,
    init_placeholder,
    page_metadata,
    part_other,
    parts_order,
    preamble_parts,
    repeated_part_title,
    required_parts,
    template_leftover,
    thematic_layout,
    year_consistency,
)
from lawreport.lint.terms import confusables, fazhi_fazhi, known_titles
from lawreport.lint.textchecks import (
    bidi_controls,
    control_chars,
    invisible_chars,
    raw_html,
    relative_time,
    table_shape,
    unsafe_link,
    unsupported_syntax,
)

ALL_RULES: tuple[Rule, ...] = (
    source_error.RULE,
    required_parts.RULE,
    parts_order.RULE,
    year_consistency.RULE,
    template_leftover.RULE,
    init_placeholder.RULE,
    repeated_part_title.RULE,
    part_other.RULE,
    preamble_parts.RULE,
    coverage_shenzhen8.RULE,
    thematic_layout.RULE,
    page_metadata.RULE,
    typed_marker.RULE,
    level_order.RULE,
    sibling_style.RULE,
    sequence.RULE,
    marker_punct.RULE,
    marker_space.RULE,
    marker_brackets.RULE,
    runin_punct.RULE,
    merged_label.RULE,
    part_title_style.RULE,
    unnumbered.RULE,
    ascii_punct.RULE,
    ascii_quotes.RULE,
    unbalanced_pairs.RULE,
    dunhao_between_titles.RULE,
    ellipsis_form.RULE,
    dash_form.RULE,
    range_connector.RULE,
    range_lost_dash.RULE,
    doc_number_brackets.RULE,
    stray_space.RULE,
    mid_sentence_break.RULE,
    hyphen_dash.RULE,
    inner_title_marks.RULE,
    fullwidth_digits.RULE,
    year_abbrev.RULE,
    approx_dunhao.RULE,
    mixed_numerals.RULE,
    range_unit_drop.RULE,
    zero_in_chinese_year.RULE,
    date_zero_pad.RULE,
    range_hyphen.RULE,
    year_in_title.RULE,
    fazhi_fazhi.RULE,
    confusables.RULE,
    known_titles.RULE,
    party_congress.RULE,
    confusables_in_context.RULE,
    unquoted_titles.RULE,
    control_chars.RULE,
    invisible_chars.RULE,
    bidi_controls.RULE,
    raw_html.RULE,
    unsafe_link.RULE,
    relative_time.RULE,
    table_shape.RULE,
    unsupported_syntax.RULE,
    title_pattern.RULE,
    addressee.RULE,
    signature_date.RULE,
    date_format.RULE,
    deadline.RULE,
    issuer_drift.RULE,
    yaml_comment.RULE,
    preamble_closing.RULE,
    tracked_changes.RULE,
    pdf_radicals.RULE,
    dated_field.RULE,
    directive_rule.RULE,
    page.RULE,
    fonts.RULE,
    pagenum.RULE,
    signature.RULE,
    printed.RULE,
)

BY_CODE: dict[str, Rule] = {rule.code: rule for rule in ALL_RULES}


def find_rule(code_or_name: str) -> Rule | None:
    """The rule with this code (any case) or name."""
    wanted = code_or_name.strip()
    for rule in ALL_RULES:
        if rule.code == wanted.upper() or rule.name == wanted:
            return rule
    return None
