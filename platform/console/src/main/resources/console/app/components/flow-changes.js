import { html, nothing } from 'lit-html';

// What an integration upgrade did to its flows, worked out in the console because the API answers only with the
// integration: the flows before and after, and the old template rendered as the flows were made from it.

const PLACEHOLDER = /\{\{\s*(slots|settings)\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;
const WHOLE = new RegExp(`^${PLACEHOLDER.source}$`);
// read-only fields of a flow and whether it runs: never a template's business
const IGNORED = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt', 'hookUrl', 'enabled']);

/** Every leaf of a value by field path (`steps[0].expression`); empty objects and arrays count as leaves. */
function leaves(value, path = '', into = new Map()) {
  if (Array.isArray(value) && value.length) {
    value.forEach((item, index) => leaves(item, `${path}[${index}]`, into));
  } else if (value && typeof value === 'object' && Object.keys(value).length) {
    for (const [name, child] of Object.entries(value)) {
      if (!(path === '' && IGNORED.has(name))) {
        leaves(child, path ? `${path}.${name}` : name, into);
      }
    }
  } else {
    into.set(path, value);
  }
  return into;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** A template rendered as the platform does: a whole placeholder becomes the value (left out when missing). */
export function renderTemplate(template, settings, slots) {
  const lookup = (kind, path) => (kind === 'slots'
    ? slots[path]
    : path.split('.').reduce((value, name) => (value === undefined || value === null ? undefined : value[name]), settings));
  const render = (node) => {
    if (Array.isArray(node)) {
      return node.map(render).filter((item) => item !== undefined);
    }
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([name, child]) => [name, render(child)]).filter(([, child]) => child !== undefined));
    }
    if (typeof node !== 'string') {
      return node;
    }
    const whole = WHOLE.exec(node);
    if (whole) {
      return lookup(whole[1], whole[2]);
    }
    return node.replace(PLACEHOLDER, (_, kind, path) => {
      const value = lookup(kind, path);
      return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    });
  };
  const rendered = render(template);
  delete rendered.enabled;
  return rendered;
}

/**
 * @param before flows by id before the upgrade (GET /flows/{id})
 * @param after flows by id after it
 * @param templates flow id → the old template rendered with the old settings, when the old descriptor was read
 * @returns per flow: {name, flowId, state: 'changed'|'added'|'removed', changed: [{path, from, to}], mine: [{path, kept}]}
 */
export function upgradeChanges(before, after, templates) {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return ids.map((flowId) => {
    const old = before[flowId];
    const now = after[flowId];
    if (!old || !now) {
      return { flowId, name: (old || now).name, state: old ? 'removed' : 'added', changed: [], mine: [] };
    }
    const oldLeaves = leaves(old);
    const newLeaves = leaves(now);
    const paths = [...new Set([...oldLeaves.keys(), ...newLeaves.keys()])];
    const changed = paths.filter((path) => !same(oldLeaves.get(path), newLeaves.get(path)))
      .map((path) => ({ path, from: oldLeaves.get(path), to: newLeaves.get(path) }));
    const template = templates[flowId];
    const mine = template ? [...leaves(template).entries()]
      .filter(([path, value]) => !same(value, oldLeaves.get(path)))
      .map(([path]) => ({ path, kept: same(oldLeaves.get(path), newLeaves.get(path)) })) : null;
    return { flowId, name: now.name, state: 'changed', changed, mine };
  });
}

const shown = (value) => (value === undefined ? html`<span class="muted">(none)</span>` : html`<code>${JSON.stringify(value)}</code>`);

/** The changes as a list per flow: what the new version set, and whether each change of the user's was kept. */
export function upgradeReport(flows) {
  return flows.map((flow) => html`<div class="flow-changes">
    <h4><a href=${`/console/flows/${encodeURIComponent(flow.flowId)}`}>${flow.name}</a></h4>
    ${flow.state === 'added' ? html`<p>A new flow of this version, disabled until you enable it.</p>` : nothing}
    ${flow.state === 'removed' ? html`<p>Removed: the new version has no such flow.</p>` : nothing}
    ${flow.state === 'changed' ? html`
      ${flow.mine === null ? html`<p class="muted small">The old version's descriptor could not be read, so your own changes are not told apart.</p>`
        : flow.mine.length ? html`<p>Your changes (where the flow differed from its template):</p>
          <ul class="changes">${flow.mine.map((change) => html`<li><code>${change.path}</code> —
            ${change.kept ? 'kept' : html`<strong>replaced</strong> by the new version's value`}</li>`)}</ul>`
          : html`<p>You had not changed this flow.</p>`}
      ${flow.changed.length ? html`<p>Set by the new version:</p>
        <ul class="changes">${flow.changed.map((change) => html`<li><code>${change.path}</code>: ${shown(change.from)} → ${shown(change.to)}</li>`)}</ul>`
        : html`<p>Nothing in this flow changed.</p>`}` : nothing}
  </div>`);
}
