// The rules of the Electronegativity gate, kept free of I/O so a unit test can drive them:
// every HIGH fails, and every MEDIUM fails unless a reviewed allowlist line names it with a reason.

/** An issue as the tool reports it (its runner's objects, or a row of its CSV). */
export interface RawIssue {
  readonly id: string;
  readonly severity: string | { readonly name: string };
  readonly file?: string;
  readonly location?: { readonly line?: number };
  readonly description?: string;
}

/** One finding, reduced to what the gate decides on. */
export interface Finding {
  readonly id: string;
  readonly severity: string;
  /** Relative to the scanned folder, with forward slashes. */
  readonly file: string;
  readonly line: number;
}

/** One reviewed exception. */
export interface AllowEntry {
  readonly id: string;
  readonly file: string;
  readonly reason: string;
  readonly line: number;
}

/** Normalises a reported issue: severity without the CSV's quotes, upper case; path relative. */
export function toFinding(issue: RawIssue, root: string): Finding {
  const file = String(issue.file ?? 'N/A');
  const rel = root && file.startsWith(root) ? file.slice(root.length).replace(/^[\\/]+/, '') : file;
  const severity = typeof issue.severity === 'string' ? issue.severity : issue.severity.name;
  return {
    id: String(issue.id).trim(),
    severity: severity.replace(/"/g, '').trim().toUpperCase(),
    file: rel.split('\\').join('/'),
    line: Number(issue.location?.line ?? 0),
  };
}

/**
 * Parses the allowlist: one entry a line, `CHECK_ID path reason...`; `#` starts a comment line.
 * A line without a reason is an error: an unexplained exception is not a reviewed one.
 */
export function parseAllowlist(text: string): { entries: AllowEntry[]; errors: string[] } {
  const entries: AllowEntry[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [, id, file, rest] = /^([A-Z0-9_]+)\s+(\S+)\s+(\S.*)$/.exec(line) ?? [];
    const reason = rest?.trim() ?? '';
    if (!id || !file || reason.split(/\s+/).length < 3) {
      errors.push(`line ${index + 1}: expected "CHECK_ID path reason", got "${line}"`);
      return;
    }
    entries.push({ id, file, reason, line: index + 1 });
  });
  return { entries, errors };
}

/** What the gate found: `failures` and `stale` (entries no finding uses) must both be empty. */
export interface Verdict {
  readonly failures: readonly (Finding & { readonly why: string })[];
  readonly allowed: readonly (Finding & { readonly reason: string })[];
  readonly stale: readonly AllowEntry[];
}

/** Applies the rules: HIGH always fails; MEDIUM needs an allowlist entry for its check and file. */
export function judge(findings: readonly Finding[], entries: readonly AllowEntry[]): Verdict {
  const used = new Set<AllowEntry>();
  const failures: (Finding & { why: string })[] = [];
  const allowed: (Finding & { reason: string })[] = [];
  for (const f of findings) {
    const entry = entries.find((e) => e.id === f.id && e.file === f.file);
    if (f.severity === 'HIGH' || f.severity === 'CRITICAL') {
      if (entry) used.add(entry);
      const why = `${f.severity} findings are never allowed${entry ? ', even when listed' : ''}`;
      failures.push({ ...f, why });
      continue;
    }
    if (f.severity !== 'MEDIUM') continue;
    if (entry) {
      used.add(entry);
      allowed.push({ ...f, reason: entry.reason });
    } else {
      failures.push({ ...f, why: 'MEDIUM finding with no line in the allowlist' });
    }
  }
  return { failures, allowed, stale: entries.filter((e) => !used.has(e)) };
}
