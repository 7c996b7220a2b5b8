/** ANSI styling, only where a person is reading a terminal that wants it (https://no-color.org). */
export interface TerminalStyle {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  blue: (text: string) => string;
  green: (text: string) => string;
}

export function terminalStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): TerminalStyle {
  const enabled = stream.isTTY === true && env["NO_COLOR"] === undefined && env["TERM"] !== "dumb";
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
  };
}
