//! The README's feature table says what `Cargo.toml` declares: every feature, and which ones
//! are on by default.

use std::collections::BTreeMap;

/// The facade's `[features]`, read with the `toml` crate.
fn features() -> BTreeMap<String, Vec<String>> {
    let manifest = include_str!("../../../Cargo.toml");
    let value: toml::Table = toml::from_str(manifest).expect("Cargo.toml parses");
    let features = value["features"].as_table().expect("a [features] table");
    features
        .iter()
        .map(|(name, list)| {
            let list = list
                .as_array()
                .expect("a list")
                .iter()
                .map(|v| v.as_str().expect("a string").to_string())
                .collect();
            (name.clone(), list)
        })
        .collect()
}

/// The rows of the README's table: `(feature, on by default)`.
fn readme_rows() -> Vec<(String, bool)> {
    let readme = include_str!("../../../README.md");
    let table = readme
        .split("| feature | default | what it adds |")
        .nth(1)
        .expect("the README has the feature table");
    table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            (cells[1].trim_matches('`').to_string(), cells[2] == "yes")
        })
        .collect()
}

#[test]
fn the_readme_feature_table_lists_exactly_the_features_of_cargo_toml() {
    let features = features();
    let rows = readme_rows();
    let in_readme: Vec<&str> = rows.iter().map(|(name, _)| name.as_str()).collect();
    let mut in_manifest: Vec<&str> = features
        .keys()
        .map(String::as_str)
        .filter(|name| *name != "default")
        .collect();
    let mut sorted = in_readme.clone();
    sorted.sort_unstable();
    in_manifest.sort_unstable();
    assert_eq!(sorted, in_manifest);
    let defaults = &features["default"];
    for (name, default) in &rows {
        assert_eq!(defaults.contains(name), *default, "`{name}` default");
    }
}
