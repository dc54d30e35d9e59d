/// Why a file was refused: every problem found, one message each, each starting
/// with the file label (`zira.json: node 3 "arr": unknown field "colour"; …`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .messages.join("\n"))]
pub struct InterchangeError {
    pub messages: Vec<String>,
}
