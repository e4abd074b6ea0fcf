import { html, nothing } from 'lit-html';
import { problemBanner } from './problem.js';

export const loading = (what = 'Loading') => html`<p class="state loading" role="status" aria-live="polite">${what}…</p>`;

export const empty = (message, action = nothing) => html`<div class="state empty"><p>${message}</p>${action}</div>`;

/**
 * A Remote's state: loading, its error, `emptyMessage` when the value is empty (an empty array or list page),
 * or what `render` makes of the value.
 */
export function show(remote, render, { emptyMessage = 'Nothing here yet.', emptyAction = nothing } = {}) {
  if (remote.error) {
    return problemBanner(remote.error);
  }
  if (remote.value === undefined) {
    return loading();
  }
  const items = Array.isArray(remote.value) ? remote.value : remote.value && remote.value.items;
  if (Array.isArray(items) && items.length === 0) {
    return empty(emptyMessage, emptyAction);
  }
  return render(remote.value);
}
