import "server-only";
// Who files a 公示反映 or 监督举报: an approved account under its real name, or nobody (an
// anonymous case, which never records an account, even when a signed-in user chose it).
import { requireApproved, type Actor } from "../../auth/actor";
import { CHANNEL_RULES } from "../../cases/kinds";
import type { CaseKind } from "../../state/case";
import { DomainError } from "../errors";
import type { AttachmentFile } from "./attachments";

export interface ChannelFilingOptions {
  /** The client's address: an anonymous writer's daily cap is counted on it. */
  address: string;
  /** Filed without a name: no account is recorded and a 查询码 is returned instead. */
  anonymous: boolean;
  /** The clock at the moment of filing (the notice's period is checked against it). */
  now?: Date;
  /** Files already checked by type (content) and size. */
  attachments?: AttachmentFile[];
}

/** The writer recorded on the case: null when anonymous, else an approved account (or a refusal). */
export function channelWriter(kind: CaseKind, actor: Actor | null, opts: ChannelFilingOptions): Actor | null {
  const rules = CHANNEL_RULES[kind];
  if (opts.anonymous) {
    if (!rules.anonymous) throw new DomainError("errors.invalid");
    return null;
  }
  if (!rules.realName) throw new DomainError("errors.invalid");
  return requireApproved(actor);
}

/** Files only where the channel takes them. */
export function channelAttachments(kind: CaseKind, opts: ChannelFilingOptions): AttachmentFile[] {
  const files = opts.attachments ?? [];
  if (files.length && !CHANNEL_RULES[kind].attachments) throw new DomainError("errors.invalid");
  return files;
}
