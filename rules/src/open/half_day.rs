//! How half a day of credit is counted (CC Art. 62 part 3 item 2: a day and a half for each day
//! held in medium security; part 4: a day for two of house arrest). Status: OPEN (legal brief
//! §8): the text counts credit in days and does not say what becomes of a half; no source was
//! found. The pack's first reading counts it as a whole day served (in the convict's favour); the
//! other drops it; both are computed and the other is shown where it changes a date.

use crate::pack::HalfDay;

/// Whole days credited for `whole` days and a half, under a reading.
pub fn count(whole: u64, half: HalfDay) -> u64 {
    match half {
        HalfDay::Up => whole + 1,
        HalfDay::Down => whole,
    }
}

/// The other reading.
pub fn other(half: HalfDay) -> HalfDay {
    match half {
        HalfDay::Up => HalfDay::Down,
        HalfDay::Down => HalfDay::Up,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_day_counted_or_dropped() {
        assert_eq!(count(247, HalfDay::Up), 248);
        assert_eq!(count(247, HalfDay::Down), 247);
        assert_eq!(other(other(HalfDay::Up)), HalfDay::Up);
    }
}
