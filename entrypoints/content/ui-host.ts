import cardCss from '../../components/card.css?inline';

/** The one element Kontekst adds to a page; the text walk skips it. */
export const UI_HOST_TAG = 'kontekst-ui';

/** Important inline styles: they beat any page rule that matches the host (`* { position: static !important }`). */
const HOST_STYLE: Record<string, string> = {
  display: 'none',
  position: 'fixed',
  inset: 'auto',
  top: '0',
  left: '0',
  width: 'max-content',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483647',
  visibility: 'hidden',
};

export interface Host {
  host: HTMLElement;
  shadow: ShadowRoot;
  mount: HTMLElement;
}

/** Builds the host, hidden, with the card styles adopted into its open shadow root. */
export function createHost(doc: Document): Host {
  const host = doc.createElement(UI_HOST_TAG);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCardStyles(shadow, doc);
  const mount = doc.createElement('div');
  shadow.append(mount);
  doc.documentElement.append(host);
  return { host, shadow, mount };
}

/**
 * A constructed stylesheet is not subject to the page's style-src CSP, so the card is
 * styled even where inline <style> is forbidden. The <style> element is the fallback
 * for engines without adoptedStyleSheets, or that refuse a sheet built in a content-script realm.
 */
function adoptCardStyles(shadow: ShadowRoot, doc: Document) {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in shadow && 'replaceSync' in Sheet.prototype) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(cardCss);
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch (error) {
      console.debug('Kontekst: constructed stylesheet refused, using <style>', error);
    }
  }
  const style = doc.createElement('style');
  style.textContent = cardCss;
  shadow.append(style);
}
