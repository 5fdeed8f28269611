//! The app's effects on the browser, each a Yew hook of its own so the root component is composition
//! only: the deep link in the URL ([`url`]), the corpora in the browser's store and the bundled corpus
//! ([`library`]), the analysis in a worker with the page as fallback ([`analysis`]), and the new-version
//! check of the service worker ([`update`]). Each turns browser events into `state::Action`s and never
//! decides anything itself: the rules are in `state`.

pub mod analysis;
pub mod library;
pub mod update;
pub mod url;
