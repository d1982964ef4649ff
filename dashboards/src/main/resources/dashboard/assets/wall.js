"use strict";
/* The wall's controller: fetches every page's figures at the refresh interval, rotates through the pages, keeps the
   clock and the time of the data visible, and says plainly when the figures are stale or could not be refreshed.
   URL parameters for a wall of several screens: ?pages=map,ranking (which pages, in order) and ?indicator=code
   (keep the map and the rankings on one indicator). */
(() => {
  const F = window.LrisFormat;
  const P = window.LrisPages;
  const PAGES = ["overview", "map", "ranking", "trends", "breaches"];
  const TITLES = {
    overview: "Tổng quan chỉ tiêu theo cấp",
    map: "Bản đồ mức đạt theo huyện",
    ranking: "Xếp hạng huyện và xã",
    trends: "Xu hướng theo tháng",
    breaches: "Vi phạm mục tiêu mới nhất",
  };
  const TREND_CHUNK = 9;
  const parameters = new URLSearchParams(window.location.search);
  const pages = (parameters.get("pages") || PAGES.join(",")).split(",").map((page) => page.trim()).filter((page) => PAGES.includes(page));
  const pinnedIndicator = parameters.get("indicator");

  const state = {
    session: null, geojson: null, data: {}, failure: null, lastSuccessAt: null, dataAsOf: null,
    cycle: 0, slide: 0, slides: [], charts: [], rotationTimer: null, refreshes: 0,
  };

  const byId = (id) => document.getElementById(id);

  async function fetchJson(url) {
    let response;
    try {
      response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
    } catch (error) {
      throw new Error(`máy chủ màn hình điều hành không trả lời (${error.message})`);
    }
    if (response.status === 401) {
      sessionExpired();
      throw new Error("phiên đăng nhập đã hết");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      throw new Error(`trả lời không hợp lệ (HTTP ${response.status})`);
    }
    if (!response.ok) {
      const failure = new Error(body && body.message ? body.message : `HTTP ${response.status}`);
      failure.detail = body && body.detail ? body.detail : "";
      throw failure;
    }
    return body;
  }

  function sessionExpired() {
    showBanner("Phiên đăng nhập đã hết hạn — đang chuyển tới trang đăng nhập…", "", true);
    window.setTimeout(() => window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`), 5000);
  }

  function indicators() {
    const source = state.data.map || state.data.ranking;
    return source ? source.indicators.map((indicator) => indicator.code) : [];
  }

  /** The indicator of the map and the rankings: pinned, or the next one at every round of the pages. */
  function currentIndicator() {
    if (pinnedIndicator) {
      return pinnedIndicator;
    }
    const codes = indicators();
    return codes.length ? codes[state.cycle % codes.length] : "";
  }

  function trendLevels() {
    const trends = state.data.trends;
    if (!trends) {
      return [];
    }
    return F.levelOrder.filter((level) => trends.indicators.some((indicator) => indicator.levels[level]));
  }

  function currentTrendLevel() {
    const levels = trendLevels();
    return levels.length ? levels[state.cycle % levels.length] : "province";
  }

  function endpoint(page) {
    const indicator = currentIndicator();
    return page === "map" || page === "ranking" ? `/api/${page}${indicator ? `?indicator=${encodeURIComponent(indicator)}` : ""}` : `/api/${page}`;
  }

  /** The figures of an answer, without the time they were read: to tell whether anything on the wall changed. */
  function figures(answer) {
    return JSON.stringify({ ...answer, generatedAt: null });
  }

  /**
   * One refresh: every page's figures; any failure puts the wall in the failed state until a refresh succeeds.
   * Returns the pages whose figures changed, and whether the banner appeared or went.
   */
  async function refresh(only) {
    const wanted = only || pages;
    const results = await Promise.allSettled(wanted.map((page) => fetchJson(endpoint(page))));
    const errors = [];
    const changed = [];
    results.forEach((result, index) => {
      if (result.status === "fulfilled") {
        const before = state.data[wanted[index]];
        if (!before || figures(before) !== figures(result.value)) {
          changed.push(wanted[index]);
        }
        state.data[wanted[index]] = result.value;
        if (result.value.dataAsOf && (!state.dataAsOf || result.value.dataAsOf > state.dataAsOf)) {
          state.dataAsOf = result.value.dataAsOf;
        }
      } else {
        errors.push(result.reason);
      }
    });
    if (errors.length) {
      state.failure = { message: errors[0].message, detail: errors[0].detail || "", at: new Date() };
    } else {
      state.failure = null;
      state.lastSuccessAt = new Date();
    }
    state.refreshes += 1;
    document.body.dataset.refreshes = String(state.refreshes);
    const bannerChanged = showFreshness();
    return { changed, bannerChanged };
  }

  /** Shows the time of the data and, if needed, the warning; returns whether the warning appeared or went. */
  function showFreshness() {
    const wasShown = !byId("banner").hidden;
    const asOf = state.dataAsOf ? new Date(state.dataAsOf) : null;
    byId("data-as-of").textContent = asOf ? `Số liệu lúc ${F.dateTime(asOf)}` : "Số liệu lúc: chưa có";
    document.body.dataset.dataAsOf = state.dataAsOf || "";
    const stale = asOf !== null && Date.now() - asOf.getTime() > state.session.staleAfterSeconds * 1000;
    document.body.classList.toggle("stale", stale && !state.failure);
    document.body.classList.toggle("failed", state.failure !== null);
    if (state.failure) {
      const shown = asOf ? `đang hiện số liệu lúc ${F.dateTime(asOf)}` : "chưa có số liệu nào";
      const last = state.lastSuccessAt ? ` (cập nhật được gần nhất lúc ${F.clock(state.lastSuccessAt).time})` : "";
      const detail = state.failure.detail ? ` — ${state.failure.detail}` : "";
      showBanner(`KHÔNG CẬP NHẬT ĐƯỢC — ${shown}${last}`, `Lỗi: ${state.failure.message}${detail}`, true);
    } else if (stale) {
      showBanner(`SỐ LIỆU CŨ — tính lúc ${F.dateTime(asOf)}, đã ${F.age(Date.now() - asOf.getTime())} chưa được cập nhật`, "", false);
    } else {
      showBanner(null, "", false);
    }
    return wasShown === byId("banner").hidden;
  }

  function showBanner(title, detail, failure) {
    const banner = byId("banner");
    banner.hidden = !title;
    byId("banner-title").textContent = title || "";
    byId("banner-detail").textContent = detail || "";
    banner.classList.toggle("failure", Boolean(failure));
  }

  function buildSlides() {
    const slides = [];
    for (const page of pages) {
      if (page === "trends") {
        const level = currentTrendLevel();
        const count = state.data.trends ? state.data.trends.indicators.filter((indicator) => indicator.levels[level]).length : 0;
        const chunks = Math.max(1, Math.ceil(count / TREND_CHUNK));
        for (let chunk = 0; chunk < chunks; chunk++) {
          slides.push({ page, chunk, chunks, level });
        }
      } else {
        slides.push({ page });
      }
    }
    return slides;
  }

  function render() {
    state.charts.forEach((chart) => chart.dispose());
    state.charts = [];
    const slide = state.slides[state.slide];
    const page = byId("page");
    page.replaceChildren();
    page.dataset.page = slide.page;
    delete page.dataset.districts;
    delete page.dataset.rows;
    document.body.dataset.slide = slide.page;
    document.body.classList.remove("loading");
    const data = state.data[slide.page];
    byId("page-title").textContent = title(slide);
    showPeriod(slide, data);
    showDots();
    if (!data) {
      page.appendChild(Object.assign(document.createElement("div"), { className: "empty",
        textContent: state.failure ? "Không tải được số liệu của trang này." : "Đang tải số liệu…" }));
      return;
    }
    const context = { geojson: state.geojson, trendLevel: slide.level, trendChunk: slide.chunk || 0, trendChunkSize: TREND_CHUNK };
    state.charts = P[slide.page](page, data, context) || [];
  }

  function title(slide) {
    if (slide.page === "trends") {
      const part = slide.chunks > 1 ? ` (${slide.chunk + 1}/${slide.chunks})` : "";
      return `${TITLES.trends} — ${F.levelLabel(slide.level)}${part}`;
    }
    return TITLES[slide.page];
  }

  function showPeriod(slide, data) {
    const label = byId("period-label");
    const detail = byId("period-detail");
    label.textContent = "";
    detail.textContent = "";
    if (!data) {
      return;
    }
    if (slide.page === "trends") {
      if (data.year) {
        label.textContent = `Năm báo cáo ${data.year} so với ${data.previousYear}`;
        detail.textContent = data.month ? `đến ${data.month.label} (${F.day(data.month.startDate)} – ${F.day(data.month.endDate)})` : "";
      }
    } else if (slide.page === "breaches") {
      if (data.breaches.length) {
        label.textContent = data.breaches[0].periodLabel;
        detail.textContent = `${data.total} vi phạm · mục tiêu theo văn bản của tỉnh`;
      }
    } else if (data.period) {
      const month = data.month || (state.data.overview || {}).month;
      label.textContent = `${data.period.label} — lũy kế`;
      detail.textContent = month ? `${F.day(data.period.startDate)} – ${F.day(month.endDate)} (đến ${month.label.toLowerCase()})`
        : `từ ${F.day(data.period.startDate)}`;
    }
  }

  function showDots() {
    const dots = byId("page-dots");
    dots.replaceChildren();
    pages.forEach((page) => {
      const item = document.createElement("li");
      item.textContent = { overview: "Tổng quan", map: "Bản đồ", ranking: "Xếp hạng", trends: "Xu hướng", breaches: "Vi phạm" }[page];
      item.classList.toggle("current", state.slides[state.slide].page === page);
      dots.appendChild(item);
    });
  }

  function startProgress() {
    const bar = byId("rotation-progress");
    bar.style.transition = "none";
    bar.style.width = "0";
    void bar.offsetWidth;
    bar.style.transition = `width ${state.session.rotationSeconds}s linear`;
    bar.style.width = "100%";
  }

  function next() {
    state.slide += 1;
    if (state.slide >= state.slides.length) {
      state.slide = 0;
      const previousIndicator = currentIndicator();
      state.cycle += 1;
      if (currentIndicator() !== previousIndicator) {
        refresh(pages.filter((page) => page === "map" || page === "ranking")).then(() => null);
      }
      state.slides = buildSlides();
    }
    show();
  }

  function show() {
    render();
    if (state.slides.length > 1) {
      startProgress();
      window.clearTimeout(state.rotationTimer);
      state.rotationTimer = window.setTimeout(next, state.session.rotationSeconds * 1000);
    }
  }

  function tickClock() {
    const now = F.clock(new Date());
    byId("clock").textContent = `${now.time}`;
    byId("clock").title = now.day;
    byId("clock").dataset.day = now.day;
  }

  async function start() {
    tickClock();
    window.setInterval(tickClock, 1000);
    try {
      state.session = await fetchJson("/api/session");
    } catch (error) {
      showBanner("KHÔNG CẬP NHẬT ĐƯỢC — đang thử lại…", `Lỗi: ${error.message}`, true);
      window.setTimeout(start, 10000);
      return;
    }
    byId("viewer").textContent = `Tài khoản: ${state.session.user}`;
    const [geojson] = await Promise.all([
      fetch("/assets/districts.geojson").then((response) => response.json()),
      document.fonts.load('700 20px "LRIS Sans"'),
      document.fonts.load('400 20px "LRIS Sans"'),
    ]);
    state.geojson = geojson;
    await refresh();
    state.slides = buildSlides();
    show();
    window.setInterval(async () => {
      const { changed, bannerChanged } = await refresh();
      const current = state.slides[state.slide];
      state.slides = buildSlides();
      state.slide = Math.max(0, state.slides.findIndex((slide) => slide.page === current.page && (slide.chunk || 0) === (current.chunk || 0)));
      if (changed.includes(current.page) || bannerChanged) {
        render();
      }
    }, state.session.refreshSeconds * 1000);
    window.setInterval(() => {
      if (showFreshness()) {
        render();
      }
    }, 30000);
    window.addEventListener("resize", () => render());
  }

  document.addEventListener("DOMContentLoaded", start);
})();
