//! Renaming node ids inside a formula, for pasted nodes whose ids were taken.

use std::collections::BTreeMap;

use super::lexer::{tokenize, Tok};

/// `text` with every id found in `renamed` replaced by its new id, spacing and
/// everything else kept. A function call (`sum(`) is never renamed. A formula that
/// does not tokenize comes back as it is: it stays an error on its node.
pub fn rename_ids(text: &str, renamed: &BTreeMap<String, String>) -> String {
    let Ok(tokens) = tokenize(text) else {
        return text.to_owned();
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0; // chars of `text` already in `out`
    for (index, token) in tokens.iter().enumerate() {
        let Tok::Ident(name) = &token.tok else {
            continue;
        };
        let is_call = matches!(tokens.get(index + 1).map(|next| &next.tok), Some(Tok::Open));
        let Some(new) = renamed.get(name).filter(|_| !is_call) else {
            continue;
        };
        let start = token.column - 1;
        out.extend(&chars[copied..start]);
        out.push_str(new);
        copied = start + name.chars().count();
    }
    out.extend(&chars[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn ids_are_renamed_and_the_rest_is_kept() {
        let renamed = map(&[("seats", "seats_2"), ("sum", "sum_2")]);
        assert_eq!(
            rename_ids("customers *  seats + sum(seats, 1)", &renamed),
            "customers *  seats_2 + sum(seats_2, 1)"
        );
        assert_eq!(rename_ids("sum + 1", &renamed), "sum_2 + 1");
    }

    #[test]
    fn a_formula_that_does_not_tokenize_is_kept() {
        let renamed = map(&[("a", "b")]);
        assert_eq!(rename_ids("a # b", &renamed), "a # b");
    }
}
