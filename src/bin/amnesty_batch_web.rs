//! Entry point of the batch page (a caseload from a spreadsheet): mounts it on the page's body.

fn main() {
    amnesty::batch_app::mount();
}
