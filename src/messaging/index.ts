import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** Typed send/receive for every message in `protocol.ts`. */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

export type { ProtocolMap, Result, PageSummary, PageEntity, KindCounts } from './protocol';
