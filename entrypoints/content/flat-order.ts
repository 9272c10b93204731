/**
 * Reading order across shadow trees. `compareDocumentPosition` says nothing useful about
 * two nodes in different trees, so each node is lifted to its shadow host, tree by tree,
 * until both are in one tree. A shadow tree's text reads at its host, before the host's
 * light children (which it usually slots or hides).
 */

/** `node`, then its shadow host, that host's host…: one node per enclosing tree, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host !== undefined;
}

/** Negative when `a` reads before `b`. */
export function compareReadingOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const up = hostChain(a).reverse();
  const down = hostChain(b).reverse();
  for (let i = 0; i < Math.max(up.length, down.length); i++) {
    const x = up[i];
    const y = down[i];
    if (x === undefined) return -1; // `a` is the host `b` sits in
    if (y === undefined) return 1;
    if (x === y) continue;
    // A host precedes its light children (FOLLOWING and CONTAINED_BY both): its shadow
    // tree comes before them too.
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}

/** Whether `node` is `root` or inside it, shadow trees of hosts inside `root` included. */
export function containsComposed(root: Node, node: Node): boolean {
  for (let at: Node | null = node; at; ) {
    if (root.contains(at)) return true;
    const top = at.getRootNode();
    at = isShadowRoot(top) ? top.host : null;
  }
  return false;
}
