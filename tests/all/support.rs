//! Helpers: a temporary database per test and the real binary pointed at it.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("claims.db")
    }

    /// `claimtrack` with CLAIMTRACK_DB pointing into this test's temp dir.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("claimtrack").unwrap();
        c.env("CLAIMTRACK_DB", self.db())
            .env("USER", "tester")
            .env_remove("NO_COLOR")
            .current_dir(fixtures().parent().unwrap());
        c
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

pub fn article(name: &str) -> PathBuf {
    fixtures().join("articles").join(name)
}

pub const SEED: &str = "kremlin-invitation-2026-01-30.txt";
