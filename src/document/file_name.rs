//! Safe file names for downloads: `plan-familie-jansen-2026-11-22.html`.
//! Only `[a-z0-9-]` plus the extension, so the name survives every file
//! system, mail program and USB stick.

/// Longest household part of the name, in characters.
const MAX_NAME: usize = 40;

/// `plan-<household>-<date>.<ext>`: lowercase ASCII, diacritics folded
/// (é → e, ß → ss), everything else a dash, dashes collapsed, the
/// household part cut at 40 characters. Empty parts are left out; with
/// nothing usable the name is `plan.<ext>`.
pub fn file_name(household_name: &str, date: &str, ext: &str) -> String {
    let mut name = String::from("plan");
    for part in [cut(&slug(household_name), MAX_NAME), cut(&slug(date), 10)] {
        if !part.is_empty() {
            name.push('-');
            name.push_str(&part);
        }
    }
    let ext: String = ext
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .take(8)
        .collect();
    if !ext.is_empty() {
        name.push('.');
        name.push_str(&ext);
    }
    name
}

/// Lowercase `[a-z0-9-]`, no leading, trailing or double dashes.
fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(|c| c.to_lowercase()) {
        let folded: &str = match fold(c) {
            Some(f) => f,
            None if c.is_ascii_alphanumeric() => {
                push(&mut out, &mut dash, c);
                continue;
            }
            None => "",
        };
        if folded.is_empty() {
            dash = true;
        }
        for f in folded.chars() {
            push(&mut out, &mut dash, f);
        }
    }
    out
}

fn push(out: &mut String, dash: &mut bool, c: char) {
    if *dash && !out.is_empty() {
        out.push('-');
    }
    *dash = false;
    out.push(c);
}

/// Cut at `max` characters, without a dash at the end.
fn cut(slug: &str, max: usize) -> String {
    let s: String = slug.chars().take(max).collect();
    s.trim_end_matches('-').to_string()
}

/// Latin letters with marks, as their plain letters (lowercase input).
/// Covers Dutch, German, French, Scandinavian, Turkish, Polish and other
/// names common in Dutch neighbourhoods; anything else becomes a dash.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĩ' => "i",
        'ĳ' => "ij",
        'ķ' => "k",
        'ł' | 'ľ' | 'ĺ' | 'ļ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ũ' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}
