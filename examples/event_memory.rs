//! Heap bytes per loaded event, measured with a counting allocator: the extracted events
//! (`Vec<Event>` with titles, actors, places, numbers and evidence), the timeline model, and
//! the title list the scene reads. `cargo run --release --example event_memory -- DIR`
//! (a folder of articles; the sample articles when none is given).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicIsize, Ordering};

use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::model::Event;
use dateline::timeline::{LaneMode, TimelineModel};

/// Bytes currently allocated on the heap.
static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);

struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the counter only
// observes sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn measure<T>(make: impl FnOnce() -> T) -> (T, isize) {
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    let value = make();
    (value, LIVE_BYTES.load(Ordering::Relaxed) - before)
}

fn main() -> anyhow::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    let analysis = analyse(&[dir], &IngestOptions::default())?;
    let count = analysis.events.len().max(1) as isize;
    let (events, events_bytes) = measure(|| analysis.events.clone());
    let (model, model_bytes) =
        measure(|| TimelineModel::build(&analysis.articles, &events, LaneMode::Source));
    let (titles, titles_bytes) = measure(|| events.iter().map(|e| e.title.clone()).collect::<Vec<_>>());
    let quote_bytes: usize = events
        .iter()
        .flat_map(|e| &e.evidence)
        .map(|x| x.quote.len() + 24)
        .sum();
    println!("{} events", events.len());
    println!(
        "events (Vec<Event>, heap + inline): {} B/event",
        (events_bytes) / count
    );
    println!(
        "  of which evidence quotes (copies of article text): {} B/event",
        quote_bytes as isize / count
    );
    println!("timeline model: {} B/event", model_bytes / count);
    println!("titles for the scene: {} B/event", titles_bytes / count);
    println!(
        "total beyond article text: {} B/event",
        (events_bytes - quote_bytes as isize + model_bytes + titles_bytes) / count
    );
    println!("size_of::<Event>() = {} B", std::mem::size_of::<Event>());
    drop((model, titles));
    Ok(())
}
