//! Typings: the resource classes of `index.d.ts` are rendered from the route table, so a
//! method is declared once (in [`super::routes`]) and its TypeScript follows.
//!
//! `index.d.ts` holds hand-written types around a generated block between
//! [`BEGIN`] and [`END`]; `README.md` holds the API table between [`TABLE_BEGIN`] and
//! [`TABLE_END`]. `cargo test` fails when either is stale; `npm run typings`
//! (`UPDATE_TYPINGS=1 cargo test typings`) rewrites them.

use std::fmt::Write as _;

use super::routes::{Reply, Route, RESOURCES, ROUTES};

/// First line of the generated block.
pub const BEGIN: &str = "// <routes> Generated from src/core/routes.rs by `npm run typings`: edit the route table, not this block.";
/// Last line of the generated block.
pub const END: &str = "// </routes>";

/// First line of the API table in the README.
pub const TABLE_BEGIN: &str = "<!-- routes: generated from src/core/routes.rs by `npm run typings` -->";
/// Last line of the API table in the README.
pub const TABLE_END: &str = "<!-- /routes -->";

/// The README's API table (Markdown), markers included.
pub fn render_table() -> String {
    let mut out = String::new();
    out.push_str(TABLE_BEGIN);
    out.push_str("\n\n| class | method | request | returns |\n|---|---|---|---|\n");
    for route in ROUTES {
        let request = match (route.verb, route.when) {
            (Some(verb), None) => format!("`{verb:?} {}`", route.path),
            (Some(verb), Some(when)) => format!("`{verb:?} {}` when `{when}` is set", route.path),
            (None, _) => "no request".to_string(),
        };
        let _ = writeln!(
            out,
            "| {} | `{}({})` | {} | `{}` |",
            route.class,
            route.method,
            route.param_names().collect::<Vec<_>>().join(", "),
            request,
            returns(route).replace('|', "\\|")
        );
    }
    out.push('\n');
    out.push_str(TABLE_END);
    out
}

/// The generated block, markers included.
pub fn render() -> String {
    let mut out = String::new();
    out.push_str(BEGIN);
    out.push('\n');
    for resource in RESOURCES {
        let _ = writeln!(out, "/** {} */", resource.doc);
        let _ = writeln!(out, "export declare class {} {{", resource.class);
        if resource.class == "MastraClient" {
            out.push_str("  constructor(options: ClientOptions);\n");
        } else {
            out.push_str("  private constructor();\n");
        }
        for field in resource.fields {
            let _ = writeln!(out, "  readonly {field}: string;");
        }
        for route in ROUTES.iter().filter(|r| r.class == resource.class && r.when.is_none()) {
            let _ = writeln!(out, "  /** {}{} */", route.doc, wire(route));
            let _ = writeln!(out, "  {}({}): {};", route.method, route.params.join(", "), returns(route));
        }
        out.push_str("}\n");
    }
    out.push_str(END);
    out
}

fn wire(route: &Route) -> String {
    match route.verb {
        Some(verb) => format!(" `{verb:?} {}`", route.path),
        None => String::new(),
    }
}

fn returns(route: &Route) -> String {
    match route.reply {
        Reply::Resource { class } => class.to_string(),
        Reply::ResourceFromReply { class } => format!("Promise<{class}>"),
        Reply::Json | Reply::Sse => format!("Promise<{}>", route.returns),
    }
}

/// Replaces the block of `text` between `begin` and `end` (markers included) with `block`;
/// `None` when the markers are missing.
pub fn splice(text: &str, begin: &str, end: &str, block: &str) -> Option<String> {
    let start = text.find(begin)?;
    let end = text[start..].find(end)? + start + end.len();
    Some(format!("{}{}{}", &text[..start], block, &text[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks (or with UPDATE_TYPINGS set, rewrites) the generated block of a file.
    fn check_generated(file: &str, begin: &str, end: &str, block: &str) {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{file} exists"));
        let fresh = splice(&text, begin, end, block).unwrap_or_else(|| panic!("{file} has the generated-block markers"));
        if std::env::var_os("UPDATE_TYPINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        } else {
            assert!(fresh == text, "{file} is stale: run `npm run typings`");
        }
    }

    #[test]
    fn index_d_ts_is_rendered_from_the_route_table() {
        check_generated("index.d.ts", BEGIN, END, &render());
    }

    #[test]
    fn readme_api_table_is_rendered_from_the_route_table() {
        check_generated("README.md", TABLE_BEGIN, TABLE_END, &render_table());
    }

    #[test]
    fn every_route_appears_once() {
        let block = render();
        for route in ROUTES {
            let sig = format!("  {}(", route.method);
            assert!(block.contains(&sig), "{} missing", route.method);
        }
        assert!(block.contains("getAgent(agentId: string): Agent;"));
        assert!(block.contains("createRun(params?: CreateRunParams): Promise<Run>;"));
    }
}
