//! `dateline render` end to end: both formats, and clear errors for bad requests.

use std::process::Command;

fn dateline(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn renders_svg_and_png_of_the_samples() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["t.svg", "t.png"] {
        let out = dir.path().join(name);
        let out_text = out.to_string_lossy().into_owned();
        let (code, stderr) = dateline(&[
            "render", "data", "--out", &out_text, "--width", "800", "--height", "400",
        ]);
        assert_eq!(code, 0, "{stderr}");
        let bytes = std::fs::read(&out).expect("written");
        assert!(bytes.len() > 1000);
    }
    let svg = std::fs::read_to_string(dir.path().join("t.svg")).expect("svg");
    assert!(
        svg.contains("<text") && svg.contains("Fox News"),
        "searchable text in the SVG"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(leftovers.len(), 2, "no temporary files left behind");
}

#[test]
fn bad_requests_get_clear_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gif = dir.path().join("t.gif").to_string_lossy().into_owned();
    let (code, stderr) = dateline(&["render", "data", "--out", &gif]);
    assert_ne!(code, 0);
    assert!(stderr.contains("use a .png or .svg"), "{stderr}");

    let png = dir.path().join("t.png").to_string_lossy().into_owned();
    let (code, stderr) = dateline(&["render", "data", "--out", &png, "--width", "0"]);
    assert_ne!(code, 0);
    assert!(stderr.contains("must be 1 to 16384"), "{stderr}");

    let (code, stderr) = dateline(&["render", "data", "--out", "/nonexistent-folder/t.png"]);
    assert_ne!(code, 0);
    assert!(stderr.contains("writing /nonexistent-folder/t.png"), "{stderr}");

    let empty = tempfile::tempdir().expect("temp dir");
    let folder = empty.path().to_string_lossy().into_owned();
    let (code, stderr) = dateline(&["render", &folder, "--out", &png]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no article loaded"), "{stderr}");

    let (code, stderr) = dateline(&["render", "data", "--out", &png, "--from", "1900", "--to", "1901"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no event in the chosen range"), "{stderr}");
    assert!(stderr.contains("between --from 1900 and --to 1901"), "{stderr}");
    let (code, stderr) = dateline(&[
        "render", "data", "--out", &png, "--from", "-5000", "--to", "-4000",
    ]);
    assert_eq!(
        code, 1,
        "a negative year is a bound, not an unknown flag: {stderr}"
    );
    assert!(stderr.contains("between --from -5000 and --to -4000"), "{stderr}");
    assert!(
        !std::path::Path::new(&png).exists(),
        "nothing is written for an empty selection"
    );
}
