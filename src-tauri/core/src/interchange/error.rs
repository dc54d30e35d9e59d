use crate::validate::Problem;

/// Why a file was refused: every problem found, all of severity `Error`, each
/// message starting with the file label (`zira.json: node 3 "arr": unknown field
/// "colour"; …`). Displayed as the messages, one a line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", messages(.problems).join("\n"))]
pub struct InterchangeError {
    problems: Vec<Problem>,
}

impl InterchangeError {
    pub(super) fn new(problems: Vec<Problem>) -> Self {
        InterchangeError { problems }
    }

    /// The problems, in the order found (file order).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The messages of the problems, one each.
    pub fn messages(&self) -> Vec<String> {
        messages(&self.problems)
    }
}

fn messages(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.message.clone()).collect()
}
