//! Bounding the nesting depth of a page before it is parsed into a tree.
//!
//! Page parsers and extractors walk the element tree recursively, and some of their queries
//! cost the depth at every element: a hostile page of 20,000 unclosed `<div><p>` overflowed the
//! stack, and 100,000 nested `<div>`s ran for minutes. Browsers cap the depth their parser
//! builds (Blink: 512) and so do we (256), before any tree exists: one linear scan of the markup
//! models the open elements and removes the start tags that would open an element deeper than
//! [`MAX_ELEMENT_DEPTH`]. Their text stays where it was; only those tags go. End tags are kept:
//! a parser only closes elements (or ignores the tag) on an end tag, so none can deepen the tree.
//!
//! The model is the part of HTML tree building that decides depth, simplified: void elements
//! (`<br>`, `<img>`) and self-closing tags open nothing; raw-text elements (`<script>`,
//! `<style>`) are skipped to their end tag; a block start tag closes an open `<p>`, and `<li>`,
//! `<dt>`, `<dd>`, `<option>`, `<tr>`, `<td>`, `<th>` close an open sibling of their kind; an
//! end tag closes up to its element when one is open. A page within the limit is returned
//! unchanged without allocating.

use std::borrow::Cow;
use std::collections::HashMap;

/// Deepest element a page keeps: half the limit of Blink's parser (512), far deeper than
/// article pages nest; the extractor's cost per element grows with its depth.
pub const MAX_ELEMENT_DEPTH: usize = 256;

/// Elements that never have content or an end tag.
const VOID_ELEMENTS: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];

/// Elements whose content is text up to their own end tag, never markup.
const RAW_TEXT_ELEMENTS: [&str; 9] = [
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Start tags that close an open `<p>` (HTML's "close a p element" list).
const CLOSES_PARAGRAPH: [&str; 31] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "li",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "ul",
];

/// A start tag that closes an open element of one of these kinds on top of the stack.
fn closes_sibling(name: &str) -> &'static [&'static str] {
    match name {
        "li" => &["li"],
        "dt" | "dd" => &["dt", "dd"],
        "option" => &["option"],
        "tr" => &["tr", "td", "th"],
        "td" | "th" => &["td", "th"],
        _ => &[],
    }
}

/// The open elements, with a count per name so that an end tag finds out in constant time
/// whether its element is open.
#[derive(Default)]
struct OpenElements {
    stack: Vec<String>,
    open_by_name: HashMap<String, usize>,
}

impl OpenElements {
    fn push(&mut self, name: &str) {
        self.stack.push(name.to_owned());
        *self.open_by_name.entry(name.to_owned()).or_default() += 1;
    }

    fn pop(&mut self) -> Option<String> {
        let name = self.stack.pop()?;
        if let Some(count) = self.open_by_name.get_mut(&name) {
            *count -= 1;
        }
        Some(name)
    }

    fn top_is(&self, names: &[&str]) -> bool {
        self.stack.last().is_some_and(|top| names.contains(&top.as_str()))
    }

    /// Closes up to and including the innermost open `name`, if one is open.
    fn close(&mut self, name: &str) {
        if self.open_by_name.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        while let Some(popped) = self.pop() {
            if popped == name {
                break;
            }
        }
    }
}

/// One tag found by the scan.
struct Tag {
    /// Byte range of the whole tag, `<` to `>` inclusive.
    start: usize,
    end: usize,
    name: String,
    closing: bool,
    self_closing: bool,
}

/// The tag starting at `at` (a `<`), or where to resume when `at` starts no tag (a comment,
/// a doctype, a lone `<`).
fn scan_tag(html: &str, at: usize) -> Result<Tag, usize> {
    let bytes = html.as_bytes();
    let rest = &html[at..];
    if rest.starts_with("<!--") {
        return Err(rest.find("-->").map_or(html.len(), |i| at + i + 3));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return Err(rest.find('>').map_or(html.len(), |i| at + i + 1));
    }
    let closing = rest.starts_with("</");
    let name_start = at + if closing { 2 } else { 1 };
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return Err(at + 1);
    }
    let name_end = html[name_start..]
        .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .map_or(html.len(), |i| name_start + i);
    // The tag ends at the first `>` outside a quoted attribute value.
    let mut quote = None;
    let mut end = html.len();
    for (offset, &byte) in bytes[name_end..].iter().enumerate() {
        match (quote, byte) {
            (None, b'"' | b'\'') if !closing => quote = Some(byte),
            (Some(q), _) if byte == q => quote = None,
            (None, b'>') => {
                end = name_end + offset + 1;
                break;
            }
            _ => {}
        }
    }
    Ok(Tag {
        start: at,
        end,
        name: html[name_start..name_end].to_ascii_lowercase(),
        closing,
        self_closing: !closing && end >= 2 && bytes.get(end - 2) == Some(&b'/'),
    })
}

/// Where the raw text of element `name` that starts at `from` ends (its end tag, any case).
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let needle_len = name.len() + 2;
    let mut at = from;
    while let Some(offset) = html[at..].find("</") {
        let candidate = at + offset;
        let after = candidate + needle_len;
        let matches = bytes
            .get(candidate + 2..after)
            .is_some_and(|written| written.eq_ignore_ascii_case(name.as_bytes()));
        if matches {
            return candidate;
        }
        at = candidate + 2;
    }
    html.len()
}

/// `html` with every start tag that would open an element deeper than `max_depth` removed
/// (borrowed when none is).
pub fn limit_depth(html: &str, max_depth: usize) -> Cow<'_, str> {
    // A page with fewer tags than the limit cannot exceed it: skip the scan.
    if html.bytes().filter(|&b| b == b'<').count() <= max_depth {
        return Cow::Borrowed(html);
    }
    let mut open = OpenElements::default();
    let mut removed: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let tag = match scan_tag(html, at + offset) {
            Ok(tag) => tag,
            Err(resume) => {
                at = resume;
                continue;
            }
        };
        at = tag.end;
        if tag.closing {
            open.close(&tag.name);
            continue;
        }
        if CLOSES_PARAGRAPH.contains(&tag.name.as_str()) && open.top_is(&["p"]) {
            open.pop();
        }
        let siblings = closes_sibling(&tag.name);
        if !siblings.is_empty() && open.top_is(siblings) {
            open.pop();
        }
        if RAW_TEXT_ELEMENTS.contains(&tag.name.as_str()) {
            at = raw_text_end(html, at, &tag.name);
            continue;
        }
        if tag.self_closing || VOID_ELEMENTS.contains(&tag.name.as_str()) {
            continue;
        }
        if open.stack.len() >= max_depth {
            removed.push((tag.start, tag.end));
        } else {
            open.push(&tag.name);
        }
    }
    if removed.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut kept = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in removed {
        kept.push_str(&html[from..start]);
        from = end;
    }
    kept.push_str(&html[from..]);
    Cow::Owned(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_page_within_the_limit_is_unchanged() {
        let page = "<html><body><div><p>On March 3, 2015, <b>x</b>.<br><img src=a></div></body></html>";
        assert!(matches!(limit_depth(page, 5), Cow::Borrowed(_)));
    }

    #[test]
    fn nested_start_tags_past_the_limit_go_and_their_text_stays() {
        let page = format!(
            "{}On March 3, 2015, x.{}",
            "<div>".repeat(10),
            "</div>".repeat(10)
        );
        let limited = limit_depth(&page, 3);
        assert_eq!(
            limited,
            format!("<div><div><div>On March 3, 2015, x.{}", "</div>".repeat(10))
        );
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_are_siblings_not_nesting() {
        let page = "<ul>".to_owned() + &"<li><p>item".repeat(50) + "</ul>";
        assert!(matches!(limit_depth(&page, 4), Cow::Borrowed(_)));
        let unclosed = "<div><p>On March 3, 2015, x.".repeat(10);
        let limited = limit_depth(&unclosed, 4);
        assert_eq!(limited.matches("<div>").count(), 4, "{limited}");
        assert_eq!(limited.matches("On March 3, 2015, x.").count(), 10);
    }

    #[test]
    fn scripts_comments_and_attributes_do_not_confuse_the_scan() {
        let page =
            "<div title='a>b'><!-- <div><div> --><script>if (a<b) { '<div>' }</script>x</div>".repeat(3);
        assert!(
            matches!(limit_depth(&page, 1), Cow::Borrowed(_)),
            "closed each time"
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_never_grows(text in "(<[a-z]{1,3}( [a-z]+=\"[^\"]{0,4}\")?/?>|</[a-z]{1,3}>|<!--|-->|[^<]{0,6}|<){0,60}", depth in 1usize..6) {
            let limited = limit_depth(&text, depth);
            prop_assert!(limited.len() <= text.len());
        }
    }
}
