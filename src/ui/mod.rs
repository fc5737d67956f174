//! The desktop app (eframe/egui). The only module that touches egui, eframe or rfd.

/// Opens the window on `paths`.
pub fn run_app(_paths: Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("the desktop app is not built yet")
}
