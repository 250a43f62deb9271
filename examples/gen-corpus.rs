//! Write a deterministic synthetic corpus: N articles reusing statements across outlets with
//! realistic variation, plus `truth.jsonl` saying which base statement each mention came from.
//!
//!     cargo run --release --example gen-corpus -- --articles 1000 --seed 7 --out /tmp/corpus

use clap::Parser;
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    /// How many articles
    #[arg(long, default_value_t = 100)]
    articles: usize,
    /// Random seed: the same seed writes the same corpus
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Statements per article
    #[arg(long, default_value_t = 16)]
    statements: usize,
    /// Output directory (created)
    #[arg(long)]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    std::fs::create_dir_all(&args.out)?;
    let mut corpus = claimtrack::synth::Corpus::new(args.seed);
    let mut truth = std::io::BufWriter::new(std::fs::File::create(args.out.join("truth.jsonl"))?);
    for i in 0..args.articles {
        let a = corpus.article(i, args.statements);
        std::fs::write(args.out.join(&a.name), &a.text)?;
        for m in &a.truth {
            serde_json::to_writer(
                &mut truth,
                &serde_json::json!({"article": a.name, "base": m.base, "variation": m.variation, "speaker": m.speaker, "text": m.text}),
            )?;
            writeln!(truth)?;
        }
    }
    eprintln!("wrote {} articles to {}", args.articles, args.out.display());
    Ok(())
}
