/**
 * Keeps secrets out of every sentence: a key, token or signature a server echoes back is hidden
 * before the text reaches a person or a log.
 */
const MIN_SECRET_LENGTH = 4;

/** Every occurrence of `needle`, in any letter case, replaced by `[hidden]`. */
function hideAll(text: string, needle: string): string {
  const lower = text.toLowerCase();
  const target = needle.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(target); at !== -1; at = lower.indexOf(target, from)) {
    out += `${text.slice(from, at)}[hidden]`;
    from = at + target.length;
  }
  return out + text.slice(from);
}

/** A secret as it may come back inside a URL, a query string or a form body. */
function encodedForms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURI(secret),
  ];
}

/**
 * Replaces every secret in a text, raw and URL-encoded, in any letter case (servers echo
 * percent-escapes as %2f or %2F). Short strings are skipped so normal words survive. Run it on
 * the whole text, before anything shortens it.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of encodedForms(secret)) forms.add(form);
  }
  let out = text;
  // Longest first, so a form that contains another is hidden whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    out = hideAll(out, form);
  }
  return out;
}
