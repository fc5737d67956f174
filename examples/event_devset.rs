//! Prints event precision and recall on the development set (`tests/devset/events.toml`):
//! `cargo run --release --no-default-features --example event_devset`.

#[path = "../tests/devset/score.rs"]
mod score;

fn main() {
    let scores = score::score();
    for miss in &scores.misses {
        println!("miss  {miss}");
    }
    for miss in &scores.date_misses {
        println!("date  {miss}");
    }
    println!(
        "{} documents, {} gold events, {} system events",
        scores.documents, scores.gold_events, scores.system_events
    );
    println!(
        "recall (quote + date) {:.1} %  (quote only {:.1} %)  precision {:.1} %",
        100.0 * scores.recall(),
        100.0 * scores.quote_recall(),
        100.0 * scores.precision()
    );
    println!(
        "publication dates inferred from the text alone within ±3 days: {} of {}",
        scores.inferred_within_3_days, scores.documents
    );
}
