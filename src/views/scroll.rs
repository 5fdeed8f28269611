//! Scrolling columns so that linked sentences sit level with each other. Browser-only geometry
//! (bounding rectangles, smooth scrolling); the decisions of *which* sentences to line up are made in
//! `state`.

use crate::state::links::LinkIndex;
use crate::state::SentenceRef;
use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, HtmlElement, ScrollBehavior, ScrollToOptions};

fn sentence_element(at: SentenceRef) -> Option<Element> {
    gloo::utils::document().get_element_by_id(&format!("s-{}-{}", at.0, at.1))
}

fn column_body(element: &Element) -> Option<Element> {
    element.closest(".column-body").ok().flatten()
}

fn scroll_by(body: &Element, delta: f64) {
    if delta.abs() < 1.0 {
        return;
    }
    let options = ScrollToOptions::new();
    options.set_top(delta);
    options.set_behavior(ScrollBehavior::Smooth);
    body.scroll_by_with_scroll_to_options(&options);
}

/// Where the open detail panel is (beside the columns, over them as a drawer, or a bottom sheet).
fn open_panel_rect() -> Option<DomRect> {
    let panel = gloo::utils::document().query_selector(".detail.is-open").ok().flatten()?;
    Some(panel.get_bounding_client_rect())
}

/// Scrolls the row of columns sideways so that the column holding `element` is wholly in view (columns
/// that do not fit scroll under the detail panel's edge otherwise; a pinned sentence must never sit
/// there).
fn bring_column_into_view(element: &Element) {
    let Some(column) = element.closest(".column").ok().flatten() else { return };
    let Some(row) = column.closest(".columns").ok().flatten() else { return };
    let (c, r) = (column.get_bounding_client_rect(), row.get_bounding_client_rect());
    if c.width() == 0.0 {
        return;
    }
    // The row's part the reader sees: left of the panel when it lies over the columns (a drawer).
    let right = open_panel_rect()
        .filter(|p| p.left() > r.left() + 1.0 && p.left() < r.right() - 1.0)
        .map_or(r.right(), |p| p.left());
    let delta = if c.left() < r.left() || c.width() > right - r.left() {
        c.left() - r.left()
    } else if c.right() > right {
        c.right() - right
    } else {
        return;
    };
    let options = ScrollToOptions::new();
    options.set_left(delta);
    // Instant: the vertical levelling that follows measures positions right away.
    options.set_behavior(ScrollBehavior::Instant);
    row.scroll_by_with_scroll_to_options(&options);
}

/// Whether the element is a shown column (on a narrow screen only one column is).
fn is_shown(element: &Element) -> bool {
    element.get_bounding_client_rect().width() > 0.0
}

/// Lines up every other shown column with the pinned sentence: each column scrolls so that its best
/// counterpart's top is level with the pinned sentence's top. The pinned sentence's own column moves
/// only if the sentence is out of view (a keyboard move), and then to a third of the way down.
pub fn align_with_pinned(pinned: SentenceRef, visible: &[usize], links: &LinkIndex) {
    let Some(element) = sentence_element(pinned) else { return };
    bring_column_into_view(&element);
    let Some(body) = column_body(&element) else { return };
    let body_rect = body.get_bounding_client_rect();
    let rect = element.get_bounding_client_rect();
    // The part of the column the reader can see: above the bottom sheet when one covers it (phones).
    let bottom = open_panel_rect()
        .filter(|s| s.top() > body_rect.top() && s.left() <= body_rect.left() + 1.0)
        .map_or(body_rect.bottom(), |s| s.top().min(body_rect.bottom()));
    let seen = (bottom - body_rect.top()).max(0.0);
    let mut level = rect.top();
    // Out of view, or too little of it shown above the sheet (its first lines: up to 96 px of it).
    if rect.top() < body_rect.top() || rect.top() > bottom - rect.height().min(96.0).min(seen / 2.0) {
        let target = body_rect.top() + (seen / 4.0).min(120.0);
        scroll_by(&body, rect.top() - target);
        level = target;
    }
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&options);
    }
    for &doc in visible.iter().filter(|d| **d != pinned.0) {
        let Some(counterpart) = links.best_in(pinned, doc).and_then(sentence_element) else { continue };
        if !is_shown(&counterpart) {
            continue;
        }
        if let Some(other_body) = column_body(&counterpart) {
            scroll_by(&other_body, counterpart.get_bounding_client_rect().top() - level);
        }
    }
}

/// Brings `target` into view: level with `level_with` when that is shown in another column, else
/// centred in its own column.
pub fn reveal(target: SentenceRef, level_with: Option<SentenceRef>) {
    let Some(element) = sentence_element(target) else { return };
    bring_column_into_view(&element);
    let Some(body) = column_body(&element) else { return };
    let top = element.get_bounding_client_rect().top();
    let level = level_with
        .filter(|l| l.0 != target.0)
        .and_then(sentence_element)
        .filter(is_shown)
        .map(|l| l.get_bounding_client_rect().top());
    match level {
        Some(level) => scroll_by(&body, top - level),
        None => {
            let body_rect = body.get_bounding_client_rect();
            scroll_by(&body, top - (body_rect.top() + (body_rect.height() / 3.0).min(120.0)));
        }
    }
    element.class_list().add_1("is-flash").ok();
    let element = element.clone();
    gloo::timers::callback::Timeout::new(1200, move || {
        element.class_list().remove_1("is-flash").ok();
    })
    .forget();
}

/// Records how long the last hover took to reach the screen (Performance API measure
/// `hover-to-highlight`, from the `hover-start` mark set by the column).
pub fn measure_hover() {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return };
    if performance.get_entries_by_name_with_entry_type("hover-start", "mark").length() > 0 {
        let _ = performance.measure_with_start_mark("hover-to-highlight", "hover-start");
        performance.clear_marks_with_mark_name("hover-start");
    }
}
