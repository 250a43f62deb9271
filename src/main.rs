fn main() {
    let p = std::env::args().nth(1).unwrap();
    let s = std::fs::read_to_string(p).unwrap();
    let ex = claimtrack::extract::extract(&s, &Default::default());
    for st in &ex.statements {
        println!("{:7} | {} | {:?} ({:?}) | {:?}..{:?} | {} | {:?} | {:?}", st.kind, st.text, st.speaker, st.speaker_mention, st.said_on, st.said_until, st.checkworthiness, st.flags, st.cue);
    }
    eprintln!("{:?}", ex.speakers);
}
