//! The interchange reader (saved extractions, `dateline extract --format json`) on arbitrary
//! JSON: a document that parses always rebuilds into a model, never a panic.
#![no_main]

use dateline::export::Extraction;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = serde_json::from_slice::<Extraction>(data) {
        let (_articles, events, skipped) = document.to_model();
        assert_eq!(events.len() + skipped.len(), document.events.len());
    }
});
