import { html, nothing } from 'lit-html';
import { all, del, get, post, put, query } from '../api.js';
import { Screen, Remote } from '../screen.js';
import { loading, show } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { schemaForm, fieldPaths } from '../components/schema-form.js';
import { jsonEditor } from '../components/json-editor.js';
import { badge, when } from '../components/format.js';
import { confirmAction } from '../components/dialog.js';
import { descriptorUnavailable, fetchDescriptor } from '../components/integration-descriptor.js';
import { renderTemplate, upgradeChanges, upgradeReport } from '../components/flow-changes.js';

/** One installed integration: its settings, the connections of its slots, its flows, upgrading and uninstalling. */
export default class Integration extends Screen {
  constructor(context) {
    super(context);
    this.id = context.params.id;
    this.integration = new Remote(this, () => get(`/integrations/${encodeURIComponent(this.id)}`));
    this.descriptor = new Remote(this, () => fetchDescriptor(this.integration.value.listingId, this.integration.value.version));
    this.connections = new Remote(this, () => all(`/connections${query({ workspace: this.integration.value.workspaceId })}`));
    this.busy = null;
    this.errors = {};
    this.flowErrors = {};
    this.upgraded = null;
  }

  get title() {
    return this.integration.value ? this.integration.value.name : 'Integration';
  }

  get canManage() {
    return this.integration.value && this.context.session.canManage(this.integration.value.workspaceId);
  }

  async load() {
    if (await this.integration.reload()) {
      this.takeValues(this.integration.value);
      await Promise.all([this.descriptor.reload(), this.connections.reload()]);
    }
  }

  /** The editable copies of what the integration holds now. */
  takeValues(integration) {
    this.settings = structuredClone(integration.settings || {});
    this.settingsText = JSON.stringify(this.settings, null, 2);
    this.settingsParseError = null;
    this.chosen = Object.fromEntries(integration.slots.map((slot) => [slot.name, slot.connectionId || '']));
  }

  /** Runs one action; its error is kept under `key` for the section that started it. */
  async actInSection(key, action) {
    this.busy = key;
    this.errors = { ...this.errors, [key]: null };
    this.update();
    try {
      await action();
    } catch (error) {
      this.errors = { ...this.errors, [key]: error };
    }
    this.busy = null;
    this.update();
  }

  saveSettings() {
    return this.actInSection('settings', async () => {
      this.integration.value = await put(`/integrations/${encodeURIComponent(this.id)}/settings`, this.settings);
      this.takeValues(this.integration.value);
      this.context.notify('Settings saved; the flows follow them, keeping what you changed in them.');
    });
  }

  saveSlots() {
    return this.actInSection('slots', async () => {
      const mapping = Object.fromEntries(Object.entries(this.chosen).filter(([, connectionId]) => connectionId));
      this.integration.value = await put(`/integrations/${encodeURIComponent(this.id)}/connections`, mapping);
      this.takeValues(this.integration.value);
      this.context.notify('Slots saved.');
    });
  }

  async enable(flow) {
    this.flowErrors = { ...this.flowErrors, [flow.flowId]: null };
    await this.actInSection(`flow:${flow.flowId}`, async () => {
      try {
        await post(`/flows/${encodeURIComponent(flow.flowId)}/enable`);
      } catch (error) {
        this.flowErrors = { ...this.flowErrors, [flow.flowId]: error };
        return;
      }
      await this.integration.reload({ quiet: true });
      this.context.notify(`${flow.name} is enabled.`);
    });
  }

  /** Upgrades, then compares each flow before and after, and with the template the user started from. */
  upgrade(version) {
    return this.actInSection('upgrade', async () => {
      const old = this.integration.value;
      const before = await flowsById(old.flows);
      const upgraded = await post(`/integrations/${encodeURIComponent(this.id)}/upgrade`, { version });
      const after = await flowsById(upgraded.flows);
      this.upgraded = { from: old.version, to: upgraded.version, flows: upgradeChanges(before, after, this.oldTemplates(old)) };
      this.integration.value = upgraded;
      this.takeValues(upgraded);
      this.context.notify(`Upgraded to ${upgraded.version}.`);
      await this.descriptor.reload();
    });
  }

  /** flowId → the installed version's template rendered with the settings and slots, as the flow was made. */
  oldTemplates(integration) {
    const descriptor = this.descriptor.value;
    if (!descriptor) {
      return {};
    }
    const slots = Object.fromEntries(integration.slots.map((slot) => [slot.name, slot.connectionId]));
    const templates = {};
    for (const flow of integration.flows) {
      const template = (descriptor.flows || []).find((item) => item.key === flow.template);
      if (template) {
        templates[flow.flowId] = renderTemplate(template.template, integration.settings || {}, slots);
      }
    }
    return templates;
  }

  async uninstall() {
    const integration = this.integration.value;
    const message = `Uninstall ${integration.name}? Its flows are deleted; the workspace ${this.workspaceName()} and its connections stay.`;
    if (await confirmAction(message, { confirm: 'Uninstall', danger: true })) {
      await this.actInSection('uninstall', async () => {
        await del(`/integrations/${encodeURIComponent(this.id)}`);
        this.context.navigate('/console/integrations');
        this.context.notify(`${integration.name} is uninstalled; its workspace and connections stay.`);
      });
    }
  }

  workspaceName() {
    const workspaceId = this.integration.value.workspaceId;
    return this.context.session.workspaces.find((workspace) => workspace.id === workspaceId)?.name || workspaceId;
  }

  view() {
    return show(this.integration, (integration) => html`
      <dl class="facts">
        <dt>Listing</dt><dd><a href=${`/console/marketplace/${encodeURIComponent(integration.listingId)}`}>${integration.listingId}</a></dd>
        <dt>Version</dt><dd>${integration.version}</dd>
        <dt>Workspace</dt><dd><a href=${`/console/workspaces/${encodeURIComponent(integration.workspaceId)}`}>${this.workspaceName()}</a></dd>
        <dt>Installed</dt><dd>by ${integration.installedBy} ${when(integration.installedAt)}</dd>
      </dl>
      ${this.canManage ? nothing : html`<p class="muted">You can view this integration; managers of its workspace change it.</p>`}
      <h2>Settings</h2>
      ${this.settingsSection()}
      <h2>Slots</h2>
      ${this.slotsSection(integration)}
      <h2>Flows</h2>
      ${this.flowsSection(integration)}
      ${this.upgradeSection(integration)}
      ${this.context.session.tenantAdmin ? html`<h2>Uninstall</h2>
        <p>Uninstalling deletes the integration's flows. The workspace ${this.workspaceName()} and its connections stay.</p>
        ${problemBanner(this.errors.uninstall)}
        <button type="button" class="danger" ?disabled=${this.busy === 'uninstall'} @click=${() => this.uninstall()}>Uninstall</button>` : nothing}`);
  }

  settingsSection() {
    const error = this.errors.settings;
    const readOnly = !this.canManage;
    let form;
    if (this.descriptor.value) {
      const schema = this.descriptor.value.settings || {};
      form = html`${schemaForm({ schema, value: this.settings, path: 'settings', error, readOnly,
        onChange: (value) => { this.settings = value; this.update(); } })}
        ${problemBanner(error, fieldPaths(schema, 'settings'))}`;
    } else if (this.descriptor.error) {
      form = html`${descriptorUnavailable(this.descriptor.error, readOnly ? 'Its settings are shown as JSON.' : 'Its settings are edited as JSON.')}
        ${jsonEditor({ id: 'integration-settings', label: 'Settings', text: this.settingsText, readOnly,
          parseError: this.settingsParseError, onText: (text, parseError) => { this.settingsText = text; this.settingsParseError = parseError; this.update(); },
          onChange: (value) => { this.settings = value; } })}
        ${problemBanner(error)}`;
    } else {
      return loading('Reading the settings schema');
    }
    return html`<form class="integration-settings" @submit=${(event) => { event.preventDefault(); this.saveSettings(); }}>
      ${form}
      ${readOnly ? nothing : html`<div class="actions"><button type="submit" class="primary"
        ?disabled=${this.busy === 'settings' || Boolean(this.settingsParseError)}>Save</button></div>`}
    </form>`;
  }

  slotsSection(integration) {
    if (!integration.slots.length) {
      return html`<p class="muted">This integration has no slots.</p>`;
    }
    const connections = this.connections.value || [];
    return html`${this.connections.error ? problemBanner(this.connections.error) : nothing}
      <div class="table-wrap"><table class="slots">
        <thead><tr><th>Slot</th><th>Connector</th><th>Connection</th><th>State</th></tr></thead>
        <tbody>${integration.slots.map((slot) => {
          const fitting = connections.filter((connection) => connection.connector.id === slot.connectorId);
          const selectId = `slot-${slot.name}`;
          return html`<tr>
            <td><label for=${selectId}>${slot.title}</label><code class="small">${slot.name}</code></td>
            <td><code>${slot.connectorId}</code> <span class="muted small">${slot.range}</span></td>
            <td>
              <select id=${selectId} ?disabled=${!this.canManage} @change=${(event) => { this.chosen = { ...this.chosen, [slot.name]: event.target.value }; }}>
                ${slot.connectionId ? nothing : html`<option value="" selected>— choose —</option>`}
                ${fitting.map((connection) => html`<option value=${connection.id} ?selected=${connection.id === this.chosen[slot.name]}>${connection.name}</option>`)}
              </select>
              ${this.canManage ? html`<br><a class="small" href=${`/console/connections/new${query({ workspace: integration.workspaceId, connector: slot.connectorId })}`}>Create a new connection</a>` : nothing}
            </td>
            <td>${slot.filled ? badge('filled') : html`${badge('empty')} ${slot.connectionId
              ? html`<a class="small" href=${`/console/connections/${encodeURIComponent(slot.connectionId)}`}>Fill it in</a>` : nothing}`}</td>
          </tr>`;
        })}</tbody>
      </table></div>
      ${problemBanner(this.errors.slots)}
      ${this.canManage ? html`<div class="actions"><button type="button" class="primary" ?disabled=${this.busy === 'slots'}
        @click=${() => this.saveSlots()}>Save slots</button></div>` : nothing}`;
  }

  flowsSection(integration) {
    if (!integration.flows.length) {
      return html`<p class="muted">This integration has no flows (any it had were deleted).</p>`;
    }
    return html`<div class="table-wrap"><table class="integration-flows">
      <thead><tr><th>Flow</th><th>State</th>${this.canManage ? html`<th>Actions</th>` : nothing}</tr></thead>
      <tbody>${integration.flows.map((flow) => html`<tr>
        <td><a href=${`/console/flows/${encodeURIComponent(flow.flowId)}`}>${flow.name}</a></td>
        <td>${badge(flow.enabled ? 'enabled' : 'disabled')}</td>
        ${this.canManage ? html`<td>${flow.enabled ? nothing : html`<button type="button" class="small"
          ?disabled=${this.busy === `flow:${flow.flowId}`} @click=${() => this.enable(flow)}>Enable</button>`}
          ${this.flowErrors[flow.flowId] ? html`<div class="refusal">${problemBanner(this.flowErrors[flow.flowId])}</div>` : nothing}</td>` : nothing}
      </tr>`)}</tbody>
    </table></div>`;
  }

  upgradeSection(integration) {
    if (!integration.availableUpdate && !this.upgraded) {
      return nothing;
    }
    return html`<h2>Upgrade</h2>
      ${integration.availableUpdate ? html`<p>Version ${integration.availableUpdate} is available. Upgrading keeps your settings,
        the slots' connections and what you changed in the flows, unless the new version changes the same field.</p>
        ${problemBanner(this.errors.upgrade)}
        ${this.context.session.tenantAdmin ? html`<div class="actions"><button type="button" class="primary" ?disabled=${this.busy === 'upgrade'}
          @click=${() => this.upgrade(integration.availableUpdate)}>${this.busy === 'upgrade' ? 'Upgrading…' : `Upgrade to ${integration.availableUpdate}`}</button></div>`
          : html`<p class="muted">Tenant admins upgrade integrations.</p>`}` : nothing}
      ${this.upgraded ? html`<section class="upgrade-result" aria-label="Upgrade result">
        <h3>Upgraded from ${this.upgraded.from} to ${this.upgraded.to}</h3>
        ${upgradeReport(this.upgraded.flows)}
      </section>` : nothing}`;
  }
}

async function flowsById(flows) {
  const loaded = await Promise.all(flows.map((flow) => get(`/flows/${encodeURIComponent(flow.flowId)}`)));
  return Object.fromEntries(loaded.map((flow) => [flow.id, flow]));
}
