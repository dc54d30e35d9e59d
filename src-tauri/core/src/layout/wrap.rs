//! Greedy word wrap with a width function: words are kept whole when they fit, a
//! word longer than a line is broken between characters, so a line never overflows
//! and no text is cut. Runs of white space become one space.

/// Widths this close to the limit are measured on the whole line; farther ones
/// are decided on the sum of the words (kerning around a space moves a line by a
/// fraction of a pixel).
const TOLERANCE: f64 = 1.0;

/// `text` broken into lines no wider than `max_width` as measured by `width`; at
/// least one line (empty for a blank text). A single character wider than a line
/// still gets a line of its own.
pub fn wrap_words(text: &str, max_width: f64, width: impl Fn(&str) -> f64) -> Vec<String> {
    let space = width(" ");
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in text.split_whitespace() {
        let word_width = width(word);
        if !line.is_empty() {
            let estimate = line_width + space + word_width;
            let fits = estimate <= max_width - TOLERANCE
                || (estimate <= max_width + TOLERANCE
                    && width(&format!("{line} {word}")) <= max_width);
            if fits {
                line.push(' ');
                line.push_str(word);
                line_width = estimate;
                continue;
            }
            lines.push(std::mem::take(&mut line));
        }
        if word_width <= max_width {
            line = word.to_owned();
            line_width = word_width;
        } else {
            let mut pieces = break_word(word, max_width, &width);
            line = pieces.pop().unwrap_or_default();
            line_width = width(&line);
            lines.extend(pieces);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `word` cut between characters into pieces that each fit (the last may be
/// short): each piece is the longest prefix that fits, found by bisection.
fn break_word(word: &str, max_width: f64, width: &impl Fn(&str) -> f64) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let piece = |end: usize| chars[start..end].iter().collect::<String>();
        // At least one character per piece; then the longest prefix that fits.
        let (mut fits, mut too_long) = (start + 1, chars.len() + 1);
        while too_long - fits > 1 {
            let middle = (fits + too_long) / 2;
            if width(&piece(middle)) <= max_width {
                fits = middle;
            } else {
                too_long = middle;
            }
        }
        pieces.push(piece(fits));
        start = fits;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is 1 wide.
    fn chars(text: &str) -> f64 {
        text.chars().count() as f64
    }

    #[test]
    fn words_fill_lines_greedily() {
        assert_eq!(
            wrap_words("aa bb cc dd", 5.0, chars),
            vec!["aa bb", "cc dd"]
        );
        assert_eq!(wrap_words("aa bb cc", 4.0, chars), vec!["aa", "bb", "cc"]);
        assert_eq!(wrap_words("  aa \n  bb ", 10.0, chars), vec!["aa bb"]);
    }

    #[test]
    fn long_words_break_between_characters() {
        assert_eq!(
            wrap_words("abcdefghij xy", 4.0, chars),
            vec!["abcd", "efgh", "ij", "xy"]
        );
        assert_eq!(wrap_words("a abcdef", 3.0, chars), vec!["a", "abc", "def"]);
        assert_eq!(wrap_words("abcdef g", 3.0, chars), vec!["abc", "def", "g"]);
        assert_eq!(
            wrap_words("ab abcde g", 3.0, chars),
            vec!["ab", "abc", "de", "g"]
        );
        assert_eq!(
            wrap_words("ab abcde g", 4.0, chars),
            vec!["ab", "abcd", "e g"]
        );
    }

    #[test]
    fn blank_text_is_one_empty_line() {
        assert_eq!(wrap_words("", 4.0, chars), vec![String::new()]);
        assert_eq!(wrap_words("   ", 4.0, chars), vec![String::new()]);
    }

    #[test]
    fn a_character_wider_than_a_line_gets_its_own_line() {
        assert_eq!(wrap_words("abc", 0.5, chars), vec!["a", "b", "c"]);
    }
}
