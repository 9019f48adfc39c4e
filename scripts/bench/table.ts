/** A column of a plain-text table. Numbers read best right-aligned. */
export interface Column {
  header: string;
  align?: "left" | "right";
}

/** An aligned plain-text table, with a rule under the header, ready to print. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? "";
        return column.align === "right" ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!);
      })
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.map(line),
  ].join("\n");
}

/** Bytes as kilobytes (1024 bytes) with one decimal: "7.6". */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Two decimals, for figures set against a budget: 14.01 fails where "14.0" would look like a pass. */
export const kbExact = (bytes: number) => (bytes / 1024).toFixed(2);

export const seconds = (value: number | undefined) => (value === undefined ? "n/a" : value.toFixed(1));

export const megabytes = (kilobytes: number | undefined) =>
  kilobytes === undefined ? "n/a" : String(Math.round(kilobytes / 1024));

/** Every line of a block of text moved right, to nest a table under a heading. */
export const indent = (text: string, spaces: number) =>
  text
    .split("\n")
    .map((line) => " ".repeat(spaces) + line)
    .join("\n");
