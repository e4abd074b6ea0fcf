import { html, nothing } from 'lit-html';
import { problemBanner } from './problem.js';
import { show } from './states.js';
import { jsonEditor } from './json-editor.js';

// The parts of the workspace screen below its details: members, export and import.

const ROLES = ['manage', 'monitor'];

const hidden = (text) => html`<span class="visually-hidden"> ${text}</span>`;

/**
 * The workspace's members with their roles; tenant admins (`admin`) change roles, remove members and add users of
 * the tenant (`users`, a Remote of `GET /users`). `onSet(userId, role)` adds or changes, `onRemove(member)` removes.
 */
export function membersSection({ workspace, users, admin, busy, error, onSet, onRemove }) {
  const members = workspace.members || [];
  return html`<section class="members" aria-labelledby="members-heading">
    <h2 id="members-heading">Members</h2>
    <p class="help">manage: build and change flows and connections; monitor: view, run, retry, resolve and test.
      Tenant owners and admins manage every workspace without being members.</p>
    ${problemBanner(error)}
    ${members.length ? html`<div class="table-wrap"><table>
      <thead><tr><th>Username</th><th>Role</th>${admin ? html`<th>Actions</th>` : nothing}</tr></thead>
      <tbody>${members.map((member) => html`<tr data-member=${member.username}>
        <td>${member.username}</td>
        <td>${admin ? roleSelect(member, busy, onSet) : member.role}</td>
        ${admin ? html`<td><button type="button" class="small danger" ?disabled=${busy}
          @click=${() => onRemove(member)}>Remove${hidden(member.username)}</button></td>` : nothing}
      </tr>`)}</tbody>
    </table></div>` : html`<p class="state empty">No members yet.</p>`}
    ${admin ? show(users, (list) => addMemberForm(list, members, busy, onSet)) : nothing}
  </section>`;
}

function roleSelect(member, busy, onSet) {
  const id = `member-role-${member.userId}`;
  return html`<label class="visually-hidden" for=${id}>Role of ${member.username}</label>
    <select id=${id} ?disabled=${busy} @change=${(event) => onSet(member.userId, event.target.value)}>
      ${ROLES.map((role) => html`<option value=${role} ?selected=${role === member.role}>${role}</option>`)}
    </select>`;
}

function addMemberForm(users, members, busy, onSet) {
  const candidates = users.filter((user) => !members.some((member) => member.userId === user.id));
  if (!candidates.length) {
    return html`<p class="muted">Every user of the tenant is a member. <a href="/console/users">Add a user</a></p>`;
  }
  const submit = (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    onSet(form.get('userId'), form.get('role'));
  };
  return html`<h3>Add member</h3>
  <form class="toolbar" @submit=${submit}>
    <div><label for="member-user">User</label>
      <select id="member-user" name="userId">${candidates.map((user) => html`<option value=${user.id}>${user.username}${user.email ? ` (${user.email})` : ''}</option>`)}</select></div>
    <div><label for="member-role">Role</label>
      <select id="member-role" name="role">${ROLES.map((role) => html`<option value=${role} ?selected=${role === 'monitor'}>${role}</option>`)}</select></div>
    <button type="submit" class="primary" ?disabled=${busy}>Add member</button>
  </form>`;
}

/**
 * Export as a download of the JSON document (a Blob URL made by the screen: `exported = {url, fileName, text}`)
 * and as read-only text with a Copy button; `copied` is what copying achieved.
 */
export function exportSection({ exported, copied, busy, error, onExport, onCopy }) {
  return html`<section aria-labelledby="export-heading">
    <h2 id="export-heading">Export</h2>
    <p class="help">One JSON document with the workspace's flows and its connections without their secrets, to import
      into another workspace or another Tributary.</p>
    ${problemBanner(error)}
    <div class="actions">
      <button type="button" ?disabled=${busy} @click=${onExport}>${exported ? 'Export again' : 'Export'}</button>
      ${exported ? html`
        <a class="button primary" href=${exported.url} download=${exported.fileName}>Download ${exported.fileName}</a>
        <button type="button" @click=${onCopy}>Copy</button>
        ${copied ? html`<span role="status" class="muted">${copied}</span>` : nothing}` : nothing}
    </div>
    ${exported ? jsonEditor({ id: 'export-document', label: 'Exported document', text: exported.text, readOnly: true,
      onText: () => {} }) : nothing}
  </section>`;
}

/** Import: a JSON editor (or a file read into it) and the Import button. */
export function importSection({ text, parseError, error, busy, onText, onImport }) {
  const readFile = async (event) => {
    const file = event.target.files[0];
    if (file) {
      const content = await file.text();
      onText(content, parseErrorOf(content));
    }
  };
  return html`<section aria-labelledby="import-heading">
    <h2 id="import-heading">Import</h2>
    <p class="help">Adds the document's connections (without secrets) and flows (disabled) to this workspace. Names
      that exist here already are refused; nothing is imported then.</p>
    ${problemBanner(error)}
    <div class="field"><label for="import-file">Read a file</label>
      <input id="import-file" type="file" accept="application/json,.json" @change=${readFile}></div>
    ${jsonEditor({ id: 'import-document', label: 'Document to import (JSON)', text, onText, parseError, rows: 10 })}
    <div class="actions"><button type="button" class="primary" ?disabled=${busy || !text.trim() || Boolean(parseError)}
      @click=${onImport}>Import</button></div>
  </section>`;
}

function parseErrorOf(text) {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error.message;
  }
}
