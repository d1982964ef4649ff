"use strict";
/* Vietnamese labels and number and time formats of the wall. Times are shown in Hanoi time whatever the wall
   machine's own time zone; percentages come from the API with one decimal already. */
window.LrisFormat = (() => {
  const ZONE = "Asia/Ho_Chi_Minh";
  const WEEKDAYS = { Mon: "Thứ Hai", Tue: "Thứ Ba", Wed: "Thứ Tư", Thu: "Thứ Năm", Fri: "Thứ Sáu", Sat: "Thứ Bảy", Sun: "Chủ nhật" };
  const LEVELS = { province: "Cấp tỉnh", district: "Cấp huyện", commune: "Cấp xã" };
  const STATUSES = { met: "Đạt", at_risk: "Nguy cơ không đạt", breached: "Không đạt", no_data: "Chưa có số liệu",
    no_target: "Chưa có mục tiêu" };
  const SHORT_STATUSES = { met: "Đạt", at_risk: "Nguy cơ", breached: "Không đạt", no_data: "Không số liệu", no_target: "Không MT" };
  const SEVERITIES = { critical: "Nghiêm trọng", major: "Nặng", minor: "Nhẹ" };
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, weekday: "short", year: "numeric", month: "2-digit",
    day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

  function timeParts(date) {
    const result = {};
    for (const part of parts.formatToParts(date)) {
      result[part.type] = part.value;
    }
    return result;
  }

  return {
    levelLabel: (level) => LEVELS[level] || level,
    statusLabel: (status) => STATUSES[status] || status,
    statusShort: (status) => SHORT_STATUSES[status] || status,
    severityLabel: (severity) => SEVERITIES[severity] || severity,
    levelOrder: ["province", "district", "commune"],

    /** 85.3 -> "85,3%"; null -> "—" */
    percent(value) {
      return value === null || value === undefined ? "—" : Number(value).toFixed(1).replace(".", ",") + "%";
    },
    /** 85.3 -> "85,3" (no unit, for tight places) */
    number(value) {
      return value === null || value === undefined ? "—" : Number(value).toFixed(1).replace(".", ",");
    },
    /** Points above (+) or below (−) the target: 5.3 -> "+5,3", -4.7 -> "−4,7" */
    gap(value) {
      if (value === null || value === undefined) {
        return "—";
      }
      const text = Math.abs(Number(value)).toFixed(1).replace(".", ",");
      return (Number(value) < 0 ? "−" : "+") + text;
    },
    /** "14:05 23/11/2026" */
    dateTime(date) {
      const p = timeParts(date);
      return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
    },
    /** "14:05" */
    time(date) {
      const p = timeParts(date);
      return `${p.hour}:${p.minute}`;
    },
    /** "14:05:09" and "Thứ Hai, 23/11/2026" */
    clock(date) {
      const p = timeParts(date);
      return { time: `${p.hour}:${p.minute}:${p.second}`, day: `${WEEKDAYS[p.weekday] || p.weekday}, ${p.day}/${p.month}/${p.year}` };
    },
    /** "2025-12-14" -> "14/12/2025" */
    day(isoDate) {
      const [year, month, day] = isoDate.split("-");
      return `${day}/${month}/${year}`;
    },
    /** "Thành phố Tam Kỳ" -> "Tam Kỳ" */
    shortUnitName(name) {
      return name.replace(/^(Thành phố|Thị xã|Huyện|Phường|Xã|Thị trấn)\s+/, "");
    },
    /** How long ago, in words: "3 giờ", "2 ngày" */
    age(milliseconds) {
      const hours = Math.floor(milliseconds / 3600000);
      return hours >= 48 ? `${Math.floor(hours / 24)} ngày` : hours >= 1 ? `${hours} giờ` : `${Math.max(1, Math.floor(milliseconds / 60000))} phút`;
    },
  };
})();
