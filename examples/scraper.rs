//! The common scraper case: a fragment of HTML in, a `DateTime<Tz>` out.
//!
//! ```text
//! cargo run --example scraper
//! ```

use chrono::DateTime;
use cyrdate::{Context, Tz};

/// A crude HTML-to-text step, as a scraper might do before calling cyrdate:
/// tags become spaces, a few entities are decoded.
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", "\u{a0}").replace("&mdash;", "—").replace("&#8217;", "’")
}

/// The publication time of an article fragment, if it shows one.
fn published(ctx: &Context, html: &str) -> Option<DateTime<Tz>> {
    ctx.first_date(&html_to_text(html)).map(|p| p.instant())
}

fn main() {
    let now = DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").expect("valid instant");
    let ctx = Context::new().with_now(now);
    let fragments = [
        r#"<div class="meta"><span>Опубліковано</span> <time>06 вересня 2025, 21:20</time></div>"#,
        r#"<p class="date">Вчора&nbsp;о&nbsp;09:15 | <a href="/news">Новини</a></p>"#,
        r#"<span class="article__date">01:15 07 сен 2025.</span>"#,
        r#"<div>Обновлено: <b>5 мин. назад</b></div>"#,
        r#"<div class="price">Ціна: 1 500 грн</div>"#,
    ];
    for html in fragments {
        match published(&ctx, html) {
            Some(t) => println!("{} <- {html}", t.to_rfc3339()),
            None => println!("(no date) <- {html}"),
        }
    }
}
