import { describe, expect, it } from 'vitest';
import { parseWebShellArgs } from './options';

describe('web shell options', () => {
  it('default to a free port and opening the browser', () => {
    expect(parseWebShellArgs([])).toEqual({ port: 0, open: true });
  });
  it('read --port and --no-open', () => {
    expect(parseWebShellArgs(['--port', '4321', '--no-open'])).toEqual({ port: 4321, open: false });
    expect(parseWebShellArgs(['--port=80'])).toMatchObject({ port: 80 });
  });
  it('name the bad value', () => {
    expect(() => parseWebShellArgs(['--port', 'abc'])).toThrow('--port: "abc" is not a port number.');
    expect(() => parseWebShellArgs(['--verbose'])).toThrow('Unknown option "--verbose"');
  });
});
