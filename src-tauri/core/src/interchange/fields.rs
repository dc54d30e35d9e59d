//! Reading the fields of one JSON object, recording every problem in a [`Report`]
//! with the object's label (`node 3 "arr"`), and carrying on so that one read
//! finds all problems.

use std::fmt::Display;

use serde_json::{Map, Value};

use super::InterchangeError;
use crate::validate::{Category, Problem, Severity, Subject};

/// The problems found so far in one file.
pub(super) struct Report {
    file: String,
    problems: Vec<Problem>,
}

impl Report {
    pub fn new(file: &str) -> Report {
        Report {
            file: file.to_owned(),
            problems: Vec::new(),
        }
    }

    /// Records an error `file: label: detail` (`file: detail` for an empty label).
    pub fn add(&mut self, at: &Subject, category: Category, label: &str, detail: impl Display) {
        let message = if label.is_empty() {
            format!("{}: {detail}", self.file)
        } else {
            format!("{}: {label}: {detail}", self.file)
        };
        self.problems.push(Problem {
            severity: Severity::Error,
            category,
            subject: at.clone(),
            message,
        });
    }

    /// Records an error about the file as a whole.
    pub fn add_file(&mut self, detail: impl Display) {
        self.add(&Subject::Tree, Category::Structure, "", detail);
    }

    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn into_error(self) -> InterchangeError {
        InterchangeError::new(self.problems)
    }
}

/// `null`, `a boolean`, `a number`, `a string`, `an array`, `an object`.
pub(super) fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One JSON object being read. A `null` optional field counts as absent.
pub(super) struct Fields<'a, 'r> {
    map: &'a Map<String, Value>,
    label: &'a str,
    /// What the problems are about.
    subject: &'a Subject,
    /// Put before key names in messages: `position.` for `"position.x"`.
    prefix: &'a str,
    report: &'r mut Report,
}

impl<'a, 'r> Fields<'a, 'r> {
    pub fn new(
        map: &'a Map<String, Value>,
        label: &'a str,
        subject: &'a Subject,
        report: &'r mut Report,
    ) -> Self {
        Fields {
            map,
            label,
            subject,
            prefix: "",
            report,
        }
    }

    /// The fields of a nested object, reported with the same label.
    pub fn nested<'b>(
        &'b mut self,
        map: &'b Map<String, Value>,
        prefix: &'b str,
    ) -> Fields<'b, 'b> {
        Fields {
            map,
            label: self.label,
            subject: self.subject,
            prefix,
            report: &mut *self.report,
        }
    }

    /// A value of the wrong type or refused by its field's rule.
    pub fn problem(&mut self, detail: impl Display) {
        self.report
            .add(self.subject, Category::Field, self.label, detail);
    }

    /// A field missing or not allowed.
    fn shape_problem(&mut self, detail: impl Display) {
        self.report
            .add(self.subject, Category::Structure, self.label, detail);
    }

    /// Reports every field not in `allowed`; `what` names the object kind.
    pub fn unknown(&mut self, allowed: &[&str], what: &str) {
        self.unknown_in(allowed, &[], 0, what);
    }

    /// [`Fields::unknown`] for a file of format `version`: a field of a later
    /// version (`later`, all of version `version + 1`) is refused as needing it.
    pub fn unknown_in(&mut self, allowed: &[&str], later: &[&str], version: u32, what: &str) {
        for key in later.iter().filter(|key| self.map.contains_key(**key)) {
            let detail = format!(
                "\"{}{key}\" needs version {} of the format; this file is version {version} (\"kpitree\": {version})",
                self.prefix,
                version + 1
            );
            self.shape_problem(detail);
        }
        let mut unknown: Vec<&String> = self
            .map
            .keys()
            .filter(|key| !allowed.contains(&key.as_str()) && !later.contains(&key.as_str()))
            .collect();
        unknown.sort();
        for key in unknown {
            let detail = format!(
                "unknown field \"{}{key}\"; the {what} fields are {}",
                self.prefix,
                allowed.join(", ")
            );
            self.shape_problem(detail);
        }
    }

    /// The field's value; reports a missing required field.
    fn get(&mut self, key: &str, required: bool) -> Option<&'a Value> {
        match self.map.get(key) {
            Some(Value::Null) if !required => None,
            Some(value) => Some(value),
            None => {
                if required {
                    let detail = format!("\"{}{key}\" is missing", self.prefix);
                    self.shape_problem(detail);
                }
                None
            }
        }
    }

    fn wrong_type(&mut self, key: &str, expected: &str, value: &Value) {
        let detail = format!(
            "\"{}{key}\" must be {expected}, not {}",
            self.prefix,
            type_name(value)
        );
        self.problem(detail);
    }

    pub fn string(&mut self, key: &str, required: bool) -> Option<&'a str> {
        let value = self.get(key, required)?;
        let text = value.as_str();
        if text.is_none() {
            self.wrong_type(key, "a string", value);
        }
        text
    }

    pub fn owned(&mut self, key: &str, required: bool) -> Option<String> {
        self.string(key, required).map(str::to_owned)
    }

    pub fn number(&mut self, key: &str, required: bool) -> Option<f64> {
        let value = self.get(key, required)?;
        let number = value.as_f64();
        if number.is_none() {
            self.wrong_type(key, "a number", value);
        }
        number
    }

    pub fn boolean(&mut self, key: &str) -> Option<bool> {
        let value = self.get(key, false)?;
        let flag = value.as_bool();
        if flag.is_none() {
            self.wrong_type(key, "true or false", value);
        }
        flag
    }

    pub fn array(&mut self, key: &str) -> Option<&'a Vec<Value>> {
        self.list(key, true)
    }

    pub fn list(&mut self, key: &str, required: bool) -> Option<&'a Vec<Value>> {
        let value = self.get(key, required)?;
        let items = value.as_array();
        if items.is_none() {
            self.wrong_type(key, "an array", value);
        }
        items
    }

    pub fn object(&mut self, key: &str) -> Option<&'a Map<String, Value>> {
        let value = self.get(key, false)?;
        let map = value.as_object();
        if map.is_none() {
            self.wrong_type(key, "an object", value);
        }
        map
    }

    /// A string parsed by a value type's constructor, whose error names the value.
    pub fn parsed<T, E: Display>(
        &mut self,
        key: &str,
        required: bool,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Option<T> {
        let text = self.string(key, required)?;
        match parse(text) {
            Ok(value) => Some(value),
            Err(error) => {
                let detail = format!("\"{}{key}\": {error}", self.prefix);
                self.problem(detail);
                None
            }
        }
    }

    /// A string from a closed vocabulary; an unknown one is reported with the
    /// accepted names.
    pub fn choice<T>(
        &mut self,
        key: &str,
        required: bool,
        parse: fn(&str) -> Option<T>,
        names: fn() -> String,
    ) -> Option<T> {
        self.parsed(key, required, |text| {
            parse(text).ok_or_else(|| format!("unknown {key} {text:?}; use one of {}", names()))
        })
    }
}
