//! Splits a formula into tokens, each with the column (from 1, in characters) where
//! it starts. The token list always ends with exactly one [`Tok::End`].

use super::FormulaError;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Number(f64),
    Ident(String),
    Plus,
    Minus,
    Star,
    Slash,
    Open,
    Close,
    Comma,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Token {
    pub tok: Tok,
    pub column: usize,
}

impl Token {
    /// How the token is named in an error message: `')'`, `"arr"`, `number 12`.
    pub fn describe(&self) -> String {
        match &self.tok {
            Tok::Number(n) => format!("number {n}"),
            Tok::Ident(name) => format!("\"{name}\""),
            Tok::Plus => "'+'".into(),
            Tok::Minus => "'-'".into(),
            Tok::Star => "'*'".into(),
            Tok::Slash => "'/'".into(),
            Tok::Open => "'('".into(),
            Tok::Close => "')'".into(),
            Tok::Comma => "','".into(),
            Tok::End => "end of formula".into(),
        }
    }
}

pub(super) fn tokenize(text: &str) -> Result<Vec<Token>, FormulaError> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let column = i + 1;
        let (tok, len) = if c.is_whitespace() {
            i += 1;
            continue;
        } else if c.is_ascii_digit() || c == '.' {
            number(&chars[i..], column)?
        } else if c.is_ascii_alphabetic() || c == '_' {
            ident(&chars[i..])
        } else {
            (symbol(c, column)?, 1)
        };
        tokens.push(Token { tok, column });
        i += len;
    }
    tokens.push(Token {
        tok: Tok::End,
        column: chars.len() + 1,
    });
    Ok(tokens)
}

fn symbol(c: char, column: usize) -> Result<Tok, FormulaError> {
    Ok(match c {
        '+' => Tok::Plus,
        '-' => Tok::Minus,
        '*' => Tok::Star,
        '/' => Tok::Slash,
        '(' => Tok::Open,
        ')' => Tok::Close,
        ',' => Tok::Comma,
        _ => return Err(FormulaError::UnexpectedChar { ch: c, column }),
    })
}

fn ident(chars: &[char]) -> (Tok, usize) {
    let len = chars
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '_')
        .count();
    (Tok::Ident(chars[..len].iter().collect()), len)
}

/// `digits [. digits] [e [+-] digits]` (or `.digits`); the exponent is only taken
/// when digits follow it, so `2e` is the number 2 followed by the id `e`.
fn number(chars: &[char], column: usize) -> Result<(Tok, usize), FormulaError> {
    let digits = |from: usize| {
        chars[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut len = digits(0);
    if chars.get(len) == Some(&'.') {
        len += 1 + digits(len + 1);
    }
    if matches!(chars.get(len), Some('e' | 'E')) {
        let sign = usize::from(matches!(chars.get(len + 1), Some('+' | '-')));
        let exponent = digits(len + 1 + sign);
        if exponent > 0 {
            len += 1 + sign + exponent;
        }
    }
    let text: String = chars[..len].iter().collect();
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok((Tok::Number(value), len)),
        _ => Err(FormulaError::BadNumber { text, column }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Tok> {
        tokenize(text).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("12"), [Tok::Number(12.0), Tok::End]);
        assert_eq!(toks("0.5"), [Tok::Number(0.5), Tok::End]);
        assert_eq!(toks(".5"), [Tok::Number(0.5), Tok::End]);
        assert_eq!(toks("1e3"), [Tok::Number(1000.0), Tok::End]);
        assert_eq!(toks("2.5E-1"), [Tok::Number(0.25), Tok::End]);
        assert_eq!(
            toks("2e"),
            [Tok::Number(2.0), Tok::Ident("e".into()), Tok::End]
        );
    }

    #[test]
    fn bad_numbers() {
        let bad = |text: &str| tokenize(text).unwrap_err().to_string();
        assert_eq!(bad("a + ."), "bad number \".\" at column 5");
        assert_eq!(bad("1e999"), "bad number \"1e999\" at column 1");
    }

    #[test]
    fn columns_count_characters() {
        let tokens = tokenize("é").unwrap_err();
        assert_eq!(tokens.to_string(), "unexpected character 'é' at column 1");
        let tokens = tokenize("  a_1 *(b)").unwrap();
        let columns: Vec<usize> = tokens.iter().map(|t| t.column).collect();
        assert_eq!(columns, [3, 7, 8, 9, 10, 11]);
        assert_eq!(tokens[0].tok, Tok::Ident("a_1".into()));
    }
}
