// Paths into the report's JSON tree, written as the loader writes field paths: narrative.overview.intro[0].
export function parsePath(path) {
  const parts = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return parts;
}

export function joinPath(base, key) {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

export function getAt(root, path) {
  let node = root;
  for (const part of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

/** Sets a value, making the mappings on the way; undefined removes the key (an emptied mapping goes too). */
export function setAt(root, path, value) {
  const parts = parsePath(path);
  let node = root;
  const trail = [];
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    if (node[part] === null || typeof node[part] !== 'object') {
      if (value === undefined) return;
      node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    }
    trail.push([node, part]);
    node = node[part];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last, 1); else delete node[last];
    // A mapping left empty by clearing its last cell is removed (blank is not 0: nothing stays written).
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, key] = trail[i];
      const child = parent[key];
      if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0 && i >= 1) delete parent[key];
      else break;
    }
  } else {
    node[last] = value;
  }
}

/** The nearest field of the form a diagnostic's field path concerns: itself, else its parents. */
export function nearest(registry, field) {
  if (!field) return null;
  let path = field;
  for (;;) {
    if (registry.has(path)) return registry.get(path);
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return null;
    path = path.slice(0, cut);
  }
}
