export {
  TIMER_ROOT,
  MAX_TIMER_MS,
  TIMES_UP_SHOWN_MS,
  STOPPED_TIMER,
  readTimer,
  remainingMs,
  timerView,
  type Timer,
  type TimerState,
  type TimerPhase,
  type TimerView,
} from "./readTimer";
export {
  startTimer,
  pauseTimer,
  resumeTimer,
  stopTimer,
  addTime,
  type StartTimerInput,
  type AddTimeInput,
} from "./timerIntents";
export { estimateClockOffset, parseHttpDate, type ClockSample } from "./clockOffset";
