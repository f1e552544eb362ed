"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { solveChallenge, type Challenge } from "altcha-lib";
import { CHALLENGE_FIELD, encodeChallengePayload } from "@/lib/security/challenge-payload";
import { browserDeriveKey } from "@/lib/security/challenge-solver";

type Phase = "solving" | "solved" | "failed";

/**
 * The self-hosted proof-of-work check (lib/security/challenge.ts) as a form field: fetches a
 * challenge from this site, solves it in the browser with Web Crypto, or plain JavaScript where a
 * plain-http page has none (no third party, no worker or WebAssembly, so it works offline and
 * under the site's Content-Security-Policy),
 * and puts the answer in the hidden `altcha` input. A solution is accepted once and expires,
 * so a new one is fetched after every submission and shortly before expiry.
 */
export function ChallengeField({ onSolvedChange }: { onSolvedChange?: (solved: boolean) => void }) {
  const t = useTranslations("common.challenge");
  const inputRef = useRef<HTMLInputElement>(null);
  const [round, setRound] = useState(0);
  const [phase, setPhase] = useState<Phase>("solving");
  const [payload, setPayload] = useState("");

  useEffect(() => {
    const controller = new AbortController();
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const show = (next: Phase, value = "") => {
      setPhase(next);
      setPayload(value);
    };
    show("solving");
    (async () => {
      try {
        const res = await fetch("/api/challenge", { cache: "no-store", signal: controller.signal });
        if (!res.ok) throw new Error(`challenge ${res.status}`);
        const challenge = (await res.json()) as Challenge;
        const solution = await solveChallenge({ challenge, deriveKey: browserDeriveKey(), controller });
        if (controller.signal.aborted) return;
        if (!solution) throw new Error("challenge not solved");
        show("solved", encodeChallengePayload(challenge, solution));
        const expiresAt = (challenge.parameters.expiresAt ?? 0) * 1000;
        refresh = setTimeout(() => setRound((r) => r + 1), Math.max(10_000, expiresAt - Date.now() - 30_000));
      } catch {
        if (!controller.signal.aborted) show("failed");
      }
    })();
    return () => {
      controller.abort();
      clearTimeout(refresh);
    };
  }, [round]);

  useEffect(() => onSolvedChange?.(phase === "solved"), [phase, onSolvedChange]);

  // A submission made while the check is still running is held and sent by itself once the
  // answer is in the form (it would only be refused without one). The registration form's
  // button therefore needs no waiting of its own.
  const phaseNow = useRef<Phase>("solving");
  const held = useRef<{ submitter: HTMLElement | null } | null>(null);
  const [holding, setHolding] = useState(false);
  useEffect(() => {
    phaseNow.current = phase;
    const form = inputRef.current?.form;
    if (phase === "solving" || !held.current) return;
    const { submitter } = held.current;
    held.current = null;
    setHolding(false);
    // Sent after a failure too: the server's answer then says what is missing.
    form?.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
  }, [phase]);

  // The form reads its values while the submit event is dispatched; the next challenge starts
  // once that is over (each answer is accepted once). Listening on window in the capture phase
  // comes before React's own handlers, so a held submission never reaches them.
  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== form) return;
      if (phaseNow.current === "solving") {
        event.preventDefault();
        event.stopImmediatePropagation();
        held.current = { submitter: event.submitter };
        setHolding(true);
        return;
      }
      setTimeout(() => setRound((r) => r + 1), 0);
    };
    window.addEventListener("submit", onSubmit, true);
    return () => window.removeEventListener("submit", onSubmit, true);
  }, []);

  return (
    <div className="text-sm text-muted">
      <input ref={inputRef} type="hidden" name={CHALLENGE_FIELD} value={payload} />
      <p aria-live="polite">
        {t(holding && phase === "solving" ? "holding" : phase)}
        {phase === "failed" && (
          <>
            {" "}
            <button type="button" className="link" onClick={() => setRound((r) => r + 1)}>
              {t("retry")}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
