//! Typings: the resource classes of `index.d.ts` are rendered from the route table, so a
//! method is declared once (in [`super::routes`]) and its TypeScript follows.
//!
//! `index.d.ts` holds the general types around a generated block between [`BEGIN`] and
//! [`END`]. The block holds, group by group, the group's own types (hand-written in
//! `typings/<group>.d.ts`) and its classes. `docs/API.md` (every method, its request and
//! result) is rendered whole. `cargo test` fails when either is stale; `npm run typings`
//! (`UPDATE_TYPINGS=1 cargo test typings`) rewrites them.

use std::fmt::Write as _;

use super::routes::{resources, routes, Group, Reply, Resource, Route, EVERY_CLASS, GROUPS};

/// First line of the generated block.
pub const BEGIN: &str = "// <routes> Generated from src/core/routes/ and typings/ by `npm run typings`: edit those, not this block.";
/// Last line of the generated block.
pub const END: &str = "// </routes>";

/// The API reference (`docs/API.md`), whole.
pub fn render_api() -> String {
    let mut out = String::from(
        "# API\n\nGenerated from `src/core/routes/` by `npm run typings`: every method of the surface, the request it \
         sends (after the API prefix, `/api` by default) and what it resolves with.\n",
    );
    for group in GROUPS {
        let mut rows = String::new();
        for route in group.routes {
            let request = match (route.verb, route.when) {
                (Some(verb), None) => format!("`{verb:?} {}`", route.path),
                (Some(verb), Some(when)) => format!("`{verb:?} {}` when `{when}` is set", route.path),
                (None, _) => match route.reply {
                    Reply::Delegate { to } => format!("as `{to}`"),
                    _ => "no request".to_string(),
                },
            };
            let class = if route.class == EVERY_CLASS { "every class" } else { route.class };
            let _ = writeln!(
                rows,
                "| {class} | `{}({})` | {request} | `{}` |",
                route.method,
                route.param_names().collect::<Vec<_>>().join(", "),
                returns(route).replace('|', "\\|")
            );
        }
        if !rows.is_empty() {
            let _ = write!(out, "\n## {}\n\n| class | method | request | returns |\n|---|---|---|---|\n{rows}", group.name);
        }
    }
    out
}

/// The generated block, markers included; `types` gives a group's hand-written types.
pub fn render(types: impl Fn(&Group) -> Option<String>) -> String {
    let mut out = String::new();
    out.push_str(BEGIN);
    out.push('\n');
    for group in GROUPS {
        if let Some(text) = types(group) {
            let _ = writeln!(out, "// ---- {}: types", group.name);
            out.push_str(text.trim_end());
            out.push('\n');
        }
        for resource in group.resources {
            if !resource.class.is_empty() {
                render_class(&mut out, resource);
            }
        }
    }
    out.push_str(END);
    out
}

fn render_class(out: &mut String, resource: &Resource) {
    let _ = writeln!(out, "/** {} */", resource.doc);
    let _ = writeln!(out, "export declare class {} {{", resource.class);
    if resource.class == "MastraClient" {
        out.push_str("  constructor(options: ClientOptions);\n");
    } else {
        out.push_str("  private constructor();\n");
    }
    for field in resource.fields {
        let _ = writeln!(out, "  readonly {field};");
    }
    for member in resources().iter().filter(|r| r.member.is_some_and(|m| m.of == resource.class)) {
        let field = member.member.map_or("", |m| m.field);
        let _ = writeln!(out, "  /** {} */\n  readonly {field}: {};", member.doc, member.class);
    }
    let own = routes().iter().filter(|r| (r.class == resource.class || r.class == EVERY_CLASS) && r.when.is_none());
    for route in own {
        let _ = writeln!(out, "  /** {}{} */", route.doc, wire(route));
        let _ = writeln!(out, "  {}({}): {};", route.method, route.params.join(", "), returns(route));
    }
    out.push_str("}\n");
}

fn wire(route: &Route) -> String {
    match (route.verb, route.custom) {
        (Some(verb), None) => format!(" `{verb:?} {}`", route.path),
        _ => String::new(),
    }
}

fn returns(route: &Route) -> String {
    if route.verb.is_none() && route.custom.is_some() {
        // A client-side method: its type as declared.
        return route.returns.to_string();
    }
    match route.reply {
        Reply::Resource { class } => class.to_string(),
        Reply::ResourceFromReply { class } => format!("Promise<{class}>"),
        Reply::Json | Reply::Sse | Reply::SseAsReceived | Reply::Records | Reply::Events | Reply::Response | Reply::Delegate { .. } => {
            // An async generator method returns its generator at once, not a promise.
            if route.returns.starts_with("Promise<") || route.returns.starts_with("AsyncGenerator<") || route.returns.contains("=>") {
                route.returns.to_string()
            } else {
                format!("Promise<{}>", route.returns)
            }
        }
    }
}

/// Header of every generated class file.
const CLASSES_HEADER: &str = "'use strict'\n// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.\n\
     // One method per route: a method hands its arguments to `run` with its route's index; the\n\
     // facade compiles the route at the method's first call.\n\n";

/// The facade's classes, rendered from the route table as `(file, text)` pairs under
/// `lib/classes/`: `resource.js` holds the base class with the methods every class has, and
/// `<group>.js` the classes of one group (one method per route). A group's file is loaded
/// when one of its classes is first needed, so loading the package reads only the client's.
pub fn render_classes_js() -> Vec<(String, String)> {
    let main_routes = || routes().iter().enumerate().filter(|(_, r)| r.when.is_none());
    let mut files = Vec::new();
    let mut base = String::from(CLASSES_HEADER);
    base.push_str("/** The base of every class, on the facade's `Base` (core, fields, members) and dispatcher `run`. */\n");
    base.push_str("module.exports = (Base, run) =>\n  class Resource extends Base {\n");
    for (index, route) in main_routes().filter(|(_, r)| r.class == EVERY_CLASS) {
        let _ = writeln!(base, "    {}", js_method(index, route));
    }
    base.push_str("  }\n");
    files.push(("resource.js".to_string(), base));
    for group in GROUPS.iter().filter(|g| !g.resources.is_empty()) {
        let mut out = String::from(CLASSES_HEADER);
        let _ = writeln!(out, "/** The classes of the {} group, on `Resource` (lib/classes/resource.js). */", group.name);
        out.push_str("module.exports = (Resource, Base, run) => ({\n");
        for resource in group.resources {
            let _ = writeln!(out, "  {}: class {} extends Resource {{", resource.class, resource.class);
            if resource.class == "MastraClient" {
                out.push_str("    constructor(options) {\n      super(Base.client(options))\n    }\n");
            }
            for (index, route) in main_routes().filter(|(_, r)| r.class == resource.class) {
                let _ = writeln!(out, "    {}", js_method(index, route));
            }
            out.push_str("  },\n");
        }
        out.push_str("})\n");
        files.push((format!("{}.js", group.name), out));
    }
    files
}

/// `method(a, b) { return run(this, index, arguments) }`.
fn js_method(index: usize, route: &Route) -> String {
    let params: Vec<String> = route
        .params
        .iter()
        .map(|p| {
            let name = p.split(':').next().unwrap_or(p).trim().trim_end_matches('?');
            name.to_string()
        })
        .collect();
    format!("{}({}) {{ return run(this, {index}, arguments) }}", route.method, params.join(", "))
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

    fn root() -> &'static str {
        env!("CARGO_MANIFEST_DIR")
    }

    /// A group's hand-written types, from `typings/<group>.d.ts` (its first comment line dropped).
    fn group_types(group: &Group) -> Option<String> {
        let text = std::fs::read_to_string(format!("{}/typings/{}.d.ts", root(), group.name)).ok()?;
        Some(text.lines().skip_while(|l| l.starts_with("//")).collect::<Vec<_>>().join("\n"))
    }

    /// Checks (or with UPDATE_TYPINGS set, rewrites) a generated file.
    fn check(file: &str, fresh: String, text: &str) {
        if std::env::var_os("UPDATE_TYPINGS").is_some() {
            let path = format!("{}/{file}", root());
            if let Some(dir) = std::path::Path::new(&path).parent() {
                std::fs::create_dir_all(dir).unwrap();
            }
            std::fs::write(path, &fresh).unwrap();
        } else {
            assert!(fresh == text, "{file} is stale: run `npm run typings`");
        }
    }

    #[test]
    fn index_d_ts_is_rendered_from_the_route_table() {
        let text = std::fs::read_to_string(format!("{}/index.d.ts", root())).unwrap();
        let fresh = splice(&text, BEGIN, END, &render(group_types)).expect("index.d.ts has the generated-block markers");
        check("index.d.ts", fresh, &text);
    }

    #[test]
    fn api_reference_is_rendered_from_the_route_table() {
        let text = std::fs::read_to_string(format!("{}/docs/API.md", root())).unwrap_or_default();
        check("docs/API.md", render_api(), &text);
    }

    #[test]
    fn facade_classes_are_rendered_from_the_route_table() {
        let files = render_classes_js();
        for (name, fresh) in &files {
            let path = format!("lib/classes/{name}");
            let text = std::fs::read_to_string(format!("{}/{path}", root())).unwrap_or_default();
            check(&path, fresh.clone(), &text);
        }
        let dir = format!("{}/lib/classes", root());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let known = files.iter().any(|(f, _)| *f == name);
            if !known && std::env::var_os("UPDATE_TYPINGS").is_some() {
                std::fs::remove_file(format!("{dir}/{name}")).unwrap();
            } else {
                assert!(known, "lib/classes/{name} is not rendered from the route table: run `npm run typings`");
            }
        }
    }

    #[test]
    fn every_group_types_file_names_a_group() {
        for entry in std::fs::read_dir(format!("{}/typings", root())).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let group = name.trim_end_matches(".d.ts");
            assert!(GROUPS.iter().any(|g| g.name == group), "typings/{name} names no group");
        }
    }

    #[test]
    fn every_route_appears_once() {
        let block = render(|_| None);
        for route in routes() {
            let sig = format!("  {}(", route.method);
            assert!(block.contains(&sig), "{} missing", route.method);
        }
        assert!(block.contains("getAgent(agentId: string, version?: AgentVersionIdentifier, routeOverrides?: AgentRouteOverrides): Agent;"));
        assert!(block.contains("createRun(params?: CreateRunParams): Promise<Run>;"));
    }
}
