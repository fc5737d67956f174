//! Duration values: `P3D`, `PT5H`, `PXY`, and "and a half" ones (`P2Y6M`, `PT1M30S`).

/// Years in a decade and a century: news annotation writes "two decades" as `P20Y`.
const YEARS_PER_UNIT: [(&str, i64); 2] = [("DE", 10), ("CE", 100)];

/// `P{number}{unit}` (or `PT…` for the `T`-prefixed time units of the `unit` table); a
/// counted number of decades or centuries in years ("two decades" → `P20Y`).
pub fn duration_value(number: &str, unit: &str) -> String {
    let in_years = YEARS_PER_UNIT.iter().find(|(code, _)| *code == unit);
    if let (Some((_, per)), Ok(count)) = (in_years, number.parse::<i64>())
        && let Some(years) = count.checked_mul(*per)
    {
        return format!("P{years}Y");
    }
    match unit.strip_prefix('T') {
        Some(time_unit) => format!("PT{number}{time_unit}"),
        None => format!("P{number}{unit}"),
    }
}

/// `whole` units and a half: "2 1/2 years" → `P2Y6M`, "a minute and a half" → `PT1M30S`,
/// "half an hour" (`whole` 0) → `PT30M`. The half is written in the next smaller unit, as
/// TIMEX3 values have no fractions; `None` for a unit without one (seconds).
pub fn and_a_half(whole: i64, unit: &str) -> Option<String> {
    let whole = |per: i64, extra: i64| whole.checked_mul(per)?.checked_add(extra);
    let with_half = |big: &str, small: &str, half: i64| {
        let whole = whole(1, 0)?;
        Some(if whole > 0 {
            format!("{whole}{big}{half}{small}")
        } else {
            format!("{half}{small}")
        })
    };
    Some(match unit {
        "Y" => format!("P{}", with_half("Y", "M", 6)?),
        "M" => format!("P{}", with_half("M", "D", 15)?),
        "D" => match whole(1, 0)? {
            0 => "PT12H".to_owned(),
            days => format!("P{days}DT12H"),
        },
        "W" => format!("P{}DT12H", whole(7, 3)?),
        "Q" => format!("P{}M15D", whole(3, 1)?),
        "DE" => format!("P{}Y", whole(10, 5)?),
        "CE" => format!("P{}Y", whole(100, 50)?),
        "TH" => format!("PT{}", with_half("H", "M", 30)?),
        "TM" => format!("PT{}", with_half("M", "S", 30)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_are_written_in_the_next_smaller_unit() {
        assert_eq!(and_a_half(2, "Y").as_deref(), Some("P2Y6M"));
        assert_eq!(and_a_half(5, "TH").as_deref(), Some("PT5H30M"));
        assert_eq!(and_a_half(1, "TM").as_deref(), Some("PT1M30S"));
        assert_eq!(and_a_half(0, "TH").as_deref(), Some("PT30M"));
        assert_eq!(and_a_half(0, "Y").as_deref(), Some("P6M"));
        assert_eq!(and_a_half(1, "D").as_deref(), Some("P1DT12H"));
        assert_eq!(and_a_half(2, "DE").as_deref(), Some("P25Y"));
        assert_eq!(and_a_half(1, "W").as_deref(), Some("P10DT12H"));
        assert_eq!(and_a_half(0, "D").as_deref(), Some("PT12H"));
        assert_eq!(and_a_half(1, "TS"), None);
        assert_eq!(and_a_half(i64::MAX, "DE"), None);
    }

    #[test]
    fn time_units_take_the_t() {
        assert_eq!(duration_value("5", "TH"), "PT5H");
        assert_eq!(duration_value("X", "Y"), "PXY");
        assert_eq!(duration_value("2", "DE"), "P20Y");
        assert_eq!(duration_value("X", "DE"), "PXDE");
        assert_eq!(duration_value("3", "CE"), "P300Y");
    }
}
