/**
 * Runs in the page (pass it to locator.evaluate): types each text into the input as one input
 * event, and records how long the roster took to update and the count it then shows.
 */
export async function typeEachKeystroke(input: Element, texts: string[]): Promise<{ ms: number; shown: string }[]> {
  const page = input.ownerDocument;
  const view = page.defaultView!;
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  const out: { ms: number; shown: string }[] = [];
  for (const text of texts) {
    const t0 = view.performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new view.Event('input', { bubbles: true }));
    out.push({ ms: view.performance.now() - t0, shown: page.querySelector('.people-count')?.textContent ?? '' });
    await new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return out;
}
