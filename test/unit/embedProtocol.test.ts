import { describe, expect, it } from 'vitest';
import { acceptsOrigin, eventTargets, refusalTarget, replyTarget } from '../../src/embed/originPolicy';
import { COMMAND_NAMES, eventMessage, MAX_ID_CHARS, parseCommand, replyError, replyOk } from '../../src/embed/protocol';
import { APP_MODES } from '../../src/state/scenarioStore';

const command = (fields: Record<string, unknown>) => ({ healsim: 1, id: 'a1', ...fields });

function rejected(data: unknown): { error: string; id: string | null } {
  const r = parseCommand(data);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(data)}`);
  return r;
}

describe('parseCommand accepts version-1 commands', () => {
  it('with and without args, for every command', () => {
    const examples: Record<string, unknown> = {
      play: undefined,
      pause: {},
      seek: { hours: 48 },
      setParams: { params: { needle_length_mm: 1 } },
      getState: undefined,
      setState: { preset: 'reference', seed: 3, params: {}, mode: 'patient', hours: 0, playing: false },
      getMetrics: { since: 24 },
      capture: {},
    };
    expect(Object.keys(examples).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const [cmd, args] of Object.entries(examples)) {
      const r = parseCommand(command(args === undefined ? { cmd } : { cmd, args }));
      expect(r, cmd).toEqual({ ok: true, command: { id: 'a1', cmd, args: args ?? {} } });
    }
  });

  it('with optional args left out, and an empty id', () => {
    expect(parseCommand({ healsim: 1, id: '', cmd: 'getMetrics' }).ok).toBe(true);
    expect(parseCommand(command({ cmd: 'setState', args: { seed: 0 } })).ok).toBe(true);
    expect(parseCommand(command({ cmd: 'seek', args: { hours: 0 } })).ok).toBe(true);
  });
});

describe('parseCommand rejects malformed messages, with the id when one is readable', () => {
  it('non-objects: no id', () => {
    for (const data of [null, undefined, 'play', 42, true, ['play'], new ArrayBuffer(4)]) {
      const r = parseCommand(data);
      expect(r.ok, String(data)).toBe(false);
      if (!r.ok) expect(r.id).toBeNull();
    }
  });

  it('a missing or wrong version', () => {
    expect(rejected({ id: 'x', cmd: 'play' })).toMatchObject({ id: 'x', error: expect.stringContaining('healsim') });
    expect(rejected({ healsim: 2, id: 'x', cmd: 'play' })).toMatchObject({
      id: 'x',
      error: expect.stringContaining('version 2'),
    });
    expect(rejected({ healsim: '1', id: 'x', cmd: 'play' }).id).toBe('x');
    expect(rejected({ healsim: true, id: 'x', cmd: 'play' }).id).toBe('x');
  });

  it('ids that are not strings or too long', () => {
    expect(rejected({ healsim: 1, id: 7, cmd: 'play' })).toMatchObject({ id: null, error: 'id must be a string' });
    expect(rejected({ healsim: 1, cmd: 'play' }).id).toBeNull();
    const huge = 'x'.repeat(MAX_ID_CHARS + 1);
    expect(rejected({ healsim: 1, id: huge, cmd: 'play' })).toMatchObject({
      id: null,
      error: expect.stringContaining(String(MAX_ID_CHARS)),
    });
    expect(parseCommand({ healsim: 1, id: 'x'.repeat(MAX_ID_CHARS), cmd: 'play' }).ok).toBe(true);
  });

  it('unknown commands and fields', () => {
    expect(rejected(command({ cmd: 'explode' })).error).toContain('unknown command "explode"');
    expect(rejected(command({ cmd: 'toString' })).error).toContain('unknown command');
    expect(rejected(command({})).error).toContain('unknown command');
    expect(rejected(command({ cmd: 'play', extra: 1 })).error).toContain('unknown field "extra"');
  });

  it('args that are not an object, or with unknown, missing or mistyped fields', () => {
    expect(rejected(command({ cmd: 'play', args: [] })).error).toBe('args must be an object');
    expect(rejected(command({ cmd: 'play', args: null })).error).toBe('args must be an object');
    expect(rejected(command({ cmd: 'play', args: { fast: true } })).error).toContain('takes no args');
    expect(rejected(command({ cmd: 'seek' })).error).toContain('needs args.hours');
    expect(rejected(command({ cmd: 'seek', args: { hours: '48' } })).error).toContain('finite number');
    expect(rejected(command({ cmd: 'seek', args: { hours: Number.NaN } })).error).toContain('finite number');
    expect(rejected(command({ cmd: 'seek', args: { hours: Infinity } })).error).toContain('finite number');
    expect(rejected(command({ cmd: 'seek', args: { hours: -1 } })).error).toContain('≥ 0');
    expect(rejected(command({ cmd: 'seek', args: { hours: 1, when: 'now' } })).error).toContain('unknown arg');
    expect(rejected(command({ cmd: 'setParams', args: {} })).error).toContain('needs args.params');
    expect(rejected(command({ cmd: 'setParams', args: { params: [1] } })).error).toContain('an object');
    expect(rejected(command({ cmd: 'setState', args: { seed: 1.5 } })).error).toContain('integer');
    expect(rejected(command({ cmd: 'setState', args: { seed: -1 } })).error).toContain('seed');
    expect(rejected(command({ cmd: 'setState', args: { seed: 2 ** 32 } })).error).toContain('seed');
    expect(rejected(command({ cmd: 'setState', args: { mode: 'teacher' } })).error).toContain('mode');
    expect(rejected(command({ cmd: 'setState', args: { playing: 1 } })).error).toContain('true or false');
    expect(rejected(command({ cmd: 'getMetrics', args: { since: -2 } })).error).toContain('≥ 0');
    expect(rejected(command({ cmd: 'getMetrics', args: { since: 0.5 } })).error).toContain('integer');
  });

  it('inherited properties are not fields', () => {
    const args = Object.create({ hours: 5 }) as Record<string, unknown>;
    expect(rejected(command({ cmd: 'seek', args })).error).toContain('needs args.hours');
  });
});

describe('messages from the app', () => {
  it('carry the version', () => {
    expect(replyOk('a', { x: 1 })).toEqual({ healsim: 1, re: 'a', ok: true, result: { x: 1 } });
    expect(replyError(null, 'bad')).toEqual({ healsim: 1, re: null, ok: false, error: 'bad' });
    expect(eventMessage('ready', {})).toEqual({ healsim: 1, event: 'ready', data: {} });
  });

  it('setState accepts exactly the app modes', () => {
    for (const mode of APP_MODES) {
      expect(parseCommand({ healsim: 1, id: 'm', cmd: 'setState', args: { mode } }).ok, mode).toBe(true);
    }
    const refused = parseCommand({ healsim: 1, id: 'm', cmd: 'setState', args: { mode: 'doctor' } });
    expect(refused).toMatchObject({ ok: false, error: `setState: args.mode must be one of ${APP_MODES.join(', ')}` });
  });
});

describe('origin policy', () => {
  const allow = ['https://course.example.edu', 'http://localhost:8080'];

  it('accepts any origin without allowOrigin, and only the listed ones with it', () => {
    expect(acceptsOrigin('https://evil.example', null)).toBe(true);
    expect(acceptsOrigin('https://course.example.edu', allow)).toBe(true);
    expect(acceptsOrigin('https://course.example.edu:444', allow)).toBe(false);
    expect(acceptsOrigin('http://course.example.edu', allow)).toBe(false);
    expect(acceptsOrigin('null', allow)).toBe(false);
    // A bad allowOrigin value becomes an empty list: nothing is accepted.
    expect(acceptsOrigin('https://course.example.edu', [])).toBe(false);
  });

  it('never posts to "*" with a list; without one, replies go to the sender and events to "*"', () => {
    expect(replyTarget('https://course.example.edu', allow)).toBe('https://course.example.edu');
    expect(eventTargets(allow)).toEqual(allow);
    expect(eventTargets([])).toEqual([]);
    expect(replyTarget('https://any.example', null)).toBe('https://any.example');
    expect(replyTarget('null', null)).toBe('*');
    expect(eventTargets(null)).toEqual(['*']);
  });

  it('addresses a refusal to the refused origin itself, and stays silent to an opaque one', () => {
    expect(refusalTarget('https://evil.example')).toBe('https://evil.example');
    expect(refusalTarget('null')).toBeNull();
    expect(refusalTarget('')).toBeNull();
  });
});
