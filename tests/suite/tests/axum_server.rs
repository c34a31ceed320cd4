//! A real axum 0.8 server on 127.0.0.1:0, queried over HTTP, answering with derived errors.

mod common;

use axum::routing::get;
use axum::Router;
use common::{ApiError, ROUTES};

#[tokio::test]
async fn axum_serves_derived_errors_as_problem_json() {
    let mut app = Router::new();
    for (path, make) in ROUTES {
        app = app.route(
            path,
            get(move || async move { Err::<String, ApiError>(make()) }),
        );
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    common::check_server(&base).await;

    stop.send(()).expect("server still running");
    server
        .await
        .expect("server task")
        .expect("server ran cleanly");
}
