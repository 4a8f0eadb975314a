/// <reference types="google.script.client-side" />
// The page's typed wrapper over google.script.run calls each server function as a method of its
// runner (`runner[name](...)`), as Google's reference shows
// (https://developers.google.com/apps-script/guides/html/reference/run), so it works with a runner
// whose methods need `this`, as a class-based implementation does.

class ThisRunner {
  calls: { name: string; args: unknown[] }[] = [];
  private success?: (value: unknown) => void;
  withSuccessHandler(handler: (value: unknown) => void): this {
    this.success = handler;
    return this;
  }
  withFailureHandler(_handler: (error: Error) => void): this {
    return this;
  }
  /** Reads the handlers off `this`: a detached call has none and throws. */
  getBriefContext(...args: unknown[]): void {
    this.calls.push({ name: 'getBriefContext', args });
    this.success?.({ echoed: args });
  }
}

describe('sidebar server wrapper', () => {
  it('calls the server function as a method of the runner', async () => {
    const runner = new ThisRunner();
    (globalThis as unknown as { google: unknown }).google = { script: { run: runner } };
    const { server } = await import('../../sidebar/src/server');
    await expect(server.getBriefContext('P-0001')).resolves.toEqual({ echoed: ['P-0001'] });
    expect(runner.calls).toEqual([{ name: 'getBriefContext', args: ['P-0001'] }]);
  });
});
