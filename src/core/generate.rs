//! The generated files: everything rendered from the route table, in one list. `npm run
//! generate` writes them ([`write`]); `cargo test` fails while one is stale.
//!
//! - `lib/generated/resources.js`: the resource classes (group, fields, member), read at load;
//! - `lib/generated/routes/<group>.js`: each route's declaration as JSON text by name
//!   (`Class.method`), parsed at its method's first call so that loading does not grow with
//!   the surface;
//! - `lib/generated/classes/<group>.js`: the classes, one stub method per route that hands
//!   its arguments to the facade's `run` with the route's name;
//! - `lib/generated/groups.js`: static `require`s of the class files and of the hand-written
//!   hook files (`lib/groups/<group>.js`), so editors and bundlers can follow them;
//! - the generated block of `index.d.ts` and `docs/API.md` ([`super::typings`]).

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{json, Value};

use super::routes::{name_of, routes, Group, Resource, Route, EVERY_CLASS, GROUPS};
use super::typings;

/// First lines of every generated JavaScript file.
const JS_HEADER: &str = "'use strict'\n// Generated from src/core/routes/ by `npm run generate`: edit the route table (or the hook\n// file named below), not this file.\n";

/// Where the generated JavaScript lives.
pub const JS_DIR: &str = "lib/generated";

/// Every generated file as `(path from the repository root, text)`. `root` is read for the
/// hand-written inputs: `typings/<group>.d.ts`, `index.d.ts` around its block, and which
/// groups have a hook file.
pub fn files(root: &Path) -> std::io::Result<Vec<(String, String)>> {
    let has_hooks = |group: &str| root.join(format!("lib/groups/{group}.js")).is_file();
    let mut out = vec![
        (format!("{JS_DIR}/resources.js"), render_resources_js()),
        (format!("{JS_DIR}/groups.js"), render_groups_js(has_hooks)),
        (format!("{JS_DIR}/classes/resource.js"), render_resource_js()),
    ];
    for group in GROUPS {
        if !group.resources.is_empty() {
            out.push((format!("{JS_DIR}/classes/{}.js", group.name), render_group_classes_js(group)));
        }
        if !group.routes.is_empty() {
            out.push((format!("{JS_DIR}/routes/{}.js", group.name), render_routes_js(group)));
        }
    }
    let index = std::fs::read_to_string(root.join("index.d.ts"))?;
    let group_types = |group: &Group| {
        let text = std::fs::read_to_string(root.join(format!("typings/{}.d.ts", group.name))).ok()?;
        Some(text.lines().skip_while(|l| l.starts_with("//")).collect::<Vec<_>>().join("\n"))
    };
    let block = typings::render(group_types);
    let index = typings::splice(&index, typings::BEGIN, typings::END, &block)
        .ok_or_else(|| std::io::Error::other("index.d.ts has lost its generated-block markers"))?;
    out.push(("index.d.ts".to_string(), index));
    out.push(("docs/API.md".to_string(), typings::render_api()));
    Ok(out)
}

/// Writes every generated file under `root` that differs, and removes files under
/// `lib/generated/classes/` that are no longer generated; returns the paths it changed.
pub fn write(root: &Path) -> std::io::Result<Vec<String>> {
    let files = files(root)?;
    let mut changed = Vec::new();
    for (path, text) in &files {
        let full = root.join(path);
        if std::fs::read_to_string(&full).ok().as_deref() != Some(text.as_str()) {
            if let Some(dir) = full.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&full, text)?;
            changed.push(path.clone());
        }
    }
    for stale in stale_files(root, &files)? {
        std::fs::remove_file(root.join(&stale))?;
        changed.push(stale);
    }
    Ok(changed)
}

/// Files under `lib/generated/` that the route table no longer generates.
pub fn stale_files(root: &Path, files: &[(String, String)]) -> std::io::Result<Vec<String>> {
    let mut stale = Vec::new();
    for dir in [JS_DIR.to_string(), format!("{JS_DIR}/classes"), format!("{JS_DIR}/routes")] {
        let Ok(entries) = std::fs::read_dir(root.join(&dir)) else { continue };
        for entry in entries {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                continue;
            }
            let path = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !files.iter().any(|(p, _)| *p == path) {
                stale.push(path);
            }
        }
    }
    Ok(stale)
}

/// A string as a single-quoted JavaScript literal.
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(ch),
        }
    }
    out.push('\'');
    out
}

fn names(decls: &'static [&'static str]) -> Vec<&'static str> {
    decls.iter().map(|d| name_of(d)).collect()
}

/// A route's declaration for the facade: its name and group, parameter names (not types).
fn route_value(route: &Route, group: &str) -> Value {
    let mut value = serde_json::to_value(route).expect("a route serializes");
    value["name"] = Value::from(route.name());
    value["group"] = Value::from(group);
    value["params"] = json!(names(route.params));
    value
}

/// `lib/generated/resources.js`: the resource classes, all the facade reads at load, and
/// which group declares each route that is not in its class's group (the client's methods).
pub fn render_resources_js() -> String {
    let mut out = String::from(JS_HEADER);
    out.push_str("// The resource classes of the route table, and where each route is declared (the facade,\n// lib/surface.js, reads them at load).\n\n");
    out.push_str("/** The classes: group, field names and, for a member object, its owner and property. */\nexports.resources = {\n");
    for group in GROUPS {
        for resource in group.resources {
            let _ = writeln!(out, "  {}: {},", resource.class, resource_value(resource, group.name));
        }
    }
    out.push_str("}\n\n/** The group of each route declared outside its class's group (by route name). */\nexports.routeGroups = {\n");
    let group_of_class = |class: &str| GROUPS.iter().find(|g| g.resources.iter().any(|r| r.class == class)).map(|g| g.name);
    for group in GROUPS {
        for route in group.routes.iter().filter(|r| r.when.is_none() && r.class != EVERY_CLASS) {
            if group_of_class(route.class) != Some(group.name) {
                let _ = writeln!(out, "  {}: '{}',", js_string(&route.name()), group.name);
            }
        }
    }
    out.push_str("}\n");
    out
}

/// `lib/generated/routes/<group>.js`: the group's routes by name (`Class.method`), each
/// declaration as JSON text with its variants (routes with `when`) inline.
pub fn render_routes_js(group: &Group) -> String {
    let mut out = String::from(JS_HEADER);
    let _ = writeln!(
        out,
        "// The routes of the {} group (src/core/routes/{}.rs). Each declaration is JSON text, parsed\n\
         // when its method is first called (lib/surface.js).\n",
        group.name,
        if group.name == "client" { "mod" } else { group.name }
    );
    out.push_str("module.exports = {\n");
    for route in group.routes.iter().filter(|r| r.when.is_none()) {
        let mut value = route_value(route, group.name);
        let variants: Vec<Value> = group
            .routes
            .iter()
            .filter(|r| r.when.is_some() && r.class == route.class && r.method == route.method)
            .map(|r| route_value(r, group.name))
            .collect();
        if !variants.is_empty() {
            value["variants"] = Value::from(variants);
        }
        let _ = writeln!(out, "  {}: {},", js_string(&route.name()), js_string(&value.to_string()));
    }
    out.push_str("}\n");
    out
}

fn resource_value(resource: &Resource, group: &str) -> String {
    let quoted = |names: Vec<&str>| names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    let member = resource.member.map_or(String::new(), |m| format!(", member: {{ of: '{}', field: '{}' }}", m.of, m.field));
    format!("{{ group: '{group}', fields: [{}]{member} }}", quoted(names(resource.fields)))
}

/// `lib/generated/groups.js`: static `require`s of class files and hook files.
pub fn render_groups_js(has_hooks: impl Fn(&str) -> bool) -> String {
    let mut out = String::from(JS_HEADER);
    out.push_str("// Static `require`s (which editors and bundlers follow) of each group's class, route and\n// hook files (lib/groups/<group>.js is hand-written); a group's files load when first needed.\n\n");
    out.push_str("/** The class maker of group `group` (lib/generated/classes/<group>.js). */\nexports.classes = (group) => {\n  switch (group) {\n");
    for group in GROUPS.iter().filter(|g| !g.resources.is_empty()) {
        let _ = writeln!(out, "    case '{0}':\n      return require('./classes/{0}')", group.name);
    }
    out.push_str("    default:\n      throw new Error(`no class file for group '${group}'`)\n  }\n}\n\n");
    out.push_str("/** The routes of group `group` (lib/generated/routes/<group>.js). */\nexports.routes = (group) => {\n  switch (group) {\n");
    for group in GROUPS.iter().filter(|g| !g.routes.is_empty()) {
        let _ = writeln!(out, "    case '{0}':\n      return require('./routes/{0}')", group.name);
    }
    out.push_str("    default:\n      throw new Error(`no route file for group '${group}'`)\n  }\n}\n\n");
    out.push_str("/** The hooks of group `group` (lib/groups/<group>.js: prepare, finish, custom), or `{}`. */\nexports.hooks = (group) => {\n  switch (group) {\n");
    for group in GROUPS.iter().filter(|g| has_hooks(g.name)) {
        let _ = writeln!(out, "    case '{0}':\n      return require('../groups/{0}')", group.name);
    }
    out.push_str("    default:\n      return {}\n  }\n}\n");
    out
}

/// `method(a, b) { return run(this, 'Class.method', arguments) }`.
fn js_method(route: &Route) -> String {
    format!("{}({}) {{ return run(this, {}, arguments) }}", route.method, names(route.params).join(", "), js_string(&route.name()))
}

const CLASSES_NOTE: &str = "// One method per route: a method hands its arguments to `run` with its route's name; the\n// facade (lib/surface.js) compiles the route at the method's first call.\n\n";

/// `lib/generated/classes/resource.js`: the base class with the methods every class has.
pub fn render_resource_js() -> String {
    let mut out = format!("{JS_HEADER}{CLASSES_NOTE}");
    out.push_str("/** The base of every class, on the facade's `Base` (core, fields, members) and dispatcher `run`. */\n");
    out.push_str("module.exports = (Base, run) =>\n  class Resource extends Base {\n");
    for route in routes().iter().filter(|r| r.class == EVERY_CLASS && r.when.is_none()) {
        let _ = writeln!(out, "    {}", js_method(route));
    }
    out.push_str("  }\n");
    out
}

/// `lib/generated/classes/<group>.js`: the group's classes, one method per route.
pub fn render_group_classes_js(group: &Group) -> String {
    let mut out = format!("{JS_HEADER}{CLASSES_NOTE}");
    let _ = writeln!(out, "/** The classes of the {} group, on `Resource` (./resource.js). */", group.name);
    out.push_str("module.exports = (Resource, Base, run) => ({\n");
    for resource in group.resources {
        let _ = writeln!(out, "  {}: class {} extends Resource {{", resource.class, resource.class);
        if resource.class == "MastraClient" {
            out.push_str("    constructor(options) {\n      super(Base.client(options))\n    }\n");
        }
        for route in routes().iter().filter(|r| r.class == resource.class && r.when.is_none()) {
            let _ = writeln!(out, "    {}", js_method(route));
        }
        out.push_str("  },\n");
    }
    out.push_str("})\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::routes::resources;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn generated_files_are_fresh() {
        let files = files(root()).unwrap();
        for (path, fresh) in &files {
            let text = std::fs::read_to_string(root().join(path)).unwrap_or_default();
            assert!(*fresh == text, "{path} is stale: run `npm run generate`");
        }
        let stale = stale_files(root(), &files).unwrap();
        assert!(stale.is_empty(), "{stale:?} are no longer generated: run `npm run generate`");
    }

    #[test]
    fn every_route_has_a_unique_name_and_its_method_a_stub() {
        let mut seen = std::collections::HashSet::new();
        for route in routes().iter().filter(|r| r.when.is_none()) {
            assert!(seen.insert(route.name()), "{} named twice", route.name());
        }
        let group = |name: &str| GROUPS.iter().find(|g| g.name == name).unwrap();
        assert!(render_routes_js(group("agents")).contains("  'Agent.generate': '{"));
        assert!(render_routes_js(group("client")).contains("  'Resource.request': '{"));
        let agents = render_group_classes_js(GROUPS.iter().find(|g| g.name == "agents").unwrap());
        assert!(agents.contains("generate(messages, options) { return run(this, 'Agent.generate', arguments) }"));
    }

    #[test]
    fn every_group_types_file_names_a_group() {
        for entry in std::fs::read_dir(root().join("typings")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let group = name.trim_end_matches(".d.ts");
            assert!(GROUPS.iter().any(|g| g.name == group), "typings/{name} names no group");
        }
    }

    #[test]
    fn js_strings_are_escaped() {
        assert_eq!(js_string("a'b\\c\nd"), "'a\\'b\\\\c\\nd'");
    }

    #[test]
    fn resources_render_as_object_literals() {
        let agent_voice = resources().iter().find(|r| r.class == "AgentVoice").unwrap();
        assert_eq!(
            resource_value(agent_voice, "agents"),
            "{ group: 'agents', fields: ['agentId', 'version'], member: { of: 'Agent', field: 'voice' } }"
        );
    }
}
