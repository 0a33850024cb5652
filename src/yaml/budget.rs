//! The input budgets: how much YAML one file may make lchnv build. A hostile file (an alias bomb,
//! ten thousand open brackets) is refused early, in bounded time and memory, with a sentence
//! that says which limit it broke.

use crate::msg;
use crate::text::human_size;

/// The most a YAML text may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Collections inside collections.
    pub depth: usize,
    /// Uses of aliases (`*name`).
    pub aliases: usize,
    /// Anchors (`&name`).
    pub anchors: usize,
    /// Values of every kind, including those an alias repeats.
    pub values: usize,
    /// Values that aliases repeat: without them a text holds no more values than its size
    /// allows; with them a few lines could stand for millions.
    pub repeated: usize,
    /// Bytes of scalar text, including what an alias repeats.
    pub text_bytes: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        depth: 24,
        aliases: 100,
        anchors: 100,
        // A calendar of 50,000 meetings holds about 350,000 values.
        values: 1_000_000,
        repeated: 50_000,
        text_bytes: 4 << 20,
    };
}

/// A limit broken, and what to tell the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Breach {
    Depth,
    Aliases,
    Anchors,
    Values,
    Repeated,
    TextBytes,
}

impl Breach {
    pub(super) fn message(self, limits: &Limits) -> String {
        match self {
            Breach::Depth => msg!("yaml-limit-depth", count = thousands(limits.depth)),
            Breach::Aliases => msg!("yaml-limit-aliases", count = thousands(limits.aliases)),
            Breach::Anchors => msg!("yaml-limit-anchors", count = thousands(limits.anchors)),
            Breach::Values => msg!("yaml-limit-values", count = thousands(limits.values)),
            Breach::Repeated => msg!("yaml-limit-repeated", count = thousands(limits.repeated)),
            Breach::TextBytes => msg!("yaml-limit-text", size = human_size(limits.text_bytes as u64)),
        }
    }

    pub(super) fn help(self) -> String {
        match self {
            Breach::Depth => msg!("yaml-limit-depth-help"),
            Breach::Aliases | Breach::Anchors | Breach::Values | Breach::Repeated | Breach::TextBytes => {
                msg!("yaml-limit-help")
            }
        }
    }
}

/// What a text has used of its limits so far.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Spent {
    pub aliases: usize,
    pub anchors: usize,
    pub values: usize,
    pub repeated: usize,
    pub text_bytes: usize,
}

impl Spent {
    /// Counts values and text, refusing past the limits.
    pub(super) fn add(&mut self, values: usize, text_bytes: usize, limits: &Limits) -> Result<(), Breach> {
        self.values = self.values.saturating_add(values);
        self.text_bytes = self.text_bytes.saturating_add(text_bytes);
        if self.values > limits.values {
            Err(Breach::Values)
        } else if self.text_bytes > limits.text_bytes {
            Err(Breach::TextBytes)
        } else {
            Ok(())
        }
    }

    /// Counts the values an alias repeats, before they are copied.
    pub(super) fn repeat(&mut self, values: usize, limits: &Limits) -> Result<(), Breach> {
        self.repeated = self.repeated.saturating_add(values);
        if self.repeated > limits.repeated {
            Err(Breach::Repeated)
        } else {
            Ok(())
        }
    }

    pub(super) fn alias(&mut self, limits: &Limits) -> Result<(), Breach> {
        self.aliases += 1;
        if self.aliases > limits.aliases {
            Err(Breach::Aliases)
        } else {
            Ok(())
        }
    }

    pub(super) fn anchor(&mut self, limits: &Limits) -> Result<(), Breach> {
        self.anchors += 1;
        if self.anchors > limits.anchors {
            Err(Breach::Anchors)
        } else {
            Ok(())
        }
    }
}

/// `50000` → `50,000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    // Swedish groups digits with a space, English with a comma.
    let separator = match crate::i18n::current() {
        crate::i18n::Language::Swedish => ' ',
        crate::i18n::Language::English => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(thousands(24), "24");
        assert_eq!(thousands(50_000), "50,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn the_default_limits_in_words() {
        let limits = Limits::DEFAULT;
        assert_eq!(
            Breach::TextBytes.message(&limits),
            "more than 4.0 MiB of text in values, counting what aliases repeat"
        );
        assert_eq!(
            Breach::Anchors.message(&limits),
            "more than 100 anchors (`&name`)"
        );
    }
}
