//! `dateline tag --jsonl` end to end: one output line per good input line, offsets in code
//! points, and a bad line named by its number on stderr without stopping the others.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `dateline tag --jsonl` on `input`: (exit code, stdout lines, stderr).
fn tag(input: &str) -> (i32, Vec<serde_json::Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["tag", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("writes stdin");
    let output = child.wait_with_output().expect("finishes");
    let lines = String::from_utf8(output.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect();
    (
        output.status.code().unwrap_or(-1),
        lines,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn offsets_are_code_points_into_the_text() {
    let text = "Café « Nord » closed on Tuesday, June 10, 2014.";
    let input =
        serde_json::json!({"doc": "a", "dct": "2014-06-12T09:00", "dct_date": "2014-06-12", "text": text});
    let (code, lines, stderr) = tag(&format!("{input}\n"));
    assert_eq!(code, 0, "{stderr}");
    let timexes = lines[0]["timexes"].as_array().expect("timexes");
    let found = timexes
        .iter()
        .find(|t| t["value"] == "2014-06-10")
        .expect("the date is tagged");
    let (start, end) = (
        found["start"].as_u64().expect("start"),
        found["end"].as_u64().expect("end"),
    );
    let by_chars: String = text
        .chars()
        .skip(usize::try_from(start).expect("fits"))
        .take(usize::try_from(end - start).expect("fits"))
        .collect();
    assert_eq!(by_chars, found["text"].as_str().expect("text"));
    assert!(by_chars.contains("June 10, 2014"), "{by_chars}");
}

#[test]
fn a_bad_line_is_named_and_the_others_are_still_tagged() {
    let good = |doc: &str| {
        serde_json::json!({"doc": doc, "dct_date": "2016-10-27", "text": "It rained yesterday."}).to_string()
    };
    let no_date = serde_json::json!({"doc": "c", "dct": "soon", "text": "Today."}).to_string();
    let input = format!("{}\nnot json at all\n{no_date}\n\n{}\n", good("a"), good("d"));
    let (code, lines, stderr) = tag(&input);
    assert_eq!(code, 1, "a failed line makes the exit code 1");
    let docs: Vec<&str> = lines.iter().filter_map(|l| l["doc"].as_str()).collect();
    assert_eq!(docs, ["a", "d"]);
    assert_eq!(lines[1]["timexes"][0]["value"], "2016-10-26");
    assert!(stderr.contains("stdin:2"), "{stderr}");
    assert!(stderr.contains("stdin:3") && stderr.contains("`c`"), "{stderr}");
    assert!(!stderr.contains("stdin:4"), "blank lines are skipped: {stderr}");
}
