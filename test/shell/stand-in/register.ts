/**
 * `node --import tsx --import ./register.ts out/main/index.js`: resolves `electron` to the
 * stand-in for every import and require in the app's main process. With STANDIN_NO_SQLITE=1 the
 * runtime also lacks node:sqlite, as an Electron build without it would.
 */
import { registerHooks } from 'node:module';
import { STANDIN_ENV } from './control';

const standIn = new URL('./electron.ts', import.meta.url).href;
const noSqlite = process.env[STANDIN_ENV.noSqlite] === '1';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: standIn, shortCircuit: true };
    if (noSqlite && (specifier === 'node:sqlite' || specifier === 'sqlite')) {
      throw Object.assign(new Error(`No such built-in module: ${specifier}`), {
        code: 'ERR_UNKNOWN_BUILTIN_MODULE',
      });
    }
    return next(specifier, context);
  },
});

if (noSqlite) {
  const builtin = process.getBuiltinModule.bind(process);
  Object.assign(process, {
    getBuiltinModule: (id: string) =>
      id === 'node:sqlite' || id === 'sqlite' ? undefined : builtin(id as never),
  });
}
