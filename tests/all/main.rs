//! All integration tests, built as one binary: the seed article's required table, the CLI driven
//! end to end against a temporary database, and matching across the fixture articles.

mod attribution;
mod cli;
mod matching;
mod quality;
mod robust;
mod seed;
mod store;
mod support;
