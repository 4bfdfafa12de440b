//! Domain types: Organization → Service → Channel and Location, each fact verified.

mod directory;
mod fact;
pub mod ids;
mod live_check;
mod schedule;
mod text;

pub use directory::*;
pub use fact::*;
pub use schedule::*;
pub use text::*;
