// Date formatting in a named time zone: a subset of Java's SimpleDateFormat (what Utilities.formatDate
// takes) and of Sheets' date number formats, both built on Intl.DateTimeFormat.
import { dateMs } from './values';

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
  /** Minutes east of UTC. */
  offset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    let zone = timeZone;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      zone = 'UTC'; // Apps Script (Java TimeZone) silently falls back to GMT for an unknown zone id.
    }
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(ms)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const w: WallClock = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday),
    offset: 0,
  };
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  w.offset = Math.round((asUtc - wholeSecond) / 60000);
  return w;
}

/** Minutes east of UTC of `timeZone` at the instant `ms`. */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone).offset;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function offsetText(offset: number, withColon: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(offset) / 60), 2);
  const m = pad(Math.abs(offset) % 60, 2);
  return `${sign}${h}${withColon ? ':' : ''}${m}`;
}

/**
 * Java SimpleDateFormat subset: y, M (M, MM, MMM, MMMM), d, H, k, h, K, m, s, S, E (EEE, EEEE), u, a,
 * Z, X/XX/XXX, z (as GMT+hh:mm), and 'quoted literals'.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const ms = dateMs(date);
  const w = wallClock(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    out += field(ch, n, w, ms);
  }
  return out;
}

function field(ch: string, n: number, w: WallClock, ms: number): string {
  switch (ch) {
    case 'y':
    case 'Y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS_LONG[w.month - 1];
      if (n === 3) return MONTHS[w.month - 1];
      return pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(((ms % 1000) + 1000) % 1000, 3);
    case 'E':
      return n >= 4 ? WEEKDAYS_LONG[w.weekday] : WEEKDAYS[w.weekday];
    case 'u':
      return String(w.weekday === 0 ? 7 : w.weekday);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(w.offset, false);
    case 'X':
      if (w.offset === 0) return 'Z';
      return n === 1 ? offsetText(w.offset, false).slice(0, 3) : offsetText(w.offset, n >= 3);
    case 'z':
      return `GMT${offsetText(w.offset, true)}`;
    default:
      throw new Error(`Illegal pattern character '${ch}'`);
  }
}

/**
 * Sheets date number formats ('yyyy-mm-dd', 'mmm yyyy', 'dd/MM/yyyy hh:mm'...) converted to Java's
 * pattern: in Sheets 'm' means month unless it follows an hour or precedes seconds.
 */
export function sheetsDateFormatToJava(format: string): string {
  const MINUTE = '\uE000'; // placeholder for minutes while months become 'M'
  return format
    .replace(/(h+[^a-z]*)(m+)/gi, (_s, h: string, m: string) => h + MINUTE.repeat(m.length))
    .replace(/(m+)([^a-z]*s)/gi, (_s, m: string, rest: string) => MINUTE.repeat(m.length) + rest)
    .replace(/m/gi, 'M')
    .replace(/\uE000/g, 'm')
    .replace(/h/g, 'H')
    .replace(/D/g, 'd')
    .replace(/Y/g, 'y');
}

/** True for number formats that show a date (they contain a day, a year or a month name). */
export function isDateFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"|\\./g, '');
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped);
}
