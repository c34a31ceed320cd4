//! Lossless conversions with `http::StatusCode` 0.2 (feature `http02`), which also holds any code
//! `100..=999`: actix-web 4, hyper 0.14, reqwest 0.11 and tonic before 0.12 use it.

use crate::Status;

impl From<Status> for http02::StatusCode {
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(http02::StatusCode::from(Status::NOT_FOUND), http02::StatusCode::NOT_FOUND);
    /// ```
    fn from(status: Status) -> http02::StatusCode {
        // Both types hold exactly 100..=999, so this never takes the fallback.
        http02::StatusCode::from_u16(status.as_u16())
            .unwrap_or(http02::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl From<http02::StatusCode> for Status {
    /// ```
    /// # use http_status_core::Status;
    /// assert_eq!(Status::from(http02::StatusCode::IM_A_TEAPOT), Status::IM_A_TEAPOT);
    /// ```
    fn from(code: http02::StatusCode) -> Status {
        // Both types hold exactly 100..=999, so this never takes the fallback.
        Status::from_u16(code.as_u16()).unwrap_or(Status::INTERNAL_SERVER_ERROR)
    }
}

impl PartialEq<http02::StatusCode> for Status {
    fn eq(&self, other: &http02::StatusCode) -> bool {
        self.as_u16() == other.as_u16()
    }
}

impl PartialEq<Status> for http02::StatusCode {
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.as_u16()
    }
}
