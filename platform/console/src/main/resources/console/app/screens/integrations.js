import { html, nothing } from 'lit-html';
import { all } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { badge } from '../components/format.js';

/** The prebuilt integrations installed in the tenant, in the workspaces the caller sees. */
export default class Integrations extends Screen {
  constructor(context) {
    super(context);
    this.integrations = new Remote(this, () => all('/integrations'));
  }

  get title() {
    return 'Integrations';
  }

  async load() {
    await this.integrations.reload();
  }

  workspaceName(workspaceId) {
    return this.context.session.workspaces.find((workspace) => workspace.id === workspaceId)?.name || workspaceId;
  }

  view() {
    const install = this.context.session.tenantAdmin
      ? html`<a class="button primary" href="/console/marketplace?kind=integration">Install an integration</a>`
      : nothing;
    return html`
      <div class="actions">${install}</div>
      ${show(this.integrations, (integrations) => html`<div class="table-wrap"><table class="integrations">
        <thead><tr><th>Name</th><th>Listing</th><th>Version</th><th>Workspace</th><th>Slots filled</th><th>Flows</th><th>Update</th></tr></thead>
        <tbody>${integrations.map((integration) => this.row(integration))}</tbody>
      </table></div>`, {
        emptyMessage: 'No integration is installed yet. An integration sets up a workspace with its flows and the connections they need.',
        emptyAction: install,
      })}`;
  }

  row(integration) {
    const filled = integration.slots.filter((slot) => slot.filled).length;
    const enabled = integration.flows.filter((flow) => flow.enabled).length;
    return html`<tr>
      <td><a href=${`/console/integrations/${encodeURIComponent(integration.id)}`}>${integration.name}</a></td>
      <td><a href=${`/console/marketplace/${encodeURIComponent(integration.listingId)}`}>${integration.listingId}</a></td>
      <td>${integration.version}</td>
      <td><a href=${`/console/workspaces/${encodeURIComponent(integration.workspaceId)}`}>${this.workspaceName(integration.workspaceId)}</a></td>
      <td>${filled}/${integration.slots.length}${filled < integration.slots.length ? html` ${badge('incomplete')}` : nothing}</td>
      <td>${integration.flows.length} (${enabled} enabled)</td>
      <td>${integration.availableUpdate ? html`${badge('update')} ${integration.availableUpdate}` : html`<span class="muted">up to date</span>`}</td>
    </tr>`;
  }
}
