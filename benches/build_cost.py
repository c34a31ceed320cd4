#!/usr/bin/env python3
"""Build cost of http-status against its anchors, measured in one run.

Generates small user crates under target/build-cost/ and times `cargo build` of each:

  status-macro  2,000 `status!` invocations      vs the same 2,000 as `Status::NAME` paths
  derive        a 200-variant enum, derived       vs the same enum with `thiserror::Error`
  openapi       the same enum, derived with the     vs the same enum with utoipa's own
                `utoipa` feature (StatusResponse      `#[derive(utoipa::IntoResponses)]`
                and IntoResponses)
  clean         a clean build of a small binary   vs the same binary written with `http`'s
                that depends on http-status         `StatusCode` and `thiserror` (what a user
                (default features)                  of http-status would otherwise write)

The first two time the `rustc` command of the user crate alone (dependencies already built,
`CARGO_INCREMENTAL=0`, the exact command line and environment cargo uses, taken from
`cargo build -v`), so they measure what the macros cost without cargo's own overhead. The third
deletes the target directory before every build, so it measures everything a user waits for.
Rounds alternate ours and the anchor, so drift on the machine hits both alike.

With `--baseline DIR` (a checkout of an earlier commit, e.g. from `git worktree add`), each
scenario also builds the same crate against that checkout, in the same interleaved rounds, so
"before" and "after" are measured in one run.

Usage: python3 benches/build_cost.py [--rounds N] [--clean-rounds N] [--baseline DIR] [--out FILE]
Needs the registry cached (run `cargo fetch` once); builds run with --offline.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "target" / "build-cost"


def registry():
    """(code, const name, standing) rows of the core table, read from its source."""
    table = (REPO / "core" / "src" / "table.rs").read_text()
    rows = re.findall(r'^    (\d{3}) ([A-Z_0-9]+) "[^"]+" (\S+?),', table, re.M)
    return [(int(c), n, s) for c, n, s in rows]


def plain_codes():
    """Standard codes that expand without a warning, each once."""
    seen, out = set(), []
    for code, name, standing in registry():
        if standing in ("Standard", "Provisional") and code not in seen:
            seen.add(code)
            out.append((code, name))
    return out


def write_crate(name, deps, main):
    root = WORK / name
    (root / "src").mkdir(parents=True, exist_ok=True)
    (root / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n\n[workspace]\n"
    )
    (root / "src" / "main.rs").write_text(main)
    return root


OURS = f'http-status = {{ path = "{REPO}" }}'
THISERROR = 'thiserror = "2"'
HTTP_THISERROR = 'http = "1"\nthiserror = "2"'
# Set by --baseline: the same dependency line, pointing at an earlier checkout.
BASELINE = None


def write_pair_with_baseline(name, deps, main):
    """`name` against this checkout and, with --baseline, `name_before` against that one."""
    crates = [write_crate(name, deps, main)]
    if BASELINE is not None:
        crates.append(write_crate(f"{name}_before", deps.replace(str(REPO), str(BASELINE)), main))
    return crates


def status_crates():
    codes = plain_codes()
    picks = [codes[i % len(codes)] for i in range(2000)]
    macro = ",\n".join(f"    status!({c})" for c, _ in picks)
    paths = ",\n".join(f"    Status::{n}" for _, n in picks)
    template = (
        "#![allow(clippy::all)]\nuse http_status::{{status, Status}};\n\n"
        "pub static ALL: [Status; 2000] = [\n{body}\n];\n\n"
        'fn main() {{ println!("{{}}", ALL.iter().map(|s| u32::from(s.as_u16())).sum::<u32>()); }}\n'
    )
    return (
        *write_pair_with_baseline("status_macro", OURS, template.format(body=macro)),
        write_crate("status_paths", OURS, template.format(body=paths)),
    )


def derive_crates():
    # Not the codes whose RFC requires a header (401, 405, 407, 426): they need a `header(..)`.
    codes = [c for c, _ in plain_codes() if c >= 400 and c not in (401, 405, 407, 426)]
    ours, anchor = [], []
    for i in range(200):
        code = codes[i % len(codes)]
        fields = "(String)" if i % 3 == 0 else ""
        ours.append(f"    #[status({code})]\n    V{i}{fields},")
        anchor.append(f'    #[error("variant {i} failed")]\n    V{i}{fields},')
    main_ours = (
        "use http_status::StatusResponse;\n\n#[derive(Debug, StatusResponse)]\npub enum ApiError {\n"
        + "\n".join(ours)
        + '\n}\n\nfn main() { println!("{}", ApiError::V1.status()); }\n'
    )
    main_anchor = (
        "#[derive(Debug, thiserror::Error)]\npub enum ApiError {\n"
        + "\n".join(anchor)
        + '\n}\n\nfn main() { println!("{}", ApiError::V1); }\n'
    )
    return (
        *write_pair_with_baseline("derive_ours", OURS, main_ours),
        write_crate("derive_thiserror", THISERROR, main_anchor),
    )


OURS_UTOIPA = f'http-status = {{ path = "{REPO}", features = ["utoipa"] }}\nutoipa = "6"'
UTOIPA = 'utoipa = "6"'


def openapi_crates():
    """The derive's 200 variants with the `utoipa` feature (one declaration: status, response
    and its documentation) against utoipa's own `IntoResponses` derive on the same enum."""
    codes = [c for c, _ in plain_codes() if c >= 400 and c not in (401, 405, 407, 426)]
    ours, anchor = [], []
    for i in range(200):
        code = codes[i % len(codes)]
        fields = "(String)" if i % 3 == 0 else ""
        ours.append(f"    /// Variant {i} failed.\n    #[status({code})]\n    V{i}{fields},")
        anchor.append(
            f'    /// Variant {i} failed.\n    #[response(status = {code}, description = "Variant {i} failed.")]\n    V{i}{fields},'
        )
    main_ours = (
        "use http_status::StatusResponse;\n\n#[derive(Debug, StatusResponse)]\npub enum ApiError {\n"
        + "\n".join(ours)
        + '\n}\n\nfn main() { println!("{}", <ApiError as utoipa::IntoResponses>::responses().len()); }\n'
    )
    main_anchor = (
        "#[derive(Debug, utoipa::IntoResponses)]\npub enum ApiError {\n"
        + "\n".join(anchor)
        + '\n}\n\nfn main() { println!("{}", <ApiError as utoipa::IntoResponses>::responses().len()); }\n'
    )
    return (
        *write_pair_with_baseline("openapi_ours", OURS_UTOIPA, main_ours),
        write_crate("openapi_utoipa", UTOIPA, main_anchor),
    )


def clean_crates():
    ours = (
        "use http_status::{status, Status, StatusResponse};\n\n"
        "#[derive(Debug, StatusResponse)]\nenum ApiError {\n    #[status(404)]\n    Missing,\n"
        "    #[status(500)]\n    Broken,\n}\n\n"
        'fn main() {\n    let s: Status = status!(404);\n    println!("{s} {} {}", ApiError::Missing.status(), ApiError::Broken.status());\n}\n'
    )
    # The same program without http-status: `http`'s `StatusCode` and a hand-written mapping.
    anchor = (
        "use http::StatusCode;\n\n"
        "#[derive(Debug, thiserror::Error)]\nenum ApiError {\n"
        '    #[error("missing")]\n    Missing,\n    #[error("broken")]\n    Broken,\n}\n\n'
        "impl ApiError {\n    fn status(&self) -> StatusCode {\n        match self {\n"
        "            ApiError::Missing => StatusCode::NOT_FOUND,\n"
        "            ApiError::Broken => StatusCode::INTERNAL_SERVER_ERROR,\n        }\n    }\n}\n\n"
        'fn main() {\n    let s = StatusCode::NOT_FOUND;\n    println!("{s} {} {}", ApiError::Missing.status(), ApiError::Broken.status());\n}\n'
    )
    return (
        *write_pair_with_baseline("clean_ours", OURS, ours),
        write_crate("clean_http_thiserror", HTTP_THISERROR, anchor),
    )


def cargo_build(root, env):
    start = time.perf_counter()
    result = subprocess.run(
        ["cargo", "build", "--offline", "--quiet"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build of {root.name} failed:\n{result.stderr}")
    return elapsed


def env_for(root):
    env = dict(os.environ)
    env["CARGO_INCREMENTAL"] = "0"
    env["CARGO_TARGET_DIR"] = str(root / "target")
    return env


def touch(root, round_no):
    main = root / "src" / "main.rs"
    text = re.sub(r"\n// round \d+\n$", "\n", main.read_text())
    main.write_text(text + f"// round {round_no}\n")


def rustc_command(root):
    """The `rustc` command cargo runs for the crate itself, as a shell line with its env."""
    touch(root, 0)
    result = subprocess.run(
        ["cargo", "build", "--offline", "-v"],
        cwd=root,
        env=env_for(root),
        capture_output=True,
        text=True,
    )
    for line in result.stderr.splitlines():
        line = line.strip()
        if line.startswith("Running `") and f"--crate-name {root.name} " in line:
            return line[len("Running `") : -1]
    sys.exit(f"no rustc command found for {root.name}:\n{result.stderr}")


def run_shell(command, root):
    start = time.perf_counter()
    result = subprocess.run(command, shell=True, cwd=root, env=env_for(root), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"rustc for {root.name} failed:\n{result.stderr}")
    return elapsed


def incremental(pair, rounds):
    """Times `rustc` on the user crate alone: dependencies are built once, and the command is
    the one cargo would run, so cargo's own start-up and fingerprinting are left out."""
    times = {root.name: [] for root in pair}
    commands = {}
    for root in pair:
        cargo_build(root, env_for(root))  # dependencies, once
        commands[root.name] = rustc_command(root)
    for r in range(rounds):
        for root in pair if r % 2 == 0 else reversed(pair):
            times[root.name].append(run_shell(commands[root.name], root))
    return times


def clean(pair, rounds):
    times = {root.name: [] for root in pair}
    for r in range(rounds):
        for root in pair if r % 2 == 0 else reversed(pair):
            shutil.rmtree(root / "target", ignore_errors=True)
            times[root.name].append(cargo_build(root, env_for(root)))
    return times


def summary(samples):
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": len(samples),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--clean-rounds", type=int, default=3)
    parser.add_argument("--out", default=str(WORK / "results.json"))
    parser.add_argument("--baseline", help="a checkout of an earlier commit, measured beside this one")
    parser.add_argument("--only", choices=["status", "derive", "openapi", "clean"], help="run one scenario")
    args = parser.parse_args()
    global BASELINE
    BASELINE = Path(args.baseline).resolve() if args.baseline else None
    WORK.mkdir(parents=True, exist_ok=True)

    plan = [
        ("status", "2,000 `status!` vs `Status::NAME` paths", lambda: incremental(status_crates(), args.rounds), "under 1.15x"),
        ("derive", "200-variant enum: derive(StatusResponse) vs derive(thiserror::Error)", lambda: incremental(derive_crates(), args.rounds), "no slower (1.0x)"),
        ("openapi", "200-variant enum: derive(StatusResponse) with `utoipa` vs derive(utoipa::IntoResponses)", lambda: incremental(openapi_crates(), args.rounds), "report the ratio"),
        ("clean", "clean build, small binary: http-status vs http + thiserror", lambda: clean(clean_crates(), args.clean_rounds), "at most 1.0x"),
    ]
    scenarios = [(title, run(), target) for key, title, run, target in plan if args.only in (None, key)]
    report = []
    print(f"cores: {os.cpu_count()}")
    print("| scenario | ours: median (min to max) | anchor: median (min to max) | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for title, times, target in scenarios:
        items = list(times.items())
        (ours_name, ours), (anchor_name, anchor) = items[0], items[-1]
        o, a = summary(ours), summary(anchor)
        ratio = o["median"] / a["median"]
        entry = {"scenario": title, ours_name: o, anchor_name: a, "ratio": ratio, "target": target}
        print(
            f"| {title} | {o['median']:.2f} s ({o['min']:.2f} to {o['max']:.2f}, n={o['n']}) "
            f"| {a['median']:.2f} s ({a['min']:.2f} to {a['max']:.2f}, n={a['n']}) | {ratio:.2f}x | {target} |"
        )
        if len(items) == 3:
            before_name, before = items[1]
            b = summary(before)
            entry[before_name] = b
            entry["ratio_before"] = b["median"] / a["median"]
            print(
                f"| {title}, before (`--baseline`) | {b['median']:.2f} s ({b['min']:.2f} to {b['max']:.2f}, n={b['n']}) "
                f"| {a['median']:.2f} s | {b['median'] / a['median']:.2f}x | |"
            )
        report.append(entry)
    Path(args.out).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
