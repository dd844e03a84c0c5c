/**
 * Glob patterns for `file:` queries: `*` (within a path segment), `**` (across
 * segments), `?`. A pattern without a slash matches the file's base name too.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return glob.includes('/') ? new RegExp(`(^|/)${re}$`, 'i') : new RegExp(`(^|/)${re}$|^${re}`, 'i');
}
