import { html, nothing } from 'lit-html';
import { post } from '../api.js';
import { badge } from './format.js';
import { problemBanner } from './problem.js';

/**
 * A connection test as the screens keep it: `{busy}` while it runs, then the API's `{ok, message}`, or `{error}`
 * when the test could not be asked for at all.
 */
export async function testConnection(id) {
  try {
    return await post(`/connections/${encodeURIComponent(id)}/test`);
  } catch (error) {
    return { error };
  }
}

/** The outcome of a test, shown next to its button; a live region so screen readers hear the answer. */
export function testOutcome(test) {
  if (!test) {
    return html`<span class="ops-test" role="status"></span>`;
  }
  if (test.busy) {
    return html`<span class="ops-test muted" role="status">Testing…</span>`;
  }
  if (test.error) {
    return html`<span class="ops-test" role="status">${problemBanner(test.error)}</span>`;
  }
  return html`<span class="ops-test" role="status" data-ok=${test.ok ? 'true' : 'false'}>
    ${badge(test.ok ? 'ok' : 'failed')} <span class="ops-test-message">${test.message || nothing}</span></span>`;
}

/** The flows that name this connection anywhere in their definition (source, destinations, lookups). */
export function flowsUsing(flows, connectionId) {
  const quoted = JSON.stringify(connectionId);
  return (flows || []).filter((flow) => JSON.stringify(flow).includes(quoted));
}

/** The question before deleting a connection: the API deletes it even while flows use it, so name them. */
export function deleteQuestion(connection, flows) {
  const users = flowsUsing(flows, connection.id);
  const warning = users.length
    ? ` ${users.length === 1 ? 'The flow' : 'The flows'} ${users.map((flow) => `"${flow.name}"`).join(', ')}`
      + ` ${users.length === 1 ? 'uses' : 'use'} it and will fail until given another connection.`
    : '';
  return `Delete connection "${connection.name}"?${warning}`;
}
