//! The rename is found in every form Cargo accepts, and the reader agrees with the `toml` crate.

use super::{dependencies, parse, rename_in, Dependency, Kind};

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
            };
            if let DeValue::Table(inner) = value.get_ref() {
                for (k, v) in inner {
                    match (k.get_ref().as_ref(), v.get_ref()) {
                        ("package", DeValue::String(p)) => dep.package = Some(p.to_string()),
                        ("workspace", DeValue::Boolean(true)) => dep.workspace = true,
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
        compared += 1;
    }
    // This workspace's own manifests at the least; with a crate registry, hundreds.
    assert!(compared >= 6, "only {compared} manifests compared");
    eprintln!("{compared} manifests read alike");
}
