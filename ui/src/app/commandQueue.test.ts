import { describe, expect, it } from "vitest";

import { createCommandQueue } from "./commandQueue";

/** A promise and the functions that settle it, for a command the test answers. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe("createCommandQueue", () => {
  it("starts each command once the one before it has settled, in the order given", async () => {
    const queue = createCommandQueue();
    const log: string[] = [];
    const first = deferred<string>();
    const a = queue.run(() => {
      log.push("a starts");
      return first.promise;
    });
    const b = queue.run(() => {
      log.push("b starts");
      return Promise.resolve("b");
    });
    await flush();
    expect(log).toEqual(["a starts"]);
    first.resolve("a");
    expect(await a).toBe("a");
    expect(await b).toBe("b");
    expect(log).toEqual(["a starts", "b starts"]);
  });

  it("fails a refused command alone: its caller gets the error, the next ones still run", async () => {
    const queue = createCommandQueue();
    const log: string[] = [];
    const refused = queue.run(() => {
      log.push("a");
      return Promise.reject(new Error("refused"));
    });
    const thrown = queue.run((): Promise<number> => {
      log.push("b");
      throw new Error("thrown");
    });
    const taken = queue.run(() => {
      log.push("c");
      return Promise.resolve(3);
    });
    await expect(refused).rejects.toThrow("refused");
    await expect(thrown).rejects.toThrow("thrown");
    expect(await taken).toBe(3);
    expect(log).toEqual(["a", "b", "c"]);
  });

  it("settles after the commands given before, without holding up those after", async () => {
    const queue = createCommandQueue();
    const log: string[] = [];
    const before = deferred<void>();
    void queue.run(() => before.promise).catch(() => undefined);
    // A native dialog: it waits for the edits before it, then stays open.
    const dialog = deferred<void>();
    void queue.settled().then(() => {
      log.push("dialog opens");
      return dialog.promise;
    });
    const after = queue.run(() => {
      log.push("after");
      return Promise.resolve();
    });
    await flush();
    expect(log).toEqual([]);
    before.reject(new Error("refused"));
    await after;
    expect(log).toEqual(["dialog opens", "after"]);
  });

  it("is settled at once when nothing was given", async () => {
    await expect(createCommandQueue().settled()).resolves.toBeUndefined();
  });
});
