import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { all, get, post, put, query } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { loading, show } from '../components/states.js';
import { fieldMessages, invalid, problemBanner } from '../components/problem.js';
import { fieldPaths, schemaForm } from '../components/schema-form.js';
import { jsonEditor } from '../components/json-editor.js';
import { badge } from '../components/format.js';
import { copyText } from '../components/dialog.js';
import { descriptorUnavailable, fetchDescriptor, integrationSummary, settingsDefaults } from '../components/integration-descriptor.js';
import { SlotFiller, connectorFor } from '../components/slot-filler.js';

const STEPS = ['Settings', 'Install', 'Connections', 'Enable'];

/**
 * Installing a prebuilt integration in four steps: its settings, the install (a new workspace), the connections of
 * its slots, enabling its flows. From step 3 on the URL names the integration, so a reload resumes there.
 */
export default class IntegrationWizard extends Screen {
  constructor(context) {
    super(context);
    this.listingId = context.params.listingId;
    this.version = context.query.get('version');
    this.integrationId = context.query.get('integration');
    this.step = this.integrationId ? Math.min(4, Math.max(3, Number(context.query.get('step')) || 3)) : 1;
    this.listing = new Remote(this, () => get(`/marketplace/listings/${encodeURIComponent(this.listingId)}`));
    this.descriptor = new Remote(this, () => fetchDescriptor(this.listingId, this.version));
    this.integration = new Remote(this, () => get(`/integrations/${encodeURIComponent(this.integrationId)}`));
    this.setup = new Remote(this, () => this.prepareSlots());
    this.flows = new Remote(this, () => Promise.all(this.integration.value.flows.map((flow) => get(`/flows/${encodeURIComponent(flow.flowId)}`))));
    this.error = null;
    this.busy = false;
    this.flowErrors = {};
  }

  get title() {
    return this.listing.value ? `Install ${this.listing.value.name}` : 'Install an integration';
  }

  async load() {
    const listing = await this.listing.reload();
    if (this.integrationId) {
      const integration = await this.integration.reload();
      if (integration) {
        this.version = integration.version;
        await this.enter(this.step);
      }
      return;
    }
    if (!listing) {
      return;
    }
    this.version = this.version || listing.latestVersion;
    this.workspaceName = listing.name;
    await this.descriptor.reload();
    this.settings = settingsDefaults(this.descriptor.value?.settings);
    this.settingsText = JSON.stringify(this.settings, null, 2);
  }

  /** Moves to a step, loading what it shows; the URL keeps the step once there is an integration. */
  async enter(step) {
    this.step = step;
    this.error = null;
    if (this.integrationId) {
      history.replaceState(null, '', `${location.pathname}${query({ version: this.version, integration: this.integrationId, step })}`);
    }
    this.update();
    if (step === 3) {
      await this.setup.reload();
    } else if (step === 4) {
      await this.flows.reload();
    }
  }

  async install() {
    const installed = await this.act(async () => {
      const integration = await post('/integrations', {
        listingId: this.listingId, version: this.version, workspaceName: this.workspaceName, settings: this.settings,
      });
      this.integration.value = integration;
      this.integrationId = integration.id;
      await this.context.reloadSession();
      // the user works on in the workspace just made for it
      this.context.session.choose(integration.workspaceId);
      this.context.notify(`Installed into the new workspace ${this.workspaceOf(integration)}.`);
      await this.enter(3);
    });
    // the settings and the workspace name are on step 1, where their messages show
    const error = this.error;
    if (!installed && error.status === 422 && error.errors.some((item) => item.field === 'workspaceName' || item.field.startsWith('settings'))) {
      this.step = 1;
      this.update();
    }
  }

  /** A SlotFiller per slot, with the connector schemas and the workspace's connections. */
  async prepareSlots() {
    const integration = this.integration.value;
    const [connectors, connections] = await Promise.all([
      all('/connectors'), all(`/connections${query({ workspace: integration.workspaceId })}`)]);
    const descriptors = {};
    for (const slot of integration.slots) {
      if (!(slot.connectorId in descriptors)) {
        descriptors[slot.connectorId] = await connectorFor(slot, connectors);
      }
    }
    return integration.slots.map((slot) => new SlotFiller(slot, descriptors[slot.connectorId], connections, integration.workspaceId, () => this.update()));
  }

  async saveConnections() {
    this.busy = true;
    this.error = null;
    this.update();
    try {
      const mapping = {};
      for (const filler of this.setup.value) {
        mapping[filler.slot.name] = await filler.save();
      }
      this.integration.value = await put(`/integrations/${encodeURIComponent(this.integrationId)}/connections`, mapping);
      this.busy = false;
      await this.enter(4);
    } catch (error) {
      // a slot's own error shows in its fieldset; the rest here
      if (!this.setup.value.some((filler) => filler.error === error)) {
        this.error = error;
      }
    }
    this.busy = false;
    this.update();
  }

  async enableFlows() {
    this.busy = true;
    this.flowErrors = {};
    this.update();
    for (const flow of this.integration.value.flows.filter((item) => !item.enabled)) {
      try {
        await post(`/flows/${encodeURIComponent(flow.flowId)}/enable`);
      } catch (error) {
        this.flowErrors[flow.flowId] = error;
      }
    }
    await this.integration.reload({ quiet: true });
    await this.flows.reload({ quiet: true });
    const failed = Object.keys(this.flowErrors).length;
    this.context.notify(failed ? `${failed} flow(s) could not be enabled; the reasons are shown next to them.` : 'The flows are enabled.');
    this.busy = false;
    this.update();
  }

  workspaceOf(integration) {
    return this.context.session.workspaces.find((workspace) => workspace.id === integration.workspaceId)?.name || this.workspaceName || integration.workspaceId;
  }

  view() {
    return html`
      <ol class="wizard-steps" aria-label="Steps">${STEPS.map((name, index) => html`<li
        class=${index + 1 < this.step ? 'done' : ''} aria-current=${index + 1 === this.step ? 'step' : 'false'}>${name}</li>`)}</ol>
      <div class="wizard-panel">${this.integrationId ? show(this.integration, () => this.resumedStep()) : show(this.listing, () => this.startStep())}</div>`;
  }

  startStep() {
    if (!this.context.session.tenantAdmin) {
      return html`<p class="notice">Only tenant admins install integrations. Ask one of them, or browse the <a href=${`/console/marketplace/${encodeURIComponent(this.listingId)}`}>listing</a>.</p>`;
    }
    if (this.descriptor.value === undefined && !this.descriptor.error) {
      return loading('Reading the descriptor');
    }
    return this.step === 1 ? this.settingsStep() : this.installStep();
  }

  resumedStep() {
    return this.step === 3 ? this.connectionsStep() : this.enableStep();
  }

  settingsStep() {
    const schema = this.descriptor.value?.settings;
    return html`<form @submit=${(event) => { event.preventDefault(); this.enter(2); }}>
      <h2>Settings</h2>
      <p>Version ${this.version}. The install creates a new workspace for the integration.</p>
      <div class="field">
        <label for="wizard-workspace">Workspace name</label>
        <input id="wizard-workspace" required .value=${live(this.workspaceName)} aria-invalid=${invalid(this.error, 'workspaceName') ? 'true' : 'false'}
          @input=${(event) => { this.workspaceName = event.target.value; }}>
        ${fieldMessages(this.error, 'workspaceName')}
      </div>
      ${schema ? schemaForm({ schema, value: this.settings, path: 'settings', error: this.error, onChange: (value) => { this.settings = value; this.update(); } })
        : html`${descriptorUnavailable(this.descriptor.error, 'Give the settings as JSON; the install checks them.')}
          ${jsonEditor({ id: 'wizard-settings', label: 'Settings', text: this.settingsText, parseError: this.settingsParseError,
            onText: (text, parseError) => { this.settingsText = text; this.settingsParseError = parseError; this.update(); },
            onChange: (value) => { this.settings = value; } })}`}
      ${problemBanner(this.error, ['workspaceName', ...fieldPaths(schema, 'settings')])}
      <div class="actions"><button type="submit" class="primary" ?disabled=${Boolean(this.settingsParseError)}>Next</button></div>
    </form>`;
  }

  installStep() {
    return html`<h2>Install</h2>
      <p>Installing ${this.listing.value.name} ${this.version} creates the workspace <strong>${this.workspaceName}</strong>,
        installs the connectors it needs, an empty connection for each slot and its flows, disabled until you enable them.</p>
      ${this.descriptor.value ? integrationSummary(this.descriptor.value) : nothing}
      ${problemBanner(this.error)}
      <div class="actions">
        <button type="button" @click=${() => this.enter(1)} ?disabled=${this.busy}>Back</button>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.install()}>${this.busy ? 'Installing…' : 'Install'}</button>
      </div>`;
  }

  connectionsStep() {
    const integration = this.integration.value;
    return html`<h2>Connections</h2>
      <p>Each slot needs a connection in the workspace <a href=${`/console/workspaces/${encodeURIComponent(integration.workspaceId)}`}>${this.workspaceOf(integration)}</a>.
        The install made an empty one per slot: fill it in here, or choose another connection of the same connector.</p>
      ${show(this.setup, (fillers) => html`
        ${fillers.map((filler) => filler.view())}
        ${problemBanner(this.error)}
        <div class="actions">
          <button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.saveConnections()}>${this.busy ? 'Saving…' : 'Save and continue'}</button>
          <button type="button" class="link" @click=${() => this.enter(4)}>Skip for now</button>
        </div>`, { emptyMessage: 'This integration has no slots.', emptyAction: html`<button type="button" class="primary" @click=${() => this.enter(4)}>Next</button>` })}`;
  }

  enableStep() {
    const integration = this.integration.value;
    const flows = this.flows.value || [];
    const pending = integration.flows.some((flow) => !flow.enabled);
    return html`<h2>Enable</h2>
      ${integration.slots.some((slot) => !slot.filled) ? html`<p class="notice">Some slots are not filled yet; their flows may not run until they are.
        <button type="button" class="link" @click=${() => this.enter(3)}>Back to connections</button></p>` : nothing}
      ${show(this.flows, () => html`<ul class="wizard-flows">${integration.flows.map((flow) => {
        const full = flows.find((item) => item.id === flow.flowId);
        return html`<li>
          <a href=${`/console/flows/${encodeURIComponent(flow.flowId)}`}>${flow.name}</a> ${badge(flow.enabled ? 'enabled' : 'disabled')}
          ${full && full.hookUrl ? html`<div class="hook-url"><span>Webhook URL</span> <code>${full.hookUrl}</code>
            <button type="button" class="small" @click=${() => this.copy(full.hookUrl)}>Copy</button></div>` : nothing}
          ${this.flowErrors[flow.flowId] ? html`<div class="refusal">${problemBanner(this.flowErrors[flow.flowId])}</div>` : nothing}
        </li>`;
      })}</ul>`, { emptyMessage: 'This integration has no flows.' })}
      <div class="actions">
        ${pending ? html`<button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.enableFlows()}>${this.busy ? 'Enabling…' : 'Enable flows'}</button>` : html`<span>${badge('enabled')} Every flow is enabled.</span>`}
        <a href=${`/console/${query({ workspace: integration.workspaceId })}`}>Open the workspace's dashboard</a>
        <a href=${`/console/integrations/${encodeURIComponent(integration.id)}`}>Open the integration</a>
      </div>`;
  }

  async copy(text) {
    this.context.notify(await copyText(text) ? 'The webhook URL is on the clipboard.' : 'Copying was refused: select the URL and copy it.');
  }
}
