import { html, nothing } from 'lit-html';
import { get } from '../api.js';
import { problemBanner } from './problem.js';

/** The descriptor (integration.json or connector.json) of a listing version, read from its verified artifact. */
export function fetchDescriptor(listingId, version) {
  return get(`/marketplace/listings/${encodeURIComponent(listingId)}/versions/${encodeURIComponent(version)}/descriptor`);
}

/** The defaults a settings schema declares, nested objects included, as the form's starting value. */
export function settingsDefaults(schema) {
  const value = {};
  for (const [name, property] of Object.entries((schema && schema.properties) || {})) {
    if (property.default !== undefined) {
      value[name] = structuredClone(property.default);
    } else if (property.properties) {
      const nested = settingsDefaults(property);
      if (Object.keys(nested).length) {
        value[name] = nested;
      }
    }
  }
  return value;
}

/** Why a descriptor could not be read, and what the screen does without it (`consequence`, a sentence). */
export function descriptorUnavailable(error, consequence) {
  return html`<div class="notice descriptor-missing" role="status">
    <p>The descriptor of this version cannot be read${error && error.status === 422 ? ' (its publisher is not trusted here)' : ''}.
      ${consequence}</p>
    ${error && ![404, 422].includes(error.status) ? problemBanner(error) : nothing}
  </div>`;
}

/** What an integration version brings: the connectors it needs, its slots, its settings and its flows. */
export function integrationSummary(descriptor) {
  const settings = descriptor.settings || {};
  const required = new Set(settings.required || []);
  const properties = Object.entries(settings.properties || {});
  return html`<div class="integration-summary">
    <h3>Connectors it needs</h3>
    ${(descriptor.connectors || []).length
      ? html`<ul>${descriptor.connectors.map((connector) => html`<li><code>${connector.id}</code> ${connector.version || ''}</li>`)}</ul>`
      : html`<p class="muted">None.</p>`}
    <h3>Slots</h3>
    <p class="help">Each slot is a connection you fill in after installing.</p>
    <div class="table-wrap"><table>
      <thead><tr><th>Slot</th><th>Title</th><th>Connector</th></tr></thead>
      <tbody>${(descriptor.slots || []).map((slot) => html`<tr>
        <td><code>${slot.name}</code></td><td>${slot.title}</td><td><code>${slot.connector}</code></td></tr>`)}</tbody>
    </table></div>
    <h3>Settings</h3>
    ${properties.length ? html`<div class="table-wrap"><table>
      <thead><tr><th>Setting</th><th>Description</th><th>Default</th></tr></thead>
      <tbody>${properties.map(([name, property]) => html`<tr>
        <td>${property.title || name}${required.has(name) ? html`<span class="required" title="required">*</span>` : nothing}
          <br><code class="small">${name}</code></td>
        <td>${property.description || ''}</td>
        <td>${property.default === undefined ? html`<span class="muted">—</span>` : html`<code>${defaultText(property.default)}</code>`}</td>
      </tr>`)}</tbody>
    </table></div>` : html`<p class="muted">None.</p>`}
    <h3>Flows</h3>
    <ul>${(descriptor.flows || []).map((flow) => html`<li>${flow.template?.name || flow.key}
      ${flow.template?.trigger?.type ? html`<span class="muted small">(${flow.template.trigger.type})</span>` : nothing}</li>`)}</ul>
  </div>`;
}

function defaultText(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
