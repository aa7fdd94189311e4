import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The annotator's own content-script context, used instead of the one WXT hands to `main`.
 *
 * WXT's ContentScriptContext announces itself with a CustomEvent on `document` and gives up when
 * it hears another "newer copy started" event for the same script name. The event name is
 * predictable (`${runtime.id}:news:wxt:content-script-started`), and a page shares the document,
 * so any page could fire it and tear down everything registered on that context (our sidebar's
 * shadow-root UI among them). We never need that handshake: a second injection into the same
 * document is already refused by the `__kanbaoAnnotator` flag in the isolated world, which a page
 * cannot reach. So this context neither announces nor listens; it ends only when the extension
 * itself is gone (`runtime.id` unset: uninstalled, disabled or updated under the page), which WXT
 * checks whenever something asks `isValid`/`isInvalid`.
 */
export class OwnContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // No announcement: see the class comment.
  }

  override listenForNewerScripts(): void {
    // No page-reachable listener: see the class comment.
  }
}
