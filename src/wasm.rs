//! WebAssembly bindings: glue only. JS values in (via serde-wasm-bindgen into [`Json`]),
//! JSON-compatible JS values out; the rules run exactly as in the CLI. Nothing here throws:
//! an unreadable value comes back as `{errors: [...]}` like any other input error.

use crate::{InputErrors, Json, Locale, Outcome};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serialises to plain JS data: objects (not Maps), `null` for absent optionals.
fn into_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    // Our types serialise infallibly (strings, numbers, bools, arrays, objects).
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// Checks a case (a plain JS object in the case format) and returns the verdict, or
/// `{errors: [...]}` when the case cannot be read. Never throws.
#[wasm_bindgen]
pub fn check(case: JsValue) -> JsValue {
    let outcome = match serde_wasm_bindgen::from_value::<Json>(case) {
        Ok(json) => crate::check(&json),
        Err(e) => Outcome::Invalid(InputErrors::invalid_json(&e.to_string(), Locale::De)),
    };
    into_js(&outcome)
}

/// The case fields an action reads (`[{path, type, required, values?}]`), or `null` for an
/// unknown action.
#[wasm_bindgen]
pub fn fields(action: &str) -> JsValue {
    match crate::fields(action) {
        Some(list) => into_js(&list),
        None => JsValue::NULL,
    }
}

/// The built-in policy profiles (`[{id, name, notice_days, undo_days, close_modes}]`).
#[wasm_bindgen]
pub fn policies() -> JsValue {
    into_js(&crate::policies())
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
