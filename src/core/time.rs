//! Dates and times as the app keeps them: a calendar date and a clock time as the phone's
//! date and time pickers give them, and an instant for when a note was made.
//! The calendar arithmetic is Howard Hinnant's `days_from_civil` (proleptic Gregorian);
//! it replaces chrono, which cost ~10 KB of the first-load budget for these three jobs.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date: "2027-03-10".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A time of day, to the second: "09:00" on screen, "09:00:00" when stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// An instant: milliseconds since 1970-01-01T00:00:00Z. Written as RFC 3339 in UTC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

const MS_PER_DAY: i64 = 86_400_000;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses exactly `len` ASCII digits at the start of `s`.
fn number(s: &str, len: usize) -> Option<u32> {
    let digits = s.get(..len)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// "YYYY-MM-DD", as `<input type="date">` gives it.
    pub fn parse(s: &str) -> Option<Date> {
        if s.len() != 10 || &s[4..5] != "-" || &s[7..8] != "-" {
            return None;
        }
        Date::new(
            number(s, 4)? as i32,
            number(&s[5..], 2)? as u8,
            number(&s[8..], 2)? as u8,
        )
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        let (m, d) = (self.month as i64, self.day as i64);
        let y = self.year as i64 - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl Clock {
    pub fn new(hour: u8, minute: u8, second: u8) -> Option<Clock> {
        (hour < 24 && minute < 60 && second < 60).then_some(Clock {
            hour,
            minute,
            second,
        })
    }

    /// "HH:MM" or "HH:MM:SS", as `<input type="time">` gives it.
    pub fn parse(s: &str) -> Option<Clock> {
        let second = match s.len() {
            5 => 0,
            8 if &s[5..6] == ":" => number(&s[6..], 2)?,
            _ => return None,
        };
        if &s[2..3] != ":" {
            return None;
        }
        Clock::new(number(s, 2)? as u8, number(&s[3..], 2)? as u8, second as u8)
    }

    /// "09:00", for the screen and the time picker.
    pub fn short(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// "09:00:00", as stored.
    pub fn iso(self) -> String {
        format!("{}:{:02}", self.short(), self.second)
    }

    fn ms(self) -> i64 {
        ((self.hour as i64 * 60 + self.minute as i64) * 60 + self.second as i64) * 1000
    }
}

impl Timestamp {
    pub fn at(date: Date, clock: Clock) -> Timestamp {
        Timestamp(date.days() * MS_PER_DAY + clock.ms())
    }

    pub fn date(self) -> Date {
        Date::from_days(self.0.div_euclid(MS_PER_DAY))
    }

    pub fn clock(self) -> Clock {
        let ms = self.0.rem_euclid(MS_PER_DAY) / 1000;
        Clock {
            hour: (ms / 3600) as u8,
            minute: (ms / 60 % 60) as u8,
            second: (ms % 60) as u8,
        }
    }

    /// "2027-03-10T09:42:00Z", with ".250" before the Z when there are milliseconds.
    pub fn iso(self) -> String {
        let ms = self.0.rem_euclid(1000);
        let fraction = if ms == 0 {
            String::new()
        } else {
            format!(".{ms:03}")
        };
        format!("{}T{}{fraction}Z", self.date().iso(), self.clock().iso())
    }

    /// RFC 3339: a date, "T", a time with optional fraction, and "Z" or an offset.
    pub fn parse(s: &str) -> Option<Timestamp> {
        let date = Date::parse(s.get(..10)?)?;
        if !matches!(s.get(10..11)?, "T" | "t" | " ") {
            return None;
        }
        let clock = Clock::parse(s.get(11..19)?)?;
        let mut rest = &s[19..];
        let mut ms = 0;
        if let Some(fraction) = rest.strip_prefix('.') {
            let len = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if len == 0 {
                return None;
            }
            let first3 = format!("{:0<3}", &fraction[..len.min(3)]);
            ms = number(&first3, 3)? as i64;
            rest = &fraction[len..];
        }
        let offset = match rest {
            "Z" | "z" => 0,
            _ => {
                let sign = match rest.get(..1)? {
                    "+" => 1,
                    "-" => -1,
                    _ => return None,
                };
                let at = Clock::parse(rest.get(1..)?)?;
                if rest.len() != 6 {
                    return None;
                }
                sign * at.ms()
            }
        };
        Some(Timestamp(Timestamp::at(date, clock).0 + ms - offset))
    }
}

/// Each of the three is written as its ISO text and read back through its parser.
macro_rules! as_iso_text {
    ($ty:ty, $expected:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.iso())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                <$ty>::parse(&text)
                    .ok_or_else(|| de::Error::invalid_value(de::Unexpected::Str(&text), &$expected))
            }
        }
    };
}

as_iso_text!(Date, "a date (YYYY-MM-DD)");
as_iso_text!(Clock, "a time (HH:MM:SS)");
as_iso_text!(Timestamp, "an RFC 3339 time stamp");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(Date::parse("2027-03-10"), Date::new(2027, 3, 10));
        assert!(Date::parse("2028-02-29").is_some());
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-3-10",
            "2027/03/10",
            "",
            "2027-03-1x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn clock_times_come_from_the_time_picker_with_or_without_seconds() {
        assert_eq!(Clock::parse("09:00"), Clock::new(9, 0, 0));
        assert_eq!(Clock::parse("23:59:59").unwrap().iso(), "23:59:59");
        assert_eq!(Clock::parse("9:00"), None);
        assert_eq!(Clock::parse("24:00"), None);
    }

    #[test]
    fn known_instants() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days(), 11_017);
        let t = Timestamp::parse("2027-03-10T09:42:00Z").unwrap();
        assert_eq!(t.0, 1_804_671_720_000);
        assert_eq!(t.iso(), "2027-03-10T09:42:00Z");
        assert_eq!(
            Timestamp::parse("2027-03-10T10:42:00.25+01:00")
                .unwrap()
                .iso(),
            "2027-03-10T09:42:00.250Z"
        );
        assert_eq!(Timestamp::parse("2027-03-10T09:42:00"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_instant_survives_writing_and_reading(ms in -62_135_596_800_000i64..253_402_300_799_999) {
                let t = Timestamp(ms);
                prop_assert_eq!(Timestamp::parse(&t.iso()), Some(t));
            }

            #[test]
            fn days_and_dates_agree(days in -719_162i64..2_932_896) {
                let date = Date::from_days(days);
                prop_assert_eq!(date.days(), days);
                prop_assert_eq!(Date::parse(&date.iso()), Some(date));
            }
        }
    }
}
