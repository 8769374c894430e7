/**
 * The image worker process's entry: what the app's bundle, the CLI, the tests and the bench start.
 * sharp chooses its binary the first time it loads, so main's choice of build is applied here,
 * before anything imports sharp, and the worker itself (./serve) is imported only afterwards. The
 * import is dynamic on purpose: the bundler hoists every static import of sharp, an external
 * package, to the top of the bundle, where it would load before any line of this file ran.
 */
import { requestedSharpRuntime } from '../sharp-runtime';
import { hideNativeSharp } from './sharp-build';

if (requestedSharpRuntime(process.env) === 'wasm') hideNativeSharp();
await import('./serve');
