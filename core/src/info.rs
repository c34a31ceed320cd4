//! What the registry knows about each code: [`Info`] and the small types it is made of.

use core::fmt;

use crate::Status;

/// The class of a status code, given by its first digit (RFC 9110, Section 15).
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Class, Status};
///
/// assert_eq!(Status::NOT_FOUND.class(), Class::ClientError);
/// assert_eq!(Class::ClientError.range(), 400..=499);
/// assert_eq!(Class::ClientError.to_string(), "4xx Client Error");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// `1xx`: an interim response; the request goes on.
    Informational,
    /// `2xx`: the request was received, understood and accepted.
    Success,
    /// `3xx`: the client must take further action to complete the request.
    Redirection,
    /// `4xx`: the request was wrong and the client should change it.
    ClientError,
    /// `5xx`: the server failed to fulfil a request that looked valid.
    ServerError,
}

impl Class {
    /// All classes, in order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of a code in `100..=999`.
    ///
    /// Codes `600..=999` are not valid HTTP (RFC 9110, Section 15): a client that receives one
    /// treats it as a server error, so they belong to [`Class::ServerError`]. Returns `None` below
    /// `100` or above `999`.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::Class;
    ///
    /// assert_eq!(Class::of(302), Some(Class::Redirection));
    /// assert_eq!(Class::of(799), Some(Class::ServerError));
    /// assert_eq!(Class::of(99), None);
    /// ```
    #[must_use]
    pub const fn of(code: u16) -> Option<Class> {
        Some(match code {
            100..=199 => Class::Informational,
            200..=299 => Class::Success,
            300..=399 => Class::Redirection,
            400..=499 => Class::ClientError,
            500..=999 => Class::ServerError,
            _ => return None,
        })
    }

    /// The codes of this class as HTTP defines them (`500..=599` for server errors).
    #[must_use]
    pub const fn range(self) -> core::ops::RangeInclusive<u16> {
        let first = self.first_digit() as u16 * 100;
        first..=first + 99
    }

    /// The first digit of the codes in this class (`4` for client errors).
    ///
    /// ```
    /// # use http_status_core::Class;
    /// assert_eq!(Class::ServerError.first_digit(), 5);
    /// ```
    #[must_use]
    pub const fn first_digit(self) -> u8 {
        match self {
            Class::Informational => 1,
            Class::Success => 2,
            Class::Redirection => 3,
            Class::ClientError => 4,
            Class::ServerError => 5,
        }
    }

    /// The class's name as RFC 9110 writes it: `"Client Error"`.
    ///
    /// ```
    /// # use http_status_core::Class;
    /// assert_eq!(Class::Success.name(), "Successful");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx {}", self.first_digit(), self.name())
    }
}

/// Who uses a non-standard code.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Standing, Status, Vendor};
///
/// let info = Status::CLIENT_CLOSED_REQUEST.info().unwrap();
/// assert_eq!(info.standing(), Standing::Vendor(Vendor::Nginx));
/// assert_eq!(Vendor::from_keyword("nginx"), Some(Vendor::Nginx));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Vendor {
    /// The Apache HTTP Server's bandwidth modules and the cPanel hosting panel.
    Apache,
    /// The Cloudflare CDN, between a client and the origin server.
    Cloudflare,
    /// Esri's ArcGIS Server.
    Esri,
    /// Microsoft Internet Information Services.
    Iis,
    /// The Laravel PHP framework.
    Laravel,
    /// Microsoft Windows.
    Microsoft,
    /// The nginx web server and proxy.
    Nginx,
    /// The Pantheon hosting platform.
    Pantheon,
    /// Twitter's first public API.
    Twitter,
}

impl Vendor {
    /// Every vendor with a code in the registry.
    pub const ALL: [Vendor; 9] = [
        Vendor::Apache,
        Vendor::Cloudflare,
        Vendor::Esri,
        Vendor::Iis,
        Vendor::Laravel,
        Vendor::Microsoft,
        Vendor::Nginx,
        Vendor::Pantheon,
        Vendor::Twitter,
    ];

    /// The vendor's name for people: `"Microsoft IIS"`.
    ///
    /// ```
    /// # use http_status_core::Vendor;
    /// assert_eq!(Vendor::Iis.name(), "Microsoft IIS");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Vendor::Apache => "Apache HTTP Server / cPanel",
            Vendor::Cloudflare => "Cloudflare",
            Vendor::Esri => "Esri ArcGIS",
            Vendor::Iis => "Microsoft IIS",
            Vendor::Laravel => "Laravel",
            Vendor::Microsoft => "Microsoft Windows",
            Vendor::Nginx => "nginx",
            Vendor::Pantheon => "Pantheon",
            Vendor::Twitter => "Twitter",
        }
    }

    /// The lower-case keyword that qualifies a vendor code in `status!(nginx 499)`.
    ///
    /// ```
    /// # use http_status_core::Vendor;
    /// assert_eq!(Vendor::Cloudflare.keyword(), "cloudflare");
    /// ```
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Vendor::Apache => "apache",
            Vendor::Cloudflare => "cloudflare",
            Vendor::Esri => "esri",
            Vendor::Iis => "iis",
            Vendor::Laravel => "laravel",
            Vendor::Microsoft => "microsoft",
            Vendor::Nginx => "nginx",
            Vendor::Pantheon => "pantheon",
            Vendor::Twitter => "twitter",
        }
    }

    /// The vendor whose [`keyword`](Vendor::keyword) is `keyword`, ignoring ASCII case.
    #[must_use]
    pub fn from_keyword(keyword: &str) -> Option<Vendor> {
        Vendor::ALL
            .into_iter()
            .find(|v| v.keyword().eq_ignore_ascii_case(keyword))
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a code stands: in force, on its way in, out of use, or someone's own extension.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Standing, Status};
///
/// assert_eq!(Status::NOT_FOUND.info().unwrap().standing(), Standing::Standard);
/// assert_eq!(Status::IM_A_TEAPOT.info().unwrap().standing(), Standing::Unused);
/// assert!(!Standing::Unused.is_standard());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Standing {
    /// Registered with IANA and in force.
    Standard,
    /// Registered with IANA for a limited time while its specification is finished (`104`).
    Provisional,
    /// Listed by IANA as "(Unused)": reserved and never to be sent (`306`, `418`).
    Unused,
    /// Still registered, but its specification says not to send it (`305`).
    Deprecated,
    /// Registered, but its specification is historic (`510`).
    Obsolete,
    /// Not registered: an extension that a vendor's software sends. Never counts as standard.
    Vendor(Vendor),
}

impl Standing {
    /// Whether the code is registered and in force ([`Standing::Standard`] or
    /// [`Standing::Provisional`]).
    #[must_use]
    pub const fn is_standard(self) -> bool {
        matches!(self, Standing::Standard | Standing::Provisional)
    }

    /// Whether using the code deserves a warning: unused, deprecated or obsolete.
    ///
    /// ```
    /// # use http_status_core::{Standing, Vendor};
    /// assert!(Standing::Obsolete.is_discouraged());
    /// assert!(!Standing::Vendor(Vendor::Nginx).is_discouraged());
    /// ```
    #[must_use]
    pub const fn is_discouraged(self) -> bool {
        matches!(
            self,
            Standing::Unused | Standing::Deprecated | Standing::Obsolete
        )
    }

    /// The vendor, for a vendor code.
    ///
    /// ```
    /// # use http_status_core::{Standing, Vendor};
    /// assert_eq!(Standing::Vendor(Vendor::Esri).vendor(), Some(Vendor::Esri));
    /// assert_eq!(Standing::Standard.vendor(), None);
    /// ```
    #[must_use]
    pub const fn vendor(self) -> Option<Vendor> {
        match self {
            Standing::Vendor(v) => Some(v),
            _ => None,
        }
    }

    /// A short lower-case label: `"standard"`, `"unused"`, `"vendor"`, ...
    ///
    /// ```
    /// # use http_status_core::{Standing, Vendor};
    /// assert_eq!(Standing::Vendor(Vendor::Nginx).label(), "vendor");
    /// assert_eq!(Standing::Vendor(Vendor::Nginx).to_string(), "vendor (nginx)");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Standing::Standard => "standard",
            Standing::Provisional => "provisional",
            Standing::Unused => "unused",
            Standing::Deprecated => "deprecated",
            Standing::Obsolete => "obsolete",
            Standing::Vendor(_) => "vendor",
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Standing::Vendor(v) => write!(f, "vendor ({v})"),
            other => f.write_str(other.label()),
        }
    }
}

/// A language the descriptions are written in.
///
/// New languages are added as new variants; the enum is `#[non_exhaustive]`, so that is not a
/// breaking change.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Lang, Status};
///
/// let info = Status::NOT_FOUND.info().unwrap();
/// assert!(info.description(Lang::En).contains("nothing at this address"));
/// assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Every language the registry is written in.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The primary language subtag: `"en"`, `"fr"`.
    ///
    /// ```
    /// # use http_status_core::Lang;
    /// assert_eq!(Lang::Fr.tag(), "fr");
    /// ```
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language of a BCP 47 tag such as `"fr"` or `"fr-CA"` (only its primary subtag counts,
    /// ignoring ASCII case).
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }
}

/// The descriptions of one entry, one field a language.
#[derive(Debug)]
pub(crate) struct Texts {
    pub(crate) en: &'static str,
    pub(crate) fr: &'static str,
}

/// An older or conflicting name of a code, and where it came from.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::Status;
///
/// let history = Status::FOUND.info().unwrap().history();
/// assert_eq!(history[0].name(), "Moved Temporarily");
/// assert!(history[0].source().contains("RFC 1945"));
/// ```
#[derive(Debug)]
pub struct Former {
    pub(crate) name: &'static str,
    pub(crate) source: &'static str,
    pub(crate) note: &'static str,
    pub(crate) const_name: Option<&'static str>,
}

impl Former {
    /// The name as it was written: `"Payload Too Large"`.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// Where the name was used: `"RFC 7231"`, `"the 1992 W3C HTTP draft"`.
    #[must_use]
    pub const fn source(&self) -> &'static str {
        self.source
    }

    /// How the old use relates to today's: a rename, or a different meaning.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// let former = &Status::BAD_GATEWAY.info().unwrap().history()[0];
    /// assert!(former.note().contains("503"));
    /// ```
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }

    /// The deprecated const that keeps the old name usable (`"PAYLOAD_TOO_LARGE"`), if any.
    ///
    /// ```
    /// # use http_status_core::Status;
    /// let history = Status::CONTENT_TOO_LARGE.info().unwrap().history();
    /// assert_eq!(history[1].const_name(), Some("PAYLOAD_TOO_LARGE"));
    /// ```
    #[must_use]
    pub const fn const_name(&self) -> Option<&'static str> {
        self.const_name
    }
}

/// Everything the registry knows about one meaning of one code.
///
/// ```
/// # extern crate http_status_core as http_status;
/// use http_status::{Class, Lang, Standing, Status};
///
/// let info = Status::CONTENT_TOO_LARGE.info().unwrap();
/// assert_eq!(info.code(), 413);
/// assert_eq!(info.reason(), "Content Too Large");
/// assert_eq!(info.const_name(), "CONTENT_TOO_LARGE");
/// assert_eq!(info.class(), Class::ClientError);
/// assert_eq!(info.standing(), Standing::Standard);
/// assert_eq!(info.reference(), "RFC 9110, Section 15.5.14");
/// assert_eq!(info.history()[1].name(), "Payload Too Large");
/// assert!(info.allows_content());
/// assert!(!info.is_cacheable());
/// assert!(!info.description(Lang::Fr).is_empty());
/// ```
#[derive(Debug)]
pub struct Info {
    pub(crate) code: u16,
    pub(crate) reason: &'static str,
    /// The reason phrase in French, written by us.
    pub(crate) reason_fr: &'static str,
    /// `"404 Not Found"`, prepared at compile time for `Display`.
    pub(crate) line: &'static str,
    pub(crate) const_name: &'static str,
    pub(crate) standing: Standing,
    pub(crate) reference: &'static str,
    pub(crate) history: &'static [Former],
    pub(crate) texts: Texts,
}

impl Info {
    /// The numeric code.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The code as a [`Status`].
    #[must_use]
    pub const fn status(&self) -> Status {
        Status::from_table(self.code)
    }

    /// The canonical reason phrase: `"Not Found"`.
    #[must_use]
    pub const fn reason(&self) -> &'static str {
        self.reason
    }

    /// The reason phrase in `lang`: `"Introuvable"` for `404` in French. The English one is the
    /// protocol's, [`Info::reason`], which a status line always carries; the others are for
    /// people (a problem's `title`, an error page).
    ///
    /// ```
    /// # use http_status_core::{Lang, Status};
    /// let info = Status::NOT_FOUND.info().unwrap();
    /// assert_eq!(info.reason_in(Lang::Fr), "Introuvable");
    /// assert_eq!(info.reason_in(Lang::En), "Not Found");
    /// ```
    #[must_use]
    pub const fn reason_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.reason,
            Lang::Fr => self.reason_fr,
        }
    }

    /// The name of the associated const on [`Status`]: `"NOT_FOUND"`.
    #[must_use]
    pub const fn const_name(&self) -> &'static str {
        self.const_name
    }

    /// The class, from the first digit.
    #[must_use]
    pub const fn class(&self) -> Class {
        self.status().class()
    }

    /// Where the code stands: standard, provisional, unused, deprecated, obsolete or vendor.
    #[must_use]
    pub const fn standing(&self) -> Standing {
        self.standing
    }

    /// The specification that defines it: `"RFC 9110, Section 15.5.5"`, or the vendor's
    /// documentation for a vendor code.
    #[must_use]
    pub const fn reference(&self) -> &'static str {
        self.reference
    }

    /// Older or conflicting names, oldest first.
    #[must_use]
    pub const fn history(&self) -> &'static [Former] {
        self.history
    }

    /// Whether a response with this code is cacheable by default, without explicit freshness
    /// information (RFC 9110, Section 15.1; RFC 7725 for `451`). Vendor codes are not.
    #[must_use]
    pub const fn is_cacheable(&self) -> bool {
        !matches!(self.standing, Standing::Vendor(_))
            && matches!(
                self.code,
                200 | 203 | 204 | 206 | 300 | 301 | 308 | 404 | 405 | 410 | 414 | 451 | 501
            )
    }

    /// Whether a response with this code may carry content. `1xx`, `204`, `205` and `304`
    /// responses never do (RFC 9110, Sections 15.2, 15.3.5, 15.3.6 and 15.4.5).
    #[must_use]
    pub const fn allows_content(&self) -> bool {
        self.status().allows_content()
    }

    /// The response headers its specification asks for, each with how strongly and where
    /// (RFC 9110 and the RFCs that define the other codes). Empty for most codes, and for every
    /// vendor meaning.
    ///
    /// ```
    /// # extern crate http_status_core as http_status;
    /// use http_status::{Requirement, Status};
    ///
    /// let rule = &Status::UNAUTHORIZED.info().unwrap().headers()[0];
    /// assert_eq!((rule.name(), rule.requirement()), ("WWW-Authenticate", Requirement::Must));
    /// assert!(Status::NOT_FOUND.info().unwrap().headers().is_empty());
    /// ```
    #[must_use]
    pub const fn headers(&self) -> &'static [crate::HeaderRule] {
        if matches!(self.standing, Standing::Vendor(_)) {
            &[]
        } else {
            crate::headers::rules(self.code)
        }
    }

    /// The description in `lang`: what the code means, when a server sends it, and what a client
    /// should do.
    #[must_use]
    pub const fn description(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.texts.en,
            Lang::Fr => self.texts.fr,
        }
    }
}
