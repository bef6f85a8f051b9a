//! Dates and times as the app keeps them: a calendar date and a clock time as the phone's
//! date and time pickers give them, and an instant for when a note was made. Calendar
//! arithmetic, parsing and formatting are chrono's; the clock itself is read at the edge
//! (`platform`), never here.
//!
//! Every parser takes any text and answers `None` for anything but the one form the app
//! writes: no input, typed or imported, makes it panic.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, SecondsFormat, TimeDelta, Timelike, Utc};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date: "2027-03-10", in the years 1–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

/// A time of day, to the second: "09:00" on screen, "09:00:00" when stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock(NaiveTime);

/// An instant: milliseconds since 1970-01-01T00:00:00Z. Written as RFC 3339 in UTC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month.into(), day.into()).map(Date)
    }

    /// "YYYY-MM-DD", as `<input type="date">` gives it; nothing else.
    pub fn parse(s: &str) -> Option<Date> {
        let d: NaiveDate = s.parse().ok()?;
        let date = Date::new(d.year(), d.month() as u8, d.day() as u8)?;
        // chrono also reads "2027-3-10", "+2027-03-10" and spaces: only the written form
        // counts.
        (date.iso() == s).then_some(date)
    }

    pub fn iso(self) -> String {
        // chrono writes the years 1–9999 with four digits: "2027-03-10".
        self.0.to_string()
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day() as u8
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        (self.0 - NaiveDate::default()).num_days()
    }

    /// The date `days` days after 1970-01-01, if it is in the years 1–9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let date = NaiveDate::default().checked_add_signed(TimeDelta::try_days(days)?)?;
        Date::new(date.year(), date.month() as u8, date.day() as u8)
    }
}

impl Clock {
    pub fn new(hour: u8, minute: u8, second: u8) -> Option<Clock> {
        NaiveTime::from_hms_opt(hour.into(), minute.into(), second.into()).map(Clock)
    }

    /// "HH:MM" or "HH:MM:SS", as `<input type="time">` gives it; nothing else.
    pub fn parse(s: &str) -> Option<Clock> {
        let time: NaiveTime = s.parse().ok()?;
        // A leap second ("23:59:60"), a fraction and "9:00" are not what a time picker
        // gives: only the written form counts.
        let clock = Clock::new(time.hour() as u8, time.minute() as u8, time.second() as u8)?;
        let written = if s.len() == 5 {
            clock.short()
        } else {
            clock.iso()
        };
        (written == s).then_some(clock)
    }

    /// "09:00", for the screen and the time picker.
    pub fn short(self) -> String {
        format!("{:02}:{:02}", self.hour(), self.minute())
    }

    /// "09:00:00", as stored.
    pub fn iso(self) -> String {
        format!("{}:{:02}", self.short(), self.second())
    }

    pub fn hour(self) -> u8 {
        self.0.hour() as u8
    }

    pub fn minute(self) -> u8 {
        self.0.minute() as u8
    }

    pub fn second(self) -> u8 {
        self.0.second() as u8
    }
}

impl Timestamp {
    pub fn at(date: Date, clock: Clock) -> Timestamp {
        Timestamp(date.0.and_time(clock.0).and_utc().timestamp_millis())
    }

    fn utc(self) -> DateTime<Utc> {
        // Out of chrono's range (±262,000 years) only for a made-up number: the epoch.
        DateTime::from_timestamp_millis(self.0).unwrap_or_default()
    }

    pub fn date(self) -> Date {
        Date(self.utc().date_naive())
    }

    pub fn clock(self) -> Clock {
        let t = self.utc().time();
        Clock::new(t.hour() as u8, t.minute() as u8, t.second() as u8).unwrap_or(Clock(t))
    }

    /// "2027-03-10T09:42:00Z", with ".250" before the Z when there are milliseconds.
    pub fn iso(self) -> String {
        self.utc().to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }

    /// RFC 3339: a date, "T", a time with optional fraction, and "Z" or an offset; in
    /// the years 1–9999.
    pub fn parse(s: &str) -> Option<Timestamp> {
        let t = DateTime::parse_from_rfc3339(s).ok()?;
        let t = Timestamp(t.timestamp_millis());
        Date::new(t.date().year(), 1, 1)?;
        Some(t)
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

    #[test]
    fn hostile_text_is_refused_never_a_panic() {
        // Non-ASCII where a digit or separator belongs once panicked the hand-written
        // slicing (and killed the exchange worker).
        for bad in [
            "2027-03-1æ",
            "æææææ",
            "ææææææææææ",
            "2027-03-10T09:42:0€Z",
            "20é7-03-10T09:42:00Z",
            "2027-03-10T09:42:00+0ø:00",
            "2027-03-10T09:42:00.ø5Z",
            "99999-01-01",
            "0000-01-01",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59-01:00",
            "2027-03-10T25:00:00Z",
            "+2027-03-10",
            "2027-3-10",
            "\u{0}",
            "9:00",
            "09:0é",
            "0é:00",
            "23:59:60",
            "09:00:00.5",
            "09:00:60",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
            assert_eq!(Clock::parse(bad), None, "{bad}");
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_ends_of_the_range_are_written_and_read() {
        assert_eq!(Date::from_days(-719_163), None);
        assert_eq!(Date::from_days(i64::MAX), None);
        let last = Timestamp::parse("9999-12-31T23:59:59.999Z").unwrap();
        assert_eq!(last.iso(), "9999-12-31T23:59:59.999Z");
        assert_eq!(Timestamp(i64::MAX).iso(), "1970-01-01T00:00:00Z");
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
            fn any_text_is_read_or_refused_without_a_panic(s in "\\PC{0,40}", t in "[0-9:T.Z+æ -]{0,30}") {
                for text in [&s, &t] {
                    if let Some(d) = Date::parse(text) {
                        prop_assert_eq!(&d.iso(), text);
                    }
                    if let Some(c) = Clock::parse(text) {
                        prop_assert!(c.iso() == *text || c.short() == *text);
                    }
                    let _ = Timestamp::parse(text);
                }
            }

            #[test]
            fn days_and_dates_agree(days in -719_162i64..2_932_896) {
                let date = Date::from_days(days).unwrap();
                prop_assert_eq!(date.days(), days);
                prop_assert_eq!(Date::parse(&date.iso()), Some(date));
            }
        }
    }
}
