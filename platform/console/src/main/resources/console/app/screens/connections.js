import { html, nothing } from 'lit-html';
import { all, del, query } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { empty, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';
import { deleteQuestion, flowsUsing, testConnection, testOutcome } from '../components/connections.js';

/** The chosen workspace's connections: test each, open one, create and delete them (managers). */
export default class Connections extends Screen {
  constructor(context) {
    super(context);
    this.workspaceId = context.session.workspaceId;
    this.connections = new Remote(this, () => all(`/connections${query({ workspace: this.workspaceId, limit: 200 })}`));
    // only to say which flows use a connection; the list works without it
    this.flows = new Remote(this, () => all(`/flows${query({ workspace: this.workspaceId, limit: 200 })}`));
    this.tests = new Map();
    this.failure = null;
  }

  get title() {
    return 'Connections';
  }

  get manager() {
    return this.context.session.canManage(this.workspaceId);
  }

  async load() {
    if (this.workspaceId) {
      await Promise.all([this.connections.reload(), this.flows.reload()]);
    }
  }

  async test(connection) {
    this.tests.set(connection.id, { busy: true });
    this.update();
    this.tests.set(connection.id, await testConnection(connection.id));
    this.update();
  }

  async remove(connection) {
    if (!(await confirmAction(deleteQuestion(connection, this.flows.value), { confirm: 'Delete', danger: true }))) {
      return;
    }
    this.failure = null;
    try {
      await del(`/connections/${encodeURIComponent(connection.id)}`);
      this.context.notify(`Connection "${connection.name}" deleted.`);
    } catch (error) {
      this.failure = error;
    }
    await this.connections.reload({ quiet: true });
  }

  view() {
    if (!this.workspaceId) {
      return empty('No workspace yet. Connections belong to a workspace.',
        html`<p><a class="button primary" href="/console/workspaces">Go to workspaces</a></p>`);
    }
    const create = this.manager
      ? html`<a class="button primary" href=${`/console/connections/new${query({ workspace: this.workspaceId })}`}>New connection</a>`
      : nothing;
    return html`
      <div class="toolbar">
        <p class="muted ops-grow">Connections of ${this.context.session.workspace?.name || 'this workspace'}: where flows read and write, with their credentials.</p>
        ${create}
      </div>
      ${problemBanner(this.failure)}
      ${show(this.connections, (connections) => this.table(connections), { emptyMessage: 'No connections in this workspace yet.' })}`;
  }

  table(connections) {
    return html`<div class="table-wrap"><table class="ops-connections">
      <thead><tr>
        <th scope="col">Name</th><th scope="col">Connector</th><th scope="col">Used by</th>
        <th scope="col">Updated</th><th scope="col">Test</th><th scope="col"><span class="ops-sr-only">Actions</span></th>
      </tr></thead>
      <tbody>${connections.map((connection) => this.row(connection))}</tbody>
    </table></div>`;
  }

  row(connection) {
    const users = this.flows.value ? flowsUsing(this.flows.value, connection.id) : null;
    return html`<tr data-connection=${connection.id}>
      <td><a href=${`/console/connections/${encodeURIComponent(connection.id)}`}>${connection.name}</a></td>
      <td><code>${connection.connector.id}</code> <span class="muted">${connection.connector.version}</span></td>
      <td>${users === null ? html`<span class="muted">—</span>`
        : users.length ? users.map((flow, index) => html`${index ? ', ' : ''}<a href=${`/console/flows/${encodeURIComponent(flow.id)}`}>${flow.name}</a>`)
          : html`<span class="muted">no flow</span>`}</td>
      <td>${when(connection.updatedAt)}</td>
      <td class="ops-test-cell">${testOutcome(this.tests.get(connection.id))}</td>
      <td class="ops-row-actions">
        <button type="button" class="small" aria-label=${`Test ${connection.name}`}
          ?disabled=${this.tests.get(connection.id)?.busy} @click=${() => this.test(connection)}>Test</button>
        ${this.manager ? html`<button type="button" class="small danger" aria-label=${`Delete ${connection.name}`}
          @click=${() => this.remove(connection)}>Delete</button>` : nothing}
      </td>
    </tr>`;
  }
}
