import { html, nothing } from 'lit-html';
import { all, del, post, request } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, json, when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';

/** What this runtime has: what came from marketplaces, and every connector bundle with its state. */
export default class Installed extends Screen {
  constructor(context) {
    super(context);
    this.items = new Remote(this, () => all('/marketplace/installed'));
    this.connectors = new Remote(this, () => all('/connectors'));
    this.busy = null;
    // the last refused or failed action: {key, error, force} where force retries it regardless
    this.refusal = null;
    this.jar = null;
    this.uploadError = null;
    this.uploaded = null;
  }

  get title() {
    return 'Installed';
  }

  get operator() {
    return this.context.session.operator;
  }

  async load() {
    await Promise.all([this.items.reload(), this.connectors.reload()]);
  }

  async refresh() {
    await Promise.all([this.items.reload({ quiet: true }), this.connectors.reload({ quiet: true })]);
  }

  /** Runs an action of one row; a 409 offers `force`, the same action regardless of what it found. */
  async actOnRow(key, action, force = null) {
    this.busy = key;
    this.refusal = null;
    this.update();
    try {
      const message = await action();
      this.context.notify(message);
      await this.refresh();
    } catch (error) {
      this.refusal = { key, error, force: error.status === 409 ? force : null };
    }
    this.busy = null;
    this.update();
  }

  upgrade(item) {
    return this.actOnRow(`item:${item.listingId}`, async () => {
      const result = await post(`/marketplace/installed/${encodeURIComponent(item.listingId)}/upgrade`, { version: item.availableUpdate });
      return `${item.listingId} is at ${result.item.version} now.${(result.warnings || []).length ? ` ${result.warnings.join(' ')}` : ''}`;
    });
  }

  async uninstallItem(item, force = false) {
    if (!force && !(await confirmAction(`Uninstall ${item.listingId} ${item.version}?`, { confirm: 'Uninstall', danger: true }))) {
      return;
    }
    const path = `/marketplace/installed/${encodeURIComponent(item.listingId)}${force ? '?force=true' : ''}`;
    await this.actOnRow(`item:${item.listingId}`, async () => {
      await del(path);
      return `${item.listingId} is uninstalled.`;
    }, force ? null : () => this.uninstallItem(item, true));
  }

  async uninstallConnector(connector, force = false) {
    if (!force && !(await confirmAction(`Uninstall the connector ${connector.name} ${connector.version}?`, { confirm: 'Uninstall', danger: true }))) {
      return;
    }
    const path = `/connectors/${encodeURIComponent(connector.id)}/${encodeURIComponent(connector.version)}${force ? '?force=true' : ''}`;
    await this.actOnRow(`connector:${connector.id}/${connector.version}`, async () => {
      await del(path);
      return `The connector ${connector.id} ${connector.version} is uninstalled.`;
    }, force ? null : () => this.uninstallConnector(connector, true));
  }

  async upload(event) {
    event.preventDefault();
    if (!this.jar) {
      return;
    }
    this.busy = 'upload';
    this.uploadError = null;
    this.uploaded = null;
    this.update();
    try {
      this.uploaded = await request('POST', '/connectors', this.jar, { contentType: 'application/java-archive' });
      this.context.notify(`The connector ${this.uploaded.name || this.uploaded.id} ${this.uploaded.version} is installed.`);
      event.target.reset();
      this.jar = null;
      await this.connectors.reload({ quiet: true });
    } catch (error) {
      this.uploadError = error;
    }
    this.busy = null;
    this.update();
  }

  view() {
    return html`
      <h2>Installed from the marketplace</h2>
      ${show(this.items, (items) => this.itemsTable(items), { emptyMessage: 'Nothing was installed from a marketplace yet.',
        emptyAction: html`<a href="/console/marketplace">Browse the catalog</a>` })}
      <h2>Connectors in this runtime</h2>
      ${show(this.connectors, (connectors) => this.connectorsTable(connectors), { emptyMessage: 'No connector is installed.' })}
      ${this.operator ? this.uploadForm() : nothing}`;
  }

  /** The refusal of the row's last action, with "Uninstall anyway" when the API allows forcing it. */
  refusalFor(key) {
    if (!this.refusal || this.refusal.key !== key) {
      return nothing;
    }
    const { error, force } = this.refusal;
    return html`<div class="refusal">${problemBanner(error)}
      ${force ? html`<button type="button" class="danger small" @click=${force}>Uninstall anyway</button>` : nothing}</div>`;
  }

  itemsTable(items) {
    return html`<div class="table-wrap"><table class="installed-items">
      <thead><tr><th>Listing</th><th>Kind</th><th>Version</th><th>Marketplace</th><th>Update</th><th>Warning</th>
        <th>Installed</th>${this.operator ? html`<th>Actions</th>` : nothing}</tr></thead>
      <tbody>${items.map((item) => {
        const key = `item:${item.listingId}`;
        return html`<tr>
          <td><a href=${`/console/marketplace/${encodeURIComponent(item.listingId)}`}>${item.listingId}</a></td>
          <td>${badge(item.kind)}</td>
          <td>${item.version}</td>
          <td>${item.marketplace}</td>
          <td>${item.availableUpdate ? html`${badge('update')} ${item.availableUpdate}` : html`<span class="muted">up to date</span>`}</td>
          <td>${item.warning ? html`<span class="badge badge-warning">warning</span> ${item.warning}` : html`<span class="muted">—</span>`}</td>
          <td>by ${item.installedBy}<br>${when(item.installedAt)}</td>
          ${this.operator ? html`<td>
            <div class="actions">
              ${item.availableUpdate ? html`<button type="button" class="small primary" ?disabled=${this.busy === key}
                @click=${() => this.upgrade(item)}>Upgrade to ${item.availableUpdate}</button>` : nothing}
              <button type="button" class="small danger" ?disabled=${this.busy === key} @click=${() => this.uninstallItem(item)}>Uninstall</button>
            </div>
            ${this.refusalFor(key)}</td>` : nothing}
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  connectorsTable(connectors) {
    return html`<div class="table-wrap"><table class="runtime-connectors">
      <thead><tr><th>Connector</th><th>Id</th><th>Version</th><th>State</th><th>Categories</th>
        ${this.operator ? html`<th>Actions</th>` : nothing}</tr></thead>
      <tbody>${connectors.map((connector) => {
        const key = `connector:${connector.id}/${connector.version}`;
        return html`<tr>
          <td>${connector.name}</td>
          <td><code>${connector.id}</code></td>
          <td>${connector.version}</td>
          <td>${badge(connector.state)}${connector.reason ? html`<br><span class="small connector-reason">${connector.reason}</span>` : nothing}</td>
          <td>${(connector.categories || []).join(', ')}</td>
          ${this.operator ? html`<td>
            <button type="button" class="small danger" ?disabled=${this.busy === key} @click=${() => this.uninstallConnector(connector)}>Uninstall</button>
            ${this.refusalFor(key)}</td>` : nothing}
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  uploadForm() {
    return html`<form class="upload" @submit=${(event) => this.upload(event)}>
      <h3>Upload a connector jar</h3>
      <p class="help">A connector bundle is installed at once, without a restart; it is not checked against a marketplace.</p>
      <div class="field">
        <label for="connector-jar">Connector jar</label>
        <input id="connector-jar" type="file" accept=".jar,application/java-archive"
          @change=${(event) => { this.jar = event.target.files[0] || null; this.update(); }}>
      </div>
      ${uploadProblem(this.uploadError)}
      <div class="actions"><button type="submit" class="primary" ?disabled=${!this.jar || this.busy === 'upload'}>
        ${this.busy === 'upload' ? 'Uploading…' : 'Upload'}</button></div>
      ${this.uploaded ? html`<section class="upload-result" aria-label="Uploaded connector">
        <h3>Installed ${this.uploaded.name || this.uploaded.id} ${this.uploaded.version}</h3>
        ${this.uploaded.description ? html`<p>${this.uploaded.description}</p>` : nothing}
        <details><summary>Descriptor</summary><pre>${json(this.uploaded)}</pre></details>
      </section>` : nothing}
    </form>`;
  }
}

/** A refused jar lists every reason the runtime gave; other failures are the usual banner. */
function uploadProblem(error) {
  if (!error || error.status !== 422) {
    return problemBanner(error);
  }
  return html`<div class="problem" role="alert" data-status="422">
    <strong>The connector was not installed</strong>
    <p>${error.detail}</p>
    <ul class="upload-reasons">${error.errors.map((item) => html`<li><code>${item.field}</code> ${item.message}</li>`)}</ul>
  </div>`;
}
