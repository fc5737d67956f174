//! Turning the paths a user gave into the list of files to load.
//!
//! Folders are walked with `walkdir`, following symbolic links (a user's archive often links
//! folders in) with its loop detection: a link back to an ancestor is reported once as an
//! error and never walked again, so `ln -s . self` cannot make the walk endless. Only regular
//! files are kept: FIFOs, sockets and devices (`/dev/zero` linked as `feed.txt`) are reported,
//! never opened.

use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use super::{IngestError, IngestProblem};

/// True for names starting with a dot (`.git`, `.DS_Store`): never articles.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// What kind of non-regular file a path is, for the error message; `None` for a regular file.
pub(super) fn special_file_kind(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return Some("a device");
        }
    }
    if file_type.is_dir() {
        return Some("a folder");
    }
    Some("not a regular file")
}

fn not_regular(path: &Path, kind: &str) -> IngestError {
    IngestError::new(path, IngestProblem::NotRegularFile(kind.to_owned()))
}

/// A folder's identity on disk, so one reached again through another link is walked once.
#[cfg(unix)]
fn folder_identity(entry: &DirEntry) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    entry.metadata().ok().map(|meta| (meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn folder_identity(_entry: &DirEntry) -> Option<(u64, u64)> {
    None
}

fn walk_dir(root: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let mut walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        // The root was given explicitly: walk it even when its name starts with a dot.
        .filter_entry(|entry: &DirEntry| entry.depth() == 0 || !is_hidden(entry.path()));
    let mut visited_folders = std::collections::HashSet::new();
    while let Some(entry) = walker.next() {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {
                // walkdir stops links to an ancestor; this also stops a folder reached a second
                // time through a link to somewhere else (`parent -> ..` then `parent/loop`).
                if folder_identity(&entry).is_some_and(|id| !visited_folders.insert(id)) {
                    walker.skip_current_dir();
                }
            }
            Ok(entry) => match special_file_kind(entry.file_type()) {
                None => files.push(entry.into_path()),
                Some(kind) => errors.push(not_regular(entry.path(), kind)),
            },
            Err(error) => errors.push(walk_error(root, &error)),
        }
    }
}

fn walk_error(root: &Path, error: &walkdir::Error) -> IngestError {
    let path = error.path().unwrap_or(root);
    let problem = match error.loop_ancestor() {
        Some(ancestor) => IngestProblem::LinkLoop(ancestor.to_path_buf()),
        None => IngestProblem::Unreadable(
            error
                .io_error()
                .map(ToString::to_string)
                .unwrap_or_else(|| error.to_string()),
        ),
    };
    IngestError::new(path, problem)
}

/// Expands folders recursively (sorted by name, hidden entries skipped, symbolic links followed
/// without loops); a path that does not exist or is not a regular file is an error. Files given
/// explicitly are kept even if hidden.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut files, &mut errors),
            Ok(meta) => match special_file_kind(meta.file_type()) {
                None => files.push(path.clone()),
                Some(kind) => errors.push(not_regular(path, kind)),
            },
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => errors.push(IngestError::new(
                path,
                IngestProblem::Unreadable("no such file or folder".into()),
            )),
            Err(error) => errors.push(IngestError::new(
                path,
                IngestProblem::Unreadable(error.to_string()),
            )),
        }
    }
    (files, errors)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn write(path: &Path) {
        std::fs::write(path, "On March 3, 2015, troops entered the city.").expect("write");
    }

    #[test]
    fn a_link_back_to_an_ancestor_is_reported_once_and_the_walk_ends() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("loop");
        std::fs::create_dir(&root).expect("mkdir");
        write(&root.join("a.txt"));
        symlink(".", root.join("self")).expect("link");
        symlink("..", root.join("parent")).expect("link");
        let (files, errors) = collect_files(std::slice::from_ref(&root));
        assert_eq!(files, vec![root.join("a.txt")]);
        assert!(
            errors
                .iter()
                .any(|e| matches!(e.problem, IngestProblem::LinkLoop(_))),
            "{errors:?}"
        );
    }

    #[test]
    fn linked_folders_are_followed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real");
        std::fs::create_dir(&real).expect("mkdir");
        write(&real.join("b.txt"));
        let root = dir.path().join("root");
        std::fs::create_dir(&root).expect("mkdir");
        symlink(&real, root.join("linked")).expect("link");
        let (files, errors) = collect_files(std::slice::from_ref(&root));
        assert_eq!(files, vec![root.join("linked").join("b.txt")]);
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn fifos_and_devices_are_reported_not_opened() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("p.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let zero = dir.path().join("z.txt");
        symlink("/dev/zero", &zero).expect("link");
        write(&dir.path().join("good.txt"));
        let (files, errors) = collect_files(&[dir.path().to_path_buf()]);
        assert_eq!(files, vec![dir.path().join("good.txt")]);
        let expected_errors = if made.is_ok_and(|s| s.success()) { 2 } else { 1 };
        assert_eq!(errors.len(), expected_errors, "{errors:?}");
        assert!(
            errors
                .iter()
                .all(|e| matches!(e.problem, IngestProblem::NotRegularFile(_)))
        );
        let (files, errors) = collect_files(&[zero]);
        assert!(files.is_empty());
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn hidden_entries_are_skipped_but_an_explicit_hidden_root_is_walked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join(".archive");
        std::fs::create_dir(&root).expect("mkdir");
        write(&root.join("a.txt"));
        write(&root.join(".hidden.txt"));
        let (files, errors) = collect_files(std::slice::from_ref(&root));
        assert_eq!(files, vec![root.join("a.txt")]);
        assert!(errors.is_empty());
    }
}
