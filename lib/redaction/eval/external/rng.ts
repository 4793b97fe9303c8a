/**
 * Random choices for the external corpus, drawn from a seeded faker instance so one seed
 * fixes every value (faker's own generators and ours share the same stream).
 */
import type { Faker } from "@faker-js/faker";

export class Rng {
  constructor(readonly faker: Faker) {}

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  chance(p: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(0, items.length - 1)];
  }

  digits(n: number, firstNonZero = false): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(i === 0 && firstNonZero ? this.int(1, 9) : this.int(0, 9));
    return s;
  }

  letters(n: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  /** Fills a pattern: `9` a digit, `@` a digit 1-9, `A` an upper-case letter, `a` a lower-case letter, `X` letter or digit; anything else literal. */
  pattern(p: string): string {
    let s = "";
    for (const ch of p) {
      if (ch === "9") s += this.int(0, 9);
      else if (ch === "@") s += this.int(1, 9);
      else if (ch === "A") s += this.letters(1);
      else if (ch === "a") s += this.letters(1, "abcdefghijklmnopqrstuvwxyz");
      else if (ch === "X") s += this.chance(0.5) ? this.letters(1) : String(this.int(0, 9));
      else s += ch;
    }
    return s;
  }

  /** Hexadecimal string of `n` characters. */
  hex(n: number): string {
    return this.letters(n, "0123456789abcdef");
  }
}
