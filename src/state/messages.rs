//! What the page tells the reader besides the articles: messages (import results, storage problems),
//! each dismissed by the reader, and the progress of the analysis being prepared.

use parallax_core::Stage;

/// How a message should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Warning,
    Error,
}

/// A message in the page; dismissed by the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: u32,
    pub kind: MessageKind,
    pub title: String,
    pub lines: Vec<String>,
}

/// The messages on screen, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    pub list: Vec<Message>,
    next: u32,
}

impl Default for Messages {
    fn default() -> Self {
        Messages { list: Vec::new(), next: 1 }
    }
}

impl Messages {
    /// Adds a message; a new confirmation replaces the previous one (warnings and errors stay until
    /// dismissed, so no refusal goes unseen).
    pub fn notify(&mut self, kind: MessageKind, title: &str, lines: Vec<String>) {
        if kind == MessageKind::Info {
            self.list.retain(|m| m.kind != MessageKind::Info);
        }
        self.list.push(Message { id: self.next, kind, title: title.to_string(), lines });
        self.next += 1;
    }

    pub fn dismiss(&mut self, id: u32) {
        self.list.retain(|m| m.id != id);
    }

    /// Clears all but errors (a new import's results make way for the last one's).
    pub fn keep_errors(&mut self) {
        self.list.retain(|m| m.kind == MessageKind::Error);
    }
}

/// The analysis in progress for the current corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub corpus: String,
    pub revision: u64,
    pub articles: usize,
    pub stage: Stage,
}
