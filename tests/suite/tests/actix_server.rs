//! A real actix-web 4 server on 127.0.0.1:0, queried over HTTP, answering with derived errors.

mod common;

use actix_web::{web, App, HttpResponse, HttpServer, ResponseError};
use common::{ApiError, ROUTES};
use http_status::StatusResponse;

#[actix_web::test]
async fn actix_serves_derived_errors_as_problem_json() {
    let server = HttpServer::new(|| {
        ROUTES.iter().fold(App::new(), |app, (path, make)| {
            let make = *make;
            app.route(
                path,
                web::get().to(move || async move { Err::<HttpResponse, ApiError>(make()) }),
            )
        })
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .expect("bind");
    let base = format!("http://{}", server.addrs()[0]);
    let server = server.run();
    let handle = server.handle();
    let task = actix_web::rt::spawn(server);

    common::check_server(&base).await;

    handle.stop(true).await;
    task.await
        .expect("server task")
        .expect("server ran cleanly");
}

#[test]
fn status_code_and_error_response_always_agree() {
    for (_, make) in ROUTES {
        let error = make();
        let response = error.error_response();
        assert_eq!(response.status(), error.status_code());
        // A 1xx cannot be a final response, and 600..=999 is no HTTP status: both go out as 500.
        let declared = error.status();
        let sent = if declared.is_informational() || declared.as_u16() > 599 {
            500
        } else {
            declared.as_u16()
        };
        assert_eq!(error.status_code().as_u16(), sent);
    }
}

/// For a middleware: the hidden message of a 5xx rides along in the response's extensions, as it
/// does with axum; a shown message does not need to.
#[test]
fn a_hidden_server_error_keeps_its_message_in_the_actix_response() {
    use http_status::problem::ErrorMessage;

    let response = ApiError::Database.error_response();
    assert_eq!(response.status().as_u16(), 500);
    let extensions = response.extensions();
    let hidden = extensions
        .get::<ErrorMessage>()
        .expect("a hidden 5xx carries its message");
    assert_eq!(
        hidden.message,
        "database password rejected for admin@10.0.0.7"
    );
    let shown = ApiError::NotFound(7).error_response();
    assert!(shown.extensions().get::<ErrorMessage>().is_none());
}
