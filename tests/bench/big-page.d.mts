/** HTML of a page with roughly `nodes` nodes (elements plus text nodes). */
export function bigPage(nodes?: number): string;
/** HTML of a portal home page with no article: blocks of headline lists, about `nodes` nodes. */
export function bigHomePage(nodes?: number): string;
