import { isShadowRoot } from './flat-order';
import { blockOf, isInlineElement } from './text-walk';

/** Past this many mutation records in one batch the page is in a storm: slow down. */
const STORM_RECORDS = 400;
const CALM_DELAY_MS = 120;
const STORM_DELAY_MS = 1000;

export interface ChangedRegions {
  /** Subtrees whose text is new or changed: forget their old terms and rescan them. */
  roots: Node[];
  /** Some nodes left the page: their terms must go. */
  removals: boolean;
}

/**
 * Batches the page's mutations into a short list of subtrees to rescan. During a mutation
 * storm the cadence drops to once a second so Kontekst never competes with the page,
 * yet each batch still covers everything that changed, so nothing falls behind.
 */
export function watchMutations(deps: {
  root: Node;
  isOwnNode: (node: Node) => boolean;
  onChange: (changes: ChangedRegions) => void;
  signal: AbortSignal;
}): { observe(root: Node): void } {
  const { root, isOwnNode, onChange, signal } = deps;
  const dirty = new Set<Node>();
  let removals = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let recordsThisWindow = 0;
  let stormy = false;

  const flush = () => {
    timer = undefined;
    // A busy window means the next one will likely be busy too: pace ourselves.
    stormy = recordsThisWindow > STORM_RECORDS;
    recordsThisWindow = 0;
    const roots = outermost(dirty);
    dirty.clear();
    const hadRemovals = removals;
    removals = false;
    if (roots.length || hadRemovals) onChange({ roots, removals: hadRemovals });
  };

  const markDirty = (node: Node) => {
    // An added block is rescanned alone; added inline content re-reads its whole block,
    // since it may complete a term across tags.
    const isBlock = node.nodeType === Node.ELEMENT_NODE && !isInlineElement(node as Element);
    // Inline content at the top of a shadow tree has no block: the shadow root is its wall.
    const root = node.getRootNode();
    const target = isBlock ? node : (blockOf(node) ?? (isShadowRoot(root) ? root : null));
    if (target) dirty.add(target);
  };

  const observer = new MutationObserver((mutations) => {
    recordsThisWindow += mutations.length;
    for (const mutation of mutations) {
      if (isOwnNode(mutation.target)) continue;
      if (mutation.type === 'characterData') markDirty(mutation.target);
      if (mutation.removedNodes.length) removals = true;
      for (const added of mutation.addedNodes) if (!isOwnNode(added)) markDirty(added);
    }
    if (recordsThisWindow > STORM_RECORDS) stormy = true;
    timer ??= setTimeout(flush, stormy ? STORM_DELAY_MS : CALM_DELAY_MS);
  });
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(root, options);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  // A subtree observer stops at shadow roots: each open one found is observed on its own.
  return { observe: (shadowRoot) => void (signal.aborted || observer.observe(shadowRoot, options)) };
}

/** The connected nodes of `nodes` that no other listed node contains (through shadow hosts too). */
function outermost(nodes: Set<Node>): Node[] {
  const result: Node[] = [];
  const up = (node: Node): Node | null => node.parentNode ?? (isShadowRoot(node) ? node.host : null);
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let ancestor = up(node);
    while (ancestor && !nodes.has(ancestor)) ancestor = up(ancestor);
    if (!ancestor) result.push(node);
  }
  return result;
}
