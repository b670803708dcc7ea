/** HTML of a page with roughly `nodes` nodes (elements plus text nodes). */
export function bigPage(nodes?: number): string;
