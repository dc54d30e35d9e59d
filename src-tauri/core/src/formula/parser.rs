//! The recursive-descent parser (grammar in the module doc of `formula`).
//!
//! Invariants: parser recursion is bounded by counting open parentheses, calls and
//! unary minuses (`nesting`), and every sub-expression carries its height, so
//! neither the parser nor anything recursing over the result can exhaust the stack.

use super::expr::{BinaryOp, Expr, Function};
use super::lexer::{tokenize, Tok, Token};
use super::FormulaError;

/// The deepest nesting a formula may have (of parentheses, calls and unary minus),
/// and the greatest height of its expression tree.
pub const MAX_DEPTH: usize = 200;

const OPERAND: &str = "expected a number, an id or '('";

/// Parses a formula, e.g. `acquired - churned` or `sum(a, b) / 2`.
pub fn parse(text: &str) -> Result<Expr, FormulaError> {
    let tokens = tokenize(text)?;
    let mut parser = Parser {
        tokens,
        pos: 0,
        nesting: 0,
    };
    if parser.peek().tok == Tok::End {
        return Err(FormulaError::Empty);
    }
    let parsed = parser.sum_expr()?;
    let next = parser.advance();
    match next.tok {
        Tok::End => Ok(parsed.expr),
        Tok::Close => Err(unexpected(&next, "there is no '(' for it to close")),
        _ => Err(unexpected(&next, "expected an operator: + - * /")),
    }
}

/// A parsed sub-expression and the height of its tree.
struct Sub {
    expr: Expr,
    height: usize,
}

impl Sub {
    fn leaf(expr: Expr) -> Sub {
        Sub { expr, height: 1 }
    }

    fn node(expr: Expr, child_height: usize, column: usize) -> Result<Sub, FormulaError> {
        let height = child_height + 1;
        if height > MAX_DEPTH {
            return Err(too_deep(column));
        }
        Ok(Sub { expr, height })
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    nesting: usize,
}

impl Parser {
    fn peek(&self) -> &Token {
        &self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    /// The current token; moves on unless it is the end.
    fn advance(&mut self) -> Token {
        let token = self.peek().clone();
        if token.tok != Tok::End {
            self.pos += 1;
        }
        token
    }

    fn enter(&mut self, column: usize) -> Result<(), FormulaError> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return Err(too_deep(column));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.nesting -= 1;
    }

    fn sum_expr(&mut self) -> Result<Sub, FormulaError> {
        let mut left = self.product()?;
        loop {
            let op = match self.peek().tok {
                Tok::Plus => BinaryOp::Add,
                Tok::Minus => BinaryOp::Sub,
                _ => return Ok(left),
            };
            let column = self.advance().column;
            left = binary(op, left, self.product()?, column)?;
        }
    }

    fn product(&mut self) -> Result<Sub, FormulaError> {
        let mut left = self.unary()?;
        loop {
            let op = match self.peek().tok {
                Tok::Star => BinaryOp::Mul,
                Tok::Slash => BinaryOp::Div,
                _ => return Ok(left),
            };
            let column = self.advance().column;
            left = binary(op, left, self.unary()?, column)?;
        }
    }

    fn unary(&mut self) -> Result<Sub, FormulaError> {
        if self.peek().tok != Tok::Minus {
            return self.primary();
        }
        let column = self.advance().column;
        self.enter(column)?;
        let inner = self.unary()?;
        self.leave();
        Sub::node(Expr::Neg(Box::new(inner.expr)), inner.height, column)
    }

    fn primary(&mut self) -> Result<Sub, FormulaError> {
        let token = self.advance();
        match token.tok {
            Tok::Number(n) => Ok(Sub::leaf(Expr::Number(n))),
            Tok::Ident(name) if self.peek().tok == Tok::Open => self.call(name, token.column),
            Tok::Ident(name) => Ok(Sub::leaf(Expr::Id(name))),
            Tok::Open => {
                self.enter(token.column)?;
                let inner = self.sum_expr()?;
                self.close(token.column, "expected an operator or ')'")?;
                self.leave();
                Ok(inner)
            }
            _ => Err(unexpected(&token, OPERAND)),
        }
    }

    /// A call `name(args)`; the current token is the `(`.
    fn call(&mut self, name: String, column: usize) -> Result<Sub, FormulaError> {
        let function = Function::parse(&name).ok_or_else(|| FormulaError::UnknownFunction {
            name: name.clone(),
            column,
        })?;
        let open = self.advance().column;
        self.enter(open)?;
        if self.peek().tok == Tok::Close {
            return Err(FormulaError::NoArguments { name, column });
        }
        let mut args = Vec::new();
        let mut height = 0;
        loop {
            let arg = self.sum_expr()?;
            height = height.max(arg.height);
            args.push(arg.expr);
            if self.peek().tok != Tok::Comma {
                break;
            }
            self.advance();
        }
        self.close(open, "expected ',' or ')'")?;
        self.leave();
        Sub::node(Expr::Call { function, args }, height, column)
    }

    /// Consumes the `)` matching the `(` at `open`.
    fn close(&mut self, open: usize, hint: &'static str) -> Result<(), FormulaError> {
        let token = self.advance();
        match token.tok {
            Tok::Close => Ok(()),
            Tok::End => Err(FormulaError::Unclosed { column: open }),
            _ => Err(unexpected(&token, hint)),
        }
    }
}

fn binary(op: BinaryOp, left: Sub, right: Sub, column: usize) -> Result<Sub, FormulaError> {
    let height = left.height.max(right.height);
    let expr = Expr::Binary {
        op,
        left: Box::new(left.expr),
        right: Box::new(right.expr),
    };
    Sub::node(expr, height, column)
}

fn unexpected(token: &Token, hint: &'static str) -> FormulaError {
    FormulaError::Unexpected {
        found: token.describe(),
        hint,
        column: token.column,
    }
}

fn too_deep(column: usize) -> FormulaError {
    FormulaError::TooDeep {
        column,
        max: MAX_DEPTH,
    }
}

#[cfg(test)]
#[path = "parser_tests.rs"]
mod tests;
