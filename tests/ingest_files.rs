//! Loading a folder of good and broken files: every broken file gets one clear error naming
//! it, and every good file still loads.

use std::path::{Path, PathBuf};

use dateline::ingest::{IngestOptions, IngestProblem, load_paths};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

#[test]
fn a_mixed_folder_loads_every_good_file_and_reports_every_bad_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(
        root,
        "good/a.txt",
        b"Mosul falls\n\nISIS captured Mosul on June 10, 2014.",
    );
    write(
        root,
        "good/b.md",
        b"---\ntitle: Amerli\ndate: 2014-09-10\nsource: Newsmax\n---\nThe siege was broken.",
    );
    write(
        root,
        "good/c.json",
        br#"[{"title": "One", "text": "First."}, {"title": "Two", "body": "Second."}]"#,
    );
    write(
        root,
        "good/d.jsonl",
        b"{\"text\": \"Line one.\"}\n{\"text\": \"Line two.\"}\n",
    );
    write(
        root,
        "good/e.html",
        b"<html><head><title>Page</title></head><body><article><p>Iraqi forces pushed into eastern Mosul on Tuesday, \
          officers said, as the offensive against the Islamic State entered its third week.</p></article></body></html>",
    );
    write(
        root,
        "good/f.txt",
        b"Caf\xe9 owners in Mosul said the city was quiet.",
    );
    write(root, "good/.hidden.txt", b"never loaded");
    write(root, "bad/empty.txt", b"");
    write(root, "bad/binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(root, "bad/broken.json", b"{\"text\": ");
    write(root, "bad/lines.jsonl", b"{\"text\": \"Good line.\"}\nnot json\n");
    write(
        root,
        "bad/frontmatter.md",
        b"---\ntitle: x\nno colon here\n---\nBody",
    );
    write(root, "bad/picture.png", b"\x89PNG");
    write(root, "bad/big.txt", &vec![b'a'; 2048]);

    let options = IngestOptions {
        max_file_bytes: 1024,
        ..IngestOptions::default()
    };
    let report = load_paths(
        &[root.join("good"), root.join("bad"), root.join("missing.txt")],
        &options,
    );

    let titles: Vec<&str> = report.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Mosul falls",
            "Amerli",
            "One",
            "Two",
            "Line one.",
            "Line two.",
            "Page",
            "Café owners in Mosul said the city was quiet.",
            "Good line."
        ]
    );
    let errors: Vec<(String, Option<String>, &IngestProblem)> = report
        .errors
        .iter()
        .map(|e| {
            let name = e
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, e.location.clone(), &e.problem)
        })
        .collect();
    assert_eq!(errors.len(), 8, "{errors:#?}");
    let has = |name: &str, check: &dyn Fn(&IngestProblem) -> bool| {
        assert!(
            errors.iter().any(|(n, _, p)| n == name && check(p)),
            "no expected error for {name}: {errors:#?}"
        );
    };
    has("empty.txt", &|p| matches!(p, IngestProblem::Empty));
    has("binary.txt", &|p| matches!(p, IngestProblem::Binary(_)));
    has("broken.json", &|p| matches!(p, IngestProblem::Json(_)));
    has("lines.jsonl", &|p| matches!(p, IngestProblem::Json(_)));
    has("frontmatter.md", &|p| matches!(p, IngestProblem::FrontMatter(_)));
    has("picture.png", &|p| matches!(p, IngestProblem::UnknownType(_)));
    has("big.txt", &|p| {
        matches!(
            p,
            IngestProblem::TooLarge {
                size_bytes: 2048,
                limit_bytes: 1024
            }
        )
    });
    has("missing.txt", &|p| matches!(p, IngestProblem::Unreadable(_)));
    for error in &report.errors {
        assert!(
            error.to_string().contains(&*error.path.to_string_lossy()),
            "{error}"
        );
    }
}

#[test]
fn the_same_file_given_twice_loads_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "a.txt", b"ISIS captured Mosul.");
    let report = load_paths(&[path.clone(), path], &IngestOptions::default());
    assert_eq!(report.articles.len(), 1);
}

#[test]
fn the_shipped_sample_articles_load_with_their_dates() {
    let report = load_paths(&[PathBuf::from("data")], &IngestOptions::default());
    assert_eq!(report.errors, vec![]);
    let dates: Vec<(Option<&str>, Option<String>)> = report
        .articles
        .iter()
        .map(|a| {
            (
                a.source.as_deref(),
                a.published.as_ref().map(|p| p.value.to_iso()),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            (Some("Fox News"), Some("2016-10-27".to_owned())),
            (Some("Newsmax"), Some("2014-09-10".to_owned()))
        ]
    );
}

#[test]
fn a_date_in_the_url_path_or_the_file_name_dates_an_article_without_metadata() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(
        root,
        "saved.md",
        b"---\ntitle: Falcon Heavy\nurl: https://www.example.com/science/2018/02/06/falcon-heavy-launch.html\n---\nThe rocket lifted off.",
    );
    write(
        root,
        "2016-10-27-uneasy-alliance.txt",
        b"Uneasy alliance\n\nThe offensive began.",
    );
    // Metadata wins over the file name; a file of several articles does not date them all.
    write(
        root,
        "2001-01-01-dated.md",
        b"---\ndate: 2014-09-10\n---\nThe siege was broken.",
    );
    write(
        root,
        "2002-02-02-many.jsonl",
        b"{\"text\": \"Line one.\"}\n{\"text\": \"Line two.\"}\n",
    );
    let report = load_paths(&[root.to_path_buf()], &IngestOptions::default());
    let published = |needle: &str| {
        let article = report
            .articles
            .iter()
            .find(|a| a.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle} loads"));
        article
            .published
            .as_ref()
            .map(|p| (p.value.to_iso(), format!("{:?}", p.origin)))
    };
    let (value, origin) = published("lifted off").unwrap_or_default();
    assert_eq!(value, "2018-02-06");
    assert!(origin.contains("URL path"), "{origin}");
    let (value, origin) = published("offensive began").unwrap_or_default();
    assert_eq!(value, "2016-10-27");
    assert!(origin.contains("file name"), "{origin}");
    assert_eq!(published("siege").map(|p| p.0).as_deref(), Some("2014-09-10"));
    assert_eq!(published("Line one"), None);
}
