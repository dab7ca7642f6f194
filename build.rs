//! Embeds every content file (`content/**/*.{toml,guide,snippet}`) into the app, so it
//! plays offline on every platform (the web build has no file system). Generates
//! `$OUT_DIR/content_files.rs`: `CONTENT_FILES: &[(&str, &str)]`, paths relative to
//! `content/`.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "toml" | "guide" | "snippet"))
        {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let content = root.join("content");
    println!("cargo:rerun-if-changed={}", content.display());
    let mut files = Vec::new();
    collect(&content, &mut files);
    files.sort();
    let mut code = String::from("pub const CONTENT_FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        // Directories are watched for added files; each file for edits.
        println!("cargo:rerun-if-changed={}", path.display());
        if let Some(dir) = path.parent() {
            println!("cargo:rerun-if-changed={}", dir.display());
        }
        let relative = path
            .strip_prefix(&content)
            .expect("collected under content/")
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        code.push_str(&format!("    ({relative:?}, include_str!({:?})),\n", path));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("content_files.rs"), code).expect("OUT_DIR is writable");
}
