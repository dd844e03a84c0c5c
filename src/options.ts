/**
 * Merge user options over defaults, in one place. Keys whose value is `undefined`
 * keep the default (a plain spread would overwrite it with `undefined`).
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O | undefined): D & O {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(options ?? {})) if (v !== undefined) out[k] = v;
  return out as D & O;
}
