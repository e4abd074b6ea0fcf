/**
 * Asks before something that cannot be undone, in a modal `<dialog>` (keyboard: Enter confirms, Escape cancels).
 * @returns a promise of true when confirmed
 */
export function confirmAction(message, { confirm = 'Confirm', danger = false } = {}) {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'confirm';
    const text = document.createElement('p');
    text.textContent = message;
    const actions = document.createElement('div');
    actions.className = 'actions';
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.className = danger ? 'danger' : 'primary';
    yes.textContent = confirm;
    const no = document.createElement('button');
    no.type = 'button';
    no.textContent = 'Cancel';
    actions.append(yes, no);
    dialog.append(text, actions);
    const close = (answer) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => close(true));
    no.addEventListener('click', () => close(false));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    yes.focus();
  });
}

/** Puts text on the clipboard; false when the browser refuses (the text stays selectable on the page). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
