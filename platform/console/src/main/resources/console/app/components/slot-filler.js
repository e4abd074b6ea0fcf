import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { get, post, put } from '../api.js';
import { fieldMessages, invalid, problemBanner } from './problem.js';
import { fieldPaths, schemaForm } from './schema-form.js';
import { compareVersions, inRange } from './versions.js';

/** The connector schema of a slot: the active connector with its id (the highest in the slot's range). */
export async function connectorFor(slot, connectors) {
  const active = connectors
    .filter((connector) => connector.id === slot.connectorId && connector.state === 'active')
    .sort((a, b) => compareVersions(b.version, a.version));
  const chosen = active.find((connector) => inRange(connector.version, slot.range)) || active[0];
  if (!chosen) {
    return null;
  }
  return get(`/connectors/${encodeURIComponent(chosen.id)}/${encodeURIComponent(chosen.version)}`);
}

/**
 * One slot of an integration being set up: either an existing connection of its connector chosen, or its connection
 * filled in here — the empty shell the install made for it (PUT), or a new one when the shell is gone (POST).
 */
export class SlotFiller {
  /**
   * @param slot the integration's slot {name, title, connectorId, range, connectionId, filled}
   * @param descriptor the connector's descriptor (its `connection` schema), or null when it is not active
   * @param connections the workspace's connections
   * @param workspaceId the integration's workspace
   * @param update re-renders the screen
   */
  constructor(slot, descriptor, connections, workspaceId, update) {
    this.slot = slot;
    this.descriptor = descriptor;
    this.workspaceId = workspaceId;
    this.update = update;
    this.fitting = connections.filter((connection) => connection.connector.id === slot.connectorId);
    const shell = this.fitting.find((connection) => connection.id === slot.connectionId);
    this.mode = slot.filled || !descriptor ? 'existing' : 'fill';
    this.existingId = slot.connectionId || this.fitting[0]?.id || '';
    this.connectionId = shell ? shell.id : null;
    this.name = shell ? shell.name : slot.title;
    // empty optional fields take the connector's defaults, so nothing is pre-filled beyond what the shell holds
    this.config = structuredClone(shell?.config || {});
    this.error = null;
    this.test = null;
    this.busy = false;
  }

  /** The connection the slot gets, saving the one filled in here first. */
  async save() {
    if (this.mode === 'existing') {
      return this.existingId;
    }
    this.error = null;
    const body = { workspaceId: this.workspaceId, connector: { id: this.descriptor.id, version: this.descriptor.version }, name: this.name, config: this.config };
    try {
      const saved = this.connectionId
        ? await put(`/connections/${encodeURIComponent(this.connectionId)}`, body)
        : await post('/connections', body);
      this.connectionId = saved.id;
      this.config = saved.config;
      return saved.id;
    } catch (error) {
      this.error = error;
      throw error;
    }
  }

  async testConnection() {
    this.busy = true;
    this.test = null;
    this.update();
    try {
      const id = await this.save();
      this.test = await post(`/connections/${encodeURIComponent(id)}/test`);
    } catch (error) {
      this.error = error;
    }
    this.busy = false;
    this.update();
  }

  choose(mode) {
    this.mode = mode;
    this.test = null;
    this.update();
  }

  view() {
    const slot = this.slot;
    const group = `slot-${slot.name}`;
    return html`<fieldset class="slot" data-slot=${slot.name}>
      <legend>${slot.title}</legend>
      <p class="help">Connector <code>${slot.connectorId}</code> ${slot.range || ''}${slot.filled ? ' · filled' : ''}</p>
      <div class="choice" role="radiogroup" aria-label=${`How to fill ${slot.title}`}>
        <label><input type="radio" name=${group} value="fill" ?disabled=${!this.descriptor} .checked=${live(this.mode === 'fill')}
          @change=${() => this.choose('fill')}> Fill in its connection here</label>
        <label><input type="radio" name=${group} value="existing" ?disabled=${!this.fitting.length} .checked=${live(this.mode === 'existing')}
          @change=${() => this.choose('existing')}> Use an existing connection</label>
      </div>
      ${this.descriptor ? nothing : html`<p class="notice">The connector <code>${slot.connectorId}</code> is not active in this runtime, so its connection cannot be filled in here.</p>`}
      ${this.mode === 'existing' ? this.existingView(group) : this.fillView(group)}
      <div class="actions">
        <button type="button" ?disabled=${this.busy || (this.mode === 'existing' && !this.existingId)}
          @click=${() => this.testConnection()}>${this.busy ? 'Testing…' : 'Test connection'}</button>
        ${this.test ? html`<span class=${`test-result ${this.test.ok ? 'test-ok' : 'test-failed'}`} role="status">
          ${this.test.ok ? 'Connected' : 'Failed'}: ${this.test.message}</span>` : nothing}
      </div>
    </fieldset>`;
  }

  existingView(group) {
    return html`<div class="field">
      <label for=${`${group}-existing`}>Connection</label>
      <select id=${`${group}-existing`} @change=${(event) => { this.existingId = event.target.value; this.test = null; this.update(); }}>
        ${this.fitting.map((connection) => html`<option value=${connection.id} ?selected=${connection.id === this.existingId}>${connection.name}</option>`)}
      </select>
    </div>
    ${problemBanner(this.error)}`;
  }

  fillView(group) {
    const schema = this.descriptor.connection || {};
    return html`<div class="field">
        <label for=${`${group}-name`}>Connection name</label>
        <input id=${`${group}-name`} .value=${live(this.name)} aria-invalid=${invalid(this.error, 'name') ? 'true' : 'false'}
          @input=${(event) => { this.name = event.target.value; }}>
        ${fieldMessages(this.error, 'name')}
      </div>
      ${schemaForm({ schema, value: this.config, path: 'config', error: this.error,
        onChange: (value) => { this.config = value; this.update(); } })}
      ${problemBanner(this.error, ['name', ...fieldPaths(schema, 'config')])}`;
  }
}
