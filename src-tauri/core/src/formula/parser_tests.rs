use super::*;
use crate::formula::EvalError;

fn id(name: &str) -> Box<Expr> {
    Box::new(Expr::Id(name.into()))
}

fn bin(op: BinaryOp, left: Box<Expr>, right: Box<Expr>) -> Box<Expr> {
    Box::new(Expr::Binary { op, left, right })
}

fn error(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

/// Evaluates with a = 2, b = 3, c = 5, zero = 0; other ids have no value.
fn eval(text: &str) -> Result<f64, EvalError> {
    let values = |name: &str| match name {
        "a" => Some(2.0),
        "b" => Some(3.0),
        "c" => Some(5.0),
        "zero" => Some(0.0),
        "huge" => Some(1e308),
        _ => None,
    };
    parse(text).unwrap().eval(&values)
}

#[test]
fn precedence() {
    let expected = bin(BinaryOp::Add, id("a"), bin(BinaryOp::Mul, id("b"), id("c")));
    assert_eq!(parse("a + b * c").unwrap(), *expected);
    assert_eq!(eval("a + b * c"), Ok(17.0));
    assert_eq!(eval("(a + b) * c"), Ok(25.0));
    assert_eq!(eval("a * b + c"), Ok(11.0));
}

#[test]
fn left_associativity() {
    let expected = bin(BinaryOp::Sub, bin(BinaryOp::Sub, id("a"), id("b")), id("c"));
    assert_eq!(parse("a - b - c").unwrap(), *expected);
    assert_eq!(eval("a - b - c"), Ok(-6.0));
    assert_eq!(eval("12 / a / b"), Ok(2.0));
}

#[test]
fn unary_minus() {
    assert_eq!(parse("-a").unwrap(), Expr::Neg(id("a")));
    assert_eq!(eval("-a * b"), Ok(-6.0));
    assert_eq!(eval("a - -b"), Ok(5.0));
    assert_eq!(eval("--a"), Ok(2.0));
    assert_eq!(eval("a * -(b + c)"), Ok(-16.0));
}

#[test]
fn numbers_and_ids() {
    assert_eq!(eval("1e3 + 0.5"), Ok(1000.5));
    assert_eq!(eval(" 12 "), Ok(12.0));
    let expr = parse("net_new_customers * seats_per_customer * price_per_seat").unwrap();
    let ids: Vec<String> = expr.ids().into_iter().collect();
    assert_eq!(
        ids,
        ["net_new_customers", "price_per_seat", "seats_per_customer"]
    );
    assert!(parse("sum(a, a, 1)").unwrap().ids().len() == 1);
}

#[test]
fn functions() {
    assert_eq!(eval("sum(a, b, c)"), Ok(10.0));
    assert_eq!(eval("min(b, a, c)"), Ok(2.0));
    assert_eq!(eval("max(a, c, b)"), Ok(5.0));
    assert_eq!(eval("avg(a, b, c, 2)"), Ok(3.0));
    assert_eq!(eval("sum(a)"), Ok(2.0));
    assert_eq!(eval("max(a * 10, sum(b, c)) / 2"), Ok(10.0));
    // A function name not followed by '(' is an ordinary id.
    assert_eq!(parse("sum").unwrap(), Expr::Id("sum".into()));
}

#[test]
fn evaluation_errors() {
    assert_eq!(eval("a / zero"), Err(EvalError::DivisionByZero));
    assert_eq!(eval("a / (b - b)"), Err(EvalError::DivisionByZero));
    assert_eq!(
        eval("a * churned"),
        Err(EvalError::MissingValue("churned".into()))
    );
    assert_eq!(eval("huge * 10 / 100"), Err(EvalError::NonFinite));
    assert_eq!(
        eval("a * churned").unwrap_err().to_string(),
        "\"churned\" has no value"
    );
}

#[test]
fn syntax_errors_say_what_and_where() {
    assert_eq!(error(""), "empty formula");
    assert_eq!(error("   "), "empty formula");
    assert_eq!(
        error("(a + b))"),
        "unexpected ')' at column 8; there is no '(' for it to close"
    );
    assert_eq!(
        error("a + b )"),
        "unexpected ')' at column 7; there is no '(' for it to close"
    );
    assert_eq!(
        error("a + * b"),
        "unexpected '*' at column 5; expected a number, an id or '('"
    );
    assert_eq!(
        error("a -"),
        "unexpected end of formula at column 4; expected a number, an id or '('"
    );
    assert_eq!(
        error("a b"),
        "unexpected \"b\" at column 3; expected an operator: + - * /"
    );
    assert_eq!(error("a * (b + c"), "missing ')' for the '(' at column 5");
    assert_eq!(
        error("(a b)"),
        "unexpected \"b\" at column 4; expected an operator or ')'"
    );
    assert_eq!(error("a $ b"), "unexpected character '$' at column 3");
    assert_eq!(
        error("+a"),
        "unexpected '+' at column 1; expected a number, an id or '('"
    );
}

#[test]
fn call_errors() {
    assert_eq!(
        error("mean(a, b)"),
        "unknown function \"mean\" at column 1; use sum, min, max or avg"
    );
    assert_eq!(
        error("a + sum()"),
        "sum() at column 5 needs at least one argument"
    );
    assert_eq!(error("max(a, b"), "missing ')' for the '(' at column 4");
    assert_eq!(
        error("max(a b)"),
        "unexpected \"b\" at column 7; expected ',' or ')'"
    );
    assert_eq!(
        error("min(a,)"),
        "unexpected ')' at column 7; expected a number, an id or '('"
    );
    assert_eq!(parse("mean(a)").unwrap_err().column(), Some(1));
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
    assert!(matches!(
        parse(&deep),
        Err(FormulaError::TooDeep { column: 201, .. })
    ));
    let negs = format!("{}a", "-".repeat(100_000));
    assert!(matches!(parse(&negs), Err(FormulaError::TooDeep { .. })));
    let chain = vec!["a"; 100_000].join(" + ");
    assert!(matches!(parse(&chain), Err(FormulaError::TooDeep { .. })));
    let nested_chains = (0..300).fold("a".to_string(), |inner, _| format!("({inner}) + a + a"));
    assert!(matches!(
        parse(&nested_chains),
        Err(FormulaError::TooDeep { .. })
    ));
    let fine = format!("{}a{}", "(".repeat(150), ")".repeat(150));
    assert_eq!(parse(&fine).unwrap(), Expr::Id("a".into()));
    let long_sum = format!("sum({})", vec!["a"; 10_000].join(", "));
    assert_eq!(parse(&long_sum).unwrap().eval(&|_| Some(1.0)), Ok(10_000.0));
}
