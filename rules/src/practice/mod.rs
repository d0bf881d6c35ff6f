//! Practice where the law's text is silent, each with its status and source in the pack.

pub mod conditional_sentences;
