//! The registry: one table, the single source of truth.
//!
//! Each row of `registry_rows!` below generates, through `registry!` (called in `status.rs`):
//! - the associated constant on [`Status`] (with its doc comment),
//! - the deprecated constants for the row's historic names that had a const of their own,
//! - the row's [`Info`] in [`REGISTRY`].
//!
//! The const lookups (`Status::info`, `Status::reason`, ...) index into `REGISTRY` through a
//! table that is computed from `REGISTRY` at compile time, so nothing is written twice.
//!
//! Descriptions are written in the project's own words, in English and French. The macros are
//! defined here and used by `status.rs` (`#[macro_use]` in `lib.rs`).

macro_rules! registry {
    (
        $(
            $code:tt $name:ident $reason:literal / $reason_fr:literal $standing:ident $(($vendor:ident))?, $reference:literal $(, shares $other:ident)?;
            history [ $( ($hname:literal, $hsource:literal, $hnote:literal $(, $alias:ident $deprecation:literal)?) )* ]
            en $en:literal
            fr $fr:literal
        )*
    ) => {
        impl Status {
            $(
                #[doc = concat!("`", stringify!($code), " ", $reason, "`: ", $en)]
                #[doc = ""]
                #[doc = concat!("Reference: ", $reference, ".")]
                $(
                    #[doc = ""]
                    #[doc = concat!("**One number, two meanings.** `", stringify!($code), "` is also [`Status::", stringify!($other), "`]: a `Status` is only a number, so the two consts are equal, `match` cannot tell them apart, and `Display` and [`Status::reason`] give the meaning listed first in [`REGISTRY`](crate::REGISTRY). [`Status::meanings`] lists both; a derived response whose `#[status]` names the vendor (such as `#[status(esri 499)]`) carries that vendor's phrase in its title and status line.")]
                )?
                pub const $name: Status = Status::from_table($code);
                $( $(
                    #[doc = concat!("`", stringify!($code), "` under its old name \"", $hname, "\" (", $hsource, ").")]
                    #[doc = ""]
                    #[doc = concat!("Renamed: use [`Status::", stringify!($name), "`] (\"", $reason, "\").")]
                    #[deprecated(note = $deprecation)]
                    pub const $alias: Status = Status::$name;
                )? )*
            )*
        }

        warn_modules! {
            [$($name)*]
        }

        plain_codes! {
            [] $($code $name $standing,)*
        }

        /// Every documented status code, sorted by code.
        ///
        /// A code with several meanings (vendor codes such as `499`) has one entry per meaning, next
        /// to each other, the most widely deployed first; [`Status::info`] returns that first one and
        /// [`Status::meanings`] all of them.
        ///
        /// ```
        /// # extern crate http_status_core as http_status;
        /// use http_status::{REGISTRY, Standing};
        ///
        /// assert!(REGISTRY.windows(2).all(|w| w[0].code() <= w[1].code()));
        /// let vendor = REGISTRY.iter().filter(|i| matches!(i.standing(), Standing::Vendor(_))).count();
        /// assert!(vendor >= 15);
        /// ```
        pub const REGISTRY: &[Info] = &[
            $(
                Info {
                    code: $code,
                    reason: $reason,
                    reason_fr: $reason_fr,
                    line: concat!(stringify!($code), " ", $reason),
                    const_name: stringify!($name),
                    standing: Standing::$standing $(($vendor))?,
                    reference: $reference,
                    history: &[ $( Former {
                        name: $hname,
                        source: $hsource,
                        note: $hnote,
                        const_name: registry!(@opt $($alias)?),
                    }, )* ],
                    texts: Texts { en: $en, fr: $fr },
                },
            )*
        ];
    };
    (@opt $alias:ident) => { Some(stringify!($alias)) };
    (@opt) => { None };
}

/// Paths that `status!` expands to when a use deserves a warning: one module per reason, each
/// with a `#[deprecated]` copy of every const whose note says why and what to write. The
/// facade re-exports the modules at its root, so a warning names a path that reads as words
/// (`http_status::unused_code::IM_A_TEAPOT`), never an internal one. Not public API.
macro_rules! warn_modules {
    ($names:tt) => {
        #[doc(hidden)]
        pub mod __warn {
            deprecated_copies! {
                /// Codes IANA lists as "(Unused)".
                unused_code $names "IANA lists this code as (Unused): no specification gives it a meaning, and servers must not send it; choose a code with a defined meaning"
            }
            deprecated_copies! {
                /// Codes whose specification says not to send them.
                deprecated_code $names "RFC 9110 deprecates this code: servers should not send it, and clients ignore it; choose another code"
            }
            deprecated_copies! {
                /// Codes whose specification is historic.
                obsolete_code $names "this code is obsolete: the specification that defined it is now historic; choose a current code"
            }
            deprecated_copies! {
                /// Codes written with a historic name.
                historic_name $names "that is a historic name of this code: write its current name, the last part of this path"
            }
        }
    };
}

/// `__with_plain_codes!`: hands the codes that `status!` expands without a word (standard and
/// provisional ones) to a macro of the facade, which writes one `status!` arm per code so that
/// `status!(404)` needs no procedural macro. The rows are filtered here, one at a time.
macro_rules! plain_codes {
    ([$($kept:tt)*] $code:tt $name:ident Standard, $($rest:tt)*) => {
        plain_codes! { [$($kept)* [$code $name]] $($rest)* }
    };
    ([$($kept:tt)*] $code:tt $name:ident Provisional, $($rest:tt)*) => {
        plain_codes! { [$($kept)* [$code $name]] $($rest)* }
    };
    ([$($kept:tt)*] $code:tt $name:ident $other:ident, $($rest:tt)*) => {
        plain_codes! { [$($kept)*] $($rest)* }
    };
    ([$($kept:tt)*]) => {
        /// Calls `$callback! { $ [100 CONTINUE] [101 SWITCHING_PROTOCOLS] ... }` with every
        /// standard or provisional code and its const. `$` is passed through for the callback's
        /// own `macro_rules!`. Not public API.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! __with_plain_codes {
            ($callback:ident $dollar:tt) => {
                $callback! { $dollar $($kept)* }
            };
        }
    };
}

/// One module of [`warn_modules!`]: a `#[deprecated]` copy of each named const, with `note`.
macro_rules! deprecated_copies {
    (#[doc = $doc:literal] $module:ident [$($name:ident)*] $note:literal) => {
        #[doc = $doc]
        #[doc(hidden)]
        pub mod $module {
            use crate::Status;
            $(
                #[deprecated(note = $note)]
                pub const $name: Status = Status::$name;
            )*
        }
    };
}

/// Hands every row of the registry to `$callback!`: `status.rs` calls it with [`registry!`],
/// so that the consts land in the module that defines [`Status`](crate::Status).
macro_rules! registry_rows {
    ($callback:ident) => {
        $callback! {
    // ---------------------------------------- 1xx informational
    100 CONTINUE "Continue" / "Continuer" Standard, "RFC 9110, Section 15.2.1";
    history []
    en "The server has the request headers and has not turned the request down, so the client may go on and send the body. It is an interim answer; the final status follows."
    fr "Le serveur a reçu les en-têtes et n'a pas refusé la requête : le client peut envoyer le corps. C'est une réponse intermédiaire, le statut final viendra ensuite."

    101 SWITCHING_PROTOCOLS "Switching Protocols" / "Changement de protocole" Standard, "RFC 9110, Section 15.2.2";
    history []
    en "The server agrees to the client's Upgrade request and changes to the protocol it names (for example WebSocket) right after this response."
    fr "Le serveur accepte la demande Upgrade du client et passe au protocole indiqué (WebSocket par exemple) juste après cette réponse."

    102 PROCESSING "Processing" / "Traitement en cours" Standard, "RFC 2518";
    history []
    en "A WebDAV interim answer telling the client that a long request is still being worked on, so it should keep waiting rather than time out."
    fr "Réponse intermédiaire de WebDAV : une requête longue est toujours en cours de traitement, le client doit patienter au lieu d'abandonner."

    103 EARLY_HINTS "Early Hints" / "Indications préliminaires" Standard, "RFC 8297";
    history [
        ("Checkpoint", "the resumable POST/PUT upload proposal", "an unofficial, unrelated use of the number to resume an interrupted upload")
    ]
    en "An interim answer carrying headers (usually Link preload hints) that the final response is likely to have, so the client can start fetching resources early."
    fr "Réponse intermédiaire qui annonce des en-têtes (souvent des liens de préchargement) de la réponse finale, pour que le client commence à charger des ressources plus tôt."

    104 UPLOAD_RESUMPTION_SUPPORTED "Upload Resumption Supported" / "Reprise de l'envoi possible" Provisional, "draft-ietf-httpbis-resumable-upload-05";
    history []
    en "An interim answer saying the server can resume this upload if it is cut off. The registration is temporary while the resumable-upload draft is finished."
    fr "Réponse intermédiaire indiquant que le serveur saura reprendre ce téléversement s'il est interrompu. L'enregistrement est provisoire, le temps que le brouillon sur la reprise des envois aboutisse."

    // ---------------------------------------- 2xx success
    200 OK "OK" / "OK" Standard, "RFC 9110, Section 15.3.1";
    history []
    en "The request worked. What the body holds depends on the method: the resource for GET, the result of the action for POST."
    fr "La requête a réussi. Le contenu dépend de la méthode : la ressource pour GET, le résultat de l'action pour POST."

    201 CREATED "Created" / "Créé" Standard, "RFC 9110, Section 15.3.2";
    history []
    en "The request made one or more new resources; the Location header, when present, points at the main one."
    fr "La requête a créé au moins une ressource ; l'en-tête Location, s'il est présent, désigne la principale."

    202 ACCEPTED "Accepted" / "Accepté" Standard, "RFC 9110, Section 15.3.3";
    history []
    en "The server took the request for processing later and has not acted on it yet; it may still fail. Useful for batch or queued work, ideally with a way to check progress."
    fr "Le serveur a pris la requête en charge pour plus tard sans l'avoir encore traitée, et elle peut encore échouer. Utile pour les traitements différés, de préférence avec un moyen d'en suivre l'avancement."

    203 NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information" / "Information non certifiée" Standard, "RFC 9110, Section 15.3.4";
    history [
        ("Partial Information", "the 1992 W3C HTTP draft", "the early name for a reply whose metadata is not the origin's own")
    ]
    en "The request worked, but an intermediary such as a transforming proxy changed the content the origin server sent."
    fr "La requête a réussi, mais un intermédiaire, par exemple un proxy qui transforme les contenus, a modifié ce que le serveur d'origine avait envoyé."

    204 NO_CONTENT "No Content" / "Pas de contenu" Standard, "RFC 9110, Section 15.3.5";
    history [
        ("No Response", "the 1992 W3C HTTP draft", "the early name for the same idea: success with nothing to show")
    ]
    en "The request worked and there is nothing to send back. A browser stays on the current page; an API client should not expect a body."
    fr "La requête a réussi et il n'y a rien à renvoyer. Un navigateur reste sur la page affichée ; un client d'API ne doit pas attendre de corps."

    205 RESET_CONTENT "Reset Content" / "Contenu à réinitialiser" Standard, "RFC 9110, Section 15.3.6";
    history []
    en "The request worked and the client should reset the view that sent it, for example clear a form so the user can enter new data."
    fr "La requête a réussi et le client doit remettre à zéro la vue d'origine, par exemple vider un formulaire pour une nouvelle saisie."

    206 PARTIAL_CONTENT "Partial Content" / "Contenu partiel" Standard, "RFC 9110, Section 15.3.7";
    history []
    en "The server sends only the byte ranges the client asked for with a Range header, as used to resume downloads or seek in media."
    fr "Le serveur n'envoie que les plages d'octets demandées par l'en-tête Range, comme pour reprendre un téléchargement ou se déplacer dans une vidéo."

    207 MULTI_STATUS "Multi-Status" / "Statuts multiples" Standard, "RFC 4918";
    history []
    en "A WebDAV answer whose XML body lists a separate status for each of several resources touched by one request."
    fr "Réponse WebDAV dont le corps XML donne un statut distinct pour chacune des ressources concernées par la requête."

    208 ALREADY_REPORTED "Already Reported" / "Déjà signalé" Standard, "RFC 5842";
    history []
    en "Used inside a WebDAV multi-status body: this member was listed earlier in the same answer and is not repeated, which avoids loops through bindings."
    fr "Employé dans un corps multi-statut WebDAV : cet élément figure déjà plus haut dans la même réponse et n'est pas répété, ce qui évite les boucles entre liaisons."

    226 IM_USED "IM Used" / "IM utilisé" Standard, "RFC 3229";
    history []
    en "The server answered a GET with the result of instance manipulations (such as a delta against a version the client has) instead of the full resource."
    fr "Le serveur répond à un GET avec le résultat de manipulations d'instance (un delta par rapport à la version du client, par exemple) au lieu de la ressource entière."

    // ---------------------------------------- 3xx redirection
    300 MULTIPLE_CHOICES "Multiple Choices" / "Choix multiples" Standard, "RFC 9110, Section 15.4.1";
    history []
    en "The resource exists in several representations, each at its own address, and the client or user should pick one."
    fr "La ressource existe sous plusieurs formes, chacune à sa propre adresse ; le client ou l'utilisateur doit en choisir une."

    301 MOVED_PERMANENTLY "Moved Permanently" / "Déplacé définitivement" Standard, "RFC 9110, Section 15.4.2";
    history [
        ("Moved", "the 1992 W3C HTTP draft", "the early name for a permanent move")
    ]
    en "The resource has a new permanent address, given in Location; clients should update links. Some clients turn a POST into a GET when following it; use 308 to forbid that."
    fr "La ressource a une nouvelle adresse définitive, donnée par Location ; il faut mettre les liens à jour. Certains clients changent un POST en GET en la suivant : 308 l'interdit."

    302 FOUND "Found" / "Trouvé ailleurs" Standard, "RFC 9110, Section 15.4.3";
    history [
        ("Moved Temporarily", "HTTP/1.0 (RFC 1945) and RFC 2068", "the name before RFC 2616", MOVED_TEMPORARILY "`MOVED_TEMPORARILY` is the HTTP/1.0 name of 302; RFC 9110 calls it \"Found\": use `Status::FOUND`")
    ]
    en "The resource is for now at the address in Location, and the client should keep using the original one. Clients may turn a POST into a GET; use 307 to keep the method."
    fr "La ressource se trouve pour l'instant à l'adresse donnée par Location ; le client garde l'adresse d'origine. Un POST peut devenir un GET : 307 conserve la méthode."

    303 SEE_OTHER "See Other" / "Voir ailleurs" Standard, "RFC 9110, Section 15.4.4";
    history [
        ("Method", "the 1992 W3C HTTP draft", "a different idea: retry with the method and address given in the body")
    ]
    en "The answer lives at another address, given in Location, which the client should fetch with GET. The usual reply after a form POST, so a reload does not post twice."
    fr "La réponse se trouve à une autre adresse, donnée par Location, à récupérer avec GET. C'est la réponse habituelle après l'envoi d'un formulaire, pour qu'un rechargement ne le renvoie pas."

    304 NOT_MODIFIED "Not Modified" / "Non modifié" Standard, "RFC 9110, Section 15.4.5";
    history []
    en "A conditional GET or HEAD found the resource unchanged since the client's copy (same ETag or date), so the client should use what it has cached."
    fr "Une requête conditionnelle montre que la ressource n'a pas changé depuis la copie du client (même ETag ou même date) : le client réutilise son cache."

    305 USE_PROXY "Use Proxy" / "Passer par le proxy" Deprecated, "RFC 9110, Section 15.4.6";
    history []
    en "Once meant the resource had to be reached through the proxy named in Location. Deprecated for security reasons; servers should not send it and clients ignore it."
    fr "Signifiait autrefois que la ressource devait être demandée via le proxy indiqué par Location. Déconseillé pour des raisons de sécurité : les serveurs ne l'envoient plus et les clients l'ignorent."

    306 SWITCH_PROXY "Switch Proxy" / "Changer de proxy" Unused, "RFC 9110, Section 15.4.7";
    history []
    en "Proposed in a draft of HTTP/1.1 to tell clients to use a different proxy for later requests, then dropped. The number is reserved and must not be sent."
    fr "Proposé dans un brouillon de HTTP/1.1 pour demander au client de changer de proxy, puis abandonné. Le numéro est réservé et ne doit pas être envoyé."

    307 TEMPORARY_REDIRECT "Temporary Redirect" / "Redirection temporaire" Standard, "RFC 9110, Section 15.4.8";
    history []
    en "The resource is for now at the address in Location, and the client must repeat the same method and body there. Future requests should still use the original address."
    fr "La ressource se trouve pour l'instant à l'adresse donnée par Location, où le client doit refaire la même requête, méthode et corps compris. Les requêtes suivantes gardent l'adresse d'origine."

    308 PERMANENT_REDIRECT "Permanent Redirect" / "Redirection définitive" Standard, "RFC 9110, Section 15.4.9";
    history [
        ("Resume Incomplete", "the resumable POST/PUT upload proposal", "an unofficial, unrelated use of the number to report a partly received upload")
    ]
    en "The resource has moved for good to the address in Location, and the client must repeat the same method and body there and update its links."
    fr "La ressource a définitivement changé d'adresse (voir Location) ; le client doit y refaire la même requête, méthode et corps compris, et mettre ses liens à jour."

    // ---------------------------------------- 4xx client error
    400 BAD_REQUEST "Bad Request" / "Requête incorrecte" Standard, "RFC 9110, Section 15.5.1";
    history []
    en "The server will not handle the request because of a client mistake, such as malformed syntax or invalid framing. The client should fix the request before sending it again."
    fr "Le serveur refuse de traiter la requête à cause d'une erreur du client, comme une syntaxe incorrecte. Le client doit la corriger avant de la renvoyer."

    401 UNAUTHORIZED "Unauthorized" / "Authentification requise" Standard, "RFC 9110, Section 15.5.2";
    history []
    en "The request needs valid credentials and had none, or wrong ones. The WWW-Authenticate header says how to authenticate; the client should log in and retry."
    fr "La requête exige une authentification valide, absente ou incorrecte ici. L'en-tête WWW-Authenticate indique comment s'identifier avant de réessayer."

    402 PAYMENT_REQUIRED "Payment Required" / "Paiement requis" Standard, "RFC 9110, Section 15.5.3";
    history []
    en "Set aside for future use in payment schemes and never given a standard meaning; some APIs use it when a plan or quota needs paying for."
    fr "Réservé pour un usage futur lié au paiement, sans signification normalisée ; certaines API l'emploient quand un abonnement ou un quota doit être payé."

    403 FORBIDDEN "Forbidden" / "Accès refusé" Standard, "RFC 9110, Section 15.5.4";
    history []
    en "The server understood the request and refuses it. Authenticating again will not help: the client lacks the right to do this."
    fr "Le serveur a compris la requête et la refuse. S'authentifier de nouveau n'y changera rien : le client n'a pas le droit de le faire."

    404 NOT_FOUND "Not Found" / "Introuvable" Standard, "RFC 9110, Section 15.5.5";
    history []
    en "The server has nothing at this address, or will not say that it has. The client should check the URL; the absence may be temporary or permanent."
    fr "Le serveur n'a rien à cette adresse, ou ne veut pas le dire. Le client doit vérifier l'URL ; l'absence peut être passagère ou définitive."

    405 METHOD_NOT_ALLOWED "Method Not Allowed" / "Méthode non autorisée" Standard, "RFC 9110, Section 15.5.6";
    history [
        ("Not Allowed", "nginx", "the phrase nginx writes on its 405 status line")
    ]
    en "The resource exists but does not support this method. The Allow header lists the methods it does support."
    fr "La ressource existe mais n'accepte pas cette méthode. L'en-tête Allow donne la liste des méthodes acceptées."

    406 NOT_ACCEPTABLE "Not Acceptable" / "Aucune représentation acceptable" Standard, "RFC 9110, Section 15.5.7";
    history []
    en "The server has no representation that matches the request's Accept headers (type, language, encoding). The client can relax those headers."
    fr "Le serveur n'a aucune représentation qui corresponde aux en-têtes Accept de la requête (type, langue, encodage). Le client peut les assouplir."

    407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" / "Authentification du proxy requise" Standard, "RFC 9110, Section 15.5.8";
    history []
    en "Like 401, but it is the proxy in the path that wants credentials, as described by its Proxy-Authenticate header."
    fr "Comme 401, mais c'est le proxy sur le chemin qui réclame une authentification, décrite par son en-tête Proxy-Authenticate."

    408 REQUEST_TIMEOUT "Request Timeout" / "Délai de requête dépassé" Standard, "RFC 9110, Section 15.5.9";
    history [
        ("Request Time-out", "RFC 2616", "the same code, spelled with a hyphen")
    ]
    en "The server gave up waiting for the client to finish sending the request and is closing the connection. The client may send it again."
    fr "Le serveur a cessé d'attendre la fin de la requête et ferme la connexion. Le client peut la renvoyer."

    409 CONFLICT "Conflict" / "Conflit" Standard, "RFC 9110, Section 15.5.10";
    history []
    en "The request clashes with the current state of the resource, for example an edit based on an old version. The client should resolve the conflict and retry."
    fr "La requête entre en conflit avec l'état actuel de la ressource, par exemple une modification faite sur une version périmée. Le client doit résoudre le conflit puis réessayer."

    410 GONE "Gone" / "Disparu" Standard, "RFC 9110, Section 15.5.11";
    history []
    en "The resource used to be here and has been removed on purpose, with no forwarding address. Clients should drop their links to it."
    fr "La ressource était ici et a été retirée volontairement, sans nouvelle adresse. Les clients doivent supprimer leurs liens vers elle."

    411 LENGTH_REQUIRED "Length Required" / "Longueur requise" Standard, "RFC 9110, Section 15.5.12";
    history []
    en "The server wants a Content-Length header on this request. The client can resend it with the length stated."
    fr "Le serveur exige un en-tête Content-Length pour cette requête. Le client peut la renvoyer en précisant la longueur."

    412 PRECONDITION_FAILED "Precondition Failed" / "Précondition non remplie" Standard, "RFC 9110, Section 15.5.13";
    history []
    en "A condition in the request headers, such as If-Match or If-Unmodified-Since, did not hold, so the server did nothing. Typical when someone else changed the resource first."
    fr "Une condition posée dans les en-têtes, comme If-Match ou If-Unmodified-Since, n'est pas remplie, et le serveur n'a rien fait. Cas typique : quelqu'un d'autre a modifié la ressource avant."

    413 CONTENT_TOO_LARGE "Content Too Large" / "Contenu trop volumineux" Standard, "RFC 9110, Section 15.5.14";
    history [
        ("Request Entity Too Large", "RFC 2616", "the name before RFC 7231", REQUEST_ENTITY_TOO_LARGE "`REQUEST_ENTITY_TOO_LARGE` is the RFC 2616 name of 413; RFC 9110 calls it \"Content Too Large\": use `Status::CONTENT_TOO_LARGE`")
        ("Payload Too Large", "RFC 7231", "the name before RFC 9110", PAYLOAD_TOO_LARGE "`PAYLOAD_TOO_LARGE` is the RFC 7231 name of 413; RFC 9110 calls it \"Content Too Large\": use `Status::CONTENT_TOO_LARGE`")
    ]
    en "The request body is bigger than the server is willing to handle. The server may close the connection; Retry-After says if a later try may work."
    fr "Le corps de la requête dépasse ce que le serveur accepte de traiter. Il peut fermer la connexion ; Retry-After indique si un nouvel essai pourra réussir plus tard."

    414 URI_TOO_LONG "URI Too Long" / "URI trop longue" Standard, "RFC 9110, Section 15.5.15";
    history [
        ("Request-URI Too Long", "RFC 2616", "the name before RFC 7231", REQUEST_URI_TOO_LONG "`REQUEST_URI_TOO_LONG` is the RFC 2616 name of 414; RFC 9110 calls it \"URI Too Long\": use `Status::URI_TOO_LONG`")
        ("Request-URI Too Large", "RFC 2616, Section 6.1.1", "the spelling in the status-code summary table")
    ]
    en "The target URI is longer than the server will read, often a query string grown out of control or a redirect loop. Send the data in a body instead."
    fr "L'URI demandée est plus longue que ce que le serveur accepte de lire, souvent à cause d'une chaîne de requête démesurée ou d'une boucle de redirection. Mieux vaut envoyer les données dans le corps."

    415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" / "Type de média non pris en charge" Standard, "RFC 9110, Section 15.5.16";
    history []
    en "The server does not support the format of the request body (its Content-Type or Content-Encoding) for this resource."
    fr "Le serveur n'accepte pas le format du corps de la requête (son Content-Type ou son Content-Encoding) pour cette ressource."

    416 RANGE_NOT_SATISFIABLE "Range Not Satisfiable" / "Plage non satisfaisable" Standard, "RFC 9110, Section 15.5.17";
    history [
        ("Requested Range Not Satisfiable", "RFC 2616", "the name before RFC 7233", REQUESTED_RANGE_NOT_SATISFIABLE "`REQUESTED_RANGE_NOT_SATISFIABLE` is the RFC 2616 name of 416; RFC 9110 calls it \"Range Not Satisfiable\": use `Status::RANGE_NOT_SATISFIABLE`")
    ]
    en "None of the byte ranges asked for in the Range header overlap the resource, for example a start past its end. Content-Range gives the real length."
    fr "Aucune des plages demandées par l'en-tête Range ne recouvre la ressource, par exemple un début au-delà de sa fin. Content-Range en donne la taille réelle."

    417 EXPECTATION_FAILED "Expectation Failed" / "Attente non satisfaite" Standard, "RFC 9110, Section 15.5.18";
    history []
    en "The server cannot meet what the Expect header asks for, usually 100-continue. The client can resend without the header."
    fr "Le serveur ne peut pas satisfaire l'en-tête Expect, en général 100-continue. Le client peut renvoyer la requête sans lui."

    418 IM_A_TEAPOT "I'm a teapot" / "Je suis une théière" Unused, "RFC 9110, Section 15.5.19";
    history []
    en "From the April Fools' coffee-pot protocol (RFC 2324): a teapot refusing to brew coffee. Reserved because some software sends it; never use it for real errors."
    fr "Vient du protocole parodique de cafetière du 1er avril (RFC 2324) : une théière qui refuse de faire du café. Réservé parce que des logiciels l'envoient ; à ne jamais utiliser pour de vraies erreurs."

    419 PAGE_EXPIRED "Page Expired" / "Page expirée" Vendor(Laravel), "Laravel framework, CSRF protection";
    history []
    en "Sent by the Laravel framework when a form's CSRF token is missing or has expired. The user should reload the page and submit again."
    fr "Envoyé par le framework Laravel quand le jeton CSRF d'un formulaire manque ou a expiré. L'utilisateur doit recharger la page et renvoyer le formulaire."

    420 ENHANCE_YOUR_CALM "Enhance Your Calm" / "Du calme" Vendor(Twitter), "Twitter Search and Trends API, version 1";
    history []
    en "Twitter's first API sent it to clients being rate limited; 429 Too Many Requests is the standard code for that today."
    fr "La première API de Twitter l'envoyait aux clients limités en débit ; le code normalisé pour cela est aujourd'hui 429 Too Many Requests."

    421 MISDIRECTED_REQUEST "Misdirected Request" / "Requête mal dirigée" Standard, "RFC 9110, Section 15.5.20";
    history [
        ("Too Many Connections", "the French status-code list among the project's sources", "an older unofficial meaning: too many connections from one client address")
    ]
    en "The request reached a server that cannot answer for this host and scheme, often because a reused HTTP/2 connection was meant for another name. The client may retry on a new connection."
    fr "La requête est arrivée sur un serveur qui ne répond pas pour cet hôte et ce schéma, souvent parce qu'une connexion HTTP/2 réutilisée visait un autre nom. Le client peut réessayer sur une nouvelle connexion."

    422 UNPROCESSABLE_CONTENT "Unprocessable Content" / "Contenu impossible à traiter" Standard, "RFC 9110, Section 15.5.21";
    history [
        ("Unprocessable Entity", "RFC 4918", "the WebDAV name before RFC 9110", UNPROCESSABLE_ENTITY "`UNPROCESSABLE_ENTITY` is the RFC 4918 name of 422; RFC 9110 calls it \"Unprocessable Content\": use `Status::UNPROCESSABLE_CONTENT`")
    ]
    en "The body is well formed and of a supported type, but its content makes no sense to the server, such as failed validation. The client should correct the data."
    fr "Le corps est bien formé et d'un type accepté, mais son contenu n'a pas de sens pour le serveur, par exemple une validation échouée. Le client doit corriger les données."

    423 LOCKED "Locked" / "Verrouillé" Standard, "RFC 4918";
    history []
    en "A WebDAV answer: the resource is locked, so it cannot be changed until the lock is released or the client supplies the lock token."
    fr "Réponse WebDAV : la ressource est verrouillée et ne peut pas être modifiée tant que le verrou n'est pas levé ou que le client ne fournit pas son jeton."

    424 FAILED_DEPENDENCY "Failed Dependency" / "Dépendance en échec" Standard, "RFC 4918";
    history []
    en "A WebDAV answer: this part of the request was not carried out because another action it relied on failed."
    fr "Réponse WebDAV : cette partie de la requête n'a pas été exécutée parce qu'une autre action dont elle dépendait a échoué."

    425 TOO_EARLY "Too Early" / "Trop tôt" Standard, "RFC 8470";
    history [
        ("Unordered Collection", "the WebDAV advanced collections drafts", "a meaning dropped before RFC 3648 was published")
    ]
    en "The server will not process a request sent in TLS early data, since it could be replayed. The client should send it again once the handshake is done."
    fr "Le serveur refuse de traiter une requête envoyée dans les données précoces de TLS, car elle pourrait être rejouée. Le client doit la renvoyer une fois la négociation terminée."

    426 UPGRADE_REQUIRED "Upgrade Required" / "Mise à niveau requise" Standard, "RFC 9110, Section 15.5.22";
    history []
    en "The server refuses this protocol version but would accept the request over the protocol named in the Upgrade header, such as TLS or a newer HTTP."
    fr "Le serveur refuse cette version du protocole mais accepterait la requête avec celui qu'indique l'en-tête Upgrade, par exemple TLS ou une version plus récente d'HTTP."

    428 PRECONDITION_REQUIRED "Precondition Required" / "Précondition requise" Standard, "RFC 6585";
    history []
    en "The server insists that this request be conditional (If-Match and the like) so that a client cannot overwrite changes it has not seen."
    fr "Le serveur exige que la requête soit conditionnelle (If-Match, par exemple) pour qu'un client n'écrase pas des modifications qu'il n'a pas vues."

    429 TOO_MANY_REQUESTS "Too Many Requests" / "Trop de requêtes" Standard, "RFC 6585";
    history []
    en "The client has sent too many requests in a given time and is being rate limited. It should slow down and wait as long as Retry-After says."
    fr "Le client a envoyé trop de requêtes en peu de temps et se voit limité. Il doit ralentir et attendre le délai indiqué par Retry-After."

    431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" / "En-têtes de requête trop volumineux" Standard, "RFC 6585";
    history []
    en "The request's headers are too big, one alone or all together, often because of oversized cookies. The client should trim them and retry."
    fr "Les en-têtes de la requête sont trop volumineux, un seul ou leur ensemble, souvent à cause de cookies trop gros. Le client doit les alléger puis réessayer."

    440 LOGIN_TIME_OUT "Login Time-out" / "Session expirée" Vendor(Iis), "Microsoft IIS documentation";
    history []
    en "Microsoft IIS (and Outlook Web Access) reports that the client's session has expired, so the user must log in again."
    fr "Microsoft IIS (et Outlook Web Access) signale que la session du client a expiré : l'utilisateur doit se reconnecter."

    444 NO_RESPONSE "No Response" / "Aucune réponse" Vendor(Nginx), "nginx documentation, ngx_http_rewrite_module";
    history []
    en "nginx uses it in its configuration to close the connection without sending anything back, a way to drop unwanted traffic. It never reaches a client on the wire."
    fr "nginx l'emploie dans sa configuration pour fermer la connexion sans rien répondre, afin d'écarter le trafic indésirable. Il n'arrive jamais chez le client."

    449 RETRY_WITH "Retry With" / "Réessayer avec" Vendor(Iis), "Microsoft IIS documentation";
    history []
    en "A Microsoft extension: the server lacks some information and the client should retry after taking the action the response describes."
    fr "Extension de Microsoft : il manque une information au serveur, et le client doit réessayer après avoir fait ce que la réponse indique."

    450 BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS "Blocked by Windows Parental Controls" / "Bloqué par le contrôle parental de Windows" Vendor(Microsoft), "Microsoft Windows parental controls";
    history []
    en "A Microsoft extension sent when Windows parental controls stop the page from loading."
    fr "Extension de Microsoft envoyée quand le contrôle parental de Windows empêche le chargement de la page."

    451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" / "Indisponible pour raisons légales" Standard, "RFC 7725";
    history [
        ("Redirect", "Microsoft IIS and Exchange ActiveSync", "a conflicting vendor use: the client should connect to another server")
    ]
    en "The server is denying access because of a legal demand, such as a court order or government censorship. The number recalls the novel Fahrenheit 451."
    fr "Le serveur refuse l'accès en raison d'une exigence légale, comme une décision de justice ou une censure d'État. Le numéro fait référence au roman Fahrenheit 451."

    494 REQUEST_HEADER_TOO_LARGE "Request Header Too Large" / "En-tête de requête trop volumineux" Vendor(Nginx), "nginx documentation, ngx_http_core_module";
    history []
    en "nginx logs it when a request's header is bigger than its buffers allow; the client itself sees 400 Bad Request. Clients should send smaller headers."
    fr "nginx l'inscrit dans ses journaux quand un en-tête dépasse la taille de ses tampons ; le client reçoit 400 Bad Request. Il faut envoyer des en-têtes plus petits."

    495 SSL_CERTIFICATE_ERROR "SSL Certificate Error" / "Erreur de certificat SSL" Vendor(Nginx), "nginx documentation, ngx_http_ssl_module";
    history []
    en "nginx reports that the client certificate presented during the TLS handshake failed verification."
    fr "nginx indique que le certificat présenté par le client pendant la négociation TLS n'a pas passé la vérification."

    496 SSL_CERTIFICATE_REQUIRED "SSL Certificate Required" / "Certificat SSL requis" Vendor(Nginx), "nginx documentation, ngx_http_ssl_module";
    history []
    en "nginx reports that a client certificate is required and the client did not present one."
    fr "nginx indique qu'un certificat client est exigé et que le client n'en a présenté aucun."

    497 HTTP_REQUEST_SENT_TO_HTTPS_PORT "HTTP Request Sent to HTTPS Port" / "Requête HTTP envoyée au port HTTPS" Vendor(Nginx), "nginx documentation, ngx_http_ssl_module";
    history []
    en "nginx reports that a plain HTTP request arrived on a port that expects HTTPS. The client should use an https:// address."
    fr "nginx indique qu'une requête HTTP en clair est arrivée sur un port qui attend du HTTPS. Le client doit utiliser une adresse https://."

    498 INVALID_TOKEN "Invalid Token" / "Jeton invalide" Vendor(Esri), "Esri ArcGIS Server REST API";
    history []
    en "Esri's ArcGIS Server says the access token sent with the request has expired or is not valid; the client should get a new one."
    fr "ArcGIS Server d'Esri signale que le jeton d'accès fourni a expiré ou n'est pas valide ; le client doit en obtenir un nouveau."

    499 CLIENT_CLOSED_REQUEST "Client Closed Request" / "Requête fermée par le client" Vendor(Nginx), "nginx documentation, ngx_http_request.h", shares TOKEN_REQUIRED;
    history []
    en "nginx logs it when the client closed the connection before the server could answer. Nothing is sent; seen often with clients that time out first."
    fr "nginx l'inscrit dans ses journaux quand le client a fermé la connexion avant la réponse. Rien n'est envoyé ; fréquent avec les clients qui abandonnent trop tôt."

    499 TOKEN_REQUIRED "Token Required" / "Jeton requis" Vendor(Esri), "Esri ArcGIS Server REST API", shares CLIENT_CLOSED_REQUEST;
    history []
    en "Esri's ArcGIS Server says the resource needs an access token and the request carried none."
    fr "ArcGIS Server d'Esri signale que la ressource exige un jeton d'accès et que la requête n'en contenait pas."

    // ---------------------------------------- 5xx server error
    500 INTERNAL_SERVER_ERROR "Internal Server Error" / "Erreur interne du serveur" Standard, "RFC 9110, Section 15.6.1";
    history [
        ("Internal Error", "the 1992 W3C HTTP draft", "the early name for the same idea")
    ]
    en "Something unexpected went wrong on the server and it could not complete the request. The fault is not the client's; retrying later may work."
    fr "Un problème imprévu est survenu sur le serveur, qui n'a pas pu terminer la requête. Le client n'y est pour rien ; un nouvel essai plus tard peut réussir."

    501 NOT_IMPLEMENTED "Not Implemented" / "Non implémenté" Standard, "RFC 9110, Section 15.6.2";
    history [
        ("Method Not Implemented", "nginx (older releases)", "the phrase older nginx releases wrote on their 501 status line")
    ]
    en "The server does not support what the request needs, typically a method it does not recognise for any resource."
    fr "Le serveur ne prend pas en charge ce que la requête demande, en général une méthode qu'il ne connaît pour aucune ressource."

    502 BAD_GATEWAY "Bad Gateway" / "Passerelle en erreur" Standard, "RFC 9110, Section 15.6.3";
    history [
        ("Service temporarily overloaded", "the 1992 W3C HTTP draft", "meant what 503 Service Unavailable means today")
    ]
    en "A gateway or proxy got an invalid answer from the server behind it. The problem is upstream; retrying later may help."
    fr "Une passerelle ou un proxy a reçu une réponse invalide du serveur situé derrière lui. Le problème est en amont ; réessayer plus tard peut aider."

    503 SERVICE_UNAVAILABLE "Service Unavailable" / "Service indisponible" Standard, "RFC 9110, Section 15.6.4";
    history [
        ("Gateway timeout", "the 1992 W3C HTTP draft", "meant what 504 Gateway Timeout means today")
        ("Service Temporarily Unavailable", "nginx", "the phrase nginx writes on its 503 status line")
    ]
    en "The server cannot handle requests for now, because of overload or maintenance. Retry-After, if sent, says when to try again."
    fr "Le serveur ne peut pas traiter de requêtes pour le moment, à cause d'une surcharge ou d'une maintenance. Retry-After, s'il est présent, dit quand réessayer."

    504 GATEWAY_TIMEOUT "Gateway Timeout" / "Délai de la passerelle dépassé" Standard, "RFC 9110, Section 15.6.5";
    history [
        ("Gateway Time-out", "RFC 2616", "the same code, spelled with a hyphen")
    ]
    en "A gateway or proxy waited too long for the server behind it to answer. The upstream is slow or down; retrying later may help."
    fr "Une passerelle ou un proxy a attendu trop longtemps la réponse du serveur situé derrière lui. Celui-ci est lent ou arrêté ; réessayer plus tard peut aider."

    505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" / "Version HTTP non prise en charge" Standard, "RFC 9110, Section 15.6.6";
    history []
    en "The server does not support the major HTTP version of the request. The response should say which versions it does support."
    fr "Le serveur ne prend pas en charge la version majeure d'HTTP utilisée par la requête. La réponse devrait préciser les versions acceptées."

    506 VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" / "La variante négocie aussi" Standard, "RFC 2295";
    history []
    en "A configuration error in transparent content negotiation: the variant chosen is itself set up to negotiate, which would loop."
    fr "Erreur de configuration de la négociation transparente de contenu : la variante choisie négocie elle-même, ce qui tournerait en boucle."

    507 INSUFFICIENT_STORAGE "Insufficient Storage" / "Espace de stockage insuffisant" Standard, "RFC 4918";
    history []
    en "A WebDAV answer: the server cannot store what it needs to complete the request, for example because a disk or quota is full."
    fr "Réponse WebDAV : le serveur ne peut pas stocker ce qu'il faut pour terminer la requête, par exemple parce qu'un disque ou un quota est plein."

    508 LOOP_DETECTED "Loop Detected" / "Boucle détectée" Standard, "RFC 5842";
    history []
    en "A WebDAV answer: the server stopped an operation with infinite depth because it found a loop among bindings."
    fr "Réponse WebDAV : le serveur a interrompu une opération de profondeur infinie après avoir trouvé une boucle entre liaisons."

    509 BANDWIDTH_LIMIT_EXCEEDED "Bandwidth Limit Exceeded" / "Limite de bande passante dépassée" Vendor(Apache), "Apache HTTP Server bandwidth modules and cPanel";
    history []
    en "Web hosts running Apache bandwidth modules or cPanel send it when a site has used up its traffic allowance. Not an official code, but widely seen."
    fr "Les hébergeurs qui utilisent les modules de bande passante d'Apache ou cPanel l'envoient quand un site a épuisé son quota de trafic. Ce n'est pas un code officiel, mais il est très répandu."

    510 NOT_EXTENDED "Not Extended" / "Extension manquante" Obsolete, "RFC 2774; Status change of HTTP experiments to Historic";
    history []
    en "From the HTTP Extension Framework: the request did not declare an extension the server requires. The framework is now historic, so this code is obsolete."
    fr "Issu du cadre d'extension d'HTTP : la requête ne déclarait pas une extension exigée par le serveur. Ce cadre est désormais historique, le code est donc obsolète."

    511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" / "Authentification réseau requise" Standard, "RFC 6585";
    history []
    en "Sent by a captive portal (hotel or airport Wi-Fi, for example): the client has to log in to the network before it can reach anything."
    fr "Envoyé par un portail captif (Wi-Fi d'hôtel ou d'aéroport, par exemple) : le client doit s'identifier sur le réseau avant d'accéder à quoi que ce soit."

    520 WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR "Web Server Returned an Unknown Error" / "Erreur inconnue du serveur web" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare got an empty, unexpected or invalid answer from the origin server. The site's operator should check the origin's logs."
    fr "Cloudflare a reçu du serveur d'origine une réponse vide, inattendue ou invalide. L'exploitant du site doit consulter les journaux de l'origine."

    521 WEB_SERVER_IS_DOWN "Web Server Is Down" / "Serveur web hors service" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare could not open a connection to the origin server, which refused it or is offline."
    fr "Cloudflare n'a pas pu ouvrir de connexion vers le serveur d'origine, qui l'a refusée ou est arrêté."

    522 CONNECTION_TIMED_OUT "Connection Timed Out" / "Délai de connexion dépassé" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare's attempt to connect to the origin server timed out before the TCP handshake finished."
    fr "La tentative de connexion de Cloudflare vers le serveur d'origine a expiré avant la fin de l'établissement TCP."

    523 ORIGIN_IS_UNREACHABLE "Origin Is Unreachable" / "Origine injoignable" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare has no route to the origin server, for example because its DNS records point to a wrong address."
    fr "Cloudflare ne trouve aucune route vers le serveur d'origine, par exemple parce que ses enregistrements DNS pointent vers une mauvaise adresse."

    524 A_TIMEOUT_OCCURRED "A Timeout Occurred" / "Délai dépassé" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare connected to the origin server, but it did not send an answer in time. Long jobs should run in the background."
    fr "Cloudflare a joint le serveur d'origine, mais celui-ci n'a pas répondu à temps. Les traitements longs devraient tourner en arrière-plan."

    525 SSL_HANDSHAKE_FAILED "SSL Handshake Failed" / "Échec de la négociation SSL" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare could not complete a TLS handshake with the origin server."
    fr "Cloudflare n'a pas pu mener à bien la négociation TLS avec le serveur d'origine."

    526 INVALID_SSL_CERTIFICATE "Invalid SSL Certificate" / "Certificat SSL invalide" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "Cloudflare could not validate the origin server's certificate, for example because it expired or names another host."
    fr "Cloudflare n'a pas pu valider le certificat du serveur d'origine, par exemple parce qu'il a expiré ou désigne un autre hôte."

    527 RAILGUN_ERROR "Railgun Error" / "Erreur Railgun" Vendor(Cloudflare), "Cloudflare support documentation, 5xx errors";
    history []
    en "The connection between Cloudflare and the origin's Railgun listener was interrupted. Railgun has since been retired."
    fr "La liaison entre Cloudflare et le service Railgun de l'origine a été interrompue. Railgun a depuis été abandonné."

    530 ORIGIN_DNS_ERROR "Origin DNS Error" / "Erreur DNS de l'origine" Vendor(Cloudflare), "Cloudflare support documentation, error 1016", shares SITE_IS_FROZEN;
    history []
    en "Cloudflare sends it with a 1xxx error page, most often because it could not resolve the origin server's DNS name."
    fr "Cloudflare l'envoie avec une page d'erreur 1xxx, le plus souvent parce qu'il n'a pas pu résoudre le nom DNS du serveur d'origine."

    530 SITE_IS_FROZEN "Site Is Frozen" / "Site gelé" Vendor(Pantheon), "Pantheon platform documentation", shares ORIGIN_DNS_ERROR;
    history []
    en "The Pantheon hosting platform sends it for a site that has been frozen after a long period without activity."
    fr "La plateforme d'hébergement Pantheon l'envoie pour un site gelé après une longue période d'inactivité."
        }
    };
}
