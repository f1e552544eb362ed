"use client";
import { useEffect } from "react";
import { announceUnread } from "./unread-events";

/** Rendered by pages that know the unread count (the inbox): tells the header. */
export function UnreadSync({ count }: { count: number }) {
  useEffect(() => announceUnread(count), [count]);
  return null;
}
