// The batch page's worker: the glue, then the program, its integrity checked. If the program
// cannot be had (a file of another build, offline before the first visit) the page is told, in
// the one message of the protocol that the worker's program does not send.
importScripts(__GLUE__);
wasm_bindgen({ module_or_path: fetch(__WASM__, { integrity: __INTEGRITY__ }) })
  .catch(() => postMessage(__BROKEN__));
