import { html, nothing } from 'lit-html';
import { all, del, patch, post } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';
import { checkField, formText, selectField, textField } from '../components/form-fields.js';

const ROLES = [['member', 'member'], ['admin', 'admin'], ['owner', 'owner']];
const FIELDS = ['username', 'password', 'email', 'tenantRole', 'operator'];

/** The row's name for screen readers, so each row's buttons have their own accessible name. */
const hidden = (name) => html`<span class="visually-hidden"> ${name}</span>`;

/**
 * The users of the tenant (tenant admins): add, edit role, email, password and operator, delete. One form is open
 * at a time (the add form or one user's edit form), so every label on the page names one input.
 */
export default class Users extends Screen {
  constructor(context) {
    super(context);
    this.users = new Remote(this, () => all('/users?limit=200'));
    this.opened = null; // 'add', a user's id, or null
    this.error = null;
    this.actionError = null;
    this.busy = false;
  }

  get title() {
    return 'Users';
  }

  async load() {
    await this.users.reload();
  }

  async submit(event, send, message) {
    event.preventDefault();
    const form = new FormData(event.target);
    await this.act(async () => {
      const user = await send(form);
      this.opened = null;
      if (user.id === this.session.me.user.id) {
        await this.context.reloadSession(); // the caller's own role or operator flag changed
      }
      await this.users.reload({ quiet: true });
      this.context.notify(message(user));
    });
  }

  create(form) {
    const body = {
      username: formText(form, 'username'),
      password: form.get('password') || undefined,
      email: formText(form, 'email'),
      tenantRole: form.get('tenantRole'),
    };
    if (this.session.operator) {
      body.operator = form.has('operator');
    }
    return post('/users', body);
  }

  /** Sends only what changed; an empty password field keeps the password. */
  change(user, form) {
    const changes = {};
    const email = formText(form, 'email');
    if (email !== (user.email ?? undefined)) {
      changes.email = email ?? null;
    }
    if (form.get('tenantRole') !== user.tenantRole) {
      changes.tenantRole = form.get('tenantRole');
    }
    if (this.session.operator && form.has('operator') !== Boolean(user.operator)) {
      changes.operator = form.has('operator');
    }
    if (form.get('password')) {
      changes.password = form.get('password');
    }
    return patch(`/users/${encodeURIComponent(user.id)}`, changes);
  }

  async remove(user) {
    if (!(await confirmAction(`Delete user ${user.username}? They can no longer sign in and lose their workspace memberships.`,
      { confirm: 'Delete', danger: true }))) {
      return;
    }
    this.actionError = null;
    try {
      await del(`/users/${encodeURIComponent(user.id)}`);
      await this.users.reload({ quiet: true });
      this.context.notify(`Deleted user ${user.username}`);
    } catch (error) {
      this.actionError = error;
      this.update();
    }
  }

  view() {
    return html`
      ${this.opened === 'add' ? this.addForm() : nothing}
      ${this.opened !== 'add' && this.session.tenantAdmin ? html`<div class="toolbar">
        <button type="button" class="primary" @click=${() => this.openForm('add')}>Add user</button></div>` : nothing}
      ${problemBanner(this.actionError)}
      ${show(this.users, (users) => this.table(users), { emptyMessage: 'This tenant has no users.' })}`;
  }

  addForm() {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.submit(event, (form) => this.create(form),
      (user) => `Added user ${user.username}`)}>
      <h2>Add user</h2>
      ${problemBanner(error, FIELDS)}
      ${textField({ id: 'user-username', label: 'Username', name: 'username', error, required: true, autocomplete: 'off',
        help: 'Letters, digits and . _ @ -; stored in lower case.' })}
      ${textField({ id: 'user-password', label: 'Password', name: 'password', type: 'password', error, required: true,
        autocomplete: 'new-password', help: 'At least 12 characters.' })}
      ${textField({ id: 'user-email', label: 'Email', name: 'email', type: 'email', error, required: true, autocomplete: 'off' })}
      ${selectField({ id: 'user-role', label: 'Tenant role', name: 'tenantRole', options: ROLES, value: 'member', error,
        help: 'Owners and admins manage users and every workspace; members only the workspaces they are added to.' })}
      ${this.session.operator ? checkField({ id: 'user-operator', label: 'Platform operator', name: 'operator', error,
        help: 'Operators manage tenants, connectors and trusted publishers of the whole platform.' }) : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Creating…' : 'Create user'}</button>
        <button type="button" @click=${() => this.openForm(null)}>Cancel</button>
      </div>
    </form>`;
  }

  table(users) {
    const me = this.session.me.user.id;
    return html`<div class="table-wrap"><table>
      <thead><tr><th>Username</th><th>Email</th><th>Tenant role</th><th>Operator</th><th>Created</th><th>Actions</th></tr></thead>
      <tbody>${users.map((user) => html`
        <tr data-user=${user.username}>
          <td>${user.username}${user.id === me ? html` <span class="muted small">(you)</span>` : nothing}</td>
          <td>${user.email || html`<span class="muted">—</span>`}</td>
          <td>${user.tenantRole}</td>
          <td>${user.operator ? 'yes' : html`<span class="muted">no</span>`}</td>
          <td>${when(user.createdAt)}</td>
          <td class="row-actions">
            <button type="button" class="small" aria-expanded=${this.opened === user.id ? 'true' : 'false'}
              @click=${() => this.openForm(this.opened === user.id ? null : user.id)}>Edit${hidden(user.username)}</button>
            ${user.id === me ? nothing : html`<button type="button" class="small danger"
              @click=${() => this.remove(user)}>Delete${hidden(user.username)}</button>`}
          </td>
        </tr>
        ${this.opened === user.id ? html`<tr class="edit-row"><td colspan="6">${this.editForm(user)}</td></tr>` : nothing}`)}
      </tbody>
    </table></div>`;
  }

  editForm(user) {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.submit(event, (form) => this.change(user, form),
      (changed) => `Saved user ${changed.username}`)}>
      <h2>Edit ${user.username}</h2>
      ${problemBanner(error, FIELDS)}
      ${textField({ id: 'edit-email', label: 'Email', name: 'email', type: 'email', value: user.email, error, autocomplete: 'off' })}
      ${selectField({ id: 'edit-role', label: 'Tenant role', name: 'tenantRole', options: ROLES, value: user.tenantRole, error })}
      ${this.session.operator ? checkField({ id: 'edit-operator', label: 'Platform operator', name: 'operator',
        checked: Boolean(user.operator), error }) : nothing}
      ${textField({ id: 'edit-password', label: 'New password', name: 'password', type: 'password', error,
        autocomplete: 'new-password', help: 'Leave it empty to keep the password.' })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Saving…' : 'Save'}</button>
        <button type="button" @click=${() => this.openForm(null)}>Cancel</button>
      </div>
    </form>`;
  }
}
