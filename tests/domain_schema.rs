//! `docs/plan.schema.json` is generated from the types; this fails when it
//! is out of date. Update with: `UPDATE_SCHEMA=1 cargo test --test domain_schema`.

use keukentafel::domain::format::{json_schema, to_json, FORMAT, VERSION};

#[test]
fn schema_file_is_up_to_date() {
    let path = format!("{}/docs/plan.schema.json", env!("CARGO_MANIFEST_DIR"));
    let generated = json_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/plan.schema.json is out of date with the types.\nUpdate it with: UPDATE_SCHEMA=1 cargo test --test domain_schema"
    );
}

#[test]
fn schema_describes_the_envelope() {
    let v: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    assert_eq!(v["properties"]["format"]["const"], FORMAT);
    assert_eq!(v["properties"]["version"]["maximum"], VERSION);
    assert_eq!(
        v["required"],
        serde_json::json!(["format", "version", "household"])
    );
    for key in [
        "household",
        "network",
        "professionals",
        "domains",
        "assessments",
        "agreements",
        "co_ownership",
        "next_id",
    ] {
        assert!(v["properties"].get(key).is_some(), "{key}");
    }
    // Every top-level key the app writes is described.
    let written: serde_json::Value = serde_json::from_str(&to_json(&Default::default())).unwrap();
    for key in written.as_object().unwrap().keys() {
        assert!(v["properties"].get(key).is_some(), "{key} not in schema");
    }
}
