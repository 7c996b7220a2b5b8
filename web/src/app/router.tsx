import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/*
 * A tiny history router: three routes do not justify a dependency. Navigation goes through
 * `navigate`, which pushes a history entry and tells subscribers; the browser's back and forward
 * buttons arrive as `popstate`.
 */

export type Route =
  | { name: "start" }
  | { name: "editor"; mapId: string }
  /** A template in a doc that lives only in this tab: for looking at the editor without a server (dev builds). */
  | { name: "local"; templateId: string }
  | { name: "not-found" };

const NAVIGATE_EVENT = "kundresa:navigate";

/** The route a path names. Map ids are opaque; only their characters are checked, so a typo reads as "not found". */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { name: "start" };
  const editor = /^\/m\/([A-Za-z0-9_-]{1,128})$/.exec(path);
  if (editor) return { name: "editor", mapId: editor[1] as string };
  const local = /^\/local\/([a-z0-9-]{1,64})$/.exec(path);
  if (local) return { name: "local", templateId: local[1] as string };
  return { name: "not-found" };
}

/** The token a link carries in its fragment (`#token=…`), so it never reaches a server log. */
export function tokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const token = params.get("token");
  return token === null || token === "" ? undefined : token;
}

/** The editor link of a map: the token in the fragment, as contract §3 has it. */
export function editorPath(mapId: string, token: string): string {
  return `/m/${encodeURIComponent(mapId)}#token=${encodeURIComponent(token)}`;
}

/** Reads a pasted editor link (absolute or a bare path); `undefined` when it is not one. */
export function parseEditorLink(text: string): { mapId: string; token: string } | undefined {
  let url: URL;
  try {
    url = new URL(text.trim(), "http://link.invalid");
  } catch {
    return undefined;
  }
  const route = parseRoute(url.pathname);
  const token = tokenFromHash(url.hash);
  if (route.name !== "editor" || token === undefined) return undefined;
  return { mapId: route.mapId, token };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener("hashchange", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// A string snapshot: useSyncExternalStore compares by value, so an unchanged URL re-renders nothing.
const snapshot = (): string => location.pathname + location.search + location.hash;

/** The current location; re-renders on navigation. */
export function useLocation(): { pathname: string; search: string; hash: string } {
  useSyncExternalStore(subscribe, snapshot, snapshot);
  return { pathname: location.pathname, search: location.search, hash: location.hash };
}

/** An in-app link: a real `<a href>` (open in new tab works), navigating without a reload on a plain click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
