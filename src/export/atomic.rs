//! Atomic file writes: a temporary file in the same folder, flushed and synced, then renamed
//! over the target, so a crash never leaves a half-written file.
//!
//! The temporary file is made by `tempfile` under an unpredictable name with `O_EXCL`
//! (`create_new`): a file or symbolic link planted under any name in the folder is never opened
//! or followed, so another local user cannot redirect an export onto a file of theirs choosing.
//! Renaming over a target that is itself a link replaces the link, never the file it points to.

use std::io::Write;
use std::path::Path;

/// Permissions of a newly created export (read for all, write for the owner), as an editor
/// would create it; an existing target keeps its own.
#[cfg(unix)]
const NEW_FILE_MODE: u32 = 0o644;

/// Writes `bytes` to `path` atomically.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "the path names no file"))?;
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name.to_string_lossy()))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    keep_permissions(path, temp.as_file())?;
    // On error the temporary file is removed when `temp` drops.
    temp.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// Gives the temporary file the target's permissions, or the usual ones for a new file
/// (`tempfile` creates it readable by the owner only).
fn keep_permissions(path: &Path, temp: &std::fs::File) -> std::io::Result<()> {
    match std::fs::metadata(path) {
        Ok(existing) => temp.set_permissions(existing.permissions()),
        #[cfg(unix)]
        Err(_) => {
            use std::os::unix::fs::PermissionsExt;
            temp.set_permissions(std::fs::Permissions::from_mode(NEW_FILE_MODE))
        }
        #[cfg(not(unix))]
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old").expect("seed");
        write_atomically(&path, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn planted_links_under_predictable_names_are_never_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").expect("seed");
        let pid = std::process::id();
        for n in pid.saturating_sub(50)..pid + 300 {
            let planted = dir.path().join(format!(".out.svg.{n}.tmp"));
            std::os::unix::fs::symlink(&victim, planted).expect("plant");
        }
        let path = dir.path().join("out.svg");
        write_atomically(&path, b"<svg/>").expect("write");
        assert_eq!(std::fs::read_to_string(&victim).expect("read"), "precious");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "<svg/>");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_and_an_existing_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("new.csv");
        write_atomically(&path, b"a").expect("write");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&path), NEW_FILE_MODE);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        write_atomically(&path, b"b").expect("write");
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn an_unwritable_folder_is_an_error_and_nothing_is_left() {
        let error = write_atomically(Path::new("/nonexistent-dir/out.json"), b"x");
        assert!(error.is_err());
    }
}
