//! A small users API on actix-web 4 whose errors are `#[derive(StatusResponse)]` enums, answered
//! as RFC 9457 problem+json with the headers RFC 9110 asks for.
//!
//! ```text
//! cargo run -p http-status-suite --example actix_api
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' -d '{"name":"ada"}'
//! curl -i localhost:3000/users/2
//! ```

#[path = "shared/users.rs"]
mod users;

use actix_web::{web, App, HttpResponse, HttpServer};
use serde_json::Value;
use users::{UserError, Users};

async fn show(users: web::Data<Users>, id: web::Path<u32>) -> Result<HttpResponse, UserError> {
    Ok(HttpResponse::Ok().json(users.get(*id)?))
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
            .route("/users", web::post().to(create))
            .route("/users/{id}", web::get().to(show))
            .route("/users/{id}", web::delete().to(remove))
            .route("/users/{id}", web::put().to(replace))
    })
    .bind(&addr)?;
    println!("users API (actix-web) on http://{}", server.addrs()[0]);
    server.run().await
}
