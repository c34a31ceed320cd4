//! A real browser: headless Chromium loads error routes of the axum example server, with the
//! `Accept` and `Accept-Language` headers it sends by itself, and the rendered DOM must show the
//! problem: its status and title as the page's title and heading, its detail as text (a
//! `<script>` in it too), in English and in French. A screenshot of each page is kept under
//! `target/browser/` for a person to look at.
//!
//! Ignored by default, since it needs Chromium (Debian's `chromium`); `.ci/run` installs it and
//! runs this with `--ignored`. `CHROMIUM=/path/to/chrome` picks another binary.

#[path = "../examples/axum_api.rs"]
mod example;

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

/// The browser: `$CHROMIUM`, or the first of the usual names on `PATH`.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!("no Chromium on PATH: install Debian's `chromium`, or set CHROMIUM");
}

/// Chromium's flags for a headless run in `lang`, in a container as root.
fn flags(lang: &str, profile: &std::path::Path) -> Vec<String> {
    vec![
        "--headless".into(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--no-first-run".into(),
        format!("--user-data-dir={}", profile.display()),
        format!("--lang={lang}"),
        format!("--accept-lang={lang}"),
    ]
}

/// A profile directory of its own for each run: two browsers on one profile refuse to start, and
/// the tests run at once.
fn profile(lang: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!(
        "http-status-chromium-{}-{run}-{lang}",
        std::process::id()
    ))
}

/// The DOM of `url` once Chromium has loaded it, in `lang`.
async fn dom(url: String, lang: &'static str) -> String {
    tokio::task::spawn_blocking(move || {
        let profile = profile(lang);
        let output = Command::new(chromium())
            .args(flags(lang, &profile))
            .arg("--dump-dom")
            .arg(&url)
            .output()
            .expect("Chromium runs");
        let _ = std::fs::remove_dir_all(&profile);
        assert!(
            output.status.success(),
            "Chromium failed on {url}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("a UTF-8 DOM")
    })
    .await
    .expect("the browser task")
}

/// Saves a screenshot of `url` in `lang` as `target/browser/{name}.png`.
async fn screenshot(url: String, lang: &'static str, name: &'static str) -> PathBuf {
    tokio::task::spawn_blocking(move || {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/browser");
        std::fs::create_dir_all(&dir).expect("target/browser");
        let file = dir.join(format!("{name}.png"));
        let _ = std::fs::remove_file(&file);
        let profile = profile(lang);
        let output = Command::new(chromium())
            .args(flags(lang, &profile))
            .arg(format!("--screenshot={}", file.display()))
            .arg("--window-size=1024,640")
            .arg(&url)
            .output()
            .expect("Chromium runs");
        let _ = std::fs::remove_dir_all(&profile);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        file
    })
    .await
    .expect("the browser task")
}

/// The text between `<tag ...>` and `</tag>` at the first `needle`.
fn element<'a>(dom: &'a str, needle: &str, close: &str) -> &'a str {
    let start = dom
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle} in {dom}"));
    let rest = &dom[start..];
    let open_end = rest.find('>').expect("a tag") + 1;
    let end = rest.find(close).expect("an end tag");
    &rest[open_end..end]
}

#[tokio::test]
#[ignore = "needs Chromium: .ci/run installs it and runs this with --ignored"]
async fn a_browser_shows_a_problem_as_a_page_in_its_language() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, example::app()).await });

    // What a program gets, to compare the page's data with.
    let client = reqwest::Client::new();
    let body = client
        .get(format!("{base}/users/7"))
        .send()
        .await
        .expect("a response")
        .text()
        .await
        .expect("a body");
    let json: Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(json["detail"], "no user has id 7");

    let page = dom(format!("{base}/users/7"), "en-US").await;
    assert_eq!(element(&page, "<title", "</title>"), "404 Not Found");
    assert!(page.contains("<html lang=\"en\">"), "{page}");
    let heading = element(&page, "<h1", "</h1>");
    assert!(
        heading.contains("404") && heading.contains("Not Found"),
        "{heading}"
    );
    assert_eq!(
        element(&page, "<p class=\"detail\"", "</p>"),
        "no user has id 7"
    );
    let data: Value = serde_json::from_str(element(
        &page,
        "<script type=\"application/problem+json\"",
        "</script>",
    ))
    .expect("the page's problem is JSON");
    assert_eq!(data, json);

    // In French: the registry's title, the page's language; the detail is the error's own.
    let page = dom(format!("{base}/users/7"), "fr").await;
    assert_eq!(element(&page, "<title", "</title>"), "404 Introuvable");
    assert!(page.contains("<html lang=\"fr\">"), "{page}");
    assert!(element(&page, "<h1", "</h1>").contains("Introuvable"));

    // A detail with a script in it is text on the page, and the page runs no script.
    let page = dom(
        format!("{base}/users/by-name/%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        "en-US",
    )
    .await;
    assert_eq!(
        element(&page, "<p class=\"detail\"", "</p>"),
        "no user is named \"&lt;script&gt;alert(1)&lt;/script&gt;\""
    );
    assert_eq!(page.matches("<script").count(), 1, "{page}");

    for (lang, name) in [("en-US", "users-7-en"), ("fr", "users-7-fr")] {
        let file = screenshot(format!("{base}/users/7"), lang, name).await;
        let size = std::fs::metadata(&file).expect("a screenshot").len();
        assert!(size > 1000, "{} is {size} bytes", file.display());
    }
}

#[tokio::test]
#[ignore = "needs Chromium: .ci/run installs it and runs this with --ignored"]
async fn a_browser_shows_a_problem_types_page_at_its_uri() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, example::app()).await });

    // `https://example.com/probs/user-quota`, the quota problem's type, on this server.
    let page = dom(format!("{base}/probs/user-quota"), "en-US").await;
    assert_eq!(element(&page, "<title", "</title>"), "Too many users.");
    let heading = element(&page, "<h1", "</h1>");
    assert!(
        heading.contains("429") && heading.contains("Too many users."),
        "{heading}"
    );
    assert_eq!(
        element(&page, "<dd class=\"type\"", "</dd>"),
        "<code>https://example.com/probs/user-quota</code>"
    );
    assert!(element(&page, "<p class=\"docs\"", "</p>").starts_with("A problem type of our own"));
    let members = element(&page, "<table class=\"members\"", "</table>");
    assert!(members.contains("<code>limit</code>"), "{members}");
    let headers = element(&page, "<table class=\"headers\"", "</table>");
    assert!(headers.contains("Retry-After"), "{headers}");
    let example: Value = serde_json::from_str(
        &element(&page, "<pre class=\"example\"", "</pre>").replace("&quot;", "\""),
    )
    .expect("the example is JSON");
    assert_eq!(example["type"], "https://example.com/probs/user-quota");
    assert_eq!(example["status"], 429);

    // The index links to it, in French for a French browser.
    let index = dom(format!("{base}/probs"), "fr").await;
    assert_eq!(element(&index, "<h1", "</h1>"), "Types de problèmes");
    assert!(
        index.contains("<a href=\"/probs/user-quota\">Too many users.</a>"),
        "{index}"
    );

    for (url, name) in [
        (format!("{base}/probs/user-quota"), "catalogue-user-quota"),
        (format!("{base}/probs"), "catalogue-index"),
    ] {
        let file = screenshot(url, "en-US", name).await;
        let size = std::fs::metadata(&file).expect("a screenshot").len();
        assert!(size > 1000, "{} is {size} bytes", file.display());
    }
}
