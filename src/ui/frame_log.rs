//! Frame times on stderr when `DATELINE_FRAME_LOG` is set: how long each frame's update took
//! and how long after the process started it ended — the figures the desktop-app issue asks
//! for (first frame, frames with many events, frames during a load).

use std::time::{Duration, Instant};

/// Linux's clock tick for `/proc/self/stat` start times (`sysconf(_SC_CLK_TCK)`, 100 on every
/// mainstream architecture).
const CLOCK_TICKS_PER_SEC: f64 = 100.0;

pub struct FrameLog {
    /// When `main` ran, less how long the process had already existed then.
    process_start: Instant,
    frames: u64,
}

/// Seconds since the process started, from `/proc` (Linux); `None` elsewhere.
fn process_age() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let after_name = &stat[stat.rfind(')')? + 2..];
    let start_ticks: f64 = after_name.split_whitespace().nth(19)?.parse().ok()?;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(Duration::from_secs_f64(
        (uptime - start_ticks / CLOCK_TICKS_PER_SEC).max(0.0),
    ))
}

impl FrameLog {
    /// A log when `DATELINE_FRAME_LOG` is set.
    pub fn from_env() -> Option<Self> {
        std::env::var_os("DATELINE_FRAME_LOG")?;
        let now = Instant::now();
        let process_start = process_age().and_then(|age| now.checked_sub(age)).unwrap_or(now);
        Some(Self {
            process_start,
            frames: 0,
        })
    }

    /// Logs one frame whose update took `update`.
    pub fn frame(&mut self, update: Duration, events: usize, loading: bool) {
        self.frames += 1;
        eprintln!(
            "dateline frame {}: update {:.2} ms, {:.0} ms since start, {events} events{}",
            self.frames,
            update.as_secs_f64() * 1e3,
            self.process_start.elapsed().as_secs_f64() * 1e3,
            if loading { ", loading" } else { "" }
        );
    }
}
