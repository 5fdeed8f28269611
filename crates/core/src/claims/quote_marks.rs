//! Where quotations are: the spans between quotation marks as outlets write them. Straight, curly and
//! angle marks; a double mark closed by its partner or by the other kind (“…" and "…”), by two
//! apostrophes standing for one (“…'' and "…’’), or by an opening mark typed after a word (“…“,); a
//! single curly quote, or a straight single quote at a word start that closes in the same paragraph
//! ('I love this country,' — never the possessive in "the boys' parents"). One pass over the
//! characters; a 10 MB paragraph is not copied.

/// Quotation spans (byte offsets of the inner text) in a paragraph. One pass over the characters with a
/// character of look-behind and look-ahead (a 10 MB paragraph is not copied into a list of characters).
pub(crate) fn quote_spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let slice = &text[start..end];
    let mut spans = Vec::new();
    let mut chars = slice.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((pos, c)) = chars.next() {
        let closing = match c {
            '\u{201c}' => Some('\u{201d}'),
            '"' => Some('"'),
            '\u{ab}' => Some('\u{bb}'),
            // A single curly quote opens only at a word start (not an apostrophe).
            '\u{2018}' if previous.is_none_or(|p| p.is_whitespace() || p == '(') => Some('\u{2019}'),
            // A straight single quote too, before a letter ('I love this country,' / Biden: 'We …').
            '\'' if previous.is_none_or(|p| p.is_whitespace() || p == '(')
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) =>
            {
                Some('\'')
            }
            _ => None,
        };
        previous = Some(c);
        let Some(close) = closing else { continue };
        if close == '\'' {
            // Only when it closes in this paragraph; "boys' parents" is a possessive, not the close.
            if let Some(end) = straight_single_close(&slice[pos + 1..]) {
                spans.push((start + pos + 1, start + pos + 1 + end));
                while chars.peek().is_some_and(|&(at, _)| at <= pos + 1 + end) {
                    previous = chars.next().map(|(_, d)| d);
                }
            }
            continue;
        }
        let inner_start = pos + c.len_utf8();
        let double = matches!(c, '\u{201c}' | '"');
        // An unclosed quote runs to the paragraph end (quotes spanning paragraphs).
        let mut inner_end = slice.len();
        while let Some((at, d)) = chars.next() {
            previous = Some(d);
            let next = chars.peek().map(|&(_, n)| n);
            let is_close = if double {
                // Outlets mix their marks: “…" and "…” close, and so do two apostrophes (“…'' / "…’’), and
                // an opening mark typed where the closing one belongs, right after a word and before a
                // space or a stop (“Jugar, luchar y ganar“, La Roja …).
                let mistyped_close = d == '\u{201c}'
                    && !slice[..at].ends_with(char::is_whitespace)
                    && next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | '!' | '?'));
                matches!(d, '\u{201d}' | '"')
                    || mistyped_close
                    || (matches!(d, '\'' | '\u{2019}') && next == Some(d) && at > 0 && !slice[..at].ends_with(' '))
            } else {
                d == close && (close != '\u{2019}' || next.is_none_or(|n| !n.is_alphanumeric()))
            };
            if is_close {
                inner_end = at;
                break;
            }
        }
        spans.push((start + inner_start, start + inner_end));
    }
    spans
}

pub(crate) fn opening_len(text: &str, start: usize) -> usize {
    text[..start].chars().next_back().map_or(0, |c| if is_mark(c) || c == '\'' { c.len_utf8() } else { 0 })
}

/// Where a quotation opened by a straight single quote ends in `rest`: a `'` after a non-space that no
/// letter follows, and not a plural possessive before a lower-case word ("the boys' parents").
fn straight_single_close(rest: &str) -> Option<usize> {
    let mut previous: Option<char> = None;
    for (at, c) in rest.char_indices() {
        if c == '\'' && previous.is_some_and(|p| !p.is_whitespace()) {
            let after = &rest[at + 1..];
            let next = after.chars().next();
            let possessive = previous == Some('s')
                && after.starts_with(' ')
                && after[1..].chars().next().is_some_and(char::is_lowercase);
            if next.is_none_or(|n| !n.is_alphanumeric()) && !possessive {
                return Some(at);
            }
        }
        previous = Some(c);
    }
    None
}

/// The length of the closing mark at the start of `after`: one mark, or two apostrophes standing for
/// one (`''`, `’’`).
pub(crate) fn closing_len(after: &str) -> usize {
    let mut chars = after.chars();
    match (chars.next(), chars.next()) {
        (Some(a @ ('\'' | '\u{2019}')), Some(b)) if a == b => 2 * a.len_utf8(),
        (Some(a), _) if is_mark(a) || a == '\'' => a.len_utf8(),
        _ => 0,
    }
}

pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\u{2018}' | '\u{2019}')
}
