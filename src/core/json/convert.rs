//! The model's side of the codec: [`ToJson`] and [`FromJson`], their impls for the
//! plain types, and the macros the model's structs and enums use.

use std::collections::BTreeMap;

use super::{find, Bad, Json, Obj};

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
