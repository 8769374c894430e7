import type {
  ConnectionSettings,
  Settings,
  SettingsPatch,
  UploadSettings,
} from '../../../shared/settings';
import { DEFAULT_SETTINGS, MAX_RECENT_FOLDERS } from '../../../shared/settings';
import { MAX_TEMPLATE_CHARS, templateProblem } from '../../../shared/naming-template';
import type { PicgoServerSettings } from '../../../shared/integrations';
import { PICGO_KEY_MIN_LENGTH, serverKeyProblem } from '../../../shared/integrations';
import type { Presets, VariantPreset } from '../../../shared/presets';
import { UPLOAD_CONCURRENCY } from '../../../shared/limits';
import { OUTPUT_FORMATS, PRESET_LIMITS, VARIANT_NAMES } from '../../../shared/presets';
import {
  InvalidInputError,
  bool,
  integer,
  list,
  oneOf,
  optionalServerAddress,
  record,
  serverAddress,
  text,
} from '../common/validate';
import { strings } from '../../../shared/strings';
import { MAX_TAGS, normalizeFolder, parseDestination, tag } from './destination-rules';
import { watchFromStored } from './watch-rules';
import { RESPONSIVE_WIDTH_LIMITS } from '../../../shared/responsive';

export { MAX_TAGS, normalizeFolder, parseDestination };

const F = strings.validation.fields;

/** The most files uploading at once (kept under this name for existing callers). */
export const MAX_CONCURRENCY = UPLOAD_CONCURRENCY.max;

function connectionPatch(value: unknown): Partial<ConnectionSettings> {
  const v = record(value, F.connection);
  const out: { -readonly [K in keyof ConnectionSettings]?: ConnectionSettings[K] } = {};
  if ('authMode' in v)
    out.authMode = oneOf(v.authMode, ['private-key', 'auth-endpoint'] as const, F.authMode);
  if ('publicKey' in v) out.publicKey = text(v.publicKey, F.publicKey, 200).trim();
  if ('urlEndpoint' in v) out.urlEndpoint = optionalServerAddress(v.urlEndpoint, F.urlEndpoint);
  if ('uploadUrl' in v) out.uploadUrl = serverAddress(v.uploadUrl, F.uploadUrl);
  if ('apiUrl' in v) out.apiUrl = serverAddress(v.apiUrl, F.apiUrl);
  if ('authEndpoint' in v) out.authEndpoint = optionalServerAddress(v.authEndpoint, F.authEndpoint);
  return out;
}

function nameTemplate(value: unknown): string {
  const template = text(value, F.nameTemplate, MAX_TEMPLATE_CHARS).trim();
  const problem = templateProblem(template);
  if (problem !== null) throw new InvalidInputError(problem);
  return template;
}

/** The srcset widths: 1 to 8 whole numbers of pixels, each once, smallest first. */
export function responsiveWidths(value: unknown): number[] {
  const { count, min, max } = RESPONSIVE_WIDTH_LIMITS;
  const widths = list(value, F.responsiveWidths, count, (w) =>
    integer(w, F.responsiveWidths, min, max),
  );
  if (widths.length === 0) throw new InvalidInputError(strings.validation.noWidths);
  return [...new Set(widths)].sort((a, b) => a - b);
}

function uploadPatch(value: unknown): Partial<UploadSettings> {
  const v = record(value, F.upload);
  const out: { -readonly [K in keyof UploadSettings]?: UploadSettings[K] } = {};
  if ('folder' in v) out.folder = normalizeFolder(v.folder);
  if ('tags' in v) out.tags = [...new Set(list(v.tags, F.tags, MAX_TAGS, tag))];
  if ('concurrency' in v)
    out.concurrency = integer(
      v.concurrency,
      F.concurrency,
      UPLOAD_CONCURRENCY.min,
      UPLOAD_CONCURRENCY.max,
    );
  if ('autoUpload' in v) out.autoUpload = bool(v.autoUpload, F.autoUpload);
  if ('nameTemplate' in v) out.nameTemplate = nameTemplate(v.nameTemplate);
  if ('askDestination' in v) out.askDestination = bool(v.askDestination, F.askDestination);
  if ('draftAlt' in v) out.draftAlt = bool(v.draftAlt, F.draftAlt);
  if ('recentFolders' in v)
    out.recentFolders = [
      ...new Set(list(v.recentFolders, F.recentFolders, MAX_RECENT_FOLDERS, normalizeFolder)),
    ];
  if ('responsiveWidths' in v) out.responsiveWidths = responsiveWidths(v.responsiveWidths);
  return out;
}

function preset(value: unknown, what: string): VariantPreset {
  const v = record(value, what);
  return {
    format: oneOf(v.format, OUTPUT_FORMATS, F.format(what)),
    maxSide: integer(v.maxSide, F.longestSide(what), PRESET_LIMITS.minSide, PRESET_LIMITS.maxSide),
    maxBytes: integer(v.maxBytes, F.sizeCap(what), PRESET_LIMITS.minBytes, PRESET_LIMITS.maxBytes),
  };
}

function presetsPatch(value: unknown): Partial<Presets> {
  const v = record(value, F.presets);
  const out: { -readonly [K in keyof Presets]?: VariantPreset } = {};
  for (const name of VARIANT_NAMES) {
    if (name in v) out[name] = preset(v[name], name === 'main' ? F.main : F.thumb);
  }
  return out;
}

function picgoPatch(value: unknown): Partial<PicgoServerSettings> {
  const v = record(value, F.picgo);
  const out: { -readonly [K in keyof PicgoServerSettings]?: PicgoServerSettings[K] } = {};
  if ('enabled' in v) out.enabled = bool(v.enabled, F.picgoEnabled);
  // 0 asks the system for any free port.
  if ('port' in v) out.port = integer(v.port, F.port, 0, 65_535);
  if ('key' in v) {
    const key = text(v.key, F.key, 128).trim();
    const problem = serverKeyProblem(key);
    if (problem === 'chars') throw new InvalidInputError(strings.validation.serverKey);
    if (problem === 'short') {
      throw new InvalidInputError(strings.validation.serverKeyTooShort(PICGO_KEY_MIN_LENGTH));
    }
    out.key = key;
  }
  return out;
}

function integrationsPatch(value: unknown): NonNullable<SettingsPatch['integrations']> {
  const v = record(value, F.integrations);
  return 'picgo' in v ? { picgo: picgoPatch(v.picgo) } : {};
}

/** Validate an untrusted settings patch; throws with a sentence naming the bad field. */
export function parseSettingsPatch(value: unknown): SettingsPatch {
  const v = record(value, F.settings);
  return {
    ...('connection' in v ? { connection: connectionPatch(v.connection) } : {}),
    ...('upload' in v ? { upload: uploadPatch(v.upload) } : {}),
    ...('presets' in v ? { presets: presetsPatch(v.presets) } : {}),
    ...('integrations' in v ? { integrations: integrationsPatch(v.integrations) } : {}),
  };
}

/** Apply a validated patch. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    connection: { ...current.connection, ...patch.connection },
    upload: { ...current.upload, ...patch.upload },
    presets: { ...current.presets, ...patch.presets },
    integrations: {
      picgo: { ...current.integrations.picgo, ...patch.integrations?.picgo },
    },
    testServer: current.testServer,
    watch: current.watch,
  };
}

/**
 * Settings read from disk may be old, partial or hand-edited: keep every valid part and fall
 * back to the default for the rest, field by field.
 */
export function settingsFromStored(value: unknown): Settings {
  let result = DEFAULT_SETTINGS;
  if (typeof value !== 'object' || value === null) return result;
  const stored = value as Record<string, unknown>;
  const sections = [
    ['connection', connectionPatch],
    ['upload', uploadPatch],
    ['presets', presetsPatch],
  ] as const;
  for (const [section, parse] of sections) {
    const fields = stored[section];
    if (typeof fields !== 'object' || fields === null) continue;
    for (const [key, field] of Object.entries(fields)) {
      try {
        result = applySettingsPatch(result, { [section]: parse({ [key]: field }) });
      } catch {
        // An invalid stored field keeps its default.
      }
    }
  }
  const picgo = (stored.integrations as Record<string, unknown> | undefined)?.picgo;
  if (typeof picgo === 'object' && picgo !== null) {
    for (const [key, field] of Object.entries(picgo)) {
      try {
        result = applySettingsPatch(result, {
          integrations: { picgo: picgoPatch({ [key]: field }) },
        });
      } catch {
        // An invalid stored field keeps its default.
      }
    }
  }
  // Only the service sets it (useTestServer): it is read back, never patched.
  const testServer = stored.testServer as Record<string, unknown> | undefined;
  if (testServer?.enabled === true) result = { ...result, testServer: { enabled: true } };
  // Set by the watch-folder methods only; each valid entry is kept, the others dropped.
  return { ...result, watch: watchFromStored(stored.watch) };
}
