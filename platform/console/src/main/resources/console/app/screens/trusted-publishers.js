import { html, nothing } from 'lit-html';
import { all, del, post } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';
import { textField } from '../components/form-fields.js';

const MARKETPLACE = 'local';

/**
 * The publishers whose signed artifacts this platform installs (operators). Trusting pins the publisher's key by
 * its fingerprint; distrusting stops new installs from that publisher.
 */
export default class TrustedPublishers extends Screen {
  constructor(context) {
    super(context);
    this.trusted = new Remote(this, () => all('/marketplace/trusted-publishers?limit=200'));
    this.publishers = new Remote(this, () => all('/marketplace/publishers?limit=200'));
    this.choice = null; // the id of the publisher chosen in the trust form
    this.error = null;
    this.actionError = null;
    this.busy = false;
  }

  get title() {
    return 'Trusted publishers';
  }

  async load() {
    await this.trusted.reload();
    if (!this.trusted.error) {
      await this.publishers.reload();
    }
  }

  /** The local marketplace's publishers that are not trusted yet. */
  candidates() {
    const trusted = this.trusted.value || [];
    return (this.publishers.value || []).filter((publisher) => !trusted.some((item) => item.publisherId === publisher.id
      && (item.marketplace || MARKETPLACE) === MARKETPLACE));
  }

  async trust(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    await this.act(async () => {
      const trusted = await post('/marketplace/trusted-publishers', {
        publisherId: form.get('publisherId'),
        marketplace: MARKETPLACE,
        fingerprint: (form.get('fingerprint') || '').trim() || undefined,
      });
      this.choice = null;
      await this.trusted.reload({ quiet: true });
      this.context.notify(`Trusted ${trusted.name || trusted.publisherId}`);
    });
  }

  async distrust(item) {
    const name = item.name || item.publisherId;
    if (!(await confirmAction(`Distrust ${name}? Nothing more from this publisher can be installed until it is trusted again; what is installed stays.`,
      { confirm: 'Distrust', danger: true }))) {
      return;
    }
    this.actionError = null;
    try {
      await del(`/marketplace/trusted-publishers/${encodeURIComponent(item.publisherId)}`);
      await this.trusted.reload({ quiet: true });
      this.context.notify(`Distrusted ${name}`);
    } catch (error) {
      this.actionError = error;
      this.update();
    }
  }

  view() {
    return html`
      ${problemBanner(this.actionError)}
      ${show(this.trusted, (items) => this.table(items), { emptyMessage: 'No publisher is trusted: nothing from the marketplace can be installed.' })}
      ${this.trusted.error ? nothing : this.trustSection()}`;
  }

  table(items) {
    return html`<div class="table-wrap"><table>
      <thead><tr><th>Publisher</th><th>Id</th><th>Marketplace</th><th>Fingerprint (SHA-256)</th><th>Trusted by</th><th>Trusted</th><th>Actions</th></tr></thead>
      <tbody>${items.map((item) => html`<tr data-publisher=${item.name || item.publisherId}>
        <td>${item.name || html`<span class="muted">—</span>`}</td>
        <td><code>${item.publisherId}</code></td>
        <td>${item.marketplace || MARKETPLACE}</td>
        <td><code class="fingerprint">${item.fingerprint}</code></td>
        <td>${item.trustedBy}</td>
        <td>${when(item.trustedAt)}</td>
        <td><button type="button" class="small danger" @click=${() => this.distrust(item)}>Distrust<span
          class="visually-hidden"> ${item.name || item.publisherId}</span></button></td>
      </tr>`)}</tbody>
    </table></div>`;
  }

  trustSection() {
    return html`<section aria-labelledby="trust-heading">
      <h2 id="trust-heading">Trust a publisher</h2>
      ${show(this.publishers, () => {
        const candidates = this.candidates();
        return candidates.length
          ? this.trustForm(candidates)
          : html`<p class="state empty">Every publisher of the local marketplace is trusted.</p>`;
      }, { emptyMessage: 'No publisher has registered a key yet.' })}
    </section>`;
  }

  trustForm(candidates) {
    const error = this.error;
    const chosen = candidates.find((publisher) => publisher.id === this.choice) || candidates[0];
    return html`<form class="admin-form" novalidate @submit=${(event) => this.trust(event)}>
      ${problemBanner(error, ['publisherId', 'fingerprint'])}
      <div class="field"><label for="trust-publisher">Publisher</label>
        <select id="trust-publisher" name="publisherId" @change=${(event) => { this.choice = event.target.value; this.update(); }}>
          ${candidates.map((publisher) => html`<option value=${publisher.id} ?selected=${publisher.id === chosen.id}>${publisher.name} (${publisher.algorithm})</option>`)}
        </select>
      </div>
      <dl class="facts">
        <dt>Id</dt><dd><code>${chosen.id}</code></dd>
        <dt>Algorithm</dt><dd>${chosen.algorithm}</dd>
        <dt>Registered</dt><dd>${when(chosen.createdAt)}${chosen.createdBy ? ` by ${chosen.createdBy}` : ''}</dd>
        <dt>Its key's fingerprint</dt><dd><code class="fingerprint">${chosen.fingerprint}</code></dd>
      </dl>
      ${textField({ id: 'trust-fingerprint', label: 'Fingerprint (SHA-256)', name: 'fingerprint', value: chosen.fingerprint, error,
        autocomplete: 'off', help: 'Compare it with the fingerprint the publisher gave you another way. Trust is refused when the key the marketplace serves has another one.' })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? 'Trusting…' : 'Trust publisher'}</button>
      </div>
    </form>`;
  }
}
