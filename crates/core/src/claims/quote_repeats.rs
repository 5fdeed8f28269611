//! Quotations an article prints twice: a standfirst or pull quote repeats words the article quotes again
//! with their speaker, so the unattributed copy takes that speaker (see [`speakers_of_repeated_words`]).

use crate::claims::quotes::Quote;
use rustc_hash::FxHashMap;

/// Words of a quotation for comparing repeats: lower case, letters and digits only.
fn quote_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// A quotation the article repeats: a standfirst or pull quote printing words that the article quotes
/// again with its speaker ("'I love this country …'" under the headline, then "“I love this country
/// …,” he said"). An unattributed quotation of at least three words that is, word for word, part of
/// one speaker's attributed quotations in the same article is theirs (attribution `repeated`); when
/// the words are in quotations of different speakers it stays unattributed. Linear: each attributed
/// quotation's word windows are indexed once, and each lookup checks a bounded number of places.
pub fn speakers_of_repeated_words(quotes: &mut [Quote]) {
    const WINDOW: usize = 3;
    const PLACES: usize = 8;
    let words: Vec<Vec<String>> = quotes.iter().map(|q| quote_words(&q.text)).collect();
    let mut at: FxHashMap<&[String], Vec<(usize, usize)>> = FxHashMap::default();
    for (i, q) in quotes.iter().enumerate() {
        if q.speaker.is_none() {
            continue;
        }
        for (k, w) in words[i].windows(WINDOW).enumerate() {
            let places = at.entry(w).or_default();
            if places.len() < PLACES {
                places.push((i, k));
            }
        }
    }
    let mut found: Vec<(usize, String)> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let w = &words[i];
        if q.speaker.is_some() || w.len() < WINDOW {
            continue;
        }
        let mut speakers: Vec<&str> = at
            .get(&w[..WINDOW])
            .into_iter()
            .flatten()
            .filter(|&&(r, k)| words[r].get(k..k + w.len()) == Some(w.as_slice()))
            .filter_map(|&(r, _)| quotes[r].speaker.as_deref())
            .collect();
        // One person under several written forms ("David Cameron", "Cameron") is one speaker; the
        // fullest form is kept.
        crate::sort::sort_by_key(&mut speakers, |s| {
            (crate::claims::speaker_resolution::speaker_key(s), std::cmp::Reverse(s.len()))
        });
        speakers.dedup_by_key(|s| crate::claims::speaker_resolution::speaker_key(s));
        if let [one] = speakers.as_slice() {
            found.push((i, one.to_string()));
        }
    }
    for (i, speaker) in found {
        quotes[i].speaker = Some(speaker);
        quotes[i].attribution = "repeated".into();
    }
}
