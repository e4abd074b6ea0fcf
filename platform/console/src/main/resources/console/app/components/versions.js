// OSGi versions and ranges as the marketplace uses them: `1.2.0`, `[1.0,2.0)`, `(1.0,2.0]`, or `1.0` for "at least".

/** [major, minor, micro, qualifier] of a version such as `1.2.0.beta`; missing parts are 0 and ''. */
function parts(version) {
  const [major = '0', minor = '0', micro = '0', ...qualifier] = String(version).trim().split('.');
  return [Number(major) || 0, Number(minor) || 0, Number(micro) || 0, qualifier.join('.')];
}

/** Negative, zero or positive as `a` is below, equal to or above `b`. */
export function compareVersions(a, b) {
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < 3; index++) {
    if (left[index] !== right[index]) {
      return left[index] - right[index];
    }
  }
  return left[3] < right[3] ? -1 : left[3] > right[3] ? 1 : 0;
}

/** Whether a version lies in a range; an empty or absent range takes every version. */
export function inRange(version, range) {
  const text = (range || '').trim();
  if (!text) {
    return true;
  }
  const bounded = /^([[(])\s*([^,\s]+)\s*,\s*([^\])\s]+)\s*([\])])$/.exec(text);
  if (!bounded) {
    return compareVersions(version, text) >= 0;
  }
  const [, open, low, high, close] = bounded;
  const fromLow = compareVersions(version, low);
  const toHigh = compareVersions(version, high);
  return (open === '[' ? fromLow >= 0 : fromLow > 0) && (close === ']' ? toHigh <= 0 : toHigh < 0);
}

/** The highest version of a listing that is not yanked and lies in the range, or null. */
export function highestMatching(versions, range) {
  return (versions || [])
    .filter((version) => version.status !== 'yanked' && inRange(version.version, range))
    .sort((a, b) => compareVersions(b.version, a.version))[0] || null;
}
