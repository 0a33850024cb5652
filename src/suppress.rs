//! Inline comments that silence rules: `<!-- lchnv-disable-line ocr-damage -->`,
//! `<!-- lchnv-disable-next-line L305 -->`, `<!-- lchnv-disable-file -->`, or the same after `#`
//! in YAML.

use crate::rule::Rule;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Scope {
    All,
    Rules(Vec<Rule>),
}

impl Scope {
    fn covers(&self, rule: Rule) -> bool {
        match self {
            Scope::All => true,
            Scope::Rules(rules) => rules.contains(&rule),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Suppressions {
    lines: Vec<(u32, Scope)>,
    file: Vec<Scope>,
}

/// A rule name in a comment that is not a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule {
    pub line: u32,
    pub offset: usize,
    pub name: String,
}

const MARKER: &str = "lchnv-disable-";

impl Suppressions {
    /// Finds the comments in a file's text.
    pub fn scan(text: &str) -> (Suppressions, Vec<UnknownRule>) {
        let mut found = Suppressions::default();
        let mut unknown = Vec::new();
        // Lines are counted on from the previous comment, so many comments cost one pass.
        let (mut counted_to, mut line) = (0usize, 1u32);
        for start in memchr::memmem::find_iter(text.as_bytes(), MARKER) {
            line += crate::source::to_u32(
                memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count(),
            );
            counted_to = start;
            // The rest of the comment's line; `names_offset` below is measured within it.
            let line_rest = text[start + MARKER.len()..].split('\n').next().unwrap_or("");
            let (kind, rest) = if let Some(r) = line_rest.strip_prefix("next-line") {
                (1, r)
            } else if let Some(r) = line_rest.strip_prefix("line") {
                (0, r)
            } else if let Some(r) = line_rest.strip_prefix("file") {
                (2, r)
            } else {
                continue;
            };
            let names = rest.split("-->").next().unwrap_or("");
            let names_offset = start + MARKER.len() + (line_rest.len() - rest.len());
            let mut rules = Vec::new();
            let mut named = false;
            let mut cursor = 0;
            for name in names.split([' ', ',', '\t']) {
                let here = names[cursor..].find(name).map(|i| i + cursor).unwrap_or(cursor);
                cursor = here + name.len();
                if name.is_empty() {
                    continue;
                }
                named = true;
                match Rule::lookup(name) {
                    Some(rule) => rules.push(rule),
                    None => unknown.push(UnknownRule {
                        line,
                        offset: names_offset + here,
                        name: name.to_owned(),
                    }),
                }
            }
            // Only a comment that names no rule silences all; misspelt names silence nothing.
            let scope = if !named { Scope::All } else { Scope::Rules(rules) };
            match kind {
                0 => found.lines.push((line, scope)),
                1 => found.lines.push((line + 1, scope)),
                _ => found.file.push(scope),
            }
        }
        // Sorted by line, so a finding looks its line up instead of reading every comment.
        found.lines.sort_by_key(|(line, _)| *line);
        (found, unknown)
    }

    /// Whether `rule` is silenced on `line`.
    pub fn silences(&self, rule: Rule, line: u32) -> bool {
        let first = self.lines.partition_point(|(l, _)| *l < line);
        self.file.iter().any(|scope| scope.covers(rule))
            || self.lines[first..]
                .iter()
                .take_while(|(l, _)| *l == line)
                .any(|(_, scope)| scope.covers(rule))
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.file.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_next_line_and_file() {
        let text =
            "a\nb <!-- lchnv-disable-line ocr-damage -->\n<!-- lchnv-disable-next-line L305, L402 -->\nd\n";
        let (s, unknown) = Suppressions::scan(text);
        assert!(unknown.is_empty());
        assert!(s.silences(Rule::OcrDamage, 2));
        assert!(!s.silences(Rule::OcrDamage, 1));
        assert!(s.silences(Rule::ClauseWithoutAtt, 4));
        assert!(s.silences(Rule::OwnerUnknown, 4));
        assert!(!s.silences(Rule::OwnerMissing, 4));
        let (s, _) = Suppressions::scan("x\n# lchnv-disable-file\n");
        assert!(s.silences(Rule::Numbering, 99));
    }

    #[test]
    fn unknown_rule_names_are_reported() {
        let (_, unknown) = Suppressions::scan("x <!-- lchnv-disable-line ocr-damge -->\n");
        assert_eq!(unknown.len(), 1);
        assert_eq!(unknown[0].name, "ocr-damge");
        assert_eq!(unknown[0].line, 1);
        let text = "a\nb <!-- lchnv-disable-line L402 ocr-damge -->\nc\n";
        let (s, unknown) = Suppressions::scan(text);
        assert!(s.silences(Rule::OwnerUnknown, 2));
        assert!(!s.silences(Rule::OcrDamage, 2));
        let (s, _) = Suppressions::scan("x <!-- lchnv-disable-line ocr-damge -->\n");
        assert!(
            !s.silences(Rule::OcrDamage, 1),
            "a misspelt name silences nothing"
        );
        assert_eq!(unknown.len(), 1);
        assert_eq!(
            text.get(unknown[0].offset..unknown[0].offset + 9),
            Some("ocr-damge")
        );
    }
}
