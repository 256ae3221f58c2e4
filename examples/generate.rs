//! `npm run generate`: writes every file rendered from the route table (see
//! `src/core/generate.rs`) and prints the ones it changed.

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    match mastra_client_native::core::generate::write(root) {
        Ok(changed) if changed.is_empty() => println!("generated files are up to date"),
        Ok(changed) => changed.iter().for_each(|path| println!("wrote {path}")),
        Err(err) => {
            eprintln!("generate: {err}");
            std::process::exit(1);
        }
    }
}
