// What Next.js gives HYVVE's browser code, and nothing else: `@/...` imports resolve to apps/web/src (the
// tsconfig path alias) and a DOM (jsdom) for React's renderer. Imported before anything of HYVVE's or React's.
import Module from 'module';
import path from 'path';
import { JSDOM } from 'jsdom';

const webSrc = path.resolve(__dirname, '..', 'apps', 'web', 'src');
const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string })._resolveFilename;
(Module as unknown as { _resolveFilename: typeof resolve })._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request.startsWith('@/') ? path.join(webSrc, request.slice(2)) : request, ...rest);
};

const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
if (!('navigator' in globalThis)) Object.assign(globalThis, { navigator: dom.window.navigator }); // Node < 21
