import { html, nothing } from 'lit-html';
import { del, get, post, put } from '../api.js';
import { Remote, Screen } from '../screen.js';
import { empty, loading } from '../components/states.js';
import { problemBanner } from '../components/problem.js';
import { jsonEditor } from '../components/json-editor.js';
import { badge, when } from '../components/format.js';
import { confirmAction, copyText } from '../components/dialog.js';
import { FlowForm } from '../components/flow-fields.js';
import { flowForm } from '../components/flow-form.js';
import { Catalog, loadCatalog } from '../components/operation-picker.js';
import { FlowPreview } from '../components/flow-preview.js';
import { runStarted, startRun } from '../components/flow-run.js';

/** What a GET answer has besides the definition; PUT ignores them, so the editor leaves them out. */
const READ_ONLY = ['id', 'workspaceId', 'hookUrl', 'createdAt', 'updatedAt'];

const TABS = [['form', 'Form'], ['json', 'JSON'], ['preview', 'Preview']];

function definitionOf(flow) {
  const definition = structuredClone(flow);
  READ_ONLY.forEach((field) => delete definition[field]);
  return definition;
}

/** `/console/flows/{id}` and `/console/flows/new`: a flow's definition as a form or JSON, its preview and runs. */
export default class FlowEditor extends Screen {
  constructor(context) {
    super(context);
    const search = context.query;
    this.flowId = context.params.id || null;
    this.workspaceId = this.flowId ? null : search.get('workspace') || context.session.workspaceId;
    const tab = search.get('tab');
    // a new flow has no preview yet: the API previews saved flows only
    this.tab = tab === 'json' || (tab === 'preview' && this.flowId) ? tab : 'form';
    this.flow = this.flowId ? new Remote(this, () => get(`/flows/${encodeURIComponent(this.flowId)}`)) : null;
    this.catalog = new Remote(this, () => loadCatalog(this.workspaceId));
    this.definition = this.flowId ? null : { name: '', trigger: { type: 'manual' }, source: { config: {} }, steps: [], destinations: [] };
    this.jsonText = '';
    this.jsonError = null;
    this.jsonShape = null;
    this.tabMessage = null;
    this.dirty = false;
    this.error = null;
    this.actionError = null;
    this.busy = false;
    this.stash = { trigger: {}, source: null };
    this.preview = this.flowId ? new FlowPreview(this, this.flowId) : null;
  }

  get title() {
    if (!this.flowId) {
      return 'New flow';
    }
    return this.flow.value ? this.flow.value.name : 'Flow';
  }

  async load() {
    if (this.flowId) {
      const flow = await this.flow.reload();
      if (!flow) {
        return;
      }
      this.workspaceId = flow.workspaceId;
      this.definition = definitionOf(flow);
    }
    if (this.tab === 'json') {
      this.jsonText = JSON.stringify(this.definition, null, 2);
    }
    if (this.workspaceId) {
      await this.catalog.reload();
    }
  }

  get readOnly() {
    return !this.context.session.canManage(this.workspaceId);
  }

  changed() {
    this.dirty = true;
    this.update();
  }

  showTab(tab) {
    if (this.jsonBroken && tab !== 'json') {
      this.tabMessage = 'The JSON does not parse: fix it (or undo the edit) before leaving this tab.';
      this.update();
      return;
    }
    this.tabMessage = null;
    if (tab === 'json') {
      this.jsonText = JSON.stringify(this.definition, null, 2);
      this.jsonError = null;
      this.jsonShape = null;
    }
    this.tab = tab;
    const search = new URLSearchParams(location.search);
    if (tab === 'form') {
      search.delete('tab');
    } else {
      search.set('tab', tab);
    }
    history.replaceState(null, '', location.pathname + (search.toString() ? `?${search}` : ''));
    this.update();
  }

  editJson(text, parseError) {
    this.jsonText = text;
    this.jsonError = parseError;
    this.jsonShape = null;
    if (!parseError) {
      const value = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        this.definition = value;
        this.dirty = true;
      } else {
        this.jsonShape = 'A flow definition is a JSON object: { "name": …, "trigger": …, … }.';
      }
    }
    this.update();
  }

  /** The JSON tab holds text that is no definition: leaving the tab or saving would lose or ignore it. */
  get jsonBroken() {
    return this.tab === 'json' && Boolean(this.jsonError || this.jsonShape);
  }

  /** A switch of trigger type keeps what the other type had, so switching back restores it. */
  switchTrigger(type) {
    const definition = this.definition;
    const before = definition.trigger || { type: 'manual' };
    this.stash.trigger[before.type] = before;
    definition.trigger = this.stash.trigger[type] || { type };
    if (type === 'webhook' && definition.source) {
      this.stash.source = definition.source;
      delete definition.source;
    } else if (type !== 'webhook' && !definition.source) {
      definition.source = this.stash.source || { config: {} };
    }
    this.changed();
  }

  async save() {
    const saved = await this.act(async () => {
      if (!this.flowId) {
        const created = await post('/flows', { ...this.definition, workspaceId: this.workspaceId });
        this.context.navigate(`/console/flows/${created.id}`, { replace: true });
        this.context.notify(`Flow ${created.name} created.`);
        return;
      }
      const flow = await put(`/flows/${encodeURIComponent(this.flowId)}`, this.definition);
      this.flow.value = flow;
      this.definition = definitionOf(flow);
      this.jsonText = JSON.stringify(this.definition, null, 2);
      this.dirty = false;
      this.stash = { trigger: {}, source: null };
      this.context.notify(`Flow ${flow.name} saved.`);
    });
    if (!saved) {
      requestAnimationFrame(() => this.showProblem());
    }
  }

  /** After a refused save, the first field it names (or the banner) comes into view: Save is far below. */
  showProblem() {
    const target = document.querySelector('.flow-editor [aria-invalid="true"]') || document.querySelector('.flow-editor .problem');
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (target.matches('input, select, textarea')) {
        target.focus({ preventScroll: true });
      }
    }
  }

  async remove() {
    const name = this.flow.value.name;
    if (!(await confirmAction(`Delete flow "${name}" with its runs and errors?`, { confirm: 'Delete', danger: true }))) {
      return;
    }
    try {
      await del(`/flows/${encodeURIComponent(this.flowId)}`);
      this.context.navigate('/console/flows');
      this.context.notify(`Flow ${name} deleted.`);
    } catch (error) {
      this.actionError = error;
      this.update();
    }
  }

  async runNow() {
    this.actionError = null;
    try {
      this.context.notify(runStarted(await startRun(this.flowId, 'normal'), this.flow.value.name));
    } catch (error) {
      this.actionError = error;
      this.update();
    }
  }

  view() {
    if (!this.workspaceId && !this.flowId) {
      return empty('There is no workspace to create a flow in yet.', html`<a class="button" href="/console/workspaces">Workspaces</a>`);
    }
    if (this.flow && this.flow.error) {
      return problemBanner(this.flow.error);
    }
    if (!this.definition) {
      return loading();
    }
    if (!this.flowId && this.readOnly) {
      return problemBanner({ status: 403, detail: 'Only managers of this workspace create flows.' });
    }
    const form = new FlowForm({
      catalog: this.catalog.value || new Catalog(), error: this.error, readOnly: this.readOnly, changed: () => this.changed(),
    });
    const body = this.tabBody(form);
    return html`<div class="flow-editor">
      ${this.header()}
      ${problemBanner(this.actionError)}
      ${problemBanner(this.catalog.error)}
      ${problemBanner(this.error, this.tab === 'form' ? form.shown : [])}
      <div class="tabs" role="tablist" aria-label="Flow views">
        ${TABS.filter(([tab]) => tab !== 'preview' || this.flowId).map(([tab, label]) => html`<button type="button" role="tab"
          id=${`tab-${tab}`} aria-selected=${this.tab === tab ? 'true' : 'false'} aria-controls="flow-tab-panel"
          @click=${() => this.showTab(tab)}>${label}</button>`)}
      </div>
      ${this.tabMessage ? html`<p class="problem" role="alert">${this.tabMessage}</p>` : nothing}
      <div id="flow-tab-panel" role="tabpanel" aria-labelledby=${`tab-${this.tab}`}>${body}</div>
      ${this.tab === 'preview' ? nothing : this.saveActions()}
    </div>`;
  }

  tabBody(form) {
    if (this.tab === 'preview') {
      return this.preview.view({ webhook: (this.definition.trigger || {}).type === 'webhook', dirty: this.dirty });
    }
    if (this.tab === 'json') {
      return html`${jsonEditor({
        id: 'flow-json', label: 'Flow definition (JSON)', text: this.jsonText, rows: 24, parseError: this.jsonError,
        readOnly: this.readOnly, onText: (text, parseError) => this.editJson(text, parseError),
      })}${this.jsonShape ? html`<span class="field-error" role="alert">${this.jsonShape}</span>` : nothing}
      <p class="help">The whole definition as <code>PUT /flows/{id}</code> takes it; the form shows the same edits.</p>`;
    }
    if (this.catalog.value === undefined && !this.catalog.error) {
      return loading('Loading the connections');
    }
    return flowForm(form, this.definition, {
      hookUrl: this.flow && this.flow.value.hookUrl, onTriggerType: (type) => this.switchTrigger(type),
    });
  }

  header() {
    const session = this.context.session;
    const workspace = session.workspaces.find((item) => item.id === this.workspaceId);
    const flow = this.flow && this.flow.value;
    return html`<dl class="facts">
        <dt>Workspace</dt><dd>${workspace ? workspace.name : this.workspaceId}</dd>
        ${flow ? html`<dt>State</dt><dd>${badge(flow.enabled ? 'enabled' : 'disabled')}</dd>
          ${flow.hookUrl ? html`<dt>Hook URL</dt><dd class="hook"><code class="hook-url">${flow.hookUrl}</code>
            <button type="button" class="small" @click=${async () => this.context.notify(await copyText(flow.hookUrl)
              ? 'Hook URL copied.' : 'The browser refused to copy; select the URL instead.')}>Copy hook URL</button></dd>` : nothing}
          <dt>Saved</dt><dd>${when(flow.updatedAt)}</dd>` : nothing}
        ${this.readOnly ? html`<dt>Access</dt><dd>Read-only: your role in this workspace is ${session.role(this.workspaceId) || 'none'}.</dd>` : nothing}
      </dl>
      ${flow ? html`<div class="actions">
        <button type="button" @click=${() => this.runNow()}>Run now</button>
        <a href=${`/console/runs?flow=${encodeURIComponent(flow.id)}`}>Runs of this flow</a>
        <a href="/console/flows">All flows</a>
      </div>` : nothing}`;
  }

  saveActions() {
    if (this.readOnly) {
      return nothing;
    }
    return html`<div class="actions save-bar">
      <button type="button" class="primary" ?disabled=${this.busy || this.jsonBroken} @click=${() => this.save()}>
        ${this.busy ? 'Saving…' : 'Save'}</button>
      ${this.dirty ? html`<span class="muted">Unsaved changes</span>` : nothing}
      ${this.flowId ? html`<button type="button" class="danger" @click=${() => this.remove()}>Delete</button>` : nothing}
    </div>`;
  }
}
