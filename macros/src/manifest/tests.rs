//! The rename and the framework gates are found in every form Cargo accepts, and the reader agrees
//! with the `toml` crate.

use super::{
    crate_features, dependencies, gates_in, parse, rename_in, Dependency, Gate, Gates, Kind, IMPLS,
};

fn rename(manifest: &str) -> Option<String> {
    rename_in(manifest, || None)
}

#[test]
fn an_inline_table_renames() {
    let manifest = "[package]\nname = \"app\"\n\n[dependencies]\nhs = { package = \"http-status\", version = \"0.1\" }\n";
    assert_eq!(rename(manifest).as_deref(), Some("hs"));
}

#[test]
fn a_dependency_table_of_its_own_renames() {
    let manifest = "[dependencies.hs]\nversion = \"0.1\"\npackage = \"http-status\"\n";
    assert_eq!(rename(manifest).as_deref(), Some("hs"));
    let quoted = "[dependencies.\"my-hs\"]\npackage = 'http-status'\n";
    assert_eq!(rename(quoted).as_deref(), Some("my_hs"));
}

#[test]
fn dotted_keys_rename() {
    assert_eq!(
        rename("[dependencies]\nhs.package = \"http-status\"\nhs.version = \"0.1\"\n").as_deref(),
        Some("hs")
    );
    assert_eq!(
        rename("dependencies.hs.package = \"http-status\"\n").as_deref(),
        Some("hs")
    );
}

#[test]
fn a_target_specific_table_renames() {
    let manifest = "[target.'cfg(unix)'.dependencies]\nhs = { package = \"http-status\" }\n";
    assert_eq!(rename(manifest).as_deref(), Some("hs"));
    let table = "[target.\"cfg(windows)\".dependencies.hs]\npackage = \"http-status\"\n";
    assert_eq!(rename(table).as_deref(), Some("hs"));
}

#[test]
fn a_workspace_dependency_is_looked_up_in_the_workspace() {
    let member = "[dependencies]\nhs = { workspace = true, features = [\"problem\"] }\n";
    let root = || {
        Some("[workspace]\nmembers = [\"app\"]\n\n[workspace.dependencies]\nhs = { package = \"http-status\", version = \"0.1\" }\n".to_string())
    };
    assert_eq!(rename_in(member, root).as_deref(), Some("hs"));
    // Inherited without a rename: the key is the package's name.
    let plain = "[dependencies]\nhttp-status.workspace = true\n";
    assert_eq!(
        rename_in(plain, || Some(
            "[workspace.dependencies]\nhttp-status = \"0.1\"\n".into()
        )),
        None
    );
    // Another package inherited under that key is not ours.
    assert_eq!(
        rename_in(member, || Some(
            "[workspace.dependencies]\nhs = \"1\"\n".into()
        )),
        None
    );
}

#[test]
fn a_package_key_equal_to_the_name_is_no_rename() {
    let manifest =
        "[dependencies]\nhttp-status = { package = \"http-status\", version = \"0.1\" }\n";
    assert_eq!(rename(manifest), None);
    assert_eq!(rename("[dependencies]\nhttp-status = \"0.1\"\n"), None);
    assert_eq!(
        rename("[dependencies]\nhttp_status = { package = \"http-status\" }\n"),
        None
    );
}

#[test]
fn comments_and_strings_are_not_keys() {
    let manifest = r#"
[package]
name = "app"
description = """
[dependencies]
hs = { package = "http-status" }
"""
# hs = { package = "http-status" }

[dependencies]
http-status = "0.1" # hs = { package = "http-status" }
notes = { version = "1", features = ["a # b", 'c'] }
"#;
    assert_eq!(rename(manifest), None);
}

#[test]
fn the_librarys_own_dependencies_decide_before_dev_and_build_ones() {
    let manifest = "[dependencies]\nhttp-status = \"0.1\"\n[dev-dependencies]\nhs = { package = \"http-status\" }\n";
    assert_eq!(rename(manifest), None);
    let dev_only = "[dev-dependencies]\nhs = { package = \"http-status\" }\n";
    assert_eq!(rename(dev_only).as_deref(), Some("hs"));
}

#[test]
fn an_inline_table_may_span_lines_as_toml_1_1_allows() {
    let manifest = "[dependencies]\nhs = {\n    package = \"http-status\", # ours\n    version = \"0.1\",\n}\n";
    assert_eq!(rename(manifest).as_deref(), Some("hs"));
}

#[test]
fn what_it_cannot_read_gives_no_rename() {
    assert_eq!(
        rename("[dependencies\nhs = { package = \"http-status\" }\n"),
        None
    );
    assert_eq!(
        rename("[dependencies]\nhs = { package = \"http-status\" \n"),
        None
    );
    assert_eq!(rename("[dependencies]\nhs = \"unterminated\n"), None);
    assert_eq!(rename(""), None);
}

/// The dependencies the `toml` crate reads from `text`, in our terms.
fn by_toml(text: &str) -> Option<Vec<Dependency>> {
    use toml::de::{DeTable, DeValue};

    fn record(out: &mut Vec<Dependency>, kind: Kind, target: Option<&str>, table: &DeTable<'_>) {
        for (key, value) in table {
            let mut dep = Dependency {
                kind,
                target: target.map(str::to_string),
                key: key.get_ref().to_string(),
                package: None,
                workspace: false,
                features: Vec::new(),
            };
            if let DeValue::Table(inner) = value.get_ref() {
                for (k, v) in inner {
                    match (k.get_ref().as_ref(), v.get_ref()) {
                        ("package", DeValue::String(p)) => dep.package = Some(p.to_string()),
                        ("workspace", DeValue::Boolean(true)) => dep.workspace = true,
                        ("features", DeValue::Array(features)) => {
                            dep.features = features
                                .iter()
                                .filter_map(|f| match f.get_ref() {
                                    DeValue::String(f) => Some(f.to_string()),
                                    _ => None,
                                })
                                .collect();
                        }
                        _ => {}
                    }
                }
            }
            out.push(dep);
        }
    }
    fn tables(out: &mut Vec<Dependency>, target: Option<&str>, table: &DeTable<'_>) {
        for (key, value) in table {
            let kind = match key.get_ref().as_ref() {
                "dependencies" => Kind::Normal,
                "dev-dependencies" | "dev_dependencies" => Kind::Dev,
                "build-dependencies" | "build_dependencies" => Kind::Build,
                _ => continue,
            };
            if let DeValue::Table(deps) = value.get_ref() {
                record(out, kind, target, deps);
            }
        }
    }

    let doc = DeTable::parse(text).ok()?.into_inner();
    let mut out = Vec::new();
    tables(&mut out, None, &doc);
    if let Some(DeValue::Table(targets)) = doc.get("target").map(|v| v.get_ref()) {
        for (cfg, target) in targets {
            if let DeValue::Table(target) = target.get_ref() {
                tables(&mut out, Some(cfg.get_ref()), target);
            }
        }
    }
    Some(out)
}

/// The `[features]` the `toml` crate reads from `text`, sorted by name.
fn features_by_toml(text: &str) -> Vec<(String, Vec<String>)> {
    use toml::de::{DeTable, DeValue};

    let Ok(doc) = DeTable::parse(text) else {
        return Vec::new();
    };
    let Some(DeValue::Table(features)) = doc.get_ref().get("features").map(|v| v.get_ref()) else {
        return Vec::new();
    };
    features
        .iter()
        .filter_map(|(name, list)| match list.get_ref() {
            DeValue::Array(list) => Some((
                name.get_ref().to_string(),
                list.iter()
                    .filter_map(|f| match f.get_ref() {
                        DeValue::String(f) => Some(f.to_string()),
                        _ => None,
                    })
                    .collect(),
            )),
            _ => None,
        })
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect()
}

fn ours(text: &str) -> Option<Vec<Dependency>> {
    let mut deps = dependencies(&parse(text)?);
    deps.sort();
    Some(deps)
}

/// Every manifest of the local crate registry (the original ones, as their authors wrote them,
/// and the normalized ones cargo publishes) and this workspace's: wherever `toml` reads the
/// dependencies, this reader reads the same ones.
#[test]
fn agrees_with_the_toml_crate() {
    let mut files = Vec::new();
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for member in [
        "",
        "core",
        "macros",
        "tests/suite",
        "tests/renamed",
        "tests/additive",
    ] {
        files.push(workspace.join(member).join("Cargo.toml"));
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")));
    if let Some(src) = home.map(|h| h.join("registry").join("src")) {
        for index in std::fs::read_dir(src).into_iter().flatten().flatten() {
            for krate in std::fs::read_dir(index.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                files.push(krate.path().join("Cargo.toml"));
                files.push(krate.path().join("Cargo.toml.orig"));
            }
        }
    }
    let mut compared = 0;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let Some(mut expected) = by_toml(&text) else {
            continue;
        };
        expected.sort();
        assert_eq!(ours(&text), Some(expected), "{}", file.display());
        let mut features = crate_features(&parse(&text).expect("read above"));
        features.sort();
        assert_eq!(features, features_by_toml(&text), "{}", file.display());
        compared += 1;
    }
    // This workspace's own manifests at the least; with a crate registry, hundreds.
    assert!(compared >= 6, "only {compared} manifests compared");
    eprintln!("{compared} manifests read alike");
}

fn gates(manifest: &str) -> Option<Gates> {
    gates_in(manifest, || None)
}

/// The gates of the `axum` impl (the first of `IMPLS`) and of `utoipa`'s.
fn axum_and_utoipa(manifest: &str) -> Option<(Vec<Gate>, Vec<Gate>)> {
    let gates = gates(manifest)?;
    let at = |name: &str| IMPLS.iter().position(|(n, _)| *n == name).unwrap();
    Some((gates[at("axum")].clone(), gates[at("utoipa")].clone()))
}

#[test]
fn a_crate_that_names_a_feature_gets_its_impl_and_no_other() {
    let (axum, utoipa) = axum_and_utoipa(
        "[dependencies]\nhttp-status = { version = \"0.1\", features = [\"axum\"] }\n",
    )
    .unwrap();
    assert_eq!(axum, [Gate::Always]);
    assert!(utoipa.is_empty());
    // No features at all: no framework impl.
    let (axum, utoipa) = axum_and_utoipa("[dependencies]\nhttp-status = \"0.1\"\n").unwrap();
    assert!(axum.is_empty() && utoipa.is_empty());
}

#[test]
fn a_crate_feature_that_turns_a_framework_on_gates_its_impl() {
    let manifest = r#"
[features]
default = ["web"]
web = ["dep:hs", "hs/axum"]
docs = ["hs?/utoipa", "web"]
other = ["serde/std"]

[dependencies]
hs = { package = "http-status", version = "0.1", optional = true }
"#;
    let (axum, utoipa) = axum_and_utoipa(manifest).unwrap();
    assert_eq!(axum, [Gate::Feature("web".into())]);
    assert_eq!(utoipa, [Gate::Feature("docs".into())]);
}

#[test]
fn target_tables_dev_dependencies_and_the_workspace_count() {
    let manifest = r#"
[target.'cfg(unix)'.dependencies]
http-status = { version = "0.1", features = ["axum"] }
[target.x86_64-pc-windows-msvc.dependencies]
http-status = { version = "0.1", features = ["utoipa"] }
"#;
    let (axum, utoipa) = axum_and_utoipa(manifest).unwrap();
    assert_eq!(axum, [Gate::Cfg("unix".into())]);
    assert_eq!(utoipa, [Gate::Always]);

    let manifest =
        "[dev-dependencies]\nhttp-status = { version = \"0.1\", features = [\"utoipa\"] }\n";
    assert_eq!(axum_and_utoipa(manifest).unwrap().1, [Gate::Always]);

    let member = "[dependencies]\nhttp-status = { workspace = true, features = [\"utoipa\"] }\n";
    let root =
        "[workspace.dependencies]\nhttp-status = { version = \"0.1\", features = [\"axum\"] }\n";
    let gates = gates_in(member, || Some(root.to_string())).unwrap();
    assert_eq!(gates[0], [Gate::Always]);
    assert_eq!(gates[2], [Gate::Always]);
}

#[test]
fn without_an_http_status_dependency_the_build_decides() {
    // A re-export, the facade's own doctests, or a manifest this reader cannot read.
    assert_eq!(gates("[dependencies]\nmy-errors = \"1\"\n"), None);
    assert_eq!(gates("[package]\nname = \"http-status\"\n"), None);
    assert_eq!(gates("[dependencies\n"), None);
}

/// `IMPLS` names, for each foreign-trait impl, every facade feature that turns it on: its own,
/// and every feature of the facade's `Cargo.toml` that implies it.
#[test]
fn impls_agree_with_the_facades_features() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let text = std::fs::read_to_string(path).expect("the facade's manifest");
    let features = crate_features(&parse(&text).expect("it reads"));
    let implies = |from: &str, to: &str| {
        let mut seen = vec![from.to_string()];
        let mut i = 0;
        while let Some(f) = seen.get(i).cloned() {
            for (name, list) in &features {
                if *name == f {
                    for next in list {
                        if features.iter().any(|(n, _)| n == next) && !seen.contains(next) {
                            seen.push(next.clone());
                        }
                    }
                }
            }
            i += 1;
        }
        seen.iter().any(|f| f == to)
    };
    for (name, turned_on_by) in IMPLS {
        assert!(
            features.iter().any(|(n, _)| n == name),
            "{name} is no facade feature"
        );
        let expected: Vec<&str> = features
            .iter()
            .map(|(n, _)| n.as_str())
            .filter(|n| implies(n, name))
            .collect();
        let mut listed = turned_on_by.to_vec();
        listed.sort_unstable();
        let mut expected = expected;
        expected.sort_unstable();
        assert_eq!(listed, expected, "{name}");
    }
}
