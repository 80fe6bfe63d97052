import { afterNextPaint, FRAME_WAIT_MS } from "../../src/panel/paint";

describe("afterNextPaint", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  const settled = (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    return () => done;
  };

  it("resolves in the task after the next frame, without waiting for the fallback", async () => {
    let frame: FrameRequestCallback | undefined;
    jest.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => {
      frame = cb;
      return 1;
    });
    const done = settled(afterNextPaint());
    await jest.advanceTimersByTimeAsync(5);
    expect(done()).toBe(false);
    frame?.(0);
    expect(done()).toBe(false); // The frame callback runs before the paint: not yet.
    await jest.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it("gives up waiting after FRAME_WAIT_MS where no frame comes (a hidden pane)", async () => {
    jest.spyOn(window, "requestAnimationFrame").mockImplementation(() => 1);
    const done = settled(afterNextPaint());
    await jest.advanceTimersByTimeAsync(FRAME_WAIT_MS - 1);
    expect(done()).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done()).toBe(true);
  });
});
