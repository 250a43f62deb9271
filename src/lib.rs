//! claimtrack: extract quotes and claims from news articles, match them across articles, and
//! track each claim through a fact-check workflow in a local SQLite database.
//!
//! Layers, each knowing only those before it: `extract` → `matching` → `store` → `cmd`/`render`.

pub mod cli;
pub mod cmd;
pub mod eval;
pub mod extract;
pub mod matching;
pub mod model;
pub mod render;
pub mod store;
pub mod synth;
