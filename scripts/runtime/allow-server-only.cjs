// Outside Next's bundler (the custom server, scripts, tests) there is no browser bundle to guard,
// so 'server-only' resolves to its empty twin, as it does under the react-server condition.
const Module = require('node:module');
const path = require('node:path');

const empty = path.join(path.dirname(require.resolve('server-only')), 'empty.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  return request === 'server-only' ? empty : resolve.call(this, request, ...rest);
};
