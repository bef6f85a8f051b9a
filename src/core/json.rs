//! A small JSON codec for the model, in place of serde + serde_json.
//!
//! Why not serde: with the model's derives, `flatten` for unknown fields and
//! `serde_json::Value`, serialisation was ~60 KB of the 120 KB brotli first-load budget.
//! This codec is a plain tree ([`Json`]), a parser with a depth limit (a hostile file
//! cannot overflow the stack), a writer, and two small traits the model implements with
//! [`json_struct!`] and [`json_enum!`]. Numbers are kept as written, so a number the app
//! does not know survives a load and save exactly, and objects keep their key order.

use std::collections::BTreeMap;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number exactly as written (already checked to be a JSON number).
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Obj),
}

/// An object's members in their written order.
pub type Obj = Vec<(String, Json)>;

/// Nesting deeper than this is refused: the model is 6 levels deep.
pub const MAX_DEPTH: usize = 64;

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub at: usize,
    pub what: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.what, self.at)
    }
}

/// Why a JSON value is not the expected part of the model, and where in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bad {
    pub what: &'static str,
    pub path: Vec<String>,
}

impl Bad {
    pub fn new(what: &'static str) -> Bad {
        Bad {
            what,
            path: Vec::new(),
        }
    }

    /// The same error, one level further out.
    pub fn at(mut self, key: impl Into<String>) -> Bad {
        self.path.insert(0, key.into());
        self
    }
}

impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at {}", self.what, self.path.join("."))
    }
}

impl Json {
    /// Parses one JSON text (RFC 8259), nothing before or after but white space.
    pub fn parse(text: &str) -> Result<Json, ParseError> {
        let mut p = Parser {
            s: text.as_bytes(),
            i: 0,
            depth: 0,
        };
        let value = p.value()?;
        p.ws();
        if p.i != p.s.len() {
            return Err(p.err("text after the value"));
        }
        Ok(value)
    }

    /// The value as compact JSON text.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => write_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (n, (key, value)) in members.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    write_str(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The member `key` of an object (the first, if written twice).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => find(members, key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Num(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn obj(&self) -> Result<&Obj, Bad> {
        match self {
            Json::Obj(members) => Ok(members),
            _ => Err(Bad::new("expected an object")),
        }
    }
}

/// The member `key` of an object's members.
pub fn find<'a>(members: &'a Obj, key: &str) -> Option<&'a Json> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, what: &'static str) -> ParseError {
        ParseError { at: self.i, what }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        let found = self.peek() == Some(c);
        if found {
            self.i += 1;
        }
        found
    }

    fn value(&mut self) -> Result<Json, ParseError> {
        self.ws();
        match self.peek() {
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("unexpected character")),
            None => Err(self.err("unexpected end")),
        }
    }

    fn nested(
        &mut self,
        inner: fn(&mut Self) -> Result<Json, ParseError>,
    ) -> Result<Json, ParseError> {
        if self.depth == MAX_DEPTH {
            return Err(self.err("nested too deep"));
        }
        self.depth += 1;
        self.i += 1;
        let value = inner(self);
        self.depth -= 1;
        value
    }

    fn object(&mut self) -> Result<Json, ParseError> {
        let mut members = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Obj(members));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.err("expected a key"));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.err("expected ':'"));
            }
            members.push((key, self.value()?));
            if self.eat(b'}') {
                return Ok(Json::Obj(members));
            }
            if !self.eat(b',') {
                return Err(self.err("expected ',' or '}'"));
            }
        }
    }

    fn array(&mut self) -> Result<Json, ParseError> {
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value()?);
            if self.eat(b']') {
                return Ok(Json::Arr(items));
            }
            if !self.eat(b',') {
                return Err(self.err("expected ',' or ']'"));
            }
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, ParseError> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(value)
        } else {
            Err(self.err("unexpected word"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, ParseError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let first = self.peek();
        let whole = self.digits();
        if whole == 0 || (first == Some(b'0') && whole > 1) {
            return Err(self.err("bad number"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err("bad number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("bad number"));
            }
        }
        // Only ASCII was consumed, so this is a char boundary.
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("0");
        Ok(Json::Num(text.to_string()))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .s
            .get(self.i..self.i + 4)
            .ok_or(self.err("bad \\u escape"))?;
        let mut n = 0;
        for d in digits {
            let v = (*d as char)
                .to_digit(16)
                .ok_or(self.err("bad \\u escape"))?;
            n = n * 16 + v;
        }
        self.i += 4;
        Ok(n)
    }

    /// A string starting at its opening quote.
    fn string(&mut self) -> Result<String, ParseError> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("unterminated string"));
            };
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let Some(e) = self.peek() else {
                        return Err(self.err("unterminated string"));
                    };
                    self.i += 1;
                    let simple = match e {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => 0,
                        _ => return Err(self.err("bad escape")),
                    };
                    if e != b'u' {
                        out.push(simple);
                        continue;
                    }
                    let mut code = self.hex4()?;
                    if (0xD800..0xDC00).contains(&code) {
                        if !self.s[self.i..].starts_with(b"\\u") {
                            return Err(self.err("lone surrogate"));
                        }
                        self.i += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..0xE000).contains(&low) {
                            return Err(self.err("lone surrogate"));
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    let c = char::from_u32(code).ok_or(self.err("lone surrogate"))?;
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.err("control character in string")),
                c => out.push(c),
            }
        }
        // The input is a str and escapes add whole characters: still UTF-8.
        String::from_utf8(out).map_err(|_| self.err("bad text"))
    }
}

/// A part of the model written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// A part of the model read from JSON.
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Result<Self, Bad>;
}

/// The member `key`, which must be there. (Not inlined: one copy per type, not one per
/// field, keeps the model's codec small.)
#[inline(never)]
pub fn req<T: FromJson>(members: &Obj, key: &str) -> Result<T, Bad> {
    match find(members, key) {
        Some(value) => T::from_json(value).map_err(|e| e.at(key)),
        None => Err(Bad::new("missing").at(key)),
    }
}

/// The member `key`, or its default when it is not there.
#[inline(never)]
pub fn opt<T: FromJson + Default>(members: &Obj, key: &str) -> Result<T, Bad> {
    match find(members, key) {
        Some(value) => T::from_json(value).map_err(|e| e.at(key)),
        None => Ok(T::default()),
    }
}

/// The members not in `known`: kept so that they are written back unchanged.
pub fn rest(members: &Obj, known: &[&str]) -> Obj {
    members
        .iter()
        .filter(|(k, _)| !known.contains(&k.as_str()))
        .cloned()
        .collect()
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::Str(self.clone())
    }
}

impl FromJson for String {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        json.as_str()
            .map(str::to_string)
            .ok_or(Bad::new("expected text"))
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        match json {
            Json::Bool(b) => Ok(*b),
            _ => Err(Bad::new("expected true or false")),
        }
    }
}

impl ToJson for u64 {
    fn to_json(&self) -> Json {
        Json::Num(self.to_string())
    }
}

impl FromJson for u64 {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        json.as_u64().ok_or(Bad::new("expected a whole number"))
    }
}

impl ToJson for u8 {
    fn to_json(&self) -> Json {
        Json::Num(self.to_string())
    }
}

impl FromJson for u8 {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        let n = u64::from_json(json)?;
        u8::try_from(n).map_err(|_| Bad::new("number too large"))
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, ToJson::to_json)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        match json {
            Json::Null => Ok(None),
            json => T::from_json(json).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Json {
        Json::Arr(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        self.as_slice().to_json()
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        match json {
            Json::Arr(items) => items
                .iter()
                .enumerate()
                .map(|(n, item)| T::from_json(item).map_err(|e| e.at(n.to_string())))
                .collect(),
            _ => Err(Bad::new("expected a list")),
        }
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn to_json(&self) -> Json {
        self.as_slice().to_json()
    }
}

/// A fixed list (the six questions, the four answers): missing items are empty.
impl<T: FromJson + Default, const N: usize> FromJson for [T; N] {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        let mut items = Vec::<T>::from_json(json)?;
        if items.len() > N {
            return Err(Bad::new("too many items"));
        }
        items.resize_with(N, T::default);
        items
            .try_into()
            .map_err(|_| Bad::new("wrong number of items"))
    }
}

/// An enum written as its name: the key of a map of it.
pub trait Named: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.name() == name)
    }
}

impl<K: Named + Ord, V: ToJson> ToJson for BTreeMap<K, V> {
    fn to_json(&self) -> Json {
        Json::Obj(
            self.iter()
                .map(|(k, v)| (k.name().to_string(), v.to_json()))
                .collect(),
        )
    }
}

impl<K: Named + Ord, V: FromJson> FromJson for BTreeMap<K, V> {
    fn from_json(json: &Json) -> Result<Self, Bad> {
        json.obj()?
            .iter()
            .map(|(k, v)| {
                let key = K::from_name(k).ok_or(Bad::new("unknown name").at(k.clone()))?;
                Ok((key, V::from_json(v).map_err(|e| e.at(k.clone()))?))
            })
            .collect()
    }
}

/// A struct written as an object with its fields in order, then its unknown fields.
/// `key: req` must be present; `key: opt` falls back to the default.
macro_rules! json_struct {
    ($ty:ident { $($key:ident: $how:ident),* $(,)? } $(+ $extra:ident)?) => {
        impl $crate::core::json::ToJson for $ty {
            fn to_json(&self) -> $crate::core::json::Json {
                #[allow(unused_mut)]
                let mut members: $crate::core::json::Obj = vec![
                    $((stringify!($key).to_string(), $crate::core::json::ToJson::to_json(&self.$key)),)*
                ];
                $(members.extend(self.$extra.iter().cloned());)?
                $crate::core::json::Json::Obj(members)
            }
        }

        impl $crate::core::json::FromJson for $ty {
            fn from_json(
                json: &$crate::core::json::Json,
            ) -> Result<Self, $crate::core::json::Bad> {
                let members = json.obj()?;
                #[allow(dead_code)]
                const KNOWN: &[&str] = &[$(stringify!($key)),*];
                Ok($ty {
                    $($key: $crate::core::json::$how(members, stringify!($key))?,)*
                    $($extra: $crate::core::json::rest(members, KNOWN),)?
                })
            }
        }
    };
}

/// A field-less enum written as its name.
macro_rules! json_enum {
    ($ty:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        impl $crate::core::json::Named for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),*];
            fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }
        }

        impl $crate::core::json::ToJson for $ty {
            fn to_json(&self) -> $crate::core::json::Json {
                $crate::core::json::Json::Str(
                    $crate::core::json::Named::name(*self).to_string(),
                )
            }
        }

        impl $crate::core::json::FromJson for $ty {
            fn from_json(
                json: &$crate::core::json::Json,
            ) -> Result<Self, $crate::core::json::Bad> {
                json.as_str()
                    .and_then(<$ty as $crate::core::json::Named>::from_name)
                    .ok_or($crate::core::json::Bad::new("unknown name"))
            }
        }
    };
}

pub(crate) use {json_enum, json_struct};

#[cfg(test)]
mod tests {
    use super::*;

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

    #[cfg(not(target_arch = "wasm32"))]
    mod prop {
        use super::super::*;
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
}
