// Modal dialogs on native <dialog>: edit, confirm and a one-field text prompt.
// Each returns a promise; focus goes to the given field when the dialog opens.

import { t, charCount } from './i18n.js';

/**
 * Opens a dialog whose form submits to 'save'; buttons with data-result close with that
 * result, [data-cancel] buttons and Escape with 'cancel'. validate() may return an error
 * message to keep the dialog open.
 */
export function openDialog(dialog, focusEl, { validate = () => null, errorEl = null } = {}) {
  return new Promise((resolve) => {
    const form = dialog.querySelector('form');
    if (errorEl) errorEl.textContent = '';
    const onSubmit = (e) => {
      e.preventDefault();
      const error = validate();
      if (error) {
        if (errorEl) errorEl.textContent = error;
        if (focusEl) focusEl.focus();
        return;
      }
      dialog.close('save');
    };
    const onClick = (e) => {
      const b = e.target.closest('button');
      if (!b || !dialog.contains(b)) return;
      if (b.dataset.result) dialog.close(b.dataset.result);
      else if (b.hasAttribute('data-cancel')) dialog.close('cancel');
    };
    const finish = () => {
      dialog.samskapOpen = null;
      if (form) form.removeEventListener('submit', onSubmit);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('close', onClose);
      resolve(dialog.returnValue || 'cancel');
    };
    // A 'close' event runs as a later task: one that arrives when the dialog is open again is
    // the earlier closing's, not this one's.
    const onClose = () => {
      if (!dialog.open && dialog.samskapOpen === finish) finish();
    };
    // When the same dialog opens again before that task has run (a second paste right after
    // "No"), the earlier promise ends here with its own answer; otherwise the late event would
    // end this one instead and leave the dialog open, deaf to "Yes".
    if (dialog.samskapOpen) dialog.samskapOpen();
    dialog.samskapOpen = finish;
    if (form) form.addEventListener('submit', onSubmit);
    dialog.addEventListener('click', onClick);
    dialog.addEventListener('close', onClose);
    dialog.returnValue = '';
    dialog.showModal();
    if (focusEl) focusEl.focus();
  });
}

/**
 * Asks a yes/no question; resolves true for yes. yesLabel names the action on the yes button
 * ("Gjenopprett", "Lag ny deltakerlenke"); without it the button says the generic confirm.yes.
 */
export async function confirmDialog(message, yesLabel) {
  const dialog = document.getElementById('confirm-dialog');
  const yes = document.getElementById('confirm-yes');
  document.getElementById('confirm-message').textContent = message;
  if (yesLabel) yes.textContent = yesLabel;
  const result = await openDialog(dialog, document.getElementById('confirm-no'));
  if (yesLabel) yes.textContent = t(yes.dataset.i18n || 'confirm.yes');
  return result === 'yes';
}

/** Asks for one line of text; resolves the trimmed text, or null when cancelled. */
export async function promptDialog({ title, label, value = '', max = 200, allowEmpty = false, emptyMessage = '' }) {
  const dialog = document.getElementById('text-dialog');
  const input = document.getElementById('text-input');
  document.getElementById('text-h2').textContent = title;
  document.getElementById('text-label').textContent = label;
  input.maxLength = max;
  input.value = value;
  input.removeAttribute('aria-invalid');
  const errorEl = document.getElementById('text-error');
  const validate = () => {
    const v = input.value.trim();
    let error = null;
    if (!v && !allowEmpty) error = emptyMessage;
    else if (charCount(v) > max) error = t('err.label_too_long');
    if (error) input.setAttribute('aria-invalid', 'true');
    return error;
  };
  const result = await openDialog(dialog, input, { validate, errorEl });
  if (result !== 'save') return null;
  return input.value.trim();
}
