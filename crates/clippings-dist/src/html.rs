//! The few edits made to the page trunk writes. Its shape is trunk's own (the version is pinned
//! in the README), so a small tag scanner is enough; each edit says clearly when the page is
//! not what it expects.

const START_MARKER: &str = "<!-- clippings: start script -->";
const MODULE_OPEN: &str = "<script type=\"module\">";

/// Takes trunk's inline module script (`import init … await init(…)`) out of the page, leaving a
/// marker where it was.
pub fn take_start_script(page: &str) -> Option<(String, String)> {
    let open = page.find(MODULE_OPEN)?;
    let body_start = open + MODULE_OPEN.len();
    let close = body_start + page[body_start..].find("</script>")?;
    let script = page[body_start..close].trim().to_string();
    let rest = &page[close + "</script>".len()..];
    Some((format!("{}{START_MARKER}{rest}", &page[..open]), script))
}

pub fn with_start_file(page: &str, src: &str) -> String {
    page.replacen(
        START_MARKER,
        &format!("<script type=\"module\" src=\"{src}\"></script>"),
        1,
    )
}

/// Moves trunk's preloads (the Wasm and its glue, which it writes last in `<head>`) to the top of
/// `<head>`, right after the charset. A preload is only fetched once the parser reaches it, and
/// before it stand the page's parser-blocking scripts: there the Wasm, by far the largest file and
/// the one the first answer waits for, began downloading only once they had loaded and run (BBC:
/// the API ready 247 → 228 ms after navigation and the first answer 330 → 299 ms, medians of 11
/// interleaved runs of `benches/browser/first-answer.mjs`). Call it before `with_policy`, which
/// then comes first.
pub fn with_preloads_first(page: &str) -> String {
    let mut preloads = Vec::new();
    let rest = replace_tags(page, |tag| {
        let preload =
            tag.name == "link" && matches!(tag.attribute("rel"), Some("preload" | "modulepreload"));
        preload.then(|| {
            preloads.push(tag.text.to_string());
            String::new()
        })
    });
    if preloads.is_empty() {
        return rest;
    }
    let moved: String = preloads.iter().map(|tag| format!("\n  {tag}")).collect();
    after_charset(&rest, &moved)
}

/// Puts the policy first in `<head>`, before anything it governs.
pub fn with_policy(page: &str, policy: &str) -> String {
    assert!(!policy.contains('"'), "a policy is written inside quotes");
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    after_charset(page, &format!("\n  {meta}"))
}

const CHARSET: &str = "<meta charset=\"utf-8\">";

/// The page with `text` right after its charset (which must stay first), or at the top of
/// `<head>` when it has none.
fn after_charset(page: &str, text: &str) -> String {
    match page.find(CHARSET) {
        Some(at) => {
            let after = at + CHARSET.len();
            format!("{}{text}{}", &page[..after], &page[after..])
        }
        None => page.replacen("<head>", &format!("<head>{text}"), 1),
    }
}

/// A `<link>` or `<script>` tag of the page, with its attributes; for a script, `end` is past
/// its `</script>`.
#[derive(Debug)]
pub struct Tag<'a> {
    pub name: &'a str,
    /// The tag as written in the page (with its `</script>` for a script).
    pub text: &'a str,
    pub attributes: Vec<(&'a str, &'a str)>,
    start: usize,
    end: usize,
}

impl Tag<'_> {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}

/// Every `<link>`, `<script>` and `<meta>` tag in the page, in order.
pub fn tags(page: &str) -> Vec<Tag<'_>> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = page[at..].find('<') {
        let start = at + offset;
        let name_end = page[start + 1..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(page.len(), |n| start + 1 + n);
        let name = &page[start + 1..name_end];
        let Some(close) = page[name_end..].find('>').map(|n| name_end + n) else {
            break;
        };
        if !matches!(name, "link" | "script" | "meta") {
            at = start + 1;
            continue;
        }
        let attributes = parse_attributes(page[name_end..close].trim_end_matches('/'));
        let mut end = close + 1;
        if name == "script" {
            match page[end..].find("</script>") {
                Some(n) => end += n + "</script>".len(),
                None => break,
            }
        }
        found.push(Tag {
            name,
            text: &page[start..end],
            attributes,
            start,
            end,
        });
        at = end;
    }
    found
}

fn parse_attributes(text: &str) -> Vec<(&str, &str)> {
    let mut attributes = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let mut value = "";
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            if let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') {
                let inner = &after[1..];
                let close = inner.find(quote).unwrap_or(inner.len());
                value = &inner[..close];
                rest = inner.get(close + 1..).unwrap_or("");
            } else {
                let close = after.find(char::is_whitespace).unwrap_or(after.len());
                value = &after[..close];
                rest = &after[close..];
            }
        }
        if !name.is_empty() {
            attributes.push((name, value));
        }
        rest = rest.trim_start();
    }
    attributes
}

/// The page with every tag for which `replace` gives something replaced by it.
pub fn replace_tags(page: &str, mut replace: impl FnMut(&Tag) -> Option<String>) -> String {
    let mut out = String::with_capacity(page.len());
    let mut copied = 0;
    for tag in tags(page) {
        if let Some(replacement) = replace(&tag) {
            out.push_str(&page[copied..tag.start]);
            out.push_str(&replacement);
            copied = tag.end;
        }
    }
    out.push_str(&page[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_PAGE: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="stylesheet" href="/app-1.css" integrity="sha384-x"/>
  <script src="/ready-2.js" integrity="sha384-y"></script>
<script type="module">
import init, * as bindings from '/clippings-3.js';
const wasm = await init({ module_or_path: '/clippings-3_bg.wasm' });
</script>
<link rel="modulepreload" href="/clippings-3.js" crossorigin="anonymous" integrity="sha384-z"></head>
<body></body>
</html>"#;

    #[test]
    fn the_start_script_moves_to_a_file() {
        let (page, script) = take_start_script(TRUNK_PAGE).unwrap();
        assert!(script.starts_with("import init"));
        assert!(script.ends_with("'/clippings-3_bg.wasm' });"));
        let page = with_start_file(&page, "/start-4.js");
        assert!(page.contains(
            "<script type=\"module\" src=\"/start-4.js\"></script>\n<link rel=\"modulepreload\""
        ));
        assert!(!page.contains("import init"));
    }

    #[test]
    fn the_policy_comes_right_after_the_charset() {
        let page = with_policy(TRUNK_PAGE, "default-src 'self'");
        assert!(page.contains("<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n  <link rel=\"stylesheet\""));
    }

    #[test]
    fn the_preloads_move_to_the_top_of_head_after_the_charset_and_under_the_policy() {
        let page = with_policy(
            &with_preloads_first(&with_start_file(
                &take_start_script(TRUNK_PAGE).unwrap().0,
                "/start-4.js",
            )),
            "default-src 'self'",
        );
        let found = tags(&page);
        let order: Vec<_> = found
            .iter()
            .map(|tag| {
                tag.attribute("rel")
                    .or(tag.attribute("src"))
                    .unwrap_or(tag.name)
            })
            .collect();
        assert_eq!(
            order,
            [
                "meta",
                "meta",
                "modulepreload",
                "stylesheet",
                "/ready-2.js",
                "/start-4.js"
            ]
        );
        assert!(page.contains("<meta charset=\"utf-8\">\n  <meta http-equiv"));
        assert!(page.contains("\n  <link rel=\"modulepreload\" href=\"/clippings-3.js\" crossorigin=\"anonymous\" integrity=\"sha384-z\">\n  <link rel=\"stylesheet\""));
        assert!(page.ends_with("</script>\n</head>\n<body></body>\n</html>"));
    }

    #[test]
    fn a_page_without_preloads_is_left_as_it_is() {
        let page = replace_tags(TRUNK_PAGE, |tag| {
            (tag.attribute("rel") == Some("modulepreload")).then(String::new)
        });
        assert_eq!(with_preloads_first(&page), page);
    }

    #[test]
    fn tags_and_their_attributes() {
        let found = tags(TRUNK_PAGE);
        let names: Vec<_> = found.iter().map(|t| t.name).collect();
        assert_eq!(names, ["meta", "link", "script", "script", "link"]);
        assert_eq!(found[1].attribute("href"), Some("/app-1.css"));
        assert_eq!(found[2].attribute("src"), Some("/ready-2.js"));
        assert_eq!(found[3].attribute("type"), Some("module"));
        assert_eq!(found[4].attribute("crossorigin"), Some("anonymous"));
    }

    #[test]
    fn replacing_tags_keeps_the_rest() {
        let page = replace_tags(TRUNK_PAGE, |tag| {
            (tag.attribute("rel") == Some("modulepreload")).then(String::new)
        });
        assert!(page.ends_with("</script>\n</head>\n<body></body>\n</html>"));
    }
}
