import { html, nothing } from 'lit-html';

/** What a user is told for an API error: "not allowed" for 403, "not found" for 404, else the API's detail. */
export function explain(error) {
  switch (error.status) {
    case 403:
      return { heading: 'Not allowed', text: `Your role does not allow this. ${error.detail || ''}`.trim() };
    case 404:
      return { heading: 'Not found', text: error.detail || 'It does not exist, or it is not yours to see.' };
    case 409:
      return { heading: 'Conflict', text: error.detail || error.title };
    case 413:
      return { heading: 'Too large', text: error.detail || error.title };
    case 422:
      return { heading: 'Please check the marked fields', text: error.detail || error.title };
    case 429:
      return { heading: 'Too many attempts', text: error.detail || 'Wait a moment and try again.' };
    case 0:
      return { heading: error.title, text: error.detail };
    case undefined:
      return { heading: 'Something went wrong in the console', text: error.message };
    default:
      return { heading: error.title || 'Something went wrong', text: error.detail || `HTTP ${error.status}` };
  }
}

/**
 * An error as a banner: heading, detail, and the field messages not shown next to a field of the form
 * (`shownFields`, the paths the form renders itself).
 */
export function problemBanner(error, shownFields = []) {
  if (!error) {
    return nothing;
  }
  const { heading, text } = explain(error);
  const others = (error.errors || []).filter((item) => !shownFields.some((field) => covers(field, item.field)));
  return html`<div class="problem" role="alert" data-status=${error.status}>
    <strong>${heading}</strong>
    <p>${text}</p>
    ${others.length ? html`<ul>${others.map((item) => html`<li><code>${item.field}</code> ${item.message}</li>`)}</ul>` : nothing}
  </div>`;
}

function covers(shown, field) {
  return field === shown;
}

/** The API's messages for one field, shown under it; nothing when it has none. */
export function fieldMessages(error, field) {
  if (!error || !error.messagesFor) {
    return nothing;
  }
  const messages = error.messagesFor(field);
  return messages.length
    ? html`<span class="field-error" role="alert" data-field-error=${field}>${messages.join('; ')}</span>`
    : nothing;
}

/** True when the error names this field: the input gets aria-invalid. */
export function invalid(error, field) {
  return Boolean(error && error.messagesFor && error.messagesFor(field).length);
}
