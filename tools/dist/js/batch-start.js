// Where the batch page's worker is (under a content-hashed name).
window.amnestyBatchWorker = __WORKER_LOADER__;
