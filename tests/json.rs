//! The JSON codec of the core: values round-trip as written, broken or hostile text is
//! refused with where, and the model's conversions say where a value is wrong.
#![cfg(not(target_arch = "wasm32"))]

use jobbesoeg::core::json::{req, FromJson, Json, MAX_DEPTH};

fn round(text: &str) -> String {
    Json::parse(text).unwrap().dump()
}

#[test]
fn values_come_back_as_written() {
    for text in [
        r#"{"a":1,"b":[true,false,null],"c":"x","d":{}}"#,
        r#"[-0.5e+10,0,12345678901234567890123]"#,
        r#""æøå — 😀""#,
        r#"{"z":1,"a":2}"#,
    ] {
        assert_eq!(round(text), text);
    }
}

#[test]
fn white_space_is_allowed_around_tokens() {
    assert_eq!(round(" { \"a\" :\n[ 1 , 2 ]\t} "), r#"{"a":[1,2]}"#);
}

#[test]
fn escapes_are_read_and_written() {
    let value = Json::parse(r#""a\"b\\c\/d\n\t\u00e6\ud83d\ude00\u0001""#).unwrap();
    assert_eq!(value, Json::Str("a\"b\\c/d\n\tæ😀\u{1}".into()));
    assert_eq!(value.dump(), r#""a\"b\\c/d\n\tæ😀\u0001""#);
}

#[test]
fn broken_text_is_refused_with_where() {
    for (text, at) in [
        ("", 0),
        ("{", 1),
        (r#"{"a" 1}"#, 5),
        ("[1,]", 3),
        ("01", 2),
        ("1.", 2),
        ("tru", 0),
        (r#""\ud800""#, 7),
        ("\"a\u{1}\"", 3),
        ("{} x", 3),
        (r#"{"a":1,}"#, 7),
    ] {
        let e = Json::parse(text).expect_err(text);
        assert_eq!(e.at, at, "{text}: {e}");
    }
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let deep = "[".repeat(100_000);
    assert_eq!(
        Json::parse(&deep).unwrap_err().what,
        "nested too deep",
        "a hostile file must not overflow the stack"
    );
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(Json::parse(&ok).is_ok());
}

#[test]
fn errors_say_where_in_the_model() {
    let json = Json::parse(r#"{"a":{"b":[1,"x"]}}"#).unwrap();
    let inner = json.get("a").unwrap().obj().unwrap();
    let e = req::<Vec<u64>>(inner, "b").unwrap_err().at("a");
    assert_eq!(e.to_string(), "expected a whole number at a.b.1");
}

#[test]
fn fixed_lists_are_padded_but_not_truncated() {
    let two = Json::parse(r#"["a","b"]"#).unwrap();
    assert_eq!(
        <[String; 3]>::from_json(&two).unwrap(),
        ["a".to_string(), "b".to_string(), String::new()]
    );
    assert!(<[String; 1]>::from_json(&two).is_err());
}

mod prop {
    use jobbesoeg::core::json::*;
    use proptest::prelude::*;

    fn json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(|n| Json::Num(n.to_string())),
            any::<String>().prop_map(Json::Str),
        ];
        leaf.prop_recursive(5, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Arr),
                prop::collection::vec((any::<String>(), inner), 0..6).prop_map(Json::Obj),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_survives_dump_and_parse(value in json()) {
            prop_assert_eq!(Json::parse(&value.dump()), Ok(value));
        }

        #[test]
        fn any_text_parses_or_is_refused_without_a_panic(text in any::<String>()) {
            let _ = Json::parse(&text);
        }
    }
}
