//! Syntax errors in the words of the people who edit the files: what is wrong, not which state
//! the parser was in, on which line. Rare errors keep the parser's own (English) wording.

use crate::msg;
use granit_parser::{ErrorKind, ScanError};

/// The message for a syntax error on `line` of the file, given the YAML it was found in (to name
/// an alias) and the innermost `[` or `{` still open there, with its line.
pub(super) fn message(error: &ScanError, yaml: &str, open_flow: Option<(char, u32)>, line: u32) -> String {
    let what = match error.kind() {
        ErrorKind::UnclosedQuotedScalar => msg!("yaml-unclosed-quote"),
        ErrorKind::UnclosedFlowCollection { open } => unclosed(*open),
        ErrorKind::UnexpectedEofFlowSequence => unclosed('['),
        ErrorKind::UnexpectedEofFlowMapping | ErrorKind::UnexpectedEofImplicitFlowMapping => unclosed('{'),
        ErrorKind::MismatchedFlowCollectionEnd { open, close } => {
            msg!(
                "yaml-mismatched-close",
                open = open.to_string(),
                close = close.to_string()
            )
        }
        ErrorKind::MisplacedFlowCollectionEnd => msg!("yaml-misplaced-close"),
        ErrorKind::ExpectedFlowSequenceSeparator => msg!("yaml-list-separator"),
        ErrorKind::ExpectedFlowMappingSeparator => msg!("yaml-mapping-separator"),
        ErrorKind::UnknownAnchor => {
            let name = alias_name(yaml, error.marker().byte_offset());
            msg!("yaml-unknown-anchor", name = name)
        }
        ErrorKind::TabNotAllowed
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabInIndentation
        | ErrorKind::TabInPlainScalar
        | ErrorKind::TabAtBlockScalarStart => msg!("yaml-syntax-tab"),
        ErrorKind::InvalidIndentation
        | ErrorKind::InvalidQuotedScalarIndent
        | ErrorKind::InvalidFlowScalarIndent
        | ErrorKind::InvalidBlockScalarIndent => msg!("yaml-indentation"),
        ErrorKind::MappingValueNotAllowed | ErrorKind::InvalidColonPlacement => msg!("yaml-colon"),
        ErrorKind::ExpectedBlockMappingKey => msg!("yaml-not-key-value"),
        ErrorKind::SimpleKeyExpected | ErrorKind::InvalidSimpleKey => msg!("yaml-key-without-colon"),
        ErrorKind::ExpectedNodeContent => msg!("yaml-value-missing"),
        ErrorKind::UnexpectedCharacter { character } => {
            msg!("yaml-unexpected-character", character = character.to_string())
        }
        ErrorKind::UnknownQuotedScalarEscape
        | ErrorKind::InvalidQuotedScalarHexEscape
        | ErrorKind::InvalidUnicodeEscape
        | ErrorKind::InvalidLowSurrogateHexEscape
        | ErrorKind::InvalidLowSurrogate
        | ErrorKind::MissingLowSurrogate
        | ErrorKind::UnpairedLowSurrogate => msg!("yaml-escape"),
        ErrorKind::DocumentIndicatorInQuotedScalar => msg!("yaml-document-marker-in-quote"),
        ErrorKind::BlockSequenceEntryNotAllowed
        | ErrorKind::BlockEntryInFlowCollection
        | ErrorKind::InvalidBlockEntryWhitespace => msg!("yaml-list-item-misplaced"),
        ErrorKind::CommentNotSeparated | ErrorKind::CommentInterceptedScalar => msg!("yaml-comment-space"),
        ErrorKind::UnexpectedEofBlockSequence
        | ErrorKind::UnexpectedEofBlockMapping
        | ErrorKind::UnexpectedEof => msg!("yaml-ends-in-value"),
        other => {
            let text = other.to_string();
            if text.is_empty() {
                msg!("yaml-parser-stopped")
            } else {
                msg!("yaml-parser-says", detail = text)
            }
        }
    };
    let unclosed = matches!(
        error.kind(),
        ErrorKind::UnclosedQuotedScalar
            | ErrorKind::UnclosedFlowCollection { .. }
            | ErrorKind::UnexpectedEofFlowSequence
            | ErrorKind::UnexpectedEofFlowMapping
            | ErrorKind::UnexpectedEofImplicitFlowMapping
    );
    match open_flow {
        Some((bracket, open)) if !unclosed => msg!(
            "yaml-invalid-open",
            line = line,
            what = what,
            bracket = bracket.to_string(),
            open = open
        ),
        _ => msg!("yaml-invalid", line = line, what = what),
    }
}

fn unclosed(open: char) -> String {
    match open {
        '{' => msg!("yaml-unclosed-mapping"),
        _ => msg!("yaml-unclosed-list"),
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
