//! `amnesty-dist finish DIR` — finishes the release build in DIR after Trunk (see the library).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["finish", dir] => amnesty_dist::finish(Path::new(dir)),
        _ => Err("usage: amnesty-dist finish DIR".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("amnesty-dist: {message}");
            ExitCode::from(2)
        }
    }
}
