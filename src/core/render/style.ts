/** Colour functions; the CLI passes real ones on a TTY and identity ones otherwise (NO_COLOR, pipes, files). */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const same = (s: string): string => s;

export const PLAIN: Style = { red: same, yellow: same, green: same, dim: same, bold: same };
