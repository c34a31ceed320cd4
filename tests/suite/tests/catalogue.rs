//! The catalogue, served: a problem response's `type` resolves on the same server to a page
//! that documents it, the index lists every variant, JSON for clients that ask for it, on axum
//! (the example server) and on actix-web.

#[path = "../examples/axum_api.rs"]
#[allow(dead_code)]
mod example;

use example::users;

use http_status::catalogue::Catalogue;
use serde_json::Value;

const BROWSER: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

async fn serve_axum() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, example::app()).await });
    base
}

/// Posts users until the demo's quota answers.
async fn quota_problem(client: &reqwest::Client, base: &str) -> Value {
    for i in 0..10 {
        let response = client
            .post(format!("{base}/users"))
            .header("content-type", "application/json")
            .body(format!(r#"{{"name":"user{i}"}}"#))
            .send()
            .await
            .unwrap();
        if response.status() == 429 {
            return serde_json::from_str(&response.text().await.unwrap()).unwrap();
        }
    }
    panic!("the quota never answered");
}

/// The JSON at `url`, asked for with `headers`.
async fn get_json(client: &reqwest::Client, url: String, headers: &[(&str, &str)]) -> Value {
    let mut request = client.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = request.send().await.unwrap().text().await.unwrap();
    serde_json::from_str(&body).unwrap()
}

/// The path of a type URI on this server.
fn path_of(uri: &str) -> &str {
    let rest = uri.strip_prefix("https://").unwrap();
    &rest[rest.find('/').unwrap()..]
}

async fn check_server(base: &str) {
    let client = reqwest::Client::new();
    let problem = quota_problem(&client, base).await;
    let uri = problem["type"].as_str().unwrap();
    assert_eq!(uri, "https://example.com/probs/user-quota");

    // The type's page, for a browser.
    let page = client
        .get(format!("{base}{}", path_of(uri)))
        .header("accept", BROWSER)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["content-type"], "text/html; charset=utf-8");
    assert_eq!(page.headers()["content-language"], "en");
    assert_eq!(page.headers()["vary"], "Accept, Accept-Language");
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<span class=\"title\">Too many users.</span>"),
        "{html}"
    );
    assert!(
        html.contains("<code>https://example.com/probs/user-quota</code>"),
        "{html}"
    );
    assert!(html.contains("A problem type of our own"), "{html}");
    assert!(
        html.contains("<code>limit</code></td><td><code>usize</code>"),
        "{html}"
    );
    assert!(html.contains("<code>Retry-After</code>"), "{html}");

    // The same as JSON, and it agrees with the problem the server sent.
    let json = get_json(
        &client,
        format!("{base}{}", path_of(uri)),
        &[("accept", "application/json")],
    )
    .await;
    assert_eq!(json["type"], problem["type"]);
    assert_eq!(json["status"], problem["status"]);
    assert_eq!(json["title"], problem["title"]);
    let sent: Vec<&str> = problem
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .filter(|k| !["type", "title", "status", "detail", "instance"].contains(k))
        .collect();
    let documented: Vec<&str> = json["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(sent, documented);

    // The index lists every variant, in French for who asks.
    let index = get_json(
        &client,
        format!("{base}/probs"),
        &[("accept", "application/json"), ("accept-language", "fr")],
    )
    .await;
    let variants: Vec<&str> = index
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["variant"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = users::UserError::ENTRIES
        .iter()
        .map(|e| e.variant)
        .collect();
    assert_eq!(variants, expected);
    assert_eq!(
        variants,
        [
            "NotFound",
            "NoSuchName",
            "NameTaken",
            "Invalid",
            "Storage",
            "Immutable",
            "Quota"
        ]
    );
    assert_eq!(index[0]["title"], "Introuvable");
    // Every key the explain example reads (`--catalogue`), on every entry.
    for entry in index.as_array().unwrap() {
        for key in [
            "variant", "type", "status", "title", "docs", "members", "headers",
        ] {
            assert!(!entry[key].is_null(), "{key} in {entry}");
        }
        for item in entry["members"]
            .as_array()
            .unwrap()
            .iter()
            .chain(entry["headers"].as_array().unwrap())
        {
            let object = item.as_object().unwrap();
            assert!(
                object.contains_key("name") && object.contains_key("type"),
                "{item}"
            );
        }
    }
    let html = client
        .get(format!("{base}/probs"))
        .header("accept", BROWSER)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("<a href=\"/probs/user-quota\">Too many users.</a>"),
        "{html}"
    );

    // Every type URI the API sends resolves here: each entry with a path has its page.
    for entry in users::UserError::catalogue() {
        let Some(path) = entry.path() else { continue };
        let page = client
            .get(format!("{base}{path}"))
            .header("accept", BROWSER)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200, "{path}");
        let html = page.text().await.unwrap();
        assert!(html.contains(entry.type_uri()), "{html}");
    }
}

#[tokio::test]
async fn axum_serves_each_problem_type_at_its_uri() {
    let base = serve_axum().await;
    check_server(&base).await;
}

#[actix_web::test]
async fn actix_serves_the_same_catalogue() {
    use actix_web::{App, HttpServer};
    let server = HttpServer::new(|| {
        App::new().configure(http_status::catalogue::actix_configure::<users::UserError>(
            "/probs",
        ))
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let base = format!("http://{}", server.addrs()[0]);
    let server = server.run();
    let handle = server.handle();
    actix_web::rt::spawn(server);
    let client = reqwest::Client::new();
    let page = client
        .get(format!("{base}/probs/user-quota"))
        .header("accept", BROWSER)
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["content-language"], "fr");
    let html = page.text().await.unwrap();
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(html.contains("<h2>Membres</h2>"), "{html}");
    let index = get_json(&client, format!("{base}/probs"), &[]).await;
    assert_eq!(index.as_array().unwrap().len(), 7);
    handle.stop(true).await;
}
