import { html, nothing } from 'lit-html';
import { all, del, post } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { when } from '../components/format.js';
import { confirmAction, copyText } from '../components/dialog.js';
import { formText, textField } from '../components/form-fields.js';

/**
 * The caller's API tokens: they act as the caller for scripts and CI. A new token's secret is shown once, here,
 * and kept only in this screen's memory until it closes or "Done" is pressed.
 */
export default class Tokens extends Screen {
  constructor(context) {
    super(context);
    this.tokens = new Remote(this, () => all('/tokens?limit=200'));
    this.created = null; // {name, token} of the token just created
    this.copied = null;
    this.error = null;
    this.actionError = null;
    this.busy = false;
  }

  get title() {
    return 'API tokens';
  }

  async load() {
    await this.tokens.reload();
  }

  dispose() {
    this.created = null;
  }

  async create(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    await this.act(async () => {
      const answer = await post('/tokens', { name: formText(data, 'name'), expiresAt: expiry(data.get('expiresAt')) });
      this.created = { name: answer.name, token: answer.token };
      this.copied = null;
      form.reset();
      await this.tokens.reload({ quiet: true });
    });
  }

  async copy() {
    this.copied = (await copyText(this.created.token)) ? 'Copied' : 'Select and copy it';
    this.update();
  }

  async revoke(token) {
    if (!(await confirmAction(`Revoke the token ${token.name}? Scripts using it stop working at once.`, { confirm: 'Revoke', danger: true }))) {
      return;
    }
    this.actionError = null;
    try {
      await del(`/tokens/${encodeURIComponent(token.id)}`);
      await this.tokens.reload({ quiet: true });
      this.context.notify(`Revoked the token ${token.name}`);
    } catch (error) {
      this.actionError = error;
      this.update();
    }
  }

  view() {
    return html`
      <p class="muted">An API token acts as you (${this.context.session.me.user.username}) with your roles. Send it as
        <code>Authorization: Bearer …</code>; see the <a href="/api/v1/docs/" target="_blank" rel="noopener">API documentation</a>.</p>
      ${this.created ? this.secret() : nothing}
      ${this.form()}
      ${problemBanner(this.actionError)}
      <h2>Your tokens</h2>
      ${show(this.tokens, (tokens) => this.table(tokens), { emptyMessage: 'You have no API tokens.' })}`;
  }

  secret() {
    return html`<section class="secret-once" aria-labelledby="secret-heading">
      <h2 id="secret-heading">Token ${this.created.name} created</h2>
      <p><strong>Copy it now: it is not shown again.</strong> Tributary keeps only a hash of it.</p>
      <div class="secret-row">
        <label class="visually-hidden" for="token-secret">New token</label>
        <input id="token-secret" readonly .value=${this.created.token} @focus=${(event) => event.target.select()}>
        <button type="button" @click=${() => this.copy()}>Copy</button>
        ${this.copied ? html`<span role="status">${this.copied}</span>` : nothing}
      </div>
      <div class="actions"><button type="button" @click=${() => { this.created = null; this.update(); }}>Done</button></div>
    </section>`;
  }

  form() {
    const error = this.error;
    return html`<form class="admin-form" novalidate @submit=${(event) => this.create(event)}>
      <h2>Create token</h2>
      ${problemBanner(error, ['name', 'expiresAt'])}
      ${textField({ id: 'token-name', label: 'Token name', name: 'name', error, required: true, autocomplete: 'off',
        help: 'What it is for, e.g. "CI deploys".' })}
      ${textField({ id: 'token-expires', label: 'Expires on (optional)', name: 'expiresAt', type: 'date', error,
        help: 'It stops working at the start of that day (your time). Empty: it does not expire.' })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Creating…' : 'Create token'}</button>
      </div>
    </form>`;
  }

  table(tokens) {
    return html`<div class="table-wrap"><table>
      <thead><tr><th>Name</th><th>Created</th><th>Expires</th><th>Last used</th><th>Actions</th></tr></thead>
      <tbody>${tokens.map((token) => html`<tr data-token=${token.name}>
        <td>${token.name}</td>
        <td>${when(token.createdAt)}</td>
        <td>${token.expiresAt ? when(token.expiresAt) : html`<span class="muted">never</span>`}</td>
        <td>${token.lastUsedAt ? when(token.lastUsedAt) : html`<span class="muted">never</span>`}</td>
        <td><button type="button" class="small danger" @click=${() => this.revoke(token)}>Revoke<span
          class="visually-hidden"> ${token.name}</span></button></td>
      </tr>`)}</tbody>
    </table></div>`;
  }
}

/** A date input's value (YYYY-MM-DD) as the ISO instant of the start of that day in the browser's time zone. */
function expiry(date) {
  return date ? new Date(`${date}T00:00`).toISOString() : undefined;
}
