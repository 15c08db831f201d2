//! When Shift pressed three times means "quick exit" (GOV.UK's "Exit this
//! page"): three presses of Shift on its own within a second. Shift used
//! with another key (Shift+Tab to go back a field, a capital letter) is no
//! press, and any other key starts the count again: a keyboard user going
//! back three fields, or someone typing "ABC", must not lose the screen.
//! Pure: the UI passes the page's key events in (`ui::components::quick_exit`).

/// Three presses within this many milliseconds.
pub const WINDOW_MS: f64 = 1000.0;

/// The presses so far. Feed it every keydown and keyup of the page.
#[derive(Debug, Default, Clone)]
pub struct ExitKeys {
    /// Shift went down, and no other key since.
    shift_alone: bool,
    /// When the counted presses ended (keyup), oldest first.
    presses: Vec<f64>,
}

impl ExitKeys {
    /// A key went down (`KeyboardEvent.key`; `repeat`: held down;
    /// `composing`: an IME, which uses Shift while composing text).
    pub fn down(&mut self, key: &str, repeat: bool, composing: bool) {
        if key != "Shift" {
            // Shift as a modifier, or another key between presses.
            self.shift_alone = false;
            self.presses.clear();
        } else if composing {
            self.shift_alone = false;
        } else if !repeat {
            self.shift_alone = true;
        }
    }

    /// A key went up at `at` milliseconds (a clock that only goes
    /// forward): true when this ends the third press of Shift on its own
    /// within [`WINDOW_MS`]. The count then starts again.
    pub fn up(&mut self, key: &str, composing: bool, at: f64) -> bool {
        if key != "Shift" || !std::mem::take(&mut self.shift_alone) || composing {
            return false;
        }
        self.presses.retain(|t| at - t < WINDOW_MS);
        self.presses.push(at);
        if self.presses.len() < 3 {
            return false;
        }
        self.presses.clear();
        true
    }
}
