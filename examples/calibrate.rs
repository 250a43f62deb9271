//! Threshold calibration on the gold pairs: similarity of every same-statement pair and every
//! look-alike pair in `fixtures/clusters.json`, by signal, and what each threshold would do.
//!
//!     cargo run --release --example calibrate

use claimtrack::eval::ClusterGold;
use claimtrack::matching::{Comparable, similarity};

fn main() -> anyhow::Result<()> {
    let gold: ClusterGold =
        serde_json::from_str(&std::fs::read_to_string("fixtures/clusters.json")?)?;
    let mut same = Vec::new();
    let mut diff = Vec::new();
    let all: Vec<(usize, &str)> = gold
        .clusters
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.mentions.iter().map(move |m| (i, m.text.as_str())))
        .collect();
    for i in 0..all.len() {
        for j in i + 1..all.len() {
            let (a, b) = (Comparable::new(all[i].1), Comparable::new(all[j].1));
            let s = similarity(&a, &b, 0.0);
            let short = a.is_short() || b.is_short();
            if all[i].0 == all[j].0 {
                same.push((s, short, all[i].1, all[j].1))
            } else {
                diff.push((s, short, all[i].1, all[j].1))
            }
        }
    }
    for d in &gold.distinct {
        let s = similarity(
            &Comparable::new(&d.a.text),
            &Comparable::new(&d.b.text),
            0.0,
        );
        println!(
            "look-alike {:.3} {:?}: {} | {}",
            s.score, s.method, d.a.text, d.b.text
        );
    }
    // One- or two-word fragments never join by similarity alone (only as a quote inside their
    // own sentence's claim): the pairs they take part in bound what automatic joins can reach.
    println!(
        "same-statement pairs with a one- or two-word side: {}/{}",
        same.iter().filter(|p| p.1).count(),
        same.len()
    );
    for t in [0.4, 0.5, 0.6, 0.7, 0.8, 0.9] {
        let tp = same.iter().filter(|p| p.0.score >= t).count();
        let tp_long = same.iter().filter(|p| p.0.score >= t && !p.1).count();
        let fp = diff.iter().filter(|p| p.0.score >= t).count();
        let fp_long = diff.iter().filter(|p| p.0.score >= t && !p.1).count();
        println!(
            "threshold {t:.1}: same-statement pairs reached {tp}/{} ({tp_long} not short); different-statement pairs reached {fp}/{} ({fp_long} not short)",
            same.len(),
            diff.len()
        );
    }
    let mut worst: Vec<_> = same.iter().collect();
    worst.sort_by(|a, b| a.0.score.total_cmp(&b.0.score));
    for p in worst.iter().take(12) {
        println!(
            "low same {:.3} j{:.2} c{:.2} e{:.2}: {} | {}",
            p.0.score, p.0.jaccard, p.0.containment, p.0.edit, p.2, p.3
        );
    }
    let mut best: Vec<_> = diff.iter().collect();
    best.sort_by(|a, b| b.0.score.total_cmp(&a.0.score));
    for p in best.iter().take(12) {
        println!(
            "high diff {:.3} {:?}: {} | {}",
            p.0.score, p.0.method, p.2, p.3
        );
    }
    Ok(())
}
