//! The batch page's Web Worker: reads and decides a spreadsheet away from the page, so the page
//! stays responsive while ten thousand rows are decided (`amnesty_batch::worker`).

fn main() {
    amnesty_batch::worker::start();
}
