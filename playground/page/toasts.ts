// Messages on the page: toasts (the bundle's and the page's own) and the error banner, which shows the
// bundle's errors and the page's own instead of a blank screen.
import { el } from './dom';

export const toastHost = el('div', { className: 'toasts', testid: 'toasts' });
export const errorBanner = el('div', { className: 'error-banner', testid: 'error' });
errorBanner.hidden = true;

export function showError(message: string): void {
  errorBanner.textContent = '';
  const close = el('button', { className: 'plain close', text: '×', title: 'Dismiss' });
  close.addEventListener('click', () => {
    errorBanner.hidden = true;
  });
  errorBanner.append(el('strong', { text: 'Error: ' }), el('span', { text: message }), close);
  errorBanner.hidden = false;
}

export function showToast(toast: { message: string; title?: string }): void {
  const node = el('div', { className: 'toast' }, [
    ...(toast.title ? [el('strong', { text: toast.title })] : []),
    el('span', { text: toast.message }),
  ]);
  toastHost.append(node);
  setTimeout(() => node.remove(), 6000);
}

/** The page's own failures show in the banner too. */
export function showPageErrors(): void {
  window.addEventListener('error', (event) => showError(event.message || 'Unexpected error on the page.'));
  window.addEventListener('unhandledrejection', (event) =>
    showError(String(event.reason?.message ?? event.reason)),
  );
}
