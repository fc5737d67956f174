//! Making text from articles safe in the files we write: every string that reaches an export
//! came from a file someone else wrote (an outlet name, a URL, a quote), so it is treated as
//! hostile. One definition of each rule, used by every exporter:
//!
//! - **Markup** (SVG; the HTML inside TimelineJS also gets `'` escaped): `& < > "` escaped, and control characters
//!   that XML 1.0 forbids replaced by U+FFFD, so the document always parses.
//! - **Links**: only `http:` and `https:` addresses pass (`javascript:`, `data:`, `file:` never).
//! - **Spreadsheets** (CSV): a cell that a spreadsheet would run as a formula — starting with
//!   `=`, `+`, `-`, `@`, tab or carriage return — gets a leading `'`, as OWASP's CSV injection
//!   guidance prescribes; the text after it is unchanged.

use std::borrow::Cow;

pub use crate::model::control_chars::replace_control_chars;

/// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text for XML content and double-quoted attribute values (SVG): `& < > "` escaped.
pub fn escape_markup(text: &str) -> String {
    escape(text, false)
}

/// Text for HTML that a page script may put anywhere (TimelineJS): `'` escaped too.
pub fn escape_html(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, apostrophe: bool) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in replace_control_chars(text).chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' if apostrophe => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// The address when it is a web link (`http:` or `https:`, any case), else `None`.
pub fn web_link(url: &str) -> Option<&str> {
    let trimmed = url.trim();
    let (scheme, rest) = trimmed.split_once(':')?;
    let is_web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    (is_web && rest.starts_with("//") && !trimmed.chars().any(char::is_control)).then_some(trimmed)
}

/// A CSV cell that no spreadsheet runs as a formula, with control characters replaced.
pub fn neutralise_csv_cell(text: &str) -> Cow<'_, str> {
    let clean = replace_control_chars(text);
    if clean.starts_with(FORMULA_TRIGGERS) {
        Cow::Owned(format!("'{clean}"))
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escapes_every_special_character_and_control() {
        assert_eq!(
            escape_html("<img src=x onerror='a'>&\"\u{1}"),
            "&lt;img src=x onerror=&#39;a&#39;&gt;&amp;&quot;\u{FFFD}"
        );
        assert_eq!(escape_markup("Tehran's <b>"), "Tehran's &lt;b&gt;");
        assert_eq!(escape_markup("Fox News\tline\n"), "Fox News\tline\n");
    }

    #[test]
    fn only_web_links_pass() {
        assert_eq!(web_link(" https://example.com/a "), Some("https://example.com/a"));
        assert_eq!(web_link("HTTP://example.com"), Some("HTTP://example.com"));
        for hostile in [
            "javascript:alert(4)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "http:alert",
            "//example.com",
            "https://exa\u{0}mple.com",
        ] {
            assert_eq!(web_link(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn formula_cells_get_a_leading_quote_and_others_stay() {
        assert_eq!(
            neutralise_csv_cell("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        for trigger in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise_csv_cell(trigger), format!("'{trigger}"));
        }
        assert_eq!(neutralise_csv_cell("ISIS captures Mosul"), "ISIS captures Mosul");
        assert_eq!(neutralise_csv_cell("a\u{1}b"), "a\u{FFFD}b");
    }
}
