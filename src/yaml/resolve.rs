//! What a plain (unquoted) scalar means, by the YAML 1.2 core schema with strict booleans: `~`,
//! `null` and nothing are null, only `true` and `false` are booleans (`yes` and `no` stay text),
//! whole numbers are integers (also `0x…` and `0o…`), decimals are floats, the rest is text.

use super::Value;

/// The value of a plain scalar.
pub(super) fn plain(text: &str) -> Value {
    let Some(&first) = text.as_bytes().first() else {
        return Value::Null;
    };
    // Most values are words: decided by their first byte.
    if !(first.is_ascii_digit()
        || matches!(
            first,
            b'-' | b'+' | b'.' | b'~' | b'n' | b'N' | b't' | b'T' | b'f' | b'F'
        ))
    {
        return Value::Str(text.to_owned());
    }
    match text {
        "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(value) = integer(text) {
        return value;
    }
    if let Some(value) = float(text) {
        return Value::Float(value);
    }
    Value::Str(text.to_owned())
}

/// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; a whole number too large for 128 bits is a float.
fn integer(text: &str) -> Option<Value> {
    if let Some(octal) = text.strip_prefix("0o") {
        return radix(octal, 8);
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return radix(hex, 16);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(match text.parse::<i128>() {
        Ok(n) => Value::Int(n),
        Err(_) => Value::Float(text.parse::<f64>().ok()?),
    })
}

fn radix(digits: &str, radix: u32) -> Option<Value> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    i128::from_str_radix(digits, radix).ok().map(Value::Int)
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`, `.nan`.
fn float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let negative = text.starts_with('-');
    match unsigned {
        ".inf" | ".Inf" | ".INF" => {
            return Some(if negative {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        ".nan" | ".NaN" | ".NAN" if unsigned.len() == text.len() => return Some(f64::NAN),
        _ => {}
    }
    let bytes = unsigned.as_bytes();
    let mut i = 0;
    let whole = count_digits(&bytes[i..]);
    i += whole;
    let mut fraction = 0;
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        fraction = count_digits(&bytes[i..]);
        i += fraction;
    }
    if whole == 0 && fraction == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let exponent = count_digits(&bytes[i..]);
        if exponent == 0 {
            return None;
        }
        i += exponent;
    }
    if i != bytes.len() {
        return None;
    }
    text.parse::<f64>().ok()
}

fn count_digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_schema() {
        assert_eq!(plain(""), Value::Null);
        assert_eq!(plain("~"), Value::Null);
        assert_eq!(plain("NULL"), Value::Null);
        assert_eq!(plain("nul"), Value::Str("nul".into()));
        assert_eq!(plain("True"), Value::Bool(true));
        assert_eq!(plain("no"), Value::Str("no".into()));
        assert_eq!(plain("on"), Value::Str("on".into()));
        assert_eq!(plain("42"), Value::Int(42));
        assert_eq!(plain("-7"), Value::Int(-7));
        assert_eq!(plain("0x1F"), Value::Int(31));
        assert_eq!(plain("0o17"), Value::Int(15));
        assert_eq!(plain("0o19"), Value::Str("0o19".into()));
        assert_eq!(plain("1.5"), Value::Float(1.5));
        assert_eq!(plain(".5"), Value::Float(0.5));
        assert_eq!(plain("2e3"), Value::Float(2000.0));
        assert_eq!(plain("-.inf"), Value::Float(f64::NEG_INFINITY));
        assert!(matches!(plain(".nan"), Value::Float(f) if f.is_nan()));
        assert_eq!(plain("1e"), Value::Str("1e".into()));
        assert_eq!(plain("."), Value::Str(".".into()));
        assert_eq!(plain("2026-01-29"), Value::Str("2026-01-29".into()));
        assert_eq!(plain("09.30–12.00"), Value::Str("09.30–12.00".into()));
        assert_eq!(plain("6a"), Value::Str("6a".into()));
        assert!(matches!(plain(&"9".repeat(60)), Value::Float(_)));
    }
}
