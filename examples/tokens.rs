//! Prints the tokens and the document model the prose reader sees for a file (a debugging aid).
fn main() {
    let path = std::env::args().nth(1).expect("usage: tokens FILE");
    let raw = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let text = plancheck::normalize::Normalized::new(&raw, true);
    let toks = plancheck::prose::token::scan(&text.text);
    for t in &toks {
        println!("{:?} {:?}", &text.text[t.span.start..t.span.end], t.tok);
    }
    println!("{:?}", plancheck::prose::doc::read(&text.text, &toks));
}
