//! Provisions of the Criminal Code of 3 July 2014 that the amnesty depends on.

pub mod art11_categories;
