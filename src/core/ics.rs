//! Calendar files (iCalendar, RFC 5545) for a visit and its joint reflection, so both
//! partners can put the agreed times in their own calendar with one tap.
//!
//! Times are local times in Europe/Copenhagen (`TZID` with its `VTIMEZONE`), as agreed
//! on the phone; lines end in CRLF and are folded at 75 octets; text is escaped.

use super::time::{Clock, Date, Timestamp};

/// One event of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports, so a second export updates the calendar entry.
    pub uid: String,
    pub summary: String,
    pub location: String,
    pub description: String,
    pub date: Date,
    pub start: Clock,
    /// `None` (or not after the start): one hour.
    pub end: Option<Clock>,
}

const TZID: &str = "Europe/Copenhagen";

/// The Danish time zone: CET, CEST from the last Sunday of March to the last of October.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Copenhagen",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// The calendar file with `events`, stamped `now`.
pub fn calendar(events: &[Event], now: Timestamp) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold(text, &mut out);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Jobbesøg//Jobbesøg//DA");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for l in VTIMEZONE {
        line(l);
    }
    let stamp = utc(now);
    for e in events {
        let end = e
            .end
            .filter(|end| *end > e.start)
            .unwrap_or_else(|| one_hour_after(e.start));
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&e.uid)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;TZID={TZID}:{}", local(e.date, e.start)));
        line(&format!("DTEND;TZID={TZID}:{}", local(e.date, end)));
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        if !e.location.trim().is_empty() {
            line(&format!("LOCATION:{}", escape(&e.location)));
        }
        line(&format!("DESCRIPTION:{}", escape(&e.description)));
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn one_hour_after(start: Clock) -> Clock {
    let later = Clock::new(start.hour() + 1, start.minute(), start.second());
    later.or(Clock::new(23, 59, 0)).unwrap_or(start)
}

/// `20270310T090000`
fn local(date: Date, clock: Clock) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        date.year(),
        date.month(),
        date.day(),
        clock.hour(),
        clock.minute(),
        clock.second()
    )
}

/// `20270310T084200Z`
fn utc(t: Timestamp) -> String {
    format!("{}Z", local(t.date(), t.clock()))
}

/// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line is longer than 75 octets (RFC 5545 3.1),
/// never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> Event {
        Event {
            uid: "jobbesoeg-p-mette-1-visit".into(),
            summary: "Jobbesøg 1: Møde i styregruppen for ældreplejen".into(),
            location: "Rådhuset, lokale 2".into(),
            description: "Vært: Mette. Gæst: Jonas.\nAktivitet: styregruppemøde; 2 timer".into(),
            date: Date::new(2027, 3, 10).unwrap(),
            start: Clock::new(9, 0, 0).unwrap(),
            end: Clock::new(11, 0, 0),
        }
    }

    fn now() -> Timestamp {
        Timestamp::parse("2027-02-12T14:30:00Z").unwrap()
    }

    #[test]
    fn the_file_is_the_golden_one() {
        let golden = include_str!("../../tests/fixtures/visit-1.ics");
        assert_eq!(calendar(&[event()], now()), golden);
    }

    #[test]
    fn lines_end_in_crlf_and_are_at_most_75_octets() {
        let mut e = event();
        e.description = "ø".repeat(200);
        let text = calendar(&[e], now());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolding gives the text back.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("DESCRIPTION:{}", "ø".repeat(200))));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn a_missing_or_backward_end_is_one_hour_after_the_start() {
        let mut e = event();
        e.end = None;
        assert!(
            calendar(&[e.clone()], now()).contains("DTEND;TZID=Europe/Copenhagen:20270310T100000")
        );
        e.end = Clock::new(8, 0, 0);
        assert!(
            calendar(&[e.clone()], now()).contains("DTEND;TZID=Europe/Copenhagen:20270310T100000")
        );
        e.start = Clock::new(23, 30, 0).unwrap();
        e.end = None;
        assert!(calendar(&[e], now()).contains("DTEND;TZID=Europe/Copenhagen:20270310T235900"));
    }

    /// Read back by an independent parser (the `ical` crate), as a calendar app would.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn an_independent_parser_reads_every_event() {
        let mut reflection = event();
        reflection.uid = "jobbesoeg-p-mette-1-reflection".into();
        reflection.summary = "Fælles læringsrefleksion efter jobbesøg 1".into();
        reflection.start = Clock::new(13, 0, 0).unwrap();
        reflection.end = Clock::new(14, 0, 0);
        let text = calendar(&[event(), reflection], now());
        let mut parser = ical::IcalParser::new(text.as_bytes());
        let cal = parser.next().expect("one calendar").expect("it parses");
        assert!(parser.next().is_none());
        let prop = |props: &[ical::property::Property], name: &str| {
            props
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        assert_eq!(prop(&cal.properties, "VERSION"), "2.0");
        assert!(!prop(&cal.properties, "PRODID").is_empty());
        assert_eq!(cal.timezones.len(), 1);
        assert_eq!(cal.events.len(), 2);
        let visit = &cal.events[0].properties;
        assert_eq!(prop(visit, "UID"), "jobbesoeg-p-mette-1-visit");
        assert_eq!(prop(visit, "DTSTART"), "20270310T090000");
        assert_eq!(prop(visit, "DTEND"), "20270310T110000");
        assert_eq!(prop(visit, "DTSTAMP"), "20270212T143000Z");
        assert_eq!(prop(visit, "LOCATION"), "Rådhuset\\, lokale 2");
        assert_eq!(
            prop(visit, "SUMMARY"),
            "Jobbesøg 1: Møde i styregruppen for ældreplejen"
        );
        let tzid = visit
            .iter()
            .find(|p| p.name == "DTSTART")
            .and_then(|p| p.params.clone())
            .unwrap_or_default();
        assert_eq!(tzid, vec![("TZID".to_string(), vec![TZID.to_string()])]);
        assert_eq!(
            prop(&cal.events[1].properties, "SUMMARY"),
            "Fælles læringsrefleksion efter jobbesøg 1"
        );
    }
}
