// Render timing: each view marks when its content is in the DOM, so the bench and the end-to-end tests can
// measure navigation → content without guessing at selectors.
import {useLayoutEffect} from 'react'

/** The event a view dispatches on `window` once its content is in the DOM; `detail` is the view's name. */
export const VIEW_READY_EVENT = 'synoptic:view-ready'

/**
 * Marks the view as rendered: sets `data-view` on <html>, records a `synoptic:<name>` performance mark and
 * dispatches VIEW_READY_EVENT. Runs after React has written the DOM, before the browser paints it.
 */
export function useViewReady(name: string, key: string): void {
  useLayoutEffect(() => {
    document.documentElement.dataset.view = name
    performance.mark(`synoptic:${name}`, {detail: key})
    window.dispatchEvent(new CustomEvent(VIEW_READY_EVENT, {detail: {name, key}}))
  }, [name, key])
}
