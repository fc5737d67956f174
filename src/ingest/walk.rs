//! Turning the paths a user gave into the list of files to load.

use std::path::{Path, PathBuf};

use super::{IngestError, IngestProblem};

/// True for names starting with a dot (`.git`, `.DS_Store`): never articles.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

fn walk_dir(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            errors.push(IngestError::new(
                dir,
                IngestProblem::Unreadable(error.to_string()),
            ));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        if is_hidden(&child) {
            continue;
        }
        if child.is_dir() {
            walk_dir(&child, files, errors);
        } else {
            files.push(child);
        }
    }
}

/// Expands folders recursively (sorted by name, hidden entries skipped); a path that does not
/// exist is an error. Files given explicitly are kept even if hidden.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk_dir(path, &mut files, &mut errors);
        } else if path.exists() {
            files.push(path.clone());
        } else {
            errors.push(IngestError::new(
                path,
                IngestProblem::Unreadable("no such file or folder".into()),
            ));
        }
    }
    (files, errors)
}
