//! Rule values: a template (`{year}-{month}-{day}`, `PRESENT_REF`) or a function of the
//! captures and the reference date (`ref(day, -1)`, `weekday({weekday})`, `duration({number}, {unit})`).

/// One argument of a function value.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// `{name}`: a capture, normalised.
    Capture(String),
    /// `-{name}`: a numeric capture, negated.
    NegatedCapture(String),
    Int(i64),
    /// A bare word: a unit (`day`, `year`) or a code (`MO`).
    Word(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Func {
    /// `ref(unit, offset)`: the unit containing the reference date, shifted.
    Ref,
    /// `ago(unit, offset)`: as `ref`, but "three weeks ago" places its event on the day that
    /// many weeks back (approximately), not anywhere in the ISO week that contains that day.
    Ago,
    /// `shift(unit, offset)`: the anchor (for anaphoric rules; else the reference date) moved
    /// by whole units, at the anchor's precision: "a year earlier".
    Shift,
    /// `weekday(day[, offset])`: that weekday before/after the reference date.
    Weekday,
    /// `yearless(month[, day])`: the nearest such month/day, by tense.
    Yearless,
    /// `named_month(month, offset)`: last/this/next April.
    NamedMonth,
    /// `season(season)`: "the summer", the occurrence the tense picks.
    Season,
    /// `named_season(season, offset)`.
    NamedSeason,
    /// `month_in_year(month, year_offset)`: "June last year".
    MonthInYear,
    /// `duration(number, unit)`: `P3D`, `PT5H`, `PXY`.
    Duration,
    /// `half_more(number, unit)`: "2 1/2 years" → `P2Y6M`.
    HalfMore,
    /// `quarter(n[, year])`; `n` may be `reported`, the last completed quarter's number.
    Quarter,
    /// `quarter_in_year(n, year_offset)`: "next year's first quarter" → `2017-Q1`.
    QuarterInYear,
    /// `half(n[, year])`: "the second half of 2014" → `2014-H2`.
    Half,
    /// `half_in_year(n, year_offset)`: "the first half of next year" → `2017-H1`.
    HalfInYear,
    /// `time(hour[, minute[, ampm]])` on the reference date.
    Time,
    /// `weekday_time(weekday, hour[, minute[, ampm]])`: "9 a.m. Tuesday".
    WeekdayTime,
    /// `date_time(month, day, hour, minute, ampm[, year])`: "5 p.m. EST Nov. 9".
    DateTime,
    /// `day_part(offset, part)`: `2016-10-26TNI` for "last night".
    DayPart,
    /// `weekday_part(weekday, part)`.
    WeekdayPart,
    /// `decade(year)`: "1980s" → `198`.
    Decade,
    /// `century(ordinal)`: "19th century" → `18`.
    Century,
    /// `holiday(name[, offset])`: "Thanksgiving" by tense, "last Christmas" by offset.
    Holiday,
    /// `holiday_in(name, year)`: "Christmas 1998".
    HolidayIn,
    /// `holiday_in_year(name, year_offset)`: "Valentine's Day last year".
    HolidayInYear,
    /// `day_in_year(month, day, year_offset)`: "March 5 last year".
    DayInYear,
    /// `weekend([offset])`: `2016-W42-WE`; without an offset the tense picks the weekend.
    Weekend,
}

impl Func {
    fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "ref" => Self::Ref,
            "ago" => Self::Ago,
            "weekday" => Self::Weekday,
            "shift" => Self::Shift,
            "yearless" => Self::Yearless,
            "named_month" => Self::NamedMonth,
            "named_season" => Self::NamedSeason,
            "season" => Self::Season,
            "month_in_year" => Self::MonthInYear,
            "duration" => Self::Duration,
            "quarter" => Self::Quarter,
            "quarter_in_year" => Self::QuarterInYear,
            "half" => Self::Half,
            "half_in_year" => Self::HalfInYear,
            "half_more" => Self::HalfMore,
            "time" => Self::Time,
            "weekday_time" => Self::WeekdayTime,
            "day_part" => Self::DayPart,
            "date_time" => Self::DateTime,
            "weekday_part" => Self::WeekdayPart,
            "decade" => Self::Decade,
            "century" => Self::Century,
            "weekend" => Self::Weekend,
            "holiday" => Self::Holiday,
            "holiday_in" => Self::HolidayIn,
            "holiday_in_year" => Self::HolidayInYear,
            "day_in_year" => Self::DayInYear,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Literal(String),
    Capture(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ValueExpr {
    Template(Vec<Piece>),
    Call { func: Func, args: Vec<Arg> },
}

fn parse_template(text: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            pieces.push(Piece::Literal(rest[..open].to_owned()));
        }
        let close = rest[open..].find('}').ok_or("unclosed `{` in value")? + open;
        pieces.push(Piece::Capture(rest[open + 1..close].replace(':', "__")));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest.to_owned()));
    }
    Ok(pieces)
}

fn parse_arg(text: &str) -> Result<Arg, String> {
    let text = text.trim();
    let capture = |t: &str| {
        t.strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .map(|n| n.replace(':', "__"))
    };
    if let Some(name) = capture(text) {
        return Ok(Arg::Capture(name));
    }
    if let Some(name) = text.strip_prefix('-').and_then(capture) {
        return Ok(Arg::NegatedCapture(name));
    }
    if let Ok(number) = text.trim_start_matches('+').parse::<i64>() {
        return Ok(Arg::Int(number));
    }
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Ok(Arg::Word(text.to_owned()));
    }
    Err(format!("bad argument `{text}` in value"))
}

impl ValueExpr {
    pub fn parse(text: &str) -> Result<Self, String> {
        if let Some((name, rest)) = text.split_once('(')
            && let Some(func) = Func::from_name(name.trim())
        {
            let inner = rest
                .strip_suffix(')')
                .ok_or_else(|| format!("`{text}`: missing `)`"))?;
            let args = if inner.trim().is_empty() {
                Vec::new()
            } else {
                inner.split(',').map(parse_arg).collect::<Result<Vec<_>, _>>()?
            };
            return Ok(Self::Call { func, args });
        }
        Ok(Self::Template(parse_template(text)?))
    }

    /// The capture groups the value reads.
    pub fn captures(&self) -> Vec<&str> {
        match self {
            Self::Template(pieces) => pieces
                .iter()
                .filter_map(|p| match p {
                    Piece::Capture(name) => Some(name.as_str()),
                    Piece::Literal(_) => None,
                })
                .collect(),
            Self::Call { args, .. } => args
                .iter()
                .filter_map(|a| match a {
                    Arg::Capture(name) | Arg::NegatedCapture(name) => Some(name.as_str()),
                    _ => None,
                })
                .collect(),
        }
    }
}
