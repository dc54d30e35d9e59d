// What the tree library's tests share: opening the window on the Zira tree, the
// commands the page sent, the library's list and menus, and waiting for answers.

import { act, fireEvent, render, screen } from "@testing-library/react";

import { invocations } from "../test/backend";
import { App } from "./App";

/** Renders the window and waits for the last tree (Zira growth) to be open. */
export async function openZira() {
  render(<App />);
  await screen.findByTestId("node-arr");
}

export function sent(cmd: string): Record<string, unknown>[] {
  return invocations.filter((call) => call.cmd === cmd).map((call) => call.args);
}

export function heading() {
  return screen.getByRole("heading", { level: 1 });
}

export function treeItems(): string[] {
  return screen
    .getAllByTestId(/^tree-item-\d+$/)
    .map((item) => item.querySelector(".kt-tree-item__name")?.textContent ?? "");
}

/** Opens tree `id`'s "⋯" menu and chooses `action`. */
export function treeMenu(id: number, action: string) {
  fireEvent.click(screen.getByTestId(`tree-menu-${id}`));
  fireEvent.click(screen.getByTestId(action));
}

/** Lets every command the page has sent be answered (and the answers rendered). */
export async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** A promise the test settles by hand. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
