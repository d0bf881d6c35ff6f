//! Entry point of the browser app: mounts the Leptos app on the page's body.

fn main() {
    amnesty::app::mount();
}
