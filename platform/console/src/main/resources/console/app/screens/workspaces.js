import { html, nothing } from 'lit-html';
import { all, post } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, when } from '../components/format.js';
import { formText, textField, textareaField } from '../components/form-fields.js';

/** The workspaces the caller can see; tenant admins create new ones. */
export default class Workspaces extends Screen {
  constructor(context) {
    super(context);
    this.workspaces = new Remote(this, () => all('/workspaces?limit=200'));
    this.opened = null; // 'add' while the new workspace's form is open
    this.error = null;
    this.busy = false;
  }

  get title() {
    return 'Workspaces';
  }

  async load() {
    await this.workspaces.reload();
  }

  async create(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    await this.act(async () => {
      const workspace = await post('/workspaces', { name: formText(form, 'name'), description: formText(form, 'description') });
      // the header's switcher lists the session's workspaces: load them again, then make the new one the chosen one
      await this.context.reloadSession();
      this.session.choose(workspace.id);
      this.opened = null;
      await this.workspaces.reload({ quiet: true });
      this.context.notify(`Created workspace ${workspace.name}; it is now the chosen workspace.`);
    });
  }

  choose(workspace) {
    this.session.choose(workspace.id);
    this.context.notify(`${workspace.name} is now the chosen workspace.`);
  }

  view() {
    const admin = this.session.tenantAdmin;
    return html`
      ${this.opened === 'add' ? this.form() : nothing}
      ${admin && this.opened !== 'add' ? html`<div class="toolbar">
        <button type="button" class="primary" @click=${() => this.openForm('add')}>New workspace</button></div>` : nothing}
      ${show(this.workspaces, (workspaces) => this.table(workspaces), {
        emptyMessage: admin ? 'There is no workspace yet. Create the first one.' : 'You are not a member of any workspace yet. Ask a tenant admin to add you to one.',
        emptyAction: admin && this.opened !== 'add' ? html`<button type="button" @click=${() => this.openForm('add')}>Create a workspace</button>` : nothing,
      })}`;
  }

  form() {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.create(event)}>
      <h2>New workspace</h2>
      ${problemBanner(error, ['name', 'description'])}
      ${textField({ id: 'workspace-name', label: 'Name', name: 'name', error, required: true, autocomplete: 'off' })}
      ${textareaField({ id: 'workspace-description', label: 'Description', name: 'description', error })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Creating…' : 'Create workspace'}</button>
        <button type="button" @click=${() => this.openForm(null)}>Cancel</button>
      </div>
    </form>`;
  }

  table(workspaces) {
    return html`<div class="table-wrap"><table>
      <thead><tr><th>Name</th><th>Description</th><th>Sandbox</th><th>Created</th><th>Chosen</th></tr></thead>
      <tbody>${workspaces.map((workspace) => html`<tr data-workspace=${workspace.name}>
        <td><a href=${`/console/workspaces/${encodeURIComponent(workspace.id)}`}>${workspace.name}</a></td>
        <td>${workspace.description || html`<span class="muted">—</span>`}</td>
        <td>${workspace.sandbox ? badge('sandbox') : html`<span class="muted">no</span>`}</td>
        <td>${when(workspace.createdAt)}</td>
        <td>${workspace.id === this.session.workspaceId
          ? html`<span class="badge badge-active">chosen</span>`
          : html`<button type="button" class="small" @click=${() => this.choose(workspace)}>Choose<span
              class="visually-hidden"> ${workspace.name}</span></button>`}</td>
      </tr>`)}</tbody>
    </table></div>`;
  }
}
