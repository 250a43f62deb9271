//! claimtrack: extract quotes and claims from news articles, match them across articles, and
//! track each claim through a fact-check workflow in a local SQLite database.

pub mod extract;
pub mod model;
