//! Stage 1, **text**: one article's text → typed paragraphs → sentences → comparable terms.
//!
//! Takes an article's text (already decoded, see `formats::import`); gives paragraphs with their kind
//! (headline, subheading, body, list item, boilerplate…), sentences with byte offsets into the original,
//! and the normalised terms the later stages compare. Nothing here looks at another article.
//!
//! - `document.rs`: paragraphs by line shape, datelines, labels.
//! - `sentence.rs`: sentence boundaries in news prose; `sentence_bounds.rs`: the UAX #29 ones beneath.
//! - `normalize.rs`: words → terms (case, accents, spelling variants, stems, numbers as values);
//!   `folded.rs`: a folded word without a copy where folding changes nothing; `spelling.rs`: British
//!   spellings → American ones.
//! - `numbers.rs`: number words and numerals → values; `numbers_math.rs`: bit-identical `ln`.
//! - `stopwords.rs`: function words and the language guess; `synonyms.rs`: newsroom synonyms.
//! - `words.rs`: UAX #29 words, with the ASCII stretches of a text on unicode-segmentation's quick path.

pub mod document;
pub mod folded;
pub mod normalize;
pub mod numbers;
pub mod numbers_math;
pub mod sentence;
pub mod sentence_bounds;
pub mod spelling;
pub mod stopwords;
pub mod synonyms;
pub mod words;
