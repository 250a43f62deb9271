//! filled in once the fixtures exist
