//! `lchnv import` measured on documents it was not built on: the corpus in
//! `tests/fixtures/import-corpus/`. The tuning documents are those the importer was tuned on;
//! the held-out documents were not looked at while it was built, so their scores say how it does
//! on documents of other hands. Run with `--nocapture` to see the tables and every miss.

mod corpus;

use corpus::score::Scores;

#[test]
fn tuning_documents_keep_their_scores() {
    let s = corpus::measure("tuning");
    print_summary("tuning", &s);
}

fn print_summary(folder: &str, s: &Scores) {
    println!(
        "{folder}: items {}/{}, clause F1 {:.3}, owners P {:.3} R {:.3}, due {:.3}, attendees P {:.3} R {:.3}, OCR repaired {}/{} changed {}/{}, words lost {}",
        s.items.hit,
        s.items.of,
        s.clauses.f1(),
        s.owners.precision(),
        s.owners.recall(),
        s.due.value(),
        s.attendees.precision(),
        s.attendees.recall(),
        s.ocr_repaired.hit,
        s.ocr_repaired.of,
        s.ocr_changed.hit,
        s.ocr_changed.of,
        s.words_lost
    );
}
