//! Under load: the users API's error routes (the axum example's `UserError`, derived) against
//! the same routes with hand-written `IntoResponse` impls, driven on loopback by a bounded
//! client: 32 requests in flight over kept-alive connections, rounds of a fixed length that
//! alternate the two servers.
//!
//! With `layer`, the problem layer's cost instead: each framework's success route and its error
//! routes, served with and without `ProblemLayer` (axum) or `ProblemMiddleware` (actix-web),
//! the two servers alternating round by round in the same process.
//!
//! ```text
//! cargo bench -p http-status-suite --bench load               # 8 rounds of 3 s
//! cargo bench -p http-status-suite --bench load -- 4 2        # 4 rounds of 2 s
//! cargo bench -p http-status-suite --bench load -- layer 8 3  # the layer, 8 rounds of 3 s
//! cargo bench -p http-status-suite --bench load -- frameworks 8 3  # poem, salvo and Rocket
//! ```
//!
//! With `frameworks`, the same error routes on poem, salvo and Rocket: the derived errors
//! against each framework's hand-written trait impl, the two servers of a framework alternating
//! round by round.
//!
//! Every response is checked: a transport error or an unexpected status counts as failed.

#[path = "../examples/shared/users.rs"]
#[allow(dead_code)]
mod users;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::Path;
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use users::UserError;

/// The same errors, by hand: what a user writes without the derive.
#[derive(Debug, thiserror::Error)]
enum HandError {
    #[error("no user has id {0}")]
    NotFound(u32),
    #[error("storage shard {0} unreachable at 10.1.2.3:5432")]
    Storage(u32),
    #[error("users are created and deleted, never replaced")]
    Immutable,
    #[error("this demo keeps at most {limit} users; delete one first")]
    Quota { limit: usize, retry_after: u32 },
}

#[derive(Serialize)]
struct Problem<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<usize>,
}

impl IntoResponse for HandError {
    fn into_response(self) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        let (status, kind, title, limit) = match &self {
            HandError::NotFound(_) => (StatusCode::NOT_FOUND, "about:blank", "Not Found", None),
            HandError::Storage(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "about:blank",
                "Internal Server Error",
                None,
            ),
            HandError::Immutable => {
                headers.insert("allow", HeaderValue::from_static("GET, DELETE"));
                (
                    StatusCode::METHOD_NOT_ALLOWED,
                    "about:blank",
                    "Method Not Allowed",
                    None,
                )
            }
            HandError::Quota { limit, retry_after } => {
                headers.insert(RETRY_AFTER, HeaderValue::from(*retry_after));
                (
                    StatusCode::TOO_MANY_REQUESTS,
                    "https://example.com/probs/user-quota",
                    "Too many users.",
                    Some(*limit),
                )
            }
        };
        let detail = (!status.is_server_error()).then(|| self.to_string());
        let body = Problem {
            kind,
            title,
            status: status.as_u16(),
            detail,
            limit,
        };
        (status, headers, Json(body)).into_response()
    }
}

/// The four error routes, with the derived errors.
fn derived() -> Router {
    Router::new()
        .route(
            "/missing/{id}",
            get(|Path(id): Path<u32>| async move { Err::<(), _>(UserError::NotFound(id)) }),
        )
        .route(
            "/storage/{id}",
            get(|Path(id): Path<u32>| async move { Err::<(), _>(UserError::Storage(id)) }),
        )
        .route(
            "/immutable",
            get(|| async { Err::<(), _>(UserError::Immutable) }),
        )
        .route(
            "/quota",
            get(|| async {
                Err::<(), _>(UserError::Quota {
                    limit: 3,
                    retry_after: 60,
                })
            }),
        )
}

/// The same routes, by hand.
fn by_hand() -> Router {
    Router::new()
        .route(
            "/missing/{id}",
            get(|Path(id): Path<u32>| async move { Err::<(), _>(HandError::NotFound(id)) }),
        )
        .route(
            "/storage/{id}",
            get(|Path(id): Path<u32>| async move { Err::<(), _>(HandError::Storage(id)) }),
        )
        .route(
            "/immutable",
            get(|| async { Err::<(), _>(HandError::Immutable) }),
        )
        .route(
            "/quota",
            get(|| async {
                Err::<(), _>(HandError::Quota {
                    limit: 3,
                    retry_after: 60,
                })
            }),
        )
}

/// A success route: a small JSON body, as a handler answers.
fn ok_route(router: Router) -> Router {
    router.route(
        "/ok",
        get(|| async { Json(serde_json::json!({"id": 7, "name": "ada"})) }),
    )
}

/// Paths and the status each must answer with.
type Routes = &'static [(&'static str, u16)];

const OK: [(&str, u16); 1] = [("/ok", 200)];

const ROUTES: [(&str, u16); 4] = [
    ("/missing/7", 404),
    ("/storage/0", 500),
    ("/immutable", 405),
    ("/quota", 429),
];

/// Serves `app` on 127.0.0.1:0 from a runtime of its own (one worker): the address.
fn serve(
    app: Router,
) -> (
    String,
    std::thread::JoinHandle<()>,
    tokio::sync::oneshot::Sender<()>,
) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            addr_tx
                .send(format!(
                    "http://{}",
                    listener.local_addr().expect("address")
                ))
                .expect("send the address");
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
                .expect("server");
        });
    });
    (addr_rx.recv().expect("the address"), thread, stop)
}

/// The same routes on actix-web, with the same derived errors; behind the middleware when
/// `layer`. Served on 127.0.0.1:0 from a system of its own (one worker): the address.
fn serve_actix(layer: bool) -> (String, actix_web::dev::ServerHandle) {
    use actix_web::{web, App, HttpResponse, HttpServer};

    fn configure(config: &mut web::ServiceConfig) {
        config
            .route(
                "/ok",
                web::get().to(|| async {
                    HttpResponse::Ok().json(serde_json::json!({"id": 7, "name": "ada"}))
                }),
            )
            .route(
                "/missing/{id}",
                web::get().to(|id: web::Path<u32>| async move {
                    Err::<String, _>(UserError::NotFound(*id))
                }),
            )
            .route(
                "/storage/{id}",
                web::get().to(|id: web::Path<u32>| async move {
                    Err::<String, _>(UserError::Storage(*id))
                }),
            )
            .route(
                "/immutable",
                web::get().to(|| async { Err::<String, _>(UserError::Immutable) }),
            )
            .route(
                "/quota",
                web::get().to(|| async {
                    Err::<String, _>(UserError::Quota {
                        limit: 3,
                        retry_after: 60,
                    })
                }),
            );
    }

    macro_rules! run {
        ($app:expr, $tx:expr) => {{
            let server = HttpServer::new($app)
                .workers(1)
                .bind(("127.0.0.1", 0))
                .expect("bind");
            let base = format!("http://{}", server.addrs()[0]);
            let server = server.run();
            let _ = $tx.send((base, server.handle()));
            server.await.expect("server");
        }};
    }

    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            if layer {
                run!(
                    || App::new()
                        .configure(configure)
                        .wrap(http_status::layer::ProblemMiddleware::new()),
                    tx
                );
            } else {
                run!(|| App::new().configure(configure), tx);
            }
        });
    });
    rx.recv().expect("the address")
}

/// Drives `base` for `length` with `in_flight` concurrent requests: (ok, failed) counts.
async fn drive(base: &str, length: Duration, in_flight: usize) -> (u64, u64) {
    drive_routes(base, &ROUTES, length, in_flight).await
}

/// [`drive`] over `routes`.
async fn drive_routes(
    base: &str,
    routes: Routes,
    length: Duration,
    in_flight: usize,
) -> (u64, u64) {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(in_flight)
        .build()
        .expect("client");
    let ok = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let end = Instant::now() + length;
    let mut tasks = Vec::new();
    for worker in 0..in_flight {
        let (client, ok, failed, base) =
            (client.clone(), ok.clone(), failed.clone(), base.to_string());
        tasks.push(tokio::spawn(async move {
            let mut i = worker;
            while Instant::now() < end {
                let (path, expected) = routes[i % routes.len()];
                i += 1;
                let good = match client.get(format!("{base}{path}")).send().await {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        response.bytes().await.is_ok() && status == expected
                    }
                    Err(_) => false,
                };
                if good {
                    ok.fetch_add(1, Ordering::Relaxed);
                } else {
                    failed.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for task in tasks {
        task.await.expect("client task");
    }
    (ok.load(Ordering::Relaxed), failed.load(Ordering::Relaxed))
}

/// The medians of `rounds` interleaved rounds of `length` on `a` and `b` over `routes`: a's
/// req/s, b's, the median of the per-round ratios a/b, and the failed requests.
fn compare(
    client: &tokio::runtime::Runtime,
    a: &str,
    b: &str,
    routes: Routes,
    rounds: usize,
    length: Duration,
    label: &str,
) -> (f64, f64, f64, u64) {
    client.block_on(drive_routes(a, routes, Duration::from_millis(500), 32));
    client.block_on(drive_routes(b, routes, Duration::from_millis(500), 32));
    let (mut ra, mut rb, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    let mut failed = 0;
    for round in 0..rounds {
        let order = if round % 2 == 0 { [a, b] } else { [b, a] };
        let mut rps = [0.0; 2];
        for (slot, base) in order.iter().enumerate() {
            let (good, bad) = client.block_on(drive_routes(base, routes, length, 32));
            failed += bad;
            rps[slot] = good as f64 / length.as_secs_f64();
        }
        let (x, y) = if round % 2 == 0 {
            (rps[0], rps[1])
        } else {
            (rps[1], rps[0])
        };
        ra.push(x);
        rb.push(y);
        ratios.push(x / y);
        println!("{label}, round {round}: {x:.0} req/s against {y:.0} req/s");
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (
        median(&mut ra),
        median(&mut rb),
        median(&mut ratios),
        failed,
    )
}

/// `layer` mode: each framework with and without the problem layer.
fn layer_mode(rounds: usize, seconds: u64) {
    let length = Duration::from_secs(seconds);
    let client = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let (axum_plain, _t1, _s1) = serve(ok_route(derived()));
    let (axum_layer, _t2, _s2) =
        serve(ok_route(derived()).layer(http_status::layer::ProblemLayer::new()));
    let (actix_plain, _h1) = serve_actix(false);
    let (actix_layer, _h2) = serve_actix(true);
    let cases: [(&str, &str, &str, Routes); 4] = [
        ("axum, success route", &axum_layer, &axum_plain, &OK),
        ("axum, 4 error routes", &axum_layer, &axum_plain, &ROUTES),
        ("actix-web, success route", &actix_layer, &actix_plain, &OK),
        (
            "actix-web, 4 error routes",
            &actix_layer,
            &actix_plain,
            &ROUTES,
        ),
    ];
    let mut rows = Vec::new();
    for (label, with, without, routes) in cases {
        let (w, wo, ratio, failed) = compare(&client, with, without, routes, rounds, length, label);
        rows.push(format!(
            "| {label} | {w:.0} | {wo:.0} | {ratio:.3}x | {failed} |"
        ));
    }
    println!();
    println!(
        "| 32 in flight, {rounds} rounds of {seconds} s | with the layer req/s | without req/s | ratio (median of rounds) | failed |"
    );
    println!("| --- | --- | --- | --- | --- |");
    for row in rows {
        println!("{row}");
    }
}

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let rounds = args.first().copied().unwrap_or(8) as usize;
    let seconds = args.get(1).copied().unwrap_or(3);
    if std::env::args().any(|a| a == "layer") {
        return layer_mode(rounds, seconds);
    }
    if std::env::args().any(|a| a == "frameworks") {
        return frameworks::run(rounds, seconds);
    }
    let length = Duration::from_secs(seconds);
    let (ours, ours_thread, ours_stop) = serve(derived());
    let (hand, hand_thread, hand_stop) = serve(by_hand());
    let client = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    // Warm both up.
    client.block_on(drive(&ours, Duration::from_millis(500), 32));
    client.block_on(drive(&hand, Duration::from_millis(500), 32));
    let (mut o, mut h, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    let mut failed = 0;
    for round in 0..rounds {
        let order = if round % 2 == 0 {
            [&ours, &hand]
        } else {
            [&hand, &ours]
        };
        let mut rps = [0.0; 2];
        for (slot, base) in order.iter().enumerate() {
            let (good, bad) = client.block_on(drive(base, length, 32));
            failed += bad;
            rps[slot] = good as f64 / length.as_secs_f64();
        }
        let (ours_rps, hand_rps) = if round % 2 == 0 {
            (rps[0], rps[1])
        } else {
            (rps[1], rps[0])
        };
        o.push(ours_rps);
        h.push(hand_rps);
        ratios.push(ours_rps / hand_rps);
        println!("round {round}: derived {ours_rps:.0} req/s, by hand {hand_rps:.0} req/s");
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!();
    println!("| error routes under load | derived req/s | by hand req/s | ratio (median of rounds) | failed |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| 4 routes round-robin, 32 in flight, {rounds} rounds of {seconds} s | {:.0} | {:.0} | {:.3}x | {failed} |",
        median(&mut o),
        median(&mut h),
        median(&mut ratios)
    );
    let _ = ours_stop.send(());
    let _ = hand_stop.send(());
    let _ = ours_thread.join();
    let _ = hand_thread.join();
}

/// The error routes on poem, salvo and Rocket, derived against by hand. Each route's path names
/// its error (`/missing/7`): no path parameters, so that the routers' work is the same for both.
mod frameworks {
    use std::time::Duration;

    use super::{compare, HandError, Routes, ROUTES};
    use crate::users::UserError;

    fn derived(path: &str) -> Option<UserError> {
        Some(match path {
            "/missing/7" => UserError::NotFound(7),
            "/storage/0" => UserError::Storage(0),
            "/immutable" => UserError::Immutable,
            "/quota" => UserError::Quota {
                limit: 3,
                retry_after: 60,
            },
            _ => return None,
        })
    }

    fn by_hand(path: &str) -> Option<HandError> {
        Some(match path {
            "/missing/7" => HandError::NotFound(7),
            "/storage/0" => HandError::Storage(0),
            "/immutable" => HandError::Immutable,
            "/quota" => HandError::Quota {
                limit: 3,
                retry_after: 60,
            },
            _ => return None,
        })
    }

    /// What the axum anchor sends, as parts each framework's hand-written impl writes.
    fn parts(error: HandError) -> (u16, Vec<(&'static str, String)>, Vec<u8>) {
        use axum::response::IntoResponse as _;
        let response = error.into_response();
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter(|(name, _)| *name != "content-length")
            .filter_map(|(name, value)| {
                let name: &'static str = match name.as_str() {
                    "content-type" => "content-type",
                    "allow" => "allow",
                    "retry-after" => "retry-after",
                    _ => return None,
                };
                Some((name, value.to_str().ok()?.to_string()))
            })
            .collect();
        let body = body_bytes(response.into_body());
        (status, headers, body)
    }

    /// The bytes of an axum body that is one chunk, as the anchor's always is.
    fn body_bytes(body: axum::body::Body) -> Vec<u8> {
        use http_body::Body as _;
        let mut body = std::pin::pin!(body);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        let mut out = Vec::new();
        while let std::task::Poll::Ready(Some(Ok(frame))) = body.as_mut().poll_frame(&mut cx) {
            if let Ok(data) = frame.into_data() {
                out.extend_from_slice(&data);
            }
        }
        out
    }

    #[derive(Debug, thiserror::Error)]
    #[error(transparent)]
    struct PoemHand(HandError);

    impl poem::error::ResponseError for PoemHand {
        fn status(&self) -> http::StatusCode {
            match self.0 {
                HandError::NotFound(_) => http::StatusCode::NOT_FOUND,
                HandError::Storage(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
                HandError::Immutable => http::StatusCode::METHOD_NOT_ALLOWED,
                HandError::Quota { .. } => http::StatusCode::TOO_MANY_REQUESTS,
            }
        }

        fn as_response(&self) -> poem::Response {
            let copy = by_hand_again(&self.0);
            let (status, headers, body) = parts(copy);
            let mut response = poem::Response::builder()
                .status(http::StatusCode::from_u16(status).unwrap_or_default());
            for (name, value) in headers {
                response = response.header(name, value);
            }
            response.body(body)
        }
    }

    /// The error again, since poem's trait lends it.
    fn by_hand_again(error: &HandError) -> HandError {
        match error {
            HandError::NotFound(id) => HandError::NotFound(*id),
            HandError::Storage(id) => HandError::Storage(*id),
            HandError::Immutable => HandError::Immutable,
            HandError::Quota { limit, retry_after } => HandError::Quota {
                limit: *limit,
                retry_after: *retry_after,
            },
        }
    }

    struct SalvoHand(HandError);

    #[salvo::async_trait]
    impl salvo::Writer for SalvoHand {
        async fn write(
            self,
            _req: &mut salvo::Request,
            _depot: &mut salvo::Depot,
            res: &mut salvo::Response,
        ) {
            let (status, headers, body) = parts(self.0);
            res.status_code(salvo::http::StatusCode::from_u16(status).unwrap_or_default());
            for (name, value) in headers {
                let _ = res.add_header(name, value, true);
            }
            res.body(body);
        }
    }

    struct RocketHand(HandError);

    impl<'r, 'o: 'r> rocket::response::Responder<'r, 'o> for RocketHand {
        fn respond_to(self, _request: &'r rocket::Request<'_>) -> rocket::response::Result<'o> {
            let (status, headers, body) = parts(self.0);
            let mut response = rocket::Response::build();
            response.status(rocket::http::Status::new(status));
            for (name, value) in headers {
                response.header(rocket::http::Header::new(name, value));
            }
            response.sized_body(body.len(), std::io::Cursor::new(body));
            response.ok()
        }
    }

    /// Runs `serve` (given the bound address's sender) on a one-worker runtime of its own
    /// thread, as `super::serve` does for axum: the base URL.
    fn on_thread<F, Fut>(serve: F) -> String
    where
        F: FnOnce(std::sync::mpsc::Sender<String>) -> Fut + Send + 'static,
        Fut: std::future::Future<Output = ()>,
    {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .expect("server runtime")
                .block_on(serve(addr_tx));
        });
        addr_rx.recv().expect("the address")
    }

    fn poem_server(derive: bool) -> String {
        use poem::endpoint::make_sync;
        use poem::listener::{Acceptor as _, Listener as _};
        on_thread(move |addr| async move {
            let mut app = poem::Route::new();
            for (path, _) in ROUTES {
                app = if derive {
                    app.at(
                        path,
                        poem::get(make_sync(move |_| derived(path).map_or(Ok(()), Err))),
                    )
                } else {
                    app.at(
                        path,
                        poem::get(make_sync(move |_| {
                            by_hand(path).map_or(Ok(()), |e| Err(PoemHand(e)))
                        })),
                    )
                };
            }
            let acceptor = poem::listener::TcpListener::bind("127.0.0.1:0")
                .into_acceptor()
                .await
                .expect("bind");
            let bound = acceptor.local_addr()[0]
                .as_socket_addr()
                .copied()
                .expect("a TCP address");
            addr.send(format!("http://{bound}")).expect("send");
            let _ = poem::Server::new_with_acceptor(acceptor).run(app).await;
        })
    }

    struct SalvoRoute {
        path: &'static str,
        derive: bool,
    }

    #[salvo::async_trait]
    impl salvo::Handler for SalvoRoute {
        async fn handle(
            &self,
            req: &mut salvo::Request,
            depot: &mut salvo::Depot,
            res: &mut salvo::Response,
            _ctrl: &mut salvo::FlowCtrl,
        ) {
            use salvo::Writer as _;
            if self.derive {
                if let Some(error) = derived(self.path) {
                    error.write(req, depot, res).await;
                }
            } else if let Some(error) = by_hand(self.path) {
                SalvoHand(error).write(req, depot, res).await;
            }
        }
    }

    fn salvo_server(derive: bool) -> String {
        use salvo::conn::{Acceptor as _, Listener as _};
        on_thread(move |addr| async move {
            let mut router = salvo::Router::new();
            for (path, _) in ROUTES {
                router = router.push(
                    salvo::Router::with_path(path.trim_start_matches('/'))
                        .get(SalvoRoute { path, derive }),
                );
            }
            let acceptor = salvo::conn::TcpListener::new("127.0.0.1:0").bind().await;
            let bound = acceptor.holdings()[0]
                .local_addr
                .clone()
                .into_std()
                .expect("a TCP address");
            addr.send(format!("http://{bound}")).expect("send");
            salvo::Server::new(acceptor).serve(router).await;
        })
    }

    #[derive(Clone)]
    struct RocketRoute {
        path: &'static str,
        derive: bool,
    }

    #[rocket::async_trait]
    impl rocket::route::Handler for RocketRoute {
        async fn handle<'r>(
            &self,
            request: &'r rocket::Request<'_>,
            _data: rocket::Data<'r>,
        ) -> rocket::route::Outcome<'r> {
            if self.derive {
                rocket::route::Outcome::from(request, derived(self.path).map_or(Ok(()), Err))
            } else {
                rocket::route::Outcome::from(
                    request,
                    by_hand(self.path).map_or(Ok(()), |e| Err(RocketHand(e))),
                )
            }
        }
    }

    fn rocket_server(derive: bool) -> String {
        on_thread(move |addr| async move {
            let config = rocket::Config {
                address: std::net::Ipv4Addr::LOCALHOST.into(),
                port: 0,
                log_level: rocket::config::LogLevel::Off,
                ..rocket::Config::release_default()
            };
            let routes: Vec<rocket::Route> = ROUTES
                .iter()
                .map(|(path, _)| {
                    rocket::Route::new(
                        rocket::http::Method::Get,
                        path,
                        RocketRoute { path, derive },
                    )
                })
                .collect();
            let addr = std::sync::Mutex::new(Some(addr));
            let rocket = rocket::custom(config).mount("/", routes).attach(
                rocket::fairing::AdHoc::on_liftoff("address", move |rocket| {
                    let port = rocket.config().port;
                    if let Some(addr) = addr.lock().ok().and_then(|mut a| a.take()) {
                        let _ = addr.send(format!("http://127.0.0.1:{port}"));
                    }
                    Box::pin(async {})
                }),
            );
            let _ = rocket.launch().await;
        })
    }

    pub fn run(rounds: usize, seconds: u64) {
        let length = Duration::from_secs(seconds);
        let client = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("client runtime");
        let servers = [
            ("poem", poem_server(true), poem_server(false)),
            ("salvo", salvo_server(true), salvo_server(false)),
            ("Rocket", rocket_server(true), rocket_server(false)),
        ];
        let routes: Routes = &ROUTES;
        let mut rows = Vec::new();
        for (name, ours, hand) in &servers {
            let label = format!("{name}, 4 error routes");
            let (o, h, ratio, failed) =
                compare(&client, ours, hand, routes, rounds, length, &label);
            rows.push(format!(
                "| {label} | {o:.0} | {h:.0} | {ratio:.3}x | {failed} |"
            ));
        }
        println!();
        println!(
            "| 32 in flight, {rounds} rounds of {seconds} s | derived req/s | by hand req/s | ratio (median of rounds) | failed |"
        );
        println!("| --- | --- | --- | --- | --- |");
        for row in rows {
            println!("{row}");
        }
    }
}
