/** Asked of the offline worker (service-worker.ts writes the same text out). */
export const PAGE_CHECK = 'sprout:is-page-outdated';

export interface OutdatedCheck {
  /** The worker controlling the page; none on a first visit, which came from the server. */
  controller: Pick<ServiceWorker, 'postMessage'> | null | undefined;
  /** Where the resident types; an answer there keeps the page as it is. */
  form: HTMLElement;
  /** Whether answers were typed before this was called (into the server's markup). */
  touched: boolean;
  reload(): void;
}

/**
 * The offline worker opens a page from its copy at once and asks the server meanwhile. When the
 * server's answer shows a newer published version, this page was out of date: it reloads (and
 * gets the copy the worker has just kept) while the resident has typed nothing. Once they have,
 * the page stays as it is, never swapped under a form being filled; a submission for the older
 * version is then handled as any held one (the answers carried over to the newer form).
 * @example reloadWhenOutdated({ controller: navigator.serviceWorker?.controller, form: root, touched: false, reload: () => location.reload() })
 */
export function reloadWhenOutdated({ controller, form, touched, reload }: OutdatedCheck): void {
  if (!controller || touched) return;
  let typed = false;
  const onInput = () => {
    typed = true;
  };
  form.addEventListener('input', onInput, { capture: true, once: true });
  form.addEventListener('change', onInput, { capture: true, once: true });
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<{ outdated?: unknown }>) => {
    channel.port1.close();
    form.removeEventListener('input', onInput, { capture: true });
    form.removeEventListener('change', onInput, { capture: true });
    if (event.data?.outdated === true && !typed) reload();
  };
  controller.postMessage({ type: PAGE_CHECK }, [channel.port2]);
}
