import { html, nothing } from 'lit-html';
import { all, get, post, query } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { when } from '../components/format.js';
import { formText, textField } from '../components/form-fields.js';

const FIELDS = ['name', 'owner', 'owner.username', 'owner.password', 'owner.email'];
const KNOWN = ['id', 'name', 'createdAt'];

/** The platform's tenants (operators): the list, one tenant's details (`?tenant=` in the URL) and a new tenant. */
export default class Tenants extends Screen {
  constructor(context) {
    super(context);
    this.tenants = new Remote(this, () => all('/tenants?limit=200'));
    this.selected = context.query.get('tenant');
    this.detail = new Remote(this, () => get(`/tenants/${encodeURIComponent(this.selected)}`));
    this.opened = null; // 'add' while the new tenant's form is open
    this.error = null;
    this.busy = false;
  }

  get title() {
    return 'Tenants';
  }

  async load() {
    await Promise.all([this.tenants.reload(), this.selected ? this.detail.reload() : null]);
  }

  /** Opens or closes a tenant's details; the URL keeps the open one, so a reload shows it again. */
  async toggle(tenant) {
    this.selected = this.selected === tenant.id ? null : tenant.id;
    history.replaceState(null, '', `/console/tenants${query({ tenant: this.selected })}`);
    this.detail.value = undefined;
    this.update();
    if (this.selected) {
      await this.detail.reload();
    }
  }

  async create(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    await this.act(async () => {
      const tenant = await post('/tenants', {
        name: formText(form, 'name'),
        owner: {
          username: formText(form, 'owner.username'),
          password: form.get('owner.password') || undefined,
          email: formText(form, 'owner.email'),
        },
      });
      this.opened = null;
      await this.tenants.reload({ quiet: true });
      this.context.notify(`Created tenant ${tenant.name}; its owner can sign in now.`);
    });
  }

  view() {
    return html`
      ${this.opened === 'add' ? this.form() : nothing}
      ${this.session.operator && this.opened !== 'add' ? html`<div class="toolbar">
        <button type="button" class="primary" @click=${() => this.openForm('add')}>New tenant</button></div>` : nothing}
      ${show(this.tenants, (tenants) => this.table(tenants), { emptyMessage: 'There are no tenants.' })}`;
  }

  form() {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.create(event)}>
      <h2>New tenant</h2>
      ${problemBanner(error, FIELDS)}
      ${textField({ id: 'tenant-name', label: 'Tenant name', name: 'name', error, required: true, autocomplete: 'off' })}
      <fieldset>
        <legend>Owner</legend>
        <p class="help">The tenant's first user; they add the other users and workspaces.</p>
        ${textField({ id: 'owner-username', label: 'Owner username', name: 'owner.username', error, required: true, autocomplete: 'off' })}
        ${textField({ id: 'owner-password', label: 'Owner password', name: 'owner.password', type: 'password', error,
          required: true, autocomplete: 'new-password', help: 'At least 12 characters.' })}
        ${textField({ id: 'owner-email', label: 'Owner email', name: 'owner.email', type: 'email', error, required: true, autocomplete: 'off' })}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Creating…' : 'Create tenant'}</button>
        <button type="button" @click=${() => this.openForm(null)}>Cancel</button>
      </div>
    </form>`;
  }

  table(tenants) {
    const mine = this.session.me.tenant.id;
    return html`<div class="table-wrap"><table>
      <thead><tr><th>Name</th><th>Id</th><th>Created</th><th>Details</th></tr></thead>
      <tbody>${tenants.map((tenant) => html`
        <tr data-tenant=${tenant.name}>
          <td>${tenant.name}${tenant.id === mine ? html` <span class="muted small">(yours)</span>` : nothing}</td>
          <td><code>${tenant.id}</code></td>
          <td>${when(tenant.createdAt)}</td>
          <td><button type="button" class="small" aria-expanded=${this.selected === tenant.id ? 'true' : 'false'}
            @click=${() => this.toggle(tenant)}>${this.selected === tenant.id ? 'Hide' : 'Show'}<span
            class="visually-hidden"> ${tenant.name}</span></button></td>
        </tr>
        ${this.selected === tenant.id ? html`<tr class="edit-row"><td colspan="4">
          ${show(this.detail, (detail) => facts(detail))}</td></tr>` : nothing}`)}
      </tbody>
    </table></div>`;
  }
}

/** Every field of the tenant's answer: the known ones first, then whatever else it has. */
function facts(tenant) {
  const others = Object.keys(tenant).filter((key) => !KNOWN.includes(key));
  return html`<dl class="facts" data-tenant-detail=${tenant.id}>
    <dt>Name</dt><dd>${tenant.name}</dd>
    <dt>Id</dt><dd><code>${tenant.id}</code></dd>
    <dt>Created</dt><dd>${when(tenant.createdAt)} <span class="muted small">${tenant.createdAt}</span></dd>
    ${others.map((key) => html`<dt>${key}</dt><dd>${value(tenant[key])}</dd>`)}
  </dl>`;
}

function value(item) {
  if (item === null || item === undefined) {
    return html`<span class="muted">—</span>`;
  }
  return typeof item === 'object' ? html`<pre>${JSON.stringify(item, null, 2)}</pre>` : String(item);
}
