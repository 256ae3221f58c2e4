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
        Reply::Json | Reply::Sse | Reply::Records | Reply::Events | Reply::Response | Reply::Delegate { .. } => {
            // An async generator method returns its generator at once, not a promise.
            if route.returns.starts_with("Promise<") || route.returns.starts_with("AsyncGenerator<") || route.returns.contains("=>") {
                route.returns.to_string()
            } else {
                format!("Promise<{}>", route.returns)
            }
        }
    }
}

/// The facade's classes (`lib/classes.js`), whole: one class per resource and one method per
/// route (the routes of every class go on the shared base `Resource`), each method handing
/// its arguments to the facade's dispatcher with its route's index. Each class is made by a
/// function called when the class is first needed, so loading the package makes only the
/// classes a client is made of, however large the table grows.
pub fn render_classes_js() -> String {
    let mut out = String::from(
        "'use strict'\n// Generated from src/core/routes/ by `npm run typings`: edit the route table, not this file.\n\
         // One class per resource, one method per route: a method hands its arguments to `run` with\n\
         // its route's index; the facade compiles the route at the method's first call.\n\n\
         /**\n * The makers of the classes, on the facade's base class `Base` (core, fields, members) and\n\
         \x20* dispatcher `run`: `makers.Agent()` makes the `Agent` class.\n */\n\
         module.exports = (Base, run) => {\n\
         \x20 /** Methods every class has. */\n\
         \x20 class Resource extends Base {\n",
    );
    let main_routes = || routes().iter().enumerate().filter(|(_, r)| r.when.is_none());
    for (index, route) in main_routes().filter(|(_, r)| r.class == EVERY_CLASS) {
        let _ = writeln!(out, "    {}", js_method(index, route));
    }
    out.push_str("  }\n  return {\n");
    for resource in resources() {
        let _ = writeln!(out, "    {}: () =>\n      class {} extends Resource {{", resource.class, resource.class);
        if resource.class == "MastraClient" {
            out.push_str("        constructor(options) {\n          super(Base.client(options))\n        }\n");
        }
        for (index, route) in main_routes().filter(|(_, r)| r.class == resource.class) {
            let _ = writeln!(out, "        {}", js_method(index, route));
        }
        out.push_str("      },\n");
    }
    out.push_str("  }\n}\n");
    out
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
        let text = std::fs::read_to_string(format!("{}/lib/classes.js", root())).unwrap_or_default();
        check("lib/classes.js", render_classes_js(), &text);
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
