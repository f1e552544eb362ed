// Hole 1: the per-address limits must count the connection's address (or the address the
// configured trusted proxies saw), never a value the client wrote into X-Forwarded-For.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddress } from "@/lib/http/client-address";
import { trustedProxyHops } from "@/lib/http/trusted-proxies";

describe("clientAddress", () => {
  it("without trusted proxies takes the last entry (the connection, appended by the server)", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, 0)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1,2.2.2.2, 198.51.100.7" }), 0)).toBe("198.51.100.7");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.7" }, 0)).toBe("198.51.100.7");
  });

  it("with N trusted proxies takes the (N+1)-th entry from the right", () => {
    const xff = "6.6.6.6, 203.0.113.9, 10.0.0.2, 10.0.0.3";
    expect(clientAddress({ "x-forwarded-for": xff }, 1)).toBe("10.0.0.2");
    expect(clientAddress({ "x-forwarded-for": xff }, 2)).toBe("203.0.113.9");
    // A request that skipped a proxy has fewer entries: the farthest one is used.
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9, 10.0.0.3" }, 5)).toBe("203.0.113.9");
  });

  it("ignores X-Real-IP and other client-set headers", () => {
    expect(clientAddress({ "x-real-ip": "6.6.6.6", "x-forwarded-for": "198.51.100.7" }, 0)).toBe("198.51.100.7");
    expect(clientAddress({ "x-real-ip": "6.6.6.6" }, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("normalizes IPv4-mapped IPv6, ports and brackets, and refuses what is not an address", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9:51234" }, 0)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "[2001:DB8::1]:443" }, 0)).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "evil, <script>" }, 0)).toBe("unknown");
  });

  it("reads OPENSELECT_TRUSTED_PROXIES (0 when unset or malformed)", () => {
    expect(trustedProxyHops({} as NodeJS.ProcessEnv)).toBe(0);
    expect(trustedProxyHops({ OPENSELECT_TRUSTED_PROXIES: "2" } as unknown as NodeJS.ProcessEnv)).toBe(2);
    expect(trustedProxyHops({ OPENSELECT_TRUSTED_PROXIES: "-1" } as unknown as NodeJS.ProcessEnv)).toBe(0);
  });
});

describe("record-peer (preloaded into next start)", () => {
  it("appends the connection's own address to whatever X-Forwarded-For the client sent", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("@/lib/http/record-peer.cjs");
    const seen: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(clientAddress(req.headers as Record<string, unknown>, 0));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6" } });
      await fetch(`http://127.0.0.1:${port}/`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
