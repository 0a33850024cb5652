//! Syntax errors in the words of the people who edit the files: what is wrong, not which state
//! the parser was in. Rare errors keep the parser's own wording after "invalid YAML:".

use granit_parser::{ErrorKind, ScanError};

/// The message for a syntax error, given the YAML it was found in (to name an alias) and the
/// innermost `[` or `{` still open there, with its line.
pub(super) fn message(error: &ScanError, yaml: &str, open_flow: Option<(char, u32)>) -> String {
    let what = match error.kind() {
        ErrorKind::UnclosedQuotedScalar => "a quoted value is not closed".to_owned(),
        ErrorKind::UnclosedFlowCollection { open } => unclosed(*open),
        ErrorKind::UnexpectedEofFlowSequence => unclosed('['),
        ErrorKind::UnexpectedEofFlowMapping | ErrorKind::UnexpectedEofImplicitFlowMapping => unclosed('{'),
        ErrorKind::MismatchedFlowCollectionEnd { open, close } => {
            format!("a `{open}` is closed with `{close}`")
        }
        ErrorKind::MisplacedFlowCollectionEnd => "a `]` or `}` that closes nothing".to_owned(),
        ErrorKind::ExpectedFlowSequenceSeparator => {
            "a `,` or the closing `]` is missing in a `[` list".to_owned()
        }
        ErrorKind::ExpectedFlowMappingSeparator => {
            "a `,` or the closing `}` is missing in a `{` mapping".to_owned()
        }
        ErrorKind::UnknownAnchor => {
            let name = alias_name(yaml, error.marker().byte_offset());
            format!("the alias `*{name}` names no anchor (`&{name}`) written before it")
        }
        ErrorKind::TabNotAllowed
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabInIndentation
        | ErrorKind::TabInPlainScalar
        | ErrorKind::TabAtBlockScalarStart => "a tab where YAML allows only spaces".to_owned(),
        ErrorKind::InvalidIndentation
        | ErrorKind::InvalidQuotedScalarIndent
        | ErrorKind::InvalidFlowScalarIndent
        | ErrorKind::InvalidBlockScalarIndent => "the indentation does not line up with the lines above".to_owned(),
        ErrorKind::MappingValueNotAllowed | ErrorKind::InvalidColonPlacement => {
            "a `: ` where no key can start (text with `: ` in it must be quoted)".to_owned()
        }
        ErrorKind::ExpectedBlockMappingKey => {
            "a line that is neither `key: value` nor part of the value above (check its indentation)".to_owned()
        }
        ErrorKind::SimpleKeyExpected | ErrorKind::InvalidSimpleKey => {
            "a key without its `:` (a key must fit on one line)".to_owned()
        }
        ErrorKind::ExpectedNodeContent => {
            "a value is missing, or starts with a character YAML reserves (quote it)".to_owned()
        }
        ErrorKind::UnexpectedCharacter { character } => {
            format!("`{character}` cannot start a value here (quote the value)")
        }
        ErrorKind::UnknownQuotedScalarEscape
        | ErrorKind::InvalidQuotedScalarHexEscape
        | ErrorKind::InvalidUnicodeEscape
        | ErrorKind::InvalidLowSurrogateHexEscape
        | ErrorKind::InvalidLowSurrogate
        | ErrorKind::MissingLowSurrogate
        | ErrorKind::UnpairedLowSurrogate => {
            "a `\\` escape that double quotes do not know (write `\\\\` for a backslash, or use single quotes)".to_owned()
        }
        ErrorKind::DocumentIndicatorInQuotedScalar => "a `---` or `...` line inside a quoted value".to_owned(),
        ErrorKind::BlockSequenceEntryNotAllowed
        | ErrorKind::BlockEntryInFlowCollection
        | ErrorKind::InvalidBlockEntryWhitespace => {
            "a `- ` list item where none can start (check the indentation)".to_owned()
        }
        ErrorKind::CommentNotSeparated | ErrorKind::CommentInterceptedScalar => {
            "a `#` comment needs a space before it".to_owned()
        }
        ErrorKind::UnexpectedEofBlockSequence | ErrorKind::UnexpectedEofBlockMapping | ErrorKind::UnexpectedEof => {
            "the YAML ends in the middle of a value".to_owned()
        }
        other => {
            let text = other.to_string();
            if text.is_empty() { "the parser stopped".to_owned() } else { text }
        }
    };
    match open_flow {
        Some((bracket, line)) if !what.contains("not closed") => {
            format!("invalid YAML: {what}; is the `{bracket}` on line {line} closed?")
        }
        _ => format!("invalid YAML: {what}"),
    }
}

fn unclosed(open: char) -> String {
    match open {
        '{' => "a `{` mapping is not closed with `}`".to_owned(),
        _ => "a `[` list is not closed with `]`".to_owned(),
    }
}

/// The name of the alias at a byte offset (`*name`), as far as it can be read.
fn alias_name(yaml: &str, offset: Option<usize>) -> String {
    let rest = offset.and_then(|o| yaml.get(o..)).unwrap_or("");
    let rest = rest.strip_prefix('*').unwrap_or(rest);
    rest.chars()
        .take_while(|c| !c.is_whitespace() && !",[]{}".contains(*c))
        .take(40)
        .collect()
}
