//! Remembered preferences (language, theme) in the browser's local storage.
//! Storage may be unavailable (private modes, blocked cookies): then nothing
//! is remembered and nothing fails.

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The value remembered under `key`.
pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Remembers `value` under `key`, if storage is available.
pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}
