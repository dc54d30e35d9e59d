// Vitest setup: jest-dom matchers, a clean DOM and IPC mock after each test, and the
// browser APIs React Flow needs that jsdom lacks (ResizeObserver, DOMMatrixReadOnly,
// element sizes).

import "@testing-library/jest-dom/vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

import { preferences } from "../ipc/api";

afterEach(() => {
  cleanup();
  clearMocks();
  preferences.reset();
});

/** The target's box at its (stubbed) offset size: jsdom lays nothing out. */
function sizedRect(target: Element): DOMRectReadOnly {
  const width = target instanceof HTMLElement ? target.offsetWidth : 0;
  const height = target instanceof HTMLElement ? target.offsetHeight : 0;
  return DOMRectReadOnly.fromRect({ x: 0, y: 0, width, height });
}

class ResizeObserverStub implements ResizeObserver {
  private readonly callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }

  /**
   * Reports the target once, after the current task, as a browser does after
   * layout. React Flow takes the pane's extent from it (d3-zoom animates the
   * viewport within it).
   */
  observe(target: Element): void {
    setTimeout(() => {
      const entry: ResizeObserverEntry = {
        target,
        borderBoxSize: [],
        contentBoxSize: [],
        devicePixelContentBoxSize: [],
        contentRect: sizedRect(target),
      };
      this.callback([entry], this);
    }, 0);
  }

  unobserve(): void {}

  disconnect(): void {}
}

/** Only what React Flow reads: the zoom (`m22`) of a CSS transform. */
class DOMMatrixReadOnlyStub {
  readonly m22: number;

  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

globalThis.ResizeObserver = ResizeObserverStub;
Object.defineProperty(globalThis, "DOMMatrixReadOnly", {
  value: DOMMatrixReadOnlyStub,
  configurable: true,
  writable: true,
});

// jsdom lays nothing out; give elements a size so React Flow measures its nodes,
// and the canvas a window's, so that a fitted tree is drawn close enough for its
// cards (far out they are painted, canvas/far).
const isCanvas = (element: HTMLElement) => element.classList.contains("react-flow__renderer");
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return isCanvas(this) ? 800 : Number.parseFloat(this.style.height) || 100;
    },
  },
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return isCanvas(this) ? 1280 : Number.parseFloat(this.style.width) || 200;
    },
  },
});

if (!("getBBox" in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, "getBBox", {
    configurable: true,
    value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
  });
}
