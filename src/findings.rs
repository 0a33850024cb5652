//! The findings of one file as its rules make them, held to a bound: a file with a million
//! findings of one rule costs the memory of a few dozen. What is reported stays what keeping
//! them all would report, since only findings that could never be shown are let go, and they
//! are still counted (once each) for the "and N more" line.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Findings of one rule kept before the surplus is let go: the [`crate::lint::CAP`] shown,
/// and the one whose place the "and N more" line takes.
const KEEP: usize = crate::lint::CAP + 1;

/// The findings of one file.
pub struct Findings<'a> {
    kept: Vec<Diagnostic>,
    /// Whether a finding is reported at all: its rule is on and not silenced where it is.
    reported: &'a dyn Fn(&Diagnostic) -> bool,
    /// Findings of each rule in `kept`.
    count: HashMap<Rule, usize>,
    /// Fingerprints of the findings let go, by rule: distinct findings, as reporting counts them.
    beyond: HashMap<Rule, HashSet<u64>>,
}

impl<'a> Findings<'a> {
    pub fn new(reported: &'a dyn Fn(&Diagnostic) -> bool) -> Findings<'a> {
        Findings {
            kept: Vec::new(),
            reported,
            count: HashMap::new(),
            beyond: HashMap::new(),
        }
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        if !(self.reported)(&diagnostic) {
            return;
        }
        let rule = diagnostic.rule;
        self.kept.push(diagnostic);
        let count = self.count.entry(rule).or_default();
        *count += 1;
        if *count >= 2 * KEEP {
            self.let_go(rule);
        }
    }

    /// Keeps the first [`KEEP`] findings of `rule` in the order reports show them, and
    /// counts the rest.
    fn let_go(&mut self, rule: Rule) {
        let (mut of_rule, others): (Vec<Diagnostic>, Vec<Diagnostic>) = std::mem::take(&mut self.kept)
            .into_iter()
            .partition(|d| d.rule == rule);
        self.kept = others;
        of_rule.sort_by(|a, b| {
            a.sort_key()
                .cmp(&b.sort_key())
                .then_with(|| a.message.cmp(&b.message))
        });
        of_rule.dedup();
        let beyond = self.beyond.entry(rule).or_default();
        for gone in of_rule.drain(KEEP.min(of_rule.len())..) {
            beyond.insert(fingerprint(&gone));
        }
        self.count.insert(rule, of_rule.len());
        self.kept.extend(of_rule);
    }

    /// The findings kept, and how many more of each rule there were.
    pub fn into_parts(self) -> (Vec<Diagnostic>, Vec<(Rule, usize)>) {
        let mut beyond: Vec<(Rule, usize)> = self
            .beyond
            .into_iter()
            .map(|(rule, gone)| (rule, gone.len()))
            .filter(|(_, n)| *n > 0)
            .collect();
        beyond.sort_by_key(|(rule, _)| rule.code());
        (self.kept, beyond)
    }
}

impl Extend<Diagnostic> for Findings<'_> {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        for diagnostic in iter {
            self.push(diagnostic);
        }
    }
}

/// A hash of everything a finding says, so that a finding made twice is counted once.
fn fingerprint(diagnostic: &Diagnostic) -> u64 {
    struct Feed<H>(H);
    impl<H: Hasher> std::fmt::Write for Feed<H> {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut feed = Feed(std::collections::hash_map::DefaultHasher::new());
    diagnostic.rule.hash(&mut feed.0);
    let _ = std::fmt::write(&mut feed, format_args!("{diagnostic:?}"));
    feed.0.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Pos;
    use std::path::PathBuf;

    fn finding(rule: Rule, line: u32) -> Diagnostic {
        let pos = Pos {
            offset: 0,
            line,
            column: 1,
        };
        Diagnostic::new(rule, PathBuf::from("a.md"), pos, format!("at {line}"))
    }

    #[test]
    fn the_first_findings_in_report_order_are_kept_and_the_rest_counted_once() {
        let everything = |_: &Diagnostic| true;
        let mut findings = Findings::new(&everything);
        // Backwards, each twice, and another rule between.
        for line in (1..=1000).rev() {
            findings.push(finding(Rule::OwnerUnknown, line));
            findings.push(finding(Rule::OwnerUnknown, line));
            findings.push(finding(Rule::OwnerMissing, line % 3));
        }
        let (kept, beyond) = findings.into_parts();
        let mut lines: Vec<u32> = kept
            .iter()
            .filter(|d| d.rule == Rule::OwnerUnknown)
            .map(|d| d.pos.line)
            .collect();
        lines.sort_unstable();
        lines.dedup();
        assert!(lines.len() >= KEEP);
        assert_eq!(
            lines.get(..KEEP),
            Some((1..=KEEP as u32).collect::<Vec<_>>().as_slice())
        );
        let gone = beyond
            .iter()
            .find(|(r, _)| *r == Rule::OwnerUnknown)
            .map(|(_, n)| *n);
        assert_eq!(gone.unwrap_or(0) + lines.len(), 1000, "each finding counted once");
        assert!(
            kept.iter().filter(|d| d.rule == Rule::OwnerMissing).count() <= 2 * KEEP,
            "the other rule is bound as well"
        );
    }

    #[test]
    fn findings_not_reported_are_not_kept() {
        let reported = |d: &Diagnostic| d.pos.line != 2;
        let mut findings = Findings::new(&reported);
        findings.extend([1, 2, 3].map(|line| finding(Rule::OwnerUnknown, line)));
        let (kept, beyond) = findings.into_parts();
        assert_eq!(kept.iter().map(|d| d.pos.line).collect::<Vec<_>>(), [1, 3]);
        assert!(beyond.is_empty());
    }
}
