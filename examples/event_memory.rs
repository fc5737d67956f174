//! Heap bytes per loaded event, measured with a counting allocator: the extracted events as
//! extraction returns them (`Vec<Event>`), the packed event store the app keeps, and the
//! timeline model. `cargo run --release --example event_memory -- DIR`
//! (a folder of articles; the sample articles when none is given).

use std::path::PathBuf;

use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::model::{Corpus, EventStore};
use dateline::timeline::{LaneMode, TimelineModel};

#[path = "../benches/support/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::measure;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    let analysis = analyse(&[dir], &IngestOptions::default())?;
    let count = analysis.events.len().max(1) as isize;
    let (events, events_bytes) = measure(|| analysis.events.clone());
    let quote_bytes: usize = events
        .iter()
        .flat_map(|e| &e.evidence)
        .map(|x| x.quote.len())
        .sum();
    // `build` consumes (frees) the events it packs: add their bytes back.
    let (store, freed_store_bytes) = measure(|| EventStore::build(&analysis.articles, events));
    let store_bytes = freed_store_bytes + events_bytes;
    let corpus = Corpus::new(analysis.articles.clone(), analysis.events.clone());
    let (model, model_bytes) = measure(|| TimelineModel::build(&corpus, LaneMode::Source));
    println!("{} events", store.len());
    println!(
        "as extracted (Vec<Event>): {} B/event, of which {} B/event are quotes (copies of article text)",
        events_bytes / count,
        quote_bytes as isize / count
    );
    println!(
        "event store (what the app keeps): {} B/event",
        store_bytes / count
    );
    for (column, bytes) in store.heap_bytes() {
        println!("  {column}: {:.1} B/event", bytes as f64 / count as f64);
    }
    println!("timeline model: {} B/event", model_bytes / count);
    println!(
        "total beyond article text: {} B/event",
        (store_bytes + model_bytes) / count
    );
    drop(model);
    Ok(())
}
