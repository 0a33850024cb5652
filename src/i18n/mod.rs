//! The messages people read, in Swedish or English, from the Fluent catalogues in `src/i18n/`.
//!
//! The language is chosen once per run ([`choose`]): `language:` in `lchnv.yaml`, else the
//! locale of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set; a value
//! starting with `sv` means Swedish), else English. Rule codes and names, JSON keys and exit
//! codes never depend on it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

pub use fluent_bundle::FluentArgs as Args;

pub mod parser;

/// The languages lchnv speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Swedish,
    English,
}

/// The catalogues, as shipped in the binary.
pub const CATALOGUES: &[(Language, &str)] = &[
    (Language::Swedish, include_str!("sv.ftl")),
    (Language::English, include_str!("en.ftl")),
];

impl Language {
    /// The language a `language:` value names: `sv` or `en`.
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" => Some(Language::Swedish),
            "en" => Some(Language::English),
            _ => None,
        }
    }

    /// The language of a locale value such as `sv_SE.UTF-8` or `C`.
    pub fn from_locale(value: &str) -> Language {
        if value.to_ascii_lowercase().starts_with("sv") {
            Language::Swedish
        } else {
            Language::English
        }
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
    /// set and not empty decides, as it does for the C library.
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .map_or(Language::English, |value| Language::from_locale(&value))
    }

    fn tag(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::English => "en",
        }
    }

    /// A number for the language, as stored.
    pub fn index(self) -> u8 {
        match self {
            Language::Swedish => 0,
            Language::English => 1,
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(1);

/// Sets the language of every message from now on.
pub fn set(language: Language) {
    CURRENT.store(language.index(), Ordering::Relaxed);
}

/// The language messages are written in.
pub fn current() -> Language {
    if CURRENT.load(Ordering::Relaxed) == 0 {
        Language::Swedish
    } else {
        Language::English
    }
}

/// Chooses the language for this run: the configured one, else the environment's.
pub fn choose(configured: Option<Language>) {
    set(configured.unwrap_or_else(|| Language::from_environment(|name| std::env::var(name).ok())));
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let source = CATALOGUES
        .iter()
        .find(|(l, _)| *l == language)
        .map_or("", |(_, text)| *text);
    // The catalogues are part of the binary; the tests hold them free of syntax errors.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let tag = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Terminal output wants no Unicode isolation marks around the values.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

static SWEDISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Language::Swedish));
static ENGLISH: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Language::English));

/// The message `key` in `language`, with its arguments filled in; the key itself when the
/// catalogue lacks it (a test keeps every key used in the code in both catalogues).
pub fn message_in(language: Language, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle: &FluentBundle<FluentResource> = match language {
        Language::Swedish => &SWEDISH,
        Language::English => &ENGLISH,
    };
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// The message `key` in the current language.
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    message_in(current(), key, args)
}

/// Why a `YYYY-MM-DD` argument is not a date, from [`crate::schema::parse_date`]'s reason.
pub fn date_why(why: &str) -> String {
    if why.contains("no such day") {
        crate::msg!("date-why-no-such-day")
    } else {
        crate::msg!("date-why-shape")
    }
}

/// A message of the catalogue in the current language: `msg!("todo-none")`,
/// `msg!("todo-summary-open", count = 3)`.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::i18n::message($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($key, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        use Language::*;
        assert_eq!(Language::from_environment(env(&[])), English);
        assert_eq!(
            Language::from_environment(env(&[("LANG", "sv_SE.UTF-8")])),
            Swedish
        );
        assert_eq!(
            Language::from_environment(env(&[("LC_MESSAGES", "C"), ("LANG", "sv_SE.UTF-8")])),
            English
        );
        assert_eq!(
            Language::from_environment(env(&[("LC_ALL", "sv_FI"), ("LC_MESSAGES", "en_GB")])),
            Swedish
        );
        assert_eq!(
            Language::from_environment(env(&[("LC_ALL", ""), ("LANG", "sv")])),
            Swedish,
            "an empty variable counts as unset"
        );
    }

    #[test]
    fn codes_name_a_language() {
        assert_eq!(Language::from_code("sv"), Some(Language::Swedish));
        assert_eq!(Language::from_code("sv-SE"), None);
        assert_eq!(Language::from_code("EN"), Some(Language::English));
        assert_eq!(Language::from_code("fi"), None);
    }

    #[test]
    fn arguments_and_plurals_are_filled_in_without_isolation_marks() {
        let mut args = Args::new();
        args.set("count", 1);
        let one = message_in(Language::English, "todo-summary-open", Some(&args));
        assert_eq!(one, "1 open assignment");
        args.set("count", 3);
        assert_eq!(
            message_in(Language::Swedish, "todo-summary-open", Some(&args)),
            "3 öppna uppdrag"
        );
        assert_eq!(message_in(Language::English, "no-such-key", None), "no-such-key");
    }
}
