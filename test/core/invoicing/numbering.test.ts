import fc from "fast-check";
import {
  confirmNumber,
  formatInvoiceNumber,
  invoiceNumberProblem,
  nextInvoiceNumber,
  repairCounter,
  sequenceOf,
  seriesPrefixProblem,
} from "../../../src/core/invoicing/numbering";
import {
  cancelInvoice,
  confirmIssue,
  deriveStatuses,
  issueInvoice,
  markPaid,
  registerEdits,
  type RegisterRow,
} from "../../../src/core/invoicing/register";
import type { IssuedInvoice } from "../../../src/core/invoicing/invoice";
import { CLIENT, D, SELLER, draft } from "./fixtures";

const S = { prefix: "FA-2026-" };
const rows = (...numbers: string[]) => numbers.map((number) => ({ number }));

describe("invoice numbers", () => {
  test("prefix + zero-padded continuous counter, more digits when needed", () => {
    expect(formatInvoiceNumber(S, 1)).toBe("FA-2026-0001");
    expect(formatInvoiceNumber(S, 10000)).toBe("FA-2026-10000");
    expect(formatInvoiceNumber({ prefix: "AV/", digits: 6 }, 42)).toBe("AV/000042");
    expect(sequenceOf(S, "FA-2026-0042")).toBe(42);
    expect(sequenceOf(S, "FA-2025-0042")).toBeUndefined();
    expect(sequenceOf(S, "FA-2026-00A2")).toBeUndefined();
  });

  test("at most 35 characters of A–Z a–z 0–9 + - _ / (BR-FR-01/02)", () => {
    expect(invoiceNumberProblem("FA-2026/01_A+0001")).toBeUndefined();
    expect(invoiceNumberProblem("A".repeat(35))).toBeUndefined();
    expect(invoiceNumberProblem("A".repeat(36))).toContain("35 caractères");
    expect(invoiceNumberProblem("FA 2026 0001")).toContain("caractères interdits");
    expect(invoiceNumberProblem("FÉ-0001")).toContain("caractères interdits");
    expect(seriesPrefixProblem({ prefix: "PRODUCTIONS-RIVAGE-POSTPROD-2026-" })).toContain("35 caractères");
    expect(seriesPrefixProblem({ prefix: " " })).toContain("vide");
    const r = nextInvoiceNumber({ prefix: "Facture n°" }, [], undefined);
    expect(r.ok ? "" : r.problem.code).toBe("FACT_NUMERO_INVALIDE");
  });

  test("the register is the truth; the stored counter is checked against it", () => {
    expect(nextInvoiceNumber(S, [], undefined)).toEqual({ ok: true, number: "FA-2026-0001", sequence: 1, counterWasBehind: false });
    const reg = rows("FA-2026-0001", "FA-2026-0002", "FA-2025-0007", "FA-2026-0003");
    expect(nextInvoiceNumber(S, reg, 3)).toMatchObject({ ok: true, number: "FA-2026-0004", counterWasBehind: false });
    // Counter behind (a co-author's settings not yet synced): the register wins.
    expect(nextInvoiceNumber(S, reg, 1)).toMatchObject({ ok: true, number: "FA-2026-0004", counterWasBehind: true });
    // No counter stored at all (a file): the register gives the number, nothing to say about a counter.
    expect(nextInvoiceNumber(S, reg, undefined)).toMatchObject({ ok: true, number: "FA-2026-0004", counterWasBehind: false });
    // Counter ahead: someone holds number 4 whose register row has not arrived: conflict, retry.
    const ahead = nextInvoiceNumber(S, reg, 4);
    expect(ahead.ok ? "" : ahead.problem).toMatchObject({ code: "FACT_NUMERO_CONFLIT", numbers: ["FA-2026-0004"] });
    // After a crash the counter is realigned explicitly on the register.
    expect(repairCounter(S, reg)).toBe(3);
    expect(nextInvoiceNumber(S, reg, repairCounter(S, reg))).toMatchObject({ ok: true, number: "FA-2026-0004" });
  });

  test("a broken register is refused: duplicate, hole", () => {
    const dup = nextInvoiceNumber(S, rows("FA-2026-0001", "FA-2026-0002", "FA-2026-0002"), 2);
    expect(dup.ok ? "" : dup.problem).toMatchObject({ code: "FACT_NUMERO_DOUBLON", numbers: ["FA-2026-0002"] });
    const hole = nextInvoiceNumber(S, rows("FA-2026-0001", "FA-2026-0003", "FA-2026-0004", "FA-2026-0007"), 7);
    expect(hole.ok ? "" : hole.problem).toMatchObject({ code: "FACT_NUMERO_TROU", numbers: ["FA-2026-0002", "FA-2026-0005", "FA-2026-0006"] });
    expect(hole.ok ? "" : hole.problem.message).toContain("FA-2026-0002, FA-2026-0005, FA-2026-0006");
    // A series taken over from other software may start above 1.
    expect(nextInvoiceNumber(S, rows("FA-2026-0541", "FA-2026-0542"), undefined)).toMatchObject({ ok: true, number: "FA-2026-0543" });
  });

  test("the check at write time sees a number taken in between", () => {
    expect(confirmNumber(S, rows("FA-2026-0001"), 1, "FA-2026-0002")).toMatchObject({ ok: true });
    const taken = confirmNumber(S, rows("FA-2026-0001", "FA-2026-0002"), 2, "FA-2026-0002");
    expect(taken.ok ? "" : taken.problem.code).toBe("FACT_NUMERO_CONFLIT");
    expect(taken.ok ? "" : taken.problem.message).toContain("FA-2026-0003");
  });
});

// --- Random issue / cancel sequences --------------------------------------------------------------

type Op = { kind: "issue"; amount: number; rate: number } | { kind: "cancel"; pick: number } | { kind: "pay"; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("issue" as const), amount: fc.integer({ min: 1, max: 500_000 }), rate: fc.constantFrom(20, 10, 5.5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pay" as const), pick: fc.nat() }) },
);

function checkRegister(register: readonly RegisterRow[]): void {
  const seqs = register.map((r) => sequenceOf(S, r.number)!);
  // No duplicate, no gap: exactly 1..n in order.
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  const byNumber = new Map(register.map((r) => [r.number, r]));
  const credited = new Set<string>();
  for (const r of register) {
    if (!r.creditOf) continue;
    const original = byNumber.get(r.creditOf)!;
    expect(original).toBeDefined();
    expect(original.creditOf).toBe(""); // an avoir cancels an invoice, never an avoir
    expect(credited.has(r.creditOf)).toBe(false); // never cancelled twice
    credited.add(r.creditOf);
    expect(r.htCents + original.htCents).toBe(0);
    expect(r.ttcCents + original.ttcCents).toBe(0);
    expect(sequenceOf(S, r.number)!).toBeGreaterThan(sequenceOf(S, original.number)!);
  }
}

describe("1,000 random issue / cancel / pay sequences", () => {
  test("never a gap, never a duplicate, issued rows never edited", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        let register: RegisterRow[] = [];
        let counter: number | undefined;
        const issued = new Map<string, IssuedInvoice>();
        for (const op of ops) {
          const before = register.map((r) => ({ ...r }));
          if (op.kind === "issue") {
            const r = issueInvoice({
              draft: draft({ issueDate: D(2026, 12, 1), lines: [{ label: "Prestation", quantity: 1, unit: "forfait", unitPriceCents: op.amount, vatRate: op.rate }] }),
              seller: SELLER,
              register,
              storedCounter: counter,
            });
            if (!r.ok) throw new Error(JSON.stringify(r.issues));
            expect(confirmIssue(r.invoice, register, counter)).toEqual({ ok: true });
            register = [...register, r.row];
            counter = r.counter;
            issued.set(r.invoice.number, r.invoice);
          } else {
            const open = register.filter((r) => r.creditOf === "" && deriveStatuses(register).get(r.number) !== "cancelled");
            const all = register.filter((r) => r.creditOf === "");
            if (all.length === 0) continue;
            const target = op.kind === "cancel" ? all[op.pick % all.length] : all[op.pick % all.length];
            if (op.kind === "cancel") {
              const c = cancelInvoice({ original: issued.get(target.number)!, register, storedCounter: counter, issueDate: D(2026, 12, 1) });
              const wasOpen = open.includes(target);
              expect(c.ok).toBe(wasOpen); // cancelling twice is refused
              if (!c.ok) {
                expect(c.issues[0].code).toBe("FACT_DEJA_ANNULEE");
                continue;
              }
              register = register.map((r) => (r.number === c.statusUpdate.number ? { ...r, status: c.statusUpdate.status } : r));
              register = [...register, c.row];
              counter = c.counter;
              issued.set(c.creditNote.number, c.creditNote);
            } else {
              const p = markPaid(register, target.number);
              expect(p.ok).toBe(deriveStatuses(register).get(target.number) !== "cancelled");
              if (p.ok) register = register.map((r) => (r.number === target.number ? { ...r, status: "paid" } : r));
            }
          }
          expect(registerEdits(before, register)).toEqual([]);
          checkRegister(register);
        }
        expect(counter ?? 0).toBe(register.length);
      }),
      { numRuns: 1000 },
    );
  });
});

// --- Co-authors ------------------------------------------------------------------------------------

/**
 * Co-authoring model: the shared workbook holds the register and the stored counter. Each co-author
 * reads both (a snapshot), computes the issue, then — at some later moment chosen by the scheduler —
 * runs the write-time check on the register as it is then and, if it passes, appends the row and
 * stores the counter in the same batch (atomic in this model, as one Office.js sync). A failed check
 * sends the co-author back to read again. A co-author may also crash after storing the counter but
 * before the row arrived; the others then see a conflict until someone realigns the counter.
 */
interface Author {
  toIssue: number;
  pending?: { invoice: IssuedInvoice; row: RegisterRow; counter: number };
  conflicts: number;
}

function simulate(schedule: readonly number[], authors: number, perAuthor: number, crashAt: number | undefined) {
  const shared = { register: [] as RegisterRow[], counter: undefined as number | undefined };
  const people: Author[] = Array.from({ length: authors }, () => ({ toIssue: perAuthor, conflicts: 0 }));
  let crashed = false;
  let conflictsSeen = 0;
  let steps = 0;
  const runnable = () => people.filter((p) => p.toIssue > 0);
  let k = 0;
  while (runnable().length > 0) {
    if (++steps > 10_000) throw new Error("simulation sans fin");
    const list = runnable();
    const who = list[schedule[k++ % schedule.length] % list.length];
    if (!who.pending) {
      // Read + compute.
      const r = issueInvoice({ draft: draft(), seller: SELLER, register: shared.register, storedCounter: shared.counter });
      if (!r.ok) {
        expect(r.issues.map((i) => i.code)).toEqual(["FACT_NUMERO_CONFLIT"]);
        conflictsSeen++;
        // After a few conflicts, the user asks the add-in to realign the counter on the register.
        if (++who.conflicts >= 3) shared.counter = repairCounter(S, shared.register);
        continue;
      }
      who.pending = { invoice: r.invoice, row: r.row, counter: r.counter };
      continue;
    }
    // Write-time check on the shared state as it is now.
    const check = confirmIssue(who.pending.invoice, shared.register, shared.counter);
    if (!check.ok) {
      expect(check.issues[0].code).toBe("FACT_NUMERO_CONFLIT");
      conflictsSeen++;
      who.pending = undefined; // retry from a fresh read
      continue;
    }
    if (crashAt !== undefined && !crashed && shared.register.length === crashAt) {
      crashed = true;
      shared.counter = who.pending.counter; // counter stored, row lost
      who.pending = undefined;
      continue;
    }
    shared.register.push(who.pending.row);
    shared.counter = who.pending.counter;
    who.pending = undefined;
    who.toIssue--;
  }
  return { ...shared, conflictsSeen };
}

describe("two (or more) co-authors issuing at the same time", () => {
  test("the second one sees the conflict and retries with the next number", () => {
    const register: RegisterRow[] = [];
    const a = issueInvoice({ draft: draft(), seller: SELLER, register, storedCounter: undefined });
    const b = issueInvoice({ draft: draft({ client: { ...CLIENT, name: "Autre production" } }), seller: SELLER, register, storedCounter: undefined });
    if (!a.ok || !b.ok) throw new Error("émission refusée");
    expect(a.invoice.number).toBe("FA-2026-0001");
    expect(b.invoice.number).toBe("FA-2026-0001"); // both read the same state
    // A writes first.
    expect(confirmIssue(a.invoice, register, undefined)).toEqual({ ok: true });
    register.push(a.row);
    // B's write-time check sees that 0001 is taken.
    const check = confirmIssue(b.invoice, register, a.counter);
    expect(check.ok ? "" : check.issues[0]).toMatchObject({ code: "FACT_NUMERO_CONFLIT" });
    expect(check.ok ? "" : check.issues[0].message).toContain("FA-2026-0002");
    // B retries from the fresh state and gets 0002.
    const retry = issueInvoice({ draft: draft({ client: { ...CLIENT, name: "Autre production" } }), seller: SELLER, register, storedCounter: a.counter });
    expect(retry.ok && retry.invoice.number).toBe("FA-2026-0002");
  });

  test("without the write-time check the two would share a number — and the next issue would refuse", () => {
    const a = issueInvoice({ draft: draft(), seller: SELLER, register: [] });
    const b = issueInvoice({ draft: draft(), seller: SELLER, register: [] });
    if (!a.ok || !b.ok) throw new Error("émission refusée");
    const broken = [a.row, b.row];
    const next = nextInvoiceNumber(S, broken, 1);
    expect(next.ok ? "" : next.problem.code).toBe("FACT_NUMERO_DOUBLON");
  });

  test("random interleavings of 2–4 co-authors (with a crash): no duplicate, no gap, everyone served", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        (authors, perAuthor, schedule, crashAt) => {
          const end = simulate(schedule, authors, perAuthor, crashAt);
          expect(end.register.length).toBe(authors * perAuthor);
          checkRegister(end.register);
          expect(end.counter).toBe(end.register.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
