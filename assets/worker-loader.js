// Starts the analysis Web Worker (src/bin/parallax-worker.rs): loads the wasm-bindgen glue Trunk built
// for it and instantiates its WebAssembly. Paths are relative to this file, so sub-paths work.
//
// A request that stops the module (a WebAssembly trap: an internal error, or no memory left for the
// articles) would otherwise end in silence, the page waiting for an answer forever. gloo-worker answers
// a request in a microtask after the message event, so a trap surfaces as an error event on the worker.
// The request being answered is then answered with the module's own "Failed" reply (gloo-worker's
// message, as JSON text, to the handler that asked). A module that stopped once is not trusted again
// (its task queue may never run again): later requests get the same reply at once, and the page tells
// the reader that reloading starts afresh.
//
// The page also starts this worker as its reader of imported files (src/reader_worker.rs): a message
// `{ read, name, bytes }` is answered with the module's JSON ReadReply as `{ read, json }` (UTF-8 bytes,
// transferred), with
// `{ read, stopped: true }` when the module stopped while reading, and with `{ read, unavailable: true }`
// when the module could not load. Reads are taken before gloo-worker sees any message, and wait for the
// module while it loads.
importScripts('./parallax-worker.js');

const isRead = (data) => data !== null && typeof data === 'object' && 'read' in data && 'bytes' in data;
let module = 'loading'; // then 'ready' or 'failed'
const reads = [];
function answerRead({ read, name, bytes }) {
  if (module === 'failed') {
    self.postMessage({ read, unavailable: true });
    return;
  }
  let json;
  try {
    json = wasm_bindgen.read_file_on_page(name, bytes);
  } catch {
    self.postMessage({ read, stopped: true });
    return;
  }
  self.postMessage({ read, json }, [json.buffer]);
}
self.addEventListener('message', (event) => {
  if (!isRead(event.data)) return;
  event.stopImmediatePropagation();
  if (module === 'loading') reads.push(event.data);
  else answerRead(event.data);
});
const settle = (state) => {
  module = state;
  for (const data of reads.splice(0)) answerRead(data);
};

const STOPPED =
  'The analysis stopped unexpectedly: an internal error in Parallax, or the browser ran out of memory ' +
  'for these articles.';
let stopped = false;
// The latest request (gloo-worker's `{"ProcessInput":[handler, …]}` as JSON in UTF-8 bytes): the one
// being answered.
let latest = null;

const REQUEST = '{"ProcessInput":[';
// The start of a message in bytes, as text (only as much as a request's handler id needs).
const opening = (data) => (data instanceof Uint8Array ? new TextDecoder().decode(data.subarray(0, 64)) : '');
const isRequest = (data) => opening(data).startsWith(REQUEST);

// Answers a request with the "Failed" reply; its handler id (the number after REQUEST) is read only
// now, when it must be.
function fail(data) {
  stopped = true;
  const start = opening(data);
  const handler = start.startsWith(REQUEST) && /^\d+/.exec(start.slice(REQUEST.length));
  if (!handler) return; // not a request: nobody waits for an answer
  self.postMessage(JSON.stringify({ ProcessOutput: [Number(handler[0]), { Failed: { message: STOPPED } }] }));
}

wasm_bindgen({ module_or_path: './parallax-worker_bg.wasm' }).then(() => {
  settle('ready');
  const handle = self.onmessage;
  if (typeof handle !== 'function') return;
  self.onmessage = (event) => {
    if (isRequest(event.data)) {
      if (stopped) {
        fail(event.data);
        return;
      }
      latest = event.data;
    }
    try {
      handle.call(self, event);
    } catch {
      if (isRequest(event.data)) fail(event.data);
    }
  };
}, (error) => {
  settle('failed');
  throw error; // still unhandled, as before reads were answered here
});

// The error is answered (the reader is told), so it is not reported again as an uncaught one.
const stop = (event) => {
  if (stopped || latest === null) return;
  fail(latest);
  event.preventDefault();
};
self.addEventListener('error', stop);
self.addEventListener('unhandledrejection', stop);
