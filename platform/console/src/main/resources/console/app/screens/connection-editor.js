import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { all, del, get, post, put, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { loading, show } from '../components/states.js';
import { fieldMessages, invalid, problemBanner } from '../components/problem.js';
import { schemaForm, fieldPaths } from '../components/schema-form.js';
import { when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';
import { deleteQuestion, testConnection, testOutcome } from '../components/connections.js';

const CONNECTOR_FIELDS = ['connector', 'connector.id', 'connector.version'];

/**
 * One connection: its connector (chosen when new), name and config, the config as a form made from the
 * connector's connection schema. Managers save and delete; everyone who sees it may test it.
 */
export default class ConnectionEditor extends Screen {
  constructor(context) {
    super(context);
    this.id = context.params.id || null;
    this.connection = new Remote(this, async () => this.take(await get(`/connections/${encodeURIComponent(this.id)}`)));
    this.connectors = new Remote(this, async () => (await all('/connectors?limit=200')).filter((item) => item.state === 'active'));
    this.workspaceId = this.id ? null : context.session.workspaceId;
    this.connector = null;
    this.name = '';
    this.config = {};
    this.schema = undefined;
    this.schemaError = null;
    this.dirty = false;
    this.busy = false;
    this.error = null;
    this.saved = false;
    this.test = null;
  }

  get title() {
    return this.id ? this.connection.value?.name || 'Connection' : 'New connection';
  }

  get manager() {
    return Boolean(this.workspaceId) && this.context.session.canManage(this.workspaceId);
  }

  async load() {
    if (this.id) {
      if (await this.connection.reload()) {
        await this.loadSchema();
      }
      return;
    }
    if (!this.manager) {
      return;
    }
    const connectors = await this.connectors.reload();
    // ?connector=<id> (from an integration's slot) picks its newest active version
    const wanted = (connectors || []).filter((item) => item.id === this.context.query.get('connector'));
    const preselected = wanted.length ? wanted[wanted.length - 1] : connectors && connectors.length === 1 ? connectors[0] : null;
    if (preselected) {
      await this.chooseConnector(key(preselected));
    }
  }

  take(connection) {
    this.workspaceId = connection.workspaceId;
    this.connector = connection.connector;
    this.name = connection.name;
    this.config = connection.config || {};
    this.dirty = false;
    return connection;
  }

  async loadSchema() {
    this.schema = undefined;
    this.schemaError = null;
    this.update();
    const connector = this.connector;
    let schema;
    let failure = null;
    try {
      const descriptor = await get(`/connectors/${encodeURIComponent(connector.id)}/${encodeURIComponent(connector.version)}`);
      schema = descriptor.connection || {};
    } catch (error) {
      // an uninstalled connector: the config can still be read and edited as JSON
      failure = error;
      schema = {};
    }
    if (connector === this.connector) {
      this.schema = schema;
      this.schemaError = failure;
      this.update();
    }
  }

  async chooseConnector(value) {
    const [id, version] = value.split('@');
    this.connector = value ? { id, version } : null;
    this.config = {};
    this.error = null;
    if (this.connector) {
      await this.loadSchema();
    } else {
      this.schema = undefined;
      this.update();
    }
  }

  change(fields) {
    Object.assign(this, fields);
    this.dirty = true;
    this.saved = false;
    this.update();
  }

  async save(event) {
    event.preventDefault();
    const body = { workspaceId: this.workspaceId, connector: this.connector, name: this.name.trim(), config: this.config };
    await this.act(async () => {
      if (this.id) {
        this.connection.value = this.take(await put(`/connections/${encodeURIComponent(this.id)}`, body));
        this.saved = true;
      } else {
        const created = await post('/connections', body);
        this.context.navigate(`/console/connections/${encodeURIComponent(created.id)}`, { replace: true });
        this.context.notify(`Connection "${created.name}" created.`);
      }
    });
  }

  async runTest() {
    this.test = { busy: true };
    this.update();
    this.test = await testConnection(this.id);
    this.update();
  }

  async remove() {
    const connection = this.connection.value;
    const flows = await all(`/flows${query({ workspace: this.workspaceId, limit: 200 })}`).catch(() => []);
    if (!(await confirmAction(deleteQuestion(connection, flows), { confirm: 'Delete', danger: true }))) {
      return;
    }
    try {
      await del(`/connections/${encodeURIComponent(this.id)}`);
      this.context.navigate(`/console/connections${query({ workspace: this.workspaceId })}`);
      this.context.notify(`Connection "${connection.name}" deleted.`);
    } catch (error) {
      this.error = error;
      this.update();
    }
  }

  view() {
    if (this.id) {
      return show(this.connection, () => this.form());
    }
    if (!this.workspaceId) {
      return html`<div class="state empty"><p>No workspace yet. Connections belong to a workspace.</p>
        <p><a class="button primary" href="/console/workspaces">Go to workspaces</a></p></div>`;
    }
    if (!this.manager) {
      return html`<p class="notice">Creating connections needs the manage role in this workspace.</p>
        <p><a href=${`/console/connections${query({ workspace: this.workspaceId })}`}>Back to connections</a></p>`;
    }
    return show(this.connectors, () => this.form(), {
      emptyMessage: 'No active connector is installed. Install one from the marketplace first.',
      emptyAction: html`<p><a class="button" href="/console/marketplace">Browse the marketplace</a></p>`,
    });
  }

  form() {
    const readOnly = !this.manager;
    const shown = ['name', 'workspaceId', ...CONNECTOR_FIELDS, ...(this.schema ? fieldPaths(this.schema, 'config') : []), 'config'];
    const workspace = this.context.session.workspaces.find((item) => item.id === this.workspaceId);
    return html`
      ${readOnly ? html`<p class="notice">You may view and test this connection; changing it needs the manage role
        in its workspace.</p>` : nothing}
      <form class="ops-connection-form" @submit=${(event) => this.save(event)} novalidate>
        <dl class="facts">
          <dt>Workspace</dt><dd>${workspace ? workspace.name : html`<code>${this.workspaceId}</code>`}</dd>
          ${this.id ? html`<dt>Connector</dt><dd><code>${this.connector.id}</code> ${this.connector.version}</dd>
            <dt>Updated</dt><dd>${when(this.connection.value.updatedAt)}</dd>` : nothing}
        </dl>
        ${this.id ? nothing : this.connectorSelect(readOnly)}
        <div class="field">
          <label for="connection-name">Connection name<span class="required" aria-hidden="true">*</span></label>
          <input id="connection-name" name="name" required autocomplete="off" ?readonly=${readOnly}
            aria-invalid=${invalid(this.error, 'name') ? 'true' : 'false'} .value=${live(this.name)}
            @input=${(event) => this.change({ name: event.target.value })}>
          ${fieldMessages(this.error, 'name')}
        </div>
        ${this.configFields(readOnly)}
        ${problemBanner(this.error, shown)}
        ${this.saved ? html`<p class="notice" role="status">Saved.</p>` : nothing}
        <div class="actions">
          ${readOnly ? nothing : html`<button type="submit" class="primary" ?disabled=${this.busy || !this.connector}>
            ${this.busy ? 'Saving…' : this.id ? 'Save' : 'Create connection'}</button>`}
          ${this.id ? html`<button type="button" ?disabled=${this.test?.busy} @click=${() => this.runTest()}>Test connection</button>` : nothing}
          ${this.id && !readOnly ? html`<button type="button" class="danger" @click=${() => this.remove()}>Delete</button>` : nothing}
          <a href=${`/console/connections${query({ workspace: this.workspaceId })}`}>Back to connections</a>
        </div>
        ${this.id ? html`<div class="ops-test-result">
          ${this.dirty && !readOnly ? html`<p class="help">The test uses the saved settings: save your changes first.</p>` : nothing}
          ${testOutcome(this.test)}</div>` : html`<p class="help">Save the connection to test it.</p>`}
      </form>`;
  }

  connectorSelect(readOnly) {
    const connectors = this.connectors.value || [];
    const chosen = this.connector ? key(this.connector) : '';
    return html`<div class="field">
      <label for="connection-connector">Connector<span class="required" aria-hidden="true">*</span></label>
      <select id="connection-connector" name="connector" ?disabled=${readOnly}
        aria-invalid=${CONNECTOR_FIELDS.some((field) => invalid(this.error, field)) ? 'true' : 'false'}
        @change=${(event) => this.chooseConnector(event.target.value)}>
        <option value="" ?selected=${!chosen}>Choose a connector</option>
        ${connectors.map((connector) => html`<option value=${key(connector)} ?selected=${key(connector) === chosen}>
          ${connector.name} ${connector.version}</option>`)}
      </select>
      ${CONNECTOR_FIELDS.map((field) => fieldMessages(this.error, field))}
    </div>`;
  }

  configFields(readOnly) {
    if (!this.connector) {
      return nothing;
    }
    if (this.schema === undefined) {
      return loading('Loading the connector’s settings');
    }
    return html`<fieldset class="ops-config">
      <legend>Settings</legend>
      ${this.schemaError ? html`<p class="help">The connector ${this.connector.id} ${this.connector.version} is not
        installed, so its settings are shown as JSON.</p>` : nothing}
      ${schemaForm({ schema: this.schema, value: this.config, path: 'config', error: this.error, readOnly,
        onChange: (config) => this.change({ config }) })}
    </fieldset>`;
  }
}

const key = (connector) => `${connector.id}@${connector.version}`;
