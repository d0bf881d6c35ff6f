//! The batch page's Web Worker as Trunk writes it (`data-type="worker"` with a loader shim) has
//! names without a hash and a loader that fetches the program unchecked: here it gets
//! content-hashed names and a loader that checks the program's integrity.

use std::path::Path;

use amnesty_batch::protocol::Reply;

use crate::digest::{hashed_name, sha384_integrity};
use crate::template::{files, fill, Js};
use crate::{read, write};

/// The worker's files as Trunk names them: glue, program, loader.
pub const TRUNK_WORKER: [&str; 3] = [
    "amnesty-batch-worker.js",
    "amnesty-batch-worker_bg.wasm",
    "amnesty-batch-worker_loader.js",
];

/// Renames the worker's files in `dir` (and in `page_files`, the batch page's list), writes its
/// loader, and returns the loader's name.
pub fn finish(dir: &Path, page_files: &mut Vec<String>) -> Result<String, String> {
    let glue_bytes = read(dir, TRUNK_WORKER[0])?;
    let program = read(dir, TRUNK_WORKER[1])?;
    let glue = hashed_name("amnesty-batch-worker", ".js", &glue_bytes);
    let program_name = hashed_name("amnesty-batch-worker", "_bg.wasm", &program);
    // The one message of the protocol the worker's program does not send itself.
    let broken = serde_json::to_string(&Reply::Broken).map_err(|e| e.to_string())?;
    let loader_text = fill(
        "worker-loader.js",
        files::WORKER_LOADER,
        &[
            ("__GLUE__", Js::Str(format!("./{glue}"))),
            ("__WASM__", Js::Str(format!("./{program_name}"))),
            ("__INTEGRITY__", Js::Str(sha384_integrity(&program))),
            ("__BROKEN__", Js::Code(broken)),
        ],
    )?;
    let loader = hashed_name("amnesty-batch-worker-loader", ".js", loader_text.as_bytes());
    write(dir, &glue, &glue_bytes)?;
    write(dir, &program_name, &program)?;
    write(dir, &loader, loader_text.as_bytes())?;
    for name in TRUNK_WORKER {
        std::fs::remove_file(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    page_files.retain(|n| !TRUNK_WORKER.contains(&n.as_str()));
    page_files.extend([glue, program_name, loader.clone()]);
    Ok(loader)
}
