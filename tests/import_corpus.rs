//! `lchnv import` measured on documents of other hands: the corpus in
//! `tests/fixtures/import-corpus/`. `tuning/` holds the documents the importer was built on;
//! `held-out/` to `held-out-4/` were each held apart from one round of the importer, measured once
//! at its end (the figures are kept below), and are tuning data since, so their scores are
//! floors, not a measure of documents the importer has not met. `held-out-5/` was held apart from
//! the fifth round, measured once after it, and tuned on in the sixth; `held-out-6/` was held
//! apart from the sixth round, measured once after it, and tuned on in the seventh; `held-out-7/`
//! was held apart from the seventh round and measured once after it, and tuned on in the eighth and
//! ninth; `held-out-8/` and `held-out-9/` were held apart from the ninth round, measured once
//! after it and tuned on in the tenth; `held-out-10/` was held apart from the tenth round,
//! measured once after it and tuned on in the eleventh; `held-out-11/` was held apart from the
//! eleventh round, measured once after it and tuned on in the twelfth; `held-out-12/` was held
//! apart from the twelfth round and measured once after it. A set held apart from a later round
//! is added as `held-out-13/` (or a later number) and scored by
//! `further_held_out_sets_are_scored` with its summed row only. Run with `--nocapture` to see the tables and every miss.

mod corpus;

use corpus::score::Scores;

/// What a folder's scores must reach.
struct Bar {
    /// Item headings that may be missed.
    items_missed: usize,
    /// Words that may be lost.
    words_lost: usize,
    clause_f1: f64,
    owner_precision: f64,
    owner_recall: f64,
    due: f64,
    attendee_precision: f64,
    attendee_recall: f64,
    ocr_repaired: f64,
    ocr_changed: f64,
}

fn assert_bar(s: &Scores, bar: &Bar) {
    assert!(
        s.items.hit + bar.items_missed >= s.items.of,
        "item headings found {}/{}",
        s.items.hit,
        s.items.of
    );
    assert!(s.clauses.f1() >= bar.clause_f1, "clause F1 {:.3}", s.clauses.f1());
    assert!(
        s.owners.precision() >= bar.owner_precision,
        "owner precision {:.3}",
        s.owners.precision()
    );
    assert!(
        s.owners.recall() >= bar.owner_recall,
        "owner recall {:.3}",
        s.owners.recall()
    );
    assert!(s.due.value() >= bar.due, "due dates {:.3}", s.due.value());
    assert!(
        s.attendees.precision() >= bar.attendee_precision,
        "attendee precision {:.3}",
        s.attendees.precision()
    );
    assert!(
        s.attendees.recall() >= bar.attendee_recall,
        "attendee recall {:.3}",
        s.attendees.recall()
    );
    assert!(
        s.ocr_repaired.value() >= bar.ocr_repaired,
        "OCR repaired {:.3}",
        s.ocr_repaired.value()
    );
    assert!(
        s.ocr_changed.value() <= bar.ocr_changed,
        "correct words changed {:.4}",
        s.ocr_changed.value()
    );
    assert!(s.words_lost <= bar.words_lost, "words lost {}", s.words_lost);
}

/// The targets, for documents the importer was not built on.
const TARGETS: Bar = Bar {
    items_missed: 0,
    words_lost: 0,
    clause_f1: 0.98,
    owner_precision: 0.9,
    owner_recall: 0.9,
    due: 0.9,
    attendee_precision: 0.95,
    attendee_recall: 0.95,
    ocr_repaired: 0.95,
    ocr_changed: 0.01,
};

/// The scores the tuning documents reached (176 item headings, clause F1 0.992, owners 0.991/1.000,
/// due dates 1.000, attendees 0.994/0.994, OCR repaired 0.990 with no correct word changed, no word
/// lost): floors a later change must not fall below.
#[test]
fn tuning_documents_keep_their_scores() {
    let s = measured("tuning");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 0,
            clause_f1: 0.991,
            owner_precision: 0.99,
            owner_recall: 0.999,
            due: 0.999,
            attendee_precision: 0.993,
            attendee_recall: 0.993,
            ocr_repaired: 0.989,
            ocr_changed: 0.0,
        },
    );
}

/// The first held-out set, measured once when the importer was first built (items 60/71, clause
/// F1 0.753, owner recall 0.786, due dates 0.767, attendee recall 0.759, OCR repaired 0.413, 762
/// words lost), has since been tuned on like `tuning/`. It now scores items 71/71, clause F1
/// 0.980, owners 1.000/1.000, due dates 1.000, attendees 0.976/0.976, OCR repaired 306/312 with
/// no correct word changed, no word lost: these are its floors.
#[test]
fn held_out_documents_keep_their_scores() {
    let s = measured("held-out");
    assert_bar(&s, &HELD_OUT_FLOORS);
}

const HELD_OUT_FLOORS: Bar = Bar {
    items_missed: 0,
    words_lost: 0,
    clause_f1: 0.979,
    owner_precision: 0.99,
    owner_recall: 0.99,
    due: 0.99,
    attendee_precision: 0.975,
    attendee_recall: 0.975,
    ocr_repaired: 0.98,
    ocr_changed: 0.001,
};

/// The targets on `held-out-2/`.
///
/// Held apart from the importer's first three rounds and measured once at the end of the third
/// (`cargo test --test import_corpus held_out_2 -- --ignored --nocapture`), on its seven
/// documents: items 88/89 (target: all), clause F1 0.971 (≥ 0.98), owners precision 0.978 (≥ 0.9)
/// and recall 0.898 (≥ 0.9), due dates 0.872 (≥ 0.9), report-back 0.846, attendees precision 0.991
/// and recall 0.981 (≥ 0.95), OCR repaired 463/481 = 0.963 (≥ 0.95) with 0/1456 correct words
/// changed (≤ 0.01), 1 word lost (target 0), front matter 46/49. Tuning data since the fourth
/// round, which brought it to items 89/89, clause F1 0.971, owners 0.978/0.918, due dates 0.923,
/// report-back 0.872, attendees 0.991/0.981, OCR repaired 467/481 = 0.971 with none changed, 1
/// word lost. After the sixth round: owners 1.000/1.000, due dates 1.000, report-back 0.974.
/// Clause F1 (two clauses whose `lägga` lost its marks and stayed `lagga`) and the one word lost
/// still miss, so this test is ignored rather than lowered;
/// `held_out_2_documents_keep_their_scores` holds the figures as floors.
#[test]
#[ignore = "held-out-2 misses the targets on clause F1 and words lost; see the figures above"]
fn held_out_2_documents_meet_the_targets() {
    let s = measured("held-out-2");
    assert_bar(&s, &TARGETS);
}

/// The targets on `held-out-3/`, a set written while the importer's third round was made,
/// held apart from it and added after it.
///
/// Measured once, when the set was added (`cargo test --test import_corpus held_out_3 --
/// --ignored --nocapture`), on its six documents of five bodies: items 58/73 (target: all),
/// clause F1 0.679 (≥ 0.98), owners precision 0.935 (≥ 0.9) and recall 0.659 (≥ 0.9), due dates
/// 0.594 (≥ 0.9), report-back 0.562, attendees precision 0.947 and recall 0.771 (≥ 0.95), OCR
/// repaired 216/227 = 0.952 (≥ 0.95) with 1/697 correct words changed (≤ 0.01), 88 words lost
/// (target 0), sentences that read like tasks listed 7/15, front matter 38/42, 9 `check` errors in
/// the imported files. Tuning data since the fourth round, which brought it to items 73/73,
/// clause F1 0.944, owners 0.957/1.000, due dates 0.969, report-back 1.000, attendees
/// 0.971/0.971, OCR repaired 217/227 = 0.956 with 1/697 changed, no word lost, front matter
/// 42/42; after the fifth round owners 1.000/1.000 and due dates 1.000. Clause F1 still misses (clauses whose OCR-damaged words stay unrepaired, such as
/// `lakemedelshanteringen`), so this test is ignored rather than lowered;
/// `held_out_3_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-3 misses the target on clause F1; see the figures above"]
fn held_out_3_documents_meet_the_targets() {
    let s = measured("held-out-3");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-3/` reaches now that it is tuning data (above), as floors.
#[test]
fn held_out_3_documents_keep_their_scores() {
    let s = measured("held-out-3");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 0,
            clause_f1: 0.943,
            owner_precision: 0.999,
            owner_recall: 0.999,
            due: 0.999,
            attendee_precision: 0.970,
            attendee_recall: 0.970,
            ocr_repaired: 0.955,
            ocr_changed: 0.0015,
        },
    );
}

/// The targets on `held-out-4/`, seven documents of five bodies written after the fourth
/// round by someone who did not read the importer, in layouts none of the earlier sets has (`61 §`
/// paragraphs, `Ärende 4` alone on a line with the title below, unnumbered section headings in
/// capitals, pipe tables with wrapped cells, `Åtgärd:`/`Ansvar:`/`Tidplan:` blocks, `Att göra:`
/// with `→` lines, attendance as one paragraph or as `Name (Org) – role`).
///
/// Measured once, when the set was added after the fourth round (`cargo test --test
/// import_corpus held_out_4 -- --ignored --nocapture`): items 40/84 (target: all), clause F1
/// 0.314 (≥ 0.98), owners precision 0.913 (≥ 0.9) and recall 0.382 (≥ 0.9), due dates 0.351
/// (≥ 0.9), report-back 0.351, attendees precision 0.963 and recall 0.830 (≥ 0.95), OCR repaired
/// 349/359 = 0.972 (≥ 0.95) with 0/1032 correct words changed (≤ 0.01), 264 words lost (target
/// 0), sentences that read like tasks listed 6/22, front matter 40/49, 10 `check` errors in the
/// imported files. Tuning data since the fifth round; after the fifth round it scores items 83/84,
/// clause F1 0.952, owners precision 0.958 and recall 0.836, due dates 0.838, report-back 0.784,
/// attendees 0.989/0.989, OCR repaired 349/359 = 0.972 with 0/1032 changed, no word lost,
/// sentences that read like tasks listed 11/22, front matter 45/49. After the sixth round: owners
/// 0.964/0.964, due dates 0.973, report-back 0.973, sentences that read like tasks listed 16/22,
/// front matter 47/49, the rest as before. Items and clause F1 still miss (`6vriga` read for
/// `Övriga` in a heading, OCR-damaged words left in clauses: `placeringskostnadema`, `örn` for
/// `om`), so this test is ignored rather than lowered; `held_out_4_documents_keep_their_scores`
/// holds the figures.
#[test]
#[ignore = "held-out-4 misses the targets on items and clauses; see the figures above"]
fn held_out_4_documents_meet_the_targets() {
    let s = measured("held-out-4");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-4/` reaches after the sixth round (above), as floors; after the ninth,
/// attendees 1.000/1.000 (a name in a typed document is no longer repaired); after the tenth,
/// owners 0.982/0.982, due dates 1.000, report-back 1.000.
#[test]
fn held_out_4_documents_keep_their_scores() {
    let s = measured("held-out-4");
    assert_bar(
        &s,
        &Bar {
            items_missed: 1,
            words_lost: 0,
            clause_f1: 0.951,
            owner_precision: 0.981,
            owner_recall: 0.981,
            due: 0.999,
            attendee_precision: 0.999,
            attendee_recall: 0.999,
            ocr_repaired: 0.974,
            ocr_changed: 0.0,
        },
    );
}

/// The targets on `held-out-5/`, six documents of five bodies written during the fifth
/// round by someone who did not read the importer: half in everyday layouts in their own
/// phrasing, half in layouts no earlier set has (minutes as a `Punkt | Anteckning` table, a
/// `Beslutslogg` table, `UPPDRAG:` marked inline, a table of contents with page numbers,
/// attendance grouped by role).
///
/// Measured once, when the set was added after the fifth round (`cargo test --test
/// import_corpus held_out_5 -- --ignored --nocapture`): items 61/73 (target: all), clause F1
/// 0.794 (≥ 0.98), owners precision 0.935 (≥ 0.9) and recall 0.527 (≥ 0.9), due dates 0.459
/// (≥ 0.9), report-back 0.486, attendees precision 0.982 and recall 0.683 (≥ 0.95), OCR repaired
/// 171/177 = 0.966 (≥ 0.95) with 1/477 correct words changed (≤ 0.01), 30 words lost (target
/// 0), sentences that read like tasks listed 7/18, front matter 40/42, 2 `check` errors in the
/// imported files.
///
/// Tuning data since the sixth round, after which it scores items 73/73, clause F1 0.974, owners
/// 1.000/1.000, due dates 1.000, report-back 1.000, attendees 1.000/1.000, OCR repaired 172/177 =
/// 0.972 with 1/477 correct words changed, no word lost, sentences that read like tasks listed
/// 15/18, front matter 42/42, and 2 `check` errors (`owner-unknown` for two owners named by office,
/// `förvaltningschefen` and `verksamhetscheferna`, which are for a person to resolve). Clause F1
/// still misses (`na` left for `nå` in an OCR-damaged clause: `nå` and `nä` both fit), so this
/// test is ignored rather than lowered; `held_out_5_documents_keep_their_scores` holds the
/// figures.
#[test]
#[ignore = "held-out-5 misses the target on clause F1; see the figures above"]
fn held_out_5_documents_meet_the_targets() {
    let s = measured("held-out-5");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-5/` reaches after the sixth round (above), as floors.
#[test]
fn held_out_5_documents_keep_their_scores() {
    let s = measured("held-out-5");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 0,
            clause_f1: 0.973,
            owner_precision: 0.999,
            owner_recall: 0.999,
            due: 0.999,
            attendee_precision: 0.999,
            attendee_recall: 0.999,
            ocr_repaired: 0.971,
            ocr_changed: 0.0022,
        },
    );
}

/// The targets on `held-out-6/`, six documents of five bodies written during the sixth
/// round by someone who did not read the importer: half in everyday layouts in their own
/// phrasing, half in layouts no earlier set has (`ÄRENDE n – Title` blocks, a `§ 38` at the end
/// of the title line, date, time and place in one sentence, an attendance table with a
/// Närvarande/Frånvarande column, `Name – role, Org`, an `UPPFÖLJNINGSLISTA`).
///
/// Measured once, when the set was added after the sixth round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 36/67
/// (target: all), clause F1 0.567 (≥ 0.98), owners precision 1.000 (≥ 0.9) and recall 0.260
/// (≥ 0.9), due dates 0.324 (≥ 0.9), report-back 0.324, attendees precision 0.881 and recall
/// 0.514 (≥ 0.95), OCR repaired 134/139 = 0.964 (≥ 0.95) with 0/504 correct words changed
/// (≤ 0.01), 1,187 words lost (target 0), sentences that read like tasks listed 7/16, front
/// matter 24/42, 7 `check` errors in the imported files.
///
/// Tuning data since the seventh round, after which it scores items 67/67, clause F1 0.978,
/// owners 1.000/1.000, due dates 1.000, report-back 0.971, attendees 0.986/0.986, OCR repaired
/// 134/139 = 0.964 with 0/504 correct words changed, no word lost, sentences that read like tasks
/// listed 16/16, front matter 42/42, and 6 `check` errors. Clause F1 still misses (an
/// OCR-damaged word in a compound, `Intemkontrollplan`, left as it was), so this test is ignored
/// rather than lowered; `held_out_6_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-6 misses the target on clause F1; see the figures above"]
fn held_out_6_documents_meet_the_targets() {
    let s = measured("held-out-6");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-6/` reaches after the seventh round (above), as floors.
#[test]
fn held_out_6_documents_keep_their_scores() {
    let s = measured("held-out-6");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 0,
            clause_f1: 0.977,
            owner_precision: 0.999,
            owner_recall: 0.999,
            due: 0.999,
            attendee_precision: 0.985,
            attendee_recall: 0.985,
            ocr_repaired: 0.963,
            ocr_changed: 0.0001,
        },
    );
}

/// The targets on `held-out-7/`, six documents of five bodies written during the seventh
/// round by someone who did not read the importer: half in everyday layouts in their own
/// phrasing, half in layouts no earlier set has (a timed agenda, `Name / Kommun / befattning`,
/// headings underlined with dashes, an attendance table of organisations with Närvarande and
/// Förhinder columns, `Vem gör vad till nästa gång?`).
///
/// Measured once, when the set was added after the seventh round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 49/71
/// (target: all), clause F1 0.691 (≥ 0.98), owners precision 1.000 (≥ 0.9) and recall 0.333
/// (≥ 0.9), due dates 0.282 (≥ 0.9), report-back 0.256, attendees precision 0.956 and recall
/// 0.614 (≥ 0.95), OCR repaired 183/187 = 0.979 (≥ 0.95) with 0/546 correct words changed
/// (≤ 0.01), 656 words lost (target 0), sentences that read like tasks listed 7/17, front matter
/// 32/42, 2 `check` errors in the imported files. Tuning data since the eighth round; after the
/// ninth it meets every target but words lost (3: a name the scan damaged, `Sandstrom`, and the
/// words of a signature block), so this test is ignored
/// rather than lowered; `held_out_7_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-7 misses the target on words lost; see the figures above"]
fn held_out_7_documents_meet_the_targets() {
    let s = measured("held-out-7");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-7/` reaches after the ninth round, as floors: items 71/71, clause F1
/// 1.000, owners P 1.000 R 0.963, due dates 0.949, report-back 0.949, attendees P 1.000 R 1.000,
/// OCR repaired 0.979 with 0/546 correct words changed, 3 words lost, front matter 42/42 (after
/// the eighth round:
/// items 70/71, clause F1 0.875, owners R 0.556, due dates 0.487, attendees 0.971/0.971, 5 words
/// lost; the measured-once figures are above).
#[test]
fn held_out_7_documents_keep_their_scores() {
    let s = measured("held-out-7");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 3,
            clause_f1: 0.999,
            owner_precision: 0.999,
            owner_recall: 0.962,
            due: 0.948,
            attendee_precision: 0.999,
            attendee_recall: 0.999,
            ocr_repaired: 0.978,
            ocr_changed: 0.0001,
        },
    );
}

/// The targets on `held-out-8/`, six documents of five bodies written during the ninth
/// round by someone who did not read the importer. Its writer was given a list of layout ideas,
/// and some of them (a date only in the file name, `Punkt 4 –` and `Ärende 4 –` headings) were
/// also among the general forms the ninth round was asked to read, so this set is not wholly
/// blind to that round; `held-out-9/` is.
///
/// Measured once, when the set was added after the ninth round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 54/63
/// (target: all), clause F1 0.857 (≥ 0.98), owners precision 0.625 (≥ 0.9) and recall 0.395
/// (≥ 0.9), due dates 0.367 (≥ 0.9), report-back 0.400, attendees precision 0.946 and recall
/// 0.473 (≥ 0.95), OCR repaired 157/159 = 0.987 (≥ 0.95) with 0/481 correct words changed
/// (≤ 0.01), 71 words lost (target 0), sentences that read like tasks listed 4/25, front matter
/// 26/42, 5 `check` errors in the imported files. Before the ninth round the importer scored
/// items 45/63, clause F1 0.851, owners P 0.609 R 0.368, due dates 0.300, attendees P 1.000 R
/// 0.351 and lost 1,045 words on it. So this test is ignored rather than lowered;
/// `held_out_8_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-8 misses the targets on owner recall and attendee recall; see the figures above"]
fn held_out_8_documents_meet_the_targets() {
    let s = measured("held-out-8");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-8/` reaches after the eleventh round, as floors: items 63/63, clause F1
/// 0.981, owners precision 1.000 and recall 0.895, due dates 0.933, report-back 0.867, attendees
/// 1.000/0.932, OCR repaired 157/159 with none changed, no word lost, non-tasks listed 6/25,
/// front matter 33/42 (after the tenth: clause F1 0.902, owners recall 0.605, due dates 0.600,
/// report-back 0.567, attendees recall 0.716, front matter 26/42).
#[test]
fn held_out_8_documents_keep_their_scores() {
    let s = measured("held-out-8");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 0,
            clause_f1: 0.980,
            owner_precision: 0.999,
            owner_recall: 0.894,
            due: 0.932,
            attendee_precision: 0.999,
            attendee_recall: 0.931,
            ocr_repaired: 0.986,
            ocr_changed: 0.0001,
        },
    );
}

/// The targets on `held-out-9/`, six documents of five bodies written during the ninth
/// round by someone who did not read the importer and was given no layout to use: three in
/// everyday layouts in their own phrasing, three in layouts of their own choosing (minutes sent
/// as an e-mail with the facts in its opening paragraph, notes typed during a Teams meeting with
/// `[ ] @X: task` lines, a form-like PDF template with `4 | Title` items and fixed fields).
///
/// Measured once, when the set was added after the ninth round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 57/67
/// (target: all), clause F1 0.700 (≥ 0.98), owners precision 0.960 (≥ 0.9) and recall 0.632
/// (≥ 0.9), due dates 0.548 (≥ 0.9), report-back 0.645, attendees precision 0.955 and recall
/// 0.689 (≥ 0.95), OCR repaired 137/143 = 0.958 (≥ 0.95) with 1/427 correct words changed
/// (≤ 0.01), 60 words lost (target 0), sentences that read like tasks listed 7/19, front matter
/// 28/42, 6 `check` errors in the imported files. Before the ninth round: items 57/67, clause F1
/// 0.550, owners P 0.947 R 0.474, due dates 0.484, 61 words lost. So this test is ignored rather
/// than lowered; `held_out_9_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-9 misses the target on words lost (page numbers of a PDF export); see the figures above"]
fn held_out_9_documents_meet_the_targets() {
    let s = measured("held-out-9");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-9/` reaches after the eleventh round, as floors: items 67/67, clause F1
/// 1.000, owners precision 0.972 and recall 0.921, due dates 0.935, report-back 0.903, attendees
/// 1.000/1.000, OCR repaired 137/143 with 1/427 changed, 8 words lost, non-tasks listed 9/19,
/// front matter 35/42 (after the tenth: clause F1 0.870, due dates 0.742, attendees
/// 0.964/0.869, 14 words lost, front matter 28/42).
#[test]
fn held_out_9_documents_keep_their_scores() {
    let s = measured("held-out-9");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 8,
            clause_f1: 0.999,
            owner_precision: 0.971,
            owner_recall: 0.920,
            due: 0.934,
            attendee_precision: 0.999,
            attendee_recall: 0.999,
            ocr_repaired: 0.957,
            ocr_changed: 0.0024,
        },
    );
}

/// The targets on `held-out-10/`, six documents of five bodies written during the tenth
/// round by someone who did not read the importer and was given no layout to use: three in
/// everyday layouts in their own phrasing, three in layouts of their own choosing (a letter head
/// dated after the meeting and people named by their initials with `ÅTGÄRD:` lines, a Markdown
/// export with its facts in a two-column table and a closing `Att göra` table with a Status
/// column, every fact of the meeting in one title line with items lettered `A.`–`H.` and a
/// `TILL NÄSTA GÅNG` list).
///
/// Measured once, when the set was added after the tenth round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 46/56
/// (target: all), clause F1 0.563 (≥ 0.98), owners precision 0.895 (≥ 0.9) and recall 0.500
/// (≥ 0.9), due dates 0.519 (≥ 0.9), report-back 0.556, attendees precision 0.972 and recall
/// 0.660 (≥ 0.95), OCR repaired 95/99 = 0.960 (≥ 0.95) with 0/337 correct words changed
/// (≤ 0.01), 44 words lost (target 0), sentences that read like tasks listed 7/20, front matter
/// 26/42, 6 `check` errors in the imported files. So this test is ignored rather than lowered;
/// `held_out_10_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-10 misses the targets on items and clauses; see the figures above"]
fn held_out_10_documents_meet_the_targets() {
    let s = measured("held-out-10");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-10/` reaches after the eleventh round, the first it was tuned on, as
/// floors: items 55/56, clause F1 0.955, owners precision 0.971 and recall 0.971, due dates
/// 1.000, report-back 1.000, attendees 0.981/0.962, OCR repaired 95/99 with none changed, no
/// word lost, non-tasks listed 10/20, front matter 42/42.
#[test]
fn held_out_10_documents_keep_their_scores() {
    let s = measured("held-out-10");
    assert_bar(
        &s,
        &Bar {
            items_missed: 1,
            words_lost: 0,
            clause_f1: 0.954,
            owner_precision: 0.970,
            owner_recall: 0.970,
            due: 0.999,
            attendee_precision: 0.980,
            attendee_recall: 0.961,
            ocr_repaired: 0.959,
            ocr_changed: 0.0001,
        },
    );
}

/// The targets on `held-out-11/`, six documents of five bodies written during the
/// eleventh round by someone who did not read the importer and was given no layout to use: three
/// in everyday layouts in their own phrasing (a § protocol of a committee, OCR-damaged; an agenda
/// with the type as a dash suffix; a .docx with a closing task table), three in layouts of their
/// own choosing (items `(1)`–`(9)` as blocks of fields with a Windows-1252 text and the date
/// `15.3.2028`; `9 §` protocols with attendance in running paragraphs and tasks as `(Ansvar: X.
/// Klart: … . Återrapport: …)`; notes of a video meeting with the year only in `möte 2/2028`,
/// `Ordf: | Ant: | Just:` on one line, an attendance table with an `x` column, items `[1]`–`[9]`
/// and tasks on `→` lines).
///
/// Measured once, when the set was added after the eleventh round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 39/60
/// (target: all), clause F1 0.650 (≥ 0.98), owners precision 0.850 (≥ 0.9) and recall 0.386
/// (≥ 0.9), due dates 0.452 (≥ 0.9), report-back 0.419, attendees precision 0.956 and recall
/// 0.683 (≥ 0.95), OCR repaired 144/149 = 0.966 (≥ 0.95) with 0/458 correct words changed
/// (≤ 0.01), 57 words lost (target 0), sentences that read like tasks listed 6/21, front matter
/// 29/42, 2 `check` errors in the imported files. Tuned on in the twelfth round, after which it
/// meets every target but clause F1 (0.963: an OCR-damaged clause read apart from its list).
/// So this test is ignored rather than lowered; `held_out_11_documents_keep_their_scores` holds
/// the figures.
#[test]
#[ignore = "held-out-11 misses the clause F1 target after the twelfth round (0.963); see the figures above"]
fn held_out_11_documents_meet_the_targets() {
    let s = measured("held-out-11");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-11/` reaches after the twelfth round, the first it was tuned on, as
/// floors: items 60/60, clause F1 0.963, owners precision 0.955 and recall 0.955, due dates
/// 0.968, report-back 0.935, attendees 1.000/0.984, OCR repaired 144/149 with none changed, no
/// word lost, non-tasks listed 8/21, front matter 41/42.
#[test]
fn held_out_11_documents_keep_their_scores() {
    let s = measured("held-out-11");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 0,
            clause_f1: 0.962,
            owner_precision: 0.954,
            owner_recall: 0.954,
            due: 0.967,
            attendee_precision: 0.999,
            attendee_recall: 0.983,
            ocr_repaired: 0.965,
            ocr_changed: 0.0001,
        },
    );
}

/// The targets on `held-out-12/`, six documents of five bodies written during the
/// twelfth round by someone who did not read the importer and was given no layout to use: three
/// in everyday layouts in their own phrasing (a § protocol of a committee, OCR-damaged; an agenda
/// with the type as a suffix `(för beslut)`; a .docx with a closing task table), three in layouts
/// of their own choosing (every front fact in one opening sentence `Protokoll fört vid …`,
/// attendance as a numbered list and tasks as `UPPDRAG` blocks of `Vem:`/`Vad:`/`När:`/`Till:`
/// lines; a Windows-1252 text dated `2028.05.23` with items `1 · Title` and attendance in running
/// prose by municipality; notes whose front facts stand only in a closing `Om mötet` paragraph,
/// with items `P1`–`P9` and an attendance table with a Deltog column).
///
/// Measured once, when the set was added after the twelfth round (`cargo test --test
/// import_corpus further_held_out -- --nocapture`, before this test existed): items 34/61
/// (target: all), clause F1 0.870 (≥ 0.98), owners precision 0.882 (≥ 0.9) and recall 0.395
/// (≥ 0.9), due dates 0.379 (≥ 0.9), report-back 0.379, attendees precision 0.978 and recall
/// 0.677 (≥ 0.95), OCR repaired 166/171 = 0.971 (≥ 0.95) with 2/512 correct words changed
/// (≤ 0.01), 32 words lost (target 0), sentences that read like tasks listed 5/18, front matter
/// 26/42, 3 `check` errors in the imported files. So this test is ignored rather than lowered;
/// `held_out_12_documents_keep_their_scores` holds the figures.
#[test]
#[ignore = "held-out-12 misses the targets on items, clauses, owners, due dates, attendee recall and words lost; see the figures above"]
fn held_out_12_documents_meet_the_targets() {
    let s = measured("held-out-12");
    assert_bar(&s, &TARGETS);
}

/// The figures `held-out-12/` reached when it was measured once, as floors.
#[test]
fn held_out_12_documents_keep_their_scores() {
    let s = measured("held-out-12");
    assert_bar(
        &s,
        &Bar {
            items_missed: 27,
            words_lost: 32,
            clause_f1: 0.869,
            owner_precision: 0.881,
            owner_recall: 0.394,
            due: 0.378,
            attendee_precision: 0.977,
            attendee_recall: 0.676,
            ocr_repaired: 0.970,
            ocr_changed: 0.004,
        },
    );
}

#[test]
fn further_held_out_sets_are_scored() {
    let folders = corpus::further_held_out_folders();
    if folders.is_empty() {
        println!("no held-apart set beyond held-out-12 in the corpus");
    }
    for folder in folders {
        let s = corpus::measure_with(&folder, corpus::Detail::Aggregate);
        print_summary(&folder, &s);
        assert!(s.items.of > 0, "{folder}: no item headings in its truth files");
    }
}

/// Which folders count as further held-apart sets: the sets measured once and tuned on since do
/// not.
#[test]
fn only_held_out_11_and_later_are_further_sets() {
    assert!(!corpus::is_further_held_out("held-out-3"));
    assert!(!corpus::is_further_held_out("held-out-6"));
    assert!(!corpus::is_further_held_out("held-out-7"));
    assert!(!corpus::is_further_held_out("held-out-8"));
    assert!(!corpus::is_further_held_out("held-out-9"));
    assert!(!corpus::is_further_held_out("held-out-10"));
    assert!(!corpus::is_further_held_out("held-out-11"));
    assert!(!corpus::is_further_held_out("held-out-12"));
    assert!(!corpus::is_further_held_out("held-out-4"));
    assert!(!corpus::is_further_held_out("held-out-5"));
    assert!(corpus::is_further_held_out("held-out-13"));
    assert!(!corpus::is_further_held_out("held-out"));
    assert!(!corpus::is_further_held_out("held-out-2"));
    assert!(!corpus::is_further_held_out("held-out-"));
    assert!(!corpus::is_further_held_out("tuning"));
}

/// A set's scores, with its summary printed (and every miss, with `--nocapture`).
fn measured(folder: &str) -> Scores {
    let s = corpus::measure(folder);
    print_summary(folder, &s);
    s
}

fn print_summary(folder: &str, s: &Scores) {
    println!(
        "{folder}: items {}/{}, clause F1 {:.3}, owners P {:.3} R {:.3}, due {:.3}, report-to {:.3}, attendees P {:.3} R {:.3}, OCR repaired {:.3} ({}/{}) correct words changed {:.4} ({}/{}) (distinct pairs {}/{}), words lost {}, non-tasks listed {}/{}, front matter {}/{}",
        s.items.hit,
        s.items.of,
        s.clauses.f1(),
        s.owners.precision(),
        s.owners.recall(),
        s.due.value(),
        s.report_to.value(),
        s.attendees.precision(),
        s.attendees.recall(),
        s.ocr_repaired.value(),
        s.ocr_repaired.hit,
        s.ocr_repaired.of,
        s.ocr_changed.value(),
        s.ocr_changed.hit,
        s.ocr_changed.of,
        s.ocr_pairs.hit,
        s.ocr_pairs.of,
        s.words_lost,
        s.non_tasks.hit,
        s.non_tasks.of,
        s.front.hit,
        s.front.of
    );
}

/// The figures `held-out-2/` reaches now that it is tuning data (above), as floors: a change that
/// makes the import worse on it fails here.
#[test]
fn held_out_2_documents_keep_their_scores() {
    let s = measured("held-out-2");
    assert_bar(
        &s,
        &Bar {
            items_missed: 0,
            words_lost: 1,
            clause_f1: 0.970,
            owner_precision: 0.999,
            owner_recall: 0.999,
            due: 0.999,
            attendee_precision: 0.990,
            attendee_recall: 0.980,
            ocr_repaired: 0.970,
            ocr_changed: 0.0,
        },
    );
}
