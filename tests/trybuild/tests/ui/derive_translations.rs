// Titles and details in other languages: each mistake is an error on its token.
use http_status::StatusResponse;

#[derive(Debug, thiserror::Error, StatusResponse)]
enum ApiError {
    #[error("no user {0}")]
    #[status(404, title(de = "Unbekannt"))]
    UnknownLanguage(u32),
    #[error("no user {0}")]
    #[status(404, detail(en = "no user {0}"))]
    EnglishDetail(u32),
    #[error("no user {id}")]
    #[status(404, detail(fr = "aucun utilisateur {idd}"))]
    UnknownField { id: u32 },
    #[error("no user {0}")]
    #[status(404, detail(fr = "aucun utilisateur {}"))]
    NoFieldNamed(u32),
    #[error("no user {0}")]
    #[status(404, title(fr = "Inconnu", fr = "Introuvable"))]
    TwiceFrench(u32),
    #[error("the store at 10.0.0.7 is down")]
    #[status(503, detail(fr = "le stockage est hors service"))]
    HiddenDetail,
    #[error("moved")]
    #[status(301, header("Location", "/new"), title(fr = "Déplacé"))]
    NoProblemBody,
    #[error("no user {0}")]
    #[status(404, title = "No such user", title(en = "Unknown user"))]
    TwoEnglishTitles(u32),
    #[error("no user {0}")]
    #[status(404, detail(fr = "aucun utilisateur {0"))]
    Unclosed(u32),
}

#[derive(Debug, thiserror::Error, StatusResponse)]
#[status(404, detail(fr = "introuvable"))]
enum OnTheEnum {
    #[error("gone")]
    Gone,
}

fn main() {}
