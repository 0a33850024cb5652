//! Deciding every word of an imported document: known as it stands, repaired (and how), or
//! unplaced. [`find_damage`](super::find_damage) is precise and quiet, for `check`; this is the
//! importer's repairer, which must take a stand on each word of a scanned document.
//!
//! A word is known when the shipped word list or the repository's own words hold it. Otherwise
//! the spellings OCR may have meant are tried, in order of how sure the confusion is:
//!
//! 1. characters that are no Swedish letter here (`é`, `6`, `0`, `1`, `|`, `@`, an `I` read for
//!    `l`): `Féredragande`, `6vergripande`, `I6per`;
//! 2. marks dropped (`a` for `å`/`ä`, `o` for `ö`): `Lanschefsnatverket`;
//! 3. letters OCR puts for `ö` and `ä` that are letters themselves (`d`, `g`, `e`, `do`, `od`):
//!    `dppna`, `kdnnedom`, `mgjlighet`, at most two of them in a word;
//! 4. compounds, split into known parts (with a linking `s`), each repaired on its own.
//!
//! When several words fit, the repository's words decide (the one it uses most); when they
//! cannot, the word is left as it was and reported. Nothing here lists damaged words.

use super::{COMMON_WITH_MARKS, FORMAT_WORDS, Lexicon, Restore, apply_case, frequency, has_marks, skeleton};
use std::cell::RefCell;
use std::collections::HashMap;

/// The words a repository uses, with how often: its meeting files and network files.
#[derive(Debug, Clone, Default)]
pub struct WordCounts {
    counts: HashMap<String, u32>,
    /// Forms with å, ä or ö, by skeleton.
    marked: HashMap<String, Vec<String>>,
    /// Words that stand next to each other (lower case), for deciding a word by its neighbours.
    pairs: HashMap<(String, String), u32>,
    /// Words written in small letters at least once: the others are names.
    small: std::collections::HashSet<String>,
}

impl WordCounts {
    /// The format's own words, counted once each.
    pub fn with_format_words() -> WordCounts {
        let mut words = WordCounts::default();
        for word in FORMAT_WORDS {
            words.add_text(word);
        }
        for word in COMMON_WITH_MARKS.iter().chain(COMMON_WITH_MARKS) {
            words.add_text(word);
        }
        words
    }

    /// Counts every word of a text (runs of letters; a hyphen separates words).
    pub fn add_text(&mut self, text: &str) {
        let mut previous = "";
        let mut last: Option<String> = None;
        let mut offset = 0;
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let start = offset;
            offset += word.len()
                + text[offset + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if word.is_empty() {
                continue;
            }
            // `RÖK:ar`: the ending of an acronym is no word.
            let after_acronym = text[..start].ends_with(':')
                && previous.chars().count() >= 2
                && previous.chars().all(char::is_uppercase);
            previous = word;
            if after_acronym {
                continue;
            }
            let lower = word.to_lowercase();
            if has_marks(&lower) {
                let forms = self.marked.entry(skeleton(&lower)).or_default();
                if !forms.contains(&lower) {
                    forms.push(lower.clone());
                }
            }
            // Neighbours within a sentence.
            let before = &text[..start];
            let joined = before
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| !matches!(c, '.' | '!' | '?' | ':' | ';'));
            if let Some(left) = last.take().filter(|_| joined) {
                *self.pairs.entry((left, lower.clone())).or_default() += 1;
            }
            last = Some(lower.clone());
            if word.starts_with(char::is_lowercase) {
                self.small.insert(lower.clone());
            }
            *self.counts.entry(lower).or_default() += 1;
        }
    }

    /// Counts two words that stand next to each other (lower case).
    pub fn add_pair(&mut self, left: &str, right: &str) {
        *self.pairs.entry((left.to_owned(), right.to_owned())).or_default() += 1;
    }

    /// How often two words stand next to each other.
    pub fn pair(&self, left: &str, right: &str) -> u32 {
        self.pairs
            .get(&(left.to_owned(), right.to_owned()))
            .copied()
            .unwrap_or(0)
    }

    /// How often the repository uses a word (lower case).
    pub fn count(&self, lower: &str) -> u32 {
        self.counts.get(lower).copied().unwrap_or(0)
    }

    /// Whether the words (lower case) write a word only with a capital: a name (`Örebro`).
    pub fn is_name(&self, lower: &str) -> bool {
        self.count(lower) > 0 && !self.small.contains(lower)
    }

    fn marked_forms(&self, key: &str) -> &[String] {
        self.marked.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// Where a repair's word was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The repository's own meeting and network files.
    Repository,
    /// The shipped Swedish word list.
    WordList,
    /// The glyph itself: a number's `o` that is a zero, an acronym's `l` that is an `I`.
    Glyph,
}

/// What kind of damage a repair undid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Damage {
    /// A character that is no Swedish letter here: `é`, `6`, `0`, `1`, `|`, `@`, an `I` for `l`.
    OcrCharacter,
    /// å, ä or ö lost their marks.
    MarksLost,
    /// `d`, `g`, `e`, `do` or `od` read for ö or ä.
    LetterConfused,
    /// Repaired part by part as a compound.
    Compound,
    /// A real word that, in a scan that lost its marks, the repository writes with them (`for` → `för`).
    Twin,
}

impl Damage {
    /// The kind of damage in words, in the current language.
    pub fn describe(self) -> String {
        match self {
            Damage::OcrCharacter => crate::msg!("import-damage-ocr-character"),
            Damage::MarksLost => crate::msg!("import-damage-marks-lost"),
            Damage::LetterConfused => crate::msg!("import-damage-letter-confused"),
            Damage::Compound => crate::msg!("import-damage-compound"),
            Damage::Twin => crate::msg!("import-damage-twin"),
        }
    }
}

/// The decision about one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Known as it stands (or too short, an abbreviation or an acronym, to judge).
    Known,
    Repaired {
        word: String,
        damage: Damage,
        source: Source,
    },
    /// Neither known nor repairable with confidence; left as it was.
    Unplaced {
        /// What it might be, when there is a guess too uncertain to make.
        hint: Option<String>,
    },
}

/// The importer's repairer.
pub struct Repairer<'a> {
    lexicon: &'a Lexicon,
    repo: &'a WordCounts,
    /// Words the document itself spells with certainty (intact, or repaired from OCR
    /// characters): evidence like the repository's, for the rest of the document.
    local: WordCounts,
    /// Restore marks on real words (`for` → `för`) when the repository always writes them so. Only
    /// for a document whose marks were lost throughout.
    pub restore_twins: bool,
    cache: RefCell<HashMap<(String, bool), Verdict>>,
}

/// A spelling that fits, with how sure it is.
#[derive(Debug, Clone)]
struct Fit {
    word: String,
    source: Source,
    /// Fewer is better: how many uncertain substitutions it took.
    cost: u32,
}

const MAX_CANDIDATES: usize = 512;
const MAX_MARK_COMBINATIONS: usize = 729;

impl<'a> Repairer<'a> {
    pub fn new(lexicon: &'a Lexicon, repo: &'a WordCounts) -> Repairer<'a> {
        Repairer {
            lexicon,
            repo,
            local: WordCounts::default(),
            restore_twins: false,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Takes words the document spells with certainty as evidence for the rest of it.
    pub fn learn<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) {
        for word in words {
            self.local.add_text(word);
        }
        self.cache.borrow_mut().clear();
    }

    /// Takes pairs of neighbouring words the document spells with certainty as evidence.
    pub fn learn_pairs<'w>(&mut self, pairs: impl IntoIterator<Item = (&'w str, &'w str)>) {
        for (left, right) in pairs {
            self.local.add_pair(left, right);
        }
    }

    /// How strongly the neighbours (lower case) speak for a word: how often the repository and
    /// the document put it next to them.
    pub fn context(&self, left: Option<&str>, word: &str, right: Option<&str>) -> u32 {
        let pair = |a: &str, b: &str| self.repo.pair(a, b) + self.local.pair(a, b);
        left.map_or(0, |l| pair(l, word)) + right.map_or(0, |r| pair(word, r))
    }

    /// The words with marks a word without them may stand for (`ar` → `är`, `år`).
    pub fn marked_readings(&self, lower: &str) -> Vec<String> {
        mark_combinations(lower)
            .into_iter()
            .filter(|f| f != lower && has_marks(f) && (self.lexicon.contains(f) || self.count(f) > 0))
            .collect()
    }

    fn count(&self, lower: &str) -> u32 {
        self.repo.count(lower) + self.local.count(lower)
    }

    fn marked(&self, key: &str) -> Vec<String> {
        let mut forms: Vec<String> = self.repo.marked_forms(key).to_vec();
        for form in self.local.marked_forms(key) {
            if !forms.contains(form) {
                forms.push(form.clone());
            }
        }
        forms
    }

    /// Decides one token: a run of letters, possibly with OCR characters (`6`, `0`, `1`, `|`, `@`).
    pub fn judge(&self, token: &str) -> Verdict {
        let key = (token.to_owned(), self.restore_twins);
        if let Some(found) = self.cache.borrow().get(&key) {
            return found.clone();
        }
        let verdict = self.judge_uncached(token);
        self.cache.borrow_mut().insert(key, verdict.clone());
        verdict
    }

    fn judge_uncached(&self, token: &str) -> Verdict {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        let digits = token.chars().filter(|c| c.is_ascii_digit()).count();
        // `2o26`, `261O15`, `o3`: a letter o read for a zero in a number.
        if digits > 0
            && token
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, 'o' | 'O'))
        {
            return Verdict::Repaired {
                word: token.replace(['o', 'O'], "0"),
                damage: Damage::OcrCharacter,
                source: Source::Glyph,
            };
        }
        // `lFO`, `SlP`: a small `l` among capitals is the capital `I` of an acronym.
        let capitals = token.chars().filter(|c| c.is_uppercase()).count();
        if digits == 0
            && capitals >= 2
            && letters <= 6
            && token.contains('l')
            && token.chars().all(|c| c.is_uppercase() || c == 'l')
        {
            return Verdict::Repaired {
                word: token.replace('l', "I"),
                damage: Damage::OcrCharacter,
                source: Source::Glyph,
            };
        }
        // `f6r`, `n0r`: a digit OCR reads for a letter, between letters of a short word.
        let digit_inside = {
            let chars: Vec<char> = token.chars().collect();
            chars.len() >= 3
                && chars.first().is_some_and(|c| c.is_alphabetic())
                && chars.last().is_some_and(|c| c.is_alphabetic())
                && chars.iter().all(|c| c.is_alphabetic() || matches!(c, '6' | '0'))
        };
        if letters < 2 || (digits > 0 && letters < 3 && !digit_inside) {
            return Verdict::Known;
        }
        let lower = token.to_lowercase();
        let ocr = has_ocr_characters(token);
        if ocr && self.is_known(&lower) {
            // `Inom`, `Information`: an I that is an I.
            return Verdict::Known;
        }
        if !ocr && self.is_known(&lower) {
            if self.restore_twins
                && let Some(word) = self.twin(&lower)
            {
                return Verdict::Repaired {
                    word: apply_case(token, &word),
                    damage: Damage::Twin,
                    source: Source::Repository,
                };
            }
            return Verdict::Known;
        }
        // Capitals throughout: an acronym, unless the word is long (`NÄRVAROLISTA`).
        let all_caps = letters < 7
            && token
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        if !ocr {
            if all_caps {
                // An acronym (`MAR`, `DHC`) gets marks only from the repository's own words.
                if let Some(fit) = self
                    .restore_marks(&lower)
                    .filter(|f| f.source == Source::Repository)
                {
                    return repaired(token, fit, Damage::MarksLost);
                }
            } else if letters <= 3 && !lower.chars().any(is_vowel) {
                // `pd`, `fdr`: a `d` read for å, ä or ö in a short word; else tf, kl, st:
                // abbreviations.
                return match self.soft(&lower) {
                    Some(fit) => repaired(token, fit, Damage::LetterConfused),
                    None => Verdict::Known,
                };
            } else if let Some(fit) = self.restore_marks(&lower) {
                return repaired(token, fit, Damage::MarksLost);
            }
            if let Some((model, fit)) = self.confused(token) {
                return repaired(&model, fit, Damage::LetterConfused);
            }
            if all_caps {
                if letters <= 6 {
                    return match self.near_acronym(token) {
                        Some(hint) => Verdict::Unplaced { hint: Some(hint) },
                        None => Verdict::Known,
                    };
                }
            } else if let Some(fit) = self.soft(&lower) {
                return repaired(token, fit, Damage::LetterConfused);
            }
            if let Some((word, any_repaired)) = self.compound(&lower) {
                if !any_repaired {
                    return Verdict::Known;
                }
                return Verdict::Repaired {
                    word: apply_case(token, &word),
                    damage: Damage::Compound,
                    source: Source::WordList,
                };
            }
            return Verdict::Unplaced { hint: None };
        }

        // OCR characters: try the sure substitutions first.
        let case_model = case_model(token);
        let candidates = ocr_candidates(token);
        let mut fits = Vec::new();
        for candidate in &candidates {
            if self.is_known(candidate) {
                fits.push(Fit {
                    word: candidate.clone(),
                    source: self.source_of(candidate),
                    cost: 0,
                });
            } else if let Some(fit) = self.restore_marks(candidate) {
                fits.push(fit);
            }
        }
        if let Some(mut fit) = self.choose(fits) {
            // A capital `I` that was an `I` after all (`Inforandet` → `Införandet`).
            let model = if token.starts_with('I') && fit.word.starts_with('i') {
                token.to_owned()
            } else {
                case_model.clone()
            };
            // `gaIler`: `galler` once the `I` is read, and `gäller` once its marks are back.
            if self.restore_twins
                && let Some(word) = self.twin(&fit.word)
            {
                fit.word = word;
            }
            return repaired(&model, fit, Damage::OcrCharacter);
        }
        if let Some((model, fit)) = self.confused(token) {
            return repaired(&model, fit, Damage::OcrCharacter);
        }
        let mut fits = Vec::new();
        for candidate in &candidates {
            if let Some(fit) = self.soft(candidate) {
                fits.push(fit);
            }
        }
        if let Some(fit) = self.choose(fits) {
            return repaired(&case_model, fit, Damage::OcrCharacter);
        }
        for candidate in &candidates {
            if let Some((word, _)) = self.compound(candidate) {
                return Verdict::Repaired {
                    word: apply_case(&case_model, &word),
                    damage: Damage::OcrCharacter,
                    source: Source::WordList,
                };
            }
        }
        Verdict::Unplaced { hint: None }
    }

    /// Whether a lower-case word is a word: in the word list, or in the repository's files and
    /// not a marks-lost spelling of a repository word.
    fn is_known(&self, lower: &str) -> bool {
        if self.lexicon.contains(lower) {
            return true;
        }
        self.count(lower) > 0 && (has_marks(lower) || self.marked(&skeleton(lower)).is_empty())
    }

    fn source_of(&self, lower: &str) -> Source {
        if self.count(lower) > 0 {
            Source::Repository
        } else {
            Source::WordList
        }
    }

    /// A real word without marks that the repository only ever writes with them.
    fn twin(&self, lower: &str) -> Option<String> {
        if self.count(lower) > 0 {
            return None;
        }
        if has_marks(lower) {
            // `förman` for `förmån`: only how common the words are can tell.
            return self.common_twin(lower);
        }
        let forms = self.marked(&skeleton(lower));
        let mut best: Option<(&String, u32)> = None;
        let mut tie = false;
        for form in &forms {
            let count = self.count(form);
            match best {
                Some((_, c)) if count == c => tie = true,
                Some((_, c)) if count < c => {}
                _ => {
                    best = Some((form, count));
                    tie = false;
                }
            }
        }
        match best {
            Some((form, count)) if count >= 2 && !tie => return Some(form.clone()),
            Some((_, count)) if count >= 2 => return None,
            _ => {}
        }
        self.common_twin(lower)
    }

    /// The reading with marks that Swedish uses far more often than the word as written
    /// (`lagga` → `lägga`, `far` → `får`), when the repository and the document say nothing.
    pub fn common_twin(&self, lower: &str) -> Option<String> {
        let readings = self.marked_readings(lower);
        let refs: Vec<&str> = readings.iter().map(String::as_str).collect();
        let best = frequency::dominant(&refs)?;
        let own = frequency::centibels_or_rare(lower);
        (own >= frequency::centibels_or_rare(best) + frequency::MARGIN).then(|| best.to_owned())
    }

    /// How often the repository and the document's certain words write a word (lower case).
    pub fn writes(&self, lower: &str) -> u32 {
        self.count(lower)
    }

    /// The marked word a spelling stands for, when its marks (å, ä, ö) were lost. Marks the
    /// spelling has are kept.
    fn restore_marks(&self, spelling: &str) -> Option<Fit> {
        let key = skeleton(spelling);
        let agreeing = |form: &str| agrees(spelling, form);
        let forms = self.marked(&key);
        let mut repo_fits: Vec<(&String, u32)> = forms
            .iter()
            .filter(|f| agreeing(f))
            .map(|f| (f, self.count(f)))
            .collect();
        repo_fits.sort_by_key(|f| std::cmp::Reverse(f.1));
        match repo_fits.as_slice() {
            [(form, _)] => {
                return Some(Fit {
                    word: (*form).clone(),
                    source: Source::Repository,
                    cost: 1,
                });
            }
            [(form, first), (_, second), ..] if first > second => {
                return Some(Fit {
                    word: (*form).clone(),
                    source: Source::Repository,
                    cost: 1,
                });
            }
            [] => {}
            _ => return None,
        }
        match self.lexicon.restore(&key).as_ref() {
            Some(Restore::One(word)) if agreeing(word) && **word != *spelling => Some(Fit {
                word: word.to_string(),
                source: Source::WordList,
                cost: 1,
            }),
            Some(Restore::Ambiguous) => {
                let forms: Vec<String> = mark_combinations(spelling)
                    .into_iter()
                    .filter(|f| f != spelling && has_marks(f) && self.lexicon.contains(f))
                    .collect();
                let refs: Vec<&str> = forms.iter().map(String::as_str).collect();
                match forms.as_slice() {
                    [one] => Some(Fit {
                        word: one.clone(),
                        source: Source::WordList,
                        cost: 1,
                    }),
                    // `forsta`: `första`, far more common than `förstå`.
                    _ => frequency::dominant(&refs).map(|word| Fit {
                        word: word.to_owned(),
                        source: Source::WordList,
                        cost: 2,
                    }),
                }
            }
            _ => None,
        }
    }

    /// Letters OCR reads for one another: `I` and `l`, `rn` and `m`, and the OCR characters
    /// of [`ocr_candidates`] in what they give: `HudiksvalI`, `Iedamöter`, `bam`, `komrnun`,
    /// `handlingama`, `Wikstrorn`, `lFO`. At most two such changes; the result must be a word
    /// (marks restored where they were lost). Returns the word's case model and the fit.
    fn confused(&self, token: &str) -> Option<(String, Fit)> {
        let mut fits: Vec<(String, Fit)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (variant, cost) in letter_confusions(token) {
            for candidate in ocr_candidates(&variant) {
                if !seen.insert(candidate.clone()) || candidate == token.to_lowercase() {
                    continue;
                }
                let fit = if self.is_known(&candidate) {
                    Some(Fit {
                        source: self.source_of(&candidate),
                        word: candidate.clone(),
                        cost,
                    })
                } else {
                    self.restore_marks(&candidate).map(|mut f| {
                        f.cost += cost;
                        f
                    })
                };
                if let Some(fit) = fit {
                    fits.push((variant.clone(), fit));
                }
            }
            if seen.len() > MAX_CANDIDATES {
                break;
            }
        }
        let best = self.choose(fits.iter().map(|(_, f)| f.clone()).collect())?;
        // The variant's glyphs give the case, except an `I` that still stands for an `l`.
        let model = fits
            .iter()
            .find(|(_, f)| f.word == best.word)
            .map(|(m, f)| {
                if m.starts_with('I') && f.word.starts_with('l') {
                    case_model(m)
                } else {
                    m.clone()
                }
            })
            .unwrap_or_else(|| token.to_owned());
        Some((model, best))
    }

    /// Letters that are letters themselves but stand for ö or ä (`d`, `g`, `e`, `do`, `od`): at
    /// most two substitutions.
    fn soft(&self, lower: &str) -> Option<Fit> {
        let chars: Vec<char> = lower.chars().collect();
        if chars.len() < 2 {
            return None;
        }
        let mut fits = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for first in soft_edits(&chars) {
            let once = first.apply(&chars);
            self.soft_fit(&once, 1, &mut fits, &mut seen);
            for second in soft_edits(&once) {
                if second.at <= first.at {
                    continue;
                }
                let twice = second.apply(&once);
                self.soft_fit(&twice, 2, &mut fits, &mut seen);
            }
            if seen.len() > MAX_CANDIDATES {
                break;
            }
        }
        self.choose(fits)
    }

    fn soft_fit(
        &self,
        chars: &[char],
        cost: u32,
        fits: &mut Vec<Fit>,
        seen: &mut std::collections::HashSet<String>,
    ) {
        let word: String = chars.iter().collect();
        if !seen.insert(word.clone()) {
            return;
        }
        if self.is_known(&word) {
            fits.push(Fit {
                source: self.source_of(&word),
                word,
                cost,
            });
        } else if let Some(mut fit) = self.restore_marks(&word) {
            fit.cost += cost;
            fits.push(fit);
        }
    }

    /// The best of several fits: the repository's most used word, else the cheapest; `None`
    /// when the best are a tie between different words.
    fn choose(&self, fits: Vec<Fit>) -> Option<Fit> {
        let mut fits = fits;
        fits.sort_by(|a, b| a.word.cmp(&b.word));
        fits.dedup_by(|a, b| a.word == b.word);
        let in_repo: Vec<&Fit> = fits.iter().filter(|f| self.count(&f.word) > 0).collect();
        if !in_repo.is_empty() {
            let best = in_repo.iter().map(|f| self.count(&f.word)).max().unwrap_or(0);
            let top: Vec<&&Fit> = in_repo.iter().filter(|f| self.count(&f.word) == best).collect();
            return match top.as_slice() {
                [one] => Some(Fit {
                    source: Source::Repository,
                    ..(**one).clone()
                }),
                _ => None,
            };
        }
        let cheapest = fits.iter().map(|f| f.cost).min()?;
        let top: Vec<&Fit> = fits.iter().filter(|f| f.cost == cheapest).collect();
        match top.as_slice() {
            [one] => Some((*one).clone()),
            _ => {
                // Several words fit as well: the one Swedish uses far more often, if any.
                let words: Vec<&str> = top.iter().map(|f| f.word.as_str()).collect();
                let word = frequency::dominant(&words)?;
                top.into_iter().find(|f| f.word == word).cloned()
            }
        }
    }

    /// Splits a word into known parts (a linking `s` allowed); each part may be repaired. The
    /// fewest parts win, then the fewest repairs. Returns the word and whether a part was repaired.
    fn compound(&self, lower: &str) -> Option<(String, bool)> {
        let chars: Vec<char> = lower.chars().collect();
        let n = chars.len();
        if !(6..=60).contains(&n) {
            return None;
        }
        // best[i]: (parts, repairs, text) covering chars[..i].
        let mut best: Vec<Option<(u32, u32, String)>> = vec![None; n + 1];
        best[0] = Some((0, 0, String::new()));
        for end in 3..=n {
            for start in 0..=end.saturating_sub(3) {
                let Some((parts, repairs, text)) = best[start].clone() else {
                    continue;
                };
                if parts >= 6 {
                    continue;
                }
                let part: String = chars[start..end].iter().collect();
                let Some((word, fixed)) = self.part(&part, end == n) else {
                    continue;
                };
                // A short part counts double: `nominerings|for|farande` is no split.
                let weight = if end - start <= 3 { 2 } else { 1 };
                let candidate = (
                    parts + weight,
                    repairs + u32::from(fixed),
                    format!("{text}{word}"),
                );
                let better = match &best[end] {
                    None => true,
                    Some((p, r, _)) => (candidate.0, candidate.1) < (*p, *r),
                };
                if better {
                    best[end] = Some(candidate);
                }
            }
        }
        match best[n].take() {
            Some((parts, repairs, text)) if parts >= 2 => Some((text, repairs > 0)),
            _ => None,
        }
    }

    /// One part of a compound: a word, or (not last) a word with a linking `s`.
    fn part(&self, part: &str, last: bool) -> Option<(String, bool)> {
        if let Some(found) = self.part_word(part) {
            return Some(found);
        }
        if !last
            && part.chars().count() > 3
            && let Some(stem) = part.strip_suffix('s')
            && let Some((word, fixed)) = self.part_word(stem)
        {
            return Some((format!("{word}s"), fixed));
        }
        None
    }

    fn part_word(&self, part: &str) -> Option<(String, bool)> {
        // Short parts make nonsense of long words (`handling|åma`).
        if part.chars().count() < 4 {
            return None;
        }
        if self.is_known(part) {
            // `bemannings|laget` in a scan that lost its marks: `läget`.
            if self.restore_twins
                && let Some(word) = self.twin(part)
            {
                return Some((word, true));
            }
            return Some((part.to_owned(), false));
        }
        if mark_positions(part) > 6 {
            return None;
        }
        self.restore_marks(part).map(|fit| (fit.word, true))
    }

    /// For an all-caps token that is not known: the repository's acronym one letter away.
    fn near_acronym(&self, token: &str) -> Option<String> {
        let length = token.chars().count();
        if length < 4 {
            return None;
        }
        let lower = token.to_lowercase();
        let mut near: Vec<&String> = self
            .repo
            .counts
            .keys()
            .filter(|w| w.chars().count() + 1 >= length && !self.lexicon.contains(w))
            .filter(|w| strsim::levenshtein(w, &lower) == 1)
            .collect();
        near.sort();
        near.first().map(|w| format!("perhaps `{}`", w.to_uppercase()))
    }
}

fn repaired(model: &str, fit: Fit, damage: Damage) -> Verdict {
    Verdict::Repaired {
        word: apply_case(model, &fit.word),
        damage,
        source: fit.source,
    }
}

fn is_vowel(c: char) -> bool {
    "aeiouyåäöéü".contains(c)
}

/// Whether a capital `I` before this character is more likely an `l` (`Iyfts`, `I6per`).
fn initial_i_before(next: char) -> bool {
    matches!(next, '6' | '0' | '1' | '|' | 'y') || (next.is_lowercase() && !is_vowel(next))
}

/// Whether a token holds a character that is no Swedish letter where it stands.
pub fn has_ocr_characters(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    let lower_after = |i: usize| chars.get(i + 1).is_some_and(|c| c.is_lowercase());
    chars.iter().enumerate().any(|(i, &c)| match c {
        'é' | 'è' | 'ë' | 'É' | '|' | '@' | '6' | '0' | '1' => true,
        // `Iyfts`, `I6per`: a capital I where a word cannot start with one.
        'I' if i == 0 => chars.get(1).is_some_and(|n| initial_i_before(*n)),
        // `hjaIpmedel`: a capital I inside a lower-case word.
        'I' => i > 0 && chars.get(i - 1).is_some_and(|p| p.is_lowercase()) && lower_after(i),
        _ => false,
    })
}

/// The token as its case should be read: an `I` read for `l` says nothing about case.
fn case_model(token: &str) -> String {
    let mut chars = token.chars();
    match (chars.next(), token.chars().nth(1)) {
        (Some('I'), Some(next)) if initial_i_before(next) => {
            format!("l{}", chars.as_str())
        }
        _ => token.to_owned(),
    }
}

/// The spellings a token with OCR characters may stand for (lower case).
fn ocr_candidates(token: &str) -> Vec<String> {
    let chars: Vec<char> = token.chars().collect();
    let mut out: Vec<String> = vec![String::new()];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let lower_c: String = c.to_lowercase().collect();
        let (options, width): (Vec<&str>, usize) = match (c, next) {
            // Two characters for one letter: `Foérslag`, `Léanschefs`, `beddéms`.
            ('o' | 'e' | 'O' | 'E', Some('é')) => (vec!["ö", "oö", "öö", "oä"], 2),
            ('é', Some('a')) => (vec!["ä", "äa", "åa", "öa"], 2),
            ('d', Some('é')) => (vec!["ö", "dö", "dä", "då"], 2),
            ('é' | 'è' | 'ë', _) => (vec!["ö", "ä", "å", "e", "é"], 1),
            ('É', _) => (vec!["ö", "ä", "å", "e", "é"], 1),
            ('6', _) => (vec!["ö"], 1),
            ('0', _) => (vec!["o", "ö"], 1),
            ('1' | '|', _) => (vec!["l"], 1),
            ('@', _) => (vec![""], 1),
            ('I', _) if i == 0 && next.is_some_and(initial_i_before) => (vec!["l", "i"], 1),
            ('I', _)
                if i > 0
                    && chars.get(i - 1).is_some_and(|p| p.is_lowercase())
                    && next.is_some_and(char::is_lowercase) =>
            {
                (vec!["l"], 1)
            }
            _ => (vec![lower_c.as_str()], 1),
        };
        let options: Vec<String> = options.into_iter().map(str::to_owned).collect();
        let mut grown = Vec::with_capacity(out.len() * options.len());
        for prefix in &out {
            for option in &options {
                grown.push(format!("{prefix}{option}"));
            }
        }
        out = grown;
        if out.len() > MAX_CANDIDATES {
            out.truncate(MAX_CANDIDATES);
        }
        i += width;
    }
    out.retain(|c| !c.is_empty());
    out.dedup();
    out
}

/// The token with one or two of OCR's letter confusions undone, each with its cost: `I` ↔ `l`
/// (the glyph's case is the letter's: `I` read for `l` is a small `l`, `l` read for `I` a
/// capital), `rn` → `m` and `m` → `rn`.
fn letter_confusions(token: &str) -> Vec<(String, u32)> {
    let one = |text: &str| -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        for i in 0..chars.len() {
            let swap = match chars[i] {
                'I' => Some("l"),
                'l' => Some("I"),
                'm' => Some("rn"),
                'r' if chars.get(i + 1) == Some(&'n') => Some("m"),
                _ => None,
            };
            let Some(with) = swap else { continue };
            let width = if chars[i] == 'r' { 2 } else { 1 };
            let mut variant: String = chars[..i].iter().collect();
            variant.push_str(with);
            variant.extend(&chars[(i + width).min(chars.len())..]);
            out.push(variant);
        }
        out
    };
    let mut out: Vec<(String, u32)> = Vec::new();
    for first in one(token) {
        for second in one(&first) {
            if second != token && !out.iter().any(|(v, _)| *v == second) {
                out.push((second, 2));
            }
        }
        if !out.iter().any(|(v, _)| *v == first) {
            out.push((first, 1));
        }
        if out.len() > MAX_CANDIDATES {
            break;
        }
    }
    out.sort_by_key(|(_, cost)| *cost);
    out
}

/// One substitution of a letter OCR confuses with ö or ä.
struct Edit {
    at: usize,
    width: usize,
    with: char,
}

impl Edit {
    fn apply(&self, chars: &[char]) -> Vec<char> {
        let mut out = Vec::with_capacity(chars.len());
        out.extend_from_slice(&chars[..self.at]);
        out.push(self.with);
        out.extend_from_slice(&chars[(self.at + self.width).min(chars.len())..]);
        out
    }
}

fn soft_edits(chars: &[char]) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            'd' => {
                edits.push(Edit {
                    at: i,
                    width: 1,
                    with: 'ö',
                });
                edits.push(Edit {
                    at: i,
                    width: 1,
                    with: 'ä',
                });
                edits.push(Edit {
                    at: i,
                    width: 1,
                    with: 'å',
                });
                if matches!(next, Some('o')) {
                    edits.push(Edit {
                        at: i,
                        width: 2,
                        with: 'ö',
                    });
                }
            }
            'o' if matches!(next, Some('d')) => edits.push(Edit {
                at: i,
                width: 2,
                with: 'ö',
            }),
            'g' | 'e' => edits.push(Edit {
                at: i,
                width: 1,
                with: 'ö',
            }),
            _ => {}
        }
    }
    edits
}

/// How many letters of a spelling could carry marks (`a`, `o`).
fn mark_positions(spelling: &str) -> usize {
    spelling.chars().filter(|c| matches!(c, 'a' | 'o')).count()
}

/// Every way to put marks on a spelling's `a` and `o` (bounded).
fn mark_combinations(spelling: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for c in spelling.chars() {
        let options: &[char] = match c {
            'a' => &['a', 'å', 'ä'],
            'o' => &['o', 'ö'],
            _ => &[],
        };
        if options.is_empty() {
            out.iter_mut().for_each(|s| s.push(c));
            continue;
        }
        let mut grown = Vec::with_capacity(out.len() * options.len());
        for prefix in &out {
            for option in options {
                let mut s = prefix.clone();
                s.push(*option);
                grown.push(s);
            }
        }
        out = grown;
        if out.len() > MAX_MARK_COMBINATIONS {
            return Vec::new();
        }
    }
    out
}

/// Whether `form` keeps every mark `spelling` has, letter for letter.
fn agrees(spelling: &str, form: &str) -> bool {
    let a: Vec<char> = spelling.chars().collect();
    let b: Vec<char> = form.chars().collect();
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| !matches!(x, 'å' | 'ä' | 'ö') || x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> WordCounts {
        let mut words = WordCounts::with_format_words();
        words.add_text(
            "Länsnätverket i Västmark beslutade att öppna mötet. Vårdhygien och vård för alla, för \
             kommunerna. Möte på möte är för oss. Malung-Sälen.",
        );
        words
    }

    fn judge(repo: &WordCounts, token: &str) -> Verdict {
        Repairer::new(Lexicon::builtin(), repo).judge(token)
    }

    fn word(v: &Verdict) -> Option<&str> {
        match v {
            Verdict::Repaired { word, .. } => Some(word),
            _ => None,
        }
    }

    #[test]
    fn ocr_characters_marks_and_confused_letters() {
        let repo = repo();
        for (damaged, repaired) in [
            ("Féredragande", "Föredragande"),
            ("6vergripande", "övergripande"),
            ("f6r", "för"),
            ("I6per", "löper"),
            ("Iyfts", "lyfts"),
            ("Lansnatverket", "Länsnätverket"),
            ("LAnsnatverket", "Länsnätverket"),
            ("dppna", "öppna"),
            ("kdnnedom", "kännedom"),
            ("mgjlighet", "möjlighet"),
            ("Foérslag", "Förslag"),
            ("véaxlar", "växlar"),
            ("vardhygien", "vårdhygien"),
            ("Sélen", "Sälen"),
            ("stdd", "stöd"),
            ("nomineringsforfarande", "nomineringsförfarande"),
        ] {
            let verdict = judge(&repo, damaged);
            assert_eq!(word(&verdict), Some(repaired), "{damaged}: {verdict:?}");
        }
    }

    #[test]
    fn known_words_abbreviations_and_acronyms_stay() {
        let repo = repo();
        for token in [
            "möte",
            "idé",
            "samverkansavtalet",
            "Tf",
            "DHC",
            "RSS",
            "MAR",
            "1a",
            "6b",
            "Västmark",
        ] {
            assert_eq!(judge(&repo, token), Verdict::Known, "{token}");
        }
    }

    #[test]
    fn twins_only_when_asked_and_when_the_repository_agrees() {
        let repo = repo();
        let mut repairer = Repairer::new(Lexicon::builtin(), &repo);
        assert_eq!(repairer.judge("for"), Verdict::Known);
        repairer.restore_twins = true;
        assert_eq!(word(&repairer.judge("for")), Some("för"));
        // `har` is used as it stands: no evidence for `här`.
        assert_eq!(repairer.judge("har"), Verdict::Known);
    }

    #[test]
    fn nonsense_is_unplaced() {
        let repo = repo();
        assert!(matches!(judge(&repo, "xqzvubrt"), Verdict::Unplaced { .. }));
    }
}
