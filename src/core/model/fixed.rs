//! A fixed list (the two visits, the six questions, the four answers) as a JSON list:
//! missing items are empty, so a shorter list from an earlier app loads; a longer one is
//! refused.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer, T: Serialize, const N: usize>(
    items: &[T; N],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    items.as_slice().serialize(serializer)
}

pub fn deserialize<'de, D, T, const N: usize>(deserializer: D) -> Result<[T; N], D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    let mut items = Vec::<T>::deserialize(deserializer)?;
    if items.len() > N {
        return Err(D::Error::invalid_length(
            items.len(),
            &"at most the list's length",
        ));
    }
    items.resize_with(N, T::default);
    items
        .try_into()
        .map_err(|_| D::Error::custom("wrong number of items"))
}
