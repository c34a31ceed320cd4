//! A small users API on actix-web 4 whose errors are `#[derive(StatusResponse)]` enums, answered
//! as RFC 9457 problem+json with the headers RFC 9110 asks for. Behind `ProblemMiddleware`, what
//! actix-web answers on its own (a malformed body, an unknown route, a wrong method) is a problem
//! too.
//!
//! ```text
//! cargo run -p http-status-suite --example actix_api
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"ada"}'
//! curl -i localhost:3000/users/2
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":'
//! ```

#[path = "shared/users.rs"]
mod users;

use actix_web::{web, App, HttpResponse, HttpServer};
use http_status::layer::ProblemMiddleware;
use serde_json::Value;
use users::{UserError, Users};

async fn show(users: web::Data<Users>, id: web::Path<u32>) -> Result<HttpResponse, UserError> {
    Ok(HttpResponse::Ok().json(users.get(*id)?))
}

async fn find(users: web::Data<Users>, name: web::Path<String>) -> Result<HttpResponse, UserError> {
    Ok(HttpResponse::Ok().json(users.find(&name)?))
}

async fn create(
    users: web::Data<Users>,
    body: web::Json<Value>,
) -> Result<HttpResponse, UserError> {
    Ok(HttpResponse::Created().json(users.create(&body)?))
}

async fn replace(_id: web::Path<u32>) -> Result<HttpResponse, UserError> {
    Err(UserError::Immutable)
}

async fn remove(users: web::Data<Users>, id: web::Path<u32>) -> Result<HttpResponse, UserError> {
    users.delete(*id)?;
    Ok(HttpResponse::NoContent().finish())
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let users = web::Data::new(Users::default());
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let server = HttpServer::new(move || {
        App::new()
            .app_data(users.clone())
            .service(web::resource("/users").route(web::post().to(create)))
            .service(
                web::resource("/users/{id}")
                    .route(web::get().to(show))
                    .route(web::delete().to(remove))
                    .route(web::put().to(replace)),
            )
            .service(web::resource("/users/by-name/{name}").route(web::get().to(find)))
            // The catalogue of the problem types: `/probs` and `/probs/user-quota`.
            .configure(http_status::catalogue::actix_configure::<UserError>(
                "/probs",
            ))
            .wrap(ProblemMiddleware::new())
    })
    .bind(&addr)?;
    println!("users API (actix-web) on http://{}", server.addrs()[0]);
    server.run().await
}
