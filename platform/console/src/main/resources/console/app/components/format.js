import { html } from 'lit-html';

const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** A time as "3 minutes ago", with the exact ISO time as its tooltip; "—" when there is none. */
export function when(iso) {
  if (!iso) {
    return html`<span class="muted">—</span>`;
  }
  const seconds = Math.round((Date.parse(iso) - Date.now()) / 1000);
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [30, 'day'], [12, 'month'], [Infinity, 'year']];
  let value = seconds;
  let unit = 'second';
  for (const [size, name] of steps) {
    unit = name;
    if (Math.abs(value) < size) {
      break;
    }
    value = Math.round(value / size);
  }
  return html`<time datetime=${iso} title=${iso}>${RELATIVE.format(value, unit)}</time>`;
}

export function duration(millis) {
  if (millis === null || millis === undefined) {
    return '—';
  }
  if (millis < 1000) {
    return `${millis} ms`;
  }
  if (millis < 60000) {
    return `${(millis / 1000).toFixed(1)} s`;
  }
  return `${Math.floor(millis / 60000)} min ${Math.round((millis % 60000) / 1000)} s`;
}

/** A status word (run, error, connector, version) as a coloured badge. */
export const badge = (status) => html`<span class="badge badge-${status}">${status}</span>`;

export const number = (value) => (value ?? 0).toLocaleString();

/** Pretty JSON for a <pre>. */
export const json = (value) => JSON.stringify(value, null, 2);
