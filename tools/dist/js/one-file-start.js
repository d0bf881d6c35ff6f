// The one-file edition: the program from inside the page (after the glue, which defines
// __wbg_init), then what Trunk's start-up does.
const amnestyWasmBytes = Uint8Array.from(atob(__WASM_BASE64__), (c) => c.charCodeAt(0));
const amnestyWasm = await __wbg_init({ module_or_path: amnestyWasmBytes });
window.wasmBindings = { __EXPORTS__ };
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: amnestyWasm } }));
