/**
 * Reports changes under a folder: one `fs.watch` per directory (inotify on Linux), each naming the entry
 * that changed. Not Node's `recursive` watch: on Linux (Node 20) it follows files one by one, and lost a
 * file the moment something replaced it by rename, as editors and CMS exports write (measured: the next
 * change to that file was never reported). Not chokidar either: it too puts a watch on every file
 * (19,000 at 10,000 releases). A directory's watch sees its entries whatever their inode.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** `changed(relative)`: a file (or something) at this path changed; `changed(undefined)`: look at everything. */
export function watchFolder(root: string, changed: (relative: string | undefined) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const isDirectory = (full: string) => {
    try {
      return statSync(full).isDirectory();
    } catch {
      return false;
    }
  };
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (!name) return changed(undefined);
        const full = path.join(dir, name.toString());
        // A folder that appeared (moved in, or made and filled): watch it, and look at everything once.
        if (isDirectory(full)) {
          add(full);
          return changed(undefined);
        }
        // A folder that went: forget its watch (a new one may come at the same path), and look at everything.
        const gone = watchers.get(full);
        if (gone) {
          gone.close();
          watchers.delete(full);
          return changed(undefined);
        }
        changed(path.relative(root, full).split(path.sep).join('/'));
      });
    } catch {
      return; // gone already
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) add(path.join(dir, entry.name));
  };
  add(root);
  return () => watchers.forEach((watcher) => watcher.close());
}
