//! `clippings.html`: the served page with everything it loads inside it, for `file://`.
//!
//! A page opened from a file may not load module scripts or fetch the `.wasm`, so the styles
//! and scripts are inlined, the wasm-bindgen glue becomes an inline module without its exports,
//! and the Wasm bytes travel gzipped and in base64 in a data block that the glue's start reads
//! back through the browser's own `DecompressionStream`. Its policy allows exactly these inline
//! scripts and style, by hash, and no request of any kind.

use crate::html::{replace_tags, Tag};
use crate::{read_text, Error};
use base64::Engine as _;
use flate2::{write::GzEncoder, Compression};
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::path::Path;

const WASM_BLOCK_ID: &str = "clippings-wasm";

/// Reads the Wasm bytes back from the data block and starts the app with them.
const START: &str = r#"
const packed = document.getElementById('clippings-wasm').textContent.trim();
if (typeof DecompressionStream !== 'function') {
  document.body.textContent = 'This browser is too old to open Clippings from a file: please use a current Firefox, Chrome, Edge or Safari.';
  throw new Error('DecompressionStream is missing');
}
const zipped = typeof Uint8Array.fromBase64 === 'function'
  ? Uint8Array.fromBase64(packed)
  : Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
const unzipped = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));
await __wbg_init({ module_or_path: await new Response(unzipped).arrayBuffer() });
"#;

/// The single page made from the served `page` and the files beside it in `staging`.
pub fn build(staging: &Path, page: &str, start_script: &str) -> Result<String, Error> {
    let glue_name = quoted_after(start_script, "from ")
        .ok_or_else(|| Error("trunk's start script names no glue module".into()))?;
    let wasm_name = quoted_after(start_script, "module_or_path: ")
        .ok_or_else(|| Error("trunk's start script names no Wasm file".into()))?;
    let glue = read_text(&staging.join(file_name(glue_name)))?;
    let wasm_path = staging.join(file_name(wasm_name));
    let wasm = std::fs::read(&wasm_path)
        .map_err(|e| Error(format!("cannot read {}: {e}", wasm_path.display())))?;
    let module = format!("{}{START}", without_exports(&glue));
    let packed = base64::engine::general_purpose::STANDARD.encode(gzip(&wasm)?);

    let mut script_hashes = Vec::new();
    let mut style_hashes = Vec::new();
    let mut failure = None;
    let inlined = replace_tags(page, |tag| match inline(staging, tag, &module) {
        Ok(Inlined::Script(text)) => {
            script_hashes.push(csp_hash(&text));
            Some(format!("<script>{text}</script>"))
        }
        Ok(Inlined::Module(text)) => {
            script_hashes.push(csp_hash(&text));
            Some(format!(
                    "<script type=\"application/octet-stream\" id=\"{WASM_BLOCK_ID}\">\n{packed}\n</script>\n<script type=\"module\">{text}</script>"
                ))
        }
        Ok(Inlined::Style(text)) => {
            style_hashes.push(csp_hash(&text));
            Some(format!("<style>{text}</style>"))
        }
        Ok(Inlined::Dropped) => Some(String::new()),
        Ok(Inlined::Policy) => Some(String::from("<!-- clippings: policy -->")),
        Ok(Inlined::Kept) => None,
        Err(error) => {
            failure.get_or_insert(error);
            None
        }
    });
    if let Some(error) = failure {
        return Err(error);
    }
    let policy = format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        script_hashes.join(" "),
        style_hashes.join(" ")
    );
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    if !inlined.contains("<!-- clippings: policy -->") {
        return Err(Error(
            "the served page has no Content-Security-Policy".into(),
        ));
    }
    Ok(inlined.replacen("<!-- clippings: policy -->", &meta, 1))
}

enum Inlined {
    Script(String),
    Module(String),
    Style(String),
    Dropped,
    Policy,
    Kept,
}

fn inline(staging: &Path, tag: &Tag, module: &str) -> Result<Inlined, Error> {
    let read = |href: &str| read_text(&staging.join(file_name(href)));
    Ok(match (tag.name, tag.attribute("rel")) {
        ("meta", _) if tag.attribute("http-equiv") == Some("Content-Security-Policy") => {
            Inlined::Policy
        }
        ("link", Some("stylesheet")) => {
            let href = tag.attribute("href").unwrap_or("");
            Inlined::Style(fit_inside("style", href, read(href)?)?)
        }
        ("link", Some("modulepreload" | "preload" | "manifest")) => Inlined::Dropped,
        ("script", _) => match tag.attribute("src") {
            Some(_) if tag.attribute("type") == Some("module") => {
                Inlined::Module(fit_inside("script", "the glue", module.to_string())?)
            }
            // The service worker needs http(s); a page from a file has nothing to cache.
            Some(src) if file_name(src).starts_with("offline-") => Inlined::Dropped,
            Some(src) => Inlined::Script(fit_inside("script", src, read(src)?)?),
            None => Inlined::Kept,
        },
        _ => Inlined::Kept,
    })
}

/// `text` when it can stand between `<element>` and `</element>` as it is: it must not end the
/// element early, nor, in a script, open an HTML comment (which changes where the parser ends it).
fn fit_inside(element: &str, what: &str, text: String) -> Result<String, Error> {
    let ends_early = text.to_ascii_lowercase().contains(&format!("</{element}"));
    if ends_early || (element == "script" && text.contains("<!--")) {
        return Err(Error(format!(
            "{what} cannot be inlined: it contains </{element} or <!--"
        )));
    }
    Ok(text)
}

/// The glue as a plain module body: its `export` statements only name what the page's own
/// start code reaches directly.
fn without_exports(glue: &str) -> String {
    glue.lines()
        .filter(|line| !line.starts_with("export {"))
        .map(|line| line.strip_prefix("export ").unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\n")
}

fn quoted_after<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = &text[text.find(prefix)? + prefix.len()..];
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let inner = &rest[1..];
    Some(&inner[..inner.find(quote)?])
}

fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_would_end_its_element_early_is_refused() {
        assert!(fit_inside("script", "a.js", "let a = '</SCRIPT>';".into()).is_err());
        assert!(fit_inside("script", "a.js", "let a = '<!--';".into()).is_err());
        assert!(fit_inside("style", "a.css", "a{}</style>".into()).is_err());
        assert!(fit_inside("style", "a.css", "a::before{content:'<!--'}".into()).is_ok());
        assert_eq!(fit_inside("script", "a.js", "go()".into()).unwrap(), "go()");
    }

    #[test]
    fn exports_become_plain_declarations() {
        let glue = "function a() {}\nexport function b() {}\nexport class C {}\nexport { initSync, __wbg_init as default };\n";
        assert_eq!(
            without_exports(glue),
            "function a() {}\nfunction b() {}\nclass C {}"
        );
    }

    #[test]
    fn names_in_trunks_start_script() {
        let script = "import init, * as bindings from '/clippings-3.js';\nconst wasm = await init({ module_or_path: '/clippings-3_bg.wasm' });";
        assert_eq!(quoted_after(script, "from "), Some("/clippings-3.js"));
        assert_eq!(
            quoted_after(script, "module_or_path: "),
            Some("/clippings-3_bg.wasm")
        );
        assert_eq!(file_name("/a/b-1.js"), "b-1.js");
    }

    #[test]
    fn hashes_are_what_browsers_compute() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            csp_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn a_page_becomes_one_file() {
        let dir = std::env::temp_dir().join(format!("clippings-single-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app-1.css"), "body{color:red}").unwrap();
        std::fs::write(dir.join("ready-2.js"), "window.ready=1;").unwrap();
        std::fs::write(dir.join("offline-5.js"), "navigator.serviceWorker").unwrap();
        std::fs::write(
            dir.join("clippings-3.js"),
            "function go(){}\nexport { go as default };\n",
        )
        .unwrap();
        std::fs::write(dir.join("clippings-3_bg.wasm"), b"\0asm").unwrap();
        let page = "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"x\">\n<link rel=\"stylesheet\" href=\"/app-1.css\"/>\n<script src=\"/ready-2.js\"></script>\n<script src=\"/offline-5.js\"></script>\n<link rel=\"manifest\" href=\"manifest.webmanifest\">\n<script type=\"module\" src=\"/start-4.js\"></script>\n<link rel=\"modulepreload\" href=\"/clippings-3.js\"></head>";
        let start = "import init from '/clippings-3.js';\nawait init({ module_or_path: '/clippings-3_bg.wasm' });";
        let single = build(&dir, page, start).unwrap();
        assert!(single.contains("<style>body{color:red}</style>"));
        assert!(single.contains("<script>window.ready=1;</script>"));
        assert!(
            !single.contains("offline-5")
                && !single.contains("manifest")
                && !single.contains("modulepreload")
        );
        assert!(single.contains("<script type=\"module\">function go(){}\n"));
        assert!(single.contains(&csp_hash("window.ready=1;")));
        assert!(single.contains(&format!("style-src {}", csp_hash("body{color:red}"))));
        assert!(single.contains("default-src 'none'"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
