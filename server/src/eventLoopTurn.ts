/**
 * Turns of the event loop, for work that goes out at once when it is the first of its kind in a turn
 * and is gathered otherwise (the group commit, the writes to a connection): a turn ends after its
 * I/O callbacks (setImmediate), so what many sockets bring in one turn is handled together.
 */
let turn = 0;
let ending = false;
const atEnd: Array<() => void> = [];

function scheduleEnd(): void {
  if (ending) return;
  ending = true;
  setImmediate(() => {
    ending = false;
    turn++;
    for (const task of atEnd.splice(0)) task();
  });
}

/** Which turn this is; a later turn has a larger number. */
export function currentTurn(): number {
  scheduleEnd();
  return turn;
}

/** Runs `task` when this turn ends. */
export function atTurnEnd(task: () => void): void {
  atEnd.push(task);
  scheduleEnd();
}
