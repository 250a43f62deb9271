//! Why two statements do or do not match: their normalised text, content terms and every
//! similarity signal, as the matcher sees them.
//!
//!     cargo run --release --example why -- "first statement" "second statement"

use claimtrack::matching::normalize::{normalize, terms};
use claimtrack::matching::{Comparable, figures, numbers_disagree, polarity_differs, similarity};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b] = args.as_slice() else {
        eprintln!("usage: why \"statement A\" \"statement B\"");
        std::process::exit(2);
    };
    for t in [a, b] {
        let n = normalize(t);
        println!("norm:  {n}\nterms: {}", terms(&n).join(" "));
    }
    let (ca, cb) = (Comparable::new(a), Comparable::new(b));
    let s = similarity(&ca, &cb, 0.0);
    println!("{s:#?}");
    println!(
        "figures: {:?}; numbers disagree: {}; polarity differs: {}",
        figures(&ca, &cb),
        numbers_disagree(&ca, &cb),
        polarity_differs(&ca, &cb)
    );
}
