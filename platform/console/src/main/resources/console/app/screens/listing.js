import { html, nothing } from 'lit-html';
import { all, get, post, query } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { loading, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { badge, number, when } from '../components/format.js';
import { planDependencies, planList } from '../components/install-plan.js';
import { descriptorUnavailable, fetchDescriptor, integrationSummary } from '../components/integration-descriptor.js';

/** One listing of the catalog: what it is, who publishes it, its versions, and installing it. */
export default class Listing extends Screen {
  constructor(context) {
    super(context);
    this.id = context.params.id;
    this.version = context.query.get('version');
    const path = `/marketplace/listings/${encodeURIComponent(this.id)}`;
    this.listing = new Remote(this, () => get(path));
    this.publisher = new Remote(this, () => get(`/marketplace/publishers/${encodeURIComponent(this.listing.value.publisherId)}`));
    this.trusted = new Remote(this, () => all('/marketplace/trusted-publishers'));
    this.installed = new Remote(this, () => all('/marketplace/installed'));
    this.descriptor = new Remote(this, () => fetchDescriptor(this.id, this.version));
    this.plan = new Remote(this, () => planDependencies(this.chosenVersion(), this.installed.value || []));
    this.actionError = null;
    this.busy = false;
    this.result = null;
  }

  get title() {
    return this.listing.value ? this.listing.value.name : 'Listing';
  }

  get operator() {
    return this.context.session.operator;
  }

  async load() {
    const listing = await this.listing.reload();
    if (!listing) {
      return;
    }
    if (!listing.versions.some((version) => version.version === this.version && version.status !== 'yanked')) {
      this.version = listing.latestVersion || listing.versions[0]?.version || null;
    }
    await Promise.all([this.publisher.reload(), this.operator ? this.trusted.reload() : null, this.loadForVersion()]);
  }

  /** What depends on the chosen version: its descriptor (integrations) or its dependency plan (connectors). */
  async loadForVersion() {
    if (!this.version) {
      return;
    }
    if (this.listing.value.kind === 'integration') {
      await this.descriptor.reload();
    } else if (this.operator) {
      if (!this.installed.value) {
        await this.installed.reload();
      }
      await this.plan.reload();
    }
  }

  chosenVersion() {
    return this.listing.value.versions.find((version) => version.version === this.version);
  }

  chooseVersion(version) {
    this.version = version;
    this.result = null;
    this.actionError = null;
    history.replaceState(null, '', `${location.pathname}${query({ version })}`);
    this.loadForVersion();
  }

  trust() {
    return this.act(async () => {
      await post('/marketplace/trusted-publishers', {
        publisherId: this.listing.value.publisherId, marketplace: 'local', fingerprint: this.publisher.value.fingerprint,
      });
      this.context.notify(`${this.publisher.value.name} is trusted now.`);
      await this.trusted.reload({ quiet: true });
    }, { errorField: 'actionError' });
  }

  install() {
    return this.act(async () => {
      this.result = await post('/marketplace/install', { listingId: this.id, version: this.version });
      this.context.notify(`Installed ${this.listing.value.name} ${this.result.item.version}.`);
      await Promise.all([this.installed.reload({ quiet: true }), this.listing.reload({ quiet: true })]);
    }, { errorField: 'actionError' });
  }

  view() {
    return show(this.listing, (listing) => html`
      <div class="listing-head">
        ${listing.icon ? html`<img class="listing-icon" src=${listing.icon} alt="" width="48" height="48">` : nothing}
        <div>
          <p class="listing-summary">${listing.summary}</p>
          <p>${badge(listing.kind)} <code>${listing.id}</code> · ${number(listing.installs)} installs
            ${(listing.categories || []).map((category) => html` <a class="category" href=${`/console/marketplace${query({ category })}`}>${category}</a>`)}</p>
        </div>
      </div>
      <h2>About</h2>
      <div class="listing-description">${paragraphs(listing.description)}</div>
      <h2>Publisher</h2>
      ${this.publisherSection(listing)}
      ${listing.kind === 'integration' ? this.integrationSection(listing) : this.connectorSection(listing)}
      <h2>Versions</h2>
      ${versionsTable(listing.versions)}`);
  }

  versionSelect(listing) {
    const installable = listing.versions.filter((version) => version.status !== 'yanked');
    if (!installable.length) {
      return html`<p class="notice">Every version is yanked: nothing can be installed.</p>`;
    }
    return html`<label class="version-select">Version
      <select @change=${(event) => this.chooseVersion(event.target.value)}>
        ${installable.map((version) => html`<option value=${version.version} ?selected=${version.version === this.version}>
          ${version.version}${version.status === 'deprecated' ? ' (deprecated)' : ''}</option>`)}
      </select></label>`;
  }

  publisherSection(listing) {
    return show(this.publisher, (publisher) => html`<dl class="facts">
      <dt>Name</dt><dd>${publisher.name}</dd>
      <dt>Algorithm</dt><dd>${publisher.algorithm}</dd>
      <dt>Fingerprint</dt><dd><code class="fingerprint">${publisher.fingerprint}</code></dd>
      <dt>Trust</dt><dd>${this.operator ? this.trustState(listing, publisher) : html`<span class="muted">Only operators see which publishers are trusted.</span>`}</dd>
    </dl>`);
  }

  trustState(listing, publisher) {
    if (this.trusted.error) {
      return problemBanner(this.trusted.error);
    }
    if (!this.trusted.value) {
      return loading();
    }
    const entry = this.trusted.value.find((item) => item.publisherId === listing.publisherId && item.marketplace === 'local');
    if (!entry) {
      return html`${badge('untrusted')} Nothing of this publisher can be installed until it is trusted.
        <div class="actions"><button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.trust()}>Trust this publisher</button></div>`;
    }
    return entry.fingerprint === publisher.fingerprint
      ? html`${badge('trusted')} by ${entry.trustedBy} ${when(entry.trustedAt)}; the pinned key's fingerprint matches.`
      : html`${badge('mismatch')} Trusted with another key (<code>${entry.fingerprint}</code>): the publisher's key
        changed since, so its artifacts are refused until it is trusted again.`;
  }

  integrationSection(listing) {
    return html`<h2>What it brings</h2>
      ${this.versionSelect(listing)}
      ${this.version ? html`
        ${this.descriptor.error ? descriptorUnavailable(this.descriptor.error, 'Its slots and settings are not shown.')
          : this.descriptor.value ? integrationSummary(this.descriptor.value) : loading('Reading the descriptor')}
        ${this.context.session.tenantAdmin
          ? html`<div class="actions"><a class="button primary"
              href=${`/console/integrations/install/${encodeURIComponent(listing.id)}${query({ version: this.version })}`}>Install into a workspace</a></div>`
          : html`<p class="muted">Tenant admins install integrations.</p>`}` : nothing}`;
  }

  connectorSection(listing) {
    if (!this.operator) {
      return html`<p class="muted">Platform operators install connectors into this runtime.</p>`;
    }
    const present = (this.installed.value || []).find((item) => item.listingId === listing.id);
    return html`<h2>Install</h2>
      ${present ? html`<p class="notice">Version ${present.version} is installed.
        ${present.availableUpdate ? html`Version ${present.availableUpdate} is available: upgrade it on <a href="/console/installed">Installed</a>.` : nothing}</p>` : nothing}
      ${present ? nothing : this.versionSelect(listing)}
      ${this.version && !present ? html`
        <h3>What it needs</h3>
        ${show(this.plan, (plan) => planList(plan), { emptyMessage: 'It needs nothing else.' })}
        ${problemBanner(this.actionError)}
        <div class="actions"><button type="button" class="primary" ?disabled=${this.busy || !this.plan.value}
          @click=${() => this.install()}>${this.busy ? 'Installing…' : 'Install'}</button></div>` : problemBanner(this.actionError)}
      ${this.result ? installResult(this.result) : nothing}`;
  }
}

/** Plain text with blank lines between paragraphs; nothing in it is rendered as HTML. */
function paragraphs(text) {
  return (text || '').split(/\n\s*\n/).filter((part) => part.trim()).map((part) => html`<p>${part.trim()}</p>`);
}

function versionsTable(versions) {
  return html`<div class="table-wrap"><table class="versions">
    <thead><tr><th>Version</th><th>Status</th><th>Published</th><th class="number">Size</th><th>SHA-256</th>
      <th>Signature</th><th>Platform</th><th>Dependencies</th><th class="number">Installs</th><th>Changelog</th></tr></thead>
    <tbody>${versions.map((version) => html`<tr>
      <td>${version.version}</td>
      <td>${badge(version.status)}${version.statusReason ? html`<br><span class="small">${version.statusReason}</span>` : nothing}</td>
      <td>${when(version.publishedAt)}</td>
      <td class="number">${size(version.size)}</td>
      <td><code title=${version.sha256}>${version.sha256.slice(0, 12)}…</code></td>
      <td>${version.signature ? 'signed' : html`<span class="muted">none</span>`}</td>
      <td>${version.platformRange ? html`<code class="small">${version.platformRange}</code>` : html`<span class="muted">any</span>`}</td>
      <td>${(version.dependencies || []).length ? version.dependencies.map((dependency) => html`<div>
        <a href=${`/console/marketplace/${encodeURIComponent(dependency.listingId)}`}>${dependency.listingId}</a>
        <code class="small">${dependency.range}</code></div>`) : html`<span class="muted">none</span>`}</td>
      <td class="number">${number(version.installs)}</td>
      <td class="changelog">${version.changelog || ''}</td>
    </tr>`)}</tbody>
  </table></div>`;
}

function size(bytes) {
  if (bytes === null || bytes === undefined) {
    return '—';
  }
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1048576).toFixed(1)} MiB`;
}

function installResult(result) {
  const item = (entry) => html`<li><a href=${`/console/marketplace/${encodeURIComponent(entry.listingId)}`}>${entry.listingId}</a>
    ${entry.version} <span class="muted small">(${entry.kind})</span></li>`;
  const others = (result.installed || []).filter((entry) => entry.listingId !== result.item.listingId);
  return html`<section class="install-result" aria-label="Install result">
    <h3>Installed</h3>
    <p>${result.item.listingId} ${result.item.version}, from the ${result.item.marketplace} marketplace.</p>
    ${others.length ? html`<p>With it, the listings it needs:</p><ul>${others.map(item)}</ul>` : nothing}
    ${(result.removed || []).length ? html`<p>Removed:</p><ul>${result.removed.map(item)}</ul>` : nothing}
    ${(result.warnings || []).length ? html`<div class="notice"><strong>Warnings</strong><ul>${result.warnings.map((warning) => html`<li>${warning}</li>`)}</ul></div>` : nothing}
  </section>`;
}
