//! Reading dates as pages write them, into ISO 8601.
//!
//! Machine-readable forms (ISO 8601 and its common variants, RFC 2822) and
//! the human forms news sites print, in many languages: "Selasa, 13 Jun 2023
//! 12:57 WIB", "June 13, 2023 at 5:57 pm EDT", "13. Juni 2023, 12:57 Uhr",
//! "13 июня 2023", "2023年6月13日 12:57". A result keeps what the page says:
//! a date alone, or a date-time with its offset when one is given or the
//! zone is named.

/// A date, maybe with a time of day and a UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// Hour, minute, second.
    pub time: Option<(u32, u32, u32)>,
    /// Offset from UTC in minutes.
    pub offset: Option<i32>,
}

impl DateTime {
    /// ISO 8601: `2023-06-13`, `2023-06-13T12:57:00`, `2023-06-13T12:57:00+07:00`.
    pub fn to_iso(self) -> String {
        let mut s = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some((h, m, sec)) = self.time {
            s.push_str(&format!("T{h:02}:{m:02}:{sec:02}"));
            if let Some(off) = self.offset {
                if off == 0 {
                    s.push('Z');
                } else {
                    let sign = if off < 0 { '-' } else { '+' };
                    let off = off.abs();
                    s.push_str(&format!("{sign}{:02}:{:02}", off / 60, off % 60));
                }
            }
        }
        s
    }

    /// Whether the date is plausible for a web page: between 1990 and a
    /// couple of years after the build's reference year, and a real day.
    fn is_plausible(&self) -> bool {
        (1990..=2100).contains(&self.year)
            && (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
            && self.time.is_none_or(|(h, m, s)| h < 24 && m < 60 && s < 61)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses a machine-readable date (meta tags, JSON-LD, `<time datetime>`):
/// ISO 8601 and variants (`2023-06-13T12:57:46+07:00`, `2023/06/13 12:57:46`,
/// `20230613`), RFC 2822, Unix timestamps; falls back to [`parse_human`].
pub(crate) fn parse_machine(value: &str) -> Option<DateTime> {
    let v = value.trim();
    if v.is_empty() || v.len() > 200 {
        return None;
    }
    parse_iso_like(v)
        .or_else(|| parse_timestamp(v))
        .or_else(|| parse_human(v))
        .filter(DateTime::is_plausible)
}

/// `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:]MM| zone]`, with `-`, `/` or
/// `.` between the date parts, or `YYYYMMDD`.
fn parse_iso_like(v: &str) -> Option<DateTime> {
    let b = v.as_bytes();
    let (year, month, day, rest) = if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && matches!(b[4], b'-' | b'/' | b'.')
        && b[7] == b[4]
    {
        // `get`: a character of several bytes may sit where the digits
        // should ("2024-01-0\u{fffd}"), and a slice must not cut it.
        let year: i32 = v[..4].parse().ok()?;
        let month: u32 = v.get(5..7)?.parse().ok()?;
        let day: u32 = v.get(8..10)?.parse().ok()?;
        (year, month, day, v.get(10..)?)
    } else if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && (b.len() == 8 || !b[8].is_ascii_digit())
    {
        (
            v[..4].parse().ok()?,
            v[4..6].parse().ok()?,
            v[6..8].parse().ok()?,
            &v[8..],
        )
    } else {
        return None;
    };
    let mut dt = DateTime {
        year,
        month,
        day,
        time: None,
        offset: None,
    };
    let rest = rest.trim_start_matches(['T', 't', ' ', ',']);
    if let Some((time, after)) = parse_clock(rest) {
        dt.time = Some(time);
        let after = skip_fraction(after);
        dt.offset = parse_offset(after.trim_start());
    }
    Some(dt)
}

fn skip_fraction(s: &str) -> &str {
    if let Some(rest) = s.strip_prefix(['.', ',']) {
        rest.trim_start_matches(|c: char| c.is_ascii_digit())
    } else {
        s
    }
}

/// `HH:MM[:SS]` at the start of `s`, with what follows.
fn parse_clock(s: &str) -> Option<((u32, u32, u32), &str)> {
    let b = s.as_bytes();
    let h_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h_len) || b.get(h_len) != Some(&b':') {
        // "12.57" is a clock in Indonesian and German usage.
        if !((1..=2).contains(&h_len)
            && b.get(h_len) == Some(&b'.')
            && b.len() >= h_len + 3
            && b[h_len + 1..h_len + 3].iter().all(u8::is_ascii_digit)
            && b.get(h_len + 3).is_none_or(|c| !c.is_ascii_digit()))
        {
            return None;
        }
    }
    let h: u32 = s[..h_len].parse().ok()?;
    let rest = &s[h_len + 1..];
    let m_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if m_len != 2 {
        return None;
    }
    let m: u32 = rest[..2].parse().ok()?;
    let mut rest = &rest[2..];
    let mut sec = 0;
    if let Some(r) = rest.strip_prefix(':') {
        let s_len = r.bytes().take_while(u8::is_ascii_digit).count();
        if s_len == 2 {
            sec = r[..2].parse().ok()?;
            rest = &r[2..];
        }
    }
    if h > 23 || m > 59 {
        return None;
    }
    Some(((h, m, sec), rest))
}

/// `Z`, `+07:00`, `+0700`, `+07`, `GMT+7`, or a zone name.
fn parse_offset(s: &str) -> Option<i32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s == "Z" || s == "z" {
        return Some(0);
    }
    let numeric = s
        .strip_prefix("GMT")
        .or_else(|| s.strip_prefix("UTC"))
        .filter(|r| r.starts_with(['+', '-']))
        .unwrap_or(s);
    if let Some(sign) = numeric
        .chars()
        .next()
        .filter(|c| matches!(c, '+' | '-' | '−'))
    {
        let digits: String = numeric[sign.len_utf8()..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ':')
            .filter(char::is_ascii_digit)
            .collect();
        let (h, m) = match digits.len() {
            1 | 2 => (digits.parse::<i32>().ok()?, 0),
            3 => (
                digits[..1].parse::<i32>().ok()?,
                digits[1..].parse::<i32>().ok()?,
            ),
            4 => (
                digits[..2].parse::<i32>().ok()?,
                digits[2..].parse::<i32>().ok()?,
            ),
            _ => return None,
        };
        if h > 14 || m > 59 {
            return None;
        }
        let total = h * 60 + m;
        return Some(if sign == '+' { total } else { -total });
    }
    let word: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    zone_offset(&word)
}

/// Offsets of the zone abbreviations news sites print.
fn zone_offset(zone: &str) -> Option<i32> {
    Some(match zone.to_ascii_uppercase().as_str() {
        "UTC" | "GMT" | "UT" | "Z" | "WET" => 0,
        "BST" | "CET" | "WAT" | "WEST" => 60,
        "CEST" | "EET" | "SAST" | "CAT" | "IST_IL" => 120,
        "EEST" | "MSK" | "EAT" | "AST_ARABIA" => 180,
        "IRST" => 210,
        "GST" => 240,
        "PKT" => 300,
        "IST" => 330,
        "NPT" => 345,
        "BDT" => 360,
        "WIB" | "ICT" => 420,
        "WITA" | "SGT" | "MYT" | "PHT" | "HKT" | "AWST" | "PHST" => 480,
        "WIT" | "JST" | "KST" => 540,
        "ACST" => 570,
        "AEST" => 600,
        "AEDT" => 660,
        "NZST" => 720,
        "NZDT" => 780,
        "EST" => -300,
        "EDT" => -240,
        "CST" => -360,
        "CDT" => -300,
        "MST" => -420,
        "MDT" => -360,
        "PST" => -480,
        "PDT" => -420,
        "AKST" => -540,
        "AKDT" => -480,
        "HST" => -600,
        "ADT" => -180,
        "NST" => -210,
        "BRT" => -180,
        "ART" => -180,
        _ => return None,
    })
}

/// A Unix timestamp in seconds or milliseconds.
fn parse_timestamp(v: &str) -> Option<DateTime> {
    if !(9..=13).contains(&v.len()) || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut secs: i64 = v.parse().ok()?;
    if v.len() == 13 {
        secs /= 1000;
    }
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    Some(DateTime {
        year,
        month,
        day,
        time: Some((
            (rem / 3600) as u32,
            ((rem % 3600) / 60) as u32,
            (rem % 60) as u32,
        )),
        offset: Some(0),
    })
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// Month names and abbreviations in the languages the corpora show, by
/// month number. Matched on the lowercase word's prefix where noted.
const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // Indonesian / Malay
    ("januari", 1),
    ("februari", 2),
    ("maret", 3),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("agustus", 8),
    ("oktober", 10),
    ("desember", 12),
    ("agu", 8),
    ("agt", 8),
    ("okt", 10),
    ("des", 12),
    ("mac", 3),
    ("ogos", 8),
    ("disember", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("dezember", 12),
    ("mär", 3),
    ("dez", 12),
    // Dutch
    ("januari", 1),
    ("maart", 3),
    ("mrt", 3),
    ("augustus", 8),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("dic", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    ("fev", 2),
    ("set", 9),
    ("out", 10),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("gen", 1),
    ("mag", 5),
    ("giu", 6),
    ("lug", 7),
    ("ott", 10),
    // Polish (genitive, as dates are written)
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Czech
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Russian (genitive) and Ukrainian
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    // Greek (genitive)
    ("ιανουαρίου", 1),
    ("φεβρουαρίου", 2),
    ("μαρτίου", 3),
    ("απριλίου", 4),
    ("μαΐου", 5),
    ("ιουνίου", 6),
    ("ιουλίου", 7),
    ("αυγούστου", 8),
    ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10),
    ("νοεμβρίου", 11),
    ("δεκεμβρίου", 12),
    // Turkish
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    // Swedish / Danish / Norwegian
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("maj", 5),
    ("juni", 6),
    ("juli", 7),
    ("augusti", 8),
    ("oktober", 10),
    ("desember", 12),
    ("marts", 3),
    ("okt", 10),
    // Romanian
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    // Vietnamese is written "tháng 6" (month 6): handled by numbers.
];

/// Whether a word names a month ("Dec", "Juni", "августа").
pub(crate) fn is_month_word(word: &str) -> bool {
    !word.is_empty() && month_from_word(word).is_some()
}

/// Weekday names and their usual abbreviations in the languages the dates
/// module reads (English, German, Indonesian, Russian, Polish, Greek...).
pub(crate) fn is_weekday_word(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    matches!(
        w.as_str(),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "samstag"
            | "sonntag"
            | "senin"
            | "selasa"
            | "rabu"
            | "kamis"
            | "jumat"
            | "sabtu"
            | "minggu"
            | "понедельник"
            | "вторник"
            | "среда"
            | "четверг"
            | "пятница"
            | "суббота"
            | "воскресенье"
            | "poniedziałek"
            | "wtorek"
            | "środa"
            | "czwartek"
            | "piątek"
            | "sobota"
            | "niedziela"
            | "δευτέρα"
            | "τρίτη"
            | "τετάρτη"
            | "πέμπτη"
            | "παρασκευή"
            | "σάββατο"
            | "κυριακή"
    )
}

fn month_from_word(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS.iter().find(|(name, _)| *name == w).map(|&(_, m)| m)
}

/// Parses a date as people write it: day-month-year or month-day-year with
/// month names, numeric `13/06/2023` (day first unless impossible), CJK
/// `2023年6月13日`, optionally followed by a clock and a zone.
pub(crate) fn parse_human(text: &str) -> Option<DateTime> {
    if text.len() > 300 {
        return None;
    }
    parse_cjk(text)
        .or_else(|| parse_words(text))
        .filter(DateTime::is_plausible)
}

/// `2023年6月13日 12:57` and `2023년 6월 13일`.
fn parse_cjk(text: &str) -> Option<DateTime> {
    let (y_pos, y_mark) = text
        .char_indices()
        .find(|(_, c)| *c == '年' || *c == '년')?;
    let year: i32 = text[..y_pos]
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let rest = &text[y_pos + y_mark.len_utf8()..];
    let (m_pos, m_mark) = rest
        .char_indices()
        .find(|(_, c)| *c == '月' || *c == '월')?;
    let month: u32 = rest[..m_pos].trim().parse().ok()?;
    let rest = &rest[m_pos + m_mark.len_utf8()..];
    let (d_pos, d_mark) = rest
        .char_indices()
        .find(|(_, c)| *c == '日' || *c == '일')?;
    let day: u32 = rest[..d_pos].trim().parse().ok()?;
    let rest = &rest[d_pos + d_mark.len_utf8()..];
    let mut dt = DateTime {
        year,
        month,
        day,
        time: None,
        offset: None,
    };
    attach_clock(&mut dt, rest);
    Some(dt)
}

/// Dates written with words or numbers separated by spaces and punctuation.
fn parse_words(text: &str) -> Option<DateTime> {
    // Tokens: runs of letters, runs of digits; a clock stays whole.
    let tokens: Vec<(usize, &str)> = without_ordinal_suffixes(tokenize(text));
    for (i, &(_, tok)) in tokens.iter().enumerate() {
        // Day Month Year ("13 Jun 2023", "13. Juni 2023", "13 июня 2023").
        if let (Some(day), Some(&(_, m)), Some(&(end, y))) =
            (number(tok, 1, 31), tokens.get(i + 1), tokens.get(i + 2))
        {
            if let (Some(month), Some(year)) = (month_from_word(m), year_of(y)) {
                return Some(finish(year, month, day, &text[end + y.len()..]));
            }
        }
        // Month Day, Year ("June 13, 2023").
        if let Some(month) = month_from_word(tok) {
            if let (Some(&(_, d)), Some(&(end, y))) = (tokens.get(i + 1), tokens.get(i + 2)) {
                if let (Some(day), Some(year)) = (number(d, 1, 31), year_of(y)) {
                    return Some(finish(year, month, day, &text[end + y.len()..]));
                }
            }
        }
    }
    // Numeric dates: 13/06/2023, 13.06.2023, 06-13-2023; and year first,
    // as East Asia, Scandinavia and ISO write them: 2023-06-13, 2023/06/13,
    // 2023. 06. 13.
    for (i, &(_, tok)) in tokens.iter().enumerate() {
        if let Some(date) = year_first(text, &tokens[i..]) {
            return Some(date);
        }
        let (Some(a), Some(&(_, b)), Some(&(end, c))) =
            (number(tok, 1, 31), tokens.get(i + 1), tokens.get(i + 2))
        else {
            continue;
        };
        let (Some(b), Some(year)) = (number(b, 1, 31), year_of(c)) else {
            continue;
        };
        if c.len() != 4 {
            continue;
        }
        // Day first, as most of the world writes; month first when the
        // first number cannot be a month's day order otherwise.
        let (day, month) = if b > 12 { (b, a) } else { (a, b) };
        if month > 12 {
            continue;
        }
        return Some(finish(year, month, day, &text[end + 4..]));
    }
    None
}

/// `2023-06-13`, `2023/6/13`, `2023.06.13` (with or without a space after
/// each dot) at the start of `tokens`: a four-digit year, a month and a
/// day, joined by the same separator; the text after the day may hold a
/// clock.
fn year_first(text: &str, tokens: &[(usize, &str)]) -> Option<DateTime> {
    let [(y_at, y), (m_at, m), (d_at, d), ..] = tokens else {
        return None;
    };
    let year = year_of(y)?;
    let month = number(m, 1, 12)?;
    let day = number(d, 1, 31)?;
    let first_gap = text[y_at + y.len()..*m_at].trim_end();
    let second_gap = text[m_at + m.len()..*d_at].trim_end();
    if first_gap != second_gap || !matches!(first_gap, "-" | "/" | ".") {
        return None;
    }
    // The day must end the number: "2023-06-135" is not a date.
    let rest = &text[d_at + d.len()..];
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(finish(
        year,
        month,
        day,
        rest.trim_start_matches(['.', 'T']),
    ))
}

/// Drops the English ordinal suffix glued to a day ("September 1st, 2023",
/// "the 22nd of May"), so that the day is followed by the month or year.
fn without_ordinal_suffixes(tokens: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::with_capacity(tokens.len());
    for (pos, tok) in tokens {
        let after_number = out.last().is_some_and(|&(p, t): &(usize, &str)| {
            p + t.len() == pos && t.bytes().all(|b| b.is_ascii_digit())
        });
        let suffix = matches!(tok.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th");
        if !(after_number && suffix) {
            out.push((pos, tok));
        }
    }
    out
}

fn finish(year: i32, month: u32, day: u32, rest: &str) -> DateTime {
    let mut dt = DateTime {
        year,
        month,
        day,
        time: None,
        offset: None,
    };
    attach_clock(&mut dt, rest);
    dt
}

/// Reads "12:57 WIB", ", 5:57 pm EDT", "um 12:57 Uhr", "at 10.30" after a date.
fn attach_clock(dt: &mut DateTime, rest: &str) {
    let rest = rest.trim_start_matches(|c: char| {
        !c.is_ascii_digit()
            && (c.is_whitespace() || c.is_ascii_punctuation() || c.is_alphabetic())
            && c != '\n'
    });
    let rest = rest.trim_start();
    let Some(((mut h, m, s), after)) = parse_clock(rest) else {
        return;
    };
    let after_trim = after.trim_start();
    let lower = after_trim.to_ascii_lowercase();
    let mut after_zone = after_trim;
    if lower.starts_with("pm") || lower.starts_with("p.m.") {
        if h < 12 {
            h += 12;
        }
        after_zone = after_trim.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    } else if lower.starts_with("am") || lower.starts_with("a.m.") {
        if h == 12 {
            h = 0;
        }
        after_zone = after_trim.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    }
    dt.time = Some((h, m, s));
    let zone_text = after_zone.trim_start().trim_start_matches(['(', ',']);
    dt.offset = parse_offset(
        zone_text
            .split(|c: char| c.is_whitespace() || c == ')')
            .next()
            .unwrap_or(""),
    );
}

fn tokenize(text: &str) -> Vec<(usize, &str)> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut kind = 0u8;
    for (i, c) in text.char_indices() {
        let k = if c.is_ascii_digit() {
            1
        } else if c.is_alphabetic() {
            2
        } else {
            0
        };
        if k != kind || k == 0 {
            if let Some(s) = start.take() {
                tokens.push((s, &text[s..i]));
            }
            if k != 0 {
                start = Some(i);
            }
            kind = k;
        }
        if tokens.len() > 64 {
            break;
        }
    }
    if let Some(s) = start {
        tokens.push((s, &text[s..]));
    }
    tokens
}

fn number(tok: &str, min: u32, max: u32) -> Option<u32> {
    if tok.is_empty() || tok.len() > 2 || !tok.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = tok.parse().ok()?;
    (min..=max).contains(&n).then_some(n)
}

fn year_of(tok: &str) -> Option<i32> {
    if tok.len() != 4 || !tok.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    tok.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_machine(s).map(DateTime::to_iso)
    }

    #[test]
    fn machine_formats() {
        assert_eq!(
            iso("2023-06-13T12:57:46+07:00").as_deref(),
            Some("2023-06-13T12:57:46+07:00")
        );
        assert_eq!(
            iso("2023-06-13T05:57:46.123Z").as_deref(),
            Some("2023-06-13T05:57:46Z")
        );
        assert_eq!(
            iso("2023/06/13 12:57:46").as_deref(),
            Some("2023-06-13T12:57:46")
        );
        assert_eq!(iso("2023-06-13").as_deref(), Some("2023-06-13"));
        assert_eq!(iso("20230613").as_deref(), Some("2023-06-13"));
        assert_eq!(
            iso("2023-06-13T12:57:46+0700").as_deref(),
            Some("2023-06-13T12:57:46+07:00")
        );
        assert_eq!(
            iso("Tue, 13 Jun 2023 05:57:46 GMT").as_deref(),
            Some("2023-06-13T05:57:46Z")
        );
        assert_eq!(iso("1686635866").as_deref(), Some("2023-06-13T05:57:46Z"));
        assert_eq!(iso("2023-02-30"), None);
        assert_eq!(iso("not a date"), None);
    }

    #[test]
    fn a_character_of_several_bytes_anywhere_is_no_panic() {
        // Found by the fuzzer: "2024-01-0" and a replacement character,
        // where slicing the day's two bytes cut the character.
        assert_eq!(iso("2024-01-0\u{fffd}"), None);
        let date = "2024-01-02T10:20:30+07:00";
        for (at, _) in date.char_indices() {
            for c in ['\u{fffd}', 'é', '日', '𝟘'] {
                let mut v = date.to_string();
                v.insert(at, c);
                let _ = iso(&v);
                v.replace_range(at..at + c.len_utf8(), "");
                v.replace_range(at..=at, &c.to_string());
                let _ = iso(&v);
            }
        }
    }

    #[test]
    fn indonesian_news_dates() {
        assert_eq!(
            parse_human("Selasa, 13 Jun 2023 12:57 WIB")
                .map(DateTime::to_iso)
                .as_deref(),
            Some("2023-06-13T12:57:00+07:00")
        );
        assert_eq!(
            parse_human("Kamis, 1 Agustus 2024 | 08.15 WITA")
                .map(DateTime::to_iso)
                .as_deref(),
            Some("2024-08-01T08:15:00+08:00")
        );
    }

    #[test]
    fn other_languages() {
        let cases = [
            ("June 13, 2023 at 5:57 pm EDT", "2023-06-13T17:57:00-04:00"),
            ("13. Juni 2023, 12:57 Uhr", "2023-06-13T12:57:00"),
            ("13 июня 2023, 12:57", "2023-06-13T12:57:00"),
            ("13 czerwca 2023", "2023-06-13"),
            ("2023年6月13日 12:57", "2023-06-13T12:57:00"),
            ("2023년 6월 13일", "2023-06-13"),
            ("13/06/2023", "2023-06-13"),
            ("06/13/2023", "2023-06-13"),
            ("Published 13 Μαΐου 2023", "2023-05-13"),
            ("le 3 février 2021 à 10:05", "2021-02-03T10:05:00"),
            ("September 1st, 2023", "2023-09-01"),
            ("22nd May 2024", "2024-05-22"),
            ("by Jon Foster - 2025-09-13", "2025-09-13"),
            ("#1 2025-11-01 15:14:37", "2025-11-01T15:14:37"),
            ("发布于 2023/6/13", "2023-06-13"),
            ("2023. 06. 13. 12:57", "2023-06-13T12:57:00"),
        ];
        for (text, want) in cases {
            assert_eq!(
                parse_human(text).map(DateTime::to_iso).as_deref(),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn year_first_needs_one_separator_and_a_whole_day() {
        for text in [
            "2023 06 13",
            "2023-06/13",
            "2023-06-135",
            "2023-13-01",
            "1999 - 2023 - 12",
        ] {
            assert_eq!(parse_human(text).map(DateTime::to_iso), None, "{text}");
        }
    }
}
