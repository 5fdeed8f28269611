//! When an article was published, read from the date the reader or the page gave: a day, optionally a
//! time of day. Accepted: `2026-03-02`, `2026-03-02 14:30`, `2026-03-02 14:30 UTC` and ISO 8601
//! date-times (`2026-03-02T14:30:00Z`, `…+01:00`); a time with an offset is brought to UTC so that
//! versions from different time zones order correctly. Anything else ("2 March", "yesterday") is no
//! date: the article stays out of the timeline rather than being placed by a guess.
//!
//! Written by hand: the calendar arithmetic needed (days from a civil date, an offset of at most a day)
//! is a dozen lines, and the date crates (chrono, time, jiff) would add their size to the web bundle for
//! this alone.

use std::cmp::Ordering;

/// A publication time: the day (days since 1970-01-01) and, when known, the minute of that day (UTC
/// when the source gave an offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub day: i64,
    pub minute: Option<u16>,
}

impl When {
    /// The order of the timeline: by day, then by time (a day without a time first).
    pub fn sort_key(self) -> (i64, i32) {
        (self.day, self.minute.map_or(-1, i32::from))
    }

    /// Whether the two cannot be told apart: the same day and time, or the same day with a time
    /// missing on either side.
    pub fn same_as(self, other: When) -> bool {
        self.day == other.day && (self.minute.is_none() || other.minute.is_none() || self.minute == other.minute)
    }

    /// Strictly earlier (never when the two cannot be told apart).
    pub fn before(self, other: When) -> bool {
        !self.same_as(other) && self.sort_key().cmp(&other.sort_key()) == Ordering::Less
    }

    /// "2026-03-02" or "2026-03-02 14:30".
    pub fn describe(self) -> String {
        let (y, m, d) = civil_from_days(self.day);
        match self.minute {
            Some(min) => format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", min / 60, min % 60),
            None => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian; Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// Reads a publication date (see the module doc); `None` for anything else.
pub fn parse_when(text: &str) -> Option<When> {
    parse(text).map(|(when, _)| when)
}

/// The date and whether it named its zone (an offset, `Z`, `UTC` or `GMT`).
fn parse(text: &str) -> Option<(When, bool)> {
    let text = text.trim();
    let (date, rest) = match text.find(['T', ' ']) {
        Some(i) => (&text[..i], text[i + 1..].trim()),
        None => (text, ""),
    };
    let mut parts = date.split('-');
    let (y, m, d) = (number(parts.next()?)?, number(parts.next()?)?, number(parts.next()?)?);
    let days_in_month = [
        31,
        if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if parts.next().is_some()
        || date.len() != 10
        || !(1..=12).contains(&m)
        || d == 0
        || d > days_in_month[m as usize - 1]
    {
        return None;
    }
    let day = days_from_civil(i64::from(y), m, d);
    if rest.is_empty() {
        return Some((When { day, minute: None }, false));
    }
    // HH:MM[:SS[.fff]] then Z, ±HH:MM, " UTC" or nothing.
    let (clock, zone) = match rest.find(['Z', '+', '-', ' ']) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let mut fields = clock.split(':');
    let (h, min) = (number(fields.next()?)?, number(fields.next()?)?);
    if h > 23 || min > 59 {
        return None;
    }
    if let Some(seconds) = fields.next() {
        number(seconds.split('.').next()?).filter(|s| *s < 61)?;
    }
    let offset = match zone {
        "" | "Z" | "UTC" | "GMT" => 0,
        z if z.len() == 6 && z.is_ascii() && (z.starts_with('+') || z.starts_with('-')) && &z[3..4] == ":" => {
            let minutes = i64::from(number(&z[1..3])? * 60 + number(&z[4..6])?);
            if z.starts_with('+') {
                minutes
            } else {
                -minutes
            }
        }
        _ => return None,
    };
    let total = day * 1440 + i64::from(h * 60 + min) - offset;
    Some((When { day: total.div_euclid(1440), minute: Some(total.rem_euclid(1440) as u16) }, !zone.is_empty()))
}

/// A page's date as Parallax stores it: an ISO date-time becomes "2026-03-02 14:30 UTC" (or without
/// "UTC" when the page gave no zone), an ISO date stays a day, anything else is kept as written.
pub fn tidy_when(text: &str) -> String {
    let text = text.trim();
    match parse(text) {
        Some((when, true)) => format!("{} UTC", when.describe()),
        Some((when, false)) => when.describe(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_times_and_zones_are_read_and_anything_else_is_no_date() {
        let w = |s: &str| parse_when(s).map(When::describe);
        assert_eq!(w("2020-08-04"), Some("2020-08-04".into()));
        assert_eq!(w("2020-08-04 17:05"), Some("2020-08-04 17:05".into()));
        assert_eq!(w("2020-08-04T17:05:09Z"), Some("2020-08-04 17:05".into()));
        assert_eq!(w("2026-03-05T17:30:00+01:00"), Some("2026-03-05 16:30".into()));
        assert_eq!(w("2026-03-01T00:30:00+02:00"), Some("2026-02-28 22:30".into()), "across a month end");
        assert_eq!(w("2024-02-29 08:00 UTC"), Some("2024-02-29 08:00".into()));
        for bad in [
            "2026-03-02 14:30+0é00",
            "2026-03-0é",
            "2026é03-04x",
            "2 March 2026",
            "yesterday",
            "2026-02-30",
            "2026-13-01",
            "2026-03-02 25:00",
            "2026-3-2",
            "",
            "2026-03-02 14:30 CET",
        ] {
            assert_eq!(w(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_day_without_a_time_cannot_be_ordered_against_a_time_that_day() {
        let (day, early, late) = (
            parse_when("2020-08-04").unwrap(),
            parse_when("2020-08-04 09:00").unwrap(),
            parse_when("2020-08-04 18:00").unwrap(),
        );
        assert!(early.before(late) && !late.before(early));
        assert!(day.same_as(early) && !day.before(late) && !late.before(day));
        assert!(day.before(parse_when("2020-08-05").unwrap()));
    }

    #[test]
    fn a_pages_date_is_stored_in_utc_with_its_time() {
        assert_eq!(tidy_when("2026-03-02T08:00:00Z"), "2026-03-02 08:00 UTC");
        assert_eq!(tidy_when("2026-03-05T17:30:00+01:00"), "2026-03-05 16:30 UTC");
        assert_eq!(tidy_when("2026-03-05T17:30:00"), "2026-03-05 17:30");
        assert_eq!(tidy_when("2026-05-14"), "2026-05-14");
        assert_eq!(tidy_when("14 May 2026"), "14 May 2026");
    }
}
