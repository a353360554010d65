// The atomic write: readers see the old file or the new one, never a half-written one; a crash between
// writing the temp file and renaming it leaves the old file intact and no temp file behind.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeJsonAtomic } from '../../adapters/data/write-dataset-atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iisg-atomic-'));
});

describe('writeFileAtomic', () => {
  it('creates a missing file and its folder', async () => {
    const file = join(dir, 'new', 'events.json');
    await writeJsonAtomic(file, [{ id: 'a' }]);
    expect(readFileSync(file, 'utf8')).toBe('[\n  {\n    "id": "a"\n  }\n]\n');
  });

  it('replaces an existing file and leaves no temp file', async () => {
    const file = join(dir, 'events.json');
    writeFileSync(file, '[]\n');
    await writeFileAtomic(file, '["new"]\n');
    expect(readFileSync(file, 'utf8')).toBe('["new"]\n');
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it('leaves the old file intact when it fails after writing the temp file (a crash before the rename)', async () => {
    const file = join(dir, 'events.json');
    writeFileSync(file, '["old"]\n');
    let tempContent = '';
    const write = writeFileAtomic(file, '["new"]\n', {
      beforeRename: (tempFile) => {
        tempContent = readFileSync(tempFile, 'utf8');
        throw new Error('simulated crash');
      },
    });
    await expect(write).rejects.toThrow('simulated crash');
    expect(tempContent).toBe('["new"]\n');
    expect(readFileSync(file, 'utf8')).toBe('["old"]\n');
    expect(readdirSync(dir)).toEqual(['events.json']);
  });

  it('writes the temp file in the same folder as the target, as a hidden file', async () => {
    const file = join(dir, 'events.json');
    let temp = '';
    await writeFileAtomic(file, '[]', { beforeRename: (tempFile) => void (temp = tempFile) });
    expect(temp.startsWith(join(dir, '.events.json.'))).toBe(true);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = join(dir, 'events.json');
    writeFileSync(file, '[]');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, '["new"]');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reports a folder it cannot write to, leaving the file as it was', async () => {
    const file = join(dir, 'events.json');
    writeFileSync(file, '["old"]');
    chmodSync(dir, 0o500);
    try {
      // root ignores folder permissions: then the write simply succeeds and there is nothing to check.
      const outcome = await writeFileAtomic(file, '["new"]').then(() => 'written', (error: NodeJS.ErrnoException) => error.code);
      if (outcome !== 'written') {
        expect(outcome).toBe('EACCES');
        expect(readFileSync(file, 'utf8')).toBe('["old"]');
      }
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
