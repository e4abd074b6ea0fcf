import { html, nothing } from 'lit-html';
import { all, del, get, patch, post, put } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, when } from '../components/format.js';
import { confirmAction, copyText } from '../components/dialog.js';
import { checkField, formText, textField, textareaField } from '../components/form-fields.js';
import { exportSection, importSection, membersSection } from '../components/workspace-sections.js';

/**
 * One workspace: its details, members, clone, export and import. Tenant admins edit, clone, delete and change
 * members; `manage` members import; everyone who sees it exports it.
 */
export default class Workspace extends Screen {
  constructor(context) {
    super(context);
    this.id = context.params.id;
    this.workspace = new Remote(this, () => get(this.path()));
    this.users = new Remote(this, () => all('/users?limit=200'));
    this.opened = null; // 'edit', 'clone' or null: the open form
    this.error = null;
    this.actionError = null;
    this.busy = false;
    this.exported = null; // {url, fileName, text}
    this.copied = null; // what the Copy button achieved: 'Copied' or a hint
    this.importText = '';
    this.importParseError = null;
    this.importError = null;
    this.exportError = null;
    this.memberError = null;
  }

  get title() {
    return this.workspace.value ? `Workspace ${this.workspace.value.name}` : 'Workspace';
  }

  path(suffix = '') {
    return `/workspaces/${encodeURIComponent(this.id)}${suffix}`;
  }

  async load() {
    await Promise.all([this.workspace.reload(), this.session.tenantAdmin ? this.users.reload() : null]);
  }

  dispose() {
    this.forgetExport();
  }

  save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    return this.act(async () => {
      this.workspace.value = await patch(this.path(), { name: form.get('name').trim(), description: form.get('description').trim() });
      this.opened = null;
      this.context.notify('Saved');
      document.title = `${this.title} · Tributary`;
      await this.context.reloadSession();
    });
  }

  clone(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    return this.act(async () => {
      const copy = await post(this.path('/clone'), { name: formText(form, 'name'), sandbox: form.has('sandbox') });
      await this.context.reloadSession();
      this.context.navigate(`/console/workspaces/${encodeURIComponent(copy.id)}`);
      this.context.notify(`Cloned into ${copy.name}${copy.sandbox ? ' (a sandbox)' : ''}. Enter the connections' secrets again.`);
    });
  }

  async remove() {
    const { name } = this.workspace.value;
    if (await confirmAction(`Delete workspace ${name} with its flows, connections and run history?`, { confirm: 'Delete', danger: true })) {
      await this.act(async () => {
        await del(this.path());
        await this.context.reloadSession();
        this.context.navigate('/console/workspaces');
        this.context.notify(`Deleted workspace ${name}`);
      }, { errorField: 'actionError' });
    }
  }

  /** Sets a member's role (adds them when they are not yet a member). */
  setMember(userId, role) {
    return this.act(async () => {
      await put(this.memberPath(userId), { role });
      await this.membersChanged(userId);
    }, { errorField: 'memberError' });
  }

  async removeMember(member) {
    if (await confirmAction(`Remove ${member.username} from ${this.workspace.value.name}?`, { confirm: 'Remove', danger: true })) {
      await this.act(async () => {
        await del(this.memberPath(member.userId));
        await this.membersChanged(member.userId);
      }, { errorField: 'memberError' });
    }
  }

  memberPath(userId) {
    return this.path(`/members/${encodeURIComponent(userId)}`);
  }

  async membersChanged(userId) {
    await this.workspace.reload({ quiet: true });
    if (userId === this.session.me.user.id) {
      await this.context.reloadSession();
    }
  }

  exportDocument() {
    return this.act(async () => {
      const exported = await get(this.path('/export'));
      this.forgetExport();
      const text = JSON.stringify(exported, null, 2);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      this.exported = { url, text, fileName: `${fileName(this.workspace.value.name)}.json` };
      this.copied = null;
    }, { errorField: 'exportError' });
  }

  async copyExport() {
    this.copied = (await copyText(this.exported.text)) ? 'Copied' : 'Select and copy it';
    this.update();
  }

  forgetExport() {
    if (this.exported) {
      URL.revokeObjectURL(this.exported.url);
      this.exported = null;
    }
  }

  importDocument() {
    return this.act(async () => {
      const workspace = await post(this.path('/import'), JSON.parse(this.importText));
      this.workspace.value = workspace;
      this.importText = '';
      this.forgetExport(); // it no longer shows what the workspace holds
      this.context.notify(`Imported into ${workspace.name}. Imported flows are disabled; enter the connections' secrets, then enable them.`);
    }, { errorField: 'importError' });
  }

  view() {
    return show(this.workspace, (workspace) => html`
      ${this.details(workspace)}
      ${this.opened === 'edit' ? this.editForm(workspace) : nothing}
      ${this.opened === 'clone' ? this.cloneForm(workspace) : nothing}
      ${membersSection({
        workspace, users: this.users, admin: this.session.tenantAdmin, busy: this.busy, error: this.memberError,
        onSet: (userId, role) => this.setMember(userId, role), onRemove: (member) => this.removeMember(member),
      })}
      ${exportSection({ exported: this.exported, copied: this.copied, busy: this.busy, error: this.exportError,
        onExport: () => this.exportDocument(), onCopy: () => this.copyExport() })}
      ${this.session.canManage(workspace.id) ? importSection({
        text: this.importText, parseError: this.importParseError, error: this.importError, busy: this.busy,
        onText: (text, parseError) => { this.importText = text; this.importParseError = parseError; this.update(); },
        onImport: () => this.importDocument(),
      }) : nothing}`);
  }

  details(workspace) {
    const admin = this.session.tenantAdmin;
    const chosen = workspace.id === this.session.workspaceId;
    return html`<dl class="facts">
      <dt>Name</dt><dd>${workspace.name}</dd>
      <dt>Description</dt><dd>${workspace.description || html`<span class="muted">—</span>`}</dd>
      <dt>Sandbox</dt><dd>${workspace.sandbox ? badge('sandbox') : 'no'}</dd>
      <dt>Created</dt><dd>${when(workspace.createdAt)}</dd>
      <dt>Id</dt><dd><code>${workspace.id}</code></dd>
      <dt>Your role</dt><dd>${this.session.role(workspace.id) || html`<span class="muted">none</span>`}</dd>
    </dl>
    ${problemBanner(this.actionError)}
    <div class="actions">
      ${chosen ? html`<span class="badge badge-active">chosen workspace</span>` : html`<button type="button"
        @click=${() => { this.session.choose(workspace.id); this.context.notify(`${workspace.name} is now the chosen workspace.`); }}>Choose this workspace</button>`}
      <a href=${`/console/flows?workspace=${encodeURIComponent(workspace.id)}`}>Its flows</a>
      ${admin ? html`
        <button type="button" aria-expanded=${this.opened === 'edit' ? 'true' : 'false'} @click=${() => this.openForm(this.opened === 'edit' ? null : 'edit')}>Edit</button>
        <button type="button" aria-expanded=${this.opened === 'clone' ? 'true' : 'false'} @click=${() => this.openForm(this.opened === 'clone' ? null : 'clone')}>Clone</button>
        <button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.remove()}>Delete workspace</button>` : nothing}
    </div>`;
  }

  editForm(workspace) {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.save(event)}>
      <h2>Edit workspace</h2>
      ${problemBanner(error, ['name', 'description'])}
      ${textField({ id: 'edit-name', label: 'Name', name: 'name', value: workspace.name, error, required: true, autocomplete: 'off' })}
      ${textareaField({ id: 'edit-description', label: 'Description', name: 'description', value: workspace.description, error })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>Save</button>
        <button type="button" @click=${() => this.openForm(null)}>Cancel</button>
      </div>
    </form>`;
  }

  cloneForm(workspace) {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.clone(event)}>
      <h2>Clone workspace</h2>
      <p class="help">Copies the flows and the connections without their secrets into a new workspace.</p>
      ${problemBanner(error, ['name', 'sandbox'])}
      ${textField({ id: 'clone-name', label: 'Name of the clone', name: 'name', value: `${workspace.name} sandbox`, error, required: true, autocomplete: 'off' })}
      ${checkField({ id: 'clone-sandbox', label: 'Sandbox', name: 'sandbox', checked: true, error,
        help: 'A sandbox is for trying changes before making them in the original.' })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>Clone workspace</button>
        <button type="button" @click=${() => this.openForm(null)}>Cancel</button>
      </div>
    </form>`;
  }
}

/** A workspace name as a safe file name: "Orders (EU)" → "orders-eu". */
function fileName(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'workspace';
}
