//! Ids from names (SPEC 6): a node drawn in the editor gets the id of its name in
//! snake case, so that formulas read `acquired - churned`, not
//! `business_kpi_7 - business_kpi_8`.
//!
//! The rule, step by step:
//! 1. accents are folded: the name is decomposed (Unicode NFKD) and the combining
//!    marks dropped, so `Café` gives `Cafe` and `ﬁ` gives `fi`;
//! 2. apostrophes are dropped (`Don't` → `dont`), every other run of characters
//!    that are not ASCII letters or digits separates words, which are lower-cased
//!    and joined with `_` (`Price per seat (yearly)` → `price_per_seat_yearly`);
//! 3. a result that is empty or starts with a digit is prefixed with the kind
//!    (`3D views` → `initiative_3d_views`, `€€€` → `initiative`);
//! 4. it is cut to fit the 64-character id limit at a word boundary where one is
//!    near, and [`free_id`] adds `_2`, `_3`… when the id is taken.
//!
//! Invariant: the result is always a valid [`NodeId`] that `taken` does not hold.

use std::collections::BTreeSet;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::edit::free_id;
use crate::model::{NodeId, NodeKind};

/// The longest id (SPEC 3).
const MAX_ID_CHARS: usize = 64;

/// The snake-case stem of `name` before the kind prefix and the length limit:
/// lower-case ASCII words joined by `_` (possibly empty).
pub fn snake_case(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            // Dropped inside a word: "don't" is one word.
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.join("_")
}

/// The id a node of `kind` named `name` gets, none of `taken`.
pub fn id_from_name(name: &str, kind: NodeKind, taken: &BTreeSet<String>) -> NodeId {
    let stem = snake_case(name);
    let base = match stem.chars().next() {
        None => kind.as_str().to_owned(),
        Some(first) if first.is_ascii_digit() => format!("{}_{stem}", kind.as_str()),
        Some(_) => stem,
    };
    let id = free_id(&fit(&base), taken);
    NodeId::new(&id).unwrap_or_else(|_| unreachable!("snake case of ASCII words is an id: {id}"))
}

/// `base` cut to the id limit, at the last word boundary of the second half when
/// there is one (so `…_per_seat` is not cut to `…_per_se`).
fn fit(base: &str) -> String {
    if base.len() <= MAX_ID_CHARS {
        return base.to_owned();
    }
    let cut = &base[..MAX_ID_CHARS];
    match cut.rfind('_') {
        Some(boundary) if boundary > MAX_ID_CHARS / 2 => cut[..boundary].to_owned(),
        _ => cut.trim_end_matches('_').to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(name: &str, kind: NodeKind, taken: &[&str]) -> String {
        let taken = taken.iter().map(|s| s.to_string()).collect();
        id_from_name(name, kind, &taken).to_string()
    }

    #[test]
    fn names_become_snake_case() {
        let kpi = NodeKind::BusinessKpi;
        assert_eq!(id("Net new customers", kpi, &[]), "net_new_customers");
        assert_eq!(id("ARR", kpi, &[]), "arr");
        assert_eq!(
            id("Price per seat (yearly)", kpi, &[]),
            "price_per_seat_yearly"
        );
        assert_eq!(
            id("Customer satisfaction (CSAT)", kpi, &[]),
            "customer_satisfaction_csat"
        );
        assert_eq!(id("  Time-to-value  ", kpi, &[]), "time_to_value");
        assert_eq!(id("Don't churn", kpi, &[]), "dont_churn");
        assert_eq!(id("Customers’ NPS", kpi, &[]), "customers_nps");
    }

    #[test]
    fn accents_are_folded_and_other_characters_dropped() {
        let kpi = NodeKind::BusinessKpi;
        assert_eq!(id("Café crème", kpi, &[]), "cafe_creme");
        assert_eq!(id("Zufriedenheit Ärzte", kpi, &[]), "zufriedenheit_arzte");
        assert_eq!(id("Umsatz 💶 pro Kunde", kpi, &[]), "umsatz_pro_kunde");
        assert_eq!(id("Nuit réservée ﬁnale", kpi, &[]), "nuit_reservee_finale");
    }

    #[test]
    fn digit_first_or_empty_names_take_the_kind() {
        assert_eq!(
            id("3D product views", NodeKind::Initiative, &[]),
            "initiative_3d_product_views"
        );
        assert_eq!(id("€€€", NodeKind::Initiative, &[]), "initiative");
        assert_eq!(id("", NodeKind::HealthMetric, &[]), "health_metric");
        assert_eq!(id("用户", NodeKind::NorthStar, &[]), "north_star");
    }

    #[test]
    fn taken_ids_count_up() {
        let kpi = NodeKind::BusinessKpi;
        assert_eq!(id("Churn", kpi, &["churn"]), "churn_2");
        assert_eq!(id("Churn", kpi, &["churn", "churn_2"]), "churn_3");
        assert_eq!(id("", kpi, &["business_kpi"]), "business_kpi_2");
    }

    #[test]
    fn long_names_fit_the_id_limit() {
        let name =
            "the share of weekly active teams that invite a second colleague within seven days";
        let made = id(name, NodeKind::ProductMetric, &[]);
        assert!(made.len() <= 64, "{made}");
        assert!(made.starts_with("the_share_of_weekly_active_teams"));
        assert!(!made.ends_with('_'));
        let again = id(name, NodeKind::ProductMetric, &[made.as_str()]);
        assert!(again.len() <= 64 && again.ends_with("_2"), "{again}");
        let one_word = "a".repeat(100);
        assert_eq!(id(&one_word, NodeKind::ProductMetric, &[]).len(), 64);
    }
}
