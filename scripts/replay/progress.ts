/** A one-line progress bar on stderr (only when stderr is a terminal), redrawn at most 10x/s. */
export class Progress {
  private done_ = 0;
  private lastDraw = 0;
  private readonly total: number;
  private readonly enabled: boolean;

  constructor(totalBytes: number, enabled: boolean) {
    this.total = Math.max(1, totalBytes);
    this.enabled = enabled;
  }

  advance(bytes: number): void {
    this.done_ += bytes;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw();
  }

  private draw(): void {
    const frac = Math.min(1, this.done_ / this.total);
    const width = 30;
    const full = Math.round(frac * width);
    process.stderr.write(`\r[${"#".repeat(full)}${".".repeat(width - full)}] ${(frac * 100).toFixed(1).padStart(5)}%`);
  }

  /** Print a message line without garbling the bar. */
  log(msg: string): void {
    if (this.enabled) process.stderr.write("\r\x1b[K");
    process.stderr.write(msg + "\n");
    if (this.enabled) this.draw();
  }

  done(): void {
    if (this.enabled) process.stderr.write("\r\x1b[K");
  }
}
