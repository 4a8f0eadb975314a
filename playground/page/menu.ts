// The add-on's menu as its onOpen registered it (each item runs that function and nothing else), and
// the alerts the bundle shows, one at a time in a modal dialog.
import type { PlaygroundState } from '../protocol';
import { el } from './dom';

type Alert = { title?: string; prompt: string; buttons?: string };

export const menuBar = el('nav', { className: 'menubar' });
export const modal = el('div', { className: 'modal-backdrop', testid: 'alert' });
modal.hidden = true;

/** Draws the Extensions menu; a click on an item calls run with its function's name. */
export function renderMenus(menus: PlaygroundState['menus'], run: (functionName: string) => void): void {
  menuBar.textContent = '';
  const extensions = el('div', { className: 'menu' });
  const button = el('button', {
    className: 'plain menu-button',
    text: 'Extensions',
    testid: 'menu-extensions',
  });
  const list = el('div', { className: 'menu-list' });
  list.hidden = true;
  for (const menu of menus) {
    list.append(el('div', { className: 'menu-title', text: menu.title }));
    for (const item of menu.items) {
      if (item.caption === '---') {
        list.append(el('hr'));
        continue;
      }
      const entry = el('button', {
        className: 'menu-item',
        text: item.caption,
        testid: `menu:${item.caption}`,
      });
      entry.addEventListener('click', () => {
        list.hidden = true;
        run(item.functionName);
      });
      list.append(entry);
    }
  }
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    list.hidden = !list.hidden;
  });
  extensions.append(button, list);
  menuBar.append(extensions);
}

// A click anywhere else closes the menu (one listener for the page, not one per render).
document.addEventListener('click', () => {
  for (const list of menuBar.querySelectorAll<HTMLElement>('.menu-list')) list.hidden = true;
});

const alertQueue: Alert[] = [];

export function queueAlert(alert: Alert): void {
  alertQueue.push(alert);
  if (modal.hidden) nextAlert();
}

function nextAlert(): void {
  const alert = alertQueue.shift();
  if (!alert) {
    modal.hidden = true;
    return;
  }
  modal.textContent = '';
  const ok = el('button', { className: 'action', text: 'OK', testid: 'alert-ok' });
  ok.addEventListener('click', nextAlert);
  const note =
    alert.buttons && alert.buttons !== 'OK'
      ? [el('p', { className: 'muted', text: `Buttons ${alert.buttons}: the playground answered OK.` })]
      : [];
  modal.append(
    el('div', { className: 'modal' }, [
      ...(alert.title ? [el('h2', { text: alert.title })] : []),
      el('p', { className: 'prompt', text: alert.prompt, testid: 'alert-text' }),
      ...note,
      el('div', { className: 'buttons' }, [ok]),
    ]),
  );
  modal.hidden = false;
  ok.focus();
}
