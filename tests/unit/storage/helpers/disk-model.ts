import * as path from 'node:path';
import { fsError } from './fault-fs';

/**
 * A deliberately pessimistic in-memory disk for power-cut tests. Paths are absolute POSIX paths.
 *
 * - File data: every file (inode) has `data`, what reads see, and `synced`, what survives a power cut.
 *   Only an fsync of the file (handle.sync) copies data to synced; unsynced writes are lost whole.
 * - Folder entries: every folder has live `entries` and `synced` entries. Creating, renaming, linking or
 *   unlinking a name changes the live entries and queues the change as pending; syncDir(folder) makes
 *   that folder's entries durable and drops its pending changes. fsync of a file does NOT make its
 *   name durable, and a new folder's own name is durable only once its parent is synced.
 * - A crash keeps the synced state. Because a journaling file system may already have committed some
 *   metadata changes on its own, it may also keep any prefix of the pending changes, in order (a rename
 *   is one change: atomic). crashImages() returns one disk per such prefix. Data is never committed
 *   without an fsync, so renaming an unsynced file into place shows up as an empty file.
 */
type Ino = number;
interface FileNode { kind: 'file'; data: Uint8Array; synced: Uint8Array }
interface DirNode { kind: 'dir'; entries: Map<string, Ino>; synced: Map<string, Ino> }
type Node = FileNode | DirNode;
/** One atomic metadata change: names set (ino) or removed (null) in one or two folders. */
type Change = Array<{ dir: Ino; name: string; ino: Ino | null }>;

const ROOT: Ino = 1;

export class DiskModel {
  private nodes = new Map<Ino, Node>();
  private pending: Change[] = [];
  private handles = new Map<number, Ino>();
  private nextIno = ROOT + 1;
  private nextFd = 3;

  /** Starts with these folders (and their parents) already durable. */
  constructor(folders: string[] = []) {
    this.nodes.set(ROOT, { kind: 'dir', entries: new Map(), synced: new Map() });
    for (const f of folders) this.mkdir(f);
    for (const node of this.nodes.values()) if (node.kind === 'dir') node.synced = new Map(node.entries);
    this.pending = [];
  }

  open(p: string, flags: string): number {
    if (flags !== 'wx') throw fsError('EINVAL'); // the model only knows what the adapter uses
    const { dir, name } = this.parent(p);
    if (dir.entries.has(name)) throw fsError('EEXIST');
    const ino = this.add({ kind: 'file', data: new Uint8Array(), synced: new Uint8Array() });
    this.change([{ dir: this.inoOf(path.dirname(p)), name, ino }]);
    const fd = this.nextFd++;
    this.handles.set(fd, ino);
    return fd;
  }

  /** A null position writes at the end (what the adapter's appends ask for). */
  write(fd: number, bytes: Uint8Array, position: number | null): number {
    const file = this.fileOf(this.handle(fd));
    const at = position ?? file.data.byteLength;
    const data = new Uint8Array(Math.max(file.data.byteLength, at + bytes.byteLength));
    data.set(file.data);
    data.set(bytes, at);
    file.data = data;
    return bytes.byteLength;
  }

  sync(fd: number): void {
    const file = this.fileOf(this.handle(fd));
    file.synced = file.data.slice();
  }

  close(fd: number): void {
    this.handle(fd);
    this.handles.delete(fd);
  }

  rename(from: string, to: string): void {
    const ino = this.lookup(from);
    const dest = this.parent(to);
    this.change([
      { dir: this.inoOf(path.dirname(from)), name: path.basename(from), ino: null },
      { dir: this.inoOf(path.dirname(to)), name: dest.name, ino },
    ]);
  }

  link(from: string, to: string): void {
    const ino = this.lookup(from);
    const dest = this.parent(to);
    if (dest.dir.entries.has(dest.name)) throw fsError('EEXIST');
    this.change([{ dir: this.inoOf(path.dirname(to)), name: dest.name, ino }]);
  }

  copyFile(from: string, to: string): void {
    const data = this.fileOf(this.lookup(from)).data.slice();
    const dest = this.parent(to);
    const ino = this.add({ kind: 'file', data, synced: new Uint8Array() });
    this.change([{ dir: this.inoOf(path.dirname(to)), name: dest.name, ino }]);
  }

  unlink(p: string): void {
    this.lookup(p);
    this.change([{ dir: this.inoOf(path.dirname(p)), name: path.basename(p), ino: null }]);
  }

  /** mkdir -p; returns the first folder it created, like Node. */
  mkdir(p: string): string | undefined {
    let first: string | undefined;
    const parts = p.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const sub = `/${parts.slice(0, i).join('/')}`;
      const { dir, name } = this.parent(sub);
      const existing = dir.entries.get(name);
      if (existing !== undefined) {
        if (this.nodes.get(existing)?.kind !== 'dir') throw fsError('EEXIST');
        continue;
      }
      const ino = this.add({ kind: 'dir', entries: new Map(), synced: new Map() });
      this.change([{ dir: this.inoOf(path.dirname(sub)), name, ino }]);
      first ??= sub;
    }
    return first;
  }

  syncDir(p: string): void {
    const ino = this.inoOf(p);
    const dir = this.dirOf(ino);
    dir.synced = new Map(dir.entries);
    this.pending = this.pending.map((c) => c.filter((e) => e.dir !== ino)).filter((c) => c.length > 0);
  }

  readdir(p: string): Array<{ name: string; isFile(): boolean }> {
    const dir = this.dirOf(this.inoOf(p));
    return [...dir.entries].map(([name, ino]) => ({ name, isFile: () => this.nodes.get(ino)?.kind === 'file' }));
  }

  readFile(p: string): Uint8Array {
    return this.fileOf(this.lookup(p)).data.slice();
  }

  stat(p: string): { size: number } {
    const node = this.nodes.get(this.lookup(p))!;
    return { size: node.kind === 'file' ? node.data.byteLength : 0 };
  }

  /** The disks a power cut right now could leave: synced state plus each prefix of pending changes. */
  crashImages(): DiskModel[] {
    return Array.from({ length: this.pending.length + 1 }, (_, n) => this.crashImage(n));
  }

  private crashImage(committed: number): DiskModel {
    const image = new DiskModel();
    for (const [ino, node] of this.nodes) {
      image.nodes.set(
        ino,
        node.kind === 'file'
          ? { kind: 'file', data: node.synced.slice(), synced: node.synced.slice() }
          : { kind: 'dir', entries: new Map(node.synced), synced: new Map(node.synced) },
      );
    }
    for (const change of this.pending.slice(0, committed)) image.apply(change, 'both');
    image.nextIno = this.nextIno;
    return image;
  }

  private change(change: Change): void {
    this.apply(change, 'live');
    this.pending.push(change);
  }

  private apply(change: Change, which: 'live' | 'both'): void {
    for (const { dir, name, ino } of change) {
      const node = this.dirOf(dir);
      const maps = which === 'live' ? [node.entries] : [node.entries, node.synced];
      for (const m of maps) {
        if (ino === null) m.delete(name);
        else m.set(name, ino);
      }
    }
  }

  private add(node: Node): Ino {
    const ino = this.nextIno++;
    this.nodes.set(ino, node);
    return ino;
  }

  private handle(fd: number): Ino {
    const ino = this.handles.get(fd);
    if (ino === undefined) throw fsError('EBADF');
    return ino;
  }

  private lookup(p: string): Ino {
    const { dir, name } = this.parent(p);
    const ino = dir.entries.get(name);
    if (ino === undefined) throw fsError('ENOENT');
    return ino;
  }

  private inoOf(p: string): Ino {
    return p === '/' ? ROOT : this.lookup(p);
  }

  private parent(p: string): { dir: DirNode; name: string } {
    return { dir: this.dirOf(this.inoOf(path.dirname(p))), name: path.basename(p) };
  }

  private dirOf(ino: Ino): DirNode {
    const node = this.nodes.get(ino);
    if (node?.kind !== 'dir') throw fsError('ENOTDIR');
    return node;
  }

  private fileOf(ino: Ino): FileNode {
    const node = this.nodes.get(ino);
    if (node?.kind !== 'file') throw fsError('EISDIR');
    return node;
  }
}
