// The rules of the Electronegativity gate, kept free of I/O so a unit test can drive them:
// every HIGH fails, and every MEDIUM fails unless a reviewed allowlist line names it with a reason.

/** One finding, reduced to what the gate decides on. */
export function toFinding(issue, root) {
  const file = String(issue.file ?? 'N/A');
  const rel = root && file.startsWith(root) ? file.slice(root.length).replace(/^[\\/]+/, '') : file;
  return {
    id: String(issue.id),
    severity: String(issue.severity?.name ?? issue.severity).replace(/"/g, '').toUpperCase(),
    file: rel.split('\\').join('/'),
    line: Number(issue.location?.line ?? 0),
  };
}

/**
 * Parses the allowlist: one entry a line, `CHECK_ID path reason...`; `#` starts a comment line.
 * A line without a reason is an error: an unexplained exception is not a reviewed one.
 */
export function parseAllowlist(text) {
  const entries = [];
  const errors = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Z0-9_]+)\s+(\S+)\s+(.*\S)$/.exec(line);
    if (!match || match[3].length < 10) {
      errors.push(`line ${index + 1}: expected "CHECK_ID path reason", got "${line}"`);
      return;
    }
    entries.push({ id: match[1], file: match[2], reason: match[3], line: index + 1 });
  });
  return { entries, errors };
}

/** Applies the rules; `failures` and `stale` (allowlist lines that no finding uses) must be empty. */
export function judge(findings, entries) {
  const used = new Set();
  const failures = [];
  const allowed = [];
  for (const f of findings) {
    if (f.severity === 'HIGH' || f.severity === 'CRITICAL') {
      failures.push({ ...f, why: `${f.severity} findings are never allowed` });
      continue;
    }
    if (f.severity !== 'MEDIUM') continue;
    const entry = entries.find((e) => e.id === f.id && e.file === f.file);
    if (entry) {
      used.add(entry);
      allowed.push({ ...f, reason: entry.reason });
    } else {
      failures.push({ ...f, why: 'MEDIUM finding with no line in the allowlist' });
    }
  }
  const stale = entries.filter((e) => !used.has(e));
  return { failures, allowed, stale };
}
